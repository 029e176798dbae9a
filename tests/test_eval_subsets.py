"""eval/subsets.py: the labelled sets less one or two outlets, as sets of their own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

from subsets import write_subsets  # noqa: E402


def _labelled_set(folder: Path, slug: str, outlets: int) -> None:
    """A labelled set of `outlets` one-sentence articles, as realsets_check reads one."""
    articles = [{"id": f"outlet{i}", "title": f"Report {i}", "text": f"Outlet {i} reports it."}
                for i in range(outlets)]
    (folder / f"{slug}.json").write_text(json.dumps({"articles": articles}))
    (folder / f"{slug}.labels.json").write_text(json.dumps({"facts": [], "duplicates": []}))
    (folder / f"{slug}.sentences.json").write_text(json.dumps({a["id"]: [] for a in articles}))


def test_each_set_gives_its_subsets_with_its_labels(tmp_path: Path) -> None:
    sets, out = tmp_path / "sets", tmp_path / "out"
    sets.mkdir()
    out.mkdir()
    _labelled_set(sets, "seven", 7)
    _labelled_set(sets, "three", 3)
    assert write_subsets(sets, out, [1, 2], 5) == 5 + 5 + 3 + 0  # three less two is one outlet
    for request in out.glob("*[0-9].json"):
        slug = request.name.split("-")[0]
        kept = [a["id"] for a in json.loads(request.read_text())["articles"]]
        whole = [a["id"] for a in json.loads((sets / f"{slug}.json").read_text())["articles"]]
        assert len(whole) - len(kept) in (1, 2)
        assert kept == [a for a in whole if a in kept]  # in request order
        for part in ("labels", "sentences"):
            name = request.name.replace(".json", f".{part}.json")
            assert (out / name).read_bytes() == (sets / f"{slug}.{part}.json").read_bytes()


def test_the_subsets_are_distinct_and_the_same_on_every_run(tmp_path: Path) -> None:
    sets = tmp_path / "sets"
    sets.mkdir()
    _labelled_set(sets, "six", 6)
    drawn = []
    for run in ("first", "second"):
        out = tmp_path / run
        out.mkdir()
        write_subsets(sets, out, [2], 4)
        drawn.append(sorted(tuple(a["id"] for a in json.loads(p.read_text())["articles"])
                            for p in out.glob("*[0-9].json")))
    assert drawn[0] == drawn[1]
    assert len(set(drawn[0])) == 4
