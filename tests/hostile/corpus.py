"""Nasty input for the hostile-input tests: a fixed corpus and hypothesis strategies built on it."""

from __future__ import annotations

from hypothesis import strategies as st

from bot.settings import LOCALES

LONG = 10_000

# Strings that have broken bots before: formatting, encodings, directions, sizes, injections.
NASTY: tuple[str, ...] = (
    "",
    " ",
    "\t\n\r",
    "\x00",
    "\x00\x01\x02\x1b[31mred\x1b[0m\x7f",
    "\u202e/start\u202c",  # right-to-left override
    "\u200f\u200e\u2066\u2067\u2068\u2069",  # RTL/LTR marks and isolates
    "\ufeff/help",  # byte-order mark
    "\u200b\u200c\u200d",  # zero-width space and joiners
    "\u0301\u0301\u0301a\u0301",  # combining marks with nothing to combine
    "Z̵̢̛͓̪̫͔̳͉̬̻̈́̆̉̇a̴̢̛l̷go",
    "\ud7ff\ue000\uffff",
    "💣🔥👩‍👩‍👧‍👦🏳️‍🌈",
    "\U0001f4a9" * 100,
    "<b>",
    "</b>",
    "<b>bold",
    "<i><b>crossed</i></b>",
    "&",
    "&amp",
    "&lt;&gt;&amp;&quot;&#0;&#x110000;",
    "AT&T <3",
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="tg://user?id=1">you</a>',
    "<tg-spoiler>",
    "<pre><code>",
    "<!-- comment",
    "<![CDATA[x]]>",
    "*bold* _it_ `code` [link](http://x) ~~s~~ ||spoiler||",
    "```\nunclosed",
    "\\",
    "'; DROP TABLE pledges; --",
    "1 OR 1=1",
    '" OR ""="',
    "%s%s%s%n",
    "{0}{1}{name}{{}}",
    "{ $name }",  # Fluent placeholder syntax
    "${jndi:ldap://127.0.0.1/x}",
    "../../etc/passwd",
    "NaN",
    "-1",
    "0",
    "99999999999999999999999",
    "1e400",
    "2027-02-30 25:61 Mars/Olympus",
    "2027-05-21 09:00 ../../../etc/localtime",
    "be",
    "xx",
    "zz-ZZ",
    "BE-by",
    "@everyone",
    "/start",
    "/lang@OtherBot be",
    "a" * LONG,
    "/" + "b" * LONG,
    ("ü" * 50 + " ") * 200,
    '=HYPERLINK("http://127.0.0.1")',
    "+1-2",
    "@SUM(A1)",
    "line\r\nbreak\u2028sep\u2029para",
)

# What platforms send as a language code, valid or not.
LANGUAGE_CODES: tuple[str | None, ...] = (
    *LOCALES,
    None,
    "",
    "zz-ZZ",
    "xx",
    "be-BY",
    "pt-BR",
    "x" * 300,
    "\x00",
)

# Button data a forger might send: known prefixes with odd suffixes, and nonsense (64 bytes is Telegram's
# own limit, but a raw update can carry anything).
CALLBACK_PREFIXES = ("lang", "pledge", "forget", "sub", "bc", "post")


def hostile_text() -> st.SearchStrategy[str]:
    """The corpus, arbitrary Unicode (surrogates excluded: they cannot be sent as UTF-8), and mixes."""
    unicode = st.text(st.characters(exclude_categories=["Cs"]), max_size=200)
    return st.one_of(
        st.sampled_from(NASTY),
        unicode,
        st.lists(st.sampled_from(NASTY), min_size=1, max_size=4).map(" ".join),
        st.tuples(st.sampled_from(NASTY), unicode).map("".join),
    )


HTML_PIECES = (
    "<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "<B>", "</B >", "<b/>", "<b x=1>", "<s>", "</s>",
    "<a href=\"https://example.org/?a=1&amp;b=2\">", "<a href='x'>", "<a>", "</a>",
    "<span class=\"tg-spoiler\">", "<span>", "</span>", "<tg-spoiler>", "</tg-spoiler>",
    "<code>", "</code>", "<pre>", "</pre>", '<pre><code class="language-python">', "</code></pre>",
    "<tg-emoji emoji-id=\"1\">", "</tg-emoji>", "<blockquote expandable>", "</blockquote>",
    "<br>", "<p>", "<script>", "<!--", "-->", "<", ">", "&", "&amp;", "&lt;", "&#0;", "&#x1F4A3;",
    "&nbsp;", "&#1114112;", "\"", "'", "text", " ", "\n", "Свабода", "\u202e",
)  # fmt: skip


def html_text() -> st.SearchStrategy[str]:
    """Telegram HTML as an admin might type it: good, broken, and almost good."""
    return st.lists(st.sampled_from(HTML_PIECES), min_size=1, max_size=10).map("".join)


def callback_data() -> st.SearchStrategy[str]:
    """Forged or oversized button data, some of it shaped like the bot's own."""
    suffix = st.one_of(
        hostile_text(),
        st.sampled_from(["", ":", "::", "ok", "ok:1:1", "go:1", "drop:1", "lang:be", "fb:-", "yes", "on"]),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
    )
    shaped = st.tuples(st.sampled_from(CALLBACK_PREFIXES), suffix).map(lambda p: f"{p[0]}:{p[1]}")
    return st.one_of(shaped, hostile_text(), st.text(min_size=65, max_size=400))


def language_codes() -> st.SearchStrategy[str | None]:
    """Language codes as a platform might report them."""
    return st.one_of(st.sampled_from(LANGUAGE_CODES), st.text(max_size=20))
