# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    Firmando, Lei aderisce alla richiesta:
    «La liberazione immediata e incondizionata di tutti i prigionieri politici in Bielorussia».

    Che cosa conserva il bot: un codice calcolato dal Suo account con una chiave segreta (non l’ID del Suo account né il Suo nome utente), il numero progressivo della Sua firma, la data, la Sua lingua e, solo se sceglie di firmare con il nome, il Suo nome. Questo ci permette di contare ogni persona una sola volta. /unpledge ritira la Sua firma, /forget cancella tutto.
pledge-sign-named = Firma con il mio nome: { $name }
pledge-sign-anonymous = Firma in forma anonima
pledge-cancel = Annulla
pledge-cancelled = Non è stato firmato nulla. Può tornare in qualsiasi momento con /pledge.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Grazie. La Sua firma ha il numero #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] Finora ha firmato { NUMBER($count) } persona.
       *[other] Finora hanno firmato { NUMBER($count) } persone.
    }
pledge-already = Ha già firmato il { DATETIME($date, dateStyle: "long") }. Grazie. Per ritirare la firma, invii /unpledge.
pledge-disabled = Su questo bot non è ancora possibile firmare. Riprovi più tardi, per favore.
pledge-slow-down = Ha firmato e ritirato la firma più volte in poco tempo. Attenda { $minutes ->
        [one] un minuto
       *[other] { NUMBER($minutes) } minuti
    } e riprovi, per favore.

unpledge-done = La Sua firma è stata ritirata e non viene più conteggiata. Può firmare di nuovo con /pledge.
unpledge-none = Non ha firmato. Per firmare, invii /pledge.

forget-confirm = Questa operazione cancella tutto ciò che il bot conserva su di Lei: la Sua firma, la lingua scelta e ogni altro dato registrato. Non può essere annullata.
forget-yes = Cancella tutto
forget-no = Conserva i miei dati
forget-done = Fatto: tutto ciò che il bot conservava su di Lei è stato cancellato.
forget-kept = Non è stato cancellato nulla.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } persona ha firmato
       *[other] { NUMBER($count) } persone hanno firmato
    } per chiedere la liberazione immediata e incondizionata di tutti i prigionieri politici in Bielorussia. Aggiunga anche Lei la Sua firma: { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = Questo comando è riservato agli amministratori della campagna.
# $count: rows in the file; $date: when it was made.
export-caption =
    { $count ->
        [one] { NUMBER($count) } firma esportata
       *[other] { NUMBER($count) } firme esportate
    } il { DATETIME($date, dateStyle: "long") }. Conservi questo file in un luogo sicuro: contiene l’elenco di chi ha firmato.

command-pledge = Firmare la richiesta di liberare tutti i prigionieri politici
command-unpledge = Ritirare la propria firma
command-forget = Cancellare tutto ciò che il bot conserva su di Lei
