# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    Firmando, aderisci alla richiesta:
    «La liberazione immediata e incondizionata di tutti i prigionieri politici in Bielorussia».

    Che cosa conserva il bot: un codice calcolato dal tuo account con una chiave segreta (non l’ID del tuo account né il tuo nome utente), il numero progressivo della tua firma, la data, la tua lingua e, solo se scegli di firmare con il nome, il tuo nome. Questo ci permette di contare ogni persona una sola volta. /unpledge ritira la tua firma, /forget cancella tutto. La tua firma aggiunge anche una voce anonima al registro pubblico che permette a chiunque di verificare il conteggio; non contiene nulla su di te, e /unpledge o /forget non la cancellano ma aggiungono un ritiro.
pledge-sign-named = Firma con il mio nome: { $name }
pledge-sign-anonymous = Firma in forma anonima
pledge-cancel = Annulla
pledge-cancelled = Non è stato firmato nulla. Puoi tornare in qualsiasi momento con /pledge.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Grazie. La tua firma ha il numero #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] Finora ha firmato { NUMBER($count) } persona.
       *[other] Finora hanno firmato { NUMBER($count) } persone.
    }
pledge-already = Hai già firmato il { DATETIME($date, dateStyle: "long") }. Grazie. Per ritirare la firma, invia /unpledge.
pledge-disabled = Su questo bot non è ancora possibile firmare. Riprova più tardi, per favore.
pledge-slow-down = Hai firmato e ritirato la firma più volte in poco tempo. Attendi { $minutes ->
        [one] un minuto
       *[other] { NUMBER($minutes) } minuti
    } e riprova, per favore.

unpledge-done = La tua firma è stata ritirata e non viene più conteggiata. Puoi firmare di nuovo con /pledge.
unpledge-none = Non hai firmato. Per firmare, invia /pledge.

forget-confirm = Questa operazione cancella tutto ciò che il bot conserva su di te: la tua firma, la lingua scelta e ogni altro dato registrato. Non può essere annullata.
forget-yes = Cancella tutto
forget-no = Conserva i miei dati
forget-done = Fatto: tutto ciò che il bot conservava su di te è stato cancellato.
forget-kept = Non è stato cancellato nulla.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } persona ha firmato
       *[other] { NUMBER($count) } persone hanno firmato
    } per chiedere la liberazione immediata e incondizionata di tutti i prigionieri politici in Bielorussia. Firma anche tu: { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = Questo comando è riservato agli amministratori della campagna.
# $count: rows in the file; $date: when it was made.
export-caption =
    { $count ->
        [one] { NUMBER($count) } firma esportata
       *[other] { NUMBER($count) } firme esportate
    } il { DATETIME($date, dateStyle: "long") }. Conserva questo file in un luogo sicuro: contiene l’elenco di chi ha firmato.

command-pledge = Firmare la richiesta di liberare tutti i prigionieri politici
command-unpledge = Ritirare la propria firma
command-forget = Cancellare tutto ciò che il bot conserva su di te
