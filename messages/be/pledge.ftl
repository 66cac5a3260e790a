# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    Падпісваючыся, вы далучаецеся да патрабавання:
    «Неадкладнае і безумоўнае вызваленне ўсіх палітвязняў у Беларусі».

    Што захоўвае бот: код, вылічаны з вашага акаўнта з дапамогай сакрэтнага ключа (не сам ID акаўнта і не імя карыстальніка), парадкавы нумар вашага подпісу, дату, вашу мову, а ваша імя — толькі калі вы вырашыце падпісацца пад сваім імем. Так мы ўлічваем кожнага чалавека толькі адзін раз. /unpledge адклікае ваш подпіс, /forget выдаляе ўсё. Ваш подпіс таксама дадае ананімны запіс у публічны журнал, па якім кожны можа праверыць колькасць подпісаў; у ім няма нічога пра вас, а /unpledge ці /forget не выдаляюць яго, а дадаюць запіс пра адкліканне.
pledge-sign-named = Падпісацца пад сваім імем: { $name }
pledge-sign-anonymous = Падпісацца ананімна
pledge-cancel = Скасаваць
pledge-cancelled = Вы нічога не падпісалі. Вярнуцца можна ў любы час камандай /pledge.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Дзякуй. Вы падпісаліся пад нумарам #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] Ужо падпісаўся { NUMBER($count) } чалавек.
        [few] Ужо падпісаліся { NUMBER($count) } чалавекі.
        [many] Ужо падпісаліся { NUMBER($count) } чалавек.
       *[other] Ужо падпісаліся { NUMBER($count) } чалавека.
    }
pledge-already = Вы ўжо падпісаліся { DATETIME($date, dateStyle: "long") }, дзякуй. Каб адклікаць подпіс, дашліце /unpledge.
pledge-disabled = Падпісацца праз гэтага бота пакуль нельга. Калі ласка, паспрабуйце пазней.
pledge-slow-down = За кароткі час вы некалькі разоў падпісаліся і адклікалі подпіс. Калі ласка, пачакайце { $minutes ->
        [one] { NUMBER($minutes) } хвіліну
        [few] { NUMBER($minutes) } хвіліны
        [many] { NUMBER($minutes) } хвілін
       *[other] { NUMBER($minutes) } хвіліны
    } і паспрабуйце зноў.

unpledge-done = Ваш подпіс адкліканы і больш не ўлічваецца. Падпісацца зноў можна камандай /pledge.
unpledge-none = Вы не падпісваліся. Каб падпісацца, дашліце /pledge.

forget-confirm = Будзе выдалена ўсё, што бот захоўвае пра вас: ваш подпіс, выбраная мова і любыя іншыя запісы. Адмяніць гэта будзе немагчыма.
forget-yes = Выдаліць усё
forget-no = Захаваць мае даныя
forget-done = Гатова: усё, што бот захоўваў пра вас, выдалена.
forget-kept = Нічога не выдалена.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } чалавек падпісаўся
        [few] { NUMBER($count) } чалавекі падпісаліся
        [many] { NUMBER($count) } чалавек падпісаліся
       *[other] { NUMBER($count) } чалавека падпісаліся
    } пад патрабаваннем неадкладнага і безумоўнага вызвалення ўсіх палітвязняў у Беларусі. Пастаўце і вы свой подпіс: { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = Гэтая каманда — толькі для адміністратараў кампаніі.
# $count: rows in the file; $date: when it was made.
export-caption =
    Выгрузка ад { DATETIME($date, dateStyle: "long") }: { $count ->
        [one] { NUMBER($count) } подпіс
        [few] { NUMBER($count) } подпісы
        [many] { NUMBER($count) } подпісаў
       *[other] { NUMBER($count) } подпісу
    }. Захоўвайце гэты файл у надзейным месцы: у ім пазначана, хто падпісаўся.

command-pledge = Падпісацца пад патрабаваннем вызваліць усіх палітвязняў
command-unpledge = Адклікаць свой подпіс
command-forget = Выдаліць усё, што бот захоўвае пра вас
