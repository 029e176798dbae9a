"""The compute budget (service/budget.py): the block is stopped once its time is spent, and no
timer or handler of its own outlives it, however close to the end the alarm comes."""

from __future__ import annotations

import signal
import time

import pytest

from service.budget import TooSlow, enforceable, time_limit

pytestmark = pytest.mark.skipif(not enforceable(), reason="needs SIGALRM on the main thread")


def busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_a_block_past_its_time_is_stopped() -> None:
    started = time.perf_counter()
    with pytest.raises(TooSlow), time_limit(0.05):
        busy(5)
    assert time.perf_counter() - started < 1


def test_a_block_within_its_time_runs_to_its_end() -> None:
    with time_limit(1):
        busy(0.01)


def test_nothing_of_the_timer_outlives_the_block() -> None:
    """Blocks that end about when their time is spent: whether or not they are stopped, the
    timer is off and the handler is the one before, every time."""
    before = signal.getsignal(signal.SIGALRM)
    for k in range(120):
        budget = 0.01 + (k % 7) * 0.0005  # well past the few microseconds of entering the block
        try:
            with time_limit(budget):
                busy(budget * (0.9 + (k % 5) * 0.05))
        except TooSlow:
            pass
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0), k
        assert signal.getsignal(signal.SIGALRM) is before, k
