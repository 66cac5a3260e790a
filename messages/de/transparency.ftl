# The public pledge log (issue 23): receipts, /verify, and the checkpoints posted to the channels.

command-verify = Deine Quittung im öffentlichen Unterschriftenprotokoll prüfen

receipt-offer = Quittung erhalten
receipt-shown =
    Deine Quittung (Eintrag { $leaf } des öffentlichen Unterschriftenprotokolls):

    { $receipt }

    Damit kannst du, und nur du, jederzeit prüfen, dass deine Unterschrift gezählt wird: Sende /verify und die Quittung. Der Bot speichert sie nicht und kann sie nicht noch einmal zeigen.

    Achtung: Eine Quittung auf deinem Handy oder in einem Chat ist ein Beweis dafür, dass du unterschrieben hast. Wenn dein Handy durchsucht werden könnte, bewahre sie nicht auf und lösche diese Nachricht.
receipt-gone = Diese Quittung ist nicht mehr verfügbar: Sie wird nur einmal gezeigt, wenige Minuten nach der Unterschrift. Deine Unterschrift wird trotzdem gezählt.

verify-usage = Sende /verify und deine Quittung, genau so, wie der Bot sie dir nach der Unterschrift gezeigt hat.
verify-malformed = Das ist keine Quittung. Kopiere die ganze Quittung genau so, wie der Bot sie gezeigt hat, und sende sie nach /verify.
verify-pending = Eintrag { $leaf } ist noch in keinem veröffentlichten Prüfpunkt. Der nächste Prüfpunkt kommt frühestens am { DATETIME($when, dateStyle: "long", timeStyle: "short") }: Prüfe danach noch einmal.
verify-failed = Diese Quittung passt nicht zu Eintrag { $leaf } des Protokolls. Prüfe, ob du sie vollständig kopiert hast; wenn sie weiterhin nicht passt, sag bitte der Kampagne Bescheid.
verify-ok = Deine Quittung stimmt: Eintrag { $leaf } ist im neuesten signierten Prüfpunkt des Protokolls (Einträge: { NUMBER($size) }, gezählte Unterschriften: { NUMBER($count) }).

transparency-checkpoint-post =
    Öffentliches Unterschriftenprotokoll: ein neuer signierter Prüfpunkt.
    Einträge: { NUMBER($size) }. Gezählte Unterschriften: { NUMBER($count) }.
    Wurzel-Hash: { $root }
    Mit diesem Prüfpunkt kann jede und jeder prüfen, dass seit dem vorigen keine Unterschrift entfernt oder verändert wurde. Es folgt der signierte Prüfpunkt selbst.
