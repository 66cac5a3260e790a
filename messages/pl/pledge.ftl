# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    Podpisując, przyłączasz się do żądania:
    „Natychmiastowe i bezwarunkowe uwolnienie wszystkich więźniów politycznych na Białorusi”.

    Co przechowuje bot: kod obliczony na podstawie Twojego konta przy użyciu tajnego klucza (a nie sam identyfikator konta czy nazwę użytkownika), numer porządkowy podpisu, datę, wybrany język, a Twoje imię – tylko jeśli zdecydujesz się podpisać imieniem. Dzięki temu każda osoba jest liczona tylko raz. /unpledge wycofuje podpis, /forget usuwa wszystko. Twój podpis dodaje też anonimowy wpis do publicznego rejestru, dzięki któremu każdy może sprawdzić liczbę podpisów; nie ma w nim nic o Tobie, a /unpledge lub /forget nie usuwa go, tylko dodaje wpis o wycofaniu.
pledge-sign-named = Podpisz jako: { $name }
pledge-sign-anonymous = Podpisz anonimowo
pledge-cancel = Anuluj
pledge-cancelled = Nic nie zostało podpisane. Możesz wrócić w każdej chwili poleceniem /pledge.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Dziękujemy. Twój podpis ma numer #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] Żądanie podpisała dotąd { NUMBER($count) } osoba.
        [few] Żądanie podpisały dotąd { NUMBER($count) } osoby.
        [many] Żądanie podpisało dotąd { NUMBER($count) } osób.
       *[other] Żądanie podpisało dotąd { NUMBER($count) } osoby.
    }
pledge-already = Twój podpis z { DATETIME($date, dateStyle: "long") } jest już liczony. Dziękujemy. Aby go wycofać, wyślij /unpledge.
pledge-disabled = Podpisywanie w tym bocie nie jest jeszcze dostępne. Spróbuj ponownie później.
pledge-slow-down = Twój podpis był w krótkim czasie kilka razy składany i wycofywany. Odczekaj { $minutes ->
        [one] minutę
        [few] { NUMBER($minutes) } minuty
        [many] { NUMBER($minutes) } minut
       *[other] { NUMBER($minutes) } minuty
    } i spróbuj ponownie.

unpledge-done = Twój podpis został wycofany i nie jest już liczony. Możesz podpisać ponownie poleceniem /pledge.
unpledge-none = Nie ma jeszcze Twojego podpisu. Aby podpisać, wyślij /pledge.

forget-confirm = To usunie wszystko, co bot o Tobie przechowuje: Twój podpis, wybrany język i wszelkie inne zapisy. Tego nie da się cofnąć.
forget-yes = Usuń wszystko
forget-no = Zachowaj moje dane
forget-done = Gotowe: wszystko, co bot o Tobie przechowywał, zostało usunięte.
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
    }, eksport z { DATETIME($date, dateStyle: "long") }. Przechowuj ten plik w bezpiecznym miejscu: widać w nim, kto złożył podpis.

command-pledge = Podpisz żądanie uwolnienia wszystkich więźniów politycznych
command-unpledge = Wycofaj swój podpis
command-forget = Usuń wszystkie swoje dane przechowywane przez bota
