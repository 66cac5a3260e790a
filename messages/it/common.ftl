# Shown in the language picker: the name of this language, written in this language.
language-name = Italiano

start-greeting =
    Ciao! Questo bot fa parte della campagna per la liberazione di tutti i prigionieri politici in Bielorussia.
    Spiega che cosa chiede la campagna e aiuta a sostenere chi si trova dietro le sbarre.
start-choose-language = In quale lingua vuoi che ti scriva? Puoi cambiarla in qualsiasi momento con /lang.
start-next-steps = Invia /pledge per firmare la richiesta di liberazione di tutti i prigionieri politici, /about per leggere che cosa chiede la campagna, oppure /help per vedere tutto ciò che posso fare.

help-text =
    Ecco che cosa posso fare:
    /stats — quanti prigionieri politici sono detenuti ora, con l’indicazione della fonte
    /share — un messaggio sui prigionieri politici da inoltrare
    /letters — scrivere ai prigionieri politici: compleanni, indirizzi e come scrivere
    /about — che cosa chiede la campagna e quando ricorre la Giornata di solidarietà
    /pledge — firmare la richiesta di liberazione di tutti i prigionieri politici
    /unpledge — ritirare la tua firma
    /verify — verificare la tua ricevuta nel registro pubblico delle firme
    /subscribe — un aggiornamento quotidiano da parte mia: il numero dei prigionieri politici e il messaggio di solidarietà del giorno
    /unsubscribe — interrompere l’aggiornamento quotidiano
    /forget — cancellare tutto ciò che il bot conserva su di te
    /safe — la modalità sicura, per chi è in Bielorussia o ci va in viaggio
    /privacy — che cosa conserva il bot su di te, e per quanto tempo
    /lang — scegliere la lingua in cui comunichiamo
    /help — questo elenco

lang-choose = Scegli la lingua:
lang-changed = Fatto: d’ora in poi ti scriverò in italiano.
lang-unknown = Non conosco la lingua «{ $code }». Tocca uno dei pulsanti qui sotto oppure invia /lang seguito da uno di questi codici: { $codes }.

unknown-command = Non conosco il comando { $command }. Invia /help per vedere che cosa posso fare.
free-text = Rispondo solo ai comandi. Invia /help per vederli.
button-unknown = Questo pulsante non è più valido. Invia /help per vedere che cosa posso fare.
error-generic = Scusaci, si è verificato un problema da parte nostra. Riprova tra un minuto, per favore.

# Descriptions in the Telegram command menu (at most 256 characters each).
command-start = Avviare e scegliere la lingua
command-about = Che cosa chiede la campagna
command-lang = Cambiare lingua
command-help = Che cosa può fare questo bot

# Printed once when the bot runs as a local chat in the terminal (no Telegram token set).
console-banner = Chat locale nel terminale (nessun token Telegram impostato). Digita /start per iniziare, il numero di un pulsante per premerlo e Ctrl+D per uscire.

# In a group chat, for commands whose answer is personal (/pledge, /lang, /forget…).
private-only = Per mantenere riservate le tue scelte, inviami questo comando in una chat privata, non in un gruppo.
