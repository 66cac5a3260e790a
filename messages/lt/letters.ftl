# /letters: politinių kalinių gimtadieniai, kur ir kaip rašyti. Vardai ir adresai iš „Viasnos“ sąrašo, nekeisti.
command-letters = Rašyti politiniams kaliniams: gimtadieniai ir adresai
letters-no-data = Politinių kalinių adresų sąrašas dar neimportuotas: kampanijos administratoriai jį importuoja iš „Viasnos“ sąrašo. O kol kas galite paskaityti, kaip parašyti laišką, kad jis nueitų.
letters-guide-button = Kaip rašyti
letters-query-too-long = Vardui tai per ilga: siųskite ne daugiau kaip { $limit } ženklų, pavyzdžiui, /letters Ales.
letters-week-none = Šiandien ir per artimiausias 7 dienas gimtadienių nėra.
letters-week-title =
    { $count ->
        [one] { NUMBER($count) } gimtadienis šiandien ir per artimiausias 7 dienas. Pirmiausia tie, kuriems rašo mažiausiai:
        [few] { NUMBER($count) } gimtadieniai šiandien ir per artimiausias 7 dienas. Pirmiausia tie, kuriems rašo mažiausiai:
        [many] { NUMBER($count) } gimtadienio šiandien ir per artimiausias 7 dienas. Pirmiausia tie, kuriems rašo mažiausiai:
       *[other] { NUMBER($count) } gimtadienių šiandien ir per artimiausias 7 dienas. Pirmiausia tie, kuriems rašo mažiausiai:
    }
letters-more =
    { $count ->
        [one] …ir dar { NUMBER($count) }. Norėdami rasti žmogų, siųskite /letters ir vardą.
       *[other] …ir dar { NUMBER($count) }. Norėdami rasti žmogų, siųskite /letters ir vardą.
    }
letters-month-title =
    { $count ->
        [one] { NUMBER($count) } gimtadienis, mėnuo – { $month }:
        [few] { NUMBER($count) } gimtadieniai, mėnuo – { $month }:
        [many] { NUMBER($count) } gimtadienio, mėnuo – { $month }:
       *[other] { NUMBER($count) } gimtadienių, mėnuo – { $month }:
    }
letters-month-name = { $day }: { $name }
letters-more-month =
    { $count ->
        [one] …ir dar { NUMBER($count) } šį mėnesį.
       *[other] …ir dar { NUMBER($count) } šį mėnesį.
    }
letters-found =
    { $count ->
        [one] Rasta:
       *[other] Rasta: { NUMBER($count) }
    }
letters-found-more = Yra ir daugiau: pridėkite pavardę ar vardą, kad susiaurintumėte paiešką.
letters-nearest = Būtent tokiu vardu nieko nėra. Artimiausi vardai:
letters-not-found = Sąraše neradau nieko tokiu vardu. Pabandykite kitaip parašyti arba tik pavardę.
letters-birthday = 🎂 { $day }: { $name }
letters-birthday-age = 🎂 { $day }: { $name }, sukanka { $age }
letters-person = { $name }
letters-person-born = { $name }, gimimo data: { DATETIME($date, dateStyle: "long") }
letters-person-born-day = { $name }, gimtadienis { $day }
letters-no-address = { $prison }: sąraše pašto adreso nėra.
letters-recipient = Кому: { $name }
letters-recipient-year = Кому: { $name }, { $year } г. р.
letters-address = Куда: { $address }
letters-updated = Sąrašas – „Viasnos“, importuotas { DATETIME($date, dateStyle: "long") }.
letters-stale =
    { $days ->
        [one] ⚠ Jam { NUMBER($days) } diena: kas nors galėjo būti perkeltas ar paleistas. Patikrinkite prieš siųsdami.
        [few] ⚠ Jam { NUMBER($days) } dienos: kas nors galėjo būti perkeltas ar paleistas. Patikrinkite prieš siųsdami.
        [many] ⚠ Jam { NUMBER($days) } dienos: kas nors galėjo būti perkeltas ar paleistas. Patikrinkite prieš siųsdami.
       *[other] ⚠ Jam { NUMBER($days) } dienų: kas nors galėjo būti perkeltas ar paleistas. Patikrinkite prieš siųsdami.
    }
letters-guide =
    Kaip rašyti, kad laiškas nueitų:
    • Rašykite rusiškai arba baltarusiškai: laiškai kitomis kalbomis nepraleidžiami.
    • Adresą rašykite kirilica, kaip aš jį rodau: „Кому“ (kam) – visas vardas ir gimimo metai, „Куда“ (kur) – įstaigos adresas su pašto kodu.
    • Rašykite trumpai, šiltai ir asmeniškai: apie savo dieną, orą, knygas, filmus, metų laikus, gerus linkėjimus.
    • Nerašykite apie politiką, be žodžių „laisvė“ ir „kova“, nieko apie bylą: tokių laiškų cenzorius nepraleidžia.
    • Atgalinis adresas – jūsų nuožiūra. Įdėtas tuščias vokas palengvina atsakymą.
letters-samples =
    Pirmosios eilutės, kurias galite nukopijuoti:
    Здравствуйте! Меня зовут …, я пишу вам из … . Поздравляю вас с днём рождения, желаю здоровья и тепла.
    Добрый день! У нас сегодня выпал первый снег, и я подумал(а) о вас.
    Добры дзень! Мяне завуць …, я пішу вам з … . Віншую вас з днём нараджэння, зычу здароўя і цяпла.
    Вітаю! Я нядаўна прачытаў(ла) цікавую кнігу і хачу вам пра яе расказаць.
letters-services = Nemokate rašyti kirilica? Savanoriai padarys tai už jus: Solidarity Postcards Atelier ranka perrašo jūsų tekstą ir išsiunčia jį iš Baltarusijos. Libereco skelbia patarimus, kaip rašyti laiškus, o politzek.me rodo, kiek žmonių rašo kiekvienam kaliniui.
letters-guide-safe = ⚠ Saugus režimas: pagal laišką, išsiųstą iš Baltarusijos, arba atgalinį adresą Baltarusijoje jus gali susekti. Nenurodykite atgalinio adreso ir gerai pagalvokite prieš pasirašydami savo vardu. Šios žinutės po kurio laiko išnyks iš pokalbio.

letters-import-telegram-only = Atsiųskite failą botui privačiame Telegram pokalbyje su prierašu /importprisoners. Serveryje operatorius taip pat gali paleisti ./scripts/run import-prisoners FILE.
letters-import-usage = Atsiųskite „Viasnos“ eksportą (CSV arba JSON failą) kaip failą su prierašu /importprisoners. Pirmiausia parodysiu suvestinę: niekas nepasikeis, kol nepatvirtinsite.
letters-import-too-big = Failas didesnis nei { $megabytes } MB, botas negali jo atsisiųsti. Serveryje paleiskite ./scripts/run import-prisoners FILE.
letters-import-summary = Perskaityta eilučių: { NUMBER($rows) }. Aktyvių: { NUMBER($active) }, su gimtadieniu: { NUMBER($birthdays) }, su adresu: { NUMBER($addresses) }.
letters-import-first = Anksčiau sąrašas nebuvo importuotas.
letters-import-changes = Nuo paskutinio importo: pridėta { NUMBER($added) }, nebeaktyvūs { NUMBER($removed) } (paleisti, mirę ar nebėra sąraše), pakeista { NUMBER($changed) }.
letters-import-confirm = Pakeisti sąrašą
letters-import-cancel = Atšaukti
letters-import-refused = Šis failas nėra „Viasnos“ eksportas; išsaugotas sąrašas lieka. Kas negerai:
letters-import-problem = eilutė { $row }: { $reason }
letters-import-reason = { $reason }
letters-import-cancelled = Atšaukta: išsaugotas sąrašas lieka.
letters-import-gone = Ši suvestinė nebegalioja (jau patvirtinta, senesnė nei para arba failas pasikeitė). Atsiųskite failą dar kartą.
letters-import-done = Atlikta: sąraše dabar aktyvių žmonių: { NUMBER($active) }.

letters-digest-line =
    { $count ->
        [one] { NUMBER($count) } politinio kalinio gimtadienis šią savaitę: /letters
        [few] { NUMBER($count) } politinių kalinių gimtadieniai šią savaitę: /letters
        [many] { NUMBER($count) } politinių kalinių gimtadienio šią savaitę: /letters
       *[other] { NUMBER($count) } politinių kalinių gimtadienių šią savaitę: /letters
    }
letters-digest-button-on = Pridėti savaitės gimtadienius
letters-digest-button-off = Pašalinti gimtadienius
letters-digest-on = Atlikta: kai artimiausią savaitę politiniai kaliniai švęs gimtadienius, kasdienis atnaujinimas pasakys, kiek jų, su /letters, kad juos pamatytumėte.
letters-digest-off = Atlikta: kasdienis atnaujinimas nebemini gimtadienių.
letters-digest-not-subscribed = Jūs neprenumeruojate kasdienio atnaujinimo: pirmiausia atsiųskite /subscribe.
letters-query-too-short =
    { $min ->
        [one] Norėdami rasti žmogų, siųskite bent { NUMBER($min) } vardo raidę, pavyzdžiui, /letters Ales.
        [few] Norėdami rasti žmogų, siųskite bent { NUMBER($min) } vardo raides, pavyzdžiui, /letters Ales.
        [many] Norėdami rasti žmogų, siųskite bent { NUMBER($min) } vardo raidės, pavyzdžiui, /letters Ales.
       *[other] Norėdami rasti žmogų, siųskite bent { NUMBER($min) } vardo raidžių, pavyzdžiui, /letters Ales.
    }
