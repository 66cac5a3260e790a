# The daily solidarity posts (daily-1 … daily-14), each ending with the latest Viasna count and the countdown to May 21.

# $count: political prisoners currently held in Belarus per Viasna; $asof: the date of that count; $days: whole days until May 21 (0 on the day itself).
daily-facts =
    { $count ->
        [one] Attualmente in Bielorussia è detenuto { NUMBER($count) } prigioniero politico
       *[other] Attualmente in Bielorussia sono detenuti { NUMBER($count) } prigionieri politici
    } (Centro per i diritti umani Viasna, al { DATETIME($asof, dateStyle: "long") }). { $days ->
        [0] Oggi, 21 maggio, è la Giornata di solidarietà con i prigionieri politici.
        [1] Domani, 21 maggio, è la Giornata di solidarietà con i prigionieri politici.
       *[other] Mancano { NUMBER($days) } giorni al 21 maggio, Giornata di solidarietà con i prigionieri politici.
    }

daily-1 =
    La nostra prima richiesta è semplice: la liberazione immediata e incondizionata di tutti i prigionieri politici in Bielorussia. Non alcuni, non prima o poi: tutti, e subito.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #Belarus

daily-2 =
    Chiediamo a UE, Stati Uniti e Regno Unito un ultimatum collettivo a Lukashenko: liberare tutti i prigionieri politici, o tutto il transito ferroviario di merci dalla Bielorussia sarà bloccato. Le vite valgono più delle merci.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #StopRailCargo

daily-3 =
    Nel 2020–2021 osservatori indipendenti hanno documentato oltre 1.800 casi di tortura in Bielorussia. Finché non saranno tutti liberi, chiediamo la loro sicurezza e, dove necessario, l’evacuazione verso paesi sicuri.

    { daily-facts }

    #FreeThemAll #SaveLives #TimeToAct

daily-4 =
    Chiediamo le sanzioni più severe e la chiusura dei valichi di frontiera al traffico merci. I valichi per i passeggeri restano aperti: la pressione è sulle merci, non sulle persone.

    { daily-facts }

    #FreeThemAll #StopTransitBelarus #EU

daily-5 =
    I crimini contro l’umanità non devono restare impuniti. Chiediamo un tribunale internazionale speciale e la giurisdizione universale, perché i responsabili siano processati ovunque si trovino.

    { daily-facts }

    #FreeThemAll #Belarus #TimeToAct

daily-6 =
    Le liberazioni di massa sono possibili. Nel febbraio 2023 in Nicaragua sono stati liberati 222 prigionieri politici. Una posizione ferma e unita dei paesi democratici può ottenere lo stesso per la Bielorussia.

    { daily-facts }

    #FreeThemAll #UltimatumToLukashenka #TimeToAct

daily-7 =
    Nel marzo 2023 in Iran sono stati graziati circa 22.000 manifestanti. Se è stato possibile lì, è possibile anche la liberazione di tutti i prigionieri politici in Bielorussia.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #TimeToAct

daily-8 =
    Dal 2020 almeno 3.200 persone sono state riconosciute come prigionieri politici (Viasna, maggio 2024). È il totale di tutti i riconoscimenti negli anni; il numero qui sotto indica quante persone sono detenute oggi.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners

daily-9 =
    Dal 2020 il regime ha ucciso 22 persone (appello della diaspora, maggio 2023). Liberare i prigionieri politici salva vite, e ogni giorno conta.

    { daily-facts }

    #FreeThemAll #SaveLives #Belarus

daily-10 =
    Dal 2020 in Bielorussia sono state chiuse 215 testate cartacee e sciolte oltre 1.000 ONG (Belarus Democratic Forum, marzo 2023). Le loro voci sono state messe a tacere: facciamole sentire noi.

    { daily-facts }

    #FreeThemAll #Belarus #EU

daily-11 =
    Al 21 maggio 2023 in Bielorussia si contavano 4.649 procedimenti penali e 39.978 procedimenti amministrativi per motivi politici (appello della diaspora per la Giornata di solidarietà). Ognuno ha stravolto una vita.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo

daily-12 =
    Dietro ogni numero ci sono una persona e una famiglia che la aspetta a casa. Sostenete i loro cari e scrivete a chi è dietro le sbarre: una lettera ricorda loro che non sono dimenticati.

    { daily-facts }

    #FreeThemAll #SaveLives

daily-13 =
    Secondo le stime del BEROC, nel 2021–2022 sono emigrati dalla Bielorussia tra 143.600 e 171.900 cittadini. Ovunque viviamo oggi, possiamo parlare per chi non può farlo: ai vicini, ai parlamentari, ai media locali.

    { daily-facts }

    #FreeThemAll #Belarus #StopTransitBelarus

daily-14 =
    Il 21 maggio 2023 la diaspora bielorussa è scesa in piazza a Varsavia, Vilnius e Londra per i prigionieri politici. Segnate la data, invitate un amico e condividete questo messaggio: ogni voce conta.

    { daily-facts }

    #FreeThemAll #FreePoliticalPrisoners #StopRailCargo #EU
