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
