# The campaign's demands, from shared/campaign/FACTS.md. Hashtags are never translated.
about-campaign =
    Кампанія патрабуе:
    1. Неадкладнага і безумоўнага вызвалення ўсіх палітвязняў у Беларусі.
    2. Калектыўнага ўльтыматуму Лукашэнку ад ЕС, ЗША і Вялікабрытаніі: вызваліць усіх — інакш увесь грузавы чыгуначны транзіт з Беларусі будзе заблакаваны.
    3. Бяспекі для тых, каго трымаюць у закладніках, і, калі трэба, эвакуацыі ў бяспечныя краіны.
    4. Самых жорсткіх санкцый і закрыцця памежных пунктаў пропуску для грузавога транспарту (пасажырскія пункты пропуску застаюцца адкрытымі).
    5. Спецыяльнага міжнароднага трыбунала за злачынствы супраць чалавечнасці і ўніверсальнай юрысдыкцыі.

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus

# $date: the coming May 21; $days: whole days until it (0 on the day itself).
about-solidarity-day =
    { $days ->
        [0] Сёння, { DATETIME($date, dateStyle: "long") }, — Дзень салідарнасці з палітвязнямі ў Беларусі.
        [1] Заўтра, { DATETIME($date, dateStyle: "long") }, — Дзень салідарнасці з палітвязнямі ў Беларусі.
        [one] Дзень салідарнасці з палітвязнямі ў Беларусі адзначаецца { DATETIME($date, dateStyle: "long") } — праз { NUMBER($days) } дзень.
        [few] Дзень салідарнасці з палітвязнямі ў Беларусі адзначаецца { DATETIME($date, dateStyle: "long") } — праз { NUMBER($days) } дні.
        [many] Дзень салідарнасці з палітвязнямі ў Беларусі адзначаецца { DATETIME($date, dateStyle: "long") } — праз { NUMBER($days) } дзён.
       *[other] Дзень салідарнасці з палітвязнямі ў Беларусі адзначаецца { DATETIME($date, dateStyle: "long") } — праз { NUMBER($days) } дня.
    }

# The campaign's hashtags, at the end of shared cards and posts. Never translated.
campaign-hashtags = #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus
