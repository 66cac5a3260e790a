"""`python -m bot [run|console|migrate|export-pledges|rotate-key|import-prisoners|verify|...]`: one entry."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from bot.logs import configure_logging
from bot.settings import Settings, SettingsError, load_settings

PROG = "freethemall-bot"
TRANSPARENCY_TOOLS = ("verify", "transparency-keygen")


def main(argv: list[str] | None = None) -> int:
    """Parse the command, load the settings, run; a bad setting is one line on stderr."""
    raw = list(sys.argv[1:] if argv is None else argv)
    if raw and raw[0] in TRANSPARENCY_TOOLS:  # no settings, no database: they run anywhere
        return _transparency_tool(raw[0], raw[1:])
    parser = argparse.ArgumentParser(prog="python -m bot", description="FreeThemAll campaign bot")
    parser.add_argument(
        "command",
        nargs="?",
        default="run",
        choices=[
            "run",
            "console",
            "migrate",
            "export-pledges",
            "rotate-key",
            "import-prisoners",
            *TRANSPARENCY_TOOLS,
        ],
        help="run: Telegram when TELEGRAM_TOKEN is set, Mastodon when MASTODON_API_BASE_URL is set "
        "(or both), else the console chat (default); "
        "console: the console chat; migrate: bring the database schema up to date; "
        "export-pledges FILE: write the pledges as CSV; "
        "rotate-key: move the database to the key in PLEDGE_HASH_KEY (with every instance stopped); "
        "import-prisoners FILE: replace the list for /letters with Viasna's export (CSV or JSON), "
        "after its summary; "
        "verify URL [--key VKEY] [--receipt R]: check the public transparency log at URL; "
        "transparency-keygen [NAME]: make the transparency log's signing key",
    )
    parser.add_argument(
        "file", nargs="?", help="the CSV file export-pledges writes, or import-prisoners reads"
    )
    parser.add_argument("--yes", action="store_true", help="import-prisoners: replace without asking")
    parser.add_argument(
        "--old-key-file",
        type=Path,
        help="rotate-key: the file with the old key (else OLD_PLEDGE_HASH_KEY, else DATA_DIR/identity.key)",
    )
    arguments = parser.parse_args(argv)
    command = arguments.command
    if command in {"export-pledges", "import-prisoners"} and not arguments.file:
        parser.error(f"{command} needs a FILE")
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    platform_set = settings.telegram.token is not None or settings.mastodon.api_base_url is not None
    console = command == "console" or (command == "run" and not platform_set)
    redactor = configure_logging(settings, console)
    try:
        if command == "import-prisoners":
            return _import_prisoners(settings, Path(arguments.file), arguments.yes)
        asyncio.run(_dispatch(command, settings, console, arguments.file, arguments.old_key_file))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one line for the operator; the traceback goes to the log at debug
        logging.getLogger(PROG).debug("fatal", exc_info=exc)
        print(redactor.redact(f"{PROG}: {type(exc).__name__}: {exc}"), file=sys.stderr)
        return 1
    return 0


def _transparency_tool(command: str, argv: list[str]) -> int:
    if command == "verify":
        from bot.services.transparency import verifier

        return verifier.main(argv)
    from bot.services.transparency import keygen

    return keygen.main(argv)


async def _dispatch(
    command: str, settings: Settings, console: bool, file: str | None, old_key_file: Path | None = None
) -> None:
    from bot import app
    from bot.storage import migrate
    from bot.storage.session import create_engine

    if command == "migrate":
        engine = create_engine(settings.storage.url)
        try:
            await migrate.upgrade(engine)
            print(f"database at revision {await migrate.current_revision(engine)}")
        finally:
            await engine.dispose()
    elif command == "rotate-key":
        await app.rotate_key(settings, old_key_file)
    elif command == "export-pledges":
        await app.export_pledges(settings, Path(file or ""))
    elif console:
        await app.run_console(settings)
    else:
        await app.run_service(settings)


def _import_prisoners(settings: Settings, path: Path, yes: bool) -> int:
    """0 when imported, 1 when not confirmed, 3 when the file is refused (each reason on a line)."""
    from bot import app
    from bot.services.letters import ImportRefusedError

    try:
        return 0 if asyncio.run(app.import_prisoners(settings, path.read_bytes(), path.name, yes)) else 1
    except ImportRefusedError as exc:
        print(f"{PROG}: {path.name} refused, the stored list is kept:", file=sys.stderr)
        for row, reason in exc.problems:
            print(f"  row {row}: {reason}" if row else f"  {reason}", file=sys.stderr)
        return 3
