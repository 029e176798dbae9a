"""Every command of the README runs, against the files of examples/: the shell commands, the
JSON request and the Python example. A command of a kind this test does not know fails it, so
that a command added to the README is run here too."""

from __future__ import annotations

import ast
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from test_browser import base_url  # noqa: F401 (a fixture: the service on loopback)
from test_gunicorn import free_port

from summarizer import summarize

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
TIMEOUT = 120  # seconds for one command: a brief takes well under one


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, re.MULTILINE | re.DOTALL)


def commands() -> list[str]:
    """The shell commands of the README's sh blocks: continuation lines joined, comments cut."""
    out = []
    for block in blocks("sh"):
        for line in block.replace("\\\n", " ").splitlines():
            command = re.sub(r"\s+#\s.*$", "", line).strip()
            if command:
                out.append(" ".join(command.split()))
    return out


COMMANDS = commands()


@pytest.fixture(scope="module")
def pages() -> Iterator[str]:
    """examples/ served over HTTP on loopback, standing in for the README's article links."""
    handler = type("Quiet", (SimpleHTTPRequestHandler,), {
        "log_message": lambda *args: None,
        "__init__": lambda self, *a, **k: SimpleHTTPRequestHandler.__init__(
            self, *a, directory=str(ROOT / "examples"), **k)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder where the README's relative paths resolve (.venv, corpus, examples) and its
    output files land apart from the checkout."""
    for name in (".venv", "corpus", "examples"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def command_env() -> dict[str, str]:
    """The environment of a README command: this checkout's package, and .venv/bin on the
    PATH (the commands a cluster's machines run name the installed programs without it)."""
    return {**os.environ, "PYTHONPATH": str(ROOT),
            "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = command_env()
    done = subprocess.run(["bash", "-c", "set -o pipefail; " + command], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, f"{command}: exit {done.returncode}: {done.stderr[-800:]}"
    return done


def looks_like_a_brief(output: str) -> None:
    if output.lstrip().startswith("{"):
        for line in output.splitlines():
            assert json.loads(line)["brief"]
    else:
        assert output.strip() and ("# Brief" in output or "[" in output)


def test_the_readme_has_commands_of_every_kind() -> None:
    assert any(c == "make run" for c in COMMANDS)
    assert any(c.startswith("curl ") for c in COMMANDS)
    assert any(c.startswith(".venv/bin/") for c in COMMANDS)


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.startswith("curl ")])
def test_curl_commands(command: str, base_url: str) -> None:  # noqa: F811
    done = run(command.replace("http://127.0.0.1:8000", base_url), ROOT)
    looks_like_a_brief(done.stdout)


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.startswith(".venv/bin/")])
def test_command_line_commands(command: str, workdir: Path, pages: str) -> None:
    links = re.findall(r"https?://\S+", command)
    if links:  # the README's links are examples: local pages stand in for them
        for link, page in zip(links, ("radio.html", "wire.txt", "blog.txt"), strict=False):
            command = command.replace(link, f"{pages}/{page}")
        command += " --allow-private-urls"
    done = run(command, workdir)
    written = re.search(r">\s*(\S+)$", command)
    looks_like_a_brief((workdir / written[1]).read_text() if written else done.stdout)


MAKE = re.compile(r"^((?:[A-Z_]+=\S+ )*)make (\w+)$")  # settings, then make and its target


@pytest.mark.parametrize("command", [c for c in COMMANDS if MAKE.match(c)])
def test_make_commands(command: str, tmp_path: Path) -> None:
    found = MAKE.match(command)
    assert found is not None
    settings, target = dict(s.split("=", 1) for s in found[1].split()), found[2]
    if target == "test":
        pytest.skip("`make test` is the command that runs this test (CI runs it)")
    assert target == "run", f"a README command this test does not know: {command}"
    if "BRIEF_STORE" in settings:  # a file of the test's own, not the README's system path
        settings["BRIEF_STORE"] = str(tmp_path / Path(settings["BRIEF_STORE"]).name)
    port = free_port()
    env = {**os.environ, **settings, "BRIEF_PORT": str(port), "BRIEF_WORKERS": "1"}
    server = subprocess.Popen(["make", target], cwd=ROOT, env=env, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
                    assert page.status == 200
                    assert "sample" in page.read().decode().lower()
                    break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("make run did not serve the form")
        if "BRIEF_STORE" in settings:  # a brief gets a link that shows it again
            post = urllib.request.Request(
                f"http://127.0.0.1:{port}/summarize", method="POST",
                data=(ROOT / "examples" / "request.json").read_bytes(),
                headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(post, timeout=60) as answer:
                link = json.loads(answer.read())["permalink"]
            with urllib.request.urlopen(link, timeout=30) as page:
                assert page.status == 200
            assert Path(settings["BRIEF_STORE"]).exists()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        if server.stderr:
            server.stderr.close()


CLUSTER = [c for c in COMMANDS if c.startswith(("dask ", "summarizer "))]  # on a real cluster


def test_the_cluster_walkthrough_runs_on_loopback(workdir: Path) -> None:
    """The README's scheduler and worker commands, on this machine (HOST: 127.0.0.1, the
    scheduler on a free port), then the batch command against them."""
    scheduler_cmd = next(c for c in CLUSTER if c.startswith("dask scheduler"))
    worker_cmd = next(c for c in CLUSTER if c.startswith("dask worker"))
    batch = next(c for c in CLUSTER if c.startswith("summarizer "))
    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rsplit(":", 1)[1]
    env = command_env()
    started = []
    try:
        for command in (f"{scheduler_cmd} --port {port} --no-dashboard",
                        worker_cmd.replace("tcp://HOST:8786", address)
                        .replace("--nworkers 4", "--nworkers 1") + " --no-dashboard"):
            started.append(subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=workdir,
                                            env=env, start_new_session=True,
                                            stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL))
        done = run(batch.replace("tcp://HOST:8786", address), workdir)
        assert done.returncode == 0
        looks_like_a_brief((workdir / "responses.jsonl").read_text())
    finally:
        for process in started:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)


def test_every_command_is_of_a_known_kind() -> None:
    unknown = [c for c in COMMANDS if not (MAKE.match(c) or c in CLUSTER
                                           or c.startswith(("curl ", ".venv/bin/")))]
    assert not unknown, f"README commands this test does not run: {unknown}"


def test_the_json_request_example_gives_a_brief() -> None:
    (example,) = blocks("json")
    response: dict[str, Any] = summarize(json.loads(example))
    assert response["brief"] and response["brief"][0]["support"] == 2


def test_the_python_examples_give_what_their_comments_say() -> None:
    """Each Python block runs; its last expression equals what its last comment says."""
    for block in blocks("python"):
        *_, expected = re.findall(r"#\s*(.+)$", block, re.MULTILINE)
        tree = ast.parse(block)
        *statements, last = tree.body
        assert isinstance(last, ast.Expr), block
        namespace: dict[str, Any] = {}
        exec(compile(ast.Module(statements, []), "README", "exec"), namespace)
        got = eval(compile(ast.Expression(last.value), "README", "eval"), namespace)
        assert repr(got) == expected.strip(), block


if sys.platform != "linux":  # pragma: no cover
    pytestmark = pytest.mark.skip("the README's commands are for Linux")
