mastodon-subscribe-telegram-only = Штодзённая зводка дасылаецца толькі ў Telegram: знайдзіце там бота кампаніі і дашліце /subscribe. Тут, у Mastodon, вы можаце сачыць за гэтым акаўнтам.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Каб ваш выбар застаўся прыватным, дашліце мне гэта асабістым згадваннем (яго бачаць толькі згаданыя людзі), а не ў публічным допісе.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Згадайце мяне і напішыце адно з гэтых слоў (па-беларуску або па-англійску):
    статыстыка (stats) — колькі палітвязняў цяпер утрымліваецца, з указаннем крыніцы
    падпісацца (pledge) — падпісаць патрабаванне вызваліць усіх палітвязняў
    адклікаць (unpledge) — адклікаць свой подпіс
    забыць (forget) — выдаліць усё, што бот захоўвае пра вас (спачатку я папрашу пацвердзіць)
    лісты (letters) — напісаць палітвязням: дні нараджэння і адрасы (з імем — знайсці аднаго чалавека)
    дапамога (help) — усё, што я ўмею
    мова xx (lang xx) — мова, на якой я вам пішу: { $codes }
mastodon-forget-confirm = { forget-confirm } Каб пацвердзіць, адкажыце на гэтае паведамленне словам «так» на працягу { $minutes ->
        [one] { NUMBER($minutes) } хвіліны
        [few] { NUMBER($minutes) } хвілін
        [many] { NUMBER($minutes) } хвілін
       *[other] { NUMBER($minutes) } хвіліны
    }. Інакш нічога не будзе выдалена.
mastodon-confirm-nothing = Няма чаго пацвярджаць. Каб выдаліць усё, што бот захоўвае пра вас, дашліце мне «забыць» асабістым згадваннем, а потым адкажыце «так» на маё пытанне на працягу { $minutes ->
        [one] { NUMBER($minutes) } хвіліны
        [few] { NUMBER($minutes) } хвілін
        [many] { NUMBER($minutes) } хвілін
       *[other] { NUMBER($minutes) } хвіліны
    }. Пацвердзіць можа толькі той акаўнт, які прасіў.
# An admin's menu on Mastodon: the words that stand for its buttons follow, one a line (mastodon-admin-word).
mastodon-admin-words = На Mastodon няма кнопак: замест іх дашліце мне адно з гэтых слоў асабістым згадваннем:
# $word: what to send (e.g. "preview", "fallback en"); $label: the button's label.
mastodon-admin-word = { $word } — { $label }
# The one button that decides (Confirm and queue, Accept): a reply $word ("yes") to this status presses it.
mastodon-admin-press = Каб націснуць «{ $label }», адкажыце на гэтае паведамленне словам «{ $word }» асабістым згадваннем.
