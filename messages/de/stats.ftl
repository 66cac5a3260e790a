# /stats. Viasna publishes two counts that must never be confused: people held now ("held"),
# and people recognised as political prisoners since 2020 ("recognised"). $date: the "as of" date.
stats-held =
    { $count ->
        [one] { NUMBER($count) } politischer Gefangener wird in Belarus festgehalten
       *[other] { NUMBER($count) } politische Gefangene werden in Belarus festgehalten
    } (Stand: { DATETIME($date, dateStyle: "long") }).
stats-held-at-least =
    { $count ->
        [one] Mindestens { NUMBER($count) } politischer Gefangener wurde in Belarus festgehalten
       *[other] Mindestens { NUMBER($count) } politische Gefangene wurden in Belarus festgehalten
    } (Stand: { DATETIME($date, dateStyle: "long") }).
stats-recognised-at-least =
    { $count ->
        [one] Seit 2020 wurde mindestens { NUMBER($count) } Mensch als politischer Gefangener anerkannt
       *[other] Seit 2020 wurden mindestens { NUMBER($count) } Menschen als politische Gefangene anerkannt
    } (Stand: { DATETIME($date, dateStyle: "long") }).
# $change: a signed number already formatted, such as "+12" or "−3".
stats-change-week = Veränderung binnen etwa einer Woche: { $change }.
stats-change-month = Veränderung binnen etwa eines Monats: { $change }.
stats-source-viasna = Quelle: Menschenrechtszentrum „Viasna“, { $url }
# In safe mode: the same source, without a link.
stats-source-viasna-no-link = Quelle: Menschenrechtszentrum „Viasna“.
stats-source-viasna-reported = Quelle: Menschenrechtszentrum „Viasna“, laut Berichten unabhängiger Medien.
stats-source-manual = Von den Administratoren der Kampagne eingetragen ({ $note }).
stats-source-manual-bare = Von den Administratoren der Kampagne eingetragen.
# The live source has failed since $hours hours ago.
stats-stale =
    { $hours ->
        [one] Die Quelle kann seit { NUMBER($hours) } Stunde nicht ausgelesen werden: Dies ist die letzte bekannte Zahl.
       *[other] Die Quelle kann seit { NUMBER($hours) } Stunden nicht ausgelesen werden: Dies ist die letzte bekannte Zahl.
    }
stats-pledges =
    { $count ->
        [one] { NUMBER($count) } Person hat die Forderung der Kampagne unterschrieben (/pledge).
       *[other] { NUMBER($count) } Menschen haben die Forderung der Kampagne unterschrieben (/pledge).
    }
stats-none = Es ist noch keine Zahl bekannt. Bitte versuchen Sie es später noch einmal.

chart-title = In Belarus festgehaltene politische Gefangene
chart-source = Quelle: Menschenrechtszentrum „Viasna“ (spring96.org)

# /setstat, for admins, when the live source cannot be reached.
setstat-usage = Senden Sie: /setstat ZAHL [YYYY-MM-DD] [Quelle]. Zum Beispiel: /setstat 1135 2025-12-23 spring96.org
setstat-done = Gespeichert: { NUMBER($count) } festgehaltene politische Gefangene, Stand: { DATETIME($date, dateStyle: "long") }, als von einem Administrator eingetragen gekennzeichnet.

# Sent to the admins, once.
stats-alert-stale =
    { $hours ->
        [one] Die Zahl der politischen Gefangenen konnte seit { NUMBER($hours) } Stunde nicht abgerufen werden (letzter Fehler: { $reason }). /stats zeigt die letzte bekannte Zahl; mit /setstat tragen Sie eine neue ein.
       *[other] Die Zahl der politischen Gefangenen konnte seit { NUMBER($hours) } Stunden nicht abgerufen werden (letzter Fehler: { $reason }). /stats zeigt die letzte bekannte Zahl; mit /setstat tragen Sie eine neue ein.
    }
stats-alert-rejected = Die Quelle meldete { NUMBER($value) } politische Gefangene, weit entfernt von der letzten Zahl ({ NUMBER($previous) }). Der Wert wird zurückgehalten und nicht angezeigt. Prüfen Sie { $url }; wenn er stimmt, tragen Sie ihn mit /setstat ein.

command-stats = Wie viele politische Gefangene derzeit festgehalten werden

# /share and inline mode: a card anyone can forward. $count and $date: the latest figure held now.
share-card =
    { $count ->
        [one] { NUMBER($count) } politischer Gefangener wird in Belarus festgehalten
       *[other] { NUMBER($count) } politische Gefangene werden in Belarus festgehalten
    } (Menschenrechtszentrum „Viasna“, Stand: { DATETIME($date, dateStyle: "long") }). Sie alle müssen freikommen.
share-link = Stehen Sie an ihrer Seite: { $link }
command-share = Eine Nachricht über die politischen Gefangenen zum Weiterleiten

stats-age =
    { $days ->
        [one] Diese Zahl ist { NUMBER($days) } Tag alt.
       *[other] Diese Zahl ist { NUMBER($days) } Tage alt.
    }
stats-alert-awaiting = Die Quelle meldet { NUMBER($value) } festgehaltene politische Gefangene, Stand: { DATETIME($date, dateStyle: "long") } ({ $url }). Die letzte Zahl, die der Bot kennt, ist { NUMBER($previous) }, Stand: { DATETIME($previous_date, dateStyle: "long") } – zu lange her, um eine neue Zahl ungeprüft zu übernehmen, daher zeigt /stats noch die alte. Wenn die neue Zahl stimmt, übernehmen Sie sie mit der Schaltfläche unten; wenn nicht, tragen Sie die richtige ein: /setstat ZAHL JJJJ-MM-TT Quelle.
stats-awaiting-accept = { NUMBER($value) } übernehmen
stats-awaiting-accepted = Übernommen: { NUMBER($count) } festgehaltene politische Gefangene, Stand: { DATETIME($date, dateStyle: "long") }. /stats zeigt die Zahl jetzt, und die nächsten Werte werden an ihr gemessen.
stats-awaiting-gone = Dieser Wert wartet nicht mehr: Er wurde bereits übernommen. /stats zeigt die aktuelle Zahl.
stats-awaiting-outdated = Es gibt bereits eine neuere Zahl ({ NUMBER($count) }, Stand: { DATETIME($date, dateStyle: "long") }), daher wurde dieser Wert nicht gespeichert.
