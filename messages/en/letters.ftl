# /letters: political prisoners' birthdays, where and how to write. Names and addresses come from
# Viasna's list as they are (Cyrillic); "Кому" / "Куда" are the envelope's own fields, kept in Cyrillic
# in every language (Belarusian: "Каму" / "Куды"), since the envelope must be written that way.
command-letters = Write to political prisoners: birthdays and addresses
letters-no-data = The list of political prisoners' addresses has not been imported yet: the campaign's admins import it from Viasna's list. Meanwhile, you can read how to write a letter that arrives.
letters-guide-button = How to write
# $limit: the longest name the bot reads, in characters.
letters-query-too-long = That is too long for a name: send at most { $limit } characters, for example /letters Ales.
letters-week-none = No birthdays today or in the next 7 days.
letters-week-title =
    { $count ->
        [one] { NUMBER($count) } birthday today and in the next 7 days. Those with the fewest letter-writers come first:
       *[other] { NUMBER($count) } birthdays today and in the next 7 days. Those with the fewest letter-writers come first:
    }
letters-more =
    { $count ->
        [one] …and { NUMBER($count) } more. To find someone, send /letters and a name.
       *[other] …and { NUMBER($count) } more. To find someone, send /letters and a name.
    }
# $month: the month's name, e.g. "December".
letters-month-title =
    { $count ->
        [one] { NUMBER($count) } birthday in { $month }:
       *[other] { NUMBER($count) } birthdays in { $month }:
    }
# $day: the day and month, e.g. "10 December".
letters-month-name = { $day }: { $name }
letters-more-month =
    { $count ->
        [one] …and { NUMBER($count) } more this month.
       *[other] …and { NUMBER($count) } more this month.
    }
letters-found =
    { $count ->
        [one] Found:
       *[other] Found { NUMBER($count) }:
    }
letters-found-more = There are more: add a surname or a first name to narrow it down.
letters-nearest = Nobody has exactly that name. The nearest names:
letters-not-found = I found nobody with that name in the list. Try another spelling, or the surname alone.
letters-birthday = 🎂 { $day }: { $name }
letters-birthday-age = 🎂 { $day }: { $name }, turns { $age }
letters-person = { $name }
# $date: the date of birth.
letters-person-born = { $name }, born { DATETIME($date, dateStyle: "long") }
letters-person-born-day = { $name }, birthday { $day }
letters-no-address = { $prison }: no postal address in the list.
# What to write on the envelope ($year: the year of birth, which the prison needs to find the person).
letters-recipient = Кому: { $name }
letters-recipient-year = Кому: { $name }, { $year } г. р.
letters-address = Куда: { $address }
letters-updated = The list is Viasna's, imported on { DATETIME($date, dateStyle: "long") }.
letters-stale =
    { $days ->
        [one] ⚠ It is { NUMBER($days) } day old: someone may have moved or been released since. Check before you send.
       *[other] ⚠ It is { NUMBER($days) } days old: someone may have moved or been released since. Check before you send.
    }
letters-guide =
    How to write so that your letter arrives:
    • Write in Russian or Belarusian: letters in other languages do not get through.
    • Write the address in Cyrillic, as I show it: “Кому” (to whom) is the full name and year of birth, “Куда” (where) the prison's address with its postal code.
    • Keep it short, warm and personal: your day, the weather, books, films, the seasons, good wishes.
    • Leave out politics, the words “freedom” and “struggle”, and anything about the case: the censor drops such letters.
    • A return address is up to you. An empty envelope enclosed makes a reply easier.
letters-samples =
    First lines you can copy:
    Здравствуйте! Меня зовут …, я пишу вам из … . Поздравляю вас с днём рождения, желаю здоровья и тепла.
    Добрый день! У нас сегодня выпал первый снег, и я подумал(а) о вас.
    Добры дзень! Мяне завуць …, я пішу вам з … . Віншую вас з днём нараджэння, зычу здароўя і цяпла.
    Вітаю! Я нядаўна прачытаў(ла) цікавую кнігу і хачу вам пра яе расказаць.
letters-services = Cannot write in Cyrillic? Volunteers can do it for you: the Solidarity Postcards Atelier copies your text by hand and posts it from inside Belarus. Libereco publishes letter guidance, and politzek.me shows how many people write to each prisoner.
letters-guide-safe = ⚠ Safe mode: a letter posted from inside Belarus, or a return address there, can be traced to you. Leave out the return address, and think twice before writing under your own name. These messages will disappear from this chat after a while.

# The admins' import of Viasna's list: a file sent to the bot with the caption /importprisoners.
letters-import-telegram-only = Send the file to the bot in a private Telegram chat, with the caption /importprisoners. On a server, the operator can also run ./scripts/run import-prisoners FILE.
letters-import-usage = Send Viasna's export (a CSV or JSON file) as a file, with the caption /importprisoners. I show a summary first: nothing changes until you confirm.
letters-import-too-big = The file is larger than { $megabytes } MB, which the bot cannot download. Run ./scripts/run import-prisoners FILE on the server instead.
letters-import-summary = Rows read: { NUMBER($rows) }. Active: { NUMBER($active) }, with a birthday: { NUMBER($birthdays) }, with an address: { NUMBER($addresses) }.
letters-import-first = No list was imported before.
letters-import-changes = Since the last import: { NUMBER($added) } added, { NUMBER($removed) } no longer active (released, deceased or no longer listed), { NUMBER($changed) } changed.
letters-import-confirm = Replace the list
letters-import-cancel = Cancel
letters-import-refused = This file is not Viasna's export; the stored list is kept. What is wrong:
# $reason: the check's own words, in English (as the command line prints them).
letters-import-problem = row { $row }: { $reason }
letters-import-reason = { $reason }
letters-import-cancelled = Cancelled: the stored list is kept.
letters-import-gone = This summary is no longer valid (confirmed already, older than a day, or the file changed). Send the file again.
letters-import-done = Done: the list now holds { NUMBER($active) } active people.

# The daily digest's optional line, chosen under /subscribe's answer. $count: birthdays today and in the next 7 days.
letters-digest-line =
    { $count ->
        [one] { NUMBER($count) } political prisoner's birthday this week: /letters
       *[other] { NUMBER($count) } political prisoners' birthdays this week: /letters
    }
letters-digest-button-on = Add this week's birthdays
letters-digest-button-off = Remove the birthdays
letters-digest-on = Done: when political prisoners have birthdays in the coming week, the daily update will say how many, with /letters to see them.
letters-digest-off = Done: the daily update no longer mentions birthdays.
letters-digest-not-subscribed = You are not subscribed to the daily update: send /subscribe first.
# $min: the fewest characters a name search takes.
letters-query-too-short =
    { $min ->
        [one] To find someone, send at least { NUMBER($min) } letter of their name, for example /letters Ales.
       *[other] To find someone, send at least { NUMBER($min) } letters of their name, for example /letters Ales.
    }
