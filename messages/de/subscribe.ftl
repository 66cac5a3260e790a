# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Tägliches Update zu den politischen Gefangenen
command-unsubscribe = Tägliches Update abbestellen

subscribe-button = 🔔 Tägliches Update
unsubscribe-button = Tägliches Update abbestellen
subscribe-done = Erledigt: Sie erhalten jeden Tag um { $time } Uhr (Zeitzone { $zone }) ein kurzes Update in dieser Sprache. Mit /unsubscribe können Sie es jederzeit abbestellen.
subscribe-already = Sie haben das tägliche Update bereits abonniert: Es kommt jeden Tag um { $time } Uhr (Zeitzone { $zone }). Mit /unsubscribe bestellen Sie es ab.
subscribe-telegram-only = Das tägliche Update wird nur über Telegram verschickt: Suchen Sie den Bot dort und senden Sie /subscribe.
unsubscribe-done = Erledigt: Sie erhalten keine täglichen Updates mehr. Zu Ihrem Abonnement wird nichts gespeichert.
unsubscribe-none = Sie haben das tägliche Update nicht abonniert, es gibt also nichts abzubestellen. Mit /subscribe können Sie es abonnieren.

# The digest's first line. $date: today.
digest-title = Tägliches Update, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Senden Sie /broadcast und dann den Text, zum Beispiel: /broadcast <b>Morgen</b> ist der Tag der Solidarität mit den politischen Gefangenen. Der ganze Text geht so hinaus, wie Sie ihn geschrieben haben, mit allen Zeilenumbrüchen (Formatierung: Telegram-HTML). In der Vorschau wählen Sie, wer ihn erhält: alle Abonnenten oder nur die, die die gewählten Sprachen lesen.
broadcast-preview = Oben sehen Sie die Nachricht genau so, wie die Abonnenten sie erhalten. Empfänger: { $count ->
        [one] { $count } Abonnent
       *[other] { $count } Abonnenten
    } ({ $languages ->
        [all] alle Sprachen
       *[other] nur diese Sprachen: { $languages }
    }). Senden Sie sie jetzt oder wählen Sie zuerst die Sprachen.
broadcast-button-confirm = ✅ An Abonnenten senden
broadcast-started = Rundsendung #{ $id } läuft; eine Statusnachricht zeigt den Fortschritt an.
broadcast-discarded = Die Rundsendung wurde verworfen; es wurde nichts gesendet.
broadcast-gone = Diese Rundsendung wurde bereits gestartet oder verworfen.
broadcast-progress = Rundsendung #{ $id }: { $sent } gesendet, { $failed } nicht zugestellt, { $remaining } ausstehend ({ $rate } pro Sekunde, noch etwa { $eta } Min.).
broadcast-done = Rundsendung #{ $id } abgeschlossen: { $sent } gesendet, { $failed } nicht zugestellt (Bot blockiert, Konto gelöscht oder Fehler). { $skipped ->
        [0] { "" }
       *[other] Nicht an Chats im Schutzmodus gesendet: { $skipped } (ohne die Links blieb nichts übrig).
    }
broadcast-button-languages = 🌐 Sprachen wählen
broadcast-button-all = { $done ->
        [yes] ✓ Alle Sprachen
       *[other] Alle Sprachen
    }
digest-skipped = Nicht gesendete tägliche Updates (sie fielen in die Zeit der Sperre und waren bei ihrer Aufhebung veraltet): { $dates }.

# Photos, albums and link buttons of posts and broadcasts.
broadcast-photo-one = Ein Rundschreiben kann ein Foto tragen, kein Album. Bitte senden Sie ein Foto mit /broadcast und dem Text als Bildunterschrift.
