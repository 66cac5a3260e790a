"""What a mention asks for: the words people may write after the bot's name, per language.

This is input vocabulary, not text the bot writes: `@freethemall statystyka`, `@freethemall podpisz`.
The first word after the leading @mentions decides (a leading `/` is allowed, as in `/stats`);
`lang`/`мова`/`język` take the language code after it. Words of every language are understood
whatever the person's language, so no word may mean two different things (a test checks it).
The replies list the words of the person's language: `mastodon-unknown-word` in messages/.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.services.post_input import html_to_plain

# Actions: a command of the router, or `pledge` / `forget` (signed or erased at once: no buttons
# on Mastodon), or `subscribe` (which exists on Telegram only).
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "stats": ("stats", "statistics", "count"),
        "pledge": ("pledge", "sign"),
        "unpledge": ("unpledge", "withdraw", "unsign"),
        "forget": ("forget",),
        "help": ("help", "commands"),
        "about": ("about", "campaign", "demands"),
        "start": ("start", "hello", "hi"),
        "share": ("share",),
        "lang": ("lang", "language"),
        "subscribe": ("subscribe", "unsubscribe"),
    },
    "be": {
        "stats": ("статыстыка", "лічба"),
        # "подпісацца" is a common mixed spelling of "падпісацца"
        "pledge": ("падпісацца", "падпісаць", "падпісваю", "падпішуся", "подпісацца"),
        "unpledge": ("адклікаць", "адклікаю"),
        "forget": ("забыць", "забудзь"),
        "help": ("дапамога",),
        "about": ("кампанія",),
        "start": ("пачаць", "прывітанне", "старт"),
        "share": ("падзяліцца",),
        "lang": ("мова",),
        "subscribe": ("падпіска", "адпісацца"),
    },
    "ru": {
        "stats": ("статистика",),
        "pledge": ("подписаться", "подписать", "подписываю", "подпишусь"),
        "unpledge": ("отозвать", "отзываю"),
        "forget": ("забыть", "забудь"),
        "help": ("помощь", "справка"),
        "about": ("кампания",),
        "start": ("начать", "привет", "старт"),
        "share": ("поделиться",),
        "lang": ("язык",),
        "subscribe": ("подписка", "отписаться"),
    },
    "uk": {
        "stats": ("статистика",),
        "pledge": ("підписатися", "підписати", "підписую", "підпишуся"),
        "unpledge": ("відкликати", "відкликаю"),
        "forget": ("забути", "забудь"),
        "help": ("допомога", "довідка"),
        "about": ("кампанія",),
        "start": ("почати", "привіт", "старт"),
        "share": ("поділитися",),
        "lang": ("мова",),
        "subscribe": ("підписка", "відписатися"),
    },
    "pl": {
        "stats": ("statystyka", "statystyki"),
        "pledge": ("podpisz", "podpisać", "podpisuję"),
        "unpledge": ("wycofaj", "wycofać", "wycofuję"),
        "forget": ("zapomnij", "zapomnieć"),
        "help": ("pomoc",),
        "about": ("kampania",),
        "start": ("start", "cześć"),
        "share": ("udostępnij",),
        "lang": ("język",),
        "subscribe": ("subskrybuj", "subskrypcja", "odsubskrybuj"),
    },
    "lt": {
        "stats": ("statistika",),
        "pledge": ("pasirašyti", "pasirašau", "pasirašyk"),
        "unpledge": ("atsiimti", "atsiimu", "atšaukti", "atšaukiu"),
        "forget": ("pamiršti", "pamiršk"),
        "help": ("pagalba",),
        "about": ("kampanija", "apie"),
        "start": ("pradėti", "labas"),
        "share": ("dalintis", "pasidalinti"),
        "lang": ("kalba",),
        "subscribe": ("prenumeruoti", "prenumerata", "atsisakyti"),
    },
    "de": {
        "stats": ("statistik", "zahlen"),
        "pledge": ("unterschreiben", "unterschreibe", "unterzeichnen"),
        "unpledge": ("zurückziehen", "zurückziehe"),
        "forget": ("vergessen", "vergiss"),
        "help": ("hilfe",),
        "about": ("kampagne", "forderungen"),
        "start": ("hallo",),
        "share": ("teilen",),
        "lang": ("sprache",),
        "subscribe": ("abonnieren", "abbestellen"),
    },
    "fr": {
        "stats": ("statistiques", "chiffres"),
        "pledge": ("signer", "signe"),
        "unpledge": ("retirer", "retire"),
        "forget": ("oublier", "oublie"),
        "help": ("aide",),
        "about": ("campagne", "revendications"),
        "start": ("bonjour", "salut", "commencer"),
        "share": ("partager",),
        "lang": ("langue",),
        "subscribe": ("abonner", "s'abonner", "abonnement", "désabonner"),
    },
    "it": {
        "stats": ("statistiche", "statistica"),
        "pledge": ("firmare", "firmo", "firma"),
        "unpledge": ("ritirare", "ritiro"),
        "forget": ("dimenticare", "dimentica", "dimenticami"),
        "help": ("aiuto",),
        "about": ("campagna",),
        "start": ("ciao", "inizia"),
        "share": ("condividi",),
        "lang": ("lingua",),
        "subscribe": ("iscriviti", "abbonati", "disiscriviti"),
    },
}

LEADING_MENTIONS = re.compile(r"^(?:\s*@[\w.-]+(?:@[\w.-]+)?)+")
BREAKS = re.compile(r"<br\s*/?>|</p>\s*<p>", re.IGNORECASE)
EDGE_PUNCTUATION = ".,!?;:…¡¿\"'«»„“”‘’()[]"


@dataclass(frozen=True)
class Ask:
    """What a mention asks for: an action from WORDS (or "unknown") and its argument, if any."""

    action: str
    arg: str | None = None


def normalise(word: str) -> str:
    """A word as it is looked up: NFC, case-folded, without a leading `/` or edge punctuation."""
    word = unicodedata.normalize("NFC", word).replace("’", "'").casefold()
    return word.lstrip("/").strip(EDGE_PUNCTUATION)


def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for words in WORDS.values():
        for action, spellings in words.items():
            for spelling in spellings:
                table.setdefault(normalise(spelling), action)
    return table


LOOKUP = _lookup()


def mention_text(content: str) -> str:
    """A status's HTML as plain text, without the @mentions it starts with."""
    plain = html_to_plain(BREAKS.sub("\n", content))
    return LEADING_MENTIONS.sub("", plain).strip()


def read_ask(text: str) -> Ask:
    """The action the first word names (with the next word as its argument), or "unknown"."""
    words = text.split()
    if not words:
        return Ask("unknown")
    action = LOOKUP.get(normalise(words[0]), "unknown")
    arg = normalise(words[1]) if len(words) > 1 and action == "lang" else None
    return Ask(action, arg)
