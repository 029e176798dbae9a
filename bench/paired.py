"""Two checkouts of the project timed at once, one per core: an A/B that this VM's drift spares.

    .venv/bin/python bench/paired.py OLD_CHECKOUT NEW_CHECKOUT [--input seed|1000|…]
                                     [--seconds 8] [--rounds 3]

Each round starts one process per checkout at the same moment; each runs `summarize` on the
input (the seed set, or bench/speed.py's input of that many sentences) again and again for
--seconds after a warm-up, and prints the median ms per brief. Both sides live through the same
phase of the machine, whose speed changes by a factor of two within the hour
(docs/benchmarks.md), so only the figures of one round are compared with each other. Make the
old checkout with `git worktree add /tmp/old <commit>`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

WARM_UP = 10  # briefs before timing


def child(root: Path, what: str, seconds: float) -> dict[str, float]:
    """In a child process: the median ms per brief of `root`'s summarize on the input."""
    sys.path.insert(0, str(root))
    from bench.speed import build_articles, request_of
    from summarizer import summarize
    from summarizer.cli import read_articles

    if not Path(summarize.__code__.co_filename).resolve().is_relative_to(root):
        raise SystemExit(f"{root}: its summarizer was not the one imported")
    if what == "seed":
        request = {"articles": read_articles([root / "corpus" / "irs-ice-data-sharing"])}
    else:
        request = request_of(build_articles(int(what)))
    for _ in range(WARM_UP):
        summarize(request)
    times: list[float] = []
    stop = time.perf_counter() + seconds
    while time.perf_counter() < stop:
        started = time.perf_counter()
        summarize(request)
        times.append(time.perf_counter() - started)
    return {"ms": statistics.median(times) * 1000, "runs": len(times)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--input", default="seed", help="seed, or a number of sentences")
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:  # old is the checkout to time
        print(json.dumps(child(args.old.resolve(), args.input, args.seconds)))
        return 0

    print(f"| round | {args.old} ms | {args.new} ms | briefs timed |")
    print("|---:|---:|---:|---|")
    for round_ in range(1, args.rounds + 1):
        command = [sys.executable, __file__, "--child", "--input", args.input,
                   "--seconds", str(args.seconds)]
        sides = [subprocess.Popen([*command, str(root), str(root)], stdout=subprocess.PIPE,
                                  text=True) for root in (args.old, args.new)]
        results = []
        for side in sides:
            out, _ = side.communicate(timeout=args.seconds + 300)
            if side.returncode != 0:
                print(f"a side failed (exit {side.returncode})", file=sys.stderr)
                return 1
            results.append(json.loads(out.strip().splitlines()[-1]))
        old, new = results
        print(f"| {round_} | {old['ms']:.2f} | {new['ms']:.2f} | {old['runs']} / {new['runs']} |",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
