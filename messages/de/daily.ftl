# The daily solidarity posts (daily-1 … daily-14), each ending with the latest Viasna count and the countdown to May 21.

# $count: political prisoners currently held in Belarus per Viasna; $asof: the date of that count; $days: whole days until May 21 (0 on the day itself).
daily-facts =
    { $count ->
        [one] Derzeit wird in Belarus { NUMBER($count) } politischer Gefangener festgehalten
       *[other] Derzeit werden in Belarus { NUMBER($count) } politische Gefangene festgehalten
    } (Menschenrechtszentrum „Viasna“, Stand: { DATETIME($asof, dateStyle: "long") }). { $days ->
        [0] Heute, am 21. Mai, ist der Tag der Solidarität mit den politischen Gefangenen.
        [1] Morgen, am 21. Mai, ist der Tag der Solidarität mit den politischen Gefangenen.
       *[other] Noch { NUMBER($days) } Tage bis zum 21. Mai, dem Tag der Solidarität mit den politischen Gefangenen.
    }

daily-1 =
    Unsere erste Forderung ist einfach: die sofortige und bedingungslose Freilassung aller politischen Gefangenen in Belarus. Nicht einige, nicht irgendwann – alle, und zwar jetzt.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

daily-2 =
    Wir fordern von der EU, den USA und dem Vereinigten Königreich ein gemeinsames Ultimatum an Lukaschenko: Freilassung aller politischen Gefangenen – sonst wird der gesamte Schienengüterverkehr aus Belarus blockiert. Menschenleben gehen vor Fracht.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #StopRailCargo

daily-3 =
    In den Jahren 2020–2021 dokumentierten unabhängige Beobachter mehr als 1.800 Fälle von Folter in Belarus. Bis alle frei sind, fordern wir ihre Sicherheit und, wo nötig, ihre Evakuierung in sichere Länder.

    { daily-facts }

    #FreeThemAll #SaveLives #TimeToAct

daily-4 =
    Wir fordern die schärfsten Sanktionen und die Schließung der Grenzübergänge für den Güterverkehr. Die Übergänge für den Personenverkehr bleiben offen: Der Druck gilt der Fracht, nicht den Menschen.

    { daily-facts }

    #FreeThemAll #StopTransitBelarus #EU

daily-5 =
    Verbrechen gegen die Menschlichkeit dürfen nicht ungestraft bleiben. Wir fordern ein internationales Sondertribunal und universelle Gerichtsbarkeit, damit die Verantwortlichen vor Gericht kommen, wo immer sie sind.

    { daily-facts }

    #FreeThemAll #Belarus #TimeToAct

daily-6 =
    Massenfreilassungen sind möglich. Im Februar 2023 kamen in Nicaragua 222 politische Gefangene frei. Eine feste, geschlossene Haltung der demokratischen Staaten kann dasselbe für Belarus erreichen.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #TimeToAct

daily-7 =
    Im März 2023 wurden im Iran rund 22.000 Protestierende begnadigt. Wenn das dort möglich war, ist auch die Freilassung aller politischen Gefangenen in Belarus möglich.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #TimeToAct

daily-8 =
    Seit 2020 wurden mindestens 3.200 Menschen als politische Gefangene anerkannt („Viasna“, Mai 2024). Das sind alle, die über die Jahre anerkannt wurden; die Zahl unten zeigt, wie viele heute festgehalten werden.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners

daily-9 =
    Seit 2020 hat das Regime 22 Menschen getötet (Appell der Diaspora, Mai 2023). Die Freilassung der politischen Gefangenen rettet Leben, und jeder Tag zählt.

    { daily-facts }

    #FreeThemAll #SaveLives #Belarus

daily-10 =
    Seit 2020 wurden in Belarus 215 Printmedien geschlossen und mehr als 1.000 NGOs aufgelöst (Belarus Democratic Forum, März 2023). Ihre Stimmen wurden zum Schweigen gebracht – lassen wir sie durch uns hörbar werden.

    { daily-facts }

    #FreeThemAll #Belarus #EU

daily-11 =
    Am 21. Mai 2023 gab es in Belarus 4.649 politisch motivierte Strafverfahren und 39.978 Verwaltungsverfahren (Appell der Diaspora zum Tag der Solidarität). Jedes dieser Verfahren hat ein Leben verändert.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo

daily-12 =
    Hinter jeder Zahl steht ein Mensch – und eine Familie, die zu Hause auf ihn wartet. Stehen Sie den Angehörigen bei und schreiben Sie denen hinter Gittern: Ein Brief zeigt ihnen, dass sie nicht vergessen sind.

    { daily-facts }

    #FreeThemAll #SaveLives

daily-13 =
    Nach Schätzungen von BEROC sind 2021–2022 zwischen 143.600 und 171.900 Menschen aus Belarus ausgewandert. Wo auch immer wir heute leben: Wir können für jene sprechen, die es nicht können – mit Nachbarn, Abgeordneten, lokalen Medien.

    { daily-facts }

    #FreeThemAll #Belarus #StopTransitBelarus

daily-14 =
    Am 21. Mai 2023 ging die belarussische Diaspora in Warschau, Vilnius und London für die politischen Gefangenen auf die Straße. Merken Sie sich das Datum, laden Sie Freunde ein und teilen Sie diese Nachricht: Jede Stimme zählt.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #EU
