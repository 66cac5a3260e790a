# The admins' post queue (/newpost, /queue, /edit, /cancel) and the reports after a post goes out.
# Times are shown as admins type them: 2027-05-21 09:00 Europe/Minsk. Language codes stay as codes.

post-ask-when =
    Новий допис. Коли його опублікувати? Надішліть дату, час і часовий пояс, наприклад:
    { $example }
    Якщо пояс не вказано, використовується { $zone }.
post-when-format = Не вдалося розпізнати «{ $input }» як дату й час. Будь ласка, використовуйте формат { $example }.
post-when-ambiguous = «{ $input }» можна прочитати по-різному (день і місяць можуть бути переплутані). Будь ласка, почніть із року: { $example }.
post-when-zone = Я не знаю часового поясу «{ $zone }». Вкажіть назву на кшталт Europe/Minsk, Europe/Warsaw або Europe/Vilnius, наприклад: { $example }.
post-when-clock-change = { $input }: у цей час у поясі { $zone } переводять годинники, тож такий час настає двічі або не настає зовсім. Будь ласка, виберіть інший час.
post-when-past = Цей час уже минув (зараз { $now }). Будь ласка, надішліть час у майбутньому, наприклад { $example }.
post-when-passed = Поки допис готувався, його час минув. Натисніть «Час», щоб задати новий; до черги нічого не додано.

post-texts-menu =
    { $editing ->
        [yes] Редагування допису #{ $id }. Допис у черзі лишається без змін, доки ви не підтвердите нову версію.
       *[no] Допис на { $when }.
    }
    Час: { $when }
    Готові тексти: { $written }
    Канали: { $channels }
    Натисніть на мову, щоб написати текст нею, або надішліть повідомлення, що починається з коду мови, наприклад «be: …». Форматування: Telegram HTML (<b>жирний</b>, <i>курсив</i>, <a href="https://…">посилання</a>); пишіть & як &amp;.
post-texts-how = Спершу натисніть на мову або почніть повідомлення з коду мови й двокрапки, наприклад: «uk: Сьогодні ми поруч із кожним політв’язнем».
post-ask-text =
    Надішліть текст мовою { $language }.
    { $has_text ->
        [yes] Він замінить текст, написаний раніше.
       *[no] Його буде опубліковано саме так, як ви його надішлете.
    }
post-no-texts = Текстів ще немає. Спершу натисніть на мову й надішліть текст.
post-ask-fallback = Немає тексту для каналів такими мовами: { $missing }. Що опублікувати в них?
post-nothing-to-send = Цей допис не потрапить у жоден канал: немає тексту мовою жодного з каналів і не вибрано запасний текст, або список TELEGRAM_CHANNELS порожній.

post-text-empty = Текст порожній. Будь ласка, надішліть текст допису.
post-text-too-long = Текст задовгий: зайвих символів — { $over }. Ліміт Telegram — { $limit } на одне повідомлення. Будь ласка, скоротіть текст і надішліть його знову.
post-text-entity = «{ $fragment }» — тут це некоректний HTML: пишіть & як &amp;, < як &lt; і > як &gt;. Будь ласка, виправте й надішліть текст знову.
post-text-tag = Telegram не підтримує тег «{ $fragment }». Використовуйте <b>, <i>, <u>, <s>, <a href="…">, <code>, <pre> або <blockquote> чи пишіть < як &lt;.
post-text-unclosed = Тег <{ $tag }> не закрито (або закрито не в тому порядку). Будь ласка, закрийте його, наприклад <b>жирний</b>, і надішліть текст знову.

post-preview-head = Попередній перегляд: { $count ->
        [one] { $count } канал
        [few] { $count } канали
        [many] { $count } каналів
       *[other] { $count } каналу
    }, час публікації { $when }. Кожне повідомлення нижче — саме те, що отримає канал.
post-preview-variant = ▼ { $channel } ({ $locale }{ $fallback ->
        [yes] , з текстом мовою { $text_locale }
       *[no] {""}
    }):
post-preview-confirm =
    Канали, які нічого не отримають: { $skipped }.
    Підтвердьте, щоб поставити допис у чергу саме в такому вигляді.
post-queued = Допис #{ $id } поставлено в чергу на { $when } ({ $count ->
        [one] { $count } канал
        [few] { $count } канали
        [many] { $count } каналів
       *[other] { $count } каналу
    }). /queue показує, що заплановано; до публікації допис можна змінити командою /edit { $id } або скасувати командою /cancel { $id }.
post-draft-changed = Цей попередній перегляд застарів: відтоді чернетку змінено. Будь ласка, перегляньте новий і підтвердьте його.
post-too-late = Допис #{ $id } уже почав публікуватися або був скасований, тому змінити його більше не можна. Ваші зміни не додано до черги.
post-no-draft = Зараз немає допису в підготовці. Почніть новий командою /newpost.
post-discarded = Чернетку видалено; до черги нічого не додано.

post-queue-empty = У черзі немає дописів. Почніть новий командою /newpost.
post-queue-head = { $count ->
        [one] Заплановано { $count } допис:
        [few] Заплановано { $count } дописи:
        [many] Заплановано { $count } дописів:
       *[other] Заплановано { $count } допису:
    }
post-queue-item = #{ $id } · { $when } · { $kind ->
        [daily] щоденний допис
       *[other] тексти: { $languages }
    } · { $channels ->
        [one] { $channels } канал
        [few] { $channels } канали
        [many] { $channels } каналів
       *[other] { $channels } каналу
    }
post-id-usage = Будь ласка, додайте номер допису, наприклад: { $command } 12. Номери показує /queue.
post-cancelled = Допис #{ $id } скасовано; його не буде опубліковано.
post-not-changeable = У черзі немає допису #{ $id }, який ще можна змінити: можливо, його вже опубліковано, він почав публікуватися або його скасовано. /queue показує, що заплановано.

post-report = { $daily ->
        [yes] Щоденний допис ({ $when })
       *[other] Допис #{ $id } ({ $when })
    }: надіслано { $sent } з { $total }.
post-report-sent = ✓ { $locale } → { $channel }: { $link }
post-report-not-sent = ✗ { $locale } → { $channel }: { $status ->
        [missed] пропущено (у той час бот не працював)
        [refused] Telegram відхилив ({ $reason }); перевірте, чи є бот адміністратором каналу
        [unknown] стан невідомий: бот зупинився під час надсилання; будь ласка, перевірте канал
        [lockdown] пропущено (у той час діяло блокування)
       *[other] помилка ({ $reason })
    }

post-button-language = { $done ->
        [yes] ✓ { language-name }
       *[other] { language-name }
    }
post-button-when = 🕘 Час
post-button-preview = Перегляд ▶
post-button-discard = Видалити чернетку
post-button-back = ◀ Назад
post-button-remove = Видалити цей текст
post-button-confirm = ✅ Підтвердити й поставити в чергу
post-button-fallback = Використати текст мовою { $language }
post-button-skip = Пропустити ці канали

# Повтори дописів (issue 19): щодня або щотижня, до дати або скільки разів, щоразу окремий допис.
post-button-repeat = 🔁 Повтор
post-ask-repeat =
    Повторювати допис? Уперше він вийде { $when }; кожен повтор потрапить до всіх каналів один раз, о той самий місцевий час.
post-button-repeat-daily = Щодня
post-button-repeat-weekly = Щотижня
post-button-repeat-none = Лише один раз
post-ask-repeat-end = { $every ->
        [daily] Щодня
       *[weekly] Щотижня
    } до якого часу? Надішліть останню дату, наприклад 2027-05-21, або скільки разів загалом, наприклад 4 (не більше { $max }).
post-repeat-no-end = Повтор повинен мати кінець. Надішліть останню дату, наприклад 2027-05-21, або скільки разів загалом, наприклад 4.
post-repeat-count = Кількість разів має бути від 1 до { $max } (ви надіслали { $count }). Надішліть інше число або останню дату.
post-repeat-ends-before = Остання дата, { $until }, раніша за перший допис { $first }. Надішліть пізнішу дату або скільки разів загалом.
post-repeat-too-many = До { $until } вийшло б понад { $max } дописів. Надішліть ранішу дату або скільки разів загалом.
post-repeat-line = Повтор: { $every ->
        [daily] щодня, { $times ->
            [one] { $times } раз
            [few] { $times } рази
           *[other] { $times } разів
        }, останній { $last }
        [weekly] щотижня, { $times ->
            [one] { $times } раз
            [few] { $times } рази
           *[other] { $times } разів
        }, останній { $last }
       *[none] ні, лише один раз
    }
post-queue-repeat = { "   " }↻ { $every ->
        [daily] щодня
       *[weekly] щотижня
    } · { $times ->
        [one] залишився { $times } раз
        [few] залишилося { $times } рази
       *[other] залишилося { $times } разів
    } · останній { $last }
