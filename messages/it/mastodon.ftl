mastodon-subscribe-telegram-only = L’aggiornamento quotidiano viene inviato solo su Telegram: cerca lì il bot della campagna e invia /subscribe. Qui su Mastodon puoi seguire questo account.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Per mantenere riservate le tue scelte, inviami questo messaggio come menzione privata (visibile solo alle persone menzionate), non in un post pubblico.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Menzionami con una di queste parole (in italiano o in inglese):
    statistiche (stats) — quanti prigionieri politici sono detenuti ora, con l’indicazione della fonte
    firmare (pledge) — firmare la richiesta di liberazione di tutti i prigionieri politici
    ritirare (unpledge) — ritirare la tua firma
    dimenticare (forget) — cancellare tutto ciò che il bot conserva su di te (prima ti chiedo di confermare)
    lettere (letters) — scrivere ai prigionieri politici: compleanni e indirizzi (seguito da un nome, per trovare una persona)
    aiuto (help) — tutto ciò che posso fare
    lingua xx (lang xx) — la lingua in cui ti scrivo: { $codes }
mastodon-forget-confirm = { forget-confirm } Per confermare, rispondi a questo messaggio con «sì» entro { $minutes ->
        [one] un minuto
       *[other] { NUMBER($minutes) } minuti
    }. Altrimenti non verrà cancellato nulla.
mastodon-confirm-nothing = Non c’è nulla da confermare. Per cancellare tutto ciò che il bot conserva su di te, inviami «dimenticare» in una menzione privata e poi rispondi «sì» alla mia domanda entro { $minutes ->
        [one] un minuto
       *[other] { NUMBER($minutes) } minuti
    }. Può confermare solo l’account che ne ha fatto richiesta.
# An admin's menu on Mastodon: the words that stand for its buttons follow, one a line (mastodon-admin-word).
mastodon-admin-words = Su Mastodon non ci sono pulsanti: inviami invece una di queste parole con una menzione privata:
# $word: what to send (e.g. "preview", "fallback en"); $label: the button's label.
mastodon-admin-word = { $word } — { $label }
# The one button that decides (Confirm and queue, Accept): a reply $word ("yes") to this status presses it.
mastodon-admin-press = Per premere «{ $label }», rispondi a questo messaggio con «{ $word }» in una menzione privata.
