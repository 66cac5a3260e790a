# The daily solidarity posts (daily-1 … daily-14), each ending with the latest Viasna count and the countdown to May 21.

# $count: political prisoners currently held in Belarus per Viasna; $asof: the date of that count; $days: whole days until May 21 (0 on the day itself).
daily-facts =
    { $count ->
        [one] Šiuo metu Baltarusijoje laikomas { NUMBER($count) } politinis kalinys
        [few] Šiuo metu Baltarusijoje laikomi { NUMBER($count) } politiniai kaliniai
        [many] Šiuo metu Baltarusijoje laikoma { NUMBER($count) } politinio kalinio
       *[other] Šiuo metu Baltarusijoje laikoma { NUMBER($count) } politinių kalinių
    } (Žmogaus teisių centras „Viasna“, { DATETIME($asof, dateStyle: "long") } duomenimis). { $days ->
        [0] Šiandien, gegužės 21-ąją, minima Solidarumo su politiniais kaliniais diena.
        [1] Rytoj, gegužės 21-ąją, bus minima Solidarumo su politiniais kaliniais diena.
        [one] Iki gegužės 21-osios – Solidarumo su politiniais kaliniais dienos – liko { NUMBER($days) } diena.
        [few] Iki gegužės 21-osios – Solidarumo su politiniais kaliniais dienos – liko { NUMBER($days) } dienos.
        [many] Iki gegužės 21-osios – Solidarumo su politiniais kaliniais dienos – liko { NUMBER($days) } dienos.
       *[other] Iki gegužės 21-osios – Solidarumo su politiniais kaliniais dienos – liko { NUMBER($days) } dienų.
    }

daily-1 =
    Mūsų pirmasis reikalavimas paprastas: nedelsiant ir besąlygiškai išlaisvinti visus politinius kalinius Baltarusijoje. Ne kai kuriuos ir ne kada nors – visus ir dabar.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

daily-2 =
    Raginame ES, JAV ir Jungtinę Karalystę pateikti Lukašenkai bendrą ultimatumą: išlaisvinti visus politinius kalinius, antraip bus užblokuotas visas krovininis geležinkelio tranzitas iš Baltarusijos. Gyvybės svarbesnės už krovinius.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #StopRailCargo

daily-3 =
    2020–2021 m. nepriklausomi stebėtojai užfiksavo daugiau kaip 1 800 kankinimo atvejų Baltarusijoje. Kol ne visi išlaisvinti, reikalaujame užtikrinti jų saugumą, o prireikus – evakuoti juos į saugias šalis.

    { daily-facts }

    #FreeThemAll #SaveLives #TimeToAct

daily-4 =
    Raginame taikyti griežčiausias sankcijas ir uždaryti pasienio kontrolės punktus kroviniams. Keleiviniai punktai lieka atviri: spaudimas skirtas kroviniams, o ne žmonėms.

    { daily-facts }

    #FreeThemAll #StopTransitBelarus #EU

daily-5 =
    Nusikaltimai žmoniškumui negali likti nenubausti. Raginame įsteigti specialų tarptautinį tribunolą ir taikyti universaliąją jurisdikciją, kad kaltieji stotų prieš teismą, kad ir kur jie būtų.

    { daily-facts }

    #FreeThemAll #Belarus #TimeToAct

daily-6 =
    Masinis išlaisvinimas įmanomas. 2023 m. vasarį Nikaragvoje į laisvę išėjo 222 politiniai kaliniai. Tvirta ir vieninga demokratinių valstybių pozicija gali to paties pasiekti ir Baltarusijoje.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #TimeToAct

daily-7 =
    2023 m. kovą Irane buvo apmalonėta apie 22 000 protestuotojų. Jei tai buvo įmanoma ten, įmanomas ir visų politinių kalinių išlaisvinimas Baltarusijoje.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #TimeToAct

daily-8 =
    Nuo 2020 m. politiniais kaliniais pripažinta bent 3 200 žmonių („Viasna“, 2024 m. gegužė). Tai visi per šiuos metus pripažintieji; skaičius žemiau rodo, kiek žmonių laikoma šiandien.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners

daily-9 =
    Nuo 2020 m. režimas nužudė 22 žmones (diasporos kreipimasis, 2023 m. gegužė). Politinių kalinių išlaisvinimas gelbsti gyvybes, ir kiekviena diena svarbi.

    { daily-facts }

    #FreeThemAll #SaveLives #Belarus

daily-10 =
    Nuo 2020 m. Baltarusijoje uždaryta 215 spausdintinių leidinių ir likviduota daugiau kaip 1 000 nevyriausybinių organizacijų (Baltarusijos demokratinis forumas, 2023 m. kovas). Jų balsus nutildė – tegul jie skamba per mus.

    { daily-facts }

    #FreeThemAll #Belarus #EU

daily-11 =
    2023 m. gegužės 21 d. duomenimis, Baltarusijoje buvo 4 649 politiškai motyvuotos baudžiamosios bylos ir 39 978 administracinės bylos (diasporos kreipimasis Solidarumo dienos proga). Kiekviena jų pakeitė kieno nors likimą.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo

daily-12 =
    Už kiekvieno skaičiaus – žmogus ir šeima, kuri jo laukia namuose. Palaikykite jų artimuosius ir rašykite tiems, kurie už grotų: laiškas primena, kad jie nepamiršti.

    { daily-facts }

    #FreeThemAll #SaveLives

daily-13 =
    BEROC vertinimu, 2021–2022 m. iš Baltarusijos emigravo 143 600–171 900 žmonių. Kad ir kur dabar gyventume, galime kalbėti vardan tų, kurie negali, – su kaimynais, parlamentarais, vietos žiniasklaida.

    { daily-facts }

    #FreeThemAll #Belarus #StopTransitBelarus

daily-14 =
    2023 m. gegužės 21 d. baltarusių diaspora rinkosi į akcijas Varšuvoje, Vilniuje ir Londone, remdama politinius kalinius. Įsidėmėkite šią datą, pakvieskite draugų ir persiųskite šią žinutę: svarbus kiekvienas balsas.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #EU
