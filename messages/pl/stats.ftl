# /stats. Viasna publishes two counts that must never be confused: people held now ("held"),
# and people recognised as political prisoners since 2020 ("recognised"). $date: the "as of" date.
stats-held =
    { $count ->
        [one] { NUMBER($count) } więzień polityczny jest przetrzymywany na Białorusi
        [few] { NUMBER($count) } więźniów politycznych jest przetrzymywanych na Białorusi
        [many] { NUMBER($count) } więźniów politycznych jest przetrzymywanych na Białorusi
       *[other] { NUMBER($count) } więźnia politycznego jest przetrzymywanych na Białorusi
    } (stan na { DATETIME($date, dateStyle: "long") }).
stats-held-at-least =
    { $count ->
        [one] Co najmniej { NUMBER($count) } więzień polityczny był przetrzymywany na Białorusi
        [few] Co najmniej { NUMBER($count) } więźniów politycznych było przetrzymywanych na Białorusi
        [many] Co najmniej { NUMBER($count) } więźniów politycznych było przetrzymywanych na Białorusi
       *[other] Co najmniej { NUMBER($count) } więźnia politycznego było przetrzymywanych na Białorusi
    } (stan na { DATETIME($date, dateStyle: "long") }).
stats-recognised-at-least =
    { $count ->
        [one] Co najmniej { NUMBER($count) } osoba została od 2020 roku uznana za więźnia politycznego
        [few] Co najmniej { NUMBER($count) } osoby zostały od 2020 roku uznane za więźniów politycznych
        [many] Co najmniej { NUMBER($count) } osób zostało od 2020 roku uznanych za więźniów politycznych
       *[other] Co najmniej { NUMBER($count) } osoby zostało od 2020 roku uznanych za więźniów politycznych
    } (stan na { DATETIME($date, dateStyle: "long") }).
# $change: a signed number already formatted, such as "+12" or "−3".
stats-change-week = Zmiana w ciągu około tygodnia: { $change }.
stats-change-month = Zmiana w ciągu około miesiąca: { $change }.
stats-source-viasna = Źródło: Centrum Praw Człowieka „Wiasna”, { $url }
# In safe mode: the same source, without a link.
stats-source-viasna-no-link = Źródło: Centrum Praw Człowieka „Wiasna”.
stats-source-viasna-reported = Źródło: Centrum Praw Człowieka „Wiasna”, według doniesień niezależnych mediów.
stats-source-manual = Liczbę wprowadzili administratorzy kampanii ({ $note }).
stats-source-manual-bare = Liczbę wprowadzili administratorzy kampanii.
# The live source has failed since $hours hours ago.
stats-stale =
    { $hours ->
        [one] Źródła nie da się odczytać od { NUMBER($hours) } godziny: to ostatnia znana liczba.
        [few] Źródła nie da się odczytać od { NUMBER($hours) } godzin: to ostatnia znana liczba.
        [many] Źródła nie da się odczytać od { NUMBER($hours) } godzin: to ostatnia znana liczba.
       *[other] Źródła nie da się odczytać od { NUMBER($hours) } godziny: to ostatnia znana liczba.
    }
stats-pledges =
    { $count ->
        [one] { NUMBER($count) } osoba podpisała żądanie kampanii (/pledge).
        [few] { NUMBER($count) } osoby podpisały żądanie kampanii (/pledge).
        [many] { NUMBER($count) } osób podpisało żądanie kampanii (/pledge).
       *[other] { NUMBER($count) } osoby podpisało żądanie kampanii (/pledge).
    }
stats-none = Liczba nie jest jeszcze znana. Spróbuj ponownie później.

chart-title = Więźniowie polityczni przetrzymywani na Białorusi
chart-source = Źródło: Centrum Praw Człowieka „Wiasna” (spring96.org)

# /setstat, for admins, when the live source cannot be reached.
setstat-usage = Wyślij: /setstat LICZBA [YYYY-MM-DD] [źródło]. Na przykład: /setstat 1135 2025-12-23 spring96.org
setstat-done = Zapisano liczbę więźniów politycznych przetrzymywanych na dzień { DATETIME($date, dateStyle: "long") }: { NUMBER($count) }. Oznaczono ją jako wprowadzoną przez administratora.

# Sent to the admins, once.
stats-alert-stale =
    { $hours ->
        [one] Od { NUMBER($hours) } godziny nie udaje się pobrać liczby więźniów politycznych (ostatni błąd: { $reason }). /stats pokazuje ostatnią znaną liczbę; /setstat pozwala wprowadzić nową.
        [few] Od { NUMBER($hours) } godzin nie udaje się pobrać liczby więźniów politycznych (ostatni błąd: { $reason }). /stats pokazuje ostatnią znaną liczbę; /setstat pozwala wprowadzić nową.
        [many] Od { NUMBER($hours) } godzin nie udaje się pobrać liczby więźniów politycznych (ostatni błąd: { $reason }). /stats pokazuje ostatnią znaną liczbę; /setstat pozwala wprowadzić nową.
       *[other] Od { NUMBER($hours) } godziny nie udaje się pobrać liczby więźniów politycznych (ostatni błąd: { $reason }). /stats pokazuje ostatnią znaną liczbę; /setstat pozwala wprowadzić nową.
    }
stats-alert-rejected = Źródło podało liczbę więźniów politycznych { NUMBER($value) }, daleką od ostatniej ({ NUMBER($previous) }). Została odłożona i nie jest pokazywana. Sprawdź { $url }; jeśli jest prawidłowa, wprowadź ją poleceniem /setstat.

command-stats = Ilu więźniów politycznych jest teraz przetrzymywanych

# /share and inline mode: a card anyone can forward. $count and $date: the latest figure held now.
share-card =
    { $count ->
        [one] { NUMBER($count) } więzień polityczny jest przetrzymywany na Białorusi
        [few] { NUMBER($count) } więźniów politycznych jest przetrzymywanych na Białorusi
        [many] { NUMBER($count) } więźniów politycznych jest przetrzymywanych na Białorusi
       *[other] { NUMBER($count) } więźnia politycznego jest przetrzymywanych na Białorusi
    } (Centrum Praw Człowieka „Wiasna”, stan na { DATETIME($date, dateStyle: "long") }). Każdy z nich musi wyjść na wolność.
share-link = Solidarnie z nimi: { $link }
command-share = Wiadomość o więźniach politycznych do przekazania dalej

stats-age =
    { $days ->
        [one] Ta liczba ma już { NUMBER($days) } dzień.
        [few] Ta liczba ma już { NUMBER($days) } dni.
        [many] Ta liczba ma już { NUMBER($days) } dni.
       *[other] Ta liczba ma już { NUMBER($days) } dnia.
    }
stats-alert-awaiting = Źródło podaje liczbę przetrzymywanych więźniów politycznych: { NUMBER($value) } na dzień { DATETIME($date, dateStyle: "long") } ({ $url }). Ostatnia liczba znana botowi to { NUMBER($previous) } na dzień { DATETIME($previous_date, dateStyle: "long") }: to zbyt dawno, by przyjąć nową bez sprawdzenia, więc /stats nadal pokazuje starą. Jeśli nowa liczba jest prawidłowa, przyjmij ją przyciskiem poniżej; jeśli nie, wprowadź prawidłową: /setstat LICZBA RRRR-MM-DD źródło.
stats-awaiting-accept = Przyjmij { NUMBER($value) }
stats-awaiting-accepted = Przyjęto liczbę przetrzymywanych więźniów politycznych: { NUMBER($count) } na dzień { DATETIME($date, dateStyle: "long") }. /stats już ją pokazuje, a kolejne odczyty będą z nią porównywane.
stats-awaiting-gone = Ten odczyt już nie czeka: został już przyjęty. /stats pokazuje aktualną liczbę.
stats-awaiting-outdated = Jest już nowsza liczba ({ NUMBER($count) } na dzień { DATETIME($date, dateStyle: "long") }), więc tego odczytu nie zapisano.
