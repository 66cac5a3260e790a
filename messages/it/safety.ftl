# Safe mode: for people in Belarus or who travel there, where supporting the campaign is prosecuted
# and phones are searched at the border. $minutes: SAFE_MODE_DELETE_MINUTES.
safe-ask =
    Una domanda, per la tua sicurezza: sei in Bielorussia o ci vai in viaggio?
    Se sì, posso funzionare in modalità sicura: cancello da questa chat le mie conferme della tua firma e della tua iscrizione { $minutes ->
        [one] un minuto
       *[other] { NUMBER($minutes) } minuti
    } dopo averle inviate, e non ti invio alcun link. Puoi cambiare questa scelta in qualsiasi momento con /safe.
safe-button-on = Sì, usa la modalità sicura
safe-button-off = No
safe-state-on = La modalità sicura è attiva.
safe-state-off = La modalità sicura non è attiva.
safe-on =
    La modalità sicura è attiva. Cancello le mie conferme della tua firma e della tua iscrizione, e i comandi che mi hai inviato per firmare o iscriverti, { $minutes ->
        [one] un minuto
       *[other] { NUMBER($minutes) } minuti
    } dopo l’invio, e non ti invio alcun link. Anche questo messaggio sparirà.
# The steps only the person can take; Telegram's menus as they are named in the apps.
safe-steps =
    Ciò che puoi fare solo tu:
    • Elimina qui i tuoi messaggi: tieni premuto un messaggio, poi tocca «Elimina».
    • Attiva l’eliminazione automatica di Telegram per questa chat: apri il menu della chat (⋮ o il nome del bot in alto), scegli «Eliminazione automatica», poi «1 giorno».
    • Prima di partire per la Bielorussia, elimina l’intera chat: tienila premuta nell’elenco delle chat, poi tocca «Elimina chat».
safe-off = La modalità sicura non è attiva. Invia /safe per riattivarla.

# Shown before the pledge buttons, in safe mode.
pledge-safe-warning =
    Prima di firmare: se in Bielorussia il tuo telefono venisse controllato, una traccia di questa firma potrebbe essere usata contro di te e la tua famiglia. Cancello la mia conferma { $minutes ->
        [one] un minuto
       *[other] { NUMBER($minutes) } minuti
    } dopo l’invio, ma solo tu puoi eliminare questa chat. Puoi firmare anche senza il tuo nome.

# /privacy. $days: RETENTION_DAYS; $minutes: SAFE_MODE_DELETE_MINUTES.
privacy-text =
    Che cosa conserva questo bot, e per quanto tempo:
    • Quando scegli una lingua: un codice calcolato dal tuo account con una chiave segreta (non l’ID del tuo account né il tuo nome utente), la lingua e se la modalità sicura è attiva. Conservati finché non invii /forget.
    • Quando firmi: lo stesso codice, il numero progressivo della tua firma, la data, la tua lingua e, solo se hai scelto di firmare con il nome, il tuo nome. Conservati fino a /unpledge o /forget.
    • Nel registro pubblico che permette a chiunque di verificare il conteggio: una voce anonima per ogni firma e ogni ritiro, senza nulla su di te. Conservate per sempre: /unpledge e /forget aggiungono un ritiro e non cancellano nulla.
    • Quando ti iscrivi all’aggiornamento quotidiano: lo stesso codice, la tua lingua e l’indirizzo della tua chat, cifrato. Conservati fino a /unsubscribe o /forget.
    • I registri dei messaggi recapitati e delle azioni degli amministratori della campagna: cancellati dopo { $days ->
        [one] { NUMBER($days) } giorno
       *[other] { NUMBER($days) } giorni
    }.
    • Mai conservati: il testo dei tuoi messaggi, il tuo nome utente, il tuo numero di telefono. I log del bot non contengono ID di account né nomi.
    In modalità sicura (/safe) cancello le mie conferme da questa chat dopo { $minutes ->
        [one] un minuto
       *[other] { NUMBER($minutes) } minuti
    }.
    Per cancellare tutto in una volta, invia /forget.
# $accounts: OFFICIAL_ACCOUNTS, comma-separated handles.
official-accounts = Gli account autentici della campagna: { $accounts }. Esistono bot e canali che li imitano: prima di firmare o condividere qualcosa, controlla il nome esatto.

command-safe = Modalità sicura, per chi è in Bielorussia o ci va in viaggio
command-privacy = Che cosa conserva il bot su di te, e per quanto tempo

# Owners (OWNER_IDS) only. $word: the word to type to confirm.
owner-only = Questo comando è riservato ai proprietari della campagna.
lockdown-ask = Il blocco ferma subito ogni post, invio, post per i traguardi ed esportazione, su tutte le istanze, finché un proprietario non lo revoca. Nel frattempo i comandi degli amministratori vengono rifiutati. Per confermare, invia: /lockdown { $word }
lockdown-on = Il blocco è attivo. Non viene pubblicato, inviato né esportato nulla finché un proprietario non invia /unlock. Gli invii degli amministratori non conclusi sono annullati. I post programmati sono trattenuti; quello il cui orario viene superato di più del margine di tolleranza prima della revoca è segnato come mancato. I proprietari possono comunque usare /queue e /cancel.
lockdown-already = Il blocco è già attivo. /unlock lo revoca.
lockdown-refused = Il blocco è attivo: post, invii ed esportazioni sono fermi finché un proprietario non invia /unlock.
unlock-ask = Controlla prima /queue: i post programmati da un account compromesso partiranno appena il blocco sarà revocato, e il riepilogo quotidiano riprenderà. Per revocarlo, invia: /unlock { $word }
unlock-done = Il blocco è revocato: post, invii ed esportazioni riprendono.
unlock-none = Non c’è alcun blocco attivo.
# $count: signers now.
wipe-ask =
    Questa operazione cancella per sempre il codice dell’account e il nome di { $count ->
        [one] { NUMBER($count) } firmatario
       *[other] { NUMBER($count) } firmatari
    }. Il totale e i traguardi restano. In seguito nessuno potrà ritirare o cancellare la propria firma, e chi firma di nuovo verrà contato una seconda volta. Per confermare, invia: /wipe_signers { $word } { NUMBER($count, useGrouping: 0) }
wipe-done =
    Fatto: { $count ->
        [one] { NUMBER($count) } firmatario non ha
       *[other] { NUMBER($count) } firmatari non hanno
    } più qui alcun codice dell’account né nome. Il totale resta { NUMBER($total) }.

# /pledge from someone who has not answered the safety question yet: shown above the pledge, with a button.
pledge-safe-hint = Sei in Bielorussia o ci vai in viaggio? Prima di firmare, attiva la modalità sicura: così cancellerò le mie conferme da questa chat.
pledge-safe-button = Prima la modalità sicura
