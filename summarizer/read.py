"""Reading articles: bytes to text, one way for the command line and the service alike."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from .request import InputError


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """The text of a file or a page: the charset it declares (an HTTP header's), else UTF-8
    (with or without a byte-order mark), else the charset charset-normalizer finds; InputError
    naming `name` (a file name, or a field such as "articles[2].url") when none reads it."""
    for charset in filter(None, (declared, "utf-8-sig")):
        try:
            codecs.lookup(charset)
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: not text in any encoding found; save it as UTF-8 text",
                         name, code="bad_encoding")
    return str(best)
