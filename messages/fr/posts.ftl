# The admins' post queue (/newpost, /queue, /edit, /cancel) and the reports after a post goes out.
# Times are shown as admins type them: 2027-05-21 09:00 Europe/Minsk. Language codes stay as codes.

post-ask-when =
    Nouvelle publication. Quand doit-elle paraître ? Envoyez la date, l’heure et le fuseau horaire, par exemple :
    { $example }
    Sans fuseau horaire, c’est { $zone } qui s’applique.
post-when-format = Impossible de lire « { $input } » comme une date et une heure. Veuillez utiliser la forme { $example }.
post-when-ambiguous = « { $input } » peut se lire de plusieurs façons (le jour et le mois peuvent être inversés). Veuillez commencer par l’année : { $example }.
post-when-zone = Je ne connais pas le fuseau horaire « { $zone } ». Utilisez un nom comme Europe/Minsk, Europe/Warsaw ou Europe/Vilnius : { $example }.
post-when-clock-change = { $input } : à ce moment-là, on change d’heure dans le fuseau { $zone } ; cette heure existe donc deux fois ou pas du tout. Veuillez choisir une autre heure.
post-when-past = Ce moment est déjà passé (maintenant : { $now }). Veuillez indiquer une heure à venir, par exemple { $example }.
post-when-passed = L’heure de la publication est passée pendant sa préparation. Appuyez sur « Heure » pour en fixer une nouvelle ; rien n’a été programmé.

post-texts-menu =
    { $editing ->
        [yes] Modification de la publication #{ $id }. La version programmée reste inchangée tant que vous n’avez pas confirmé la nouvelle.
       *[no] Publication prévue pour { $when }.
    }
    Heure : { $when }
    Textes rédigés : { $written }
    Canaux : { $channels }
    Appuyez sur une langue pour rédiger le texte dans cette langue, ou envoyez un message qui commence par le code de la langue, par exemple « be: … ». Mise en forme : HTML Telegram (<b>gras</b>, <i>italique</i>, <a href="https://…">lien</a>) ; écrivez & sous la forme &amp;.
post-texts-how = Appuyez d’abord sur une langue, ou commencez votre message par le code de la langue suivi de deux-points, par exemple « fr: Aujourd’hui, nous sommes aux côtés de chaque prisonnier politique. »
post-ask-text =
    Envoyez le texte pour { $language }.
    { $has_text ->
        [yes] Il remplacera le texte écrit précédemment.
       *[no] Il sera publié exactement tel que vous l’envoyez.
    }
post-no-texts = Il n’y a encore aucun texte. Appuyez d’abord sur une langue, puis envoyez son texte.
post-ask-fallback = Il n’y a pas de texte pour les canaux en : { $missing }. Que doivent-ils recevoir ?
post-nothing-to-send = Aucun canal ne recevrait cette publication : aucun canal n’a de texte dans sa langue et aucun texte de remplacement n’a été choisi, ou bien TELEGRAM_CHANNELS est vide.

post-text-empty = Le texte est vide. Veuillez envoyer le texte de la publication.
post-text-too-long = Le texte est trop long (caractères en trop : { $over }) : Telegram autorise { $limit } caractères par message. Veuillez le raccourcir et le renvoyer.
post-text-entity = « { $fragment } » n’est pas du HTML valide ici : écrivez & sous la forme &amp;, < sous la forme &lt; et > sous la forme &gt;. Veuillez corriger le texte et le renvoyer.
post-text-tag = Telegram ne prend pas en charge la balise « { $fragment } ». Utilisez <b>, <i>, <u>, <s>, <a href="…">, <code>, <pre> ou <blockquote>, ou écrivez < sous la forme &lt;.
post-text-unclosed = La balise <{ $tag }> n’est pas fermée (ou elle est fermée dans le mauvais ordre). Veuillez la fermer, par exemple <b>gras</b>, et renvoyer le texte.

post-preview-head = Aperçu : { $count ->
        [one] { $count } canal
        [many] { $count } de canaux
       *[other] { $count } canaux
    }, pour { $when }. Chaque message ci-dessous est exactement ce que recevra le canal.
post-preview-variant = ▼ { $channel } ({ $locale }{ $fallback ->
        [yes] , avec le texte pour { $text_locale }
       *[no] {""}
    }) :
post-preview-confirm =
    Canaux qui ne recevront rien : { $skipped }.
    Confirmez pour programmer la publication exactement telle qu’elle est affichée.
post-queued = La publication #{ $id } est programmée pour { $when } ({ $count ->
        [one] { $count } canal
        [many] { $count } de canaux
       *[other] { $count } canaux
    }). /queue affiche ce qui est à venir ; jusqu’à la parution, /edit { $id } permet de la modifier et /cancel { $id } de l’annuler.
post-draft-changed = Cet aperçu n’est plus à jour : le brouillon a changé depuis. Veuillez consulter le nouvel aperçu et confirmer celui-ci.
post-too-late = L’envoi de la publication #{ $id } a déjà commencé, ou elle a été annulée : elle ne peut donc plus être modifiée. Votre modification n’a pas été programmée.
post-no-draft = Aucune publication n’est en préparation. Commencez-en une avec /newpost.
post-discarded = Le brouillon est abandonné ; rien n’a été programmé.

post-queue-empty = Aucune publication n’est programmée. Commencez-en une avec /newpost.
post-queue-head = { $count ->
        [one] { $count } publication à venir :
        [many] { $count } de publications à venir :
       *[other] { $count } publications à venir :
    }
post-queue-item = #{ $id } · { $when } · { $kind ->
        [daily] publication quotidienne
       *[other] textes : { $languages }
    } · { $channels ->
        [one] { $channels } canal
        [many] { $channels } de canaux
       *[other] { $channels } canaux
    }
post-id-usage = Veuillez ajouter le numéro de la publication, par exemple : { $command } 12. /queue affiche les numéros.
post-cancelled = La publication #{ $id } est annulée ; elle ne paraîtra pas.
post-not-changeable = Il n’y a pas de publication #{ $id } programmée qui puisse encore être modifiée : elle est peut-être déjà parue, en cours d’envoi ou annulée. /queue affiche ce qui est à venir.

post-report = { $daily ->
        [yes] Publication quotidienne ({ $when })
       *[other] Publication #{ $id } ({ $when })
    } : { $sent ->
        [one] { $sent } envoi réussi
        [many] { $sent } d’envois réussis
       *[other] { $sent } envois réussis
    } sur { $total }.
post-report-sent = ✓ { $locale } → { $channel } : { $link }
post-report-not-sent = ✗ { $locale } → { $channel } : { $status ->
        [missed] manquée (le bot ne fonctionnait pas à ce moment-là)
        [refused] refusée par Telegram ({ $reason }) ; vérifiez que le bot est administrateur du canal
        [unknown] état inconnu : le bot s’est arrêté pendant l’envoi ; veuillez vérifier le canal
        [lockdown] manquée (le verrouillage était activé à ce moment-là)
       *[other] échec ({ $reason })
    }

post-button-language = { $done ->
        [yes] ✓ { language-name }
       *[other] { language-name }
    }
post-button-when = 🕘 Heure
post-button-preview = Aperçu ▶
post-button-discard = Abandonner le brouillon
post-button-back = ◀ Retour
post-button-remove = Supprimer ce texte
post-button-confirm = ✅ Confirmer et programmer
post-button-fallback = Utiliser le texte pour { $language }
post-button-skip = Ignorer ces canaux

# Publications répétées (issue 19) : chaque jour ou chaque semaine, jusqu’à une date ou un nombre de fois, chaque fois une publication à part.
post-button-repeat = 🔁 Répéter
post-ask-repeat =
    Faut-il répéter la publication ? Elle paraîtra d’abord le { $when } ; chaque répétition va une fois dans chaque canal, à la même heure locale.
post-button-repeat-daily = Chaque jour
post-button-repeat-weekly = Chaque semaine
post-button-repeat-none = Une seule fois
post-ask-repeat-end = { $every ->
        [daily] Chaque jour
       *[weekly] Chaque semaine
    } jusqu’à quand ? Envoyez la dernière date, par exemple 2027-05-21, ou le nombre de fois au total, par exemple 4 (au plus { $max }).
post-repeat-no-end = Une répétition doit avoir une fin. Envoyez la dernière date, par exemple 2027-05-21, ou le nombre de fois au total, par exemple 4.
post-repeat-count = Le nombre de fois doit aller de 1 à { $max } (vous avez envoyé { $count }). Envoyez un autre nombre ou la dernière date.
post-repeat-ends-before = La dernière date, { $until }, précède la première publication, le { $first }. Envoyez une date plus tardive ou le nombre de fois au total.
post-repeat-too-many = Jusqu’au { $until }, cela ferait plus de { $max } publications. Envoyez une date plus proche ou le nombre de fois au total.
post-repeat-line = Répétition : { $every ->
        [daily] chaque jour, { $times ->
            [one] { $times } fois
           *[other] { $times } fois
        }, la dernière le { $last }
        [weekly] chaque semaine, { $times ->
            [one] { $times } fois
           *[other] { $times } fois
        }, la dernière le { $last }
       *[none] non, une seule fois
    }
post-queue-repeat = { "   " }↻ { $every ->
        [daily] chaque jour
       *[weekly] chaque semaine
    } · { $times ->
        [one] encore { $times } fois
       *[other] encore { $times } fois
    } · la dernière le { $last }
post-cancelled-repeat = La publication #{ $id } est annulée : aucune de ses répétitions restantes ne paraîtra. Celles déjà parues restent dans les canaux.
# Photos, albums and link buttons of posts and broadcasts.
post-menu-media =
    Photos : { $photos } (décrites en : { $described }). Envoyez une photo ou un album de 10 photos au plus pour l’ajouter ; sa légende compte comme un texte.
    Boutons : { $buttons } (libellés propres en : { $button_languages }).
post-button-photos = 🖼 Photos
post-button-links = 🔗 Boutons
post-button-remove-photos = Retirer les photos
post-photos-menu = Photos dans la publication : { $count }. Mastodon demande une description (texte alternatif) de chaque photo dans la langue de chaque copie Mastodon. Appuyez sur une langue pour écrire ses descriptions.
post-photos-how = La publication n’a pas encore de photo. Tant que le brouillon est ouvert, envoyez une photo ou un album de 10 photos au plus.
post-photos-removed = Les photos sont retirées ; la publication n’est plus que du texte.
post-ask-alt = Envoyez les descriptions en { $language } : ce que doit savoir une personne qui ne voit pas les photos. Photos : { $count } ; une ligne par photo, dans l’ordre (pour une seule photo, tout le message).
post-ask-buttons =
    Envoyez jusqu’à { $limit } boutons, un par ligne, sous la forme « libellé | https://… », par exemple :
    Signer l’appel | https://spring96.org
    Commencez par un code de langue et deux-points (« fr: … ») pour des libellés dans cette langue seulement ; sans code, les boutons valent pour toutes les langues. Envoyez « - » pour les retirer.
post-photo-no-draft = Je ne peux utiliser une photo que pendant la préparation d’une publication : commencez-la avec /newpost. Pour envoyer une photo aux abonnés, mettez /broadcast et le texte dans sa légende.
post-photo-not-yet = Envoyez d’abord la date et l’heure de la publication, puis ses photos.
post-photo-not-image = Ce fichier n’est pas une image. Veuillez envoyer une photo.
post-photo-as-file = Veuillez envoyer l’image comme photo, pas comme fichier : les canaux reçoivent la copie de la photo gardée par Telegram.
post-photo-too-large = Le fichier fait { $size } Mo ; le bot accepte au plus { $limit } Mo. Veuillez envoyer une image plus petite.
post-caption-too-long = Le texte en { $language } est trop long pour une légende (caractères en trop : { $over }) : Telegram en autorise { $limit } sous une photo. Veuillez le raccourcir et le renvoyer.
post-album-too-many = Un album peut compter au plus { $limit } photos. Veuillez le renvoyer avec moins de photos.
post-album-caption-first = Seule la première photo d’un album peut porter le texte. Veuillez renvoyer l’album avec la légende sur la première photo seulement ; rien n’a été programmé.
post-alt-count = Photos : { $count }, descriptions reçues : { $given }. Veuillez envoyer une ligne par photo, dans l’ordre.
post-alt-too-long = Une description est trop longue (caractères en trop : { $over }) : Mastodon en autorise { $limit }. Veuillez la raccourcir.
post-alt-missing = La publication part sur Mastodon, qui demande une description de chaque photo. Il en manque en : { $languages }. Appuyez sur « Photos », puis sur la langue, et envoyez les descriptions ; rien n’a été programmé.
post-buttons-too-many = Cela fait { $count } boutons ; une publication peut en avoir au plus { $limit }. Veuillez en envoyer moins.
post-buttons-format = Je n’ai pas pu lire « { $line } » comme un bouton. Écrivez-en un par ligne : libellé | https://…
post-buttons-https = Le lien dans « { $line } » doit commencer par https://. Veuillez le corriger et renvoyer les boutons.

# Confirming an edit of a queued post that another admin's confirmed edit changed meanwhile.
post-edit-stale = Un autre admin a modifié la publication n° { $id } après que vous avez commencé à la modifier : votre modification n’a pas été mise en file. Rouvrez-la pour repartir de sa version.
