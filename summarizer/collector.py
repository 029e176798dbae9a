"""Python's cycle collector paused while the pipeline runs.

A run makes millions of small objects (tokens, sets, tuples, figures) and frees them by
reference counting; the collector, which walks every object still alive each time enough have
been made, took 5 % of a run at 1,000 pooled sentences, 4 % at 3,000 and 13 % at 30,000 (its
walks grow with the objects alive, and their number with the objects made: docs/benchmarks.md,
issue 18). Cycles made during a run are collected after it.

The service's time budget (service/budget.py) never interrupts this module's code: an alarm
between the run's end and the collector's restart would leave it paused for good.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The block run with the cycle collector off; on again after it, if it was on before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
