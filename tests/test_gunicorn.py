"""The service under a real gunicorn (gunicorn.conf.py, one worker, a free loopback port)."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from contract import check_response

from summarizer.cli import read_articles

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).parent / "gunicorn"
CONTRACT_CHECK = ROOT.parent / "shared" / "checks" / "contract_check.py"
START_TIMEOUT = 20.0  # seconds for gunicorn to answer /healthz


def free_port() -> int:
    """A loopback port nobody listens on now (gunicorn cannot bind port 0 and report it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read()


def post_json(url: str, body: Any, timeout: float = 60.0,
              headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers.get_content_type(), error.read()


def wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    """Poll /healthz until it answers 200; fail if gunicorn exits or START_TIMEOUT passes."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"gunicorn exited with {server.returncode}:\n{log.read_text()[-2000:]}")
        try:
            if get(f"{url}/healthz", timeout=1.0)[0] == 200:
                return
        except OSError:
            pass  # not listening yet
        time.sleep(0.1)
    pytest.fail(f"gunicorn did not answer /healthz in {START_TIMEOUT} s:\n"
                f"{log.read_text()[-2000:]}")


@dataclass
class Server:
    url: str
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def gunicorn(log: Path, workers: int = 1, **settings: str) -> Iterator[Server]:
    """gunicorn as `make run` starts it (gunicorn.conf.py), `workers` workers (one unless a
    test is about several) on a free loopback port, with the service's BRIEF_ settings at their
    defaults except `settings`."""
    if not GUNICORN.exists():
        pytest.skip(f"no gunicorn next to {sys.executable}")
    port = free_port()
    env = {name: value for name, value in os.environ.items() if not name.startswith("BRIEF_")}
    env.update({f"BRIEF_{name}": value for name, value in settings.items()})
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(GUNICORN), "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{port}", "-w", str(workers),
             "wsgi:app"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url, server, log)
        yield Server(url, log)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with gunicorn(tmp_path_factory.mktemp("gunicorn") / "gunicorn.log") as running:
        yield running


@pytest.fixture(scope="module")
def server_url(server: Server) -> str:
    return server.url


def test_healthz(server_url: str) -> None:
    status, body = get(f"{server_url}/healthz")
    assert status == 200
    assert json.loads(body) == {"status": "ok"}


def test_seed_set_through_gunicorn(server_url: str) -> None:
    seed = {"articles": read_articles([ROOT / "corpus" / "irs-ice-data-sharing"])}
    status, content_type, body = post_json(f"{server_url}/summarize", seed)
    assert status == 200, body[:300]
    assert content_type == "application/json"
    check_response(seed, json.loads(body))


def test_gunicorn_stops_at_once_after_a_brief(tmp_path: Path) -> None:
    """Stopped (SIGTERM, as Ctrl-C on `make run` or a supervisor does) after a worker has made a
    brief with the sentence encoder, gunicorn exits with its worker well within its graceful
    timeout (30 s), and leaves no worker behind: a worker that hung on exit held it there."""
    seed = {"articles": read_articles([ROOT / "corpus" / "irs-ice-data-sharing"])}
    port = free_port()
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(GUNICORN), "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{port}", "-w", "1",
             "wsgi:app"], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"http://127.0.0.1:{port}", server, log)
        assert post_json(f"http://127.0.0.1:{port}/summarize", seed)[0] == 200
        workers = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True,
                                 text=True).stdout.split()
        assert workers, log.read_text()[-2000:]
        server.terminate()
        server.wait(timeout=10)
        time.sleep(0.5)
        assert not [w for w in workers if Path(f"/proc/{w}").exists()], log.read_text()[-2000:]
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=15)


def test_bad_request_through_gunicorn(server_url: str) -> None:
    status, content_type, body = post_json(f"{server_url}/summarize", {"articles": []})
    assert status == 422
    assert content_type == "application/json"
    assert json.loads(body)["error"]["field"] == "articles"


def test_shared_contract_check(server_url: str) -> None:
    if not CONTRACT_CHECK.exists():
        pytest.skip(f"{CONTRACT_CHECK} not found")
    python3 = shutil.which("python3") or sys.executable
    done = subprocess.run([python3, str(CONTRACT_CHECK), "--url", server_url],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


# --- Hostile loads against a real worker: each answered within the budget, the worker lives ----

BUDGET = 3.0  # BRIEF_MAX_SECONDS of the server below; gunicorn's worker timeout is 30 s
MARKER = "Quokkafjord"  # in every article sent below; must never reach the log
WORDS = "the council bridge river engineers said repairs cost million dollars monday".split()
REQUEST_LINE = re.compile(r"request id=\S+ method=POST path=/summarize status=(\d+) ")


def no_punctuation(chars: int, seed: int) -> str:
    """Lower-case words and no sentence punctuation: lines of it join into one paragraph."""
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(chars // 6))
    return f"{text[:chars - len(MARKER) - 1]} {MARKER}"


def short_sentences(count: int, seed: int) -> str:
    """`count` short sentences of few words, five to a paragraph: many near-identical."""
    rng = random.Random(seed)
    sentences = [" ".join(rng.choice(WORDS) for _ in range(8)).capitalize() + "."
                 for _ in range(count)]
    return "\n".join(" ".join(sentences[k:k + 5]) for k in range(0, count, 5)) + f" {MARKER}."


@pytest.fixture(scope="module")
def raised_limits(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Limits raised so that the big requests below reach the work, and the budget stops it."""
    with gunicorn(tmp_path_factory.mktemp("gunicorn") / "limits.log",
                  MAX_SECONDS=str(BUDGET), MAX_ARTICLES="5000", MAX_ARTICLE_CHARS="2100000",
                  MAX_SENTENCES="100000", MAX_BODY_BYTES="3000000") as running:
        yield running


# (request, the statuses it may get): 413 is too_slow (the budget) or the body limit
HEAVY = [
    pytest.param(lambda: {"articles": [{"text": "\n".join(
        no_punctuation(2000, k) for k in range(1000))}]}, {200, 413},
        id="2MB-no-punctuation-in-1000-lines"),
    pytest.param(lambda: {"articles": [{"text": no_punctuation(2_000_000, 1)}]}, {200, 413},
                 id="2MB-one-sentence"),
    pytest.param(lambda: {"articles": [{"text": f"{MARKER} line {k} says the {WORDS[k % 11]}."}
                                       for k in range(5000)]}, {200, 413},
                 id="5000-one-line-articles"),
    # some 25 s of work here (5,000 articles of near-identical sentences): the budget must
    # stop it. (One article of the same 35,000 sentences took 2 minutes until cluster.PAIRS,
    # 1 s since.)
    pytest.param(lambda: {"articles": [{"text": short_sentences(7, k)} for k in range(5000)]},
                 {413}, id="2MB-of-35000-short-sentences-in-5000-articles"),
    pytest.param(lambda: {"articles": [{"text": no_punctuation(2_000_000, k)} for k in (1, 2)]},
                 {413}, id="over-the-body-limit"),
]


@pytest.mark.parametrize(("make", "statuses"), HEAVY)
def test_heavy_request_is_answered_within_the_budget(raised_limits: Server, make: Any,
                                                     statuses: set[int]) -> None:
    body = make()
    started = time.monotonic()
    status, content_type, answer = post_json(f"{raised_limits.url}/summarize", body)
    elapsed = time.monotonic() - started
    assert status in statuses, answer[:300]
    assert content_type == "application/json"
    if status == 413:
        error = json.loads(answer)["error"]
        assert error["code"] in ("too_slow", "request_entity_too_large")
        assert "fewer or shorter articles" in error["message"]
    else:
        check_response(body, json.loads(answer))
    assert elapsed < BUDGET + 15  # generous: well before gunicorn's 30 s would kill the worker


def test_the_worker_survives_the_heavy_requests(raised_limits: Server) -> None:
    """After the heavy requests (run first, in this module's order) a normal request is served
    by the same worker, and the log holds one line per request and no article text."""
    seed = {"articles": read_articles([ROOT / "corpus" / "irs-ice-data-sharing"])}
    status, _, body = post_json(f"{raised_limits.url}/summarize", seed,
                                headers={"X-Request-Id": "after-the-storm"})
    assert status == 200, body[:300]
    check_response(seed, json.loads(body))
    log = raised_limits.log_text()
    assert log.count("Booting worker") == 1, log[-2000:]
    assert "WORKER TIMEOUT" not in log
    statuses = REQUEST_LINE.findall(log)
    assert len(statuses) == len(HEAVY) + 1
    assert statuses.count("413") >= 2 and statuses[-1] == "200"
    assert "id=after-the-storm " in log
    assert MARKER not in log
    seed_text = seed["articles"][0]["text"]
    assert not any(line.strip() and line.strip() in log for line in seed_text.splitlines())


def test_no_article_text_in_the_default_log(server: Server) -> None:
    text = f"{MARKER} residents said the ferry will sail again on Friday. The ferry sank."
    status, _, _ = post_json(f"{server.url}/summarize",
                             {"articles": [{"text": text}, {"text": text}]},
                             headers={"X-Api-Key": "not-a-key-of-ours"})
    assert status == 200
    time.sleep(0.2)  # let the worker's log line reach the file
    log = server.log_text()
    assert REQUEST_LINE.search(log)
    assert MARKER not in log and "ferry" not in log and "not-a-key-of-ours" not in log
