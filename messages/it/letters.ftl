# /letters: compleanni dei prigionieri politici, dove e come scrivere. Nomi e indirizzi come nella lista di Viasna.
command-letters = Scrivi ai prigionieri politici: compleanni e indirizzi
letters-no-data = La lista degli indirizzi dei prigionieri politici non è ancora stata importata: gli admin della campagna la importano dalla lista di Viasna. Intanto puoi leggere come scrivere una lettera che arrivi.
letters-guide-button = Come scrivere
letters-query-too-long = È troppo lungo per un nome: invia al massimo { $limit } caratteri, per esempio /letters Ales.
letters-week-none = Nessun compleanno oggi né nei prossimi 7 giorni.
letters-week-title =
    { $count ->
        [one] { NUMBER($count) } compleanno oggi e nei prossimi 7 giorni. Prima chi riceve meno lettere:
       *[other] { NUMBER($count) } compleanni oggi e nei prossimi 7 giorni. Prima chi riceve meno lettere:
    }
letters-more =
    { $count ->
        [one] …e { NUMBER($count) } altro. Per trovare una persona, invia /letters e un nome.
       *[other] …e altri { NUMBER($count) }. Per trovare una persona, invia /letters e un nome.
    }
letters-month-title =
    { $count ->
        [one] { NUMBER($count) } compleanno a { $month }:
       *[other] { NUMBER($count) } compleanni a { $month }:
    }
letters-month-name = { $day }: { $name }
letters-more-month =
    { $count ->
        [one] …e { NUMBER($count) } altro questo mese.
       *[other] …e altri { NUMBER($count) } questo mese.
    }
letters-found =
    { $count ->
        [one] Trovato:
       *[other] Trovati { NUMBER($count) }:
    }
letters-found-more = Ce ne sono altri: aggiungi un cognome o un nome per restringere la ricerca.
letters-nearest = Nessuno ha esattamente questo nome. I nomi più simili:
letters-not-found = Non ho trovato nessuno con questo nome nella lista. Prova un'altra grafia, o solo il cognome.
letters-birthday = 🎂 { $day }: { $name }
letters-birthday-age = 🎂 { $day }: { $name }, compie { $age } anni
letters-person = { $name }
letters-person-born = { $name }, nato/a il { DATETIME($date, dateStyle: "long") }
letters-person-born-day = { $name }, compleanno il { $day }
letters-no-address = { $prison }: nessun indirizzo postale nella lista.
letters-recipient = Кому: { $name }
letters-recipient-year = Кому: { $name }, { $year } г. р.
letters-address = Куда: { $address }
letters-updated = La lista è di Viasna, importata il { DATETIME($date, dateStyle: "long") }.
letters-stale =
    { $days ->
        [one] ⚠ Risale a { NUMBER($days) } giorno fa: qualcuno potrebbe essere stato trasferito o liberato. Controlla prima di spedire.
       *[other] ⚠ Risale a { NUMBER($days) } giorni fa: qualcuno potrebbe essere stato trasferito o liberato. Controlla prima di spedire.
    }
letters-guide =
    Come scrivere perché la lettera arrivi:
    • Scrivi in russo o in bielorusso: le lettere in altre lingue non passano.
    • Scrivi l'indirizzo in cirillico, come lo mostro io: «Кому» (a chi) è il nome completo con l'anno di nascita, «Куда» (dove) l'indirizzo dell'istituto con il codice postale.
    • Scrivi in modo breve, caloroso e personale: la tua giornata, il tempo, libri, film, le stagioni, auguri sinceri.
    • Lascia fuori la politica, le parole «libertà» e «lotta» e tutto ciò che riguarda il processo: la censura blocca queste lettere.
    • L'indirizzo del mittente è facoltativo. Una busta vuota allegata rende più facile rispondere.
letters-samples =
    Prime righe da copiare:
    Здравствуйте! Меня зовут …, я пишу вам из … . Поздравляю вас с днём рождения, желаю здоровья и тепла.
    Добрый день! У нас сегодня выпал первый снег, и я подумал(а) о вас.
    Добры дзень! Мяне завуць …, я пішу вам з … . Віншую вас з днём нараджэння, зычу здароўя і цяпла.
    Вітаю! Я нядаўна прачытаў(ла) цікавую кнігу і хачу вам пра яе расказаць.
letters-services = Non sai scrivere in cirillico? I volontari lo fanno per te: il Solidarity Postcards Atelier ricopia a mano il tuo testo e lo spedisce dalla Bielorussia. Libereco pubblica consigli su come scrivere, e politzek.me mostra quante persone scrivono a ciascun prigioniero.
letters-guide-safe = ⚠ Modalità sicura: una lettera spedita dalla Bielorussia, o un indirizzo del mittente lì, può portare fino a te. Non indicare l'indirizzo del mittente e pensaci bene prima di firmare con il tuo nome. Questi messaggi spariranno dalla chat dopo un po'.

letters-import-telegram-only = Invia il file al bot in una chat privata di Telegram, con la didascalia /importprisoners. Sul server, l'operatore può anche eseguire ./scripts/run import-prisoners FILE.
letters-import-usage = Invia l'esportazione di Viasna (un file CSV o JSON) come file, con la didascalia /importprisoners. Prima ti mostro un riepilogo: non cambia nulla finché non confermi.
letters-import-too-big = Il file supera { $megabytes } MB e il bot non può scaricarlo. Esegui invece ./scripts/run import-prisoners FILE sul server.
letters-import-summary = Righe lette: { NUMBER($rows) }. Attivi: { NUMBER($active) }, con il compleanno: { NUMBER($birthdays) }, con un indirizzo: { NUMBER($addresses) }.
letters-import-first = Nessuna lista era stata importata prima.
letters-import-changes = Dall'ultima importazione: { NUMBER($added) } aggiunti, { NUMBER($removed) } non più attivi (liberati, deceduti o non più in lista), { NUMBER($changed) } modificati.
letters-import-confirm = Sostituisci la lista
letters-import-cancel = Annulla
letters-import-refused = Questo file non è l'esportazione di Viasna; la lista salvata resta. Cosa non va:
letters-import-problem = riga { $row }: { $reason }
letters-import-reason = { $reason }
letters-import-cancelled = Annullato: la lista salvata resta.
letters-import-gone = Questo riepilogo non è più valido (già confermato, più vecchio di un giorno, o il file è cambiato). Invia di nuovo il file.
letters-import-done = Fatto: ora la lista contiene { NUMBER($active) } persone attive.

letters-digest-line =
    { $count ->
        [one] { NUMBER($count) } compleanno di un prigioniero politico questa settimana: /letters
       *[other] { NUMBER($count) } compleanni di prigionieri politici questa settimana: /letters
    }
letters-digest-button-on = Aggiungi i compleanni della settimana
letters-digest-button-off = Togli i compleanni
letters-digest-on = Fatto: quando dei prigionieri politici compiono gli anni nella settimana che viene, l'aggiornamento quotidiano ti dirà quanti sono, con /letters per vederli.
letters-digest-off = Fatto: l'aggiornamento quotidiano non parla più di compleanni.
letters-digest-not-subscribed = Non sei iscritto all'aggiornamento quotidiano: invia prima /subscribe.
letters-query-too-short =
    { $min ->
        [one] Per trovare una persona, invia almeno { NUMBER($min) } lettera del nome, per esempio /letters Ales.
       *[other] Per trovare una persona, invia almeno { NUMBER($min) } lettere del nome, per esempio /letters Ales.
    }
