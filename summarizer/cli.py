"""Command line: one request (JSON file or stdin), a JSON-lines batch, or article files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TextIO

from . import batch
from .brief.render import FORMATS, render
from .facts import encoder
from .pipeline import summarize
from .request import LANGUAGES, METHODS, InputError
from .text.fetch import Fetcher, Limits, fetch_articles, is_link
from .text.read import (
    ARTICLE_TYPES,
    MANIFEST,
    folder_files,
    json_value,
    manifest_entries,
    merged,
    read_file,
    with_entry,
)

USAGE_EXAMPLES = """\
examples:
  summarizer request.json                      one request, JSON response
  summarizer < request.json                    the same from standard input
  summarizer --format markdown corpus/irs-ice-data-sharing
  summarizer --words 100 a.txt b.html c.txt    article files, one article each
  summarizer https://a.example/story https://b.example/story   article links, fetched
  summarizer --jsonl requests.jsonl > out.jsonl
  summarizer --jsonl --workers 2 requests.jsonl > out.jsonl      on 2 local processes
  summarizer --jsonl --dask tcp://scheduler:8786 requests.jsonl > out.jsonl   on a Dask cluster
"""


def _positive(text: str) -> int:
    """An argument that must be a whole number of at least 1 (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summarizer", epilog=USAGE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Summarise several news articles about one story into one sourced brief.")
    p.add_argument("inputs", nargs="*", metavar="PATH",
                   help="a request .json file, or article files/folders and http(s) links "
                        "(default: a request on standard input)")
    p.add_argument("--jsonl", action="store_true",
                   help="read one request per line, write one response per line")
    p.add_argument("--workers", type=_positive, metavar="N",
                   help="with --jsonl: run the requests on N local processes (with --dask "
                        "local: the LocalCluster's N worker processes, default 2)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="with --jsonl: run the requests on the Dask scheduler at ADDRESS "
                        "(tcp://host:8786), or 'local' to start a LocalCluster on this "
                        "machine; needs the [cluster] extra")
    length = p.add_mutually_exclusive_group()
    for unit in ("sentences", "words", "characters"):
        length.add_argument(f"--{unit}", type=int, metavar="N", help=f"brief length in {unit}")
    p.add_argument("--method", choices=METHODS, help="summarizer (default: clustered)")
    p.add_argument("--language", choices=LANGUAGES, help="language (default: english)")
    p.add_argument("--format", choices=FORMATS, default="json", help="output format")
    p.add_argument("--allow-private-urls", action="store_true",
                   help="also fetch links to this machine and private networks (an intranet "
                        "page); by default only public addresses are fetched")
    p.add_argument("--quotes", type=int, metavar="N",
                   help="quotations to list, 0 to 50 (default: 5; 0: none)")
    return p


def _file(path: Path) -> dict[str, Any]:
    """One file as a partial request (read.read_file), named as the command line gave it."""
    return read_file(str(path), path.read_bytes())


# kinds of non-public address --allow-private-urls lets links reach
PRIVATE_KINDS = frozenset({"loopback", "private", "link-local", "shared"})


def _summarize(args: argparse.Namespace, request: dict[str, Any]) -> dict[str, Any]:
    """The response, once the request's link-only articles are fetched, each within the
    fetcher's default Limits (size, time, redirects; no total: the user's own machine)."""
    allow = PRIVATE_KINDS if args.allow_private_urls else frozenset()
    return summarize(fetch_articles(request, Fetcher(Limits(allow=allow))))


def _folder(folder: Path) -> dict[str, Any]:
    """A folder's articles: those its manifest.json lists, in order and with the manifest's
    fields, else every article file in name order."""
    manifest = folder / MANIFEST
    if manifest.is_file():
        entries = manifest_entries(manifest.read_bytes(), str(manifest))
        return merged(with_entry(_file(folder / entry["file"]), entry) for entry in entries)
    names = folder_files(p.name for p in folder.iterdir() if p.is_file())
    return merged(_file(folder / name) for name in names)


def read_paths(paths: Iterable[Path]) -> dict[str, Any]:
    """A partial request from files and folders (read.read_file: one article per text or HTML
    file; a .json file holds an article, a list of them or a whole request)."""
    parts = []
    for path in paths:
        if path.is_dir():
            parts.append(_folder(path))
        elif path.is_file():
            parts.append(_file(path))
        else:
            raise InputError(f"{path}: no such file or folder")
    return merged(parts)


def read_articles(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """The articles of files and folders (read_paths), for callers that want the set alone."""
    articles: list[dict[str, Any]] = read_paths(paths)["articles"]
    return articles


def _request(args: argparse.Namespace, text: str, where: str) -> dict[str, Any]:
    request = json_value(text, where)
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


def _answer(args: argparse.Namespace, numbered: tuple[int, str]) -> tuple[str, str | None]:
    """The response line of the k-th request line (numbered: (k, line)), and the message of
    its error, if any: a bad line's response is its {"error": ...} object. Module-level so that
    worker processes and Dask workers receive it by reference."""
    k, line = numbered
    try:
        response: dict[str, Any] = _summarize(args, _request(args, line, f"line {k}"))
        message = None
    except InputError as exc:
        response = {"error": exc.as_dict()}
        message = f"line {k}: {exc.message}"
    return json.dumps(response, ensure_ascii=False), message


def _warm() -> None:
    """Load what the pipeline keeps once loaded (Punkt's model, stop words, the stemmer, its
    lru_caches) in a batch worker, by summarising one short request, and the sentence
    encoder, where it is built."""
    summarize({"articles": [{"text": "The bridge reopened on Monday. Traffic is back."},
                            {"text": "The bridge reopened on Monday after repairs."}]})
    encoder.available()


def _requests(source: TextIO) -> Iterator[tuple[int, str]]:
    """The non-blank lines of the source numbered from 1, read one at a time, without their
    line ends."""
    k = 0
    for line in source:  # one round per line of the input
        if line.strip():
            k += 1
            yield k, line.rstrip("\r\n")


def _progress_bar(total: int | None) -> Any:
    """A progress bar (tqdm) on stderr when it is a terminal, else None: a batch written to a
    pipe or a log stays quiet."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="request", file=sys.stderr)


def _count_requests(path: Path) -> int:
    """The non-blank lines of a file, read as a stream (for the progress bar's total)."""
    with path.open(encoding="utf-8") as source:
        return sum(1 for line in source if line.strip())


def _batch(args: argparse.Namespace, source: TextIO, out: TextIO,
           total: int | None = None) -> int:
    """One response per input line, in order; a bad line gets an error object in its place.

    Lines are read as the work goes (batch.run): on this process, on --workers local processes,
    or on the Dask cluster of --dask; total: the number of requests when known (a file), for
    the progress bar."""
    status = 0
    answers = batch.run(partial(_answer, args), _requests(source), args.workers, args.dask,
                        _warm)
    bar = _progress_bar(total)
    say = print if bar is None else bar.write  # a message above the bar, not through it
    for text, message in answers:
        if message is not None:
            say(f"summarizer: {message}", file=sys.stderr)
            status = 2
        out.write(text + "\n")
        if bar is not None:
            bar.update()
    if bar is not None:
        bar.close()
    return status


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for unit in ("sentences", "words", "characters"):
        if getattr(args, unit) is not None and getattr(args, unit) < 1:
            print(f"summarizer: error: --{unit} must be at least 1", file=sys.stderr)
            return 2
    inputs = [p for p in args.inputs if p != "-"]
    paths = [Path(p) for p in inputs]
    try:
        if (args.workers or args.dask) and not args.jsonl:
            raise InputError("--workers and --dask run a batch: give --jsonl too")
        if args.dask and find_spec("distributed") is None:
            raise InputError("--dask needs Dask's distributed scheduler: install this package "
                             "with its cluster extra (pip install 'sourced-brief[cluster]')")
        if args.jsonl:
            if len(paths) > 1:
                raise InputError("--jsonl reads one file (or standard input)")
            if paths:
                total = _count_requests(paths[0]) if sys.stderr.isatty() else None
                with paths[0].open(encoding="utf-8") as source:
                    return _batch(args, source, sys.stdout, total)
            return _batch(args, sys.stdin, sys.stdout)
        if not paths:
            request = _request(args, sys.stdin.read(), "standard input")
        else:  # files, folders (a request .json file too: read as an upload of it is), links
            request = _with_options(args, merged(
                {"articles": [{"url": item}]} if is_link(item) else read_paths([Path(item)])
                for item in inputs))
            if not request["articles"]:
                raise InputError(f"no article files ({', '.join(ARTICLE_TYPES)}) found in "
                                 f"{' '.join(map(str, paths))}")
        response = _summarize(args, request)
        sys.stdout.write(render(response, args.format))
        if args.format != "json":  # JSON carries them; a reader of the text is told here
            for warning in response["warnings"]:
                print(f"summarizer: warning: {warning['message']}", file=sys.stderr)
    except InputError as exc:
        print(f"summarizer: error: {exc.message}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"summarizer: error: {exc}", file=sys.stderr)
        return 2
    return 0
