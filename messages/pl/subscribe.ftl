# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Codzienny biuletyn o więźniach politycznych
command-unsubscribe = Zrezygnuj z codziennego biuletynu

subscribe-button = 🔔 Codzienny biuletyn
unsubscribe-button = Zrezygnuj z codziennego biuletynu
subscribe-done = Gotowe: krótki biuletyn w tym języku będzie przychodził codziennie o { $time } (według czasu { $zone }). Subskrypcję można zakończyć w każdej chwili poleceniem /unsubscribe.
subscribe-already = Subskrypcja jest już aktywna: biuletyn przychodzi codziennie o { $time } (według czasu { $zone }). Można ją zakończyć poleceniem /unsubscribe.
subscribe-telegram-only = Codzienny biuletyn jest wysyłany tylko w Telegramie: znajdź tam tego bota i wyślij /subscribe.
unsubscribe-done = Gotowe: codzienny biuletyn nie będzie już przychodził. Żadne dane o tej subskrypcji nie są przechowywane.
unsubscribe-none = Subskrypcja nie jest aktywna, więc nie ma czego wyłączać. Aby otrzymywać codzienny biuletyn, wyślij /subscribe.

# The digest's first line. $date: today.
digest-title = Codzienny biuletyn, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Wyślij /broadcast, następnie opcjonalnie kody języków, a potem tekst, na przykład: /broadcast be,ru <b>Jutro</b> – 21 maja. Bez kodów wiadomość otrzymają wszyscy subskrybenci. Formatowanie: Telegram HTML.
broadcast-preview = Powyżej wiadomość dokładnie w takiej postaci, w jakiej otrzymają ją subskrybenci. Odbiorcy: { $count ->
        [one] { $count } subskrybent
        [few] { $count } subskrybenci
        [many] { $count } subskrybentów
       *[other] { $count } subskrybenta
    } (języki: { $languages }). Zatwierdź, aby wysłać ją teraz.
broadcast-button-confirm = ✅ Wyślij subskrybentom
broadcast-started = Wysyłka #{ $id } się rozpoczęła; jej postęp będzie widoczny w osobnej wiadomości o stanie.
broadcast-discarded = Wysyłka została anulowana; nic nie zostało wysłane.
broadcast-gone = Ta wysyłka już się rozpoczęła lub została anulowana.
broadcast-progress = Wysyłka #{ $id }: wysłano { $sent }, nie dostarczono { $failed }, pozostało { $remaining } ({ $rate } na sekundę, jeszcze ok. { $eta } min).
broadcast-done = Wysyłka #{ $id } zakończona: wysłano { $sent }, nie dostarczono { $failed } (bot zablokowany, konto usunięte lub błąd). { $skipped ->
        [0] { "" }
       *[other] Nie wysłano do czatów w trybie bezpiecznym: { $skipped } (po usunięciu linków nic nie zostało).
    }
