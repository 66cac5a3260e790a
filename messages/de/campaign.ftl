# The campaign's demands, from shared/campaign/FACTS.md. Hashtags are never translated.
about-campaign =
    Die Kampagne fordert:
    1. Die sofortige und bedingungslose Freilassung aller politischen Gefangenen in Belarus.
    2. Ein gemeinsames Ultimatum der EU, der USA und des Vereinigten Königreichs an Lukaschenko: Freilassung aller – sonst wird der gesamte Gütertransit auf der Schiene aus Belarus blockiert.
    3. Sicherheit für die als Geiseln Festgehaltenen und, wo nötig, ihre Evakuierung in sichere Länder.
    4. Die schärfsten Sanktionen und die Schließung der Grenzübergänge für den Güterverkehr (die Übergänge für den Personenverkehr bleiben offen).
    5. Ein internationales Sondertribunal für Verbrechen gegen die Menschlichkeit sowie universelle Gerichtsbarkeit.

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus

# $date: the coming May 21; $days: whole days until it (0 on the day itself).
about-solidarity-day =
    { $days ->
        [0] Heute, am { DATETIME($date, dateStyle: "long") }, ist der Tag der Solidarität mit den politischen Gefangenen in Belarus.
        [1] Der Tag der Solidarität mit den politischen Gefangenen in Belarus ist morgen, am { DATETIME($date, dateStyle: "long") }.
       *[other] Der Tag der Solidarität mit den politischen Gefangenen in Belarus ist am { DATETIME($date, dateStyle: "long") } – in { NUMBER($days) } Tagen.
    }

# The campaign's hashtags, at the end of shared cards and posts. Never translated.
campaign-hashtags = #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus
