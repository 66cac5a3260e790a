mastodon-subscribe-telegram-only = Das tägliche Update wird nur über Telegram verschickt: Suchen Sie dort den Bot der Kampagne und senden Sie /subscribe. Hier auf Mastodon können Sie diesem Konto folgen.
# Personal words (pledge, unpledge, forget, lang) in a public or followers-only mention.
mastodon-direct-only = Damit Ihre Entscheidungen privat bleiben, senden Sie mir das bitte als private Erwähnung (nur für die erwähnten Personen sichtbar) und nicht in einem öffentlichen Beitrag.
# A mention whose first word the bot does not know. $codes: the language codes it speaks.
mastodon-unknown-word =
    Erwähnen Sie mich mit einem dieser Wörter (auf Deutsch oder Englisch):
    Statistik (stats) — wie viele politische Gefangene derzeit festgehalten werden, mit Quellenangabe
    unterschreiben (pledge) — die Forderung nach Freilassung aller politischen Gefangenen unterschreiben
    zurückziehen (unpledge) — Ihre Unterschrift zurückziehen
    vergessen (forget) — alles löschen, was der Bot über Sie speichert (ich bitte Sie vorher um Bestätigung)
    Briefe (letters) — politischen Gefangenen schreiben: Geburtstage und Adressen (mit einem Namen dahinter suche ich eine Person)
    Hilfe (help) — alles, was ich kann
    Sprache xx (lang xx) — die Sprache, in der ich Ihnen schreibe: { $codes }
mastodon-forget-confirm = { forget-confirm } Zum Bestätigen antworten Sie auf diese Nachricht innerhalb { $minutes ->
        [one] einer Minute
       *[other] von { NUMBER($minutes) } Minuten
    } mit „ja“. Sonst wird nichts gelöscht.
mastodon-confirm-nothing = Es gibt nichts zu bestätigen. Um alles zu löschen, was der Bot über Sie speichert, senden Sie mir „vergessen“ als private Erwähnung und antworten Sie dann innerhalb { $minutes ->
        [one] einer Minute
       *[other] von { NUMBER($minutes) } Minuten
    } mit „ja“ auf meine Frage. Bestätigen kann nur das Konto, das darum gebeten hat.
# An admin's menu on Mastodon: the words that stand for its buttons follow, one a line (mastodon-admin-word).
mastodon-admin-words = Auf Mastodon gibt es keine Schaltflächen: Senden Sie mir stattdessen eines dieser Wörter als private Erwähnung:
# $word: what to send (e.g. "preview", "fallback en"); $label: the button's label.
mastodon-admin-word = { $word } — { $label }
# The one button that decides (Confirm and queue, Accept): a reply $word ("yes") to this status presses it.
mastodon-admin-press = Um „{ $label }“ zu drücken, antworten Sie auf diese Nachricht mit „{ $word }“ als private Erwähnung.
