# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    Подписываясь, вы присоединяетесь к требованию:
    «Немедленное и безусловное освобождение всех политзаключённых в Беларуси».

    Что хранит бот: код, вычисленный из вашего аккаунта с помощью секретного ключа (не сам ID аккаунта и не имя пользователя), порядковый номер вашей подписи, дату, ваш язык, а ваше имя — только если вы решите подписаться под своим именем. Так мы учитываем каждого человека только один раз. /unpledge отзывает вашу подпись, /forget удаляет всё. Ваша подпись также добавляет анонимную запись в публичный журнал, по которому любой может проверить число подписей; в ней нет ничего о вас, а /unpledge или /forget не удаляют её, а добавляют запись об отзыве.
pledge-sign-named = Подписаться под своим именем: { $name }
pledge-sign-anonymous = Подписаться анонимно
pledge-cancel = Отмена
pledge-cancelled = Вы ничего не подписали. Вернуться можно в любой момент командой /pledge.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Спасибо. Вы подписались под номером #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] Уже подписался { NUMBER($count) } человек.
        [few] Уже подписались { NUMBER($count) } человека.
        [many] Уже подписались { NUMBER($count) } человек.
       *[other] Уже подписались { NUMBER($count) } человека.
    }
pledge-already = Вы уже подписались { DATETIME($date, dateStyle: "long") }, спасибо. Чтобы отозвать подпись, отправьте /unpledge.
pledge-disabled = Подписаться через этого бота пока нельзя. Пожалуйста, попробуйте позже.
pledge-slow-down = За короткое время вы несколько раз подписались и отозвали подпись. Пожалуйста, подождите { $minutes ->
        [one] { NUMBER($minutes) } минуту
        [few] { NUMBER($minutes) } минуты
        [many] { NUMBER($minutes) } минут
       *[other] { NUMBER($minutes) } минуты
    } и попробуйте снова.

unpledge-done = Ваша подпись отозвана и больше не учитывается. Подписаться снова можно командой /pledge.
unpledge-none = Вы не подписывались. Чтобы подписаться, отправьте /pledge.

forget-confirm = Будет удалено всё, что бот хранит о вас: ваша подпись, выбранный язык и любые другие записи. Отменить это будет нельзя.
forget-yes = Удалить всё
forget-no = Оставить мои данные
forget-done = Готово: всё, что бот хранил о вас, удалено.
forget-kept = Ничего не удалено.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } человек подписался
        [few] { NUMBER($count) } человека подписались
        [many] { NUMBER($count) } человек подписались
       *[other] { NUMBER($count) } человека подписались
    } под требованием немедленного и безусловного освобождения всех политзаключённых в Беларуси. Поставьте и вы свою подпись: { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = Эта команда — только для администраторов кампании.
# $count: rows in the file; $date: when it was made.
export-caption =
    Выгрузка от { DATETIME($date, dateStyle: "long") }: { $count ->
        [one] { NUMBER($count) } подпись
        [few] { NUMBER($count) } подписи
        [many] { NUMBER($count) } подписей
       *[other] { NUMBER($count) } подписи
    }. Храните этот файл в надёжном месте: в нём указано, кто подписался.

command-pledge = Подписаться под требованием освободить всех политзаключённых
command-unpledge = Отозвать свою подпись
command-forget = Удалить всё, что бот хранит о вас
