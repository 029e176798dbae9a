"""How close the ledes of one set are to each other, by several bag-of-words measures.

    .venv/bin/python eval/lede_pairs.py

The seed set's five ledes all report one fact (the agreement) in five wordings; the ledes of a
WikiNews story report different events of one saga. A measure that could tell "one fact
retold" from "two events of a kind" would put the seed set's lede pairs above the WikiNews
ones. For each set it prints the median and the highest cosine over pairs of ledes (first
pooled sentences of two articles) under the pipeline's TF-IDF and under TF-IDF of character
n-grams of the content words (which match "migrants" with "immigrants", "tax" with
"taxpayer", "Trumpin" with "Trump").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402

from summarizer.cli import read_articles  # noqa: E402
from summarizer.facts.vectorise import counts, weigh  # noqa: E402
from summarizer.pipeline import Pool, build_pool  # noqa: E402
from summarizer.request import parse_request  # noqa: E402
from summarizer.text.words import stop_words, tokens  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "multiling2011_en" / "clusters.jsonl"
SEED = ROOT / "corpus" / "irs-ice-data-sharing"


def char_grams(text: str, n: int, stop: frozenset[str]) -> list[str]:
    """The character n-grams of the text's content words, each word marked at both ends."""
    grams = []
    for word in tokens(text):
        if word not in stop:
            marked = f"<{word}>"
            grams.extend(marked[k:k + n] for k in range(max(1, len(marked) - n + 1)))
    return grams


def lede_cosines(pool: Pool, X: sparse.csr_matrix) -> np.ndarray:
    """Cosines between the ledes of different articles (upper triangle, flat)."""
    ledes = np.flatnonzero(np.r_[True, pool.articles[1:] != pool.articles[:-1]])
    S = (X[ledes] @ X[ledes].T).toarray()
    return S[np.triu_indices(len(ledes), 1)]


def measures(pool: Pool) -> list[np.ndarray]:
    stop = stop_words("english")
    texts = [s.text for s in pool.sentences]
    return [lede_cosines(pool, pool.X)] + [
        lede_cosines(pool, weigh(counts([char_grams(t, n, stop) for t in texts])))
        for n in (3, 4)]


def main() -> int:
    sets = [("seed set", {"articles": read_articles([SEED])})]
    for line in DATA.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        sets.append((story["id"], {"articles": [{"id": d["id"], "text": d["text"]}
                                                for d in story["documents"]]}))
    print("| set | TF-IDF median / max | char 3-grams median / max | char 4-grams median / max |")
    print("|---|---|---|---|")
    for name, request in sets:
        cells = [f"{np.median(c):.2f} / {c.max():.2f}"
                 for c in measures(build_pool(parse_request(request)))]
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
