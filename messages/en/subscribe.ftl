# Subscriptions to the daily digest, and the admins' /broadcast with its progress.
# $time: DIGEST_TIME as HH:MM; $zone: the campaign's TIMEZONE (e.g. Europe/Minsk).

command-subscribe = A daily update on the political prisoners
command-unsubscribe = Stop the daily update

subscribe-button = 🔔 Daily update
unsubscribe-button = Stop the daily update
subscribe-done = Done: you will get a short update every day at { $time } ({ $zone } time), in this language. /unsubscribe stops it at any time.
subscribe-already = You are already subscribed: the update comes every day at { $time } ({ $zone } time). /unsubscribe stops it.
subscribe-telegram-only = The daily update is sent on Telegram only: find the bot there and send /subscribe.
unsubscribe-done = Done: no more daily updates. Nothing about your subscription is kept.
unsubscribe-none = You are not subscribed, so there is nothing to stop. /subscribe starts the daily update.

# The digest's first line. $date: today.
digest-title = Daily update, { DATETIME($date, dateStyle: "long") }

broadcast-usage = Send /broadcast and then the text, for example: /broadcast <b>Tomorrow</b> is the Day of Solidarity with Political Prisoners. The whole text goes out as you wrote it, line breaks included (formatting: Telegram HTML). In the preview you choose who gets it: every subscriber, or only those who read the languages you pick.
broadcast-preview = Above is the message exactly as subscribers will get it. Recipients: { $count ->
        [one] { $count } subscriber
       *[other] { $count } subscribers
    } ({ $languages ->
        [all] all languages
       *[other] only these languages: { $languages }
    }). Send it now, or choose the languages first.
broadcast-button-confirm = ✅ Send to subscribers
broadcast-started = Broadcast #{ $id } is going out; a status message will follow its progress.
broadcast-discarded = The broadcast is discarded; nothing was sent.
broadcast-gone = This broadcast has already started or been discarded.
broadcast-progress = Broadcast #{ $id }: { $sent } sent, { $failed } not delivered, { $remaining } to go ({ $rate } a second, about { $eta } min left).
broadcast-done = Broadcast #{ $id } is finished: { $sent } sent, { $failed } not delivered (blocked the bot, deleted the account, or failed). { $skipped ->
        [0] { "" }
       *[other] Not sent to { $skipped } safe-mode chats: nothing was left once the links were taken out.
    }
broadcast-button-languages = 🌐 Choose languages
broadcast-button-all = { $done ->
        [yes] ✓ All languages
       *[other] All languages
    }
digest-skipped = Daily updates not sent, because they fell due during the lockdown and were out of date when it was lifted: { $dates }.

# Photos, albums and link buttons of posts and broadcasts.
broadcast-photo-one = A broadcast can carry one photo, not an album. Please send one photo with /broadcast and the text as its caption.
