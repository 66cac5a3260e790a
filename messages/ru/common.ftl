# Shown in the language picker: the name of this language, written in this language.
language-name = Русский

start-greeting =
    Здравствуйте! Этот бот — часть кампании за освобождение всех политзаключённых в Беларуси.
    Он рассказывает, чего требует кампания, и помогает поддержать тех, кто за решёткой.
start-choose-language = На каком языке мне с вами общаться? Сменить язык можно в любой момент командой /lang.
start-next-steps = Отправьте /pledge, чтобы подписать требование освободить всех политзаключённых, /about, чтобы узнать, чего требует кампания, или /help, чтобы увидеть всё, что я умею.

help-text =
    Что я умею:
    /stats — сколько политзаключённых сейчас удерживаются, с указанием источника
    /share — карточка о политзаключённых для пересылки
    /about — чего требует кампания и когда отмечается День солидарности
    /pledge — подписать требование освободить всех политзаключённых
    /unpledge — отозвать свою подпись
    /forget — удалить всё, что бот хранит о вас
    /lang — выбрать язык, на котором я с вами общаюсь
    /help — этот список

lang-choose = Выберите язык:
lang-changed = Готово: теперь я буду писать вам по-русски.
lang-unknown = Я не знаю языка «{ $code }». Нажмите одну из кнопок ниже или отправьте /lang с одним из кодов: { $codes }.

unknown-command = Я не знаю команды { $command }. Отправьте /help, чтобы увидеть, что я умею.
free-text = Я отвечаю только на команды. Отправьте /help, чтобы их увидеть.
button-unknown = Эта кнопка больше не действует. Отправьте /help, чтобы увидеть, что я умею.
error-generic = Извините, у нас что-то пошло не так. Пожалуйста, попробуйте ещё раз через минуту.

# Descriptions in the Telegram command menu (at most 256 characters each).
command-start = Начать и выбрать язык
command-about = Чего требует кампания
command-lang = Сменить язык
command-help = Что умеет этот бот

# Printed once when the bot runs as a local chat in the terminal (no Telegram token set).
console-banner = Локальный чат в терминале (токен Telegram не задан). Введите /start, чтобы начать, номер кнопки, чтобы нажать её, и Ctrl+D, чтобы выйти.

# In a group chat, for commands whose answer is personal (/pledge, /lang, /forget…).
private-only = Чтобы ваш выбор остался конфиденциальным, пожалуйста, отправьте эту команду мне в личном чате, а не в группе.
