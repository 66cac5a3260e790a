# Safe mode: for people in Belarus or who travel there, where supporting the campaign is prosecuted
# and phones are searched at the border. $minutes: SAFE_MODE_DELETE_MINUTES.
safe-ask =
    Eine Frage zu Ihrer Sicherheit: Sind Sie in Belarus, oder reisen Sie dorthin?
    Wenn ja, kann ich im Schutzmodus arbeiten: Dann lösche ich meine Bestätigungen Ihrer Unterschrift und Ihres Abonnements { $minutes ->
        [one] eine Minute
       *[other] { NUMBER($minutes) } Minuten
    } nach dem Senden aus diesem Chat und schicke Ihnen keine Links. Sie können das jederzeit mit /safe ändern.
safe-button-on = Ja, Schutzmodus verwenden
safe-button-off = Nein
safe-state-on = Der Schutzmodus ist an.
safe-state-off = Der Schutzmodus ist aus.
safe-on =
    Der Schutzmodus ist an. Meine Bestätigungen Ihrer Unterschrift und Ihres Abonnements und Ihre Befehle dazu lösche ich { $minutes ->
        [one] eine Minute
       *[other] { NUMBER($minutes) } Minuten
    } nach dem Senden, und ich schicke Ihnen keine Links. Auch diese Nachricht verschwindet.
# The steps only the person can take; Telegram's menus as they are named in the apps.
safe-steps =
    Was nur Sie tun können:
    • Löschen Sie hier Ihre eigenen Nachrichten: Halten Sie eine Nachricht gedrückt und wählen Sie dann „Löschen“.
    • Schalten Sie in Telegram das automatische Löschen für diesen Chat ein: Öffnen Sie das Menü des Chats (⋮ oder der Name des Bots oben), wählen Sie das automatische Löschen und dann „1 Tag“.
    • Löschen Sie vor einer Reise nach Belarus diesen ganzen Chat: Halten Sie ihn in Ihrer Chatliste gedrückt und wählen Sie dann „Chat löschen“.
safe-off = Der Schutzmodus ist aus. Mit /safe schalten Sie ihn wieder ein.

# Shown before the pledge buttons, in safe mode.
pledge-safe-warning =
    Bevor Sie unterschreiben: Wenn Ihr Telefon in Belarus durchsucht wird, kann ein Hinweis auf diese Unterschrift gegen Sie und Ihre Familie verwendet werden. Ich lösche meine Bestätigung { $minutes ->
        [one] eine Minute
       *[other] { NUMBER($minutes) } Minuten
    } nach dem Senden, aber diesen Chat können nur Sie löschen. Sie können auch ohne Ihren Namen unterschreiben.

# /privacy. $days: RETENTION_DAYS; $minutes: SAFE_MODE_DELETE_MINUTES.
privacy-text =
    Was dieser Bot speichert und wie lange:
    • Wenn Sie eine Sprache wählen: einen Code, der mit einem geheimen Schlüssel aus Ihrem Konto berechnet wird (nicht Ihre Konto-ID und nicht Ihren Benutzernamen), die Sprache und ob der Schutzmodus an ist. Gespeichert, bis Sie /forget senden.
    • Wenn Sie unterschreiben: denselben Code, die laufende Nummer Ihrer Unterschrift, das Datum, Ihre Sprache und – nur wenn Sie mit Namen unterschrieben haben – Ihren Namen. Gespeichert bis /unpledge oder /forget.
    • Im öffentlichen Protokoll, mit dem jeder die Zahl der Unterschriften nachprüfen kann: einen anonymen Eintrag für jede Unterschrift und jeden Widerruf, ohne Angaben über Sie. Dauerhaft gespeichert: /unpledge und /forget fügen einen Widerruf hinzu und löschen nichts.
    • Wenn Sie das tägliche Update abonnieren: denselben Code, Ihre Sprache und die Adresse Ihres Chats, verschlüsselt. Gespeichert bis /unsubscribe oder /forget.
    • Aufzeichnungen darüber, welche Nachrichten zugestellt wurden und was die Administratoren der Kampagne getan haben: gelöscht nach { $days ->
        [one] { NUMBER($days) } Tag
       *[other] { NUMBER($days) } Tagen
    }.
    • Nie gespeichert: der Text Ihrer Nachrichten, Ihr Benutzername, Ihre Telefonnummer. Die Protokolle des Bots enthalten keine Konto-IDs und keine Namen.
    Im Schutzmodus (/safe) lösche ich meine Bestätigungen aus diesem Chat nach { $minutes ->
        [one] einer Minute
       *[other] { NUMBER($minutes) } Minuten
    }.
    Um alles auf einmal zu löschen, senden Sie /forget.
# $accounts: OFFICIAL_ACCOUNTS, comma-separated handles.
official-accounts = Die echten Konten der Kampagne: { $accounts }. Es gibt Bots und Kanäle, die ihnen zum Verwechseln ähnlich sehen: Prüfen Sie den genauen Namen, bevor Sie unterschreiben oder etwas teilen.

command-safe = Schutzmodus für Menschen in Belarus oder auf Reisen dorthin
command-privacy = Was der Bot über Sie speichert und wie lange

# Owners (OWNER_IDS) only. $word: the word to type to confirm.
owner-only = Dieser Befehl ist den Inhabern der Kampagne vorbehalten.
lockdown-ask = Die Sperre stoppt sofort alle Beiträge, Rundsendungen, Meilenstein-Beiträge und Exporte auf allen Instanzen, bis ein Inhaber sie aufhebt. Befehle der Administratoren werden so lange abgelehnt. Zur Bestätigung senden Sie: /lockdown { $word }
lockdown-on = Die Sperre ist aktiv. Nichts wird veröffentlicht, rundgesendet oder exportiert, bis ein Inhaber /unlock sendet. Nicht abgeschlossene Rundsendungen von Admins sind abgebrochen. Eingeplante Beiträge werden zurückgehalten; ein Beitrag, dessen Zeitpunkt vor der Aufhebung um mehr als die Kulanzzeit überschritten wird, gilt als verpasst. Inhaber können /queue und /cancel weiterhin nutzen.
lockdown-already = Die Sperre ist bereits aktiv. /unlock hebt sie auf.
lockdown-refused = Die Sperre ist aktiv: Beiträge, Rundsendungen und Exporte sind gestoppt, bis ein Inhaber /unlock sendet.
unlock-ask = Prüfen Sie zuerst /queue: Beiträge, die von einem kompromittierten Konto eingeplant wurden, gehen hinaus, sobald die Sperre aufgehoben ist, und das tägliche Update läuft wieder an. Um sie aufzuheben, senden Sie: /unlock { $word }
unlock-done = Die Sperre ist aufgehoben: Beiträge, Rundsendungen und Exporte laufen wieder.
unlock-none = Es gibt keine Sperre.
# $count: signers now.
wipe-ask =
    Damit werden Kontocode und Name aller Unterzeichnenden ({ $count ->
        [one] { NUMBER($count) } Person
       *[other] { NUMBER($count) } Personen
    }) endgültig gelöscht. Die Gesamtzahl und die Meilensteine bleiben. Danach kann niemand mehr seine Unterschrift zurückziehen oder löschen, und wer erneut unterschreibt, wird noch einmal gezählt. Zur Bestätigung senden Sie: /wipe_signers { $word } { NUMBER($count, useGrouping: 0) }
wipe-done =
    Erledigt: Für { $count ->
        [one] { NUMBER($count) } Person
       *[other] { NUMBER($count) } Personen
    } sind hier kein Kontocode und kein Name mehr gespeichert. Die Gesamtzahl bleibt { NUMBER($total) }.

# /pledge from someone who has not answered the safety question yet: shown above the pledge, with a button.
pledge-safe-hint = Sind Sie in Belarus oder reisen Sie dorthin? Schalten Sie vor dem Unterschreiben den Schutzmodus ein: Dann lösche ich meine Bestätigungen aus diesem Chat.
pledge-safe-button = Zuerst Schutzmodus
