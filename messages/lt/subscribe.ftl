# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Kasdienė suvestinė apie politinius kalinius
command-unsubscribe = Atsisakyti kasdienės suvestinės

subscribe-button = 🔔 Kasdienė suvestinė
unsubscribe-button = Atsisakyti kasdienės suvestinės
subscribe-done = Gerai: kiekvieną dieną { $time } ({ $zone } laiku) gausite trumpą suvestinę šia kalba. Jos bet kada galite atsisakyti komanda /unsubscribe.
subscribe-already = Kasdienę suvestinę jau esate užsiprenumeravę: ji ateina kiekvieną dieną { $time } ({ $zone } laiku). Atsisakyti galite komanda /unsubscribe.
subscribe-telegram-only = Kasdienė suvestinė siunčiama tik per Telegram: suraskite ten šį botą ir išsiųskite /subscribe.
unsubscribe-done = Gerai: kasdienių suvestinių nebebus. Jokie duomenys apie jūsų prenumeratą nesaugomi.
unsubscribe-none = Nesate užsiprenumeravę suvestinės, todėl nėra ko nutraukti. Norėdami gauti kasdienę suvestinę, išsiųskite /subscribe.

# The digest's first line. $date: today.
digest-title = Kasdienė suvestinė, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Išsiųskite /broadcast ir tada tekstą, pavyzdžiui: /broadcast <b>Rytoj</b> – Solidarumo su politiniais kaliniais diena. Visas tekstas bus išsiųstas toks, kokį jį parašėte, su visomis eilučių pertraukomis (formatavimas: Telegram HTML). Peržiūroje pasirinksite, kas jį gaus: visi prenumeratoriai ar tik tie, kurie skaito pasirinktomis kalbomis.
broadcast-preview = Aukščiau – žinutė būtent tokia, kokią gaus prenumeratoriai. Gavėjai: { $count ->
        [one] { $count } prenumeratorius
        [few] { $count } prenumeratoriai
        [many] { $count } prenumeratoriaus
       *[other] { $count } prenumeratorių
    } ({ $languages ->
        [all] visos kalbos
       *[other] tik kalbos: { $languages }
    }). Išsiųskite ją dabar arba pirmiau pasirinkite kalbas.
broadcast-button-confirm = ✅ Siųsti prenumeratoriams
broadcast-started = Siuntimas #{ $id } pradėtas; jo eigą rodys atskira būsenos žinutė.
broadcast-discarded = Siuntimas atšauktas; niekas neišsiųsta.
broadcast-gone = Šis siuntimas jau pradėtas arba atšauktas.
broadcast-progress = Siuntimas #{ $id }: išsiųsta { $sent }, nepristatyta { $failed }, liko { $remaining } ({ $rate } per sekundę, dar maždaug { $eta } min.).
broadcast-done = Siuntimas #{ $id } baigtas: išsiųsta { $sent }, nepristatyta { $failed } (botas užblokuotas, paskyra ištrinta arba įvyko klaida). { $skipped ->
        [0] { "" }
       *[other] Neišsiųsta į saugaus režimo pokalbius: { $skipped } (pašalinus nuorodas nieko neliko).
    }
broadcast-button-languages = 🌐 Pasirinkti kalbas
broadcast-button-all = { $done ->
        [yes] ✓ Visos kalbos
       *[other] Visos kalbos
    }
digest-skipped = Neišsiųstos kasdienės suvestinės (jų laikas sutapo su blokavimu, o iki jo atšaukimo jos paseno): { $dates }.

# Photos, albums and link buttons of posts and broadcasts.
broadcast-photo-one = Išsiuntime gali būti viena nuotrauka, ne albumas. Atsiųskite vieną nuotrauką su antrašte /broadcast ir tekstu.
