"""The benchmarks still run (a smoke run with tiny numbers); their timings are never asserted."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.pledges import run


async def test_pledge_benchmark_runs_and_verifies_its_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await run(f"sqlite:///{tmp_path / 'bench.sqlite3'}", signers=5, people=60)
    out = capsys.readouterr().out
    assert "pledges/s" in out
    assert "count: 60  rows: 60  exact: True" in out
