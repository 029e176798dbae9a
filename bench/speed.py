"""Speed and memory of the clustered pipeline, against sumy's LexRank on the same sentences.

    .venv/bin/python bench/speed.py [--sizes 100 1000 3000 10000 30000 100000] [--runs 5]
                                    [--no-sumy]

Inputs of about N sentences are resampled from the real text in corpus/ (every set): paragraphs
are drawn at random (seeded) into articles of about 25 sentences, and every reuse of a sentence
is perturbed a little (a word dropped, two words swapped, a number changed) so that copies are
not identical. Each size runs in a fresh subprocess, so that its peak RSS is its own, and sumy
runs in another one after it; every subprocess has a timeout. The library is called as a
program would call it, without the service's BRIEF_MAX_SENTENCES (summarize's max_sentences).

Beside each size: sumy's LexRank on the same input in the same run (up to SUMY_MAX_SIZE) and
our speed-up over it; after the table, how time grows (GROWTH: time(30,000) / time(3,000) and
time(100,000) / time(10,000), 10 for linear growth, about 12 for n log n). Every figure is
from this run: the machine's speed drifts by a factor of two within an hour, ratios do not.
The two sizes of a growth ratio are timed by turns in one more subprocess (small, large,
small, ...), so that both live through the same phases of the machine: timed in their own
subprocesses a minute apart (sumy's 3,000 sentences run between them), their ratio has read
from 10.3 to 13.6 on the same code.
Last, the seed set's brief with the sentence encoder and without it (BRIEF_ENCODER=off), by
turns in one process: what the encoder costs (issue 14: at most ENCODER_BAR times). The
resampled inputs of more than paraphrase.POOL_AT_MOST sentences never use it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shlex
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED_SET = ROOT / "corpus" / "irs-ice-data-sharing"
SENTENCES_PER_ARTICLE = 25
SUMY_MAX_SIZE = 3000  # sumy's LexRank is O(n²) in pure Python: 5 s at 1,000 here, 40 s at 3,000
MAX_CHANGES = 6  # perturbations of one copy, at most
SEED = 20250408
DEFAULT_SIZES = [100, 1000, 3000, 10000, 30000, 100000]
GROWTH = [(3000, 30000), (10000, 100000)]  # pairs of sizes whose time ratio is printed
# peak RSS (MB) allowed at a size, from issue 18: memory that grows linearly from imports
RSS_BARS = {10000: 400, 30000: 1000, 100000: 2000}
ENCODER_BAR = 5  # the seed set's brief with the encoder, at most this many times without it
SEED_RUNS = 15  # turns of the seed set with and without the encoder: about 15 ms each
LARGE, LARGE_RUNS = 30000, 3  # from LARGE sentences a run takes seconds: 3 runs give a median

_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])"
)
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*")


def split_sentences(paragraph: str) -> list[str]:
    """A simple regex split: good enough to count sentences, not the library's splitter."""
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def corpus_paragraphs() -> list[list[str]]:
    """Every paragraph of every corpus article, as a list of its sentences."""
    paragraphs = []
    for path in sorted(ROOT.glob("corpus/*/*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            sentences = split_sentences(" ".join(block.split()))
            if sentences:
                paragraphs.append(sentences)
    return paragraphs


def perturb(sentence: str, rng: random.Random) -> str:
    """The sentence with one small change; first and last words kept, so it still reads as one."""
    words = sentence.split()
    numbers = [i for i, w in enumerate(words) if _NUMBER.search(w)]
    choice = rng.choice(["drop", "swap", "number"] if numbers else ["drop", "swap"])
    if choice == "number":
        i = rng.choice(numbers)
        words[i] = _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), words[i], count=1)
    elif len(words) >= 4:
        i = rng.randrange(1, len(words) - 2)
        if choice == "drop":
            del words[i]
        else:
            words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def build_articles(size: int, seed: int = SEED) -> list[list[list[str]]]:
    """Articles (lists of paragraphs of sentences) holding `size` sentences in all."""
    rng = random.Random(seed)
    source = corpus_paragraphs()
    seen: set[str] = set()
    articles: list[list[list[str]]] = []
    article: list[list[str]] = []
    in_article = total = 0
    while total < size:
        paragraph = []
        for sentence in rng.choice(source)[: size - total]:
            for _ in range(MAX_CHANGES):  # a reused sentence changes until it is new
                if sentence not in seen:
                    break
                sentence = perturb(sentence, rng)
            seen.add(sentence)
            paragraph.append(sentence)
        article.append(paragraph)
        in_article += len(paragraph)
        total += len(paragraph)
        if in_article >= SENTENCES_PER_ARTICLE or total >= size:
            articles.append(article)
            article, in_article = [], 0
    return articles


def request_of(articles: list[list[list[str]]]) -> dict[str, Any]:
    return {
        "articles": [
            {"id": f"a{i}", "title": "", "text": "\n\n".join(" ".join(p) for p in paragraphs)}
            for i, paragraphs in enumerate(articles)
        ],
        "length": {"sentences": 7},
        "method": "clustered",
    }


def set_request(folder: Path = SEED_SET) -> dict[str, Any]:
    """The request of a folder of articles (the seed set by default), with the default length."""
    from summarizer.cli import read_articles  # here: sumy's child process need not import it

    return {"articles": read_articles([folder])}


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, else KiB


def time_ours(size: int, runs: int) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from summarizer import summarize

    request = request_of(build_articles(size))
    response = summarize(request)  # warm-up: imports, caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = summarize(request)
        times.append(time.perf_counter() - started)
    return {
        "sentences": response["stats"]["sentences"],
        "ms": statistics.median(times) * 1000,
        "rss_mb": peak_rss_mb(),
    }


def by_turns(calls: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """The median ms of each call, the calls run by turns in this one process (one of each in
    turn), `runs` turns after a warm-up turn (imports, models, caches): all of them live through
    the same phases of the machine, so their ratios hold where their times drift."""
    spent: dict[str, list[float]] = {name: [] for name in calls}
    for turn in range(runs + 1):
        for name, call in calls.items():
            started = time.perf_counter()
            call()
            if turn:
                spent[name].append(time.perf_counter() - started)
    return {name: statistics.median(times) * 1000 for name, times in spent.items()}


def time_growth(small: int, large: int, runs: int) -> dict[str, Any]:
    """The medians (ms) of the two sizes of a GROWTH pair, timed by turns in this one process."""
    sys.path.insert(0, str(ROOT))
    from summarizer import summarize

    requests = {"small_ms": request_of(build_articles(small)),
                "large_ms": request_of(build_articles(large))}
    return by_turns({name: partial(summarize, request) for name, request in requests.items()},
                    runs)


def time_seed_set(runs: int) -> dict[str, Any]:
    """The seed set's default brief with the sentence encoder and without it
    (BRIEF_ENCODER=off), run by turns in this one process: medians in ms."""
    sys.path.insert(0, str(ROOT))
    from summarizer import summarize
    from summarizer.facts import encoder

    request = set_request()

    def with_encoder(switch: str) -> None:
        os.environ["BRIEF_ENCODER"] = switch
        summarize(request)

    medians = by_turns({switch: partial(with_encoder, switch) for switch in ("on", "off")}, runs)
    os.environ["BRIEF_ENCODER"] = "on"
    return {"encoder": encoder.available(), **medians}


class _RegexWords:
    """sumy's tokenizer interface without NLTK's punkt data."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return _WORD.findall(text)


def time_sumy(size: int, runs: int) -> dict[str, Any]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    words = _RegexWords()
    document = ObjectDocumentModel(
        [
            Paragraph([Sentence(s, words) for s in paragraph])
            for article in build_articles(size)
            for paragraph in article
        ]
    )
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        summarizer(document, 7)
        times.append(time.perf_counter() - started)
    return {"s": statistics.median(times)}


def yardstick_ms(repeats: int = 5) -> float:
    """Median ms of a fixed pure-Python loop (a million steps): how fast the machine runs
    Python at the moment, printed beside the figures. This VM's speed has been seen to change
    by a factor of two within an hour, all else equal; compare figures by their yardsticks."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        total = 0
        for step in range(1_000_000):
            total += step * step
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def yardstick_line(before: float, after: float) -> str:
    return (f"Yardstick (bench.speed.yardstick_ms, lower is faster): {before:.0f} ms before the "
            f"runs, {after:.0f} ms after, Python {platform.python_version()}")


def run_child(args: list[str], timeout: float) -> dict[str, Any] | str:
    """The JSON a child run of this script prints, or why there is none."""
    command = [sys.executable, __file__, *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout:g} s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"failed (exit {done.returncode}: {last[:80]})"
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return "failed (no result printed)"


def row(size: int, ours: dict[str, Any] | str, sumy: dict[str, Any] | str | None) -> str:
    if isinstance(ours, str):
        cells = [f"target {size:,}", f"ours {ours}", "—"]
    else:
        cells = [
            f"{ours['sentences']:,} (target {size:,})",
            f"{ours['ms']:,.1f}",
            f"{ours['rss_mb']:,.0f}",
        ]
    if sumy is None:
        cells += ["—", "—"]
    elif isinstance(sumy, str):
        cells += [f"sumy {sumy}", "—"]
    else:
        ratio = None if isinstance(ours, str) else sumy["s"] * 1000 / ours["ms"]
        speedup = "—" if ratio is None else f"{ratio:,.{1 if ratio < 10 else 0}f}×"
        cells += [f"{sumy['s']:,.2f}", speedup]
    return "| " + " | ".join(cells) + " |"


def seed_set_line(seed: dict[str, Any] | str) -> str:
    """What the sentence encoder costs on the seed set's brief: its time with the encoder
    over its time without (issue 14's bar: at most ENCODER_BAR times)."""
    if isinstance(seed, str):
        return f"seed set: {seed}"
    if not seed["encoder"]:
        return (f"seed set: {seed['off']:.1f} ms; the sentence encoder is not built "
                "(make builds it), so both runs kept to shared words")
    return (f"seed set: {seed['on']:.1f} ms with the sentence encoder, {seed['off']:.1f} ms "
            f"without (BRIEF_ENCODER=off): {seed['on'] / seed['off']:.1f}× "
            f"(bar: ≤ {ENCODER_BAR})")


def growth_lines(measured: dict[int, dict[str, Any] | str],
                 by_turns: dict[tuple[int, int], dict[str, Any] | str]) -> list[str]:
    """How time grows between the GROWTH pairs of sizes measured (by_turns: each pair's
    time_growth), and the peak RSS against RSS_BARS, as lines under the table."""
    lines = []
    for (small, large), turns in by_turns.items():
        a, b = measured.get(small), measured.get(large)
        if isinstance(turns, str):
            lines.append(f"time({large:,}) / time({small:,}): {turns}")
        elif isinstance(a, dict) and isinstance(b, dict):
            sentences = b["sentences"] / a["sentences"]
            lines.append(f"time({large:,}) / time({small:,}) = "
                         f"{turns['large_ms'] / turns['small_ms']:.1f} for {sentences:.1f}× the "
                         f"sentences, timed by turns in one process ({turns['large_ms']:,.1f} / "
                         f"{turns['small_ms']:,.1f} ms; bar: ≤ 12)")
    for size, bar in RSS_BARS.items():
        found = measured.get(size)
        if isinstance(found, dict):
            lines.append(f"peak RSS at {size:,}: {found['rss_mb']:,.0f} MB (bar: ≤ {bar:,} MB)")
    return ["", *lines] if lines else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=DEFAULT_SIZES,
                        help="target sentences pooled (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of ours (median)")
    parser.add_argument("--no-sumy", action="store_true", help="skip sumy's LexRank")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per subprocess")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child: one size
    parser.add_argument("--sumy", action="store_true", help=argparse.SUPPRESS)  # child: sumy
    parser.add_argument("--seed-set", action="store_true", help=argparse.SUPPRESS)  # child
    parser.add_argument("--growth", type=int, nargs=2, help=argparse.SUPPRESS)  # child: a pair
    args = parser.parse_args(argv)

    if args.growth:
        small, large = args.growth
        print(json.dumps(time_growth(small, large, min(args.runs, LARGE_RUNS))))
        return 0

    if args.seed_set:
        print(json.dumps(time_seed_set(max(args.runs, SEED_RUNS))))
        return 0

    if args.one is not None:
        if args.sumy:  # sumy is slow: one run from 1,000 sentences up
            result = time_sumy(args.one, 1 if args.one >= 1000 else min(args.runs, 3))
        else:
            result = time_ours(args.one, min(args.runs, LARGE_RUNS) if args.one >= LARGE
                               else args.runs)
        print(json.dumps(result))
        return 0

    before = yardstick_ms()
    print("| sentences | ours median ms | ours peak RSS MB | sumy LexRank s | speed-up × |")
    print("|---:|---:|---:|---:|---:|")
    measured: dict[int, dict[str, Any] | str] = {}
    for size in args.sizes:
        ours = measured[size] = run_child(["--one", str(size), "--runs", str(args.runs)],
                                          args.timeout)
        sumy = None
        if not args.no_sumy and size <= SUMY_MAX_SIZE:
            sumy = run_child(["--one", str(size), "--sumy", "--runs", str(args.runs)], args.timeout)
        print(row(size, ours, sumy), flush=True)
    by_turns = {
        (small, large): run_child(["--growth", str(small), str(large), "--runs",
                                   str(args.runs)], args.timeout)
        for small, large in GROWTH
        if isinstance(measured.get(small), dict) and isinstance(measured.get(large), dict)}
    for line in growth_lines(measured, by_turns):
        print(line)
    print(seed_set_line(run_child(["--seed-set", "--runs", str(args.runs)], args.timeout)))
    print(
        f"\nPython {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"`{shlex.join([Path(sys.executable).name, *sys.argv])}`"
    )
    print(yardstick_line(before, yardstick_ms()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
