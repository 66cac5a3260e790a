# /stats. Viasna publishes two counts that must never be confused: people held now ("held"),
# and people recognised as political prisoners since 2020 ("recognised"). $date: the "as of" date.
stats-held =
    { $count ->
        [one] { NUMBER($count) } prisonnier politique est détenu au Bélarus
       *[other] { NUMBER($count) } prisonniers politiques sont détenus au Bélarus
    } (au { DATETIME($date, dateStyle: "long") }).
stats-held-at-least =
    { $count ->
        [one] Au moins { NUMBER($count) } prisonnier politique était détenu au Bélarus
       *[other] Au moins { NUMBER($count) } prisonniers politiques étaient détenus au Bélarus
    } (au { DATETIME($date, dateStyle: "long") }).
stats-recognised-at-least =
    { $count ->
        [one] Depuis 2020, au moins { NUMBER($count) } personne a été reconnue comme prisonnier politique
       *[other] Depuis 2020, au moins { NUMBER($count) } personnes ont été reconnues comme prisonniers politiques
    } (au { DATETIME($date, dateStyle: "long") }).
# $change: a signed number already formatted, such as "+12" or "−3".
stats-change-week = Évolution sur environ une semaine : { $change }.
stats-change-month = Évolution sur environ un mois : { $change }.
stats-source-viasna = Source : Centre des droits humains Viasna, { $url }
# In safe mode: the same source, without a link.
stats-source-viasna-no-link = Source : Centre des droits humains Viasna.
stats-source-viasna-reported = Source : Centre des droits humains Viasna, d’après des médias indépendants.
stats-source-manual = Chiffre saisi par les administrateurs de la campagne ({ $note }).
stats-source-manual-bare = Chiffre saisi par les administrateurs de la campagne.
# The live source has failed since $hours hours ago.
stats-stale =
    { $hours ->
        [one] La source ne peut plus être lue depuis { NUMBER($hours) } heure : il s’agit du dernier chiffre connu.
       *[other] La source ne peut plus être lue depuis { NUMBER($hours) } heures : il s’agit du dernier chiffre connu.
    }
stats-pledges =
    { $count ->
        [one] { NUMBER($count) } personne a signé la revendication de la campagne (/pledge).
       *[other] { NUMBER($count) } personnes ont signé la revendication de la campagne (/pledge).
    }
stats-none = Aucun chiffre n’est encore connu. Veuillez réessayer plus tard.

chart-title = Prisonniers politiques détenus au Bélarus
chart-source = Source : Centre des droits humains Viasna (spring96.org)

# /setstat, for admins, when the live source cannot be reached.
setstat-usage = Envoyez : /setstat NOMBRE [YYYY-MM-DD] [source]. Par exemple : /setstat 1135 2025-12-23 spring96.org
setstat-done = Enregistré : { NUMBER($count) } prisonniers politiques détenus au { DATETIME($date, dateStyle: "long") }, chiffre marqué comme saisi par un administrateur.

# Sent to the admins, once.
stats-alert-stale =
    { $hours ->
        [one] Le nombre de prisonniers politiques n’a pas pu être récupéré depuis { NUMBER($hours) } heure (dernière erreur : { $reason }). /stats affiche le dernier chiffre connu ; /setstat permet d’en saisir un nouveau.
       *[other] Le nombre de prisonniers politiques n’a pas pu être récupéré depuis { NUMBER($hours) } heures (dernière erreur : { $reason }). /stats affiche le dernier chiffre connu ; /setstat permet d’en saisir un nouveau.
    }
stats-alert-rejected = La source a indiqué { NUMBER($value) } prisonniers politiques, bien loin du dernier chiffre ({ NUMBER($previous) }). Ce chiffre est mis de côté et n’est pas affiché. Vérifiez { $url } ; s’il est exact, saisissez-le avec /setstat.

command-stats = Combien de prisonniers politiques sont détenus aujourd’hui

# /share and inline mode: a card anyone can forward. $count and $date: the latest figure held now.
share-card =
    { $count ->
        [one] { NUMBER($count) } prisonnier politique est détenu au Bélarus
       *[other] { NUMBER($count) } prisonniers politiques sont détenus au Bélarus
    } (Centre des droits humains Viasna, au { DATETIME($date, dateStyle: "long") }). Chacun d’entre eux doit être libéré.
share-link = Soyez à leurs côtés : { $link }
command-share = Un message sur les prisonniers politiques à transférer

stats-age =
    { $days ->
        [one] Ce chiffre date d’il y a { NUMBER($days) } jour.
       *[other] Ce chiffre date d’il y a { NUMBER($days) } jours.
    }
stats-alert-awaiting = La source indique { NUMBER($value) } prisonniers politiques détenus au { DATETIME($date, dateStyle: "long") } ({ $url }). Le dernier chiffre connu du bot est { NUMBER($previous) }, au { DATETIME($previous_date, dateStyle: "long") } : c’est trop ancien pour accepter un nouveau chiffre sans vérification, donc /stats affiche encore l’ancien. Si le nouveau chiffre est exact, acceptez-le avec le bouton ci-dessous ; sinon, saisissez le bon : /setstat NOMBRE AAAA-MM-JJ source.
stats-awaiting-accept = Accepter { NUMBER($value) }
stats-awaiting-accepted = Accepté : { NUMBER($count) } prisonniers politiques détenus au { DATETIME($date, dateStyle: "long") }. /stats l’affiche désormais, et les prochaines lectures seront comparées à ce chiffre.
stats-awaiting-gone = Cette lecture n’est plus en attente : elle a déjà été acceptée. /stats affiche le chiffre actuel.
stats-awaiting-outdated = Un chiffre plus récent est déjà enregistré ({ NUMBER($count) } au { DATETIME($date, dateStyle: "long") }) ; cette lecture n’a donc pas été enregistrée.
