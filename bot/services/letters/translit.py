"""Names folded to one Latin skeleton, so that Алесь, Ales and Aleś meet in one search key.

So do Віктар, Виктор, Viktar and Viktor.
Written by hand: the libraries on PyPI transliterate one way at a time (cyrtranslit, iuliia,
latynkatar: Cyrillic to one Latin standard), while a search must bring together Belarusian and
Russian Cyrillic, Belarusian Latin (łacinka) and passport (BGN/ICAO) spellings. This is a
matching key, not a transliteration to show anyone: it folds what the spellings disagree on
(akanne's о/а, г/h, ў/в/u, ь, doubled letters, sh/š/ш) and keeps what tells names apart.
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic letters (Belarusian, Russian and Ukrainian) to the skeleton's Latin.
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "h", "д": "d", "е": "e", "ё": "io", "є": "ie",
    "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "a", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "v", "ф": "f",
    "х": "h", "ц": "c", "ч": "c", "ш": "s", "щ": "sc", "ъ": "", "ы": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}  # fmt: skip
# Latin spellings, longest first: passport digraphs and Polish-style łacinka fold onto one letter.
LATIN = (
    ("shch", "sc"), ("sch", "sc"), ("sh", "s"), ("sz", "s"), ("zh", "z"), ("rz", "z"), ("kh", "h"),
    ("ch", "c"), ("cz", "c"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("x", "ks"), ("w", "v"),
    ("g", "h"), ("q", "k"), ("y", "i"), ("j", "i"), ("o", "a"), ("u", "v"),
)  # fmt: skip
# After folding: doubled letters once (Ганна, Hanna), nothing but letters and spaces.
CLEAN = ((re.compile(r"(.)\1+"), r"\1"), (re.compile(r"[^a-z ]"), ""))
LETTER = re.compile(r"[^\W\d_]+")
EXTRA = {"ł": "l", "đ": "d", "ß": "ss", "ø": "o"}  # Latin letters NFKD does not split


def fold(text: str) -> str:
    """The search key of a name or a query: lower-case Latin skeleton words, space-separated."""
    return " ".join(word for word in (fold_word(w) for w in LETTER.findall(text)) if word)


def fold_word(word: str) -> str:
    """One word's skeleton: Cyrillic mapped letter by letter, Latin stripped of marks, then folded."""
    word = unicodedata.normalize("NFC", word.casefold())
    latin = "".join(CYRILLIC.get(letter, EXTRA.get(letter, letter)) for letter in word)
    latin = "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c))
    for spelling, skeleton in LATIN:
        latin = latin.replace(spelling, skeleton)
    for pattern, replacement in CLEAN:
        latin = pattern.sub(replacement, latin)
    return latin
