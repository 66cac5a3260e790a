# Safe mode: for people in Belarus or who travel there, where supporting the campaign is prosecuted
# and phones are searched at the border. $minutes: SAFE_MODE_DELETE_MINUTES.
safe-ask =
    Jedno pytanie, ze względu na Twoje bezpieczeństwo: czy jesteś na Białorusi albo tam jeździsz?
    Jeśli tak, mogę działać w trybie bezpiecznym: usuwam wtedy z tego czatu moje potwierdzenia Twojego podpisu i subskrypcji { $minutes ->
        [one] minutę
        [few] { NUMBER($minutes) } minuty
        [many] { NUMBER($minutes) } minut
       *[other] { NUMBER($minutes) } minuty
    } po ich wysłaniu i nie wysyłam żadnych linków. Możesz to zmienić w każdej chwili poleceniem /safe.
safe-button-on = Tak, włącz tryb bezpieczny
safe-button-off = Nie
safe-state-on = Tryb bezpieczny jest włączony.
safe-state-off = Tryb bezpieczny jest wyłączony.
safe-on =
    Tryb bezpieczny jest włączony. Moje potwierdzenia Twojego podpisu i subskrypcji, a także Twoje polecenia, które ich dotyczą, usuwam { $minutes ->
        [one] minutę
        [few] { NUMBER($minutes) } minuty
        [many] { NUMBER($minutes) } minut
       *[other] { NUMBER($minutes) } minuty
    } po wysłaniu i nie wysyłam żadnych linków. Ta wiadomość też zniknie.
# The steps only the person can take; Telegram's menus as they are named in the apps.
safe-steps =
    Co możesz zrobić tylko Ty:
    • Usuwaj tutaj swoje wiadomości: naciśnij i przytrzymaj wiadomość, a potem wybierz „Usuń”.
    • Włącz w Telegramie automatyczne usuwanie dla tego czatu: otwórz menu czatu (⋮ lub nazwa bota u góry), wybierz „Automatyczne usuwanie”, a potem „1 dzień”.
    • Przed wyjazdem na Białoruś usuń cały ten czat: naciśnij i przytrzymaj go na liście czatów, a potem wybierz „Usuń czat”.
safe-off = Tryb bezpieczny jest wyłączony. Aby włączyć go ponownie, wyślij /safe.

# Shown before the pledge buttons, in safe mode.
pledge-safe-warning =
    Zanim podpiszesz: jeśli na Białorusi ktoś sprawdzi Twój telefon, ślad tego podpisu może zostać użyty przeciwko Tobie i Twojej rodzinie. Moje potwierdzenie usuwam { $minutes ->
        [one] minutę
        [few] { NUMBER($minutes) } minuty
        [many] { NUMBER($minutes) } minut
       *[other] { NUMBER($minutes) } minuty
    } po wysłaniu, ale ten czat możesz usunąć tylko Ty. Możesz też podpisać bez imienia.

# /privacy. $days: RETENTION_DAYS; $minutes: SAFE_MODE_DELETE_MINUTES.
privacy-text =
    Co przechowuje ten bot i jak długo:
    • Przy wyborze języka: kod obliczony na podstawie konta przy użyciu tajnego klucza (a nie identyfikator konta czy nazwa użytkownika), język oraz informacja, czy tryb bezpieczny jest włączony. Przechowywane do czasu wysłania /forget.
    • Przy podpisie: ten sam kod, numer porządkowy podpisu, data, język, a imię – tylko w przypadku podpisu z imieniem. Przechowywane do /unpledge lub /forget.
    • W publicznym rejestrze, dzięki któremu każdy może sprawdzić liczbę podpisów: anonimowy wpis o każdym podpisie i każdym wycofaniu, bez żadnych informacji o Tobie. Przechowywane bezterminowo: /unpledge i /forget dodają wpis o wycofaniu i niczego nie usuwają.
    • Przy subskrypcji: ten sam kod, język i adres czatu, zaszyfrowany. Przechowywane do /unsubscribe lub /forget.
    • Zapisy o tym, które wiadomości zostały dostarczone, i o działaniach administratorów kampanii: usuwane po { $days ->
        [one] { NUMBER($days) } dniu
        [few] { NUMBER($days) } dniach
        [many] { NUMBER($days) } dniach
       *[other] { NUMBER($days) } dnia
    }.
    • Nigdy nie są przechowywane: treść Twoich wiadomości, nazwa użytkownika, numer telefonu. Logi bota nie zawierają identyfikatorów kont ani imion.
    W trybie bezpiecznym (/safe) usuwam z tego czatu swoje potwierdzenia po { $minutes ->
        [one] minucie
        [few] { NUMBER($minutes) } minutach
        [many] { NUMBER($minutes) } minutach
       *[other] { NUMBER($minutes) } minuty
    }.
    Aby od razu usunąć wszystko, wyślij /forget.
# $accounts: OFFICIAL_ACCOUNTS, comma-separated handles.
official-accounts = Prawdziwe konta kampanii: { $accounts }. Istnieją boty i kanały, które się pod nie podszywają: zanim coś podpiszesz lub udostępnisz, sprawdź dokładną nazwę.

command-safe = Tryb bezpieczny dla osób na Białorusi lub tam podróżujących
command-privacy = Co bot o Tobie przechowuje i jak długo

# Owners (OWNER_IDS) only. $word: the word to type to confirm.
owner-only = To polecenie jest dostępne tylko dla właścicieli kampanii.
lockdown-ask = Blokada natychmiast wstrzymuje wszystkie posty, wysyłki, posty o osiągniętych progach i eksporty we wszystkich instancjach bota, dopóki właściciel jej nie zdejmie. W tym czasie polecenia administratorów są odrzucane. Aby potwierdzić, wyślij: /lockdown { $word }
lockdown-on = Blokada jest włączona. Nic nie jest publikowane, wysyłane ani eksportowane, dopóki właściciel nie wyśle /unlock. Niedokończone wysyłki administratorów zostały anulowane. Posty w kolejce są wstrzymane; post, którego termin minie o więcej niż dopuszczalne opóźnienie przed zdjęciem blokady, zostanie oznaczony jako pominięty. Właściciele nadal mogą używać /queue i /cancel.
lockdown-already = Blokada jest już włączona. Zdejmuje ją polecenie /unlock.
lockdown-refused = Blokada jest włączona: posty, wysyłki i eksporty są wstrzymane, dopóki właściciel nie wyśle /unlock.
unlock-ask = Najpierw sprawdź /queue: posty dodane do kolejki z przejętego konta zostaną wysłane zaraz po zdjęciu blokady, a codzienna wysyłka zostanie wznowiona. Aby zdjąć blokadę, wyślij: /unlock { $word }
unlock-done = Blokada została zdjęta: posty, wysyłki i eksporty znów działają.
unlock-none = Blokada nie jest włączona.
# $count: signers now.
wipe-ask =
    To trwale usunie kody kont i imiona wszystkich osób, które złożyły podpis ({ $count ->
        [one] { NUMBER($count) } osoba
        [few] { NUMBER($count) } osoby
        [many] { NUMBER($count) } osób
       *[other] { NUMBER($count) } osoby
    }). Łączna liczba podpisów i osiągnięte progi pozostaną. Potem nikt nie będzie mógł wycofać ani usunąć swojego podpisu, a osoba, która ponownie złoży podpis, zostanie policzona jeszcze raz. Aby potwierdzić, wyślij: /wipe_signers { $word } { NUMBER($count, useGrouping: 0) }
wipe-done =
    Gotowe: kody kont i imiona osób, które złożyły podpis ({ $count ->
        [one] { NUMBER($count) } osoba
        [few] { NUMBER($count) } osoby
        [many] { NUMBER($count) } osób
       *[other] { NUMBER($count) } osoby
    }), nie są już tu przechowywane. Łączna liczba podpisów pozostaje bez zmian: { NUMBER($total) }.

# /pledge from someone who has not answered the safety question yet: shown above the pledge, with a button.
pledge-safe-hint = Jesteś na Białorusi albo tam jeździsz? Zanim podpiszesz, włącz tryb bezpieczny: wtedy usunę swoje potwierdzenia z tego czatu.
pledge-safe-button = Najpierw tryb bezpieczny
