# The campaign's demands, from shared/campaign/FACTS.md. Hashtags are never translated.
about-campaign =
    The campaign demands:
    1. The immediate and unconditional release of all political prisoners in Belarus.
    2. A collective ultimatum to Lukashenka from the EU, the US and the UK: release everyone, or all cargo transit by rail from Belarus is blocked.
    3. Safety for those held hostage and, where needed, evacuation to safe countries.
    4. The toughest sanctions, and border checkpoints closed to cargo (passenger checkpoints stay open).
    5. A special international tribunal for crimes against humanity, and universal jurisdiction.

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus

# $date: the coming May 21; $days: whole days until it (0 on the day itself).
about-solidarity-day =
    { $days ->
        [0] Today, { DATETIME($date, dateStyle: "long") }, is the Day of Solidarity with Political Prisoners in Belarus.
        [1] The Day of Solidarity with Political Prisoners in Belarus is tomorrow, { DATETIME($date, dateStyle: "long") }.
       *[other] The Day of Solidarity with Political Prisoners in Belarus is on { DATETIME($date, dateStyle: "long") }: { NUMBER($days) } days from now.
    }

# The campaign's hashtags, at the end of shared cards and posts. Never translated.
campaign-hashtags = #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus
