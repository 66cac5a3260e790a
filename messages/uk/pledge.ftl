# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    Підписуючись, ви долучаєтеся до вимоги:
    «Негайне й безумовне звільнення всіх політв’язнів у Білорусі».

    Що зберігає бот: код, обчислений із вашого акаунта за допомогою секретного ключа (не сам ID акаунта й не ім’я користувача), порядковий номер вашого підпису, дату, вашу мову, а ваше ім’я — лише якщо ви вирішите підписатися під своїм ім’ям. Так ми враховуємо кожну людину лише один раз. /unpledge відкликає ваш підпис, /forget видаляє все. Ваш підпис також додає анонімний запис до публічного журналу, за яким будь-хто може перевірити кількість підписів; у ньому немає нічого про вас, а /unpledge чи /forget не видаляють його, а додають запис про відкликання.
pledge-sign-named = Підписатися під своїм ім’ям: { $name }
pledge-sign-anonymous = Підписатися анонімно
pledge-cancel = Скасувати
pledge-cancelled = Ви нічого не підписали. Повернутися можна будь-коли командою /pledge.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Дякуємо. Ви підписалися під номером #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] Уже підписалася { NUMBER($count) } людина.
        [few] Уже підписалися { NUMBER($count) } людини.
        [many] Уже підписалися { NUMBER($count) } людей.
       *[other] Уже підписалися { NUMBER($count) } людини.
    }
pledge-already = Ви вже підписалися { DATETIME($date, dateStyle: "long") }, дякуємо. Щоб відкликати підпис, надішліть /unpledge.
pledge-disabled = Підписатися через цього бота поки що не можна. Будь ласка, спробуйте пізніше.
pledge-slow-down = За короткий час ви кілька разів підписалися й відкликали підпис. Будь ласка, зачекайте { $minutes ->
        [one] { NUMBER($minutes) } хвилину
        [few] { NUMBER($minutes) } хвилини
        [many] { NUMBER($minutes) } хвилин
       *[other] { NUMBER($minutes) } хвилини
    } і спробуйте знову.

unpledge-done = Ваш підпис відкликано, і він більше не враховується. Підписатися знову можна командою /pledge.
unpledge-none = Ви не підписувалися. Щоб підписатися, надішліть /pledge.

forget-confirm = Буде видалено все, що бот зберігає про вас: ваш підпис, вибрану мову та будь-які інші записи. Скасувати це буде неможливо.
forget-yes = Видалити все
forget-no = Залишити мої дані
forget-done = Готово: усе, що бот зберігав про вас, видалено.
forget-kept = Нічого не видалено.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } людина підписалася
        [few] { NUMBER($count) } людини підписалися
        [many] { NUMBER($count) } людей підписалися
       *[other] { NUMBER($count) } людини підписалися
    } під вимогою негайного й безумовного звільнення всіх політв’язнів у Білорусі. Поставте й ви свій підпис: { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = Ця команда — лише для адміністраторів кампанії.
# $count: rows in the file; $date: when it was made.
export-caption =
    Вивантаження від { DATETIME($date, dateStyle: "long") }: { $count ->
        [one] { NUMBER($count) } підпис
        [few] { NUMBER($count) } підписи
        [many] { NUMBER($count) } підписів
       *[other] { NUMBER($count) } підпису
    }. Зберігайте цей файл у надійному місці: у ньому вказано, хто підписався.

command-pledge = Підписатися під вимогою звільнити всіх політв’язнів
command-unpledge = Відкликати свій підпис
command-forget = Видалити все, що бот зберігає про вас
