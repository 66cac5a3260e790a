"""`python -m bot transparency-keygen [NAME]`: a new signing key for the transparency log, its public half."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from bot.services.transparency.checkpoint import generate_key

DEFAULT_NAME = "freethemall/pledges"  # the same default as the TRANSPARENCY_ORIGIN setting


def main(argv: Sequence[str] | None = None) -> int:
    """Print a new signer key (secret) and its verifier key (to publish)."""
    parser = argparse.ArgumentParser(
        prog="python -m bot transparency-keygen",
        description="Make the Ed25519 key that signs the transparency log's checkpoints.",
    )
    parser.add_argument(
        "name",
        nargs="?",
        default=DEFAULT_NAME,
        help=f"the log's name, the first line of every checkpoint: a schema-less URL such as "
        f"example.org/pledges (default {DEFAULT_NAME}); TRANSPARENCY_ORIGIN must be the same",
    )
    arguments = parser.parse_args(argv)
    try:
        skey, vkey = generate_key(arguments.name)
    except ValueError as exc:
        parser.error(str(exc))
    print(
        "# Secret: the bot's setting (a Fly secret). Whoever has it can sign checkpoints in the log's name."
    )
    print(f"TRANSPARENCY_SIGNING_KEY={skey}")
    print(f"TRANSPARENCY_ORIGIN={arguments.name}")
    print("# Public: put it in the README and the channels; journalists give it to the verifier with --key.")
    print(vkey)
    return 0
