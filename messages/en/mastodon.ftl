# Replies to mentions on Mastodon. The words listed are those the bot understands in this language
# (bot/adapters/mastodon_words.py). Other languages add the English word in brackets: it always works too.
mastodon-subscribe-telegram-only = The daily update is sent on Telegram only: find the campaign's bot there and send /subscribe. Here on Mastodon, you can follow this account.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = To keep your choices private, send me this as a private mention (visible only to the people mentioned), not in a public post.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Mention me with one of these words:
    stats — how many political prisoners are held now, with the source
    pledge — sign the demand to free all political prisoners
    unpledge — withdraw your signature
    forget — erase everything the bot keeps about you (I ask you to confirm first)
    letters — write to political prisoners: birthdays and addresses (add a name to find one person)
    help — everything I can do
    lang xx — the language I write to you in: { $codes }
# The answer to "forget" in a private mention. $minutes: how long the question stays open.
mastodon-forget-confirm = { forget-confirm } To confirm, reply to this message with “yes” within { $minutes ->
        [one] a minute
       *[other] { NUMBER($minutes) } minutes
    }. Otherwise nothing is erased.
# "yes" that answers no open question (none asked, too late, or from another account).
mastodon-confirm-nothing = There is nothing to confirm. To erase everything the bot keeps about you, send me “forget” in a private mention, then reply “yes” to my question within { $minutes ->
        [one] a minute
       *[other] { NUMBER($minutes) } minutes
    }. Only the account that asked can confirm.
# An admin's menu on Mastodon: the words that stand for its buttons follow, one a line (mastodon-admin-word).
mastodon-admin-words = No buttons on Mastodon: send me one of these words in a private mention instead:
# $word: what to send (e.g. "preview", "fallback en"); $label: the button's label.
mastodon-admin-word = { $word } — { $label }
# The one button that decides (Confirm and queue, Accept): a reply $word ("yes") to this status presses it.
mastodon-admin-press = To press “{ $label }”, reply “{ $word }” to this message in a private mention.
