# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    Mit Ihrer Unterschrift schließen Sie sich der Forderung an:
    „Die sofortige und bedingungslose Freilassung aller politischen Gefangenen in Belarus.“

    Was der Bot speichert: einen Code, der mit einem geheimen Schlüssel aus Ihrem Konto berechnet wird (nicht Ihre Konto-ID und nicht Ihren Benutzernamen), die laufende Nummer Ihrer Unterschrift, das Datum, Ihre Sprache und – nur wenn Sie mit Namen unterschreiben – Ihren Namen. So zählen wir jede Person nur einmal. /unpledge zieht Ihre Unterschrift zurück, /forget löscht alles. Ihre Unterschrift fügt außerdem dem öffentlichen Protokoll, mit dem jeder die Zahl nachprüfen kann, einen anonymen Eintrag hinzu; er enthält nichts über Sie, und /unpledge oder /forget löschen ihn nicht, sondern fügen einen Widerruf hinzu.
pledge-sign-named = Mit meinem Namen unterschreiben: { $name }
pledge-sign-anonymous = Anonym unterschreiben
pledge-cancel = Abbrechen
pledge-cancelled = Es wurde nichts unterschrieben. Sie können jederzeit mit /pledge zurückkommen.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Vielen Dank. Ihre Unterschrift hat die Nummer #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] Bisher hat { NUMBER($count) } Person unterschrieben.
       *[other] Bisher haben { NUMBER($count) } Menschen unterschrieben.
    }
pledge-already = Sie haben bereits am { DATETIME($date, dateStyle: "long") } unterschrieben. Vielen Dank. Um Ihre Unterschrift zurückzuziehen, senden Sie /unpledge.
pledge-disabled = Über diesen Bot kann noch nicht unterschrieben werden. Bitte versuchen Sie es später noch einmal.
pledge-slow-down = Sie haben in kurzer Zeit mehrmals unterschrieben und Ihre Unterschrift zurückgezogen. Bitte warten Sie { $minutes ->
        [one] eine Minute
       *[other] { NUMBER($minutes) } Minuten
    } und versuchen Sie es dann erneut.

unpledge-done = Ihre Unterschrift ist zurückgezogen und wird nicht mehr gezählt. Mit /pledge können Sie erneut unterschreiben.
unpledge-none = Sie haben nicht unterschrieben. Um zu unterschreiben, senden Sie /pledge.

forget-confirm = Damit wird alles gelöscht, was der Bot über Sie speichert: Ihre Unterschrift, Ihre Sprachwahl und alle anderen Einträge. Das kann nicht rückgängig gemacht werden.
forget-yes = Alles löschen
forget-no = Meine Daten behalten
forget-done = Erledigt: Alles, was der Bot über Sie gespeichert hatte, ist gelöscht.
forget-kept = Es wurde nichts gelöscht.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } Person hat
       *[other] { NUMBER($count) } Menschen haben
    } die Forderung nach der sofortigen und bedingungslosen Freilassung aller politischen Gefangenen in Belarus unterschrieben. Unterschreiben auch Sie: { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = Dieser Befehl ist den Administratoren der Kampagne vorbehalten.
# $count: rows in the file; $date: when it was made.
export-caption =
    { $count ->
        [one] { NUMBER($count) } Unterschrift
       *[other] { NUMBER($count) } Unterschriften
    }, exportiert am { DATETIME($date, dateStyle: "long") }. Bewahren Sie diese Datei sicher auf: Aus ihr geht hervor, wer unterschrieben hat.

command-pledge = Die Forderung nach Freilassung aller politischen Gefangenen unterschreiben
command-unpledge = Ihre Unterschrift zurückziehen
command-forget = Alles löschen, was der Bot über Sie speichert
