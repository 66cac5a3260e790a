# Shown in the language picker: the name of this language, written in this language.
language-name = Беларуская

start-greeting =
    Прывітанне! Гэты бот — частка кампаніі за вызваленне ўсіх палітвязняў у Беларусі.
    Ён расказвае, чаго патрабуе кампанія, і дапамагае падтрымаць тых, хто за кратамі.
start-choose-language = На якой мове мне з вамі размаўляць? Змяніць мову можна ў любы час камандай /lang.
start-next-steps = Дашліце /pledge, каб падпісаць патрабаванне вызваліць усіх палітвязняў, /about, каб прачытаць, чаго патрабуе кампанія, або /help, каб убачыць усё, што я ўмею.

help-text =
    Што я ўмею:
    /stats — колькі палітвязняў цяпер утрымліваюцца, з указаннем крыніцы
    /share — картка пра палітвязняў для перасылкі
    /about — чаго патрабуе кампанія і калі адзначаецца Дзень салідарнасці
    /pledge — падпісаць патрабаванне вызваліць усіх палітвязняў
    /unpledge — адклікаць свой подпіс
    /forget — выдаліць усё, што бот захоўвае пра вас
    /lang — выбраць мову, на якой я з вамі размаўляю
    /help — гэты спіс

lang-choose = Выберыце мову:
lang-changed = Гатова: надалей я буду пісаць вам па-беларуску.
lang-unknown = Я не ведаю мовы «{ $code }». Націсніце адну з кнопак ніжэй або дашліце /lang з адным з кодаў: { $codes }.

unknown-command = Я не ведаю каманды { $command }. Дашліце /help, каб убачыць, што я ўмею.
free-text = Я адказваю толькі на каманды. Дашліце /help, каб іх убачыць.
button-unknown = Гэтая кнопка ўжо не дзейнічае. Дашліце /help, каб убачыць, што я ўмею.
error-generic = Прабачце, на нашым баку нешта пайшло не так. Калі ласка, паспрабуйце яшчэ раз праз хвіліну.

# Descriptions in the Telegram command menu (at most 256 characters each).
command-start = Пачаць і выбраць мову
command-about = Чаго патрабуе кампанія
command-lang = Змяніць мову
command-help = Што ўмее гэты бот

# Printed once when the bot runs as a local chat in the terminal (no Telegram token set).
console-banner = Лакальны чат у тэрмінале (токен Telegram не зададзены). Увядзіце /start, каб пачаць, нумар кнопкі, каб націснуць яе, і Ctrl+D, каб выйсці.

# In a group chat, for commands whose answer is personal (/pledge, /lang, /forget…).
private-only = Каб ваш выбар застаўся прыватным, калі ласка, дашліце гэтую каманду мне ў асабістым чаце, а не ў групе.
