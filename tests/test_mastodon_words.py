"""The words a mention may start with: unambiguous, and the ones the catalogs teach really work."""

from __future__ import annotations

import re

import pytest

from bot.adapters.mastodon_words import LOOKUP, WORDS, Ask, after_own_mention, normalise, read_ask
from bot.i18n import Catalog
from bot.settings import LOCALES

CATALOG = Catalog()
# The words mastodon-unknown-word teaches, in its order.
TAUGHT = ["stats", "pledge", "unpledge", "forget", "letters", "help", "lang"]


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


BOT = "bot@x.example"
OWN = ("https://x.example/@bot",)


def link(url: str, user: str) -> str:
    """A mention as Mastodon writes it in a status's HTML: the profile link shows `@user` only."""
    return f'<span class="h-card"><a href="{url}" class="u-url mention">@<span>{user}</span></a></span>'


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (f"<p>{link(OWN[0], 'bot')} Stats</p>", "Stats"),
        (f"<p>{link(OWN[0] + '/', 'bot')} &quot;aide&quot; &amp; more</p>", '"aide" & more'),
        (f"<p>{link(OWN[0], 'bot')} hilfe<br />bitte</p>", "hilfe\nbitte"),
        (f"<p>{link(OWN[0], 'bot')} {link('https://o.example/@o', 'o')}</p><p>podpisz</p>", "@o\npodpisz"),
        (f"<p>{link('https://m.example/@anna', 'anna')} forget it {link(OWN[0], 'bot')}</p>", ""),
        (f"<p>hello {link(OWN[0], 'bot')} stats</p>", "stats"),
        ("<p>@bot@x.example @other</p><p>podpisz</p>", "@other\npodpisz"),  # text without links
        ("<p>@anna sign it, @bot has it</p>", "has it"),
    ],
)
def test_the_text_after_the_bot_s_own_mention(content: str, expected: str) -> None:
    assert after_own_mention(content, BOT, OWN) == expected


@pytest.mark.parametrize(
    "content",
    [
        f"<p>{link('https://elsewhere.example/@bot', 'bot')} forget</p>",  # another instance's @bot
        "<p>@bot@elsewhere.example forget</p>",
        "<p>@anna forget</p>",
        f"<p>{link('https://elsewhere.example/@bot', 'bot')} @bot forget</p>",  # its text is not a mention
    ],
)
def test_a_status_that_does_not_mention_the_bot_asks_nothing(content: str) -> None:
    assert after_own_mention(content, BOT, OWN) is None


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
        ("@anna sign", Ask("pledge")),  # mentions right after the bot's are skipped
        ("Так", Ask("confirm")),
        ("", Ask("unknown")),
    ],
)
def test_the_first_word_decides(text: str, ask: Ask) -> None:
    assert read_ask(text) == ask


@pytest.mark.parametrize("locale", LOCALES)
def test_the_word_the_forget_question_asks_for_confirms(locale: str) -> None:
    text = CATALOG.format("mastodon-forget-confirm", {"minutes": 30}, locale)
    quoted = re.findall(r"[«„“\"]\s?(\w+)\s?[»“”\"]", text)
    assert [LOOKUP.get(normalise(word)) for word in quoted] == ["confirm"], (locale, quoted)
    assert CATALOG.format("forget-confirm", locale=locale) in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("letters", Ask("letters")),
        ("лісты Алесь Прыдуманы", Ask("letters", "Алесь Прыдуманы")),
        ("/Briefe Aleś", Ask("letters", "Aleś")),
        ("écrire", Ask("howtowrite")),
    ],
)
def test_letters_takes_the_whole_name_after_it(text: str, expected: Ask) -> None:
    assert read_ask(text) == expected
