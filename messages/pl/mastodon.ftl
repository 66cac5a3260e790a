mastodon-subscribe-telegram-only = Codzienny biuletyn jest wysyłany tylko w Telegramie: znajdź tam bota kampanii i wyślij /subscribe. Tutaj, na Mastodonie, możesz obserwować to konto.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Aby Twoje wybory pozostały prywatne, wyślij mi to we wzmiance prywatnej (widzą ją tylko wspomniane osoby), a nie w publicznym wpisie.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Oznacz mnie i napisz jedno z tych słów (po polsku lub po angielsku):
    statystyka (stats) — ilu więźniów politycznych jest teraz przetrzymywanych, wraz z podaniem źródła
    podpisz (pledge) — podpisanie żądania uwolnienia wszystkich więźniów politycznych
    wycofaj (unpledge) — wycofanie podpisu
    zapomnij (forget) — natychmiastowe usunięcie wszystkiego, co bot o Tobie przechowuje
    pomoc (help) — wszystko, co potrafię
    język xx (lang xx) — język, w którym do Ciebie piszę: { $codes }
