"""What a mention asks for: the words people may write after the bot's name, per language.

This is input vocabulary, not text the bot writes: `@freethemall statystyka`, `@freethemall podpisz`.
The first word after the bot's OWN mention decides (other mentions right after it are skipped; a
leading `/` is allowed, as in `/stats`); words before that mention, or after someone else's, are
never read: `@anna forget it @freethemall` asks for nothing. `lang`/`мова`/`język` take the
language code after it, `letters` the name after it (all its words). `confirm` ("yes") only means
something in reply to the bot's question. Words of every language are understood
whatever the person's language, so no word may mean two different things (a test checks it).
The replies list the words of the person's language: `mastodon-unknown-word` in messages/.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from html.parser import HTMLParser

# Actions: a command of the router, or `pledge` (signed at once: no buttons on Mastodon), `forget`
# (asked first; erased on a reply `confirm` from the same account), or `subscribe` (Telegram only).
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
        "confirm": ("yes",),
        "letters": ("letters", "birthdays"),
        "howtowrite": ("howtowrite", "write"),
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
        "confirm": ("так",),
        "letters": ("лісты", "ліст"),
        "howtowrite": ("пісаць",),
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
        "confirm": ("да",),
        "letters": ("письма", "письмо"),
        "howtowrite": ("писать",),
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
        "confirm": ("так", "підтверджую"),
        "letters": ("листи", "лист"),
        "howtowrite": ("писати",),
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
        "confirm": ("tak",),
        "letters": ("listy", "list"),
        "howtowrite": ("pisać",),
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
        "confirm": ("taip",),
        "letters": ("laiškai", "laiškas"),
        "howtowrite": ("rašyti",),
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
        "confirm": ("ja",),
        "letters": ("briefe", "brief"),
        "howtowrite": ("schreiben",),
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
        "confirm": ("oui",),
        "letters": ("lettres", "lettre"),
        "howtowrite": ("écrire",),
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
        "confirm": ("sì", "si"),
        "letters": ("lettere", "lettera"),
        "howtowrite": ("scrivere",),
    },
}

MENTION_WORD = re.compile(r"^@[\w.-]+(?:@[\w.-]+)?$")
PLAIN_MENTION = re.compile(r"(?<![\w@])@(\w[\w.-]*?)(?:@([\w-]+(?:\.[\w-]+)+))?(?![\w@-])")
OWN = "\x00"  # where the bot's own mention stood, in the plain text of a status
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


class _MentionReader(HTMLParser):
    """A status's HTML as plain text, the bot's own mention made `OWN`.

    A link to one of `own` (the bot's profile addresses) is the bot's mention. With `acct` set (for
    text without links), `@user@domain` equal to it, or `@user` on its instance, is.
    """

    def __init__(self, own: Collection[str], acct: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.own, self.acct = own, acct
        self.parts: list[str] = []
        self.link: str | None = None  # the address of the link the text is in
        self.links = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" or (tag == "p" and self.parts):
            self.parts.append("\n")
        elif tag == "a":
            self.links += 1
            self.link = same_address(dict(attrs).get("href") or "")
            if self.link in self.own:
                self.parts.append(f" {OWN} ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.link = None

    def handle_data(self, data: str) -> None:
        data = data.replace(OWN, "")
        if self.link is None and self.acct is not None:
            data = PLAIN_MENTION.sub(lambda match: _own_or_kept(match, self.acct or ""), data)
        if self.link not in self.own:
            self.parts.append(data)


def same_address(url: str) -> str:
    """A profile address as compared: lower case, no trailing slash."""
    return url.strip().rstrip("/").casefold()


def after_own_mention(content: str, acct: str, addresses: Collection[str]) -> str | None:
    """The plain text after the bot's first own mention, or None if the bot is not mentioned.

    Mastodon shows a mention as a link to the profile with only `@username` as its text, even for
    another instance's `@freethemall`: the link (`addresses`, from the status's `mentions` and the
    account itself) tells which account is meant. Only a status without any link (from software
    that sends plain text) is read for `@user@domain` equal to the bot's full `acct`, or `@user`
    on the bot's instance.
    """
    own = {same_address(address) for address in addresses if address}
    reader = _read(content, _MentionReader(own))
    if OWN not in "".join(reader.parts) and not reader.links:
        reader = _read(content, _MentionReader(own, acct))
    plain = "".join(reader.parts)
    return plain.split(OWN, 1)[1].strip() if OWN in plain else None


def _read(content: str, reader: _MentionReader) -> _MentionReader:
    reader.feed(content)
    reader.close()
    return reader


def _own_or_kept(match: re.Match[str], acct: str) -> str:
    user, domain = match.group(1), match.group(2) or acct.partition("@")[2]
    return f" {OWN} " if f"{user}@{domain}".casefold() == acct.casefold() else match.group(0)


def read_ask(text: str) -> Ask:
    """The action the first word names (with the next word as its argument), or "unknown".

    Mentions the text starts with are skipped (`@freethemall @anna stats`: the bot is asked).
    """
    words = text.split()
    while words and (words[0] == OWN or MENTION_WORD.match(words[0])):
        words.pop(0)
    if not words:
        return Ask("unknown")
    action = LOOKUP.get(normalise(words[0]), "unknown")
    arg = normalise(words[1]) if len(words) > 1 and action == "lang" else None
    if action == "letters" and len(words) > 1:  # a name: every word, as written
        arg = " ".join(words[1:])
    return Ask(action, arg)
