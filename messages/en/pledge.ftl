# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    By signing you join the demand:
    “The immediate and unconditional release of all political prisoners in Belarus.”

    What the bot keeps: a code computed from your account with a secret key (not your account id or username), your signer number, the date, your language, and your name only if you choose to sign with it. This lets us count each person once. /unpledge withdraws your signature; /forget erases everything. Your signature also adds an anonymous entry to the public log that lets anyone check the count; it holds nothing about you, and /unpledge or /forget adds a withdrawal rather than deleting it.
pledge-sign-named = Sign with my name: { $name }
pledge-sign-anonymous = Sign anonymously
pledge-cancel = Cancel
pledge-cancelled = Nothing was signed. You can come back with /pledge at any time.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Thank you. You are signer #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] { NUMBER($count) } person has signed so far.
       *[other] { NUMBER($count) } people have signed so far.
    }
pledge-already = You already signed on { DATETIME($date, dateStyle: "long") }. Thank you. To withdraw, send /unpledge.
pledge-disabled = Signing is not available on this bot yet. Please try again later.
pledge-slow-down = You have signed and withdrawn several times in a short while. Please wait { $minutes ->
        [one] a minute
       *[other] { NUMBER($minutes) } minutes
    } and try again.

unpledge-done = Your signature is withdrawn and no longer counted. You can sign again with /pledge.
unpledge-none = You have not signed. To sign, send /pledge.

forget-confirm = This erases everything the bot keeps about you: your signature, your language choice and any other records. It cannot be undone.
forget-yes = Erase everything
forget-no = Keep my data
forget-done = Done: everything the bot kept about you is erased.
forget-kept = Nothing was erased.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } person has signed
       *[other] { NUMBER($count) } people have signed
    } the demand for the immediate and unconditional release of all political prisoners in Belarus. Add your signature: { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = This command is for the campaign's admins.
# $count: rows in the file; $date: when it was made.
export-caption =
    { $count ->
        [one] { NUMBER($count) } signature
       *[other] { NUMBER($count) } signatures
    }, exported { DATETIME($date, dateStyle: "long") }. Keep this file safe: it lists who signed.

command-pledge = Sign the demand to free all political prisoners
command-unpledge = Withdraw your signature
command-forget = Erase everything the bot keeps about you
