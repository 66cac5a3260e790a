# The admins' post queue (/newpost, /queue, /edit, /cancel) and the reports after a post goes out.
# Times are shown as admins type them: 2027-05-21 09:00 Europe/Minsk. Language codes stay as codes.

post-ask-when =
    Новы допіс. Калі яго апублікаваць? Дашліце дату, час і часавы пояс, напрыклад:
    { $example }
    Калі пояс не пазначаны, выкарыстоўваецца { $zone }.
post-when-format = Не ўдалося распазнаць «{ $input }» як дату і час. Калі ласка, выкарыстоўвайце фармат { $example }.
post-when-ambiguous = «{ $input }» можна прачытаць па-рознаму (дзень і месяц могуць быць пераблытаныя). Калі ласка, пачніце з года: { $example }.
post-when-zone = Я не ведаю часавога пояса «{ $zone }». Пазначце назву кшталту Europe/Minsk, Europe/Warsaw або Europe/Vilnius, напрыклад: { $example }.
post-when-clock-change = { $input }: у гэты час у поясе { $zone } пераводзяць гадзіннікі, таму такі час бывае двойчы або не бывае зусім. Калі ласка, выберыце іншы час.
post-when-past = Гэты час ужо мінуў (цяпер { $now }). Калі ласка, дашліце час у будучыні, напрыклад { $example }.
post-when-passed = Пакуль допіс рыхтаваўся, яго час мінуў. Націсніце «Час», каб задаць новы; у чаргу нічога не пастаўлена.

post-texts-menu =
    { $editing ->
        [yes] Рэдагаванне допісу #{ $id }. Версія ў чарзе застаецца без змен, пакуль вы не пацвердзіце новую.
       *[no] Допіс на { $when }.
    }
    Час: { $when }
    Напісаныя тэксты: { $written }
    Каналы: { $channels }
    Націсніце на мову, каб напісаць тэкст на ёй, або дашліце паведамленне, якое пачынаецца з кода мовы, напрыклад «be: …». Фарматаванне: Telegram HTML (<b>тлусты</b>, <i>курсіў</i>, <a href="https://…">спасылка</a>); пішыце & як &amp;.
post-texts-how = Спачатку націсніце на мову або пачніце паведамленне з кода мовы і двукроп’я, напрыклад: «be: Сёння мы побач з кожным палітвязнем».
post-ask-text =
    Дашліце тэкст на мове { $language }.
    { $has_text ->
        [yes] Ён заменіць тэкст, напісаны раней.
       *[no] Ён будзе апублікаваны дакладна так, як вы яго дашлеце.
    }
post-no-texts = Тэкстаў пакуль няма. Спачатку націсніце на мову і дашліце тэкст.
post-ask-fallback = Няма тэксту для каналаў на мовах: { $missing }. Што апублікаваць у іх?
post-nothing-to-send = Гэты допіс не трапіць ні ў адзін канал: няма тэксту на мове ніводнага з каналаў і не выбраны запасны тэкст, або спіс TELEGRAM_CHANNELS пусты.

post-text-empty = Тэкст пусты. Калі ласка, дашліце тэкст допісу.
post-text-too-long = Тэкст задоўгі: лішніх сімвалаў — { $over }. Ліміт Telegram — { $limit } на адно паведамленне. Калі ласка, скараціце тэкст і дашліце яго зноў.
post-text-entity = «{ $fragment }» — тут гэта некарэктны HTML: пішыце & як &amp;, < як &lt; і > як &gt;. Калі ласка, выпраўце і дашліце тэкст зноў.
post-text-tag = Telegram не падтрымлівае тэг «{ $fragment }». Выкарыстоўвайце <b>, <i>, <u>, <s>, <a href="…">, <code>, <pre> або <blockquote> ці пішыце < як &lt;.
post-text-unclosed = Тэг <{ $tag }> не закрыты (або закрыты не ў тым парадку). Калі ласка, закрыйце яго, напрыклад <b>тлусты</b>, і дашліце тэкст зноў.

post-preview-head = Папярэдні прагляд: { $count ->
        [one] { $count } канал
        [few] { $count } каналы
        [many] { $count } каналаў
       *[other] { $count } канала
    }, час публікацыі { $when }. Кожнае паведамленне ніжэй — дакладна тое, што атрымае канал.
post-preview-variant = ▼ { $channel } ({ $locale }{ $fallback ->
        [yes] , з тэкстам на { $text_locale }
       *[no] {""}
    }):
post-preview-confirm =
    Каналы, у якія нічога не пойдзе: { $skipped }.
    Пацвердзіце, каб паставіць допіс у чаргу дакладна ў такім выглядзе.
post-queued = Допіс #{ $id } пастаўлены ў чаргу на { $when } ({ $count ->
        [one] { $count } канал
        [few] { $count } каналы
        [many] { $count } каналаў
       *[other] { $count } канала
    }). /queue паказвае, што запланавана; да публікацыі допіс можна змяніць камандай /edit { $id } або скасаваць камандай /cancel { $id }.
post-draft-changed = Гэты папярэдні прагляд састарэў: з таго часу чарнавік змяніўся. Калі ласка, праглядзіце новы і пацвердзіце яго.
post-too-late = Допіс #{ $id } ужо пачаў публікавацца або быў скасаваны, таму змяніць яго больш нельга. Вашы змены не пастаўлены ў чаргу.
post-no-draft = Зараз няма допісу ў падрыхтоўцы. Пачніце новы камандай /newpost.
post-discarded = Чарнавік выдалены; у чаргу нічога не пастаўлена.

post-queue-empty = У чарзе няма допісаў. Пачніце новы камандай /newpost.
post-queue-head = { $count ->
        [one] Запланаваны { $count } допіс:
        [few] Запланаваныя { $count } допісы:
        [many] Запланавана { $count } допісаў:
       *[other] Запланавана { $count } допісу:
    }
post-queue-item = #{ $id } · { $when } · { $kind ->
        [daily] штодзённы допіс
       *[other] тэксты: { $languages }
    } · { $channels ->
        [one] { $channels } канал
        [few] { $channels } каналы
        [many] { $channels } каналаў
       *[other] { $channels } канала
    }
post-id-usage = Калі ласка, дадайце нумар допісу, напрыклад: { $command } 12. Нумары паказвае /queue.
post-cancelled = Допіс #{ $id } скасаваны; ён не будзе апублікаваны.
post-not-changeable = У чарзе няма допісу #{ $id }, які яшчэ можна змяніць: магчыма, ён ужо апублікаваны, пачаў публікавацца або скасаваны. /queue паказвае, што запланавана.

post-report = { $daily ->
        [yes] Штодзённы допіс ({ $when })
       *[other] Допіс #{ $id } ({ $when })
    }: адпраўлена { $sent } з { $total }.
post-report-sent = ✓ { $locale } → { $channel }: { $link }
post-report-not-sent = ✗ { $locale } → { $channel }: { $status ->
        [missed] прапушчана (у той час бот не працаваў)
        [refused] Telegram адхіліў ({ $reason }); праверце, ці мае бот правы адміністратара ў канале
        [unknown] стан невядомы: бот спыніўся падчас адпраўкі; калі ласка, праверце канал
        [lockdown] прапушчана (у той час было ўключана блакаванне)
       *[other] памылка ({ $reason })
    }

post-button-language = { $done ->
        [yes] ✓ { language-name }
       *[other] { language-name }
    }
post-button-when = 🕘 Час
post-button-preview = Прагляд ▶
post-button-discard = Выдаліць чарнавік
post-button-back = ◀ Назад
post-button-remove = Выдаліць гэты тэкст
post-button-confirm = ✅ Пацвердзіць і паставіць у чаргу
post-button-fallback = Выкарыстаць тэкст на { $language }
post-button-skip = Прапусціць гэтыя каналы

# Паўторы пастоў (issue 19): штодня або штотыдзень, да даты або колькі разоў, кожны раз асобны пост.
post-button-repeat = 🔁 Паўтор
post-ask-repeat =
    Паўтараць пост? Першы раз ён выйдзе { $when }; кожны паўтор трапіць ва ўсе каналы адзін раз, у той самы мясцовы час.
post-button-repeat-daily = Кожны дзень
post-button-repeat-weekly = Кожны тыдзень
post-button-repeat-none = Толькі адзін раз
post-ask-repeat-end = { $every ->
        [daily] Кожны дзень
       *[weekly] Кожны тыдзень
    } да якога часу? Дашліце апошнюю дату, напрыклад 2027-05-21, або колькі разоў усяго, напрыклад 4 (не больш за { $max }).
post-repeat-no-end = У паўтору павінен быць канец. Дашліце апошнюю дату, напрыклад 2027-05-21, або колькі разоў усяго, напрыклад 4.
post-repeat-count = Колькасць разоў павінна быць ад 1 да { $max } (вы даслалі { $count }). Дашліце іншы лік або апошнюю дату.
post-repeat-ends-before = Апошняя дата, { $until }, раней за першы пост { $first }. Дашліце пазнейшую дату або колькі разоў усяго.
post-repeat-too-many = Да { $until } выйшла б больш за { $max } пастоў. Дашліце ранейшую дату або колькі разоў усяго.
post-repeat-line = Паўтор: { $every ->
        [daily] кожны дзень, { $times ->
            [one] { $times } раз
            [few] { $times } разы
           *[other] { $times } разоў
        }, апошні { $last }
        [weekly] кожны тыдзень, { $times ->
            [one] { $times } раз
            [few] { $times } разы
           *[other] { $times } разоў
        }, апошні { $last }
       *[none] не, толькі адзін раз
    }
post-queue-repeat = { "   " }↻ { $every ->
        [daily] кожны дзень
       *[weekly] кожны тыдзень
    } · { $times ->
        [one] застаўся { $times } раз
        [few] засталося { $times } разы
       *[other] засталося { $times } разоў
    } · апошні { $last }
