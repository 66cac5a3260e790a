"""The words a mention may start with: unambiguous, and the ones the catalogs teach really work."""

from __future__ import annotations

import re

import pytest

from bot.adapters.mastodon_words import LOOKUP, WORDS, Ask, mention_text, normalise, read_ask
from bot.i18n import Catalog
from bot.settings import LOCALES

CATALOG = Catalog()
TAUGHT = ["stats", "pledge", "unpledge", "forget", "help", "lang"]  # the order of mastodon-unknown-word


def test_every_locale_has_words_for_every_action() -> None:
    assert set(WORDS) == set(LOCALES)
    actions = set(WORDS["en"])
    assert all(set(words) == actions for words in WORDS.values())


def test_no_word_means_two_things() -> None:
    meaning: dict[str, str] = {}
    for locale, words in WORDS.items():
        for action, spellings in words.items():
            for spelling in spellings:
                key = normalise(spelling)
                assert meaning.setdefault(key, action) == action, f"{locale}: {spelling!r}"
    assert meaning == LOOKUP


@pytest.mark.parametrize("locale", LOCALES)
def test_the_words_the_reply_teaches_are_understood(locale: str) -> None:
    text = CATALOG.format("mastodon-unknown-word", {"codes": "be, en"}, locale)
    lines = text.splitlines()[1:]
    assert len(lines) == len(TAUGHT)
    for line, action in zip(lines, TAUGHT, strict=True):
        word = line.split()[0]
        assert LOOKUP.get(normalise(word)) == action, f"{locale}: {word!r} should mean {action}"
        english = re.search(r"\((\w+)", line)
        if locale != "en":
            assert english is not None and LOOKUP[english.group(1)] == action


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '<p><span class="h-card"><a href="https://x.example/@bot">@<span>bot</span></a></span> Stats</p>',
            "Stats",
        ),
        ("<p>@bot@x.example @other</p><p>podpisz</p>", "podpisz"),
        ("<p>@bot hilfe<br />bitte</p>", "hilfe\nbitte"),
        ("<p>@bot &quot;aide&quot; &amp; more</p>", '"aide" & more'),
        ("<p>hello @bot stats</p>", "hello @bot stats"),  # only the mentions it starts with go
    ],
)
def test_mention_text_drops_html_and_leading_mentions(content: str, expected: str) -> None:
    assert mention_text(content) == expected


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("Statystyka!", Ask("stats")),
        ("/stats please", Ask("stats")),
        ("СТАТЫСТЫКА", Ask("stats")),
        ("Podpisz.", Ask("pledge")),
        ("unterschreiben", Ask("pledge")),
        ("Vergiss mich", Ask("forget")),
        ("мова BE", Ask("lang", "be")),
        ("lang", Ask("lang")),
        ("S’abonner", Ask("subscribe")),
        ("Zurückziehen", Ask("unpledge")),
        ("Atsiimti", Ask("unpledge")),  # the word lt-catalog uses for withdrawing
        ("atšaukti", Ask("unpledge")),  # and the older one, still understood
        ("please sign", Ask("unknown")),  # the first word decides
        ("", Ask("unknown")),
    ],
)
def test_the_first_word_decides(text: str, ask: Ask) -> None:
    assert read_ask(text) == ask
