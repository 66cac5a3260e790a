# The campaign's demands, from shared/campaign/FACTS.md. Hashtags are never translated.
about-campaign =
    Kampanija reikalauja:
    1. Nedelsiamo ir besąlygiško visų politinių kalinių Baltarusijoje išlaisvinimo.
    2. Bendro ES, JAV ir Jungtinės Karalystės ultimatumo Lukašenkai: išlaisvinti visus, antraip bus užblokuotas visas krovininis geležinkelio tranzitas iš Baltarusijos.
    3. Saugumo tiems, kurie laikomi įkaitais, ir prireikus – jų evakuacijos į saugias šalis.
    4. Griežčiausių sankcijų ir pasienio kontrolės punktų uždarymo kroviniams (keleiviniai punktai lieka atviri).
    5. Specialaus tarptautinio tribunolo nusikaltimams žmoniškumui nagrinėti ir universaliosios jurisdikcijos.

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus

# $date: the coming May 21; $days: whole days until it (0 on the day itself).
about-solidarity-day =
    { $days ->
        [0] Šiandien, { DATETIME($date, dateStyle: "long") }, minima Solidarumo su politiniais kaliniais Baltarusijoje diena.
        [1] Rytoj, { DATETIME($date, dateStyle: "long") }, bus minima Solidarumo su politiniais kaliniais Baltarusijoje diena.
        [one] Solidarumo su politiniais kaliniais Baltarusijoje diena bus minima { DATETIME($date, dateStyle: "long") } – iki jos liko { NUMBER($days) } diena.
        [few] Solidarumo su politiniais kaliniais Baltarusijoje diena bus minima { DATETIME($date, dateStyle: "long") } – iki jos liko { NUMBER($days) } dienos.
        [many] Solidarumo su politiniais kaliniais Baltarusijoje diena bus minima { DATETIME($date, dateStyle: "long") } – iki jos liko { NUMBER($days) } dienos.
       *[other] Solidarumo su politiniais kaliniais Baltarusijoje diena bus minima { DATETIME($date, dateStyle: "long") } – iki jos liko { NUMBER($days) } dienų.
    }

# The campaign's hashtags, at the end of shared cards and posts. Never translated.
campaign-hashtags = #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus
