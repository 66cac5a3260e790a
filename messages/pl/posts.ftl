# The admins' post queue (/newpost, /queue, /edit, /cancel) and the reports after a post goes out.
# Times are shown as admins type them: 2027-05-21 09:00 Europe/Minsk. Language codes stay as codes.

post-ask-when =
    Nowy post. Kiedy ma zostać opublikowany? Wyślij datę, godzinę i strefę czasową, na przykład:
    { $example }
    Jeśli strefa nie zostanie podana, obowiązuje { $zone }.
post-when-format = Nie udało się odczytać „{ $input }” jako daty i godziny. Użyj formatu { $example }.
post-when-ambiguous = „{ $input }” można odczytać na kilka sposobów (dzień i miesiąc mogą być zamienione). Zacznij od roku: { $example }.
post-when-zone = Nie znam strefy czasowej „{ $zone }”. Użyj nazwy takiej jak Europe/Minsk, Europe/Warsaw czy Europe/Vilnius, na przykład: { $example }.
post-when-clock-change = { $input }: o tej porze w strefie { $zone } następuje zmiana czasu, więc ta godzina występuje dwa razy albo wcale. Wybierz inną godzinę.
post-when-past = Ta godzina już minęła (teraz jest { $now }). Wyślij termin w przyszłości, na przykład { $example }.
post-when-passed = Termin publikacji minął w trakcie przygotowywania posta. Naciśnij „Termin”, aby ustawić nowy; nic nie zostało dodane do kolejki.

post-texts-menu =
    { $editing ->
        [yes] Edycja posta #{ $id }. Wersja w kolejce pozostaje bez zmian do czasu zatwierdzenia nowej.
       *[no] Post na { $when }.
    }
    Termin: { $when }
    Gotowe teksty: { $written }
    Kanały: { $channels }
    Wybierz język, aby napisać tekst w tym języku, albo wyślij wiadomość zaczynającą się od kodu języka, np. „be: …”. Formatowanie: Telegram HTML (<b>pogrubienie</b>, <i>kursywa</i>, <a href="https://…">link</a>); znak & zapisuj jako &amp;.
post-texts-how = Najpierw wybierz język albo zacznij wiadomość od kodu języka i dwukropka, na przykład „pl: Dziś jesteśmy z każdym więźniem politycznym.”
post-ask-text =
    Wyślij tekst w języku { $language }.
    { $has_text ->
        [yes] Zastąpi on wcześniej napisany tekst.
       *[no] Zostanie opublikowany dokładnie w takiej postaci, w jakiej zostanie wysłany.
    }
post-no-texts = Nie ma jeszcze żadnego tekstu. Najpierw wybierz język i wyślij tekst.
post-ask-fallback = Brak tekstu dla kanałów w językach: { $missing }. Co mają otrzymać?
post-nothing-to-send = Ten post nie trafi do żadnego kanału: nie ma tekstu w języku żadnego z kanałów ani tekstu zastępczego albo lista TELEGRAM_CHANNELS jest pusta.

post-text-empty = Tekst jest pusty. Wyślij treść posta.
post-text-too-long = Tekst jest za długi: liczba znaków ponad limit — { $over }. Limit Telegrama to { $limit } na jedną wiadomość. Skróć tekst i wyślij go ponownie.
post-text-entity = „{ $fragment }” nie jest tu poprawnym HTML: znak & zapisuj jako &amp;, < jako &lt;, a > jako &gt;. Popraw tekst i wyślij go ponownie.
post-text-tag = Telegram nie obsługuje znacznika „{ $fragment }”. Użyj <b>, <i>, <u>, <s>, <a href="…">, <code>, <pre> lub <blockquote> albo zapisz < jako &lt;.
post-text-unclosed = Znacznik <{ $tag }> nie jest zamknięty (lub jest zamknięty w złej kolejności). Zamknij go, na przykład <b>pogrubienie</b>, i wyślij tekst ponownie.

post-preview-head = Podgląd: { $count ->
        [one] { $count } kanał
        [few] { $count } kanały
        [many] { $count } kanałów
       *[other] { $count } kanału
    }, termin { $when }. Każda wiadomość poniżej wygląda dokładnie tak, jak otrzyma ją kanał.
post-preview-variant = ▼ { $channel } ({ $locale }{ $fallback ->
        [yes] , tekst w języku { $text_locale }
       *[no] {""}
    }):
post-preview-confirm =
    Kanały, które nic nie otrzymają: { $skipped }.
    Zatwierdź, aby dodać post do kolejki dokładnie w tej postaci.
post-queued = Post #{ $id } został dodany do kolejki na { $when } ({ $count ->
        [one] { $count } kanał
        [few] { $count } kanały
        [many] { $count } kanałów
       *[other] { $count } kanału
    }). /queue pokazuje zaplanowane posty; do czasu publikacji możesz go zmienić poleceniem /edit { $id } lub anulować poleceniem /cancel { $id }.
post-draft-changed = Ten podgląd jest nieaktualny: szkic został w międzyczasie zmieniony. Sprawdź nowy podgląd i zatwierdź go.
post-too-late = Post #{ $id } jest już publikowany lub został anulowany, więc nie można go już zmienić. Zmiany nie zostały dodane do kolejki.
post-no-draft = Żaden post nie jest teraz przygotowywany. Nowy rozpoczniesz poleceniem /newpost.
post-discarded = Szkic został odrzucony; nic nie zostało dodane do kolejki.

post-queue-empty = Kolejka jest pusta. Nowy post rozpoczniesz poleceniem /newpost.
post-queue-head = { $count ->
        [one] Zaplanowano { $count } post:
        [few] Zaplanowano { $count } posty:
        [many] Zaplanowano { $count } postów:
       *[other] Zaplanowano { $count } posta:
    }
post-queue-item = #{ $id } · { $when } · { $kind ->
        [daily] codzienny post
       *[other] teksty: { $languages }
    } · { $channels ->
        [one] { $channels } kanał
        [few] { $channels } kanały
        [many] { $channels } kanałów
       *[other] { $channels } kanału
    }
post-id-usage = Dodaj numer posta, na przykład: { $command } 12. Numery pokazuje /queue.
post-cancelled = Post #{ $id } został anulowany i nie zostanie opublikowany.
post-not-changeable = W kolejce nie ma posta #{ $id }, który można jeszcze zmienić: mógł już zostać opublikowany, być w trakcie publikacji lub zostać anulowany. /queue pokazuje zaplanowane posty.

post-report = { $daily ->
        [yes] Codzienny post ({ $when })
       *[other] Post #{ $id } ({ $when })
    }: wysłano { $sent } z { $total }.
post-report-sent = ✓ { $locale } → { $channel }: { $link }
post-report-not-sent = ✗ { $locale } → { $channel }: { $status ->
        [missed] pominięto (bot w tym czasie nie działał)
        [refused] Telegram odrzucił ({ $reason }); sprawdź, czy bot jest administratorem kanału
        [unknown] stan nieznany: bot zatrzymał się w trakcie wysyłania; sprawdź kanał
        [lockdown] pominięto (w tym czasie obowiązywała blokada)
       *[other] błąd ({ $reason })
    }

post-button-language = { $done ->
        [yes] ✓ { language-name }
       *[other] { language-name }
    }
post-button-when = 🕘 Termin
post-button-preview = Podgląd ▶
post-button-discard = Odrzuć szkic
post-button-back = ◀ Wstecz
post-button-remove = Usuń ten tekst
post-button-confirm = ✅ Zatwierdź i dodaj do kolejki
post-button-fallback = Użyj tekstu w języku { $language }
post-button-skip = Pomiń te kanały

# Powtarzane posty (issue 19): codziennie lub co tydzień, do daty albo określoną liczbę razy, za każdym razem osobny post.
post-button-repeat = 🔁 Powtarzaj
post-ask-repeat =
    Czy post ma się powtarzać? Pierwszy raz ukaże się { $when }; każde powtórzenie trafi do każdego kanału raz, o tej samej godzinie lokalnej.
post-button-repeat-daily = Codziennie
post-button-repeat-weekly = Co tydzień
post-button-repeat-none = Tylko raz
post-ask-repeat-end = { $every ->
        [daily] Codziennie
       *[weekly] Co tydzień
    } do kiedy? Wyślij ostatnią datę, na przykład 2027-05-21, albo łączną liczbę razy, na przykład 4 (najwyżej { $max }).
post-repeat-no-end = Powtarzanie musi mieć koniec. Wyślij ostatnią datę, na przykład 2027-05-21, albo łączną liczbę razy, na przykład 4.
post-repeat-count = Liczba razy musi wynosić od 1 do { $max } (podano { $count }). Wyślij inną liczbę albo ostatnią datę.
post-repeat-ends-before = Ostatnia data, { $until }, jest wcześniejsza niż pierwszy post { $first }. Wyślij późniejszą datę albo łączną liczbę razy.
post-repeat-too-many = Do { $until } byłoby to ponad { $max } postów. Wyślij wcześniejszą datę albo łączną liczbę razy.
post-repeat-line = Powtarzanie: { $every ->
        [daily] codziennie, { $times ->
            [one] { $times } raz
           *[other] { $times } razy
        }, ostatni raz { $last }
        [weekly] co tydzień, { $times ->
            [one] { $times } raz
           *[other] { $times } razy
        }, ostatni raz { $last }
       *[none] nie, tylko raz
    }
post-queue-repeat = { "   " }↻ { $every ->
        [daily] codziennie
       *[weekly] co tydzień
    } · { $times ->
        [one] został { $times } raz
        [few] zostały { $times } razy
       *[other] zostało { $times } razy
    } · ostatni raz { $last }
post-cancelled-repeat = Post #{ $id } został anulowany: żadne z jego pozostałych powtórzeń się nie ukaże. Te, które już się ukazały, zostają w kanałach.
# Photos, albums and link buttons of posts and broadcasts.
post-menu-media =
    Zdjęcia: { $photos } (opisy w językach: { $described }). Wyślij zdjęcie albo album do 10 zdjęć, aby je dodać; podpis liczy się jako tekst.
    Przyciski: { $buttons } (własne etykiety w językach: { $button_languages }).
post-button-photos = 🖼 Zdjęcia
post-button-links = 🔗 Przyciski
post-button-remove-photos = Usuń zdjęcia
post-photos-menu = Zdjęcia w poście: { $count }. Mastodon potrzebuje opisu (tekstu alternatywnego) każdego zdjęcia w języku każdej kopii na Mastodonie. Wybierz język, aby napisać opisy.
post-photos-how = Post nie ma jeszcze zdjęcia. Dopóki szkic jest otwarty, wyślij zdjęcie albo album do 10 zdjęć.
post-photos-removed = Zdjęcia usunięte; post jest teraz samym tekstem.
post-ask-alt = Wyślij opisy w języku { $language }: co powinna wiedzieć osoba, która nie widzi zdjęć. Zdjęcia: { $count }; jeden wiersz na zdjęcie, po kolei (przy jednym zdjęciu – cała wiadomość).
post-ask-buttons =
    Wyślij do { $limit } przycisków, po jednym w wierszu, w formie „etykieta | https://…”, na przykład:
    Podpisz apel | https://spring96.org
    Zacznij od kodu języka i dwukropka („pl: …”), aby podać etykiety tylko dla tego języka; bez kodu przyciski będą dla wszystkich języków. Wyślij „-”, aby je usunąć.
post-photo-no-draft = Zdjęcia mogę użyć tylko wtedy, gdy przygotowujesz post: zacznij go poleceniem /newpost. Aby wysłać zdjęcie subskrybentom, wpisz w podpisie /broadcast i tekst.
post-photo-not-yet = Najpierw wyślij datę i godzinę postu, a potem zdjęcia.
post-photo-not-image = Ten plik nie jest obrazem. Wyślij zdjęcie.
post-photo-as-file = Wyślij obraz jako zdjęcie, nie jako plik: kanały dostają kopię zdjęcia przechowywaną przez Telegram.
post-photo-too-large = Plik ma { $size } MB; bot przyjmuje najwyżej { $limit } MB. Wyślij mniejszy obraz.
post-caption-too-long = Tekst w języku { $language } jest za długi na podpis pod zdjęciem: liczba znaków ponad limit — { $over }. Telegram pozwala na { $limit } w podpisie. Skróć go i wyślij ponownie.
post-album-too-many = Album może mieć najwyżej { $limit } zdjęć. Wyślij go ponownie z mniejszą liczbą zdjęć.
post-album-caption-first = Tekst może mieć tylko pierwsze zdjęcie albumu. Wyślij album ponownie z podpisem tylko pod pierwszym zdjęciem; nic nie trafiło do kolejki.
post-alt-count = Zdjęcia: { $count }, otrzymane opisy: { $given }. Wyślij po jednym wierszu na zdjęcie, po kolei.
post-alt-too-long = Opis jest za długi: liczba znaków ponad limit — { $over }. Mastodon pozwala na { $limit }. Skróć go.
post-alt-missing = Post trafi na Mastodona, który wymaga opisu każdego zdjęcia. Brak opisów w językach: { $languages }. Wybierz „Zdjęcia”, potem język, i wyślij opisy; nic nie trafiło do kolejki.
post-buttons-too-many = Przycisków: { $count }; post może mieć najwyżej { $limit }. Wyślij mniej.
post-buttons-format = Nie rozumiem „{ $line }” jako przycisku. Pisz po jednym w wierszu: etykieta | https://…
post-buttons-https = Link w „{ $line }” musi zaczynać się od https://. Popraw go i wyślij przyciski ponownie.

# Confirming an edit of a queued post that another admin's confirmed edit changed meanwhile.
post-edit-stale = Inny admin zmienił wpis #{ $id } po tym, jak zacząłeś/zaczęłaś go edytować, więc Twoja zmiana nie trafiła do kolejki. Otwórz go ponownie, aby zacząć od jego wersji.
