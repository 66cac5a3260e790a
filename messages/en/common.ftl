# Shown in the language picker: the name of this language, written in this language.
language-name = English

start-greeting =
    Hello! This bot is part of the campaign for the release of all political prisoners in Belarus.
    It tells you what the campaign demands and helps you stand with those behind bars.
start-choose-language = Which language should I use with you? You can change it at any time with /lang.
start-next-steps = Send /pledge to sign the demand to free all political prisoners, /about to read what the campaign demands, or /help to see everything I can do.

help-text =
    What I can do:
    /stats — how many political prisoners are held now, with the source
    /share — a card about the political prisoners to forward
    /letters — write to political prisoners: birthdays, addresses and how to write
    /about — what the campaign demands, and when the Day of Solidarity is
    /pledge — sign the demand to free all political prisoners
    /unpledge — withdraw your signature
    /verify — check your pledge receipt in the public pledge log
    /subscribe — a daily update from me: the count, the day's solidarity message
    /unsubscribe — stop the daily update
    /forget — erase everything the bot keeps about you
    /safe — safe mode, for people in Belarus or travelling there
    /privacy — what the bot keeps about you, and for how long
    /lang — choose the language I speak with you
    /help — this list

lang-choose = Choose your language:
lang-changed = Done: from now on I will write to you in English.
lang-unknown = I don't know the language “{ $code }”. Tap one of the buttons below, or send /lang with one of: { $codes }.

unknown-command = I don't know the command { $command }. Send /help to see what I can do.
free-text = I answer commands only. Send /help to see them.
button-unknown = This button is no longer valid. Send /help to see what I can do.
error-generic = Sorry, something went wrong on our side. Please try again in a minute.

# Descriptions in the Telegram command menu (at most 256 characters each).
command-start = Start and choose your language
command-about = What the campaign demands
command-lang = Change the language
command-help = What this bot can do

# Printed once when the bot runs as a local chat in the terminal (no Telegram token set).
console-banner = Local chat in the terminal (no Telegram token is set). Type /start to begin, a button's number to press it, and Ctrl+D to quit.

# In a group chat, for commands whose answer is personal (/pledge, /lang, /forget…).
private-only = To keep your choices private, please send this command to me in a private chat, not in a group.
