"""What to check, where sources differ, and a story's timeline: the response's `warnings`,
`events` and `brief[].event`, and the disagreement notes in every rendering."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from factsets import (
    REPRINTS,
    RETOLD,
    SAGA,
    TOLL,
    TOLL_OTHERS,
    TOLLS,
    article,
    item_label,
    request,
)

from summarizer import summarize
from summarizer.brief.render import differ_note, render
from summarizer.cli import read_articles

HARBOUR = [
    ("The Averil Harbour footbridge was closed on Tuesday after engineers found a crack across "
     "its main steel span, harbour officials said. The footbridge carries about 4,000 commuters "
     "a day between the ferry terminal and the old town. A structural survey will begin on "
     "Thursday, the harbour authority said."),
    ("Port Averil's harbour authority shut the Averil Harbour footbridge on Tuesday, saying "
     "engineers had found a crack across its main steel span. Commuters from the ferry "
     "terminal now face a detour of about twenty minutes. Harbour master Ines Okafor said "
     "nobody had been hurt."),
]


def codes(response: dict[str, Any]) -> dict[str, list[str]]:
    return {w["code"]: w["articles"] for w in response["warnings"]}


def test_a_well_sourced_brief_has_no_warnings() -> None:
    response = summarize({"articles": [{"id": str(k), "text": t}
                                       for k, t in enumerate(HARBOUR, 1)],
                          "length": {"sentences": 2}})
    assert response["warnings"] == []


def test_an_article_without_prose_is_named_and_not_counted_as_a_source() -> None:
    articles = [{"id": "a", "source": "Averil Courier", "text": HARBOUR[0]},
                {"id": "b", "source": "Harbour Radio", "text": HARBOUR[1]},
                {"id": "c", "source": "Gulls Weekly", "text": "Footbridge shut\n\nPhoto: AP\n"}]
    response = summarize({"articles": articles, "length": {"sentences": 2}})
    assert codes(response)["no_sentence"] == ["c"]
    warning = next(w for w in response["warnings"] if w["code"] == "no_sentence")
    assert "Gulls Weekly" in warning["message"]
    assert {a["id"]: a["kept"] for a in response["articles"]}["c"] == 0
    markdown = render(response, "markdown")
    assert "of 2 sources" in markdown and "of 3 sources" not in markdown


def test_one_article_only_is_said_to_be_uncorroborated() -> None:
    response = summarize({"articles": [{"id": "a", "text": HARBOUR[0]}],
                          "length": {"sentences": 2}})
    assert codes(response) == {"single_article": ["a"]}


def test_a_set_of_reprints_of_one_report_is_said_to_be_one_source() -> None:
    copies = [spec for spec in REPRINTS if spec["id"] != "ostwick-fm"]
    response = summarize(request(copies, 3))
    assert sorted(codes(response)["all_reprints"]) == sorted(s["id"] for s in copies)
    with_independent = summarize(request(REPRINTS, 3))
    assert "all_reprints" not in codes(with_independent)


def test_a_brief_shorter_than_asked_says_so() -> None:
    response = summarize({"articles": [{"id": str(k), "text": t}
                                       for k, t in enumerate(HARBOUR, 1)],
                          "length": {"sentences": 20}})
    assert len(response["brief"]) < 20
    warning = next(w for w in response["warnings"] if w["code"] == "short_brief")
    assert f"{len(response['brief'])} of the 20 sentences" in warning["message"]
    assert "short_brief" not in codes(summarize({"articles": [
        {"id": str(k), "text": t} for k, t in enumerate(HARBOUR, 1)],
        "length": {"words": 2000}}))  # a budget of words or characters is a ceiling


# ------------------------------------------------------------------------ disagreements ----

def tolls_response(sentences: int = 7) -> dict[str, Any]:
    return summarize(request(TOLLS, sentences))


def test_the_disagreement_note_names_each_other_figure_and_its_outlets() -> None:
    response = tolls_response()
    names = {a["id"]: a["source"] for a in response["articles"]}
    (item,) = [i for i in response["brief"] if item_label(TOLLS, i) == TOLL]
    note = differ_note(item, names)
    assert note.startswith("Sources differ: ")
    for outlet, figure in TOLL_OTHERS.items():
        assert f"{figure} ({names[outlet]})" in note
    others = [i for i in response["brief"] if i is not item]
    assert all(differ_note(i, names) == "" for i in others)


def test_the_disagreement_note_gives_each_figure_once_with_its_outlets() -> None:
    """A figure two outlets give, in two sentences or in two cases, is listed once with both;
    a sentence that gives two figures has each listed with the outlets that give it."""
    item = {"disagreements": [
        {"article": "daily", "figures": ["nine", "41"]},
        {"article": "tabloid", "figures": ["NINE"]},
        {"article": "wire", "figures": ["41"]},
        {"article": "daily", "figures": ["nine"]}]}
    names = {"daily": "The Ledger", "tabloid": "The Blaze", "wire": "CPA"}
    assert differ_note(item, names) == \
        "Sources differ: nine (The Ledger, The Blaze); 41 (The Ledger, CPA)"


def test_the_disagreement_note_gives_a_figure_in_words_and_in_digits_once() -> None:
    """"Twelve" and "12" are one figure, and so are "1,200" and "1200"; a decimal comma ("3,4",
    a translation's) is not a thousands separator."""
    item = {"disagreements": [
        {"article": "daily", "figures": ["Twelve", "1,200"]},
        {"article": "live", "figures": ["12", "1200", "34"]},
        {"article": "foreign", "figures": ["3,4", "forty-one"]},
        {"article": "wire", "figures": ["41"]}]}
    names = {"daily": "The Ledger", "live": "The Post", "foreign": "Rundschau", "wire": "CPA"}
    assert differ_note(item, names) == (
        "Sources differ: Twelve (The Ledger, The Post); 1,200 (The Ledger, The Post); "
        "34 (The Post); 3,4 (Rundschau); forty-one (Rundschau, CPA)")


@pytest.mark.parametrize(("language", "words"), [
    ("french", "Cent trente-sept"), ("italian", "Centotrentasette"),
    ("german", "Hundertsiebenunddreißig"), ("english", "One hundred and thirty-seven")])
def test_a_number_in_several_words_and_in_digits_is_one_figure_in_the_note(
        language: str, words: str) -> None:
    """A flood's "Cent trente-sept" evacuated on one page and "137" on another are one figure,
    whether the language writes it in several words or in one."""
    item = {"disagreements": [{"article": "daily", "figures": [words]},
                              {"article": "wire", "figures": ["137"]},
                              {"article": "live", "figures": ["90"]}]}
    names = {"daily": "Le Courrier", "wire": "AFI", "live": "Direct"}
    assert differ_note(item, names, language) == \
        f"Sources differ: {words} (Le Courrier, AFI); 90 (Direct)"


def test_the_article_for_one_dead_and_the_digit_are_one_figure_in_the_note() -> None:
    """An Italian live page's "Un morto a Molinetto" and a wire's "1 morto" give one figure."""
    item = {"disagreements": [{"article": "live", "figures": ["Un"]},
                              {"article": "wire", "figures": ["1"]}]}
    names = {"live": "Diretta", "wire": "ANIT"}
    assert differ_note(item, names, "italian") == "Sources differ: Un (Diretta, ANIT)"


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_every_rendering_shows_the_note_under_its_sentence(fmt: str) -> None:
    response = tolls_response()
    names = {a["id"]: a["source"] for a in response["articles"]}
    (item,) = [i for i in response["brief"] if item_label(TOLLS, i) == TOLL]
    out = render(response, fmt)
    note = differ_note(item, names)
    assert out.count("Sources differ") == 1
    # the note follows its sentence, before the next sentence (found by their longest run of
    # letters, which no rendering escapes)
    at = [out.index(max(re.findall(r"[A-Za-z ]+", i["text"]), key=len)) for i in response["brief"]]
    sentence_at = at[response["brief"].index(item)]
    assert sentence_at < out.index("Sources differ")
    assert all(out.index("Sources differ") < later for later in at if later > sentence_at)
    assert note.removeprefix("Sources differ: ").split(" (")[0] in out


def test_the_page_lists_disagreements_at_the_top_and_under_the_sentence(client: Any) -> None:
    page = client.post("/summarize?format=page", json=request(TOLLS, 7)).get_data(as_text=True)
    top = page.index('id="differ"')
    assert top < page.index('class="brief"')
    assert page.count('class="differ"') == 1
    assert re.search(r'href="#sentence-\d+">Sentence \d+</a>: Sources differ', page)


def test_the_note_escapes_article_text() -> None:
    response = tolls_response()
    hostile = copy.deepcopy(response)
    for listed in hostile["articles"]:
        listed["source"] = "<script>x()</script>"
    assert "<script>" not in render(hostile, "html")
    assert "<script>" not in render(hostile, "markdown")


# ---------------------------------------------------------------------------- timeline ----

def test_a_saga_is_a_timeline_of_dated_events() -> None:
    response = summarize(request(SAGA, 7))
    events = response["events"]
    assert len(events) == 3
    dates = [e["date"] for e in events]
    assert dates == sorted(dates) and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    published = {s["id"]: s["published"][:10] for s in SAGA}
    for event in events:
        assert event["date"] == min(published[a] for a in event["articles"])
    ids = [e["id"] for e in events]
    order = [ids.index(item["event"]) for item in response["brief"]]
    assert order == sorted(order)


def test_one_event_has_no_timeline() -> None:
    response = tolls_response()
    assert "events" not in response
    assert all("event" not in item for item in response["brief"])


def test_the_timeline_is_shown_under_its_dates(client: Any) -> None:
    response = summarize(request(SAGA, 7))
    page = client.post("/summarize?format=page", json=request(SAGA, 7)).get_data(as_text=True)
    markdown = render(response, "markdown")
    shown = [e for e in response["events"] if any(i["event"] == e["id"]
                                                  for i in response["brief"])]
    for event in shown:
        assert f"Event {event['id'][1:]}: {event['date']}" in page
        assert f"## Event {event['id'][1:]}: {event['date']}" in markdown
    headings = [page.index(f"Event {e['id'][1:]}: ") for e in shown]
    assert headings == sorted(headings)


def test_times_of_day_are_no_figures_at_odds() -> None:
    """"before 7 p.m." and "60 people" are no two figures of one count."""
    articles = [
        {"id": "a", "text": "The two-car tram was carrying about 60 people on the Harbour Line "
                            "when its front car derailed at 6:40 p.m. and struck a shelter, the "
                            "authority said."},
        {"id": "b", "text": "The front car of the Harbour Line tram derailed on a bend shortly "
                            "before 7 p.m. and hit a tram shelter, the authority said."},
    ]
    response = summarize({"articles": articles, "length": {"sentences": 1}})
    assert response["brief"][0]["support"] == 2
    assert "disagreements" not in response["brief"][0]


# ---------------------------------------------------------------------- other stories ----

def _tagged(name: str, specs: list[Any]) -> list[dict[str, Any]]:
    return [{**article(spec), "id": f"{name}-{spec['id']}"} for spec in specs]


def test_a_mix_of_stories_is_briefed_on_the_largest_and_names_the_others() -> None:
    """Three sets pasted together: the saga's seven articles, five of a flood, four of a
    ferry; the brief is of the saga, and the warning names the nine others."""
    mixed = _tagged("saga", SAGA) + _tagged("flood", RETOLD) + _tagged("ferry", TOLLS)
    response = summarize({"articles": mixed, "length": {"sentences": 7}})
    others = {a["id"] for a in mixed if not a["id"].startswith("saga-")}
    assert set(codes(response)["other_story"]) == others
    assert all(s.startswith("saga-") for item in response["brief"] for s in item["sources"])
    assert [a["id"] for a in response["articles"]] == [a["id"] for a in mixed]
    assert all(a["kept"] == 0 and not a["cited"] for a in response["articles"]
               if a["id"] in others)
    assert "no_sentence" not in codes(response)
    assert response["stats"]["articles"] == len(mixed)


def test_one_article_of_another_story_is_left_out() -> None:
    stray = {**article(TOLLS[0]), "id": "stray"}
    response = summarize({"articles": [*_tagged("saga", SAGA), stray]})
    assert codes(response)["other_story"] == ["stray"]


@pytest.mark.parametrize("specs", [SAGA, RETOLD, TOLLS, REPRINTS], ids=lambda s: s[0]["id"])
def test_one_story_is_never_split(specs: list[Any]) -> None:
    """A story of several events, of wordings garbled by translation, of figures at odds, of
    reprints: one story."""
    assert "other_story" not in codes(summarize(request(specs, 7)))


def test_an_article_that_takes_another_angle_on_the_story_stays() -> None:
    """An article on the ferry's owner names the ferry and the strait, the story's own names:
    it is of the story, though its words are mostly its own."""
    owner = {"id": "owner", "source": "Business Daily", "text": (
        "Shares in Kell Line, the owner of the Meridian Star, fell by a third on Monday as "
        "investors weighed the cost of the disaster in the Strait of Kell. The company's "
        "insurers said its policy covered the hull but not claims by passengers' families. "
        "Analysts at Dunavik Securities cut their rating of the stock to sell.")}
    response = summarize({"articles": [*(article(spec) for spec in TOLLS), owner]})
    assert "other_story" not in codes(response)


def test_the_four_corpus_sets_pasted_together_give_a_brief_of_one_story() -> None:
    """The 35 articles of corpus/'s four sets in one request: one story's brief, the other
    three stories' articles named in the warning."""
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    story_of, articles = {}, []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        for item in read_articles([folder]):
            item["id"] = f"{folder.name}/{item['id']}"
            story_of[item["id"]] = folder.name
            articles.append(item)
    assert len(articles) == 35
    response = summarize({"articles": articles})
    briefed = {story_of[s] for item in response["brief"] for s in item["sources"]}
    assert len(briefed) == 1
    (main,) = briefed
    assert set(codes(response)["other_story"]) == {i for i, s in story_of.items() if s != main}
