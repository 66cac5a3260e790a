# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    En signant, vous vous associez à la revendication :
    « La libération immédiate et inconditionnelle de tous les prisonniers politiques au Bélarus. »

    Ce que le bot conserve : un code calculé à partir de votre compte avec une clé secrète (et non l’identifiant de votre compte ou votre nom d’utilisateur), votre numéro de signataire, la date, votre langue et, seulement si vous choisissez de signer sous votre nom, votre nom. Cela nous permet de ne compter chaque personne qu’une seule fois. /unpledge retire votre signature, /forget efface tout. Votre signature ajoute aussi une entrée anonyme au journal public qui permet à chacun de vérifier le décompte ; elle ne contient rien sur vous, et /unpledge ou /forget ajoutent un retrait au lieu de la supprimer.
pledge-sign-named = Signer avec mon nom : { $name }
pledge-sign-anonymous = Signer anonymement
pledge-cancel = Annuler
pledge-cancelled = Rien n’a été signé. Vous pouvez revenir à tout moment avec /pledge.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Merci. Votre signature porte le numéro #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] À ce jour, { NUMBER($count) } personne a signé.
       *[other] À ce jour, { NUMBER($count) } personnes ont signé.
    }
pledge-already = Vous avez déjà signé le { DATETIME($date, dateStyle: "long") }. Merci. Pour retirer votre signature, envoyez /unpledge.
pledge-disabled = La signature n’est pas encore disponible sur ce bot. Veuillez réessayer plus tard.
pledge-slow-down = Vous avez signé puis retiré votre signature plusieurs fois en peu de temps. Veuillez patienter { $minutes ->
        [one] une minute
       *[other] { NUMBER($minutes) } minutes
    } avant de réessayer.

unpledge-done = Votre signature a été retirée et n’est plus comptée. Vous pouvez signer à nouveau avec /pledge.
unpledge-none = Vous n’avez pas signé. Pour signer, envoyez /pledge.

forget-confirm = Cette action efface tout ce que le bot conserve à votre sujet : votre signature, votre choix de langue et tout autre enregistrement. Elle est irréversible.
forget-yes = Tout effacer
forget-no = Conserver mes données
forget-done = C’est fait : tout ce que le bot conservait à votre sujet a été effacé.
forget-kept = Rien n’a été effacé.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } personne a signé
       *[other] { NUMBER($count) } personnes ont signé
    } pour exiger la libération immédiate et inconditionnelle de tous les prisonniers politiques au Bélarus. Ajoutez votre signature : { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = Cette commande est réservée aux administrateurs de la campagne.
# $count: rows in the file; $date: when it was made.
export-caption =
    { $count ->
        [one] { NUMBER($count) } signature exportée
       *[other] { NUMBER($count) } signatures exportées
    } le { DATETIME($date, dateStyle: "long") }. Conservez ce fichier en lieu sûr : il indique qui a signé.

command-pledge = Signer pour exiger la libération de tous les prisonniers politiques
command-unpledge = Retirer votre signature
command-forget = Effacer tout ce que le bot conserve à votre sujet
