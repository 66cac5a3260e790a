mastodon-subscribe-telegram-only = Kasdienė suvestinė siunčiama tik per Telegram: suraskite ten kampanijos botą ir išsiųskite /subscribe. Čia, Mastodon tinkle, galite sekti šią paskyrą.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Kad jūsų pasirinkimai liktų privatūs, atsiųskite man tai kaip privatų paminėjimą (jį mato tik paminėti žmonės), o ne viešame įraše.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Paminėkite mane ir parašykite vieną iš šių žodžių (lietuviškai arba angliškai):
    statistika (stats) — kiek politinių kalinių dabar laikoma, nurodant šaltinį
    pasirašyti (pledge) — pasirašyti reikalavimą išlaisvinti visus politinius kalinius
    atsiimti (unpledge) — atsiimti savo parašą
    pamiršti (forget) — ištrinti viską, ką botas apie jus saugo (pirma paprašysiu patvirtinti)
    laiškai (letters) — rašyti politiniams kaliniams: gimtadieniai ir adresai (su vardu ir pavarde – rasti vieną žmogų)
    pagalba (help) — viskas, ką galiu padaryti
    kalba xx (lang xx) — kalba, kuria jums rašau: { $codes }
mastodon-forget-confirm = { forget-confirm } Norėdami patvirtinti, atsakykite į šią žinutę žodžiu „taip“ per { $minutes ->
        [one] { NUMBER($minutes) } minutę
        [few] { NUMBER($minutes) } minutes
        [many] { NUMBER($minutes) } minutės
       *[other] { NUMBER($minutes) } minučių
    }. Kitaip niekas nebus ištrinta.
mastodon-confirm-nothing = Nėra ko patvirtinti. Norėdami ištrinti viską, ką botas apie jus saugo, atsiųskite man „pamiršti“ privačiu paminėjimu, o tada per { $minutes ->
        [one] { NUMBER($minutes) } minutę
        [few] { NUMBER($minutes) } minutes
        [many] { NUMBER($minutes) } minutės
       *[other] { NUMBER($minutes) } minučių
    } atsakykite „taip“ į mano klausimą. Patvirtinti gali tik ta paskyra, kuri prašė.
# An admin's menu on Mastodon: the words that stand for its buttons follow, one a line (mastodon-admin-word).
mastodon-admin-words = Mastodon neturi mygtukų: vietoj jų atsiųskite man vieną iš šių žodžių privačiu paminėjimu:
# $word: what to send (e.g. "preview", "fallback en"); $label: the button's label.
mastodon-admin-word = { $word } — { $label }
# The one button that decides (Confirm and queue, Accept): a reply $word ("yes") to this status presses it.
mastodon-admin-press = Norėdami paspausti „{ $label }“, atsakykite į šią žinutę žodžiu „{ $word }“ privačiu paminėjimu.
