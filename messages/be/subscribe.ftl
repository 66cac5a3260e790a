# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Штодзённая зводка пра палітвязняў
command-unsubscribe = Адпісацца ад штодзённай зводкі

subscribe-button = 🔔 Штодзённая зводка
unsubscribe-button = Адпісацца ад штодзённай зводкі
subscribe-done = Гатова: кожны дзень у { $time } (па часе { $zone }) вы будзеце атрымліваць кароткую зводку на гэтай мове. Адпісацца можна ў любы час камандай /unsubscribe.
subscribe-already = Вы ўжо падпісаныя на штодзённую зводку: яна прыходзіць кожны дзень у { $time } (па часе { $zone }). Адпісацца можна камандай /unsubscribe.
subscribe-telegram-only = Штодзённая зводка дасылаецца толькі ў Telegram: знайдзіце там гэты бот і дашліце /subscribe.
unsubscribe-done = Гатова: штодзённай зводкі больш не будзе. Ніякіх даных пра вашу падпіску бот больш не захоўвае.
unsubscribe-none = Вы не падпісаныя на зводку, таму спыняць няма чаго. Каб атрымліваць штодзённую зводку, дашліце /subscribe.

# The digest's first line. $date: today.
digest-title = Штодзённая зводка, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Дашліце /broadcast, потым, калі трэба, коды моў, а потым тэкст, напрыклад: /broadcast be,ru <b>Заўтра</b> — 21 мая. Без кодаў рассылку атрымаюць усе падпісчыкі. Фарматаванне: Telegram HTML.
broadcast-preview = Вышэй — паведамленне дакладна ў тым выглядзе, у якім яго атрымаюць падпісчыкі. Атрымальнікі: { $count ->
        [one] { $count } падпісчык
        [few] { $count } падпісчыкі
        [many] { $count } падпісчыкаў
       *[other] { $count } падпісчыка
    } (мовы: { $languages }). Пацвердзіце, каб адправіць яго зараз.
broadcast-button-confirm = ✅ Адправіць падпісчыкам
broadcast-started = Рассылка #{ $id } пачалася; яе ход будзе паказваць асобнае паведамленне пра стан.
broadcast-discarded = Рассылка адменена; нічога не адпраўлена.
broadcast-gone = Гэтая рассылка ўжо пачалася або была адменена.
broadcast-progress = Рассылка #{ $id }: адпраўлена { $sent }, не дастаўлена { $failed }, засталося { $remaining } ({ $rate } у секунду, яшчэ каля { $eta } хв).
broadcast-done = Рассылка #{ $id } завершана: адпраўлена { $sent }, не дастаўлена { $failed } (бот заблакаваны, акаўнт выдалены або адбыўся збой). { $skipped ->
        [0] { "" }
       *[other] У бяспечным рэжыме не адпраўлена: { $skipped } (без спасылак нічога не засталося).
    }
