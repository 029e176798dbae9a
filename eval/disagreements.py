"""How well the briefs show where outlets disagree, against the labelled sets' conflicts.

Usage (from the repository root)::

    .venv/bin/python eval/disagreements.py [--length 8] [--show]
                                           [--sets ../shared/data/realsets-dev eval/written]
                                           [--check ../shared/checks/realsets_check.py]

The labels give, for some facts, the facts that conflict with them: other figures for one
quantity (a toll of 41 against one of 38). For each brief sentence (at --length sentences, read
as the check reads it: its main fact), the wanted disagreements are the other articles that
state a fact conflicting with its main fact; a disagreement the brief item lists is right when
its sentence states such a fact. Printed: the brief sentences with a wanted disagreement that
show at least one right one, the articles wanted that are shown, and the disagreements shown
that are right (a figure labelled as the same fact, as the labels sometimes keep one fact for
a toll that rose, is counted apart as "same fact"). --show prints each disagreement and each
brief sentence that misses all of its wanted ones.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_check(path: Path) -> ModuleType:
    """The real-sets check, imported from its file (it is outside the project)."""
    spec = importlib.util.spec_from_file_location("realsets_check", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(labelled: Any, brief: list[dict[str, Any]], show: bool) -> dict[str, int]:
    """The counts of one set's brief (see the module's docstring)."""
    out = dict(wanted=0, hit=0, articles=0, articles_hit=0, shown=0, right=0, same=0)
    for item in brief:
        main = labelled.read(item)["main"]
        if not main:
            continue
        conflicting = labelled.conflict.get(main, set())
        wanted = set().union(*(labelled.stated_in.get(f, set()) for f in conflicting))
        wanted.discard(item["article"])
        got = set()
        for other in item.get("disagreements", []):
            article = labelled.articles.get(other["article"])
            hit = article.locate(other["text"]) if article else []
            facts = {f for entry in hit if not entry["junk"] for f in entry["facts"]}
            right = bool(facts & conflicting)
            out["shown"] += 1
            out["right"] += right
            out["same"] += not right and main in facts
            if right:
                got.add(other["article"])
            if show:
                verdict = "right" if right else "same fact" if main in facts else "other"
                print(f"  {labelled.slug} {main}: {verdict:9} {other['article']} "
                      f"{other['figures']} | {other['text'][:100]}")
        if wanted:
            out["wanted"] += 1
            out["hit"] += bool(got)
            out["articles"] += len(wanted)
            out["articles_hit"] += len(got & wanted)
            if show and not got:
                print(f"  {labelled.slug} {main}: MISSED {sorted(wanted)} | {item['text'][:100]}")
    return out


def arguments(description: str) -> argparse.Namespace:
    """The options of a script that reads the labelled sets: --length, --sets, --check,
    --show."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--length", type=int, default=8)
    parser.add_argument("--sets", nargs="+", type=Path,
                        default=[SHARED / "data" / "realsets-dev", ROOT / "eval" / "written"])
    parser.add_argument("--check", type=Path, default=SHARED / "checks" / "realsets_check.py")
    parser.add_argument("--show", action="store_true")
    return parser.parse_args()


def labelled_sets(args: argparse.Namespace) -> Iterator[tuple[Any, dict[str, Any]]]:
    """Each labelled set of the folders `args.sets` (the check's LabelledSet) with its request
    at `args.length` sentences."""
    check = load_check(args.check)
    for folder in args.sets:
        for path in sorted(folder.glob("*.sentences.json")):
            labelled = check.LabelledSet(str(folder), path.name[:-len(".sentences.json")])
            yield labelled, dict(labelled.request, length={"sentences": args.length})


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    check = load_check(args.check)
    total: dict[str, int] = {}
    for labelled, request in labelled_sets(args):
        counts = score(labelled, check.run_cli(sys.executable, request)["brief"], args.show)
        total = {k: total.get(k, 0) + v for k, v in counts.items()}
    print(f"{args.length} sentences: brief sentences with a conflict shown "
          f"{total['hit']}/{total['wanted']}, articles {total['articles_hit']}/"
          f"{total['articles']}, disagreements right {total['right']}/{total['shown']} "
          f"(same fact {total['same']})")


if __name__ == "__main__":
    main()
