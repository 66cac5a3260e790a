# The campaign's demands, from shared/campaign/FACTS.md. Hashtags are never translated.
about-campaign =
    Kampania domaga się:
    1. Natychmiastowego i bezwarunkowego uwolnienia wszystkich więźniów politycznych na Białorusi.
    2. Wspólnego ultimatum UE, USA i Wielkiej Brytanii wobec Łukaszenki: uwolnienie wszystkich albo blokada całego kolejowego tranzytu towarowego z Białorusi.
    3. Bezpieczeństwa dla osób przetrzymywanych jako zakładnicy oraz, w razie potrzeby, ich ewakuacji do bezpiecznych krajów.
    4. Najsurowszych sankcji i zamknięcia przejść granicznych dla ruchu towarowego (przejścia dla ruchu osobowego pozostają otwarte).
    5. Specjalnego międzynarodowego trybunału do spraw zbrodni przeciwko ludzkości oraz jurysdykcji uniwersalnej.

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus

# $date: the coming May 21; $days: whole days until it (0 on the day itself).
about-solidarity-day =
    { $days ->
        [0] Dziś, { DATETIME($date, dateStyle: "long") }, przypada Dzień Solidarności z Więźniami Politycznymi na Białorusi.
        [1] Dzień Solidarności z Więźniami Politycznymi na Białorusi przypada jutro, { DATETIME($date, dateStyle: "long") }.
        [few] Dzień Solidarności z Więźniami Politycznymi na Białorusi przypada { DATETIME($date, dateStyle: "long") } – za { NUMBER($days) } dni.
        [many] Dzień Solidarności z Więźniami Politycznymi na Białorusi przypada { DATETIME($date, dateStyle: "long") } – za { NUMBER($days) } dni.
       *[other] Dzień Solidarności z Więźniami Politycznymi na Białorusi przypada { DATETIME($date, dateStyle: "long") } – za { NUMBER($days) } dnia.
    }

# The campaign's hashtags, at the end of shared cards and posts. Never translated.
campaign-hashtags = #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus
