# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Aggiornamento quotidiano sui prigionieri politici
command-unsubscribe = Interrompere l’aggiornamento quotidiano

subscribe-button = 🔔 Aggiornamento quotidiano
unsubscribe-button = Interrompi l’aggiornamento quotidiano
subscribe-done = Fatto: ogni giorno alle { $time } (fuso orario { $zone }) riceverà un breve aggiornamento in questa lingua. Può interromperlo in qualsiasi momento con /unsubscribe.
subscribe-already = La Sua iscrizione è già attiva: l’aggiornamento arriva ogni giorno alle { $time } (fuso orario { $zone }). Può interromperlo con /unsubscribe.
subscribe-telegram-only = L’aggiornamento quotidiano viene inviato solo su Telegram: cerchi lì il bot e invii /subscribe.
unsubscribe-done = Fatto: non riceverà più l’aggiornamento quotidiano. Non viene conservato alcun dato sulla Sua iscrizione.
unsubscribe-none = Non ha un’iscrizione attiva, quindi non c’è nulla da interrompere. Per ricevere l’aggiornamento quotidiano, invii /subscribe.

# The digest's first line. $date: today.
digest-title = Aggiornamento quotidiano, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Invii /broadcast, poi, se vuole, i codici delle lingue, quindi il testo, per esempio: /broadcast be,ru <b>Domani</b> è il 21 maggio. Senza codici, il messaggio arriva a tutti gli iscritti. Formattazione: HTML di Telegram.
broadcast-preview = Qui sopra c’è il messaggio esattamente come lo riceveranno gli iscritti. Destinatari: { $count ->
        [one] { $count } iscritto
       *[other] { $count } iscritti
    } (lingue: { $languages }). Confermi per inviarlo subito.
broadcast-button-confirm = ✅ Invia agli iscritti
broadcast-started = L’invio #{ $id } è in corso; un messaggio di stato ne seguirà l’avanzamento.
broadcast-discarded = L’invio è stato annullato; non è stato inviato nulla.
broadcast-gone = Questo invio è già partito oppure è stato annullato.
broadcast-progress = Invio #{ $id }: inviati { $sent }, non recapitati { $failed }, restanti { $remaining } ({ $rate } al secondo, circa { $eta } min alla fine).
broadcast-done = Invio #{ $id } completato: inviati { $sent }, non recapitati { $failed } (bot bloccato, account eliminato o errore). { $skipped ->
        [0] { "" }
       *[other] Non inviato alle chat in modalità sicura: { $skipped } (senza i link non restava nulla).
    }
