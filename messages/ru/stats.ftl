# /stats. Viasna publishes two counts that must never be confused: people held now ("held"),
# and people recognised as political prisoners since 2020 ("recognised"). $date: the "as of" date.
stats-held =
    { $count ->
        [one] В Беларуси удерживается { NUMBER($count) } политзаключённый
        [few] В Беларуси удерживаются { NUMBER($count) } политзаключённых
        [many] В Беларуси удерживается { NUMBER($count) } политзаключённых
       *[other] В Беларуси удерживаются { NUMBER($count) } политзаключённого
    } (по состоянию на { DATETIME($date, dateStyle: "long") }).
stats-held-at-least =
    { $count ->
        [one] В Беларуси удерживался по меньшей мере { NUMBER($count) } политзаключённый
        [few] В Беларуси удерживались по меньшей мере { NUMBER($count) } политзаключённых
        [many] В Беларуси удерживалось по меньшей мере { NUMBER($count) } политзаключённых
       *[other] В Беларуси удерживались по меньшей мере { NUMBER($count) } политзаключённого
    } (по состоянию на { DATETIME($date, dateStyle: "long") }).
stats-recognised-at-least =
    { $count ->
        [one] С 2020 года политзаключённым признан по меньшей мере { NUMBER($count) } человек
        [few] С 2020 года политзаключёнными признаны по меньшей мере { NUMBER($count) } человека
        [many] С 2020 года политзаключёнными признаны по меньшей мере { NUMBER($count) } человек
       *[other] С 2020 года политзаключёнными признаны по меньшей мере { NUMBER($count) } человека
    } (по состоянию на { DATETIME($date, dateStyle: "long") }).
# $change: a signed number already formatted, such as "+12" or "−3".
stats-change-week = Изменение примерно за неделю: { $change }.
stats-change-month = Изменение примерно за месяц: { $change }.
stats-source-viasna = Источник: Правозащитный центр «Весна», { $url }
# In safe mode: the same source, without a link.
stats-source-viasna-no-link = Источник: Правозащитный центр «Весна».
stats-source-viasna-reported = Источник: Правозащитный центр «Весна», по сообщениям независимых СМИ.
stats-source-manual = Внесено администраторами кампании ({ $note }).
stats-source-manual-bare = Внесено администраторами кампании.
# The live source has failed since $hours hours ago.
stats-stale =
    { $hours ->
        [one] Источник не удаётся прочитать уже { NUMBER($hours) } час: это последнее известное число.
        [few] Источник не удаётся прочитать уже { NUMBER($hours) } часа: это последнее известное число.
        [many] Источник не удаётся прочитать уже { NUMBER($hours) } часов: это последнее известное число.
       *[other] Источник не удаётся прочитать уже { NUMBER($hours) } часа: это последнее известное число.
    }
stats-pledges =
    { $count ->
        [one] { NUMBER($count) } человек подписался под требованием кампании (/pledge).
        [few] { NUMBER($count) } человека подписались под требованием кампании (/pledge).
        [many] { NUMBER($count) } человек подписались под требованием кампании (/pledge).
       *[other] { NUMBER($count) } человека подписались под требованием кампании (/pledge).
    }
stats-none = Данных пока нет. Пожалуйста, попробуйте позже.

chart-title = Политзаключённые, удерживаемые в Беларуси
chart-source = Источник: Правозащитный центр «Весна» (spring96.org)

# /setstat, for admins, when the live source cannot be reached.
setstat-usage = Отправьте: /setstat ЧИСЛО [YYYY-MM-DD] [источник]. Например: /setstat 1135 2025-12-23 spring96.org
setstat-done = Сохранено число удерживаемых политзаключённых: { NUMBER($count) } по состоянию на { DATETIME($date, dateStyle: "long") }, с пометкой «внесено администратором».

# Sent to the admins, once.
stats-alert-stale =
    { $hours ->
        [one] Число политзаключённых не удаётся получить уже { NUMBER($hours) } час (последняя ошибка: { $reason }). /stats показывает последнее известное число; /setstat вносит новое.
        [few] Число политзаключённых не удаётся получить уже { NUMBER($hours) } часа (последняя ошибка: { $reason }). /stats показывает последнее известное число; /setstat вносит новое.
        [many] Число политзаключённых не удаётся получить уже { NUMBER($hours) } часов (последняя ошибка: { $reason }). /stats показывает последнее известное число; /setstat вносит новое.
       *[other] Число политзаключённых не удаётся получить уже { NUMBER($hours) } часа (последняя ошибка: { $reason }). /stats показывает последнее известное число; /setstat вносит новое.
    }
stats-alert-rejected = Источник выдал число политзаключённых { NUMBER($value) }, далёкое от последнего значения ({ NUMBER($previous) }). Оно отложено и не показывается. Проверьте { $url }; если число верное, внесите его командой /setstat.

command-stats = Сколько политзаключённых сейчас удерживается

# /share and inline mode: a card anyone can forward. $count and $date: the latest figure held now.
share-card =
    { $count ->
        [one] В Беларуси удерживается { NUMBER($count) } политзаключённый
        [few] В Беларуси удерживаются { NUMBER($count) } политзаключённых
        [many] В Беларуси удерживается { NUMBER($count) } политзаключённых
       *[other] В Беларуси удерживаются { NUMBER($count) } политзаключённого
    } (Правозащитный центр «Весна», по состоянию на { DATETIME($date, dateStyle: "long") }). Каждый из них должен выйти на свободу.
share-link = Поддержите их: { $link }
command-share = Карточка о политзаключённых для пересылки

stats-age =
    { $days ->
        [one] Этому числу уже { NUMBER($days) } день.
        [few] Этому числу уже { NUMBER($days) } дня.
        [many] Этому числу уже { NUMBER($days) } дней.
       *[other] Этому числу уже { NUMBER($days) } дня.
    }
stats-alert-awaiting = Источник даёт число удерживаемых политзаключённых: { NUMBER($value) } по состоянию на { DATETIME($date, dateStyle: "long") } ({ $url }). Последнее известное боту число — { NUMBER($previous) } по состоянию на { DATETIME($previous_date, dateStyle: "long") }: это слишком давно, чтобы принять новое без проверки, поэтому /stats пока показывает старое. Если новое число верное, примите его кнопкой ниже; если нет, внесите верное: /setstat ЧИСЛО ГГГГ-ММ-ДД источник.
stats-awaiting-accept = Принять { NUMBER($value) }
stats-awaiting-accepted = Принято число удерживаемых политзаключённых: { NUMBER($count) } по состоянию на { DATETIME($date, dateStyle: "long") }. /stats уже показывает его, а следующие данные будут сверяться с ним.
stats-awaiting-gone = Эти данные больше не ждут подтверждения: их уже приняли. /stats показывает текущее число.
stats-awaiting-outdated = Уже есть более новое число ({ NUMBER($count) } по состоянию на { DATETIME($date, dateStyle: "long") }), поэтому эти данные не сохранены.
