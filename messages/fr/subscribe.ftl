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

broadcast-usage = Envoyez /broadcast, puis éventuellement des codes de langue, puis le texte, par exemple : /broadcast be,ru <b>Demain</b>, c’est le 21 mai. Sans codes, tous les abonnés le reçoivent. Mise en forme : HTML Telegram.
broadcast-preview = Ci-dessus, le message exactement tel que les abonnés le recevront. Destinataires : { $count ->
        [one] { $count } abonné
        [many] { $count } d’abonnés
       *[other] { $count } abonnés
    } (langues : { $languages }). Confirmez pour l’envoyer maintenant.
broadcast-button-confirm = ✅ Envoyer aux abonnés
broadcast-started = La diffusion #{ $id } est en cours ; un message d’état suivra sa progression.
broadcast-discarded = La diffusion est abandonnée ; rien n’a été envoyé.
broadcast-gone = Cette diffusion a déjà commencé ou a été abandonnée.
broadcast-progress = Diffusion #{ $id } — envoyés : { $sent }, non remis : { $failed }, restants : { $remaining } ({ $rate } par seconde, fin dans environ { $eta } min).
broadcast-done = Diffusion #{ $id } terminée — envoyés : { $sent }, non remis : { $failed } (bot bloqué, compte supprimé ou échec). { $skipped ->
        [0] { "" }
       *[other] Non envoyé aux discussions en mode sécurisé : { $skipped } (sans les liens, il ne restait rien).
    }
