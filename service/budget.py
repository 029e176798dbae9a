"""A per-request compute budget: work that runs past it is stopped with a clear error.

The work is CPU-bound and gunicorn's sync worker runs one request at a time in its main thread,
so a wall-clock interval timer (SIGALRM) can interrupt it wherever it is, also inside NumPy or
SciPy calls once they return to Python. Off the main thread (a threaded server, some test
runners) signals cannot be used and the budget is not enforced.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from werkzeug.exceptions import HTTPException

from summarizer import collector


class TooSlow(HTTPException):
    """The request needed more work than one request may have (413, code "too_slow")."""

    code = 413
    error_code = "too_slow"

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"The request needed more than {seconds:g} seconds of work, this service's limit "
            "for one request; send fewer or shorter articles.")
        self.seconds = seconds


class _Alarm(BaseException):
    """Raised by the timer; a BaseException so no `except Exception` in a library swallows it."""


REPEAT = 0.05
"""Seconds between alarms once the budget is spent. Python ignores an exception raised where it
cannot propagate (a garbage-collector callback, a `__del__`), so one alarm is not enough."""


# Where an alarm only marks the time as spent: the code that enters and leaves the block (this
# module, contextlib's generator manager) and the pipeline's pause of the cycle collector. An
# exception raised there would escape before the timer is stopped and leave it running after
# the block, or leave the collector off for good; the next alarm, REPEAT seconds later,
# interrupts the block itself if it is still running.
_QUIET = frozenset({__file__, contextlib.__file__, collector.__file__})


def enforceable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Run the block within `seconds` of wall time, else raise TooSlow. Once the time is spent an
    alarm interrupts the block every REPEAT seconds until one gets through; a block that ends
    after its time was spent, with the alarm ignored, is TooSlow all the same. The previous
    SIGALRM handler and any timer already running are restored afterwards."""
    if not seconds or not enforceable():
        yield
        return
    spent = False

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        nonlocal spent
        spent = True
        if frame is None or frame.f_code.co_filename not in _QUIET:
            raise _Alarm

    started = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_timer, _ = signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
    try:
        yield
    except _Alarm:
        spent = True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_timer:
            left = previous_timer - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3))
    if spent:
        raise TooSlow(seconds)
