# The daily solidarity posts (daily-1 … daily-14), each ending with the latest Viasna count and the countdown to May 21.

# $count: political prisoners currently held in Belarus per Viasna; $asof: the date of that count; $days: whole days until May 21 (0 on the day itself).
daily-facts =
    { $count ->
        [one] { NUMBER($count) } prisonnier politique est actuellement détenu au Bélarus
       *[other] { NUMBER($count) } prisonniers politiques sont actuellement détenus au Bélarus
    } (Centre des droits humains Viasna, au { DATETIME($asof, dateStyle: "long") }). { $days ->
        [0] Aujourd’hui, 21 mai, c’est la Journée de solidarité avec les prisonniers politiques.
        [1] Demain, 21 mai, ce sera la Journée de solidarité avec les prisonniers politiques.
       *[other] Encore { NUMBER($days) } jours avant le 21 mai, Journée de solidarité avec les prisonniers politiques.
    }

daily-1 =
    Notre première exigence est simple : la libération immédiate et inconditionnelle de tous les prisonniers politiques au Bélarus. Pas certains d’entre eux, pas un jour ou l’autre — tous, et maintenant.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

daily-2 =
    Nous demandons à l’UE, aux États-Unis et au Royaume-Uni un ultimatum collectif à Loukachenko : libérer tous les prisonniers politiques, sinon tout le fret ferroviaire du Bélarus sera bloqué. Les vies humaines pèsent plus lourd que le fret.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #StopRailCargo

daily-3 =
    En 2020–2021, des observateurs indépendants ont documenté plus de 1 800 cas de torture au Bélarus. Tant que tous ne sont pas libres, nous exigeons leur sécurité et, si nécessaire, leur évacuation vers des pays sûrs.

    { daily-facts }

    #FreeThemAll #SaveLives #TimeToAct

daily-4 =
    Nous appelons aux sanctions les plus sévères et à la fermeture des postes-frontières au fret. Les points de passage pour les voyageurs restent ouverts : la pression vise les marchandises, pas les personnes.

    { daily-facts }

    #FreeThemAll #StopTransitBelarus #EU

daily-5 =
    Les crimes contre l’humanité ne doivent pas rester impunis. Nous appelons à un tribunal international spécial et à la compétence universelle, pour que les responsables soient jugés où qu’ils se trouvent.

    { daily-facts }

    #FreeThemAll #Belarus #TimeToAct

daily-6 =
    Des libérations massives sont possibles. En février 2023, 222 prisonniers politiques ont été libérés au Nicaragua. Une position ferme et unie des pays démocratiques peut obtenir la même chose pour le Bélarus.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #TimeToAct

daily-7 =
    En mars 2023, environ 22 000 manifestants ont été graciés en Iran. Si cela a été possible là-bas, la libération de tous les prisonniers politiques du Bélarus l’est aussi.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #TimeToAct

daily-8 =
    Depuis 2020, au moins 3 200 personnes ont été reconnues comme prisonniers politiques (Viasna, mai 2024). Ce chiffre couvre toutes les personnes reconnues au fil des ans ; celui ci-dessous indique combien sont détenues aujourd’hui.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners

daily-9 =
    Depuis 2020, 22 personnes ont été tuées par le régime (appel de la diaspora, mai 2023). Libérer les prisonniers politiques, c’est sauver des vies, et chaque jour compte.

    { daily-facts }

    #FreeThemAll #SaveLives #Belarus

daily-10 =
    Depuis 2020, 215 titres de presse écrite ont été fermés et plus de 1 000 ONG dissoutes au Bélarus (Belarus Democratic Forum, mars 2023). Leurs voix ont été réduites au silence : faisons-les entendre.

    { daily-facts }

    #FreeThemAll #Belarus #EU

daily-11 =
    Au 21 mai 2023, on comptait au Bélarus 4 649 affaires pénales et 39 978 affaires administratives à motivation politique (appel de la diaspora pour la Journée de solidarité). Chacune a bouleversé une vie.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo

daily-12 =
    Derrière chaque chiffre, il y a une personne et une famille qui l’attend. Soutenez leurs proches et écrivez à celles et ceux qui sont derrière les barreaux : une lettre leur dit qu’ils ne sont pas oubliés.

    { daily-facts }

    #FreeThemAll #SaveLives

daily-13 =
    Selon les estimations du BEROC, entre 143 600 et 171 900 Bélarusses ont émigré en 2021–2022. Où que nous vivions aujourd’hui, nous pouvons parler pour ceux qui ne le peuvent pas : à nos voisins, à nos élus, aux médias locaux.

    { daily-facts }

    #FreeThemAll #Belarus #StopTransitBelarus

daily-14 =
    Le 21 mai 2023, la diaspora bélarusse s’est rassemblée à Varsovie, Vilnius et Londres pour les prisonniers politiques. Retenez la date, invitez vos amis et partagez ce message : chaque voix compte.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #EU
