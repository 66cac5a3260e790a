# The daily solidarity posts (daily-1 … daily-14), each ending with the latest Viasna count and the countdown to May 21.

# $count: political prisoners currently held in Belarus per Viasna; $asof: the date of that count; $days: whole days until May 21 (0 on the day itself).
daily-facts =
    { $count ->
        [one] Na Białorusi jest obecnie przetrzymywany { NUMBER($count) } więzień polityczny
        [few] Na Białorusi jest obecnie przetrzymywanych { NUMBER($count) } więźniów politycznych
        [many] Na Białorusi jest obecnie przetrzymywanych { NUMBER($count) } więźniów politycznych
       *[other] Na Białorusi jest obecnie przetrzymywanych { NUMBER($count) } więźnia politycznego
    } (Centrum Praw Człowieka „Wiasna”, stan na { DATETIME($asof, dateStyle: "long") }). { $days ->
        [0] Dziś, 21 maja, przypada Dzień Solidarności z Więźniami Politycznymi.
        [1] Jutro, 21 maja, przypada Dzień Solidarności z Więźniami Politycznymi.
        [few] Do 21 maja, Dnia Solidarności z Więźniami Politycznymi, zostały { NUMBER($days) } dni.
        [many] Do 21 maja, Dnia Solidarności z Więźniami Politycznymi, zostało { NUMBER($days) } dni.
       *[other] Do 21 maja, Dnia Solidarności z Więźniami Politycznymi, zostało { NUMBER($days) } dnia.
    }

daily-1 =
    Nasze pierwsze żądanie jest proste: natychmiastowe i bezwarunkowe uwolnienie wszystkich więźniów politycznych na Białorusi. Nie niektórych i nie kiedyś – wszystkich i teraz.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

daily-2 =
    Apelujemy do UE, USA i Wielkiej Brytanii o wspólne ultimatum wobec Łukaszenki: uwolnienie wszystkich więźniów politycznych albo blokada całego kolejowego tranzytu towarowego z Białorusi. Ludzkie życie jest ważniejsze niż ładunki.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #StopRailCargo

daily-3 =
    W latach 2020–2021 niezależni obserwatorzy udokumentowali ponad 1 800 przypadków tortur na Białorusi. Dopóki wszyscy nie wyjdą na wolność, domagamy się ich bezpieczeństwa, a w razie potrzeby ewakuacji do bezpiecznych krajów.

    { daily-facts }

    #FreeThemAll #SaveLives #TimeToAct

daily-4 =
    Apelujemy o najsurowsze sankcje i zamknięcie przejść granicznych dla ruchu towarowego. Przejścia dla ruchu osobowego pozostają otwarte: presja ma dotknąć towarów, a nie ludzi.

    { daily-facts }

    #FreeThemAll #StopTransitBelarus #EU

daily-5 =
    Zbrodnie przeciwko ludzkości nie mogą pozostać bezkarne. Apelujemy o specjalny międzynarodowy trybunał i stosowanie jurysdykcji uniwersalnej, aby winni stanęli przed sądem, gdziekolwiek się znajdują.

    { daily-facts }

    #FreeThemAll #Belarus #TimeToAct

daily-6 =
    Masowe uwolnienia są możliwe. W lutym 2023 roku w Nikaragui na wolność wyszło 222 więźniów politycznych. Stanowcza i jednomyślna postawa państw demokratycznych może przynieść to samo Białorusi.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #TimeToAct

daily-7 =
    W marcu 2023 roku w Iranie ułaskawiono około 22 000 uczestników protestów. Skoro było to możliwe tam, możliwe jest też uwolnienie wszystkich więźniów politycznych na Białorusi.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #TimeToAct

daily-8 =
    Od 2020 roku za więźniów politycznych uznano co najmniej 3 200 osób („Wiasna”, maj 2024). Ta liczba obejmuje wszystkich uznanych przez te lata; liczba poniżej to osoby przetrzymywane dziś.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners

daily-9 =
    Od 2020 roku reżim zabił 22 osoby (apel diaspory, maj 2023). Uwolnienie więźniów politycznych ratuje życie, a każdy dzień się liczy.

    { daily-facts }

    #FreeThemAll #SaveLives #Belarus

daily-10 =
    Od 2020 roku na Białorusi zamknięto 215 tytułów prasowych i zlikwidowano ponad 1 000 organizacji pozarządowych (Białoruskie Forum Demokratyczne, marzec 2023). Ich głosy uciszono – niech wybrzmią dzięki nam.

    { daily-facts }

    #FreeThemAll #Belarus #EU

daily-11 =
    Na dzień 21 maja 2023 roku na Białorusi było 4 649 politycznie motywowanych spraw karnych i 39 978 spraw administracyjnych (apel diaspory na Dzień Solidarności). Każda z nich zmieniła czyjś los.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo

daily-12 =
    Za każdą liczbą stoi człowiek i rodzina, która czeka na niego w domu. Wspieraj ich bliskich i pisz do tych, którzy są za kratami: list przypomina im, że nie zostali zapomniani.

    { daily-facts }

    #FreeThemAll #SaveLives

daily-13 =
    Według szacunków BEROC w latach 2021–2022 z Białorusi wyemigrowało od 143 600 do 171 900 osób. Gdziekolwiek dziś mieszkamy, możemy mówić w imieniu tych, którzy nie mogą – do sąsiadów, posłów, lokalnych mediów.

    { daily-facts }

    #FreeThemAll #Belarus #StopTransitBelarus

daily-14 =
    21 maja 2023 roku białoruska diaspora wyszła na ulice Warszawy, Wilna i Londynu w obronie więźniów politycznych. Zapamiętaj tę datę, zaproś znajomych i przekaż tę wiadomość dalej: liczy się każdy głos.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #EU
