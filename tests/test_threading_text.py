"""Cutting long texts into Mastodon threads: every part fits, no word is cut, hashtags stay at the end."""

from __future__ import annotations

import random
import re
import time

import pytest

from bot.services.threading_text import split_for_thread, status_length

COUNTER = re.compile(r"^\((\d+)/(\d+)\)$")
TAGS = "#FreeThemAll #FreePoliticalPrisoners #Belarus"
SENTENCES = {
    "be": "Палітвязні ў Беларусі чакаюць нашай салідарнасці, і мы не маўчым.",
    "ru": "Политзаключённые в Беларуси ждут нашей солидарности, и мы не молчим.",
    "uk": "Політв’язні в Білорусі чекають на нашу солідарність, і ми не мовчимо.",
    "pl": "Więźniowie polityczni na Białorusi czekają na naszą solidarność i nie milczymy.",
    "lt": "Politiniai kaliniai Baltarusijoje laukia mūsų solidarumo, ir mes netylime.",
    "en": "Political prisoners in Belarus are waiting for our solidarity, and we are not silent.",
    "de": "Die politischen Gefangenen in Belarus warten auf unsere Solidarität, und wir schweigen nicht.",
    "fr": "Les prisonniers politiques au Bélarus attendent notre solidarité, et nous ne nous taisons pas.",
    "it": "I prigionieri politici in Bielorussia aspettano la nostra solidarietà e noi non taciamo.",
}


def words_without_counters(parts: list[str]) -> list[str]:
    return [word for part in parts for word in part.split() if not COUNTER.match(word)]


def counters(parts: list[str]) -> list[tuple[int, int]]:
    found = [COUNTER.match(word) for part in parts for word in part.split()]
    return [(int(match.group(1)), int(match.group(2))) for match in found if match]


def assert_good_thread(parts: list[str], text: str, limit: int) -> None:
    assert all(status_length(part) <= limit for part in parts), [status_length(p) for p in parts]
    assert words_without_counters(parts) == text.split()  # nothing lost, nothing cut, order kept
    assert counters(parts) == [(n, len(parts)) for n in range(1, len(parts) + 1)]


def test_a_text_that_fits_is_one_status_as_it_is() -> None:
    assert split_for_thread("  Free them all. #FreeThemAll \n", 500) == ["Free them all. #FreeThemAll"]
    assert split_for_thread(" \n ", 500) == []


def test_a_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        split_for_thread("text", 0)


@pytest.mark.parametrize("locale", sorted(SENTENCES))
def test_long_text_in_each_language_splits_at_sentences_with_hashtags_last(locale: str) -> None:
    text = " ".join([SENTENCES[locale]] * 6) + "\n\n" + TAGS
    parts = split_for_thread(text, 200)
    assert len(parts) > 1
    assert_good_thread(parts, text, 200)
    for part in parts[:-1]:
        assert re.search(r"[.!?] \(\d+/\d+\)$", part), part  # each cut falls after a sentence
    assert parts[-1].endswith("\n\n" + TAGS)
    assert all("#" not in part for part in parts[:-1])


def test_ten_thousand_characters_in_several_scripts() -> None:
    rng = random.Random(7)  # noqa: S311 - a repeatable text, not a secret
    vocabulary = [word for sentence in SENTENCES.values() for word in sentence.split()] + ["🕊️", "✊🏽"]
    text = ""
    while len(text) < 10_000:
        text += " ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 25)))
        text += rng.choice([" ", "\n", "\n\n"])
    text = text[:10_000].rsplit(" ", 1)[0] + "\n" + TAGS
    started = time.perf_counter()
    for limit in (500, 120):
        parts = split_for_thread(text, limit)
        assert_good_thread(parts, text, limit)
        assert parts[-1].endswith(TAGS)
    assert time.perf_counter() - started < 2


def test_more_than_nine_parts_still_fit_with_their_counters() -> None:
    text = " ".join(["word"] * 400)
    parts = split_for_thread(text, 60)
    assert len(parts) >= 10
    assert_good_thread(parts, text, 60)
    assert parts[0].endswith(f"(1/{len(parts)})")


def test_paragraph_breaks_are_preferred_to_a_fuller_part() -> None:
    first = "One paragraph about the campaign, long enough to fill most of a part here."
    second = "Another paragraph that follows it and would not fit with it in one status."
    parts = split_for_thread(f"{first}\n\n{second}", 130)
    assert parts == [f"{first} (1/2)", f"{second} (2/2)"]


def test_a_single_word_longer_than_the_limit_is_the_only_thing_cut() -> None:
    long_word = "Niezłomność" * 30
    text = f"Before the word. {long_word} after it."
    parts = split_for_thread(text, 100)
    assert all(status_length(part) <= 100 for part in parts)
    kept = words_without_counters(parts)
    assert kept[:3] == ["Before", "the", "word."]
    assert kept[-2:] == ["after", "it."]
    assert "".join(kept[3:-2]) == long_word


@pytest.mark.parametrize(
    ("unit", "size"),
    [
        ("👩\u200d👩\u200d👧\u200d👦", 7),  # a family: four people joined by zero-width joiners
        ("e\u0301", 2),  # e with a combining acute accent
        ("🇧🇾", 2),  # a flag: two regional indicators
        ("👍🏽", 2),  # a thumb with a skin tone
    ],
)
def test_a_cut_never_falls_inside_a_grapheme(unit: str, size: int) -> None:
    text = unit * 90
    parts = split_for_thread(text, 50)
    assert len(parts) > 1
    pieces = [COUNTER.sub("", part.rsplit(" ", 1)[0]) for part in parts]
    assert "".join(pieces) == text
    assert all(len(piece) % size == 0 for piece in pieces), [len(p) for p in pieces]
    assert all(status_length(part) <= 50 for part in parts)


def test_urls_count_as_23_characters_like_on_mastodon() -> None:
    url = "https://spring96.org/en/news/115297?utm_source=campaign&lang=en&ref=" + "x" * 60
    short = "https://t.me/x"
    assert status_length(url) == 23
    assert status_length(short) == 23  # a short link counts 23 too
    assert status_length(f"Read {url} now") == 5 + 23 + 4
    assert status_length("Visit example.org today") == len("Visit example.org today")  # no scheme
    text = f"The latest figures from Viasna: {url}\n\n{TAGS}"
    assert len(text) > 120
    assert split_for_thread(text, 120) == [text]


def test_urls_are_never_cut() -> None:
    url = "https://prisoners.spring96.org/en/list?page=" + "9" * 40
    text = " ".join(["Solidarity", url] * 8)
    parts = split_for_thread(text, 80)
    assert_good_thread(parts, text, 80)
    assert words_without_counters(parts).count(url) == 8


def test_hashtags_stay_together_when_the_last_part_is_full() -> None:
    body = " ".join(["Freedom"] * 60)
    text = f"{body}\n{TAGS}"
    parts = split_for_thread(text, 100)
    assert_good_thread(parts, text, 100)
    assert parts[-1].endswith("\n\n" + TAGS)
    assert sum(part.count(TAGS) for part in parts) == 1


def test_hashtags_longer_than_what_is_left_get_a_part_of_their_own() -> None:
    tags = " ".join(f"#Tag{n}" for n in range(13))
    body = "Short text before a long line of tags, which cannot share a part with it."
    parts = split_for_thread(f"{body}\n{tags}", 90)
    assert parts == [f"{body} (1/2)", f"{tags} (2/2)"]


def test_a_small_limit_has_no_counters() -> None:
    text = "one two three four five six seven eight nine ten"
    parts = split_for_thread(text, 12)
    assert all(len(part) <= 12 for part in parts)
    assert " ".join(parts).split() == text.split()
    assert not counters(parts)


def test_punctuation_after_a_link_counts_as_text_as_mastodon_counts_it() -> None:
    from bot.services.threading_text import status_length

    # Mastodon ends the URL before ")." : 23 for the link, then 2 characters of text, plus "(".
    assert status_length("(https://example.org/report/1).") == 1 + 23 + 2
    assert status_length("see https://example.org/a_(b)") == 4 + 23  # a balanced ")" is the URL's
    parts = split_for_thread(" ".join(f"Report (https://example.org/report/{n})." for n in range(40)), 500)
    assert all(status_length(part) <= 500 for part in parts)
