"""The real-sets check on sets the project has not seen: subsets of the labelled sets' outlets.

Usage (from the repository root)::

    .venv/bin/python eval/subsets.py [--leave-out 1 2] [--per-set 5] [--lengths 5 8]
                                     [--sets ../shared/data/realsets-dev]
                                     [--check ../shared/checks/realsets_check.py]

Each labelled set of --sets (a request, its labels and its labelled sentences) gives --per-set
sets for each number in --leave-out: the set less that many of its articles, drawn at random (a
fixed seed, so the subsets are the same on every run), the others in request order. Their
labels still hold: a fact's outlets are those of the subset that state it, and a key fact none
of them states is simply not covered. Six of seven outlets are another set of six outlets: what
a brief gets right only with all seven (a reprint found by the share of its copied sentences, a
fact joined through a third outlet's wording, a garbled wording told by the plain ones) shows
here as repeats, missed sources, reprints counted twice and garbled wordings chosen. The check
scores the subsets at each of --lengths sentences and prints its `realsets:` line for each.

The subsets are written to a temporary folder and removed: the labelled sets stay outside the
project (../shared), for evaluation only.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def write_subsets(sets: Path, out: Path, leave_out: list[int], per_set: int) -> int:
    """Write per_set subsets of every labelled set in `sets` to `out` for each number of
    articles left out; their number. Fewer when the set has fewer such subsets, none when it
    would keep fewer than two articles."""
    written = 0
    for labels in sorted(sets.glob("*.labels.json")):
        slug = labels.name.removesuffix(".labels.json")
        request = json.loads((sets / f"{slug}.json").read_text())
        articles = request["articles"]
        for dropped in leave_out:
            size = len(articles) - dropped
            if size < 2:
                continue
            draw = random.Random(f"{slug}/{size}")  # the same subsets on every run
            chosen: list[tuple[int, ...]] = []
            while len(chosen) < min(per_set, math.comb(len(articles), size)):
                positions = tuple(sorted(draw.sample(range(len(articles)), size)))
                if positions not in chosen:
                    chosen.append(positions)
            for number, positions in enumerate(chosen, 1):
                name = f"{slug}-{size}of{len(articles)}-{number}"
                subset = {**request, "articles": [articles[p] for p in positions]}
                (out / f"{name}.json").write_text(json.dumps(subset))
                shutil.copy(labels, out / f"{name}.labels.json")
                shutil.copy(sets / f"{slug}.sentences.json", out / f"{name}.sentences.json")
                written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", type=Path, default=SHARED / "data" / "realsets-dev")
    parser.add_argument("--check", type=Path,
                        default=SHARED / "checks" / "realsets_check.py")
    parser.add_argument("--leave-out", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--per-set", type=int, default=5)
    parser.add_argument("--lengths", type=int, nargs="+", default=[5, 8])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        count = write_subsets(args.sets, Path(folder), args.leave_out, args.per_set)
        print(f"{count} subsets of {args.sets}, each less "
              f"{' or '.join(map(str, args.leave_out))} of its articles")
        for length in args.lengths:
            # the check runs the CLI from the temporary folder: the interpreter by its full path
            done = subprocess.run(
                [sys.executable, str(args.check), "--project-python", sys.executable,
                 "--sets", folder, "--length", str(length)],
                capture_output=True, text=True, check=False)
            summary = [line for line in done.stdout.splitlines() if line.startswith("realsets:")]
            print(f"{length} sentences: {summary[-1] if summary else done.stderr.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
