"""The whole pipeline: a request dict in, the contract's response dict out."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from functools import cache, partial
from typing import Any

import numpy as np
from scipy import sparse

from . import collector
from .brief.attribute import attribute, reading_order
from .brief.baselines import sumy_ranking
from .brief.caveats import event_list, other_story, warnings
from .brief.quotes import (
    answering,
    mostly_quoted,
    quoted_twice,
    quotes,
    told_as_own,
    voiced,
    within,
)
from .brief.select import (
    Pick,
    concept_weights,
    concepts,
    in_own_voice,
    points_back_inside,
    select,
    stands_alone,
)
from .facts import encoder
from .facts.cluster import cross_similarity
from .facts.events import (
    article_names,
    article_similarity,
    copied_from,
    copies,
    credited,
    event_rank,
    events,
    moment,
    name_similarity,
    previews,
    published_hours,
    published_within,
    reprints,
    stated_days,
    stories,
    story_start,
)
from .facts.facts import (
    BESIDE,
    LEDE_ARTICLES,
    LOW,
    STATED,
    beside,
    by_names_alone,
    cluster_support,
    counted_things,
    counts_twice,
    disputes,
    disputing,
    facts,
    feature_openings,
    figure_support,
    figures_twice,
    headlined,
    joined,
    ledes,
    ledes_told,
    link_facts,
    outvoted,
    reactions,
    rivals,
    roots,
    shared_wording,
    soft_ledes,
    stated_by,
    superseded,
    words_in_common,
)
from .facts.paraphrase import ENCODE_AT_MOST, POOL_AT_MOST, candidates, restated
from .facts.specifics import (
    NAMED,
    TOLLS,
    Figure,
    claimed,
    common_names,
    counted_in,
    ends_bare,
    figure_words,
    figures,
    givers,
    gives_toll,
    name_keys,
    names,
    tells_outcome,
)
from .facts.vectorise import Read, counts, read_terms, terms, weigh
from .request import Budget, InputError, Request, parse_request
from .text.clean import Kept, clean, first_post, headline, list_items, released
from .text.relevance import on_topic
from .text.split import Sentence, split_article

# A bridge between a scene and the news it opens onto is a few words long ("A few hours later,
# the company explained why.", "Then the phone rang."): a longer sentence that does not stand
# alone goes on with the scene ("These days the 61-year-old carries an oxygen tank …").
BRIDGE_WORDS = 12
# How many times, at most, the brief is chosen again for a fact it states twice
# (paraphrase.restated). Each time links the facts found, so the next choice holds one of the
# two; of the 88 briefs of the four real sets and their 40 subsets at 5 and 8 sentences, 17 are
# chosen again and 6 of them more than once; they score the same with up to 6 times, and once
# only leaves 2 more repeated sentences on the subsets.
RESELECT = 3


def _fill(ranking: list[int], texts: list[str], budget: Budget) -> list[Pick]:
    """The best-ranked sentences that fit the budget together, in rank order."""
    spent = -1 if budget.unit == "characters" else 0  # n sentences are joined by n - 1 spaces
    picks: list[Pick] = []
    for rank, row in enumerate(ranking):
        if spent + budget.cost(texts[row]) <= budget.limit:
            spent += budget.cost(texts[row])
            picks.append(Pick(row, 1.0 - rank / max(len(ranking), 1)))
    return picks


def _stated_by(row: int, clusters: np.ndarray, links: sparse.csr_matrix,
               brief: set[int]) -> list[int]:
    """The other sentences that state the fact of the brief sentence at `row`
    (facts.stated_by), but for other brief sentences."""
    return [other for other in stated_by(row, clusters, links) if other not in brief]


def _but_same_people(row: int, members: list[int], texts: list[str],
                     named: list[frozenset[str]], lede: np.ndarray, found: list[list[Figure]],
                     language: str) -> list[int]:
    """The members that say what the sentence at `row` says: not those that only name the same
    people or places (facts.by_names_alone), unless both are ledes (of one event, one fact:
    facts.lede_links) or they give a figure in common."""
    alone = by_names_alone(texts, named, row, members, language)
    values = {f.value for f in found[row]}
    return [m for m, a in zip(members, alone, strict=True)
            if not a or lede[row] and lede[m] or not values.isdisjoint(f.value for f in found[m])]


def _placed(named: list[frozenset[str]], texts: list[str], language: str,
            row: int) -> frozenset[str]:
    """A sentence's name keys (specifics.name_keys) without those of the people it reports as
    speaking (quotes.voiced) and of those it names as giving its figures (specifics.givers):
    whether two counts are of two places (specifics.named_apart), "Detective Superintendent
    Claire Ashworth has confirmed a sixth death" names none other than the lede's, nor does
    "St. Brendan's Regional Medical Center says 27 people …" the county's "34 people have
    been treated"."""
    return (named[row] - voiced(texts[row], language)
            - name_keys(givers(texts[row], language)))


def summarize(request: dict[str, Any], max_sentences: int | None = None) -> dict[str, Any]:
    """Summarise a set of articles into one sourced brief (the JSON contract of DESIGN.md).

    Raises InputError for a request that does not meet the contract, or that holds more than
    `max_sentences` sentences in all (code "too_large").
    """
    with collector.paused():
        return run(parse_request(request), max_sentences)


@dataclass(frozen=True)
class Pool:
    """The sentences a brief is chosen from: split, cleaned, on topic, in article order."""

    sentences: list[Sentence]
    articles: np.ndarray  # (n,) the position of each sentence's article in the request
    terms: list[list[str]]  # each sentence's content-word stems, names folded
    X: sparse.csr_matrix  # (n, v) their TF-IDF rows, L2-normalised
    sizes: dict[str, int]  # sentences of each article after splitting, kept or not
    read: Read  # what vectorise.terms made of the sentences kept, on topic or not
    # the sentences quotations are read from: those in blocks on topic, though they share few
    # of the set's words ("Their manager, Rui Matos, said: ...")
    heard: list[Sentence]


Cleaned = dict[str, tuple[list[Sentence], list[Kept]]]  # by article id: its sentences, those kept


def split_and_clean(req: Request, max_sentences: int | None = None) -> Cleaned:
    """Each article split and cleaned: what depends on the article alone."""
    split = {a.id: split_article(a.id, a.text, req.language) for a in req.articles}
    total = sum(len(sentences) for sentences in split.values())
    if max_sentences is not None and total > max_sentences:
        raise InputError(f"articles: {total} sentences in all, more than the {max_sentences} "
                         "allowed in one request; send fewer or shorter articles",
                         "articles", code="too_large")
    return {a.id: (split[a.id], clean(split[a.id], a.title, req.language))
            for a in req.articles}


def build_pool(req: Request, max_sentences: int | None = None,
               done: Cleaned | None = None, earlier: Read | None = None) -> Pool:
    """Split, clean and keep what is on topic, pooled across the request's articles; done:
    the articles already split and cleaned (split_and_clean()), if they were; earlier: the
    terms read of a pool that held these articles (vectorise.read_terms), if one was built."""
    order = {a.id: i for i, a in enumerate(req.articles)}
    done = split_and_clean(req, max_sentences) if done is None else done
    split = {a.id: done[a.id][0] for a in req.articles}
    kept = [(order[a.id], k) for a in req.articles for k in done[a.id][1]]
    if not kept:  # nothing looks like prose: summarise what there is rather than nothing
        kept = [(order[s.article], Kept(s, 0)) for a in req.articles for s in split[a.id]]
    articles = np.array([a for a, _ in kept], dtype=int)
    blocks = np.array([k.block for _, k in kept], dtype=int)
    term_lists, read = read_terms([k.sentence.text for _, k in kept], req.language,
                                  [k.words for _, k in kept], earlier,
                                  np.bincount(articles, minlength=len(order)).tolist())
    counted = counts(term_lists)
    topic = on_topic(weigh(counted), articles, blocks)
    relevant = topic.kept
    return Pool([k.sentence for (_, k), ok in zip(kept, relevant, strict=True) if ok],
                articles[relevant], [t for t, ok in zip(term_lists, relevant, strict=True) if ok],
                weigh(counted[relevant]), {a.id: len(split[a.id]) for a in req.articles}, read,
                [k.sentence for (_, k), ok in zip(kept, topic.in_block, strict=True) if ok])


def _other_stories(similarity: np.ndarray, named: list[frozenset[str]], articles: np.ndarray,
                   k: int, language: str) -> list[int]:
    """The articles (their places in the request) that report another story than the one
    most of the articles report (events.stories); none unless that story has two articles."""
    present = np.bincount(articles, minlength=k) > 0
    held = article_names(named, articles, k)
    labels = stories(similarity, name_similarity(held) if language in NAMED else None, present)
    sizes = np.bincount(labels[present])
    main = int(np.argmax(sizes))  # the largest story; of two as large, the first article's
    if sizes[main] < 2:
        return []
    # The story's own names are those half its articles hold or more (a race, a company, a
    # town). An article alone in its group that names half of them or more takes an angle of
    # its own on the story (an attack on the race's route); a group of several articles is a
    # story of its own, though it may name the same country.
    members = [a for a in range(k) if present[a] and labels[a] == main]
    own = common_names([frozenset(held[a]) for a in members], members)
    alone = np.bincount(labels[present])[labels] == 1
    return [a for a in range(k) if present[a] and labels[a] != main
            and not (alone[a] and 2 * len(held[a] & own) >= len(own) > 0)]


def live_ledes(lede: np.ndarray, S: sparse.csr_matrix, articles: np.ndarray, lines: list[int],
               opened: list[int | None], texts: list[str], language: str) -> np.ndarray:
    """The ledes (n,) bool once live pages are read: a live page has no lede, as its first post
    is its latest, the day's last turn ("the last trains leave at 20:30 tonight", the final
    count), where the others' ledes state the event; but for a summary it may open with
    before its posts that stands alone and states the event as another article's lede does,
    as it stands ("Summary: Five people have died and two have been rescued alive after a
    landslide buried 11 houses …"; not "All times local.", which may share a word with a
    lede). S: cross-article cosines; articles: (n,) each sentence's article; lines: each
    sentence's paragraph line; opened: each article's first post's line (clean.first_post),
    None for one that is no live page."""
    posted = np.array([opened[a] is not None for a in articles.tolist()], dtype=bool)
    summary = np.flatnonzero(lede & posted)
    summary = summary[[lines[r] < (opened[articles[r]] or 0) for r in summary.tolist()]]
    out = lede & ~posted
    out[summary[(ledes_told(out, S, summary) > 0)
                & stands_alone([texts[r] for r in summary.tolist()], language)]] = True
    return out


def _titles(req: Request, done: Cleaned) -> list[str]:
    """Each article's title: its own, else the headline its text opens with (clean.headline),
    which the cleaning left out of its sentences; "" when it has neither."""
    return [a.title or headline(done[a.id][0]) for a in req.articles]


def _with_left_out(response: dict[str, Any], req: Request, left: list[int],
                   sizes: dict[str, int], done: Cleaned, started: float) -> dict[str, Any]:
    """The response to the request's main story, completed with the articles of other stories
    it left out: listed in request order (no sentence kept, none cited), counted in the stats,
    named in an other_story warning."""
    listed = {a["id"]: a for a in response["articles"]}
    response["articles"] = [listed.get(a.id) or {
        "id": a.id, "title": title, "source": a.source, "url": a.url, "published": a.published,
        "sentences": sizes[a.id], "kept": 0, "cited": False, "copy_of": None}
        for a, title in zip(req.articles, _titles(req, done), strict=True)]
    response["warnings"].insert(0, other_story(response["articles"],
                                               [req.articles[i].id for i in left]))
    response["stats"].update(articles=len(req.articles), sentences=sum(sizes.values()),
                             elapsed_ms=round((time.perf_counter() - started) * 1000))
    return response


def run(req: Request, max_sentences: int | None = None, whole: bool = True,
        done: Cleaned | None = None, keys: dict[str, frozenset[str]] | None = None,
        read: Read | None = None) -> dict[str, Any]:
    """The pipeline on a validated request; whole: whether to look for articles of other
    stories than the main one first (then the brief is of the main story's articles only);
    done: its articles already split and cleaned (split_and_clean()), if they were; keys:
    the name keys of sentences already read, by text (a text's names are its own); read: the
    terms read of a pool that held its articles (build_pool), if one was built."""
    started = time.perf_counter()
    order = {a.id: i for i, a in enumerate(req.articles)}
    done = split_and_clean(req, max_sentences) if done is None else done
    pooled = build_pool(req, max_sentences, done, read)
    pool, articles, X, sizes = pooled.sentences, pooled.articles, pooled.X, pooled.sizes
    texts = [s.text for s in pool]
    k = len(req.articles)
    similarity = article_similarity(X, articles, k)
    named = [keys[t] if keys and t in keys else name_keys(names(t, req.language))
             for t in texts]
    left = _other_stories(similarity, named, articles, k, req.language) if whole else []
    if left:
        out = frozenset(left)
        story = replace(req, articles=tuple(a for i, a in enumerate(req.articles)
                                            if i not in out))
        return _with_left_out(run(story, max_sentences, whole=False, done=done,
                                  keys=dict(zip(texts, named, strict=True)), read=pooled.read),
                              req, left, sizes, done, started)
    found = [claimed(t, req.language, in_words=counted_in(terms, req.language))
             for t, terms in zip(texts, pooled.terms, strict=True)]
    # the title says what the article's lede states (a headline the text opens with as well)
    titled = _titles(req, done)
    title_terms = terms(titled, req.language)
    lede = ledes(pooled.terms, articles, title_terms)
    S = cross_similarity(X, articles, LOW)
    opened = [first_post(done[a.id][0]) for a in req.articles]
    posted = np.array([line is not None for line in opened], dtype=bool)[articles]
    lede = live_ledes(lede, S, articles, [s.line for s in pool], opened, texts, req.language)
    said: list[frozenset[int]] = [frozenset()] * k  # the days of the week each lede names
    for row in np.flatnonzero(lede).tolist():
        said[articles[row]] = stated_days(texts[row], req.language)
    times = [moment(a.published) for a in req.articles]  # each read once
    days = [None if when is None else when.date() for when in times]
    event_of = events(similarity, days, said)
    rank = event_rank(event_of, days)
    # a feature's opening states no fact of the event: its article has no lede
    lede[feature_openings(lede, S, articles, texts, req.language)] = False
    # nor has one that opens with its subject's reaction to the event (a press release's),
    # whose wording of the event is one of last resort, as a reprint's copies are
    reacting = reactions(lede, texts, req.language)
    lede[reacting] = False
    # a soft lede leaves its event to the next sentence, when that one stands alone, or to
    # the one after a bridge that tells nothing ("A few hours later, the company explained
    # why."): a short sentence without figures that does not stand alone
    after = np.arange(1, len(texts) + 1)
    first = np.flatnonzero(lede)
    first = first[first + 2 < len(texts)]
    first = first[(articles[first + 2] == articles[first])
                  & np.array([not found[r + 1] and len(texts[r + 1].split()) <= BRIDGE_WORDS
                              for r in first.tolist()], dtype=bool)]
    after[first[~stands_alone([texts[r + 1] for r in first.tolist()], req.language)]] += 1
    # (a lede in its writer's own voice, a press release's "… today launches …", keeps its
    # place: its next sentence is the party's words too, no report's lede)
    soft = soft_ledes(lede, S, articles, found, pooled.terms, title_terms, after)
    soft = soft[stands_alone([texts[r] for r in after[soft].tolist()], req.language)
                & ~np.array([in_own_voice(texts[r], req.language) for r in soft.tolist()],
                            dtype=bool)]
    lede[soft], lede[after[soft]] = False, True
    mostly = np.array([mostly_quoted(t) for t in texts], dtype=bool)
    copy_of = reprints(S, articles, k, [{f.value for f in these} for these in found], times,
                       mostly)
    root_of = roots(copy_of)  # the independent report each article is
    report = root_of[articles]  # the independent report of each sentence's article
    # articles whose ledes may be one fact: close in words and in time
    close = (similarity >= LEDE_ARTICLES) & published_within(times)
    event = event_of[articles]  # the event of each sentence
    common = common_names(named, articles.tolist())
    placed = cache(partial(_placed, named, texts, req.language))  # read where asked
    # a sentence and its copies share one label
    copy_labels = copies(S, articles, root_of, event, X, lede)
    clusters, links = facts(X, articles, event, close, lede, found, named, common, texts, S,
                            root_of, copy_labels)
    source = copied_from(copy_labels, articles, report)  # the original of a reprint's sentence
    reprinted = np.flatnonzero(source >= 0)
    # a sentence that credits another article's outlet with what it tells is that one's report
    crediting = credited(texts, articles, [a.source for a in req.articles], req.language)
    report = np.where(crediting >= 0, root_of[crediting], report)
    last_resort = source >= 0
    last_resort[reacting] = True
    # as is a lede that tells of its event before the day it happened, beside the reports of
    # that day (an airport's press release of the day before a strike)
    last_resort[previews(lede, texts, articles, event, days)] = True
    # and a party's press release's lede, which tells the event in the party's words ("Si
    # comunica che …", "La Consejería ha garantizado …"), beside the reports' ledes
    release = np.array([released(done[a.id][0], a.title) for a in req.articles], dtype=bool)
    last_resort[lede & release[articles]] = True
    # the sentence encoder reads requests of up to POOL_AT_MOST sentences (paraphrase.py)
    encoding = (encoder.remembered() if len(pool) <= POOL_AT_MOST and encoder.reads(req.language)
                else None)

    if req.method == "clustered":
        C = concepts(pooled.terms)
        # the clearest wording of a fact: the figure most independent reports give, then the
        # wording most shared with the other articles, its words (X's entries) and their order
        # (C's pairs of words) alike, the order judged on the whole article as well, how much
        # of what the fact's sources agree on it says, and the tolls it gives
        words, _ = shared_wording(X, articles)
        pairs, ordered = shared_wording(C, articles)
        preference = np.c_[figure_support(clusters, found, report), words, pairs, ordered,
                           words_in_common(X, articles, clusters),
                           [len({f.value for f in these if not TOLLS.isdisjoint(f.context)})
                            for these in found]]
        # a story told over several events opens with its start, the lede of its first
        # event's earliest article, as a timeline does
        start = story_start(event_of, days, rank)
        opening = (None if start is None
                   else next(iter(np.flatnonzero(lede & (articles == start)).tolist()), None))
        in_order = [s for a in req.articles for s in done[a.id][0]]
        inside = within(in_order) | answering(in_order) | list_items(in_order)
        leaning = np.array([(s.article, s.index) in inside
                            or ends_bare(s.text, these, req.language)
                            for s, these in zip(pool, found, strict=True)],
                           dtype=bool) | told_as_own(texts, clusters, mostly, req.language)
        # a live page's post that a newer post of the page updates leans on it: the newer
        # states the fact
        leaning |= superseded(clusters, articles, posted, found)
        # a copy points back where its original does by words inside it, in synonyms of its
        # own ("The primary, radio reporter …" of "The first, radio reporter …"); a copy
        # editor's "The storm is heading inland" for "It was heading inland" stands alone
        leaning[reprinted] |= np.array([points_back_inside(texts[r], req.language)
                                        for r in source[reprinted].tolist()], dtype=bool)
        hours = published_hours(times)[articles]  # when each sentence's article came out
        choose = partial(select, texts, C, concept_weights(C, articles), clusters, lede,
                         req.budget, req.language, preference=preference,
                         support=cluster_support(clusters, report), opening=opening,
                         event=event, named=named, leaning=leaning,
                         headlined=headlined(pooled.terms, title_terms,
                                             figure_words(req.language)),
                         copied=last_resort,
                         tolls=[frozenset(f.value for f in these
                                          if not TOLLS.isdisjoint(f.context))
                                for these in found],
                         posted=hours,
                         outcome=np.array([tells_outcome(these) for these in found]),
                         outvoted=partial(outvoted, event=event, report=report, found=found,
                                          hours=hours))
        picks = choose(links=links)
        merged = clusters  # the facts, those found stated twice joined
        # a fact stated twice in words the links miss (an encoder's restatement, one telling
        # figure given twice, or one quotation quoted twice), or a count given twice with two
        # figures (a toll, a count of one thing): the two facts are linked, every wording of
        # the one to every wording of the other (a brief sentence is its fact's clearest
        # wording, which the choice reaches through any of them), so that the brief chosen
        # again states it once: a restated fact at STATED, its other wordings among its
        # sources; a count's two figures under it (LOW), one count but not one statement, the
        # other figure among its disagreements, its wording no statement of a lede's event ("a
        # sixth person has died" replaces no lede of the fire)
        for _ in range(RESELECT):
            rows = [p.row for p in picks]
            twice = counts_twice(rows, texts, event, found, placed, common, req.language)
            again = figures_twice(rows, found, event, named, common) + quoted_twice(
                rows, texts) + (
                [] if encoding is None else
                restated(rows, texts, event, found, named, common, req.language, encoding))
            if not twice and not again:
                break
            links = link_facts(link_facts(links, clusters, again, STATED), clusters, twice, LOW)
            # a fact stated twice is one fact: its figures are given by the reports of both
            # (a lede's "186 people on board" by those of "180 passengers and six crew"), or a
            # feature's lede with the count opens in the lede's place
            merged = joined(merged, again)
            preference = np.c_[figure_support(merged, found, report), preference[:, 1:]]
            picks = choose(links=links, preference=preference)
        # a sentence a reprint copies word for word is credited to the outlet that wrote it
        picks = [Pick(p.row if source[p.row] < 0 or texts[source[p.row]] != texts[p.row]
                      else int(source[p.row]), p.score) for p in picks]
    else:
        rows_of: dict[tuple[int, int], int] = {}
        paragraphs: list[list[str]] = [[] for _ in req.articles]
        for row, a in enumerate(articles):
            rows_of[(int(a), len(paragraphs[a]))] = row
            paragraphs[a].append(texts[row])
        ranking = [rows_of[at] for at in sumy_ranking(req.method, paragraphs, req.language)]
        picks = _fill(ranking, texts, req.budget)

    score = {p.row: p.score for p in picks}
    members = {row: _but_same_people(row, _stated_by(row, clusters, links, set(score)),
                                     texts, named, lede, found, req.language) for row in score}
    if encoding is not None:
        unsure = candidates(list(score), members, articles, event, X, named, found)
        for row, other in encoder.in_other_words(unsure, texts, ENCODE_AT_MOST, encoding):
            members[row] = sorted([*members[row], other])
    # the brief's figures read again with their units and the nouns after them; the sentences
    # that give a toll or name a thing they count, for disagreements outside their facts
    own = {row: figures(texts[row], req.language, measured=True) if found[row] else []
           for row in score}
    tolled = np.array([gives_toll(these) for these in found], dtype=bool)
    counting = counted_things(found, own.values(), texts, req.language)
    # and the sentences around each in its article, which may give another party's figure,
    # and those that name a true figure for one a brief sentence gives
    around = {row: [r for r in np.flatnonzero(articles == articles[row]).tolist()
                    if abs(pool[r].index - pool[row].index) <= BESIDE] for row in score}
    answered = disputing(texts, articles, np.array([s.index for s in pool]), found,
                         req.language)
    brief = [attribute(row, score[row], pool, X, order, report, found, own[row], req.language,
                       members[row], rivals(row, own[row], tolled, counting, event, report,
                                            found, placed, common, {*members[row], *score},
                                            texts, req.language),
                       beside(row, around[row], texts, found, placed, common, req.language,
                              set(score)),
                       disputes(own[row], answered, found,
                                [r for r in answered if event[r] == event[row] and r != row]))
             for row in reading_order(list(score), articles, rank[event], members, posted,
                                       lede)]
    cited = {source for item in brief for source in item["sources"]}
    ids = [a.id for a in req.articles]
    kept = dict(zip(ids, np.bincount(articles, minlength=k).tolist(), strict=True))
    listed = [
        {"id": a.id, "title": title, "source": a.source, "url": a.url,
         "published": a.published, "sentences": sizes[a.id], "kept": kept[a.id],
         "cited": a.id in cited, "copy_of": None if original is None else ids[original]}
        for a, title, original in zip(req.articles, titled, copy_of, strict=True)
    ]
    several: dict[str, Any] = {}
    if len(rank) > 1:  # a story followed over several events: the brief is its timeline
        timeline = event_list(event_of.tolist(), rank.tolist(), days, ids)
        place = rank[event_of].tolist()
        for item in brief:
            item["event"] = timeline[place[order[item["article"]]]]["id"]
        several["events"] = timeline
    return {
        "brief": brief,
        "quotes": quotes(pooled.heard, order, root_of.tolist(), req.language, req.quotes,
                         [item["text"] for item in brief]),
        "articles": listed,
        **several,
        "warnings": warnings(listed, kept, brief, req.budget),
        "method": req.method,
        "language": req.language,
        "stats": {
            "articles": len(req.articles),
            "sentences": sum(sizes.values()),
            "kept_sentences": len(pool),
            "clusters": int(clusters.max()) + 1 if len(clusters) else 0,
            "events": int(event_of.max()) + 1 if len(event_of) else 0,
            "elapsed_ms": round((time.perf_counter() - started) * 1000),
        },
    }
