"""Pages written the way Viasna writes its monthly reviews and statements, in en, be and ru.

Our own texts, built from the sentence patterns Viasna publishes (no real person is named); the
figures are the dated ones of shared/campaign/FACTS.md. `page()` wraps a body in a news page.
"""

from __future__ import annotations

NNBSP, NBSP = "\u202f", "\u00a0"


def page(body: str, lang: str = "en", title: str = "Human rights situation in Belarus") -> str:
    """A news page around `body`: navigation, a dated headline, the article, a footer with numbers."""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - Viasna</title>
<script>window.dataLayer = [{{"count": 99}}];</script></head>
<body>
<header><nav><a href="/{lang}/news">News</a> <a href="/{lang}/prisoners">Political prisoners</a>
<a href="/{lang}/donate">Support</a></nav></header>
<main><article class="news">
<h1>{title}</h1>
<div class="news__date">01.02.2024 18:05</div>
<div class="news__text">
{body}
</div></article></main>
<footer><p>Viasna Human Rights Centre, since 1996. Phone: +48 22 123 45 67.</p></footer>
</body></html>
"""


# The kinds of sentence the parser must read: (page, held, as of).
MONTHLY_EN = page(
    "<p>As of January 31, 2024, there were 1,429 political prisoners in Belarus, including 162 women.</p>"
    "<p>During the month, human rights defenders learned of 120 new politically motivated convictions.</p>"
)
MONTHLY_EN_HAD = page("<p>As of January 31, 2024, Belarus had 1,429 political prisoners.</p>")
MONTHLY_BE = page(
    f"<p>Па стане на 31 студзеня 2024 года ў Беларусі 1{NNBSP}429 палітвязняў, сярод іх 162 жанчыны.</p>"
    "<p>За месяц праваабаронцы даведаліся пра 120 новых палітычна матываваных прысудаў.</p>",
    "be",
    "Сітуацыя з правамі чалавека ў Беларусі",
)
MONTHLY_BE_TRAUNIA = page(
    f"<p>Па стане на 21 траўня 2024 г. у Беларусі 1{NBSP}374 палітвязні.</p>", "be", "Дзень палітвязня"
)
MONTHLY_RU = page(
    "<p>По состоянию на 31 января 2025 года в Беларуси 1244 политзаключённых.</p>",
    "ru",
    "Ситуация с правами человека в Беларуси",
)
STATEMENT_EN = page(
    "<p>As of May 21, 2024, since 2020 a total of 3,200 people have been recognised as political prisoners, "
    "1,374 of whom are currently in places of detention.</p>",
    title="Statement on the Day of Political Prisoners",
)
STATEMENT_BE = page(
    "<p>Па стане на 21 мая 2024 года з 2020 года палітвязнямі прызнаныя 3 200 чалавек, "
    "з іх 1 374 застаюцца за кратамі.</p>",
    "be",
    "Заява да Дня палітвязня",
)
STATEMENT_RU = page(
    "<p>По состоянию на 21 мая 2024 года с 2020 года политзаключёнными признаны 3 200 человек, "
    "из них 1 374 находятся в местах лишения свободы.</p>",
    "ru",
    "Заявление ко Дню политзаключённого",
)

# Adversarial variants.
RECOGNISED_FIRST = page(
    "<p>Since May 2020, more than 3,715 people have been recognised as political prisoners.</p>"
    "<p>As of January 31, 2025, Belarus had 1,244 political prisoners.</p>"
)
HELD_FIRST = page(
    "<p>As of January 31, 2025, 1,244 political prisoners are held in Belarus. "
    "In all, 3,715 people have been recognised as political prisoners since 2020.</p>"
)
OTHER_NUMBERS = page(
    "<p>Human rights defenders have documented 1,800 cases of torture and 4,649 criminal cases.</p>"
    "<p>As of January 31, 2024, there were 1,429 political prisoners.</p>"
)
YEAR_LIKE_A_COUNT = page(
    "<h2>Political prisoners in 2024</h2>"
    "<p>As of January 31, 2024, Belarus had 1,429 political prisoners.</p>",
    title="Political prisoners in January 2024",
)
A_BOUND_FIRST = page(
    "<p>More than 1,500 political prisoners were held at the peak.</p>"
    "<p>As of January 31, 2024, there were 1,429 political prisoners.</p>"
)
ONLY_A_BOUND = page("<p>At least 1,400 political prisoners remain behind bars.</p>")
A_FUTURE_DATE_NEARBY = page(
    "<p>As of January 31, 2024, Belarus had 1,429 political prisoners; "
    "one of them is due for release on March 1, 2031.</p>"
)
A_FUTURE_AS_OF = page("<p>As of January 31, 2031, there were 1,429 political prisoners.</p>")
NO_DATE = page("<p>Belarus has 1,429 political prisoners.</p>").replace("01.02.2024 18:05", "")
NESTED_TAGS = page(
    "<p>As of <time datetime='2024-01-31'><b>January</b> 31</time>, 2024, Belarus had "
    "<strong><span class='n'>1,429</span></strong> political <em>prisoners</em>.</p>"
)
ONLY_RECOGNISED_EN = page("<p>Since 2020, 3,715 people have been recognised as political prisoners.</p>")
ONLY_RECOGNISED_RU = page("<p>С 2020 года политзаключёнными признаны 3 715 человек.</p>", "ru")
ONLY_RECOGNISED_BE = page("<p>З 2020 года палітвязнямі прызнаныя 3 715 чалавек.</p>", "be")
HELD_FIRST_RU = page(
    f"<p>По состоянию на 31 января 2025 года в Беларуси 1{NNBSP}244 политзаключённых. "
    "Всего с 2020 года политзаключёнными признаны более 3 715 человек.</p>",
    "ru",
)
RECOGNISED_FIRST_BE = page(
    "<p>З мая 2020 года палітвязнямі прызнаныя больш за 3 715 чалавек.</p>"
    "<p>Па стане на 31 студзеня 2025 года за кратамі застаюцца 1 244 палітвязні.</p>",
    "be",
)
