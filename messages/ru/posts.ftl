# The admins' post queue (/newpost, /queue, /edit, /cancel) and the reports after a post goes out.
# Times are shown as admins type them: 2027-05-21 09:00 Europe/Minsk. Language codes stay as codes.

post-ask-when =
    Новый пост. Когда его опубликовать? Отправьте дату, время и часовой пояс, например:
    { $example }
    Если пояс не указан, используется { $zone }.
post-when-format = Не удалось распознать «{ $input }» как дату и время. Пожалуйста, используйте формат { $example }.
post-when-ambiguous = «{ $input }» можно понять по-разному (день и месяц могут быть перепутаны). Пожалуйста, начните с года: { $example }.
post-when-zone = Я не знаю часового пояса «{ $zone }». Укажите название вроде Europe/Minsk, Europe/Warsaw или Europe/Vilnius, например: { $example }.
post-when-clock-change = { $input }: в это время в поясе { $zone } переводят часы, поэтому такое время наступает дважды или не наступает вовсе. Пожалуйста, выберите другое время.
post-when-past = Это время уже прошло (сейчас { $now }). Пожалуйста, отправьте время в будущем, например { $example }.
post-when-passed = Пока пост готовился, его время прошло. Нажмите «Время», чтобы задать новое; в очередь ничего не поставлено.

post-texts-menu =
    { $editing ->
        [yes] Редактирование поста #{ $id }. Пост в очереди остаётся без изменений, пока вы не подтвердите новую версию.
       *[no] Пост на { $when }.
    }
    Время: { $when }
    Готовые тексты: { $written }
    Каналы: { $channels }
    Нажмите на язык, чтобы написать текст на нём, или отправьте сообщение, которое начинается с кода языка, например «be: …». Форматирование: Telegram HTML (<b>жирный</b>, <i>курсив</i>, <a href="https://…">ссылка</a>); пишите & как &amp;.
post-texts-how = Сначала нажмите на язык или начните сообщение с кода языка и двоеточия, например: «ru: Сегодня мы рядом с каждым политзаключённым».
post-ask-text =
    Отправьте текст на языке { $language }.
    { $has_text ->
        [yes] Он заменит текст, написанный ранее.
       *[no] Он будет опубликован ровно в том виде, в каком вы его отправите.
    }
post-no-texts = Текстов пока нет. Сначала нажмите на язык и отправьте текст.
post-ask-fallback = Нет текста для каналов на языках: { $missing }. Что опубликовать в них?
post-nothing-to-send = Этот пост не попадёт ни в один канал: нет текста на языке ни одного из каналов и не выбран запасной текст, либо список TELEGRAM_CHANNELS пуст.

post-text-empty = Текст пустой. Пожалуйста, отправьте текст поста.
post-text-too-long = Текст слишком длинный: лишних символов — { $over }. Лимит Telegram — { $limit } на одно сообщение. Пожалуйста, сократите текст и отправьте его снова.
post-text-entity = «{ $fragment }» — здесь это некорректный HTML: пишите & как &amp;, < как &lt; и > как &gt;. Пожалуйста, исправьте и отправьте текст снова.
post-text-tag = Telegram не поддерживает тег «{ $fragment }». Используйте <b>, <i>, <u>, <s>, <a href="…">, <code>, <pre> или <blockquote> либо пишите < как &lt;.
post-text-unclosed = Тег <{ $tag }> не закрыт (или закрыт не в том порядке). Пожалуйста, закройте его, например <b>жирный</b>, и отправьте текст снова.

post-preview-head = Предпросмотр: { $count ->
        [one] { $count } канал
        [few] { $count } канала
        [many] { $count } каналов
       *[other] { $count } канала
    }, время публикации { $when }. Каждое сообщение ниже — ровно то, что получит канал.
post-preview-variant = ▼ { $channel } ({ $locale }{ $fallback ->
        [yes] , с текстом на { $text_locale }
       *[no] {""}
    }):
post-preview-confirm =
    Каналы, которые ничего не получат: { $skipped }.
    Подтвердите, чтобы поставить пост в очередь ровно в таком виде.
post-queued = Пост #{ $id } поставлен в очередь на { $when } ({ $count ->
        [one] { $count } канал
        [few] { $count } канала
        [many] { $count } каналов
       *[other] { $count } канала
    }). /queue показывает, что запланировано; до публикации пост можно изменить командой /edit { $id } или отменить командой /cancel { $id }.
post-draft-changed = Этот предпросмотр устарел: с тех пор черновик изменился. Пожалуйста, посмотрите новый предпросмотр и подтвердите его.
post-too-late = Пост #{ $id } уже начал публиковаться или был отменён, поэтому изменить его больше нельзя. Ваши правки не поставлены в очередь.
post-no-draft = Сейчас нет поста в подготовке. Начните новый командой /newpost.
post-discarded = Черновик удалён; в очередь ничего не поставлено.

post-queue-empty = В очереди нет постов. Начните новый командой /newpost.
post-queue-head = { $count ->
        [one] Запланирован { $count } пост:
        [few] Запланировано { $count } поста:
        [many] Запланировано { $count } постов:
       *[other] Запланировано { $count } поста:
    }
post-queue-item = #{ $id } · { $when } · { $kind ->
        [daily] ежедневный пост
       *[other] тексты: { $languages }
    } · { $channels ->
        [one] { $channels } канал
        [few] { $channels } канала
        [many] { $channels } каналов
       *[other] { $channels } канала
    }
post-id-usage = Пожалуйста, укажите номер поста, например: { $command } 12. Номера показывает /queue.
post-cancelled = Пост #{ $id } отменён; он не будет опубликован.
post-not-changeable = В очереди нет поста #{ $id }, который ещё можно изменить: возможно, он уже опубликован, начал публиковаться или отменён. /queue показывает, что запланировано.

post-report = { $daily ->
        [yes] Ежедневный пост ({ $when })
       *[other] Пост #{ $id } ({ $when })
    }: отправлено { $sent } из { $total }.
post-report-sent = ✓ { $locale } → { $channel }: { $link }
post-report-not-sent = ✗ { $locale } → { $channel }: { $status ->
        [missed] пропущено (в это время бот не работал)
        [refused] Telegram отклонил ({ $reason }); проверьте, что бот — администратор канала
        [unknown] состояние неизвестно: бот остановился во время отправки; пожалуйста, проверьте канал
       *[other] ошибка ({ $reason })
    }

post-button-language = { $done ->
        [yes] ✓ { language-name }
       *[other] { language-name }
    }
post-button-when = 🕘 Время
post-button-preview = Предпросмотр ▶
post-button-discard = Удалить черновик
post-button-back = ◀ Назад
post-button-remove = Удалить этот текст
post-button-confirm = ✅ Подтвердить и поставить в очередь
post-button-fallback = Использовать текст на { $language }
post-button-skip = Пропустить эти каналы
