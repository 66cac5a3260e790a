"""The checks of a post's photos, captions, buttons and descriptions, before anything is stored."""

from __future__ import annotations

import pytest

from bot.services.post_content import (
    CAPTION_LIMIT,
    LinkButton,
    MediaRef,
    Photo,
    PostContent,
    check_caption,
    check_media,
    parse_alts,
    parse_buttons,
)
from bot.services.post_input import Problem


def test_a_caption_is_measured_as_telegram_counts_it_visible_text_in_utf16_units() -> None:
    """Tags and entities do not count; an emoji outside the BMP counts two."""
    fits = "<b>" + "✊" * 10 + "</b> " + "🕊" * 200 + " &amp; " + "x" * (CAPTION_LIMIT - 10 - 1 - 400 - 3)
    assert check_caption(fits, "en") is None
    over = check_caption(fits + "🕊", "en")
    assert over == Problem("post-caption-too-long", {"language": "en", "over": 2, "limit": CAPTION_LIMIT})


@pytest.mark.parametrize(
    ("media", "key"),
    [
        (MediaRef("AgAC", size=48_000), None),
        (MediaRef("BQAC", size=80_000, mime="application/pdf", kind="document"), "post-photo-not-image"),
        (MediaRef("BQAC", size=90_000, mime="image/png", kind="document"), "post-photo-as-file"),
        (MediaRef("BQAC", size=21 * 1024 * 1024, mime="image/png", kind="document"), "post-photo-too-large"),
        (MediaRef("BAAC", size=900_000, mime="video/mp4", kind="document"), "post-photo-not-image"),
    ],
)
def test_only_a_photo_telegram_can_resend_and_the_bot_can_download_is_taken(
    media: MediaRef, key: str | None
) -> None:
    problem = check_media(media)
    assert (problem.key if problem else None) == key


def test_buttons_are_label_and_https_link_lines_at_most_three() -> None:
    assert parse_buttons("Sign  the appeal |https://spring96.org/a\nWrite | https://example.org") == (
        LinkButton("Sign the appeal", "https://spring96.org/a"),
        LinkButton("Write", "https://example.org"),
    )
    assert parse_buttons("-") == ()
    assert parse_buttons("a | http://x.org") == Problem("post-buttons-https", {"line": "a | http://x.org"})
    assert parse_buttons("a | javascript:alert(1)").key == "post-buttons-https"  # type: ignore[union-attr]
    assert parse_buttons("just a label").key == "post-buttons-format"  # type: ignore[union-attr]
    assert parse_buttons(" | https://x.org").key == "post-buttons-format"  # type: ignore[union-attr]
    four = "\n".join(f"b{n} | https://x.org/{n}" for n in range(4))
    assert parse_buttons(four) == Problem("post-buttons-too-many", {"count": 4, "limit": 3})


def test_descriptions_are_the_whole_text_for_one_photo_and_a_line_each_for_an_album() -> None:
    assert parse_alts("A portrait,\nin a court room", 1) == ("A portrait,\nin a court room",)
    assert parse_alts("One\n\nTwo\nThree\n", 3) == ("One", "Two", "Three")
    assert parse_alts("One\nTwo", 3) == Problem("post-alt-count", {"count": 3, "given": 2})
    assert parse_alts("x" * 1501, 1) == Problem("post-alt-too-long", {"over": 1, "limit": 1500})


def test_safe_mode_content_keeps_the_photo_and_loses_links_and_buttons() -> None:
    content = PostContent(
        'Read <a href="https://spring96.org">Viasna</a>',
        (Photo("AgAC", "alt"),),
        (LinkButton("Sign", "https://spring96.org"),),
    )
    safe = content.safe()
    assert safe.photos == content.photos and safe.buttons == ()
    assert "spring96" not in safe.body and "href" not in safe.body and safe.body.startswith("Read Viasna")
