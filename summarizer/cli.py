"""Command line: one request (JSON file or stdin), a JSON-lines batch, or article files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from .pipeline import summarize
from .render import FORMATS, render
from .request import LANGUAGES, METHODS, InputError

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")

USAGE_EXAMPLES = """\
examples:
  summarizer request.json                      one request, JSON response
  summarizer < request.json                    the same from standard input
  summarizer --format markdown corpus/irs-ice-data-sharing
  summarizer --words 100 a.txt b.html c.txt    article files, one article each
  summarizer --jsonl requests.jsonl > out.jsonl
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summarizer", epilog=USAGE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Summarise several news articles about one story into one sourced brief.")
    p.add_argument("inputs", nargs="*", metavar="PATH",
                   help="a request .json file, or article files/folders (default: a request "
                        "on standard input)")
    p.add_argument("--jsonl", action="store_true",
                   help="read one request per line, write one response per line")
    length = p.add_mutually_exclusive_group()
    for unit in ("sentences", "words", "characters"):
        length.add_argument(f"--{unit}", type=int, metavar="N", help=f"brief length in {unit}")
    p.add_argument("--method", choices=METHODS, help="summarizer (default: clustered)")
    p.add_argument("--language", choices=LANGUAGES, help="language (default: english)")
    p.add_argument("--format", choices=FORMATS, default="json", help="output format")
    p.add_argument("--quotes", type=int, metavar="N",
                   help="quotations to list, 0 to 50 (default: 5; 0: none)")
    return p


def _article(path: Path, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    body = path.read_text(encoding="utf-8", errors="replace")
    key = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    article: dict[str, Any] = {"id": path.stem, "title": "", key: body}
    for field in ("id", "title", "source", "url", "published"):
        if meta and meta.get(field):
            article[field] = str(meta[field])
    return article


def _folder(folder: Path) -> list[dict[str, Any]]:
    """A folder's articles: those its manifest.json lists, in order, else every article file."""
    manifest = folder / "manifest.json"
    if manifest.is_file():
        try:
            listed = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
            return [_article(folder / item["file"], item) for item in listed]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{manifest}: not a manifest ({exc!r}); it needs "
                             '{"articles": [{"file": "a.txt", ...}, ...]}') from None
    return [_article(p) for p in sorted(folder.iterdir())
            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES]


def read_articles(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Articles from files and folders, one article per file."""
    articles: list[dict[str, Any]] = []
    for path in paths:
        if path.is_dir():
            articles += _folder(path)
        elif path.is_file():
            articles.append(_article(path))
        else:
            raise InputError(f"{path}: no such file or folder")
    return articles


def _request(args: argparse.Namespace, text: str, where: str) -> dict[str, Any]:
    try:
        request = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at line {exc.lineno}, "
                         f"column {exc.colno})") from None
    if not isinstance(request, dict):
        raise InputError(f"{where}: the request must be a JSON object with an 'articles' list")
    return _with_options(args, request)


def _with_options(args: argparse.Namespace, request: dict[str, Any]) -> dict[str, Any]:
    """The request with the command line's length, method, language and quotes, where
    given."""
    for unit in ("sentences", "words", "characters"):
        if getattr(args, unit) is not None:
            request["length"] = {unit: getattr(args, unit)}
    if args.quotes is not None:
        request["quotes"] = args.quotes
    for option in ("method", "language"):
        if getattr(args, option):
            request[option] = getattr(args, option)
    return request


def _batch(args: argparse.Namespace, source: TextIO, out: TextIO) -> int:
    """One response per input line, in order; a bad line gets an error object in its place."""
    lines = [line for line in source.read().splitlines() if line.strip()]
    status = 0
    for k, line in enumerate(lines, 1):
        try:
            response: dict[str, Any] = summarize(_request(args, line, f"line {k}"))
        except InputError as exc:
            response = {"error": exc.as_dict()}
            print(f"summarizer: line {k}: {exc.message}", file=sys.stderr)
            status = 2
        out.write(json.dumps(response, ensure_ascii=False) + "\n")
        if sys.stderr.isatty():
            print(f"\r{k}/{len(lines)} requests", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty() and lines:
        print(file=sys.stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for unit in ("sentences", "words", "characters"):
        if getattr(args, unit) is not None and getattr(args, unit) < 1:
            print(f"summarizer: error: --{unit} must be at least 1", file=sys.stderr)
            return 2
    paths = [Path(p) for p in args.inputs if p != "-"]
    try:
        if args.jsonl:
            if len(paths) > 1:
                raise InputError("--jsonl reads one file (or standard input)")
            if paths:
                with paths[0].open(encoding="utf-8") as source:
                    return _batch(args, source, sys.stdout)
            return _batch(args, sys.stdin, sys.stdout)
        if not paths:
            request = _request(args, sys.stdin.read(), "standard input")
        elif len(paths) == 1 and paths[0].suffix.lower() == ".json" and paths[0].is_file():
            request = _request(args, paths[0].read_text(encoding="utf-8"), str(paths[0]))
        else:
            request = _with_options(args, {"articles": read_articles(paths)})
            if not request["articles"]:
                raise InputError(f"no article files ({', '.join(ARTICLE_SUFFIXES)}) found in "
                                 f"{' '.join(map(str, paths))}")
        sys.stdout.write(render(summarize(request), args.format))
    except InputError as exc:
        print(f"summarizer: error: {exc.message}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"summarizer: error: {exc}", file=sys.stderr)
        return 2
    return 0
