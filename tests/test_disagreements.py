"""Where outlets give other figures for one count: a brief sentence's disagreements.

The sets here are written for these tests, each outlet in its own style: a wire, a tabloid, a
foreign desk's close translation."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from summarizer.facts.facts import contested, disagreements
from summarizer.facts.specifics import PEOPLE, TOLLS, Figure, figures
from summarizer.pipeline import summarize

# A bus crash whose toll one outlet gives in words of its own, deep in its text, where the
# others' tolls are given all over the set (the children among the dead, the road's earlier
# crashes): too many to link every figure near the toll (facts.figure_links).
CRASH = {
    "wire": "A bus carrying pilgrims plunged into a ravine near the mountain village of Drovak "
            "on Monday, killing 14 people, regional police said.\n"
            "The bus was travelling from Ostrel to the Sarnow monastery when its brakes failed "
            "on a steep bend, police said.\n"
            "Three of the dead were children, a police spokeswoman said.\n"
            "Rescuers worked through the night to lift the injured out of the gorge with ropes.\n"
            "In 2009, a bus crash on the same road killed 16 people.\n"
            "The country's worst road accident, in 1998, killed 41 people.",
    "tabloid": "HORROR in the mountains: 14 pilgrims were killed when their bus smashed through "
               "a barrier and plunged into a ravine near Drovak.\n"
               "Survivors told of screams as the coach rolled down the slope.\n"
               "Five of the dead were children, police said.\n"
               "The driver, 58, survived with a broken leg.\n"
               "The same road claimed 16 lives in 2009.",
    "foreign": "The coach with the pilgrims fell from the road by the village Drovak in the "
               "evening of Monday.\n"
               "According to the police the brakes of the vehicle did not function on the bend.\n"
               "Doctors at the regional hospital of Ostrel informed late in the evening about 17 "
               "dead pilgrims, among them the guide of the group.\n"
               "Already in the year 2009 died on this road 16 persons.",
}


def _figures(text: str) -> list[Figure]:
    return figures(text, "english", measured=True)


def _brief(texts: dict[str, str], sentences: int) -> list[dict[str, Any]]:
    request = {"articles": [{"id": k, "text": v} for k, v in texts.items()],
               "length": {"sentences": sentences}}
    brief: list[dict[str, Any]] = summarize(request)["brief"]
    return brief


def _carried(texts: dict[str, str], own: str, other: str,
             shown: list[tuple[str, list[str]]]) -> int:
    """How many briefs of 2 to 6 sentences state `own` and not `other`; each shows `shown`
    (article, figures) among the disagreements of its sentence that states `own`."""
    carried = 0
    for sentences in range(2, 7):
        brief = _brief(texts, sentences)
        stating = [item for item in brief if own in item["text"]]
        if not stating or any(other in item["text"] for item in brief):
            continue
        given = [(d["article"], d["figures"]) for d in stating[0].get("disagreements", [])]
        assert given == shown, (sentences, given)
        carried += 1
    return carried


def test_a_toll_given_in_words_of_its_own_is_a_disagreement() -> None:
    """The hospital's 17 dead, in a sentence that shares few words with the wire's lede and is
    not among its fact's sentences, is a disagreement with the lede's 14; the road's earlier
    crashes (other years) and the children among the dead (a part) are not."""
    brief = _brief(CRASH, 3)
    toll = next(item for item in brief if "killing 14 people" in item["text"])
    shown = [(d["article"], d["figures"]) for d in toll.get("disagreements", [])]
    assert shown == [("foreign", ["17"])], shown
    assert "17 dead pilgrims" not in [e["text"] for e in toll["evidence"]]


def test_a_part_of_a_group_is_no_other_figure_for_its_count() -> None:
    """"Eleven of the dead" counts some of the dead, not all of them: no other toll than 14.
    Two parts of one group may still disagree."""
    toll = _figures("The crash killed 14 people, police said.")
    part = _figures("Eleven of the dead were pilgrims from Ostrel.")
    assert part[0].part and not toll[0].part
    assert disagreements(toll, [part]) == []
    assert disagreements(toll, [part], counts=TOLLS) == []
    assert disagreements(_figures("Three of the dead were children."),
                         [_figures("Five of the dead were children.")]) == [(0, ["Five"])]
    # "13 of its employees" is the count itself: the company's staff is no count of the story
    assert not _figures("Velstrom said 13 of its employees were unaccounted for.")[0].part
    # the group named before the figure: "Among the dead are three passengers and the driver"
    among = _figures("Among the dead are three passengers and the driver of the train.")
    assert among[0].part and disagreements(_figures("Four people were killed."), [among]) == []
    assert _figures("Among those hurt were 12 children.")[0].part
    assert not _figures("Four people were killed, among them a child.")[0].part
    # "of" and the group's size, without "the": "11 of 16 miners", a club's "22 of 24"
    reached, trapped = _figures("Rescuers reached 11 of 16 miners trapped underground.")
    assert reached.part and trapped.whole
    assert disagreements(_figures("Sixteen miners are trapped, the company said."),
                         [_figures("Rescuers reached 11 of 16 miners trapped underground.")]
                         ) == []
    assert disagreements(_figures("Ardley dropped to 19 points and 22nd place."),
                         [_figures("Ardley slides onto place 22 of 24.")]) == []
    assert not _figures("A fine of 12 million euros was imposed.")[0].part


def test_the_passengers_alone_are_no_other_figure_for_everyone_aboard() -> None:
    """"180 passengers" leaves out the crew that "186 people aboard" holds: a part and its
    whole, in any language that names the passengers; "168 passengers and crew" is everyone
    aboard, another figure for them, and so are more passengers than people aboard, and the
    people a strike affects are no people aboard."""
    aboard = _figures("A jet with 186 people aboard made an emergency landing.")
    assert disagreements(aboard, [_figures("For the 180 passengers, the trip lasted two "
                                           "minutes.")]) == []
    assert disagreements(_figures("The 180 passengers were taken to the terminal."),
                         [aboard]) == []
    assert disagreements(aboard, [_figures("There were 168 passengers and crew aboard, an "
                                           "airport source said.")]) == [(0, ["168"])]
    assert disagreements(_figures("The jet carried 190 passengers, the airport said."),
                         [aboard]) == [(0, ["186"])]
    # people a strike affects are not the people aboard
    assert disagreements(_figures("The airline says 61,000 passengers are affected."),
                         [_figures("The union says 700 flights and 100,000+ passengers.")]
                         ) == [(0, ["100,000"])]
    french = [figures(text, "french", measured=True) for text in (
        "Un avion avec 186 personnes à bord a dû se poser en urgence.",
        "Les 180 passagers ont été conduits au terminal.")]
    assert disagreements(french[0], [french[1]]) == []


def test_what_is_left_of_a_whole_is_no_other_figure_for_what_is_done() -> None:
    """"27 matches still to play" counts the rest of a season, not the 19 played; "14 games
    remaining" and "12 games to go" are two figures for one rest. Those who left ("more than
    10,000 have left", "10,000 people left") are a count of the event, as are homes left
    without power."""
    played = _figures("Ardley, fourth with 33 points from 19 matches, face Vale on Saturday.")
    rest = _figures("The deduction leaves them 22nd with 27 matches still to play.")
    assert rest[-1].part and not played[-1].part
    assert disagreements(played, [rest]) == []
    assert disagreements(_figures("Kessing have 14 games remaining."),
                         [_figures("Kessing have 12 games to go.")]) == [(0, ["12"])]
    evacuated = _figures("Civil protection says 8,214 people have been evacuated.")
    for left in ("The mayor says more than 10,000 have left.",
                 "More than 10,000 people left, the mayor said.",
                 "About 10,000 homes were left without power."):
        assert not _figures(left)[0].part, left
    assert disagreements(evacuated, [_figures("The mayor says more than 10,000 people have left.")]
                         ) == [(0, ["10,000"])]


def test_a_sentence_that_sets_two_figures_against_each_other_reports_a_disagreement() -> None:
    """A sentence that gives the brief's figure and, set against it, another for the same count
    gives a disagreement; figures of one count that a sentence joins by other words count
    other things (two candidates' shares, a rise in two years) and are none."""
    against = "Police said seven people had been killed, but the hospital put the number at nine."
    own = _figures("Seven people have died in the derailment.")
    assert contested(against, _figures(against), "english") == {0, 1}
    assert disagreements(own, [_figures(against)]) == []  # without reading the contrast
    assert disagreements(own, [_figures(against)],
                         [contested(against, _figures(against), "english")]) == [(0, ["nine"])]
    for text in ["Velstrom now confirms that 14 men are trapped, not 13.",
                 "While prosecutors put the number of people detained at 11, police sources "
                 "said 13 people had been held."]:
        assert contested(text, _figures(text), "english") == {0, 1}, text
    for text in ["With 98 percent of ballots counted, Moreau had 54.1 percent to Haldane's 45.9 "
                 "percent, the electoral commission said.",
                 "The operator has offered a pay rise of 3.5% this year and 2.5% next year.",
                 "However, the ministry said 12 people died, and 14 were injured."]:
        assert contested(text, _figures(text), "english") == set(), text
    # the figure right before the one set against it is the one it answers
    text = ("Prices rose 5.1% over the year to October, and the bank now thinks inflation will "
            "average 4.6% next year, not the 3.9% it said in the summer.")
    assert contested(text, _figures(text), "english") == {1, 2}


def test_the_other_figures_of_a_count_both_sentences_agree_on_are_none() -> None:
    """Two sentences that give one toll agree on it: the other figures either gives for it
    are parts of it or an earlier count ("three of them Lusarians" beside "rescuers had
    earlier put the toll at four"), not another figure for it; a count they do not agree on
    still disagrees."""
    own = _figures("The avalanche killed five people, police said; rescuers had earlier put "
                   "the toll at four dead and two missing.")
    recap = _figures("To recap: police have confirmed five deaths, three Korvelians and two "
                     "Lusarians.")
    assert disagreements(own, [recap]) == []
    assert disagreements(own, [_figures("Police have confirmed six deaths.")]) \
        == [(0, ["six"])]
    crew = _figures("The jet was carrying 184 passengers and nine crew, the airline said.")
    assert disagreements(crew, [_figures("There were 184 passengers and eight crew on "
                                         "board, an early report said.")]) == []


@pytest.mark.parametrize(("first", "second", "language"), [
    ("The third victim, Manuel Ortez, 66, died at home on Monday night.",
     "The first victim was a man, 81, who died in hospital on Saturday.", "english"),
    ("A terceira vítima é Manuel Ortez, de 66 anos, que morreu em casa.",
     "A primeira vítima mortal é um homem de 81 anos, que morreu no hospital.", "portuguese"),
])
def test_two_victims_ages_outside_one_fact_are_no_disagreement(first: str, second: str,
                                                                language: str) -> None:
    """Two sentences of an outbreak outside one fact, each giving a victim's age beside a
    death: two people's ages, no other figure for a toll. A toll they give apart is one."""
    own, theirs = (figures(text, language, measured=True) for text in (first, second))
    assert disagreements(own, [theirs], counts=TOLLS, things=True) == []
    tolls = [figures(text, "english", measured=True) for text in (
        "The outbreak has killed three people, health officials said on Monday.",
        "The outbreak has killed four people, a hospital spokesman said.")]
    assert disagreements(tolls[0], [tolls[1]], counts=TOLLS, things=True) == [(0, ["four"])]


@pytest.mark.parametrize(("first", "second", "language", "shown"), [
    # two people named apart: two ages, no disagreement
    ("Former finance director Simon Abbot-Clarke, 47, was charged with false accounting.",
     "Prosecutors charged Graham Fennimore, 61, the firm's founder, with fraud.", "english",
     []),
    ("O segundo arguido, Paulo Sequeira, de 47 anos, foi acusado de falsificação.",
     "O fundador, Gonçalo Ferraz, de 61 anos, foi acusado de burla.", "portuguese", []),
    # ages that no name comes before: whose, the sentences do not say
    ("Die Retter bargen die Leiche eines 41 Jahre alten Mannes aus den Trümmern.",
     "Am Abend fanden die Retter die Leiche eines 29 Jahre alten Mannes.", "german", []),
    ("A vítima mortal é um homem de 81 anos, com outras doenças associadas.",
     "O surto fez a segunda vítima mortal: uma mulher de 74 anos.", "portuguese", []),
    # one person, or a name half garbled: another age for them
    ("Jean-Yves Quéméner, 74 ans, a été tué par la chute d'un arbre.",
     "Jean-Yves Quéméner, 73 ans, est la seule victime de la tempête.", "french", ["73"]),
    ("O segundo ocupante, Rui Mendonça, de 58 anos, seria aluno do instrutor.",
     "Aos comandos seguia Rui Mendes, de 60 anos, um conhecido empresário.", "portuguese",
     ["60"]),
    # years after a word for someone that no list of such words holds, an adjective between:
    # two of the dead, described apart
    ("Parmi les morts figure une randonneuse suisse de 67 ans, décédée à l'hôpital.",
     "Le conducteur de la nacelle, un salarié de 54 ans, fait partie des morts.", "french",
     []),
    ("Una turista tedesca di 67 anni è morta in ospedale nel pomeriggio.",
     "Il manovratore, un dipendente di 54 anni, è tra le vittime.", "italian", []),
    # ... or one man, described alike: another age for him
    ("Un kitesurfeur de 31 ans a été grièvement blessé par un requin.",
     "Un kitesurfeur de 32 ans a été attaqué par un requin samedi.", "french", ["32"]),
])
def test_two_ages_after_names_that_share_no_word_are_two_people_s(first: str, second: str,
                                                                 language: str,
                                                                 shown: list[str]) -> None:
    """A brief sentence that gives one defendant's age, and another sentence of its fact that
    gives the other's: no other figure for the first's age; nor are two ages after no names
    (two bodies recovered, two victims of one outbreak) one person's, nor two that share no
    word but their years (in one fact of the dead neither). One person's name, or a name half
    garbled, or the same words for them, gives another age for them."""
    own, theirs = (figures(text, language, measured=True) for text in (first, second))
    assert disagreements(own, [theirs]) == ([(0, shown)] if shown else [])
    if not shown:
        assert disagreements(own, [theirs], counts=TOLLS, things=True, measured=True) == []


@pytest.mark.parametrize(("own", "lost", "gained", "language"), [
    ("The grid operator said 2,300 homes were cut off by the storm.",
     "By noon 1,900 homes had lost power, the operator said.",
     "By noon 1,900 homes had been reconnected, the operator said.", "english"),
    ("La direction annonce 840 postes supprimés dans le groupe.",
     "Les syndicats comptent 910 postes supprimés dans le groupe.",
     "La direction dit avoir 800 postes proposés au reclassement dans le groupe.", "french"),
    ("Der Konzern streicht 640 Stellen im Werk Kaltenau.",
     "Die Gewerkschaft spricht von 700 Stellen im Werk Kaltenau.",
     "Der Konzern hat 600 Stellen im Werk Kaltenau angeboten.", "german"),
    ("Sono 4.200 le utenze senza corrente a Borgo Nuovo.",
     "Le utenze senza corrente a Borgo Nuovo sono 3.900.",
     "Sono 3.900 le utenze riallacciate a Borgo Nuovo.", "italian"),
    ("A elétrica diz que 1.420 clientes ficaram sem energia na ilha.",
     "Segundo a Câmara, 1.600 clientes ficaram sem energia na ilha.",
     "A elétrica diz que 1.100 clientes já foram religados na ilha.", "portuguese"),
    ("El banco cerrará 230 oficinas y suprimirá 1.100 empleos.",
     "UGT eleva a 1.300 los empleos que se suprimirán.",
     "El banco creará 1.000 empleos en su nuevo centro digital.", "spanish"),
    ("Elbolaget uppger att 5 200 kunder saknar ström.",
     "Enligt kommunen saknar 6 000 kunder ström.",
     "Elbolaget uppger att 4 800 kunder har återkopplade anslutningar.", "swedish"),
])
def test_a_count_of_what_was_given_back_is_no_figure_for_what_was_lost(
        own: str, lost: str, gained: str, language: str) -> None:
    """Customers reconnected, posts offered elsewhere or created are counted under the noun of
    those lost ("1,900 homes had been reconnected" beside "2,300 homes were cut off"): no
    other figure for the count; another count of those lost is one."""
    first, other, back = (figures(text, language, measured=True) for text in (own, lost, gained))
    assert disagreements(first, [other]) != []
    assert disagreements(first, [back]) == []


@pytest.mark.parametrize(("own", "theirs", "language", "shown"), [
    # a lesser figure after a greater one for the count: some of those it counts
    ("At least 23 people were injured when the roof was torn off.",
     "Paramedics said 31 people were treated and 12 were taken to hospital.", "english",
     ["31"]),
    ("Il crollo ha causato 23 feriti, secondo la prefettura.",
     "Sono stati medicati 31 feriti e 12 persone sono state ricoverate.", "italian", ["31"]),
    # ... not a lesser figure before a greater one, which counts something else
    ("Tre morti nell'incendio della discoteca Nebula.",
     "Il bilancio è di quattro giovani morti, la più giovane di appena 19 anni.", "italian",
     ["quattro"]),
])
def test_a_lesser_figure_after_the_whole_count_is_some_of_it(own: str, theirs: str,
                                                             language: str,
                                                             shown: list[str]) -> None:
    """"31 people were treated and 12 were taken to hospital": the 12 are some of the 31, no
    other figure for the 23 injured another report gives."""
    first, second = (figures(text, language, measured=True) for text in (own, theirs))
    assert disagreements(first, [second]) == [(0, shown)]


def test_a_figure_is_no_other_count_of_people_its_sentence_gives_a_figure_for() -> None:
    """"11 skiers caught, five rescued alive": the sentence's count of the rescued is five,
    so its 11 counts something else, not the rescued that another sentence puts at six."""
    own = _figures("Police said one of the missing had been flown to hospital, so six skiers "
                   "were rescued alive.")
    first = _figures("The head of mountain rescue gave the first figures: 11 skiers caught, "
                     "five rescued alive.")
    assert disagreements(own, [first]) == [(0, ["five"])]


def test_an_age_is_no_other_toll() -> None:
    """A lede that tells a death in words ("killed a volunteer firefighter") beside a count of
    homes, and another report that gives the firefighter's age after his name: the age is
    no other figure for a toll."""
    own = _figures("A wildfire has killed a volunteer firefighter, destroyed 37 homes and "
                   "forced about 6,000 people to leave, officials said.")
    age = _figures("Volunteer Rory Dunmore, 29, died when a wall of flame swept over his crew.")
    assert disagreements(own, [age]) == []
    assert disagreements(own, [age], counts=TOLLS) == []


# A march whose crowd the police and the unions count several times apart, in sentences of
# two facts; the unions' banner gives a figure beside the marchers that counts none of them.
MARCH = {
    "wire": "Tens of thousands of people marched through Velmora on Saturday against a plan to "
            "raise the retirement age, and police arrested 12 people after scuffles near "
            "parliament.\n"
            "Police put the crowd at 40,000.\n"
            "The government says the reform is needed to keep the pension system solvent.",
    "union": "Unions said more than 150,000 people marched through Velmora on Saturday against "
             "the plan to raise the retirement age from 62 to 64.\n"
             "Marchers carried banners reading \"62 and not a day more\" past parliament.\n"
             "The unions will decide on a general strike against the pension reform next week.",
    "local": "The march against the pension reform brought the centre of Velmora to a halt on "
             "Saturday.\n"
             "Shops on Castle Street closed early as the procession passed.\n"
             "Police said 12 people had been arrested near parliament.",
}


def test_the_crowd_the_police_and_the_organisers_count_apart_is_a_disagreement() -> None:
    """The police's 40,000 and the unions' 150,000 estimate one crowd, though several times
    apart as such estimates are; the banner's 62, written exactly beside the marchers, is no
    estimate of them."""
    for sentences in (3, 4):
        crowd = next(item for item in _brief(MARCH, sentences) if "40,000" in item["text"])
        shown = [(d["article"], d["figures"]) for d in crowd.get("disagreements", [])]
        assert shown == [("union", ["150,000"])], (sentences, shown)
    hurt = _figures("The unions say more than 60 of their marchers were hurt.")
    assert {w for w in hurt[0].context if w.startswith("#")} == {"#injured"}


# A boil-water notice whose reach the health office and the water company count differently,
# the company's count given deep in a local paper's text, in a sentence of its own.
NOTICE = {
    "wire": "About 42,000 households in Tarrow were told on Monday to boil their tap water "
            "after bacteria were found in the supply, the regional health office said.\n"
            "The water company said a pump failed at its Ashby works during a storm.\n"
            "Bottled water is being handed out at the town hall and the sports centre.",
    "local": "Families across Tarrow queued for bottled water on Monday evening.\n"
             "\"We have three children and no clean water,\" said Mara Oakes, 36.\n"
             "The water company says 38,500 households are affected.\n"
             "It has handed out 41,000 bottles of water so far.",
    "radio": "People in Tarrow must boil their water until further notice.\n"
             "Bacteria were found in the supply after a pump failed during the storm, the "
             "health office says.",
}


def test_a_count_of_one_thing_given_outside_the_fact_is_a_disagreement() -> None:
    """The company's 38,500 households and the health office's 42,000, in sentences of two
    facts, are two figures for one count, whichever of them the brief states; 41,000 bottles
    count another thing."""
    for sentences in (2, 3):
        counted = [item for item in _brief(NOTICE, sentences) if "households" in item["text"]]
        assert len(counted) == 1, counted
        shown = [(d["article"], d["figures"]) for d in counted[0].get("disagreements", [])]
        assert shown == ([("local", ["38,500"])] if counted[0]["article"] == "wire"
                         else [("wire", ["42,000"])]), shown


def test_a_noun_whose_figures_lie_far_apart_counts_several_things() -> None:
    """Seats counted for each party, or the stores a chain closes and those it keeps, cannot
    be told apart by their noun: outside the fact, such a noun finds no other figure; nor does
    the size of a group a part is counted of ("47 of its 132 stores")."""
    from summarizer.facts.facts import counted_things

    def counted(owns: list[list[Figure]], *texts: str) -> dict[str, list[int]]:
        found = [figures(t, "english") for t in texts]
        return {noun: rows.tolist() for (noun, _), rows
                in counted_things(found, owns, list(texts), "english").items()}

    owns = [_figures("Civic Renewal won 112 seats, the commission said.")]
    assert counted(owns, "Civic Renewal won 112 seats.", "The projection gave it 109 seats.") \
        == {"seat": [0, 1]}
    assert counted(owns, "Civic Renewal won 112 seats.", "National Unity won 98 seats.",
                   "The Greens won 40 seats.", "The projection gave it 109 seats.") == {}
    closing = _figures("The chain will close 47 of its 132 stores.")
    assert [f.whole for f in closing] == [False, True]
    assert counted([closing], "The chain will close 47 of its 132 stores.",
                   "Its 85 stores left will stay open.") == {}
    # nor the rest of a group an own figure is a part of
    total = "The chain has 132 stores in all and will close 47 stores."
    assert counted([_figures(total)], total, "Its 85 stores left will stay open.",
                   "A union says 60 stores will close.") == {"store": [0, 2]}
    # the size of the group read with an owner between ("of the region's"), and the whole
    # named after its noun
    assert [f.whole for f in _figures("Cases were confirmed at 11 of the region's 212 schools.")] \
        == [False, True]
    for text in ["The carmaker will cut 4,800 jobs across the group.",
                 "The chain has 6,200 stores worldwide.", "It supplies 1.4 million homes in all."]:
        assert [f.whole for f in _figures(text)] == [True], text
    assert [f.whole for f in _figures("It will cut 3,100 jobs at the plant across town.")] \
        == [False]


@pytest.mark.parametrize(("text", "language"), [
    ("Golfonavi ha soppresso 96 delle 164 corse in programma nelle due giornate.", "italian"),
    ("Renfe canceló 120 de los 400 trenes previstos para el jueves.", "spanish"),
    ("12 von 40 Zügen fielen am Morgen aus.", "german"),
    ("12 av 40 avgångar ställdes in under morgonen.", "swedish"),
    ("12 des 40 vols prévus ont été annulés.", "french"),
    ("A CP suprimiu 85 dos 300 comboios previstos.", "portuguese"),
])
def test_the_size_of_a_group_is_read_in_every_language(text: str, language: str) -> None:
    """"96 delle 164 corse": the second figure is the size of the group the first counts some
    of, no other figure for a count of crossings cancelled."""
    assert [f.whole for f in figures(text, language, measured=True)] == [False, True]


def test_a_count_of_another_time_is_no_figure_for_a_thing_counted_now() -> None:
    """"About 300 vehicles" stuck on the same road in January 2024 count another time's
    vehicles: they leave tonight's 800 and the operator's 650 one count."""
    from summarizer.facts.facts import counted_things

    texts = ["About 800 vehicles were caught on the motorway, police said.",
             "In January 2024 about 300 vehicles were stuck there for nine hours.",
             "The road operator said 650 vehicles were caught."]
    found = [figures(t, "english") for t in texts]
    counted = counted_things(found, [_figures(texts[0])], texts, "english")
    assert {noun: rows.tolist() for (noun, _), rows in counted.items()} == {"vehicl": [0, 2]}


def test_a_copy_of_one_report_gives_no_other_figure_than_its_original() -> None:
    """Outside the fact, a reprint's other sentences are its original's: "5 dogs" beside "3
    dogs" in one report are two counts, not two outlets' figures for one."""
    text = "3 dogs ran fast today. 5 dogs slept all day long."
    brief = summarize({"articles": [{"id": k, "text": text} for k in "ab"],
                       "length": {"sentences": 2}})["brief"]
    assert brief and all("disagreements" not in item for item in brief), brief


def test_outside_the_fact_a_thing_is_one_count_where_a_noun_says_so() -> None:
    """Outside the fact, two figures without a unit count one thing when the noun after the
    first follows the second too, or is among its words where none follows it; not another
    noun's count, not a sum, and not a count of people that names no toll."""
    own = _figures("About 42,000 households were told to boil their water.")
    for text in ["The company says 38,500 households are affected.",
                 "The company puts the number of households covered by the notice at 38,500."]:
        assert disagreements(own, [_figures(text)], counts=frozenset(), things=True) \
            == [(0, ["38,500"])], text
    for text in ["The company has handed out 38,500 bottles of water.",
                 "The company says households will get 38,500 dollars in credits."]:
        assert disagreements(own, [_figures(text)], counts=frozenset(), things=True) == [], text
    assert disagreements(own, [_figures("The company says 38,500 households are affected.")],
                         counts=frozenset()) == []


def test_a_currency_code_is_its_sign() -> None:
    """"EUR 48,500" and "48,500 EUR" are sums in euros, one count with "62,000 euros"."""
    assert [f.unit for f in _figures("prize money totalling EUR 48,500")] == ["\u20ac"]
    assert [f.unit for f in _figures("prize money totalling 48,500 EUR")] == ["\u20ac"]
    assert [f.unit for f in _figures("a fine of USD 2 million")] == ["$"]
    assert disagreements(_figures("The rider must return prize money totalling EUR 48,500."),
                         [_figures("He must repay prize money of 62,000 euros.")]) \
        == [(0, ["62,000"])]


def test_millions_of_pounds_are_sterling_but_not_pounds_of_something() -> None:
    """"4.2 billion pounds" is a sum in sterling, one with "£4.2 billion"; "2 million pounds of
    ground beef" is a weight, and "300 pounds" may be either: no unit."""
    assert [f.unit for f in _figures("The wind farm will cost 4.2 billion pounds.")] \
        == ["\u00a3"]
    assert [f.unit for f in _figures("It was fined 64 million pounds ($84 million).")] \
        == ["\u00a3", "$"]
    assert [f.unit for f in _figures("Sales rose to 12.5bn pounds.")] == ["\u00a3"]
    assert [f.unit for f in _figures("The firm recalled 2 million pounds of ground beef.")] \
        == [""]
    assert [f.unit for f in _figures("The bear weighed 300 pounds.")] == [""]


@pytest.mark.parametrize(("text", "language", "unit"), [
    ("Die Lokführer streiken volle 48 Stunden.", "german", "h"),
    ("La grève doit durer 3 jours.", "french", "d"),
    ("Lo sciopero è durato 24 ore.", "italian", "h"),
    ("El servicio estuvo cortado durante 4 horas.", "spanish", "h"),
    ("Strömmen väntas vara tillbaka inom 2 dygn.", "swedish", "d"),
    ("As obras vão durar 6 meses.", "portuguese", "mo"),
    ("Der Mann starb im Alter von 87 Jahren.", "german", "yr"),  # an age, in years
])
def test_a_span_of_time_is_given_in_its_unit_in_every_language(text: str, language: str,
                                                               unit: str) -> None:
    """Hours, days, weeks and months are units in the other languages too, as "48 hours" is
    in English: the spans of two strikes are no count of one thing."""
    assert [f.unit for f in figures(text, language, measured=True)] == [unit]


def test_the_spans_of_two_strikes_are_no_disagreement() -> None:
    """A brief sentence's 48-hour strike and the 30 hours of an earlier one, or the 35 hours a
    week the union demands, in a German daily: no other figure for the strike's length."""
    own = figures("Seit heute Nacht streiken die Lokführer, und zwar volle 48 Stunden.",
                  "german", measured=True)
    others = [figures(text, "german", measured=True) for text in (
        "Mitte November folgte ein Streik von 30 Stunden.",
        "Die Gewerkschaft fordert eine Absenkung der Wochenarbeitszeit von 38 auf 35 "
        "Stunden.")]
    assert disagreements(own, others, counts=frozenset(), things=True) == []


@pytest.mark.parametrize(("text", "language", "hours"), [
    ("Nelle ultime 48 ore sono caduti 210 millimetri di pioggia.", "italian", 48),
    ("Il a plu 210 millimètres au cours des 48 dernières heures.", "french", 48),
    ("In den vergangenen drei Tagen fielen 210 Millimeter Regen.", "german", 72),
    ("En las últimas 24 horas han caído 210 litros por metro cuadrado.", "spanish", 24),
    ("Nas últimas 48 horas caíram 210 milímetros de chuva.", "portuguese", 48),
    ("Under de senaste två dygnen har det fallit 210 millimeter regn.", "swedish", 48),
    ("Sono caduti 210 millimetri di pioggia oggi.", "italian", 24),  # today: one day
    # how long it lasted, when it ends: no span
    ("La pioggia è caduta per tre giorni: 210 millimetri.", "italian", 0),
    ("Seit drei Tagen regnet es: 210 Millimeter.", "german", 0),
    ("On attend 210 millimètres dans trois jours.", "french", 0),
    ("Lo sciopero di 48 ore ha cancellato 210 treni.", "italian", 0),
    # years and decades, after a word that opens a span; not an age or a term
    ("Die Straße hat in den letzten zehn Jahren 11 Menschenleben gefordert.", "german", 87600),
    ("En los últimos diez años han muerto 11 personas en ese tramo.", "spanish", 87600),
    ("Un ragazzo di 17 anni è tra i 3 morti.", "italian", 0),
])
def test_a_span_of_time_is_read_in_every_language(text: str, language: str, hours: int) -> None:
    """A count over the last 48 hours, in each language read, is given over a span of 48 hours
    (specifics.SPANS), as in English; how long something lasted is none."""
    assert figures(text, language, measured=True)[-1].span == hours


@pytest.mark.parametrize(("language", "today", "total", "also_today"), [
    ("english", "Some 340 flights were cancelled today as the controllers walked out.",
     "Over the 48 hours of the strike, 610 flights were cancelled.",
     "Airlines cancelled 360 flights today, the union said."),
    ("italian", "Oggi lo sciopero ha cancellato 95 treni regionali.",
     "Nelle 48 ore dello sciopero sono stati cancellati 180 treni regionali.",
     "Le ferrovie parlano di 110 treni regionali cancellati nella giornata di oggi."),
])
def test_a_count_of_today_is_no_other_figure_for_a_strikes_total(
        language: str, today: str, total: str, also_today: str) -> None:
    """A strike's count of today and its count over the two days it lasts count two things;
    two counts of today are two figures for one."""
    def read(text: str) -> list[Figure]:
        return figures(text, language, measured=True)

    assert disagreements(read(today), [read(total)], counts=frozenset(), things=True) == []
    shown = disagreements(read(today), [read(also_today)], counts=frozenset(), things=True)
    assert [figures for _, figures in shown] == [[read(also_today)[0].text]]


def test_one_part_of_a_count_both_give_leaves_its_other_figures_a_disagreement() -> None:
    """"21 personer har vårdats …, varav fyra allvarligt skadade" and "23 personer skadats,
    varav fyra allvarligt": both give the four seriously injured, a part of the count, and
    two figures for the count itself (people treated in hospital are injured, in Swedish too);
    where both give the count itself, its parts say nothing more."""
    def swedish(text: str) -> list[Figure]:
        return figures(text, "swedish", measured=True)

    region = swedish("21 personer har vårdats på Östersunds sjukhus, varav fyra allvarligt "
                     "skadade.")
    police = swedish("Polisen uppger att 23 personer skadats, varav fyra allvarligt.")
    assert "#injured" in region[0].context
    assert disagreements(region, [police]) == [(0, ["23"])]
    assert disagreements(_figures("Police have confirmed five deaths, three villagers and two "
                                  "soldiers."),
                         [_figures("The attack killed five people, among them three "
                                   "villagers.")]) == []


def test_people_a_hospital_treated_are_a_count_of_the_injured() -> None:
    """"Treated 23 people" and "at least 17 injured" give one count differently."""
    treated = _figures("Kaldern General Hospital said it had treated 23 people.")
    assert "#injured" in treated[0].context
    assert disagreements(_figures("Three people were killed and at least 17 injured."),
                         [treated]) == [(0, ["23"])]


@pytest.mark.parametrize(("text", "marks"), [
    ("Nearly 40 gasping residents needed medical help, according to county figures.",
     ["#injured"]),
    ("St. Brendan's Regional Medical Center says 27 people came through its emergency room.",
     ["#injured"]),
    ("Another 12 went to A&E with breathing problems.", ["#injured"]),
    ("The hospital has 40 beds in its emergency department.", []),
])
def test_people_who_needed_medical_help_are_a_count_of_the_injured(text: str,
                                                                   marks: list[str]) -> None:
    """Those who needed medical help or came through an emergency room are counted as a
    hospital or a county counts those it treated, with the injured; a hospital's beds are
    not."""
    assert [sorted(m for m in f.context if m.startswith("#"))
            for f in _figures(text)] == [marks]


@pytest.mark.parametrize(("text", "language"), [
    ("Au total, 28 personnes ont été soignées sur place par les pompiers.", "french"),
    ("Insgesamt wurden 28 Menschen vom Rettungsdienst behandelt.", "german"),
    ("In tutto 28 persone sono state medicate sul posto dal 118.", "italian"),
    ("Ao todo, 28 pessoas foram assistidas no local pelo INEM.", "portuguese"),
    ("Al cierre del día, Sanidad contabilizaba 28 personas atendidas.", "spanish"),
    ("Totalt har 28 personer vårdats på sjukhus efter olyckan.", "swedish"),
    # and those in hospital
    ("La mairie fait état de 8 enfants hospitalisés.", "french"),
    ("Sono 8 i bambini ricoverati in pediatria.", "italian"),
    ("Há 8 crianças internadas no hospital distrital.", "portuguese"),
    ("Siguen 8 niños ingresados en el hospital comarcal.", "spanish"),
])
def test_people_treated_are_a_count_of_the_injured_in_every_language(text: str,
                                                                     language: str) -> None:
    """"soignées", "behandelt", "medicate", "assistidas", "atendidas", "vårdats": those an
    ambulance service or a hospital treated are counted with the injured, as "treated" is, and
    so are those in hospital, as "hospitalised" is ("hospitalisés", "ricoverati", "internadas",
    "ingresados")."""
    assert [sorted(m for m in f.context if m.startswith("#"))
            for f in figures(text, language, measured=True)] == [["#injured"]]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("About 140 guests fell ill after the wedding reception.", "english", "140"),
    ("The health authority has confirmed 112 cases of salmonella.", "english", "112"),
    ("Au moins 60 élèves ont été intoxiqués après le déjeuner.", "french", "60"),
    ("Nach dem Mittagessen sind 48 Schüler erkrankt.", "german", "48"),
    ("L'Asl conferma 48 casi tra gli alunni della scuola.", "italian", "48"),
    ("Unos 60 alumnos resultaron intoxicados tras la comida.", "spanish", "60"),
    ("Há 48 casos confirmados entre os alunos da escola.", "portuguese", "48"),
    ("Minst 48 elever har insjuknat efter lunchen.", "swedish", "48"),
    # in several words
    ("Soixante-quatorze élèves sont tombés malades après le déjeuner.", "french", "74"),
    ("Sono circa 60 gli alunni che si sono sentiti male dopo il pranzo.", "italian", "60"),
    ("Unos 60 alumnos se sintieron mal tras la comida.", "spanish", "60"),
    ("Cerca de 60 alunos passaram mal depois do almoço.", "portuguese", "60"),
    ("Minst 60 elever blev sjuka efter lunchen.", "swedish", "60"),
])
def test_people_who_fell_ill_are_a_count_of_people_in_every_language(
        text: str, language: str, value: str) -> None:
    """An outbreak's or a poisoning's reports count the sick as a disaster's count the
    injured: the people who fell ill, the cases confirmed."""
    found = [f for f in figures(text, language) if f.value == value]
    assert found and "#ill" in found[0].context


@pytest.mark.parametrize(("text", "language", "mark", "value"), [
    ("I vigili del fuoco hanno soccorso trenta persone rimaste bloccate.", "italian",
     "#rescued", "30"),
    ("Una trentina di persone sono state soccorse con i gommoni.", "italian", "#rescued", "30"),
    ("Os bombeiros resgataram 12 pessoas; outras 20 foram socorridas no local.", "portuguese",
     "#rescued", "20"),
    ("Un total de 14 personas han sido rescatadas y otras dos socorridas.", "spanish",
     "#rescued", "14"),
    ("Quinze habitants ont été sauvés par les pompiers.", "french", "#rescued", "15"),
    ("El 112 eleva a unas 1.800 las personas desalojadas.", "spanish", "#displaced", "1800"),
    # life one came out with: alive, no death
    ("Quatro pessoas foram retiradas com vida dos escombros.", "portuguese", "#rescued", "4"),
    ("Tres personas fueron rescatadas con vida.", "spanish", "#rescued", "3"),
    ("Deux randonneurs ont été retrouvés en vie.", "french", "#rescued", "2"),
    ("Zwei Bergsteiger sind noch am Leben.", "german", "#rescued", "2"),
    ("Duas pessoas perderam a vida no desabamento.", "portuguese", "#dead", "2"),
])
def test_each_form_of_a_participle_names_its_count(text: str, language: str, mark: str,
                                                   value: str) -> None:
    """A Romance participle agrees with the people it counts: "hanno soccorso trenta
    persone", "sono state soccorse", "socorridas", "desalojadas" count the rescued and the
    evacuated as the forms listed before did; and life one came out with ("retiradas com
    vida", "retrouvés en vie") counts the rescued, where life lost counts the dead."""
    found = [f for f in figures(text, language) if f.value == value]
    assert found and mark in found[0].context


@pytest.mark.parametrize(("text", "language"), [
    ("Os 85 doentes foram transferidos para outros serviços do hospital.", "portuguese"),
    ("I 12 malati sono stati trasferiti in un altro ospedale.", "italian"),
    ("Les 40 malades ont été transférés vers un autre hôpital.", "french"),
])
def test_a_hospitals_patients_are_no_count_of_the_sick(text: str, language: str) -> None:
    """"Doentes", "malati", "malades" name a hospital's patients as often as the sick: patients
    moved from a fire are no count of people who fell ill."""
    assert all("#ill" not in f.context for f in figures(text, language))


def test_two_counts_of_the_sick_are_a_disagreement_and_those_in_hospital_another_count() -> None:
    """The guests who fell ill and the cases a health authority confirmed give one count
    differently; the guests in hospital are another count."""
    ill = _figures("Roughly 140 guests fell ill after the wedding reception, officials said.")
    assert disagreements(ill, [_figures("The health authority said 112 cases had been "
                                        "confirmed.")]) == [(0, ["112"])]
    assert disagreements(ill, [_figures("Nine guests were being treated in hospital.")]) == []


def test_people_trapped_are_a_count_of_the_missing() -> None:
    """Miners trapped underground and workers unaccounted for are one count."""
    assert "#missing" in _figures("14 miners are trapped underground.")[0].context
    assert disagreements(_figures("14 miners are trapped underground."),
                         [_figures("13 miners were unaccounted for underground.")]) \
        == [(0, ["13"])]


def test_outside_the_fact_only_tolls_are_compared() -> None:
    """A sentence outside the fact (counts given) disagrees only on a count of people within
    DISAGREE of the brief's: a share's fall is another thing, and so is a toll more than
    twice as large."""
    toll = _figures("The crash killed 14 people and injured 30.")
    assert disagreements(toll, [_figures("Shares in the bus maker fell 15 percent.")],
                         counts=TOLLS) == []
    assert disagreements(toll, [_figures("The crash in 1998 killed 41 people.")],
                         counts=TOLLS) == []
    assert disagreements(toll, [_figures("Hospitals reported 31 people killed.")],
                         counts=TOLLS) == []
    assert disagreements(toll, [_figures("Doctors said 17 people had been killed.")],
                         counts=TOLLS) == [(0, ["17"])]


def test_where_a_change_started_is_no_other_figure_for_the_count_now() -> None:
    """"Rose to 4.1 billion from 3.3 billion": the 3.3 billion is last year's profit, no other
    figure for this year's; "from" without a rise or a fall is no such start."""
    own = _figures("Nordvik made a net profit of 4.2 billion crowns, beating forecasts.")
    rose = _figures("Net profit rose to 4.1 billion crowns from 3.3 billion a year earlier.")
    assert [f.earlier for f in rose] == [False, True]
    assert disagreements(own, [rose]) == [(0, ["4.1 billion"])]
    assert [f.earlier for f in _figures("Sales were 5.2 billion, up from 4.8 billion.")] \
        == [False, True]
    assert not any(f.earlier for f in _figures("Rescuers pulled 14 people from 3 buildings."))


def test_a_toll_given_twice_with_two_figures_is_one_fact_of_the_brief() -> None:
    """Two brief sentences that give one toll with other figures, an agency's and a
    ministry's, state one quantity: the brief is chosen again to state it once. Tolls of two
    places each named apart, another event's, a part of the dead and a count of the injured are
    other facts."""
    from summarizer.facts.facts import counts_twice
    from summarizer.facts.specifics import name_keys, names

    texts = ["An aid agency says the cholera outbreak has killed 41 people in Kalundra.",
             "The ministry said the number of dead in Kalundra had risen to 40.",
             "Seven people died in Lindrau, the mayor said.",
             "Five people died in Pellham, police said.",
             "Twelve of the dead were children.",
             "Hospitals are treating 38 injured people.",
             "The outbreak has killed 39 people, officials said."]
    named = [name_keys(names(t, "english")) for t in texts]
    common = frozenset(name_keys(frozenset(["Kalundra"])))
    event = np.array([0, 0, 0, 0, 0, 0, 1])
    rows = list(range(len(texts)))
    assert counts_twice(rows, texts, event, [figures(t, "english") for t in texts],
                        named.__getitem__, common, "english") == [(0, 1)]


def test_a_thing_counted_twice_with_two_figures_is_one_fact_of_the_brief() -> None:
    """Two brief sentences that count one thing named by one noun with other figures (the
    police's 800 vehicles, the operator's 650; the police's 800, then their 1,100: one report's
    update, or a wire that gives the police's count and then the operator's) state one
    quantity: the brief is chosen again to state it once. Another noun's count, another
    time's and another event's are other facts."""
    from summarizer.facts.facts import counts_twice

    texts = ["About 800 vehicles were caught on the motorway, police said.",
             "The road operator said 650 vehicles were caught on the stretch.",
             "About 600 people were taken to a rest centre.",
             "In January 2024 about 500 vehicles were stuck there.",
             "Some 700 vehicles were caught, a motoring group said.",
             "Police later said 1,100 vehicles were caught."]
    rows = list(range(len(texts)))
    event = np.array([0, 0, 0, 0, 1, 0])
    found = [figures(t, "english") for t in texts]
    named = [frozenset() for _ in texts]
    assert counts_twice(rows, texts, event, found, named.__getitem__, frozenset(),
                        "english") == [(0, 1), (0, 5), (1, 5)]


def test_a_telling_figure_given_twice_is_one_fact_of_the_brief() -> None:
    """Two brief sentences that give one telling figure (decimals, or three digits or more, as
    written) in one unit, in words that share little else, state one fact: a wire's lede and
    its second sentence, a count given as "228" twice, a toll each gives alone ("The crash
    killed 179 people", "the toll had risen to 179"). Round figures, roundings, ages, other
    units, other years, another event's and sentences named apart are other facts; so is a
    toll given again with what it holds (counts_twice reads counts), and another count's
    figure."""
    from summarizer.facts.facts import figures_twice
    from summarizer.facts.specifics import figures, name_keys, names

    texts = ["Annual inflation in Kelmar fell more than expected to 3.4% in October.",  # 0
             "Consumer prices rose 3.4% from a year earlier, down from 3.9%.",  # 1: 0
             "The storm damaged 228 homes along the coast.",  # 2
             "Officials counted 228 houses with roofs torn off.",  # 3: 2
             "About 2,000 people marched on Saturday.",  # 4: round
             "Organisers put the crowd at about 2,000.",  # 5: round
             "Brandt, 104, was the oldest resident.",  # 6: an age
             "Shares rose 3.4 points in early trading.",  # 7: another unit
             "In 2019 inflation was 3.9%.",  # 8: another year
             "The sister plant in Ostrava lost 228 jobs.",  # 9: another event
             "About 228 claims were filed.",  # 10: a rounding
             "In Ravel, annual inflation stood at 3.4% too.",  # 11: named apart from 0
             "The crash killed 179 people.",  # 12
             "Officials said 179 people died: 85 women, 84 men and 10 others.",  # 13: a toll
             "By midday the toll had risen to 179, the minister said.",  # 14: 12's toll
             "Doctors treated 179 injured people overnight."]  # 15: another count
    found = [figures(t, "english") for t in texts]
    named = [name_keys(names(t, "english")) for t in texts]
    event = np.array([0] * 9 + [1, 0, 0, 0, 0, 0, 0])
    pairs = figures_twice(list(range(len(texts))), found, event, named, frozenset())
    assert {(0, 1), (2, 3), (12, 14)} <= set(pairs)
    assert not {(4, 5), (1, 8), (0, 7), (2, 10), (3, 10), (2, 9), (3, 9), (0, 11),
                (12, 13), (13, 14), (12, 15), (14, 15)} & set(pairs)
    assert all(6 not in pair for pair in pairs)


def test_two_figures_given_together_are_one_statement_wherever_each_places_it() -> None:
    """A wire's "will cost 4.2 billion pounds and create 1,100 construction jobs" and the
    developer's "an investment of £4.2 billion … an estimated 1,100 jobs" give two figures
    together, round as they are: one statement, though each names a place the other does not.
    One round figure shared is chance, and so are two figures of another event."""
    from summarizer.facts.facts import figures_twice
    from summarizer.facts.specifics import figures, name_keys, names

    texts = ["Ministers approved the Harl Bank wind farm off England's east coast, which will "
             "cost 4.2 billion pounds and create 1,100 construction jobs.",
             "The project represents an investment of £4.2 billion and will support an "
             "estimated 1,100 jobs at the Port of Wexmouth.",
             "The council in Wexmouth expects 1,100 new homes by 2030.",
             "A sister project off Scotland will also cost 4.2 billion pounds and employ 1,100."]
    found = [figures(t, "english") for t in texts]
    named = [name_keys(names(t, "english")) for t in texts]
    assert [f.unit for f in found[0]] == ["\u00a3", ""]  # millions of pounds are sterling
    pairs = figures_twice([0, 1, 2, 3], found, np.array([0, 0, 0, 1]), named, frozenset())
    assert pairs == [(0, 1)]


def test_a_count_given_in_parts_and_in_total_is_one_fact_of_the_brief() -> None:
    """Two brief sentences of which one gives a count of people in parts and the other its
    total state one fact: "carrying 212 passengers and 14 crew" and "226 people were on board"
    (and the other way round). Not a total that bears a mark its parts do not all bear (seven
    passengers injured against five passengers and two crew killed), nor parts given as a rise,
    nor another event's total."""
    from summarizer.facts.facts import figures_twice
    from summarizer.facts.specifics import figures, name_keys, names

    texts = ["The ferry, carrying 212 passengers and 14 crew, capsized before dawn.",  # 0
             "The coastguard said 226 people had been aboard.",  # 1: 0's total
             "The blast killed five passengers and two crew on the upper deck.",  # 2
             "Seven passengers were injured in the stampede.",  # 3: injured, not 2's dead
             "The toll rose from 23 to 41 overnight.",  # 4: a rise
             "Rescuers counted 64 dead by the morning.",  # 5: not 4's parts
             "A second ferry with 226 passengers aboard was turned back.",  # 6: another event
             "The jet had 181 people aboard when it left the runway.",  # 7
             "There were 175 passengers and six crew members on board the jet."]  # 8: 7's parts
    found = [figures(t, "english") for t in texts]
    named = [name_keys(names(t, "english")) for t in texts]
    event = np.array([0, 0, 0, 0, 0, 0, 1, 0, 0])
    pairs = set(figures_twice(list(range(len(texts))), found, event, named, frozenset()))
    assert {(0, 1), (7, 8)} <= pairs
    assert not {(2, 3), (4, 5), (0, 6), (1, 6)} & pairs


# A blast whose toll a tabloid shouts, in a sentence whose only capitalised words are its
# shouting; the wire's lede names a valley no other report names.
BLAST = {
    "wire": "Three workers were killed when an explosion tore through the Marsden chemical plant "
            "in Ostrava on Tuesday, sending smoke across the Brenn valley, the fire service "
            "said.\n"
            "Firefighters brought the blaze under control by the evening.\n"
            "Inspectors from the Ostrava Safety Board will examine the plant's gas detectors.",
    "tabloid": "FOUR workers are dead and another is still MISSING after a massive blast turned "
               "a chemical plant into a raging INFERNO.\n"
               "The explosion tore through the Marsden chemical plant in Ostrava just before "
               "7am yesterday, and the fire service fought the blaze until the evening.\n"
               "Families wept outside the gates of the chemical plant.",
    "local": "Residents of Ostrava were told to keep their windows shut after the explosion.\n"
             "Three workers died in the blaze, the fire service said.\n"
             "A contractor is still missing, the company said.",
}


def test_a_toll_a_tabloid_shouts_is_a_disagreement() -> None:
    """"FOUR workers are dead … still MISSING … a raging INFERNO": a sentence that writes two
    words in capitals past its first shouts, and those words are no names, so the tabloid's
    sentence is not kept apart from the lede as naming someone else (specifics.named_apart),
    and its four is shown against three."""
    toll = next(item for item in _brief(BLAST, 3) if "Three workers were killed" in item["text"])
    shown = [(d["article"], d["figures"]) for d in toll.get("disagreements", [])]
    assert shown == [("tabloid", ["FOUR"])], shown


# A quake whose toll a live page gives in its key points and again in its posts.
QUAKE = {
    "wire": "A powerful earthquake struck the Kalvan Mountains on Tuesday, killing at least 98 "
            "people in remote villages, officials said.\n"
            "Rescue teams from the capital reached the worst-hit valley by the afternoon.\n"
            "The quake was felt across the province.",
    "live": "The interior ministry says 112 people were killed in the earthquake in the Kalvan "
            "Mountains.\n"
            "19:05 The interior ministry has just issued its evening figures: 112 people were "
            "killed by the earthquake.\n"
            "16:40 Rescue teams have reached the worst-hit valley.",
    "local": "The earthquake in the Kalvan Mountains destroyed dozens of homes in remote "
             "villages on Tuesday.\n"
             "Rescue teams reached the valley in the afternoon.\n"
             "Schools will stay closed this week.",
}


def test_an_article_that_gives_one_other_figure_twice_shows_it_once() -> None:
    """A live page's key point and its post give the same other toll: the brief shows the
    live page's 112 once, in its first sentence that gives it."""
    toll = next(item for item in _brief(QUAKE, 2) if "at least 98" in item["text"])
    shown = [(d["article"], d["figures"], d["index"]) for d in toll.get("disagreements", [])]
    assert shown == [("live", ["112"], 0)], shown


# A flood's rain, counted by a weather office over two spans of time: two days before the river
# burst its banks, and the whole week; a tabloid gives the two-day total in other words.
FLOOD = {
    "wire": "The river Sallow burst its banks at Emberley on Thursday, flooding 300 homes, the "
            "county council said.\n"
            "The weather office recorded 160 millimetres of rain at Emberley in the 48 hours "
            "before the river burst its banks.\n"
            "About 900 residents spent the night in a leisure centre.",
    "paper": "Three hundred homes in Emberley were flooded when the Sallow broke its banks on "
             "Thursday.\n"
             "The weather office said 260 millimetres had fallen on the town over the past seven "
             "days, more than twice the monthly average.\n"
             "About 900 people were taken to a leisure centre for the night.",
    "tabloid": "MISERY for Emberley as the Sallow SWAMPED 300 homes.\n"
               "A staggering 180 millimetres of rain fell in the two days before the river "
               "burst, forecasters said.\n"
               "Some 900 people fled to a leisure centre.",
}


def test_a_record_over_years_is_no_other_figure_for_the_events_toll() -> None:
    """"has claimed eleven lives in the past ten years" is the road's record, no other figure
    for the six a crash on it killed; a 17-year-old among the dead gives no span."""
    toll = _figures("Six people were killed when a coach came off the mountain road.")
    record = _figures("Locals say the road has claimed eleven lives in the past ten years.")
    assert record[0].span == 87600
    assert disagreements(toll, [record]) == []
    assert disagreements(toll, [_figures("Seven people were killed, a 17-year-old among "
                                         "them.")]) == [(0, ["Seven"])]


def test_a_count_over_another_span_of_time_is_no_disagreement() -> None:
    """Rain over two days and rain over a week count two things; two figures for the two days,
    in digits or in words ("48 hours", "two days"), are a disagreement."""
    two_days = _figures("The office recorded 160 millimetres of rain in the 48 hours before.")
    week = _figures("It said 260 millimetres had fallen over the past seven days.")
    also_two_days = _figures("Some 180 millimetres of rain fell in the two days before.")
    assert [f.span for f in two_days + week + also_two_days] == [48, 48, 168, 48]
    assert disagreements(two_days, [week], counts=frozenset(), things=True) == []
    assert disagreements(two_days, [also_two_days], counts=frozenset(), things=True) \
        == [(0, ["180"])]
    # a day's total ("a 24-hour total") is a span; how long something lasted or when it
    # happened is none
    assert _figures("A 24-hour total of 90 millimetres fell.")[-1].span == 24
    for text in ["The rain fell for three days, leaving 90 millimetres.",
                 "Three days after the storm, 90 millimetres had been measured.",
                 "The office measured 90 millimetres."]:
        assert _figures(text)[-1].span == 0, text
    brief = _brief(FLOOD, 3)
    rain = [item for item in brief if "48 hours" in item["text"] or "two days" in item["text"]]
    assert len(rain) == 1, brief
    shown = [(d["article"], d["figures"]) for d in rain[0].get("disagreements", [])]
    assert shown == ([("tabloid", ["180"])] if rain[0]["article"] == "wire"
                     else [("wire", ["160"])]), shown


@pytest.mark.parametrize(("text", "language", "parts"), [
    ("Twenty people were slightly injured in the collision.", "english", [True]),
    ("Two passengers were critically injured and 21 were treated at the scene.", "english",
     [True, False]),
    ("Twelve people suffered minor injuries.", "english", [True]),
    ("The storm seriously damaged 40 homes in the valley.", "english", [False]),
    ("20 Personen wurden leicht verletzt.", "german", [True]),
    ("Seis personas resultaron heridas de gravedad.", "spanish", [True]),
    ("Vingt personnes ont été légèrement blessées.", "french", [True]),
    # Swedish puts the word of severity before the participle or after the verb
    ("Tre personer skadades lindrigt av glassplitter och rök.", "swedish", [True]),
    ("Två personer fick svårt skadade lämnas kvar.", "swedish", [True]),
    ("Det blev svårt för 40 boende att ta sig ut.", "swedish", [False]),
])
def test_a_count_of_the_injured_of_one_severity_is_a_part(text: str, language: str,
                                                           parts: list[bool]) -> None:
    """The injured of one kind ("slightly injured", "leicht verletzt", "de gravedad") are some
    of the injured: no other toll than "23 people were injured, three of them seriously"."""
    found = figures(text, language, measured=True)
    assert [f.part for f in found] == parts, [(f.text, f.part) for f in found]
    if language == "english" and parts[0]:
        toll = _figures("23 people were injured in the collision, police said.")
        assert disagreements(toll, [found[:1]], counts=frozenset(TOLLS)) == []


@pytest.mark.parametrize(("text", "language", "part"), [
    ("The other 12 were treated at the scene and sent home.", "english", True),
    ("De övriga tre skadades när de tog sig ut ur huset.", "swedish", True),
    ("Die anderen drei Verletzten konnten am Abend nach Hause.", "german", True),
    ("Gli altri tre feriti sono stati dimessi in serata.", "italian", True),
    ("Los otros tres heridos recibieron el alta por la tarde.", "spanish", True),
    ("Os outros três feridos tiveram alta ao fim da tarde.", "portuguese", True),
    ("Tre personer skadades när de tog sig ut ur huset.", "swedish", False),
    ("Tre feriti sono stati dimessi in serata.", "italian", False),
    # without the article, more of them: some of the count too (below)
    ("Otros tres compañeros resultaron heridos en el mismo suceso.", "spanish", True),
    ("Altri tre feriti sono arrivati in serata all'ospedale.", "italian", True),
])
def test_the_rest_of_a_group_given_before_is_a_part_in_every_language(text: str, language: str,
                                                                       part: bool) -> None:
    """"The other two", "de övriga tre", "gli altri tre": the rest of a count given before,
    no other figure for the whole of it."""
    assert [f.part for f in figures(text, language, measured=True)] == [part]


@pytest.mark.parametrize(("text", "language", "parts"), [
    ("Four others were hurt.", "english", [True]),
    ("Another five people were taken to hospital.", "english", [True]),
    ("Five more were treated at the scene.", "english", [True]),
    ("A further 12 homes were damaged.", "english", [True]),
    ("Trois autres personnes ont été légèrement intoxiquées.", "french", [True]),
    ("Drei weitere Menschen wurden verletzt.", "german", [True]),
    ("Weitere drei Menschen wurden verletzt.", "german", [True]),
    ("Otros cuatro trabajadores fueron atendidos por inhalación de humo.", "spanish", [True]),
    ("Outras quatro pessoas foram assistidas no local.", "portuguese", [True]),
    ("Mais quatro pessoas foram assistidas no local.", "portuguese", [True]),
    ("Ytterligare fyra personer skadades i branden.", "swedish", [True]),
    # after a count told in its sentence, the rest besides that count's people: another count
    ("A child was killed and 17 others were injured.", "english", [False]),
    ("Un enfant a été tué et dix-sept autres personnes ont été blessées.", "french", [False]),
    ("Zwei Menschen wurden getötet, drei weitere verletzt.", "german", [False, False]),
    # a difference, a bound, a count with none of those words
    ("Five more than last year were hurt.", "english", []),
    ("Mais de 30 pessoas foram assistidas no local.", "portuguese", [False]),
    ("Four people were hurt.", "english", [False]),
])
def test_a_count_given_as_more_than_one_told_before_is_a_part(text: str, language: str,
                                                              parts: list[bool]) -> None:
    """"Four others were hurt", "Otros cuatro trabajadores", "drei weitere Menschen": more
    than a count a sentence before told (besides the driver, the worker badly burnt), some
    of the toll, no other figure for the whole ("Six heridos" beside "Otros cuatro
    trabajadores … y un bombero"); after a count told in its sentence ("killed and 17 others
    injured"), the others of another count."""
    found = figures(text, language, measured=True)
    assert [f.part for f in found] == parts, [(f.text, f.part) for f in found]
    if language == "english" and parts and parts[0]:
        toll = _figures("23 people were hurt in the collision, police said.")
        assert disagreements(toll, [found[:1]]) == []
        assert disagreements(toll, [found[:1]], counts=frozenset(TOLLS)) == []


@pytest.mark.parametrize(("text", "language", "parts"), [
    ("Unter den Verletzten befinden sich zwei Feuerwehrleute.", "german", [True]),
    ("Neun Menschen wurden verletzt, drei von ihnen schwer.", "german", [False, True]),
    ("L'accident a fait 12 blessés, dont trois enfants.", "french", [False, True]),
    ("Parmi les blessés figurent deux pompiers.", "french", [True]),
    ("Parmi les blessés, deux pompiers.", "french", [True]),
    ("Tra i feriti ci sono due bambini.", "italian", [True]),
    ("Sei feriti, di cui due bambini.", "italian", [False, True]),
    ("Entre los heridos hay dos niños.", "spanish", [True]),
    ("Entre os feridos estão duas crianças.", "portuguese", [True]),
    ("Bland de skadade finns två barn.", "swedish", [True]),
    ("The blast killed six people, including 2 firefighters.", "english", [False, True]),
    # the list of the group's members
    ("The dead were a 17-year-old boy, two women and a 46-year-old man.", "english", [True]),
    ("The injured include three firefighters, the council said.", "english", [True]),
    ("The dead were named as local men; 40 others were hurt.", "english", [False]),
    ("Bei den Toten handelt es sich um zwei Männer und eine Frau.", "german", [True]),
    # a figure that names a count of its own after "including" is that count
    ("Officials recorded 1,240 cases, including 38 deaths.", "english", [False, False]),
    ("On a recensé 1 240 cas, dont 38 décès.", "french", [False, False]),
    # nor one of things after things: another outlet's "38 sexual assaults" may differ
    ("It found 1,912 reports uninvestigated, including 51 sexual assaults.", "english",
     [False, False]),
])
def test_the_group_a_figure_is_among_is_read_in_every_language(text: str, language: str,
                                                               parts: list[bool]) -> None:
    """"Unter den Verletzten befinden sich zwei Feuerwehrleute", "dont trois enfants", "di cui
    due bambini": some of the injured, in each language read, no other toll than all of them."""
    found = figures(text, language, measured=True)
    assert [f.part for f in found] == parts, [(f.text, f.part) for f in found]


@pytest.mark.parametrize(("text", "language", "parts"), [
    ("The crane fell onto the street, killing two workers and a passer-by.", "english", [True]),
    ("The fire killed a firefighter and two residents of the block.", "english", [True]),
    ("L'effondrement a tué deux ouvriers et un passant.", "french", [True]),
    # two counts, not one summed
    ("Two people died and 300 schools were shut.", "english", [False, False]),
    ("Seven people were killed and 40 injured.", "english", [False, False]),
    ("The crash killed 12 people and 3 were injured.", "english", [False, False]),
])
def test_a_count_summed_with_another_in_one_phrase_is_a_part(text: str, language: str,
                                                             parts: list[bool]) -> None:
    """"Killing two workers and a passer-by": the two are some of the three dead, no other
    toll than three; "seven people were killed and 40 injured" gives two counts."""
    found = figures(text, language, measured=True)
    assert [f.part for f in found] == parts, [(f.text, f.part) for f in found]
    if parts == [True] and language == "english":
        toll = _figures("Three people died when the crane came down, police said.")
        assert disagreements(toll, [found], counts=frozenset(TOLLS)) == []


def test_a_life_raft_is_no_death() -> None:
    """"Pulled three men from a life raft" counts no dead (the three are no other toll than
    "Two fishermen were feared dead"); "seven persons lost their life" does."""
    assert _figures("The lifeboat pulled three men from a life raft.") == []
    assert "#dead" in _figures("Police said seven persons lost their life.")[0].context
    # a group's size after a figure in words: "Four of the boat's six crew"
    assert [f.whole for f in _figures("Four of the boat's six crew were rescued.")][-1:] \
        == [True]


def test_a_share_of_a_group_set_off_before_a_figure_makes_it_a_part() -> None:
    """"More than half of the dead, 21 according to the agency" counts some of the dead, no
    other toll than the 38 killed; "some of the injured, about 30" some of the injured; one
    hospital's "70 wounded, the others were brought to four hospitals" some of the injured."""
    toll = _figures("The quake killed at least 38 people, the agency said.")
    part = _figures("More than half of the dead, 21 according to the agency, were in Sarvik.")
    assert [(f.text, f.part) for f in part] == [("half", False), ("21", True)]
    assert disagreements(toll, [part], counts=frozenset(TOLLS)) == []
    assert [f.part for f in _figures("Some of the injured, about 30, were flown out.")] == [True]
    assert [f.part for f in _figures("The quake killed 21 people in Sarvik.")] == [False]
    # or the rest of the group named after it
    one_hospital = _figures("Her hospital received 70 wounded, the others were brought to "
                            "four hospitals.")
    assert [(f.text, f.part) for f in one_hospital] == [("70", True)]  # four hospitals: no
    # count of people, as a number in words must be
    injured = _figures("At least 112 people were injured in the crush.")
    assert disagreements(injured, [one_hospital], counts=frozenset(TOLLS)) == []
    assert [f.part for f in _figures("About 4,000 people spent the rest of the night "
                                     "outdoors.")] == [False]
    # or the group the sentence opens on
    wounded = _figures("Of the wounded, 21 have been taken to the General Hospital.")
    assert [f.part for f in wounded] == [True]
    assert disagreements(injured, [wounded], counts=frozenset(TOLLS)) == []
    assert [f.part for f in _figures("Officials of the agency said 21 were wounded.")] \
        == [False]


@pytest.mark.parametrize(("text", "language"), [
    ("De los heridos, 26 fueron atendidos en el lugar por contusiones.", "spanish"),
    ("Dos feridos, cerca de 23 tiveram alta durante a noite.", "portuguese"),
    ("Dei feriti, 9 sono ricoverati in ospedale a Rieti.", "italian"),
    ("Des blessés, trois sont dans un état grave.", "french"),
])
def test_the_group_a_sentence_opens_on_makes_its_figure_a_part_in_other_languages(
        text: str, language: str) -> None:
    """"De los heridos, 26 fueron atendidos en el lugar" counts some of the injured, as
    "Of the wounded, 21 …" does; "De los 400 pasajeros, 26 resultaron heridos" counts the
    injured."""
    assert [f.part for f in figures(text, language, measured=True)] == [True]
    whole = figures("De los 400 pasajeros, 26 resultaron heridos.", "spanish", measured=True)
    assert [(f.text, f.part) for f in whole] == [("400", False), ("26", False)]


@pytest.mark.parametrize(("then", "language"), [
    ("Damals lag der versicherte Schaden bei rund 48 Millionen Euro.", "german"),
    ("At the time, the insured damage was put at about 48 million euros.", "english"),
    ("Na altura, o prejuízo foi estimado em 48 milhões de euros.", "portuguese"),
    ("À l'époque, les dégâts avaient été estimés à 48 millions d'euros.", "french"),
])
def test_a_sentence_of_a_time_told_before_gives_no_figure_for_now(then: str,
                                                                   language: str) -> None:
    """A flood's "Damals lag der versicherte Schaden bei rund 48 Millionen Euro", of the flood
    of 1999 the sentence before names, is another time's damage than this flood's 40 million,
    as a sentence that names the year is; "at the time of the flood" is the flood's own."""
    now = {"german": "Schäden von mindestens 40 Millionen Euro allein in der Stadt.",
           "english": "The damage is at least 40 million euros in the town alone.",
           "portuguese": "Os prejuízos chegam a 40 milhões de euros só na cidade.",
           "french": "Les dégâts atteignent 40 millions d'euros dans la seule ville."}[language]
    mine = figures(now, language, measured=True)
    assert disagreements(mine, [figures(then, language, measured=True)], counts=frozenset(),
                         measured=True) == []
    assert disagreements(mine, [figures(then, language, measured=True)]) == []
    own = figures("At the time of the flood, the damage was put at 48 million euros.",
                  "english", measured=True)
    assert disagreements(figures("The damage is at least 40 million euros in the town.",
                                 "english", measured=True), [own]) == [(0, ["48 million"])]


def test_a_span_of_years_dates_its_figures() -> None:
    """"In 2021-22, 2.3 million birds were slaughtered" counts another time's cull than this
    week's 1.2 million; a score or a range of figures is no span of years."""
    last = _figures("In 2021-22, 2.3 million birds were slaughtered.")
    assert [sorted(f.dated) for f in last] == [[2021, 2022]]
    now = _figures("About 1.2 million birds will be slaughtered, the ministry said.")
    assert disagreements(now, [last], counts=frozenset(), things=True) == []
    assert [sorted(f.dated) for f in _figures("In the 2019/2020 season 41 clubs played.")] \
        == [[2019, 2020]]
    assert [f.dated for f in _figures("Rates rose by 2025-2050 points, 30 analysts said.")] \
        == [frozenset()]


def test_the_parts_of_a_total_are_no_other_figure_for_it() -> None:
    """A list of counts that add up to another sentence's total of what they count gives its
    parts, no other figure ("640 tortoises, 310 lizards and 196 birds" of "1,146 tortoises,
    lizards and birds"); counts that add up to something else still differ."""
    total = _figures("Officers found 1,146 tortoises, lizards and birds in the container.")
    parts = _figures("The animals comprised 640 tortoises, 310 lizards and 196 birds.")
    short = _figures("The animals comprised 640 tortoises, 300 lizards and 196 birds.")
    assert [len(total), len(parts)] == [1, 3]
    assert disagreements(total, [parts]) == []
    assert disagreements(parts, [total]) == []
    assert disagreements(total, [short]) == [(0, ["640"])]


def test_a_number_of_times_is_no_other_figure_for_an_amount() -> None:
    """"3 times" counts occasions or a multiple, no price: "raised the price of her loaf 3
    times" gives no other figure for "a loaf now costs 2.95 euros"; two numbers of times may
    differ."""
    price = _figures("The average price of a white loaf has risen to 2.95 euros.")
    raised = _figures("She has raised the price of her white loaf 3 times since August.")
    again = _figures("The bakery raised the price of its white loaf 4 times since August.")
    assert [f.unit for f in raised] == ["x"]
    assert disagreements(price, [raised]) == []
    assert disagreements(raised, [again]) == [(0, ["4"])]


def test_a_rate_or_an_average_is_no_other_figure_for_a_total() -> None:
    """A yearly average of deaths is no other toll for a storm's dead, nor a yearly price for
    a first year's cost; two rates of one thing are ("31,200 marks a year", "a year's
    treatment at 36,000 marks"). A span that says when or within which makes no rate."""
    toll = _figures("Two people were killed when lightning struck the festival crowd.")
    yearly = _figures("In the whole country die in average four persons per year by lightning.")
    also_yearly = _figures("Lightning kills six people a year in the region.")
    assert [f.rate for f in toll + yearly + also_yearly] == [0, 1, 1]
    tolls = frozenset(TOLLS)
    assert disagreements(toll, [yearly, also_yearly], counts=tolls) == []
    assert disagreements(yearly, [also_yearly], counts=tolls) == [(0, ["six"])]
    listed = _figures("The maker set a list price of 31,200 marks per patient per year.")
    submitted = _figures("The fund put the cost of a year's treatment at 36,000 marks.")
    first_year = _figures("A patient's first year of treatment could top 36,000 marks.")
    assert disagreements(listed, [submitted], counts=None) == [(0, ["36,000"])]
    assert disagreements(listed, [first_year], counts=None) == []
    for text in ["A year ago, 30 people died in a crush at the same ground.",
                 "It was the second crash in a year, and 3 people died.",
                 "Two people died, a year after 3 died on the same road.",
                 "A year-long inquiry counted 12 deaths."]:
        assert not any(f.rate for f in _figures(text)), text
    assert all(f.rate for f in _figures("Every year, 5,000 people visit the caves."))
    # a count over a year, a month or a week is no other figure for a total, nor for a rate
    last_year = _figures("There were 14 gas blasts in homes last year, which killed 3 people.")
    assert [f.rate for f in last_year] == [2, 2]
    assert disagreements(_figures("Four people were killed in the blast."), [last_year],
                         counts=tolls) == []
    offer = _figures("The company offered 3.5% this year and 2.5% next.")
    inflation = _figures("Prices are rising by 3.6% a year.")
    assert disagreements(offer, [inflation], counts=None) == []


# A wildfire: the wire and the paper count the people forced from their homes; the mayor, quoted
# by a tabloid, counts more.
DISPLACED = {
    "wire": "A wildfire in the Corran hills has burned 3,100 hectares and forced about 2,400 "
            "people from their homes, the regional government said on Wednesday.\n"
            "About 300 firefighters and nine aircraft were fighting the blaze.",
    "paper": "The regional government said 2,400 people had been evacuated from the villages of "
             "Tolva and Mir as the Corran hills fire spread.\n"
             "Some 300 firefighters were at the scene on Wednesday.\n"
             "About 150 people spent the night in a sports hall in Tolva.",
    "tabloid": "INFERNO: the Corran hills wildfire has burned more than 3,000 hectares.\n"
               "Mayor Pia Lund said nearly 4,000 people had been forced out of their homes.\n"
               "Hundreds of firefighters were battling the flames in the hills.",
}


def test_people_forced_from_their_homes_are_counted_with_the_evacuated() -> None:
    """The lede's "forced about 2,400 people from their homes" counts the evacuated: the
    mayor's 4,000 is another figure for it, though the set's figures of "people" lie too far
    apart (150 in a sports hall) to count one thing by that noun alone."""
    lede = next(item for item in _brief(DISPLACED, 2) if "hectares" in item["text"])
    shown = [(d["article"], d["figures"]) for d in lede.get("disagreements", [])]
    assert shown == [("tabloid", ["4,000"])], shown


# A tower fire: three reports open with the fire (four dead, or "several residents"); a page of
# two updates opens with the latest toll in the words of the officer who confirmed it, a sixth
# death, which the paper gives too, further down.
TOWER = {
    "wire": "Four people were killed when a fire tore through a 17-storey tower block in the "
            "city of Marlow overnight, the fire service said on Tuesday.\n"
            "The fire started in a flat on the fifth floor shortly after 2 a.m.\n"
            "Firefighters rescued 31 people from the building, the service said.",
    "paper": "Fire swept through a 17-storey tower block in Marlow overnight, killing several "
             "residents and forcing dozens from the building.\n"
             "Residents said they had warned the council about the cladding in 2024.\n"
             "Police said on Tuesday evening that six people had died.\n"
             "Firefighters pulled 31 people from the building.",
    "foreign": "In the city Marlow has in the night a fire in a tower block of 17 floors five "
               "persons killed.\n"
               "The fire began in a flat of the fifth floor.",
    "updates": "Detective Inspector Ruth Cole has just confirmed that a sixth person has died.\n\n"
               "The council says 80 households will be rehoused.",
}


def test_a_toll_a_speaker_confirms_is_the_lede_s_toll_given_again() -> None:
    """"Detective Inspector Ruth Cole has just confirmed that a sixth person has died" names
    who gave the toll, not where it was counted: without the speaker's names it is not named
    apart from the lede ("… in the city of Marlow"), and gives its toll again."""
    from functools import partial

    from summarizer.facts.facts import counts_twice
    from summarizer.facts.specifics import name_keys, names
    from summarizer.pipeline import _placed

    texts = [TOWER["wire"].split("\n")[0], TOWER["updates"].split("\n")[0]]
    named = [name_keys(names(t, "english")) for t in texts]
    event = np.zeros(2, dtype=int)
    found = [figures(t, "english") for t in texts]
    assert counts_twice([0, 1], texts, event, found, named.__getitem__, frozenset(),
                        "english") == []
    assert counts_twice([0, 1], texts, event, found, partial(_placed, named, texts, "english"),
                        frozenset(), "english") == [(0, 1)]


@pytest.mark.parametrize(("text", "language"), [
    ("Neuf de ces cas ont été confirmés par le laboratoire.", "french"),
    ("Bisher wurden 9 dieser Fälle im Labor bestätigt.", "german"),
    ("Nove di questi casi sono stati confermati dal laboratorio.", "italian"),
    ("Nove destes casos foram confirmados pelo laboratório.", "portuguese"),
    ("Nueve de estos casos han sido confirmados por el laboratorio.", "spanish"),
    ("Hittills har 9 av dessa fall bekräftats av laboratoriet.", "swedish"),
])
def test_some_of_these_is_a_part_in_every_language(text: str, language: str) -> None:
    """"Neuf de ces cas", "nove di questi casi": some of the cases the sentence before counts,
    as "nine of these cases" is, no other figure for their count."""
    found = figures(text, language, measured=True)
    assert [f.part for f in found] == [True], [(f.text, f.part) for f in found]


@pytest.mark.parametrize(("text", "language", "given"), [
    ("About 320 homes are without power, the network operator said.", "english", True),
    ("The county council speaks of 280 homes cut off.", "english", True),
    ("At noon, 175,000 homes were still cut off.", "english", False),
    ("Environ 320 foyers sont privés d'électricité, indique le gestionnaire du réseau.",
     "french", True),
    ("La préfecture, elle, parle de 280 foyers coupés.", "french", True),
    ("À midi, 175 000 foyers restaient coupés.", "french", False),
    ("Die Polizei spricht von knapp 30 Kilometern Stau.", "german", True),
    ("Laut Verkehrszentrale staut sich der Verkehr auf 45 Kilometern.", "german", True),
    ("Der Stau wuchs am Abend auf 45 Kilometer.", "german", False),
    ("Per la Guardia costiera a bordo c'erano circa novanta persone.", "italian", True),
    ("Nel pomeriggio i dispersi erano una trentina.", "italian", False),
    ("A Polícia Local contabilizou 1100 tratores nos acessos à cidade.", "portuguese", True),
    ("Segundo a organização, participaram 2500 tratores.", "portuguese", True),
    ("O segundo dia de protesto reuniu 900 tratores.", "portuguese", False),
    ("La Policía Local, por su parte, contabilizó 1.100 tractores.", "spanish", True),
    ("Según la Subdelegación, participaron 900 tractores.", "spanish", True),
    ("A mediodía quedaban 900 tractores en la plaza.", "spanish", False),
    ("El 112 eleva a 26 los heridos, tres de ellos graves.", "spanish", True),
    ("La Consejería da su primera estimación: 14.200 hectáreas afectadas.", "spanish", True),
    ("Selon une première estimation, 6 800 personnes ont défilé.", "french", True),
    ("Familjen har själva uppgett 17 döda djur.", "swedish", True),
    ("Enligt länsstyrelsen har 15 får dött.", "swedish", True),
    ("På kvällen hade 15 får dött.", "swedish", False),
])
def test_who_gives_a_sentence_s_figures_is_read_in_every_language(text: str, language: str,
                                                                  given: bool) -> None:
    """"the network operator said", "parle de", "spricht von", "per la Guardia costiera",
    "contabilizó", "enligt": the sentence names the party whose figure it gives. A time of day
    names none, nor "segundo" as an ordinal."""
    from summarizer.facts.specifics import sourced

    assert sourced(text, language) is given


# One local paper's paragraph that gives the network operator's count and the council's, each
# in a sentence of its own; its next paragraph gives the count at another hour, with no one's
# name; the other outlets give no figure.
OUTAGE = [
    ("Residents of Vennard woke to fallen trees and dark streets on Wednesday.", []),
    ("Gridway, the network operator, says about 320 homes are without power.", ["320"]),
    ("The county council speaks of 280 homes cut off.", ["280"]),
    ("By the evening, 150 homes were still cut off.", ["150"]),
]


def test_a_figure_another_party_gives_beside_it_in_its_article_is_a_disagreement() -> None:
    """Two sentences of one article that each name who gives their figure, for one count, are
    two parties' figures: the operator's 320 homes and the council's 280. A figure the next
    paragraph gives without naming anyone (the evening's 150) is the article's own, as often
    a count at another time as another party's, and the party's figure beside no sentence that
    names its source is no answer to it."""
    from summarizer.facts.facts import BESIDE, beside
    from summarizer.facts.specifics import name_keys, names

    texts = [text for text, _ in OUTAGE]
    found = [figures(text, "english") for text in texts]
    named = [name_keys(names(text, "english")) for text in texts]
    rows = range(len(texts))

    def near(row: int, left: frozenset[int] = frozenset()) -> list[int]:
        return beside(row, [r for r in rows if abs(r - row) <= BESIDE], texts, found,
                      named.__getitem__, frozenset({"venn"}), "english", set(left))

    assert near(1) == [2]
    assert near(2) == [1]
    assert near(3) == []
    assert near(1, frozenset({2})) == []  # the brief's own
    # two places' tolls, each given by its own officials, are two counts
    places = ["Police said five people died in Pellham.",
              "In Lindrau, officials said seven people had died."]
    assert beside(0, [0, 1], places, [figures(t, "english") for t in places],
                  [name_keys(names(t, "english")) for t in places].__getitem__, frozenset(),
                  "english", set()) == []
    shown = disagreements(_figures(texts[1]), [_figures(texts[2])], counts=TOLLS, things=True)
    assert shown == [(0, ["280"])], shown


def test_a_figure_in_one_unit_beside_it_another_party_gives_is_a_disagreement() -> None:
    """Two figures in one unit for one thing, a word around the one around the other too, are
    two parties' (a met office's 185 km/h, a regional centre's 215 km/h), when `measured`
    (the sentences beside a brief sentence and its rivals that each name who gives its
    figures); figures in one unit with no word in common measure other things as often (a
    company's share of its costs and a union's share of a pay bill), and without `measured`
    a figure in a unit is compared outside its fact only as a toll."""
    first = _figures("The met office put sustained winds at 185 km/h as the storm made "
                     "landfall.")
    second = _figures("Forecasters at the regional cyclone centre put one-minute sustained "
                      "winds at 215 km/h.")
    assert disagreements(first, [second], counts=TOLLS, things=True, measured=True) == [
        (0, ["215"])]
    assert disagreements(first, [second], counts=TOLLS, things=True) == []
    gusts = _figures("A gauge on the pier recorded gusts of 140 km/h before it failed.")
    assert disagreements(first, [gusts], counts=TOLLS, things=True, measured=True) == []


def test_a_measure_another_party_gives_outside_the_fact_is_a_rival() -> None:
    """Outside a brief sentence's fact, a sentence of another report of its event that gives
    a figure in one of its units, a word around the one around the other too, may give
    another figure for it, when both name who gives their figures (an agency's 9 km slick, a
    green group's 14 km): an unattributed figure is as often another time's or another
    stretch's, and one with no word in common another thing's (a road closed for 12 km)."""
    from summarizer.facts.facts import rivals

    texts = ["An agency surveillance flight has mapped a slick about 9 km long, a spokesman "
             "said.",
             "Satellite pictures show a slick stretching 14 km, the Coastwatch group says.",
             "By nightfall the slick stretched 14 km.",
             "Police said 12 km of the coast road was closed.",
             "The agency said later that the slick was 12 km long."]
    found = [figures(t, "english") for t in texts]
    event, report = np.zeros(5, dtype=int), np.array([0, 1, 2, 3, 0])
    none = np.zeros(5, dtype=bool)

    def given(text: str) -> list[int]:
        return rivals(0, _figures(text), none, {}, event, report, found,
                      lambda row: frozenset(), frozenset(), set(), [text, *texts[1:]],
                      "english")

    assert given(texts[0]) == [1]
    assert given("Aerial pictures show a slick about 9 km long.") == []  # no one gives it


def test_a_count_of_those_aboard_another_party_gives_outside_the_fact_is_a_rival() -> None:
    """Outside a brief sentence's fact, a count of those aboard (not a toll: a ship's
    passengers are counted in many ways, those taken ashore by lifeboat, those with symptoms)
    that another report gives may be another figure for it only where both name who gives
    their figures (an operator's 153, a coastguard's 167)."""
    from summarizer.facts.facts import rivals

    texts = ["The operator said 153 people were aboard the ferry.",
             "The coastguard says 167 passengers and crew were aboard.",
             "About 100 passengers were taken ashore by lifeboat."]
    found = [figures(t, "english") for t in texts]
    event, report = np.zeros(3, dtype=int), np.arange(3)
    assert rivals(0, _figures(texts[0]), np.zeros(3, dtype=bool), {}, event, report, found,
                  lambda row: frozenset(), frozenset(), set(), texts, "english") == [1]
    shown = disagreements(_figures(texts[0]), [_figures(texts[1])], counts=PEOPLE, things=True,
                          measured=True)
    assert shown == [(0, ["167"])], shown


SLICK = {
    "wire": "A tanker ran aground off Corran Head on Tuesday and is leaking fuel oil, the "
            "maritime agency said.\n"
            "An agency surveillance flight has mapped a slick about 9 km long, a spokesman "
            "said.\n"
            "Booms are being laid across the mouth of Corran harbour.",
    "local": "Fishermen in Corran watched the stricken tanker from the harbour wall on "
             "Tuesday.\n"
             "Satellite pictures show a slick stretching 14 km along the coast, the Coastwatch "
             "group says.\n"
             "\"The smell reached the village by noon,\" said Ewan Tulloch, 58.",
    "radio": "A tanker aground off Corran Head is leaking oil.\n"
             "Booms are being laid across the harbour mouth, the agency says.",
}


def test_a_brief_shows_the_other_party_s_measure_given_outside_its_fact() -> None:
    """The agency's 9 km slick carries the green group's 14 km, which another outlet gives in
    a sentence of another fact, in every brief that states the one and not the other."""
    assert _carried(SLICK, "9 km", "14 km", [("local", ["14"])]), \
        "no brief states the agency's length alone"


STORM = {
    "wire": "Storm Idris brought down power lines across the Vennard valley on Tuesday night, "
            "cutting electricity to hundreds of homes.\n"
            "Crews worked through the night to restore supplies, the operator said.\n"
            "Schools in Vennard and Lowick will stay closed on Wednesday.",
    "local": "Residents of Vennard woke to fallen trees and dark streets on Wednesday after "
             "Storm Idris brought down power lines across the valley.\n"
             "Gridway, the network operator, says about 320 homes are without power.\n"
             "The county council, for its part, speaks of 280 homes cut off.\n"
             "\"We had candles out all night,\" said Jan Pruitt, 67.",
    "radio": "Hundreds of homes in the Vennard valley are without power after Storm Idris.\n"
             "Schools in Vennard and Lowick are closed today, the council says.",
}


def test_a_brief_shows_the_other_party_s_figure_its_sentence_s_article_gives() -> None:
    """The operator's 320 homes, the only count of the homes cut off in a wire's, a local
    paper's and a radio's reports, carries the council's 280, which the local paper gives in
    its next sentence, in every brief that states the one and not the other."""
    assert _carried(STORM, "320", "280", [("local", ["280"])]), \
        "no brief states the operator's count alone"


@pytest.mark.parametrize(("text", "language", "named"), [
    ("About 320 homes in Pellham are without power, according to Gridway.", "english",
     {"gridway"}),
    ("Two people died in Pellham, said Gridway.", "english", {"gridway"}),
    ("In Lindrau, officials said seven people had died.", "english", set()),
    ("Environ 320 foyers sont privés d'électricité à Orvilly, indique Enedis.", "french",
     {"enedis"}),
    ("Al cierre del día, la Consejería de Sanidad contabilizaba 28 personas atendidas en "
     "Villamencía.", "spanish", {"consejería", "sanidad"}),
    ("Per la Ong Mare Aperto a bordo c'erano almeno 110 persone.", "italian",
     {"ong", "mare", "aperto"}),
    ("Segundo a Proteção Civil de Valdoura, houve sete feridos em Ribaçor.", "portuguese",
     {"proteção", "civil", "valdoura"}),
    ("Enligt Räddningstjänsten Mitt har branden i Österfors omfattat 1 200 hektar.", "swedish",
     {"räddningstjänsten", "mitt"}),
])
def test_who_gives_a_figure_is_read_apart_from_where_it_was_counted(
        text: str, language: str, named: set[str]) -> None:
    """The names of the party after "according to", "segundo", "enligt", of the clause before
    a verb of giving or of the party after one that opens its clause ("…, indique Enedis") are
    of who gave the count, not of where it was counted ("Pellham", "Villamencía", "Ribaçor",
    "Österfors" stay places)."""
    from summarizer.facts.specifics import givers

    assert givers(text, language) == named


# A school bus crash whose injured the emergency centre and the health ministry count apart,
# each named as the party that gives its figure.
BUS = {
    "wire": "Nineteen people were injured when a school bus overturned on a mountain road near "
            "Fuentealba on Monday morning, the Regional Emergency Centre said.\n"
            "Two children were airlifted to hospital in a serious condition.\n"
            "The driver, who escaped unhurt, tested negative for alcohol, police said.",
    "local": "A school bus overturned on a mountain road near Fuentealba on Monday morning, and "
             "two children were airlifted to hospital.\n"
             "By the end of the day, Health Ministry officials said 28 people had been treated.\n"
             "The council said the road had been resurfaced in 2022.",
    "radio": "A school bus has overturned near Fuentealba.\n"
             "Two children were flown to hospital.\n"
             "The driver tested negative for alcohol.",
}


def test_the_parties_that_give_two_figures_name_no_two_places() -> None:
    """The emergency centre's 19 injured and the health ministry's 28 treated are two figures
    for one count, though each sentence names a party the other does not: who gave a count
    is not where it was counted (specifics.givers). Every brief that states the one and not
    the other shows the other among its disagreements."""
    carried = 0
    for sentences in range(2, 7):
        brief = _brief(BUS, sentences)
        for mine, other in (("Nineteen", "28"), ("28", "Nineteen")):
            counted = [item for item in brief if mine in item["text"]]
            if counted and not any(other in item["text"] for item in brief):
                shown = [f for d in counted[0].get("disagreements", []) for f in d["figures"]]
                assert other in shown, (sentences, shown)
                carried += 1
    assert carried, "no brief states one count alone"


@pytest.mark.parametrize(("text", "language", "true"), [
    ("The union said the true figure was 530 because agency staff would also lose their jobs.",
     "english", ["530"]),
    ("Take that off and the true figure is nearer 2.9.", "english", ["2.9"]),
    ("Le vrai chiffre, c'est 740.", "french", ["740"]),
    ("Die richtige Zahl ist 50, so steht es in der Passagierliste.", "german", ["50"]),
    ("\u201dDen verkliga siffran \u00e4r 468\u201d, s\u00e4ger klubbordf\u00f6randen.",
     "swedish", ["468"]),
    ("\"O n\u00famero real \u00e9 superior a 50 milh\u00f5es\", afirmou a presidente.",
     "portuguese", ["50 milh\u00f5es"]),
    ("La cifra real es de 7 heridos, no de 6.", "spanish", ["7"]),
    # in words too, though it counts no one named
    ("Den riktiga siffran \u00e4r \u00e5tta.", "swedish", ["\u00e5tta"]),
    ("La vera cifra \u00e8 centotrenta, dice la Fiom.", "italian", ["centotrenta"]),
    ("Le vrai chiffre est plus proche de deux cents.", "french", ["deux cents"]),
    # ... but not a multiple
    ("The true figure could be more than three times that.", "english", []),
    # a figure of its own sentence that follows far past those words, or none
    ("The true figure, the union said after a long meeting with the managers, was 530.",
     "english", []),
    ("The union put the number at 530.", "english", []),
    ("The figure was 530, the union said.", "english", []),
])
def test_a_figure_named_as_the_true_one_is_read_in_every_language(
        text: str, language: str, true: list[str]) -> None:
    """"The true figure was 530", "Le vrai chiffre, c'est 740", "Den verkliga siffran är
    468": a party's figure for a count named just before, read within TRUE_WITHIN characters
    of those words."""
    from summarizer.facts.specifics import named_true

    assert [f.text for f in named_true(text, language)] == true


# A plant's closure in three outlets: the wire gives the company's count of jobs, the local
# paper the union's answer to it, in a sentence of its own that names no count.
CLOSURE = {
    "wire": "Halden Components will close its plant in Marrow by June, cutting 412 jobs, the "
            "company said on Monday.\n\nThe firm blamed falling orders from carmakers.\n\n"
            "Production will move to a site in Poland.",
    "local": "The closure of the Halden plant in Marrow will cost far more jobs than the company "
             "admits, the union said.\n\nThe company speaks of 412 posts. Unite officer Jane "
             "Carr said the true figure was 530, once agency staff were counted.\n\n\"This is "
             "a hammer blow for the town,\" she said.",
    "tv": "Halden Components confirmed on Monday that its Marrow plant will shut by June.\n\n"
          "Orders from carmakers have fallen for two years.\n\nThe plant opened in 1987.",
}


def test_a_true_figure_answering_the_brief_s_figure_is_a_disagreement() -> None:
    """A party's "the true figure was 530" answers the figure its article gives just before
    ("The company speaks of 412 posts."): beside a brief sentence that gives 412 jobs, it is
    another figure for that count, though its words name none; not where the figure it
    answers is another."""
    brief = _brief(CLOSURE, 3)
    lede = next(item for item in brief if "412" in item["text"])
    shown = [(d["article"], d["figures"]) for d in lede.get("disagreements", [])]
    assert ("local", ["530"]) in shown, lede
    other = {**CLOSURE, "local": CLOSURE["local"].replace("412 posts", "300 contracts")}
    lede = next(item for item in _brief(other, 3) if "412" in item["text"])
    assert "530" not in str(lede.get("disagreements", [])), lede


def test_a_true_figure_after_the_figure_it_answers_answers_no_sentence_before() -> None:
    """"The council speaks of 2,900 tonnes, then 3,100; the true figure is nearer 5,000.":
    the sentence gives the figures it answers itself, and answers none before it (the
    strikers' 200 euros a month); alone in its sentence, the true figure answers the one
    before."""
    from summarizer.facts.facts import disputing
    from summarizer.facts.specifics import claimed

    def answered(texts: list[str]) -> dict[int, int]:
        found = [claimed(text, "english") for text in texts]
        n = len(texts)
        return {row: before for row, (before, _) in disputing(
            texts, np.zeros(n, dtype=int), np.arange(n), found, "english").items()}

    demand = "The strikers demand a bonus of 200 euros a month and 46 new posts."
    assert answered([demand, "The council speaks of 2,900 tonnes, then 3,100; the true "
                             "figure is nearer 5,000."]) == {}
    assert answered(["The council speaks of 3,100 tonnes of rubbish.",
                     "The true figure is nearer 5,000, the union says."]) == {1: 0}


@pytest.mark.parametrize(("texts", "language"), [
    (["The union says night-shift cover was cut from 14 engineers to six this spring.",
      "The airport puts it at nine."], "english"),
    (["O sindicato diz que a crise pode afetar 310 postos de trabalho no concelho.",
      "O sindicato fala em quatrocentos."], "portuguese"),
    (["Enligt rederiet fanns 6 besättningsmedlemmar ombord.", "Sjöfartsverket säger sju."],
     "swedish"),
])
def test_a_bare_figure_in_words_answers_the_sentence_before(texts: list[str],
                                                            language: str) -> None:
    """"The airport puts it at nine.": a party's bare figure in words, which a sentence that
    names no count gives (the pipeline reads the figures in words of those that name one
    only), answers the figure its article gives just before, as one in digits does."""
    from summarizer.facts.facts import disputing
    from summarizer.facts.specifics import claimed

    found = [claimed(text, language, in_words=False) for text in texts]
    answered = disputing(texts, np.zeros(2, dtype=int), np.arange(2), found, language)
    assert {row: before for row, (before, _) in answered.items()} == {1: 0}


def test_a_party_s_count_far_from_the_count_it_answers_is_no_disagreement() -> None:
    """A union's bare "fourteen" after a sentence that gives two of the injured answers a
    count that sentence does not give (the workers on site, which the builder put at eleven in
    a sentence the figures in words leave out): more than DISPUTED times the two, it is no
    other figure for the brief's two dead; "forty" after "34 injured" is one, and a bare figure
    for a sum, which leaves out its scale, is read as before ("says 61" after "84 million")."""
    from summarizer.facts.facts import disputes

    def shown(own: str, before: str, true: str, language: str = "english") -> list[str]:
        found = [figures(before, language, measured=True), []]
        answered = {1: (0, figures(true, language, measured=True))}
        return [f for _, figs in disputes(figures(own, language, measured=True), answered,
                                          found, [1]) for f in figs]

    assert shown("Two workers died when the structure collapsed.",
                 "Two of the injured are still in a serious condition.",
                 "The union puts it at fourteen.") == []
    assert shown("Officials counted 34 injured in the crash.", "The official toll is 34 injured.",
                 "The union puts it at forty.") == ["forty"]
    assert shown("The council expects a deficit of 84 million kronor.",
                 "The council expects a deficit of 84 million kronor.",
                 "Its own auditors say 61.") == ["61"]


def test_a_bare_figure_answering_the_brief_s_figure_is_a_disagreement() -> None:
    """A party's figure given bare ("Unite speaks of 530.", specifics.ends_bare) answers the
    figure its article gives just before, as a true figure does."""
    bare = {**CLOSURE, "local": CLOSURE["local"].replace(
        "Unite officer Jane Carr said the true figure was 530, once agency staff were counted.",
        "Unite officer Jane Carr says 530.")}
    lede = next(item for item in _brief(bare, 3) if "412" in item["text"])
    shown = [(d["article"], d["figures"]) for d in lede.get("disagreements", [])]
    assert ("local", ["530"]) in shown, lede
    # after a question, the figure answers the question
    asked = {**CLOSURE, "local": CLOSURE["local"].replace(
        "Unite officer Jane Carr said the true figure was 530, once agency staff were counted.",
        "How many agency staff does the plant employ? Unite officer Jane Carr says 530.")}
    lede = next(item for item in _brief(asked, 3) if "412" in item["text"])
    assert "530" not in str(lede.get("disagreements", [])), lede
