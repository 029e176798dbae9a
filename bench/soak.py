"""Soak test: the service under gunicorn, mixed valid and hostile traffic, for a bounded time.

    .venv/bin/python bench/soak.py [--duration 60] [--warmup 15] [--clients 4] [--workers N]

Starts gunicorn as `make run` does (gunicorn.conf.py, the environment's BRIEF_ settings) on a
free loopback port, then runs `--clients` concurrent clients that send a seeded random mix of
requests (valid briefs of the corpus sets, and malformed JSON, wrong types, an over-limit body,
a huge unpunctuated article, too many articles, a wrong content type, hostile Unicode) to it
only. A warm-up of the same mix comes first; the workers' RSS is read after it and at the end.
While it runs, the gunicorn master's children are watched: any new worker PID is a restart.
Reports counts by kind and status, latency percentiles, restarts and RSS; exits 1 on any 5xx,
client error, unexpected status or worker restart. Loopback only, bounded in time: it stops
by itself after warm-up + duration (+ 30 s at most to stop the server).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.config import DEFAULTS, from_environment  # noqa: E402
from summarizer.cli import read_articles  # noqa: E402

HOST = "127.0.0.1"  # loopback only
REQUEST_TIMEOUT = 60.0  # seconds for one request, well above the service's budget
START_TIMEOUT = 30.0
SEED = 20250408
WORDS = "the council bridge river engineers said repairs cost million dollars monday".split()


@dataclass(frozen=True)
class Kind:
    """One kind of request: how to build it and the statuses it is planned to get."""

    name: str
    weight: int
    expected: frozenset[int]
    build: Callable[[random.Random], tuple[str, bytes, str]]  # -> (path, body, content type)


def _json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode()


def corpus_sets() -> list[list[dict[str, Any]]]:
    return [read_articles([manifest.parent])
            for manifest in sorted((ROOT / "corpus").glob("*/manifest.json"))]


def kinds(sets: list[list[dict[str, Any]]], max_body: int, max_articles: int,
          max_chars: int) -> list[Kind]:
    def brief(rng: random.Random) -> tuple[str, bytes, str]:
        length = rng.choice([{"sentences": rng.randint(3, 9)}, {"words": rng.randint(50, 250)},
                             {"characters": rng.randint(300, 1500)}])
        fmt = rng.choice(["json", "json", "json", "markdown", "html"])
        request = {"articles": rng.choice(sets), "length": length}
        return f"/summarize?format={fmt}", _json(request), "application/json"

    def compare(rng: random.Random) -> tuple[str, bytes, str]:
        request = {"articles": rng.choice(sets),
                   "method": rng.choice(["lexrank", "textrank", "luhn", "sumbasic"])}
        return "/summarize", _json(request), "application/json"

    def kl(rng: random.Random) -> tuple[str, bytes, str]:
        return "/summarize", _json({"articles": rng.choice(sets), "method": "kl"}), \
            "application/json"

    def malformed(rng: random.Random) -> tuple[str, bytes, str]:
        good = _json({"articles": rng.choice(sets)})
        return "/summarize", good[: rng.randint(1, len(good) - 1)], "application/json"

    def wrong_types(rng: random.Random) -> tuple[str, bytes, str]:
        bad = rng.choice([{"articles": "text"}, {"articles": [{"text": 5}]},
                          {"articles": [{"text": "One."}], "length": {"sentences": "7"}},
                          {"articles": [{"text": "One."}], "method": ["clustered"]}, [1, 2]])
        return "/summarize", _json(bad), "application/json"

    def oversized(rng: random.Random) -> tuple[str, bytes, str]:
        text = "x" * (max_body + rng.randint(1, 1_000_000))
        return "/summarize", _json({"articles": [{"text": text}]}), "application/json"

    def unpunctuated(rng: random.Random) -> tuple[str, bytes, str]:
        text = " ".join(rng.choice(WORDS) for _ in range(max_chars // 7))[: max_chars - 10]
        return "/summarize", _json({"articles": [{"text": text}]}), "application/json"

    def too_many(rng: random.Random) -> tuple[str, bytes, str]:
        articles = [{"text": f"Article {k} says the bridge reopened."}
                    for k in range(max_articles + rng.randint(1, 50))]
        return "/summarize", _json({"articles": articles}), "application/json"

    def content_type(rng: random.Random) -> tuple[str, bytes, str]:
        kind = rng.choice(["text/plain", "application/xml", "image/png"])
        return "/summarize", _json({"articles": rng.choice(sets)}), kind

    def hostile(rng: random.Random) -> tuple[str, bytes, str]:
        marks = ["\u200b", "\u202e", "\U0001f525", "\u0301", "\x00", "<script>alert(1)</script>",
                 "\u0627\u0644\u062c\u0633\u0631", "[x](javascript:alert(1))", "\ufeff"]
        articles = [{"text": " ".join(rng.choice(marks) + s for s in
                                      rng.choice(sets)[0]["text"].split(". ")[:30])}
                    for _ in range(rng.randint(1, 5))]
        return "/summarize?format=html", _json({"articles": articles}), "application/json"

    return [
        Kind("brief", 10, frozenset({200}), brief),
        Kind("sumy-method", 2, frozenset({200}), compare),
        # sumy's KL takes 2–8 s on a corpus set when alone: under load the budget may stop it
        Kind("sumy-kl", 1, frozenset({200, 413}), kl),
        Kind("malformed-json", 2, frozenset({400}), malformed),
        Kind("wrong-types", 2, frozenset({422}), wrong_types),
        Kind("over-body-limit", 1, frozenset({413}), oversized),
        Kind("huge-unpunctuated", 1, frozenset({200}), unpunctuated),
        Kind("too-many-articles", 1, frozenset({413}), too_many),
        Kind("wrong-content-type", 1, frozenset({415}), content_type),
        Kind("hostile-unicode", 2, frozenset({200}), hostile),
    ]


def send(port: int, path: str, body: bytes, content_type: str) -> int:
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": content_type})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.statuses: Counter[tuple[str, str]] = Counter()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.unexpected: Counter[tuple[str, str]] = Counter()

    def add(self, kind: Kind, outcome: str, seconds: float) -> None:
        with self.lock:
            self.statuses[(kind.name, outcome)] += 1
            self.latency[kind.name].append(seconds)
            if not (outcome.isdigit() and int(outcome) in kind.expected):
                self.unexpected[(kind.name, outcome)] += 1


def client(port: int, mix: list[Kind], seed: int, until: float, tally: Tally) -> None:
    rng = random.Random(seed)
    weights = [k.weight for k in mix]
    while time.monotonic() < until:  # bounded by the clock
        kind = rng.choices(mix, weights)[0]
        path, body, content_type = kind.build(rng)
        started = time.monotonic()
        try:
            outcome = str(send(port, path, body, content_type))
        except (OSError, http.client.HTTPException) as error:
            outcome = f"client-error:{type(error).__name__}"
        tally.add(kind, outcome, time.monotonic() - started)


def children(pid: int) -> set[int]:
    """The PIDs whose parent is `pid` (the gunicorn master's workers)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # gone meanwhile
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, flags=re.MULTILINE)
    return int(match.group(1)) / 1024 if match else 0.0


class Watcher(threading.Thread):
    """Polls the master's children: every worker PID ever seen."""

    def __init__(self, master: int) -> None:
        super().__init__(daemon=True)
        self.master = master
        self.seen: set[int] = set()
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.25):
            self.seen |= children(self.master)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_up(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer in {START_TIMEOUT} s")


def run_phase(port: int, mix: list[Kind], clients: int, seconds: float, seed: int) -> Tally:
    tally = Tally()
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(port, mix, seed + k, until, tally))
               for k in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + REQUEST_TIMEOUT + 5)
    return tally


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of soak")
    parser.add_argument("--warmup", type=float, default=15.0, help="seconds of warm-up first")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: as make run)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not 0 < args.duration <= 3600 or not 0 <= args.warmup <= 600 or not 0 < args.clients <= 32:
        parser.error("--duration 0–3600 s, --warmup 0–600 s, --clients 1–32")

    config = {**DEFAULTS, **from_environment(os.environ)}
    mix = kinds(corpus_sets(), config["MAX_CONTENT_LENGTH"], config["MAX_ARTICLES"],
                config["MAX_ARTICLE_CHARS"])
    port = free_port()
    env = {**os.environ, "BRIEF_HOST": HOST, "BRIEF_PORT": str(port)}
    if args.workers:
        env["BRIEF_WORKERS"] = str(args.workers)
    gunicorn = Path(sys.executable).parent / "gunicorn"
    command = [str(gunicorn), "-c", "gunicorn.conf.py", "wsgi:app"]
    with tempfile.TemporaryDirectory() as tmp:
        log_path = Path(tmp) / "gunicorn.log"
        with log_path.open("wb") as log:
            server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log,
                                      stderr=subprocess.STDOUT)
        try:
            wait_until_up(port, server)
            watcher = Watcher(server.pid)
            watcher.start()
            time.sleep(0.5)
            first_workers = children(server.pid)
            warm = run_phase(port, mix, args.clients, args.warmup, SEED)
            workers = sorted(children(server.pid))
            rss_warm = {pid: rss_mb(pid) for pid in workers}
            started = time.monotonic()
            tally = run_phase(port, mix, args.clients, args.duration, SEED + 1000)
            elapsed = time.monotonic() - started
            rss_end = {pid: rss_mb(pid) for pid in sorted(children(server.pid))}
            watcher.stop.set()
            watcher.join()
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=30)
        log_text = log_path.read_text(encoding="utf-8", errors="replace")

    booted = log_text.count("Booting worker")
    restarts = len(watcher.seen | first_workers) - len(first_workers)
    timeouts = log_text.count("WORKER TIMEOUT")
    total = sum(tally.statuses.values())
    by_status: Counter[str] = Counter()
    for (_, outcome), count in tally.statuses.items():
        by_status[outcome] += count
    server_errors = sum(c for s, c in by_status.items() if s.isdigit() and int(s) >= 500)
    client_errors = sum(c for s, c in by_status.items() if not s.isdigit())
    unexpected = sum(tally.unexpected.values())
    warm_total, end_total = sum(rss_warm.values()), sum(rss_end.values())
    growth = (end_total - warm_total) / warm_total * 100 if warm_total else 0.0

    print(f"command: {' '.join(shlex.quote(a) for a in [sys.executable, *sys.argv])}")
    print(f"gunicorn: {' '.join(command)} (workers: {len(workers)}, port {port}, "
          f"budget {config['MAX_SECONDS']} s)")
    print(f"warm-up {args.warmup:g} s: {sum(warm.statuses.values())} requests; "
          f"soak {elapsed:.0f} s with {args.clients} clients: {total} requests "
          f"({total / elapsed:.1f}/s)")
    print("\n| kind | requests | statuses | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for kind in mix:
        outcomes = {o: c for (k, o), c in sorted(tally.statuses.items()) if k == kind.name}
        times = [t * 1000 for t in tally.latency[kind.name]]
        print(f"| {kind.name} | {sum(outcomes.values())} | "
              f"{', '.join(f'{o}: {c}' for o, c in outcomes.items())} | "
              f"{percentile(times, 0.5):.0f} | {percentile(times, 0.95):.0f} | "
              f"{max(times, default=0):.0f} |")
    print(f"\nby status: {dict(sorted(by_status.items()))}")
    print(f"5xx: {server_errors}; client errors: {client_errors}; "
          f"unexpected statuses: {unexpected}")
    print(f"worker restarts: {restarts} (new worker PIDs; log: {booted} 'Booting worker' for "
          f"{len(first_workers)} workers, {timeouts} 'WORKER TIMEOUT')")
    print(f"worker RSS after warm-up: {warm_total:.0f} MB "
          f"({', '.join(f'{v:.0f}' for v in rss_warm.values())}); at the end: {end_total:.0f} MB "
          f"({', '.join(f'{v:.0f}' for v in rss_end.values())}); change {growth:+.1f} %")
    if args.json:
        args.json.write_text(json.dumps({
            "requests": total, "seconds": elapsed, "by_status": by_status,
            "by_kind": {f"{k} {o}": c for (k, o), c in tally.statuses.items()},
            "server_errors": server_errors, "client_errors": client_errors,
            "unexpected": unexpected, "restarts": restarts, "rss_warm_mb": warm_total,
            "rss_end_mb": end_total, "rss_change_percent": growth}, indent=2))
    failed = server_errors or client_errors or unexpected or restarts or timeouts
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
