# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Aggiornamento quotidiano sui prigionieri politici
command-unsubscribe = Interrompere l’aggiornamento quotidiano

subscribe-button = 🔔 Aggiornamento quotidiano
unsubscribe-button = Interrompi l’aggiornamento quotidiano
subscribe-done = Fatto: ogni giorno alle { $time } (fuso orario { $zone }) riceverai un breve aggiornamento in questa lingua. Puoi interromperlo in qualsiasi momento con /unsubscribe.
subscribe-already = La tua iscrizione è già attiva: l’aggiornamento arriva ogni giorno alle { $time } (fuso orario { $zone }). Puoi interromperlo con /unsubscribe.
subscribe-telegram-only = L’aggiornamento quotidiano viene inviato solo su Telegram: cerca lì il bot e invia /subscribe.
unsubscribe-done = Fatto: non riceverai più l’aggiornamento quotidiano. Non viene conservato alcun dato sulla tua iscrizione.
unsubscribe-none = Non hai un’iscrizione attiva, quindi non c’è nulla da interrompere. Per ricevere l’aggiornamento quotidiano, invia /subscribe.

# The digest's first line. $date: today.
digest-title = Aggiornamento quotidiano, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Invia /broadcast e poi il testo, per esempio: /broadcast <b>Domani</b> è la Giornata di solidarietà con i prigionieri politici. Il testo parte per intero, così come l’hai scritto, a capo compresi (formattazione: HTML di Telegram). Nell’anteprima scegli chi lo riceve: tutti gli iscritti o solo chi legge le lingue scelte.
broadcast-preview = Qui sopra c’è il messaggio esattamente come lo riceveranno gli iscritti. Destinatari: { $count ->
        [one] { $count } iscritto
       *[other] { $count } iscritti
    } ({ $languages ->
        [all] tutte le lingue
       *[other] solo queste lingue: { $languages }
    }). Invialo subito o scegli prima le lingue.
broadcast-button-confirm = ✅ Invia agli iscritti
broadcast-started = L’invio #{ $id } è in corso; un messaggio di stato ne seguirà l’avanzamento.
broadcast-discarded = L’invio è stato annullato; non è stato inviato nulla.
broadcast-gone = Questo invio è già partito oppure è stato annullato.
broadcast-progress = Invio #{ $id }: inviati { $sent }, non recapitati { $failed }, restanti { $remaining } ({ $rate } al secondo, circa { $eta } min alla fine).
broadcast-done = Invio #{ $id } completato: inviati { $sent }, non recapitati { $failed } (bot bloccato, account eliminato o errore). { $skipped ->
        [0] { "" }
       *[other] Non inviato alle chat in modalità sicura: { $skipped } (senza i link non restava nulla).
    }
broadcast-button-languages = 🌐 Scegli le lingue
broadcast-button-all = { $done ->
        [yes] ✓ Tutte le lingue
       *[other] Tutte le lingue
    }
digest-skipped = Aggiornamenti quotidiani non inviati (cadevano durante il blocco e alla sua revoca non erano più attuali): { $dates }.

# Photos, albums and link buttons of posts and broadcasts.
broadcast-photo-one = Un invio può contenere una foto, non un album. Invia una foto con /broadcast e il testo come didascalia, per favore.
