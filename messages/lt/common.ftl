# Shown in the language picker: the name of this language, written in this language.
language-name = Lietuvių

start-greeting =
    Sveiki! Šis botas – dalis kampanijos, siekiančios išlaisvinti visus politinius kalinius Baltarusijoje.
    Jis paaiškina, ko reikalauja kampanija, ir padeda palaikyti tuos, kurie yra už grotų.
start-choose-language = Kokia kalba turėčiau su jumis bendrauti? Ją bet kada galite pakeisti komanda /lang.
start-next-steps = Išsiųskite /pledge, kad pasirašytumėte reikalavimą išlaisvinti visus politinius kalinius, /about, kad perskaitytumėte, ko reikalauja kampanija, arba /help, kad pamatytumėte viską, ką galiu padaryti.

help-text =
    Ką galiu padaryti:
    /stats — kiek politinių kalinių dabar laikoma, nurodant šaltinį
    /share — žinutė apie politinius kalinius, kurią galite persiųsti
    /letters — rašyti politiniams kaliniams: gimtadieniai, adresai ir kaip rašyti
    /about — ko reikalauja kampanija ir kada minima Solidarumo diena
    /pledge — pasirašyti reikalavimą išlaisvinti visus politinius kalinius
    /unpledge — atsiimti savo parašą
    /verify — patikrinti savo kvitą viešajame parašų žurnale
    /subscribe — kasdienė suvestinė: politinių kalinių skaičius ir dienos solidarumo žinutė
    /unsubscribe — atsisakyti kasdienės suvestinės
    /forget — ištrinti viską, ką botas apie jus saugo
    /safe — saugusis režimas žmonėms, kurie yra Baltarusijoje ar ten keliauja
    /privacy — ką botas apie jus saugo ir kiek laiko
    /lang — pasirinkti kalbą, kuria su jumis bendrauju
    /help — šis sąrašas

lang-choose = Pasirinkite kalbą:
lang-changed = Gerai: nuo šiol rašysiu jums lietuviškai.
lang-unknown = Nežinau kalbos „{ $code }“. Paspauskite vieną iš toliau esančių mygtukų arba išsiųskite /lang su vienu iš kodų: { $codes }.

unknown-command = Nežinau komandos { $command }. Išsiųskite /help, kad pamatytumėte, ką galiu padaryti.
free-text = Atsakau tik į komandas. Išsiųskite /help, kad jas pamatytumėte.
button-unknown = Šis mygtukas nebegalioja. Išsiųskite /help, kad pamatytumėte, ką galiu padaryti.
error-generic = Atsiprašome, mūsų pusėje įvyko klaida. Prašome pabandyti dar kartą po minutės.

# Descriptions in the Telegram command menu (at most 256 characters each).
command-start = Pradėti ir pasirinkti kalbą
command-about = Ko reikalauja kampanija
command-lang = Pakeisti kalbą
command-help = Ką gali šis botas

# Printed once when the bot runs as a local chat in the terminal (no Telegram token set).
console-banner = Vietinis pokalbis terminale (Telegram prieigos raktas nenustatytas). Įveskite /start, kad pradėtumėte, mygtuko numerį, kad jį paspaustumėte, ir Ctrl+D, kad išeitumėte.

# In a group chat, for commands whose answer is personal (/pledge, /lang, /forget…).
private-only = Kad jūsų pasirinkimai liktų privatūs, prašome išsiųsti šią komandą man privačiame pokalbyje, o ne grupėje.
