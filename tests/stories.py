"""Article sets written for the tests, and the seed set read from corpus/ via its manifest.

The bridge set is three articles about one (fictional) bridge collapse, each outlet wording the
facts its own way, with the furniture of web pages around them and, below one article, a
"Related Articles" run of labels followed by a pasted story that has nothing to do with it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "irs-ice-data-sharing"

# The story that is pasted below the first article; it must never reach a brief.
PASTED_STORY = [
    "The Elm Street bakery won a national prize for its sourdough loaf on Monday, "
    "beating 300 rivals.",
    "Its owner, Lucy Park, said she would spend the prize money on a second oven for the shop.",
    "Customers queued around the block on Tuesday to buy the winning bread.",
]

# Lines of web-page furniture placed in the articles; none of them may reach a brief.
BOILERPLATE = [
    "By Jane Doe",
    "Photo: Divers search the Grey River",
    "Share this story",
    "https://wire.example/millford",
    "Related Articles",
    "Council approves new parking rules",
    "Schools to reopen after winter storm",
    "Leave a Reply",
    "Please enter your comment!",
    "Please enter your name here",
    "Sign up for our newsletter to get the latest Millford news every morning.",
    "Copyright 2025 Daily Courier. All rights reserved.",
]

HERALD = """Harbor Bridge collapse kills four in Millford
By Jane Doe
Harbor Bridge collapse kills four in Millford The Harbor Bridge in Millford collapsed into \
the Grey River on Tuesday morning, killing four people and injuring 23 others.

Rescue crews pulled 11 survivors from the water before noon, Fire Chief Ana Ruiz said.

Engineers had warned the city council in 2019 that the bridge's steel supports were badly \
corroded.

Mayor Tom Hale said repairs had been postponed because of a $40 million budget shortfall.

The state transportation department has ordered inspections of 37 similar bridges across \
the region.

Related Articles
Council approves new parking rules
Bakery wins national bread prize
Schools to reopen after winter storm
{pasted}

Leave a Reply
Please enter your comment!
Please enter your name here
Sign up for our newsletter to get the latest Millford news every morning.
""".replace("{pasted}", "\n".join(PASTED_STORY))

WIRE = """Four people died when the Harbor Bridge in Millford fell into the Grey River on \
Tuesday, and 23 more were hurt, officials said.
Divers and firefighters rescued 11 people from the river by midday, according to Fire Chief \
Ana Ruiz.
Photo: Divers search the Grey River
A 2019 engineering report told the council that corrosion had badly weakened the steel \
supports of the bridge.
Mayor Tom Hale blamed a $40 million budget shortfall for the delayed repairs.
Traffic across Millford was gridlocked for hours as police closed the approach roads.
Share this story
https://wire.example/millford
"""

COURIER = """The collapse of the Harbor Bridge on Tuesday killed four people, and 23 people \
were injured, the Millford police said.

Fire Chief Ana Ruiz said crews had saved 11 survivors from the Grey River before noon.

The state has ordered safety inspections of 37 bridges of the same design.

Residents said they had long worried about the rusting bridge, which opened in 1968.

Copyright 2025 Daily Courier. All rights reserved.
"""

BRIDGE_ARTICLES: list[dict[str, Any]] = [
    {"id": "herald", "title": "Harbor Bridge collapse kills four in Millford",
     "source": "Millford Herald", "url": "https://herald.example/bridge", "text": HERALD},
    {"id": "wire", "title": "Four dead as Millford bridge falls into river",
     "source": "City Wire", "text": WIRE},
    {"id": "courier", "source": "Daily Courier", "text": COURIER},
]


def seed_articles() -> list[dict[str, Any]]:
    """The seed set's articles as the contract's article objects, in the manifest's order."""
    manifest = json.loads((SEED / "manifest.json").read_text(encoding="utf-8"))
    return [
        {"id": item["id"], "title": item["title"], "source": item["source"],
         "url": item["url"], "text": (SEED / item["file"]).read_text(encoding="utf-8")}
        for item in manifest["articles"]
    ]


def bridge_articles() -> list[dict[str, Any]]:
    """A fresh copy of the hand-written bridge story set."""
    return copy.deepcopy(BRIDGE_ARTICLES)
