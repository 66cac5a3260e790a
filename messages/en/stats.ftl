# /stats. Viasna publishes two counts that must never be confused: people held now ("held"),
# and people recognised as political prisoners since 2020 ("recognised"). $date: the "as of" date.
stats-held =
    { $count ->
        [one] { NUMBER($count) } political prisoner is held in Belarus
       *[other] { NUMBER($count) } political prisoners are held in Belarus
    } (as of { DATETIME($date, dateStyle: "long") }).
stats-held-at-least =
    { $count ->
        [one] At least { NUMBER($count) } political prisoner was held in Belarus
       *[other] At least { NUMBER($count) } political prisoners were held in Belarus
    } (as of { DATETIME($date, dateStyle: "long") }).
stats-recognised-at-least =
    { $count ->
        [one] At least { NUMBER($count) } person has been recognised as a political prisoner since 2020
       *[other] At least { NUMBER($count) } people have been recognised as political prisoners since 2020
    } (as of { DATETIME($date, dateStyle: "long") }).
# $change: a signed number already formatted, such as "+12" or "−3".
stats-change-week = Change in about a week: { $change }.
stats-change-month = Change in about a month: { $change }.
stats-source-viasna = Source: Viasna Human Rights Centre, { $url }
# In safe mode: the same source, without a link.
stats-source-viasna-no-link = Source: Viasna Human Rights Centre.
stats-source-viasna-reported = Source: Viasna Human Rights Centre, as reported by independent media.
stats-source-manual = Entered by the campaign's admins ({ $note }).
stats-source-manual-bare = Entered by the campaign's admins.
# The live source has failed since $hours hours ago.
stats-stale =
    { $hours ->
        [one] The source could not be read for { NUMBER($hours) } hour: this is the last known figure.
       *[other] The source could not be read for { NUMBER($hours) } hours: this is the last known figure.
    }
stats-pledges =
    { $count ->
        [one] { NUMBER($count) } person has signed the campaign's demand (/pledge).
       *[other] { NUMBER($count) } people have signed the campaign's demand (/pledge).
    }
stats-none = No figure is known yet. Please try again later.

chart-title = Political prisoners held in Belarus
chart-source = Source: Viasna Human Rights Centre (spring96.org)

# /setstat, for admins, when the live source cannot be reached.
setstat-usage = Send: /setstat NUMBER [YYYY-MM-DD] [source]. For example: /setstat 1135 2025-12-23 spring96.org
setstat-done = Saved: { NUMBER($count) } political prisoners held as of { DATETIME($date, dateStyle: "long") }, marked as entered by an admin.

# Sent to the admins, once.
stats-alert-stale =
    { $hours ->
        [one] The political-prisoner count could not be fetched for { NUMBER($hours) } hour (last error: { $reason }). /stats shows the last known figure; /setstat enters a new one.
       *[other] The political-prisoner count could not be fetched for { NUMBER($hours) } hours (last error: { $reason }). /stats shows the last known figure; /setstat enters a new one.
    }
stats-alert-rejected = The source gave { NUMBER($value) } political prisoners, far from the last figure ({ NUMBER($previous) }). It is kept aside and not shown. Check { $url }; if it is right, enter it with /setstat.

command-stats = How many political prisoners are held now

# /share and inline mode: a card anyone can forward. $count and $date: the latest figure held now.
share-card =
    { $count ->
        [one] { NUMBER($count) } political prisoner is held in Belarus
       *[other] { NUMBER($count) } political prisoners are held in Belarus
    } (Viasna Human Rights Centre, as of { DATETIME($date, dateStyle: "long") }). Every one of them must be freed.
share-link = Stand with them: { $link }
command-share = A card about the political prisoners to forward

# Whenever the newest figure is older than STATS_STALE_HOURS: /stats and the digest say how old. $days: whole days since its date.
stats-age =
    { $days ->
        [one] This figure is { NUMBER($days) } day old.
       *[other] This figure is { NUMBER($days) } days old.
    }
# Sent to the admins once, after a long silence (a fresh install): a reading that waits to be accepted.
# $value and $date: the reading; $previous and $previous_date: the last figure the bot knows.
stats-alert-awaiting = The source gives { NUMBER($value) } political prisoners held as of { DATETIME($date, dateStyle: "long") } ({ $url }). The last figure the bot knows is { NUMBER($previous) }, as of { DATETIME($previous_date, dateStyle: "long") }: too long ago to take a new one unchecked, so /stats still shows the old one. If the new figure is right, accept it with the button below; if not, enter the right one: /setstat NUMBER YYYY-MM-DD source.
# The button under stats-alert-awaiting, and the answers to a press on it.
stats-awaiting-accept = Accept { NUMBER($value) }
stats-awaiting-accepted = Accepted: { NUMBER($count) } political prisoners held as of { DATETIME($date, dateStyle: "long") }. /stats shows it now, and the next readings are checked against it.
stats-awaiting-gone = This reading is no longer waiting: it has already been accepted. /stats shows the current figure.
stats-awaiting-outdated = A newer figure is already in place ({ NUMBER($count) } as of { DATETIME($date, dateStyle: "long") }), so this reading was not stored.
