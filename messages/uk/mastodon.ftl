mastodon-subscribe-telegram-only = Щоденне зведення надсилається лише в Telegram: знайдіть там бота кампанії й надішліть /subscribe. Тут, у Mastodon, можна стежити за цим акаунтом.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Щоб ваш вибір залишився приватним, надішліть мені це особистою згадкою (її бачать лише згадані люди), а не в публічному дописі.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Згадайте мене й напишіть одне з цих слів (українською або англійською):
    статистика (stats) — скільки політв’язнів зараз утримується, із зазначенням джерела
    підписатися (pledge) — підписати вимогу звільнити всіх політв’язнів
    відкликати (unpledge) — відкликати свій підпис
    забути (forget) — видалити все, що бот зберігає про вас (спершу я попрошу підтвердити)
    листи (letters) — написати політв’язням: дні народження та адреси (з ім’ям — знайти одну людину)
    допомога (help) — усе, що я вмію
    мова xx (lang xx) — мова, якою я вам пишу: { $codes }
mastodon-forget-confirm = { forget-confirm } Щоб підтвердити, дайте відповідь на це повідомлення словом «так» протягом { $minutes ->
        [one] { NUMBER($minutes) } хвилини
        [few] { NUMBER($minutes) } хвилин
        [many] { NUMBER($minutes) } хвилин
       *[other] { NUMBER($minutes) } хвилини
    }. Інакше нічого не буде видалено.
mastodon-confirm-nothing = Немає чого підтверджувати. Щоб видалити все, що бот зберігає про вас, надішліть мені «забути» особистою згадкою, а потім дайте відповідь «так» на моє запитання протягом { $minutes ->
        [one] { NUMBER($minutes) } хвилини
        [few] { NUMBER($minutes) } хвилин
        [many] { NUMBER($minutes) } хвилин
       *[other] { NUMBER($minutes) } хвилини
    }. Підтвердити може лише той акаунт, який просив.
# An admin's menu on Mastodon: the words that stand for its buttons follow, one a line (mastodon-admin-word).
mastodon-admin-words = На Mastodon немає кнопок: замість них надішліть мені одне з цих слів особистою згадкою:
# $word: what to send (e.g. "preview", "fallback en"); $label: the button's label.
mastodon-admin-word = { $word } — { $label }
# The one button that decides (Confirm and queue, Accept): a reply $word ("yes") to this status presses it.
mastodon-admin-press = Щоб натиснути «{ $label }», дайте відповідь на це повідомлення словом «{ $word }» особистою згадкою.
