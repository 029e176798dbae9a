"""bench/speed.py's growth ratios: from the two sizes timed by turns in one process, not from the
table's figures, which are timed in processes a minute apart. (No time is asserted here.)"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import speed  # noqa: E402


def test_time_growth_times_both_sizes_in_one_process() -> None:
    timed = speed.time_growth(100, 200, runs=1)
    assert set(timed) == {"small_ms", "large_ms"}
    assert timed["small_ms"] > 0 and timed["large_ms"] > 0


def test_growth_lines_read_the_ratio_timed_by_turns() -> None:
    # the table's own figures give 15; the pair timed by turns gives 11: the line says 11
    measured = {3000: {"sentences": 2987, "ms": 100.0, "rss_mb": 130.0},
                30000: {"sentences": 29772, "ms": 1500.0, "rss_mb": 320.0}}
    lines = speed.growth_lines(measured, {(3000, 30000): {"small_ms": 200.0,
                                                          "large_ms": 2200.0}})
    assert any(line.startswith("time(30,000) / time(3,000) = 11.0 for 10.0× the sentences, "
                               "timed by turns") for line in lines)
    assert "peak RSS at 30,000: 320 MB (bar: ≤ 1,000 MB)" in lines


def test_growth_lines_say_why_a_pair_was_not_timed() -> None:
    measured = {3000: {"sentences": 2987, "ms": 100.0, "rss_mb": 130.0},
                30000: {"sentences": 29772, "ms": 1500.0, "rss_mb": 320.0}}
    lines = speed.growth_lines(measured, {(3000, 30000): "timed out after 600 s"})
    assert "time(30,000) / time(3,000): timed out after 600 s" in lines
