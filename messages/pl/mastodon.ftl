mastodon-subscribe-telegram-only = Codzienny biuletyn jest wysyłany tylko w Telegramie: znajdź tam bota kampanii i wyślij /subscribe. Tutaj, na Mastodonie, możesz obserwować to konto.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Aby Twoje wybory pozostały prywatne, wyślij mi to we wzmiance prywatnej (widzą ją tylko wspomniane osoby), a nie w publicznym wpisie.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Oznacz mnie i napisz jedno z tych słów (po polsku lub po angielsku):
    statystyka (stats) — ilu więźniów politycznych jest teraz przetrzymywanych, wraz z podaniem źródła
    podpisz (pledge) — podpisanie żądania uwolnienia wszystkich więźniów politycznych
    wycofaj (unpledge) — wycofanie podpisu
    zapomnij (forget) — usunięcie wszystkiego, co bot o Tobie przechowuje (najpierw poproszę o potwierdzenie)
    listy (letters) — listy do więźniów politycznych: urodziny i adresy (z nazwiskiem, żeby znaleźć jedną osobę)
    pomoc (help) — wszystko, co potrafię
    język xx (lang xx) — język, w którym do Ciebie piszę: { $codes }
mastodon-forget-confirm = { forget-confirm } Aby potwierdzić, odpowiedz na tę wiadomość słowem „tak” w ciągu { $minutes ->
        [one] minuty
        [few] { NUMBER($minutes) } minut
        [many] { NUMBER($minutes) } minut
       *[other] { NUMBER($minutes) } minuty
    }. W przeciwnym razie nic nie zostanie usunięte.
mastodon-confirm-nothing = Nie ma czego potwierdzać. Aby usunąć wszystko, co bot o Tobie przechowuje, wyślij mi „zapomnij” we wzmiance prywatnej, a potem odpowiedz „tak” na moje pytanie w ciągu { $minutes ->
        [one] minuty
        [few] { NUMBER($minutes) } minut
        [many] { NUMBER($minutes) } minut
       *[other] { NUMBER($minutes) } minuty
    }. Potwierdzić może tylko konto, które o to prosiło.
# An admin's menu on Mastodon: the words that stand for its buttons follow, one a line (mastodon-admin-word).
mastodon-admin-words = Na Mastodonie nie ma przycisków: zamiast nich wyślij mi jedno z tych słów we wzmiance prywatnej:
# $word: what to send (e.g. "preview", "fallback en"); $label: the button's label.
mastodon-admin-word = { $word } — { $label }
# The one button that decides (Confirm and queue, Accept): a reply $word ("yes") to this status presses it.
mastodon-admin-press = Aby nacisnąć „{ $label }”, odpowiedz na tę wiadomość słowem „{ $word }” we wzmiance prywatnej.
