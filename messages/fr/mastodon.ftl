mastodon-subscribe-telegram-only = Le point quotidien n’est envoyé que sur Telegram : retrouvez-y le bot de la campagne et envoyez /subscribe. Ici, sur Mastodon, vous pouvez suivre ce compte.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Pour que vos choix restent privés, envoyez-moi ceci en mention privée (visible uniquement par les personnes mentionnées), et non dans une publication publique.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Mentionnez-moi avec l’un de ces mots (en français ou en anglais) :
    statistiques (stats) — combien de prisonniers politiques sont détenus aujourd’hui, avec la source
    signer (pledge) — signer la revendication de libération de tous les prisonniers politiques
    retirer (unpledge) — retirer votre signature
    oublier (forget) — effacer tout ce que le bot conserve à votre sujet (je vous demande d’abord de confirmer)
    lettres (letters) — écrire aux prisonniers politiques : anniversaires et adresses (suivi d’un nom, pour trouver une personne)
    aide (help) — tout ce que je peux faire
    langue xx (lang xx) — la langue dans laquelle je vous écris : { $codes }
mastodon-forget-confirm = { forget-confirm } Pour confirmer, répondez à ce message par « oui » dans { $minutes ->
        [one] la minute
       *[other] les { NUMBER($minutes) } minutes
    }. Sinon, rien n’est effacé.
mastodon-confirm-nothing = Il n’y a rien à confirmer. Pour effacer tout ce que le bot conserve à votre sujet, envoyez-moi « oublier » en mention privée, puis répondez « oui » à ma question dans { $minutes ->
        [one] la minute
       *[other] les { NUMBER($minutes) } minutes
    }. Seul le compte qui l’a demandé peut confirmer.
# An admin's menu on Mastodon: the words that stand for its buttons follow, one a line (mastodon-admin-word).
mastodon-admin-words = Pas de boutons sur Mastodon : envoyez-moi plutôt l’un de ces mots en mention privée :
# $word: what to send (e.g. "preview", "fallback en"); $label: the button's label.
mastodon-admin-word = { $word } — { $label }
# The one button that decides (Confirm and queue, Accept): a reply $word ("yes") to this status presses it.
mastodon-admin-press = Pour appuyer sur « { $label } », répondez à ce message par « { $word } » en mention privée.
