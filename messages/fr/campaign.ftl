# The campaign's demands, from shared/campaign/FACTS.md. Hashtags are never translated.
about-campaign =
    La campagne exige :
    1. La libération immédiate et inconditionnelle de tous les prisonniers politiques au Bélarus.
    2. Un ultimatum collectif de l’UE, des États-Unis et du Royaume-Uni à Loukachenko : libérer tout le monde, faute de quoi tout le transit ferroviaire de marchandises en provenance du Bélarus sera bloqué.
    3. La sécurité des personnes retenues en otage et, si nécessaire, leur évacuation vers des pays sûrs.
    4. Les sanctions les plus sévères et la fermeture des postes-frontières au fret (les points de passage pour les voyageurs restent ouverts).
    5. Un tribunal international spécial pour les crimes contre l’humanité, et la compétence universelle.

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus

# $date: the coming May 21; $days: whole days until it (0 on the day itself).
about-solidarity-day =
    { $days ->
        [0] Aujourd’hui, le { DATETIME($date, dateStyle: "long") }, c’est la Journée de solidarité avec les prisonniers politiques au Bélarus.
        [1] La Journée de solidarité avec les prisonniers politiques au Bélarus aura lieu demain, le { DATETIME($date, dateStyle: "long") }.
        [one] La Journée de solidarité avec les prisonniers politiques au Bélarus aura lieu le { DATETIME($date, dateStyle: "long") }, dans { NUMBER($days) } jour.
       *[other] La Journée de solidarité avec les prisonniers politiques au Bélarus aura lieu le { DATETIME($date, dateStyle: "long") }, dans { NUMBER($days) } jours.
    }

# The campaign's hashtags, at the end of shared cards and posts. Never translated.
campaign-hashtags = #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus
