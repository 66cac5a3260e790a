# The admins' post queue (/newpost, /queue, /edit, /cancel) and the reports after a post goes out.
# Times are shown as admins type them: 2027-05-21 09:00 Europe/Minsk. Language codes stay as codes.

post-ask-when =
    Nuovo post. Quando deve essere pubblicato? Invia data, ora e fuso orario, per esempio:
    { $example }
    Senza fuso orario si usa { $zone }.
post-when-format = Non riesco a leggere «{ $input }» come data e ora. Usa il formato { $example }, per favore.
post-when-ambiguous = «{ $input }» si può leggere in più modi (giorno e mese potrebbero essere invertiti). Scrivi prima l’anno, per favore: { $example }.
post-when-zone = Non conosco il fuso orario «{ $zone }». Usa un nome come Europe/Minsk, Europe/Warsaw o Europe/Vilnius: { $example }.
post-when-clock-change = { $input }: a quell’ora, nel fuso { $zone }, scatta il cambio dell’ora, quindi quell’orario si presenta due volte o non esiste affatto. Scegli un altro orario, per favore.
post-when-past = Quel momento è già passato (adesso: { $now }). Invia un orario futuro, per esempio { $example }.
post-when-passed = L’orario del post è passato mentre veniva preparato. Tocca «Orario» per impostarne uno nuovo; non è stato programmato nulla.

post-texts-menu =
    { $editing ->
        [yes] Modifica del post #{ $id }. La versione programmata resta invariata finché non confermi quella nuova.
       *[no] Post previsto per { $when }.
    }
    Orario: { $when }
    Testi scritti: { $written }
    Canali: { $channels }
    Tocca una lingua per scriverne il testo, oppure invia un messaggio che inizia con il codice della lingua, per esempio «be: …». Formattazione: HTML di Telegram (<b>grassetto</b>, <i>corsivo</i>, <a href="https://…">link</a>); scrivi & come &amp;.
post-texts-how = Tocca prima una lingua, oppure inizia il messaggio con il codice della lingua seguito dai due punti, per esempio «it: Oggi siamo al fianco di ogni prigioniero politico.»
post-ask-text =
    Invia il testo per { $language }.
    { $has_text ->
        [yes] Sostituirà il testo scritto in precedenza.
       *[no] Verrà pubblicato esattamente come lo invierai.
    }
post-no-texts = Non c’è ancora nessun testo. Tocca prima una lingua e inviane il testo.
post-ask-fallback = Non c’è un testo per i canali in: { $missing }. Che cosa devono ricevere?
post-nothing-to-send = Nessun canale riceverebbe questo post: non c’è un testo nella lingua di nessun canale né un testo sostitutivo, oppure TELEGRAM_CHANNELS è vuoto.

post-text-empty = Il testo è vuoto. Invia il testo del post, per favore.
post-text-too-long = Il testo è troppo lungo (caratteri in eccesso: { $over }): Telegram consente { $limit } caratteri per messaggio. Accorcialo e invialo di nuovo, per favore.
post-text-entity = «{ $fragment }» qui non è HTML valido: scrivi & come &amp;, < come &lt; e > come &gt;. Correggi il testo e invialo di nuovo, per favore.
post-text-tag = Telegram non supporta il tag «{ $fragment }». Usa <b>, <i>, <u>, <s>, <a href="…">, <code>, <pre> o <blockquote>, oppure scrivi < come &lt;.
post-text-unclosed = Il tag <{ $tag }> non è chiuso (o è chiuso nell’ordine sbagliato). Chiudilo, per esempio <b>grassetto</b>, e invia di nuovo il testo, per favore.

post-preview-head = Anteprima: { $count ->
        [one] { $count } canale
       *[other] { $count } canali
    }, orario { $when }. Ogni messaggio qui sotto è esattamente ciò che riceverà il canale.
post-preview-variant = ▼ { $channel } ({ $locale }{ $fallback ->
        [yes] , con il testo in { $text_locale }
       *[no] {""}
    }):
post-preview-confirm =
    Canali che non ricevono nulla: { $skipped }.
    Conferma per programmare il post esattamente come mostrato.
post-queued = Il post #{ $id } è programmato per { $when } ({ $count ->
        [one] { $count } canale
       *[other] { $count } canali
    }). /queue mostra i post in arrivo; finché non viene pubblicato, puoi modificarlo con /edit { $id } o annullarlo con /cancel { $id }.
post-draft-changed = Questa anteprima non è più aggiornata: nel frattempo la bozza è cambiata. Guarda la nuova anteprima e conferma quella, per favore.
post-too-late = Il post #{ $id } è già in fase di pubblicazione o è stato annullato, quindi non può più essere modificato. La tua modifica non è stata programmata.
post-no-draft = Non c’è nessun post in preparazione. Iniziane uno con /newpost.
post-discarded = La bozza è stata scartata; non è stato programmato nulla.

post-queue-empty = Non ci sono post programmati. Iniziane uno con /newpost.
post-queue-head = { $count ->
        [one] È in programma { $count } post:
       *[other] Sono in programma { $count } post:
    }
post-queue-item = #{ $id } · { $when } · { $kind ->
        [daily] post quotidiano
       *[other] testi: { $languages }
    } · { $channels ->
        [one] { $channels } canale
       *[other] { $channels } canali
    }
post-id-usage = Aggiungi il numero del post, per esempio: { $command } 12. /queue mostra i numeri.
post-cancelled = Il post #{ $id } è stato annullato; non verrà pubblicato.
post-not-changeable = Non c’è alcun post #{ $id } programmato che si possa ancora modificare: potrebbe essere già stato pubblicato, essere in fase di pubblicazione o essere stato annullato. /queue mostra i post in arrivo.

post-report = { $daily ->
        [yes] Post quotidiano ({ $when })
       *[other] Post #{ $id } ({ $when })
    }: inviati { $sent } su { $total }.
post-report-sent = ✓ { $locale } → { $channel }: { $link }
post-report-not-sent = ✗ { $locale } → { $channel }: { $status ->
        [missed] saltato (in quel momento il bot non era attivo)
        [refused] rifiutato da Telegram ({ $reason }); verifica che il bot sia amministratore del canale
        [unknown] esito sconosciuto: il bot si è fermato durante l’invio; controlla il canale, per favore
        [lockdown] saltato (in quel momento era attivo il blocco)
       *[other] non riuscito ({ $reason })
    }

post-button-language = { $done ->
        [yes] ✓ { language-name }
       *[other] { language-name }
    }
post-button-when = 🕘 Orario
post-button-preview = Anteprima ▶
post-button-discard = Scarta la bozza
post-button-back = ◀ Indietro
post-button-remove = Rimuovi questo testo
post-button-confirm = ✅ Conferma e programma
post-button-fallback = Usa il testo in { $language }
post-button-skip = Salta questi canali

# Post ripetuti (issue 19): ogni giorno o ogni settimana, fino a una data o per un numero di volte, ogni volta un post a sé.
post-button-repeat = 🔁 Ripeti
post-ask-repeat =
    Vuoi ripetere il post? La prima volta uscirà il { $when }; ogni ripetizione va una volta in ogni canale, alla stessa ora locale.
post-button-repeat-daily = Ogni giorno
post-button-repeat-weekly = Ogni settimana
post-button-repeat-none = Solo una volta
post-ask-repeat-end = { $every ->
        [daily] Ogni giorno
       *[weekly] Ogni settimana
    } fino a quando? Invia l’ultima data, per esempio 2027-05-21, oppure quante volte in tutto, per esempio 4 (al massimo { $max }).
post-repeat-no-end = Una ripetizione deve avere una fine. Invia l’ultima data, per esempio 2027-05-21, oppure quante volte in tutto, per esempio 4.
post-repeat-count = Il numero di volte deve essere da 1 a { $max } (hai inviato { $count }). Invia un altro numero oppure l’ultima data.
post-repeat-ends-before = L’ultima data, { $until }, viene prima del primo post del { $first }. Invia una data successiva oppure quante volte in tutto.
post-repeat-too-many = Fino al { $until } sarebbero più di { $max } post. Invia una data precedente oppure quante volte in tutto.
post-repeat-line = Ripetizione: { $every ->
        [daily] ogni giorno, { $times ->
            [one] { $times } volta
           *[other] { $times } volte
        }, l’ultima il { $last }
        [weekly] ogni settimana, { $times ->
            [one] { $times } volta
           *[other] { $times } volte
        }, l’ultima il { $last }
       *[none] no, solo una volta
    }
post-queue-repeat = { "   " }↻ { $every ->
        [daily] ogni giorno
       *[weekly] ogni settimana
    } · { $times ->
        [one] ancora { $times } volta
       *[other] ancora { $times } volte
    } · l’ultima il { $last }
post-cancelled-repeat = Il post #{ $id } è stato annullato: nessuna delle sue ripetizioni rimanenti verrà pubblicata. Quelle già uscite restano nei canali.
# Photos, albums and link buttons of posts and broadcasts.
post-menu-media =
    Foto: { $photos } (descritte in: { $described }). Invia una foto o un album fino a 10 foto per aggiungerli; la didascalia conta come un testo.
    Pulsanti: { $buttons } (etichette proprie in: { $button_languages }).
post-button-photos = 🖼 Foto
post-button-links = 🔗 Pulsanti
post-button-remove-photos = Rimuovi le foto
post-photos-menu = Foto nel post: { $count }. Mastodon richiede una descrizione (testo alternativo) di ogni foto nella lingua di ogni copia su Mastodon. Tocca una lingua per scriverne le descrizioni.
post-photos-how = Il post non ha ancora foto. Finché la bozza è aperta, invia una foto o un album fino a 10 foto.
post-photos-removed = Le foto sono state rimosse; ora il post è solo testo.
post-ask-alt = Invia le descrizioni in { $language }: ciò che deve sapere chi non può vedere le foto. Foto: { $count }; una riga per foto, in ordine (per una sola foto, tutto il messaggio).
post-ask-buttons =
    Invia fino a { $limit } pulsanti, uno per riga, nella forma «etichetta | https://…», per esempio:
    Firma l’appello | https://spring96.org
    Inizia con un codice di lingua e i due punti («it: …») per etichette solo in quella lingua; senza codice, i pulsanti valgono per tutte le lingue. Invia «-» per rimuoverli.
post-photo-no-draft = Posso usare una foto solo mentre prepari un post: inizialo con /newpost. Per inviare una foto agli iscritti, scrivi /broadcast e il testo nella didascalia.
post-photo-not-yet = Invia prima la data e l’ora del post, poi le foto.
post-photo-not-image = Questo file non è un’immagine. Invia una foto, per favore.
post-photo-as-file = Invia l’immagine come foto, non come file: i canali ricevono la copia della foto conservata da Telegram.
post-photo-too-large = Il file è di { $size } MB; il bot accetta al massimo { $limit } MB. Invia un’immagine più piccola, per favore.
post-caption-too-long = Il testo in { $language } è troppo lungo per una didascalia (caratteri in eccesso: { $over }): Telegram ne consente { $limit } sotto una foto. Accorcialo e invialo di nuovo, per favore.
post-album-too-many = Un album può avere al massimo { $limit } foto. Invialo di nuovo con meno foto, per favore.
post-album-caption-first = Solo la prima foto di un album può avere il testo. Invia di nuovo l’album con la didascalia solo sulla prima foto; non è stato programmato nulla.
post-alt-count = Foto: { $count }, descrizioni ricevute: { $given }. Invia una riga per foto, in ordine, per favore.
post-alt-too-long = Una descrizione è troppo lunga (caratteri in eccesso: { $over }): Mastodon ne consente { $limit }. Accorciala, per favore.
post-alt-missing = Il post va su Mastodon, che richiede una descrizione di ogni foto. Mancano in: { $languages }. Tocca «Foto», poi la lingua, e invia le descrizioni; non è stato programmato nulla.
post-buttons-too-many = Sono { $count } pulsanti; un post può averne al massimo { $limit }. Inviane di meno, per favore.
post-buttons-format = Non sono riuscito a leggere «{ $line }» come pulsante. Scrivine uno per riga: etichetta | https://…
post-buttons-https = Il link in «{ $line }» deve iniziare con https://. Correggilo e invia di nuovo i pulsanti, per favore.

# Confirming an edit of a queued post that another admin's confirmed edit changed meanwhile.
post-edit-stale = Un altro admin ha modificato il post #{ $id } dopo che hai iniziato a modificarlo, quindi la tua modifica non è stata messa in coda. Riaprilo per partire dalla sua versione.
