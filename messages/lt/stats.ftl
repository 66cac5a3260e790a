# /stats. Viasna publishes two counts that must never be confused: people held now ("held"),
# and people recognised as political prisoners since 2020 ("recognised"). $date: the "as of" date.
stats-held =
    { $count ->
        [one] Baltarusijoje laikomas { NUMBER($count) } politinis kalinys
        [few] Baltarusijoje laikomi { NUMBER($count) } politiniai kaliniai
        [many] Baltarusijoje laikoma { NUMBER($count) } politinio kalinio
       *[other] Baltarusijoje laikoma { NUMBER($count) } politinių kalinių
    } ({ DATETIME($date, dateStyle: "long") } duomenimis).
stats-held-at-least =
    { $count ->
        [one] Baltarusijoje buvo laikomas bent { NUMBER($count) } politinis kalinys
        [few] Baltarusijoje buvo laikomi bent { NUMBER($count) } politiniai kaliniai
        [many] Baltarusijoje buvo laikoma bent { NUMBER($count) } politinio kalinio
       *[other] Baltarusijoje buvo laikoma bent { NUMBER($count) } politinių kalinių
    } ({ DATETIME($date, dateStyle: "long") } duomenimis).
stats-recognised-at-least =
    { $count ->
        [one] Nuo 2020 m. politiniu kaliniu pripažintas bent { NUMBER($count) } žmogus
        [few] Nuo 2020 m. politiniais kaliniais pripažinti bent { NUMBER($count) } žmonės
        [many] Nuo 2020 m. politiniais kaliniais pripažinta bent { NUMBER($count) } žmogaus
       *[other] Nuo 2020 m. politiniais kaliniais pripažinta bent { NUMBER($count) } žmonių
    } ({ DATETIME($date, dateStyle: "long") } duomenimis).
# $change: a signed number already formatted, such as "+12" or "−3".
stats-change-week = Pokytis maždaug per savaitę: { $change }.
stats-change-month = Pokytis maždaug per mėnesį: { $change }.
stats-source-viasna = Šaltinis: Žmogaus teisių centras „Viasna“, { $url }
# In safe mode: the same source, without a link.
stats-source-viasna-no-link = Šaltinis: Žmogaus teisių centras „Viasna“.
stats-source-viasna-reported = Šaltinis: Žmogaus teisių centras „Viasna“, remiantis nepriklausomos žiniasklaidos pranešimais.
stats-source-manual = Įvedė kampanijos administratoriai ({ $note }).
stats-source-manual-bare = Įvedė kampanijos administratoriai.
# The live source has failed since $hours hours ago.
stats-stale =
    { $hours ->
        [one] Šaltinio nepavyksta nuskaityti jau { NUMBER($hours) } valandą: tai paskutinis žinomas skaičius.
        [few] Šaltinio nepavyksta nuskaityti jau { NUMBER($hours) } valandas: tai paskutinis žinomas skaičius.
        [many] Šaltinio nepavyksta nuskaityti jau { NUMBER($hours) } valandos: tai paskutinis žinomas skaičius.
       *[other] Šaltinio nepavyksta nuskaityti jau { NUMBER($hours) } valandų: tai paskutinis žinomas skaičius.
    }
stats-pledges =
    { $count ->
        [one] { NUMBER($count) } žmogus pasirašė kampanijos reikalavimą (/pledge).
        [few] { NUMBER($count) } žmonės pasirašė kampanijos reikalavimą (/pledge).
        [many] { NUMBER($count) } žmogaus pasirašė kampanijos reikalavimą (/pledge).
       *[other] { NUMBER($count) } žmonių pasirašė kampanijos reikalavimą (/pledge).
    }
stats-none = Skaičius dar nežinomas. Prašome pabandyti vėliau.

chart-title = Baltarusijoje laikomi politiniai kaliniai
chart-source = Šaltinis: Žmogaus teisių centras „Viasna“ (spring96.org)

# /setstat, for admins, when the live source cannot be reached.
setstat-usage = Išsiųskite: /setstat SKAIČIUS [YYYY-MM-DD] [šaltinis]. Pavyzdžiui: /setstat 1135 2025-12-23 spring96.org
setstat-done = Išsaugota: laikomų politinių kalinių skaičius { DATETIME($date, dateStyle: "long") } duomenimis – { NUMBER($count) }, pažymėtas kaip įvestas administratoriaus.

# Sent to the admins, once.
stats-alert-stale =
    { $hours ->
        [one] Politinių kalinių skaičiaus nepavyksta gauti jau { NUMBER($hours) } valandą (paskutinė klaida: { $reason }). /stats rodo paskutinį žinomą skaičių; /setstat leidžia įvesti naują.
        [few] Politinių kalinių skaičiaus nepavyksta gauti jau { NUMBER($hours) } valandas (paskutinė klaida: { $reason }). /stats rodo paskutinį žinomą skaičių; /setstat leidžia įvesti naują.
        [many] Politinių kalinių skaičiaus nepavyksta gauti jau { NUMBER($hours) } valandos (paskutinė klaida: { $reason }). /stats rodo paskutinį žinomą skaičių; /setstat leidžia įvesti naują.
       *[other] Politinių kalinių skaičiaus nepavyksta gauti jau { NUMBER($hours) } valandų (paskutinė klaida: { $reason }). /stats rodo paskutinį žinomą skaičių; /setstat leidžia įvesti naują.
    }
stats-alert-rejected = Šaltinis pateikė politinių kalinių skaičių { NUMBER($value) }, labai nutolusį nuo paskutinio ({ NUMBER($previous) }). Jis atidėtas ir nerodomas. Patikrinkite { $url }; jei skaičius teisingas, įveskite jį komanda /setstat.

command-stats = Kiek politinių kalinių dabar laikoma

# /share and inline mode: a card anyone can forward. $count and $date: the latest figure held now.
share-card =
    { $count ->
        [one] Baltarusijoje laikomas { NUMBER($count) } politinis kalinys
        [few] Baltarusijoje laikomi { NUMBER($count) } politiniai kaliniai
        [many] Baltarusijoje laikoma { NUMBER($count) } politinio kalinio
       *[other] Baltarusijoje laikoma { NUMBER($count) } politinių kalinių
    } (Žmogaus teisių centras „Viasna“, { DATETIME($date, dateStyle: "long") } duomenimis). Kiekvienas iš jų turi būti išlaisvintas.
share-link = Palaikykite juos: { $link }
command-share = Žinutė apie politinius kalinius, kurią galite persiųsti

stats-age =
    { $days ->
        [one] Šiam skaičiui jau { NUMBER($days) } diena.
        [few] Šiam skaičiui jau { NUMBER($days) } dienos.
        [many] Šiam skaičiui jau { NUMBER($days) } dienos.
       *[other] Šiam skaičiui jau { NUMBER($days) } dienų.
    }
stats-alert-awaiting = Šaltinis pateikia laikomų politinių kalinių skaičių: { NUMBER($value) } { DATETIME($date, dateStyle: "long") } duomenimis ({ $url }). Paskutinis botui žinomas skaičius – { NUMBER($previous) } { DATETIME($previous_date, dateStyle: "long") } duomenimis: tai per seniai, kad naują būtų galima priimti be patikrinimo, todėl /stats kol kas rodo senąjį. Jei naujas skaičius teisingas, priimkite jį mygtuku žemiau; jei ne, įveskite teisingą: /setstat SKAIČIUS MMMM-MM-DD šaltinis.
stats-awaiting-accept = Priimti { NUMBER($value) }
stats-awaiting-accepted = Priimta: laikomų politinių kalinių skaičius { DATETIME($date, dateStyle: "long") } duomenimis – { NUMBER($count) }. /stats jau jį rodo, o tolesni duomenys bus tikrinami pagal jį.
stats-awaiting-gone = Šie duomenys nebelaukia: jie jau priimti. /stats rodo dabartinį skaičių.
stats-awaiting-outdated = Jau yra naujesnis skaičius ({ NUMBER($count) } { DATETIME($date, dateStyle: "long") } duomenimis), todėl šie duomenys neišsaugoti.
