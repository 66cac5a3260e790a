# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Щоденне зведення про політв’язнів
command-unsubscribe = Відписатися від щоденного зведення

subscribe-button = 🔔 Щоденне зведення
unsubscribe-button = Відписатися від щоденного зведення
subscribe-done = Готово: щодня о { $time } (за часом { $zone }) ви отримуватимете коротке зведення цією мовою. Відписатися можна будь-коли командою /unsubscribe.
subscribe-already = Ви вже підписані на щоденне зведення: воно надходить щодня о { $time } (за часом { $zone }). Відписатися можна командою /unsubscribe.
subscribe-telegram-only = Щоденне зведення надсилається лише в Telegram: знайдіть там цього бота й надішліть /subscribe.
unsubscribe-done = Готово: щоденних зведень більше не буде. Жодних даних про вашу підписку бот більше не зберігає.
unsubscribe-none = Ви не підписані на зведення, тож вимикати нічого. Щоб отримувати щоденне зведення, надішліть /subscribe.

# The digest's first line. $date: today.
digest-title = Щоденне зведення, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Надішліть /broadcast, а потім текст, наприклад: /broadcast <b>Завтра</b> — День солідарності з політв’язнями. Увесь текст піде так, як ви його написали, з усіма переносами рядків (форматування: Telegram HTML). У попередньому перегляді ви оберете, хто його отримає: усі підписники чи лише ті, хто читає вибраними мовами.
broadcast-preview = Вище — повідомлення саме в такому вигляді, у якому його отримають підписники. Отримувачі: { $count ->
        [one] { $count } підписник
        [few] { $count } підписники
        [many] { $count } підписників
       *[other] { $count } підписника
    } ({ $languages ->
        [all] усі мови
       *[other] лише мови: { $languages }
    }). Надішліть його зараз або спершу оберіть мови.
broadcast-button-confirm = ✅ Надіслати підписникам
broadcast-started = Розсилка #{ $id } почалася; її перебіг показуватиме окреме повідомлення про стан.
broadcast-discarded = Розсилку скасовано; нічого не надіслано.
broadcast-gone = Ця розсилка вже почалася або її скасовано.
broadcast-progress = Розсилка #{ $id }: надіслано { $sent }, не доставлено { $failed }, залишилося { $remaining } ({ $rate } за секунду, ще приблизно { $eta } хв).
broadcast-done = Розсилку #{ $id } завершено: надіслано { $sent }, не доставлено { $failed } (бота заблоковано, акаунт видалено або стався збій). { $skipped ->
        [0] { "" }
       *[other] У безпечному режимі не надіслано: { $skipped } (без посилань нічого не залишилося).
    }
broadcast-button-languages = 🌐 Обрати мови
broadcast-button-all = { $done ->
        [yes] ✓ Усі мови
       *[other] Усі мови
    }
digest-skipped = Не надіслано щоденні зведення (їхній час припав на блокування, і до його зняття вони застаріли): { $dates }.

# Photos, albums and link buttons of posts and broadcasts.
broadcast-photo-one = Розсилка може містити одне фото, а не альбом. Будь ласка, надішліть одне фото з підписом /broadcast і текстом.
