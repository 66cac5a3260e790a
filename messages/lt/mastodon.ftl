mastodon-subscribe-telegram-only = Kasdienė suvestinė siunčiama tik per Telegram: suraskite ten kampanijos botą ir išsiųskite /subscribe. Čia, Mastodon tinkle, galite sekti šią paskyrą.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Kad jūsų pasirinkimai liktų privatūs, atsiųskite man tai kaip privatų paminėjimą (jį mato tik paminėti žmonės), o ne viešame įraše.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Paminėkite mane ir parašykite vieną iš šių žodžių (lietuviškai arba angliškai):
    statistika (stats) — kiek politinių kalinių dabar laikoma, nurodant šaltinį
    pasirašyti (pledge) — pasirašyti reikalavimą išlaisvinti visus politinius kalinius
    atsiimti (unpledge) — atsiimti savo parašą
    pamiršti (forget) — iš karto ištrinti viską, ką botas apie jus saugo
    pagalba (help) — viskas, ką galiu padaryti
    kalba xx (lang xx) — kalba, kuria jums rašau: { $codes }
