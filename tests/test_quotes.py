"""Who said what: quotations and their speakers on sets written here in four outlet styles
(a wire story, a Reuters-style report, a broadcaster's web story, a blog), on the seed set, and
the request's `quotes` field over the library, HTTP and the command line."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from contract import check_response
from flask.testing import FlaskClient

from summarizer import summarize
from summarizer.brief.quotes import DEFAULT_QUOTES, quotes
from summarizer.cli import main
from summarizer.text.split import fold, split_article

# A fictional warehouse fire, told four ways. The wire story quotes the fire commissioner in
# straight quotes; the Reuters-style report carries the same quotation in curly quotes; the
# broadcaster quotes a shorter part of it.
WIRE = """\
DUNMORE, Ireland (Wire) — A fire tore through a grain warehouse at Dunmore port on Sunday \
night, injuring six workers and forcing the evacuation of about 200 nearby homes.

Fire Commissioner Rosa Lindqvist said crews had contained the warehouse fire by early Monday.

"We were fortunate that the wind turned away from the houses before midnight," Lindqvist \
said. "Another hour and we would have lost the whole street."

"The first call about the warehouse came in at 9.40 on Sunday. By ten the roof of the \
warehouse had gone," she said.

Mayor Peter Okafor said the port would reopen to ships on Wednesday.

"The port is the beating heart of this town and it will be back," he said.

Okafor said the so-called "grain mountain" would be cleared from the quay by Friday.

Lindqvist said the fire was out, and Okafor said the port would pay for the clean-up.

"It will take months to rebuild the warehouse," he said.
"""

REUTERS = """\
DUBLIN, Nov 3 (Reuters) - A warehouse fire at Ireland's Dunmore port injured six workers on \
Sunday and forced about 200 nearby homes to be evacuated, officials said.

\u201cWe were fortunate that the wind turned away from the houses before midnight,\u201d Rosa \
Lindqvist, the city's fire commissioner, told Reuters.

The warehouse fire was the largest at the port in a decade, said Lindqvist.

\u201cGrain dust can explode with very little warning,\u201d said a spokesman for the Dunmore \
Port Authority, who declined to be named.

The company that runs the grain warehouse at the port did not respond to a request for comment.
"""

BBC = """\
Six workers were injured when fire swept through a grain warehouse at Dunmore port on \
Sunday night.

About 200 homes near the port were evacuated as the warehouse fire spread.

Fire commissioner Rosa Lindqvist said: \u201cWe were fortunate that the wind turned away \
from the houses.\u201d

Ms Lindqvist told the BBC: \u201cThe crews worked through the night at the warehouse and \
not one of them was hurt.\u201d

One resident, who did not want to be named, said: \u201cThe sky over the port was orange \
and the whole house shook.\u201d
"""

BLOG = """\
I grew up three streets from Dunmore port, so Sunday's warehouse fire hit close to home.

Six workers were hurt and around 200 homes near the port were emptied overnight while the \
warehouse burned.

According to harbour pilot Sean Byrne, "the fire crews had to pump seawater from the port \
because the hydrants near the warehouse ran dry."

"This is the worst fire this port has seen in my lifetime."

Nobody I spoke to at the port on Monday had slept.
"""

LINDQVIST = "Fire Commissioner Rosa Lindqvist"
SHARED = "We were fortunate that the wind turned away from the houses before midnight"


def article(aid: str, source: str, text: str) -> dict[str, str]:
    return {"id": aid, "source": source, "text": text}


def fire_request(**options: Any) -> dict[str, Any]:
    """The four outlets' stories of the warehouse fire as a request, for a brief of its lede
    alone, which quotes no one: the list shows every quotation (a brief sentence that quotes
    one gives it there, and the list leaves it out)."""
    return {"articles": [article("wire", "Wire", WIRE), article("reuters", "Reuters", REUTERS),
                         article("bbc", "BBC", BBC), article("blog", "Blog", BLOG)],
            "length": {"sentences": 1}, **options}


def listed(request: dict[str, Any]) -> list[dict[str, Any]]:
    """The response's quotations, after checking the whole response against the contract."""
    response = summarize(request)
    check_response(request, response)
    return response["quotes"]


def find(quotes_: list[dict[str, Any]], words: str) -> dict[str, Any]:
    """The one listed quotation whose text holds `words`."""
    found = [q for q in quotes_ if words in q["text"]]
    assert len(found) == 1, (words, quotes_)
    return found[0]


def test_one_quotation_carried_by_three_outlets_is_listed_once() -> None:
    # straight quotes (wire), curly quotes (Reuters) and a shorter part (BBC)
    found = listed(fire_request(quotes=50))
    assert len([q for q in found if "wind turned away" in q["text"]]) == 1
    quote = find(found, "wind turned away")
    assert quote["text"] == SHARED  # the fullest wording, verbatim, without its marks
    assert quote["speaker"] == LINDQVIST
    assert quote["article"] == "wire"
    assert quote["sources"] == ["wire", "reuters", "bbc"]
    assert quote["support"] == 3
    assert found[0] is quote  # the most widely carried first


def test_a_reprint_is_counted_once_in_support() -> None:
    request = fire_request(quotes=50)
    request["articles"].insert(1, article("reprint", "Reprint", WIRE))
    response = summarize(request)
    check_response(request, response)
    assert {a["id"]: a["copy_of"] for a in response["articles"]}["reprint"] == "wire"
    quote = find(response["quotes"], "wind turned away")
    assert quote["speaker"] == LINDQVIST
    assert quote["sources"] == ["wire", "reprint", "reuters", "bbc"]
    assert quote["support"] == 3


def test_a_quotation_over_two_sentences_is_kept_whole_and_verbatim() -> None:
    quote = find(listed(fire_request(quotes=50)), "first call")
    assert quote["text"] == ("The first call about the warehouse came in at 9.40 on Sunday. "
                             "By ten the roof of the warehouse had gone")
    assert quote["text"] in fold(WIRE)
    assert quote["speaker"] == LINDQVIST  # "she": the one speaker of the sentence before


def test_surname_and_pronoun_resolved_to_the_full_name() -> None:
    found = listed(fire_request(quotes=50))
    # "Lindqvist said" after "Fire Commissioner Rosa Lindqvist" earlier in the wire story
    assert find(found, "wind turned away")["speaker"] == LINDQVIST
    # "he said", the sentence before naming Mayor Peter Okafor alone
    assert find(found, "beating heart")["speaker"] == "Mayor Peter Okafor"
    # "Ms Lindqvist told the BBC" after "Fire commissioner Rosa Lindqvist": Rosa Lindqvist,
    # given as the fullest form of her name in the set, as her other quotations are
    assert find(found, "not one of them was hurt")["speaker"] == LINDQVIST


def test_a_quotation_continued_in_its_paragraph_keeps_its_speaker() -> None:
    quote = find(listed(fire_request(quotes=50)), "Another hour")
    assert quote["speaker"] == LINDQVIST
    assert quote["sources"] == ["wire"]


def test_reuters_and_blog_attributions() -> None:
    found = listed(fire_request(quotes=50))
    # "…," said a spokesman for the Dunmore Port Authority, who declined to be named.
    assert find(found, "Grain dust")["speaker"] == "a spokesman for the Dunmore Port Authority"
    # According to harbour pilot Sean Byrne, "…"
    quote = find(found, "pump seawater")
    assert quote["speaker"] == "Sean Byrne"
    assert quote["article"] == "blog"


def test_unresolved_pronoun_scare_quote_and_unattributed_quotation_are_left_out() -> None:
    texts = [q["text"] for q in listed(fire_request(quotes=50))]
    # "he said" after a sentence naming two speakers (Lindqvist and Okafor)
    assert not any("take months" in t for t in texts)
    # the so-called "grain mountain": a short span in the reporter's own clause
    assert not any("grain mountain" in t for t in texts)
    # no speaker at all, and a resident who is not named
    assert not any("worst fire" in t for t in texts)
    assert not any("sky over the port" in t for t in texts)


def test_every_quotation_has_its_speaker_written_in_the_set() -> None:
    request = fire_request(quotes=50)
    texts = {a["id"]: fold(a["text"]) for a in request["articles"]}
    found = listed(request)
    assert len(found) == 7
    for quote in found:
        assert any(quote["speaker"] in text for text in texts.values())
        assert quote["text"] in texts[quote["article"]]


def test_quotes_is_a_pure_function_of_the_pooled_sentences() -> None:
    pool = [*split_article("x", 'Officials met on Monday.\n\n"We will reopen the school '
                                'next week," Principal Ada Moreau said.'),
            *split_article("y", "\u201cWe will reopen the school next week,\u201d "
                                "Moreau told reporters.")]
    assert quotes(pool, {"x": 0, "y": 1}, [0, 1], "english") == [
        {"speaker": "Principal Ada Moreau", "text": "We will reopen the school next week",
         "article": "x", "index": 1, "sources": ["x", "y"], "support": 2}]
    assert quotes(pool, {"x": 0, "y": 1}, [0, 0], "english")[0]["support"] == 1
    assert quotes(pool, {"x": 0, "y": 1}, [0, 1], "english", limit=0) == []


def test_a_quotation_the_brief_gives_is_not_listed_again() -> None:
    """A brief sentence that quotes the words whole gives them with their speaker: the list
    goes on to the next quotation, and keeps one the brief does not give."""
    pool = [*split_article("x", '"We will reopen the school next week," Principal Ada Moreau '
                                'said.\n\n"The roof is safe," engineer Tom Reyes said.'),
            *split_article("y", "\u201cWe will reopen the school next week,\u201d "
                                "Moreau told reporters.")]
    told = ['"We will reopen the school next week," Principal Ada Moreau said.']
    assert [q["text"] for q in quotes(pool, {"x": 0, "y": 1}, [0, 1], "english")] == [
        "We will reopen the school next week", "The roof is safe"]
    assert [q["text"] for q in quotes(pool, {"x": 0, "y": 1}, [0, 1], "english",
                                      told=told)] == ["The roof is safe"]


def test_the_list_leaves_out_a_quotation_the_brief_gives() -> None:
    """The BBC's shorter wording of the commissioner's words is a brief sentence: the list's
    quotation of them (the wire's fuller one) is not listed again, and the others are."""
    response = summarize(fire_request(length={"sentences": 7}, quotes=50))
    assert any("wind turned away" in item["text"] for item in response["brief"])
    assert not any("wind turned away" in q["text"] for q in response["quotes"])
    assert any("Grain dust can explode" in q["text"] for q in response["quotes"])


def test_a_pronoun_after_a_speaker_with_a_long_aside() -> None:
    pool = split_article("x", "Ada Moreau, head teacher and chair of the board at Lisle "
                              "Academy, Dunmore, said the school would reopen soon. "
                              '"We will reopen the school next week," she said.')
    (quote,) = quotes(pool, {"x": 0}, [0], "english")
    assert quote["speaker"] == "Ada Moreau"


@pytest.mark.parametrize(("text", "speaker"), [
    # the sentence before names the person without a verb of saying
    ('Ada Moreau walked the flooded halls on Monday. "We will reopen the school next week," '
     'she said.', "Ada Moreau"),
    ("At a briefing in Lisle, Chief Inspector Tom Brandt described the search. \"We have "
     'found nothing yet," he said.', "Chief Inspector Tom Brandt"),
    # ... past an aside after the name
    ('Ana Petresk, 62, was asleep when the shaking began. "The whole house was dancing," she '
     'told WorldLine.', "Ana Petresk"),
    ("At a briefing in Lisle, Chief Inspector Tom Brandt, who led the search, described it. "
     '"We have found nothing yet," he said.', "Chief Inspector Tom Brandt"),
    # ... or the one before that, when it only says "She said" in between
    ("Ada Moreau toured the school on Monday. She said the damage was worse than feared. "
     '"We will need months," she said.', "Ada Moreau"),
    # a sentence's first word is capitalised whatever it is: no "Caretaker" as a speaker
    ('Caretaker of the school Tom Brandt found the leak. "It was pouring in," he said.', None),
    # two people in the sentence before: nobody
    ('Ada Moreau and Tom Brandt inspected the roof. "It has to go," she said.', None),
    ('Ada Moreau, Tom Brandt, and Eva Lind inspected the roof. "It has to go," she said.', None),
])
def test_a_pronoun_is_the_person_the_sentence_before_opens_with(text: str,
                                                                  speaker: str | None) -> None:
    """A pronoun's speaker is the one person the sentence before names as a speaker, or,
    where it names none, the person its main clause opens with, or the speaker of the
    sentence before that when it only says "She said ..." in between; never a guess."""
    found = quotes(split_article("x", text), {"x": 0}, [0], "english")
    assert [q["speaker"] for q in found] == ([speaker] if speaker else [])


def test_each_speaker_is_heard_once_before_anyone_twice() -> None:
    """Quotations carried by as many reports are listed each speaker's first before anyone's
    second: a short list gives who said what, not one voice's every line (here the one who
    spoke first and most, then the other side, then the first one again)."""
    pool = split_article("x", '"We came for a deal and we leave with one," Ada Moreau said. '
                              '"The river is ours to share," Ada Moreau said. '
                              '"Tonight the argument is over," Ada Moreau said.\n\n'
                              '"We agreed nothing at all," Tom Brandt said.')
    found = quotes(pool, {"x": 0}, [0], "english", limit=3)
    assert [q["speaker"] for q in found] == ["Ada Moreau", "Tom Brandt", "Ada Moreau"]
    assert found[2]["text"] == "The river is ours to share"


def test_one_quotation_by_two_people_is_two_items() -> None:
    pool = [*split_article("x", '"We need more time to decide," Ada Moreau said.'),
            *split_article("y", '"We need more time to decide," Tom Brandt said.')]
    speakers = [q["speaker"] for q in quotes(pool, {"x": 0, "y": 1}, [0, 1], "english")]
    assert speakers == ["Ada Moreau", "Tom Brandt"]


def test_a_misspelt_surname_is_one_speaker() -> None:
    # the brief folds Krause and Kraus: so do the quotations' speakers
    pool = [*split_article("x", '"We need more time to decide," Ada Krause said.'),
            *split_article("y", '"We need more time to decide," Ada Kraus said.')]
    (quote,) = quotes(pool, {"x": 0, "y": 1}, [0, 1], "english")
    assert quote["speaker"] == "Ada Krause"
    assert quote["sources"] == ["x", "y"]


def _across(*texts: str, limit: int = DEFAULT_QUOTES) -> list[dict[str, Any]]:
    """The quotes of texts from outlets "a", "b", ... in order, each an independent report."""
    ids = [chr(ord("a") + k) for k in range(len(texts))]
    pool = [s for i, text in zip(ids, texts, strict=True) for s in split_article(i, text)]
    return quotes(pool, {i: k for k, i in enumerate(ids)}, list(range(len(ids))), "english",
                  limit)


def test_one_person_has_one_name_across_the_list() -> None:
    """Outlets name one person more or less fully: the list gives each of her quotations under
    the fullest name the set gives, of which the others are parts; two people who share a
    surname keep their own names, and so does a form that is no part of the fullest."""
    found = _across(
        'Chief Returning Officer Anneliese Voss said: "The recount was slow and tedious."',
        '"Every ballot was seen by observers," Anneliese Voss said on Friday.\n\n'
        '"I will not concede," Voss said.',
        '"We will appeal the count," said Tom Brandt.\n\n'
        '"My brother speaks for himself," said Erik Brandt.',
        '"The result stands," said Minister Vellen.\n\n'
        '"We respect the commission," said Ada Vellen.',
        '"We will read the ruling first," said Fire Chief Ruiz.',
        'Halverton Fire Chief Ana Ruiz said: "Nobody was hurt."',
        'Police Chief Renata Holt said: "He came out with his hands up."\n\n'
        '"Nobody stormed anything," said Chief of Police Renata Holt.\n\n'
        '"The street stays closed," said Deputy Chief Holt.',
        '"We were never told," said Assistant Chief Holt.', limit=14)
    speakers = {q["text"]: q["speaker"] for q in found}
    assert speakers == {
        "The recount was slow and tedious.": "Chief Returning Officer Anneliese Voss",
        "Every ballot was seen by observers": "Chief Returning Officer Anneliese Voss",
        "I will not concede": "Chief Returning Officer Anneliese Voss",
        "We will appeal the count": "Tom Brandt",
        "My brother speaks for himself": "Erik Brandt",
        "The result stands": "Minister Vellen",
        "We respect the commission": "Ada Vellen",
        "We will read the ruling first": "Halverton Fire Chief Ana Ruiz",
        "Nobody was hurt.": "Halverton Fire Chief Ana Ruiz",
        # one first name and surname under two titles; two titled surnames alone
        "He came out with his hands up.": "Chief of Police Renata Holt",
        "Nobody stormed anything": "Chief of Police Renata Holt",
        "The street stays closed": "Deputy Chief Holt",
        "We were never told": "Assistant Chief Holt"}


def test_a_reprint_gives_a_quotation_in_its_original_s_words() -> None:
    """A reprint's copy of a quotation, spun a word or two ("characteristic" for "feature"),
    is listed in its original's words, under the original's name for the speaker; a reprint
    that carries more of the quotation (SHORT words or more) gives its fuller wording."""
    wire = ('"The satellite link was the one headline feature that set this phone apart," said '
            "Chief Executive Ada Brekke.\n\n"
            '"We are proud of it," Brekke said.')
    spun = ('"The satellite link was the one headline characteristic that set this phone '
            'aside," said Chief Govt Ada Brekke.\n\n'
            '"We are proud of it, and we will ship the satellite link in the spring with a free '
            'update for every owner," Brekke said.')
    pool = [*split_article("wire", wire), *split_article("spun", spun)]
    found = quotes(pool, {"wire": 0, "spun": 1}, [0, 0], "english")
    assert [(q["speaker"], q["article"]) for q in found] == [
        ("Chief Executive Ada Brekke", "wire"), ("Chief Executive Ada Brekke", "spun")]
    assert found[0]["text"].endswith("feature that set this phone apart")
    assert found[1]["text"].endswith("with a free update for every owner")


def test_a_surname_takes_the_full_name_given_in_a_possessive() -> None:
    (quote,) = _across("Prime Minister Erik Sand's Social Democrats won Sunday's election. "
                       '"The voters have given us a clear mandate," Sand told supporters.')
    assert quote["speaker"] == "Prime Minister Erik Sand"


@pytest.mark.parametrize("text", [
    '"We are digging with our hands," said the town\'s mayor, Ola Fjeld.',
    '"We are digging with our hands," Brekke\'s mayor, Ola Fjeld, told reporters.',
    'Brekke\'s mayor, Ola Fjeld, said: "We are digging with our hands."',
])
def test_a_role_then_the_persons_name_is_the_persons(text: str) -> None:
    (quote,) = _across(text)
    assert quote["speaker"] == "Ola Fjeld"


@pytest.mark.parametrize(("text", "speaker"), [
    ('The Minister of Health, Dr. Ruth Mbalaso, stated: "The situation is serious, but it is '
     'under control."', "Dr. Ruth Mbalaso"),
    ('"We will reopen the line by Friday," the Rail Safety Office, Ivo Brandt, told reporters.',
     "Ivo Brandt"),
    # an aside that names no one leaves the office as the speaker
    ('The Port Authority, which runs the docks, said: "The berths will reopen on Monday."',
     "The Port Authority"),
    ('The Finance Ministry, led by Karin Ostberg, said: "Growth will slow this year."',
     "The Finance Ministry"),
])
def test_an_office_then_its_holders_name_is_the_persons(text: str, speaker: str) -> None:
    """"The Minister of Health, Dr. Ruth Mbalaso, stated" names the minister: the office
    before the aside is who she is, the name in it who speaks."""
    assert [q["speaker"] for q in _across(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Secretary of State Ana Moreau told reporters: "We expect an answer by Friday."',
     "Secretary of State Ana Moreau"),
    ('"This is a day of pride for our small language," said Minister of Culture Edvin Rask.',
     "Minister of Culture Edvin Rask"),
    ('The Minister for Foreign Affairs Helene Vaarup declared: "Families are being reunited '
     'today."', "Minister for Foreign Affairs Helene Vaarup"),
    ('"The samples were handled by the book," Head of Research Jan van der Berg said.',
     "Head of Research Jan van der Berg"),
    # a name and then the body it speaks for, and a body alone, as before
    ('"We will appeal," Ana Ruiz of Harcastle Bank said.', "Ana Ruiz"),
    ('The Bank of Kestria said: "We stand ready to act."', "The Bank of Kestria"),
])
def test_a_title_of_one_word_and_its_body_before_a_name_is_the_holders(text: str,
                                                                         speaker: str) -> None:
    """One word before "of" is a title ("Secretary of State Ana Moreau"), not the speaker's
    name: a person is named by two words or more."""
    assert [q["speaker"] for q in _across(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Lead author Dr Maren Solvik of the Institute of Coastal Research in Bergen, Norway, '
     'said: "The sea is rising faster than we planned for."', "Dr Maren Solvik"),
    ('Professor Ivo Brandt of the Faculty of Civil Engineering at the Technical University of '
     'Lisle said: "The bearings had rusted through."', "Professor Ivo Brandt"),
    ('"We have never seen a season like it," said Ana Ruiz of the Harcastle and District '
     'Growers and Orchard Owners Association.', "Ana Ruiz"),
    # a long clause before the verb names nobody
    ('The union that represents most of the drivers at the depot said: "We will strike."',
     None),
])
def test_a_name_then_a_long_name_of_its_body_is_the_persons(text: str,
                                                            speaker: str | None) -> None:
    """A person named before the body they speak for, however many words that body and its
    place take, is the speaker, not the country at the end of the aside ("…, Norway, said")."""
    assert [q["speaker"] for q in _across(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(("text", "speaker"), [
    ('"The money was traced invoice by invoice," said Special Agent in Charge Tessa Morland.',
     "Special Agent in Charge Tessa Morland"),
    ('Editor in Chief Jonas Brandvold wrote: "We stand by every word we published."',
     "Editor in Chief Jonas Brandvold"),
    # "in" after a name still says where or how someone spoke
    ('"We will rebuild the pier," said Ana Ruiz in Charlotte.', "Ana Ruiz"),
    ('"We will rebuild the pier," Ana Ruiz said in a statement.', "Ana Ruiz"),
])
def test_a_title_with_in_inside_it_is_kept_whole(text: str, speaker: str) -> None:
    """"Special Agent in Charge", "Editor in Chief": the title's "in" does not cut the phrase
    that names the speaker, which was "Special Agent"."""
    assert [q["speaker"] for q in _across(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a close translation's role in a body, written out before the name
    ('"The fire is contained, but not out," said the chief of the fire service Anselm Drave.',
     "Anselm Drave"),
    ('"We fight for every life under the ruins," declared the minister of the interior Mirko '
     'Dalvan.', "Mirko Dalvan"),
    # an aside without its article names the person before it, not the body in it
    ('Sofia Brandt, director of the rights group Open Line, which brought the case, said '
     'citizens "can once again call their doctor without the state keeping a note of it".',
     "Sofia Brandt"),
    ('"The berths reopen on Monday," said a spokesman for the Port of Velmora Authority.',
     "a spokesman for the Port of Velmora Authority"),
])
def test_a_role_of_a_body_written_out_before_a_name_is_the_persons(text: str,
                                                                   speaker: str) -> None:
    """"the chief of the fire service Anselm Drave": the capitalised words that end a phrase
    opening with an article and holding "of", after a word in lower case that is no article
    or preposition, are a person's name, not part of the body."""
    assert [q["speaker"] for q in _across(text)] == [speaker]


def test_a_verb_in_the_past_tense_after_a_full_name_ends_the_speaker() -> None:
    """"Stefan Vael apologised to passengers and said …": the name is the speaker, not the
    name and the verb (a run of capitalised words is a name; a word in "-ed" after it, a
    verb). One capitalised word before it is only a sentence's first word."""
    (quote,) = _across('ONR chief executive Stefan Vael apologised to passengers and said the '
                       'company was running "as many trains as we safely can".')
    assert quote["speaker"] == "Stefan Vael"
    assert _across('Residents formed a group called "Save the River Now" in the spring.') == []


@pytest.mark.parametrize(("text", "speaker"), [
    ('Furious Marsh hit back, insisting: "I have never cheated and I will fight this."',
     "Marsh"),
    ('Fuming Okoro said: "That was never a penalty, and everyone in the ground knew it."',
     "Okoro"),
    ('Tearful mum Dana Lyle told the Post: "We just want to know what happened to him."',
     "Dana Lyle"),
    # a first name that ends as a mood's word might is a name
    ('Sterling Brandt said: "We will rebuild the stand before the season starts."',
     "Sterling Brandt"),
])
def test_a_word_of_mood_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    """A tabloid's "Furious Marsh hit back": the mood, capitalised as the sentence's first
    word, is no first name."""
    (quote,) = _across(text)
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a wire, a broadcaster, a ministry's statement: the title after the name, in its case
    ('Mayor Piotr Halas visited the site on Monday. "We will rebuild every house," the mayor '
     'said.', "Mayor Piotr Halas"),
    ('Foreign Minister Lena Varro spoke to reporters in Tavra. "Patient talks still work," the '
     'foreign minister said.', "Foreign Minister Lena Varro"),
    ('Minister Helene Vaarup welcomed the agreement. "Families are being reunited today," the '
     'Minister said.', "Minister Helene Vaarup"),
    # an office and the holder's name aside, as before
    ('The mediator, special envoy Samir Haddane, told reporters the talks had been "long, quiet '
     'and at times very close to collapse".', "Samir Haddane"),
    # the sentence before names someone else: nobody, as before, or the capitalised title
    ('Ana Ruiz, a resident, watched the rescue. "It was a terrible night," the mayor said.',
     None),
    ('Ana Ruiz, a resident, watched the rescue. "It was a terrible night," the Minister said.',
     "the Minister"),
])
def test_a_title_stands_for_the_person_the_sentence_before_names(text: str,
                                                                   speaker: str | None) -> None:
    """"…," the mayor said: the mayor the sentence before names, when the title's words are
    words of the name as written."""
    assert [q["speaker"] for q in _across(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(("text", "speaker"), [
    # a broadcaster's company, named in full before, then by its first word
    ("The verdict against Harlow Chemical Corp. came on Thursday.\n\nHarlow says it will "
     'appeal.\n\n"We are disappointed by the verdict. The science does not support a link," '
     "the company said in a statement.", "Harlow Chemical Corp"),
    ("Tarrow Water said the pump failed on Saturday. "
     '"We are sorry for the disruption," the utility said.', "Tarrow Water"),
    # what a body is, with where it is from: still what it is called, not its name
    ("Dornvik FC, who had turned down an earlier offer, confirmed the sale. "
     '"We thank him for five wonderful seasons," the Velsian club said in a statement.',
     "Dornvik FC"),
    # a capitalised title is a body's own name
    ("Dornvik FC confirmed the sale. "
     '"Talks are closed," the Velsian Football Federation said.', "the Velsian Football "
     "Federation"),
    # a person's title is no body's; a sentence before that names no one names no body
    ('Harlow says it will appeal. "It is a sad day for our town," the mayor said.', None),
    ('The verdict came on Thursday. "We will appeal," the company said.', None),
])
def test_what_the_company_says_is_said_by_the_body_the_sentence_before_has_speak(
        text: str, speaker: str | None) -> None:
    """"…," the company said: the words of the one body (or name) the sentence before has
    speak, where "the company" is what a body is called (BODIES), whatever the words before
    it ("the Cortavian club"); a title in capitals is the name of a body of its own."""
    assert [q["speaker"] for q in _across(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Epidemic Response Agency said in a statement on Tuesday that its count included "
     'untested patients. "The true number of infections is likely to be far higher," the '
     "statement said.", "The Epidemic Response Agency"),
    ("Brightwell Modular said in a letter to the council that it had followed every rule. "
     "The council has not replied. "
     '"We won these contracts on merit," the letter said.', "Brightwell Modular"),
    # the sentence before names no statement: the statement stays the speaker
    ('The ministry met on Monday. "The outbreak is under control," the statement said.',
     "the statement"),
])
def test_what_the_statement_says_is_said_by_whoever_issued_it(text: str, speaker: str) -> None:
    """"…," the statement said: the words are those of whoever the sentence before says
    issued the statement."""
    assert [q["speaker"] for q in _across(text)] == [speaker]


def test_a_role_first_in_its_sentence_then_a_name_and_a_party_is_the_persons() -> None:
    """"Opposition leader Dana Ruiz of the Social Democrats said …" names Dana Ruiz (the role
    capitalised as the sentence's first word, the party after the name): "she" in the next
    sentence is Ruiz."""
    (quote,) = _across("Opposition leader Dana Ruiz of the Social Democrats said her party was "
                       'ready to govern. "Veloria needs a government that listens," she said.')
    assert quote["speaker"] == "Dana Ruiz"


@pytest.mark.parametrize(("text", "speaker"), [
    ('Prime Minister Karim Haddad called the deal "a first step, and not the last."',
     "Prime Minister Karim Haddad"),
    ("The mayor's critics described the plan as \"a gift to developers, paid by tenants.\"",
     None),  # nobody named
    ('Residents formed a group called "Save the River Now" in the spring.', None),
])
def test_who_calls_something_in_quoted_words_says_them(text: str, speaker: str | None) -> None:
    """"X called the deal “…”" gives X's words, as "X said" does; a name in quotation marks
    after "called" is no one's words."""
    assert [q["speaker"] for q in _across(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(("text", "speaker"), [
    ('Keller made a last appeal to lawmakers: "Do not gamble with the country\'s future."',
     "Keller"),
    ('Finance Minister Lena Varga struck a defiant tone: "We will not raise taxes on fuel."',
     "Finance Minister Lena Varga"),
    ('The report reached one conclusion: "The warning signs were missed at every level."', None),
    ('Keller made one promise: "stability."', None),  # a word, not a statement
])
def test_a_clause_about_someone_that_a_colon_ends_introduces_their_words(
        text: str, speaker: str | None) -> None:
    """A colon after a clause that opens with a named person introduces what they said, with
    no verb of saying; a clause about something, or a short quoted phrase, names no
    speaker."""
    assert [q["speaker"] for q in _across(text)] == ([speaker] if speaker else [])


def test_quotation_marks_set_as_older_newswire_archives_set_them() -> None:
    """``…'' (the Penn Treebank's and older newswire archives' way of writing “…”) quotes as
    “…” does: the quotation verbatim without its marks, its speaker after or before it; a
    short phrase in the reporter's sentence is none."""
    found = _across("``This is a good day for consumers,'' said Sen. Charles Grassley, the "
                    "bill's sponsor. He called the bill ``a gift.''",
                    "Kennedy told reporters: ``We will fight it every step of the way.''")
    assert [(q["speaker"], q["text"]) for q in found] == [
        ("Sen. Charles Grassley", "This is a good day for consumers"),
        ("Kennedy", "We will fight it every step of the way.")]


@pytest.mark.parametrize(("text", "word", "inside"), [
    ("\u201dVi har aldrig varit med om något liknande\u201d, säger han.", "Vi", True),
    ("\u201dVi har aldrig varit med om något liknande\u201d, säger han.", "säger", False),
    ("\u201eWir sind zu Gesprächen bereit\u201c, sagte er.", "Wir", True),
    ("« Nous avons tout perdu », a confié une habitante.", "Nous", True),
    ("« Nous avons tout perdu », a confié une habitante.", "confié", False),
    ('He said: "We will appeal', "We", True),  # a quotation the line leaves open
    ("A 12\u201d pipe burst and we were flooded.", "we", False),  # inches: no quotation
])
def test_where_a_quotation_runs_in_each_language_s_marks(text: str, word: str,
                                                           inside: bool) -> None:
    """quoted: between a pair of marks of any language (Swedish's ” … ”, German's „ … “,
    French's « … »), or after one the line leaves open; a mark that cannot open (”, after a
    figure) quotes nothing."""
    from summarizer.brief.quotes import quoted

    assert quoted(text, text.index(word)) is inside


def test_two_transcriptions_of_one_thing_said_are_one_quotation() -> None:
    # one outlet hears "going to", another "gonna", and drops a comma for a dash
    (quote,) = _across('"This is going to be a long, long night for the town," Mayor Ada '
                       'Moreau said on Tuesday.',
                       'Mayor Ada Moreau warned: "This is gonna be a long long night \u2013 for '
                       'the town."')
    assert quote["sources"] == ["a", "b"]
    assert quote["support"] == 2


def test_a_light_edit_of_one_thing_said_is_one_quotation() -> None:
    # three words of twelve differ: "customers" for "passengers", "will pay" for "are paying"
    (quote,) = _across('"This closure is unnecessary, and it is our passengers who are paying '
                       'the price," said Mara Lind.',
                       '"This closure is unnecessary, and it is our customers who will pay the '
                       'price," Mara Lind said.')
    assert quote["sources"] == ["a", "b"]


def test_a_negation_written_out_or_contracted_is_one_quotation() -> None:
    (quote,) = _across('"I cannot defend a budget I do not believe in," Petra Holm told '
                       'reporters.',
                       '"I can\u2019t defend a budget I don\u2019t believe in," said Petra Holm.')
    assert quote["sources"] == ["a", "b"]


def test_other_things_one_person_said_stay_apart() -> None:
    # the same speaker, a few of the same words, another statement; a translation of one
    # statement in other words is left apart too
    found = _across('"This is going to be a long night for the town," Ada Moreau said.',
                    '"The town will rebuild, however long it takes," Ada Moreau said.',
                    '"Crews are looking at every possibility about the cause," Ada Moreau said.',
                    '"Crews examine all possibilities for the cause," Ada Moreau said.')
    assert [q["sources"] for q in found] == [["a"], ["b"], ["c"], ["d"]]


# A statement quoted in full by a wire and in part by a broadcaster and a daily, each in its
# own words around the part (the reporter's clause goes on after it).
WHOLE = ('"This is the darkest day in the history of our town, and we will find out who is '
         'responsible," Mayor Ada Moreau said on Monday.')
IN_PART = ('Mayor Ada Moreau said it was "the darkest day" in the history of the town.',
           'Moreau, the town\'s mayor since 2019, called the collapse "the darkest day" of her '
           'time in office.\n\nMayor Ada Moreau promised that those responsible would be found.')


def test_a_statement_quoted_in_part_counts_the_outlets_that_quote_the_part() -> None:
    """A few of someone's words quoted inside the reporter's own sentence report that person's
    longer quotation which holds them: the item is the whole quotation, with every outlet
    that quotes it in part among its sources and support."""
    (quote,) = _across(WHOLE, *IN_PART)
    assert quote["speaker"] == "Mayor Ada Moreau"
    assert quote["text"].startswith("This is the darkest day")
    assert (quote["sources"], quote["support"]) == (["a", "b", "c"], 3)


@pytest.mark.parametrize(("part", "why"), [
    ('Tom Brandt said it was "the darkest day" in the history of the town.', "another person"),
    ('Mayor Ada Moreau said the town was "responsible" for the bridge.', "a single word"),
    ('Mayor Ada Moreau said the collapse was "a national disgrace".', "words she did not say"),
])
def test_a_part_only_counts_for_its_speakers_quotation_that_holds_it(part: str,
                                                                       why: str) -> None:
    """A part said by someone else, a single quoted word (a label a long statement holds by
    chance) or words the whole quotation does not hold report nothing; a part alone is
    never an item of its own."""
    assert [q["sources"] for q in _across(WHOLE, part)] == [["a"]], why
    assert _across(part) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # a surname opening the sentence before, once the article gave the full name
    ('Fire Chief Ana Ruiz arrived at dawn.\n\nRuiz toured the burnt warehouse on Monday. '
     '"We will rebuild it," she said.', "Fire Chief Ana Ruiz"),
    # ... after its opening phrase
    ('Fire Chief Ana Ruiz arrived at dawn.\n\nAt the warehouse, Ruiz met the owners. '
     '"We will rebuild it," she said.', "Fire Chief Ana Ruiz"),
    # a capitalised word the article gave no full name for is no one
    ('Fire Chief Ana Ruiz arrived at dawn.\n\nFirefighters toured the burnt warehouse. '
     '"We will rebuild it," she said.', None),
    ('Fire Chief Ana Ruiz arrived at dawn.\n\nCrews toured the burnt warehouse on Monday. '
     '"We will rebuild it," she said.', None),
])
def test_a_surname_opening_the_sentence_before_is_the_persons(text: str,
                                                              speaker: str | None) -> None:
    """News names a person in full once, then by surname: a pronoun after a sentence that
    opens with that surname is that person, as after one that opens with the full name."""
    assert [q["speaker"] for q in _across(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(("named", "speaker"), [
    # a title before "of" is part of the name
    ("Secretary of State Ana Ruiz", "Secretary of State Ana Ruiz"),
    ("Mayor of Lisle Ana Ruiz", "Mayor of Lisle Ana Ruiz"),
    # a body before "of" is not: the person is its tail
    ("The Labour Party of Prime Minister Ana Ruiz", "Prime Minister Ana Ruiz"),
])
def test_a_surname_is_the_full_name_without_the_body_before_of(named: str,
                                                               speaker: str) -> None:
    text = (f"{named} won the vote on Sunday.\n\nRuiz admitted nothing in a short speech. "
            '"The voters have spoken," she said.')
    assert [q["speaker"] for q in _across(text)] == [speaker]


@pytest.mark.parametrize("died", ["Hedda Lind", "Lind"])
def test_a_statement_issued_by_someone_the_sentence_names_no_one(died: str) -> None:
    """"…, her family said in a statement": the statement's words are the family's, not
    those of the person the sentence opens with, though "her family" names nobody in
    particular: the statement stays the speaker."""
    text = ("Hedda Lind, the novelist, lived in Kelmarsh for fifty years.\n\n"
            f'{died} died peacefully at home on Sunday, her family said in a statement. '
            '"She asked only for quiet, and for her garden," the statement said.')
    assert [q["speaker"] for q in _across(text)] == ["the statement"]


@pytest.mark.parametrize("marks", ['""', "\u201c\u201d"])
def test_a_quotation_that_goes_on_in_the_next_paragraph_is_its_speakers(marks: str) -> None:
    """News style leaves a quotation that goes on in the next paragraph open at the end of the
    first and opens the next with a quotation mark again, attributing it once: the first
    paragraph's words are the same speaker's."""
    opening, closing = marks
    text = (f"{opening}We will rebuild every home that was lost. This town has come back "
            f"before.\n\n{opening}It will take years, but we will do it,{closing} Mayor Ada "
            "Moreau said on Monday.")
    found = _across(text)
    assert [(q["speaker"], q["text"]) for q in found] == [
        ("Mayor Ada Moreau", "We will rebuild every home that was lost. This town has come "
                             "back before."),
        ("Mayor Ada Moreau", "It will take years, but we will do it")]
    assert found[0]["index"] == 0


@pytest.mark.parametrize("after", [
    # the next paragraph is the reporter's: the first mark was a stray
    "Mayor Ada Moreau said the town would rebuild.",
    # the next paragraph's quotation has no speaker
    '"It will take years."',
    # the next paragraph quotes someone, but not from its first character
    'Mayor Ada Moreau said: "It will take years."',
])
def test_a_quotation_left_open_is_only_continued_by_a_quotation_opening_the_next_line(
        after: str) -> None:
    text = f'"We will rebuild every home that was lost.\n\n{after}'
    assert not any(q["text"].startswith("We will rebuild") for q in _across(text))


@pytest.mark.parametrize("marks", ['""', "\u201c\u201d"])
def test_a_quotation_left_open_is_the_speakers_named_before_its_mark(marks: str) -> None:
    """A federation's statement names its president before his words, which go on in the next
    paragraph with no attribution: the first paragraph's words are his, and a paper that
    quotes a part of them reports them too. Without a name before the mark they are nobody's."""
    opening, closing = marks
    statement = (f"Federation President Rui Castel stated: {opening}This decision sends a clear "
                 f"message. No rider is above the rules that protect clean athletes.\n\n"
                 f"{opening}Our thoughts are with the riders who were denied their place on the "
                 f"podium.{closing}")
    paper = ('Castel said no rider was "above the rules that protect clean athletes", and '
             "promised the medals would be handed on.")
    found = _across(statement, paper)
    assert [(q["speaker"], q["text"], q["sources"]) for q in found] == [
        ("Federation President Rui Castel", "This decision sends a clear message. No rider is "
         "above the rules that protect clean athletes.", ["a", "b"])]
    assert _across(statement.replace("Federation President Rui Castel stated: ", "")) == []


def test_a_mark_left_open_over_many_sentences_is_a_stray() -> None:
    # MAX_SPAN sentences or more from the open mark to the end of its paragraph
    text = ('"The storm came in the night. The river rose. The bridge went. The school '
            'flooded.\n\n"It will take years," Mayor Ada Moreau said.')
    assert [q["text"] for q in _across(text)] == ["It will take years"]


def test_a_short_quotation_inside_the_reporters_sentence_is_left_out() -> None:
    # the reporter's sentence goes on after a two-word quotation: a phrase, not a statement
    pool = split_article("x", 'According to Mayor Ada Moreau, "heavy swells" hit the islands '
                              'overnight. Mayor Ada Moreau said: "Stay indoors."')
    assert [q["text"] for q in quotes(pool, {"x": 0}, [0], "english")] == ["Stay indoors."]


@pytest.mark.parametrize("adverb", ["further", "also", "reportedly", "has now", "has already"])
def test_a_word_of_how_or_when_before_the_verb_is_not_the_speakers(adverb: str) -> None:
    pool = split_article("x", f'The Tarvik Herald {adverb} explains that "the photographs were '
                              'held back for their graphic nature."')
    (quote,) = quotes(pool, {"x": 0}, [0], "english")
    assert quote["speaker"] == "The Tarvik Herald"


@pytest.mark.parametrize("text", [
    '"We will answer in a measured way," said Foreign Minister Ada Moreau further.',
    '"We will answer in a measured way," said Ada Moreau later.',
    '"We will answer in a measured way," Ada Moreau said again.',
])
def test_a_word_of_how_or_when_after_the_speaker_is_not_the_speakers(text: str) -> None:
    """A foreign desk's "said Mr. Varga further", a wire's "said Moreau later": the name
    before the adverb is the speaker."""
    (quote,) = quotes(split_article("x", text), {"x": 0}, [0], "english")
    assert quote["speaker"].endswith("Ada Moreau")


@pytest.mark.parametrize(("language", "text", "quoted"), [
    ("french", "« Nous avons eu de la chance cette nuit », a déclaré Rosa Lindqvist.",
     "Nous avons eu de la chance cette nuit"),
    ("german", "\u201eWir hatten in dieser Nacht großes Glück\u201c, sagte Rosa Lindqvist.",
     "Wir hatten in dieser Nacht großes Glück"),
    ("french", "« Nous avons eu de la chance cette nuit », a déclaré Rosa Lindqvist dans un "
     "communiqué.", "Nous avons eu de la chance cette nuit"),
    ("spanish", "«Tuvimos mucha suerte esta noche», dijo Rosa Lindqvist en una rueda de prensa.",
     "Tuvimos mucha suerte esta noche"),
    ("italian", "«Abbiamo avuto fortuna stanotte», ha detto Rosa Lindqvist ai giornalisti.",
     "Abbiamo avuto fortuna stanotte"),
    ("portuguese", "\u201cTivemos muita sorte esta noite\u201d, disse Rosa Lindqvist.",
     "Tivemos muita sorte esta noite"),
    ("swedish", "\u201cVi hade tur i natt\u201d, sade Rosa Lindqvist under en presskonferens.",
     "Vi hade tur i natt"),
    # Swedish's own marks: ” opens the quotation as well as closing it
    ("swedish", "\u201dVi hade tur i natt\u201d, sade Rosa Lindqvist under en presskonferens.",
     "Vi hade tur i natt"),
    ("swedish", "\u201dBommarna fälldes som de skulle\u201d, säger Rosa Lindqvist.",
     "Bommarna fälldes som de skulle"),
    # a witness's account, after the quotation: "raconte", "relató", "berichtete"
    ("french", "« Nous avons entendu un énorme fracas », raconte Rosa Lindqvist, qui habite "
     "près de la voie.", "Nous avons entendu un énorme fracas"),
    ("spanish", "«Oímos un estruendo enorme», relató Rosa Lindqvist.",
     "Oímos un estruendo enorme"),
    ("german", "\u201eWir hörten einen riesigen Knall\u201c, berichtete Rosa Lindqvist.",
     "Wir hörten einen riesigen Knall"),
    # and to whom: "unserer Zeitung", "gegenüber dem Sender"
    ("german", "\u201eWir wissen es derzeit nicht\u201c, sagte Rosa Lindqvist unserer Zeitung.",
     "Wir wissen es derzeit nicht"),
    ("german", "\u201eWir wissen es derzeit nicht\u201c, sagte Rosa Lindqvist gegenüber dem "
     "Sender.", "Wir wissen es derzeit nicht"),
    ("italian", "«Abbiamo sentito un boato», ha raccontato Rosa Lindqvist.",
     "Abbiamo sentito un boato"),
    ("portuguese", "\u201cOuvimos um estrondo enorme\u201d, contou Rosa Lindqvist.",
     "Ouvimos um estrondo enorme"),
    # where or when it was said, then who
    ("portuguese", "\u201cTivemos muita sorte esta noite\u201d, explicou \u00e0 imprensa a "
     "capit\u00e3 Rosa Lindqvist.", "Tivemos muita sorte esta noite"),
    ("italian", "«Abbiamo avuto fortuna stanotte», ha detto ai giornalisti il sindaco Rosa "
     "Lindqvist.", "Abbiamo avuto fortuna stanotte"),
])
def test_quotations_in_other_languages(language: str, text: str, quoted: str) -> None:
    (quote,) = quotes(split_article("a", text, language), {"a": 0}, [0], language)
    assert quote["speaker"] == "Rosa Lindqvist"
    assert quote["text"] == quoted


@pytest.mark.parametrize(("language", "text"), [
    ("italian", "Rosa Lindqvist ha parlato ai giornalisti davanti al porto. «Non si possono "
     "lasciare isolate migliaia di persone», ha detto a margine di un convegno a Roma."),
    ("spanish", "Rosa Lindqvist habló con los periodistas frente al puerto. «Ninguna familia "
     "va a quedar sola», dijo en la tarde."),
])
def test_a_subject_left_unsaid_is_the_person_named_before(language: str, text: str) -> None:
    """Italian, Spanish and Portuguese leave the subject unsaid: a phrase of where or when
    after the verb ("a margine di un convegno a Roma") names nobody, and the person the
    sentence before names speaks, as after "she said"."""
    (quote,) = quotes(split_article("a", text, language), {"a": 0}, [0], language)
    assert quote["speaker"] == "Rosa Lindqvist"


def test_seed_set_quotations_are_verbatim_and_attributed(seed_request: dict[str, Any]) -> None:
    request = {**seed_request, "quotes": 50}
    texts = {a["id"]: fold(a["text"]) for a in request["articles"]}
    found = listed(request)
    assert found
    for quote in found:
        assert quote["text"] in texts[quote["article"]]
        assert isinstance(quote["speaker"], str) and quote["speaker"].strip()
        assert quote["speaker"] in texts[quote["article"]]


def test_the_quotes_field_limits_the_list() -> None:
    assert listed(fire_request(quotes=0)) == []
    assert len(listed(fire_request(quotes=2))) == 2
    assert len(listed(fire_request())) == 5  # the default


@pytest.mark.parametrize("bad", [-1, 51, "3", 2.5, True, None])
def test_a_bad_quotes_value_is_a_clear_422(client: FlaskClient, bad: Any) -> None:
    response = client.post("/summarize", json=fire_request(quotes=bad))
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["field"] == "quotes"
    assert "from 0 to 50" in error["message"]


def test_quotes_over_http(client: FlaskClient) -> None:
    response = client.post("/summarize", json=fire_request(quotes=1))
    assert response.status_code == 200
    (quote,) = response.get_json()["quotes"]
    assert quote["speaker"] == LINDQVIST


def test_openapi_documents_quotes(client: FlaskClient) -> None:
    schemas = client.get("/openapi.json").get_json()["components"]["schemas"]
    field = schemas["RequestIn"]["properties"]["quotes"]
    assert (field["minimum"], field["maximum"], field["default"]) == (0, 50, 5)
    assert field["description"]
    assert set(schemas["Quote"]["required"]) == {"speaker", "text", "article", "index",
                                                 "sources", "support"}
    assert schemas["Quote"]["description"]
    assert "quotes" in schemas["Response"]["required"]


def test_markdown_and_text_show_who_said_what() -> None:
    request = fire_request(quotes=2)
    response = summarize(request)
    from summarizer.brief.render import render

    markdown = render(response, "markdown")
    assert "## Who said what" in markdown
    assert f"> \u201c{SHARED}\u201d \u2014 {LINDQVIST} [^" in markdown
    text = render(response, "text")
    assert f"\u201c{SHARED}\u201d \u2014 {LINDQVIST} [Wire, Reuters, BBC]" in text


def test_cli_quotes_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(fire_request()), encoding="utf-8")
    assert main(["--quotes", "1", str(path)]) == 0
    assert len(json.loads(capsys.readouterr().out)["quotes"]) == 1
    assert main(["--quotes", "0", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"] == []
    assert main(["--quotes", "99", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "quotes" in err and "from 0 to 50" in err


def test_cli_quotes_must_be_a_number(tmp_path: Path) -> None:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(fire_request()), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["--quotes", "many", str(path)])
    assert exit_.value.code == 2


def test_quotes_do_not_change_the_brief() -> None:
    request = fire_request()
    with_none = summarize(copy.deepcopy({**request, "quotes": 0}))
    with_some = summarize(copy.deepcopy({**request, "quotes": 50}))
    assert with_none["brief"] == with_some["brief"]


def test_the_brief_page_shows_who_said_what(client: FlaskClient) -> None:
    """The page lists each quotation with its speaker and the outlets that carry it."""
    page = client.post("/summarize?format=page", json=fire_request()).get_data(as_text=True)
    section = page[page.index('id="quotes"'):page.index("<h2>Sources</h2>")]
    assert f"“{SHARED}”" in section
    speaker_line = section[section.index(SHARED):].split("</p>", 1)[0]
    assert LINDQVIST in speaker_line
    assert all(outlet in speaker_line for outlet in ("Wire", "Reuters", "BBC"))
    assert "(3 of 4 sources)" in speaker_line


# A cup final from a wire and a paper: the losing manager speaks in words of his own, which no
# other sentence of the set uses, in the middle of the paper's report.
FINAL = {
    "wire": "Redhill won the national cup for the first time in 41 years on Saturday, beating "
            "Castor 2-1 in the final at Westfield Stadium.\nStriker Joel Okafor scored twice "
            "before Castor's Pavel Hruby pulled one back in stoppage time.\nA crowd of 82,450 "
            "watched the final.",
    "paper": "Joel Okafor's two goals gave Redhill a 2-1 victory over Castor in the cup final "
             "at Westfield, ending a 41-year wait.\nHruby's late goal set up a nervous finish, "
             "but Redhill held on.\nTheir manager, Rui Matos, said: \u201cWe did not deserve "
             "to lose, but that is how it goes.\u201d\nOkafor has now scored 31 goals this "
             "season, a club record for Redhill.",
}


def test_a_quotation_in_words_of_its_own_is_listed() -> None:
    """A sentence that shares too few of the set's words to be chosen for the brief, inside
    a report on topic, is still read for who said what."""
    response = summarize({"articles": [{"id": k, "text": v} for k, v in FINAL.items()]})
    assert [(q["speaker"], q["article"]) for q in response["quotes"]] == [("Rui Matos", "paper")]
    assert all("Matos" not in item["text"] for item in response["brief"])


@pytest.mark.parametrize(("text", "language", "keys"), [
    ("Foreign Minister Yelena Dostal said the president had pardoned them.", "english", {"dost"}),
    ("\u201cWe are free,\u201d Anton Kessler told reporters at the airfield.", "english", {"kess"}),
    ("The minister said Kessler had been freed.", "english", set()),  # a role, not a name
    ("Police said the border was closed.", "english", set()),
    ("She said the talks had lasted 18 months.", "english", set()),
    ("La ministre Yelena Dostal a déclaré que le président les avait graciés.", "french",
     {"dost"}),
    ("Yelena Dostal sa att presidenten benådade dem.", "swedish", {"dost"}),
    # to whom or when, after the name: no part of it
    ("\u00abNo hay riesgo para los viajeros\u00bb, ha declarado Medina a los periodistas.",
     "spanish", {"medi"}),
    ("\u00abN\u00e3o h\u00e1 risco\u00bb, disse Ana Lopes aos jornalistas.", "portuguese",
     {"lope"}),
    ("\u00ab Aucun risque \u00bb, a d\u00e9clar\u00e9 Paul Dupont \u00e0 la presse.", "french",
     {"dupo"}),
    ("\u00abNessun rischio\u00bb, ha detto Rossi a margine dell'incontro.", "italian",
     {"ross"}),
    # to whom, an outlet whose name ends with a number, before the name
    ("\u00abHa sido un seguimiento masivo\u00bb, ha dicho a Telecanal 24 Javier Olmedo, "
     "portavoz del sindicato.", "spanish", {"olme"}),
    ("\u00abNo hay riesgo\u00bb, declar\u00f3 el Ministerio para la Transici\u00f3n "
     "Ecol\u00f3gica.", "spanish", set()),  # a body's name, not a name and where it spoke
    ("Yelena Dostal said the president had pardoned them.", "finnish", set()),  # not read
])
def test_voices_are_the_people_a_sentence_reports_as_speaking(text: str, language: str,
                                                              keys: set[str]) -> None:
    """Who a sentence reports as saying what it says, outside quotation marks, by name: a role,
    a body or a pronoun names no one, and a language whose attributions are not read has
    none."""
    from summarizer.brief.quotes import voices

    assert voices(text, language) == keys


AUDIT = """\
The council met on Monday.

"The audit found a pattern, not a slip. For four years, the harbour's permits were in effect \
sold. Nobody is above the rules," Auditor General Mira Janssen told reporters.

"We will publish every contract," Janssen said. The council declined to comment.

Janssen said the audit would go on. \u201cWe have only started. There are boxes of files we \
have not opened.

\u201cIt will take a year,\u201d she said.

Residents' groups welcomed the 'clean-up'. Nobody else spoke.
"""


def test_within_finds_the_sentences_that_open_inside_someone_elses_quotation() -> None:
    """The middle and the end of a quotation over three sentences, and a sentence of one left
    open at its paragraph's end (news style goes on in the next paragraph); not a sentence after
    a quotation closed, one that opens with its own mark, nor one after an apostrophe or single
    marks in a line of its own."""
    from summarizer.brief.quotes import within

    sentences = split_article("audit", AUDIT, "english")
    inside = within(sentences)
    assert {s.text[:24] for s in sentences if (s.article, s.index) in inside} == {
        "For four years, the harb", "Nobody is above the rule", "There are boxes of files"}


def test_within_reads_a_quotation_set_as_older_newswire_archives_set_it() -> None:
    from summarizer.brief.quotes import within

    sentences = split_article("x", "``The audit found a pattern. For four years, permits were "
                                   "sold,'' Auditor General Mira Janssen told reporters.")
    assert within(sentences) == {("x", 1)}


def test_a_sentence_that_answers_the_question_before_it_leans_on_it() -> None:
    """An explainer asks and answers in one paragraph: the answer leans on its question; a
    sentence after a question asked in a paragraph before it, or inside a quotation that
    goes on, does not."""
    from summarizer.brief.quotes import answering

    text = ("Who can get the vaccine? Right now, only adults between 18 and 60.\n\n"
            "Why does the price matter? Because the state pays for half of every dose.\n\n"
            "Is it safe to travel?\n\n"
            "The ministry lifted its travel warning on Monday.\n\n"
            "\"Will we have enough doses?\" the minister asked on Tuesday. Nobody answered.")
    sentences = split_article("faq", text, "english")
    found = {s.text[:20] for s in sentences if (s.article, s.index) in answering(sentences)}
    assert found == {"Right now, only adul", "Because the state pa"}


# The harbour master's arrest in three outlets' styles: the wire quotes the prosecutor over
# three sentences; the paper quotes the middle one with her name, the broadcaster says it in
# its own words.
HARBOUR = {
    "wire": """\
HARLOW BAY (Coastal Press) - Harbour master Piet Olsen was arrested on Monday on suspicion of \
selling mooring permits, the regional prosecutor said.

"The evidence shows a scheme, not a lapse. For five years, mooring permits in Harlow Bay were \
in effect for sale. Nobody is above the law, and that includes the harbour master," prosecutor \
Anja Brandt told a news conference.

Olsen's lawyer said he denied the accusations and would fight them in court.

The harbour board will meet on Thursday to appoint an acting harbour master.
""",
    "daily": """\
Harbour master Piet Olsen, who has run the port of Harlow Bay since 2015, was taken into \
custody on Monday morning over the alleged sale of mooring permits.

"For five years, mooring permits in Harlow Bay were in effect for sale," prosecutor Anja \
Brandt told reporters outside the courthouse.

Olsen denies wrongdoing, his lawyer said.

The board will name an acting harbour master at a meeting on Thursday.
""",
    "tv": """\
The harbour master of Harlow Bay has been arrested.

Piet Olsen is suspected of selling mooring permits to boat owners for cash.

Prosecutors say permits in the port were for sale for five years.

The harbour board meets on Thursday.
""",
}


@pytest.mark.parametrize("length", [3, 4, 5])
def test_the_brief_states_a_quoted_fact_with_its_speaker_not_cut_out_of_the_quotation(
        length: int) -> None:
    """The wire's middle sentence of the prosecutor's words is the fact's most shared wording,
    but out of its paragraph it reads as the outlet's own claim: the brief takes the wording
    that says who said it."""
    response = summarize({"articles": [{"id": k, "text": v} for k, v in HARBOUR.items()],
                          "length": {"sentences": length}})
    texts = [item["text"] for item in response["brief"]]
    assert not any(text.startswith(("For five years", "Nobody is above")) for text in texts)
    assert any("Anja Brandt" in text and "for sale" in text for text in texts)


@pytest.mark.parametrize(("text", "speaker"), [
    # the verb after an aside about whoever holds a role is that holder's, not the party's
    ("The deal was criticised by the opposition Liberal Union, whose leader, Marta Kovac, called "
     "it \u201ca surrender dressed up as a victory\u201d.", "Marta Kovac"),
    # an aside that names nobody after the role leaves the speaker to the phrase before it
    ('The Ferrymen\'s Guild, whose members walked out on Monday, said: "We were never '
     'consulted about the new timetable."', "The Ferrymen's Guild"),
])
def test_an_aside_about_a_role_names_its_holder_as_the_speaker(text: str, speaker: str) -> None:
    (quote,) = quotes(split_article("x", text), {"x": 0}, [0], "english")
    assert quote["speaker"] == speaker, quote


@pytest.mark.parametrize(("text", "speaker"), [
    # an aside that names someone else: the speaker stands before it, however long it runs
    ("Ilse Brandvold, 61, whose husband Jonas, 64, was taken to the Harnet camp in the spring of "
     "last year, told the Courier: \u201cI keep his coat by the door every night.\u201d",
     "Ilse Brandvold"),
    # a family speaking for someone is not that person, named in the possessive
    ("In a statement issued through their lawyer, Okafor's family said: \u201cDaniel was a "
     "gentle man who needed a doctor, not a gun.\u201d", "Okafor's family"),
    # one relative in an aside after a name leaves the speaker to the name
    ("Tomas Reinholt, Anna's brother, said: \u201cWe have not slept since Friday.\u201d",
     "Tomas Reinholt"),
])
def test_an_aside_or_a_possessive_names_whoever_speaks(text: str, speaker: str) -> None:
    (quote,) = quotes(split_article("x", text), {"x": 0}, [0], "english")
    assert quote["speaker"] == speaker, quote


def test_a_tabloids_verb_of_feeling_attributes_a_quotation() -> None:
    """"…," Ada Moreau fumed: a tabloid's verbs of feeling say who spoke as "said" does."""
    (quote,) = _across('"We were lied to from the start," Ada Moreau fumed.')
    assert quote["speaker"] == "Ada Moreau"


def test_someones_words_told_as_the_reporters_own_are_marked() -> None:
    """A foreign desk's "Half a region is however no mandate of a nation.", whose fact two
    other outlets give as the campaign leader's quoted words, tells her words as a fact; the
    same words said to be hers, or a fact the others state in their own words, do not."""
    import numpy as np

    from summarizer.brief.quotes import mostly_quoted, told_as_own

    texts = ['"Half a region is not a nation\'s mandate," she said.',
             '"Half a region is not a nation\'s mandate," Oberlin told reporters.',
             "Half a region is however no mandate of a nation.",
             "Half a region is no mandate of a nation, said Oberlin.",
             "Turnout was 71.4 percent.", "The turnout reached 71.4 percent."]
    clusters = np.array([0, 0, 0, 0, 1, 1])
    quoted = np.array([mostly_quoted(t) for t in texts])
    assert told_as_own(texts, clusters, quoted, "english").tolist() == [
        False, False, True, False, False, False]
    # one quotation among the others is not enough
    assert not told_as_own(texts[1:3], np.array([0, 0]), quoted[1:3], "english").any()
    assert not told_as_own(texts, clusters, quoted, "arabic").any()


@pytest.mark.parametrize(("text", "speaker"), [
    ('"It was a system built for friends," the Civic Party\'s Ruth Calloway said.',
     "Ruth Calloway"),
    ('"We will not be rushed," Britain\'s Prime Minister Ada Moreau said.',
     "Prime Minister Ada Moreau"),
])
def test_a_bodys_or_a_places_person_is_the_person(text: str, speaker: str) -> None:
    (quote,) = _across(text)
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('For months the Bank of Ostrava had told anyone who would listen that rates were "in a '
     'good place for now and for the rest of the year".', "the Bank of Ostrava"),
    ('In a statement the Interior Ministry said: "The border stays closed until further '
     'notice."', "the Interior Ministry"),
    ('At the hearing his lawyer Tom Reyes said: "My client never saw the contract."',
     "Tom Reyes"),
])
def test_a_phrase_of_time_before_the_subject_is_no_part_of_the_speaker(text: str,
                                                                         speaker: str) -> None:
    """"For months the Bank of Ostrava had told …": the speaker is the bank, not "For months
    the Bank of Ostrava"."""
    (quote,) = _across(text)
    assert quote["speaker"] == speaker


def test_an_aside_that_says_what_someone_was_doing_names_nobody() -> None:
    """"Goran Lisac, the interior minister, visiting Velmira on Monday evening, said …": the
    aside says where the minister was, not who spoke; an aside that names the person stands."""
    (quote,) = _across('Goran Lisac, the interior minister, visiting Velmira on Monday evening, '
                       'said the count would be "revised every day, upwards if necessary, until '
                       'every family is found".')
    assert quote["speaker"] == "Goran Lisac"
    (named,) = _across('The mayor, Ilse Brandt, said: "We will rebuild every house on this '
                       'street."')
    assert named["speaker"] == "Ilse Brandt"


def test_a_label_someone_gave_is_no_quotation_listed() -> None:
    """An estimate someone "called 'conservative'" lists nothing: a word or two quoted that
    is no sentence says nothing on its own; a short sentence of one's own does ("I am free.")."""
    assert _across('The chamber put the cost at £240m, an estimate its director, Nadia Okwuosa, '
                   'called "conservative".') == []
    (free,) = _across('Speaking at the prison gate, Nadia Korvel said: "I am free."')
    assert free["text"] == "I am free."


@pytest.mark.parametrize(("texts", "pairs"), [
    # one quotation held whole in the other's: one statement
    (["\u201cWe let our customers down badly,\u201d Chief Executive Ruth Okafor said.",
      "Harlow Water restored supplies on Monday.",
      "The key line: \u201cWe let our customers down badly, and every household will be "
      "compensated.\u201d"], [(0, 2)]),
    (["She called it \u201cWe can't go on like this\u201d at the rally.",
      "\u201cWe cannot go on like this, not for another winter,\u201d said Ana Ruiz."], [(0, 1)]),
    # two quotations that share words but neither holds the other: two statements
    (["\u201cWe let our customers down badly,\u201d Okafor said.",
      "\u201cWe let nobody down,\u201d the union said."], []),
    # a word or two someone called something is no statement of its own
    (["The minister called the plan \u201creckless\u201d.",
      "\u201cIt is reckless and it will fail,\u201d said Ana Ruiz."], []),
])
def test_brief_sentences_that_quote_the_same_words_state_one_fact(
        texts: list[str], pairs: list[tuple[int, int]]) -> None:
    """Two of a brief's sentences quote the same words when one's quotation of a few words or
    more is held whole in the other's, however each is attributed (a live page's "The key line:
    “…”" and a wire's "“…,” the chief executive said")."""
    from summarizer.brief.quotes import quoted_twice

    assert quoted_twice(list(range(len(texts))), texts) == pairs


def test_a_quotation_an_attribution_interrupts_is_one_quotation() -> None:
    """“It means …,” she said, “and it means …”: one quotation of hers, as another outlet gives
    it whole; two quotations of one sentence that say their own things stay two, and so do
    two people's."""
    (joined,) = _across(
        "Education Secretary Dana Whitlow spoke after the vote.\n\n"
        "“It means pupils can get back to their lessons,” she said, “and it means we can "
        "start to rebuild trust with the profession.”",
        "Dana Whitlow said: “It means pupils can get back to their lessons, and it means we "
        "can start to rebuild trust with the profession.”")
    assert joined["text"] == ("It means pupils can get back to their lessons, and it means we "
                              "can start to rebuild trust with the profession.")
    assert joined["support"] == 2
    apart = _across("“The dam held,” Chief Engineer Rosa Imbert said. “The spillway did not.”")
    assert [q["text"] for q in apart] == ["The dam held", "The spillway did not."]
    two = _across("“We will appeal the ruling,” said Tom Brandt, “and so will the other "
                  "families who lost their homes,” said Ana Ruiz, their lawyer.")
    assert [q["speaker"] for q in two] == ["Tom Brandt", "Ana Ruiz"]


@pytest.mark.parametrize(("text", "language", "speaker", "quoted"), [
    ("“We will rebuild every house,” said Mayor Paul Gerber, “and we will be stronger.”",
     "english", "Mayor Paul Gerber", "We will rebuild every house, and we will be stronger."),
    ("«Nous reconstruirons chaque maison», a déclaré le maire Paul Girard, «et nous serons "
     "plus forts qu'avant».", "french", "Paul Girard",
     "Nous reconstruirons chaque maison, et nous serons plus forts qu'avant"),
    ("«Vamos a reconstruir cada casa», dijo el alcalde Pablo Gil, «y seremos más fuertes que "
     "antes».", "spanish", "Pablo Gil",
     "Vamos a reconstruir cada casa, y seremos más fuertes que antes"),
    ("„Wir bauen jedes Haus wieder auf“, sagte Bürgermeister Paul Gerber, „und wir werden "
     "stärker sein als vorher“.", "german", "Bürgermeister Paul Gerber",
     "Wir bauen jedes Haus wieder auf, und wir werden stärker sein als vorher"),
])
def test_an_interrupted_quotation_is_one_in_every_language(text: str, language: str,
                                                           speaker: str, quoted: str) -> None:
    """The attribution between the two parts names the speaker of both, whether the comma
    stands inside the closing mark (English) or after it («…», a déclaré le maire, «…»)."""
    pool = split_article("a", text, language)
    assert [(q["speaker"], q["text"]) for q in quotes(pool, {"a": 0}, [0], language, 5)] \
        == [(speaker, quoted)]


def test_a_clause_that_announces_a_quotation_is_no_part_of_the_speaker() -> None:
    """"Here is what Dennis Marwood, the federation's chair, said this morning:" names Dennis
    Marwood."""
    (quote,) = _across("Here is what Dennis Marwood, the federation's chair, said this "
                       "morning: “We have been warning for two years that this jail was a "
                       "powder keg.”")
    assert quote["speaker"] == "Dennis Marwood"


@pytest.mark.parametrize(("text", "language", "speakers"), [
    ("13:05 - Paola Cerruti, Protezione civile: «Chiediamo a tutti di non scendere in cantine "
     "e garage».", "italian", ["Paola Cerruti"]),
    ("11:50 - Helena Vasconcelos, presidente da Câmara: \"Ninguém vai ficar na rua esta noite, "
     "garantimos alojamento a todos.\"", "portuguese", ["Helena Vasconcelos"]),
    ("23:20 — Andrés Pizarro (Compromiso Ciudadano), muy escueto: «El resultado es malo, sin "
     "paliativos, y lo asumimos».", "spanish", ["Andrés Pizarro"]),
    ("Returning officer Margaret Hollins: “I am satisfied that the result I have declared is "
     "accurate.”", "english", ["Margaret Hollins"]),
    # a word the post opens on is no part of the name
    ("12:25 — Habla Álvaro Quintanilla, portavoz del SFS, ante la Consejería: \"No hacemos "
     "esta huelga contra los pacientes.\"", "spanish", ["Álvaro Quintanilla"]),
    # a label that names no one in particular
    ("Key Events: “Nobody will be left without a roof tonight, we promise.”", "english", []),
    ("UPDATE: “Nobody will be left without a roof tonight, we promise.”", "english", []),
    ("Die Feuerwehr Essen: „Niemand wird heute Nacht ohne Dach bleiben, versprochen.“",
     "german", []),
])
def test_a_live_pages_label_names_who_speaks(text: str, language: str,
                                             speakers: list[str]) -> None:
    """A live page's post "13:05 - Paola Cerruti, Protezione civile: «…»" is hers: a name with
    its role after a comma or in brackets, or a role's words before it, before the colon."""
    pool = split_article("a", text, language)
    assert [q["speaker"] for q in quotes(pool, {"a": 0}, [0], language, 5)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("Carrow Valley Water's chief executive Graham Pell has apologised. “We know how "
     "disruptive this is, and our teams are working around the clock,” he said.",
     "Graham Pell"),
    ("The Liberals' lead candidate Felix Ahrens is visibly relieved. Asked about a coalition, he "
     "said: “Call us the day after tomorrow, not tonight.”", "Felix Ahrens"),
    # a thing of someone's is theirs: "she" is Melanie Krause
    ("Melanie Krause’s resignation came swiftly after the news broke. In a letter, she said: "
     "“I can’t in good conscience lead an agency that breaks that promise.”",
     "Melanie Krause"),
])
def test_a_pronoun_is_the_person_a_body_names_by_role(text: str, speaker: str) -> None:
    """"Carrow Valley Water's chief executive Graham Pell has apologised. “…,” he said.": he is
    Graham Pell, not the company the sentence opens with."""
    (quote,) = _across(text)
    assert quote["speaker"] == speaker
