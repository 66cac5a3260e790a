# The campaign's demands, from shared/campaign/FACTS.md. Hashtags are never translated.
about-campaign =
    Кампания требует:
    1. Немедленного и безусловного освобождения всех политзаключённых в Беларуси.
    2. Коллективного ультиматума Лукашенко от ЕС, США и Великобритании: освободить всех — иначе весь грузовой железнодорожный транзит из Беларуси будет заблокирован.
    3. Безопасности для тех, кого удерживают в заложниках, и при необходимости эвакуации в безопасные страны.
    4. Самых жёстких санкций и закрытия пограничных пунктов пропуска для грузового транспорта (пассажирские пункты пропуска остаются открытыми).
    5. Специального международного трибунала по преступлениям против человечности и универсальной юрисдикции.

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus

# $date: the coming May 21; $days: whole days until it (0 on the day itself).
about-solidarity-day =
    { $days ->
        [0] Сегодня, { DATETIME($date, dateStyle: "long") }, — День солидарности с политзаключёнными в Беларуси.
        [1] Завтра, { DATETIME($date, dateStyle: "long") }, — День солидарности с политзаключёнными в Беларуси.
        [one] День солидарности с политзаключёнными в Беларуси отмечается { DATETIME($date, dateStyle: "long") } — через { NUMBER($days) } день.
        [few] День солидарности с политзаключёнными в Беларуси отмечается { DATETIME($date, dateStyle: "long") } — через { NUMBER($days) } дня.
        [many] День солидарности с политзаключёнными в Беларуси отмечается { DATETIME($date, dateStyle: "long") } — через { NUMBER($days) } дней.
       *[other] День солидарности с политзаключёнными в Беларуси отмечается { DATETIME($date, dateStyle: "long") } — через { NUMBER($days) } дня.
    }

# The campaign's hashtags, at the end of shared cards and posts. Never translated.
campaign-hashtags = #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus
