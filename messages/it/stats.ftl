# /stats. Viasna publishes two counts that must never be confused: people held now ("held"),
# and people recognised as political prisoners since 2020 ("recognised"). $date: the "as of" date.
stats-held =
    { $count ->
        [one] { NUMBER($count) } prigioniero politico è detenuto in Bielorussia
       *[other] { NUMBER($count) } prigionieri politici sono detenuti in Bielorussia
    } (al { DATETIME($date, dateStyle: "long") }).
stats-held-at-least =
    { $count ->
        [one] Almeno { NUMBER($count) } prigioniero politico era detenuto in Bielorussia
       *[other] Almeno { NUMBER($count) } prigionieri politici erano detenuti in Bielorussia
    } (al { DATETIME($date, dateStyle: "long") }).
stats-recognised-at-least =
    { $count ->
        [one] Dal 2020 almeno { NUMBER($count) } persona è stata riconosciuta come prigioniero politico
       *[other] Dal 2020 almeno { NUMBER($count) } persone sono state riconosciute come prigionieri politici
    } (al { DATETIME($date, dateStyle: "long") }).
# $change: a signed number already formatted, such as "+12" or "−3".
stats-change-week = Variazione in circa una settimana: { $change }.
stats-change-month = Variazione in circa un mese: { $change }.
stats-source-viasna = Fonte: Centro per i diritti umani Viasna, { $url }
# In safe mode: the same source, without a link.
stats-source-viasna-no-link = Fonte: Centro per i diritti umani Viasna.
stats-source-viasna-reported = Fonte: Centro per i diritti umani Viasna, secondo quanto riportato dai media indipendenti.
stats-source-manual = Dato inserito dagli amministratori della campagna ({ $note }).
stats-source-manual-bare = Dato inserito dagli amministratori della campagna.
# The live source has failed since $hours hours ago.
stats-stale =
    { $hours ->
        [one] Non è possibile leggere la fonte da { NUMBER($hours) } ora: questo è l’ultimo dato noto.
       *[other] Non è possibile leggere la fonte da { NUMBER($hours) } ore: questo è l’ultimo dato noto.
    }
stats-pledges =
    { $count ->
        [one] { NUMBER($count) } persona ha firmato la richiesta della campagna (/pledge).
       *[other] { NUMBER($count) } persone hanno firmato la richiesta della campagna (/pledge).
    }
stats-none = Non è ancora noto alcun dato. Riprova più tardi, per favore.

chart-title = Prigionieri politici detenuti in Bielorussia
chart-source = Fonte: Centro per i diritti umani Viasna (spring96.org)

# /setstat, for admins, when the live source cannot be reached.
setstat-usage = Invia: /setstat NUMERO [YYYY-MM-DD] [fonte]. Per esempio: /setstat 1135 2025-12-23 spring96.org
setstat-done = Salvato: { NUMBER($count) } prigionieri politici detenuti al { DATETIME($date, dateStyle: "long") }, dato contrassegnato come inserito da un amministratore.

# Sent to the admins, once.
stats-alert-stale =
    { $hours ->
        [one] Non è stato possibile ottenere il numero dei prigionieri politici da { NUMBER($hours) } ora (ultimo errore: { $reason }). /stats mostra l’ultimo dato noto; /setstat ne inserisce uno nuovo.
       *[other] Non è stato possibile ottenere il numero dei prigionieri politici da { NUMBER($hours) } ore (ultimo errore: { $reason }). /stats mostra l’ultimo dato noto; /setstat ne inserisce uno nuovo.
    }
stats-alert-rejected = La fonte ha indicato { NUMBER($value) } prigionieri politici, un valore molto lontano dall’ultimo dato ({ NUMBER($previous) }). Il valore è stato messo da parte e non viene mostrato. Controlla { $url }; se è corretto, inseriscilo con /setstat.

command-stats = Quanti prigionieri politici sono detenuti ora

# /share and inline mode: a card anyone can forward. $count and $date: the latest figure held now.
share-card =
    { $count ->
        [one] { NUMBER($count) } prigioniero politico è detenuto in Bielorussia
       *[other] { NUMBER($count) } prigionieri politici sono detenuti in Bielorussia
    } (Centro per i diritti umani Viasna, al { DATETIME($date, dateStyle: "long") }). Ognuno di loro deve essere liberato.
share-link = Al loro fianco: { $link }
command-share = Un messaggio sui prigionieri politici da inoltrare

stats-age =
    { $days ->
        [one] Questo dato risale a { NUMBER($days) } giorno fa.
       *[other] Questo dato risale a { NUMBER($days) } giorni fa.
    }
stats-alert-awaiting = La fonte indica { NUMBER($value) } prigionieri politici detenuti al { DATETIME($date, dateStyle: "long") } ({ $url }). L’ultimo dato noto al bot è { NUMBER($previous) }, al { DATETIME($previous_date, dateStyle: "long") }: è troppo vecchio per accettarne uno nuovo senza verifica, quindi /stats mostra ancora quello vecchio. Se il nuovo dato è corretto, accettalo con il pulsante qui sotto; altrimenti inserisci quello giusto: /setstat NUMERO AAAA-MM-GG fonte.
stats-awaiting-accept = Accetta { NUMBER($value) }
stats-awaiting-accepted = Accettato: { NUMBER($count) } prigionieri politici detenuti al { DATETIME($date, dateStyle: "long") }. /stats ora lo mostra, e le prossime letture saranno confrontate con questo dato.
stats-awaiting-gone = Questa lettura non è più in attesa: è già stata accettata. /stats mostra il dato attuale.
stats-awaiting-outdated = C’è già un dato più recente ({ NUMBER($count) } al { DATETIME($date, dateStyle: "long") }), quindi questa lettura non è stata salvata.
