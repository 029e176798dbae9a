"""A JSON-lines batch on one process, on local processes and on a Dask LocalCluster, in one run.

    .venv/bin/python bench/batch.py [--requests 200] [--workers 2] [--sizes 500 1000 1500]
                                    [--no-dask]

Writes --requests requests, each a set resampled from corpus/ as bench/speed.py makes them
(sizes cycling through --sizes, a new seed each), with one bad line in the middle; runs
`summarizer --jsonl` on them as one process, with `--workers N`, with `--dask local
--workers N` and as one process again, one after the other, and prints a table: wall time from
start to exit (process and cluster start-up included), requests per second over that and over
the steady part (first response to last), each against one process (the mean of its two runs:
the machine's speed drifts), the CPU time per request of the command and its workers (start-up
included; what other load on the machine changes least), and whether the responses are those
of one process in the same order (elapsed_ms removed). Every run has a time limit.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.speed import SEED, build_articles, request_of, yardstick_line, yardstick_ms  # noqa: E402

BAD_LINE = '{"articles": ['  # one bad request, answered in place by an error object
RUN_TIMEOUT = 1800.0  # seconds for one batch run: 200 requests of 1,500 sentences at 1 s each


@dataclass(frozen=True)
class Run:
    """One batch run: what it printed and when."""

    name: str
    wall_s: float  # from start to exit
    steady_s: float  # from the first response line to the last
    cpu_s: float  # user and system CPU of the command and its worker processes
    lines: list[str]
    status: int


def write_batch(path: Path, requests: int, sizes: list[int]) -> None:
    """The batch file: `requests` lines, the middle one bad."""
    with path.open("w", encoding="utf-8") as out:
        for k in range(requests):  # one line per request
            if k == requests // 2:
                out.write(BAD_LINE + "\n")
                continue
            out.write(json.dumps(request_of(build_articles(sizes[k % len(sizes)], SEED + k)))
                      + "\n")


def run(name: str, options: list[str], path: Path) -> Run:
    """`summarizer --jsonl OPTIONS PATH` timed, each response line stamped as it arrives."""
    command = [sys.executable, "-m", "summarizer", "--jsonl", *options, str(path)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    deadline = started + RUN_TIMEOUT
    lines, stamps = [], []
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as child:
        for line in child.stdout or ():  # one round per response; ends when the child closes it
            lines.append(line)
            stamps.append(time.perf_counter())
            if stamps[-1] > deadline:
                child.kill()
                break
        status = child.wait(timeout=max(deadline - time.perf_counter(), 1.0))
    wall = time.perf_counter() - started
    steady = stamps[-1] - stamps[0] if len(stamps) > 1 else wall
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime
    return Run(name, wall, steady, cpu, lines, status)


def timeless(line: str) -> Any:
    """A response line less its elapsed_ms (error objects have none)."""
    response = json.loads(line)
    response.get("stats", {}).pop("elapsed_ms", None)
    return response


def table(runs: list[Run], requests: int) -> list[str]:
    """The Markdown table of the runs, each against the mean of the one-process runs."""
    ones = [r for r in runs if r.name.startswith("one process")]
    expected = [timeless(line) for line in ones[0].lines]
    base_rate = sum(requests / r.wall_s for r in ones) / len(ones)
    base_steady = sum((len(r.lines) - 1) / r.steady_s for r in ones) / len(ones)
    rows = ["| run | wall s | requests/s | × one process | steady requests/s | × one process "
            "| CPU ms per request | same responses, in order | exit status |",
            "|---|---:|---:|---:|---:|---:|---:|---|---:|"]
    for r in runs:
        same = len(r.lines) == requests and [timeless(line) for line in r.lines] == expected
        rate, steady = requests / r.wall_s, (len(r.lines) - 1) / r.steady_s
        rows.append(f"| {r.name} | {r.wall_s:.1f} | {rate:.2f} | {rate / base_rate:.2f}× "
                    f"| {steady:.2f} | {steady / base_steady:.2f}× "
                    f"| {r.cpu_s * 1000 / requests:,.0f} | {'yes' if same else 'NO'} "
                    f"| {r.status} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="lines in the batch")
    parser.add_argument("--workers", type=int, default=2, help="local processes, Dask workers")
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 1500],
                        help="target sentences of the requests, in turn: a request of some "
                             "hundred milliseconds, so that start-up is not the whole run")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster")
    args = parser.parse_args(argv)
    before = yardstick_ms()
    with tempfile.TemporaryDirectory(prefix="brief-batch-") as tmp:
        path = Path(tmp) / "requests.jsonl"
        write_batch(path, args.requests, args.sizes)
        runs = [run("one process", [], path),
                run(f"--workers {args.workers}", ["--workers", str(args.workers)], path)]
        if not args.no_dask and find_spec("distributed") is not None:
            runs.append(run(f"--dask local --workers {args.workers}",
                            ["--dask", "local", "--workers", str(args.workers)], path))
        runs.append(run("one process, again", [], path))
    for line in table(runs, args.requests):
        print(line)
    print(f"\n{args.requests} requests of {'/'.join(map(str, args.sizes))} sentences in turn "
          f"(one bad line), {os.cpu_count()} CPUs; `{' '.join(sys.argv)}`")
    print(yardstick_line(before, yardstick_ms()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
