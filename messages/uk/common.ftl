# Shown in the language picker: the name of this language, written in this language.
language-name = Українська

start-greeting =
    Вітаю! Цей бот — частина кампанії за звільнення всіх політв’язнів у Білорусі.
    Він розповідає, чого вимагає кампанія, і допомагає підтримати тих, хто за ґратами.
start-choose-language = Якою мовою мені з вами спілкуватися? Змінити мову можна будь-коли командою /lang.
start-next-steps = Надішліть /pledge, щоб підписати вимогу звільнити всіх політв’язнів, /about, щоб дізнатися, чого вимагає кампанія, або /help, щоб побачити все, що я вмію.

help-text =
    Що я вмію:
    /stats — скільки політв’язнів зараз утримуються, із зазначенням джерела
    /share — картка про політв’язнів для пересилання
    /about — чого вимагає кампанія і коли відзначають День солідарності
    /pledge — підписати вимогу звільнити всіх політв’язнів
    /unpledge — відкликати свій підпис
    /subscribe — щоденне зведення від мене: кількість політв’язнів і послання солідарності
    /unsubscribe — відписатися від щоденного зведення
    /forget — видалити все, що бот зберігає про вас
    /lang — вибрати мову, якою я з вами спілкуюся
    /help — цей список

lang-choose = Виберіть мову:
lang-changed = Готово: відтепер я писатиму вам українською.
lang-unknown = Я не знаю мови «{ $code }». Натисніть одну з кнопок нижче або надішліть /lang з одним із кодів: { $codes }.

unknown-command = Я не знаю команди { $command }. Надішліть /help, щоб побачити, що я вмію.
free-text = Я відповідаю лише на команди. Надішліть /help, щоб їх побачити.
button-unknown = Ця кнопка більше не діє. Надішліть /help, щоб побачити, що я вмію.
error-generic = Вибачте, у нас щось пішло не так. Будь ласка, спробуйте ще раз за хвилину.

# Descriptions in the Telegram command menu (at most 256 characters each).
command-start = Почати й вибрати мову
command-about = Чого вимагає кампанія
command-lang = Змінити мову
command-help = Що вміє цей бот

# Printed once when the bot runs as a local chat in the terminal (no Telegram token set).
console-banner = Локальний чат у терміналі (токен Telegram не задано). Введіть /start, щоб почати, номер кнопки, щоб натиснути її, і Ctrl+D, щоб вийти.

# In a group chat, for commands whose answer is personal (/pledge, /lang, /forget…).
private-only = Щоб ваш вибір залишився приватним, будь ласка, надішліть цю команду мені в особистому чаті, а не в групі.
