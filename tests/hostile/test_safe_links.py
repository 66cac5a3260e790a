"""Hostile links for safe mode: whatever form a link takes, none survives (issue 17, item 9)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.provisional import domains, urls

from bot.services.links import plain_without_links, without_links

WORDS = st.lists(st.text(st.characters(categories=["L"]), min_size=1, max_size=8), max_size=4).map(" ".join)
NAMES = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{4,30}", fullmatch=True)
# (what is written, what must not be left of it)
LINK = st.one_of(
    domains().map(lambda d: (d, d)),
    domains().map(lambda d: (f"www.{d}", d)),
    st.tuples(domains(), NAMES).map(lambda p: (f"{p[0]}/{p[1]}?a=1", p[0])),
    urls().map(lambda u: (u, u.split("://", 1)[1].split("/", 1)[0].split(":")[0])),
    st.tuples(NAMES, domains()).map(lambda p: (f"{p[0]}@{p[1]}", p[1])),
    NAMES.map(lambda n: (f"t.me/{n}", n)),
    NAMES.map(lambda n: (f"@{n}", n)),
    NAMES.map(lambda n: (f"tg://resolve?domain={n}", n)),
)
PUNCTUATION = st.sampled_from(["", ".", ",", "!", ")", ":"])


@settings(max_examples=300, deadline=None)
@given(before=WORDS, link=LINK, after=WORDS, end=PUNCTUATION)
def test_no_link_survives_in_plain_text(before: str, link: tuple[str, str], after: str, end: str) -> None:
    written, core = link
    out = plain_without_links(f"{before} {written}{end} {after}")
    assert core.casefold() not in out.casefold(), (written, out)
    kept = [word.strip(".,!):") for word in out.split()]
    assert [w for w in kept if w.isalpha()] == f"{before} {after}".split()  # the words around it stay


@settings(max_examples=200, deadline=None)
@given(before=WORDS, link=LINK, tag=st.sampled_from(["b", "i", "u", "code"]))
def test_no_link_survives_in_telegram_html(before: str, link: tuple[str, str], tag: str) -> None:
    written, core = link
    body = f'{before} <{tag}>{written}</{tag}> <a href="https://{core}/x">{before or "here"}</a>'
    out = without_links(body)
    assert core.casefold() not in out.casefold(), (body, out)
    assert "<a" not in out and before.split() == out.split()[: len(before.split())]
