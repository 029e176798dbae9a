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
# Requests in one Dask task: each task costs a round trip through the scheduler (which runs in
# this process for a LocalCluster); four ~100 ms requests a task spread that cost four ways and
# still keep both workers busy on a batch of a few dozen requests.
CHUNK = 4
LOCAL = "local"  # the --dask address that starts a LocalCluster on this machine
# How a LocalCluster's nannies start their workers: forked from this process, which has already
# imported distributed and the summarizer, instead of Dask's default "spawn", where each worker
# is a new interpreter that imports them again (about 1 s of wall time on two cores, 1.1 s
# instead of 2.4 s for a batch of 8 small requests here, once measured). --workers'
# ProcessPoolExecutor forks too (Linux's default).
LOCAL_START = "fork"
# How long a LocalCluster's worker may take to start (forked, its handshake with the scheduler:
# about 1 s here, 2 s when the machine is slow) before its start is taken as hung. A process
# forked from one that runs threads can wait forever on a lock that one of them held at the fork
# (a CI run once waited out its 120 s on such a start); Dask's "spawn" starts a new interpreter,
# which holds no lock, and is tried once before the batch gives up with an error.
LOCAL_START_TIMEOUT = 30.0
# What a LocalCluster of this batch keeps from Dask's housekeeping: its scheduler and nannies run
# in this process beside the command, its workers beside the requests, on the same cores; each
# periodic check wakes an event loop that takes the GIL from the work. Dask's defaults suit a
# long-lived cluster someone watches; a batch on this machine needs none of them often:
LOCAL_CONFIG = {
    # the workers' statistical profiler: it samples the running request's stack every 10 ms
    # (16.2 s of CPU instead of 14.3 s for 90 requests here, once measured)
    "distributed.worker.profile.enabled": False,
    # event loop health checks, every 20 ms by default: they only log a blocked loop
    "distributed.admin.tick.interval": "500ms",
    # the nannies' reading of their workers' memory (100 ms): a worker holds a few requests
    "distributed.worker.memory.monitor-interval": "1s",
    # CPU, memory and network samples for the dashboard (500 ms), which is not started
    "distributed.admin.system-monitor.interval": "5s",
}


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


def _nothing() -> None:
    """The default warm-up: none."""


def run_local(work: Callable[[T], R], items: Iterable[T], workers: int,
              warm: Callable[[], None] = _nothing) -> Iterator[R]:
    """work(item) for each item on `workers` local processes, results in input order; each
    process runs warm() once first.

    `work` and `warm` must be picklable (module-level functions, or functools.partial of
    one)."""
    with ProcessPoolExecutor(max_workers=workers, initializer=warm) as pool:
        yield from in_order(lambda item: pool.submit(work, item), items, IN_FLIGHT * workers)


def run_dask(work: Callable[[T], R], items: Iterable[T], address: str, workers: int,
             warm: Callable[[], None] = _nothing) -> Iterator[R]:
    """work(item) for each item on a Dask distributed cluster, results in input order; every
    worker runs warm() once before the first item is sent.

    address: a scheduler's (tcp://host:8786), or LOCAL to start a LocalCluster of `workers`
    processes of one thread each on this machine (the summarizer is Python code that holds the
    GIL: threads would not run two requests at once), with less of Dask's housekeeping
    (LOCAL_CONFIG), its worker processes forked from this one (_local_cluster). The workers must
    have this package installed: `work` and `warm` are sent by reference to their module.
    """
    import dask  # the [cluster] extra
    from distributed import Client

    with ExitStack() as stack:
        if address == LOCAL:
            stack.enter_context(dask.config.set(LOCAL_CONFIG))
            client = stack.enter_context(Client(_local_cluster(stack, workers)))
        else:
            client = stack.enter_context(Client(address))
        client.run(warm)
        threads = max(sum(client.nthreads().values()), 1)

        def submit(chunk: list[T]) -> Any:
            return client.submit(each, work, chunk, pure=False)  # pure=False: every line is run

        for results in in_order(submit, chunks(items, CHUNK), IN_FLIGHT * threads):
            yield from results


def _local_cluster(stack: ExitStack, workers: int) -> Any:
    """A LocalCluster of `workers` processes of one thread, closed with `stack`: its workers
    forked (LOCAL_START), or, if they are not all up within LOCAL_START_TIMEOUT, started once
    more with Dask's own "spawn". TimeoutError when that fails too."""
    import dask
    from distributed import LocalCluster

    for method in (LOCAL_START, "spawn"):
        stack.enter_context(dask.config.set({"distributed.worker.multiprocessing-method": method}))
        try:
            return stack.enter_context(LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                # no dashboard; the scheduler's HTTP routes (health, metrics) on a free port,
                # not on 8787, which another program (or a cluster not yet closed) may hold
                scheduler_kwargs={"dashboard_address": ":0"},
                silence_logs=logging.ERROR, death_timeout=LOCAL_START_TIMEOUT))
        except Exception:  # a worker that did not start: Dask raises no one type for it
            continue
    raise TimeoutError(f"the local Dask cluster's {workers} workers did not start within "
                       f"{LOCAL_START_TIMEOUT:.0f} s, forked or spawned: try --workers {workers}")


def each(work: Callable[[T], R], chunk: list[T]) -> list[R]:
    """work(item) for each item of a chunk, in order: one Dask task."""
    return [work(item) for item in chunk]


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items in lists of `size` (the last one shorter), read as they are needed."""
    chunk: list[T] = []
    for item in items:  # one round per item
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(work: Callable[[T], R], items: Iterable[T], workers: int | None = None,
        dask: str | None = None, warm: Callable[[], None] = _nothing) -> Iterator[R]:
    """work(item) for each item, in input order: on a Dask cluster when `dask` names one
    (LOCAL: a LocalCluster of `workers`, default 2), else on `workers` local processes when
    more than one, else here, one after the other. warm: what each worker process runs once
    before its first item (loading what the work keeps), so that the first items are not
    slower than the others."""
    if dask is not None:
        return run_dask(work, items, dask, workers or 2, warm)
    if workers is not None and workers > 1:
        return run_local(work, items, workers, warm)
    return map(work, items)
