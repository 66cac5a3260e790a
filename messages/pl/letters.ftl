# /letters: urodziny więźniów politycznych, dokąd i jak pisać. Imiona i adresy z listy „Wiasny”, bez zmian.
command-letters = Napisz do więźniów politycznych: urodziny i adresy
letters-no-data = Lista adresów więźniów politycznych nie została jeszcze zaimportowana: administratorzy kampanii importują ją z listy „Wiasny”. Tymczasem możesz przeczytać, jak napisać list, który dotrze.
letters-guide-button = Jak pisać
letters-query-too-long = To za długie jak na imię: wyślij najwyżej { $limit } znaków, na przykład /letters Ales.
letters-week-none = Dziś i w ciągu najbliższych 7 dni nikt nie obchodzi urodzin.
letters-week-title =
    { $count ->
        [one] { NUMBER($count) } urodziny dziś i w ciągu najbliższych 7 dni. Najpierw ci, do których pisze najmniej osób:
        [few] { NUMBER($count) } urodziny dziś i w ciągu najbliższych 7 dni. Najpierw ci, do których pisze najmniej osób:
        [many] { NUMBER($count) } urodzin dziś i w ciągu najbliższych 7 dni. Najpierw ci, do których pisze najmniej osób:
       *[other] { NUMBER($count) } urodzin dziś i w ciągu najbliższych 7 dni. Najpierw ci, do których pisze najmniej osób:
    }
letters-more =
    { $count ->
        [one] …i jeszcze { NUMBER($count) }. Aby znaleźć osobę, wyślij /letters i imię.
       *[other] …i jeszcze { NUMBER($count) }. Aby znaleźć osobę, wyślij /letters i imię.
    }
letters-month-title =
    { $count ->
        [one] { NUMBER($count) } urodziny w miesiącu { $month }:
        [few] { NUMBER($count) } urodziny w miesiącu { $month }:
       *[other] { NUMBER($count) } urodzin w miesiącu { $month }:
    }
letters-month-name = { $day }: { $name }
letters-more-month =
    { $count ->
        [one] …i jeszcze { NUMBER($count) } w tym miesiącu.
       *[other] …i jeszcze { NUMBER($count) } w tym miesiącu.
    }
letters-found =
    { $count ->
        [one] Znaleziono:
       *[other] Znaleziono { NUMBER($count) }:
    }
letters-found-more = Jest ich więcej: dodaj nazwisko lub imię, aby zawęzić wyszukiwanie.
letters-nearest = Nikt nie nosi dokładnie takiego imienia. Najbliższe:
letters-not-found = Nie znalazłem na liście nikogo o takim imieniu. Spróbuj innej pisowni albo samego nazwiska.
letters-birthday = 🎂 { $day }: { $name }
letters-birthday-age =
    { $age ->
        [one] 🎂 { $day }: { $name }, kończy { $age } rok
        [few] 🎂 { $day }: { $name }, kończy { $age } lata
       *[other] 🎂 { $day }: { $name }, kończy { $age } lat
    }
letters-person = { $name }
letters-person-born = { $name }, data urodzenia: { DATETIME($date, dateStyle: "long") }
letters-person-born-day = { $name }, urodziny { $day }
letters-no-address = { $prison }: na liście nie ma adresu pocztowego.
letters-recipient = Кому: { $name }
letters-recipient-year = Кому: { $name }, { $year } г. р.
letters-address = Куда: { $address }
letters-updated = Lista pochodzi od „Wiasny”, zaimportowana { DATETIME($date, dateStyle: "long") }.
letters-stale =
    { $days ->
        [one] ⚠ Ma { NUMBER($days) } dzień: ktoś mógł zostać przeniesiony lub zwolniony. Sprawdź przed wysłaniem.
       *[other] ⚠ Ma { NUMBER($days) } dni: ktoś mógł zostać przeniesiony lub zwolniony. Sprawdź przed wysłaniem.
    }
letters-guide =
    Jak pisać, żeby list dotarł:
    • Pisz po rosyjsku lub po białorusku: listy w innych językach nie docierają.
    • Adres napisz cyrylicą, tak jak go pokazuję: „Кому” (do kogo) to pełne imię i nazwisko oraz rok urodzenia, „Куда” (dokąd) to adres zakładu z kodem pocztowym.
    • Pisz krótko, ciepło i osobiście: o swoim dniu, pogodzie, książkach, filmach, porach roku, dobre życzenia.
    • Nie pisz o polityce, bez słów „wolność” i „walka”, nic o sprawie: takie listy cenzor odrzuca.
    • Adres zwrotny podajesz, jeśli chcesz. Dołączona pusta koperta ułatwia odpowiedź.
letters-samples =
    Pierwsze zdania do skopiowania:
    Здравствуйте! Меня зовут …, я пишу вам из … . Поздравляю вас с днём рождения, желаю здоровья и тепла.
    Добрый день! У нас сегодня выпал первый снег, и я подумал(а) о вас.
    Добры дзень! Мяне завуць …, я пішу вам з … . Віншую вас з днём нараджэння, зычу здароўя і цяпла.
    Вітаю! Я нядаўна прачытаў(ла) цікавую кнігу і хачу вам пра яе расказаць.
letters-services = Nie umiesz pisać cyrylicą? Wolontariusze zrobią to za Ciebie: Solidarity Postcards Atelier przepisuje Twój tekst ręcznie i wysyła go z Białorusi. Libereco publikuje wskazówki, jak pisać listy, a politzek.me pokazuje, ile osób pisze do każdego więźnia.
letters-guide-safe = ⚠ Tryb bezpieczny: list wysłany z Białorusi albo adres zwrotny na Białorusi może doprowadzić do Ciebie. Nie podawaj adresu zwrotnego i dobrze się zastanów, zanim podpiszesz się własnym nazwiskiem. Te wiadomości po pewnym czasie znikną z czatu.

letters-import-telegram-only = Wyślij plik botowi w prywatnym czacie Telegrama z podpisem /importprisoners. Na serwerze operator może też uruchomić ./scripts/run import-prisoners FILE.
letters-import-usage = Wyślij eksport „Wiasny” (plik CSV lub JSON) jako plik z podpisem /importprisoners. Najpierw pokażę podsumowanie: nic się nie zmieni, dopóki nie potwierdzisz.
letters-import-too-big = Plik jest większy niż { $megabytes } MB i bot nie może go pobrać. Uruchom na serwerze ./scripts/run import-prisoners FILE.
letters-import-summary = Przeczytane wiersze: { NUMBER($rows) }. Aktywni: { NUMBER($active) }, z datą urodzin: { NUMBER($birthdays) }, z adresem: { NUMBER($addresses) }.
letters-import-first = Wcześniej nie importowano żadnej listy.
letters-import-changes = Od ostatniego importu: dodano { NUMBER($added) }, już nieaktywni { NUMBER($removed) } (zwolnieni, zmarli lub już nie na liście), zmieniono { NUMBER($changed) }.
letters-import-confirm = Zastąp listę
letters-import-cancel = Anuluj
letters-import-refused = Ten plik nie jest eksportem „Wiasny”; zapisana lista zostaje. Co jest nie tak:
letters-import-problem = wiersz { $row }: { $reason }
letters-import-reason = { $reason }
letters-import-cancelled = Anulowano: zapisana lista zostaje.
letters-import-gone = To podsumowanie jest już nieważne (już potwierdzone, starsze niż doba albo plik się zmienił). Wyślij plik ponownie.
letters-import-done = Gotowe: na liście jest teraz aktywnych osób: { NUMBER($active) }.

letters-digest-line =
    { $count ->
        [one] { NUMBER($count) } urodziny więźnia politycznego w tym tygodniu: /letters
        [few] { NUMBER($count) } urodziny więźniów politycznych w tym tygodniu: /letters
       *[other] { NUMBER($count) } urodzin więźniów politycznych w tym tygodniu: /letters
    }
letters-digest-button-on = Dodaj urodziny tygodnia
letters-digest-button-off = Usuń urodziny
letters-digest-on = Gotowe: gdy w nadchodzącym tygodniu więźniowie polityczni będą obchodzić urodziny, codzienna aktualizacja powie, ilu ich jest, z /letters, żeby ich zobaczyć.
letters-digest-off = Gotowe: codzienna aktualizacja nie wspomina już o urodzinach.
letters-digest-not-subscribed = Nie subskrybujesz codziennej aktualizacji: najpierw wyślij /subscribe.
letters-query-too-short =
    { $min ->
        [one] Aby znaleźć osobę, wyślij co najmniej { NUMBER($min) } literę imienia lub nazwiska, na przykład /letters Ales.
        [few] Aby znaleźć osobę, wyślij co najmniej { NUMBER($min) } litery imienia lub nazwiska, na przykład /letters Ales.
        [many] Aby znaleźć osobę, wyślij co najmniej { NUMBER($min) } liter imienia lub nazwiska, na przykład /letters Ales.
       *[other] Aby znaleźć osobę, wyślij co najmniej { NUMBER($min) } litery imienia lub nazwiska, na przykład /letters Ales.
    }
