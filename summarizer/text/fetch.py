"""Article links: the page of an article given only by its `url`, fetched safely.

The service fetches what a client names, so a link must never reach the machine's own or its
network's internal services (server-side request forgery). Hence:
- only http and https;
- every address the host name resolves to must be public (not loopback, private, link-local,
  shared, multicast, reserved or unspecified, also when written inside an IPv6 address), checked
  after resolution and again for each redirect, which is followed by hand;
- the connection goes to the address that was checked (the TCP socket is opened here, to that
  address; the request names the host, and TLS checks the certificate against the host name),
  so a name that resolves differently a moment later (DNS rebinding) cannot move it elsewhere;
- each page has a deadline for all of it (resolving, connecting, redirects, every byte): a timer
  shuts the connection down when it passes, so a server that drips bytes cannot hold it; each
  page has a size limit, and only web pages (HTML, XHTML, plain text) are read.

`fetch_articles(request, fetch)` fills the link-only articles of a request with their pages;
`Fetcher(limits)` is the `fetch` that does it. urllib3 writes the request and reads the
response, over the socket this module connected.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from typing import Any
from urllib.parse import SplitResult, quote, urljoin, urlsplit

import urllib3
from urllib3.connection import HTTPConnection

from ..request import InputError
from .read import decode

USER_AGENT = "sourced-brief/0.1 (news summariser; fetches the article links it is given)"
# the media types read, and the article field each goes in
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024  # bytes asked for per read of a page's body
MAX_ADDRESSES = 4  # addresses of one name tried in turn when one refuses the connection: each
# try may take what is left of the page's time, and more than a few means the host is down
URL_SAFE = "/%:@!$&'()*+,;=-._~"  # kept as they are in a request's path and query (RFC 3986)
MAX_SHOWN = 200  # characters of a link quoted in an error message
REFUSED = "url_refused"  # error code: a link this service will not fetch (scheme, address)
FAILED = "fetch_failed"  # error code: the page could not be fetched or is not a web page
# kinds of address that are not public, with how a message names them
NOT_PUBLIC = {
    "unspecified": "an unspecified address",
    "loopback": "a loopback address (this machine)",
    "link-local": "a link-local address",
    "multicast": "a multicast address",
    "shared": "a shared (carrier-grade NAT) address",
    "private": "a private address",
    "reserved": "a reserved address",
    "non-public": "not a public address",
}
NEVER_ALLOWED = frozenset({"unspecified", "multicast", "reserved"})  # no page is served there
SHARED = ipaddress.ip_network("100.64.0.0/10")  # RFC 6598; not is_private in Python 3.11
NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: an IPv4 address in its last 32 bits

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class Limits:
    """What one fetch may take. `allow`: kinds of non-public address (keys of NOT_PUBLIC)
    fetched all the same: the command line's --allow-private-urls, a test's loopback server;
    never those of NEVER_ALLOWED."""

    max_bytes: int = 2_000_000  # one page: a news page's HTML is rarely past 1 MB
    seconds: float = 10.0  # one page, from resolving its name to its last byte
    max_redirects: int = 5  # browsers allow ~20; news links take one or two
    total_bytes: int | None = None  # all the pages of one Fetcher (one request); None: no limit
    total_seconds: float | None = None  # all the pages of one Fetcher; None: no limit
    allow: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Page:
    url: str  # where the page was found, after any redirects
    field: str  # the article field its body goes in: "html" or "text"
    body: str


Fetch = Callable[[str, str], Page]  # (link, field naming it in errors) -> the page


class _Failure(Exception):
    """Why one link could not be fetched, before the field's name is put in front."""

    def __init__(self, message: str, code: str = FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class _Deadline:
    at: float  # time.monotonic() value
    message: str  # what to say when it passes

    def left(self) -> float:
        return self.at - time.monotonic()


@dataclass(frozen=True)
class _Cap:
    bytes: int
    message: str  # what to say when a page is larger


@dataclass(frozen=True)
class _Target:
    https: bool
    host: str  # ASCII (IDNA) host name or address, without brackets
    port: int
    path: str  # path and query, as sent in the request line

    def authority(self) -> str:
        """The Host header: the name, and the port unless it is the scheme's own."""
        name = f"[{self.host}]" if ":" in self.host else self.host
        return name if self.port == (443 if self.https else 80) else f"{name}:{self.port}"


def is_link(argument: str) -> bool:
    """Whether a command-line input is a link (any scheme://…) rather than a file's path."""
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", argument) is not None


def needs_fetching(article: Any) -> bool:
    """Whether an article is given by its link alone: a `url` and neither `text` nor `html`."""
    return (isinstance(article, dict) and article.get("text") is None
            and article.get("html") is None and isinstance(article.get("url"), str)
            and bool(article["url"].strip()))


def fetch_articles(request: dict[str, Any], fetch: Fetch) -> dict[str, Any]:
    """The request with each link-only article's page fetched into its `html` (a web page) or
    `text` (a plain-text page), its `url` kept; other articles as they are. Anything that is
    not the contract's shape is left for the schema to name."""
    articles = request.get("articles")
    if not isinstance(articles, list) or not any(map(needs_fetching, articles)):
        return request
    filled = []
    for i, article in enumerate(articles):
        if needs_fetching(article):
            page = fetch(article["url"].strip(), f"articles[{i}].url")
            article = {**article, page.field: page.body}
        filled.append(article)
    return {**request, "articles": filled}


def address_kind(address: Address) -> str:
    """"public", or the kind of non-public address (a key of NOT_PUBLIC). An IPv6 address that
    carries an IPv4 one (mapped, 6to4, NAT64) is the kind of the IPv4 address it carries."""
    if isinstance(address, ipaddress.IPv6Address):
        carried = address.ipv4_mapped or address.sixtofour
        if carried is None and address in NAT64:
            carried = ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF)
        if carried is not None:
            return address_kind(carried)
    checks = (("unspecified", address.is_unspecified), ("loopback", address.is_loopback),
              ("link-local", address.is_link_local), ("multicast", address.is_multicast),
              ("shared", address in SHARED), ("private", address.is_private),
              ("reserved", address.is_reserved), ("non-public", not address.is_global))
    return next((kind for kind, found in checks if found), "public")


def _shown(url: str) -> str:
    return url if len(url) <= MAX_SHOWN else url[:MAX_SHOWN] + "…"


def _target(url: str) -> _Target:
    """The scheme, host, port and path of a link; _Failure (url_refused) for anything but a
    well-formed http or https link."""
    try:
        parts: SplitResult = urlsplit(url)
        port = parts.port
        host = parts.hostname or ""
    except ValueError as exc:
        raise _Failure(f"not a valid link ({exc})", REFUSED) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"not {scheme}:" if scheme else "give the whole link, starting https://"
        raise _Failure(f"only http and https links are fetched ({shown})", REFUSED)
    if not host:
        raise _Failure("the link has no host name", REFUSED)
    if ":" not in host:  # a name, not an IPv6 address: its ASCII form (IDNA)
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            host = ""
    if not re.fullmatch(r"[a-z0-9._:-]+", host):
        raise _Failure(f"{_shown(parts.hostname or '')!r} is not a valid host name", REFUSED)
    path = quote(parts.path or "/", safe=URL_SAFE)  # non-ASCII and spaces %-encoded
    query = f"?{quote(parts.query, safe=URL_SAFE + '?')}" if parts.query else ""
    return _Target(scheme == "https", host, port or (443 if scheme == "https" else 80),
                   path + query)


def _resolve(host: str, port: int, until: _Deadline) -> list[tuple[int, Any]]:
    """The host's addresses (family, socket address) from the system resolver, within the
    deadline: the lookup runs in a thread, as getaddrinfo has no timeout of its own (a lookup
    still running at the deadline is left to end by the resolver's own timeout)."""
    answer: list[Any] = []

    def lookup() -> None:
        try:
            answer.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            answer.append(exc)

    worker = threading.Thread(target=lookup, name="fetch-resolve", daemon=True)
    worker.start()
    worker.join(max(until.left(), 0))
    if not answer:
        raise _Failure(until.message)
    if isinstance(answer[0], Exception):
        reason = getattr(answer[0], "strerror", None) or answer[0]
        raise _Failure(f"could not find the host {host} ({reason})")
    found = [(family, sockaddr) for family, _, _, _, sockaddr in answer[0]
             if family in (socket.AF_INET, socket.AF_INET6)]
    if not found:
        raise _Failure(f"could not find the host {host} (no IP address)")
    return found


def _checked(host: str, found: list[tuple[int, Any]], allow: frozenset[str]
             ) -> list[tuple[int, Any]]:
    """The addresses, once every one of them is public (or of a kind allowed); _Failure
    (url_refused) naming the first that is not. All of them, not just the first: the one
    connected to must be among those checked, and a name with one internal address is not
    a public page's."""
    for _, sockaddr in found:
        address = ipaddress.ip_address(sockaddr[0])
        kind = address_kind(address)
        if kind != "public" and (kind not in allow or kind in NEVER_ALLOWED):
            shown = str(sockaddr[0]).split("%")[0]  # as the resolver wrote it
            where = f"{host} is" if shown == host else f"{host} resolves to {shown},"
            raise _Failure(f"{where} {NOT_PUBLIC[kind]}; only public addresses are fetched",
                           REFUSED)
    return found


def _connect(host: str, found: list[tuple[int, Any]], until: _Deadline) -> socket.socket:
    """A TCP connection to the first of the checked addresses that takes one. The socket is
    opened to the address itself (no second lookup of the name)."""
    reason = "no address"
    for family, sockaddr in found[:MAX_ADDRESSES]:
        if until.left() <= 0:
            raise _Failure(until.message)
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(until.left())
            sock.connect(sockaddr)
            return sock
        except TimeoutError:
            sock.close()
            raise _Failure(until.message) from None
        except OSError as exc:
            sock.close()
            reason = exc.strerror or str(exc)
    raise _Failure(f"could not connect to {host} ({reason})")


class _Cut:
    """Shuts a connection down once, from a timer thread; through a duplicate of its socket,
    which stays valid when TLS takes the original over."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock.dup()
        self._lock = threading.Lock()
        self.fired = False

    def fire(self) -> None:
        with self._lock:
            if self._sock.fileno() < 0:
                return
            self.fired = True
            with suppress(OSError):  # already gone
                self._sock.shutdown(socket.SHUT_RDWR)  # wakes any read or write waiting on it

    def close(self) -> None:
        with self._lock:
            self._sock.close()


@contextmanager
def _cutoff(sock: socket.socket, until: _Deadline) -> Iterator[_Cut]:
    """The connection is shut down when the deadline passes, whatever it is waiting for (a
    TLS handshake, a header or body dripped a byte at a time): socket timeouts alone bound
    each wait, not their sum."""
    cut = _Cut(sock)
    timer = threading.Timer(max(until.left(), 0), cut.fire)
    timer.daemon = True
    timer.start()
    try:
        yield cut
    finally:
        timer.cancel()
        cut.close()


def _content_type(header: str | None) -> tuple[str, str | None]:
    """The media type (lower case, "" when missing) and charset of a Content-Type header."""
    if not header:
        return "", None
    charset = re.search(r";\s*charset\s*=\s*\"?([^\s\";]+)", header, flags=re.IGNORECASE)
    return header.split(";")[0].strip().lower(), charset.group(1) if charset else None


@dataclass(frozen=True)
class _Answer:
    location: str | None = None  # a redirect's Location, else None
    media: str = ""
    charset: str | None = None
    data: bytes = b""


def _read(response: urllib3.HTTPResponse, cap: _Cap) -> bytes:
    """The body, refused as soon as it passes the cap (or its Content-Length says it will)."""
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > cap.bytes:
        raise _Failure(cap.message)
    parts: list[bytes] = []
    size = 0
    for _ in range(cap.bytes + 2):  # each read returns at least one byte, or b"" at the end
        chunk = response.read(CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > cap.bytes:
            raise _Failure(cap.message)
        parts.append(chunk)
    raise _Failure(cap.message)


def _answer(response: urllib3.HTTPResponse, cap: _Cap) -> _Answer:
    """What one response says: a redirect, or a web page's bytes; _Failure for anything else."""
    status = response.status
    if status in REDIRECTS:
        location = response.headers.get("Location", "").strip()
        if not location:
            raise _Failure(f"the page answered {status} (a redirect) without a Location")
        return _Answer(location=location)
    if status != 200:
        raise _Failure(f"the page answered {status}")
    media, charset = _content_type(response.headers.get("Content-Type"))
    if media not in PAGE_TYPES:
        raise _Failure(f"not a web page ({media or 'no Content-Type'})")
    coding = response.headers.get("Content-Encoding", "").strip().lower()
    if coding not in ("", "identity"):
        raise _Failure(f"the page came compressed ({coding[:40]}), which was not asked for")
    return _Answer(media=media, charset=charset, data=_read(response, cap))


def _exchange(target: _Target, found: list[tuple[int, Any]], until: _Deadline, cap: _Cap,
              tls: Callable[[], ssl.SSLContext]) -> _Answer:
    """One GET of the target over a connection to one of the checked addresses."""
    sock = _connect(target.host, found, until)
    with closing(sock), _cutoff(sock, until) as cut:
        try:
            stream = tls().wrap_socket(sock, server_hostname=target.host) if target.https else sock
            with closing(HTTPConnection(target.host, target.port, timeout=until.left())) as conn:
                conn.sock = stream  # connected already, to the checked address
                conn.request("GET", target.path, preload_content=False, decode_content=False,
                             headers={"Host": target.authority(), "User-Agent": USER_AGENT,
                                      "Accept": "text/html, application/xhtml+xml, "
                                                "text/plain;q=0.9",
                                      "Accept-Encoding": "identity"})
                with closing(conn.getresponse()) as response:
                    answer = _answer(response, cap)
        except _Failure:
            if cut.fired:  # what was read was cut short: an end of headers, a missing type …
                raise _Failure(until.message) from None
            raise
        except ssl.SSLError as exc:
            if cut.fired:
                raise _Failure(until.message) from None
            checked = getattr(exc, "verify_message", None)  # a certificate check that failed
            reason = f"its certificate was refused: {checked}" if checked else exc.reason or exc
            raise _Failure(f"could not connect to {target.host} securely ({reason})") from None
        except (OSError, http.client.HTTPException, urllib3.exceptions.HTTPError) as exc:
            if cut.fired or until.left() <= 0:
                raise _Failure(until.message) from None
            raise _Failure(f"the answer from {target.host} could not be read "
                           f"({type(exc).__name__})") from None
        if cut.fired:  # the deadline shut the connection: the body may be cut short
            raise _Failure(until.message)
        return answer


def _fetch(url: str, until: _Deadline, cap: _Cap, limits: Limits,
           tls: Callable[[], ssl.SSLContext]) -> tuple[str, _Answer]:
    """The final link and the page, following at most limits.max_redirects redirects; each
    hop's host resolved and checked anew."""
    for hop in range(limits.max_redirects + 1):
        try:
            target = _target(url)
            found = _checked(target.host, _resolve(target.host, target.port, until),
                             limits.allow)
            answer = _exchange(target, found, until, cap, tls)
        except _Failure as failure:
            if hop:
                raise _Failure(f"{failure.message} (after a redirect to {_shown(url)})",
                               failure.code) from None
            raise
        if answer.location is None:
            return url, answer
        url = urljoin(url, answer.location)
    raise _Failure(f"redirected more than {limits.max_redirects} times")


class Fetcher:
    """Fetches the pages of one request's links within `limits` (a new Fetcher per request:
    it counts the request's time and bytes from when it is made). `tls`: the TLS settings,
    by default the system's trusted certificates with the host name checked (made at the
    first https link: loading them takes some 25 ms)."""

    def __init__(self, limits: Limits | None = None, tls: ssl.SSLContext | None = None) -> None:
        self.limits = limits or Limits()
        self._tls = tls
        total = self.limits.total_seconds
        self._end = None if total is None else time.monotonic() + total
        self._bytes_left = self.limits.total_bytes

    def tls(self) -> ssl.SSLContext:
        if self._tls is None:
            self._tls = ssl.create_default_context()
        return self._tls

    def _deadline(self) -> _Deadline:
        limits = self.limits
        page = _Deadline(time.monotonic() + limits.seconds,
                         f"the page took longer than {limits.seconds:g} s")
        if self._end is None or page.at <= self._end:
            return page
        return _Deadline(self._end, f"the links of this request took longer than "
                                    f"{limits.total_seconds:g} s together; send fewer links, "
                                    "or the articles' text")

    def _cap(self) -> _Cap:
        limits = self.limits
        if self._bytes_left is None or limits.max_bytes <= self._bytes_left:
            return _Cap(limits.max_bytes, f"the page is larger than {limits.max_bytes} bytes")
        return _Cap(self._bytes_left, f"the pages of this request are larger than "
                                      f"{limits.total_bytes} bytes together; send fewer "
                                      "links, or the articles' text")

    def __call__(self, url: str, field: str) -> Page:
        """The page at `url`; InputError naming `field` (code url_refused or fetch_failed)."""
        try:
            final, answer = _fetch(url, self._deadline(), self._cap(), self.limits, self.tls)
        except _Failure as failure:
            raise InputError(f"{field}: {failure.message}", field, code=failure.code) from None
        if self._bytes_left is not None:
            self._bytes_left -= len(answer.data)
        return Page(final, PAGE_TYPES[answer.media], decode(answer.data, field, answer.charset))
