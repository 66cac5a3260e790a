# The public pledge log (issue 23): receipts, /verify, and the checkpoints posted to the channels.

command-verify = Vérifier votre reçu dans le registre public des signatures

receipt-offer = Obtenir un reçu
receipt-shown =
    Votre reçu (entrée { $leaf } du registre public des signatures) :

    { $receipt }

    Grâce à lui, vous, et vous seul·e, pouvez vérifier à tout moment que votre signature est comptée : envoyez /verify suivi du reçu. Le bot ne le conserve pas et ne pourra pas vous le montrer à nouveau.

    Attention : un reçu conservé sur votre téléphone ou dans une conversation prouve que vous avez signé. Si votre téléphone risque d’être fouillé, ne le gardez pas et supprimez ce message.
receipt-gone = Ce reçu n’est plus disponible : il n’est montré qu’une fois, dans les minutes qui suivent la signature. Votre signature est comptée malgré tout.

verify-usage = Envoyez /verify suivi de votre reçu, exactement tel que le bot vous l’a montré après votre signature.
verify-malformed = Ce n’est pas un reçu. Copiez le reçu entier exactement tel que le bot l’a montré, puis envoyez-le après /verify.
verify-pending = L’entrée { $leaf } ne figure pas encore dans un point de contrôle publié. Le prochain point de contrôle arrivera au plus tôt le { DATETIME($when, dateStyle: "long", timeStyle: "short") } : vérifiez de nouveau après.
verify-failed = Ce reçu ne correspond pas à l’entrée { $leaf } du registre. Vérifiez que vous l’avez copié en entier ; s’il ne correspond toujours pas, prévenez la campagne.
verify-ok = Votre reçu est valide : l’entrée { $leaf } figure dans le dernier point de contrôle signé du registre (entrées : { NUMBER($size) }, signatures comptées : { NUMBER($count) }).

transparency-checkpoint-post =
    Registre public des signatures : un nouveau point de contrôle signé.
    Entrées : { NUMBER($size) }. Signatures comptées : { NUMBER($count) }.
    Hachage racine : { $root }
    Avec ce point de contrôle, chacun peut vérifier qu’aucune signature n’a été retirée ni modifiée depuis le précédent. Le point de contrôle signé suit.
