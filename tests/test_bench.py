"""The benchmarks still run (a smoke run with tiny numbers); their timings are never asserted."""

from __future__ import annotations

import re
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


async def test_broadcast_benchmark_runs_and_counts_duplicates_and_missed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.broadcast import run as run_broadcast

    await run_broadcast(subscribers=40, allowed=200, paid_allowed=400, modes=[False, True])
    out = capsys.readouterr().out
    for mode in ("free", "paid"):
        assert f"{mode}: 40 subscribers" in out
    assert out.count("duplicates 0, missed 0") == 2


async def test_updates_benchmark_runs_and_every_update_is_answered(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.updates import run as run_updates

    await run_updates(seconds=1, rate=20, concurrency=4)
    out = capsys.readouterr().out
    assert "ratio ours/bare:" in out
    assert "ratio bare+db/bare:" in out
    checked = re.findall(
        r"^(ours|bare|bare\+db): .*failed (\d+).*, replies (\d+) of (\d+)$", out, re.MULTILINE
    )
    names = [name for name, *_ in checked]
    assert names == ["ours", "ours", "bare", "bare", "bare+db", "bare+db"]  # max rate, fixed rate
    for _, failed, replies, expected in checked:
        assert failed == "0"
        assert int(replies) == int(expected) > 0


async def test_broadcast_benchmark_with_a_photo_sends_one_file_id_and_uploads_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.broadcast import run as run_broadcast

    await run_broadcast(subscribers=40, allowed=200, paid_allowed=400, modes=[True], photo=True)
    out = capsys.readouterr().out
    assert "paid: 40 subscribers" in out and "paid + photo: 40 subscribers" in out
    assert out.count("duplicates 0, missed 0") == 2
    assert "uploads 0, file_ids 1" in out


async def test_mastodon_mentions_benchmark_answers_in_both_modes(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.mastodon_mentions import run as run_mentions

    await run_mentions(runs=1, poll_seconds=1)
    out = capsys.readouterr().out
    assert re.search(r"^stream +runs 1 ", out, re.MULTILINE)
    assert re.search(r"^polling +runs 1 ", out, re.MULTILINE)


async def test_updates_benchmark_with_a_busy_neighbour_says_it_ran_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.updates import run as run_updates

    await run_updates(seconds=1, rate=20, concurrency=4, contend=True)
    out = capsys.readouterr().out
    hogs = re.findall(
        r"^(ours|bare|bare\+db): contended: a busy process beside it used ([\d.]+) cores$", out, re.M
    )
    assert [name for name, _ in hogs] == ["ours", "bare", "bare+db"]
    assert all(float(cores) > 0 for _, cores in hogs)  # it did run
    failures = re.findall(r"failed (\d+).*, replies (\d+) of (\d+)$", out, re.MULTILINE)
    assert len(failures) == 6
    assert all(failed == "0" and replies == expected for failed, replies, expected in failures)


async def test_viral_benchmark_answers_everyone_and_counts_every_pledge_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.viral import run as run_viral

    await run_viral(people=27, seconds=1)
    out = capsys.readouterr().out
    assert re.search(r"^viral \(sqlite\): 27 people in 1 s .*drained in [\d.]+ s.*p99 \d+ ms", out, re.M)
    answered = re.search(r"answered (\d+) of (\d+), lost 0, .*replies (\d+) of (\d+);", out)
    assert answered is not None
    assert answered[1] == answered[2] == str(27 * 4)
    assert int(answered[3]) == int(answered[4]) > 0
    assert "pledges: rows +27, count +27, exact: True" in out


async def test_letters_benchmark_runs_and_finds_in_every_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.letters import QUERIES
    from bench.letters import run as run_letters

    await run_letters(None, people=60, rounds=2)
    out = capsys.readouterr().out
    assert "people: 60  active: 54" in out
    for label in ("cyrillic", "łacinka", "passport", "russian"):
        assert re.search(rf"^{label}: p50 .*\(Found( \d+)?:\)$", out, re.MULTILINE), label
    assert f"{list(QUERIES)[4]}: p50" in out and "week's birthdays:" in out


async def test_log_database_benchmark_runs_and_verifies_its_proofs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench.tlog_db import run as run_transparency

    await run_transparency(f"sqlite:///{tmp_path / 'bench.sqlite3'}", leaves=300, proofs=20)
    out = capsys.readouterr().out
    assert "leaves: 300" in out and "(verified)" in out
