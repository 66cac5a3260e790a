# The admins' post queue (/newpost, /queue, /edit, /cancel) and the reports after a post goes out.
# Times are shown as admins type them: 2027-05-21 09:00 Europe/Minsk. Language codes stay as codes.

post-ask-when =
    Neuer Beitrag. Wann soll er erscheinen? Senden Sie Datum, Uhrzeit und Zeitzone, zum Beispiel:
    { $example }
    Ohne Zeitzone gilt { $zone }.
post-when-format = „{ $input }“ konnte nicht als Datum und Uhrzeit gelesen werden. Bitte verwenden Sie die Form { $example }.
post-when-ambiguous = „{ $input }“ lässt sich unterschiedlich lesen (Tag und Monat könnten vertauscht sein). Bitte schreiben Sie das Jahr zuerst: { $example }.
post-when-zone = Die Zeitzone „{ $zone }“ kenne ich nicht. Verwenden Sie einen Namen wie Europe/Minsk, Europe/Warsaw oder Europe/Vilnius: { $example }.
post-when-clock-change = { $input }: Zu diesem Zeitpunkt wird in { $zone } die Uhr umgestellt, daher gibt es diese Uhrzeit zweimal oder gar nicht. Bitte wählen Sie eine andere Uhrzeit.
post-when-past = Dieser Zeitpunkt ist bereits vorbei (jetzt: { $now }). Bitte senden Sie einen Zeitpunkt in der Zukunft, zum Beispiel { $example }.
post-when-passed = Der Zeitpunkt des Beitrags ist verstrichen, während er vorbereitet wurde. Tippen Sie auf „Zeitpunkt“, um einen neuen festzulegen; es wurde nichts eingeplant.

post-texts-menu =
    { $editing ->
        [yes] Beitrag #{ $id } wird bearbeitet. Die eingeplante Fassung bleibt unverändert, bis Sie die neue bestätigen.
       *[no] Beitrag für { $when }.
    }
    Zeitpunkt: { $when }
    Vorhandene Texte: { $written }
    Kanäle: { $channels }
    Tippen Sie auf eine Sprache, um den Text in dieser Sprache zu schreiben, oder senden Sie eine Nachricht, die mit dem Sprachcode beginnt, etwa „be: …“. Formatierung: Telegram-HTML (<b>fett</b>, <i>kursiv</i>, <a href="https://…">Link</a>); schreiben Sie & als &amp;.
post-texts-how = Tippen Sie zuerst auf eine Sprache oder beginnen Sie Ihre Nachricht mit dem Sprachcode und einem Doppelpunkt, zum Beispiel „de: Heute stehen wir an der Seite jedes politischen Gefangenen.“
post-ask-text =
    Senden Sie den Text für { $language }.
    { $has_text ->
        [yes] Er ersetzt den bisherigen Text.
       *[no] Er wird genau so veröffentlicht, wie Sie ihn senden.
    }
post-no-texts = Es gibt noch keinen Text. Tippen Sie zuerst auf eine Sprache und senden Sie den Text dafür.
post-ask-fallback = Für die Kanäle in diesen Sprachen gibt es keinen Text: { $missing }. Was sollen sie erhalten?
post-nothing-to-send = Kein Kanal würde diesen Beitrag erhalten: Es gibt weder einen Text in der Sprache eines Kanals noch einen Ersatztext, oder TELEGRAM_CHANNELS ist leer.

post-text-empty = Der Text ist leer. Bitte senden Sie den Text des Beitrags.
post-text-too-long = Der Text ist { $over } Zeichen zu lang: Telegram erlaubt { $limit } Zeichen pro Nachricht. Bitte kürzen Sie ihn und senden Sie ihn erneut.
post-text-entity = „{ $fragment }“ ist hier kein gültiges HTML: Schreiben Sie & als &amp;, < als &lt; und > als &gt;. Bitte korrigieren Sie den Text und senden Sie ihn erneut.
post-text-tag = Telegram unterstützt das Tag „{ $fragment }“ nicht. Verwenden Sie <b>, <i>, <u>, <s>, <a href="…">, <code>, <pre> oder <blockquote>, oder schreiben Sie < als &lt;.
post-text-unclosed = Das Tag <{ $tag }> ist nicht geschlossen (oder in der falschen Reihenfolge geschlossen). Bitte schließen Sie es, zum Beispiel <b>fett</b>, und senden Sie den Text erneut.

post-preview-head = Vorschau: { $count ->
        [one] { $count } Kanal
       *[other] { $count } Kanäle
    }, Zeitpunkt { $when }. Jede Nachricht unten ist genau das, was der Kanal erhält.
post-preview-variant = ▼ { $channel } ({ $locale }{ $fallback ->
        [yes] , mit dem Text für { $text_locale }
       *[no] {""}
    }):
post-preview-confirm =
    Kanäle, die nichts erhalten: { $skipped }.
    Bestätigen Sie, um den Beitrag genau so einzuplanen, wie er angezeigt wird.
post-queued = Beitrag #{ $id } ist für { $when } eingeplant ({ $count ->
        [one] { $count } Kanal
       *[other] { $count } Kanäle
    }). /queue zeigt, was ansteht; bis zur Veröffentlichung können Sie ihn mit /edit { $id } ändern oder mit /cancel { $id } zurückziehen.
post-draft-changed = Diese Vorschau ist veraltet: Der Entwurf wurde inzwischen geändert. Bitte sehen Sie sich die neue Vorschau an und bestätigen Sie diese.
post-too-late = Beitrag #{ $id } wird bereits veröffentlicht oder wurde zurückgezogen und kann daher nicht mehr geändert werden. Ihre Änderung wurde nicht eingeplant.
post-no-draft = Es wird gerade kein Beitrag vorbereitet. Beginnen Sie einen mit /newpost.
post-discarded = Der Entwurf wurde verworfen; es wurde nichts eingeplant.

post-queue-empty = Es sind keine Beiträge eingeplant. Beginnen Sie einen mit /newpost.
post-queue-head = { $count ->
        [one] { $count } Beitrag steht an:
       *[other] { $count } Beiträge stehen an:
    }
post-queue-item = #{ $id } · { $when } · { $kind ->
        [daily] täglicher Beitrag
       *[other] Texte: { $languages }
    } · { $channels ->
        [one] { $channels } Kanal
       *[other] { $channels } Kanäle
    }
post-id-usage = Bitte geben Sie die Nummer des Beitrags an, zum Beispiel: { $command } 12. /queue zeigt die Nummern.
post-cancelled = Beitrag #{ $id } wurde zurückgezogen; er wird nicht veröffentlicht.
post-not-changeable = Es gibt keinen eingeplanten Beitrag #{ $id }, der sich noch ändern lässt: Vielleicht ist er schon erschienen, wird gerade veröffentlicht oder wurde zurückgezogen. /queue zeigt, was ansteht.

post-report = { $daily ->
        [yes] Täglicher Beitrag ({ $when })
       *[other] Beitrag #{ $id } ({ $when })
    }: { $sent } von { $total } gesendet.
post-report-sent = ✓ { $locale } → { $channel }: { $link }
post-report-not-sent = ✗ { $locale } → { $channel }: { $status ->
        [missed] verpasst (der Bot lief zu dieser Zeit nicht)
        [refused] von Telegram abgelehnt ({ $reason }); prüfen Sie, ob der Bot Administrator des Kanals ist
        [unknown] unklar: Der Bot wurde während des Sendens beendet; bitte prüfen Sie den Kanal
        [lockdown] verpasst (zu dieser Zeit war die Sperre aktiv)
       *[other] fehlgeschlagen ({ $reason })
    }

post-button-language = { $done ->
        [yes] ✓ { language-name }
       *[other] { language-name }
    }
post-button-when = 🕘 Zeitpunkt
post-button-preview = Vorschau ▶
post-button-discard = Entwurf verwerfen
post-button-back = ◀ Zurück
post-button-remove = Diesen Text entfernen
post-button-confirm = ✅ Bestätigen und einplanen
post-button-fallback = Text für { $language } verwenden
post-button-skip = Diese Kanäle überspringen

# Wiederholte Beiträge (issue 19): täglich oder wöchentlich, bis zu einem Datum oder eine Anzahl Mal, jedes Mal ein eigener Beitrag.
post-button-repeat = 🔁 Wiederholen
post-ask-repeat =
    Soll der Beitrag wiederholt werden? Zum ersten Mal erscheint er am { $when }; jede Wiederholung geht einmal an jeden Kanal, zur selben Ortszeit.
post-button-repeat-daily = Jeden Tag
post-button-repeat-weekly = Jede Woche
post-button-repeat-none = Nur einmal
post-ask-repeat-end = { $every ->
        [daily] Jeden Tag
       *[weekly] Jede Woche
    } – bis wann? Senden Sie das letzte Datum, zum Beispiel 2027-05-21, oder wie oft insgesamt, zum Beispiel 4 (höchstens { $max }).
post-repeat-no-end = Eine Wiederholung braucht ein Ende. Senden Sie das letzte Datum, zum Beispiel 2027-05-21, oder wie oft insgesamt, zum Beispiel 4.
post-repeat-count = Die Anzahl muss zwischen 1 und { $max } liegen (Sie haben { $count } gesendet). Senden Sie eine andere Zahl oder das letzte Datum.
post-repeat-ends-before = Das letzte Datum, { $until }, liegt vor dem ersten Beitrag am { $first }. Senden Sie ein späteres Datum oder wie oft insgesamt.
post-repeat-too-many = Bis { $until } wären das mehr als { $max } Beiträge. Senden Sie ein früheres Datum oder wie oft insgesamt.
post-repeat-line = Wiederholung: { $every ->
        [daily] jeden Tag, { $times ->
            [one] { $times }-mal
           *[other] { $times }-mal
        }, zuletzt am { $last }
        [weekly] jede Woche, { $times ->
            [one] { $times }-mal
           *[other] { $times }-mal
        }, zuletzt am { $last }
       *[none] nein, nur einmal
    }
post-queue-repeat = { "   " }↻ { $every ->
        [daily] jeden Tag
       *[weekly] jede Woche
    } · { $times ->
        [one] noch { $times }-mal
       *[other] noch { $times }-mal
    } · zuletzt am { $last }
post-cancelled-repeat = Beitrag #{ $id } ist abgesagt: Keine seiner übrigen Wiederholungen wird erscheinen. Die bereits erschienenen bleiben in den Kanälen.
# Photos, albums and link buttons of posts and broadcasts.
post-menu-media =
    Fotos: { $photos } (beschrieben in: { $described }). Senden Sie ein Foto oder ein Album mit bis zu 10 Fotos, um es hinzuzufügen; die Bildunterschrift zählt als Text.
    Schaltflächen: { $buttons } (eigene Beschriftungen in: { $button_languages }).
post-button-photos = 🖼 Fotos
post-button-links = 🔗 Schaltflächen
post-button-remove-photos = Fotos entfernen
post-photos-menu = Fotos im Beitrag: { $count }. Mastodon braucht für jedes Foto eine Beschreibung (Alt-Text) in der Sprache jeder Mastodon-Fassung. Tippen Sie auf eine Sprache, um ihre Beschreibungen zu schreiben.
post-photos-how = Der Beitrag hat noch kein Foto. Solange der Entwurf offen ist, senden Sie ein Foto oder ein Album mit bis zu 10 Fotos.
post-photos-removed = Die Fotos sind entfernt; der Beitrag ist jetzt reiner Text.
post-ask-alt = Senden Sie die Beschreibungen auf { $language }: was jemand wissen sollte, der die Fotos nicht sehen kann. Fotos: { $count }; eine Zeile pro Foto, in ihrer Reihenfolge (bei einem Foto die ganze Nachricht).
post-ask-buttons =
    Senden Sie bis zu { $limit } Schaltflächen, eine pro Zeile, als „Beschriftung | https://…“, zum Beispiel:
    Appell unterschreiben | https://spring96.org
    Beginnen Sie mit einem Sprachcode und Doppelpunkt („de: …“) für Beschriftungen nur in dieser Sprache; ohne Code gelten die Schaltflächen für alle Sprachen. Senden Sie „-“, um sie zu entfernen.
post-photo-no-draft = Ein Foto kann ich nur verwenden, während Sie einen Beitrag vorbereiten: Beginnen Sie ihn mit /newpost. Um ein Foto an die Abonnenten zu senden, schreiben Sie /broadcast und den Text in die Bildunterschrift.
post-photo-not-yet = Senden Sie zuerst Datum und Uhrzeit des Beitrags, dann seine Fotos.
post-photo-not-image = Diese Datei ist kein Bild. Bitte senden Sie ein Foto.
post-photo-as-file = Bitte senden Sie das Bild als Foto, nicht als Datei: Die Kanäle erhalten Telegrams eigene Kopie des Fotos.
post-photo-too-large = Die Datei hat { $size } MB; der Bot nimmt höchstens { $limit } MB an. Bitte senden Sie ein kleineres Bild.
post-caption-too-long = Der Text auf { $language } ist { $over } Zeichen zu lang für eine Bildunterschrift: Telegram erlaubt dort { $limit }. Bitte kürzen Sie ihn und senden Sie ihn erneut.
post-album-too-many = Ein Album kann höchstens { $limit } Fotos haben. Bitte senden Sie es mit weniger Fotos erneut.
post-album-caption-first = Nur das erste Foto eines Albums kann den Text tragen. Bitte senden Sie das Album erneut, mit der Bildunterschrift nur am ersten Foto; nichts wurde eingeplant.
post-alt-count = Fotos: { $count }, erhaltene Beschreibungen: { $given }. Bitte senden Sie eine Zeile pro Foto, in ihrer Reihenfolge.
post-alt-too-long = Eine Beschreibung ist { $over } Zeichen zu lang: Mastodon erlaubt { $limit }. Bitte kürzen Sie sie.
post-alt-missing = Der Beitrag geht an Mastodon, das für jedes Foto eine Beschreibung braucht. Es fehlen welche in: { $languages }. Tippen Sie auf „Fotos“, dann auf die Sprache, und senden Sie die Beschreibungen; nichts wurde eingeplant.
post-buttons-too-many = Das sind { $count } Schaltflächen; ein Beitrag kann höchstens { $limit } haben. Bitte senden Sie weniger.
post-buttons-format = „{ $line }“ konnte ich nicht als Schaltfläche lesen. Schreiben Sie eine pro Zeile: Beschriftung | https://…
post-buttons-https = Der Link in „{ $line }“ muss mit https:// beginnen. Bitte korrigieren Sie ihn und senden Sie die Schaltflächen erneut.

# Confirming an edit of a queued post that another admin's confirmed edit changed meanwhile.
post-edit-stale = Ein anderer Admin hat Beitrag #{ $id } geändert, nachdem Sie mit der Bearbeitung begonnen haben; Ihre Änderung wurde daher nicht eingeplant. Öffnen Sie ihn erneut, um von seiner Fassung auszugehen.
