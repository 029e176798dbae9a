"""The service under a real gunicorn (gunicorn.conf.py, one worker, a free loopback port)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
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


def post_json(url: str, body: Any, timeout: float = 60.0) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
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


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not GUNICORN.exists():
        pytest.skip(f"no gunicorn next to {sys.executable}")
    port = free_port()
    log = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    # the service's own settings at their defaults, whatever the machine's environment says
    env = {name: value for name, value in os.environ.items() if not name.startswith("BRIEF_")}
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(GUNICORN), "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{port}", "-w", "1",
             "wsgi:app"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url, server, log)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)


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
