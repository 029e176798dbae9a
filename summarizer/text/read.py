"""Reading articles, one way for the command line and the service alike: bytes to text, HTML
pages to their article's text and metadata, and article files to (partial) requests.

Pure functions over names, bytes and strings; the callers do the file system and HTTP.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable
from html import unescape
from pathlib import PurePath
from typing import Any

import trafilatura
from charset_normalizer import from_bytes

from ..errors import InputError

ARTICLE_TYPES = (".txt", ".md", ".html", ".htm", ".json")
HTML_TYPES = (".html", ".htm")
MANIFEST = "manifest.json"
MANIFEST_FIELDS = ("id", "title", "source", "url", "published")

# Byte-order marks, the longest first (UTF-32 LE's begins with UTF-16 LE's). A mark names the
# encoding whatever a header says (the WHATWG Encoding Standard's "BOM sniffing").
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Labels the web decodes as windows-1252 (WHATWG: "latin1", "iso-8859-1" and "ascii" are all
# labels of windows-1252, whose printable characters in 0x80-0x9F Latin-1 lacks).
_AS_WINDOWS_1252 = frozenset(["latin_1", "ascii", "iso8859_1"])

# A document, or a fragment that begins with an element and ends with a tag.
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|!--|(?:article|aside|b|blockquote|div|em|figure|h[1-6]"
    r"|header|i|main|meta|ol|p|section|span|strong|table|title|ul)[\s>/])", re.IGNORECASE)


# --- bytes to text ----------------------------------------------------------------------------

def _codec(label: str) -> str | None:
    """Python's codec for a charset label, with the web's reading of Latin-1 and ASCII labels as
    windows-1252; None for a label Python does not know."""
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    return "cp1252" if name in _AS_WINDOWS_1252 else name


def _preference(encoding: str) -> int:
    """Rank of a detected encoding among equally plausible ones (lower first): windows-1252,
    the WHATWG Encoding Standard's default for unlabelled text in Western languages, then the
    other Windows code pages (the legacy encodings most unlabelled text on the web and on
    Windows desktops is in), then the rest in charset-normalizer's order. Short Western text is
    often equally plausible in a dozen single-byte encodings (cp775 reads "Café" as "Cafķ",
    cp1250 reads "niña" as "nińa"); these are the ones it was most likely written in."""
    if encoding == "cp1252":
        return 0
    return 1 if re.fullmatch(r"cp125\d", encoding) else 2


def _detected(data: bytes) -> str | None:
    """The text charset-normalizer finds in `data`: among the encodings that decode it with the
    least chaos (mess: odd symbols, mixed scripts), the one _preference ranks first."""
    matches = list(from_bytes(data))
    candidates = [(match.chaos, _preference(encoding), k, encoding)
                  for k, match in enumerate(matches) for encoding in match.could_be_from_charset]
    if not candidates:
        return None
    _, _, k, encoding = min(candidates)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:  # an equivalent that reads only the sample: the match's own text
        return str(matches[k])


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """The text of a file or a page: by its byte-order mark (UTF-8, -16 or -32), else the charset
    it declares (an HTTP header's; Latin-1 and ASCII read as windows-1252, as browsers do), else
    UTF-8, else the charset charset-normalizer finds (windows-1252 first among equals). A reading
    that holds a NUL character is not text (binary data, or UTF-16 without its mark, reads as
    ASCII with NULs). Raises InputError naming `name` (a file name, or a field such as
    "articles[2].url") when no reading is text."""
    bom = next((codec for mark, codec in _BOMS if data.startswith(mark)), None)
    codec = bom or (_codec(declared) if declared else None)
    text: str | None = None
    for charset in filter(None, (codec, "utf-8")):
        try:
            text = data.decode(charset)
            break
        except UnicodeDecodeError:
            continue
    if text is None or "\0" in text:
        text = _detected(data)
    if text is None or "\0" in text:
        raise InputError(f"{name}: not text in any encoding found; save it as UTF-8 text",
                         name, code="bad_encoding")
    return text


# --- HTML pages -------------------------------------------------------------------------------

def is_html(text: str) -> bool:
    """Whether a `text` is plainly an HTML document rather than prose: after white space and a
    byte-order mark it begins with a doctype, <html>, a comment or a common element's tag, and
    it ends with a tag. Prose that mentions "<p>" does neither."""
    body = text.strip().lstrip("\ufeff").lstrip()
    return bool(_HTML_START.match(body)) and body.endswith(">")


def html_article(html: str, url: str = "") -> dict[str, str]:
    """The article of a web page or HTML fragment, by trafilatura, with the page's metadata.

    Returns "text" (the main text, paragraphs separated by blank lines; "" when there is none;
    without navigation, banners, captions, comments, related links or footers), "title",
    "source" (the site's name), "author", "published" (the date, YYYY-MM-DD, from the page's
    metadata, JSON-LD or URL by htmldate) and "url" (the canonical URL), each "" when the page
    does not give it. `url`: where the page was found, when known, which trafilatura uses for the
    site's name and links; the canonical URL the page declares comes first.

    Settings: comments are not article text; tables are left out (they are data, not sentences,
    and a page laid out in tables would bring its navigation cells); the default balance of
    precision and recall (favor_precision made no difference on the test pages, and risks
    dropping a one-line quotation paragraph). A fragment is wrapped in <html><body>, which
    trafilatura otherwise takes for a dubious document and reads nothing from.
    """
    if not re.search(r"<html[\s>]", html[:4096], re.IGNORECASE):
        html = f"<html><body>{html}</body></html>"
    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True,
                                      include_comments=False, include_tables=False)
    if doc is None or isinstance(doc, dict):  # dict only with as_dict=True
        return {"text": "", "title": "", "source": "", "author": "", "published": "", "url": ""}
    lines = (line.strip() for line in (doc.text or "").splitlines())
    return {"text": "\n\n".join(line for line in lines if line),
            "title": doc.title or "",
            "source": doc.sitename or _site_in_title(html, doc.title or ""),
            "author": doc.author or "", "published": doc.date or "", "url": doc.url or ""}


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+")  # "Headline | Site", " - ", " – ", " — "
SITE_WORDS = 6  # a site's name is this many words at most ("The Alden Ledger")


def _site_in_title(html: str, title: str) -> str:
    """The site's name that a page's <title> gives after its headline ("Headline | The Alden
    Ledger", "Headline - CRTV News"), for a page that declares none (no og:site_name): the
    <title>'s last part, where its first part is the headline (`title`, as trafilatura read
    it) and the last is of at most SITE_WORDS words that the page prints elsewhere too (its
    logo, its copyright line); else "". A headline's own dash ("Storm - live updates") names
    no site."""
    found = _TITLE_TAG.search(html)
    if not found or not title:
        return ""
    parts = _TITLE_PARTS.split(unescape(" ".join(found.group(1).split())))
    site = parts[-1]
    shown = html[:found.start()] + html[found.end():]
    return (site if len(parts) > 1 and parts[0] == title and len(site.split()) <= SITE_WORDS
            and site in unescape(shown) else "")


def article_body(text: str | None, html: str | None,
                 url: str = "") -> tuple[str, dict[str, str] | None]:
    """An article's plain text from its `text` (which wins when both are given, as the contract
    says) or `html` field, and the page's metadata (html_article) when what it held was HTML:
    the `html` field, or a `text` that is plainly an HTML document (is_html). `url`: the
    article's own, passed on to html_article. Both the request's reader and the tests' contract
    check read articles through here, so that brief sentences are verbatim in the same text."""
    body = text if text is not None else html or ""
    if text is not None and not is_html(text):
        return text, None
    page = html_article(body, url)
    return page["text"], page


# --- files ------------------------------------------------------------------------------------

def json_value(text: str, where: str) -> Any:
    """The JSON value of `text`; InputError (code "invalid_json") naming `where` if it is not
    JSON, or nests too deeply, or holds a number too long to read."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at line {exc.lineno}, column "
                         f"{exc.colno})", where, code="invalid_json") from None
    except (RecursionError, ValueError):
        raise InputError(f"{where}: JSON nested too deeply or with a number too long to read",
                         where, code="invalid_json") from None


def _json_request(value: Any, name: str) -> dict[str, Any]:
    """A .json file's value as a partial request: an article object, a list of them, or a whole
    request (whose length, method and language count too)."""
    whole = isinstance(value, dict) and "articles" in value
    items = value["articles"] if whole else [value] if isinstance(value, dict) else value
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise InputError(f"{name}: must hold an article object, a list of them or a request "
                         '{"articles": [...]}', name)
    return {**(value if whole else {}), "articles": items}


def _file_request(name: str, data: bytes) -> dict[str, Any]:
    suffix = PurePath(name).suffix.lower()
    if suffix not in ARTICLE_TYPES:
        raise InputError(f"{name}: not an article file; give .txt, .md, .html or .json", name,
                         code="unsupported_type")
    text = decode(data, name)
    if suffix == ".json":
        return _json_request(json_value(text, name), name)
    key = "html" if suffix in HTML_TYPES else "text"
    return {"articles": [{"id": PurePath(name).stem, key: text}]}


def read_file(name: str, data: bytes, where: str | None = None) -> dict[str, Any]:
    """One article file as a partial request ({"articles": [...]} and, from a .json request,
    its options): .txt and .md are text, .html and .htm a web page (extracted when the request
    is read), .json an article, a list of them or a whole request; the article of a text or
    HTML file has the file's stem as its id. `name`: the file's name (its type is its suffix;
    errors name it). `where`: the field errors point at (the service's "files[2]"), prefixed to
    their message; None for the command line, whose messages name the file alone.

    Raises InputError for any other type (code "unsupported_type"), for bytes that are not text
    (decode, "bad_encoding") and for a .json file that is not one of the three ("invalid_json"
    when it is not JSON)."""
    try:
        return _file_request(name, data)
    except InputError as exc:
        if where is None:
            raise
        raise InputError(f"{where}: {exc.message}", where, exc.code) from None


def manifest_entries(data: bytes, name: str) -> list[dict[str, Any]]:
    """The articles a folder's manifest.json lists, in order: each a dict with its "file" and
    any of id, title, source, url and published, which win over what the file's page says.
    `name`: the manifest's path, for errors."""
    try:
        listed = json.loads(decode(data, name))["articles"]
        entries = [{"file": str(item["file"]),
                    **{f: str(item[f]) for f in MANIFEST_FIELDS if item.get(f)}}
                   for item in listed]
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{name}: not a manifest ({exc!r}); it needs "
                         '{"articles": [{"file": "a.txt", ...}, ...]}') from None
    return entries


def with_entry(part: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
    """A file's partial request (read_file) with its manifest entry's fields on its article."""
    fields = {f: entry[f] for f in MANIFEST_FIELDS if f in entry}
    return {**part, "articles": [{**article, **fields} for article in part["articles"]]}


def folder_files(names: Iterable[str]) -> list[str]:
    """The article files of a folder without a manifest: those of an accepted type, in name
    order (other files, such as notes or images, are not the set's and are passed over)."""
    return sorted(n for n in names if PurePath(n).suffix.lower() in ARTICLE_TYPES)


def merged(parts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """One request from partial ones, in order: their articles one after another, and of
    their options (length, method, language) the first given."""
    request: dict[str, Any] = {"articles": []}
    for part in parts:
        request = {**part, **request, "articles": request["articles"] + part["articles"]}
    return request
