"""Batches of JSON-lines requests on one process, on local processes and on a Dask cluster:
the same responses in input order, a bad line's error in its place, the input read lazily."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from concurrent.futures import Future
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest
from contract import check_response, without_timing
from stories import bridge_articles

from summarizer import batch
from summarizer.cli import main

# Dask comes with the [cluster] extra, which `make test` installs: under CI its tests fail when
# it is missing (a missing install step), elsewhere they are skipped.
needs_dask = pytest.mark.skipif(find_spec("distributed") is None and not os.environ.get("CI"),
                                reason="Dask is not installed: pip install -e '.[cluster]'")


def requests() -> list[dict[str, Any]]:
    """A few requests of different lengths and methods."""
    articles = bridge_articles()
    return [{"articles": articles, "length": {"sentences": 2}},
            {"articles": articles[1:], "length": {"words": 40}, "method": "luhn"},
            {"articles": articles, "length": {"characters": 300}},
            {"articles": articles[:2], "length": {"sentences": 1}, "method": "textrank"},
            {"articles": articles[::-1], "length": {"sentences": 3}}]


@pytest.fixture(scope="module")
def batch_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five requests with a bad line third and a blank line (skipped) after it."""
    lines = [json.dumps(r) for r in requests()]
    lines[2:2] = ['{"articles": [', ""]
    path = tmp_path_factory.mktemp("batch") / "requests.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def answered(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[list[Any], str]:
    """The responses of a batch run (exit status 2: it holds a bad line), and its stderr."""
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, err
    return [json.loads(line) for line in out.splitlines()], err


def timeless(responses: list[Any]) -> list[Any]:
    """The responses less their timings (an error object has none)."""
    return [r if "error" in r else without_timing(r) for r in responses]


def check_same_in_order(capsys: pytest.CaptureFixture[str], batch_file: Path,
                        options: list[str]) -> None:
    """The batch with `options` answers as one process does: the same responses in input
    order, the bad line's error object in its place, one message on stderr naming it."""
    expected, _ = answered(capsys, ["--jsonl", str(batch_file)])
    assert [set(r) == {"error"} for r in expected] == [False, False, True, False, False, False]
    for request, response in zip(requests(), expected[:2] + expected[3:], strict=True):
        check_response(request, response)
    got, err = answered(capsys, ["--jsonl", *options, str(batch_file)])
    assert timeless(got) == timeless(expected)
    assert [line for line in err.splitlines() if line.startswith("summarizer:")] == \
        ["summarizer: line 3: line 3: not valid JSON (Expecting value at line 1, column 15)"]


def test_local_processes_answer_as_one_process(capsys: pytest.CaptureFixture[str],
                                               batch_file: Path) -> None:
    check_same_in_order(capsys, batch_file, ["--workers", "2"])


@needs_dask
def test_dask_local_cluster_answers_as_one_process(capsys: pytest.CaptureFixture[str],
                                                   batch_file: Path) -> None:
    check_same_in_order(capsys, batch_file, ["--dask", "local", "--workers", "2"])


@needs_dask
def test_dask_scheduler_address_answers_as_one_process(capsys: pytest.CaptureFixture[str],
                                                       batch_file: Path) -> None:
    from distributed import LocalCluster

    # threads in this process: quick to start; the address is used as a remote one would be
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                      dashboard_address=None) as cluster:
        check_same_in_order(capsys, batch_file, ["--dask", cluster.scheduler_address])


# Whether a process forked from this one waits (as if on a lock another thread held at the
# fork) before it runs: the hook stays registered for the whole test run, so it is off but in
# the one test that turns it on, and the child's wait is bounded.
_HANG_AFTER_FORK = False


def _wait_if_asked() -> None:
    if _HANG_AFTER_FORK:
        time.sleep(60)


os.register_at_fork(after_in_child=_wait_if_asked)


@needs_dask
def test_dask_local_cluster_is_spawned_when_its_forked_workers_hang(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "LOCAL_START_TIMEOUT", 8.0)  # spawned workers start in 1-2 s
    monkeypatch.setitem(globals(), "_HANG_AFTER_FORK", True)
    assert list(batch.run(len, ["ab", "c", ""], workers=2, dask=batch.LOCAL)) == [2, 1, 0]


@needs_dask
def test_dask_local_cluster_that_does_not_start_is_an_error(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        batch_file: Path) -> None:
    import distributed

    def never_starts(**_: Any) -> None:
        raise TimeoutError("Nanny failed to start in 30 s")

    monkeypatch.setattr(distributed, "LocalCluster", never_starts)
    assert main(["--jsonl", "--dask", "local", "--workers", "3", str(batch_file)]) == 2
    _, err = capsys.readouterr()
    assert err == ("summarizer: error: the local Dask cluster's 3 workers did not start within "
                   "30 s, forked or spawned: try --workers 3\n")


def test_in_order_reads_no_further_than_its_window() -> None:
    read: list[int] = []

    def items() -> Iterator[int]:
        for k in range(100):
            read.append(k)
            yield k

    def submit(k: int) -> Future[int]:
        done: Future[int] = Future()
        done.set_result(k * k)
        return done

    results = batch.in_order(submit, items(), window=3)
    assert next(results) == 0
    assert len(read) == 3  # the first result is handed on before a fourth line is read
    assert list(results) == [k * k for k in range(1, 100)]


@pytest.mark.parametrize("argv", [["--workers", "2"], ["--dask", "local"]])
def test_workers_and_dask_need_a_batch(capsys: pytest.CaptureFixture[str],
                                       argv: list[str]) -> None:
    assert main([*argv, "corpus/irs-ice-data-sharing"]) == 2
    _, err = capsys.readouterr()
    assert err.startswith("summarizer: error: --workers and --dask run a batch")


def test_workers_must_be_at_least_one(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--jsonl", "--workers", "0"])
    assert stopped.value.code == 2
    assert "--workers: must be at least 1" in capsys.readouterr().err
