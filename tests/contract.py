"""The response contract of DESIGN.md, checked against the request that produced it."""

from __future__ import annotations

import json
import math
from typing import Any

from summarizer.text.read import article_body
from summarizer.text.split import fold, split_article

BRIEF_KEYS = {"text", "article", "index", "sources", "support", "score", "evidence"}
OPTIONAL_BRIEF_KEYS = {"disagreements", "event"}
DISAGREEMENT_KEYS = {"article", "index", "text", "figures"}
EVIDENCE_KEYS = {"article", "index", "text", "similarity"}
QUOTE_KEYS = {"speaker", "text", "article", "index", "sources", "support"}
ARTICLE_KEYS = {"id", "title", "source", "url", "sentences", "kept", "cited", "copy_of"}
WARNING_KEYS = {"code", "message", "articles"}
EVENT_KEYS = {"id", "date", "articles"}
STATS_KEYS = {"articles", "sentences", "kept_sentences", "clusters", "events", "elapsed_ms"}


def article_texts(request: dict[str, Any]) -> dict[str, str]:
    """Each article's plain text by id; missing ids numbered "1", "2", … as the contract says."""
    texts = {}
    for k, article in enumerate(request["articles"]):
        article_id = article["id"] if article.get("id") is not None else str(k + 1)
        texts[article_id], _ = article_body(article.get("text"), article.get("html"),
                                            article.get("url") or "")
    return texts


def cost(texts: list[str], length: dict[str, int]) -> tuple[int, int]:
    """(what the texts spend, the limit) in the request's length unit."""
    ((unit, limit),) = length.items()
    if unit == "sentences":
        return len(texts), limit
    if unit == "words":
        return sum(len(t.split()) for t in texts), limit
    return sum(len(t) for t in texts) + max(len(texts) - 1, 0), limit


def brief_texts(response: dict[str, Any]) -> list[str]:
    return [item["text"] for item in response["brief"]]


def all_texts(response: dict[str, Any]) -> list[str]:
    """Every sentence text the response shows: brief sentences and their evidence."""
    return [text for item in response["brief"]
            for text in [item["text"], *(e["text"] for e in item["evidence"])]]


def without_timing(response: dict[str, Any]) -> dict[str, Any]:
    out = json.loads(json.dumps(response))
    del out["stats"]["elapsed_ms"]
    return out


def _check_sentence(text: Any, article: Any, index: Any, texts: dict[str, str],
                    split: dict[str, list[str]], where: str) -> None:
    assert article in texts, f"{where}: unknown article {article!r}"
    assert isinstance(index, int) and 0 <= index < len(split[article]), f"{where}: index {index}"
    assert isinstance(text, str) and text, f"{where}: empty text"
    assert text == fold(text), f"{where}: white space not folded: {text!r}"
    assert text in fold(texts[article]), f"{where}: not verbatim in {article}: {text!r}"
    assert text in split[article][index], f"{where}: not sentence {index} of {article}: {text!r}"


def check_response(request: dict[str, Any], response: dict[str, Any]) -> None:
    """Assert every rule of the response contract that can be checked from the outside."""
    assert {"brief", "quotes", "articles", "method", "language", "stats", "warnings"} <= set(
        response) <= {"brief", "quotes", "articles", "method", "language", "stats", "warnings",
                      "events"}
    assert json.loads(json.dumps(response)) == response, "not plain JSON data"
    assert response["method"] == request.get("method", "clustered")
    language = request.get("language", "english")
    assert response["language"] == language

    texts = article_texts(request)
    split = {aid: [s.text for s in split_article(aid, text, language)]
             for aid, text in texts.items()}
    ids = list(texts)
    assert [a["id"] for a in response["articles"]] == ids

    # the independent report of each article: itself, or the first of the copies it belongs to
    copy_of = {a["id"]: a["copy_of"] for a in response["articles"]}
    report = {aid: original or aid for aid, original in copy_of.items()}
    for aid, original in copy_of.items():
        assert original is None or (original in ids and copy_of[original] is None
                                    and ids.index(original) < ids.index(aid)), aid
    seen: set[tuple[str, int]] = set()
    for k, item in enumerate(response["brief"]):
        where = f"brief[{k}]"
        assert BRIEF_KEYS <= set(item) <= BRIEF_KEYS | OPTIONAL_BRIEF_KEYS, where
        _check_sentence(item["text"], item["article"], item["index"], texts, split, where)
        key = (item["article"], item["index"])
        assert key not in seen, f"{where}: sentence given twice"
        seen.add(key)
        sources = item["sources"]
        assert sources[0] == item["article"], where
        assert len(set(sources)) == len(sources), f"{where}: repeated source"
        assert item["support"] == len({report[source] for source in sources}), where
        assert set(sources) <= set(ids), where
        score = item["score"]
        assert isinstance(score, float | int) and math.isfinite(score) and 0 <= score <= 1, where
        members = {key}
        for j, ev in enumerate(item["evidence"]):
            ewhere = f"{where}.evidence[{j}]"
            assert set(ev) == EVIDENCE_KEYS, ewhere
            _check_sentence(ev["text"], ev["article"], ev["index"], texts, split, ewhere)
            assert (ev["article"], ev["index"]) not in members, f"{ewhere}: repeated sentence"
            members.add((ev["article"], ev["index"]))
            assert 0 <= ev["similarity"] <= 1 + 1e-6, ewhere
        assert set(sources) == {article for article, _ in members}, f"{where}: sources"
        for j, differ in enumerate(item.get("disagreements", [])):
            dwhere = f"{where}.disagreements[{j}]"
            assert set(differ) == DISAGREEMENT_KEYS, dwhere
            # a sentence of the fact (its evidence), or of another report outside it
            # (facts.rivals): never of the brief sentence's own article nor a copy of it
            _check_sentence(differ["text"], differ["article"], differ["index"], texts, split,
                            dwhere)
            assert differ["article"] != item["article"], dwhere
            assert (differ["article"], differ["index"]) in members or \
                report[differ["article"]] != report[item["article"]], dwhere
            assert all(isinstance(f, str) and f in differ["text"] for f in differ["figures"]), \
                dwhere

    check_quotes(request, response, texts, split, report)

    if response["method"] == "clustered":  # one sentence per cluster: clusters are disjoint
        representatives = {(i["article"], i["index"]) for i in response["brief"]}
        for item in response["brief"]:
            assert not representatives & {(e["article"], e["index"]) for e in item["evidence"]}

    cited = {source for item in response["brief"] for source in item["sources"]}
    for info in response["articles"]:
        assert set(info) >= ARTICLE_KEYS
        assert info["sentences"] == len(split[info["id"]]), info["id"]
        assert info["cited"] == (info["id"] in cited), info["id"]

    kept = {info["id"]: info["kept"] for info in response["articles"]}
    assert all(0 <= kept[i] <= len(split[i]) for i in ids)
    assert sum(kept.values()) == response["stats"]["kept_sentences"]
    assert all(kept[source] > 0 for item in response["brief"] for source in item["sources"])

    for j, warning in enumerate(response["warnings"]):
        assert set(warning) == WARNING_KEYS, f"warnings[{j}]"
        assert isinstance(warning["message"], str) and warning["message"], f"warnings[{j}]"
        assert set(warning["articles"]) <= set(ids), f"warnings[{j}]"

    # several events: a timeline, each brief sentence in its event, the events in brief order
    events = response.get("events")
    assert events is None or len(events) > 1
    assert all(("event" in item) == (events is not None) for item in response["brief"])
    if events is not None:
        assert [e["id"] for e in events] == [f"e{k}" for k in range(1, len(events) + 1)]
        assert all(set(e) == EVENT_KEYS for e in events)
        left_out = {i for w in response["warnings"] if w["code"] == "other_story"
                    for i in w["articles"]}
        assert sorted(i for e in events for i in e["articles"]) == sorted(set(ids) - left_out)
        place = {e["id"]: k for k, e in enumerate(events)}
        order = [place[item["event"]] for item in response["brief"]]
        assert order == sorted(order), "brief not in event order"
        event_of = {i: e["id"] for e in events for i in e["articles"]}
        assert all(event_of[item["article"]] == item["event"] for item in response["brief"])
        dated = [e["date"] for e in events if e["date"] is not None]
        assert dated == sorted(dated), "events not in date order"

    stats = response["stats"]
    assert set(stats) == STATS_KEYS
    assert stats["articles"] == len(ids)
    assert stats["sentences"] == sum(len(s) for s in split.values())
    assert 0 <= stats["kept_sentences"] <= stats["sentences"]
    assert 0 <= stats["clusters"] <= stats["kept_sentences"]
    assert isinstance(stats["elapsed_ms"], int) and stats["elapsed_ms"] >= 0

    spent, limit = cost(brief_texts(response), request.get("length", {"sentences": 7}))
    assert spent <= limit, f"brief spends {spent} of a budget of {limit}"


def check_quotes(request: dict[str, Any], response: dict[str, Any], texts: dict[str, str],
                 split: dict[str, list[str]], report: dict[str, str]) -> None:
    """Each quotation verbatim in its article, opening in sentence `index`, with a speaker
    written in the set;
    its sources valid ids, its own first; support its independent reports; the most widely
    carried first; no more than the request asked for; none a brief sentence holds whole."""
    quotes = response["quotes"]
    told = [" ".join(item["text"].split()) for item in response["brief"]]
    assert isinstance(quotes, list) and len(quotes) <= request.get("quotes", 5)
    supports = [q["support"] for q in quotes]
    assert supports == sorted(supports, reverse=True), "quotes: not the most carried first"
    for k, quote in enumerate(quotes):
        where = f"quotes[{k}]"
        assert set(quote) == QUOTE_KEYS, where
        assert isinstance(quote["speaker"], str) and quote["speaker"].strip(), where
        # as its article writes it, or the fullest form the set writes of that name
        assert any(quote["speaker"] in fold(t) for t in texts.values()), \
            f"{where}: speaker not written"
        text, article, index = quote["text"], quote["article"], quote["index"]
        assert article in texts, f"{where}: unknown article {article!r}"
        assert isinstance(text, str) and text.strip() and text == fold(text), where
        assert text in fold(texts[article]), f"{where}: not verbatim in {article}: {text!r}"
        assert not any(" ".join(text.split()) in said for said in told), \
            f"{where}: the brief gives it"
        assert isinstance(index, int) and 0 <= index < len(split[article]), where
        assert text.split()[0] in split[article][index], f"{where}: not opening at {index}"
        sources = quote["sources"]
        assert sources[0] == article and len(set(sources)) == len(sources), where
        assert set(sources) <= set(texts), f"{where}: unknown sources"
        assert quote["support"] == len({report[source] for source in sources}), where
