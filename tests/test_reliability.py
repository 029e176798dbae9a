"""Reliability and privacy of the service through Flask's test client.

Hostile inputs (a table: each input with the status and error code it gets), the per-request
compute budget, the 413 from Content-Length before the body is parsed, the request log (one line
per request, with a request id, never an article's text or an API key), rate limiting, and
escaping of hostile text in every output format.
"""

from __future__ import annotations

import gc
import io
import json
import logging
import os
import re
import signal
import sys
import tempfile
import threading
import time
from typing import Any

import pytest
from contract import check_response
from flask.testing import FlaskClient
from test_service import SMALL, Page, error_of, make_client
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from service import DRAIN_BYTES, create_app
from service.budget import TooSlow, time_limit
from service.requestlog import LOGGER

# Text that must never reach a log line; it is in every article of the requests below.
SECRET = "Zanzibar-quokka-7f3e9 said the bridge will reopen on Monday"
PROSE = ("The council approved the bridge repairs on Monday. "
         "Engineers said the work will cost four million dollars.")
WORDS = "the council bridge river engineers said repairs cost million dollars monday".split()


def no_punctuation(chars: int) -> str:
    """One "sentence" of `chars` characters with no sentence punctuation at all."""
    words = (WORDS * (chars // 50 + 1))
    return " ".join(words)[:chars]


def articles(*texts: str) -> dict[str, Any]:
    return {"articles": [{"text": text} for text in texts]}


HTML_SOUP = ("<p>Unclosed <b>bold <i>" + PROSE + "<script>alert(1)</script><style>p{}</style>"
             "<!-- comment --><p>&amp;&lt;&#x41;&bogus; <img src=x onerror=alert(1)>"
             "<table><tr><td>" + PROSE)

# (request, config, status, error code or None): what each hostile input gets. A 200 is also
# checked against the response contract (verbatim sentences, budget, support = sources).
HOSTILE_INPUTS = [
    pytest.param(articles(no_punctuation(150_000)), {}, 200, None,
                 id="one-giant-sentence-no-punctuation"),
    pytest.param(articles(no_punctuation(250_000)), {}, 413, "too_large",
                 id="article-over-the-character-limit"),
    pytest.param(articles(*[f"Item {k} is here." for k in range(50)]), {}, 200, None,
                 id="fifty-one-line-articles"),
    pytest.param(articles(*[f"Item {k}." for k in range(2000)]), {}, 413, "too_large",
                 id="two-thousand-tiny-articles"),
    pytest.param(articles(*[PROSE] * 5), {}, 200, None, id="five-identical-articles"),
    pytest.param({"articles": [{"html": HTML_SOUP}, {"text": PROSE}]}, {}, 200, None,
                 id="html-soup"),
    # libxml2, trafilatura's parser, reads no deeper than 255 elements: no text, a clear 422
    pytest.param({"articles": [{"html": "<div>" * 5000 + PROSE + "</div>" * 5000}]}, {}, 422,
                 "invalid_request", id="html-nested-5000-deep"),
    pytest.param({"articles": [{"html": "&amp;" * 20_000 + "<p>" + PROSE}]}, {}, 200, None,
                 id="html-entity-flood"),
    pytest.param({"articles": [{"html": "<script>alert(1)</script><style>p{}</style>"}]}, {},
                 422, "invalid_request", id="html-with-no-text"),
    pytest.param({**articles("وافق المجلس على إصلاح الجسر يوم الاثنين. قال المهندسون إن العمل "
                             "سيكلف أربعة ملايين دولار."), "language": "arabic"}, {}, 200, None,
                 id="right-to-left-arabic"),
    pytest.param(articles("\u202eThe council approved. \u05d4\u05de\u05d5\u05e2\u05e6\u05d4 "
                          "\u05d0\u05d9\u05e9\u05e8\u05d4. " + PROSE), {}, 200, None,
                 id="bidi-override-and-hebrew"),
    pytest.param(articles("🔥🔥🔥 😀😀 👍🏽👨‍👩‍👧"), {}, 200, None, id="emoji-only"),
    pytest.param(articles("🔥 " + PROSE + " 🚀", PROSE + " 👍🏽"), {}, 200, None,
                 id="emoji-in-prose"),
    pytest.param(articles(PROSE.replace(" ", " \u200b"), PROSE), {}, 200, None,
                 id="zero-width-spaces-in-prose"),
    pytest.param(articles("\u200b\u200c\u200d\ufeff\u2060"), {}, 422, "invalid_request",
                 id="zero-width-characters-only"),
    pytest.param(articles("\u00a0\u3000 \n\t"), {}, 422, "invalid_request",
                 id="unicode-whitespace-only"),
    pytest.param(articles("\x00\x01\x02 " + PROSE + "\x07\x1b[31m"), {}, 200, None,
                 id="control-characters-and-nul"),
    pytest.param(articles("\ufeff" + PROSE), {}, 200, None, id="byte-order-mark"),
    pytest.param(articles("T\u0334\u0352h\u0335e\u0336 council " * 50 + ". " + PROSE), {}, 200,
                 None, id="combining-marks"),
    pytest.param(articles("\u0301\u0301\u0301"), {}, 200, None, id="lone-combining-marks"),
    pytest.param(articles("...!!!???;;;---"), {}, 200, None, id="punctuation-only"),
    pytest.param(articles("x" * 100_000), {}, 200, None, id="one-word-of-100000-letters"),
    pytest.param(articles("\n" * 10_000 + "a"), {}, 200, None, id="ten-thousand-blank-lines"),
    pytest.param(articles(PROSE.replace(". ", ".\r")), {}, 200, None, id="carriage-returns"),
    pytest.param(articles("See [x](javascript:alert(1)) and <img src=x onerror=alert(1)>. "
                          + PROSE), {}, 200, None, id="link-and-markup-injection"),
    pytest.param({"articles": [{"text": PROSE, **{f"extra{k}": k for k in range(1000)}}]}, {},
                 200, None, id="thousand-unknown-article-fields"),
    pytest.param(articles("A lone \ud800 surrogate."), {}, 422, "invalid_request",
                 id="lone-surrogate"),
    pytest.param(articles(no_punctuation(150_000)), {"MAX_SECONDS": 0.001}, 413, "too_slow",
                 id="over-the-compute-budget"),
]


@pytest.mark.parametrize(("request_body", "config", "status", "code"), HOSTILE_INPUTS)
def test_hostile_input(request_body: dict[str, Any], config: dict[str, Any], status: int,
                       code: str | None) -> None:
    response = make_client(**config).post("/summarize", json=request_body)
    if status == 200:
        assert response.status_code == 200, response.get_data(as_text=True)[:300]
        check_response(request_body, response.get_json())
    else:
        assert error_of(response, status)["code"] == code


# --- the compute budget ------------------------------------------------------------------------

def test_slow_work_is_stopped_with_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(request: dict[str, Any], max_sentences: int | None = None) -> dict[str, Any]:
        end = time.monotonic() + 30  # CPU-bound, and bounded should the budget fail
        while time.monotonic() < end:
            pass
        raise AssertionError("the budget did not stop the work")

    monkeypatch.setattr("service.api.summarize", slow)
    handler = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    response = make_client(MAX_SECONDS=0.3).post("/summarize", json=SMALL)
    assert time.monotonic() - started < 10  # stopped long before the slow work would end
    error = error_of(response, 413)
    assert error["code"] == "too_slow"
    assert "0.3 seconds" in error["message"] and "fewer or shorter articles" in error["message"]
    # nothing left behind: no timer running, the previous handler back
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == handler


def test_the_budget_holds_when_its_first_alarm_is_swallowed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An alarm that lands where Python ignores exceptions (a garbage-collector callback, a
    __del__) must not let the work run on: the next alarm stops it."""
    def slow_callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            time.sleep(0.2)  # the alarm fires in here, and Python ignores what it raises

    # What Python ignores goes to sys.unraisablehook: a quick one here, as by default, for
    # pytest's own formats a traceback, long enough for the next alarm to land inside it.
    ignored: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    started = time.monotonic()
    gc.callbacks.append(slow_callback)
    try:
        with pytest.raises(TooSlow), time_limit(0.05):
            gc.collect()
            while time.monotonic() - started < 5:
                pass
    finally:
        gc.callbacks.remove(slow_callback)
    assert time.monotonic() - started < 2
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert ignored  # the first alarm was indeed swallowed


def test_the_budget_stops_the_real_pipeline_and_the_next_request_is_served(
        seed_request: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    # an alarm may land in a garbage-collector callback (hypothesis installs one): see above
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: None)
    app = create_app({"TESTING": True, "MAX_SECONDS": 0.001})
    client = app.test_client()
    assert error_of(client.post("/summarize", json=seed_request), 413)["code"] == "too_slow"
    app.config["MAX_SECONDS"] = 60.0
    response = client.post("/summarize", json=seed_request)
    assert response.status_code == 200
    check_response(seed_request, response.get_json())


def test_the_budget_is_not_enforced_off_the_main_thread() -> None:
    """A threaded server cannot use signals: the request is served, not failed."""
    client = make_client(MAX_SECONDS=0.001)
    statuses: list[int] = []
    worker = threading.Thread(
        target=lambda: statuses.append(client.post("/summarize", json=SMALL).status_code))
    worker.start()
    worker.join(timeout=60)
    assert statuses == [200]


def test_time_limit_restores_an_outer_timer() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 5.0)
        with time_limit(1.0):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 3.0 < left <= 5.0  # the outer timer runs on
        with pytest.raises(TooSlow), time_limit(0.05):
            time.sleep(1.0)
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 5.0
        assert not fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- 413 from Content-Length, before the body is parsed -----------------------------------------

class Unreadable(io.RawIOBase):
    """A request body that fails the test if anyone reads it."""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0  # empty as far as the test client can tell; the Content-Length says otherwise

    def readinto(self, buffer: Any) -> int:
        raise AssertionError("the body was read")


def test_a_huge_content_length_is_refused_without_reading_the_body() -> None:
    response = make_client().post(
        "/summarize", input_stream=Unreadable(), content_type="application/json",
        environ_overrides={"CONTENT_LENGTH": str(DRAIN_BYTES + 1)})
    error = error_of(response, 413)
    assert "5000000 bytes" in error["message"]


def test_an_over_limit_body_is_dropped_unparsed_and_refused() -> None:
    body = b"{not json at all" * 1000  # parsed, it would be a 400
    stream = io.BytesIO(body)
    response = make_client(MAX_CONTENT_LENGTH=1000).post(
        "/summarize", input_stream=stream, content_type="application/json",
        environ_overrides={"CONTENT_LENGTH": str(len(body))})
    assert error_of(response, 413)["field"] is None
    assert stream.tell() == len(body)  # read to the end, so the client can read its answer


# --- the request log ----------------------------------------------------------------------------

LINE = re.compile(r"request id=(?P<id>\S+) method=(?P<method>\S+) path=(?P<path>\S+) "
                  r"status=(?P<status>\d+) in=(?P<into>\d+) out=(?P<out>\d+|-) ms=[\d.]+")


def log_lines(caplog: pytest.LogCaptureFixture) -> list[re.Match[str]]:
    lines = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    matches = [LINE.fullmatch(line) for line in lines]
    assert all(matches), lines
    return [m for m in matches if m]


def test_one_log_line_per_request_with_its_id_and_sizes(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    client = make_client()
    ok = client.post("/summarize", json=SMALL, headers={"X-Request-Id": "req-42.a:b"})
    bad = client.post("/summarize", json={"articles": []})
    missing = client.get("/nope", headers={"Accept": "application/json"})
    assert [r.status_code for r in (ok, bad, missing)] == [200, 422, 404]
    lines = log_lines(caplog)
    assert [(m["method"], m["path"], m["status"]) for m in lines] == [
        ("POST", "/summarize", "200"), ("POST", "/summarize", "422"), ("GET", "/nope", "404")]
    assert lines[0]["id"] == "req-42.a:b" == ok.headers["X-Request-Id"]
    assert lines[1]["id"] == bad.headers["X-Request-Id"] and re.fullmatch(r"[0-9a-f]{32}",
                                                                            lines[1]["id"])
    assert lines[1]["id"] != lines[2]["id"]
    assert int(lines[0]["into"]) == len(json.dumps(SMALL))
    assert int(lines[0]["out"]) == len(ok.get_data())


@pytest.mark.parametrize("given", ["", "x" * 129, "a b", "id\tforged=1", "<script>",
                                   "ünïcode"])
def test_an_insane_request_id_is_replaced(given: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    response = make_client().get("/healthz", headers={"X-Request-Id": given})
    echoed = response.headers["X-Request-Id"]
    assert echoed != given and re.fullmatch(r"[0-9a-f]{32}", echoed)
    assert [m["id"] for m in log_lines(caplog)] == [echoed]


def test_logs_never_hold_article_text_or_keys(caplog: pytest.LogCaptureFixture,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)
    key = "key-Kx9-very-secret"
    client = make_client(API_KEYS=[key], MAX_ARTICLES=2, MAX_CONTENT_LENGTH=100_000)
    secret_request = articles(f"{SECRET}. {PROSE}", PROSE)
    auth = {"X-API-Key": key}
    for fmt in ("json", "markdown", "html", "page"):
        response = client.post("/summarize", json=secret_request, headers=auth,
                               query_string={"format": fmt})
        assert response.status_code == 200 and SECRET in response.get_data(as_text=True)
    calls = [
        {"json": secret_request},  # 401
        {"json": secret_request, "headers": {"Authorization": f"Bearer {key}x"}},  # 401
        {"json": {**secret_request, "length": {"lines": 2}}, "headers": auth},  # 422
        {"json": articles(SECRET, SECRET, SECRET), "headers": auth},  # 413, too many
        {"json": articles(SECRET * 5000), "headers": auth},  # 413, body too large
        {"data": {"text": SECRET, "api_key": key}},  # the form's post
        {"data": f'{{"articles": [{{"text": "{SECRET}"', "content_type": "application/json",
         "headers": auth},  # 400
    ]
    for call in calls:
        assert client.post("/summarize", **call).status_code in (200, 400, 401, 413, 422)

    def crash(request: dict[str, Any], max_sentences: int | None = None) -> dict[str, Any]:
        raise ValueError(f"internal trouble with {request['articles'][0]['text']!r}")

    monkeypatch.setattr("service.api.summarize", crash)
    error = error_of(client.post("/summarize", json=secret_request, headers=auth), 500)
    assert SECRET not in error["message"]
    records = [r for r in caplog.records if r.name.startswith("service")]
    assert len(log_lines(caplog)) == 4 + len(calls) + 1
    assert any("ValueError" in r.getMessage() for r in records)  # the crash is logged …
    for record in caplog.records:  # … without the text or the key, by any logger
        text = record.getMessage() + (record.exc_text or "")
        assert "Zanzibar" not in text and key not in text, text


# --- rate limiting --------------------------------------------------------------------------

def test_rate_limit_per_key_and_client() -> None:
    client = make_client(RATE_LIMIT="2/minute")
    for _ in range(2):
        response = client.post("/summarize", json=SMALL)
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "2"
    refused = client.post("/summarize", json=SMALL)
    error = error_of(refused, 429)
    assert error["code"] == "too_many_requests" and "2 per 1 minute" in error["message"]
    assert int(refused.headers["Retry-After"]) > 0
    # another key, another address: counted on their own; liveness is never limited
    assert client.post("/summarize", json=SMALL, headers={"X-API-Key": "a"}).status_code == 200
    assert client.post("/summarize", json=SMALL,
                       environ_base={"REMOTE_ADDR": "192.0.2.7"}).status_code == 200
    assert all(client.get("/healthz").status_code == 200 for _ in range(3))


def test_no_rate_limit_by_default(client: FlaskClient) -> None:
    for _ in range(4):
        response = client.post("/summarize", json=SMALL)
        assert response.status_code == 200
        assert "X-RateLimit-Limit" not in response.headers


def test_rate_limit_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("BRIEF_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("BRIEF_RATE_LIMIT", "1 per minute")
    monkeypatch.setenv("BRIEF_MAX_SECONDS", "2.5")
    app = create_app()
    assert app.config["MAX_SECONDS"] == 2.5
    client = app.test_client()
    assert client.post("/summarize", json=SMALL).status_code == 200
    error_of(client.post("/summarize", json=SMALL), 429)
    for name, value in (("BRIEF_RATE_LIMIT", "lots"), ("BRIEF_MAX_SECONDS", "0"),
                        ("BRIEF_MAX_SECONDS", "nan")):
        monkeypatch.setenv(name, value)
        with pytest.raises(SystemExit, match=name):
            create_app()
        monkeypatch.setenv(name, "off" if name == "BRIEF_RATE_LIMIT" else "2.5")
    assert "X-RateLimit-Limit" not in create_app().test_client().post(
        "/summarize", json=SMALL).headers


# --- hostile text in every output format -----------------------------------------------------

INJECTIONS = ['"><img src=x onerror=alert(1)>', "[click](javascript:alert(1))",
              "<script>alert(1)</script>", "![x](https://evil.example/t.png)",
              "<a href='javascript:alert(1)'>x</a>", "`code` *em* _u_ [^1]"]


@pytest.mark.parametrize("injection", INJECTIONS)
def test_hostile_text_stays_text_in_every_format(injection: str) -> None:
    # The only sentence: the brief must show it even when it does not stand alone (quotes).
    text = f"The council said {injection} the bridge will reopen on Monday."
    request = {"articles": [
        {"id": "x", "title": f"Title {injection}", "source": f"Outlet {injection}",
         "url": f"javascript:alert(1)//{injection}", "text": text},
        {"id": "y", "source": injection, "url": "https://ok.example/a", "text": text}],
        "length": {"sentences": 10}}
    client = make_client()
    brief = [item["text"] for item in client.post("/summarize", json=request).get_json()["brief"]]
    assert any(injection in sentence for sentence in brief) or "](" in injection  # links: dropped
    for fmt in ("html", "page"):
        body = client.post("/summarize", json=request,
                           query_string={"format": fmt}).get_data(as_text=True)
        page = Page(body)
        assert "img" not in page.tags  # no markup of the text's own became live
        assert page.tags.count("script") == (1 if fmt == "page" else 0)  # the page's own JS
        assert not [link for link in page.links
                    if "javascript:" in link.get("href", "").lower()]
        assert f"Outlet {injection}" in page.text  # shown, as text
        for sentence in brief:
            assert sentence in page.text
    markdown = client.post("/summarize", json=request,
                           query_string={"format": "markdown"}).get_data(as_text=True)
    assert not re.search(r"(?<!\\)\]\(|<\s*(img|script|a)\b", markdown, flags=re.IGNORECASE)


# --- every refusal still carries the security headers, the request id and CORS -------------

TOOL = "https://tool.example"
REFUSALS = [
    pytest.param({"API_KEYS": ["k"]}, {"json": SMALL}, 401, id="401-no-key"),
    pytest.param({}, {"data": b"x", "content_type": "application/json",
                      "environ_overrides": {"CONTENT_LENGTH": str(DRAIN_BYTES + 1)}}, 413,
                 id="413-content-length"),
    pytest.param({"MAX_SECONDS": 0.001}, {"json": articles(no_punctuation(150_000))}, 413,
                 id="413-too-slow"),
    pytest.param({"RATE_LIMIT": "1/hour"}, {"json": SMALL}, 429, id="429-rate-limit"),
]


@pytest.mark.parametrize(("config", "call", "status"), REFUSALS)
def test_refusals_carry_the_headers(config: dict[str, Any], call: dict[str, Any],
                                    status: int) -> None:
    client = make_client(CORS_ORIGINS=[TOOL], **config)
    responses = [client.post("/summarize", headers={"Origin": TOOL}, **call) for _ in range(2)]
    response = responses[-1]  # the second: a rate limit of one is then spent
    error_of(response, status)
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-Id"])
    assert response.headers["Access-Control-Allow-Origin"] == TOOL  # the page can read why


def test_uploads_and_form_fields_stay_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """werkzeug spools an upload over 500 kB to a temporary file; article text must not reach
    the disk. A form field over 500 kB is no reason for a 413 under a 5 MB body limit either."""
    def no_disk(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a temporary file was made")

    monkeypatch.setattr(tempfile, "TemporaryFile", no_disk)
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", no_disk)
    paragraph = " ".join(["The council said the bridge over the river will reopen soon"] * 40)
    big = "\n\n".join(f"{paragraph} {k}." for k in range(300))  # ~730 kB, 300 sentences
    def multipart(values: dict[str, Any]) -> dict[str, Any]:
        """The body built in memory (the test client would spool a big one to a file)."""
        boundary, body = encode_multipart(MultiDict(values))
        return {"data": body, "content_type": f"multipart/form-data; boundary={boundary}"}

    client = make_client(MAX_ARTICLE_CHARS=1_000_000)
    upload = client.post("/summarize", **multipart({"files": [
        FileStorage(io.BytesIO(big.encode()), "big.txt"),
        FileStorage(io.BytesIO(PROSE.encode()), "small.txt")]}))
    assert upload.status_code == 200, upload.get_data(as_text=True)[:300]
    field = client.post("/summarize", **multipart({"text": [big, PROSE],
                                                   "title": ["Big", "Small"]}))
    assert field.status_code == 200, field.get_data(as_text=True)[:300]
    assert field.get_json()["articles"][0]["title"] == "Big"
