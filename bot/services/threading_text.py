"""Cut a text too long for one status into a thread of statuses that each fit the instance's limit.

How Mastodon counts (StatusLengthValidator): grapheme clusters, every http(s) URL as
`characters_reserved_per_url` (23), a remote mention as its local part. Here a status is counted
in code points, never fewer than graphemes, and URLs as `url_length`: never more than Mastodon
counts, except that a URL whose host has no alphabetic top-level domain is counted in full.

Cuts fall, by preference, at a paragraph, a sentence, a line, then any space in the second half of
the room a part has; a word is cut only when it alone is longer than a part can hold. A trailing
line of hashtags stays whole at the end of the last part, and each part ends with " (i/n)".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

URL_LENGTH = 23
TRAILING = ".,;:!?'\""  # punctuation Mastodon leaves out of a URL's end
URL = re.compile(r"https?://[\w-]+(?:\.[\w-]+)*\.(?:[^\W\d_]{2,}|xn--[\w-]+)(?:[/?#:][^\s<>\"]*)?")
WORD = re.compile(r"(\s*)(\S+)")
SENTENCE_END = re.compile(r"[.!?…。！？][\"'»”’)\]]*$")
TAGS_SEPARATOR = "\n\n"
COUNTER_MIN_LIMIT = 40  # below this, a " (1/2)" counter would eat too much of each part
PREFERRED_SHARE = 0.5  # a preferred break must leave a part at least this full


def status_length(text: str, url_length: int = URL_LENGTH) -> int:
    """The length Mastodon counts (or more): code points, each URL as `url_length`."""
    return len(text) + sum(url_length - len(_as_mastodon_ends(match.group())) for match in URL.finditer(text))


def _as_mastodon_ends(url: str) -> str:
    """The URL as Mastodon delimits it, without its trailing punctuation or unbalanced `)`.

    Those are counted as text, as in `… (https://example.org/report).`
    """
    while url and (url[-1] in TRAILING or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def split_for_thread(text: str, limit: int, url_length: int = URL_LENGTH) -> list[str]:
    """The parts of a thread, each at most `limit` long as Mastodon counts; one part if it fits."""
    if limit < 1:
        raise ValueError("limit must be positive")
    text = text.strip()
    if not text:
        return []
    if status_length(text, url_length) <= limit:
        return [text]
    body, tags = _trailing_tags(text)
    digits = 1
    while True:
        reserve = len(_counter(10**digits - 1, 10**digits - 1)) if limit >= COUNTER_MIN_LIMIT else 0
        chunks, tags_joined = _plan(body, tags, limit - reserve, url_length)
        if not reserve or len(str(len(chunks))) <= digits:
            return _assemble(chunks, tags if tags_joined else None, numbered=bool(reserve))
        digits = len(str(len(chunks)))


@dataclass(frozen=True)
class _Word:
    gap: str  # the whitespace before the word, kept inside a part (newlines stay)
    text: str
    weight: int


def _words(text: str, url_length: int) -> list[_Word]:
    return [
        _Word(match.group(1), match.group(2), status_length(match.group(2), url_length))
        for match in WORD.finditer(text)
    ]


def _weight(words: list[_Word]) -> int:
    return sum(word.weight for word in words) + sum(len(word.gap) for word in words[1:])


def _join(words: list[_Word]) -> str:
    return words[0].text + "".join(word.gap + word.text for word in words[1:]) if words else ""


def _trailing_tags(text: str) -> tuple[str, str | None]:
    """The text without its last line when that line is only hashtags, and that line."""
    head, _, last = text.rpartition("\n")
    tokens = last.split()
    if head.strip() and tokens and all(token.startswith("#") and len(token) > 1 for token in tokens):
        return head.rstrip(), " ".join(tokens)
    return text, None


def _plan(body: str, tags: str | None, budget: int, url_length: int) -> tuple[list[str], bool]:
    """The parts' texts (without counters); True when the hashtags fit at the end of the last one."""
    words = _words(body, url_length)
    if tags is None:
        return [_join(chunk) for chunk in _chunks(words, budget, budget, url_length)[0]], False
    room = budget - len(TAGS_SEPARATOR) - status_length(tags, url_length)
    chunks, joined = _chunks(words, budget, room, url_length)
    texts = [_join(chunk) for chunk in chunks]
    if joined:
        return texts, True
    tag_chunks = _chunks(_words(tags, url_length), budget, budget, url_length)[0]
    return texts + [_join(chunk) for chunk in tag_chunks], False


def _chunks(
    words: list[_Word], budget: int, last_budget: int, url_length: int
) -> tuple[list[list[_Word]], bool]:
    """Words grouped into parts of at most `budget`; True when the last part fits `last_budget`."""
    chunks: list[list[_Word]] = []
    while words:
        total = _weight(words)
        if total <= last_budget:
            chunks.append(words)
            return chunks, True
        if total <= budget:
            cut = _final_break(words, last_budget)
            if cut is None:
                chunks.append(words)
                return chunks, False
        elif words[0].weight > budget:
            head, words = _cut_word(words, budget, url_length)
            chunks.append([head])
            continue
        else:
            cut = _best_break(words, _fitting(words, budget), budget)
        chunks.append(words[:cut])
        words = [_Word("", words[cut].text, words[cut].weight), *words[cut + 1 :]]
    return chunks, False


def _fitting(words: list[_Word], budget: int) -> int:
    """How many words from the front fit in `budget`, leaving at least one behind."""
    fits, used = 0, 0
    for index, word in enumerate(words[:-1]):
        used += word.weight + (len(word.gap) if index else 0)
        if used > budget:
            break
        fits = index + 1
    return fits


def _best_break(words: list[_Word], fits: int, budget: int) -> int:
    """Where to end a part: after a paragraph, a sentence or a line if one falls late enough."""
    candidates = list(range(1, fits + 1))
    late = [k for k in candidates if _weight(words[:k]) >= budget * PREFERRED_SHARE] or candidates
    return _preferred(words, late) or late[-1]


def _final_break(words: list[_Word], room: int) -> int | None:
    """Words that fit one part, cut so that the last part keeps `room` (for the hashtags); None if not."""
    leaving = [k for k in range(1, len(words)) if _weight(words[k:]) <= room]
    return _preferred(words, leaving) or (leaving[0] if leaving else None)


def _preferred(words: list[_Word], candidates: list[int]) -> int | None:
    """The last candidate after a paragraph, else a sentence, else a line; None if there is none."""
    for kind in (_paragraph_break, _sentence_break, _line_break):
        found = [k for k in candidates if kind(words, k)]
        if found:
            return found[-1]
    return None


def _paragraph_break(words: list[_Word], k: int) -> bool:
    return words[k].gap.count("\n") >= 2


def _sentence_break(words: list[_Word], k: int) -> bool:
    return SENTENCE_END.search(words[k - 1].text) is not None


def _line_break(words: list[_Word], k: int) -> bool:
    return "\n" in words[k].gap


def _cut_word(words: list[_Word], budget: int, url_length: int) -> tuple[_Word, list[_Word]]:
    """A word longer than a part: cut it, but never inside a grapheme (accents, emoji sequences)."""
    word = words[0].text
    end = min(budget, len(word) - 1)
    while end > 1 and status_length(word[:end], url_length) > budget:
        end -= 1
    safe = end
    while safe > 1 and _joins_previous(word, safe):
        safe -= 1
    if not _joins_previous(word, safe):
        end = safe  # else one grapheme is longer than a part: nothing better can be done
    head, tail = word[:end], word[end:]
    rest = _Word("", tail, status_length(tail, url_length))
    return _Word("", head, status_length(head, url_length)), [rest, *words[1:]]


def _joins_previous(word: str, index: int) -> bool:
    char, previous = word[index], word[index - 1]
    code = ord(char)
    return (
        unicodedata.category(char) in {"Mn", "Mc", "Me"}
        or char == "\u200d"
        or previous == "\u200d"
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones
        or 0xE0020 <= code <= 0xE007F  # emoji tag sequences
        or (_regional(char) and _regional(previous) and _regional_run(word, index) % 2 == 1)
    )


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _regional_run(word: str, index: int) -> int:
    """How many regional indicators (flag halves) come right before `index`."""
    run = 0
    while index - run - 1 >= 0 and _regional(word[index - run - 1]):
        run += 1
    return run


def _counter(number: int, total: int) -> str:
    return f" ({number}/{total})"


def _assemble(chunks: list[str], tags: str | None, numbered: bool) -> list[str]:
    total = len(chunks)
    if total == 1 and tags is None:
        numbered = False
    parts = [chunk + (_counter(index, total) if numbered else "") for index, chunk in enumerate(chunks, 1)]
    if tags is not None:
        parts[-1] += TAGS_SEPARATOR + tags
    return parts
