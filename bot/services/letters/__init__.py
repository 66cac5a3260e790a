"""Letters to political prisoners: Viasna's list imported, birthdays, and a search by name.

What the rest of the bot may use: the service, the parser and its refusal, and the values they return.
"""

from bot.services.letters.importer import ImportRefusedError, Parsed, parse
from bot.services.letters.search import Index, Person
from bot.services.letters.store import DIGEST_VARIANT, WEEK, Birthday, LetterService, Summary, summary_text
from bot.services.letters.translit import fold

__all__ = [
    "DIGEST_VARIANT",
    "WEEK",
    "Birthday",
    "ImportRefusedError",
    "Index",
    "LetterService",
    "Parsed",
    "Person",
    "Summary",
    "fold",
    "parse",
    "summary_text",
]
