# Shown in the language picker: the name of this language, written in this language.
language-name = Français

start-greeting =
    Bonjour ! Ce bot fait partie de la campagne pour la libération de tous les prisonniers politiques au Bélarus.
    Il vous présente les revendications de la campagne et vous aide à soutenir celles et ceux qui sont derrière les barreaux.
start-choose-language = Dans quelle langue souhaitez-vous que je vous écrive ? Vous pouvez la changer à tout moment avec /lang.
start-next-steps = Envoyez /pledge pour signer la revendication de libération de tous les prisonniers politiques, /about pour lire les revendications de la campagne, ou /help pour voir tout ce que je peux faire.

help-text =
    Ce que je peux faire :
    /stats — combien de prisonniers politiques sont détenus aujourd’hui, avec la source
    /share — un message sur les prisonniers politiques à transférer
    /letters — écrire aux prisonniers politiques : anniversaires, adresses et comment écrire
    /about — les revendications de la campagne et la date de la Journée de solidarité
    /pledge — signer la revendication de libération de tous les prisonniers politiques
    /unpledge — retirer votre signature
    /verify — vérifier votre reçu dans le registre public des signatures
    /subscribe — un point quotidien de ma part : le nombre de prisonniers politiques et le message de solidarité du jour
    /unsubscribe — ne plus recevoir le point quotidien
    /forget — effacer tout ce que le bot conserve à votre sujet
    /safe — le mode sécurisé, pour les personnes au Bélarus ou qui s’y rendent
    /privacy — ce que le bot conserve à votre sujet, et pendant combien de temps
    /lang — choisir la langue dans laquelle je vous écris
    /help — cette liste

lang-choose = Choisissez votre langue :
lang-changed = C’est fait : désormais, je vous écrirai en français.
lang-unknown = Je ne connais pas la langue « { $code } ». Appuyez sur l’un des boutons ci-dessous ou envoyez /lang suivi de l’un de ces codes : { $codes }.

unknown-command = Je ne connais pas la commande { $command }. Envoyez /help pour voir ce que je peux faire.
free-text = Je ne réponds qu’aux commandes. Envoyez /help pour les voir.
button-unknown = Ce bouton n’est plus valide. Envoyez /help pour voir ce que je peux faire.
error-generic = Désolé, un problème est survenu de notre côté. Veuillez réessayer dans une minute.

# Descriptions in the Telegram command menu (at most 256 characters each).
command-start = Démarrer et choisir la langue
command-about = Les revendications de la campagne
command-lang = Changer de langue
command-help = Ce que ce bot peut faire

# Printed once when the bot runs as a local chat in the terminal (no Telegram token set).
console-banner = Discussion locale dans le terminal (aucun jeton Telegram n’est défini). Tapez /start pour commencer, le numéro d’un bouton pour l’activer, et Ctrl+D pour quitter.

# In a group chat, for commands whose answer is personal (/pledge, /lang, /forget…).
private-only = Pour que vos choix restent privés, veuillez m’envoyer cette commande dans une discussion privée, et non dans un groupe.
