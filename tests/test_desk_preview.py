"""The desk's preview: Telegram's HTML made safe for the page, and the Mastodon thread as published."""

from __future__ import annotations

import pytest

from bot.services.post_content import LinkButton
from bot.web.desk.preview import mastodon_thread, safe_html


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("<b>bold</b> &amp; <i>it</i>", "<b>bold</b> &amp; <i>it</i>"),
        ("<strong>s</strong><em>e</em><ins>u</ins><del>d</del>", "<b>s</b><i>e</i><u>u</u><s>d</s>"),
        ('<a href="https://example.org/?a=1&amp;b=2">x</a>', '<a href="https://example.org/?a=1&amp;b=2"'),
        ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
        ('<span class="tg-spoiler">s</span>', '<span class="spoiler">s</span>'),
        ('<pre><code class="language-python">x</code></pre>', "<pre><code>x</code></pre>"),
        ("&lt;script&gt;", "&lt;script&gt;"),
        ('<tg-emoji emoji-id="1">🙂</tg-emoji>', "🙂"),
    ],
)
def test_safe_html_keeps_telegrams_formatting_and_nothing_else(body: str, shown: str) -> None:
    assert shown in safe_html(body)
    assert "javascript" not in safe_html(body) and 'class="language' not in safe_html(body)


def test_the_mastodon_copy_is_split_into_its_thread_with_the_buttons_as_links() -> None:
    body = "<b>Free them all.</b> " + "Every political prisoner in Belarus, now. " * 20
    parts = mastodon_thread(body, (LinkButton("Sign", "https://example.org/sign"),))
    assert len(parts) > 1 and all(len(part) <= 500 for part in parts)
    assert "<b>" not in parts[0] and "https://example.org/sign" in parts[-1]
