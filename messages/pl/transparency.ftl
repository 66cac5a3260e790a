# The public pledge log (issue 23): receipts, /verify, and the checkpoints posted to the channels.

command-verify = Sprawdź swoje potwierdzenie w publicznym rejestrze podpisów

receipt-offer = Odbierz potwierdzenie
receipt-shown =
    Twoje potwierdzenie (wpis { $leaf } publicznego rejestru podpisów):

    { $receipt }

    Dzięki niemu Ty, i tylko Ty, możesz w każdej chwili sprawdzić, że Twój podpis jest liczony: wyślij /verify i potwierdzenie. Bot go nie przechowuje i nie pokaże go ponownie.

    Uwaga: potwierdzenie przechowywane w telefonie lub na czacie jest dowodem, że podpisałeś/podpisałaś. Jeśli Twój telefon może zostać przeszukany, nie przechowuj go i usuń tę wiadomość.
receipt-gone = To potwierdzenie nie jest już dostępne: pokazuje się tylko raz, przez kilka minut po podpisaniu. Twój podpis i tak jest liczony.

verify-usage = Wyślij /verify i swoje potwierdzenie — dokładnie tak, jak bot pokazał je po podpisaniu.
verify-malformed = To nie jest potwierdzenie. Skopiuj całe potwierdzenie dokładnie tak, jak pokazał je bot, i wyślij je po /verify.
verify-pending = Wpisu { $leaf } nie ma jeszcze w opublikowanym punkcie kontrolnym. Następny punkt kontrolny pojawi się najwcześniej { DATETIME($when, dateStyle: "long", timeStyle: "short") }: sprawdź ponownie po tym czasie.
verify-failed = To potwierdzenie nie pasuje do wpisu { $leaf } rejestru. Sprawdź, czy skopiowałeś/skopiowałaś je w całości; jeśli nadal nie pasuje, daj znać kampanii.
verify-ok = Potwierdzenie się zgadza: wpis { $leaf } jest w ostatnim podpisanym punkcie kontrolnym rejestru (wpisów: { NUMBER($size) }, policzonych podpisów: { NUMBER($count) }).

transparency-checkpoint-post =
    Publiczny rejestr podpisów: nowy podpisany punkt kontrolny.
    Wpisów: { NUMBER($size) }. Policzonych podpisów: { NUMBER($count) }.
    Hash korzenia: { $root }
    Dzięki temu punktowi kontrolnemu każdy może sprawdzić, że od poprzedniego żaden podpis nie został usunięty ani zmieniony. Poniżej sam podpisany punkt kontrolny.
