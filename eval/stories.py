"""Whether the brief keeps to one story when articles of several are pasted together.

    .venv/bin/python eval/stories.py [--mixes 20] [--stories 4] [--seed 3]

The development set's WikiNews stories (``../shared/data/multiling2011_en``) are mixed: each
mix takes --stories stories, 5 to 10 articles of each (seeded). A mix passes when every source
of its brief is of one story. Each story alone must not be split (no other_story warning).
A check of the stories step (events.stories), not data it was set on.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer import summarize  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "multiling2011_en" / "clusters.jsonl"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mixes", type=int, default=20)
    p.add_argument("--stories", type=int, default=4)
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--data", type=Path, default=DATA)
    args = p.parse_args(argv)
    stories = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    chance = random.Random(args.seed)
    combos = list(itertools.combinations(range(len(stories)), args.stories))
    chance.shuffle(combos)
    one_story = 0
    for combo in combos[:args.mixes]:
        articles, story_of = [], {}
        for s in combo:
            for d in stories[s]["documents"][:chance.randint(5, 10)]:
                articles.append({"id": d["id"], "text": d["text"]})
                story_of[d["id"]] = s
        brief = summarize({"articles": articles})["brief"]
        one_story += len({story_of[s] for item in brief for s in item["sources"]}) == 1
    split = sum(any(w["code"] == "other_story" for w in summarize(
        {"articles": [{"id": d["id"], "text": d["text"]} for d in story["documents"]]}
    )["warnings"]) for story in stories)
    print(f"mixes of {args.stories} stories briefed on one story: {one_story} of "
          f"{min(args.mixes, len(combos))}")
    print(f"stories split when alone: {split} of {len(stories)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
