# The campaign's demands, from shared/campaign/FACTS.md. Hashtags are never translated.
about-campaign =
    Кампанія вимагає:
    1. Негайного й безумовного звільнення всіх політв’язнів у Білорусі.
    2. Колективного ультиматуму Лукашенку від ЄС, США та Великої Британії: звільнити всіх — інакше весь вантажний залізничний транзит із Білорусі буде заблоковано.
    3. Безпеки для тих, кого утримують як заручників, і за потреби — евакуації до безпечних країн.
    4. Найжорсткіших санкцій і закриття прикордонних пунктів пропуску для вантажного транспорту (пасажирські пункти пропуску залишаються відкритими).
    5. Спеціального міжнародного трибуналу щодо злочинів проти людяності та універсальної юрисдикції.

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus

# $date: the coming May 21; $days: whole days until it (0 on the day itself).
about-solidarity-day =
    { $days ->
        [0] Сьогодні, { DATETIME($date, dateStyle: "long") }, — День солідарності з політв’язнями в Білорусі.
        [1] Завтра, { DATETIME($date, dateStyle: "long") }, — День солідарності з політв’язнями в Білорусі.
        [one] День солідарності з політв’язнями в Білорусі відзначають { DATETIME($date, dateStyle: "long") } — через { NUMBER($days) } день.
        [few] День солідарності з політв’язнями в Білорусі відзначають { DATETIME($date, dateStyle: "long") } — через { NUMBER($days) } дні.
        [many] День солідарності з політв’язнями в Білорусі відзначають { DATETIME($date, dateStyle: "long") } — через { NUMBER($days) } днів.
       *[other] День солідарності з політв’язнями в Білорусі відзначають { DATETIME($date, dateStyle: "long") } — через { NUMBER($days) } дня.
    }

# The campaign's hashtags, at the end of shared cards and posts. Never translated.
campaign-hashtags = #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus
