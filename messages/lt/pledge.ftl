# The pledge: a signature under the campaign's first demand (shared/campaign/FACTS.md).
pledge-intro =
    Pasirašydami prisijungiate prie reikalavimo:
    „Nedelsiamas ir besąlygiškas visų politinių kalinių Baltarusijoje išlaisvinimas“.

    Ką saugo botas: kodą, apskaičiuotą iš jūsų paskyros naudojant slaptąjį raktą (ne pačios paskyros ID ir ne naudotojo vardą), jūsų parašo eilės numerį, datą, jūsų kalbą, o jūsų vardą – tik jei nuspręsite pasirašyti savo vardu. Taip kiekvienas žmogus skaičiuojamas tik vieną kartą. Parašą galite atsiimti komanda /unpledge, o viską ištrinti – komanda /forget. Jūsų parašas taip pat prideda anoniminį įrašą į viešą žurnalą, pagal kurį bet kas gali patikrinti parašų skaičių; jame nėra nieko apie jus, o /unpledge ar /forget jo neištrina, tik prideda atšaukimo įrašą.
pledge-sign-named = Pasirašyti savo vardu: { $name }
pledge-sign-anonymous = Pasirašyti anonimiškai
pledge-cancel = Atšaukti
pledge-cancelled = Nieko nepasirašėte. Grįžti galite bet kada komanda /pledge.
# $number: this signer's number; $count: signatures in total now.
pledge-confirmed =
    Ačiū. Jūsų parašo numeris – #{ NUMBER($number, useGrouping: "true") }.
    { $count ->
        [one] Iki šiol pasirašė { NUMBER($count) } žmogus.
        [few] Iki šiol pasirašė { NUMBER($count) } žmonės.
        [many] Iki šiol pasirašė { NUMBER($count) } žmogaus.
       *[other] Iki šiol pasirašė { NUMBER($count) } žmonių.
    }
pledge-already = Jau pasirašėte { DATETIME($date, dateStyle: "long") }, ačiū. Norėdami atsiimti parašą, išsiųskite /unpledge.
pledge-disabled = Šiame bote pasirašyti kol kas negalima. Prašome pabandyti vėliau.
pledge-slow-down = Per trumpą laiką kelis kartus pasirašėte ir atsiėmėte parašą. Prašome palaukti { $minutes ->
        [one] { NUMBER($minutes) } minutę
        [few] { NUMBER($minutes) } minutes
        [many] { NUMBER($minutes) } minutės
       *[other] { NUMBER($minutes) } minučių
    } ir pabandyti dar kartą.

unpledge-done = Jūsų parašas atsiimtas ir nebeskaičiuojamas. Vėl pasirašyti galite komanda /pledge.
unpledge-none = Nesate pasirašę. Norėdami pasirašyti, išsiųskite /pledge.

forget-confirm = Bus ištrinta viskas, ką botas saugo apie jus: jūsų parašas, pasirinkta kalba ir visi kiti įrašai. To atšaukti nebus galima.
forget-yes = Ištrinti viską
forget-no = Palikti mano duomenis
forget-done = Gerai: viskas, ką botas saugojo apie jus, ištrinta.
forget-kept = Niekas nebuvo ištrinta.

# Sent to the campaign's channels when the number of signatures reaches a milestone. $bot: the bot's @username.
milestone-reached =
    { $count ->
        [one] { NUMBER($count) } žmogus pasirašė
        [few] { NUMBER($count) } žmonės pasirašė
        [many] { NUMBER($count) } žmogaus pasirašė
       *[other] { NUMBER($count) } žmonių pasirašė
    } reikalavimą dėl nedelsiamo ir besąlygiško visų politinių kalinių Baltarusijoje išlaisvinimo. Pridėkite ir savo parašą: { $bot }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

admin-only = Ši komanda skirta tik kampanijos administratoriams.
# $count: rows in the file; $date: when it was made.
export-caption =
    Eksportuota { DATETIME($date, dateStyle: "long") }: { $count ->
        [one] { NUMBER($count) } parašas
        [few] { NUMBER($count) } parašai
        [many] { NUMBER($count) } parašo
       *[other] { NUMBER($count) } parašų
    }. Laikykite šį failą saugiai: jame nurodyta, kas pasirašė.

command-pledge = Pasirašyti reikalavimą išlaisvinti visus politinius kalinius
command-unpledge = Atsiimti savo parašą
command-forget = Ištrinti viską, ką botas saugo apie jus
