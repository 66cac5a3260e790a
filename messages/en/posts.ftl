# The admins' post queue (/newpost, /queue, /edit, /cancel) and the reports after a post goes out.
# Times are shown as admins type them: 2027-05-21 09:00 Europe/Minsk. Language codes stay as codes.

post-ask-when =
    New post. When should it go out? Send the date, time and time zone, for example:
    { $example }
    Without a zone, { $zone } is used.
post-when-format = I could not read “{ $input }” as a date and time. Please use the form { $example }.
post-when-ambiguous = “{ $input }” can be read more than one way (day and month may be swapped). Please write the year first: { $example }.
post-when-zone = I don't know the time zone “{ $zone }”. Use a name such as Europe/Minsk, Europe/Warsaw or Europe/Vilnius: { $example }.
post-when-clock-change = At { $input } the clocks change in { $zone }, so that time happens twice or not at all. Please choose another minute.
post-when-past = That time has already passed (it is now { $now }). Please send a time in the future, for example { $example }.
post-when-passed = The post's time has passed while it was being prepared. Tap “Time” to set a new one; nothing was queued.

post-texts-menu =
    { $editing ->
        [yes] Editing post #{ $id }. The queued version stays as it is until you confirm the new one.
       *[no] Post for { $when }.
    }
    Time: { $when }
    Texts written: { $written }
    Channels: { $channels }
    Tap a language to write its text, or send a message that starts with its code, such as “be: …”. Formatting: Telegram HTML (<b>bold</b>, <i>italic</i>, <a href="https://…">link</a>); write & as &amp;.
post-texts-how = Tap a language first, or start your message with the language code and a colon, for example “en: Today we stand with every political prisoner.”
post-ask-text =
    Send the text for { $language }.
    { $has_text ->
        [yes] It will replace the text written before.
       *[no] It will be posted exactly as you send it.
    }
post-no-texts = There is no text yet. Tap a language and send its text first.
post-ask-fallback = There is no text for the channels in: { $missing }. What should they get?
post-nothing-to-send = No channel would get this post: there is no text in a channel's language and no fallback, or TELEGRAM_CHANNELS is empty.

post-text-empty = The text is empty. Please send the text of the post.
post-text-too-long = The text is { $over } characters too long: Telegram allows { $limit } per message. Please shorten it and send it again.
post-text-entity = “{ $fragment }” is not valid HTML here: write & as &amp;, < as &lt; and > as &gt;. Please fix it and send the text again.
post-text-tag = Telegram does not support the tag “{ $fragment }”. Use <b>, <i>, <u>, <s>, <a href="…">, <code>, <pre> or <blockquote>, or write < as &lt;.
post-text-unclosed = The tag <{ $tag }> is not closed (or closed in the wrong order). Please close it, for example <b>bold</b>, and send the text again.

post-preview-head = Preview: { $count ->
        [one] { $count } channel
       *[other] { $count } channels
    } at { $when }. Each message below is exactly what the channel will get.
post-preview-variant = ▼ { $channel } ({ $locale }{ $fallback ->
        [yes] , with the { $text_locale } text
       *[no] {""}
    }):
post-preview-confirm =
    Channels that get nothing: { $skipped }.
    Confirm to queue the post exactly as shown.
post-queued = Post #{ $id } is queued for { $when } ({ $count ->
        [one] { $count } channel
       *[other] { $count } channels
    }). /queue lists what is coming; /edit { $id } or /cancel { $id } change it until it goes out.
post-draft-changed = This preview is out of date: the draft has changed since. Please look at the new preview and confirm that one.
post-too-late = Post #{ $id } has already started going out or was cancelled, so it can no longer be changed. Your edit was not queued.
post-no-draft = There is no post being prepared. Start one with /newpost.
post-discarded = The draft is discarded; nothing was queued.

post-queue-empty = No posts are queued. Start one with /newpost.
post-queue-head = { $count ->
        [one] { $count } post is coming:
       *[other] { $count } posts are coming:
    }
post-queue-item = #{ $id } · { $when } · { $kind ->
        [daily] daily post
       *[other] texts: { $languages }
    } · { $channels ->
        [one] { $channels } channel
       *[other] { $channels } channels
    }
post-id-usage = Please add the post's number, for example: { $command } 12. /queue shows the numbers.
post-cancelled = Post #{ $id } is cancelled; it will not go out.
post-not-changeable = There is no queued post #{ $id } that can still be changed: it may have gone out, started going out, or been cancelled. /queue shows what is coming.

post-report = { $daily ->
        [yes] Daily post of { $when }
       *[other] Post #{ $id } ({ $when })
    }: { $sent } of { $total } sent.
post-report-sent = ✓ { $locale } → { $channel }: { $link }
post-report-not-sent = ✗ { $locale } → { $channel }: { $status ->
        [missed] missed (the bot was not running at that time)
        [refused] refused by Telegram ({ $reason }); check that the bot is an admin of the channel
        [unknown] unknown: the bot stopped while sending; please check the channel
        [lockdown] missed (a lockdown was on at that time)
       *[other] failed ({ $reason })
    }

post-button-language = { $done ->
        [yes] ✓ { language-name }
       *[other] { language-name }
    }
post-button-when = 🕘 Time
post-button-preview = Preview ▶
post-button-discard = Discard
post-button-back = ◀ Back
post-button-remove = Remove this text
post-button-confirm = ✅ Confirm and queue
post-button-fallback = Use the { $language } text
post-button-skip = Skip those channels

# Repeating posts (issue 19): daily or weekly, until a date or a number of times, each a post of its own.
post-button-repeat = 🔁 Repeat
post-ask-repeat =
    Should the post repeat? It first goes out at { $when }; each repeat goes to every channel once, at the same local time.
post-button-repeat-daily = Every day
post-button-repeat-weekly = Every week
post-button-repeat-none = Only once
post-ask-repeat-end = { $every ->
        [daily] Every day
       *[weekly] Every week
    } until when? Send the last date, for example 2027-05-21, or how many times in all, for example 4 (at most { $max }).
post-repeat-no-end = A repeat needs an end. Send the last date, for example 2027-05-21, or how many times in all, for example 4.
post-repeat-count = The number of times must be from 1 to { $max } (you sent { $count }). Send another number, or the last date.
post-repeat-ends-before = The last date, { $until }, is before the first post on { $first }. Send a later date, or how many times in all.
post-repeat-too-many = Until { $until } that would be more than { $max } posts. Send an earlier date, or how many times in all.
post-repeat-line = Repeat: { $every ->
        [daily] every day, { $times ->
            [one] { $times } time
           *[other] { $times } times
        }, the last at { $last }
        [weekly] every week, { $times ->
            [one] { $times } time
           *[other] { $times } times
        }, the last at { $last }
       *[none] no, only once
    }
post-queue-repeat = { "   " }↻ { $every ->
        [daily] every day
       *[weekly] every week
    } · { $times ->
        [one] { $times } time to go
       *[other] { $times } times to go
    } · the last at { $last }
post-cancelled-repeat = Post #{ $id } is cancelled: none of its remaining times will go out. Those already sent stay in the channels.
# Photos, albums and link buttons of posts and broadcasts.
post-menu-media =
    Photos: { $photos } (described in: { $described }). Send a photo or an album of up to 10 to add it; its caption counts as a text.
    Buttons: { $buttons } (own labels in: { $button_languages }).
post-button-photos = 🖼 Photos
post-button-links = 🔗 Buttons
post-button-remove-photos = Remove the photos
post-photos-menu = Photos in the post: { $count }. Mastodon needs a description (alt text) of each photo in the language of every Mastodon copy. Tap a language to write its descriptions.
post-photos-how = The post has no photo yet. While the draft is open, send a photo or an album of up to 10.
post-photos-removed = The photos are removed; the post is text only now.
post-ask-alt = Send the descriptions in { $language }: what someone who cannot see the photos should know. Photos: { $count }; one line per photo, in their order (for a single photo, the whole message).
post-ask-buttons =
    Send up to { $limit } buttons, one per line, as “label | https://…”, for example:
    Sign the appeal | https://spring96.org
    Start with a language code and a colon (“be: …”) for labels in that language only; without one, the buttons serve every language. Send “-” to remove them.
post-photo-no-draft = I can use a photo only while you prepare a post: start one with /newpost. To send a photo to subscribers, put /broadcast and the text in its caption.
post-photo-not-yet = First send the post's date and time; then its photos.
post-photo-not-image = This file is not an image. Please send a photo.
post-photo-as-file = Please send the image as a photo, not as a file: channels get it by Telegram's own copy of the photo.
post-photo-too-large = The file is { $size } MB; the bot can take at most { $limit } MB. Please send a smaller image.
post-caption-too-long = The { $language } text is { $over } characters too long to go under a photo: Telegram allows { $limit } in a caption. Please shorten it and send it again.
post-album-too-many = An album can have at most { $limit } photos. Please send it again with fewer.
post-album-caption-first = Only the first photo of an album can carry the text. Please send the album again with the caption on the first photo only; nothing was queued.
post-alt-count = Photos: { $count }, descriptions received: { $given }. Please send one line per photo, in their order.
post-alt-too-long = A description is { $over } characters too long: Mastodon allows { $limit }. Please shorten it.
post-alt-missing = The post goes to Mastodon, which needs a description of every photo. Missing in: { $languages }. Tap “Photos”, then the language, and send the descriptions; nothing was queued.
post-buttons-too-many = That is { $count } buttons; a post can have at most { $limit }. Please send fewer.
post-buttons-format = I could not read “{ $line }” as a button. Write one per line: label | https://…
post-buttons-https = The link in “{ $line }” must start with https://. Please fix it and send the buttons again.

# Confirming an edit of a queued post that another admin's confirmed edit changed meanwhile.
post-edit-stale = Another admin changed post #{ $id } after you began editing it, so your edit was not queued. Open it again to start from their version.
