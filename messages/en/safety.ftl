# Safe mode: for people in Belarus or who travel there, where supporting the campaign is prosecuted
# and phones are searched at the border. $minutes: SAFE_MODE_DELETE_MINUTES.
safe-ask =
    One question, for your safety: are you in Belarus, or do you travel there?
    If so, I can work in safe mode: I delete my confirmations of your signature and subscription from this chat { $minutes ->
        [one] a minute
       *[other] { NUMBER($minutes) } minutes
    } after sending them, and I send you no links. You can change this at any time with /safe.
safe-button-on = Yes, use safe mode
safe-button-off = No
safe-state-on = Safe mode is on.
safe-state-off = Safe mode is off.
safe-on =
    Safe mode is on. I delete my confirmations of your signature and subscription, and your commands for them, { $minutes ->
        [one] a minute
       *[other] { NUMBER($minutes) } minutes
    } after they are sent, and I send you no links. This message will disappear too.
# The steps only the person can take; Telegram's menus as they are named in the apps.
safe-steps =
    What only you can do:
    • Delete your own messages here: press and hold a message, then Delete.
    • Turn on Telegram's auto-delete for this chat: open the chat's menu (⋮ or the bot's name at the top), choose Auto-delete, then 1 day.
    • Before you travel to Belarus, delete this whole chat: press and hold it in your chat list, then Delete chat.
safe-off = Safe mode is off. Send /safe to turn it on again.

# Shown before the pledge buttons, in safe mode.
pledge-safe-warning =
    Before you sign: if your phone is searched in Belarus, a record of this signature could be used against you and your family. I delete my confirmation { $minutes ->
        [one] a minute
       *[other] { NUMBER($minutes) } minutes
    } after it is sent, but only you can delete this chat. You can sign without your name.

# /privacy. $days: RETENTION_DAYS; $minutes: SAFE_MODE_DELETE_MINUTES.
privacy-text =
    What this bot keeps, and for how long:
    • When you choose a language: a code computed from your account with a secret key (not your account id or username), the language, and whether safe mode is on. Kept until you send /forget.
    • When you sign: the same code, your signer number, the date, your language, and your name only if you chose to sign with it. Kept until /unpledge or /forget.
    • In the public log that lets anyone check the count: an anonymous entry for each signature and each withdrawal, with nothing about you in it. Kept for good: /unpledge and /forget add a withdrawal and delete nothing.
    • When you subscribe: the same code, your language, and your chat's address, encrypted. Kept until /unsubscribe or /forget.
    • Records of which messages were delivered, and of what the campaign's admins did: deleted after { $days ->
        [one] { NUMBER($days) } day
       *[other] { NUMBER($days) } days
    }.
    • Never kept: the text of your messages, your username, your phone number. The bot's logs contain no account ids or names.
    In safe mode (/safe) I delete my confirmations from this chat after { $minutes ->
        [one] a minute
       *[other] { NUMBER($minutes) } minutes
    }.
    To erase everything at once, send /forget.
# $accounts: OFFICIAL_ACCOUNTS, comma-separated handles.
official-accounts = The campaign's real accounts: { $accounts }. Look-alike bots and channels exist: check the exact name before you sign or share anything.

command-safe = Safe mode, for people in Belarus or travelling there
command-privacy = What the bot keeps about you, and for how long

# Owners (OWNER_IDS) only. $word: the word to type to confirm.
owner-only = This command is for the campaign's owners.
lockdown-ask = Lockdown stops every post, broadcast, milestone post and export, on every instance, at once, until an owner lifts it. Admin commands are refused meanwhile. To confirm, send: /lockdown { $word }
lockdown-on = Lockdown is on. Nothing is posted, broadcast or exported until an owner sends /unlock. Admin broadcasts that had not finished are cancelled. Queued posts are held; one whose time passes by more than the grace period before the lift is marked missed. Owners can still use /queue and /cancel.
lockdown-already = Lockdown is already on. /unlock lifts it.
lockdown-refused = Lockdown is on: posts, broadcasts and exports are stopped until an owner sends /unlock.
unlock-ask = Check /queue first: posts queued from a compromised account go out once the lockdown is lifted, and the daily digest resumes. To lift it, send: /unlock { $word }
unlock-done = The lockdown is lifted: posts, broadcasts and exports go on.
unlock-none = There is no lockdown.
# $count: signers now.
wipe-ask =
    This erases, for good, the account code and name of { $count ->
        [one] { NUMBER($count) } signer
       *[other] { NUMBER($count) } signers
    }. The total and the milestones stay. Afterwards nobody can withdraw or erase their own signature, and someone who signs again is counted again. To confirm, send: /wipe_signers { $word } { NUMBER($count, useGrouping: 0) }
wipe-done =
    Done: { $count ->
        [one] { NUMBER($count) } signer has
       *[other] { NUMBER($count) } signers have
    } no account code or name here any more. The total stays { NUMBER($total) }.

# /pledge from someone who has not answered the safety question yet: shown above the pledge, with a button.
pledge-safe-hint = In Belarus, or travelling there? Turn on safe mode before you sign: I will then delete my confirmations from this chat.
pledge-safe-button = Safe mode first
