# The public pledge log (issue 23): receipts, /verify, and the checkpoints posted to the channels.

command-verify = Ihre Quittung im öffentlichen Unterschriftenprotokoll prüfen

receipt-offer = Quittung erhalten
receipt-shown =
    Ihre Quittung (Eintrag { $leaf } des öffentlichen Unterschriftenprotokolls):

    { $receipt }

    Damit können Sie, und nur Sie, jederzeit prüfen, dass Ihre Unterschrift gezählt wird: Senden Sie /verify und die Quittung. Der Bot speichert sie nicht und kann sie nicht noch einmal zeigen.

    Achtung: Eine Quittung auf Ihrem Handy oder in einem Chat ist ein Beweis dafür, dass Sie unterschrieben haben. Wenn Ihr Handy durchsucht werden könnte, bewahren Sie sie nicht auf und löschen Sie diese Nachricht.
receipt-gone = Diese Quittung ist nicht mehr verfügbar: Sie wird nur einmal gezeigt, wenige Minuten nach der Unterschrift. Ihre Unterschrift wird trotzdem gezählt.

verify-usage = Senden Sie /verify und Ihre Quittung, genau so, wie der Bot sie Ihnen nach der Unterschrift gezeigt hat.
verify-malformed = Das ist keine Quittung. Kopieren Sie die ganze Quittung genau so, wie der Bot sie gezeigt hat, und senden Sie sie nach /verify.
verify-pending = Eintrag { $leaf } ist noch in keinem veröffentlichten Prüfpunkt. Der nächste Prüfpunkt kommt frühestens am { DATETIME($when, dateStyle: "long", timeStyle: "short") }: Prüfen Sie danach noch einmal.
verify-failed = Diese Quittung passt nicht zu Eintrag { $leaf } des Protokolls. Prüfen Sie, ob Sie sie vollständig kopiert haben; wenn sie weiterhin nicht passt, sagen Sie bitte der Kampagne Bescheid.
verify-ok = Ihre Quittung stimmt: Eintrag { $leaf } ist im neuesten signierten Prüfpunkt des Protokolls (Einträge: { NUMBER($size) }, gezählte Unterschriften: { NUMBER($count) }).

transparency-checkpoint-post =
    Öffentliches Unterschriftenprotokoll: ein neuer signierter Prüfpunkt.
    Einträge: { NUMBER($size) }. Gezählte Unterschriften: { NUMBER($count) }.
    Wurzel-Hash: { $root }
    Mit diesem Prüfpunkt kann jede und jeder prüfen, dass seit dem vorigen keine Unterschrift entfernt oder verändert wurde. Es folgt der signierte Prüfpunkt selbst.
