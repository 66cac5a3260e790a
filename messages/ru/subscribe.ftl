# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Ежедневная сводка о политзаключённых
command-unsubscribe = Отписаться от ежедневной сводки

subscribe-button = 🔔 Ежедневная сводка
unsubscribe-button = Отписаться от ежедневной сводки
subscribe-done = Готово: каждый день в { $time } (по времени { $zone }) вы будете получать короткую сводку на этом языке. Отписаться можно в любой момент командой /unsubscribe.
subscribe-already = Вы уже подписаны на ежедневную сводку: она приходит каждый день в { $time } (по времени { $zone }). Отписаться можно командой /unsubscribe.
subscribe-telegram-only = Ежедневная сводка рассылается только в Telegram: найдите там этого бота и отправьте /subscribe.
unsubscribe-done = Готово: ежедневной сводки больше не будет. Никаких данных о вашей подписке бот больше не хранит.
unsubscribe-none = Вы не подписаны на сводку, так что отключать нечего. Чтобы получать ежедневную сводку, отправьте /subscribe.

# The digest's first line. $date: today.
digest-title = Ежедневная сводка, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Отправьте /broadcast, а затем текст, например: /broadcast <b>Завтра</b> — День солидарности с политзаключёнными. Весь текст уйдёт так, как вы его написали, со всеми переносами строк (форматирование: Telegram HTML). В предпросмотре вы выберете, кто его получит: все подписчики или только те, кто читает на выбранных языках.
broadcast-preview = Выше — сообщение ровно в том виде, в каком его получат подписчики. Получатели: { $count ->
        [one] { $count } подписчик
        [few] { $count } подписчика
        [many] { $count } подписчиков
       *[other] { $count } подписчика
    } ({ $languages ->
        [all] все языки
       *[other] только языки: { $languages }
    }). Отправьте его сейчас или сначала выберите языки.
broadcast-button-confirm = ✅ Отправить подписчикам
broadcast-started = Рассылка #{ $id } началась; её ход будет показывать отдельное сообщение о статусе.
broadcast-discarded = Рассылка отменена; ничего не отправлено.
broadcast-gone = Эта рассылка уже началась или была отменена.
broadcast-progress = Рассылка #{ $id }: отправлено { $sent }, не доставлено { $failed }, осталось { $remaining } ({ $rate } в секунду, ещё примерно { $eta } мин).
broadcast-done = Рассылка #{ $id } завершена: отправлено { $sent }, не доставлено { $failed } (бот заблокирован, аккаунт удалён или произошёл сбой). { $skipped ->
        [0] { "" }
       *[other] В безопасном режиме не отправлено: { $skipped } (без ссылок ничего не осталось).
    }
broadcast-button-languages = 🌐 Выбрать языки
broadcast-button-all = { $done ->
        [yes] ✓ Все языки
       *[other] Все языки
    }
digest-skipped = Не отправлены ежедневные сводки (их время пришлось на блокировку, и к её снятию они устарели): { $dates }.

# Photos, albums and link buttons of posts and broadcasts.
broadcast-photo-one = Рассылка может содержать одно фото, а не альбом. Пожалуйста, отправьте одно фото с подписью /broadcast и текстом.
