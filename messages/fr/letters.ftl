# /letters : anniversaires des prisonniers politiques, où et comment écrire. Noms et adresses tels que dans la liste de Viasna.
command-letters = Écrire aux prisonniers politiques : anniversaires et adresses
letters-no-data = La liste des adresses des prisonniers politiques n'a pas encore été importée : les admins de la campagne l'importent depuis la liste de Viasna. En attendant, vous pouvez lire comment écrire une lettre qui arrive.
letters-guide-button = Comment écrire
letters-query-too-long = C'est trop long pour un nom : envoyez au plus { $limit } caractères, par exemple /letters Ales.
letters-week-none = Aucun anniversaire aujourd'hui ni dans les 7 prochains jours.
letters-week-title =
    { $count ->
        [one] { NUMBER($count) } anniversaire aujourd'hui et dans les 7 prochains jours. D'abord ceux à qui le moins de gens écrivent :
       *[other] { NUMBER($count) } anniversaires aujourd'hui et dans les 7 prochains jours. D'abord ceux à qui le moins de gens écrivent :
    }
letters-more =
    { $count ->
        [one] …et { NUMBER($count) } autre. Pour trouver quelqu'un, envoyez /letters et un nom.
       *[other] …et { NUMBER($count) } autres. Pour trouver quelqu'un, envoyez /letters et un nom.
    }
letters-month-title =
    { $count ->
        [one] { NUMBER($count) } anniversaire en { $month } :
       *[other] { NUMBER($count) } anniversaires en { $month } :
    }
letters-month-name = { $day } : { $name }
letters-more-month =
    { $count ->
        [one] …et { NUMBER($count) } autre ce mois-ci.
       *[other] …et { NUMBER($count) } autres ce mois-ci.
    }
letters-found =
    { $count ->
        [one] Trouvé :
       *[other] { NUMBER($count) } trouvés :
    }
letters-found-more = Il y en a d'autres : ajoutez un nom ou un prénom pour affiner la recherche.
letters-nearest = Personne ne porte exactement ce nom. Les noms les plus proches :
letters-not-found = Je n'ai trouvé personne de ce nom dans la liste. Essayez une autre orthographe, ou le nom de famille seul.
letters-birthday = 🎂 { $day } : { $name }
letters-birthday-age = 🎂 { $day } : { $name }, fête ses { $age } ans
letters-person = { $name }
letters-person-born = { $name }, né(e) le { DATETIME($date, dateStyle: "long") }
letters-person-born-day = { $name }, anniversaire le { $day }
letters-no-address = { $prison } : pas d'adresse postale dans la liste.
letters-recipient = Кому: { $name }
letters-recipient-year = Кому: { $name }, { $year } г. р.
letters-address = Куда: { $address }
letters-updated = La liste est celle de Viasna, importée le { DATETIME($date, dateStyle: "long") }.
letters-stale =
    { $days ->
        [one] ⚠ Elle date de { NUMBER($days) } jour : certains ont pu être transférés ou libérés depuis. Vérifiez avant d'envoyer.
       *[other] ⚠ Elle date de { NUMBER($days) } jours : certains ont pu être transférés ou libérés depuis. Vérifiez avant d'envoyer.
    }
letters-guide =
    Comment écrire pour que votre lettre arrive :
    • Écrivez en russe ou en biélorusse : les lettres dans d'autres langues ne passent pas.
    • Écrivez l'adresse en cyrillique, comme je la montre : « Кому » (à qui), le nom complet et l'année de naissance ; « Куда » (où), l'adresse de l'établissement avec son code postal.
    • Restez bref, chaleureux et personnel : votre journée, la météo, des livres, des films, les saisons, de bons vœux.
    • Évitez la politique, les mots « liberté » et « lutte », et tout ce qui touche à l'affaire : la censure bloque ces lettres.
    • L'adresse de l'expéditeur est facultative. Une enveloppe vide jointe facilite la réponse.
letters-samples =
    Premières lignes à copier :
    Здравствуйте! Меня зовут …, я пишу вам из … . Поздравляю вас с днём рождения, желаю здоровья и тепла.
    Добрый день! У нас сегодня выпал первый снег, и я подумал(а) о вас.
    Добры дзень! Мяне завуць …, я пішу вам з … . Віншую вас з днём нараджэння, зычу здароўя і цяпла.
    Вітаю! Я нядаўна прачытаў(ла) цікавую кнігу і хачу вам пра яе расказаць.
letters-services = Vous ne savez pas écrire en cyrillique ? Des bénévoles le font pour vous : le Solidarity Postcards Atelier recopie votre texte à la main et l'envoie depuis la Biélorussie. Libereco publie des conseils pour écrire, et politzek.me indique combien de personnes écrivent à chaque prisonnier.
letters-guide-safe = ⚠ Mode sécurisé : une lettre postée depuis la Biélorussie, ou une adresse d'expéditeur là-bas, peut remonter jusqu'à vous. N'indiquez pas d'adresse d'expéditeur et réfléchissez bien avant de signer de votre nom. Ces messages disparaîtront de la conversation au bout d'un moment.

letters-import-telegram-only = Envoyez le fichier au bot dans une conversation privée Telegram, avec la légende /importprisoners. Sur le serveur, l'opérateur peut aussi lancer ./scripts/run import-prisoners FILE.
letters-import-usage = Envoyez l'export de Viasna (un fichier CSV ou JSON) en tant que fichier, avec la légende /importprisoners. Je montre d'abord un résumé : rien ne change avant votre confirmation.
letters-import-too-big = Le fichier dépasse { $megabytes } Mo, le bot ne peut pas le télécharger. Lancez plutôt ./scripts/run import-prisoners FILE sur le serveur.
letters-import-summary = Lignes lues : { NUMBER($rows) }. Actifs : { NUMBER($active) }, avec une date d'anniversaire : { NUMBER($birthdays) }, avec une adresse : { NUMBER($addresses) }.
letters-import-first = Aucune liste n'avait été importée.
letters-import-changes = Depuis le dernier import : { NUMBER($added) } ajoutés, { NUMBER($removed) } plus actifs (libérés, décédés ou plus listés), { NUMBER($changed) } modifiés.
letters-import-confirm = Remplacer la liste
letters-import-cancel = Annuler
letters-import-refused = Ce fichier n'est pas l'export de Viasna ; la liste enregistrée est conservée. Ce qui ne va pas :
letters-import-problem = ligne { $row } : { $reason }
letters-import-reason = { $reason }
letters-import-cancelled = Annulé : la liste enregistrée est conservée.
letters-import-gone = Ce résumé n'est plus valable (déjà confirmé, plus d'un jour, ou le fichier a changé). Renvoyez le fichier.
letters-import-done = C'est fait : la liste compte maintenant { NUMBER($active) } personnes actives.

letters-digest-line =
    { $count ->
        [one] { NUMBER($count) } anniversaire de prisonnier politique cette semaine : /letters
       *[other] { NUMBER($count) } anniversaires de prisonniers politiques cette semaine : /letters
    }
letters-digest-button-on = Ajouter les anniversaires de la semaine
letters-digest-button-off = Retirer les anniversaires
letters-digest-on = C'est fait : quand des prisonniers politiques fêtent leur anniversaire dans la semaine qui vient, la mise à jour quotidienne dira combien, avec /letters pour les voir.
letters-digest-off = C'est fait : la mise à jour quotidienne ne mentionne plus les anniversaires.
letters-digest-not-subscribed = Vous n'êtes pas abonné(e) à la mise à jour quotidienne : envoyez d'abord /subscribe.
letters-query-too-short =
    { $min ->
        [one] Pour trouver quelqu'un, envoyez au moins { NUMBER($min) } lettre de son nom, par exemple /letters Ales.
        [many] Pour trouver quelqu'un, envoyez au moins { NUMBER($min) } de lettres de son nom, par exemple /letters Ales.
       *[other] Pour trouver quelqu'un, envoyez au moins { NUMBER($min) } lettres de son nom, par exemple /letters Ales.
    }
