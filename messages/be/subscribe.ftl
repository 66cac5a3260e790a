# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Штодзённая зводка пра палітвязняў
command-unsubscribe = Адпісацца ад штодзённай зводкі

subscribe-button = 🔔 Штодзённая зводка
unsubscribe-button = Адпісацца ад штодзённай зводкі
subscribe-done = Гатова: кожны дзень у { $time } (па часе { $zone }) вы будзеце атрымліваць кароткую зводку на гэтай мове. Адпісацца можна ў любы час камандай /unsubscribe.
subscribe-already = Вы ўжо падпісаныя на штодзённую зводку: яна прыходзіць кожны дзень у { $time } (па часе { $zone }). Адпісацца можна камандай /unsubscribe.
subscribe-telegram-only = Штодзённая зводка дасылаецца толькі ў Telegram: знайдзіце там гэтага бота і дашліце /subscribe.
unsubscribe-done = Гатова: штодзённай зводкі больш не будзе. Ніякіх даных пра вашу падпіску бот больш не захоўвае.
unsubscribe-none = Вы не падпісаныя на зводку, таму спыняць няма чаго. Каб атрымліваць штодзённую зводку, дашліце /subscribe.

# The digest's first line. $date: today.
digest-title = Штодзённая зводка, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Дашліце /broadcast, а потым тэкст, напрыклад: /broadcast <b>Заўтра</b> — Дзень салідарнасці з палітвязнямі. Увесь тэкст адправіцца так, як вы яго напісалі, з усімі пераносамі радкоў (фарматаванне: Telegram HTML). У папярэднім праглядзе вы выберыце, хто яго атрымае: усе падпісчыкі ці толькі тыя, хто чытае выбранымі мовамі.
broadcast-preview = Вышэй — паведамленне дакладна ў тым выглядзе, у якім яго атрымаюць падпісчыкі. Атрымальнікі: { $count ->
        [one] { $count } падпісчык
        [few] { $count } падпісчыкі
        [many] { $count } падпісчыкаў
       *[other] { $count } падпісчыка
    } ({ $languages ->
        [all] усе мовы
       *[other] толькі мовы: { $languages }
    }). Адпраўце яго зараз або спачатку выберыце мовы.
broadcast-button-confirm = ✅ Адправіць падпісчыкам
broadcast-started = Рассылка #{ $id } пачалася; яе ход будзе паказваць асобнае паведамленне пра стан.
broadcast-discarded = Рассылка адменена; нічога не адпраўлена.
broadcast-gone = Гэтая рассылка ўжо пачалася або была адменена.
broadcast-progress = Рассылка #{ $id }: адпраўлена { $sent }, не дастаўлена { $failed }, засталося { $remaining } ({ $rate } у секунду, яшчэ каля { $eta } хв).
broadcast-done = Рассылка #{ $id } завершана: адпраўлена { $sent }, не дастаўлена { $failed } (бот заблакаваны, акаўнт выдалены або адбыўся збой). { $skipped ->
        [0] { "" }
       *[other] У бяспечным рэжыме не адпраўлена: { $skipped } (без спасылак нічога не засталося).
    }
broadcast-button-languages = 🌐 Выбраць мовы
broadcast-button-all = { $done ->
        [yes] ✓ Усе мовы
       *[other] Усе мовы
    }
digest-skipped = Не адпраўленыя штодзённыя зводкі (іх час прыйшоўся на блакаванне, і да яго зняцця яны састарэлі): { $dates }.

# Photos, albums and link buttons of posts and broadcasts.
broadcast-photo-one = Рассылка можа мець адно фота, а не альбом. Калі ласка, дашліце адно фота з подпісам /broadcast і тэкстам.
