"""The admins' export of pledges as CSV, streamed so a large campaign stays in flat memory."""

from __future__ import annotations

import csv
from collections.abc import AsyncIterator, Callable
from typing import TextIO

from bot.services.pledges import ExportRow

CSV_HEADER = ("hash", "name", "platform", "locale", "signed_at")
# A cell starting with one of these runs as a formula in spreadsheet programs.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


async def write_csv(
    rows: AsyncIterator[ExportRow], out: TextIO, progress: Callable[[int], object] | None = None
) -> int:
    """Write the rows as CSV to `out`, calling `progress(1)` per row; return how many were written."""
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    count = 0
    async for row in rows:
        writer.writerow(csv_cells(row))
        count += 1
        if progress is not None:
            progress(1)
    return count


def csv_cells(row: ExportRow) -> tuple[str, ...]:
    """One CSV line; a name a spreadsheet would run as a formula is prefixed with `'`."""
    name = row.display_name or ""
    if name.startswith(FORMULA_START):
        name = "'" + name
    return (row.user_ref, name, row.platform, row.locale, row.signed_at.isoformat())
