# The campaign's demands, from shared/campaign/FACTS.md. Hashtags are never translated.
about-campaign =
    La campagna chiede:
    1. La liberazione immediata e incondizionata di tutti i prigionieri politici in Bielorussia.
    2. Un ultimatum collettivo di UE, Stati Uniti e Regno Unito a Lukashenko: liberare tutti, altrimenti tutto il transito ferroviario di merci dalla Bielorussia sarà bloccato.
    3. La sicurezza per chi è tenuto in ostaggio e, dove necessario, l’evacuazione verso paesi sicuri.
    4. Le sanzioni più severe e la chiusura dei valichi di frontiera al traffico merci (i valichi per i passeggeri restano aperti).
    5. Un tribunale internazionale speciale per i crimini contro l’umanità e la giurisdizione universale.

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus

# $date: the coming May 21; $days: whole days until it (0 on the day itself).
about-solidarity-day =
    { $days ->
        [0] Oggi, { DATETIME($date, dateStyle: "long") }, è la Giornata di solidarietà con i prigionieri politici in Bielorussia.
        [1] La Giornata di solidarietà con i prigionieri politici in Bielorussia è domani, { DATETIME($date, dateStyle: "long") }.
       *[other] La Giornata di solidarietà con i prigionieri politici in Bielorussia è il { DATETIME($date, dateStyle: "long") }, tra { NUMBER($days) } giorni.
    }

# The campaign's hashtags, at the end of shared cards and posts. Never translated.
campaign-hashtags = #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus
