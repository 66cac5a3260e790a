# The public pledge log (issue 23): receipts, /verify, and the checkpoints posted to the channels.

command-verify = Patikrinti kvitą viešajame parašų žurnale

receipt-offer = Gauti kvitą
receipt-shown =
    Jūsų kvitas (viešojo parašų žurnalo įrašas { $leaf }):

    { $receipt }

    Su juo jūs, ir tik jūs, bet kada galite patikrinti, kad jūsų parašas įskaitytas: atsiųskite /verify ir kvitą. Botas jo nesaugo ir nebegalės parodyti dar kartą.

    Dėmesio: telefone ar pokalbyje laikomas kvitas yra įrodymas, kad pasirašėte. Jei jūsų telefoną gali patikrinti, jo nelaikykite ir ištrinkite šią žinutę.
receipt-gone = Šis kvitas nebepasiekiamas: jis rodomas tik kartą, per kelias minutes po pasirašymo. Jūsų parašas vis tiek įskaitytas.

verify-usage = Atsiųskite /verify ir savo kvitą – tiksliai taip, kaip botas jį parodė jums pasirašius.
verify-malformed = Tai ne kvitas. Nukopijuokite visą kvitą tiksliai taip, kaip jį parodė botas, ir atsiųskite jį po /verify.
verify-pending = Įrašo { $leaf } dar nėra paskelbtame kontroliniame taške. Kitas kontrolinis taškas bus ne anksčiau kaip { DATETIME($when, dateStyle: "long", timeStyle: "short") }: patikrinkite po to.
verify-failed = Šis kvitas neatitinka žurnalo įrašo { $leaf }. Patikrinkite, ar nukopijavote jį visą; jei vis tiek neatitinka, praneškite kampanijai.
verify-ok = Kvitas patvirtintas: įrašas { $leaf } yra naujausiame pasirašytame žurnalo kontroliniame taške (įrašų: { NUMBER($size) }, įskaityta parašų: { NUMBER($count) }).

transparency-checkpoint-post =
    Viešasis parašų žurnalas: naujas pasirašytas kontrolinis taškas.
    Įrašų: { NUMBER($size) }. Įskaityta parašų: { NUMBER($count) }.
    Šaknies maiša: { $root }
    Pagal šį kontrolinį tašką kiekvienas gali patikrinti, kad nuo ankstesniojo nė vienas parašas nebuvo pašalintas ar pakeistas. Toliau – pats pasirašytas kontrolinis taškas.
