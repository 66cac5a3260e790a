# Safe mode: for people in Belarus or who travel there, where supporting the campaign is prosecuted
# and phones are searched at the border. $minutes: SAFE_MODE_DELETE_MINUTES.
safe-ask =
    Une question, pour votre sécurité : êtes-vous au Bélarus, ou vous arrive-t-il de vous y rendre ?
    Si c’est le cas, je peux fonctionner en mode sécurisé : j’efface de cette discussion mes confirmations de votre signature et de votre abonnement { $minutes ->
        [one] { NUMBER($minutes) } minute
        [many] { NUMBER($minutes) } de minutes
       *[other] { NUMBER($minutes) } minutes
    } après leur envoi, et je ne vous envoie aucun lien. Vous pouvez changer cela à tout moment avec /safe.
safe-button-on = Oui, activer le mode sécurisé
safe-button-off = Non
safe-state-on = Le mode sécurisé est activé.
safe-state-off = Le mode sécurisé est désactivé.
safe-on =
    Le mode sécurisé est activé. J’efface mes confirmations de votre signature et de votre abonnement, ainsi que les commandes que vous m’avez envoyées pour cela, { $minutes ->
        [one] { NUMBER($minutes) } minute
        [many] { NUMBER($minutes) } de minutes
       *[other] { NUMBER($minutes) } minutes
    } après leur envoi, et je ne vous envoie aucun lien. Ce message disparaîtra lui aussi.
# The steps only the person can take; Telegram's menus as they are named in the apps.
safe-steps =
    Ce qui ne dépend que de vous :
    • Supprimez vos propres messages ici : appuyez longuement sur un message, puis sur « Supprimer ».
    • Activez la suppression automatique de Telegram pour cette discussion : ouvrez le menu de la discussion (⋮ ou le nom du bot en haut), choisissez « Suppression automatique », puis « 1 jour ».
    • Avant de partir au Bélarus, supprimez toute cette discussion : appuyez longuement dessus dans la liste des discussions, puis sur « Supprimer la discussion ».
safe-off = Le mode sécurisé est désactivé. Envoyez /safe pour le réactiver.

# Shown before the pledge buttons, in safe mode.
pledge-safe-warning =
    Avant de signer : si votre téléphone est fouillé au Bélarus, une trace de cette signature pourrait être utilisée contre vous et votre famille. J’efface ma confirmation { $minutes ->
        [one] { NUMBER($minutes) } minute
        [many] { NUMBER($minutes) } de minutes
       *[other] { NUMBER($minutes) } minutes
    } après son envoi, mais supprimer cette discussion ne dépend que de vous. Vous pouvez aussi signer sans donner votre nom.

# /privacy. $days: RETENTION_DAYS; $minutes: SAFE_MODE_DELETE_MINUTES.
privacy-text =
    Ce que ce bot conserve, et pendant combien de temps :
    • Quand vous choisissez une langue : un code calculé à partir de votre compte avec une clé secrète (et non l’identifiant de votre compte ou votre nom d’utilisateur), la langue, et si le mode sécurisé est activé. Conservés jusqu’à ce que vous envoyiez /forget.
    • Quand vous signez : le même code, votre numéro de signataire, la date, votre langue et, seulement si vous avez choisi de signer sous votre nom, votre nom. Conservés jusqu’à /unpledge ou /forget.
    • Dans le journal public qui permet à chacun de vérifier le décompte : une entrée anonyme pour chaque signature et chaque retrait, sans rien sur vous. Conservées définitivement : /unpledge et /forget ajoutent un retrait et n’effacent rien.
    • Quand vous vous abonnez : le même code, votre langue et l’adresse de votre discussion, chiffrée. Conservés jusqu’à /unsubscribe ou /forget.
    • La trace des messages remis et des actions des administrateurs de la campagne : effacée au bout de { $days ->
        [one] { NUMBER($days) } jour
        [many] { NUMBER($days) } de jours
       *[other] { NUMBER($days) } jours
    }.
    • Jamais conservés : le texte de vos messages, votre nom d’utilisateur, votre numéro de téléphone. Les journaux du bot ne contiennent ni identifiants de compte ni noms.
    En mode sécurisé (/safe), j’efface mes confirmations de cette discussion au bout de { $minutes ->
        [one] { NUMBER($minutes) } minute
        [many] { NUMBER($minutes) } de minutes
       *[other] { NUMBER($minutes) } minutes
    }.
    Pour tout effacer d’un coup, envoyez /forget.
# $accounts: OFFICIAL_ACCOUNTS, comma-separated handles.
official-accounts = Les vrais comptes de la campagne : { $accounts }. Il existe des bots et des canaux qui les imitent : vérifiez le nom exact avant de signer ou de partager quoi que ce soit.

command-safe = Mode sécurisé, pour les personnes au Bélarus ou qui s’y rendent
command-privacy = Ce que le bot conserve à votre sujet, et combien de temps

# Owners (OWNER_IDS) only. $word: the word to type to confirm.
owner-only = Cette commande est réservée aux propriétaires de la campagne.
lockdown-ask = Le verrouillage arrête immédiatement toutes les publications, diffusions, publications de paliers et exports, sur toutes les instances, jusqu’à ce qu’un propriétaire le lève. Entre-temps, les commandes d’administration sont refusées. Pour confirmer, envoyez : /lockdown { $word }
lockdown-on = Le verrouillage est activé. Rien n’est publié, diffusé ni exporté tant qu’un propriétaire n’a pas envoyé /unlock. Les diffusions des administrateurs non terminées sont annulées. Les publications programmées sont retenues ; celle dont l’heure est dépassée de plus que le délai de grâce avant la levée est marquée comme manquée. Les propriétaires peuvent toujours utiliser /queue et /cancel.
lockdown-already = Le verrouillage est déjà activé. /unlock le lève.
lockdown-refused = Le verrouillage est activé : publications, diffusions et exports sont arrêtés jusqu’à ce qu’un propriétaire envoie /unlock.
unlock-ask = Vérifiez d’abord /queue : les publications programmées depuis un compte compromis partiront dès la levée du verrouillage, et le résumé quotidien reprendra. Pour le lever, envoyez : /unlock { $word }
unlock-done = Le verrouillage est levé : les publications, diffusions et exports reprennent.
unlock-none = Aucun verrouillage n’est en cours.
# $count: signers now.
wipe-ask =
    Cette action efface définitivement le code de compte et le nom de { $count ->
        [one] { NUMBER($count) } signataire
        [many] { NUMBER($count) } de signataires
       *[other] { NUMBER($count) } signataires
    }. Le total et les paliers restent. Ensuite, personne ne pourra retirer ni effacer sa propre signature, et une personne qui signe à nouveau sera comptée une deuxième fois. Pour confirmer, envoyez : /wipe_signers { $word } { NUMBER($count, useGrouping: 0) }
wipe-done =
    C’est fait : { $count ->
        [one] { NUMBER($count) } signataire n’a
        [many] { NUMBER($count) } de signataires n’ont
       *[other] { NUMBER($count) } signataires n’ont
    } plus ni code de compte ni nom ici. Le total reste de { NUMBER($total) }.

# /pledge from someone who has not answered the safety question yet: shown above the pledge, with a button.
pledge-safe-hint = Vous êtes au Bélarus ou vous y allez ? Activez le mode sécurisé avant de signer : j’effacerai alors mes confirmations de cette discussion.
pledge-safe-button = D’abord le mode sécurisé
