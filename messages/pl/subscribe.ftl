# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Codzienny biuletyn o więźniach politycznych
command-unsubscribe = Zrezygnuj z codziennego biuletynu

subscribe-button = 🔔 Codzienny biuletyn
unsubscribe-button = Zrezygnuj z codziennego biuletynu
subscribe-done = Gotowe: codziennie o { $time } (według czasu { $zone }) będziesz dostawać krótki biuletyn w tym języku. Możesz zrezygnować w każdej chwili poleceniem /unsubscribe.
subscribe-already = Twoja subskrypcja jest już aktywna: biuletyn przychodzi codziennie o { $time } (według czasu { $zone }). Możesz ją zakończyć poleceniem /unsubscribe.
subscribe-telegram-only = Codzienny biuletyn jest wysyłany tylko w Telegramie: znajdź tam tego bota i wyślij /subscribe.
unsubscribe-done = Gotowe: codzienny biuletyn nie będzie już przychodził. Żadne dane o Twojej subskrypcji nie są przechowywane.
unsubscribe-none = Nie masz aktywnej subskrypcji, więc nie ma czego wyłączać. Aby otrzymywać codzienny biuletyn, wyślij /subscribe.

# The digest's first line. $date: today.
digest-title = Codzienny biuletyn, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Wyślij /broadcast, a potem tekst, na przykład: /broadcast <b>Jutro</b> jest Dzień Solidarności z Więźniami Politycznymi. Bot wyśle cały tekst tak, jak go napiszesz, razem z podziałem na wiersze (formatowanie: Telegram HTML). W podglądzie wybierzesz, kto go dostanie: wszyscy subskrybenci albo tylko ci, którzy czytają w wybranych językach.
broadcast-preview = Powyżej wiadomość dokładnie w takiej postaci, w jakiej otrzymają ją subskrybenci. Odbiorcy: { $count ->
        [one] { $count } subskrybent
        [few] { $count } subskrybenci
        [many] { $count } subskrybentów
       *[other] { $count } subskrybenta
    } ({ $languages ->
        [all] wszystkie języki
       *[other] tylko języki: { $languages }
    }). Wyślij ją teraz albo najpierw wybierz języki.
broadcast-button-confirm = ✅ Wyślij subskrybentom
broadcast-started = Wysyłka #{ $id } się rozpoczęła; jej postęp będzie widoczny w osobnej wiadomości o stanie.
broadcast-discarded = Wysyłka została anulowana; nic nie zostało wysłane.
broadcast-gone = Ta wysyłka już się rozpoczęła lub została anulowana.
broadcast-progress = Wysyłka #{ $id }: wysłano { $sent }, nie dostarczono { $failed }, pozostało { $remaining } ({ $rate } na sekundę, jeszcze ok. { $eta } min).
broadcast-done = Wysyłka #{ $id } zakończona: wysłano { $sent }, nie dostarczono { $failed } (bot zablokowany, konto usunięte lub błąd). { $skipped ->
        [0] { "" }
       *[other] Nie wysłano do czatów w trybie bezpiecznym: { $skipped } (po usunięciu linków nic nie zostało).
    }
broadcast-button-languages = 🌐 Wybierz języki
broadcast-button-all = { $done ->
        [yes] ✓ Wszystkie języki
       *[other] Wszystkie języki
    }
digest-skipped = Nie wysłano codziennych biuletynów (ich termin przypadł na czas blokady, a do jej zdjęcia straciły aktualność): { $dates }.

# Photos, albums and link buttons of posts and broadcasts.
broadcast-photo-one = Wysyłka może zawierać jedno zdjęcie, nie album. Wyślij jedno zdjęcie z podpisem /broadcast i tekstem.
