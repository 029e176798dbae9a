"""Article links: pages fetched from a local HTTP server, and every refusal with its error.

The server listens on 127.0.0.1, which is refused unless a test allows loopback explicitly:
`Limits(allow=LOOPBACK)` for the library, `--allow-private-urls` for the command line and
`FETCH_ALLOW_LOOPBACK` (test config only) for the service. Names that must look public
(news.example) are answered by a fake resolver put in place of socket.getaddrinfo."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from service import create_app
from service.config import from_environment
from summarizer import InputError, summarize
from summarizer.cli import main
from summarizer.text.fetch import Fetcher, Limits, Page, fetch_articles

LOOPBACK = frozenset({"loopback"})
FIELD = "articles[0].url"

PAGE_A = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Fire destroys warehouse at Rotterdam port | Harbour Wire</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Fire destroys warehouse at Rotterdam port</h1>
<p>A fire destroyed a large warehouse at the port of Rotterdam on Tuesday, the city's fire
service said.</p>
<p>About 120 firefighters fought the blaze for six hours before bringing it under control.</p>
<p>No one was injured, and the cause of the fire is being investigated.</p>
<p>The warehouse stored furniture and electronics for several shipping companies.</p>
<p>Smoke could be seen across the city, and residents were told to keep windows closed.</p>
</article><footer>&copy; 2025 Harbour Wire</footer></body></html>
"""

PAGE_B = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Rotterdam warehouse blaze</title></head>
<body><header>The Daily Quay</header>
<main><h1>Six-hour blaze guts Rotterdam port warehouse</h1>
<p>Firefighters spent six hours battling a blaze that destroyed a warehouse in the port of
Rotterdam on Tuesday.</p>
<p>The fire service said about 120 firefighters were deployed and that no one was hurt.</p>
<p>Residents of nearby districts were told to keep their windows closed because of the
smoke.</p>
<p>Investigators have not yet said what caused the fire.</p>
<p>Port officials said shipping through the port was not disrupted.</p>
</main></body></html>
"""

PLAIN_C = """A warehouse at the port of Rotterdam burned down on Tuesday.

Around 120 firefighters were needed to control the fire, which took six hours.

Nobody was injured, the fire service said.
"""

LATIN1 = ("<html><head><title>Caf\u00e9 fire in Z\u00fcrich</title></head><body>"
          "<p>A fire closed a caf\u00e9 in Z\u00fcrich on Monday.</p></body></html>")

DRIP_BYTES = 200  # the slow routes send at most this many bytes, one every DRIP_PAUSE s
DRIP_PAUSE = 0.02
HUGE_BYTES = 200_000  # the huge route's body: past the tests' max_bytes (20 kB)


class Handler(BaseHTTPRequestHandler):
    """The test site; records the Host header of each request in `server.hosts`."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  (the base's name)
        pass  # keep the test output clean

    def send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def page(self, body: str, media: str = "text/html; charset=utf-8") -> None:
        data = body.encode("utf-8")
        self.send(200, data, {"Content-Type": media, "Content-Length": str(len(data))})

    def redirect(self, location: str) -> None:
        self.send(302, b"", {"Location": location, "Content-Length": "0"})

    def drip(self, head: bytes) -> None:
        """`head` at once, then one byte at a time, slowly."""
        self.wfile.write(head)
        for _ in range(DRIP_BYTES):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(DRIP_PAUSE)

    def do_GET(self) -> None:  # noqa: N802  (the base's name)
        self.server.hosts.append(self.headers.get("Host"))  # type: ignore[attr-defined]
        path, _, query = self.path.partition("?")
        routes: dict[str, Callable[[], None]] = {
            "/a": lambda: self.page(PAGE_A),
            "/b": lambda: self.page(PAGE_B),
            "/plain": lambda: self.page(PLAIN_C, "text/plain; charset=utf-8"),
            "/latin1": lambda: self.send(200, LATIN1.encode("latin-1"),
                                         {"Content-Type": "text/html; charset=ISO-8859-1"}),
            "/redirect": lambda: self.redirect("/a"),
            "/chain": lambda: self.redirect(f"/chain?{int(query or 0) + 1}"),
            "/to": lambda: self.redirect(query),
            "/missing": lambda: self.send(404, b"not here", {"Content-Type": "text/plain"}),
            "/pdf": lambda: self.send(200, b"%PDF-1.4\n", {"Content-Type": "application/pdf"}),
            "/untyped": lambda: self.send(200, b"<p>what am I?</p>", {}),
            "/gzip": lambda: self.send(200, b"\x1f\x8b", {"Content-Type": "text/html",
                                                           "Content-Encoding": "gzip"}),
            "/huge": lambda: self.send(200, b"<p>" + b"x" * HUGE_BYTES,
                                       {"Content-Type": "text/html"}),
            "/huge-declared": lambda: self.send(200, b"<p>", {"Content-Type": "text/html",
                                                              "Content-Length": "1000000000"}),
            "/drip": lambda: self.drip(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n"),
            "/drip-headers": lambda: self.drip(b"HTTP/1.0 200 OK\r\nX-Slow: "),
        }
        # the client may stop reading: the point of several tests
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            routes.get(path, lambda: self.send(404, b"", {}))()


class Site(ThreadingHTTPServer):
    hosts: list[str | None]  # the Host header of each request, in order

    def url(self, path: str = "") -> str:
        scheme = "https" if isinstance(self.socket, ssl.SSLSocket) else "http"
        return f"{scheme}://127.0.0.1:{self.server_address[1]}{path}"


def serve(tls: ssl.SSLContext | None = None) -> Iterator[Site]:
    """The test site on 127.0.0.1 (a free port), served from a thread."""
    server = Site(("127.0.0.1", 0), Handler)
    server.hosts = []
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def server() -> Iterator[Site]:
    yield from serve()


@pytest.fixture
def site(server: Site) -> str:
    """The test site's base URL."""
    return server.url()


@pytest.fixture
def port(server: Site) -> int:
    return int(server.server_address[1])


def fetcher(**limits: Any) -> Fetcher:
    """A Fetcher with short limits for tests, loopback allowed unless `allow` is given."""
    settings: dict[str, Any] = {"seconds": 2.0, "max_bytes": 20_000, "max_redirects": 2,
                                "allow": LOOPBACK, **limits}
    return Fetcher(Limits(**settings))


def refusal(fetch: Fetcher, url: str) -> InputError:
    with pytest.raises(InputError) as refused:
        fetch(url, FIELD)
    assert refused.value.field == FIELD
    assert refused.value.message.startswith(f"{FIELD}: ")
    return refused.value


RealResolver = Callable[..., list[Any]]


def fake_resolver(monkeypatch: pytest.MonkeyPatch, names: dict[str, list[list[str]]]
                  ) -> list[str]:
    """socket.getaddrinfo answering `names` (one list of addresses per lookup, the last one
    repeated), and the real resolver for anything else (the address literals urllib3 and the
    test server use). Returns the list of names looked up, in order."""
    real: RealResolver = socket.getaddrinfo
    asked: list[str] = []

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host not in names:
            return real(host, port, *args, **kwargs)
        asked.append(host)
        answers = names[host]
        addresses = answers[min(asked.count(host), len(answers)) - 1]
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, int(port), 0, 0) if ":" in a else (a, int(port))) for a in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


# --- 1. Pages fetched -----------------------------------------------------------------------

def test_an_article_page_is_fetched_as_html(site: str) -> None:
    page = fetcher()(f"{site}/a", FIELD)
    assert page == Page(f"{site}/a", "html", PAGE_A)


def test_a_plain_text_page_is_fetched_as_text(site: str) -> None:
    assert fetcher()(f"{site}/plain", FIELD) == Page(f"{site}/plain", "text", PLAIN_C)


def test_the_charset_of_the_content_type_header_decodes_the_page(site: str) -> None:
    page = fetcher()(f"{site}/latin1", FIELD)
    assert page.body == LATIN1
    assert "Z\u00fcrich" in page.body


def test_a_relative_redirect_is_followed(site: str) -> None:
    page = fetcher()(f"{site}/redirect", FIELD)
    assert (page.url, page.body) == (f"{site}/a", PAGE_A)


def test_fetch_articles_fills_link_only_articles_and_keeps_their_url() -> None:
    asked: list[tuple[str, str]] = []

    def fetch(url: str, field: str) -> Page:
        asked.append((url, field))
        return Page(url, "text" if url.endswith(".txt") else "html", f"page of {url}")

    request = {"articles": [{"id": "x", "url": "https://a.example/1"},
                            {"text": "Typed.", "url": "https://b.example/2"},
                            {"html": "<p>Pasted.</p>", "url": "https://c.example/3"},
                            {"url": " https://d.example/4.txt ", "title": "Four"}],
               "length": {"words": 50}}
    filled = fetch_articles(request, fetch)
    assert asked == [("https://a.example/1", "articles[0].url"),
                     ("https://d.example/4.txt", "articles[3].url")]
    assert filled["articles"] == [
        {"id": "x", "url": "https://a.example/1", "html": "page of https://a.example/1"},
        request["articles"][1], request["articles"][2],
        {"url": " https://d.example/4.txt ", "title": "Four",
         "text": "page of https://d.example/4.txt"}]
    assert filled["length"] == {"words": 50}
    assert request["articles"][0] == {"id": "x", "url": "https://a.example/1"}  # not changed


def test_a_link_alone_reaching_the_library_says_where_links_are_fetched() -> None:
    with pytest.raises(InputError) as refused:
        summarize({"articles": [{"url": "https://news.example/a"}]})
    assert refused.value.field == "articles[0].text"
    assert "a 'url' alone is fetched only by the command line" in refused.value.message
    assert "BRIEF_FETCH_URLS" in refused.value.message


# --- 2. Refusals: the page -----------------------------------------------------------------------

@pytest.mark.parametrize(("path", "message"), [
    ("/missing", "the page answered 404"),
    ("/pdf", "not a web page (application/pdf)"),
    ("/untyped", "not a web page (no Content-Type)"),
    ("/gzip", "the page came compressed (gzip), which was not asked for"),
    ("/huge", "the page is larger than 20000 bytes"),
    ("/huge-declared", "the page is larger than 20000 bytes"),
    ("/chain", "redirected more than 2 times"),
])
def test_a_page_that_cannot_be_used_is_refused(site: str, path: str, message: str) -> None:
    refused = refusal(fetcher(), site + path)
    assert refused.message == f"{FIELD}: {message}"
    assert refused.code == "fetch_failed"


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_slow_page_is_cut_off_at_its_deadline(site: str, path: str) -> None:
    """A server that sends a byte every DRIP_PAUSE never trips a socket timeout; the page's
    deadline stops it all the same, in the body or in the headers."""
    started = time.monotonic()
    refused = refusal(fetcher(seconds=0.3), site + path)
    assert refused.message == f"{FIELD}: the page took longer than 0.3 s"
    assert time.monotonic() - started < 1.5


def test_the_links_of_one_request_share_a_deadline_and_a_byte_budget(site: str) -> None:
    slow = fetcher(seconds=5.0, total_seconds=0.3)
    started = time.monotonic()
    assert refusal(slow, f"{site}/drip").message == (
        f"{FIELD}: the links of this request took longer than 0.3 s together; send fewer "
        "links, or the articles' text")
    assert time.monotonic() - started < 1.5
    budget = len(PAGE_A.encode()) + 100
    small = fetcher(total_bytes=budget)
    small(f"{site}/a", FIELD)
    assert refusal(small, f"{site}/b").message == (
        f"{FIELD}: the pages of this request are larger than {budget} bytes together; send "
        "fewer links, or the articles' text")


def test_a_closed_port_cannot_be_connected_to() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    refused = refusal(fetcher(), f"http://127.0.0.1:{free}/a")
    assert refused.message.startswith(f"{FIELD}: could not connect to 127.0.0.1 (")
    assert refused.code == "fetch_failed"


# --- 3. Refusals: the link and its addresses -----------------------------------------------------

@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://news.example/a.html",
                                 "gopher://news.example/", "javascript:alert(1)"])
def test_only_http_and_https_links_are_fetched(url: str) -> None:
    refused = refusal(fetcher(), url)
    scheme = url.split(":")[0]
    assert refused.message == f"{FIELD}: only http and https links are fetched (not {scheme}:)"
    assert refused.code == "url_refused"


@pytest.mark.parametrize(("url", "message"), [
    ("news.example/a", "only http and https links are fetched (give the whole link, "
                       "starting https://)"),
    ("http:///a", "the link has no host name"),
    ("http://[::1/a", "not a valid link (Invalid IPv6 URL)"),
])
def test_a_link_that_is_not_whole_is_refused(url: str, message: str) -> None:
    assert refusal(fetcher(), url).message == f"{FIELD}: {message}"


@pytest.mark.parametrize(("addresses", "shown", "kind"), [
    (["10.0.0.5"], "10.0.0.5", "a private address"),
    (["192.168.1.20"], "192.168.1.20", "a private address"),
    (["169.254.169.254"], "169.254.169.254", "a link-local address"),
    (["127.0.0.1"], "127.0.0.1", "a loopback address (this machine)"),
    (["::1"], "::1", "a loopback address (this machine)"),
    (["::ffff:127.0.0.1"], "::ffff:127.0.0.1", "a loopback address (this machine)"),
    (["::ffff:10.0.0.5"], "::ffff:10.0.0.5", "a private address"),
    (["fd00::5"], "fd00::5", "a private address"),
    (["100.64.0.1"], "100.64.0.1", "a shared (carrier-grade NAT) address"),
    (["0.0.0.0"], "0.0.0.0", "an unspecified address"),
    (["224.0.0.1"], "224.0.0.1", "a multicast address"),
    (["93.184.216.34", "10.0.0.5"], "10.0.0.5", "a private address"),  # every address counts
])
def test_a_name_resolving_to_an_internal_address_is_refused(
        monkeypatch: pytest.MonkeyPatch, addresses: list[str], shown: str, kind: str) -> None:
    fake_resolver(monkeypatch, {"news.example": [addresses]})
    refused = refusal(fetcher(allow=frozenset()), "http://news.example/story")
    assert refused.message == (f"{FIELD}: news.example resolves to {shown}, {kind}; only "
                               "public addresses are fetched")
    assert refused.code == "url_refused"


def test_the_loopback_allowance_allows_loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_resolver(monkeypatch, {"news.example": [["10.0.0.5"]]})
    assert refusal(fetcher(), "http://news.example/a").message == (
        f"{FIELD}: news.example resolves to 10.0.0.5, a private address; only public "
        "addresses are fetched")


@pytest.mark.parametrize(("host", "message"), [
    ("127.0.0.1", "127.0.0.1 is a loopback address (this machine)"),
    ("[::1]", "::1 is a loopback address (this machine)"),
    ("2130706433", "2130706433 resolves to 127.0.0.1, a loopback address (this machine)"),
])
def test_the_test_server_itself_is_refused_without_the_allowance(port: int, host: str,
                                                                 message: str) -> None:
    refused = refusal(fetcher(allow=frozenset()), f"http://{host}:{port}/a")
    assert refused.message == f"{FIELD}: {message}; only public addresses are fetched"


@pytest.mark.parametrize(("location", "message"), [
    ("http://10.0.0.5/admin", "10.0.0.5 is a private address; only public addresses are "
                              "fetched"),
    ("http://metadata.example/latest/", "metadata.example resolves to 169.254.169.254, a "
                                        "link-local address; only public addresses are fetched"),
    ("file:///etc/passwd", "only http and https links are fetched (not file:)"),
])
def test_a_redirect_to_an_internal_address_is_refused(
        monkeypatch: pytest.MonkeyPatch, site: str, location: str, message: str) -> None:
    fake_resolver(monkeypatch, {"metadata.example": [["169.254.169.254"]]})
    refused = refusal(fetcher(), f"{site}/to?{location}")
    assert refused.message == f"{FIELD}: {message} (after a redirect to {location})"
    assert refused.code == "url_refused"


def test_dns_rebinding_cannot_move_the_connection(monkeypatch: pytest.MonkeyPatch,
                                                  server: Site, port: int) -> None:
    """The name answers the (allowed) test server first, then a private address: the name is
    looked up once, and the connection goes to the address that was checked, with the name
    in the Host header."""
    asked = fake_resolver(monkeypatch, {"news.example": [["127.0.0.1"], ["10.0.0.5"]]})
    page = fetcher()(f"http://news.example:{port}/a", FIELD)
    assert page.body == PAGE_A
    assert asked == ["news.example"]
    assert server.hosts[-1] == f"news.example:{port}"


def test_a_rebound_name_is_checked_again_after_a_redirect(monkeypatch: pytest.MonkeyPatch,
                                                          port: int) -> None:
    fake_resolver(monkeypatch, {"news.example": [["127.0.0.1"], ["10.0.0.5"]]})
    refused = refusal(fetcher(), f"http://news.example:{port}/redirect")
    assert refused.message == (
        f"{FIELD}: news.example resolves to 10.0.0.5, a private address; only public "
        f"addresses are fetched (after a redirect to http://news.example:{port}/a)")


def test_the_request_names_the_host(monkeypatch: pytest.MonkeyPatch, server: Site,
                                    port: int) -> None:
    fake_resolver(monkeypatch, {"news.example": [["127.0.0.1"]]})
    fetcher()(f"http://news.example:{port}/plain", FIELD)
    assert server.hosts[-1] == f"news.example:{port}"


# --- 4. HTTPS: the certificate is checked against the link's host, on the pinned address ---------

@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for news.example (openssl), and its key."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                    "/CN=news.example", "-addext", "subjectAltName=DNS:news.example",
                    "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=30)
    return cert, key


@pytest.fixture(scope="module")
def tls_site(certificate: tuple[Path, Path]) -> Iterator[Site]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*map(str, certificate))
    yield from serve(context)


def test_https_checks_the_certificate_against_the_link_host(
        monkeypatch: pytest.MonkeyPatch, certificate: tuple[Path, Path], tls_site: Site) -> None:
    port = tls_site.server_address[1]
    fake_resolver(monkeypatch, {"news.example": [["127.0.0.1"]],
                                "other.example": [["127.0.0.1"]]})
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    fetch = Fetcher(Limits(seconds=2.0, allow=LOOPBACK), tls=trusting)
    assert fetch(f"https://news.example:{port}/a", FIELD).body == PAGE_A
    wrong_name = refusal(fetch, f"https://other.example:{port}/a")
    assert wrong_name.message.startswith(f"{FIELD}: could not connect to other.example "
                                         "securely (its certificate was refused: Hostname "
                                         "mismatch")
    untrusted = refusal(fetcher(), f"https://news.example:{port}/a")
    assert untrusted.message == (f"{FIELD}: could not connect to news.example securely (its "
                                 "certificate was refused: self-signed certificate)")
    assert untrusted.code == wrong_name.code == "fetch_failed"


# --- 5. The command line -------------------------------------------------------------------------

def test_the_command_line_summarises_links_and_files(site: str, tmp_path: Path) -> None:
    """End to end in a fresh process: two links and a file, one brief; the flag that lets
    links reach this machine is the command line's own (the user's machine, the user's
    choice)."""
    (tmp_path / "c.txt").write_text(PLAIN_C, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "summarizer", "--allow-private-urls",
                           "--sentences", "3", f"{site}/a", f"{site}/redirect",
                           str(tmp_path / "c.txt")],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={**os.environ, "HOME": str(tmp_path)}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    response = json.loads(done.stdout)
    assert [a["url"] for a in response["articles"]] == [f"{site}/a", f"{site}/redirect", ""]
    assert 1 <= len(response["brief"]) <= 3
    pages = PAGE_A + PAGE_B + PLAIN_C
    for item in response["brief"]:
        assert " ".join(item["text"].split()) in " ".join(pages.split())


def test_the_command_line_refuses_this_machine_by_default(
        site: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([f"{site}/a", "ftp://news.example/b"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("summarizer: error: articles[0].url: 127.0.0.1 is a loopback address "
                   "(this machine); only public addresses are fetched\n")


def test_the_command_line_fetches_links_of_a_json_request(
        site: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    request = {"articles": [{"url": f"{site}/a"}, {"url": f"{site}/missing"}]}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(request)))
    assert main(["--allow-private-urls"]) == 2
    assert capsys.readouterr().err == (
        "summarizer: error: articles[1].url: the page answered 404\n")


# --- 6. The service ------------------------------------------------------------------------------

@pytest.fixture
def fetching() -> FlaskClient:
    """The service with fetching on, loopback allowed (test config only) and short limits."""
    return create_app({"TESTING": True, "FETCH_URLS": True, "FETCH_ALLOW_LOOPBACK": True,
                       "FETCH_SECONDS": 1.0, "FETCH_TOTAL_SECONDS": 2.0}).test_client()


def error_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    return dict(response.get_json()["error"])


def test_the_service_summarises_fetched_pages(fetching: FlaskClient, site: str) -> None:
    links = [f"{site}/a", f"{site}/b", f"{site}/plain"]
    response = fetching.post("/summarize", json={"articles": [{"url": u} for u in links],
                                                 "length": {"sentences": 3}})
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert [a["url"] for a in body["articles"]] == links
    assert 1 <= len(body["brief"]) <= 3
    assert max(item["support"] for item in body["brief"]) >= 2


def test_the_form_fetches_a_row_given_by_its_url(fetching: FlaskClient, site: str) -> None:
    form = {"title": ["", "Typed"], "source": ["", "Quay"], "url": [f"{site}/a", ""],
            "text": ["", PAGE_B], "published": ["", ""]}
    response = fetching.post("/summarize", data=form)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["articles"][0]["url"] == f"{site}/a"


def test_the_service_names_the_article_whose_link_failed(fetching: FlaskClient,
                                                         site: str) -> None:
    articles = [{"text": PLAIN_C}, {"url": f"{site}/a"}, {"url": f"{site}/pdf"}]
    error = error_of(fetching.post("/summarize", json={"articles": articles}), 422)
    assert error == {"code": "fetch_failed", "field": "articles[2].url",
                     "message": "articles[2].url: not a web page (application/pdf)"}


def test_the_service_refuses_internal_addresses(fetching: FlaskClient,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    fake_resolver(monkeypatch, {"news.example": [["10.0.0.5"]]})
    error = error_of(fetching.post("/summarize", json={"articles": [
        {"url": "http://news.example/a"}]}), 422)
    assert error["code"] == "url_refused"
    assert error["message"] == ("articles[0].url: news.example resolves to 10.0.0.5, a "
                                "private address; only public addresses are fetched")


def test_without_the_test_allowance_the_service_refuses_this_machine(site: str) -> None:
    client = create_app({"TESTING": True, "FETCH_URLS": True}).test_client()
    error = error_of(client.post("/summarize", json={"articles": [{"url": f"{site}/a"}]}), 422)
    assert error["message"] == ("articles[0].url: 127.0.0.1 is a loopback address (this "
                                "machine); only public addresses are fetched")


OFF = ("this service does not fetch links (BRIEF_FETCH_URLS is off); send the article's text "
       "or html")


def test_with_fetching_off_a_link_is_refused_clearly(client: FlaskClient, site: str) -> None:
    articles = [{"text": PLAIN_C}, {"html": PAGE_B}, {"url": f"{site}/a", "title": "A"}]
    error = error_of(client.post("/summarize", json={"articles": articles}), 422)
    assert error == {"code": "url_not_fetched", "field": "articles[2].url",
                     "message": f"articles[2].url: {OFF}"}
    form = {"title": ["One", ""], "url": ["", f"{site}/a"], "text": [PLAIN_C, ""]}
    error = error_of(client.post("/summarize", data=form), 422)
    assert error["field"] == "articles[1].url" and error["message"].endswith(OFF)


def test_openapi_admits_a_link_alone_only_where_links_are_fetched(
        client: FlaskClient, fetching: FlaskClient) -> None:
    def bodies(c: FlaskClient) -> list[list[str]]:
        article = c.get("/openapi.json").get_json()["components"]["schemas"]["ArticleIn"]
        return [one["required"] for one in article["anyOf"]]

    assert bodies(client) == [["text"], ["html"]]
    assert bodies(fetching) == [["text"], ["html"], ["url"]]


def test_fetch_settings_come_from_the_environment_but_the_loopback_allowance_does_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings = from_environment({"BRIEF_FETCH_URLS": "on", "BRIEF_FETCH_MAX_BYTES": "1000",
                                 "BRIEF_FETCH_SECONDS": "3", "BRIEF_FETCH_TOTAL_SECONDS": "6",
                                 "BRIEF_FETCH_MAX_REDIRECTS": "0",
                                 "BRIEF_FETCH_ALLOW_LOOPBACK": "1"})
    assert settings == {"FETCH_URLS": True, "FETCH_MAX_BYTES": 1000, "FETCH_SECONDS": 3.0,
                        "FETCH_TOTAL_SECONDS": 6.0, "FETCH_MAX_REDIRECTS": 0}
    monkeypatch.setenv("BRIEF_FETCH_URLS", "1")
    monkeypatch.setenv("BRIEF_FETCH_ALLOW_LOOPBACK", "1")
    monkeypatch.setenv("FETCH_ALLOW_LOOPBACK", "1")
    config = create_app().config
    assert config["FETCH_URLS"] is True and config["FETCH_ALLOW_LOOPBACK"] is False
    assert from_environment({}) == {}
    with pytest.raises(SystemExit, match="BRIEF_FETCH_URLS='maybe'"):
        from_environment({"BRIEF_FETCH_URLS": "maybe"})
