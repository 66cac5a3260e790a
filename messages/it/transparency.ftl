# The public pledge log (issue 23): receipts, /verify, and the checkpoints posted to the channels.

command-verify = Verifica la tua ricevuta nel registro pubblico delle firme

receipt-offer = Ottieni una ricevuta
receipt-shown =
    La tua ricevuta (voce { $leaf } del registro pubblico delle firme):

    { $receipt }

    Con questa tu, e solo tu, puoi verificare in qualsiasi momento che la tua firma viene contata: invia /verify seguito dalla ricevuta. Il bot non la conserva e non potrà mostrartela di nuovo.

    Attenzione: una ricevuta conservata sul telefono o in una chat è la prova che hai firmato. Se il tuo telefono può essere perquisito, non conservarla e cancella questo messaggio.
receipt-gone = Questa ricevuta non è più disponibile: viene mostrata una sola volta, nei minuti successivi alla firma. La tua firma viene contata comunque.

verify-usage = Invia /verify seguito dalla tua ricevuta, esattamente come il bot te l’ha mostrata dopo la firma.
verify-malformed = Questa non è una ricevuta. Copia l’intera ricevuta esattamente come l’ha mostrata il bot e inviala dopo /verify.
verify-pending = La voce { $leaf } non è ancora in un punto di controllo pubblicato. Il prossimo punto di controllo arriverà non prima del { DATETIME($when, dateStyle: "long", timeStyle: "short") }: verifica di nuovo dopo.
verify-failed = Questa ricevuta non corrisponde alla voce { $leaf } del registro. Controlla di averla copiata per intero; se continua a non corrispondere, avvisa la campagna.
verify-ok = La tua ricevuta è valida: la voce { $leaf } è nell’ultimo punto di controllo firmato del registro (voci: { NUMBER($size) }, firme contate: { NUMBER($count) }).

transparency-checkpoint-post =
    Registro pubblico delle firme: un nuovo punto di controllo firmato.
    Voci: { NUMBER($size) }. Firme contate: { NUMBER($count) }.
    Hash radice: { $root }
    Con questo punto di controllo chiunque può verificare che dal precedente nessuna firma è stata rimossa o modificata. Segue il punto di controllo firmato.
