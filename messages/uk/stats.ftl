# /stats. Viasna publishes two counts that must never be confused: people held now ("held"),
# and people recognised as political prisoners since 2020 ("recognised"). $date: the "as of" date.
stats-held =
    { $count ->
        [one] У Білорусі утримується { NUMBER($count) } політв’язень
        [few] У Білорусі утримуються { NUMBER($count) } політв’язні
        [many] У Білорусі утримується { NUMBER($count) } політв’язнів
       *[other] У Білорусі утримуються { NUMBER($count) } політв’язня
    } (станом на { DATETIME($date, dateStyle: "long") }).
stats-held-at-least =
    { $count ->
        [one] У Білорусі утримувався щонайменше { NUMBER($count) } політв’язень
        [few] У Білорусі утримувалися щонайменше { NUMBER($count) } політв’язні
        [many] У Білорусі утримувалося щонайменше { NUMBER($count) } політв’язнів
       *[other] У Білорусі утримувалися щонайменше { NUMBER($count) } політв’язня
    } (станом на { DATETIME($date, dateStyle: "long") }).
stats-recognised-at-least =
    { $count ->
        [one] З 2020 року політв’язнем визнано щонайменше { NUMBER($count) } людину
        [few] З 2020 року політв’язнями визнано щонайменше { NUMBER($count) } людини
        [many] З 2020 року політв’язнями визнано щонайменше { NUMBER($count) } людей
       *[other] З 2020 року політв’язнями визнано щонайменше { NUMBER($count) } людини
    } (станом на { DATETIME($date, dateStyle: "long") }).
# $change: a signed number already formatted, such as "+12" or "−3".
stats-change-week = Зміна приблизно за тиждень: { $change }.
stats-change-month = Зміна приблизно за місяць: { $change }.
stats-source-viasna = Джерело: Правозахисний центр «Вясна», { $url }
# In safe mode: the same source, without a link.
stats-source-viasna-no-link = Джерело: Правозахисний центр «Вясна».
stats-source-viasna-reported = Джерело: Правозахисний центр «Вясна», за повідомленнями незалежних медіа.
stats-source-manual = Внесено адміністраторами кампанії ({ $note }).
stats-source-manual-bare = Внесено адміністраторами кампанії.
# The live source has failed since $hours hours ago.
stats-stale =
    { $hours ->
        [one] Джерело не вдається прочитати вже { NUMBER($hours) } годину: це останнє відоме число.
        [few] Джерело не вдається прочитати вже { NUMBER($hours) } години: це останнє відоме число.
        [many] Джерело не вдається прочитати вже { NUMBER($hours) } годин: це останнє відоме число.
       *[other] Джерело не вдається прочитати вже { NUMBER($hours) } години: це останнє відоме число.
    }
stats-pledges =
    { $count ->
        [one] { NUMBER($count) } людина підписалася під вимогою кампанії (/pledge).
        [few] { NUMBER($count) } людини підписалися під вимогою кампанії (/pledge).
        [many] { NUMBER($count) } людей підписалися під вимогою кампанії (/pledge).
       *[other] { NUMBER($count) } людини підписалися під вимогою кампанії (/pledge).
    }
stats-none = Даних поки що немає. Будь ласка, спробуйте пізніше.

chart-title = Політв’язні, які утримуються в Білорусі
chart-source = Джерело: Правозахисний центр «Вясна» (spring96.org)

# /setstat, for admins, when the live source cannot be reached.
setstat-usage = Надішліть: /setstat ЧИСЛО [YYYY-MM-DD] [джерело]. Наприклад: /setstat 1135 2025-12-23 spring96.org
setstat-done = Збережено кількість політв’язнів, які утримуються: { NUMBER($count) } станом на { DATETIME($date, dateStyle: "long") }, з позначкою «внесено адміністратором».

# Sent to the admins, once.
stats-alert-stale =
    { $hours ->
        [one] Кількість політв’язнів не вдається отримати вже { NUMBER($hours) } годину (остання помилка: { $reason }). /stats показує останнє відоме число; /setstat вносить нове.
        [few] Кількість політв’язнів не вдається отримати вже { NUMBER($hours) } години (остання помилка: { $reason }). /stats показує останнє відоме число; /setstat вносить нове.
        [many] Кількість політв’язнів не вдається отримати вже { NUMBER($hours) } годин (остання помилка: { $reason }). /stats показує останнє відоме число; /setstat вносить нове.
       *[other] Кількість політв’язнів не вдається отримати вже { NUMBER($hours) } години (остання помилка: { $reason }). /stats показує останнє відоме число; /setstat вносить нове.
    }
stats-alert-rejected = Джерело надало кількість політв’язнів { NUMBER($value) }, далеку від останнього числа ({ NUMBER($previous) }). Її відкладено й не показано. Перевірте { $url }; якщо число правильне, внесіть його командою /setstat.

command-stats = Скільки політв’язнів зараз утримується

# /share and inline mode: a card anyone can forward. $count and $date: the latest figure held now.
share-card =
    { $count ->
        [one] У Білорусі утримується { NUMBER($count) } політв’язень
        [few] У Білорусі утримуються { NUMBER($count) } політв’язні
        [many] У Білорусі утримується { NUMBER($count) } політв’язнів
       *[other] У Білорусі утримуються { NUMBER($count) } політв’язня
    } (Правозахисний центр «Вясна», станом на { DATETIME($date, dateStyle: "long") }). Кожен із них має вийти на волю.
share-link = Підтримайте їх: { $link }
command-share = Картка про політв’язнів для пересилання

stats-age =
    { $days ->
        [one] Цій цифрі вже { NUMBER($days) } день.
        [few] Цій цифрі вже { NUMBER($days) } дні.
        [many] Цій цифрі вже { NUMBER($days) } днів.
       *[other] Цій цифрі вже { NUMBER($days) } дня.
    }
stats-alert-awaiting = Джерело надає кількість політв’язнів, які утримуються: { NUMBER($value) } станом на { DATETIME($date, dateStyle: "long") } ({ $url }). Остання відома боту цифра — { NUMBER($previous) } станом на { DATETIME($previous_date, dateStyle: "long") }: це надто давно, щоб прийняти нову без перевірки, тож /stats поки показує стару. Якщо нова цифра правильна, прийміть її кнопкою нижче; якщо ні, внесіть правильну: /setstat ЧИСЛО РРРР-ММ-ДД джерело.
stats-awaiting-accept = Прийняти { NUMBER($value) }
stats-awaiting-accepted = Прийнято кількість політв’язнів, які утримуються: { NUMBER($count) } станом на { DATETIME($date, dateStyle: "long") }. /stats уже показує її, а наступні дані звірятимуться з нею.
stats-awaiting-gone = Ці дані вже не чекають підтвердження: їх уже прийнято. /stats показує поточну цифру.
stats-awaiting-outdated = Уже є новіша цифра ({ NUMBER($count) } станом на { DATETIME($date, dateStyle: "long") }), тож ці дані не збережено.
