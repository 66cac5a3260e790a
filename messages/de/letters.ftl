# /letters: Geburtstage politischer Gefangener, wohin und wie schreiben. Namen und Adressen unverändert aus der Liste von Viasna.
command-letters = Politischen Gefangenen schreiben: Geburtstage und Adressen
letters-no-data = Die Adressliste der politischen Gefangenen ist noch nicht importiert: Die Admins der Kampagne importieren sie aus der Liste von Viasna. Bis dahin können Sie lesen, wie Sie einen Brief schreiben, der ankommt.
letters-guide-button = Wie schreiben
letters-query-too-long = Das ist zu lang für einen Namen: Senden Sie höchstens { $limit } Zeichen, zum Beispiel /letters Ales.
letters-week-none = Heute und in den nächsten 7 Tagen hat niemand Geburtstag.
letters-week-title =
    { $count ->
        [one] { NUMBER($count) } Geburtstag heute und in den nächsten 7 Tagen. Zuerst diejenigen, denen am wenigsten Menschen schreiben:
       *[other] { NUMBER($count) } Geburtstage heute und in den nächsten 7 Tagen. Zuerst diejenigen, denen am wenigsten Menschen schreiben:
    }
letters-more =
    { $count ->
        [one] …und { NUMBER($count) } weiterer. Um jemanden zu finden, senden Sie /letters und einen Namen.
       *[other] …und { NUMBER($count) } weitere. Um jemanden zu finden, senden Sie /letters und einen Namen.
    }
letters-month-title =
    { $count ->
        [one] { NUMBER($count) } Geburtstag im { $month }:
       *[other] { NUMBER($count) } Geburtstage im { $month }:
    }
letters-month-name = { $day }: { $name }
letters-more-month =
    { $count ->
        [one] …und { NUMBER($count) } weiterer in diesem Monat.
       *[other] …und { NUMBER($count) } weitere in diesem Monat.
    }
letters-found =
    { $count ->
        [one] Gefunden:
       *[other] { NUMBER($count) } gefunden:
    }
letters-found-more = Es gibt weitere: Fügen Sie einen Nach- oder Vornamen hinzu, um die Suche einzugrenzen.
letters-nearest = Genau diesen Namen trägt niemand. Die ähnlichsten Namen:
letters-not-found = Ich habe niemanden mit diesem Namen in der Liste gefunden. Versuchen Sie eine andere Schreibweise oder nur den Nachnamen.
letters-birthday = 🎂 { $day }: { $name }
letters-birthday-age = 🎂 { $day }: { $name }, wird { $age }
letters-person = { $name }
letters-person-born = { $name }, geboren am { DATETIME($date, dateStyle: "long") }
letters-person-born-day = { $name }, Geburtstag am { $day }
letters-no-address = { $prison }: keine Postanschrift in der Liste.
letters-recipient = Кому: { $name }
letters-recipient-year = Кому: { $name }, { $year } г. р.
letters-address = Куда: { $address }
letters-updated = Die Liste stammt von Viasna, importiert am { DATETIME($date, dateStyle: "long") }.
letters-stale =
    { $days ->
        [one] ⚠ Sie ist { NUMBER($days) } Tag alt: Manche könnten inzwischen verlegt oder freigelassen worden sein. Prüfen Sie vor dem Absenden.
       *[other] ⚠ Sie ist { NUMBER($days) } Tage alt: Manche könnten inzwischen verlegt oder freigelassen worden sein. Prüfen Sie vor dem Absenden.
    }
letters-guide =
    So schreiben Sie, damit Ihr Brief ankommt:
    • Schreiben Sie auf Russisch oder Belarussisch: Briefe in anderen Sprachen kommen nicht durch.
    • Schreiben Sie die Adresse in kyrillischer Schrift, so wie ich sie zeige: „Кому“ (an wen) ist der volle Name mit Geburtsjahr, „Куда“ (wohin) die Adresse der Haftanstalt mit Postleitzahl.
    • Schreiben Sie kurz, warm und persönlich: über Ihren Tag, das Wetter, Bücher, Filme, die Jahreszeiten, gute Wünsche.
    • Lassen Sie Politik weg, die Wörter „Freiheit“ und „Kampf“ und alles über das Verfahren: Solche Briefe hält die Zensur zurück.
    • Eine Absenderadresse ist freiwillig. Ein beigelegter leerer Umschlag erleichtert die Antwort.
letters-samples =
    Erste Zeilen zum Kopieren:
    Здравствуйте! Меня зовут …, я пишу вам из … . Поздравляю вас с днём рождения, желаю здоровья и тепла.
    Добрый день! У нас сегодня выпал первый снег, и я подумал(а) о вас.
    Добры дзень! Мяне завуць …, я пішу вам з … . Віншую вас з днём нараджэння, зычу здароўя і цяпла.
    Вітаю! Я нядаўна прачытаў(ла) цікавую кнігу і хачу вам пра яе расказаць.
letters-services = Sie können nicht kyrillisch schreiben? Freiwillige übernehmen das: Das Solidarity Postcards Atelier schreibt Ihren Text von Hand ab und schickt ihn aus Belarus ab. Libereco veröffentlicht Hinweise zum Briefeschreiben, und politzek.me zeigt, wie viele Menschen jedem Gefangenen schreiben.
letters-guide-safe = ⚠ Sicherer Modus: Ein Brief, der in Belarus aufgegeben wird, oder eine Absenderadresse dort kann zu Ihnen zurückverfolgt werden. Lassen Sie die Absenderadresse weg und überlegen Sie gut, bevor Sie mit Ihrem Namen unterschreiben. Diese Nachrichten verschwinden nach einer Weile aus dem Chat.

letters-import-telegram-only = Senden Sie die Datei dem Bot in einem privaten Telegram-Chat, mit der Bildunterschrift /importprisoners. Auf dem Server kann der Betreiber auch ./scripts/run import-prisoners FILE ausführen.
letters-import-usage = Senden Sie den Export von Viasna (eine CSV- oder JSON-Datei) als Datei, mit der Bildunterschrift /importprisoners. Zuerst zeige ich eine Übersicht: Nichts ändert sich, bevor Sie bestätigen.
letters-import-too-big = Die Datei ist größer als { $megabytes } MB, der Bot kann sie nicht herunterladen. Führen Sie stattdessen ./scripts/run import-prisoners FILE auf dem Server aus.
letters-import-summary = Gelesene Zeilen: { NUMBER($rows) }. Aktiv: { NUMBER($active) }, mit Geburtstag: { NUMBER($birthdays) }, mit Adresse: { NUMBER($addresses) }.
letters-import-first = Bisher wurde keine Liste importiert.
letters-import-changes = Seit dem letzten Import: { NUMBER($added) } hinzugekommen, { NUMBER($removed) } nicht mehr aktiv (freigelassen, verstorben oder nicht mehr gelistet), { NUMBER($changed) } geändert.
letters-import-confirm = Liste ersetzen
letters-import-cancel = Abbrechen
letters-import-refused = Diese Datei ist kein Export von Viasna; die gespeicherte Liste bleibt. Was nicht stimmt:
letters-import-problem = Zeile { $row }: { $reason }
letters-import-reason = { $reason }
letters-import-cancelled = Abgebrochen: Die gespeicherte Liste bleibt.
letters-import-gone = Diese Übersicht gilt nicht mehr (schon bestätigt, älter als einen Tag, oder die Datei hat sich geändert). Senden Sie die Datei noch einmal.
letters-import-done = Erledigt: Die Liste enthält jetzt { NUMBER($active) } aktive Personen.

letters-digest-line =
    { $count ->
        [one] { NUMBER($count) } Geburtstag eines politischen Gefangenen diese Woche: /letters
       *[other] { NUMBER($count) } Geburtstage politischer Gefangener diese Woche: /letters
    }
letters-digest-button-on = Geburtstage der Woche hinzufügen
letters-digest-button-off = Geburtstage entfernen
letters-digest-on = Erledigt: Wenn politische Gefangene in der kommenden Woche Geburtstag haben, nennt das tägliche Update ihre Zahl, mit /letters, um sie zu sehen.
letters-digest-off = Erledigt: Das tägliche Update erwähnt keine Geburtstage mehr.
letters-digest-not-subscribed = Sie haben das tägliche Update nicht abonniert: Senden Sie zuerst /subscribe.
letters-query-too-short =
    { $min ->
        [one] Um jemanden zu finden, senden Sie mindestens { NUMBER($min) } Buchstaben des Namens, zum Beispiel /letters Ales.
       *[other] Um jemanden zu finden, senden Sie mindestens { NUMBER($min) } Buchstaben des Namens, zum Beispiel /letters Ales.
    }
