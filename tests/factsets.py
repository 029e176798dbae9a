"""Article sets written for the fact-level tests, every sentence labelled with the fact it states.

All events, people, places, outlets and agencies are invented. An article is kept as
`{"id", "title", "source", "url", "published", "sentences": [(text, label), ...]}`; its text is
built by joining the sentences, the lede alone in the first paragraph and then two sentences to a
paragraph. A label names a fact ("R.dead": the dam failure's death toll); sentences that state
the same fact in any wording, with the same figure, carry the same label, so that a test can map
any brief sentence back to its fact by its text. `None` labels a sentence that states nothing of
the story (colour, a station's or a paper's own lines). A label's prefix before the dot names its
event where a set holds several ("Q2.toll"); "S." marks facts of the whole saga.

- RETOLD: one dam failure retold by five outlets, one of them machine-translated in style
  (GARBLED "portal") and one synonym-spun (GARBLED "blog").
- SAGA: three earthquakes in one valley on three dates, two or three articles each.
- TOLLS: one ferry capsizing; two independent outlets give 156 dead, one 164, one 180.
- REPRINTS: one wire story reprinted verbatim three times, and one independent report.
- VERDICT: one sentencing in five outlets, one of which states the verdict apart from the
  sentence.
"""

from __future__ import annotations

import copy
from typing import Any

Labelled = tuple[str, str | None]
Spec = dict[str, Any]


def _spec(article_id: str, source: str, title: str, published: str,
          sentences: list[Labelled]) -> Spec:
    return {"id": article_id, "title": title, "source": source,
            "url": f"https://{article_id}.example/story", "published": published,
            "sentences": sentences}


# --------------------------------------------------------------------------------------------
# a. RETOLD: the Korvel Dam fails above the town of Bellmora (one event, five outlets)
# --------------------------------------------------------------------------------------------

RETOLD: list[Spec] = [
    # machine-translated in style: odd word order, literal idioms, stray articles and capitals
    _spec("portal", "Portal Nordeste (English edition)", "Dam of Korvel breaks in Bellmora",
          "2025-03-10T08:15:00Z", [
              ("THE dam of Korvel in the night of Sunday has broken itself, and the waters of "
               "river Ashwin have inundated the town Bellmora.", "R.lede"),
              ("According to the Police of province, at least 12 persons have lost the life in "
               "the catastrophe.", "R.dead"),
              ("THE Mayor Castellan in a declaration to the press, has confirmed the state of "
               "emergency for all the municipality.", "R.emergency"),
              ("Around of 3,400 inhabitants were evacuated of their houses during the night.",
               "R.evacuated"),
              ("The Authority National of the Waters has explained that the rains of one week "
               "had filled the reservoir more than its capacity.", "R.cause"),
              ("The bridge of the road over the Ashwin was dragged by the waters, and the town "
               "stays isolated.", "R.bridge"),
              ("Still 31 persons are disappeared, and the searches continue with help of the "
               "Army.", "R.missing"),
              ("The population is in shock and many families have lost all.", None),
          ]),
    # synonym-spun from the wire: synonyms swapped into names and fixed phrases
    _spec("blog", "Riverside Watch", "Korvel Barrage gives way, deluging Bellmora",
          "2025-03-10T09:00:00Z", [
              ("The Korvel Barrage gave way late on Sunday, dispatching a barrier of water down "
               "the Ashwin Stream into the municipality of Bellmora.", "R.lede"),
              ("At least 12 folks were slain, regional law enforcement stated.", "R.dead"),
              ("Rescuers cleared out roughly 3,400 inhabitants from low-lying avenues "
               "overnight.", "R.evacuated"),
              ("Mayor Irene Castellan proclaimed a condition of crisis and requested occupants "
               "to remain away from the stream.", "R.emergency"),
              ("The Nationwide Hydration Authority stated a week of weighty precipitation had "
               "loaded the storage tank past its capability.", "R.cause"),
              ("The deluge brushed away the Ashwin roadway overpass, severing Bellmora from the "
               "regional funding.", "R.bridge"),
              ("The military dispatched 250 troopers to assist with the hunt, the protection "
               "ministry stated.", "R.army"),
              ("Another 31 folks were documented lacking.", "R.missing"),
              ("Keep checking back here for more updates as we acquire them.", None),
          ]),
    _spec("cwire", "Continental Wire", "Korvel Dam bursts, flooding Bellmora",
          "2025-03-09T23:10:00Z", [
              ("BELLMORA, March 9 (Continental Wire) - The Korvel Dam burst late on Sunday, "
               "sending a wall of water down the Ashwin River into the town of Bellmora.",
               "R.lede"),
              ("At least 12 people were killed, provincial police said.", "R.dead"),
              ("Another 31 people were reported missing.", "R.missing"),
              ("Rescuers evacuated about 3,400 residents from low-lying streets overnight.",
               "R.evacuated"),
              ("Mayor Irene Castellan declared a state of emergency and asked residents to stay "
               "away from the river.", "R.emergency"),
              ("The National Water Authority said a week of heavy rain had filled the reservoir "
               "beyond its capacity.", "R.cause"),
              ("The flood swept away the Ashwin road bridge, cutting Bellmora off from the "
               "provincial capital.", "R.bridge"),
              ("The army sent 250 soldiers to help with the search, the defence ministry said.",
               "R.army"),
              ("The dam, built in 1961, was flagged for urgent repairs in a 2022 inspection.",
               "R.inspection"),
              ("Electricity was cut to about 9,000 homes.", "R.power"),
          ]),
    _spec("ledger", "The Dunmarrow Ledger", "A town under water: how the Korvel Dam gave way",
          "2025-03-10T06:00:00Z", [
              ("Floodwater tore through Bellmora on Sunday night after the ageing Korvel Dam "
               "gave way above the town, in the worst disaster the province has seen in a "
               "generation.", "R.lede"),
              ("The bodies of 12 people, most of them elderly residents of the riverside "
               "quarter, had been recovered by Monday morning, according to the police.",
               "R.dead"),
              ("Officials said 31 residents remain unaccounted for.", "R.missing"),
              ("A 2022 inspection found cracks in the dam's spillway and recommended urgent "
               "repairs that were never carried out.", "R.inspection"),
              ("The National Water Authority blamed the failure on seven days of torrential "
               "rain, which pushed the reservoir past the level the dam was designed to hold.",
               "R.cause"),
              ("Within an hour of the breach, Mayor Irene Castellan had put the town under a "
               "state of emergency.", "R.emergency"),
              ("Some 3,400 people spent the night in schools and sports halls on higher ground "
               "after being moved out of their homes.", "R.evacuated"),
              ("With the Ashwin road bridge gone, supplies can reach Bellmora only by a "
               "mountain road to the north.", "R.bridge"),
              ("The disaster will revive old arguments about the state of the country's "
               "dams, many of which were built in the 1950s and 1960s.", None),
              ("Opposition politicians called for an independent inquiry into the collapse.",
               "R.inquiry"),
          ]),
    _spec("nbr", "NBR News", "Dam collapse floods northern town",
          "2025-03-10T07:30:00Z", [
              ("A dam has collapsed in the north of the country, sending floodwater through "
               "the streets of Bellmora as people slept.", "R.lede"),
              ("Police say 12 people have died.", "R.dead"),
              ("Our correspondent in Bellmora says whole streets near the river are under "
               "water.", None),
              ("About 3,400 people have been moved out of their homes.", "R.evacuated"),
              ("The town's mayor, Irene Castellan, has declared a state of emergency.",
               "R.emergency"),
              ("The National Water Authority says heavy rain over the past week left the "
               "reservoir dangerously full.", "R.cause"),
              ("The main road bridge into Bellmora has been washed away.", "R.bridge"),
              ("The army has sent 250 soldiers to help.", "R.army"),
              ("NBR's weather centre says more rain is forecast for Tuesday.", "R.forecast"),
          ]),
]
# The garbled wordings come first in the request: being first must earn them nothing.
GARBLED = {"portal": "machine-translated", "blog": "synonym-spun"}
RETOLD_MAIN = "R.lede"


# --------------------------------------------------------------------------------------------
# b. SAGA: three earthquakes in the Halvard Valley (Q1 near Tallis on 3 February, magnitude
# 6.1, 9 dead; Q2 near Brennock on 7 February, 5.4, 2 dead; Q3 near Oskarby on 12 February,
# 4.7, nobody dead)
# --------------------------------------------------------------------------------------------

SAGA: list[Spec] = [
    _spec("q1-wire", "Continental Wire", "Earthquake topples houses in Halvard Valley",
          "2025-02-03T06:30:00Z", [
              ("TALLIS, Feb 3 (Continental Wire) - A magnitude 6.1 earthquake struck the "
               "Halvard Valley before dawn on Monday, toppling houses in the town of Tallis.",
               "Q1.quake"),
              ("The Civil Protection Agency said 9 people were killed.", "Q1.toll"),
              ("Another 140 people were injured, most of them by falling masonry.",
               "Q1.injured"),
              ("The Halvard Seismic Observatory said the quake was centred 8 kilometres north "
               "of Tallis at a depth of 10 kilometres.", "Q1.epicentre"),
              ("About 60 homes were destroyed, and the bell tower of the town's church "
               "collapsed into the square.", "Q1.homes"),
              ("Rescue teams from across Morrow province were searching the rubble for "
               "survivors.", "Q1.rescue"),
              ("The valley lies on the Morrow Fault, which last caused a deadly earthquake in "
               "1978.", "S.fault"),
          ]),
    _spec("q1-echo", "Halvard Valley Echo", "Tallis counts the cost of the earthquake",
          "2025-02-03T14:00:00Z", [
              ("Tallis woke to devastation on Monday after a 6.1-magnitude earthquake shook the "
               "valley shortly after four in the morning.", "Q1.quake"),
              ("The Civil Protection Agency has confirmed that 9 people died in the quake, "
               "among them two children from Mill Lane.", "Q1.toll"),
              ("Doctors at Tallis General Hospital had treated 140 injured people by midday.",
               "Q1.injured"),
              ("Around 60 houses in the old quarter were flattened, and the church bell tower "
               "fell into Market Square.", "Q1.homes"),
              ("Volunteers handed out blankets and soup at the sports centre, where hundreds of "
               "families spent the day.", "Q1.shelter"),
              ("Councillor Petra Lind said the town would need months to recover.",
               "Q1.council"),
              ("The Echo will publish a list of relief points in Tuesday's edition.", None),
          ]),
    _spec("q1-radio", "Valley Radio", "Strong earthquake hits Halvard Valley",
          "2025-02-03T09:00:00Z", [
              ("A strong earthquake of magnitude 6.1 has hit the Halvard Valley, with the town "
               "of Tallis worst affected.", "Q1.quake"),
              ("The Civil Protection Agency says 9 people have died.", "Q1.toll"),
              ("Hospitals say 140 people have been hurt.", "Q1.injured"),
              ("The Halvard Seismic Observatory says the quake struck 8 kilometres north of "
               "Tallis.", "Q1.epicentre"),
              ("Aftershocks are expected in the coming days.", "Q1.warning"),
              ("Schools across the valley will stay closed on Tuesday.", "Q1.schools"),
          ]),
    _spec("q2-wire", "Continental Wire", "Aftershock damages Brennock",
          "2025-02-07T19:00:00Z", [
              ("BRENNOCK, Feb 7 (Continental Wire) - A magnitude 5.4 aftershock struck the "
               "Halvard Valley on Friday evening, damaging buildings in the town of Brennock.",
               "Q2.quake"),
              ("The Civil Protection Agency said 2 people were killed.", "Q2.toll"),
              ("Another 35 people were injured, most of them by falling masonry.",
               "Q2.injured"),
              ("The Halvard Seismic Observatory said the aftershock was centred 5 kilometres "
               "east of Brennock at a depth of 12 kilometres.", "Q2.epicentre"),
              ("The old stone bridge over the Tarn River collapsed.", "Q2.bridge"),
              ("About 15 homes were destroyed.", "Q2.homes"),
              ("Rescue teams from across Morrow province were sent to Brennock.", "Q2.rescue"),
          ]),
    _spec("q2-times", "The Morrow Times", "Brennock loses its medieval bridge",
          "2025-02-08T07:00:00Z", [
              ("Brennock was shaken on Friday by a magnitude 5.4 tremor, the strongest "
               "aftershock so far in the Halvard Valley.", "Q2.quake"),
              ("The Civil Protection Agency said 2 people had died in Brennock.", "Q2.toll"),
              ("The town's clinic treated 35 injured people overnight.", "Q2.injured"),
              ("The Halvard Seismic Observatory placed the epicentre 5 kilometres east of "
               "Brennock.", "Q2.epicentre"),
              ("The bridge over the Tarn River, built in the fourteenth century, fell into the "
               "water.", "Q2.bridge"),
              ("Seismologists said the valley could feel aftershocks for weeks as the Morrow "
               "Fault settles.", "S.aftershocks"),
              ("The valley lies on the Morrow Fault, whose last deadly earthquake struck in "
               "1978.", "S.fault"),
          ]),
    _spec("q3-echo", "Halvard Valley Echo", "Oskarby shaken by new aftershock",
          "2025-02-12T16:00:00Z", [
              ("Another aftershock rattled the valley on Wednesday, a magnitude 4.7 tremor "
               "centred near Oskarby.", "Q3.quake"),
              ("Nobody was killed, the Civil Protection Agency said.", "Q3.toll"),
              ("The health centre in Oskarby treated 6 people for minor injuries.",
               "Q3.injured"),
              ("Schools across the valley will stay closed until Monday while engineers "
               "inspect them.", "Q3.schools"),
              ("Several chimneys fell in Oskarby, but no homes were destroyed.", "Q3.damage"),
              ("Parents at the Oskarby primary school said their children were frightened.",
               None),
          ]),
    _spec("q3-blog", "Quake Watch Halvard", "Magnitude 4.7 aftershock near Oskarby",
          "2025-02-12T18:00:00Z", [
              ("The Halvard Seismic Observatory recorded a magnitude 4.7 aftershock near "
               "Oskarby on Wednesday afternoon.", "Q3.quake"),
              ("According to the Civil Protection Agency, no one died.", "Q3.toll"),
              ("Only 6 people suffered minor injuries, the agency added.", "Q3.injured"),
              ("Schools in the valley are closed until Monday for safety checks.",
               "Q3.schools"),
              ("The observatory said the tremor was centred 3 kilometres south of Oskarby at a "
               "depth of 9 kilometres.", "Q3.epicentre"),
              ("Tremors like this are normal for weeks after a big quake, so stay calm and keep "
               "an emergency bag ready.", None),
          ]),
]
SAGA_EVENTS = {"Q1": {"q1-wire", "q1-echo", "q1-radio"}, "Q2": {"q2-wire", "q2-times"},
               "Q3": {"q3-echo", "q3-blog"}}


# --------------------------------------------------------------------------------------------
# c. TOLLS: the ferry Meridian Star capsizes in the Strait of Kell; the toll is 156 in two
# independent outlets, 164 in one, 180 in one
# --------------------------------------------------------------------------------------------

TOLLS: list[Spec] = [
    _spec("kell-wire", "Continental Wire", "Ferry capsizes in Strait of Kell",
          "2025-06-14T10:00:00Z", [
              ("DUNAVIK, June 14 (Continental Wire) - An overcrowded ferry capsized in a storm "
               "in the Strait of Kell on Friday night, the coast guard said.", "T.lede"),
              ("The sinking killed 156 people, coast guard spokesman Ivo Marren told reporters "
               "on Saturday.", "T.toll"),
              ("Rescuers pulled 230 survivors from the water.", "T.rescued"),
              ("The ferry, the Meridian Star, was carrying 412 passengers although it was "
               "licensed for 300.", "T.overload"),
              ("Transport Minister Odile Varga ordered an inquiry into how the ship was allowed "
               "to sail.", "T.inquiry"),
              ("Police detained the ferry's captain for questioning.", "T.captain"),
              ("Strong winds forced the coast guard to suspend the search for the missing on "
               "Saturday afternoon.", "T.search"),
          ]),
    _spec("courier", "Dunavik Courier", "Grief at the harbour after Meridian Star sinks",
          "2025-06-14T15:00:00Z", [
              ("Families gathered at Dunavik harbour on Saturday after the Meridian Star "
               "overturned in heavy seas in the Strait of Kell.", "T.lede"),
              ("The coast guard said 156 people lost their lives in the disaster.", "T.toll"),
              ("Boats from the harbour helped bring 230 survivors ashore overnight.",
               "T.rescued"),
              ("Ticket records show 412 passengers were aboard a ferry licensed to carry 300.",
               "T.overload"),
              ("The captain was taken in for questioning by police on Saturday morning.",
               "T.captain"),
              ("Transport Minister Odile Varga has promised an inquiry.", "T.inquiry"),
              ("Harbour master Gregor Selby said the ferry should never have left port in such "
               "weather.", "T.harbourmaster"),
              ("A vigil will be held at the harbour chapel on Sunday evening.", "T.vigil"),
          ]),
    _spec("ch9", "Channel 9 News", "Ferry sinks off Dunavik", "2025-06-14T18:00:00Z", [
        ("A ferry carrying hundreds of passengers has sunk in a storm off the coast near "
         "Dunavik.", "T.lede"),
        ("Officials say the death toll has risen to 164.", "T.toll"),
        ("Rescue boats saved 230 people.", "T.rescued"),
        ("The Meridian Star was carrying 412 passengers, more than its limit of 300.",
         "T.overload"),
        ("The ship's captain is being questioned by police.", "T.captain"),
        ("The search for survivors has been called off because of high winds.", "T.search"),
    ]),
    _spec("herald", "The Continental Herald", "The Meridian Star and a strait of overloaded ships",
          "2025-06-15T06:00:00Z", [
              ("The capsizing of the Meridian Star in the Strait of Kell on Friday is the "
               "country's deadliest ferry disaster in three decades.", "T.lede"),
              ("Hospital and coast guard officials said on Saturday evening that the death "
               "toll had risen to 180.", "T.toll"),
              ("Some 230 people were rescued from seas whipped up by a sudden storm.",
               "T.rescued"),
              ("Records show the vessel carried 412 passengers, although its licence allowed "
               "no more than 300.", "T.overload"),
              ("Transport Minister Odile Varga said an inquiry would report within three "
               "months.", "T.inquiry"),
              ("The captain remains in police custody.", "T.captain"),
              ("Safety campaigners have long warned that ferries on the strait are routinely "
               "overloaded.", "T.campaigners"),
          ]),
]
TOLL = "T.toll"
TOLL_FIGURE = "156"  # given by kell-wire and courier, two independent outlets
TOLL_OTHERS = {"ch9": "164", "herald": "180"}


# --------------------------------------------------------------------------------------------
# d. REPRINTS: a wire story on the Brannel mill fire in Ostwick, reprinted verbatim by two
# papers (one adds a line of its own, one drops the last paragraph), and a radio station's
# own report
# --------------------------------------------------------------------------------------------

_NPA: list[Labelled] = [
    ("OSTWICK, Oct 2 (Northern Press Agency) - A fire tore through the Brannel textile mill in "
     "Ostwick on Thursday, sending a plume of black smoke over the town.", "P.lede"),
    ("Three workers were killed, the regional fire service said.", "P.toll"),
    ("Five more were taken to hospital with burns.", "P.injured"),
    ("More than 120 firefighters fought the blaze for six hours before bringing it under "
     "control.", "P.firefighters"),
    ("Police closed roads around the mill and told residents to keep their windows shut.",
     "P.roads"),
    ("Pupils at the nearby Ostwick primary school were moved to the town hall as a "
     "precaution.", "P.school"),
    ("The mill's owner, Ferrand Textiles, said it was cooperating with investigators.",
     "P.owner"),
    ("The cause of the fire is not yet known.", "P.cause"),
]


def paragraphs(sentences: list[Labelled]) -> list[list[Labelled]]:
    """The article's paragraphs: the lede alone, then two sentences to a paragraph."""
    return [sentences[:1]] + [sentences[k:k + 2] for k in range(1, len(sentences), 2)]


REPRINTS: list[Spec] = [
    _spec("npa", "Northern Press Agency", "Fire kills three at Ostwick mill",
          "2025-10-02T09:00:00Z", list(_NPA)),
    _spec("ostwick-fm", "Ostwick FM", "Mill fire: three dead", "2025-10-02T11:00:00Z", [
        ("A huge fire has destroyed much of the Brannel textile mill in Ostwick.", "P.lede"),
        ("The regional fire service says three people who worked at the mill have died.",
         "P.toll"),
        ("Five others are being treated in hospital for burns.", "P.injured"),
        ("Around 120 firefighters were called to the scene.", "P.firefighters"),
        ("Children at Ostwick primary school were taken to the town hall to keep them away "
         "from the smoke.", "P.school"),
        ("Ferrand Textiles, which owns the mill, says it is helping the investigation.",
         "P.owner"),
        ("Listeners have been calling the station to describe a thick black cloud over the "
         "town.", None),
    ]),
    _spec("gazette", "Ostwick Gazette", "Fire kills three at Ostwick mill",
          "2025-10-02T09:40:00Z",
          [*_NPA, ("The Gazette will bring readers more on this story as it develops.", None)]),
    _spec("northern-daily", "Northern Daily", "Three dead in Ostwick mill blaze",
          "2025-10-02T10:15:00Z",
          [s for paragraph in paragraphs(_NPA)[:-1] for s in paragraph]),
]
REPRINT_MAIN = "P.lede"
REPRINT_FIRST = "npa"
REPRINT_COPIES = {"gazette", "northern-daily"}
REPRINT_INDEPENDENT = "ostwick-fm"


# --------------------------------------------------------------------------------------------
# e. CUT_COPY: a wire story on a ferry capsizing on Lake Varna; a local paper carries it cut
# short and re-edited (two sentences word for word, three with a clause cut or a word changed,
# in the wire's order, between lines of its own); a broadcaster and a newspaper report it in
# their own words, the broadcaster in much the wire's order
# --------------------------------------------------------------------------------------------

_FERRY_WIRE: list[Labelled] = [
    ("VARNA, May 4 (Lakeside Press) - A passenger ferry capsized on Lake Varna on Saturday "
     "afternoon, throwing dozens of people into the cold water near the port of Seltz.", "F.lede"),
    ("At least nine people drowned and 14 were still missing late on Saturday, the regional "
     "coastguard said.", "F.toll"),
    ("The Marisa, which had 63 people on board, overturned in strong winds about two kilometres "
     "from the shore.", "F.capsized"),
    ("Fishing boats from Seltz pulled 40 survivors from the water before rescue teams arrived.",
     "F.survivors"),
    ("Coastguard divers resumed the search at first light on Sunday, helped by two army "
     "helicopters.", "F.search"),
    ("The ferry's operator, Varna Lines, said the vessel had passed a safety inspection in "
     "March.", "F.operator"),
    ("Survivors told local television that the ferry began to list sharply after a gust struck "
     "its side.", "F.gust"),
    ("Transport Minister Helga Brandt ordered an inquiry into the disaster and suspended all "
     "ferry crossings on the lake.", "F.inquiry"),
    ("The weather service had warned of gusts of up to 70 kilometres an hour on Saturday.",
     "F.warning"),
    ("It was the worst accident on the lake since 1998, when a pleasure boat sank with 22 people "
     "aboard.", "F.worst"),
    ("Relatives gathered at the port late into the night, waiting for news of the missing.",
     "F.relatives"),
    ("Flags on public buildings in Seltz will fly at half mast on Monday.", "F.flags"),
]

CUT_COPY: list[Spec] = [
    _spec("wire", "Lakeside Press", "Nine drown as ferry capsizes on Lake Varna",
          "2025-05-04T18:00:00Z", list(_FERRY_WIRE)),
    _spec("cut", "Island Times", "Ferry disaster on Lake Varna", "2025-05-04T20:30:00Z", [
        ("A passenger ferry capsized on Lake Varna on Saturday afternoon, throwing dozens of "
         "people into the cold water near the port of Seltz.", "F.lede"),
        ("At least nine people drowned and 14 were still missing late on Saturday, the regional "
         "coastguard said.", "F.toll"),
        ("The Island Times understands that several of the passengers were from Seltz.", None),
        ("The Marisa overturned in strong winds.", "F.capsized"),
        ("Fishing boats picked 40 people out of the water.", "F.survivors"),
        ("Our reporter at the harbour saw ambulances queueing along the quay.", None),
        ("Divers went back in on Sunday with help from the army.", "F.search"),
        ("Varna Lines said the ferry had passed an inspection.", "F.operator"),
        ("Minister Helga Brandt has ordered an inquiry.", "F.inquiry"),
        ("Seltz council has opened the sports hall to families waiting for news.", None),
        ("The mayor, Tomas Reiner, asked residents to keep the harbour road clear.", None),
        ("Schools in the town will open late on Monday.", None),
        ("A book of condolence will be opened at the town hall.", None),
        ("Readers can send their memories of the Marisa to the newsdesk.", None),
    ]),
    _spec("radio", "Radio Seltz", "Ferry overturns off Seltz", "2025-05-04T19:00:00Z", [
        ("A ferry has overturned on Lake Varna, leaving dozens of passengers struggling in the "
         "water off Seltz.", "F.lede"),
        ("Nine people are known to have died and 14 are missing, according to the coastguard.",
         "F.toll"),
        ("The Marisa was carrying 63 passengers and crew when strong winds tipped it over.",
         "F.capsized"),
        ("Local fishermen rescued around 40 people before the emergency services got there.",
         "F.survivors"),
        ("Divers went back into the water at dawn, with military helicopters circling overhead.",
         "F.search"),
        ("Varna Lines, which runs the ferry, says it passed its last safety check in March.",
         "F.operator"),
        ("Helga Brandt, who is in charge of transport, wants to know what went wrong and has kept "
         "every ferry in port.", "F.inquiry"),
        ("Forecasters had warned of strong gusts on the lake on Saturday.", "F.warning"),
    ]),
    _spec("paper", "Varna Daily", "Nine dead in Lake Varna ferry disaster",
          "2025-05-05T06:00:00Z", [
        ("Nine people drowned when the ferry Marisa capsized in a squall on Lake Varna, the worst "
         "disaster on the lake in a quarter of a century.", "F.lede"),
        ("Fourteen passengers were still unaccounted for on Sunday as divers searched the water.",
         "F.toll"),
        ("Passengers said a sudden gust had pushed the ferry onto its side within seconds.",
         "F.gust"),
        ("Helga Brandt, the transport minister, has halted ferry services on the lake pending an "
         "inquiry.", "F.inquiry"),
        ("Fishermen from Seltz were first on the scene and brought 40 people ashore.",
         "F.survivors"),
        ("Varna Lines said the Marisa had been inspected in March.", "F.operator"),
    ]),
]
CUT_COPY_MAIN = "F.lede"


# --------------------------------------------------------------------------------------------
# same_fact: pairs of sentences of different articles, and whether they state the same fact
# --------------------------------------------------------------------------------------------

SAME_FACT_PAIRS: list[tuple[str, str, bool]] = [
    # paraphrases in other words
    ("The Korvel Dam burst late on Sunday, flooding the town of Bellmora.",
     "Floodwater poured into Bellmora on Sunday night after the Korvel Dam gave way.", True),
    ("Police said 12 people were killed in the flood.",
     "The flood left 12 people dead, according to the police.", True),
    ("Mayor Irene Castellan declared a state of emergency.",
     "A state of emergency was declared by the town's mayor, Irene Castellan.", True),
    ("Rescuers evacuated about 3,400 residents overnight.",
     "Some 3,400 people were moved out of their homes during the night.", True),
    ("Police detained the ferry's captain for questioning.",
     "The ship's captain was taken into custody by the police.", True),
    # one count with other figures: within one event, one fact the sources disagree on
    ("The fire service said 3 workers were killed in the blaze.",
     "The fire service said 7 workers were killed in the blaze.", True),
    # one sentence and an unrelated one
    ("Rescuers pulled 230 survivors from the water.",
     "The bakery on Elm Street won a prize for its sourdough bread.", False),
    ("The army sent 250 soldiers to help with the search.",
     "Electricity was cut to about 9,000 homes.", False),
]

# One template about other places: different facts, told apart by their names.
OTHER_PLACES_PAIRS: list[tuple[str, str, bool]] = [
    ("A magnitude 6.1 earthquake struck near Tallis on Monday.",
     "A magnitude 5.4 aftershock struck near Brennock on Friday.", False),
    ("Schools in Oskarby will stay closed until Monday.",
     "Schools in Tallis will stay closed until Monday.", False),
]
# --------------------------------------------------------------------------------------------
# f. VERDICT: a banker sentenced in Halden, in five outlets. Four ledes state the sentence
# (nine years in prison for fraud); a television station's lede states it in six words and its
# next sentence, the verdict alone, in the other ledes' words.
# --------------------------------------------------------------------------------------------

VERDICT: list[Spec] = [
    _spec("halden-wire", "Halden Wire", "Former Meridian Bank chief jailed for 9 years over fraud",
          "2025-03-12T11:00:00Z", [
              ("HALDEN, March 12 (Halden Wire) - A court in Halden on Wednesday sentenced Oskar "
               "Brandt, the former chief executive of Meridian Bank, to nine years in prison "
               "for fraud and money laundering, ending one of the country's longest financial "
               "trials.", "V.sentence"),
              ("Judge Marta Eklund said Brandt had hidden losses of 1.2 billion euros from "
               "investors and regulators between 2016 and 2019.", "V.losses"),
              ("Brandt, 61, denied all charges and his lawyers said they would appeal.",
               "V.appeal"),
              ("The court also ordered him to pay 40 million euros in compensation to "
               "shareholders.", "V.compensation"),
              ("Two other former executives received sentences of four and six years.",
               "V.others"),
              ("Meridian collapsed in 2019 and was rescued by the state at a cost of 3 billion "
               "euros to taxpayers.", "V.bailout"),
          ]),
    _spec("morning-paper", "The Morning Paper", "Brandt gets nine years", "2025-03-12T18:00:00Z", [
        ("Oskar Brandt, who ran Meridian Bank until its collapse, was sentenced to nine years in "
         "prison on Wednesday after a court found him guilty of fraud and money laundering.",
         "V.sentence"),
        ("The verdict came after a trial that lasted more than two years and heard from 140 "
         "witnesses.", "V.trial"),
        ("Judge Marta Eklund said Brandt had \"deliberately deceived\" investors about the "
         "bank's finances.", "V.losses"),
        ("Prosecutors had asked for 12 years.", "V.prosecutors"),
        ("Brandt's lawyer, Henrik Saar, told reporters outside the courthouse that his client "
         "was innocent and would appeal the ruling.", "V.appeal"),
    ]),
    _spec("business-weekly", "Business Weekly", "Meridian's Brandt convicted",
          "2025-03-12T15:00:00Z", [
              ("The former boss of failed lender Meridian Bank has been convicted of fraud and "
               "sentenced to nine years behind bars.", "V.sentence"),
              ("Oskar Brandt concealed 1.2 billion euros in losses, the court found.",
               "V.losses"),
              ("He must also pay 40 million euros to shareholders who lost money when the bank "
               "failed.", "V.compensation"),
              ("The state spent 3 billion euros rescuing Meridian in 2019, one of the largest "
               "bailouts in the country's history.", "V.bailout"),
          ]),
    _spec("tv-news", "TV News", "Ex-banker Brandt sentenced", "2025-03-12T13:00:00Z", [
        ("Oskar Brandt has been jailed for nine years.", "V.sentence"),
        ("The former Meridian Bank chief was found guilty of fraud and money laundering by a "
         "court in Halden on Wednesday.", "V.guilty"),
        ("He says he will appeal.", "V.appeal"),
        ("Two of his former colleagues were also jailed, for four and six years.", "V.others"),
    ]),
    _spec("law-blog", "Law Blog", "The Brandt verdict", "2025-03-12T20:00:00Z", [
        ("That is what Oskar Brandt got on Wednesday for his part in the Meridian Bank "
         "collapse: nine years.", "V.sentence"),
        ("The sentence is lighter than the 12 years prosecutors asked for, but heavier than "
         "most white-collar sentences in the country.", "V.prosecutors"),
        ("Judge Marta Eklund found that Brandt hid 1.2 billion euros of losses from investors.",
         "V.losses"),
        ("Brandt will appeal, his lawyer Henrik Saar said.", "V.appeal"),
    ]),
]
VERDICT_MAIN = "V.sentence"


# One template about other people who share a title: different facts, told apart by their
# names, not joined by the title they share ("Minister").
OTHER_PEOPLE_PAIRS: list[tuple[str, str, bool]] = [
    ("Transport Minister Odile Varga ordered an inquiry into the sinking.",
     "Interior Minister Pavel Drost ordered an inquiry into the sinking.", False),
]


# --------------------------------------------------------------------------------------------
# building requests, and mapping a response back to the labels
# --------------------------------------------------------------------------------------------

def text_of(spec: Spec) -> str:
    """The article's plain text: its paragraphs separated by blank lines."""
    return "\n\n".join(" ".join(text for text, _ in paragraph)
                       for paragraph in paragraphs(spec["sentences"])) + "\n"


def article(spec: Spec) -> dict[str, Any]:
    """The contract's article object for a spec."""
    return {"id": spec["id"], "title": spec["title"], "source": spec["source"],
            "url": spec["url"], "published": spec["published"], "text": text_of(spec)}


def request(specs: list[Spec], sentences: int = 7) -> dict[str, Any]:
    """A request for a brief of `sentences` sentences of the articles, in the given order."""
    return {"articles": [article(spec) for spec in copy.deepcopy(specs)],
            "length": {"sentences": sentences}}


def label_of(specs: list[Spec], article_id: str, text: str) -> str | None:
    """The label of the sentence of article `article_id` whose text is `text`.

    A response's sentence may be a labelled sentence with a date line or headline cut off its
    start, so the labelled sentence must equal it or end with it. Raises LookupError when the
    text is no labelled sentence of the article.
    """
    spec = next(s for s in specs if s["id"] == article_id)
    found = {label for sentence, label in spec["sentences"]
             if sentence == text or sentence.endswith(" " + text)}
    if len(found) != 1:
        raise LookupError(f"{article_id}: no single labelled sentence for {text!r}")
    return found.pop()


def item_label(specs: list[Spec], item: dict[str, Any]) -> str | None:
    """The label of a brief item's (or evidence or disagreement item's) sentence."""
    return label_of(specs, item["article"], item["text"])


def brief_labels(specs: list[Spec], response: dict[str, Any]) -> list[str | None]:
    """The label of each brief sentence, in brief order."""
    return [item_label(specs, item) for item in response["brief"]]


def stating(specs: list[Spec], label: str) -> set[str]:
    """The ids of the articles that state the fact `label`."""
    return {s["id"] for s in specs if any(lab == label for _, lab in s["sentences"])}


def event_of(label: str | None) -> str | None:
    """The event a label belongs to ("Q2" for "Q2.toll"); None for saga-wide facts."""
    if label is None or label.startswith("S."):
        return None
    return label.split(".", 1)[0]
