# /stats. Viasna publishes two counts that must never be confused: people held now ("held"),
# and people recognised as political prisoners since 2020 ("recognised"). $date: the "as of" date.
stats-held =
    { $count ->
        [one] У Беларусі ўтрымліваецца { NUMBER($count) } палітвязень
        [few] У Беларусі ўтрымліваюцца { NUMBER($count) } палітвязні
        [many] У Беларусі ўтрымліваецца { NUMBER($count) } палітвязняў
       *[other] У Беларусі ўтрымліваюцца { NUMBER($count) } палітвязня
    } (па стане на { DATETIME($date, dateStyle: "long") }).
stats-held-at-least =
    { $count ->
        [one] У Беларусі ўтрымліваўся прынамсі { NUMBER($count) } палітвязень
        [few] У Беларусі ўтрымліваліся прынамсі { NUMBER($count) } палітвязні
        [many] У Беларусі ўтрымлівалася прынамсі { NUMBER($count) } палітвязняў
       *[other] У Беларусі ўтрымліваліся прынамсі { NUMBER($count) } палітвязня
    } (па стане на { DATETIME($date, dateStyle: "long") }).
stats-recognised-at-least =
    { $count ->
        [one] З 2020 года палітвязнем прызнаны прынамсі { NUMBER($count) } чалавек
        [few] З 2020 года палітвязнямі прызнаныя прынамсі { NUMBER($count) } чалавекі
        [many] З 2020 года палітвязнямі прызнаныя прынамсі { NUMBER($count) } чалавек
       *[other] З 2020 года палітвязнямі прызнаныя прынамсі { NUMBER($count) } чалавека
    } (па стане на { DATETIME($date, dateStyle: "long") }).
# $change: a signed number already formatted, such as "+12" or "−3".
stats-change-week = Змена прыкладна за тыдзень: { $change }.
stats-change-month = Змена прыкладна за месяц: { $change }.
stats-source-viasna = Крыніца: Праваабарончы цэнтр «Вясна», { $url }
# In safe mode: the same source, without a link.
stats-source-viasna-no-link = Крыніца: Праваабарончы цэнтр «Вясна».
stats-source-viasna-reported = Крыніца: Праваабарончы цэнтр «Вясна», паводле паведамленняў незалежных медыя.
stats-source-manual = Унесена адміністратарамі кампаніі ({ $note }).
stats-source-manual-bare = Унесена адміністратарамі кампаніі.
# The live source has failed since $hours hours ago.
stats-stale =
    { $hours ->
        [one] Крыніцу не ўдаецца прачытаць ужо { NUMBER($hours) } гадзіну: гэта апошняя вядомая лічба.
        [few] Крыніцу не ўдаецца прачытаць ужо { NUMBER($hours) } гадзіны: гэта апошняя вядомая лічба.
        [many] Крыніцу не ўдаецца прачытаць ужо { NUMBER($hours) } гадзін: гэта апошняя вядомая лічба.
       *[other] Крыніцу не ўдаецца прачытаць ужо { NUMBER($hours) } гадзіны: гэта апошняя вядомая лічба.
    }
stats-pledges =
    { $count ->
        [one] { NUMBER($count) } чалавек падпісаўся пад патрабаваннем кампаніі (/pledge).
        [few] { NUMBER($count) } чалавекі падпісаліся пад патрабаваннем кампаніі (/pledge).
        [many] { NUMBER($count) } чалавек падпісаліся пад патрабаваннем кампаніі (/pledge).
       *[other] { NUMBER($count) } чалавека падпісаліся пад патрабаваннем кампаніі (/pledge).
    }
stats-none = Лічба пакуль невядомая. Калі ласка, паспрабуйце пазней.

chart-title = Палітвязні, якія ўтрымліваюцца ў Беларусі
chart-source = Крыніца: Праваабарончы цэнтр «Вясна» (spring96.org)

# /setstat, for admins, when the live source cannot be reached.
setstat-usage = Дашліце: /setstat ЛІК [YYYY-MM-DD] [крыніца]. Напрыклад: /setstat 1135 2025-12-23 spring96.org
setstat-done = Захавана колькасць палітвязняў, якія ўтрымліваюцца: { NUMBER($count) } па стане на { DATETIME($date, dateStyle: "long") }, з пазнакай «унесена адміністратарам».

# Sent to the admins, once.
stats-alert-stale =
    { $hours ->
        [one] Колькасць палітвязняў не ўдаецца атрымаць ужо { NUMBER($hours) } гадзіну (апошняя памылка: { $reason }). /stats паказвае апошнюю вядомую лічбу; /setstat уносіць новую.
        [few] Колькасць палітвязняў не ўдаецца атрымаць ужо { NUMBER($hours) } гадзіны (апошняя памылка: { $reason }). /stats паказвае апошнюю вядомую лічбу; /setstat уносіць новую.
        [many] Колькасць палітвязняў не ўдаецца атрымаць ужо { NUMBER($hours) } гадзін (апошняя памылка: { $reason }). /stats паказвае апошнюю вядомую лічбу; /setstat уносіць новую.
       *[other] Колькасць палітвязняў не ўдаецца атрымаць ужо { NUMBER($hours) } гадзіны (апошняя памылка: { $reason }). /stats паказвае апошнюю вядомую лічбу; /setstat уносіць новую.
    }
stats-alert-rejected = Крыніца дала колькасць палітвязняў { NUMBER($value) }, далёкую ад апошняй лічбы ({ NUMBER($previous) }). Яна адкладзена і не паказваецца. Праверце { $url }; калі лічба правільная, унясіце яе камандай /setstat.

command-stats = Колькі палітвязняў цяпер утрымліваецца

# /share and inline mode: a card anyone can forward. $count and $date: the latest figure held now.
share-card =
    { $count ->
        [one] У Беларусі ўтрымліваецца { NUMBER($count) } палітвязень
        [few] У Беларусі ўтрымліваюцца { NUMBER($count) } палітвязні
        [many] У Беларусі ўтрымліваецца { NUMBER($count) } палітвязняў
       *[other] У Беларусі ўтрымліваюцца { NUMBER($count) } палітвязня
    } (Праваабарончы цэнтр «Вясна», па стане на { DATETIME($date, dateStyle: "long") }). Кожны з іх павінен выйсці на волю.
share-link = Падтрымайце іх: { $link }
command-share = Картка пра палітвязняў для перасылкі

stats-age =
    { $days ->
        [one] Гэтай лічбе ўжо { NUMBER($days) } дзень.
        [few] Гэтай лічбе ўжо { NUMBER($days) } дні.
        [many] Гэтай лічбе ўжо { NUMBER($days) } дзён.
       *[other] Гэтай лічбе ўжо { NUMBER($days) } дня.
    }
stats-alert-awaiting = Крыніца дае колькасць палітвязняў, якія ўтрымліваюцца: { NUMBER($value) } па стане на { DATETIME($date, dateStyle: "long") } ({ $url }). Апошняя лічба, вядомая боту, — { NUMBER($previous) } па стане на { DATETIME($previous_date, dateStyle: "long") }: гэта занадта даўно, каб прыняць новую без праверкі, таму /stats пакуль паказвае старую. Калі новая лічба правільная, прыміце яе кнопкай ніжэй; калі не, унясіце правільную: /setstat ЛІЧБА ГГГГ-ММ-ДД крыніца.
stats-awaiting-accept = Прыняць { NUMBER($value) }
stats-awaiting-accepted = Прынята колькасць палітвязняў, якія ўтрымліваюцца: { NUMBER($count) } па стане на { DATETIME($date, dateStyle: "long") }. /stats ужо паказвае яе, а наступныя даныя будуць правярацца адносна яе.
stats-awaiting-gone = Гэтыя даныя больш не чакаюць: іх ужо прынялі. /stats паказвае цяперашнюю лічбу.
stats-awaiting-outdated = Ужо ёсць навейшая лічба ({ NUMBER($count) } па стане на { DATETIME($date, dateStyle: "long") }), таму гэтыя даныя не захаваныя.
