# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    Podpis oznacza przyłączenie się do żądania:
    „Natychmiastowe i bezwarunkowe uwolnienie wszystkich więźniów politycznych na Białorusi”.

    Co przechowuje bot: kod obliczony na podstawie konta przy użyciu tajnego klucza (a nie sam identyfikator konta czy nazwę użytkownika), numer porządkowy podpisu, datę, wybrany język, a imię – tylko w przypadku podpisu z imieniem. Dzięki temu każda osoba jest liczona tylko raz. /unpledge wycofuje podpis, /forget usuwa wszystko.
pledge-sign-named = Podpisz swoim imieniem: { $name }
pledge-sign-anonymous = Podpisz anonimowo
pledge-cancel = Anuluj
pledge-cancelled = Nic nie zostało podpisane. Można wrócić w każdej chwili poleceniem /pledge.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Dziękujemy. Numer podpisu: #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] Dotychczas podpisała { NUMBER($count) } osoba.
        [few] Dotychczas podpisały { NUMBER($count) } osoby.
        [many] Dotychczas podpisało { NUMBER($count) } osób.
       *[other] Dotychczas podpisało { NUMBER($count) } osoby.
    }
pledge-already = Podpis został już złożony { DATETIME($date, dateStyle: "long") }. Dziękujemy. Aby go wycofać, wyślij /unpledge.
pledge-disabled = Podpisywanie w tym bocie nie jest jeszcze dostępne. Prosimy spróbować później.
pledge-slow-down = W krótkim czasie podpis został kilka razy złożony i wycofany. Prosimy odczekać { $minutes ->
        [one] minutę
        [few] { NUMBER($minutes) } minuty
        [many] { NUMBER($minutes) } minut
       *[other] { NUMBER($minutes) } minuty
    } i spróbować ponownie.

unpledge-done = Podpis został wycofany i nie jest już liczony. Można podpisać ponownie poleceniem /pledge.
unpledge-none = Podpis nie został złożony. Aby podpisać, wyślij /pledge.

forget-confirm = Spowoduje to usunięcie wszystkiego, co bot przechowuje w związku z tym kontem: podpisu, wybranego języka i wszelkich innych zapisów. Tej operacji nie można cofnąć.
forget-yes = Usuń wszystko
forget-no = Zachowaj moje dane
forget-done = Gotowe: wszystko, co bot przechowywał w związku z tym kontem, zostało usunięte.
forget-kept = Nic nie zostało usunięte.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } osoba podpisała
        [few] { NUMBER($count) } osoby podpisały
        [many] { NUMBER($count) } osób podpisało
       *[other] { NUMBER($count) } osoby podpisało
    } żądanie natychmiastowego i bezwarunkowego uwolnienia wszystkich więźniów politycznych na Białorusi. Dodaj swój podpis: { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = To polecenie jest dostępne tylko dla administratorów kampanii.
# $count: rows in the file; $date: when it was made.
export-caption =
    { $count ->
        [one] { NUMBER($count) } podpis
        [few] { NUMBER($count) } podpisy
        [many] { NUMBER($count) } podpisów
       *[other] { NUMBER($count) } podpisu
    }, eksport z { DATETIME($date, dateStyle: "long") }. Ten plik należy przechowywać w bezpiecznym miejscu: widać w nim, kto podpisał.

command-pledge = Podpisz żądanie uwolnienia wszystkich więźniów politycznych
command-unpledge = Wycofaj swój podpis
command-forget = Usuń wszystkie swoje dane przechowywane przez bota
