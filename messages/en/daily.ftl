# The daily solidarity posts (daily-1 … daily-14), each ending with the latest Viasna count and the countdown to May 21.

# $count: political prisoners currently held in Belarus per Viasna; $asof: the date of that count; $days: whole days until May 21 (0 on the day itself).
daily-facts =
    { $count ->
        [one] { NUMBER($count) } political prisoner is currently held in Belarus
       *[other] { NUMBER($count) } political prisoners are currently held in Belarus
    } (Viasna Human Rights Centre, as of { DATETIME($asof, dateStyle: "long") }). { $days ->
        [0] Today, May 21, is the Day of Solidarity with Political Prisoners.
        [1] Tomorrow, May 21, is the Day of Solidarity with Political Prisoners.
       *[other] { NUMBER($days) } days to go until May 21, the Day of Solidarity with Political Prisoners.
    }

daily-1 =
    Our first demand is simple: the immediate and unconditional release of all political prisoners in Belarus. Not some of them, not one day — all of them, now.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

daily-2 =
    We ask the EU, the US and the UK to give Lukashenka a collective ultimatum: release all political prisoners, or all cargo transit by rail from Belarus is blocked. Human lives weigh more than freight.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #StopRailCargo

daily-3 =
    In 2020–2021, independent observers documented more than 1,800 cases of torture in Belarus. Until everyone is free, we demand their safety and, where needed, evacuation to safe countries.

    { daily-facts }

    #FreeThemAll #SaveLives #TimeToAct

daily-4 =
    We call for the toughest sanctions and for border checkpoints to be closed to cargo. Passenger crossings stay open: the pressure is on freight, not on people.

    { daily-facts }

    #FreeThemAll #StopTransitBelarus #EU

daily-5 =
    Crimes against humanity must not go unpunished. We call for a special international tribunal and for universal jurisdiction, so that those responsible face justice wherever they are.

    { daily-facts }

    #FreeThemAll #Belarus #TimeToAct

daily-6 =
    Mass releases are possible. In February 2023, 222 political prisoners were released in Nicaragua. A firm, united stance by democratic countries can achieve the same for Belarus.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #TimeToAct

daily-7 =
    In March 2023, about 22,000 protesters were pardoned in Iran. If that was possible there, the release of every political prisoner in Belarus is possible too.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #TimeToAct

daily-8 =
    Since 2020, at least 3,200 people have been recognised as political prisoners (Viasna, May 2024). That figure covers everyone recognised over the years; the one below is how many are held today.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners

daily-9 =
    Since 2020, 22 people have been killed by the regime (diaspora appeal, May 2023). Freeing the political prisoners saves lives, and every day counts.

    { daily-facts }

    #FreeThemAll #SaveLives #Belarus

daily-10 =
    Since 2020, 215 print media outlets have been shut down and more than 1,000 NGOs liquidated in Belarus (Belarus Democratic Forum, March 2023). Their voices were silenced; let them be heard through ours.

    { daily-facts }

    #FreeThemAll #Belarus #EU

daily-11 =
    As of May 21, 2023, there were 4,649 politically motivated criminal cases and 39,978 administrative cases in Belarus (diaspora appeal for the Day of Solidarity). Each one changed someone's life.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo

daily-12 =
    Behind every number is a person, and a family waiting for them at home. Stand by their loved ones and write to those behind bars: a letter tells them they are not forgotten.

    { daily-facts }

    #FreeThemAll #SaveLives

daily-13 =
    An estimated 143,600–171,900 Belarusians emigrated in 2021–2022 (BEROC). Wherever we live now, we can speak for those who cannot: to our neighbours, our MPs, our local media.

    { daily-facts }

    #FreeThemAll #Belarus #StopTransitBelarus

daily-14 =
    On May 21, 2023, the Belarusian diaspora rallied in Warsaw, Vilnius and London for the political prisoners. Mark the date, invite a friend and share this message: every voice counts.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #EU
