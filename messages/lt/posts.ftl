# The admins' post queue (/newpost, /queue, /edit, /cancel) and the reports after a post goes out.
# Times are shown as admins type them: 2027-05-21 09:00 Europe/Minsk. Language codes stay as codes.

post-ask-when =
    Naujas įrašas. Kada jį paskelbti? Išsiųskite datą, laiką ir laiko juostą, pavyzdžiui:
    { $example }
    Jei juosta nenurodyta, naudojama { $zone }.
post-when-format = Nepavyko atpažinti „{ $input }“ kaip datos ir laiko. Prašome naudoti formatą { $example }.
post-when-ambiguous = „{ $input }“ galima suprasti keliais būdais (diena ir mėnuo gali būti sukeisti vietomis). Prašome pradėti nuo metų: { $example }.
post-when-zone = Nežinau laiko juostos „{ $zone }“. Nurodykite tokį pavadinimą kaip Europe/Minsk, Europe/Warsaw ar Europe/Vilnius, pavyzdžiui: { $example }.
post-when-clock-change = { $input }: tuo metu laiko juostoje { $zone } persukami laikrodžiai, todėl toks laikas būna du kartus arba visai nebūna. Prašome pasirinkti kitą laiką.
post-when-past = Šis laikas jau praėjo (dabar { $now }). Prašome nurodyti būsimą laiką, pavyzdžiui, { $example }.
post-when-passed = Kol įrašas buvo ruošiamas, jo laikas praėjo. Paspauskite „Laikas“, kad nustatytumėte naują; į eilę niekas neįtraukta.

post-texts-menu =
    { $editing ->
        [yes] Redaguojamas įrašas #{ $id }. Eilėje esanti versija lieka nepakitusi, kol nepatvirtinsite naujosios.
       *[no] Įrašas, suplanuotas { $when }.
    }
    Laikas: { $when }
    Parašyti tekstai: { $written }
    Kanalai: { $channels }
    Paspauskite kalbą, kad parašytumėte tekstą ta kalba, arba išsiųskite žinutę, prasidedančią kalbos kodu, pavyzdžiui, „be: …“. Formatavimas: Telegram HTML (<b>paryškintas</b>, <i>kursyvas</i>, <a href="https://…">nuoroda</a>); simbolį & rašykite kaip &amp;.
post-texts-how = Pirmiausia paspauskite kalbą arba pradėkite žinutę kalbos kodu ir dvitaškiu, pavyzdžiui: „lt: Šiandien esame kartu su kiekvienu politiniu kaliniu“.
post-ask-text =
    Išsiųskite tekstą kalba { $language }.
    { $has_text ->
        [yes] Jis pakeis anksčiau parašytą tekstą.
       *[no] Jis bus paskelbtas tiksliai toks, kokį atsiųsite.
    }
post-no-texts = Tekstų dar nėra. Pirmiausia paspauskite kalbą ir išsiųskite tekstą.
post-ask-fallback = Nėra teksto kanalams šiomis kalbomis: { $missing }. Ką jiems siųsti?
post-nothing-to-send = Šis įrašas nepateks į jokį kanalą: nėra teksto nė vieno kanalo kalba ir nepasirinktas atsarginis tekstas arba TELEGRAM_CHANNELS sąrašas tuščias.

post-text-empty = Tekstas tuščias. Prašome išsiųsti įrašo tekstą.
post-text-too-long = Tekstas per ilgas: perteklinių simbolių – { $over }. Telegram leidžia iki { $limit } simbolių vienoje žinutėje. Sutrumpinkite tekstą ir išsiųskite dar kartą.
post-text-entity = „{ $fragment }“ čia nėra tinkamas HTML: simbolį & rašykite kaip &amp;, < – kaip &lt;, o > – kaip &gt;. Pataisykite ir išsiųskite tekstą dar kartą.
post-text-tag = Telegram nepalaiko žymos „{ $fragment }“. Naudokite <b>, <i>, <u>, <s>, <a href="…">, <code>, <pre> arba <blockquote> arba rašykite < kaip &lt;.
post-text-unclosed = Žyma <{ $tag }> neuždaryta (arba uždaryta ne ta tvarka). Uždarykite ją, pavyzdžiui, <b>paryškintas</b>, ir išsiųskite tekstą dar kartą.

post-preview-head = Peržiūra: { $count ->
        [one] { $count } kanalas
        [few] { $count } kanalai
        [many] { $count } kanalo
       *[other] { $count } kanalų
    }, laikas { $when }. Kiekviena toliau pateikta žinutė yra būtent tokia, kokią gaus kanalas.
post-preview-variant = ▼ { $channel } ({ $locale }{ $fallback ->
        [yes] , tekstas kalba { $text_locale }
       *[no] {""}
    }):
post-preview-confirm =
    Kanalai, kurie nieko negaus: { $skipped }.
    Patvirtinkite, kad įrašas būtų įtrauktas į eilę būtent toks, koks parodytas.
post-queued = Įrašas #{ $id } suplanuotas { $when } ({ $count ->
        [one] { $count } kanalas
        [few] { $count } kanalai
        [many] { $count } kanalo
       *[other] { $count } kanalų
    }). /queue rodo suplanuotus įrašus; kol įrašas nepaskelbtas, jį galima pakeisti komanda /edit { $id } arba atšaukti komanda /cancel { $id }.
post-draft-changed = Ši peržiūra pasenusi: juodraštis nuo to laiko pasikeitė. Patikrinkite naują peržiūrą ir patvirtinkite ją.
post-too-late = Įrašas #{ $id } jau pradėtas skelbti arba atšauktas, todėl jo nebegalima pakeisti. Jūsų pakeitimai į eilę neįtraukti.
post-no-draft = Šiuo metu nėra ruošiamo įrašo. Naują pradėkite komanda /newpost.
post-discarded = Juodraštis atmestas; į eilę niekas neįtraukta.

post-queue-empty = Eilėje įrašų nėra. Naują pradėkite komanda /newpost.
post-queue-head = { $count ->
        [one] Suplanuotas { $count } įrašas:
        [few] Suplanuoti { $count } įrašai:
        [many] Suplanuota { $count } įrašo:
       *[other] Suplanuota { $count } įrašų:
    }
post-queue-item = #{ $id } · { $when } · { $kind ->
        [daily] kasdienis įrašas
       *[other] tekstai: { $languages }
    } · { $channels ->
        [one] { $channels } kanalas
        [few] { $channels } kanalai
        [many] { $channels } kanalo
       *[other] { $channels } kanalų
    }
post-id-usage = Pridėkite įrašo numerį, pavyzdžiui: { $command } 12. Numerius rodo /queue.
post-cancelled = Įrašas #{ $id } atšauktas; jis nebus paskelbtas.
post-not-changeable = Eilėje nėra įrašo #{ $id }, kurį dar būtų galima pakeisti: galbūt jis jau paskelbtas, pradėtas skelbti arba atšauktas. /queue rodo suplanuotus įrašus.

post-report = { $daily ->
        [yes] Kasdienis įrašas ({ $when })
       *[other] Įrašas #{ $id } ({ $when })
    }: išsiųsta { $sent } iš { $total }.
post-report-sent = ✓ { $locale } → { $channel }: { $link }
post-report-not-sent = ✗ { $locale } → { $channel }: { $status ->
        [missed] praleista (tuo metu botas neveikė)
        [refused] Telegram atmetė ({ $reason }); patikrinkite, ar botas yra kanalo administratorius
        [unknown] būsena nežinoma: botas sustojo siųsdamas; prašome patikrinti kanalą
        [lockdown] praleista (tuo metu buvo įjungtas blokavimas)
       *[other] nepavyko ({ $reason })
    }

post-button-language = { $done ->
        [yes] ✓ { language-name }
       *[other] { language-name }
    }
post-button-when = 🕘 Laikas
post-button-preview = Peržiūra ▶
post-button-discard = Atmesti juodraštį
post-button-back = ◀ Atgal
post-button-remove = Pašalinti šį tekstą
post-button-confirm = ✅ Patvirtinti ir įtraukti į eilę
post-button-fallback = Naudoti tekstą kalba { $language }
post-button-skip = Praleisti šiuos kanalus

# Kartojami įrašai (issue 19): kasdien arba kas savaitę, iki datos arba tam tikrą kartų skaičių, kiekvieną kartą atskiras įrašas.
post-button-repeat = 🔁 Kartoti
post-ask-repeat =
    Ar kartoti įrašą? Pirmą kartą jis bus paskelbtas { $when }; kiekvienas pakartojimas pateks į kiekvieną kanalą vieną kartą, tuo pačiu vietos laiku.
post-button-repeat-daily = Kasdien
post-button-repeat-weekly = Kas savaitę
post-button-repeat-none = Tik vieną kartą
post-ask-repeat-end = { $every ->
        [daily] Kasdien
       *[weekly] Kas savaitę
    } iki kada? Išsiųskite paskutinę datą, pavyzdžiui, 2027-05-21, arba kiek kartų iš viso, pavyzdžiui, 4 (ne daugiau kaip { $max }).
post-repeat-no-end = Kartojimas turi turėti pabaigą. Išsiųskite paskutinę datą, pavyzdžiui, 2027-05-21, arba kiek kartų iš viso, pavyzdžiui, 4.
post-repeat-count = Kartų skaičius turi būti nuo 1 iki { $max } (išsiuntėte { $count }). Išsiųskite kitą skaičių arba paskutinę datą.
post-repeat-ends-before = Paskutinė data, { $until }, yra ankstesnė nei pirmasis įrašas { $first }. Išsiųskite vėlesnę datą arba kiek kartų iš viso.
post-repeat-too-many = Iki { $until } susidarytų daugiau nei { $max } įrašų. Išsiųskite ankstesnę datą arba kiek kartų iš viso.
post-repeat-line = Kartojimas: { $every ->
        [daily] kasdien, { $times ->
            [one] { $times } kartą
            [few] { $times } kartus
           *[other] { $times } kartų
        }, paskutinį kartą { $last }
        [weekly] kas savaitę, { $times ->
            [one] { $times } kartą
            [few] { $times } kartus
           *[other] { $times } kartų
        }, paskutinį kartą { $last }
       *[none] ne, tik vieną kartą
    }
post-queue-repeat = { "   " }↻ { $every ->
        [daily] kasdien
       *[weekly] kas savaitę
    } · { $times ->
        [one] liko { $times } kartas
        [few] liko { $times } kartai
       *[other] liko { $times } kartų
    } · paskutinį kartą { $last }
post-cancelled-repeat = Įrašas #{ $id } atšauktas: nė vienas iš likusių jo pakartojimų nebus paskelbtas. Jau paskelbti lieka kanaluose.
# Photos, albums and link buttons of posts and broadcasts.
post-menu-media =
    Nuotraukos: { $photos } (aprašymai kalbomis: { $described }). Norėdami pridėti nuotrauką ar albumą iki 10 nuotraukų, atsiųskite juos; antraštė laikoma tekstu.
    Mygtukai: { $buttons } (savi užrašai kalbomis: { $button_languages }).
post-button-photos = 🖼 Nuotraukos
post-button-links = 🔗 Mygtukai
post-button-remove-photos = Pašalinti nuotraukas
post-photos-menu = Nuotraukų įraše: { $count }. Mastodon reikia kiekvienos nuotraukos aprašymo (alternatyvaus teksto) kiekvienos Mastodon kopijos kalba. Paspauskite kalbą ir parašykite aprašymus.
post-photos-how = Įraše dar nėra nuotraukos. Kol juodraštis atviras, atsiųskite nuotrauką arba albumą iki 10 nuotraukų.
post-photos-removed = Nuotraukos pašalintos; dabar įrašas – tik tekstas.
post-ask-alt = Atsiųskite aprašymus kalba { $language }: ką turėtų žinoti žmogus, kuris nemato nuotraukų. Nuotraukų: { $count }; viena eilutė vienai nuotraukai, iš eilės (vienai nuotraukai – visa žinutė).
post-ask-buttons =
    Atsiųskite iki { $limit } mygtukų, po vieną eilutėje, pavidalu „užrašas | https://…“, pavyzdžiui:
    Pasirašyti kreipimąsi | https://spring96.org
    Pradėkite kalbos kodu ir dvitaškiu („lt: …“), kad užrašai būtų tik tai kalbai; be kodo mygtukai tiks visoms kalboms. Atsiųskite „-“, kad juos pašalintumėte.
post-photo-no-draft = Nuotrauką galiu panaudoti tik ruošiant įrašą: pradėkite jį komanda /newpost. Norėdami nuotrauką išsiųsti prenumeratoriams, antraštėje parašykite /broadcast ir tekstą.
post-photo-not-yet = Pirmiausia atsiųskite įrašo datą ir laiką, o tada – nuotraukas.
post-photo-not-image = Šis failas nėra vaizdas. Atsiųskite nuotrauką.
post-photo-as-file = Atsiųskite vaizdą kaip nuotrauką, o ne kaip failą: kanalai gauna Telegram saugomą nuotraukos kopiją.
post-photo-too-large = Failo dydis – { $size } MB; botas gali priimti ne daugiau kaip { $limit } MB. Atsiųskite mažesnį vaizdą.
post-caption-too-long = Tekstas kalba { $language } per ilgas nuotraukos antraštei: perteklinių simbolių – { $over }. Telegram antraštėje leidžia { $limit }. Sutrumpinkite jį ir išsiųskite dar kartą.
post-album-too-many = Albume gali būti ne daugiau kaip { $limit } nuotraukų. Atsiųskite jį dar kartą su mažiau nuotraukų.
post-album-caption-first = Tekstą gali turėti tik pirmoji albumo nuotrauka. Atsiųskite albumą dar kartą su antrašte tik po pirmąja nuotrauka; nieko neįtraukta į eilę.
post-alt-count = Nuotraukų: { $count }, gauta aprašymų: { $given }. Atsiųskite po vieną eilutę kiekvienai nuotraukai, iš eilės.
post-alt-too-long = Aprašymas per ilgas: perteklinių simbolių – { $over }. Mastodon leidžia { $limit }. Sutrumpinkite jį.
post-alt-missing = Įrašas keliauja į Mastodon, kur reikia kiekvienos nuotraukos aprašymo. Trūksta aprašymų kalbomis: { $languages }. Paspauskite „Nuotraukos“, tada kalbą, ir atsiųskite aprašymus; nieko neįtraukta į eilę.
post-buttons-too-many = Mygtukų: { $count }; įraše gali būti ne daugiau kaip { $limit }. Atsiųskite mažiau.
post-buttons-format = Nepavyko perskaityti „{ $line }“ kaip mygtuko. Rašykite po vieną eilutėje: užrašas | https://…
post-buttons-https = Nuoroda „{ $line }“ turi prasidėti https://. Pataisykite ją ir išsiųskite mygtukus dar kartą.

# Confirming an edit of a queued post that another admin's confirmed edit changed meanwhile.
post-edit-stale = Kitas administratorius pakeitė įrašą #{ $id } jums pradėjus jį redaguoti, todėl jūsų pakeitimas neįdėtas į eilę. Atidarykite jį iš naujo ir pradėkite nuo jo versijos.
