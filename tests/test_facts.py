"""Facts and events: briefs of hand-written sets whose sentences are labelled with their facts.

The assertions look only at the labels of the sentences a brief shows (factsets.py maps a
sentence back to its fact by its text), never at which wording the summariser picks.
"""

from __future__ import annotations

import itertools
from datetime import date
from functools import cache
from typing import Any

import numpy as np
import pytest
from factsets import (
    CUT_COPY,
    CUT_COPY_MAIN,
    GARBLED,
    OTHER_PEOPLE_PAIRS,
    OTHER_PLACES_PAIRS,
    REPRINT_COPIES,
    REPRINT_FIRST,
    REPRINT_INDEPENDENT,
    REPRINT_MAIN,
    REPRINTS,
    RETOLD,
    RETOLD_MAIN,
    SAGA,
    SAGA_EVENTS,
    SAME_FACT_PAIRS,
    TOLL,
    TOLL_FIGURE,
    TOLL_OTHERS,
    TOLLS,
    VERDICT,
    VERDICT_MAIN,
    Spec,
    brief_labels,
    event_of,
    item_label,
    request,
    stating,
)
from scipy import sparse

from summarizer import InputError, summarize
from summarizer.brief.render import to_markdown
from summarizer.facts.events import events, stated_days
from summarizer.facts.facts import lede_links, link_facts, stated_by

SETS: dict[str, list[Spec]] = {"retold": RETOLD, "saga": SAGA, "tolls": TOLLS,
                               "reprints": REPRINTS, "verdict": VERDICT}


@cache
def _response(name: str, sentences: int) -> dict[str, Any]:
    """The response to a set's request for a brief of `sentences` sentences (tests only read
    it)."""
    return summarize(request(SETS[name], sentences))


def _items(name: str, sentences: int, label: str) -> list[dict[str, Any]]:
    """The brief items of the set's brief whose sentence states the fact `label`."""
    specs = SETS[name]
    return [item for item in _response(name, sentences)["brief"]
            if item_label(specs, item) == label]


def _the_item(name: str, sentences: int, label: str) -> dict[str, Any]:
    items = _items(name, sentences, label)
    assert len(items) == 1, f"{label} stated {len(items)} times in the {name} brief"
    return items[0]


def _brief_of(texts: dict[str, str], sentences: int) -> dict[str, Any]:
    """The response to a request of the texts (by article id) for a brief of `sentences`."""
    return summarize({"articles": [{"id": k, "text": v} for k, v in texts.items()],
                      "length": {"sentences": sentences}})


# ----------------------------------------------------------------------------- the sets ----

@pytest.mark.parametrize("name", SETS)
def test_every_sentence_shown_maps_to_a_labelled_sentence(name: str) -> None:
    """The sets are fit for the tests: each article splits into its labelled sentences, and
    every sentence a long brief shows (brief and evidence) is one of them."""
    specs = SETS[name]
    response = _response(name, 100)
    assert [a["sentences"] for a in response["articles"]] == [len(s["sentences"]) for s in specs]
    for item in response["brief"]:
        item_label(specs, item)
        for evidence in item["evidence"]:
            item_label(specs, evidence)


# ---------------------------------------------------------------------------- order ----

def _facts_told(specs: list[Spec], response: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What a brief tells, whatever wording it picks: each item's fact, its sources and its
    support, in fact order."""
    return sorted((str(item_label(specs, item)), tuple(sorted(item["sources"])),
                   item["support"]) for item in response["brief"])


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("sentences", [5, 7])
def test_the_order_of_the_articles_changes_no_fact_or_source(name: str, sentences: int) -> None:
    """A set of articles is a set: sent in reverse or rotated, the brief states the same
    facts with the same sources and support."""
    specs = SETS[name]
    told = _facts_told(specs, _response(name, sentences))
    for reordered in (specs[::-1], specs[2:] + specs[:2]):
        assert _facts_told(specs, summarize(request(reordered, sentences))) == told


@pytest.mark.parametrize("copied", range(len(RETOLD)))
def test_a_verbatim_copy_of_an_article_splits_no_fact(copied: int) -> None:
    """One outlet's story carried word for word by another: the copy is a reprint of it, no
    fact is stated twice, and the main event is still one fact with every outlet among its
    sources and at least four independent reports."""
    specs = [*RETOLD, {**RETOLD[copied], "id": "carried", "source": "Carrier Wire"}]
    for sentences in (5, 7):
        response = summarize(request(specs, sentences))
        assert {a["id"]: a["copy_of"] for a in response["articles"]}["carried"] \
            == RETOLD[copied]["id"]
        labels = [label for label in brief_labels(specs, response) if label is not None]
        assert sorted(labels) == sorted(set(labels)), labels
        main = [item for item in response["brief"] if item_label(specs, item) == RETOLD_MAIN]
        assert len(main) == 1 and set(main[0]["sources"]) == {s["id"] for s in specs}
        assert main[0]["support"] >= 4


def test_a_wire_story_cut_short_and_re_edited_is_one_report_with_it() -> None:
    """A paper carries the wire's story with two sentences word for word and three more cut or
    re-edited, in the wire's order, among lines of its own: too few word for word to be a
    reprint by its copies alone, it is one by following the wire. The broadcaster that tells
    the story in its own words, in much the same order, and the paper that tells it in another
    are reports of their own: the lede has four sources and three independent reports."""
    for sentences in (5, 7):
        response = summarize(request(CUT_COPY, sentences))
        assert {a["id"]: a["copy_of"] for a in response["articles"]} == {
            "wire": None, "cut": "wire", "radio": None, "paper": None}
        (lede,) = [item for item in response["brief"]
                   if item_label(CUT_COPY, item) == CUT_COPY_MAIN]
        assert set(lede["sources"]) == {"wire", "cut", "radio", "paper"}
        assert lede["support"] == 3


def test_a_reprinted_lede_counts_once_in_the_angle_of_an_event() -> None:
    """Three reports of one event, the first carried by two more outlets word for word: the
    third's lede shares little with the first's and some words with the second's. Counted
    once, the first's lede leaves it on the event's angle, and it is linked to the other
    ledes; counted three times, it would turn it away."""
    first, second, third = [1.0, 0.0, 0.0], [0.0, 0.2, 0.98], [0.0, 1.0, 0.0]
    X = sparse.csr_matrix(np.array([first, first, first, second, third]))
    S = sparse.csr_matrix(np.triu(np.ones((5, 5)), 1) * (X @ X.T).toarray())
    S = S.maximum(S.T)  # cross-article cosines, each sentence its own article
    ledes, articles, event = np.ones(5, dtype=bool), np.arange(5), np.zeros(5, dtype=int)
    close = np.ones((5, 5), dtype=bool)
    linked = lede_links(X, S, ledes, articles, event, close, np.array([0, 0, 0, 3, 4]))
    assert 4 in linked
    assert 4 not in lede_links(X, S, ledes, articles, event, close)  # each article a report


# --------------------------------------------------------------------------- retold ----

@pytest.mark.parametrize("sentences", [5, 7])
def test_retold_brief_states_each_fact_once(sentences: int) -> None:
    """Five outlets wording one dam failure their own ways: no two brief sentences state the
    same fact."""
    labels = [label for label in brief_labels(RETOLD, _response("retold", sentences))
              if label is not None]
    repeated = sorted({label for label in labels if labels.count(label) > 1})
    assert not repeated, f"facts stated more than once: {repeated}"


def test_retold_main_event_is_sourced_by_every_outlet() -> None:
    """The five ledes are one fact: its brief sentence has all five articles among its sources
    and at least four independent reports as support."""
    item = _the_item("retold", 5, RETOLD_MAIN)
    assert set(item["sources"]) == {spec["id"] for spec in RETOLD}
    assert item["support"] >= 4


@pytest.mark.parametrize("sentences", [5, 7, 8])
def test_retold_brief_prefers_plain_wordings(sentences: int) -> None:
    """No brief sentence is the machine-translated or synonym-spun wording of a fact that
    another article states plainly (the garbled articles come first in the request)."""
    for item in _response("retold", sentences)["brief"]:
        if item["article"] not in GARBLED:
            continue
        label = item_label(RETOLD, item)
        plain = stating(RETOLD, label) - set(GARBLED) if label is not None else set()
        assert not plain, (f"{GARBLED[item['article']]} wording of {label} chosen over "
                           f"{sorted(plain)}: {item['text']!r}")


# ----------------------------------------------------------------------------- saga ----

@pytest.mark.parametrize("sentences", [5, 7])
def test_saga_facts_of_one_event_keep_their_own_sources(sentences: int) -> None:
    """Three earthquakes in one valley: a brief sentence stating one quake's magnitude, toll,
    damage and so on has as sources only articles that state that fact, and no evidence
    sentence of another quake."""
    for item in _response("saga", sentences)["brief"]:
        label = item_label(SAGA, item)
        event = event_of(label)
        if event is None:
            continue
        assert label is not None
        strangers = set(item["sources"]) - stating(SAGA, label)
        assert not strangers, f"{label}: sources {sorted(strangers)} do not state it"
        for evidence in item["evidence"]:
            other = event_of(item_label(SAGA, evidence))
            assert other in (None, event), (
                f"{label}: evidence of {other}: {evidence['text']!r}")


def test_saga_events_are_told_apart_by_their_dates() -> None:
    """The three quakes' articles are three events, and the brief reads in their order."""
    response = _response("saga", 7)
    assert response["stats"]["events"] == 3
    order = [event_of(label) for label in brief_labels(SAGA, response)]
    known = [event for event in order if event in SAGA_EVENTS]
    assert known == sorted(known), order  # Q1, Q2, Q3 are in date order


@pytest.mark.parametrize("order", ["as written", "latest first"])
@pytest.mark.parametrize("length", [{"sentences": 1}, {"words": 30}])
def test_a_saga_opens_with_its_start(order: str, length: dict[str, int]) -> None:
    """A brief of one sentence, or of a few words, of the three quakes opens with the first,
    the 6.1 quake that killed 9, not with the best cover among the ledes (the last
    aftershock's, which retells the story so far), in whatever order the articles come:
    their dates say which event came first."""
    specs = SAGA if order == "as written" else sorted(SAGA, key=lambda s: s["published"],
                                                       reverse=True)
    req = {**request(specs, 1), "length": length}
    assert brief_labels(SAGA, summarize(req))[0] == "Q1.quake"


def test_a_soft_lede_leaves_its_event_to_the_next_sentence() -> None:
    """Of three articles' first sentences, the third's shares a little wording with the other
    ledes and its second sentence much more: that one is its lede. A first sentence that
    shares no wording with them (another angle) or gives a figure stays the lede, and so does
    one whose next sentence is not at the bar of one fact, or one that shares more of its
    article's title than the next does, unless it is the title itself."""
    from summarizer.facts.facts import soft_ledes
    from summarizer.facts.specifics import figures
    from summarizer.facts.vectorise import terms

    articles = np.array([0, 0, 1, 1, 2, 2])
    ledes = np.array([True, False, True, False, True, False])
    texts = ["Fire forced 30,000 to flee Calder.", "A firefighter died.",
             "30,000 people fled the Ridgeback Fire.", "Crews fought on.",
             "Calder is burning, and the state was warned.",
             "The Ridgeback Fire has forced 30,000 people to flee Calder."]
    found = [figures(t, "english") for t in texts]

    def cosines(first: float, second: float) -> sparse.csr_matrix:
        cells = {(0, 2): 0.5, (4, 0): first, (5, 0): second}
        rows, cols = zip(*cells, strict=True)
        S = sparse.csr_matrix((list(cells.values()), (rows, cols)), shape=(6, 6))
        return S.maximum(S.T).tocsr()

    read = terms(texts, "english")

    def soft(S: sparse.csr_matrix, title: str = "") -> list[int]:
        return soft_ledes(ledes, S, articles, found, read,
                          [[], [], terms([title], "english")[0] if title else []]).tolist()

    assert soft(cosines(0.15, 0.4)) == [4]
    assert soft(cosines(0.05, 0.4)) == []  # an angle
    assert soft(cosines(0.15, 0.18)) == []  # no fact
    assert soft(cosines(0.35, 0.4)) == []  # as close
    assert soft(cosines(0.15, 0.4), "Calder is burning, and the state was warned") == [4]
    assert soft(cosines(0.15, 0.4), "Blaze nears Calder, and the state ignored warnings") == []
    found[4] = figures("Calder is burning: 30,000 have fled.", "english")
    assert soft(cosines(0.15, 0.4)) == []


def test_a_lede_that_tells_what_more_ledes_tell_than_its_next_sentence_is_no_soft_one() -> None:
    """A wire's "Fire gutted a primary school in Hollin overnight." shares few words with the
    other ledes (as a Swedish wire's compounds share few stems), while its next sentence, the
    arrest, is one fact with a third paper's lede: it is closer to that one than the first
    sentence is to any. Yet the first
    is at the bar of one fact with two other ledes, the next with one: the first tells the
    event as the others tell it, and stays the lede. Where only one other lede tells what it
    tells, the nut graf rule holds."""
    from summarizer.facts.facts import soft_ledes
    from summarizer.facts.vectorise import terms

    articles = np.array([0, 1, 2, 3, 3])
    ledes = np.array([True, True, True, True, False])
    texts = ["Fire destroyed Hollin Primary School overnight.",
             "Hollin Primary School burned down in the night.",
             "A 17-year-old has been arrested over the Hollin school fire.",
             "Fire gutted a primary school in Hollin overnight.",
             "Police arrested a 17-year-old boy on suspicion of arson."]
    found: list[list] = [[] for _ in texts]  # the figures play no part here
    read, titles = terms(texts, "english"), [[], [], [], []]

    def soft(second_lede: float) -> list[int]:
        cells = {(3, 0): 0.3, (3, 1): second_lede, (4, 2): 0.6}
        S = sparse.csr_matrix((list(cells.values()), tuple(zip(*cells, strict=True))),
                              shape=(5, 5))
        return soft_ledes(ledes, S.maximum(S.T).tocsr(), articles, found, read,
                          titles).tolist()

    assert soft(0.25) == []
    assert soft(0.15) == [3]


def test_a_feature_s_opening_is_no_lede() -> None:
    """A first sentence that names no day, before one that opens with the day of the event
    (the news peg), and no closer than that one to another article's lede, opens a feature:
    its article has no lede. A news lede that leaves its day to the next sentence is closer
    to the other ledes; one that names its day is a lede whatever follows. One that opens
    with the years it looks back over opens a feature however close it is, and whatever
    follows it."""
    from summarizer.facts.facts import feature_openings

    articles = np.array([0, 0, 1, 1])
    ledes = np.array([True, False, True, False])
    texts = ["The Harbour Authority fined the port's owner 4 million crowns over a chemical "
             "leak, the authority said.",
             "Its inspectors found the leak in March.",
             "Ella Brand has sold fish on the quay at Norhavn since she was sixteen.",
             "On Tuesday the Harbour Authority fined the port's owner over the leak that "
             "closed her stall."]

    def cosines(first: float, second: float) -> sparse.csr_matrix:
        cells = {(2, 0): first, (3, 0): second}
        rows, cols = zip(*cells, strict=True)
        S = sparse.csr_matrix((list(cells.values()), (rows, cols)), shape=(4, 4))
        return S.maximum(S.T).tocsr()

    def features(these: list[str], first: float = 0.1, second: float = 0.4) -> list[int]:
        return feature_openings(ledes, cosines(first, second), articles, these,
                                "english").tolist()

    assert features(texts) == [2]
    assert features(texts, first=0.5) == []  # a news lede: closer to the others' ledes
    for peg in ["Yesterday the Harbour Authority fined the port's owner.",
                "Late on Monday, the authority fined the owner."]:
        assert features([*texts[:3], peg]) == [2], peg
    # a first sentence that names its day, or a second that does not open with one
    assert features([*texts[:2], "On Monday Ella Brand sold fish on the quay.", texts[3]]) == []
    assert features([*texts[:3], "The authority fined the owner on Tuesday."]) == []
    # the years it looks back over: a feature, however close
    for opening in ["For thirty years Ella Brand has sold fish on the quay at Norhavn.",
                    "For decades the quay at Norhavn was the town's fish market."]:
        assert features([*texts[:2], opening, texts[3]], first=0.5) == [2], opening
    assert features([*texts[:2], "For three days the quay at Norhavn stayed shut.", texts[3]],
                    first=0.5) == []
    # with a number of two words, and whatever the next sentence opens with: no news lede
    # opens so
    for after in (texts[3], "That quay, it turns out, was built on sand."):
        assert features([*texts[:2], "For twenty-six years she has sold fish on the quay.",
                         after], first=0.5) == [2], after
    for opening in ["For most of the past decade the quay was a place nobody visited.",
                    "For most of its 80 years, the quay has been the town's fish market."]:
        assert features([*texts[:2], opening, texts[3]], first=0.5) == [2], opening


@pytest.mark.parametrize("form", ["%a, %d %b %Y %H:%M:%S GMT", "%B %d, %Y", "%d %B %Y"])
def test_saga_events_are_told_apart_by_dates_in_other_forms(form: str) -> None:
    """An RSS feed's dates (RFC 2822) and dates written out tell the three quakes apart as
    ISO dates do."""
    from datetime import datetime

    req = request(SAGA, 7)
    for article in req["articles"]:
        written = datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
        article["published"] = written.strftime(form)
    response = summarize(req)
    assert [e["date"] for e in response["events"]] == ["2025-02-03", "2025-02-07",
                                                        "2025-02-12"]


def test_a_date_is_read_in_the_forms_newsrooms_write_it() -> None:
    from summarizer.facts.events import day

    for written in ("2026-03-03", "2026-03-03T10:00:00Z", "Tue, 03 Mar 2026 23:30:00 -0500",
                    "March 3, 2026", "3 March 2026", "Mar. 3, 2026", "Sept. 3, 2026"):
        assert day(written) in (date(2026, 3, 3), date(2026, 9, 3)), written
    for unread in ("03/03/2026", "yesterday", "2026-13-45", ""):
        assert day(unread) is None, unread


def test_saga_events_are_told_apart_without_dates() -> None:
    """Without `published`, the three quakes' articles are still three events: their ledes
    name Monday, Friday and Wednesday (the radio's names no day and joins its quake's by its
    words)."""
    undated = request(SAGA, 7)
    for article in undated["articles"]:
        article.pop("published")
    response = summarize(undated)
    assert response["stats"]["events"] == 3
    assert sorted(sorted(e["articles"]) for e in response["events"]) == sorted(
        sorted(members) for members in SAGA_EVENTS.values())


# A derailment told by four outlets, undated: the wire's lede says "late Sunday", the paper's
# "early Monday" (after midnight), the blog's names no day, the broadcaster's the day after
# (Tuesday) with the night it happened. One event, whatever days its ledes name.
DERAILMENT = [
    ("wire", "A freight train carrying grain derailed near the village of Oresund Ford late "
             "Sunday, spilling wagons into the Vell river, the rail operator said.\n\n"
             "Nobody was hurt, and the line between Kessby and Marl will stay closed.\n\n"
             "Engineers were inspecting the bridge over the Vell."),
    ("paper", "Eleven grain wagons left the rails near Oresund Ford early Monday and slid "
              "into the Vell river.\n\nThe rail operator said no one was injured.\n\n"
              "The Kessby to Marl line is closed while engineers inspect the bridge."),
    ("blog", "A grain train came off the tracks at Oresund Ford and tipped wagons into the "
             "Vell.\n\nThe line from Kessby to Marl is shut, and no one was hurt, the "
             "operator says."),
    ("radio", "Engineers said on Tuesday that the bridge at Oresund Ford, where a grain train "
              "derailed on Sunday night, is safe.\n\nThe wagons that fell into the Vell "
              "river are being lifted out.\n\nThe line between Kessby and Marl should reopen "
              "on Wednesday."),
]


def test_one_event_told_on_days_one_apart_or_with_its_own_day_is_one_event() -> None:
    """Ledes that name the day an event happened and the next (across midnight), or a later
    day beside it, do not split it."""
    response = summarize({"articles": [{"id": i, "text": t} for i, t in DERAILMENT],
                          "length": {"sentences": 4}})
    assert response["stats"]["events"] == 1


# A boil-water notice, undated: the wire's lede names the day the health office spoke
# (Wednesday), the utility's release the day its notice was issued (Monday). One event.
NOTICE = [
    ("wire", "About 42,000 households in Tarrow have been told to boil their tap water after "
             "bacteria were found in the supply, the regional health office said on "
             "Wednesday.\n\nA pump at the Ashby treatment works failed during a storm, the "
             "utility said.\n\nBottled water is handed out at the town hall."),
    ("release", "Tarrow Water continues to work around the clock to restore safe supplies "
                "after the boil-water notice issued on Monday.\n\nA pump at our Ashby "
                "treatment works failed during the storm.\n\nBottled water is available at "
                "the town hall."),
    ("radio", "People in Tarrow must boil their tap water after bacteria were found in the "
              "supply.\n\nThe health office says a pump failed at the Ashby works."),
]


def test_the_day_a_report_was_given_does_not_split_an_event() -> None:
    """A lede's "said on Wednesday" is when the report was given, not when its event
    happened: it does not set the wire apart from a release that names the notice's day."""
    response = summarize({"articles": [{"id": i, "text": t} for i, t in NOTICE],
                          "length": {"sentences": 3}})
    assert response["stats"]["events"] == 1


@pytest.mark.parametrize("sentences", [5, 7])
def test_saga_brief_covers_several_events(sentences: int) -> None:
    """A brief of a story of three quakes holds facts of at least two of them."""
    events = {event_of(label) for label in brief_labels(SAGA, _response("saga", sentences))}
    assert len(events & set(SAGA_EVENTS)) >= 2, f"events in the brief: {events}"


# -------------------------------------------------------------------------- verdict ----

@pytest.mark.parametrize("sentences", [3, 5, 7])
def test_verdict_brief_states_the_sentence_the_ledes_agree_on(sentences: int) -> None:
    """Four of five outlets open with the sentence (nine years in prison for fraud); the fifth
    states it in six words, then the verdict alone in the other ledes' words. The brief states
    the sentence, once: a wording of the ledes' fact that leaves out what they agree on is no
    clearer statement of it."""
    labels = brief_labels(VERDICT, _response("verdict", sentences))
    assert labels.count(VERDICT_MAIN) == 1, labels
    item = _the_item("verdict", sentences, VERDICT_MAIN)
    assert item["support"] == 5, item["sources"]


# ---------------------------------------------------------------------------- tolls ----

def test_tolls_toll_is_stated_once() -> None:
    """Four outlets give three different death tolls for one ferry capsizing: the brief states
    the toll in one sentence."""
    labels = brief_labels(TOLLS, _response("tolls", 7))
    assert labels.count(TOLL) == 1, labels


def test_tolls_brief_gives_the_figure_of_most_independent_sources() -> None:
    """The toll the brief states is 156, which two independent outlets give (one gives 164,
    one 180)."""
    item = _the_item("tolls", 7, TOLL)
    assert TOLL_FIGURE in item["text"]
    assert not any(figure in item["text"] for figure in TOLL_OTHERS.values())


# A bus crash in four outlets' words: three ledes give the toll; the blog's long lede tells
# the crash without it, in words it shares with a body sentence (the route, the bend), and
# covers more of the set's words than any of them.
BUS = {
    "wire": "A bus carrying pilgrims plunged into a gorge near Tarvel on Monday, killing 14 "
            "people, police said.\n\nThe bus was travelling from Orsk to the shrine at Mount "
            "Hadra when it left the road on a sharp bend.\n\nRescuers worked through the night "
            "to reach the wreck, police spokesman Anton Vell said.",
    "daily": "Fourteen pilgrims died when their bus left a mountain road and fell into a gorge "
             "near Tarvel on Monday.\n\nThe driver survived and was arrested, police said.\n\n"
             "The road to Mount Hadra is notorious for its sharp bends.",
    "tv": "At least 14 people were killed after a bus fell into a gorge near Tarvel.\n\n"
          "Rescuers worked through the night to reach the wreck at the bottom of the gorge."
          "\n\nThe driver was arrested.",
    "blog": "On Monday evening, on the winding mountain road from Orsk to the shrine at Mount "
            "Hadra near Tarvel, a bus full of pilgrims left the road on a sharp bend and "
            "plunged into a deep gorge.\n\nRescuers worked through the night.\n\nThe driver "
            "was arrested by police.",
}
# A fifth outlet whose lede is one fact with the others' and tells it without the toll too
BUS_FOREIGN = ("In the evening of Monday, near the town Tarvel, a bus of the company Orsk Lines "
               "with pilgrims going to the shrine at Mount Hadra fell from the road into a "
               "gorge.\n\nThe governor of the province declared a day of mourning.\n\nThe "
               "driver of the bus was arrested by the police.")


@pytest.mark.parametrize("texts", [BUS, {**BUS, "foreign": BUS_FOREIGN}],
                         ids=["four outlets", "a fifth without the toll"])
def test_a_brief_opens_with_the_event_most_ledes_state_and_its_toll(
        texts: dict[str, str]) -> None:
    """The brief's first sentence states the crash with its toll, which three ledes give: not
    a lede that covers more words but tells the crash without the toll, nor (when that lede
    is another cluster than the three, linked to them) no crash at all."""
    brief = _brief_of(texts, 3)["brief"]
    assert "14" in brief[0]["text"] and "gorge" in brief[0]["text"], brief[0]
    assert sum("gorge" in item["text"] and "Rescuers" not in item["text"]
               for item in brief) == 1, [item["text"] for item in brief]


# A flood in four outlets' words: three open with it, and all four report, each in its own
# words, that the dam's gates were opened. The local paper opens on the shelter, in words of
# its own, and states the flood further down; the radio's last sentence mentions the shelter.
FLOOD = {
    "wire": "Floods swept through the river town of Marrow on Tuesday, killing six people and "
            "forcing 2,000 from their homes, officials said.\n\nThe Velka river burst its banks "
            "after three days of heavy rain.\n\nEngineers opened the gates of the Hollin dam on "
            "Monday night to stop it from failing, the water authority said.\n\nThe army sent "
            "boats to reach villages cut off by the water.",
    "daily": "Six people died and about 2,000 were driven from their homes when the Velka river "
             "flooded Marrow on Tuesday.\n\nThe water authority had opened the Hollin dam's "
             "gates late on Monday, fearing the dam would fail.\n\nShops along the river front "
             "were under a metre of water.",
    "radio": "Flooding killed six people in Marrow on Tuesday after days of heavy rain.\n\n"
             "The gates of the Hollin dam were opened on Monday night because engineers feared "
             "it would fail, according to the water authority.\n\nSchools in the town will "
             "stay closed this week, and the school gym is open to families who lost their "
             "homes.",
    "local": "Families who fled the rising water in Marrow queued for blankets and hot soup in "
             "a school gym on Wednesday.\n\nVolunteers said the gym could hold 300 families."
             "\n\nSix people died and 2,000 had to leave their homes when the Velka river "
             "flooded the town on Tuesday, the mayor said.\n\nThe water authority said it had "
             "opened the gates of the Hollin dam on Monday night.",
}


def test_a_lede_on_an_angle_of_the_event_comes_after_what_every_outlet_reports() -> None:
    """A brief of two sentences states the flood, then the dam's gates, which all four outlets
    report: not the shelter the local paper opens with, which one other outlet mentions."""
    brief = _brief_of(FLOOD, 2)["brief"]
    texts = [item["text"] for item in brief]
    assert len(texts) == 2 and "six" in texts[0].lower(), texts
    assert "Hollin dam" in texts[1] and not any("gym" in text for text in texts), texts
    assert sorted(brief[1]["sources"]) == sorted(FLOOD), brief[1]


# An earthquake in four outlets' words: two open with its two magnitudes, which all four
# give; the wire and the broadcaster open with the dead, 19 and 34, which a third outlet gives
# further down.
QUAKE = {
    "monitor": "The earthquake that hit the Selvor valley on Saturday measured 6.9, the national "
               "seismic institute said, while a European monitoring centre put it at 7.2.\n\n"
               "Rescue teams from two neighbouring countries reached the valley by the evening "
               "to search the rubble of collapsed houses.\n\n"
               "Officials said 19 people were killed.\n\n"
               "Schools across the province will stay closed on Monday.",
    "science": "The Selvor earthquake was shallow, and its two magnitudes, 6.9 from the national "
               "institute and 7.2 from the European centre, explain the damage.\n\n"
               "Old stone houses in the valley were not built to withstand shaking.\n\n"
               "Foreign rescue teams with sniffer dogs arrived on Saturday evening to search "
               "the rubble of collapsed houses.",
    "wire": "An earthquake killed at least 19 people in the Selvor valley before dawn on "
            "Saturday, officials said.\n\nThe national seismic institute measured it at 6.9, and "
            "a European centre at 7.2.\n\nRescuers from two neighbouring countries joined the "
            "search of collapsed houses in the evening.\n\nAll schools in the province will be "
            "closed on Monday.",
    "tv": "At least 34 people have been killed after a powerful earthquake struck the Selvor "
          "valley, officials say.\n\nIts magnitude was 6.9, according to the national "
          "institute.\n\nTeams from abroad arrived on Saturday evening to search the rubble of "
          "collapsed houses.\n\nThe province's schools stay shut on Monday.",
}


def test_a_lede_that_gives_the_toll_the_opening_leaves_out_is_no_angle() -> None:
    """A brief of two sentences of the earthquake gives its dead: the ledes that give a toll
    tell the event's news, though the brief opens with the magnitudes that more ledes give."""
    texts = [item["text"] for item in _brief_of(QUAKE, 2)["brief"]]
    assert any("killed" in text and ("19" in text or "34" in text) for text in texts), texts
    assert any("6.9" in text for text in texts), texts


# A landslide in four outlets' words: the wire's first report, long and rich, leaves seven
# people missing, and a blog reposts it word for word; a day later the paper and the radio
# open with the outcome, five dead and two rescued alive.
LANDSLIDE = {
    "wire": "A landslide triggered by three days of torrential rain buried eleven houses in the "
            "hill village of Pelwick in Darrow province before dawn on Monday, leaving seven "
            "people missing, provincial disaster officials said.\n\nRescuers and volunteers "
            "dug through the mud by hand.\n\nAbout 40 families were moved to the village "
            "school.",
    "blog": "A landslide triggered by three days of torrential rain buried eleven houses in the "
            "hill village of Pelwick in Darrow province before dawn on Monday, leaving seven "
            "people missing, provincial disaster officials said.\n\nThe village school took in "
            "about 40 families.",
    "paper": "Five people died and two were rescued alive after a landslide buried eleven houses "
             "in Pelwick, officials said on Tuesday.\n\nThe search ended on Tuesday afternoon "
             "when the last body was recovered.\n\nThe province will review homes on "
             "unstable slopes.",
    "radio": "Rescuers in Pelwick recovered the last of five bodies on Tuesday, ending a search "
             "in which two villagers were pulled out alive.\n\nThe landslide buried eleven "
             "houses after three days of rain.\n\nThe governor promised help to rebuild.",
}


def test_a_brief_opens_with_the_outcome_the_first_report_leaves_open() -> None:
    """Of the ledes of one fact, one that gives the dead and the rescued opens the brief
    before one whose only count is of the missing, though that first report's lede covers more
    words and a repost shares its every word: it tells what the landslide did."""
    opening = _brief_of(LANDSLIDE, 3)["brief"][0]["text"]
    assert "Five people died" in opening, opening


@pytest.mark.parametrize(("text", "tells"), [
    ("Five people died and two were rescued alive after the landslide.", 2),
    ("All 12 miners were rescued after 40 hours underground.", 2),
    ("Two passengers were injured when the train left the tracks.", 2),
    ("More than 350 people were evacuated into lifeboats after fire broke out.", 1),
    ("About 340 homes were evacuated after the river burst its banks.", 1),
    ("A landslide buried eleven houses on Monday, leaving seven people missing.", 0),
    ("The landslide buried eleven houses on Monday.", 0),
])
def test_a_sentence_that_counts_the_dead_injured_or_rescued_tells_the_outcome(
        text: str, tells: int) -> None:
    """A count of the dead, the injured or the rescued tells most of what the event did to
    people, one of the evacuated less; the missing and the houses buried tell neither."""
    from summarizer.facts.specifics import figures, tells_outcome

    assert tells_outcome(figures(text, "english")) == tells


def test_a_lede_that_counts_the_evacuated_opens_before_a_next_days_analysis() -> None:
    """Where no two ledes state one fact, the wire's "More than 350 people were evacuated …"
    opens the brief before a trade paper's next-day lede of what the fire means for
    regulators, which covers more of the story's words."""
    response = summarize({"articles": [
        {"id": "wire", "published": "2025-11-08T19:05:00+00:00",
         "text": "More than 350 people were evacuated into lifeboats on Saturday after fire "
                 "broke out on the car deck of the ferry Isle of Carrow, the coastguard said."
                 "\n\nThe ferry was 14 nautical miles off Kellhaven when the crew raised the "
                 "alarm.\n\nNorthsound Ferries said 312 passengers and 46 crew were on board."},
        {"id": "trade", "published": "2025-11-09T12:40:00+00:00",
         "text": "The fire aboard Northsound Ferries' Isle of Carrow on Saturday is likely to "
                 "put fire detection on open car decks back at the top of the agenda for "
                 "regulators and insurers, as the operator and a seafarers' union gave sharply "
                 "different accounts of the ship's drencher system.\n\nNorthsound says the "
                 "drencher system on the car deck worked as designed.\n\nThe union says crew "
                 "had reported faults in the drencher system twice this year."}],
        "length": {"sentences": 3}})
    assert response["brief"][0]["article"] == "wire"


# A court's ruling in three outlets' words: the wire's lede, a legal blog's, and a campaign
# group's press release that opens with its welcome of the ruling.
RULING = {
    "wire": "The Supreme Court of Lisvania on Tuesday struck down a law that let police read "
            "private messages without a warrant, ruling by five votes to four.\n\nThe "
            "interior minister said the government would redraft the law.",
    "blog": "Yesterday the Supreme Court handed down its judgment, striking down the law that "
            "let police read private messages without a warrant.\n\nThe majority said the "
            "power answered to no judge.\n\nThe minister will redraft the law.",
    "release": "Open Rights Lisvania (ORL) welcomes today's judgment of the Supreme Court, which "
               "has struck down the law that let police read private messages without a "
               "warrant.\n\nThe group brought the case in 2025.",
}


def test_a_press_release_s_welcome_of_the_news_is_no_wording_of_it() -> None:
    """The press release's first sentence states the ruling as what it welcomes: the brief
    states the ruling in a report's words, the release among its sources."""
    first = _brief_of(RULING, 2)["brief"][0]
    assert "welcomes" not in first["text"] and "Supreme Court" in first["text"], first["text"]
    assert "release" in first["sources"], first


def test_tolls_other_figures_are_disagreements() -> None:
    """The toll's brief item lists as disagreements the articles that give other figures, each
    with its verbatim toll sentence and its figure. (Whether the toll is stated once is
    test_tolls_toll_is_stated_once's business: here the toll sentence giving 156 is read.)"""
    items = _items("tolls", 7, TOLL)
    assert items, "no toll in the brief"
    item = next((i for i in items if TOLL_FIGURE in i["text"]), items[0])
    disagreements = item.get("disagreements") or []
    by_article = {d["article"]: d for d in disagreements}
    for article_id, figure in TOLL_OTHERS.items():
        assert article_id in by_article, f"no disagreement from {article_id} ({figure})"
        d = by_article[article_id]
        assert isinstance(d["index"], int)
        assert item_label(TOLLS, d) == TOLL, d["text"]
        assert figure in d["figures"], d
    for d in disagreements:
        assert TOLL_FIGURE not in d["figures"], d


def test_a_toll_whose_count_opens_its_clause_is_a_disagreement_of_the_lede() -> None:
    """"The death toll from the Vestfjell landslide has risen to 14" names its count six words
    before its figure: it is one count with the lede's "killing at least 12 people", among the
    lede's evidence and its disagreements."""
    texts = {
        "wire": "A landslide buried a dozen homes in the village of Vestfjell early on Tuesday, "
                "killing at least 12 people, police said.\nRescuers pulled four survivors from "
                "the mud overnight.\nDays of heavy rain had soaked the slope above the village.",
        "herald": "At least 12 people died when a wall of mud swept through Vestfjell before "
                  "dawn on Tuesday, police said.\nThe slope above the village had been soaked by "
                  "days of torrential rain.",
        "live": "The death toll from the Vestfjell landslide has risen to 14, police say.\n"
                "Army helicopters have landed near the village, carrying engineers and dogs.\n"
                "At least 12 people have been killed after a landslide hit the village of "
                "Vestfjell early on Tuesday, police say.",
    }
    response = summarize({"articles": [{"id": k, "text": v} for k, v in texts.items()],
                          "length": {"sentences": 3}})
    item = next(i for i in response["brief"] if "killing at least 12" in i["text"]
                or "At least 12 people died" in i["text"])
    assert "live" in item["sources"]
    assert [d["figures"] for d in item.get("disagreements", [])] == [["14"]]


def test_a_sentence_that_calls_a_figure_wrong_is_no_disagreement() -> None:
    """A broadcaster's early toll of three is a disagreement with the two dead the others
    give; a wire's sentence that says the report of three was incorrect is not, and does not
    count for the three."""
    response = _brief_of({
        "ap": "Two people were killed and four others wounded Friday night when a gunman opened "
              "fire inside a shopping mall in Ridgeview, police said.\n\nA 19-year-old man was "
              "taken into custody.",
        "local": "Two people died and four were hurt after a gunman opened fire at Ridgeview "
                 "Mall on Friday evening.\n\nPolice said a suspect, 19, was arrested inside the "
                 "mall.",
        "tv": "Three people have died in a shooting at Ridgeview Mall, a city official said."
              "\n\nSeveral others were wounded.",
        "wire": "A gunman killed two people and wounded four at a shopping mall in Ridgeview on "
                "Friday night before police arrested him.\n\nAn earlier report by a local "
                "television station that three people had died was incorrect, a city spokesman "
                "said.",
    }, 3)
    toll = response["brief"][0]
    assert "wo people" in toll["text"], toll  # the toll of three sources
    assert [d["article"] for d in toll.get("disagreements", [])] == ["tv"], toll


def test_a_time_of_day_with_a_point_is_no_figure() -> None:
    from summarizer.facts.specifics import figures

    assert figures("The plane crossed a storm at about 23.00 local time (02.14 GMT).",
                   "english") == []
    assert figures("The body of the last missing person had been found at 17.25 o'clock.",
                   "english") == []
    assert [f.value for f in figures("Prices grew 0.50 percent in May.", "english")] == ["0.5"]


def test_an_age_set_off_by_commas_after_a_name_counts_no_people() -> None:
    """"Rory Dunmore, 29, died": news gives a person's age between commas after the name, or
    after what the person is ("The lorry driver, 51,"), or, in English, after "aged" or a person
    "of" it; it is a figure in years (another report may give the same age, or another) that
    counts no dead, though a toll's words stand around it. A figure with no comma after it, or
    none before it, still counts them."""
    from summarizer.facts.specifics import figures, gives_toll

    for text, ages in [
            ("Volunteer firefighter Rory Dunmore, 29, died when the flames reached his crew.",
             ["29"]),
            ("The fire service confirmed that the missing firefighter, Rory Dunmore, 29, had "
             "died.", ["29"]),
            ("Smith, 45, and Jones, 52, were killed in the crash.", ["45", "52"]),
            ("The Dorrin engineer Paul Ashby (52) died at the scene.", ["52"]),
            ("Grandmother Edna Pike (88) and her son Carl (61) were killed.", ["88", "61"]),
            ("The van driver, 58, was arrested on suspicion of causing death by careless "
             "driving.", ["58"]),
            ("A man of 73, walking his dog on the towpath, was found dead.", ["73"]),
            ("Police said a cyclist aged 19 had died in hospital.", ["19"])]:
        found = figures(text, "english")
        assert [f.value for f in found] == ages and not gives_toll(found), text
        assert {f.unit for f in found} == {"yr"} and all(f.age for f in found), text
    for text in ["In Texas, 29 people died in the storm.", "The toll rose to 29, officials said.",
                 "The quake (29 dead) hit at night.", "Smith, 29 people died here (29).",
                 "The blast killed 29 men, 2 women and a child."]:
        found = figures(text, "english")
        assert [f.value for f in found][:1] == ["29"] and gives_toll(found), text
        assert not any(f.age for f in found), text


@pytest.mark.parametrize(("text", "language", "ages", "others"), [
    ("El bombero, de 43 años, murió cuando el fuego rodeó a sus 12 compañeros.", "spanish",
     ["43"], ["12"]),
    ("El vecino murió a los 87 años y otras 3 personas resultaron heridas.", "spanish", ["87"],
     ["3"]),
    ("Giuseppe e Anna Ferrero, 84 e 81 anni, sono morti tra 800 sfollati.", "italian",
     ["84", "81"], ["800"]),
    ("O motorista, de 52 anos, morreu no local com 4 passageiros.", "portuguese", ["52"], ["4"]),
    ("L'ancien maire, âgé de 61 ans, a détourné 480 000 euros.", "french", ["61"], ["480000"]),
    ("Der Pilot starb im Alter von 58 Jahren, 3 Menschen wurden verletzt.", "german", ["58"],
     ["3"]),
    ("Mannen, 64 år, omkom när 120 000 hushåll var utan ström.", "swedish", ["64"], ["120000"]),
    # or in a clause that says who was that old
    ("Mannen, som var 64 år, dog när 120 000 hushåll var utan ström.", "swedish", ["64"],
     ["120000"]),
    ("Der Fahrer, der 64 Jahre alt war, starb, 3 Menschen wurden verletzt.", "german", ["64"],
     ["3"]),
    ("El conductor, que tenía 64 años, murió y 3 personas resultaron heridas.", "spanish",
     ["64"], ["3"]),
    ("The driver, who was 64, died and 3 passengers were injured.", "english", ["64"], ["3"]),
    # or after a word for a person, as English "a boy of 12"
    ("Un garçon de 12 ans est mort et 17 personnes ont été blessées.", "french", ["12"],
     ["17"]),
    ("Un niño de 12 años murió y 17 personas resultaron heridas.", "spanish", ["12"], ["17"]),
    ("Un bambino di 12 anni è morto e 17 persone sono rimaste ferite.", "italian", ["12"],
     ["17"]),
    ("Um menino de 12 anos morreu e 17 pessoas ficaram feridas.", "portuguese", ["12"],
     ["17"]),
    # a patient, a victim, a driver of so many years
    ("Morreu o doente de 79 anos e 3 pessoas ficaram feridas.", "portuguese", ["79"], ["3"]),
    ("Murió el paciente de 79 años y 3 personas resultaron heridas.", "spanish", ["79"],
     ["3"]),
    ("È morta la vittima di 79 anni e 3 persone sono rimaste ferite.", "italian", ["79"],
     ["3"]),
    ("La victime de 79 ans est morte et 3 personnes ont été blessées.", "french", ["79"],
     ["3"]),
    # "only" before the age
    ("Os bombeiros salvaram a pequena Beatriz, de apenas 6 anos, e 4 vizinhos.",
     "portuguese", ["6"], ["4"]),
    ("Murió la pequeña Lucía, de solo 6 años, y 17 personas resultaron heridas.", "spanish",
     ["6"], ["17"]),
    # or before the words for "old", whatever comes before it
    ("Die Retter fanden die Leiche eines 29 Jahre alten Mannes, 3 wurden verletzt.", "german",
     ["29"], ["3"]),
    ("Der Tote: ein erst 29 Jahre alter Niederländer, 3 wurden verletzt.", "german", ["29"],
     ["3"]),
    ("En man, 64 år gammal, dog när 120 000 hushåll var utan ström.", "swedish", ["64"],
     ["120000"]),
    ("Murió un vecino de 87 años de edad y 3 personas resultaron heridas.", "spanish", ["87"],
     ["3"]),
    # a prison term, a span of years: no age
    ("Fue condenado a una pena de 3 años por desviar 480.000 euros.", "spanish", [],
     ["3", "480000"]),
    ("Il a été condamné à 3 ans de prison, dont 2 avec sursis.", "french", [], ["3", "2"]),
])
def test_an_age_in_years_in_other_languages_is_no_figure_of_the_event(
        text: str, language: str, ages: list[str], others: list[str]) -> None:
    """Other languages give an age with its years ("de 43 años", "84 e 81 anni"), after a
    comma that follows the person or after "aged" ("âgé de 61 ans"): a figure in years that
    three reports may give alike without giving the event's figures."""
    from summarizer.facts.specifics import figures

    found = figures(text, language)
    assert [f.value for f in found if f.age] == ages
    assert [f.value for f in found if not f.age] == others


def _outvoted(texts: list[str], hours: list[float]) -> list[bool]:
    """facts.outvoted for each of one event's sentences, each from a report of its own."""
    from summarizer.facts.facts import outvoted
    from summarizer.facts.specifics import figures

    found = [figures(text, "english") for text in texts]
    n = len(texts)
    return [outvoted(row, np.zeros(n, dtype=np.int64), np.arange(n), found, np.array(hours))
            for row in range(n)]


def test_a_figure_later_reports_give_otherwise_is_outvoted() -> None:
    """A wire's early "about 280 schools" against three later reports' 300: the wire is
    outvoted; the later reports are not, by it nor by one another."""
    texts = ["Record cold closed about 280 schools across Brackenridge on Tuesday.",
             "Some 300 schools were closed on Tuesday as the cold set a record.",
             "The schools authority said 300 schools closed because of frozen pipes.",
             "In all, 300 schools shut their doors as the temperature fell to a record low."]
    assert _outvoted(texts, [14.0, 17.0, 19.0, 30.0]) == [True, False, False, False]


def test_an_earlier_report_outvotes_no_figure() -> None:
    """A toll grows over a day: the latest report's 41 dead is no minority against the first
    reports' 23; their 23, given before it, is."""
    texts = ["An earthquake killed 23 people in the Varna valley on Monday, officials said.",
             "The quake killed 23 people in the valley, the regional governor said.",
             "At least 23 people died when the quake hit the valley towns.",
             "The toll from the quake in the Varna valley has risen to 41 people killed."]
    assert _outvoted(texts, [6.0, 7.0, 8.0, 20.0]) == [False, False, False, False]
    # without its time, the last report is placed before none: the three outvote its 41, and
    # its one report outvotes none of theirs
    assert _outvoted(texts, [6.0, 7.0, 8.0, float("nan")]) == [False, False, False, True]


def test_a_report_that_gives_both_figures_votes_for_neither() -> None:
    """Reports that give the civil protection's 8,214 evacuated and a mayor's "more than
    10,000" set two sources side by side: the wire's "about 8,200" is not outvoted."""
    texts = ["The eruption forced about 8,200 people to leave their homes on Tuesday.",
             "Some 8,214 people were evacuated, but the mayor said more than 10,000 people "
             "had left their homes.",
             "Civil protection said 8,214 people left their homes; the mayor put it at more "
             "than 10,000 people.",
             "More than 10,000 people left their homes, the mayor said, against 8,214 in the "
             "civil protection's count."]
    assert _outvoted(texts, [11.0, 14.0, 18.0, 19.0])[0] is False


def test_a_brief_opens_with_the_figure_later_reports_give() -> None:
    """Of two ledes that state the event and give figures other reports give, the one whose
    count later reports give otherwise opens after the one they agree with."""
    articles = [
        {"id": "wire", "published": "2026-01-20T14:02:00Z",
         "text": "Temperatures in Brackenridge plunged to a record minus 24 Celsius on Tuesday, "
                 "forcing about 280 schools to close and pushing power demand to a high, as "
                 "officials blamed two deaths on the cold.\n\n"
                 "The schools authority said around 280 schools were shut by frozen pipes.\n\n"
                 "The weather service said the warning runs until Thursday."},
        {"id": "tv", "published": "2026-01-20T19:20:00Z",
         "text": "Two people have died and 300 schools were closed in Brackenridge.\n\n"
                 "Temperatures plunged to a record minus 24 Celsius on Tuesday and power demand "
                 "hit a high, officials said.\n\n"
                 "The mayor opened twelve warming centres across the city."},
        {"id": "live", "published": "2026-01-20T17:45:00Z",
         "text": "The total closed today in Brackenridge is 300 schools, the authority says.\n\n"
                 "Police confirm two people have died in the cold, with a record minus 24 "
                 "Celsius at the airport pushing power demand to a high.\n\n"
                 "Buses are running late across the city."},
        {"id": "tab", "published": "2026-01-21T06:15:00Z",
         "text": "Brackenridge froze at a record minus 24 Celsius as the cold claimed two lives "
                 "and 300 schools slammed shut.\n\n"
                 "Pensioners queued for blankets at the town hall.\n\n"
                 "Forecasters said it would stay cold until the weekend."},
    ]
    response = summarize({"articles": articles, "length": {"sentences": 3}})
    assert "300 schools" in response["brief"][0]["text"], response["brief"][0]


@pytest.mark.parametrize(("text", "language", "counted"), [
    ("Die Gewerkschaft hat für Mittwoch, den 11. März, zum Streik aufgerufen: 600 Flüge fallen "
     "aus.", "german", ["600"]),
    ("El incendio del 12 de agosto ha quemado 4.200 hectáreas.", "spanish", ["4200"]),
    ("Il 20 ottobre 800 persone sono state evacuate.", "italian", ["800"]),
    ("Le 1er mai, 300 manifestants ont défilé.", "french", ["300"]),
    ("No dia 10 de março, 3 mil passageiros ficaram sem metrô.", "portuguese", ["3000"]),
    ("Den 5 maj evakuerades 120 personer.", "swedish", ["120"]),
    ("On Dec. 29 and on 3 September, 40 people were hurt.", "english", ["40"]),
    # a day after its weekday's name, before another date, a part of the day or nothing
    ("Dans la nuit de jeudi 3 à vendredi 4 décembre, 300 mm sont tombés.", "french", ["300"]),
    ("Vendredi 4 au matin, 1 500 personnes avaient été évacuées.", "french", ["1500"]),
    ("The storm hit on Friday 4, and 40 people were hurt.", "english", ["40"]),
    ("Tra lunedì 7 e martedì 8, 800 persone sono state evacuate.", "italian", ["800"]),
    # the first day of a span before its month
    ("Dans la nuit du 2 au 3 décembre, les rafales ont atteint 160 km/h.", "french", ["160"]),
    ("Strikes are planned from 2 to 4 March, with 40 flights cut.", "english", ["40"]),
    ("The festival runs 2-3 December and drew 40 bands.", "english", ["40"]),
    # but a count right after the day's name counts
    ("On Tuesday 40 people were hurt.", "english", ["40"]),
    ("Mardi, 12 personnes ont été blessées.", "french", ["12"]),
    ("El martes 25 personas resultaron heridas.", "spanish", ["25"]),
    # words that begin as a month does, and "may" the verb
    ("12 mayors and 40 marines met on Tuesday.", "english", ["12", "40"]),
    ("Officials said 12 may have died.", "english", ["12"]),
])
def test_a_day_of_the_month_is_no_figure_in_the_languages_read(text: str, language: str,
                                                               counted: list[str]) -> None:
    """A day beside its month's name, in each language read ("12 de agosto", "11. März"), is
    a date: a wire and a press release that both give the strike's day agree on no figure of
    it."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, language)] == counted


def test_a_persons_age_is_no_figure_the_reports_agree_on() -> None:
    """figure_support counts the reports of a fact that give one of its sentence's figures: a
    sentence that gives only a person's age, which three reports give, gives none of the
    event's figures; the toll two reports give is one."""
    from summarizer.facts.facts import figure_support
    from summarizer.facts.specifics import figures

    texts = ["The Dorrin engineer Paul Ashby (52) is safe.",
             "Paul Ashby, 52, and Mary Kell, 33, were freed after 90 days.",
             "Engineer Paul Ashby, 52, was freed with nurse Mary Kell after 90 days in captivity.",
             "Ashby, 52, was held for 90 days."]
    found = [figures(text, "english") for text in texts]
    support = figure_support(np.zeros(4, dtype=np.int64), found, np.arange(4))
    assert support.tolist() == [0, 3, 3, 3]


def test_a_fact_stated_twice_is_one_fact_whose_figures_both_reports_give() -> None:
    """A lede that gives everyone aboard and a body sentence that gives them in parts, found
    stated twice in a brief (figures_twice), are one fact: the lede's "186" is then given by
    two reports, a figure reports agree on as the feature's "180 passengers" is, which would
    otherwise win the opening alone as the figure more reports agree on."""
    from summarizer.facts.facts import figure_support, joined
    from summarizer.facts.specifics import figures

    texts = ["A jet with 186 people on board made an emergency landing on Friday.",  # 0: lede
             "Nobody on board, 180 passengers and six crew, 186 people in all, was hurt.",
             "The jet was carrying 180 passengers and six crew members.",  # 2
             "For the 180 passengers of flight AN310, the trip lasted two minutes.",  # 3: lede
             "All 180 passengers and six crew left the plane normally."]
    found = [figures(text, "english") for text in texts]
    clusters = np.array([0, 1, 1, 1, 1])
    assert figure_support(clusters, found, np.arange(5)).tolist() == [1, 4, 4, 4, 4]
    one = joined(clusters, [(0, 2)])
    assert one.tolist() == [0, 0, 0, 0, 0]
    assert figure_support(one, found, np.arange(5)).tolist() == [2, 4, 4, 4, 4]
    assert joined(clusters, []).tolist() == clusters.tolist()


@pytest.mark.parametrize(("text", "toll"), [
    ("A fifth person has died in the listeria outbreak, the institute said.", "5"),
    ("A SIXTH person has died in the killer cheese bug outbreak.", "6"),
    ("Police confirmed an eighth death on Tuesday evening.", "8"),
])
def test_an_ordinal_before_a_person_or_a_death_gives_the_toll_so_far(text: str,
                                                                     toll: str) -> None:
    """"A fifth person has died": the toll is five, as "five people have died" gives it."""
    from summarizer.facts.specifics import figures, gives_toll

    found = figures(text, "english")
    assert [f.value for f in found] == [toll] and gives_toll(found), text


@pytest.mark.parametrize("text", [
    "A second earthquake killed people in the valley.",  # an ordinal of another thing
    "The third day of the strike began quietly.",
    "Dorothy, a retired dinner lady and grandmother of seven, died in hospital.",  # her family
    "The father-of-two was killed when the wall fell.",
    "Listeria was a cause in three of the deaths; in the other two, tests go on.",  # parts
    "The novelist Ilse Marrow has died at the age of 87.",  # her age
    "Ilse Marrow died at 87 on Sunday at her home in Kelmarsh.",
    "The singer died at age 79, his label said.",
])
def test_no_toll_is_read_in_an_ordinal_of_another_thing_a_family_or_the_rest_of_a_group(
        text: str) -> None:
    """A family's size ("grandmother of seven") and an ordinal of something else count no
    dead; the rest of a group ("the other two") is a part of it, as "three of the deaths" is."""
    from summarizer.facts.specifics import figures, gives_toll

    found = figures(text, "english", measured=True)
    assert not gives_toll([f for f in found if not f.part]), (text, found)


@pytest.mark.parametrize(("text", "counted"), [
    # a model's number is part of its name
    ("The Norvik 7 Pro will cost $1,099, $100 more than the Norvik 6 Pro did.", ["1099"]),
    ("Airlines grounded 171 Halden 520 Max jets after the blowout.", ["171"]),
    ("Reviewers praised the iPhone-style Kappa 12 Ultra, which sold 40,000 units.", ["40000"]),
    # ... not a measure's name, nor a name and the count it has
    ("Ian became a Category 4 Hurricane overnight.", ["4"]),
    ("The hall's result was Eberhardt 401, Marchetti 128.", ["401", "128"]),
])
def test_a_number_inside_a_name_is_no_figure(text: str, counted: list[str]) -> None:
    """A number between two capitalised words is a model's name ("the Norvik 7 Pro"): another
    outlet's "$100 more than the Norvik 6 Pro" gives no other figure for its price."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, "english", measured=True)] == counted


@pytest.mark.parametrize(("text", "language", "counted"), [
    # a number after its label names a flight, a road, a gate, a room, a bus
    ("Flight 212 crashed into the bay with 148 people on board.", "english", ["148"]),
    ("The crash closed Interstate 40 and route 9 for 6 hours.", "english", ["6"]),
    ("Bus No. 17 had 23 students on board.", "english", ["23"]),
    ("About 300 passengers waited at Gate 12 of Terminal 2.", "english", ["300"]),
    # a house's number in a street address
    ("Police were called to 410 Calder Street, where 6 people were held.", "english", ["6"]),
    ("Le feu a pris au 12 rue des Lilas et a fait 3 blessés.", "french", ["3"]),
    ("Das Feuer brach in der Lindenstraße 14 aus, 5 Menschen wurden verletzt.", "german",
     ["5"]),
    ("Branden började på Björkvägen 14 och 3 personer fördes till sjukhus.", "swedish", ["3"]),
    ("Ett träd föll över en bil på väg 27 och 2 personer skadades.", "swedish", ["2"]),
    ("Auf Gleis 3 wurden 2 Menschen verletzt.", "german", ["2"]),
    ("L'incendio è partito in via Giuseppe Verdi 12 e ha causato 4 feriti.", "italian", ["4"]),
    ("El fuego empezó en la calle Mayor, 12, y dejó 7 heridos.", "spanish", ["7"]),
    ("O fogo começou na Rua Augusta, 100, e fez 5 feridos.", "portuguese", ["5"]),
    # ... but a count before capitalised words that name no street, and a count after a route
    ("Storms destroyed 40 Main Street shops and 12 homes.", "english", ["40", "12"]),
    ("Police arrested 3 St. Louis men.", "english", ["3"]),
    ("Route 66 saw 40 crashes last year.", "english", ["40"]),
    # a law's section, a treaty's article
    ("The court struck down section 14 of the act, under which 40 phones were read.",
     "english", ["40"]),
    ("Article 22 of the convention was breached when 300 protesters entered.", "english",
     ["300"]),
    # a game's, a round's, a stage's number in a series
    ("She lost in game 10 after 12 games of the final had been drawn.", "english", ["12"]),
    ("Game 3 drew 41,000 fans.", "english", ["41000"]),
    ("He crashed on lap 37 of the 58-lap race with 14 cars still running.", "english", ["14"]),
    ("The climbers' stage 9 finish drew 2,000 riders and fans.", "english", ["2000"]),
    ("Round 2 of the talks ended after 11 hours.", "english", ["11"]),
    ("En la calle hubo 40 heridos.", "spanish", ["40"]),
    ("A Roma 12 persone sono rimaste ferite.", "italian", ["12"]),
    # an emergency service named by its number, after a singular article
    ("Il 118 comunica che i feriti sono 14.", "italian", ["14"]),
    ("Balance provisional del 112: tres muertos y 30 heridos.", "spanish", ["3", "30"]),
    ("I 118 feriti sono stati trasportati in ospedale.", "italian", ["118"]),
    ("Los 112 heridos fueron atendidos en el hospital.", "spanish", ["112"]),
    # a road's or a flight's code in capitals before its number
    ("Auf der B 27 und der A 7 gab es 4 Verletzte.", "german", ["4"]),
    ("Die Talbrücke Hollerbach (A 45) ist seit 14 Tagen gesperrt.", "german", ["14"]),
    ("Sur la RN 7, 3 voitures se sont percutées.", "french", ["3"]),
    ("Sulla SS 16 si sono scontrati 5 camion.", "italian", ["5"]),
    ("No IC 19 e na EN 125 houve 6 feridos.", "portuguese", ["6"]),
    ("El choque en la A 4 dejó 8 heridos.", "spanish", ["8"]),
    ("Trafiken på E 4 stod still i 9 timmar.", "swedish", ["9"]),
    ("The diverted flight LH 400 carried 280 people.", "english", ["280"]),
    # ... not a sentence's first word, a company's legal form, nor a title in capitals
    ("A 12 persone è stato offerto un alloggio.", "italian", ["12"]),
    ("I 40 passeggeri sono salvi.", "italian", ["40"]),
    ("Jetzt will die Bahn AG 2.000 Stellen streichen.", "german", ["2000"]),
    ("VUELCA UN AUTOBÚS: MÁS DE 30 HERIDOS", "spanish", ["30"]),
])
def test_a_number_that_names_a_thing_is_no_figure(text: str, language: str,
                                                  counted: list[str]) -> None:
    """A flight's, a road's or a house's number names it: two reports that give a siege's
    address ("410 Calder Street") agree on no figure of the story."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, language, measured=True)] == counted


@pytest.mark.parametrize(("text", "language", "units"), [
    ("The patients are between 47 and 89 years old.", "english", ["yr", "yr"]),
    ("Os doentes têm entre 47 e 89 anos.", "portuguese", ["yr", "yr"]),
    ("Los heridos tienen entre 6 y 14 años.", "spanish", ["yr", "yr"]),
    ("Die Strecke bleibt zwischen 5 und 9 Tage gesperrt.", "german", ["d", "d"]),
    ("Le trafic sera coupé entre 3 et 5 semaines.", "french", ["wk", "wk"]),
    ("The slick is between 5 and 9 km long.", "english", ["km", "km"]),
    # ... not a count with no unit, nor one that stands before the range
    ("Between 40 and 50 people died.", "english", ["", ""]),
    ("A bordo viajaban 31 menores de entre 6 y 14 años.", "spanish", ["", "yr", "yr"]),
])
def test_a_ranges_first_figure_takes_the_unit_after_its_last(text: str, language: str,
                                                             units: list[str]) -> None:
    """"between 47 and 89 years old": both are ages, though "years" follows the last only;
    an outbreak's "47" is no other count of the 27 patients."""
    from summarizer.facts.specifics import figures

    assert [f.unit for f in figures(text, language, measured=True)] == units


@pytest.mark.parametrize(("text", "language"), [
    ("En el autobús viajaban 31 menores.", "spanish"),
    ("No autocarro viajavam 31 crianças.", "portuguese"),
    ("Nel pullman viaggiavano 31 bambini.", "italian"),
    ("Dans le car voyageaient 31 enfants.", "french"),
    ("I bussen färdades 31 barn.", "swedish"),
])
def test_those_travelling_in_a_vehicle_are_aboard(text: str, language: str) -> None:
    """"En el vehículo viajaban 31 menores" counts those aboard, as "a bordo" does: no other
    figure for the 26 minors treated in hospital."""
    from summarizer.facts.specifics import figures

    assert [sorted(f.context & {"#aboard"}) for f in figures(text, language)] == [["#aboard"]]


@pytest.mark.parametrize(("text", "displaced"), [
    ("The flood forced about 4,500 people from their homes, the council said.", ["4,500"]),
    ("Police estimate about 6,000 people are now out of their homes.", ["6,000"]),
    ("The fire destroyed 37 homes and forced 6,000 people to leave their homes.", ["6,000"]),
    ("Terrified families fled their homes as three people died in the blaze.", []),
    ("The storm destroyed 40 homes along the coast.", []),
    ("The Red Cross puts the number who have left their homes higher, at 18,500.", ["18,500"]),
    # forced out of the places they live in
    ("The eruption forced about 8,200 people to leave towns on its slopes.", ["8,200"]),
    ("The mayor said more than 10,000 people had left the town overnight.", ["10,000"]),
    ("The flood cut off 12 villages in the valley.", []),
])
def test_people_forced_from_their_homes_are_a_count_of_the_displaced(
        text: str, displaced: list[str]) -> None:
    """A figure before "from their homes", "out of their homes", "to leave their homes", with
    no other figure between, counts the displaced as one beside "evacuated" does: the lede's
    "forced about 4,500 people from their homes" and "4,500 people had been evacuated" are one
    count, and the mayor's "nearly 6,000" another figure for it; so is a figure after them that
    names no count of its own ("at 18,500"), and people made to leave towns or the town. Not
    the homes destroyed, nor a toll, nor villages cut off."""
    from summarizer.facts.specifics import figures

    assert [f.text for f in figures(text, "english") if "#displaced" in f.context] == displaced


@pytest.mark.parametrize(("text", "injured"), [
    ("Some 640 pupils were evacuated, and 23 children were taken to hospital suffering from "
     "nausea, emergency services said.", ["23"]),
    ("THIRTY-ONE children have been rushed to hospital after a drill hit a gas pipe.",
     ["THIRTY-ONE"]),
    ("Four climbers were airlifted to Carnmore Royal Infirmary hospital on Sunday.", ["Four"]),
    ("Six pupils were admitted to hospital overnight, the school said.", ["Six"]),
    # moved between hospitals, or a hospital's staff and beds: no one hurt
    ("The 40 patients were transferred to another hospital as a precaution.", []),
    ("The hospital's 1,200 staff were told to stay at home on Monday.", []),
    ("Two ambulances took 3 people to hospital after 12 homes were flooded.", []),
])
def test_people_taken_to_hospital_are_injured(text: str, injured: list[str]) -> None:
    """A figure whose stretch of the sentence says its people were taken, rushed or admitted
    to hospital counts the injured, as "hospitalised" does; the 12 homes beside the 3 people do
    not (no figure of its own stands between a phrase and the figure it names)."""
    from summarizer.facts.specifics import figures

    assert [f.text for f in figures(text, "english") if "#injured" in f.context] == injured


@pytest.mark.parametrize(("text", "language", "counts"), [
    ("A man has died and five have been injured after a train hit a tractor.", "english",
     [["#injured"]]),
    ("Une personne est morte et cinq ont été blessées dans la collision.", "french",
     [["#injured"]]),
    ("Eine Person ist gestorben und fünf wurden bei dem Zusammenstoß verletzt.", "german",
     [["#injured"]]),
    ("En person har omkommit och fem har skadats sedan ett tåg kolliderat med en traktor.",
     "swedish", [["#injured"]]),
    # the name before the figure is its own where no "and" stands between them
    ("The quake killed 12 people and injured 40 more in the valley.", "english",
     [["#dead"], ["#injured"]]),
    # and where another figure follows, the words up to it name this one's count
    ("Un enfant a été tué et dix-sept autres personnes ont été blessées, dont quatre "
     "grièvement.", "french", [["#injured"], ["#injured"]]),
    ("A boy was killed and 17 others were injured, four of them seriously.", "english",
     [["#injured"], ["#injured"]]),
])
def test_a_count_named_in_a_clause_before_is_not_the_figures_own(
        text: str, language: str, counts: list[list[str]]) -> None:
    """"A man has died and five have been injured": the five are injured, not dead; the death
    is told in a clause of its own, which "and" closes. Swedish "omkommit", "skadats" are
    counts' names too."""
    from summarizer.facts.specifics import PEOPLE, figures

    assert [sorted(PEOPLE & f.context) for f in figures(text, language)] == counts


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Nearly two dozen pupils were treated in hospital after the leak.", "english", "24"),
    ("About 2 dozen people were hurt when the stand gave way.", "english", "24"),
    ("Zwei Dutzend Menschen wurden bei dem Unfall verletzt.", "german", "24"),
    ("Dos docenas de personas resultaron heridas en el accidente.", "spanish", "24"),
    # the article before the dozen is one
    ("More than a dozen people were hurt when the stand gave way.", "english", "12"),
    ("Une douzaine de personnes ont été blessées dans l'accident.", "french", "12"),
    ("Ein Dutzend Menschen wurde bei dem Unfall verletzt.", "german", "12"),
    ("Una docena de personas resultaron heridas en el accidente.", "spanish", "12"),
])
def test_a_count_in_dozens_is_twelve_times_its_number(text: str, language: str,
                                                      value: str) -> None:
    """"Two dozen" counts 24, not 2: the dozen scales the number as "thousand" does; "a
    dozen" counts 12."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, language)] == [value]


@pytest.mark.parametrize(("text", "language", "counted"), [
    ("Deux morts et un disparu : c'est le bilan des crues.", "french", [("2", "#dead"),
                                                                       ("1", "#missing")]),
    ("Il bilancio è di un morto e otto feriti.", "italian", [("1", "#dead"), ("8", "#injured")]),
    ("Os bombeiros confirmam um morto e seis feridos.", "portuguese",
     [("1", "#dead"), ("6", "#injured")]),
    ("El accidente dejó un muerto y tres heridos.", "spanish", [("1", "#dead"),
                                                              ("3", "#injured")]),
    # a wound, a man: no count
    ("«È una ferita enorme per il nostro territorio», ha detto la sindaca.", "italian", []),
    ("Un homme de 67 ans est mort dans la nuit.", "french", [("67", "")]),
])
def test_the_article_before_one_dead_injured_or_missing_counts_one(
        text: str, language: str, counted: list[tuple[str, str]]) -> None:
    """"Deux morts et un disparu": the one missing is a count of one, which a prefecture's "1
    personne portée disparue" gives too, and which keeps the "disparu" from the two dead."""
    from summarizer.facts.specifics import figures

    found = figures(text, language)
    assert [f.value for f in found] == [value for value, _ in counted]
    assert all(mark in f.context for f, (_, mark) in zip(found, counted, strict=True) if mark)
    assert all("#missing" not in f.context for f in found if f.value == "2")


@pytest.mark.parametrize(("other", "odds"), [
    ("Fourteen people were taken to hospital.", False),
    ("Twenty-two people were taken to hospital.", False),
    ("Twenty-six people were taken to hospital.", True),
    ("Ten people were taken to hospital.", True),
])
def test_more_than_a_dozen_admits_any_count_up_to_the_next_dozen(other: str, odds: bool) -> None:
    """"More than a dozen people" gives its count to the dozen: 14 or 22 is such a count, not
    a figure at odds with it; 26 and 10 are."""
    from summarizer.facts.specifics import at_odds, figures

    dozen = figures("A tram left the rails, injuring more than a dozen people.", "english",
                    measured=True)
    assert at_odds(dozen, figures(other, "english", measured=True)) is odds


def test_a_figure_after_a_dozen_in_a_clause_of_its_own_counts_no_one() -> None:
    """"…, injuring more than a dozen people and shutting two of the city's four tram lines":
    the dozen is the count of the injured, and the two lines are none of it."""
    from summarizer.facts.specifics import PEOPLE, figures

    found = figures("A tram left the rails in Carlow on Tuesday, injuring more than a dozen "
                    "people and shutting two of the city's four tram lines.", "english")
    assert [(f.value, sorted(PEOPLE & f.context)) for f in found] == [("12", ["#injured"])]


def test_an_article_is_no_number_but_before_a_scale() -> None:
    """"A" is a number only as "a dozen", "a million": not in "a man was hurt"."""
    from summarizer.facts.specifics import figures

    assert figures("A man and a woman were hurt when a wall fell.", "english") == []
    assert figures("Un homme a été blessé.", "french") == []


def test_a_count_in_dozens_rounds_the_figures_near_it() -> None:
    """"Nearly two dozen" and 23 are one count of the injured, not two figures at odds: a count
    in dozens is rounded to the dozen, whatever its digits."""
    from summarizer.facts.specifics import at_odds, figures

    dozens = figures("Nearly two dozen pupils were treated in hospital.", "english")
    exact = figures("Twenty-three pupils were treated in hospital.", "english")
    tabloid = figures("Thirty-one pupils were treated in hospital.", "english")
    assert not at_odds(dozens, exact)
    assert at_odds(dozens, tabloid)


@pytest.mark.parametrize(("text", "marks"), [
    ("12 people were taken to hospital, with three said to be fighting for their lives.",
     [["#injured"], ["#injured"]]),
    ("Two children are fighting for their lives after five people died in the crash.",
     [["#injured"], ["#dead"]]),
    ("The crash claimed 12 lives on the motorway.", [["#dead"]]),
])
def test_people_fighting_for_their_lives_are_injured(text: str, marks: list[list[str]]) -> None:
    """"Fighting for their lives" is a critical condition: the words for life that mark the
    dead elsewhere ("claimed 12 lives") mark the injured there, and the three fighting for
    their lives are no toll of three dead."""
    from summarizer.facts.specifics import PEOPLE, figures

    assert [sorted(PEOPLE & f.context) for f in figures(text, "english")] == marks


@pytest.mark.parametrize(("text", "counts"), [
    ("The fire reached Orvane, a town of about 8,000 people, before 4,500 were evacuated.",
     ["4,500"]),
    ("The storm hit Lenby, a city of 1.2 million, and killed three people.", ["three"]),
    ("The quake shook the island of 40,000 inhabitants; 212 people were hurt.", ["212"]),
    ("Police moved 2,000 people out of the town of Orvane.", ["2,000"]),  # the town's name
])
def test_a_place_s_size_is_no_count(text: str, counts: list[str]) -> None:
    """"A town of about 8,000 people" is the town's size, not a count of the story: shown
    beside the 4,500 evacuated from it, it read as a disagreement."""
    from summarizer.facts.specifics import figures

    assert [f.text for f in figures(text, "english", measured=True)] == counts


def test_a_foreign_desk_s_decimal_comma_and_a_wire_s_abbreviations_are_read() -> None:
    """In English, a comma before one or two digits is a decimal comma (thousands come in
    threes): a close translation's "6,5 hours" and "48,5 million euro" are 6.5 and 48.5
    million, one figure with the wire's; "mln" and "bln" scale as "million" and "billion"."""
    from summarizer.facts.facts import disagreements
    from summarizer.facts.specifics import figures

    def values(text: str) -> list[str]:
        return [f.value for f in figures(text, "english")]

    assert values("The runway remained closed during 6,5 hours.") == ["6.5"]
    assert values("Shares lost 14,6 percent and closed at 8,42 euro.") == ["14.6", "8.42"]
    assert values("About 1,200 people lived there, and 12,345 more nearby.") == ["1200", "12345"]
    assert values("The fine amounts to 48,5 million euro.") == values(
        "The bank was fined 48.5 million euros.") == values("a fine of 48,5 mln euro") \
        == ["4.85e+07"]
    assert values("Revenue reached 3.2 bln dollars.") == ["3.2e+09"]
    close = figures("Shares closed down 14.6 percent.", "english", measured=True)
    assert disagreements(close, [figures("The share lost 14,6 percent.", "english",
                                         measured=True)]) == []


def test_a_foreign_desk_s_thousands_after_a_point_are_read() -> None:
    """The other way round, "38.000 persons" is a close translation's 38,000: English gives no
    count of people or things with three decimals, only a measure ("4.125 percent", "1.085
    dollars") or a figure below one, which keep theirs, and a measure to a thousandth ends in
    a digit other than nought ("54.000 tonnes", "7.180 megawatts" are thousands)."""
    from summarizer.facts.specifics import figures, gives_toll

    def values(text: str) -> list[str]:
        return [f.value for f in figures(text, "english")]

    assert values("According to the police, 38.000 persons took part.") == values(
        "Police put the crowd at 38,000.") == ["38000"]
    assert values("Hospitals treated 1.240 persons with heatstroke.") == ["1240"]
    assert gives_toll(figures("Hospitals treated 1.240 persons with heatstroke.", "english"))
    assert values("The yield rose to 4.125 percent, and the euro fell to 1.085 dollars.") \
        == ["4.125", "1.085"]
    assert values("The index gained 0.125 points.") == ["0.125"]
    # a sum of ten or more is given to a thousandth by no one, in any spelling of its currency
    assert values("His fine lies at 150.000 Dollar, so his lawyer.") == values(
        "He was fined $150,000.") == values("A fine of 150.000 dollars.") == ["150000"]
    assert values("Petrol costs $3.599 a gallon.") == ["3.599"]
    # a measure given to a thousandth ends in a digit other than nought: a foreign desk's
    # "54.000 tonnes" and "7.180 megawatts" are thousands
    assert values("The ship carries 54.000 tonnes of urea.") == values(
        "The ship carries 54,000 tonnes of urea.") == ["54000"]
    assert values("The demand had touched the 7.180 megawatts.") == ["7180"]
    assert values("The rod measured 2.125 metres, the beam 1.375 metres.") == ["2.125", "1.375"]


def test_a_number_with_decimals_counts_no_people() -> None:
    """A magnitude beside a toll is no toll; a number of people with decimals is one with a
    scale ("2.5 million")."""
    from summarizer.facts.specifics import PEOPLE, figures

    quake, toll = figures("The quake of magnitude 6.8 killed 23 people.", "english")
    assert PEOPLE.isdisjoint(quake.context) and "#dead" in toll.context
    assert "#displaced" in figures("About 2.5 million people were evacuated.",
                                   "english")[0].context


@pytest.mark.parametrize(("text", "language", "values"), [
    ("Le train est parti \u00e0 8 h 40 de Lyon avec 300 passagers \u00e0 bord.", "french",
     ["300"]),
    ("Le trafic a repris vers 17h 15, apr\u00e8s 48 h de gr\u00e8ve et 12 bless\u00e9s.", "french",
     ["48", "12"]),
    ("The storm killed 14 people and left 40 homeless by 9 p.m.", "english", ["14", "40"]),
    # an hour with "h" alone after a word that gives the time of day
    ("Le Finistère repasse en vigilance orange jusqu'à 16 h, 12 blessés.", "french", ["12"]),
    ("A las 16 h había 12 heridos en el hospital.", "spanish", ["12"]),
    ("Une grève de 24 h a paralysé 12 lignes.", "french", ["24", "12"]),
    # German "Uhr", and the first hour of a span of hours
    ("Der Sensor habe um 17 Uhr einen Wert von 480 Mikrogramm gemessen.", "german", ["480"]),
    ("Das Bürgertelefon ist von 9 bis 18 Uhr erreichbar, 3 Menschen wurden verletzt.", "german",
     ["3"]),
    ("Die Hotline (täglich 8–20 Uhr) hat 120 Anrufe erhalten.", "german", ["120"]),
    # an hour after "before", "after", "until" or "past" with no noun after it
    ("She rang me just before ten to say it was the best night of her life.", "english", []),
    ("Police searched until 11 on Friday for 14 missing climbers.", "english", ["14"]),
    ("Two more people died after nine, police said.", "english", ["2"]),
    ("After ten people died, the mine was closed.", "english", ["10"]),
    ("Over the past 12 months, 40 people have died on the road.", "english", ["12", "40"]),
    # an hour after the plural article of the hours, with no noun after it
    ("Il paese ha smesso di contare alle sette di sera, quando è morto il quinto operaio.",
     "italian", []),
    ("Alle 19 è morto il quinto operaio, 34 anni.", "italian", ["34"]),
    ("Gli aiuti vanno alle 12 famiglie sfollate e alle due vittime.", "italian", ["12", "2"]),
    ("O apoio chega às 12 famílias, com 3 feridos.", "portuguese", ["12", "3"]),
])
def test_a_time_with_an_h_between_hour_and_minutes_is_no_figure(text: str, language: str,
                                                                  values: list[str]) -> None:
    """"à 8 h 40" is a time of day, as "8:40" and "um 17 Uhr" are (and "von 9 bis 18 Uhr",
    both hours), and "à 16 h"; "48 h" alone is a duration, and a count. So is "just before ten
    to say": an hour after a word of time with no noun after it, where a toll's word ("her
    life") stands near."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, language)] == values


@pytest.mark.parametrize(("first", "second", "linked"), [
    ("Organisers gave a much higher figure of 120,000.",
     "Estimates of the crowd ranged from 45,000, according to police, to 120,000, according "
     "to unions.", True),
    ("The tanker spilled about 40,000 barrels of oil off the coast.",
     "Brenmoor has put the outflow from the breached tanks at approximately 40,000 bbl.", True),
    # one number, two units: two things
    ("The charity raised $40,000 for the families.",
     "About 40,000 people lined the streets for the parade.", False),
    # under LARGE, equal figures with no word in common count two things
    ("Police counted 12 arrests by midnight.", "Looters broke into 12 shops on Main Street.",
     False),
])
def test_one_large_figure_in_one_unit_is_one_count_whatever_its_words(
        first: str, second: str, linked: bool) -> None:
    """Two outlets that give one figure of thousands exactly, in one unit, give one count,
    though the words beside it differ ("Organisers gave a much higher figure of 120,000")."""
    from summarizer.facts.facts import figure_links
    from summarizer.facts.specifics import claimed

    pairs = figure_links([claimed(first, "english"), claimed(second, "english")],
                         np.array([0, 1]), np.zeros(2, dtype=np.int64))
    assert (len(pairs) > 0) == linked


# A storm's toll in four outlets' words, each with the toll of every province after it: more
# sentences count the dead than figures of one count could link without pairing everything.
CROWDED_TOLL = {
    "wire": ["The interior ministry put the toll at 23.",
             "In Calvara province 11 people died, most of them in collapsed houses.",
             "Brenna reported eight deaths and Ostiva four.",
             "The storm that hit the region in 2019 killed 61 people."],
    "daily": ["Twenty-three people have died.", "Calvara was hardest hit, with 11 dead.",
              "Eight people were killed in Brenna, among them two children.",
              "Four deaths were reported in Ostiva."],
    "tv": ["Officials confirmed 23 deaths on Thursday evening.",
           "Eleven of the victims died in Calvara.",
           "In Brenna eight people lost their lives, and four in Ostiva.",
           "In 2019 a storm of similar strength killed 61 in the same provinces."],
    "blog": ["The storm has now killed 23.", "In Calvara alone 11 people were killed.",
             "Brenna lost eight dead, Ostiva four dead."],
}


def test_a_toll_given_all_over_still_links_the_figures_that_agree() -> None:
    """Where a count of the dead stands beside more figures than figure_links pairs, the
    outlets' equal tolls are still one count (the four 23s, the 11s of Calvara, the 61 of
    2019), and a province's toll is no disagreement with the storm's (11 against 23)."""
    from summarizer.facts.facts import figure_links
    from summarizer.facts.specifics import claimed

    texts = [t for sentences in CROWDED_TOLL.values() for t in sentences]
    articles = np.repeat(np.arange(len(CROWDED_TOLL)),
                         [len(sentences) for sentences in CROWDED_TOLL.values()])
    pairs = {tuple(sorted((texts[a], texts[b])))
             for a, b in figure_links([claimed(t, "english") for t in texts], articles,
                                      np.zeros(len(texts), dtype=np.int64)).tolist()}
    def having(*words: str) -> list[str]:
        return [t for t in texts if any(word in t for word in words)]

    assert {tuple(sorted(p)) for p in itertools.combinations(having("23", "Twenty-three"), 2)
            } <= pairs
    assert {tuple(sorted(p)) for p in itertools.combinations(having("2019"), 2)} <= pairs
    assert not any(tuple(sorted((calvara, total))) in pairs for calvara in having("11")
                   for total in having("23", "Twenty-three"))


def test_the_marks_of_a_time_of_day_are_no_names() -> None:
    """"9:03 AM local time (00:03 GMT)" names no one: two sentences that give times name
    nothing in common by them, and a time sets no sentence apart from one that names someone."""
    from summarizer.facts.specifics import names

    assert names("The jet landed at 9:03 AM local time (00:03 GMT) in Muan.",
                 "english") == frozenset({"muan"})
    assert names("Service came back at 4:10 PM ET, hours after the outage began at 12:58 PM EST.",
                 "english") == frozenset()


def test_the_first_person_and_a_title_are_no_names() -> None:
    """"I" is whoever speaks, and a title before a name says what someone is, not who ("Chief
    Executive", "Inspector", "Chancellor"): people quoted in the first person, or holders of
    offices of one kind, name no one in common by them."""
    from summarizer.facts.specifics import name_keys, named_apart, names

    wire = '"We let our customers down, and I am truly sorry," Chief Executive Lena Sorvik said.'
    tabloid = ('Police Inspector Maria Lund told the Blaze: "Believe me, I have never seen '
               'anything like it."')
    broadcaster = ("Norland's Chancellor Emil Vasko said that he, and I quote, "
                   '"gave away nothing".')
    assert names(wire, "english") == {"lena", "sorvik"}
    assert names(tabloid, "english") == {"maria", "lund", "blaze"}
    assert names(broadcaster, "english") == {"emil", "vasko"}
    keys = [name_keys(names(text, "english")) for text in (wire, tabloid, broadcaster)]
    assert all(named_apart(a, b) for a, b in itertools.combinations(keys, 2))


def test_the_words_a_sentence_shouts_in_capitals_are_no_names() -> None:
    """A tabloid's "still MISSING … a raging INFERNO" writes two words in capitals past its
    first: it shouts, and its words in capitals are loud, not names. One acronym, acronyms of
    three letters, and a name in capitals alone stay names."""
    from summarizer.facts.specifics import names

    assert names("FOUR workers are dead and another is still MISSING after a massive blast "
                 "turned a chemical plant into a raging INFERNO.", "english") == frozenset()
    assert names("Inspectors of the NCSI will examine the gas detectors.", "english") == {"ncsi"}
    assert names("Agents of the FBI and the CIA met in Ravel.", "english") == {
        "fbi", "cia", "ravel"}
    assert names("The plant's owner, KORVEX, was fined in 2021.", "english") == {"korvex"}


def test_a_figure_and_its_rounding_state_one_fact() -> None:
    """"27 percent" is "27.1 per cent" given to fewer digits: one figure, one fact."""
    from summarizer import same_fact

    assert same_fact(["The Moderates finished second with 27 percent of the vote."],
                     ["The Moderates got 27.1 per cent and the Greens 11.8 per cent."]) == [True]


@pytest.mark.parametrize(("first", "second", "same"), [
    ("The regulator fined Harcastle Bank 1.2 billion pounds on Thursday.",
     "The watchdog has fined Harcastle Bank plc \u00a31,203,400,000 for failings in its controls.",
     True),
    ("Harcastle Bank let almost \u00a35bn of suspect money pass through its accounts.",
     "Harcastle Bank allowed 4.8 billion pounds of suspicious funds to flow through.", True),
    ("Harcastle Bank let almost \u00a35bn of suspect money pass through its accounts.",
     "Harcastle Bank allowed 4.2 billion pounds of suspicious funds to flow through.", False),
])
def test_a_rounding_and_the_figure_it_rounds_state_one_fact(first: str, second: str,
                                                            same: bool) -> None:
    """"1.2 billion pounds" is the fine of "\u00a31,203,400,000" given to two digits, "almost
    \u00a35bn" the 4.8 billion: one figure, one fact, in words that share little else; 4.2
    billion rounds to no 5bn."""
    from summarizer import same_fact

    assert same_fact([first], [second]) == [same]


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Shares in Vantora fell 23% in Oslen trading on Tuesday.",
     "Vantora's stock plunged by nearly a quarter, its biggest one-day fall.", True),
    ("Rail operator Norvale will cut 8% of its workforce by March.",
     "Nearly one in twelve staff are to go, the Norvale memo says.", True),
    # a third is 33.3 %: 23 % is no rounding of it
    ("Shares in Vantora fell 23% in Oslen trading on Tuesday.",
     "Vantora's stock plunged by about a third, its biggest one-day fall.", False),
])
def test_a_share_in_words_is_a_rounding_of_a_percentage(first: str, second: str,
                                                         same: bool) -> None:
    """Outlets put a percentage as a share in words: 23 % as "nearly a quarter", 8 % as "one
    in twelve": one figure, one fact, in words that share little else."""
    from summarizer import same_fact

    assert same_fact([first], [second]) == [same]


@pytest.mark.parametrize(("text", "shares"), [
    ("Shares lost almost a quarter of their value.", ["25"]),
    ("Half of the homes were destroyed and two-thirds of the roads closed.", ["50", "66.7"]),
    ("Output was cut by half.", ["50"]),
    ("Nine in ten trains were cancelled.", ["90"]),
    # an ordinal, a span of time, a fraction of a unit: no share
    ("It was the third time this year the plant had closed.", []),
    ("Profit rose in the second half of the year.", []),
    ("The talks lasted a year and a half.", []),
    ("The bank raised its rate by a quarter of a percentage point.", []),
    ("The search was called off after half an hour.", []),
])
def test_shares_in_words_are_percentages(text: str, shares: list[str]) -> None:
    from summarizer.facts.specifics import figures

    found = figures(text, "english")
    assert [f.value for f in found] == shares
    assert all(f.unit == "%" and f.rounded for f in found)


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Loran recorded its hottest day ever on Sunday, 106 degrees Fahrenheit.",
     "The thermometer at the airport read 41.2 degrees Celsius on Sunday.", True),
    ("Loran recorded its hottest day ever on Sunday, 106 degrees Fahrenheit.",
     "The thermometer at the airport read 38.5 degrees Celsius on Sunday.", False),
    ("The Ridgeback Fire has scorched 18,000 acres of forest since Wednesday.",
     "Flames have consumed 7,300 hectares of woodland since Wednesday.", True),
    ("The Ridgeback Fire has scorched 18,000 acres of forest since Wednesday.",
     "Flames have consumed 9,000 hectares of woodland since Wednesday.", False),
    ("Kestrel came ashore on Tuesday with winds of 150 mph.",
     "Its winds of 241 km/h lashed the shore for hours.", True),
    # 241 rounds to 200 at one digit, but is a fifth above it: another measure
    ("Kestrel came ashore on Tuesday with winds of 150 mph.",
     "Its winds of 200 km/h lashed the shore for hours.", False),
    ("The trawler sank 14 nautical miles south of Capo Serrano.",
     "The wreck lies 26 kilometres to the south of Capo Serrano.", True),
    ("The slick now covers 120 square miles of open sea.",
     "Oil was spread over 311 square kilometres of sea.", True),
    ("The slick now covers 120 square miles of open sea.",
     "Oil was spread over 120 kilometres of coast.", False),
])
def test_one_measure_in_two_systems_of_units_is_one_fact(first: str, second: str,
                                                          same: bool) -> None:
    """A U.S. outlet's Fahrenheit, acres, mph and square miles, or a sailor's nautical miles,
    are another's degrees Celsius, hectares, km/h, square kilometres and kilometres: a figure
    that converts to the other's, at the other's digits, is one figure, where the sentences
    share too few words to be one fact by their words alone. (Celsius and Fahrenheit are
    capitalised, and name no one.)"""
    from summarizer import same_fact

    assert same_fact([first], [second]) == [same]


def test_a_temperature_is_read_in_its_scale() -> None:
    """"degrees Celsius" and "degrees Fahrenheit" are two units, and plain "degrees" a third:
    none is a name, for all their capitals."""
    from summarizer.facts.specifics import figures, names

    text = "Loran hit 41.2 degrees Celsius (106.2 Fahrenheit), above the 40.3 degrees of 2003."
    assert [(f.value, f.unit) for f in figures(text, "english")] == [
        ("41.2", "\u00b0c"), ("106.2", "\u00b0f"), ("40.3", "deg")]
    assert names(text, "english") == frozenset()


def test_a_counts_name_before_another_number_is_that_numbers() -> None:
    from summarizer.facts.specifics import figures

    (toll,) = figures("The death toll from the Vestfjell landslide has risen to 14.", "english")
    assert "#dead" in toll.context
    killed, searched = figures("The slide killed 12 people on Tuesday, and rescuers searched "
                               "40 houses in the valley.", "english")
    assert "#dead" in killed.context and "#dead" not in searched.context


def test_a_counts_name_the_figure_before_took_comes_after_one_after_the_figure() -> None:
    """"Four of the nine patients who died …, and 88 children were left with lasting
    injuries": "died" is the nine's; the 88 are injured. Where no count's name follows, the
    one before still counts ("infected more than 1,200 people and killed 38")."""
    from summarizer.facts.specifics import figures

    *_, hurt = figures("Four of the nine patients who died had been given the wrong dose, and "
                       "88 children were left with lasting injuries.", "english")
    assert hurt.value == "88" and "#injured" in hurt.context and "#dead" not in hurt.context
    *_, killed = figures("The outbreak has infected more than 1,200 people in the valley and "
                         "killed 38, the ministry said.", "english")
    assert killed.value == "38" and "#dead" in killed.context


@pytest.mark.parametrize(("text", "value", "count"), [
    ("Two people have died of suspected hypothermia and 300 schools were shut on Tuesday.",
     "300", None),  # the schools are what the 300 counts
    ("Three people died in the flood and 1,400 homes lost power overnight.", "1400", None),
    ("Three climbers died on the ridge, and rescuers said 11 walkers were airlifted to safety.",
     "11", None),
    ("The outbreak has infected 900 people in the district and killed 14 of them.", "14",
     "#dead"),  # the word before the figure is its count's name
    ("Police said four people had been killed, but the hospital put the toll at six.", "6",
     "#dead"),  # a figure that names nothing after it takes the name before it
])
def test_a_figure_with_its_own_noun_takes_no_count_name_the_figure_before_took(
        text: str, value: str, count: str | None) -> None:
    """A count's name the figure before took, further back than the word before this figure,
    is not this figure's when a noun of its own follows it: "Two people have died … and 300
    schools were shut" counts schools, not the dead."""
    from summarizer.facts.specifics import COUNTS, figures

    figure = next(f for f in figures(text, "english") if f.value == value)
    marks = {mark for mark in figure.context if mark in COUNTS["english"]}
    assert marks == ({count} if count else set()), (text, sorted(figure.context))


@pytest.mark.parametrize(("text", "dead", "injured"), [
    ("The train left the rails near Holmsby on Monday, killing at least seven people and "
     "injuring more than 40, police said.", "seven", "40"),
    ("Seven people were killed and 40 injured when the bus overturned.", "Seven", "40"),
    ("Three people died and two were hurt in the blast.", "Three", "two"),
    ("Seven people were killed, 40 were injured and 3 are missing.", "Seven", "40"),
    # a figure before, far from the count's name, that names none: a magnitude
    ("A magnitude 6.1 earthquake struck the Ostrel hills before dawn on Sunday, killing at "
     "least 27 people and injuring 140, the agency said.", "27", "140"),
])
def test_a_counts_name_between_two_figures_is_one_of_them(text: str, dead: str,
                                                          injured: str) -> None:
    """A count's name between two figures says what one of them counts: the second's where
    the first names its own before it ("killing seven people and injuring more than 40"),
    else the first's ("seven people were killed and 40 injured"). Seven dead is no other
    count of the injured than 40 (a disagreement with a sentence giving 11)."""
    from summarizer.facts.specifics import figures

    marks = {f.text: {w for w in f.context if w.startswith("#")}
             for f in figures(text, "english")}
    assert (marks[dead], marks[injured]) == ({"#dead"}, {"#injured"}), marks
    assert all(len(names) == 1 for names in marks.values() if names), marks  # "3 are
    # missing": #missing; a magnitude counts no one


@pytest.mark.parametrize(("text", "language", "values"), [
    ("Only two crew members survived the crash.", "english", ["2"]),
    ("By nightfall 187 people had been rescued from the water.", "english", ["187"]),
    ("Three survivors were pulled from the rubble on Tuesday.", "english", ["3"]),
    ("Douze passagers ont été secourus par les garde-côtes.", "french", ["12"]),
    ("Zwölf Passagiere wurden gerettet.", "german", ["12"]),
    ("Doce pasajeros fueron rescatados por la guardia costera.", "spanish", ["12"]),
])
def test_survivors_and_the_rescued_are_a_count_of_people(text: str, language: str,
                                                          values: list[str]) -> None:
    """After the dead, the injured, the missing and the displaced, the count a disaster's
    reports give most is of those who survived or were rescued, in words as often as in
    digits ("Only two crew members survived"): a count of people (#rescued) like the others."""
    from summarizer.facts.specifics import figures

    found = figures(text, language)
    assert [f.value for f in found] == values
    assert all("#rescued" in f.context for f in found)


def test_two_outlets_counts_of_survivors_are_one_count() -> None:
    """Two outlets' survivors in other words give one count, which links them; the crew the
    aircraft carried is another."""
    from summarizer.facts.facts import figure_links
    from summarizer.facts.specifics import claimed

    texts = ["Only two crew members survived the crash.",
             "Firefighters pulled two survivors from the tail section of the jet.",
             "The jet was carrying 175 passengers and six crew members."]
    assert figure_links([claimed(t, "english") for t in texts], np.arange(3),
                        np.zeros(3, dtype=np.int64)).tolist() == [[0, 1]]


@pytest.mark.parametrize(("text", "values"), [
    # the 290 is a distance: the toll's name before it is the two's
    ("Two crew members died in the crash, which occurred about 290 kilometers south of the "
     "capital.", {"2": "#dead", "290": None}),
    # "two weeks" is a span of time, not a toll, though the sentence names one
    ("Two weeks after the quake killed 30 people, 12 are still missing.",
     {"30": "#dead", "12": "#missing"}),
    ("The storm killed 14 people and caused $2 billion in damage.", {"14": "#dead", "2e+09": None}),
])
def test_a_figure_in_a_unit_counts_no_people(text: str, values: dict[str, str | None]) -> None:
    """A figure given in a unit is a measure (a distance, a span of time, a sum) or a label
    ("Flight 447"): the name of a count of people near it is another figure's, or no one's."""
    from summarizer.facts.specifics import TOLLS, figures

    found = {f.value: sorted(TOLLS & f.context) for f in figures(text, "english")}
    assert found == {value: [mark] if mark else [] for value, mark in values.items()}


def test_basis_points_are_a_unit() -> None:
    """"25 basis points" measures a change in a rate, as "0.25 percentage points" does: a
    figure in a unit, not a count of things named "basis" (which facts.rivals would compare
    with every other count of such things in the story: a member's vote for a 25-point rise
    against the 38 points a bond yield jumped)."""
    from summarizer.facts.specifics import figures

    for text in ["Two members voted for a rise of 25 basis points, the bank said.",
                 "The two-year yield jumped 38 bps to 5.12%.",
                 "The 10-year yield rose just 1 basis point."]:
        assert {f.unit for f in figures(text, "english") if f.unit != "%"} == {"bp"}, text


def test_power_energy_volumes_and_areas_are_units() -> None:
    """A grid's demand, a turbine's size and a year's output are measures in units of power
    and energy, in any of their spellings, and cubic metres and square kilometres are a
    volume and an area: not counts of things named "MW" or "cubic" (which facts.rivals
    would compare with every other such count in the story: a 480 MW turbine lost against a
    650 MW shortfall feared)."""
    from summarizer.facts.specifics import figures

    for text, unit in [("Demand peaked at 7,180 megawatts on Monday.", "mw"),
                       ("A 480 MW gas turbine shut down on Sunday.", "mw"),
                       ("Demand hit 38.6 gigawatts, the grid operator said.", "gw"),
                       ("Rooftop panels of 4.5 kW were fitted.", "kw"),
                       ("The plant generated 12 TWh last year.", "twh")]:
        assert [f.unit for f in figures(text, "english")] == [unit], text
    # and a volume or an area is a unit of its own, not a count of things named "cubic"
    for text, unit in [("About 18 cubic metres of whey escaped.", "m3"),
                       ("The reservoir holds 2.5 million m3 of water.", "m3"),
                       ("The fire has burnt 40 square kilometres of forest.", "km2")]:
        assert [f.unit for f in figures(text, "english")] == [unit], text


@pytest.mark.parametrize(("text", "language", "unit"), [
    ("Les pertes atteignent 38 millions d'euros.", "french", "\u20ac"),
    ("Le contrat porte sur 12 millions de dollars.", "french", "$"),
    ("Der Schaden liegt bei 38 Millionen Euro.", "german", "\u20ac"),
    ("I danni ammontano a 38 milioni di euro.", "italian", "\u20ac"),
    ("Os prejuízos chegam a 38 milhões de euros.", "portuguese", "\u20ac"),
    ("Las pérdidas se calculan en 38 millones de euros.", "spanish", "\u20ac"),
    ("La empresa pagó 2 millones de dólares.", "spanish", "$"),
    ("Skadorna uppgår till 38 miljoner kronor.", "swedish", "kr"),
])
def test_a_sum_of_money_is_in_its_currency_in_every_language(text: str, language: str,
                                                             unit: str) -> None:
    """A sum is given in its currency's unit in every language read, its name after the
    number's scale ("millones de euros", "Millionen Euro"), as English's "38 million euros":
    one unit for the figures of one measure, which sentences outside one fact compare
    (facts._one_measure), and no count of things named "euros"."""
    from summarizer.facts.specifics import figures

    assert [f.unit for f in figures(text, language, measured=True)] == [unit]


@pytest.mark.parametrize(("text", "language"), [
    ("La estación de Almedina marcó el martes 46,4 grados.", "spanish"),
    ("Le thermomètre a affiché 41,2 degrés à Dax.", "french"),
    ("In Freiburg wurden 38,5 Grad gemessen.", "german"),
    ("A Foggia il termometro ha segnato 43 gradi.", "italian"),
    ("A estação de Castro Alvar registou 46,3 graus.", "portuguese"),
    ("I Målilla uppmättes 35,2 grader i går.", "swedish"),
    # in its sign, after a space or none
    ("Météo : grand soleil sur le Val-d'Orbe cet après-midi, 19 °C à Brivel.", "french"),
    ("Am Nachmittag wurden in der Stadt 31° gemessen.", "german"),
    ("Hacía 3 °C en la rotonda de acceso.", "spanish"),
])
def test_a_temperature_is_in_degrees_in_every_language(text: str, language: str) -> None:
    """A temperature is a measure in degrees in every language read, as English's "degrees":
    no count of things named "grados", which a heatwave's other readings (an alert's
    threshold, another station's, the night's) would be compared with outside one fact
    (facts.counted_things)."""
    from summarizer.facts.facts import counted_things
    from summarizer.facts.specifics import figures

    found = figures(text, language, measured=True)
    assert [f.unit for f in found] == ["deg"]
    assert counted_things([found, found], [found], [text, text], language) == {}


@pytest.mark.parametrize(("text", "language", "bound"), [
    ("Turnout was above 80% in the capital.", "english", 1),
    ("Le feu a parcouru au-delà de 2 000 hectares.", "french", 1),
    ("Un taux supérieur à 40 % a été relevé.", "french", 1),
    ("L'adesione è stata oltre il 70% nei depositi.", "italian", 1),
    ("A adesão foi acima dos 80% nos hospitais.", "portuguese", 1),
    ("A adesão é superior a 80% na generalidade dos hospitais.", "portuguese", 1),
    ("O seguimento ficou abaixo dos 40% nas escolas.", "portuguese", -1),
    ("El seguimiento está por encima del 70 % en los quirófanos.", "spanish", 1),
    ("Las pérdidas son inferiores a 5 millones de euros.", "spanish", -1),
])
def test_words_of_a_bound_before_a_figure_in_other_languages(text: str, language: str,
                                                             bound: int) -> None:
    """A figure after "above", "au-delà de", "oltre il", "acima dos", "por encima del" is a
    floor, after "abaixo dos", "inferiores a" a ceiling: "acima dos 80%" agrees with a union's
    82 %, as "more than 80%" does."""
    from summarizer.facts.specifics import figures

    assert [f.bound for f in figures(text, language, measured=True)] == [bound]


@pytest.mark.parametrize(("text", "language", "values"), [
    ("The airliner was carrying 143 passengers and seven crew members.", "english",
     ["143", "7"]),
    ("None of the 150 people aboard was hurt.", "english", ["150"]),
    ("Le ferry transportait 212 passagers et quatorze membres d'équipage.", "french",
     ["212", "14"]),
    ("An Bord waren 88 Passagiere und vier Besatzungsmitglieder.", "german", ["88", "4"]),
    ("El avión llevaba 120 pasajeros y seis tripulantes.", "spanish", ["120", "6"]),
])
def test_the_people_aboard_are_a_count_of_people(text: str, language: str,
                                                 values: list[str]) -> None:
    """A ship's or a plane's passengers and crew are counted in words as often as in digits
    ("seven crew members"): a count of people (#aboard), though not a toll that rises."""
    from summarizer.facts.specifics import TOLLS, figures

    found = figures(text, language)
    assert [f.value for f in found] == values
    assert all("#aboard" in f.context and "#aboard" not in TOLLS for f in found)


def test_a_count_given_in_parts_is_one_fact_with_its_total() -> None:
    """One outlet gives the people aboard as passengers and crew, another their total: one
    count, which links them, in either order. The people aboard are no toll whose other
    figures near it are one count."""
    from summarizer.facts.facts import figure_links
    from summarizer.facts.specifics import claimed

    texts = ["The airliner was carrying 143 passengers and seven crew members from Lisbon.",
             "All 150 people aboard the jet escaped down its emergency slides.",
             "The ferry, with 226 souls aboard, overturned in the storm.",
             "It had a crew of 14 and was carrying 212 passengers.",
             "About 130 passengers were rescued by fishing boats."]  # not the 150 aboard
    assert figure_links([claimed(t, "english") for t in texts], np.arange(len(texts)),
                        np.zeros(len(texts), dtype=np.int64)).tolist() == [[0, 1], [2, 3]]


def test_the_parts_of_a_total_are_no_disagreement() -> None:
    """Passengers and crew given apart are no other figure than their total: the sentence that
    gives the total has no disagreement with them, though 143 and 150 are near, and the other
    way round; a sentence that gives another total still disagrees, and so does a toll that
    rose, whose figures are one count twice, not its parts."""
    from summarizer.facts.facts import disagreements
    from summarizer.facts.specifics import figures

    parts = figures("The airliner was carrying 143 passengers and seven crew members.",
                    "english", measured=True)
    total = figures("The airliner was carrying 150 passengers and crew.", "english",
                    measured=True)
    other = figures("The airliner was carrying 158 passengers and crew.", "english",
                    measured=True)
    assert disagreements(total, [parts]) == []
    assert disagreements(parts, [total]) == []
    assert disagreements(total, [other]) == [(0, ["158"])]
    rose = figures("Deaths rose from 23 killed on Sunday to 41 killed by Monday.", "english",
                   measured=True)
    toll = figures("At least 64 people were killed.", "english", measured=True)
    assert disagreements(toll, [rose]) == [(0, ["41"])]


def test_a_figures_context_ends_at_the_numbers_beside_it() -> None:
    """The words past a neighbouring number say what that number counts, not this one: in "54.2%
    of the vote against 45.8% for her challenger" the challenger's share is the 45.8."""
    from summarizer.facts.specifics import figures

    winner, loser = figures("Lind took 54.2% of the vote against 45.8% for her challenger.",
                            "english")
    assert "vote" in winner.context and "challeng" not in winner.context
    assert "challeng" in loser.context


# What another outlet's sentence of the same fact gives against a brief sentence, and the
# figures of it that are a disagreement (none: the two agree, or measure different things).
OTHER_FIGURES = [
    # a rounding of the figure ("nearly", "about"), in either sentence
    ("Halvorsen Energy will buy Norrbotten Gas for $41.6 billion in stock.",
     "Halvorsen struck a nearly $42 billion deal on Monday to buy Norrbotten Gas.", []),
    ("About 180 people were killed when the ferry capsized, officials said.",
     "The ferry capsized off Tarvik, killing 178 people.", []),
    # a whole figure of ten or more that the one with decimals rounds to; a smaller one, or
    # one the decimals do not round to, may be another reading
    ("The Reform Alliance won 48.2% of the vote in Sunday's election.",
     "The Reform Alliance took 48 percent of the vote on Sunday.", []),
    ("The National Party slumped to 31.5% of the vote on Sunday.",
     "The National Party slumped to 31 percent of the vote on Sunday.", ["31"]),
    ("Shares in Halvard rose 5.5% in early trading.",
     "Shares in Halvard were up 6 percent at midday.", ["6"]),
    # a figure with decimals to fewer of them that the other rounds to (a paper rounds the
    # official result); one it does not round to is another reading
    ("The Reform Alliance won 44.09% of the vote, and turnout was 47.38%.",
     "The Reform Alliance won 44.1% of the vote on a turnout of 47.4%.", []),
    ("Turnout was 47.38% in Sunday's run-off, the commission said.",
     "Turnout was 47.5% in Sunday's run-off, the party said.", ["47.5"]),
    # a bound ("more than", "up to") and a figure on its side of it, near it
    ("The Ridgeback Fire has grown to 18,400 acres, forestry officials said.",
     "The fire has burned more than 18,000 acres since Wednesday.", []),
    ("Forecasters expect gusts of 48 mph on Saturday.",
     "Forecasters expect gusts of up to 50 mph on Saturday.", []),
    # thousands in one or two significant digits are a rounding though no word says so;
    # hundreds are not (two reports of a toll), nor a round figure too far off
    ("The study followed 78,430 adults for nine years.",
     "A study of 78,000 adults followed them for nine years.", []),
    ("The ferry capsized off Tarvik, killing 178 people.",
     "The ferry capsized off Tarvik, killing 180 people.", ["180"]),
    ("The quake killed 2,300 people, officials said.",
     "The quake killed 2,000 people, officials said.", ["2,000"]),
    # a bound that the figure breaks, or one far below it, is another estimate
    ("The fire has burned 17,500 acres since Wednesday.",
     "The fire has burned more than 18,000 acres since Wednesday.", ["18,000"]),
    ("The ferry capsized off Tarvik, killing 156 people.",
     "More than 100 people were killed when the ferry capsized.", ["100"]),
    # a rounding too far off to be one ("about 200" for 156), or none at all, still disagrees
    ("The ferry capsized off Tarvik, killing 156 people.",
     "About 200 people were killed when the ferry capsized.", ["200"]),
    ("The ferry capsized off Tarvik, killing 156 people.",
     "The death toll from the capsizing rose to 164 people on Tuesday.", ["164"]),
    # one measure in two units, or a figure in a unit beside a rank or a count
    ("Storm Kestrel came ashore with sustained winds of 150 mph, forecasters said.",
     "Kestrel made landfall with sustained winds of 241 km/h.", []),
    ("Kestrel came ashore as a Category 4 storm.",
     "Kestrel came ashore as a storm with sustained winds of 150 mph.", []),
    ("Kestrel came ashore with sustained winds of 150 mph.",
     "Kestrel strengthened overnight, with sustained winds of 155 mph (250 km/h).", ["155"]),
    # a name or a rank in a number ("Flight 290", "Category 4") is not a count
    ("Baltic Air Flight 290 left the runway at Tarvik on Sunday.",
     "The plane carrying 143 people left the runway at Tarvik.", []),
    ("Kestrel came ashore as a Category 4 storm.",
     "Kestrel was the first Category 5 storm of the season.", ["5"]),
    # counts of two things, told by the word after them; of one thing, a disagreement
    ("The plane was carrying 143 people when it left the runway.",
     "The plane sent 24 error messages before it left the runway.", []),
    ("The plane was carrying 143 people when it left the runway.",
     "The plane was carrying 150 people when it left the runway at dawn.", ["150"]),
    # two sums of money far apart are two things (a share's price, a company's value)
    ("Halvorsen offered $253 a share for Norrbotten on Tuesday.",
     "Norrbotten was worth $55.35 billion on Tuesday.", []),
    # a count the other sentence gives as well: its parts are no other figure for it
    ("The ferry was carrying 212 people when it capsized 3 km from the shore.",
     "The ferry had 200 passengers and 12 crew, 212 people in all, when it capsized.", []),
    # two counts of COUNTS are two things, not one count (the dead and the displaced)
    ("The quake killed 2,300 people, officials said on Tuesday.",
     "Officials said the quake left 40,000 people homeless.", []),
    # a figure of another time: its sentence names a year the other does not (a decade
    # names its ten)
    ("The plane crash at Muan killed 179 people on Sunday, officials said.",
     "It was the deadliest air disaster since 1997, when a crash in Guam killed 228 people.",
     []),
    ("The deal is the company's largest since its $75 billion merger in the late 1990s.",
     "It is its biggest deal since the $81 billion purchase of Baltic Oil in 1998.",
     ["81 billion"]),
    # a sum of money, its sign written or not, and one in another currency
    ("The merger of Halvorsen and Baltic Oil in 1999 was worth $75 billion.",
     "The 1999 merger of Halvorsen and Baltic Oil was worth more than 81 billion.",
     ["81 billion"]),
    ("Donors raised the equivalent of 395,000 euros for the victims in a telethon.",
     "Donors in the telethon raised 1.9 million lei for the victims.", []),
    ("Norrbotten shareholders get a 7% premium to Friday's close, the companies said.",
     "The offer is a premium of 9% to Norrbotten's average price over the last 30 days.",
     ["9"]),
    # a sentence that gives the brief sentence's figure (or a rounding of it) gives it for
    # the same count: its other figures count other things (the loser's share of the vote),
    # whichever of the two gives more figures
    ("Anja Lind won the runoff with about 54 percent of the vote.",
     "Lind took 54.2% of the vote against 45.8% for her challenger, Per Moen.", []),
    ("Lind took 54.2% of the vote against 45.8% for her challenger, Per Moen.",
     "Anja Lind won the runoff with about 54 percent of the vote.", []),
    # a unit's word says what a figure is given in, not what it counts: two percentages of
    # different things share it and no more
    ("Turnout was 68 percent, officials said.", "Lind won 54.2 percent of the vote.", []),
    ("Profit rose to 4.1 billion crowns in the quarter.",
     "Sales were 3.3 billion crowns a year earlier.", []),
    ("Turnout was 68 percent, officials said.",
     "Turnout reached 61 percent, down from the first round.", ["61"]),
    # a toll may more than double within a day: an earlier count of the dead or the injured is
    # a disagreement however far, where each sentence gives one figure for it; a second figure
    # for the toll counts part of it, and a far figure of another count stays out
    ("The death toll from the earthquake rose to 27 on Wednesday, the ministry said.",
     "The death toll stands at 12, with 85 people injured, according to the ministry.",
     ["12"]),
    ("More than 140 people were hurt in the blast, hospital officials said.",
     "Firefighters said 35 people were injured.", ["35"]),
    ("The storm killed at least 17 people on Thursday, officials said.",
     "Five people, including two children, were killed when a landslide buried two houses.",
     []),
    ("The plant's owner said 27,000 homes were without power on Wednesday.",
     "About 12,000 homes lost power overnight, the owner said.", []),
    ("The novelist, whose books sold more than 20 million copies, has died at her home.",
     "The novelist Ilse Marrow has died aged 84, her publisher said.", []),
    # the seriously injured, a part of the 43 injured, are no other count of the seven dead
    ("The train left the rails on Monday, killing at least seven people and injuring more "
     "than 40, police said.", "43 people were taken to hospital, 11 of them with serious "
     "injuries.", []),
]


@pytest.mark.parametrize(("own", "other", "shown"), OTHER_FIGURES)
def test_other_figures_are_a_disagreement_only_for_one_count_in_one_unit(
        own: str, other: str, shown: list[str]) -> None:
    """A figure another outlet gives for the brief sentence's count is a disagreement, but not
    a rounding of it, nor a figure in another unit or in a unit beside one in none."""
    from summarizer.facts.facts import disagreements
    from summarizer.facts.specifics import figures

    found = disagreements(figures(own, "english", measured=True),
                          [figures(other, "english", measured=True)])
    assert [figures_shown for _, figures_shown in found] == ([shown] if shown else [])


# ------------------------------------------------------------------------- reprints ----

def test_reprints_count_once_in_support() -> None:
    """Three verbatim reprints of one wire story and one independent report: the main fact has
    all four articles as sources and a support of 2, not 4."""
    item = _the_item("reprints", 5, REPRINT_MAIN)
    assert set(item["sources"]) == {spec["id"] for spec in REPRINTS}
    assert item["support"] == 2


@pytest.mark.parametrize(("text", "language", "credits"), [
    ("Around 900 residents were ordered out of their homes, Radio Kestrel reports.", "english",
     True),
    ("According to a report by Radio Kestrel, 900 residents left their homes.", "english", True),
    ("Radio Kestrel reported that 900 residents had left.", "english", True),
    ("Radio Kestrel said the road would stay closed.", "english", False),  # a party says
    ("Some 900 residents left, a reporter for another station reports.", "english", False),
    ("Unos 900 vecinos fueron desalojados, según publica Radio Kestrel.", "spanish", True),
    ("Unos 900 vecinos fueron desalojados, informó Radio Kestrel.", "spanish", False),
    ("Rund 900 Anwohner mussten ihre Häuser verlassen, berichtet Radio Kestrel.", "german",
     True),
    ("Environ 900 habitants ont été évacués, rapporte Radio Kestrel.", "french", True),
])
def test_a_sentence_that_credits_another_outlet_is_its_report(text: str, language: str,
                                                              credits: bool) -> None:
    """An aggregator's sentence that credits an outlet of the request with what it tells is that
    outlet's article's report; one of that outlet's own, or one a party "said", credits none."""
    from summarizer.facts.events import credited

    sources = ["Radio Kestrel", "DailyFeed"]
    assert credited([text], np.array([1]), sources, language).tolist() == [0 if credits else -1]
    assert credited([text], np.array([0]), sources, language).tolist() == [-1]  # its own


def test_a_figure_credited_to_another_outlet_counts_once_in_support() -> None:
    """A local radio's early figure and an aggregator's sentence that gives it "…, Radio Kestrel
    reports": one report, not two; the brief's fact of the evacuation has four sources and the
    support of three independent reports."""
    articles = [
        {"id": "radio", "source": "Radio Kestrel", "published": "2026-03-04T08:10:00Z",
         "title": "Factory fire forces 900 from homes in Kestrel",
         "text": "About 900 people have been told to leave their homes in Kestrel after a fire "
                 "broke out at a paint factory on the industrial estate early on Wednesday.\n\n"
                 "Thick black smoke could be seen across the valley.\n\nFirefighters from four "
                 "stations were sent to the scene."},
        {"id": "aggregator", "source": "DailyFeed", "published": "2026-03-04T10:30:00Z",
         "title": "900 forced out as paint factory burns",
         "text": "Around 900 residents of Kestrel were ordered out of their homes on Wednesday "
                 "after a paint factory caught fire, Radio Kestrel reports.\n\nNobody was hurt."
                 "\n\nThe cause of the fire is not yet known."},
        {"id": "wire", "source": "Northern Press", "published": "2026-03-04T14:00:00Z",
         "title": "Paint factory blaze in Kestrel, 700 evacuated",
         "text": "KESTREL (Northern Press) - A fire tore through a paint factory in the northern "
                 "town of Kestrel on Wednesday, forcing about 700 residents from their homes as a "
                 "precaution against toxic smoke, the county council said.\n\nNo one was "
                 "injured, the fire service said.\n\nThe factory, owned by Halden Coatings, "
                 "employs 120 people."},
        {"id": "trade", "source": "Coatings Weekly", "published": "2026-03-04T16:00:00Z",
         "title": "Fire hits Halden Coatings plant",
         "text": "A fire at Halden Coatings' plant in Kestrel on Wednesday led the county "
                 "council to evacuate about 700 residents living near the site.\n\nThe plant "
                 "makes industrial paints and employs 120 people."},
    ]
    first = summarize({"articles": articles, "length": {"sentences": 3}})["brief"][0]
    assert "700" in first["text"] and len(first["sources"]) == 4, first
    assert first["support"] == 3, first


# An airport's notice of the day before a strike and three reports of the day
STRIKE_DAY = [
    {"id": "notice", "source": "Kestrel Airport", "published": "2026-03-10T14:00:00Z",
     "title": "Strike on Wednesday: Kestrel Airport advises passengers not to travel",
     "text": "The Transport Workers Union has called an all-day strike at Kestrel Airport "
             "for Wednesday, 11 March 2026, affecting security checks and ground handling at "
             "the airport.\n\nKestrel Airport expects about 600 of the 1,100 scheduled "
             "take-offs and landings on Wednesday to be cancelled and around 90,000 "
             "passengers to be affected by the strike at the airport.\n\nPassengers are "
             "advised not to travel to Kestrel Airport on Wednesday and to check the status "
             "of their flight with their airline.\n\nKestrel Airport regrets the disruption "
             "the strike at the airport will cause."},
    {"id": "wire", "source": "Northern Press", "published": "2026-03-11T06:30:00Z",
     "title": "Strike paralyses Kestrel Airport, 600 flights cancelled",
     "text": "An all-day strike largely paralysed Kestrel Airport on Wednesday.\n\nAbout 600 "
             "of 1,100 scheduled take-offs and landings were cancelled and some 90,000 "
             "passengers affected, the airport said.\n\nThe Transport Workers Union wants a "
             "9 percent pay rise for the airport's staff.\n\nEmployers have offered 5 "
             "percent over two years.\n\n\"Our members are at the limit,\" union spokeswoman "
             "Sara Kort said outside the terminal at the airport."},
    {"id": "daily", "source": "The Daily Courier", "published": "2026-03-11T15:00:00Z",
     "title": "A day of standstill at Kestrel Airport as strike bites",
     "text": "Departures halls stood empty at Kestrel Airport on Wednesday.\n\nAn all-day "
             "strike grounded about 600 flights and left around 90,000 passengers stranded "
             "or rebooked.\n\nThe strike at the airport, called by the Transport Workers "
             "Union, hit security checks and ground handling.\n\nThe union is demanding 9 "
             "percent more pay; employers have offered 5 percent.\n\nTalks are due to resume "
             "next Tuesday."},
    {"id": "radio", "source": "Radio Kestrel", "published": "2026-03-11T10:00:00Z",
     "title": "Kestrel Airport strike: hundreds of flights cancelled",
     "text": "Hundreds of flights have been cancelled at Kestrel Airport on Wednesday as an "
             "all-day strike by security and ground staff hits the airport.\n\nAbout 90,000 "
             "passengers are affected by the strike, the airport said.\n\nOnly a few "
             "landings went ahead in the morning at the airport."},
]


@pytest.mark.parametrize(("text", "day"), [
    ("The union has called a strike for Wednesday, 11 March 2026.", date(2026, 3, 11)),
    ("Die Gewerkschaft hat für Mittwoch, den 11. März 2026, zu einem Warnstreik aufgerufen.",
     date(2026, 3, 11)),
    ("El sindicato ha convocado una huelga para el 11 de marzo.", date(2026, 3, 11)),
    ("The strike began on March 11 and ends on Thursday.", date(2026, 3, 11)),
    ("Officials said 12 may have died in the fire.", None),  # "may" as a verb
    ("Results for the 2025-26 season were published on Tuesday.", None),
])
def test_a_text_states_the_first_date_it_gives_in_words(text: str, day: date | None) -> None:
    from summarizer.facts.events import stated_date

    assert stated_date(text, date(2026, 3, 10)) == day


def test_a_lede_of_the_day_before_its_event_does_not_open_the_brief() -> None:
    """An airport's notice of the day before ("The union has called an all-day strike … for
    Wednesday, 11 March 2026") tells what will happen; the reports of the Wednesday tell what
    did, and one of them opens the brief."""
    first = summarize({"articles": STRIKE_DAY, "length": {"sentences": 3}})["brief"][0]
    assert first["article"] != "notice", first


def test_reprints_support_never_exceeds_the_independent_reports() -> None:
    """No brief sentence of the reprint set claims more than the two independent reports."""
    for item in _response("reprints", 7)["brief"]:
        assert item["support"] <= 2, (item["text"], item["support"], item["sources"])


# Two outlets that heard one survivor: her words are the same in both, and so nearly is the
# governor's mourning; the rest each tells its own way.
SURVIVOR = {
    "herald": "A landslide buried part of the village of Orvik on Tuesday night, killing at least "
              "nine people, the regional police said.\n\nRescuers dug through the mud until "
              "dawn.\n\n"
              "Mara Holt, 58, was asleep when the hillside gave way. \"The whole house moved,\" "
              "she said. \"I grabbed the dog and we ran out as the wall came down behind us.\"\n\n"
              "The regional governor declared two days of mourning.\n\nGeologists blamed a week "
              "of heavy rain on soil already loosened by a forest fire last summer.",
    "courier": "Nine people died when a landslide hit Orvik late on Tuesday, police say.\n\n"
               "Mara Holt, a retired nurse, escaped with her dog. \"The whole house moved,\" she "
               "told the Courier. \"I grabbed the dog and we ran out as the wall came down behind "
               "us.\"\n\nThe regional governor has declared two days of mourning.\n\nThe army sent "
               "two hundred soldiers to help clear the road into the village.",
}


def test_outlets_that_quote_one_person_alike_are_no_copies() -> None:
    """Quotations of one person are the same words in every outlet that heard her: they alone
    make no article a copy of another (a reprint copies the reporter's sentences too, as
    test_reprints_count_once_in_support's wire copies do)."""
    response = summarize({"articles": [{"id": k, "text": v} for k, v in SURVIVOR.items()],
                          "length": {"sentences": 3}})
    assert [a["copy_of"] for a in response["articles"]] == [None, None]


def test_reprints_name_the_earliest_published_copy_whatever_the_order() -> None:
    """A reprint given before the story it copies, but published later, is the copy: the
    original is the earliest published (its `published` time, to the minute)."""
    specs = sorted(REPRINTS, key=lambda spec: spec["published"], reverse=True)
    articles = {a["id"]: a for a in summarize(request(specs, 5))["articles"]}
    for copy_id in REPRINT_COPIES:
        assert articles[copy_id].get("copy_of") == REPRINT_FIRST, copy_id
    assert articles[REPRINT_FIRST].get("copy_of") is None


def test_a_time_is_read_from_published_to_the_minute() -> None:
    from datetime import UTC, datetime

    from summarizer.facts.events import moment

    assert moment("2026-11-18T14:05:00Z") == datetime(2026, 11, 18, 14, 5, tzinfo=UTC)
    assert moment("Wed, 18 Nov 2026 09:05:00 -0500") == datetime(2026, 11, 18, 14, 5,
                                                                 tzinfo=UTC)
    assert moment("2026-11-18") == datetime(2026, 11, 18, tzinfo=UTC)
    assert moment("18/11/2026") is None and moment("") is None


def test_reports_a_day_apart_are_not_near_in_time() -> None:
    """published_within: reports within LEDE_HOURS of each other are near; a date alone is
    near any time of its day and of the next day's first hours; an undated report is near
    every other."""
    from summarizer.facts.events import moment, published_within

    times = [moment(text) for text in ("2026-10-12T18:05:00Z", "2026-10-12T23:40:00Z",
                                       "2026-10-14T16:30:00Z", "2026-10-13", "")]
    near = published_within(times)
    assert near.tolist() == [[True, True, False, True, True],
                             [True, True, False, True, True],
                             [False, False, True, True, True],
                             [True, True, True, True, True],
                             [True, True, True, True, True]]


# A hiker searched for on the Monday and found on the Wednesday: the Wednesday's reports tell
# what came next, and their ledes state her being found, not the search.
HIKER = [
    ("wire-mon", "2026-10-12T18:05:00Z",
     "Rangers and volunteers were searching on Monday for a 34-year-old hiker who failed to "
     "return from a day hike in Carrow National Park, officials said.\n"
     "Lena Marsh set out alone on Sunday morning on the Ridge Loop trail, park spokesman Tom "
     "Hale said.\n"
     "About 40 searchers and a helicopter were combing the trail and nearby gullies.\n"
     "Overnight temperatures in the park fell below freezing."),
    ("tv-mon", "2026-10-12T23:40:00Z",
     "A search is under way in Carrow National Park for a hiker who did not come back from a "
     "day hike on the Ridge Loop trail.\n"
     "Lena Marsh, 34, was last heard from on Sunday morning, her sister said.\n"
     "About 40 searchers were out on Monday, the park said.\n"
     "Temperatures fell below freezing overnight."),
    ("wire-wed", "2026-10-14T16:30:00Z",
     "A hiker missing for two nights in Carrow National Park was found alive on Wednesday by a "
     "helicopter crew, officials said.\n"
     "Lena Marsh, 34, was spotted in a gully about two miles off the Ridge Loop trail and flown "
     "to Carrow General Hospital with a broken ankle, park spokesman Tom Hale said.\n"
     "She had sheltered under a rock ledge and drunk water from a creek, Hale said.\n"
     "\"She did everything right,\" Hale said."),
    ("tabloid-wed", "2026-10-14T21:10:00Z",
     "MIRACLE in the mountains: missing hiker Lena Marsh found ALIVE after two freezing nights "
     "in Carrow National Park.\n"
     "The 34-year-old was spotted by a helicopter crew in a remote gully on Wednesday.\n"
     "She was flown to hospital with a broken ankle.\n"
     "Her sister wept with joy at the news."),
]


def test_a_report_of_the_day_before_is_no_source_of_what_came_next() -> None:
    """The Monday wire's lede, the search, is no source of the hiker's being found on the
    Wednesday, though both ledes are of one event (published two days apart): ledes are one
    fact only where their reports are near in time (published_within)."""
    response = summarize({"articles": [{"id": i, "published": p, "text": t}
                                       for i, p, t in HIKER],
                          "length": {"sentences": 4}})
    found = next(item for item in response["brief"] if "found alive" in item["text"])
    assert "wire-wed" in found["sources"] and "tabloid-wed" in found["sources"]
    assert "wire-mon" not in found["sources"], found["sources"]


def test_reprints_name_the_first_copy() -> None:
    """The later reprints are marked as copies of the first one in request order; the first
    reprint and the independent report are no copies."""
    articles = {a["id"]: a for a in _response("reprints", 5)["articles"]}
    for copy_id in REPRINT_COPIES:
        assert articles[copy_id].get("copy_of") == REPRINT_FIRST, copy_id
    assert articles[REPRINT_FIRST].get("copy_of") is None
    assert articles[REPRINT_INDEPENDENT].get("copy_of") is None


_WIRE_RECALL = [
    "Halvik Motors is recalling about 41,000 delivery vans in the United States because their "
    "passenger airbags can burst and spray metal fragments, the carmaker said on Wednesday.",
    "The recall covers Halvik Porter vans built from 2021 to 2023, according to a filing with "
    "road safety regulators.",
    "Dealers will replace the airbags free of charge, and owners will be told by mail in "
    "January, the company said.",
    "Shares of Halvik fell 2.1% in afternoon trading.",
    "\"The safety of our customers comes first,\" spokeswoman Claire Dunmore said in a "
    "statement.",
    "The airbags were made by a supplier in Ohio, which said it was working with regulators.",
    "It is the carmaker's third recall this year, after one of 9,000 sedans in March.",
]


@pytest.mark.parametrize("sentences", [3, 5])
def test_a_reprinted_sentence_is_credited_to_the_original(sentences: int) -> None:
    """A site reprints the first paragraphs of a wire story word for word: the brief shows
    those sentences from the wire, the outlet that wrote them, whichever copy the choice
    reached them by (the reprint, all of it shared, looks the more shared wording), and lists
    the reprint among their sources."""
    response = summarize({"articles": [
        {"id": "wire", "text": "\n\n".join(_WIRE_RECALL)},
        {"id": "daily", "text": "Halvik will recall about 41,000 Porter vans whose airbags may "
                                "burst in a crash, sending shrapnel into the cabin.\n\nThe "
                                "company will pay for the repairs, which it puts at $18 million."},
        {"id": "regional", "text": "\n\n".join(_WIRE_RECALL[:4] + [
            "This article was produced with material from the wire."])},
    ], "length": {"sentences": sentences}})
    assert {a["id"]: a["copy_of"] for a in response["articles"]}["regional"] == "wire"
    copied = [item for item in response["brief"] if item["text"] in _WIRE_RECALL[:4]]
    assert copied, response["brief"]
    for item in copied:
        assert item["article"] == "wire" and "regional" in item["sources"], item


# A broadsheet's own long report of the recall, published after the wire's short story, that
# carries three of the wire's sentences nearly word for word among its own reporting.
_BROADSHEET_RECALL = [
    "Rosa Calder had driven her Halvik Porter for two years before a letter warned her that "
    "the airbag in front of her passenger seat could go off like a grenade.",
    "She runs a florist's delivery round in Dayton with three of the vans.",
    "\"I just want to know my driver is safe,\" she told the Chronicle outside her shop.",
    "Halvik Motors is recalling about 41,000 delivery vans in the United States because their "
    "passenger airbags can burst and spray metal fragments.",
    "Dealers will replace the airbags free of charge, and owners will be told by mail in "
    "January, the company said.",
    "Engineers who studied the part say the propellant inside it breaks down in heat and damp.",
    "Two drivers in Texas were cut by fragments last spring, according to a lawsuit filed in "
    "Houston.",
    "The supplier, a family firm near Toledo, has made inflators for thirty years.",
    "Its owner declined to comment when reached by telephone on Thursday.",
    "Fleet operators worry more about the weeks without vans than about the repair itself.",
    "A parcel firm in Columbus said it had parked eleven of its forty vans as a precaution.",
    "Regulators opened their inquiry in August after the Texas injuries were reported.",
    "The airbags were made by a supplier in Ohio, which said it was working with regulators.",
    "Calder has booked her first van in for the week before Christmas.",
    "Until then, she said, nobody rides in the passenger seat.",
    "The carmaker has not said how many of the replacement parts are in stock.",
]


def test_a_later_report_that_carries_some_of_a_wire_s_sentences_is_no_reprint() -> None:
    """A reprint is published after what it copies, and most of it is copied: a broadsheet's
    long report published after a short wire story, that carries three of the wire's seven
    sentences, is no copy of it (nor the wire one of the broadsheet, published before it),
    while a site that carries the wire's first paragraphs later that day is."""
    req = {"articles": [
        {"id": "wire", "text": "\n\n".join(_WIRE_RECALL), "published": "2025-11-12T14:00Z"},
        {"id": "broadsheet", "text": "\n\n".join(_BROADSHEET_RECALL),
         "published": "2025-11-13T06:00Z"},
        {"id": "site", "text": "\n\n".join(_WIRE_RECALL[:4]), "published": "2025-11-12T16:30Z"},
    ], "length": {"sentences": 4}}
    copies = {a["id"]: a["copy_of"] for a in summarize(req)["articles"]}
    assert copies == {"wire": None, "broadsheet": None, "site": "wire"}
    # a page that gives its day alone ("2025-11-12", read as its midnight) is no earlier
    req["articles"][2]["published"] = "2025-11-12"
    assert {a["id"]: a["copy_of"] for a in summarize(req)["articles"]}["site"] == "wire"


def test_a_wire_template_filled_in_for_another_day_is_no_reprint() -> None:
    """A wire writes each day's aftershock in the same sentences with other figures: the
    second day's story is not a reprint of the first's (a copy keeps its figures), while a
    site that carries the first word for word is."""
    def story(day: str, town: str, magnitude: str, dead: str, hurt: str) -> str:
        return (f"A magnitude {magnitude} aftershock struck the Halvard Valley on {day}, "
                f"damaging buildings in the town of {town}.\n\n"
                f"The Civil Protection Agency said {dead} people were killed.\n\n"
                f"Another {hurt} people were injured, most of them by falling masonry.\n\n"
                "Rescue teams from across Morrow province were searching the rubble.")

    first = story("Monday", "Tallis", "6.1", "9", "140")
    req = {"articles": [
        {"id": "monday", "text": first, "published": "2025-02-03"},
        {"id": "friday", "text": story("Friday", "Brennock", "5.4", "2", "35"),
         "published": "2025-02-07"},
        {"id": "site", "text": first, "published": "2025-02-03"},
    ]}
    copies = {a["id"]: a["copy_of"] for a in summarize(req)["articles"]}
    assert copies == {"monday": None, "friday": None, "site": "monday"}


def test_reprints_are_told_apart_from_sources_in_markdown() -> None:
    """Markdown counts a fact's independent reports against the set's independent articles
    and names the reprints among its sources apart: "2 of 2 sources + 2 reprints"."""
    response = _response("reprints", 5)
    lines = [line for line in to_markdown(response).splitlines() if line[:1].isdigit()]
    independent = sum(1 for a in response["articles"] if not a.get("copy_of"))
    assert independent == 2
    for line, item in zip(lines, response["brief"], strict=True):
        reprints = len(item["sources"]) - item["support"]
        note = f"{item['support']} of {independent} sources"
        assert note + (f" + {reprints} reprint" if reprints else ")") in line, line
    assert any(len(item["sources"]) - item["support"] == 2 for item in response["brief"])


# ------------------------------------------------------------------------ same_fact ----

def _wrong_answers(pairs: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    from summarizer import same_fact

    got = same_fact([a for a, _, _ in pairs], [b for _, b, _ in pairs])
    return [(a, b, want) for (a, b, want), answer in zip(pairs, got, strict=True)
            if answer != want]


def test_same_fact_tells_paraphrases_from_lookalikes() -> None:
    """Paraphrases in other words state the same fact, and so do two figures for one count
    (one fact the sources disagree on); an unrelated sentence does not."""
    wrong = _wrong_answers(SAME_FACT_PAIRS)
    assert not wrong, wrong


def test_same_fact_tells_other_places_apart() -> None:
    """One template about other places states different facts."""
    wrong = _wrong_answers(OTHER_PLACES_PAIRS)
    assert not wrong, wrong


def test_same_fact_tells_other_people_apart() -> None:
    """One template about other people with one title states different facts."""
    wrong = _wrong_answers(OTHER_PEOPLE_PAIRS)
    assert not wrong, wrong


def test_same_fact_gives_one_bool_per_pair() -> None:
    """same_fact answers pair by pair with plain bools, in the language given."""
    from summarizer import same_fact

    first = [a for a, _, _ in SAME_FACT_PAIRS]
    second = [b for _, b, _ in SAME_FACT_PAIRS]
    got = same_fact(first, second, language="english")
    assert isinstance(got, list) and len(got) == len(SAME_FACT_PAIRS)
    assert all(isinstance(answer, bool) for answer in got)


def test_same_fact_answers_a_pair_alike_however_often_it_is_asked() -> None:
    """A sentence given in several pairs is one sentence: its words weigh as one sentence's in
    the TF-IDF, so that a pair asked five times gets the answer it gets asked once (counted
    five times over, the words both sentences share weighed less than the others)."""
    from summarizer import same_fact

    walkout = "Workers walked off the job at the Halden port on Monday."
    strike = "The strike at the port began on Monday morning."
    assert same_fact([walkout], [strike]) == [True]
    assert same_fact([walkout] * 5, [strike] * 5) == [True] * 5


def test_same_fact_rejects_lists_of_different_lengths() -> None:
    """Two lists of different lengths have no pairs: same_fact raises an input error."""
    from summarizer import same_fact

    with pytest.raises((ValueError, InputError)):
        same_fact([SAME_FACT_PAIRS[0][0], SAME_FACT_PAIRS[1][0]], [SAME_FACT_PAIRS[0][1]])


# ------------------------------------------------------------------- a summary box ----

BOXED_TITLE = "Cedar Hollow households ordered out as blaze sweeps down ridge"
# a web page's summary points above its lede, the first also printed as a video's description
POINTS = ["Crews worked through the night as flames moved toward homes on the ridge.",
          "Officials expect hot, dry weather to continue through the week.",
          "Shelters are open for families and pets."]
BOXED_LEDE = ("Fire crews ordered every household in Cedar Hollow to leave on Saturday as a "
              "blaze swept down the ridge.")
BOXED = [
    {"id": "valley-wire", "source": "Valley Wire",
     "title": "Wind-driven wildfire forces evacuations near Cedar Hollow",
     "text": "A wind-driven wildfire forced hundreds of families to flee Cedar Hollow on "
             "Saturday.\n"
             "The blaze had burned 4,500 acres by nightfall and was 10 percent contained, the "
             "state forestry agency said.\n"
             "Gusts of up to 50 miles an hour pushed embers across Route 9 in the afternoon.\n"
             "Three firefighters were treated for heat exhaustion.\n"
             "The cause of the fire is under investigation.\n"},
    {"id": "ridge-times", "source": "The Ridge Times",
     "title": "Brush fire empties Cedar Hollow as winds rise",
     "text": "Residents of Cedar Hollow evacuated their homes on Saturday as a fast-moving brush "
             "fire spread through the foothills.\n"
             "Forestry officials put the burned area at 4,500 acres, with containment at 10 "
             "percent.\n"
             "Shelters opened at the county fairgrounds and two high schools.\n"
             "Route 9 was closed between Cedar Hollow and Pine Flat.\n"
             "Investigators have not said what started the fire.\n"},
    {"id": "metro-now", "source": "Metro Now", "title": BOXED_TITLE,
     "text": "\n".join([BOXED_TITLE, "Show Caption", "Hide Caption",
                        "Firefighters battle flames on the ridge", POINTS[0], *POINTS,
                        BOXED_LEDE,
                        "The fire has scorched 4,500 acres and is 10 percent contained, "
                        "according to the forestry agency.",
                        "Three firefighters needed treatment for heat exhaustion, officials said.",
                        "Route 9 remains closed."])},
]


def test_a_summary_box_above_the_lede_is_neither_shown_nor_evidence() -> None:
    """A page that opens with summary points (the first printed twice, as a video's description
    too) and then its lede: the evacuation, worded differently by each outlet, is one fact with
    the three outlets as its sources, and the page's lede, not a point, is its evidence."""
    response = summarize({"articles": BOXED, "length": {"sentences": 4}})
    shown = [item["text"] for item in response["brief"]]
    shown += [e["text"] for item in response["brief"] for e in item["evidence"]]
    assert not set(POINTS) & set(shown)
    first = response["brief"][0]
    assert set(first["sources"]) == {"valley-wire", "ridge-times", "metro-now"}
    assert first["article"] == "metro-now" and first["text"] == BOXED_LEDE or any(
        e["article"] == "metro-now" and e["text"] == BOXED_LEDE for e in first["evidence"])


@pytest.mark.parametrize(("first", "later", "lede"), [
    (["cedar", "blaze"], ["cedar", "hollow", "blaze"], 0),  # the first shares a title word
    (["weather", "week"], ["cedar", "hollow", "blaze"], 1),  # none, and the next half of them
    (["weather", "week"], ["cedar", "famili"], 0),  # none, but the next fewer than half
])
def test_the_lede_is_the_first_sentence_unless_a_summary_point_comes_first(
        first: list[str], later: list[str], lede: int) -> None:
    from summarizer.facts.facts import ledes

    title = ["cedar", "hollow", "blaze", "ridg"]
    found = ledes([first, later, ["other"]], np.array([0, 0, 1]), [title, []])
    assert found.tolist() == [lede == 0, lede == 1, True]


# ------------------------------------------------------------ the same people, other words ----

RUIZ_HISTORY = ("Governor Ana Ruiz said the storm would be remembered as one of the worst in the "
                "state's history.")
RUIZ_NIGHT = ("“We have never seen a night like this,” Governor Ana Ruiz of Marlow State told "
              "reporters on Wednesday.")
DELIA = [
    {"id": "coast-wire", "source": "Coast Wire", "title": "Storm Delia floods Port Amsel",
     "text": "Storm Delia flooded the harbour district of Port Amsel on Tuesday night, forcing "
             f"600 people from their homes.\n{RUIZ_HISTORY}\n"
             "The harbour's sea wall gave way shortly after midnight.\n"
             "Power was cut to 12,000 homes across the county.\n"},
    {"id": "amsel-post", "source": "The Amsel Post",
     "title": "Hundreds leave homes as Delia swamps harbour",
     "text": "Some 600 residents left their homes after Storm Delia swamped Port Amsel's harbour "
             "district overnight.\n"
             "Governor Ana Ruiz said Delia would go down as one of the worst storms in the "
             "state's history.\n"
             "Crews worked through the night to shore up the broken sea wall.\n"
             "About 12,000 homes lost power.\n"},
    {"id": "radio-marlow", "source": "Radio Marlow", "title": "Delia: harbour district under water",
     "text": "The harbour district of Port Amsel was under water on Wednesday morning after Storm "
             f"Delia struck overnight.\n{RUIZ_NIGHT}\n"
             "Schools in the county will stay closed until Friday.\n"
             "Volunteers handed out blankets at the town hall.\n"},
]


def test_a_sentence_naming_the_same_person_saying_something_else_is_no_support() -> None:
    """Two outlets report what the governor said of the storm; a third quotes her saying
    something else: it names the same person and no word of what she said, so it is neither
    a source nor evidence of the first statement."""
    response = summarize({"articles": DELIA, "length": {"sentences": 5}})
    history = [item for item in response["brief"]
               if "history" in item["text"] and "Ruiz" in item["text"]]
    assert len(history) == 1
    assert set(history[0]["sources"]) == {"coast-wire", "amsel-post"}
    assert history[0]["support"] == 2
    assert RUIZ_NIGHT not in {e["text"] for e in history[0]["evidence"]}


def test_same_fact_tells_what_one_person_said_from_what_else_she_said() -> None:
    from summarizer import same_fact

    assert same_fact([RUIZ_HISTORY], [RUIZ_NIGHT]) == [False]


@pytest.mark.parametrize(("text", "words"), [
    ("Floodwater poured into Bellmora on Sunday.", {"floo", "pour"}),  # the first word too
    ("Air France said flight 447 was lost.", {"flig", "lost"}),  # "Air" starts a name
    ("Police said 12 people died.", {"poli", "peop", "died"}),  # figures and stop words aside
])
def test_words_of_are_what_happened_not_who(text: str, words: set[str]) -> None:
    from summarizer.facts.specifics import words_of

    assert words_of(text, "english") == words


def test_sentences_of_names_alone_are_no_less_the_same_fact() -> None:
    """A sentence with no word but its names ("the Millford.") has nothing else to compare:
    its copy in another article still states it."""
    from summarizer import same_fact

    response = summarize({"articles": [{"text": "bridge. \u200b the Millford."}] * 2,
                          "length": {"sentences": 2}})
    assert all(len(item["sources"]) == 2 for item in response["brief"])
    assert same_fact(["Mayor Irene Castellan of Bellmora."],
                     ["Mayor Irene Castellan of Bellmora."]) == [True]


def test_same_fact_reads_a_long_name_and_its_acronym_as_one_name() -> None:
    """With no story around the pairs, "Northern Water Authority" and "NWA" are one name, as
    the brief's TF-IDF reads them, not two names that set the sentences apart."""
    from summarizer import same_fact

    assert same_fact(["The Northern Water Authority said the reservoir behind the dam was full."],
                     ["The NWA said the reservoir behind the dam had been full for a week."]) \
        == [True]


def test_without_a_title_the_headline_the_text_opens_with_finds_the_lede() -> None:
    """The same pages with no title given: the page's own headline, its first line, says what
    its lede states."""
    untitled = [{**article, "title": ""} for article in BOXED]
    response = summarize({"articles": untitled, "length": {"sentences": 4}})
    first = response["brief"][0]
    assert set(first["sources"]) == {"valley-wire", "ridge-times", "metro-now"}
    assert first["article"] == "metro-now" and first["text"] == BOXED_LEDE or any(
        e["article"] == "metro-now" and e["text"] == BOXED_LEDE for e in first["evidence"])


# ------------------------------------------------------------------------ days of the week ----

def test_stated_days_are_the_days_things_happened_on() -> None:
    """Days of the week, Monday 0, as each language writes them, but not a day something lasts
    until or will happen by; none in a language whose days are not read (Arabic)."""
    assert stated_days("The quake struck late Sunday; on Monday rescuers arrived.",
                       "english") == {6, 0}
    assert stated_days("Rescuers searched on Tuesday after Monday's quake.", "english") == {1, 0}
    assert stated_days("Schools will stay closed until Thursday.", "english") == frozenset()
    assert stated_days("The line reopens next Monday, by Friday at the latest.",
                       "english") == frozenset()
    assert stated_days("Mondays are quiet in Tallis.", "english") == frozenset()
    # the day a report was given, not the day of what it tells
    assert stated_days("About 4,000 homes must boil their water, the health office said on "
                       "Wednesday.", "english") == frozenset()
    assert stated_days("Police said Tuesday the bridge fell on Monday.", "english") == {0}
    assert stated_days("Homes were told on Monday to boil their water.", "english") == {0}
    assert stated_days("Le séisme a frappé mercredi soir.", "french") == {2}
    assert stated_days("Mercredi, le séisme a frappé la vallée.", "french") == {2}
    assert stated_days("Les écoles resteront fermées jusqu'à jeudi.", "french") == frozenset()
    assert stated_days("Das Beben traf das Tal am Freitag.", "german") == {4}
    assert stated_days("\u0648\u0642\u0639 \u0627\u0644\u0632\u0644\u0632\u0627\u0644 "
                       "\u064a\u0648\u0645 \u0627\u0644\u0623\u0631\u0628\u0639\u0627\u0621.",
                       "arabic") == frozenset()


def test_undated_ledes_two_days_apart_are_two_events() -> None:
    """Three undated articles close in words: two ledes name Monday, one Wednesday."""
    similarity = np.full((3, 3), 0.9)
    labels = events(similarity, [None, None, None], [frozenset({0}), frozenset({0}),
                                                      frozenset({2})])
    assert labels.tolist() == [0, 0, 1]


def test_ledes_a_day_apart_or_naming_no_day_are_one_event() -> None:
    """Late Sunday and early Monday are one event; a lede naming no day joins by its words."""
    similarity = np.full((3, 3), 0.9)
    labels = events(similarity, [None, None, None], [frozenset({6}), frozenset({0}),
                                                      frozenset()])
    assert labels.tolist() == [0, 0, 0]


def test_dates_given_decide_over_the_days_named() -> None:
    """Two articles published the same day are one event whatever days their ledes name (a
    lede of Monday's quake and one of Thursday's inquiry into it, both out on Friday); with
    one of the dates missing, the days named tell them apart."""
    similarity = np.full((2, 2), 0.9)
    said = [frozenset({0}), frozenset({3})]
    friday = date(2025, 2, 7)
    assert events(similarity, [friday, friday], said).tolist() == [0, 0]
    assert events(similarity, [friday, None], said).tolist() == [0, 1]


def test_a_scene_of_another_day_keeps_no_undated_report_apart() -> None:
    """Four reports of a manager's sacking, out on Tuesday: the wire's and the tabloid's ledes
    name Tuesday, the broadsheet's opens with Saturday's match, the club's statement names no
    day; a foreign desk's undated lede names Tuesday. Its closeness to the others outweighs
    the broadsheet's day: one event. Had its lede named Thursday, apart from the days of
    three of them, it would be another."""
    similarity = np.full((5, 5), 0.3)
    np.fill_diagonal(similarity, 1.0)
    tuesday = date(2026, 11, 24)
    said = [frozenset({1}), frozenset({5}), frozenset({1}), frozenset(), frozenset({1})]
    assert events(similarity, [tuesday] * 4 + [None], said).tolist() == [0] * 5
    said[-1] = frozenset({3})
    assert events(similarity, [tuesday] * 4 + [None], said).tolist() == [0, 0, 0, 0, 1]


def test_articles_of_one_day_a_little_apart_in_words_are_one_event() -> None:
    """An outage's status page and two reports of it, all out the same day: 0.14 and 0.04 from
    the reports (0.28 between them) is one event. A day later, or further apart in words than
    one story's articles, it is another."""
    similarity = np.array([[1, 0.28, 0.14], [0.28, 1, 0.04], [0.14, 0.04, 1]])
    day = date(2026, 6, 10)
    assert events(similarity, [day, day, day]).tolist() == [0, 0, 0]
    assert events(similarity, [day, day, date(2026, 6, 11)]).tolist() == [0, 0, 1]
    apart = np.array([[1, 0.28, 0.05], [0.28, 1, 0.02], [0.05, 0.02, 1]])
    assert events(apart, [day, day, day]).tolist() == [0, 0, 1]


def test_a_sentence_as_close_to_a_fact_as_its_members_are_states_it_too() -> None:
    """The clustering gives a sentence one fact, where it may state two: a sentence placed in
    another cluster still states a brief sentence's fact when its mean link to that fact's
    members reaches the bar average linkage holds them to (0.2), or its link to the brief
    sentence reaches STATED (0.3); one link of 0.25 to one of two members is not enough."""
    pairs = {(0, 1): 0.5, (2, 3): 0.6, (2, 0): 0.25, (2, 1): 0.2, (4, 0): 0.25, (5, 0): 0.3}
    rows, cols = zip(*pairs, strict=True)
    upper = sparse.coo_matrix((np.float32(list(pairs.values())), (rows, cols)), shape=(6, 6))
    links = (upper + upper.T).tocsr()
    clusters = np.array([0, 0, 1, 1, 2, 3])
    assert stated_by(0, clusters, links) == [1, 2, 5]
    assert stated_by(2, clusters, links) == [3]  # a mean of 0.125 from sentences 0 and 1


def test_two_facts_found_to_be_one_are_linked_wording_to_wording() -> None:
    """Linking the facts of two sentences links every wording of the one to every wording of
    the other, both ways, at the value given or above what was there; nothing else changes."""
    clusters = np.array([0, 0, 1, 1, 1, 2])
    links = sparse.csr_matrix(np.array([[0, .2, 0, 0, 0, 0], [.2, 0, 0, 0, 0, .1],
                                        [0, 0, 0, .9, 0, 0], [0, 0, .9, 0, 0, 0],
                                        [0, 0, 0, 0, 0, 0], [0, .1, 0, 0, 0, 0]],
                                       dtype=np.float32))
    linked = link_facts(links, clusters, [(1, 4)], 0.3).toarray()
    expected = links.toarray()
    for a in (0, 1):
        for b in (2, 3, 4):
            expected[a, b] = expected[b, a] = np.float32(0.3)
    assert np.array_equal(linked, expected)
    assert link_facts(links, clusters, [], 0.3) is links


def test_a_story_starts_with_its_first_events_earliest_article() -> None:
    """The first event in reading order (dated before undated), and of its articles the
    earliest, then the first given; a story of one event has no start to open with."""
    from summarizer.facts.events import event_rank, story_start

    event = np.array([1, 0, 1, 0, 2])  # five articles, three events
    days = [date(2025, 2, 7), None, date(2025, 2, 3), date(2025, 2, 12), None]
    rank = event_rank(event, days)
    assert story_start(event, days, rank) == 2  # event 1: Feb 3 before Feb 7
    undated: list[date | None] = [None] * 5
    assert story_start(event, undated, event_rank(event, undated)) == 1  # the first given
    one = np.zeros(5, dtype=np.int64)
    assert story_start(one, days, event_rank(one, days)) is None


@pytest.mark.parametrize(("text", "language", "values"), [
    ("La jornada se reduce a 37,5 horas para 12 millones de trabajadores.", "spanish",
     ["37.5", "1.2e+07"]),
    ("El plan costará 12 mil millones de euros y dejó 1.500 heridos.", "spanish",
     ["1.2e+10", "1500"]),
    ("L'effondrement a fait 12 morts et 1 500 blessés.", "french", ["12", "1500"]),
    ("Der Plan kostet 2,5 Mio. Euro, 1.200 Menschen wurden verletzt.", "german",
     ["2.5e+06", "1200"]),
    ("The plan costs $2.5 billion, and 1,200 people were hurt.", "english", ["2.5e+09", "1200"]),
])
def test_numbers_are_read_as_each_language_writes_them(text: str, language: str,
                                                       values: list[str]) -> None:
    """Decimal commas, points or spaces between thousands, and each language's scale words."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, language)] == values


@pytest.mark.parametrize(("text", "language", "values"), [
    ("Two people were killed and three others were injured.", "english", ["2", "3"]),
    # (a number in words of thousands or more is a figure whatever it counts)
    ("The blast injured twelve workers, and two million people lost power.", "english",
     ["12", "2e+06"]),
    ("The blast injured twelve workers, and two hundred homes lost power.", "english",
     ["12"]),
    ("Deux personnes ont été tuées et trois autres blessées.", "french", ["2", "3"]),
    ("Zwei Menschen starben, drei wurden verletzt.", "german", ["2", "3"]),
    ("Dos personas murieron y tres resultaron heridas.", "spanish", ["2", "3"]),
    ("Duas pessoas morreram e três ficaram feridas.", "portuguese", ["2", "3"]),
    # the count named past an aside, or at the end of a clause
    ("Two people, including a child, were killed.", "english", ["2"]),
    ("Zwei Menschen kamen ums Leben, 27 wurden verletzt.", "german", ["2", "27"]),
    ("Tres personas perdieron la vida en el accidente.", "spanish", ["3"]),
    # a sentence opens with a number in words, however large
    ("Fourteen people have died and 47 were injured.", "english", ["14", "47"]),
    ("Twenty-three people were killed in the blast.", "english", ["23"]),
    ("Catorce personas han muerto en el descarrilamiento.", "spanish", ["14"]),
    ("Quarante personnes ont \u00e9t\u00e9 bless\u00e9es.", "french", ["40"]),
    # a ten and a unit, as each language joins them
    ("Soixante-quatorze élèves ont été intoxiqués à la cantine.", "french", ["74"]),
    ("Vingt et un blessés ont été transportés à l'hôpital.", "french", ["21"]),
    ("Quatre-vingt-onze personnes ont été évacuées.", "french", ["91"]),
    ("Dreiundzwanzig Menschen wurden verletzt.", "german", ["23"]),
    ("Ventotto persone sono rimaste ferite.", "italian", ["28"]),
    ("Ventitré persone sono rimaste ferite.", "italian", ["23"]),
    ("Treinta y cinco personas resultaron heridas.", "spanish", ["35"]),
    ("Veintitrés personas resultaron heridas.", "spanish", ["23"]),
    ("Trinta e duas pessoas ficaram feridas.", "portuguese", ["32"]),
    ("Tjugotre personer skadades i olyckan.", "swedish", ["23"]),
    # a number given about, in one word after the article
    ("Une soixantaine d'élèves ont été intoxiqués après le déjeuner.", "french", ["60"]),
    ("Secondo il Comune sarebbero una sessantina gli alunni intossicati.", "italian", ["60"]),
    ("Una decena de personas resultaron heridas en el choque.", "spanish", ["10"]),
    ("Uma dezena de pessoas ficaram feridas no acidente.", "portuguese", ["10"]),
    ("Tous les passagers blessés ont été mis en quarantaine.", "french", []),
    ("Ett sextiotal personer evakuerades under natten.", "swedish", ["60"]),
    ("Ett 60-tal personer evakuerades under natten.", "swedish", ["60"]),
    ("Un migliaio di persone sono state evacuate nella notte.", "italian", ["1000"]),
    ("Cerca de um milhar de pessoas foram evacuadas.", "portuguese", ["1000"]),
    ("Un millar de vecinos fueron desalojados de madrugada.", "spanish", ["1000"]),
    ("Un millier d'habitants ont été évacués dans la nuit.", "french", ["1000"]),
    ("Ett tusental personer evakuerades under natten.", "swedish", ["1000"]),
    ("Skolan byggdes under 1990-talet och har 400 elever.", "swedish", ["400"]),
    # the hundreds, apart or in one word: three hundred, not three
    ("Some three hundred people were evacuated overnight.", "english", ["300"]),
    ("Trois cents personnes ont été évacuées dans la nuit.", "french", ["300"]),
    ("Doscientas personas fueron desalojadas de madrugada.", "spanish", ["200"]),
    ("Duecento persone sono state evacuate nella notte.", "italian", ["200"]),
    ("Trezentas pessoas foram evacuadas durante a noite.", "portuguese", ["300"]),
    ("Dreihundert Menschen wurden in der Nacht evakuiert.", "german", ["300"]),
    ("Trehundra personer evakuerades under natten.", "swedish", ["300"]),
    # and the tens and units after them, and a thousand before
    ("Cent trente-sept personnes ont été évacuées mardi.", "french", ["137"]),
    ("Deux cent cinquante personnes ont été évacuées.", "french", ["250"]),
    ("About two hundred and fifty people were injured.", "english", ["250"]),
    ("Mil ciento treinta y dos muertos en seis días por el calor.", "spanish", ["1132"]),
    ("Doscientos cincuenta vecinos fueron desalojados.", "spanish", ["250"]),
    ("Cento e vinte pessoas foram evacuadas durante a noite.", "portuguese", ["120"]),
    # or in one word, where German, Italian and Swedish write them so
    ("Centotrentasette persone sono state evacuate martedì.", "italian", ["137"]),
    ("Centottanta gli sfollati, trecentotto i feriti dopo il crollo.", "italian", ["180", "308"]),
    ("Zweihundertfünfzig Menschen wurden in der Nacht evakuiert.", "german", ["250"]),
    ("Hunderteins Verletzte wurden in Kliniken gebracht.", "german", ["101"]),
    ("Tvåhundrafemtio personer evakuerades under natten.", "swedish", ["250"]),
    ("Cinco personas murieron y dos resultaron heridas.", "spanish", ["5", "2"]),
    ("Il 30 per cento degli sfollati è rientrato a casa.", "italian", ["30"]),
    ("El 30 por ciento de los desalojados ha vuelto.", "spanish", ["30"]),
    # German capitalises every noun: one before a number is no label ("Flight 447")
    ("In Tirol sind am Dienstag drei Wintersportler ums Leben gekommen.", "german", ["3"]),
    ("Im Skigebiet 3 Tote nach dem Lawinenabgang.", "german", ["3"]),
])
def test_small_tolls_in_words_are_figures(text: str, language: str, values: list[str]) -> None:
    """Style guides spell out small numbers, and a sentence opens with one in words, so a toll
    is often written in words: a number from two to ninety-nine in words ("twenty-three",
    "soixante-quatorze", "treinta y cinco", "tjugotre") is a figure where it counts the dead,
    the injured, the missing or the displaced, in every language with such counts, and so are
    the hundreds ("three hundred", "trois cents", "doscientas", "dreihundert"), with the tens
    and units after them ("Cent trente-sept", "Mil ciento treinta y dos": 137 and 1,132, not
    37 and 32), or in one word with them ("centotrentasette", "zweihundertfünfzig")."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, language)] == values


@pytest.mark.parametrize(("text", "language"), [
    ("Five people, including two children, were killed on Tuesday.", "english"),
    ("12 people, including 3 children, were killed on Tuesday.", "english"),
    ("Twelve people, three of them children, were injured in the crash.", "english"),
    ("Trois personnes, dont deux collégiens, ont été grièvement blessées mardi.", "french"),
    ("Zwölf Menschen, darunter drei Kinder, wurden am Abend verletzt.", "german"),
    ("Dodici persone, di cui tre bambini, sono rimaste ferite.", "italian"),
    ("Doze pessoas, entre elas três crianças, ficaram feridas.", "portuguese"),
    ("Doce personas, entre ellas tres niños, resultaron heridas.", "spanish"),
    ("Tolv personer, varav tre barn, skadades i olyckan.", "swedish"),
])
def test_a_count_named_past_an_aside_that_holds_its_part_is_the_whole_s_too(
        text: str, language: str) -> None:
    """"Five people, including two children, were killed": the count named after the aside
    (the dead) is the whole's as well as the part's, and only the part is a part."""
    from summarizer.facts.specifics import PEOPLE, figures

    whole, part = figures(text, language, measured=True)
    assert whole.context & PEOPLE == part.context & PEOPLE != set()
    assert (whole.part, part.part) == (False, True)


@pytest.mark.parametrize(("whole", "part", "language"), [
    ("Seven people are being treated in hospital, six children and one adult.",
     "Six children are being treated in hospital, the health agency said.", "english"),
    ("Ten of the confirmed cases are linked to Hollins Primary: nine pupils and one teacher.",
     "At least nine of the confirmed cases are linked to Hollins Primary, the agency said.",
     "english"),
    ("Sept personnes ont été hospitalisées, cinq enfants et deux adultes.",
     "Cinq enfants ont été hospitalisés, selon l'ARS.", "french"),
])
def test_a_part_listed_in_words_after_a_count_of_people_agrees_with_a_report_of_it_alone(
        whole: str, part: str, language: str) -> None:
    """"Seven people are being treated in hospital, six children and one adult": the six,
    in words and naming no count, list a part of the seven; another report that gives the six
    children alone gives no other figure for the seven."""
    from summarizer.facts.facts import disagreements
    from summarizer.facts.specifics import figures

    own = figures(whole, language, measured=True)
    assert len(own) == 2
    assert disagreements(own, [figures(part, language, measured=True)]) == []


@pytest.mark.parametrize("text", [
    "Five people died in the fire, two weeks after the inspection.",
    "Five people died in the fire: two weeks later the mine reopened.",
])
def test_a_number_in_words_after_a_count_that_lists_no_part_is_no_figure(text: str) -> None:
    """A span of time after a comma ("two weeks after") lists no part of the dead."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, "english", measured=True)] == ["5"]


def test_a_count_named_in_an_aside_that_ends_the_sentence_is_the_part_s_alone() -> None:
    """"12 were taken to hospital, two of them with serious injuries": the injuries are the
    two's; the twelve are those taken to hospital."""
    from summarizer.facts.specifics import PEOPLE, figures

    whole, part = figures("12 were taken to Westmoor Royal Infirmary, two of them with serious "
                          "injuries.", "english", measured=True)
    assert "#injured" in part.context and not whole.context & PEOPLE


@pytest.mark.parametrize(("text", "language", "values"), [
    ("La consejera estima en unas ocho mil hectáreas la superficie dañada.", "spanish",
     ["8000"]),
    ("About two million households were left without power.", "english", ["2e+06"]),
    ("Die Versicherer rechnen mit drei Millionen Euro Schaden.", "german", ["3e+06"]),
    ("There are a thousand reasons to stay, and two weeks to decide.", "english", []),
])
def test_a_number_in_words_of_thousands_is_a_figure_whatever_it_counts(
        text: str, language: str, values: list[str]) -> None:
    """"Unas ocho mil hectáreas" is the 8,000 hectares another outlet gives in digits: a number
    in words before a scale of thousands or more is read in any text that holds the scale, as
    digits are; "a thousand reasons" and "two weeks" are no figures."""
    from summarizer.facts.specifics import counted_in, figures
    from summarizer.facts.vectorise import terms

    read = counted_in(terms([text], language)[0], language)
    assert [f.value for f in figures(text, language, in_words=read)] == values


@pytest.mark.parametrize("text", [
    "The two companies agreed the deal after three weeks of talks, according to two people "
    "familiar with the matter.",
    "Both sides met for the first time in six years, and the Six Nations will go on.",
    "The forty-two delegates often met at ten-minute intervals.",
    "The toll rose after the three deaths, officials said.",  # pointed back to: "the three"
])
def test_numbers_in_words_that_count_nothing_new_are_no_figures(text: str) -> None:
    """Small numbers in words are everywhere in a story, and two of them meet by chance: the
    sources of a report ("two people familiar with"), spans of time, things already named
    ("the two companies", "the three deaths"), names ("the Six Nations") and parts of words
    are no figures."""
    from summarizer.facts.specifics import figures

    assert figures(text, "english") == []


def test_only_a_text_that_names_a_count_is_read_for_numbers_in_words() -> None:
    """The pipeline looks for numbers in words only in texts whose terms name the dead, the
    injured, the missing or the displaced: the others hold none that is a figure."""
    from summarizer.facts.specifics import counted_in, figures
    from summarizer.text.words import content_stems

    for text, counted in (("Two people were killed and three injured.", True),
                          ("Dos personas murieron en el accidente.", False),
                          ("The two companies agreed the deal after three weeks.", False)):
        assert counted_in(content_stems(text, "english"), "english") is counted
        if not counted:
            assert figures(text, "english", in_words=False) == figures(text, "english")
    assert counted_in(content_stems("Dos personas murieron.", "spanish"), "spanish")


def test_a_toll_in_words_and_another_in_digits_disagree() -> None:
    """"two people had been injured" and "3 injuries" give one count two figures: one fact,
    the other figure a disagreement; a share's move of "2.1%" is none of it, though two rounds
    to it."""
    from summarizer import same_fact

    assert same_fact(["The company said two people had been injured."],
                     ["The carmaker knew of 3 injuries linked to the defect."]) == [True]
    response = _brief_of({
        "wire": "Halvik is recalling 41,000 vans because their airbags can burst.\n\nHalvik said "
                "it knew of three injuries linked to the defect.\n\nShares of Halvik fell 2.1% "
                "in afternoon trading.",
        "daily": "Halvik will recall about 41,000 vans whose airbags may burst in a crash.\n\n"
                 "Halvik said two people had been injured.",
        "local": "Halvik is recalling 41,000 vans over airbags that can burst.\n\nHalvik has "
                 "reported three injuries tied to the problem.",
    }, 3)
    injuries = [i for i in response["brief"] if "injur" in i["text"]]
    assert len(injuries) == 1, response["brief"]
    assert [d["figures"] for d in injuries[0].get("disagreements", [])] == [["two"]]
    shares = [i for i in response["brief"] if "Shares" in i["text"]]
    assert all("daily" not in i["sources"] for i in shares)


@pytest.mark.parametrize(("own", "other", "language", "shown"), [
    ("L'effondrement du pont a fait 12 morts mardi.",
     "Le bilan de l'effondrement s'élève à 14 morts.", "french", ["14"]),
    ("L'effondrement du pont a fait environ 180 morts.",
     "L'effondrement du pont a fait 178 morts.", "french", []),
    ("El derrumbe dejó 12 muertos, según las autoridades.",
     "El derrumbe dejó 15 muertos, según los bomberos.", "spanish", ["15"]),
    ("El incendio ha quemado más de 18.000 hectáreas.",
     "El incendio ha quemado 18.400 hectáreas.", "spanish", []),
    ("Der Einsturz forderte 12 Tote.", "Der Einsturz forderte 14 Tote.", "german", ["14"]),
    # "around" in each language, before the figure it rounds
    ("Sågverket i Lidvik har 238 anställda.", "Sågverket i Lidvik har runt 240 anställda.",
     "swedish", []),
    ("La fabbrica di Ronchello ha 238 dipendenti.",
     "La fabbrica di Ronchello ha intorno ai 240 dipendenti.", "italian", []),
    ("A fábrica de Lordelo tem 238 trabalhadores.",
     "A fábrica de Lordelo tem por volta de 240 trabalhadores.", "portuguese", []),
    ("La fábrica de Almedilla tiene 238 trabajadores.",
     "La fábrica de Almedilla tiene en torno a 240 trabajadores.", "spanish", []),
    ("L'usine de Marsac emploie 238 salariés.",
     "L'usine de Marsac emploie autour de 240 salariés.", "french", []),
    ("Das Werk in Kaltenau hat 238 Beschäftigte.",
     "Das Werk in Kaltenau hat annähernd 240 Beschäftigte.", "german", []),
])
def test_tolls_roundings_and_bounds_are_read_in_other_languages(
        own: str, other: str, language: str, shown: list[str]) -> None:
    """The counts of the dead (and of the injured, missing and displaced), the words of a
    rounding and of a bound, in each language: two tolls of one event disagree, a rounding or
    a bound near a figure does not."""
    from summarizer.facts.facts import disagreements
    from summarizer.facts.specifics import figures

    found = disagreements(figures(own, language, measured=True),
                          [figures(other, language, measured=True)])
    assert [figures_shown for _, figures_shown in found] == ([shown] if shown else [])


@pytest.mark.parametrize(("first", "second", "language"), [
    ("El derrumbe del puente dejó 12 muertos el martes.",
     "Las autoridades elevaron a 15 el número de fallecidos.", "spanish"),
    ("Le pont s'est effondré mardi, faisant 12 morts.",
     "Le bilan officiel est passé à 14 décès.", "french"),
])
def test_two_tolls_in_other_words_are_one_fact_in_other_languages(
        first: str, second: str, language: str) -> None:
    """Two tolls of one event in words that share nothing but what they count ("muertos",
    "fallecidos") are one quantity the sources disagree on, as in English."""
    from summarizer import same_fact

    assert same_fact([first], [second], language) == [True]


def test_undated_events_are_told_apart_by_their_days_in_other_languages() -> None:
    """Two quakes in one valley, four days apart, told in French without dates: their ledes
    name Monday and Friday, so they are two events, and the brief is their timeline."""
    def quake(day: str, town: str, magnitude: str, dead: str) -> str:
        return (f"Un séisme de magnitude {magnitude} a frappé la vallée de Halvard {day}, "
                f"détruisant des maisons dans la ville de {town}.\n\n"
                f"La protection civile a annoncé que {dead} personnes avaient été tuées à "
                f"{town}.\n\n"
                "Les secours de toute la province fouillaient les décombres.")

    req = {"language": "french", "articles": [
        {"id": "a", "text": quake("lundi", "Tallis", "6,1", "9")},
        {"id": "b", "text": quake("lundi matin", "Tallis", "6,1", "9").replace(
            "a frappé", "a secoué")},
        {"id": "c", "text": quake("vendredi", "Brennock", "5,4", "2")},
        {"id": "d", "text": quake("vendredi soir", "Brennock", "5,4", "2").replace(
            "a frappé", "a secoué")},
    ]}
    response = summarize(req)
    assert sorted(sorted(e["articles"]) for e in response.get("events", [])) == [
        ["a", "b"], ["c", "d"]]


# A quarter's results, as a wire, a business paper and a markets blog word them: the share
# move is "shares rose", "the shares were up" and "the stock jumped", in other words each.
RESULTS = {
    "wire": "Halvard Foods reported an 18% rise in quarterly profit on Tuesday, helped by "
            "strong demand for its frozen meals.\nRevenue climbed 9% to 2.4 billion euros.\n"
            "Shares in Halvard rose 5.5% in early trading in Amsterdam.\nThe company kept its "
            "forecast for the year.",
    "paper": "Halvard Foods beat expectations on Tuesday as shoppers kept buying its frozen "
             "meals.\nNet profit rose 18 percent to 310 million euros, and sales increased 9 "
             "percent.\nThe shares were up 6 percent at midday.\nChief executive Lena Brandt "
             "said the company would open a new plant in Poland next year.",
    "blog": "Halvard delivered again.\nThe stock jumped 5.5% after the open, its best day "
            "this year.\nFrozen meals now make up half of group sales.",
}


def test_one_share_move_worded_three_ways_is_one_fact_with_its_disagreement() -> None:
    """"Shares ... rose 5.5%", "The stock jumped 5.5%" and "The shares were up 6 percent" give
    one count (MEASURES: shares and stock are one), with one figure in common and one other:
    one brief sentence, the three outlets its sources, the 6 percent its disagreement."""
    brief = _brief_of(RESULTS, 4)["brief"]
    moves = [item for item in brief if any(w in item["text"] for w in ("Shares", "stock",
                                                                       "shares"))]
    assert len(moves) == 1
    assert set(moves[0]["sources"]) == {"wire", "paper", "blog"}
    assert [d["figures"] for d in moves[0].get("disagreements", [])] in ([["6"]], [["5.5"]])


@pytest.mark.parametrize(("text", "language"), [
    ("Two shares of the group changed hands.", "english"),
    ("The company sold three stocks, two people said.", "english"),
])
def test_a_number_in_words_beside_a_business_count_is_no_figure(text: str,
                                                               language: str) -> None:
    """Numbers in words are figures of the counts of people only: "two shares" is no share
    move."""
    from summarizer.facts.specifics import figures

    assert figures(text, language) == []


def test_figures_that_moved_two_ways_are_no_one_fact() -> None:
    """One company's shares fell 3.3%, another's rose about 3%: a rounding that would admit the
    other figure, but a rise and a fall are two moves (specifics.TRENDS). The same fall worded
    by another outlet stays one fact."""
    from summarizer import same_fact

    fell = "Korvan stock fell 3.3% on Monday."
    assert same_fact([fell] * 3, ["Shares in Belmar rose about 3% in early trading on Monday.",
                                  "Shares in Korvan dropped about 3% on Monday.",
                                  "Korvan shares slid 3.3% on Monday."]) == [False, True, True]


@pytest.mark.parametrize(("text", "language", "trends"), [
    ("Shares in Korvan rose 5.5% in early trading.", "english", [1]),
    ("Korvan stock slumped 5.5% on Monday.", "english", [-1]),
    ("Korvan's shares stood at 5.5% of the index.", "english", [0]),
    ("L'action Korvan a chuté de 5,5 % lundi.", "french", [-1]),
    ("Die Aktie von Korvan ist um 5,5 Prozent gestiegen.", "german", [1]),
    ("Las acciones de Korvan cayeron un 5,5 % el lunes.", "spanish", [-1]),
    ("Aktien i Korvan steg 5,5 procent på måndagen.", "swedish", [1]),
    # lives lost are no fall: the toll that rose to 16 may still be their count
    ("Two people lost their lives on Monday, and the toll rose to 16.", "english", [0, 1]),
])
def test_a_figure_knows_which_way_it_moved(text: str, language: str, trends: list[int]) -> None:
    """A figure given as a rise or a fall (TRENDS) says so, in each language read."""
    from summarizer.facts.specifics import figures

    assert [f.trend for f in figures(text, language)] == trends


@pytest.mark.parametrize(("first", "second", "language"), [
    ("Shares in Halvard rose 5.5%.", "The stock jumped 5.5% after the open.", "english"),
    ("Die Aktie stieg um 5,5 Prozent.", "Die Papiere legten um 5,5 Prozent zu.", "german"),
    ("Las acciones subieron un 5,5 %.", "Las acciones de Halvard ganaron un 5,5 %.", "spanish"),
    ("Net profit rose 18% to 310 million euros.", "Earnings climbed 18%.", "english"),
    ("Revenue climbed 9% to 2.4 billion euros.", "Sales increased 9 percent.", "english"),
])
def test_a_business_count_in_other_words_is_one_count(first: str, second: str,
                                                      language: str) -> None:
    """Shares and stock, profit and earnings, revenue and sales: the figures of each pair
    share their count's name (MEASURES), as "killed" and "died" do."""
    from summarizer.facts.specifics import figures

    marks = [{w for f in figures(text, language) for w in f.context if w.startswith("#")}
             for text in (first, second)]
    assert marks[0] & marks[1]


# A ferry lost at sea, from a live page (newest post first), a wire and a paper. The live page
# words the capsizing without the toll, in words the others share.
FERRY = {
    "live": "The coastguard now says 31 people have been rescued and 12 bodies recovered.\nThe "
            "ferry was carrying about 60 passengers when it capsized in rough seas, the port "
            "authority said.\nA survivor told local radio the ship \"tilted, then tilted more, "
            "and then everyone was in the water\".\nWe are following reports that a passenger "
            "ferry has capsized off Pemba island.",
    "wire": "A ferry carrying about 60 people capsized in rough seas off Pemba island on "
            "Thursday, killing at least 12, the coastguard said.\nThirty-one people were "
            "rescued, and a search for the missing was under way.\nThe MV Salama was travelling "
            "from the mainland port of Tanga, the port authority said.\nFerries in the region "
            "are often overloaded, and safety inspections are rare.",
    "paper": "At least 12 people died when the MV Salama overturned off Pemba on Thursday "
             "afternoon.\nFishermen were the first to reach the scene and pulled several "
             "passengers from the water, witnesses said.\nThe coastguard said 31 people had been "
             "rescued.\nPresident Amina Sefu declared three days of national mourning.",
}


def test_a_clearer_wording_keeps_the_toll() -> None:
    """The lede's fact is worded by the wire with its toll and by the live page without: a
    wording more shared is no clearer where it leaves out the dead."""
    brief = _brief_of(FERRY, 4)["brief"]
    capsized = [item for item in brief if "capsized" in item["text"]]
    assert len(capsized) == 1 and "12" in capsized[0]["text"]


@pytest.mark.parametrize(("text", "reacts"), [
    ("Harbour Board today welcomed the publication of the Independent Review of the port's "
     "safety and accepted all 40 of its recommendations.", True),
    ("Norrvik Launch Systems today provided an update on the anomaly that occurred during a "
     "test of its rocket on Monday.", True),
    ("The Civic Party has responded to the auditor's report on the contract.", True),
    ("The Wildlife Welfare Trust is calling for an independent inquiry into today's escape of "
     "a bear from Marlow Park.", True),
    ("Harbour Residents Association called for the ferry's licence to be suspended.", True),
    ("Odile Marchal, Minister for the Sea, welcomes the adoption of the fishing bill by 301 "
     "votes to 212.", True),
    ("Odile Marchal, the minister, said the fishing bill passed by 301 votes to 212.", False),
    ("Open Rights Lisvania (ORL) welcomes today's ruling of the Supreme Court.", True),
    ("The Harbour Board fined the port's owner 4 million crowns on Tuesday.", False),
    ("Anglers welcomed the ban, which the board imposed on Tuesday.", False),  # not its subject
    ("Residents who welcomed the plan were outnumbered at the meeting.", False),
    ("Campaigners called for calm after the bear escaped from Marlow Park.", False),
    ("The National Rowing Federation is deeply saddened to learn that two rowers have died "
     "after their boat capsized on Lake Orm.", True),
    ("Harbour Ferries Ltd extends its deepest sympathy to the families of the two crew.", True),
    ("Two rowers died after their boat capsized on Lake Orm, the National Rowing Federation "
     "said.", False),
])
def test_a_lede_that_states_its_subjects_reaction_is_no_lede(text: str, reacts: bool) -> None:
    """A press release that opens with its body's reaction to the event (it welcomed the
    review, gave an update on the anomaly, calls for an inquiry), its subject named with who
    they are or not, states no fact of the event:
    its article has no lede. A sentence in which someone else welcomes something, after the
    news, is a lede."""
    from summarizer.facts.facts import reactions

    ledes = np.array([True, False])
    assert reactions(ledes, [text, text], "english").tolist() == ([0] if reacts else [])
    assert reactions(ledes, [text, text], "arabic").tolist() == []


@pytest.mark.parametrize(("text", "bare"), [
    ("Mayor Ilse Brandt says the town was told 1,100.", True),
    ("The ministry says 7,940.", True),
    ("The union said about 600.", True),
    ("Mayor Ilse Brandt said the town was told to expect 1,100 job losses.", False),
    ("Police put the crowd at 40,000.", False),  # a count's name
    ("Turnout was 41.3%, the commission said.", False),  # a unit, and words after it
    ("The government wants to raise the retirement age to 65.", False),  # no one says it
    ("Police said two people had died.", False),
])
def test_a_figure_someone_gives_with_nothing_of_what_it_counts_leans_on_another(
        text: str, bare: bool) -> None:
    """"… says the city was told 1,100." ends on a figure right after a verb of saying with no
    unit, no count's name and nothing after it: it leans on the sentence that names the count,
    and does not stand alone in a brief."""
    from summarizer.facts.specifics import ends_bare, figures

    assert ends_bare(text, figures(text, "english"), "english") is bare


@pytest.mark.parametrize(("text", "language", "bare"), [
    ("Der Automobilklub Nordost kommt auf mehr als 700.", "german", True),
    ("Sjöräddningen talade tidigt om drygt 230.", "swedish", True),
    ("Los organizadores hablan de 3.000.", "spanish", True),
    ("La CGT avance 1 650.", "french", True),
    ("Facket säger elva.", "swedish", True),  # in words
    ("La Coordinadora eleva la cifra a dieciocho.", "spanish", True),
    ("The union puts it at 740.", "english", True),
    ("Polisen uppger att två personer skadades.", "swedish", False),
    ("Die Polizei kam auf 700 Unfälle.", "german", False),  # what it counts
    ("Die Arbeitgeber zählten rund 70.000 Beschäftigte – die Gewerkschaft spricht von 118.000.",
     "german", False),  # the count's figure before it, set against it
    ("Il Comune parla di 15 milioni di euro.", "italian", False),  # a unit
])
def test_a_figure_given_bare_is_read_in_every_language(text: str, language: str,
                                                       bare: bool) -> None:
    """"Der Automobilklub kommt auf mehr als 700.": a verb by which a party speaks of a figure
    (SPEAKS_OF) before a sentence's one figure, which it ends on, in every language."""
    from summarizer.facts.specifics import ends_bare, figures

    assert ends_bare(text, figures(text, language), language) is bare


def test_a_roads_toll_is_no_death_toll() -> None:
    """"toll records", "toll data": a road's toll marks no dead; "the death toll" does."""
    from summarizer.facts.specifics import figures, gives_toll

    for text in ["It says the 14 vehicles it identified from camera footage and toll records "
                 "are the best count.",
                 "The operator names, on the basis of its toll data, 14 vehicles."]:
        assert not gives_toll(figures(text, "english")), text
    assert gives_toll(figures("The toll rose to 14 on Tuesday.", "english"))


def test_an_emergency_department_or_a_rescue_service_is_no_one_rescued() -> None:
    """Italian's "pronto soccorso" (the emergency department) and "Soccorso alpino" (the
    mountain rescue service) name no one rescued: a figure beside them is no count of the
    rescued ("dieci punti di sutura" are stitches); "soccorsi" still counts them."""
    from summarizer.facts.specifics import figures

    for text in ["Il ciclista è uscito dal pronto soccorso con dieci punti di sutura.",
                 "Sul posto lavorano una cinquantina di tecnici del Soccorso alpino."]:
        assert figures(text, "italian") == [], text
    rescued = figures("Sono stati soccorsi dodici escursionisti.", "italian")
    assert [(f.value, "#rescued" in f.context) for f in rescued] == [("12", True)]


# A paper that opens on a scene, bridges in a few words, then gives the news the wires open with.
BRIDGED = {
    "wire": "Harnby Steel posted a net loss of 212 million crowns for the third quarter on "
            "Tuesday and said it would cut 1,400 jobs at its Orlin works.\n\n"
            "The loss compares with a profit of 96 million crowns a year earlier.\n\n"
            "Chief executive Mara Lind said cheap imports had driven prices down.",
    "agency": "Steelmaker Harnby Steel reported a third-quarter net loss of 212 million crowns "
              "on Tuesday and announced 1,400 job cuts at the Orlin works.\n\n"
              "Harnby shares fell 9 percent in Orlin.\n\n"
              "Unions called the cuts a betrayal of the town.",
    "paper": "In the rolling mill at Orlin, where Harnby has made steel plate since 1911, the "
             "night shift worked on in silence on Tuesday, the furnaces at half heat.\n\n"
             "By noon, everyone knew why.\n\n"
             "Harnby Steel said it had lost 212 million crowns in the third quarter and would "
             "cut 1,400 of its Orlin jobs.\n\n"
             "Chief executive Mara Lind blamed cheap imports for the fall in prices.",
}


def test_a_scene_and_a_bridge_of_a_few_words_leave_the_lede_to_the_news() -> None:
    """"… the furnaces at half heat. By noon, everyone knew why. Harnby Steel said it had lost
    …": the bridge tells nothing and does not stand alone; the paper's lede is the news after
    it (soft_ledes, told the sentence each lede leaves its event to), one fact with the wires'
    ledes, and the brief opens with that fact, not the scene."""
    from summarizer.brief.select import stands_alone
    from summarizer.facts.facts import soft_ledes
    from summarizer.facts.vectorise import terms

    assert not stands_alone(["By noon, everyone knew why."], "english")[0]
    texts = [BRIDGED["wire"].split("\n\n")[0], *BRIDGED["paper"].split("\n\n")[:3]]
    articles, ledes = np.array([0, 1, 1, 1]), np.array([True, True, False, False])
    cells = {(1, 0): 0.12, (3, 0): 0.5}
    S = sparse.csr_matrix((list(cells.values()), tuple(zip(*cells, strict=True))),
                          shape=(4, 4))
    S = S.maximum(S.T).tocsr()
    found = [[], [], [], []]  # the figures play no part here
    read, titles = terms(texts, "english"), [[], []]
    assert soft_ledes(ledes, S, articles, found, read, titles).tolist() == []
    after = np.array([1, 3, 3, 4])  # the paper's scene leaves its event past the bridge
    assert soft_ledes(ledes, S, articles, found, read, titles, after).tolist() == [1]
    brief = _brief_of(BRIDGED, 3)["brief"]
    assert "212 million" in brief[0]["text"]
    assert not any(item["text"].startswith("In the rolling mill") for item in brief)
    opening = brief[0]
    assert {"wire", "agency", "paper"} <= {opening["article"], *opening["sources"]}


# Two reports of a ferry's first night and the operator's press release, whose opening in its own
# voice is followed by a sentence that states the event as the reports' ledes do.
RELEASED = {
    "wire": "The Harbor Authority opened a night ferry between Keswin and Marlow on Monday, "
            "a year after the old bridge closed, but commuters said the first crossings ran "
            "late.\n\n"
            "The ferry runs every 40 minutes from 10 p.m. to 5 a.m.\n\n"
            "Commuter groups said two of the first four crossings left more than 20 minutes "
            "late.",
    "paper": "Keswin's night ferry to Marlow began service on Monday, restoring a late-night "
             "link across the river a year after the bridge closed, though the first crossings "
             "ran behind time.\n\n"
             "Boats leave every 40 minutes between 10 p.m. and 5 a.m.\n\n"
             "The commuters' association counted two late departures out of four.",
    "release": "The Harbor Authority today launches Nightlink, its new late-evening "
               "service.\n\n"
               "From Monday, a night ferry links Keswin and Marlow across the river, a year "
               "after the old bridge closed.\n\n"
               "Tickets cost 3 euros.",
}


def test_a_lede_in_its_writers_own_voice_keeps_its_place() -> None:
    """"The Harbor Authority today launches …" is the release's lede, in its own voice
    (select.in_own_voice): it leaves the event to no next sentence (soft_ledes), which would
    then stand as a report's lede and open the brief in the party's words. The brief opens
    with a report's lede, the release among its sources."""
    opening = _brief_of(RELEASED, 3)["brief"][0]
    assert opening["article"] in {"wire", "paper"}
    assert "release" in opening["sources"]


def test_a_press_releases_lede_gives_way_to_a_reports() -> None:
    """A party's release (clean.released: "COMUNICATO STAMPA") tells the event in its own
    words, in the third person too ("Alle ore 4.30 di questa mattina il fiume …"): its lede
    is a wording of last resort, and the brief opens with a report's lede, the release among
    its sources."""
    response = summarize({"articles": [
        {"id": "agenzia", "text": "Il fiume Serchio è esondato nella notte a Valdina, allagando "
         "il centro storico e due frazioni, secondo i vigili del fuoco.\n\nUna trentina di "
         "persone sono state soccorse con i gommoni.\n\nIl sindaco ha chiuso le scuole per "
         "due giorni."},
        {"id": "giornale", "text": "Notte di paura a Valdina, dove il Serchio ha rotto gli "
         "argini e l'acqua ha invaso il centro storico.\n\nI vigili del fuoco hanno soccorso "
         "trenta persone rimaste bloccate ai piani alti.\n\nLe scuole resteranno chiuse per "
         "due giorni."},
        {"id": "comune", "text": "COMUNICATO STAMPA\n\nAlle ore 4.30 di questa mattina il "
         "fiume Serchio ha rotto l'argine a Valdina, allagando il centro storico e le frazioni "
         "di Mulini e Case Basse.\n\nLe scuole di ogni ordine e grado resteranno chiuse per "
         "due giorni."}],
        "language": "italian", "length": {"sentences": 3}})
    opening = response["brief"][0]
    assert opening["article"] in {"agenzia", "giornale"}
    assert "comune" in opening["sources"]


@pytest.mark.parametrize(("text", "values"), [
    ("The agency is looking at five deaths, two more than the company has confirmed.", ["5"]),
    ("Police counted 40 arrests, 12 fewer than last year.", ["40"]),
    ("Two more people died overnight.", ["2"]),
    ("More than 40 people were hurt.", ["40"]),
])
def test_a_difference_between_two_counts_is_no_count(text: str, values: list[str]) -> None:
    """"two more than the company has confirmed" gives how far two counts are apart, not a
    count of the dead: no figure for one, which another report's "four deaths" would
    otherwise be set against."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, "english")] == values


@pytest.mark.parametrize(("text", "language", "values"), [
    ("Four officers guarded 310 inmates in a prison built for 220.", "english", ["310"]),
    ("The shelter has room for about 300 people and took in 140 on Monday.", "english",
     ["140"]),
    ("Erano di turno quattro agenti per 310 detenuti, in una struttura che ne potrebbe "
     "ospitare 220.", "italian", ["310"]),
    ("El pabell\u00f3n, con capacidad para 900 personas, acoge a 450 desalojados.", "spanish",
     ["450"]),
    ("O gin\u00e1sio, com capacidade para 500 pessoas, recebeu 230 desalojados.",
     "portuguese", ["230"]),
    ("Le gymnase, pouvant accueillir 400 personnes, h\u00e9berge 120 sinistr\u00e9s.",
     "french", ["120"]),
    ("Die Halle bietet Platz f\u00fcr 300 Menschen; 150 Evakuierte schliefen dort.", "german",
     ["150"]),
    ("Skolan, med plats f\u00f6r 200 personer, tog emot 85 evakuerade.", "swedish", ["85"]),
    ("The ferry was carrying 400 passengers when the fire broke out.", "english", ["400"]),
])
def test_what_a_place_can_hold_is_no_count(text: str, language: str,
                                           values: list[str]) -> None:
    """"a prison built for 220" gives its size, not a count of the inmates, whom another report
    puts at 287: no figure of the sentence's to set against that. What a ferry was carrying
    is a count."""
    from summarizer.facts.specifics import figures

    assert [f.value for f in figures(text, language)] == values


@pytest.mark.parametrize(("text", "language"), [
    ("La compagnia ha parlato di \u00abmeno del 3%\u00bb delle persone a bordo.", "italian"),
    ("Die Beteiligung lag bei 41,3 Prozent.", "german"),
    ("La adhesi\u00f3n fue del 41,3 por ciento, seg\u00fan el ministerio.", "spanish"),
    ("A taxa de ades\u00e3o era de 41,3 por cento \u00e0s 11h00.", "portuguese"),
    ("Le taux de gr\u00e9vistes atteint 41,3 pour cent.", "french"),
    ("Valdeltagandet var 41,3 procent.", "swedish"),
])
def test_a_percentage_is_one_in_every_language(text: str, language: str) -> None:
    """A share is given in per cent in every language, as a sign or in words: "meno del 3%"
    of those aboard is no count of them, to be set against six crew members."""
    from summarizer.facts.specifics import figures

    assert [f.unit for f in figures(text, language, measured=True)] == ["%"]


@pytest.mark.parametrize(("text", "language", "source"), [
    ("Moreau won 54.2 percent of the vote, according to the electoral commission's count.",
     "english", "commission"),
    ("Haldane had 45.9 percent, the electoral commission said.", "english", "commission"),
    ("Moreau a obtenu 54,2 % des voix, selon la commission électorale.", "french",
     "commission"),
    ("Moreau ha ottenuto il 54,2 per cento dei voti, secondo la commissione elettorale.",
     "italian", "commissione"),
    ("Moreau obtuvo el 54,2 % de los votos, según la comisión electoral.", "spanish",
     "comisión"),
    ("Moreau obteve 54,2 % dos votos, segundo a comissão eleitoral.", "portuguese",
     "comissão"),
    ("Moreau erhielt 54,2 Prozent der Stimmen, teilte die Wahlkommission mit.", "german",
     "wahlkommission"),
    ("Moreau fick 54,2 procent av rösterna, enligt valkommissionen.", "swedish",
     "valkommissionen"),
])
def test_who_gives_a_figure_is_not_what_it_counts(text: str, language: str,
                                                  source: str) -> None:
    """"…, according to the electoral commission": the source's words are no words of what the
    figure counts, so that the share of the vote and the turnout that one commission gives are
    not one count."""
    from summarizer.facts.specifics import figures
    from summarizer.text.words import stemmer

    (figure,) = figures(text, language, measured=True)
    assert stemmer(language)(source) not in figure.context, figure.context


def test_two_figures_one_source_gives_are_not_one_count() -> None:
    """The electoral commission's turnout and a candidate's share, each told with the
    commission's name, are two counts; the share of the vote two reports give is one."""
    from summarizer.facts.specifics import figures, one_count

    turnout = figures("The electoral commission said turnout was 68 percent.", "english",
                      measured=True)
    (share,) = figures("Moreau won 54.2 percent of the vote, according to the electoral "
                       "commission.", "english", measured=True)
    (other,) = figures("Moreau took 54.1 percent of the vote.", "english", measured=True)
    assert not one_count(turnout[0], share)
    assert one_count(share, other)


def test_a_swedish_count_about_a_ten_is_a_rounding() -> None:
    """"ett 60-tal personer" is about sixty, as "ett sextiotal" is: a rounding, which the
    county's 62 evacuated do not disagree with."""
    from summarizer.facts.specifics import figures

    for text in ("Ett 60-tal personer evakuerades.", "Ett sextiotal personer evakuerades."):
        (figure,) = figures(text, "swedish", measured=True)
        assert figure.value == "60" and figure.rounded, figure


def test_a_reprint_s_sentence_is_copied_from_its_copy_in_the_original() -> None:
    """Each sentence of a reprint that copies one of its original's sentences (one label of
    events.copies) is copied from that one, the first there where several share its label; a
    sentence of its own, and every sentence of an independent report, from none."""
    from summarizer.facts.events import copied_from

    articles = np.array([0, 0, 0, 1, 1, 1, 2])
    report = np.array([0, 0, 0, 0, 0, 0, 2])  # article 1 reprints article 0
    copies = np.array([0, 1, 1, 1, 2, 3, 4])  # row 3 copies rows 1 and 2; rows 4, 5 its own
    assert copied_from(copies, articles, report).tolist() == [-1, -1, -1, 1, -1, -1, -1]


def test_a_reprint_s_lede_cut_short_copies_its_original_s_lede() -> None:
    """A reprint's lede that keeps the first half of its original's and adds a word ("Two
    bears escaped … on the outer fence, in Wales.", the wire's going on "…, forcing the park
    to close …") is under COPY's cosine, yet nearly all its weight is in words of the
    original's lede: it copies it. Not two body sentences so shaped, nor an independent
    report's lede."""
    from scipy import sparse as sp

    from summarizer.facts.events import COPY, PART, copies

    def row(terms: list[int]) -> np.ndarray:
        out = np.zeros(16)
        out[terms] = 1.0
        return out / np.linalg.norm(out)

    whole, part = row(list(range(14))), row([*range(6), 14])  # 6 of part's 7 terms in whole
    X = sp.csr_matrix(np.vstack([whole, part, whole, part, whole, part]))
    articles = np.array([0, 1, 0, 1, 2, 3])
    S = (X @ X.T).toarray()
    S[articles[:, None] == articles[None, :]] = 0.0
    assert PART <= S[0, 1] < COPY
    event = np.zeros(6, dtype=int)
    lede = np.array([True, True, False, False, True, True])

    def copied(report: np.ndarray) -> bool:
        labels = copies(sp.csr_matrix(S), articles, report, event, X, lede)
        return bool(labels[0] == labels[1])

    assert copied(np.array([0, 0, 2, 3]))  # article 1 reprints article 0
    assert not copied(np.array([0, 1, 2, 3]))  # two independent reports
    labels = copies(sp.csr_matrix(S), articles, np.array([0, 0, 2, 3]), event, X,
                    np.zeros(6, dtype=bool))
    assert labels[0] != labels[1]  # no ledes: body sentences so shaped stay apart


def test_a_copy_points_back_where_its_original_does_by_words_inside_it() -> None:
    """A sentence points back inside ("The first, …", "…, the person said.") whatever words
    stand around it, which a spun copy swaps for synonyms; a pronoun that opens it is no such
    pointer (a copy editor writes "The storm is heading inland" for "It was heading inland")."""
    from summarizer.brief.select import points_back_inside, stands_alone

    first = "The first, radio reporter Ivo Tamm, was given 18 months in 2009."
    pronoun = "It was heading inland, where it was expected to weaken, at about 9 mph."
    assert points_back_inside(first, "english")
    assert not points_back_inside(pronoun, "english")
    assert not stands_alone([first, pronoun], "english").any()


def test_a_live_pages_post_updated_by_a_newer_post_of_its_fact_is_superseded() -> None:
    """A live page runs newest first: an older post that gives another figure for a count a
    newer post of its fact gives is past ("projection: Civic Party 37" below "38"); a post of
    another fact, a post without figures, and an article that is no live page are not."""
    from summarizer.facts.facts import superseded
    from summarizer.facts.specifics import figures

    texts = ["06:05 Final result: Civic Party 38 seats, Labour Front 24.",
             "04:10 Our projection: Civic Party 38 seats, Labour Front 24.",
             "02:30 New projection: Civic Party 37 seats, Labour Front 25.",
             "01:05 Turnout is estimated at 61.4 percent.",
             "00:30 The count goes on through the night.",
             "Projections gave the Civic Party 37 seats at 2:30 a.m."]
    found = [figures(text, "english", measured=True) for text in texts]
    clusters = np.array([0, 0, 0, 1, 0, 0])
    articles = np.array([0, 0, 0, 0, 0, 1])
    posted = np.array([True, True, True, True, True, False])
    assert superseded(clusters, articles, posted, found).tolist() == [
        False, False, True, False, False, False]
