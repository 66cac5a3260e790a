# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = Un point quotidien sur les prisonniers politiques
command-unsubscribe = Ne plus recevoir le point quotidien

subscribe-button = 🔔 Point quotidien
unsubscribe-button = Arrêter le point quotidien
subscribe-done = C’est fait : vous recevrez chaque jour à { $time } (fuseau horaire { $zone }) un court point dans cette langue. Vous pouvez l’arrêter à tout moment avec /unsubscribe.
subscribe-already = Votre abonnement est déjà actif : le point arrive chaque jour à { $time } (fuseau horaire { $zone }). Pour l’arrêter, envoyez /unsubscribe.
subscribe-telegram-only = Le point quotidien n’est envoyé que sur Telegram : retrouvez-y le bot et envoyez /subscribe.
unsubscribe-done = C’est fait : vous ne recevrez plus le point quotidien. Aucune donnée sur votre abonnement n’est conservée.
unsubscribe-none = Vous n’avez pas d’abonnement en cours, il n’y a donc rien à arrêter. Pour recevoir le point quotidien, envoyez /subscribe.

# The digest's first line. $date: today.
digest-title = Point quotidien du { DATETIME($date, dateStyle: "long") }

broadcast-usage = Envoyez /broadcast, puis le texte, par exemple : /broadcast <b>Demain</b>, c’est la Journée de solidarité avec les prisonniers politiques. Le texte part en entier, tel que vous l’avez écrit, retours à la ligne compris (mise en forme : HTML Telegram). Dans l’aperçu, vous choisissez qui le reçoit : tous les abonnés, ou seulement ceux qui lisent les langues choisies.
broadcast-preview = Ci-dessus, le message exactement tel que les abonnés le recevront. Destinataires : { $count ->
        [one] { $count } abonné
        [many] { $count } d’abonnés
       *[other] { $count } abonnés
    } ({ $languages ->
        [all] toutes les langues
       *[other] seulement ces langues : { $languages }
    }). Envoyez-le maintenant, ou choisissez d’abord les langues.
broadcast-button-confirm = ✅ Envoyer aux abonnés
broadcast-started = La diffusion #{ $id } est en cours ; un message d’état suivra sa progression.
broadcast-discarded = La diffusion est abandonnée ; rien n’a été envoyé.
broadcast-gone = Cette diffusion a déjà commencé ou a été abandonnée.
broadcast-progress = Diffusion #{ $id } — envoyés : { $sent }, non remis : { $failed }, restants : { $remaining } ({ $rate } par seconde, fin dans environ { $eta } min).
broadcast-done = Diffusion #{ $id } terminée — envoyés : { $sent }, non remis : { $failed } (bot bloqué, compte supprimé ou échec). { $skipped ->
        [0] { "" }
       *[other] Non envoyé aux discussions en mode sécurisé : { $skipped } (sans les liens, il ne restait rien).
    }
broadcast-button-languages = 🌐 Choisir les langues
broadcast-button-all = { $done ->
        [yes] ✓ Toutes les langues
       *[other] Toutes les langues
    }
digest-skipped = Points quotidiens non envoyés (ils tombaient pendant le verrouillage et n’étaient plus d’actualité à sa levée) : { $dates }.

# Photos, albums and link buttons of posts and broadcasts.
broadcast-photo-one = Une diffusion peut porter une photo, pas un album. Veuillez envoyer une photo avec /broadcast et le texte en légende.
