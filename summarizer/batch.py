"""Batches: one function over a stream of items, results in input order, on one process, on
local worker processes or on a Dask distributed cluster.

The command line's `--jsonl` hands its request lines here (cli.py). The stream is read as the
work goes: at most IN_FLIGHT items per worker are submitted and not yet written, so memory
stays bounded however long the input is, and results come out in input order as soon as the
oldest is done. A worker is a process that lives for the whole batch: what the summarizer loads
once and keeps (Punkt's model, stop words, stemmers, its lru_caches) is loaded once per worker,
not once per request.

Dask is optional (`pip install .[cluster]`): it is imported only when a scheduler is asked for.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

# Items submitted ahead per worker: enough that a worker never waits for the writer while the
# oldest request is still running elsewhere, few enough that memory stays that of a handful of
# requests (a request of the contract is at most a few MB).
IN_FLIGHT = 4
LOCAL = "local"  # the --dask address that starts a LocalCluster on this machine


class _Future(Protocol[R_co]):  # concurrent.futures.Future and distributed.Future alike
    def result(self) -> R_co: ...


def in_order(submit: Callable[[T], _Future[R]], items: Iterable[T], window: int) -> Iterator[R]:
    """Each item's result, in input order, with at most `window` items submitted and not yet
    yielded: the next item is read only when the oldest result has been handed on."""
    pending: deque[_Future[R]] = deque()
    for item in items:  # as many rounds as items; `pending` never exceeds `window`
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:  # at most `window` rounds
        yield pending.popleft().result()


def run_local(work: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """work(item) for each item on `workers` local processes, results in input order.

    `work` must be picklable (a module-level function, or a functools.partial of one)."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from in_order(lambda item: pool.submit(work, item), items, IN_FLIGHT * workers)


def run_dask(work: Callable[[T], R], items: Iterable[T], address: str,
             workers: int) -> Iterator[R]:
    """work(item) for each item on a Dask distributed cluster, results in input order.

    address: a scheduler's (tcp://host:8786), or LOCAL to start a LocalCluster of `workers`
    processes of one thread each on this machine (the summarizer is Python code that holds the
    GIL: threads would not run two requests at once). The workers must have this package
    installed: `work` is sent by reference to its module.
    """
    from distributed import Client, LocalCluster  # the [cluster] extra

    with ExitStack() as stack:
        if address == LOCAL:
            cluster = stack.enter_context(LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(address))
        threads = max(sum(client.nthreads().values()), 1)

        def submit(item: T) -> Any:
            return client.submit(work, item, pure=False)  # pure=False: every line is run

        yield from in_order(submit, items, IN_FLIGHT * threads)


def run(work: Callable[[T], R], items: Iterable[T], workers: int | None = None,
        dask: str | None = None) -> Iterator[R]:
    """work(item) for each item, in input order: on a Dask cluster when `dask` names one
    (LOCAL: a LocalCluster of `workers`, default 2), else on `workers` local processes when
    more than one, else here, one after the other."""
    if dask is not None:
        return run_dask(work, items, dask, workers or 2)
    if workers is not None and workers > 1:
        return run_local(work, items, workers)
    return map(work, items)
