# Shown in the language picker: the name of this language, written in this language.
language-name = Polski

start-greeting =
    Dzień dobry! Ten bot jest częścią kampanii na rzecz uwolnienia wszystkich więźniów politycznych na Białorusi.
    Wyjaśnia, czego domaga się kampania, i pomaga okazać solidarność z tymi, którzy są za kratami.
start-choose-language = W jakim języku mam do Ciebie pisać? Możesz go zmienić w każdej chwili poleceniem /lang.
start-next-steps = Wyślij /pledge, aby podpisać żądanie uwolnienia wszystkich więźniów politycznych, /about, aby przeczytać, czego domaga się kampania, lub /help, aby zobaczyć wszystko, co potrafię.

help-text =
    Co potrafię:
    /stats — ilu więźniów politycznych jest teraz przetrzymywanych, wraz z podaniem źródła
    /share — wiadomość o więźniach politycznych do przekazania dalej
    /letters — listy do więźniów politycznych: urodziny, adresy i jak pisać
    /about — czego domaga się kampania i kiedy przypada Dzień Solidarności
    /pledge — podpisanie żądania uwolnienia wszystkich więźniów politycznych
    /unpledge — wycofanie podpisu
    /verify — sprawdzenie Twojego potwierdzenia w publicznym rejestrze podpisów
    /subscribe — codzienny biuletyn ode mnie: liczba więźniów politycznych i przesłanie solidarności
    /unsubscribe — rezygnacja z codziennego biuletynu
    /forget — usunięcie wszystkiego, co bot o Tobie przechowuje
    /safe — tryb bezpieczny dla osób przebywających na Białorusi lub tam podróżujących
    /privacy — co bot o Tobie przechowuje i jak długo
    /lang — wybór języka, w którym piszę
    /help — ta lista

lang-choose = Wybierz język:
lang-changed = Gotowe: od teraz będę pisać po polsku.
lang-unknown = Nie znam języka „{ $code }”. Naciśnij jeden z przycisków poniżej lub wyślij /lang z jednym z kodów: { $codes }.

unknown-command = Nie znam polecenia { $command }. Wyślij /help, aby zobaczyć, co potrafię.
free-text = Odpowiadam tylko na polecenia. Wyślij /help, aby je zobaczyć.
button-unknown = Ten przycisk jest już nieaktualny. Wyślij /help, aby zobaczyć, co potrafię.
error-generic = Przepraszamy, coś poszło nie tak po naszej stronie. Spróbuj ponownie za minutę.

# Descriptions in the Telegram command menu (at most 256 characters each).
command-start = Rozpocznij i wybierz język
command-about = Czego domaga się kampania
command-lang = Zmień język
command-help = Co potrafi ten bot

# Printed once when the bot runs as a local chat in the terminal (no Telegram token set).
console-banner = Lokalny czat w terminalu (nie ustawiono tokenu Telegram). Wpisz /start, aby rozpocząć, numer przycisku, aby go nacisnąć, i Ctrl+D, aby zakończyć.

# In a group chat, for commands whose answer is personal (/pledge, /lang, /forget…).
private-only = Aby Twoje wybory pozostały prywatne, wyślij mi to polecenie na czacie prywatnym, a nie w grupie.
