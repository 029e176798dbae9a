"""End to end: summarize() on the seed set and on hand-written sets keeps the contract."""

from __future__ import annotations

import copy
import re
import warnings
from typing import Any

import numpy as np
import pytest
from contract import all_texts, brief_texts, check_response, cost, without_timing
from stories import BOILERPLATE, PASTED_STORY, bridge_articles

from summarizer import METHODS, InputError, summarize

HEADLINE = "Harbor Bridge collapse kills four in Millford"
SAME_BEAT = [
    "Millford council voted on Monday to raise parking fees in the city centre by 20 percent.",
    "Councillor Maria Stone said the money would pay for new bus shelters across the city.",
    "Shop owners on Main Street warned that higher fees would drive customers away.",
]
EVERYTHING = {"sentences": 100}  # a budget so large that whatever is kept could be shown


def with_options(req: dict[str, Any], **options: Any) -> dict[str, Any]:
    return {**copy.deepcopy(req), **options}


@pytest.mark.parametrize("method", METHODS)
def test_every_method_keeps_the_contract_on_the_seed_set(
        seed_request: dict[str, Any], method: str) -> None:
    req = with_options(seed_request, method=method)
    response = summarize(req)
    check_response(req, response)
    assert 1 <= len(response["brief"]) <= 7


@pytest.mark.parametrize("method", METHODS)
def test_every_method_keeps_the_contract_on_a_small_set(
        bridge_request: dict[str, Any], method: str) -> None:
    req = with_options(bridge_request, method=method, length={"sentences": 4})
    response = summarize(req)
    check_response(req, response)
    assert response["brief"]


@pytest.mark.parametrize("method", METHODS)
def test_pasted_unrelated_story_never_reaches_the_brief(
        bridge_request: dict[str, Any], method: str) -> None:
    req = with_options(bridge_request, method=method, length=EVERYTHING)
    response = summarize(req)
    check_response(req, response)
    shown = all_texts(response)
    assert shown
    assert not set(shown) & set(PASTED_STORY)
    assert not any(word in text for text in shown for word in ("bakery", "Lucy Park", "bread"))


@pytest.mark.parametrize("method", ["clustered", "lexrank"])
def test_pasted_story_from_the_same_beat_never_reaches_the_brief(method: str) -> None:
    articles = bridge_articles()
    articles[0]["text"] = articles[0]["text"].replace("\n".join(PASTED_STORY),
                                                      "\n".join(SAME_BEAT))
    req = {"articles": articles, "method": method, "length": EVERYTHING}
    response = summarize(req)
    check_response(req, response)
    assert not set(all_texts(response)) & set(SAME_BEAT)


@pytest.mark.parametrize("method", METHODS)
def test_boilerplate_never_reaches_the_brief(
        bridge_request: dict[str, Any], method: str) -> None:
    req = with_options(bridge_request, method=method, length=EVERYTHING)
    shown = all_texts(summarize(req))
    for line in [*BOILERPLATE, HEADLINE]:
        assert not any(line in text for text in shown), line


def test_seed_brief_is_prose(seed_request: dict[str, Any]) -> None:
    req = with_options(seed_request, length={"sentences": 25})
    response = summarize(req)
    check_response(req, response)
    for text in all_texts(response):
        assert re.search(r"[.!?\u2026][\"'\u201d\u2019)\]]*$", text), text
        assert not re.search(r"https?://|www\.", text), text
        assert len(text.split()) >= 3, text


def test_seed_brief_has_a_claim_several_outlets_agree_on(seed_request: dict[str, Any]) -> None:
    response = summarize(seed_request)
    assert max(item["support"] for item in response["brief"]) >= 2


def test_a_fact_all_outlets_report_is_in_the_brief_with_all_sources(
        bridge_request: dict[str, Any]) -> None:
    response = summarize(bridge_request)
    assert any(item["support"] == 3 for item in response["brief"])


def test_two_articles_wording_one_fact_differently_support_it() -> None:
    first = ("A wildfire near the town of Dunmore burned 120 homes on Sunday, Governor Rita "
             "Vance said.")
    second = "Governor Rita Vance said the Dunmore wildfire had destroyed 120 houses by Sunday."
    req = {"articles": [
        {"id": "gazette", "text": f"{first}\nFirefighters from four counties were still "
                                  "battling the flames on Monday.\nThe cause of the fire is "
                                  "under investigation by state officials."},
        {"id": "radio", "text": f"Schools in the county will stay closed until Thursday, the "
                                f"district announced.\n{second}\nAbout 3,000 residents were "
                                "told to leave their homes overnight."},
    ]}
    response = summarize(req)
    check_response(req, response)
    items = [item for item in response["brief"]
             if {first, second} <= {item["text"], *(e["text"] for e in item["evidence"])}]
    assert len(items) == 1
    assert items[0]["support"] >= 2
    assert set(items[0]["sources"]) == {"gazette", "radio"}


# Three outlets open on one strike, each in words of its own (no two content words in a row
# in common), and share the wording of a body sentence about the ships outside the port.
OWN_WORDS_LEDES = {
    "wire": "Dock workers at the Port of Tarvik walked off the job on Monday, halting cargo "
            "traffic at the country's second-largest terminal.\nThe union wants a pay rise of "
            "nine percent.\nAbout 30 cargo ships were waiting outside the harbour by evening.",
    "daily": "Thousands of Tarvik stevedores downed tools at dawn Monday, bringing the northern "
             "container hub to a standstill.\nAbout 30 cargo ships were waiting outside the "
             "harbour by evening, a coastguard officer said.",
    "blog": "If you ordered anything from abroad this month, brace yourself: a dockers' stoppage "
            "has begun in Tarvik.\nShelves could empty within two weeks, retailers say.\n"
            "About 30 cargo ships were waiting outside the harbour by evening.",
}


@pytest.mark.parametrize("sentences", [1, 2])
def test_a_brief_opens_with_the_event_each_outlet_words_its_own_way(sentences: int) -> None:
    req = {"articles": [{"id": k, "text": v} for k, v in OWN_WORDS_LEDES.items()],
           "length": {"sentences": sentences}}
    response = summarize(req)
    check_response(req, response)
    ledes = {text.split("\n")[0] for text in OWN_WORDS_LEDES.values()}
    assert response["brief"][0]["text"] in ledes


@pytest.mark.parametrize("dependent", [
    "It closed the reservoir road after heavy rain flooded the valley on Friday.",
    "This closed the reservoir road after heavy rain flooded the valley on Friday.",
    "\u201cWe closed the reservoir road after heavy rain flooded the valley on Friday.\u201d",
    "Was the reservoir road closed after heavy rain flooded the valley on Friday?",
    "* Reservoir road closed after heavy rain flooded the valley on Friday.",
    "Police said: \u201cReservoir road closed after heavy rain flooded the valley on Friday.",
])
def test_brief_sentences_stand_on_their_own(dependent: str) -> None:
    # The dependent sentence is the shortest way to say what the others say at length.
    req = {"articles": [
        {"id": "a", "text": "A storm hit the coast of Marlow on Friday, cutting power to "
                            f"8,000 homes.\n{dependent}"},
        {"id": "b", "text": "The Marlow storm cut power to 8,000 homes on Friday, the utility "
                            "said.\nHeavy rain flooded the valley on Friday, and late in the "
                            "evening officials said that the reservoir road had to be closed "
                            "to all traffic for the night."},
        {"id": "c", "text": "Power returned to most Marlow homes on Saturday evening.\nThe "
                            "reservoir road stayed closed through the weekend, officials said, "
                            "after heavy rain flooded the valley on Friday and left mud on it."},
    ], "length": {"words": 60}}
    response = summarize(req)
    check_response(req, response)
    assert len(response["brief"]) >= 2
    assert dependent not in brief_texts(response)


def test_a_dependent_sentence_is_used_when_nothing_else_is_left() -> None:
    text = ("It rained all night over the valley and the river rose by two metres.\n"
            "They closed the reservoir road to all traffic on Friday morning.")
    req = {"articles": [{"id": "a", "text": text}], "length": {"sentences": 2}}
    assert len(summarize(req)["brief"]) == 2


@pytest.mark.parametrize(
    "length",
    [{"sentences": 1}, {"sentences": 3}, {"words": 12}, {"words": 40}, {"words": 1000},
     {"characters": 1}, {"characters": 90}, {"characters": 250}, {"characters": 600}],
)
@pytest.mark.parametrize("method", ["clustered", "textrank"])
def test_brief_respects_the_length_budget(
        bridge_request: dict[str, Any], length: dict[str, int], method: str) -> None:
    req = with_options(bridge_request, length=length, method=method)
    response = summarize(req)
    check_response(req, response)
    spent, limit = cost(brief_texts(response), length)
    assert spent <= limit


@pytest.mark.parametrize("length", [{"sentences": 2}, {"words": 60}, {"characters": 400}])
def test_seed_brief_respects_the_length_budget(
        seed_request: dict[str, Any], length: dict[str, int]) -> None:
    req = with_options(seed_request, length=length)
    response = summarize(req)
    check_response(req, response)
    assert response["brief"]


def test_characters_budget_counts_one_per_join() -> None:
    """A budget of exactly the two sentences plus one space fits both."""
    a = "Rescue crews pulled 11 survivors from the Grey River before noon on Tuesday."
    b = "Engineers had warned in 2019 that the steel supports were badly corroded."
    req = {"articles": [{"id": "x", "text": f"{a} {b}"}], "method": "luhn",
           "length": {"characters": len(a) + 1 + len(b)}}
    assert brief_texts(summarize(req)) == [a, b]
    req["length"] = {"characters": len(a) + len(b)}
    assert len(summarize(req)["brief"]) == 1


def test_a_wire_story_republished_verbatim_is_supported_by_both_outlets() -> None:
    """Sentences are identified by (article, index), not by text: copies are two sources."""
    story = bridge_articles()
    wire = story[1]
    req = {"articles": [wire, {**wire, "id": "wire-copy", "source": "Reposter"}, story[2]]}
    response = summarize(req)
    check_response(req, response)
    from_wire = [item for item in response["brief"] if item["article"] in ("wire", "wire-copy")]
    assert from_wire
    for item in from_wire:
        assert {"wire", "wire-copy"} <= set(item["sources"])
    texts = brief_texts(response)
    assert len(set(texts)) == len(texts), "the brief repeats a sentence"


def test_same_request_gives_same_response(seed_request: dict[str, Any]) -> None:
    first = summarize(copy.deepcopy(seed_request))
    second = summarize(copy.deepcopy(seed_request))
    assert without_timing(first) == without_timing(second)


def test_request_is_not_modified(bridge_request: dict[str, Any]) -> None:
    before = copy.deepcopy(bridge_request)
    summarize(bridge_request)
    assert bridge_request == before


def test_single_article_request(bridge_request: dict[str, Any]) -> None:
    req = {"articles": bridge_request["articles"][:1], "length": {"sentences": 3}}
    response = summarize(req)
    check_response(req, response)
    assert response["brief"]
    indices = [item["index"] for item in response["brief"]]
    assert indices == sorted(indices), "a one-article brief is in the article's order"
    assert all(item["sources"] == ["herald"] and item["support"] == 1
               for item in response["brief"])
    assert response["articles"][0]["cited"] is True


def test_article_details_are_echoed(bridge_request: dict[str, Any]) -> None:
    response = summarize(bridge_request)
    for given, echoed in zip(bridge_request["articles"], response["articles"], strict=True):
        for field in ("id", "title", "source", "url"):
            if field in given:
                assert echoed[field] == given[field]


def test_an_untitled_article_is_titled_by_the_headline_its_text_opens_with() -> None:
    """A text pasted with its headline on the first line, and no title given, is listed with
    that headline as its title (the cleaning leaves it out of the sentences); a title given is
    kept as given, and a text that opens with a sentence has none."""
    story = [
        {"id": "wire", "text": "Barge hits Harlow Bridge, span shut\n\nA grain barge slammed "
         "into a pier of the Harlow Bridge early on Tuesday, forcing officials to shut the "
         "crossing.\n\nEngineers found a crack of about two metres in the pier's base."},
        {"id": "paper", "title": "Harlow Bridge closed", "text": "Harlow Bridge shut after "
         "barge strike\n\nThe Harlow Bridge was closed on Tuesday after a grain barge struck "
         "one of its piers.\n\nInspectors found a crack in the pier's concrete base."},
        {"id": "radio", "text": "The Harlow Bridge is closed after a barge hit one of its piers "
         "overnight.\n\nDrivers should use the Merrit Street crossing instead."},
    ]
    response = summarize({"articles": story})
    titles = {a["id"]: a["title"] for a in response["articles"]}
    assert titles == {"wire": "Barge hits Harlow Bridge, span shut",
                      "paper": "Harlow Bridge closed", "radio": ""}
    assert not any(item["text"] == titles["wire"] for item in response["brief"])


def test_an_article_nobody_corroborates_is_not_cited() -> None:
    story = bridge_articles()[1:]
    off_topic = {"id": "recipe", "text": "Whisk two eggs with a cup of flour until smooth. "
                                         "Bake the batter for twenty minutes at high heat."}
    req = {"articles": [*story, off_topic], "length": EVERYTHING}
    response = summarize(req)
    check_response(req, response)
    cited = {a["id"]: a["cited"] for a in response["articles"]}
    assert cited == {"wire": True, "courier": True, "recipe": False}


def test_an_article_of_labels_only_still_gets_a_response() -> None:
    req = {"articles": [{"id": "menu", "text": "Home\nNews\nSport\nWeather"}]}
    response = summarize(req)
    check_response(req, response)


@pytest.mark.parametrize(("method", "text"), [("lexrank", "the."), ("lsa", "the.\nbridge.")])
def test_comparison_methods_do_not_leak_sumy_warnings(method: str, text: str) -> None:
    req = {"articles": [{"text": text}], "method": method}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        response = summarize(req)
    check_response(req, response)
    assert [str(w.message) for w in caught] == []


def broken(response: dict[str, Any], how: str) -> dict[str, Any]:
    out = copy.deepcopy(response)
    item = out["brief"][0]
    if how == "text":
        item["text"] = item["text"].replace(" ", "  ", 1)
    elif how == "support":
        item["support"] += 1
    elif how == "first source":
        item["sources"] = item["sources"][::-1]
    elif how == "cited":
        out["articles"][0]["cited"] = not out["articles"][0]["cited"]
    elif how == "index":
        item["index"] += 1
    elif how == "evidence":
        item["evidence"][0]["text"] = item["text"]
    elif how == "numpy":
        item["score"] = np.float32(item["score"])
    return out


@pytest.mark.parametrize("how", ["text", "support", "first source", "cited", "index",
                                 "evidence", "numpy"])
def test_the_contract_check_catches_a_broken_response(
        bridge_request: dict[str, Any], how: str) -> None:
    """The contract check used throughout is not vacuous: it rejects each kind of breakage."""
    response = summarize(bridge_request)
    assert response["brief"][0]["support"] >= 2
    check_response(bridge_request, response)
    with pytest.raises((AssertionError, TypeError)):
        check_response(bridge_request, broken(response, how))


def test_the_contract_check_catches_an_overrun_budget(bridge_request: dict[str, Any]) -> None:
    response = summarize(bridge_request)
    assert len(response["brief"]) >= 2
    tighter = {**bridge_request, "length": {"sentences": len(response["brief"]) - 1}}
    with pytest.raises(AssertionError, match="budget"):
        check_response(tighter, response)


def test_the_cycle_collector_is_as_it_was_after_a_run_or_a_refused_request() -> None:
    import gc

    articles = [{"text": f"{HEADLINE}. {line}"} for line in SAME_BEAT]
    assert gc.isenabled()
    summarize({"articles": articles})
    assert gc.isenabled()
    with pytest.raises(InputError):
        summarize({"articles": []})
    assert gc.isenabled()
    gc.disable()
    try:
        summarize({"articles": articles})
        assert not gc.isenabled()  # a caller's choice to keep it off stands
    finally:
        gc.enable()


# A march, from a wire, a broadcaster and a live page. The live page's wrap-up gives the march
# with both counts of the crowd in its third line, after two lines that open any live page's
# close; the wire gives the arrests in its second paragraph, the live page not at all.
MARCH = {
    "wire": "Tens of thousands of people marched through Castellan on Saturday against the "
            "plan to raise the retirement age to 65.\nThe march passed off peacefully, although "
            "police said they had detained 14 people after the windows of a bank were "
            "smashed.\nThe unions have called a nationwide strike for May 21.\nThe bill is due "
            "to be debated in parliament next month.\nPrime Minister Aurelio Denz says the "
            "reform is needed to keep the pension system solvent.\nThe opposition has promised "
            "to repeal it if it wins the next election.\nTram services were suspended in the "
            "city centre until the evening.\nShopkeepers along the route closed early.",
    "broadcaster": "Huge crowds have marched in Castellan in protest at plans to raise the "
                   "pension age to 65.\nOrganisers said 120,000 people joined the march, but "
                   "the police estimated the crowd at 18,000.\nFourteen people were arrested "
                   "after a group broke away and smashed the windows of a bank.\nThe unions "
                   "plan a general strike on 21 May.",
    "live": "That is all from us for today, thanks for following our coverage of the "
            "protests.\nHere is a summary of what happened on a busy day in the capital.\n"
            "Between 18,000 people, by the police count, and 120,000, by the unions' count, "
            "marched in Castellan against the plan to raise the pension age to 65.\nGovernment "
            "spokesman Teo Varn said the turnout showed that only a minority opposed the "
            "plan.\nThe unions have called a general strike for 21 May.\nWe will be back "
            "tomorrow morning.",
}


def test_a_brief_reads_its_facts_where_their_reports_place_them() -> None:
    """The march opens the brief, whichever of its wordings is the clearest: the wire and the
    broadcaster open with it. Its live page's wording stands further down its article than
    the arrests' wording in the wire, which came first when a brief sentence was placed where
    its own wording stands."""
    brief = summarize({"articles": [{"id": k, "text": v} for k, v in MARCH.items()],
                       "length": {"sentences": 3}})["brief"]
    texts = [[item["text"], *(e["text"] for e in item["evidence"])] for item in brief]
    marched = [k for k, these in enumerate(texts) if any("marched" in t for t in these)]
    arrests = [k for k, these in enumerate(texts) if any("windows" in t for t in these)]
    assert marched == [0] and arrests and arrests[0] > 0


# An airline's outage, from a wire, a paper and a live page whose posts are stamped with their
# times, the latest first: its first post gives the final count, not the event.
OUTAGE = {
    "wire": "Corvane Air cancelled 412 flights on Thursday after a failure in its computer "
            "systems forced the airline to halt all departures for almost 12 hours, the airline "
            "said.\n"
            "About 61,000 passengers were affected, a Corvane spokesman said.\n"
            "Chief executive Marit Holloway said a faulty software update had caused the "
            "failure.\n"
            "Passengers on cancelled flights are entitled to 250 euros in compensation.",
    "paper": "For almost twelve hours on Thursday no Corvane Air aircraft took off, and by the "
             "evening 412 flights had been cancelled.\n"
             "Chief executive Marit Holloway blamed a faulty software update.\n"
             "Analysts put the cost to the airline at 35 million euros.",
    "live": "21:05 - Final figures from Corvane: 412 flights cancelled, about 61,000 passengers "
            "affected.\n\n"
            "18:20 - Corvane says its systems are fully restored.\n\n"
            "16:45 - Ground stop lifted.\n\n"
            "11:30 - Holloway: the cause was a faulty software update, not a cyberattack.",
}


@pytest.mark.parametrize("sentences", [1, 2, 3])
def test_a_live_pages_first_post_opens_no_brief(sentences: int) -> None:
    """A live page, whose paragraphs open with the times they were posted at, has no lede:
    its first post is its latest (the final count), and the brief opens with the event as
    another report's lede tells it (the halt of all departures)."""
    brief = summarize({"articles": [{"id": k, "text": v} for k, v in OUTAGE.items()],
                       "length": {"sentences": sentences}})["brief"]
    assert brief[0]["article"] in ("wire", "paper"), brief[0]["text"]
    assert "hours" in brief[0]["text"], brief[0]["text"]


# A landslide told by a wire and a paper on its first morning, and by a live page that opens
# with a summary of where things stand before its posts, stamped with their day and time.
SLIDE = {
    "wire": "PELM, Sept 14 (Agency) - A landslide buried 11 houses in the hill village of Pelm "
            "before dawn on Monday, leaving seven people missing, disaster officials said.\n\n"
            "More than 100 rescuers were searching the mud by hand.\n\n"
            "Three days of heavy rain had soaked the slope above the village.",
    "paper": "Seven people were missing on Monday after a landslide buried 11 houses in Pelm."
             "\n\nThe slope gave way at about 4:50 a.m. after three days of rain.\n\n"
             "About 40 families were moved to the village school.",
    "live": "Summary: Five people have died and two have been rescued alive after a landslide "
            "buried 11 houses in Pelm early on Monday.\n\n"
            "Tuesday, 4:20 PM - The body of the last missing villager, a 17-year-old boy, was "
            "recovered.\n\n"
            "Tuesday, 12:40 PM - Two more bodies recovered. Death toll rises to four.\n\n"
            "Tuesday, 7:25 AM - A girl, 9, was pulled out alive after 26 hours.\n\n"
            "Monday, 5:50 PM - Bodies of a man and a woman recovered from one house.",
}


def test_a_live_page_s_summary_before_its_posts_is_its_lede() -> None:
    """A live page whose summary stands before its first post has that summary for its lede:
    it states the event as it stands, and opens the brief ("Five people have died and two
    have been rescued alive …"), where the page's posts, the latest first, are no lede."""
    brief = summarize({"articles": [{"id": k, "text": v} for k, v in SLIDE.items()],
                       "length": {"sentences": 1}})["brief"]
    assert brief[0]["article"] == "live" and brief[0]["text"].startswith("Five people")


@pytest.mark.parametrize(("summary", "cosine", "line", "lede"), [
    ("Five people have died after a landslide buried 11 houses in Pelm.", 0.4, 0, True),
    ("All times are Pelm time.", 0.4, 0, False),  # a notice: it does not stand alone
    ("Five people have died after a landslide buried 11 houses in Pelm.", 0.1, 0, False),
    ("Five people have died after a landslide buried 11 houses in Pelm.", 0.4, 1, False),
])
def test_a_live_page_s_lede_is_a_summary_before_its_posts(summary: str, cosine: float,
                                                            line: int, lede: bool) -> None:
    """live_ledes: a live page's first sentence is its lede where it stands before the page's
    first post, stands alone and is at the bar of one fact with another article's lede; a
    post is none, nor a notice, nor a summary of something else."""
    from scipy import sparse

    from summarizer.pipeline import live_ledes

    texts = ["A landslide buried 11 houses in Pelm on Monday, leaving seven missing.", summary,
             "Death toll rises to four."]
    cells = {(1, 0): cosine}
    S = sparse.csr_matrix((list(cells.values()), tuple(zip(*cells, strict=True))), shape=(3, 3))
    out = live_ledes(np.array([True, True, False]), S.maximum(S.T).tocsr(), np.array([0, 1, 1]),
                     [0, line, 1], [None, 1], texts, "english")
    assert out.tolist() == [True, lede, False]


# A loss told by a wire, a broadsheet and a trade site, and by the fund's own release, whose lede a
# list of key figures cuts off from its body.
_FUND_WIRE = (
    "ASHBY, March 4 (Agency) - The Harwell Teachers' Pension Fund lost 3.1 billion pounds in its "
    "latest financial year as bond prices fell and property values slumped, it said on Tuesday.\n\n"
    "The fund's investments returned minus 5.2 percent in the 12 months to December, against a "
    "benchmark of minus 4.6 percent.\n\nBond holdings lost 7.4 percent and property 12.0 "
    "percent, while shares gained 2.1 percent.\n\nThe fund pays pensions to about 640,000 "
    "retired and serving teachers.")
_FUND_DAILY = (
    "The Harwell Teachers' Pension Fund has reported an annual loss of £3.1bn, its first in "
    "five years, as rising interest rates hit the value of its bonds.\n\nThe fund said its "
    "investments returned minus 5.2 per cent, after bonds fell 7.4 per cent and property 12 "
    "per cent.\n\nShares gained 2.1 per cent over the year.\n\nOpposition members called for "
    "the fund's trustees to appear before the finance committee.")
_FUND_TRADE = (
    "The £88bn Harwell Teachers' Pension Fund returned -5.2% in its latest financial year, "
    "trailing its benchmark of -4.6%.\n\nBonds returned -7.4% and property -12.0%; listed "
    "shares added 2.1%.\n\nThe investment loss amounted to £3.1bn.")
_FUND_RELEASE_LEDE = ("The Harwell Teachers' Pension Fund today publishes its results for the "
                      "financial year ended 31 December.")
_FUND_RELEASE = (
    f"Press release - Ashby, 4 March\n\n{_FUND_RELEASE_LEDE}\n\nKey figures\n\n"
    "• Investment result: -£3.1 billion\n\n• Return: -5.2% (benchmark: -4.6%)\n\n"
    "• Assets: £88.0 billion\n\nBonds returned minus 7.4 percent and property minus 12.0 percent "
    "in the year, while listed shares gained 2.1 percent.\n\nThe fund's investments returned "
    "minus 5.2 percent against a benchmark of minus 4.6 percent.\n\nShares gained 2.1 percent "
    "and bonds lost 7.4 percent as interest rates rose.")


def test_a_lede_a_list_cuts_off_from_its_body_stays_on_topic() -> None:
    """A press release's lede, which a list of key figures sets apart from its body, tells what
    the other articles' ledes tell: it stays, though its block shares fewer of the others'
    words than the body does."""
    from summarizer.pipeline import build_pool
    from summarizer.request import parse_request

    req = parse_request({"articles": [
        {"id": "wire", "text": _FUND_WIRE}, {"id": "daily", "text": _FUND_DAILY},
        {"id": "trade", "text": _FUND_TRADE}, {"id": "release", "text": _FUND_RELEASE}]})
    assert _FUND_RELEASE_LEDE in [s.text for s in build_pool(req).sentences]


def test_a_list_scraped_without_its_bullets_gives_no_brief_sentence() -> None:
    """Two outlets list the places where people may have been exposed, each place a line
    without a bullet: the items read only under the line that opens the list, as bulleted
    items do, and the brief states the outbreak in sentences of its own."""
    places = ("Health officials said anyone at these places may have been exposed:\n\n"
              "Harbour Medical Centre waiting room, Nov. 5, 6 p.m. to 10 p.m.\n\n"
              "Ashby Public Library, children's story time, Nov. 7, 10 a.m. to noon.\n\n"
              "Riverside Sports Complex, youth soccer tournament, Nov. 8, all day.")
    articles = [
        {"id": "wire", "text": "A measles outbreak linked to an elementary school in Ashby has "
         "grown to 27 confirmed cases, county health officials said on Thursday.\n\n"
         "Nine children are in hospital.\n\n" + places + "\n\nUnvaccinated pupils must stay "
         "home for 21 days, the county said."},
        {"id": "tv", "text": "Ashby County now counts 27 measles cases tied to Pine Hollow "
         "Elementary, and nine children have been admitted to hospital.\n\n" + places
         + "\n\nA free vaccine clinic opens on Saturday at the community centre."},
    ]
    brief = summarize({"articles": articles, "length": {"sentences": 8}})["brief"]
    assert brief and not any("p.m." in s["text"] or "all day" in s["text"]
                             or "noon" in s["text"] for s in brief), brief
