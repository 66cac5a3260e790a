# Safe mode: for people in Belarus or who travel there, where supporting the campaign is prosecuted
# and phones are searched at the border. $minutes: SAFE_MODE_DELETE_MINUTES.
safe-ask =
    Vienas klausimas – dėl jūsų saugumo: ar esate Baltarusijoje arba ten keliaujate?
    Jei taip, galiu veikti saugiuoju režimu: savo patvirtinimus apie jūsų parašą ir prenumeratą iš šio pokalbio ištrinsiu po { $minutes ->
        [one] { NUMBER($minutes) } minutės
        [few] { NUMBER($minutes) } minučių
        [many] { NUMBER($minutes) } minutės
       *[other] { NUMBER($minutes) } minučių
    } nuo jų išsiuntimo ir nesiųsiu jums jokių nuorodų. Tai bet kada galite pakeisti komanda /safe.
safe-button-on = Taip, įjungti saugųjį režimą
safe-button-off = Ne
safe-state-on = Saugusis režimas įjungtas.
safe-state-off = Saugusis režimas išjungtas.
safe-on =
    Saugusis režimas įjungtas. Savo patvirtinimus apie jūsų parašą ir prenumeratą, taip pat jūsų komandas, susijusias su jais, ištrinu po { $minutes ->
        [one] { NUMBER($minutes) } minutės
        [few] { NUMBER($minutes) } minučių
        [many] { NUMBER($minutes) } minutės
       *[other] { NUMBER($minutes) } minučių
    } nuo išsiuntimo ir nesiunčiu jums nuorodų. Ši žinutė taip pat išnyks.
# The steps only the person can take; Telegram's menus as they are named in the apps.
safe-steps =
    Ką galite padaryti tik jūs:
    • Ištrinkite savo žinutes čia: paspauskite žinutę ir palaikykite, tada pasirinkite ištrynimą („Delete“).
    • Įjunkite šiam pokalbiui Telegram automatinį ištrynimą: atidarykite pokalbio meniu (⋮ arba boto vardą viršuje), pasirinkite automatinį ištrynimą („Auto-Delete“), tada 1 dieną.
    • Prieš kelionę į Baltarusiją ištrinkite visą šį pokalbį: paspauskite jį pokalbių sąraše ir palaikykite, tada pasirinkite pokalbio ištrynimą („Delete chat“).
safe-off = Saugusis režimas išjungtas. Kad vėl jį įjungtumėte, išsiųskite /safe.

# Shown before the pledge buttons, in safe mode.
pledge-safe-warning =
    Prieš pasirašydami žinokite: jei Baltarusijoje bus patikrintas jūsų telefonas, įrašas apie šį parašą gali būti panaudotas prieš jus ir jūsų šeimą. Savo patvirtinimą ištrinsiu po { $minutes ->
        [one] { NUMBER($minutes) } minutės
        [few] { NUMBER($minutes) } minučių
        [many] { NUMBER($minutes) } minutės
       *[other] { NUMBER($minutes) } minučių
    } nuo išsiuntimo, bet šį pokalbį ištrinti galite tik jūs. Pasirašyti galite ir be vardo.

# /privacy. $days: RETENTION_DAYS; $minutes: SAFE_MODE_DELETE_MINUTES.
privacy-text =
    Ką saugo šis botas ir kiek laiko:
    • Kai pasirenkate kalbą: kodas, apskaičiuotas iš jūsų paskyros naudojant slaptąjį raktą (ne paskyros ID ir ne naudotojo vardas), kalba ir tai, ar įjungtas saugusis režimas. Saugoma, kol išsiųsite /forget.
    • Kai pasirašote: tas pats kodas, jūsų parašo eilės numeris, data, jūsų kalba, o jūsų vardas – tik jei nusprendėte pasirašyti savo vardu. Saugoma iki /unpledge arba /forget.
    • Viešame žurnale, pagal kurį bet kas gali patikrinti parašų skaičių: anoniminis įrašas apie kiekvieną parašą ir kiekvieną atšaukimą, be jokių duomenų apie jus. Saugoma visam laikui: /unpledge ir /forget prideda atšaukimo įrašą ir nieko neištrina.
    • Kai užsiprenumeruojate suvestinę: tas pats kodas, jūsų kalba ir užšifruotas jūsų pokalbio adresas. Saugoma iki /unsubscribe arba /forget.
    • Įrašai apie tai, kurios žinutės buvo pristatytos, ir apie kampanijos administratorių veiksmus: ištrinami po { $days ->
        [one] { NUMBER($days) } dienos
        [few] { NUMBER($days) } dienų
        [many] { NUMBER($days) } dienos
       *[other] { NUMBER($days) } dienų
    }.
    • Niekada nesaugoma: jūsų žinučių tekstas, jūsų naudotojo vardas, jūsų telefono numeris. Boto žurnaluose nėra nei paskyrų ID, nei vardų.
    Saugiuoju režimu (/safe) savo patvirtinimus iš šio pokalbio ištrinu po { $minutes ->
        [one] { NUMBER($minutes) } minutės
        [few] { NUMBER($minutes) } minučių
        [many] { NUMBER($minutes) } minutės
       *[other] { NUMBER($minutes) } minučių
    }.
    Norėdami iš karto ištrinti viską, išsiųskite /forget.
# $accounts: OFFICIAL_ACCOUNTS, comma-separated handles.
official-accounts = Tikrosios kampanijos paskyros: { $accounts }. Yra į jas panašių botų ir kanalų: prieš pasirašydami ar kuo nors dalydamiesi patikrinkite tikslų pavadinimą.

command-safe = Saugusis režimas žmonėms, kurie yra Baltarusijoje ar ten keliauja
command-privacy = Ką botas saugo apie jus ir kiek laiko

# Owners (OWNER_IDS) only. $word: the word to type to confirm.
owner-only = Ši komanda skirta tik kampanijos savininkams.
lockdown-ask = Blokavimas iš karto sustabdo visus įrašus, siuntimus, įrašus apie pasiektus etapus ir eksportus visuose boto egzemplioriuose, kol savininkas jo neatšauks. Tuo metu administratorių komandos nevykdomos. Kad patvirtintumėte, išsiųskite: /lockdown { $word }
lockdown-on = Blokavimas įjungtas. Nieko neskelbiama, nesiunčiama ir neeksportuojama, kol savininkas neišsiųs /unlock. Nebaigti administratorių siuntimai atšaukti. Eilėje esantys įrašai sulaikyti; įrašas, kurio laikas iki blokavimo atšaukimo praeis daugiau nei leistinu vėlavimu, bus pažymėtas kaip praleistas. Savininkai vis tiek gali naudoti /queue ir /cancel.
lockdown-already = Blokavimas jau įjungtas. Jį atšaukia /unlock.
lockdown-refused = Įjungtas blokavimas: įrašai, siuntimai ir eksportai sustabdyti, kol savininkas neišsiųs /unlock.
unlock-ask = Pirmiausia patikrinkite /queue: įrašai, į eilę įtraukti iš užvaldytos paskyros, bus išsiųsti, kai tik blokavimas bus atšauktas, o kasdienis siuntimas atsinaujins. Kad jį atšauktumėte, išsiųskite: /unlock { $word }
unlock-done = Blokavimas atšauktas: įrašai, siuntimai ir eksportai vėl vyksta.
unlock-none = Blokavimas neįjungtas.
# $count: signers now.
wipe-ask =
    Tai visam laikui ištrins visų pasirašiusiųjų ({ $count ->
        [one] { NUMBER($count) } žmogus
        [few] { NUMBER($count) } žmonės
        [many] { NUMBER($count) } žmogaus
       *[other] { NUMBER($count) } žmonių
    }) paskyrų kodus ir vardus. Bendras parašų skaičius ir pasiekti etapai liks. Po to niekas nebegalės atsiimti ar ištrinti savo parašo, o pasirašęs dar kartą žmogus bus įskaičiuotas dar kartą. Kad patvirtintumėte, išsiųskite: /wipe_signers { $word } { NUMBER($count, useGrouping: 0) }
wipe-done =
    Gerai: pasirašiusiųjų ({ $count ->
        [one] { NUMBER($count) } žmogus
        [few] { NUMBER($count) } žmonės
        [many] { NUMBER($count) } žmogaus
       *[other] { NUMBER($count) } žmonių
    }) paskyrų kodai ir vardai čia nebesaugomi. Bendras parašų skaičius nepasikeitė: { NUMBER($total) }.

# /pledge from someone who has not answered the safety question yet: shown above the pledge, with a button.
pledge-safe-hint = Esate Baltarusijoje arba ten keliaujate? Prieš pasirašydami įjunkite saugųjį režimą: tada ištrinsiu savo patvirtinimus iš šio pokalbio.
pledge-safe-button = Pirmiausia saugusis režimas
