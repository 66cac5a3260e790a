# Shown in the language picker: the name of this language, written in this language.
language-name = Deutsch

start-greeting =
    Guten Tag! Dieser Bot ist Teil der Kampagne für die Freilassung aller politischen Gefangenen in Belarus.
    Er erklärt, was die Kampagne fordert, und hilft Ihnen, den Menschen hinter Gittern beizustehen.
start-choose-language = In welcher Sprache soll ich Ihnen schreiben? Sie können sie jederzeit mit /lang ändern.
start-next-steps = Senden Sie /pledge, um die Forderung nach Freilassung aller politischen Gefangenen zu unterschreiben, /about, um zu lesen, was die Kampagne fordert, oder /help, um alles zu sehen, was ich kann.

help-text =
    Was ich kann:
    /stats — wie viele politische Gefangene derzeit festgehalten werden, mit Quellenangabe
    /share — eine Nachricht über die politischen Gefangenen zum Weiterleiten
    /letters — politischen Gefangenen schreiben: Geburtstage, Adressen und wie ein Brief ankommt
    /about — was die Kampagne fordert und wann der Tag der Solidarität ist
    /pledge — die Forderung nach Freilassung aller politischen Gefangenen unterschreiben
    /unpledge — Ihre Unterschrift zurückziehen
    /verify — Ihre Quittung im öffentlichen Unterschriftenprotokoll prüfen
    /subscribe — ein tägliches Update von mir: die Zahl der politischen Gefangenen und die Solidaritätsbotschaft des Tages
    /unsubscribe — das tägliche Update abbestellen
    /forget — alles löschen, was der Bot über Sie speichert
    /safe — der Schutzmodus für Menschen in Belarus oder auf Reisen dorthin
    /privacy — was der Bot über Sie speichert und wie lange
    /lang — die Sprache wählen, in der ich Ihnen schreibe
    /help — diese Liste

lang-choose = Wählen Sie Ihre Sprache:
lang-changed = Erledigt: Ab jetzt schreibe ich Ihnen auf Deutsch.
lang-unknown = Die Sprache „{ $code }“ kenne ich nicht. Tippen Sie auf eine der Schaltflächen unten oder senden Sie /lang mit einem dieser Codes: { $codes }.

unknown-command = Den Befehl { $command } kenne ich nicht. Senden Sie /help, um zu sehen, was ich kann.
free-text = Ich antworte nur auf Befehle. Senden Sie /help, um sie zu sehen.
button-unknown = Diese Schaltfläche ist nicht mehr gültig. Senden Sie /help, um zu sehen, was ich kann.
error-generic = Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es in einer Minute noch einmal.

# Descriptions in the Telegram command menu (at most 256 characters each).
command-start = Starten und Sprache wählen
command-about = Was die Kampagne fordert
command-lang = Sprache ändern
command-help = Was dieser Bot kann

# Printed once when the bot runs as a local chat in the terminal (no Telegram token set).
console-banner = Lokaler Chat im Terminal (kein Telegram-Token gesetzt). Geben Sie /start ein, um zu beginnen, die Nummer einer Schaltfläche, um sie zu drücken, und Strg+D, um das Programm zu beenden.

# In a group chat, for commands whose answer is personal (/pledge, /lang, /forget…).
private-only = Damit Ihre Entscheidungen privat bleiben, senden Sie mir diesen Befehl bitte in einem privaten Chat und nicht in einer Gruppe.
