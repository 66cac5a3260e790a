"""bench/transparency.py still runs (tiny numbers); its timings are never asserted."""

from __future__ import annotations

import pytest

from bench.transparency import run


def test_the_transparency_benchmark_runs_and_verifies(capsys: pytest.CaptureFixture[str]) -> None:
    run(leaves=3000, every=700, proofs=50, http=True, workers=4)
    out = capsys.readouterr().out
    assert "inclusion proof, 50 random leaves of 3,000" in out
    assert "all verified" in out
    assert "full verification (in process), 1 at once: 3,000 leaves, 6 checkpoints" in out
    assert "full verification (HTTP, loopback), 4 at once: 3,000 leaves, 6 checkpoints" in out
    assert out.count("): OK") == 2
