mastodon-subscribe-telegram-only = Ежедневная сводка рассылается только в Telegram: найдите там бота кампании и отправьте /subscribe. Здесь, в Mastodon, можно следить за этим аккаунтом.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Чтобы ваш выбор остался конфиденциальным, отправьте мне это личным упоминанием (его видят только упомянутые люди), а не в публичном посте.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Упомяните меня и напишите одно из этих слов (по-русски или по-английски):
    статистика (stats) — сколько политзаключённых сейчас удерживается, с указанием источника
    подписаться (pledge) — подписать требование освободить всех политзаключённых
    отозвать (unpledge) — отозвать свою подпись
    забыть (forget) — удалить всё, что бот хранит о вас (сначала я попрошу подтвердить)
    письма (letters) — написать политзаключённым: дни рождения и адреса (с именем — найти одного человека)
    помощь (help) — всё, что я умею
    язык xx (lang xx) — язык, на котором я вам пишу: { $codes }
mastodon-forget-confirm = { forget-confirm } Чтобы подтвердить, ответьте на это сообщение словом «да» в течение { $minutes ->
        [one] { NUMBER($minutes) } минуты
        [few] { NUMBER($minutes) } минут
        [many] { NUMBER($minutes) } минут
       *[other] { NUMBER($minutes) } минуты
    }. Иначе ничего не будет удалено.
mastodon-confirm-nothing = Подтверждать нечего. Чтобы удалить всё, что бот хранит о вас, отправьте мне «забыть» личным упоминанием, а затем ответьте «да» на мой вопрос в течение { $minutes ->
        [one] { NUMBER($minutes) } минуты
        [few] { NUMBER($minutes) } минут
        [many] { NUMBER($minutes) } минут
       *[other] { NUMBER($minutes) } минуты
    }. Подтвердить может только тот аккаунт, который просил.
# An admin's menu on Mastodon: the words that stand for its buttons follow, one a line (mastodon-admin-word).
mastodon-admin-words = На Mastodon нет кнопок: вместо них отправьте мне одно из этих слов личным упоминанием:
# $word: what to send (e.g. "preview", "fallback en"); $label: the button's label.
mastodon-admin-word = { $word } — { $label }
# The one button that decides (Confirm and queue, Accept): a reply $word ("yes") to this status presses it.
mastodon-admin-press = Чтобы нажать «{ $label }», ответьте на это сообщение словом «{ $word }» личным упоминанием.
