"""Cleaning: the prose of the story is kept, verbatim; the furniture of the page is dropped."""

from __future__ import annotations

import pytest

from summarizer.text.clean import clean, first_post, released
from summarizer.text.split import split_article

LEAD = ("The Harbor Bridge in Millford collapsed into the Grey River on Tuesday morning, "
        "killing four people.")
RESCUE = "Rescue crews pulled 11 survivors from the water before noon, Fire Chief Ana Ruiz said."
WARNING = "Engineers had warned in 2019 that the steel supports of the bridge were corroded."
HEADLINE = "Harbor Bridge collapse kills four in Millford"


def kept(text: str, title: str = "") -> list[str]:
    return [k.sentence.text for k in clean(split_article("a", text), title)]


def kept_around(line: str) -> list[str]:
    """What is kept of a line standing between two paragraphs of the story."""
    return kept(f"{LEAD}\n{line}\n{RESCUE}\n")


def test_prose_is_kept_verbatim_in_order() -> None:
    text = f"{LEAD}\n\n{RESCUE} {WARNING}\n"
    assert kept(text) == [LEAD, RESCUE, WARNING]


def test_kept_sentences_keep_their_place_in_the_article() -> None:
    text = f"Bridge disaster\n{LEAD}\nPhoto: the river\n{RESCUE}\n"
    sentences = split_article("a", text)
    for k in clean(sentences):
        original = sentences[k.sentence.index]
        assert k.sentence.article == "a"
        assert original.text.endswith(k.sentence.text)


@pytest.mark.parametrize(
    "line",
    [
        "Harbor Bridge collapse kills four in Millford",
        "Bridge disaster: what we know so far",
        "Photo: Divers search the Grey River",
        "Show Caption",
        "Related Articles",
        "Advertisement",
        "Latest Posts",
        "Tuesday, April 8, 2025",
        "Share this story",
    ],
)
def test_headlines_and_labels_are_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize("line", [
    "You have 3 free articles remaining this month.",
    "You have one free story left this week.",
    "27 comments | Comments are moderated and may take a day to appear.",
    "Comments are subject to our community guidelines, which you can read here.",
    "This site uses cookies to improve your experience.",
    "[This article was automatically translated from Dutch.]",
    "This text was translated by machine; we apologise for any errors.",
    "The original version is authoritative.",
    "Thanks for following along, and stay safe.",
    "More to follow.",
    "Sign up free.",
    "Premium subscribers can download the full engineering report in our archive.",
    "This article was automatically translated.",
    "Translated by VerbaLink.",
    "Original in Danish.",
    "Thanks for joining us.",
    "Media requires JavaScript to play.",
    "You've read 4 of 5 free articles this month.",
    "Subscribe for 1 euro a week to keep reading.",
    "Good morning and welcome to our live coverage of the bridge collapse.",
    "We're wrapping up our live coverage for tonight.",
    "We'll be back at 6 a.m.",
    "An earlier version said the span was 60 metres long.",
    "The translation may contain errors.",
    "This translation was created automatically.",
    "The River Digest newsletter brings you the week's flood news every Friday.",
    "That's where we'll leave our live coverage for today.",
    "The Gazette will bring readers more on this story as it develops.",
    "We will update this article as more information becomes available.",
    "I'm Sam Roe and I'll be bringing you the latest throughout the day.",
    "Additional reporting by Sam Roe.",
    "12:58 a.m.",
    "Divers search the river below the bridge in Millford, Oregon, April 8, 2025.",
])
def test_page_furniture_written_as_sentences_is_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize("line", [
    "The mayor apologised for the delay in closing the bridge to traffic.",
    "Engineers translated the 1931 plans from the original German for the inquiry.",
    "Residents' comments at the meeting were angry, and the council promised answers.",
    "Ana Ruiz is the county's chief engineer and led the inspection in March.",
    "Divers could only watch: the current was too strong to go in.",
    "Get-well messages poured in by email from across the country.",
    "Forecasters expect the storm to weaken as it develops over colder water.",
    '"Customers can follow every update on our app," the airline said.',
    'Strikers outside the council offices chanted "We\'ll be back" as the vote passed.',
    "Readers of the Herald funded the first search boats, the mayor said.",
    "The county will vote on a new bridge on Tuesday, April 15, 2025.",
    "The bridge reopens at 6:00 a.m. on Monday, the county said.",
])
def test_story_sentences_near_those_words_are_kept(line: str) -> None:
    assert kept_around(line) == [LEAD, line, RESCUE]


def test_free_articles_of_the_story_are_kept() -> None:
    line = "The council published 12 free articles on flood safety after the collapse."
    assert kept_around(line) == [LEAD, line, RESCUE]


@pytest.mark.parametrize("line", ["Sad.", "Breaking news!", "Read more."])
def test_too_short_to_be_a_sentence_is_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize(
    "line",
    [
        "https://www.millford-herald.example/2025/04/bridge-collapse",
        "Read the council's report at www.millford.example/reports/bridge.",
        "Send your photos of the scene to newsdesk@herald.example.",
        "More coverage of the collapse on MillfordNews.com.",
    ],
)
def test_link_lines_are_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe",
        "By JANE DOE and SAM ROE",
        "Jane Doe | Staff Writer",
        "Reporting by Jane Doe; Editing by Sam Roe.",
        "Sam Roe contributed to this report.",
        "Associated Press writer Sam Roe contributed to the report from Millford.",
    ],
)
def test_bylines_are_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize("line", ["By Jane Doe, Associated Press.",
                                  "By JANE DOE and SAM ROE, Staff Writers."])
def test_punctuated_bylines_are_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "LEAVE A REPLY",
        "Please enter your comment!",
        "Please enter your name here",
        "Enter your email address to subscribe.",
        "Leave a comment below and tell us what you think.",
        "Sign up for our newsletter to get the latest Millford news every morning.",
        "Subscribe to the Herald for unlimited access to local news.",
        "Click here to read the full report on the collapse.",
        "Follow us on social media for live updates from the river.",
        "Copyright 2025 Millford Herald. All rights reserved.",
        "This story has been updated with the number of survivors.",
        # other sites' prompts
        "We use cookies to give you the best experience on our website.",
        "By continuing to browse this site you agree to our terms.",
        "Disclosure: I hold no shares in Millford Bridge Holdings or its contractors.",
        # a timeline's entry
        "August 21: notified of adverse finding; provisionally suspended.",
        "3 September 2026: appeal lodged with the sports court.",
        "Please enable JavaScript to watch this video.",
        "Comments are closed.",
        "Thank you for subscribing!",
        "Have a news tip? Email tips@millfordherald.com.",
        "Want more stories like this? Get our free morning newsletter.",
        "This article has been shared 1,204 times.",
        # notes on the article, paywalls, appeals and app or video prompts
        "Correction: An earlier version of this story misstated the number of people killed.",
        "An earlier version of this article gave the wrong date for the collapse.",
        "Editor's note: This story contains graphic descriptions.",
        "Note: Individual commissioners may have statements on this recall.",
        "NOTE: This story has been corrected to show the bridge opened in 1961.",
        "Sign in to read more.",
        "This content is for subscribers only.",
        "Our journalism relies on readers like you.",
        "Support independent journalism today.",
        "Download our app for breaking news alerts.",
        "Listen live to Harbour FM on our free app.",
        "Watch the full video above.",
        "Read the full report here.",
        # questions to the reader
        "Do you live near the bridge?",
        "Have you been affected by the collapse? Email us.",
        "What's your memory of the old bridge? Tell us in the comments below.",
        # a live story's prompts
        "Watch live coverage on Channel 5.",
        "This is a developing story. Check back for updates.",
        # a round-up's turn to another story
        "In other news, organisers said Saturday's fun run along the quay would go ahead.",
        "Elsewhere in the news, the Millford library reopens on Monday after repairs.",
        # calls to action
        "Buy the official cup final shirt in the club shop now.",
        "Try our new AI features for free.",
        "Share this story with a friend.",
        "Find out more about our coverage of the floods.",
        # requests to reach the outlet or the company
        "Contact our investigations desk securely.",
        "For more information, call our helpline at 1-800-555-0142, Monday through Friday.",
        "Visit our website for the full list of closed roads.",
        "Tell us your story in the form below.",
        # paywalls, the page's notes on itself, prompts whose reader goes without saying
        "Sign up here.",
        "Create a free account to continue reading.",
        "Already a subscriber? Log in.",
        "This article was produced by the Millford Herald's data team.",
        "This story was originally published by the Millford Herald.",
        "The views expressed in this article are the author's own.",
        "Originally published April 8, 2025 at 10:32 am.",
        "Got a story? Email news@millfordherald.com.",
        "Enjoyed this article? Share it with a friend.",
        "Have your say in the comments below.",
    ],
)
def test_comment_forms_and_newsletter_prompts_are_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize("line", ["Your email address will not be published.",
                                  "Get the latest headlines delivered to your inbox every day."])
def test_more_comment_form_and_newsletter_sentences_are_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize(
    "line",
    [
        "The city's weekly newsletter had warned residents to avoid the bridge.",
        "A bakery on the bridge sold cookies to commuters every morning.",
        "Police said a tip from a ferry pilot led them to the second car.",
        "Comments from the mayor's office were not returned on Tuesday.",
        "The city's parking app crashed for thousands of drivers during the storm.",
        "Engineers watched the video of the collapse frame by frame.",
        "The full report will be published next week, the ministry said.",
        "The correction officers' union said all its members were safe.",
        "\u201cDo you know what it is like to watch a bridge fall?\u201d a witness asked.",
        "Crowds gathered on the bank to watch live divers search the river on Wednesday.",
        "Share prices of the bridge's builder fell 4% on Tuesday.",
        "Order was restored on the bank by the evening, police said.",
        "Book sales about the old bridge have soared since the collapse.",
        "Try as they might, the divers could not reach the second car.",
        "Call the police if you see the grey van, detectives said on Wednesday.",
        "Contact with the second car was lost at 9 a.m., the coastguard said.",
        "Already the river had risen two metres by noon, the coastguard said.",
        "Sign up sheets for volunteers were posted at the town hall on Wednesday.",
        "The views of residents were split, a county survey found.",
        "This story was first reported by the Millford Herald on Monday.",
    ],
)
def test_story_sentences_that_name_the_same_things_stay(line: str) -> None:
    assert kept_around(line) == [LEAD, line, RESCUE]


@pytest.mark.parametrize("line", [
    "Anyone who saw the grey van on Tuesday is asked to call Millford police on 555-0143.",
    "Police asked anyone with information to contact detectives at the Grey River station.",
    "Anyone with information should call the Millford Crime Stoppers line.",
    "If you have information, call the county's tip line at 970-555-0143.",
    "Witnesses are being urged to contact the coastguard.",
    "The driver is described as about 5 feet 10 inches tall, of slim build, with short grey "
    "hair.",
    "He was last seen wearing a dark blue jacket and white trainers.",
])
def test_an_appeal_for_information_is_dropped(line: str) -> None:
    """An appeal to the public, a tip line's number, the description of someone missing or
    wanted: a notice to the reader that states nothing of the story."""
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize("line", [
    "People who saw the collapse called the fire brigade within a minute, the chief said.",
    "The police tip line received 300 calls by Wednesday evening.",
    "The builder has been asked to contact every family that lost a car in the river.",
    "Engineers described as \u201cshocking\u201d the state of the bridge's steel supports.",
])
def test_a_fact_about_calls_and_tips_is_kept(line: str) -> None:
    assert kept_around(line) == [LEAD, line, RESCUE]


CUT = ("The repairs will cost about $40 million, making it the largest public works project "
       "in Millford since the dam was built,")


def test_a_paragraph_cut_short_at_a_comma_is_kept() -> None:
    """A scraped page may lose a paragraph's end: what is left still states its fact, for the
    other articles' sentences to be linked to (the brief never shows it: it does not stand
    alone). A line of a few words ending in a comma, or with no verb, is no such sentence.
    (Paragraphs apart: a line ending in a comma runs on into the next, as wrapped text does.)"""
    def between(paragraph: str) -> list[str]:
        return kept(f"{LEAD}\n\n{paragraph}\n\n{RESCUE}\n")

    assert between(CUT) == [LEAD, CUT, RESCUE]
    assert between("Dear readers,") == [LEAD, RESCUE]
    assert between("Millford, the Grey River and the old Harbor Bridge, in pictures,") == [
        LEAD, RESCUE]


VIDEO = "Divers search the Grey River after the Harbor Bridge collapse."
SPAN = "The bridge carried 30,000 vehicles a day across the river."
CLOSED = "The port authority closed the river to shipping until Friday."


def test_a_line_the_page_prints_twice_is_furniture_in_both_places() -> None:
    # a video's description printed under it and again as a summary's first point
    text = (f"Show Caption\nHide Caption\n{VIDEO}\n{VIDEO}\n{LEAD}\n{RESCUE}\n{WARNING}\n"
            f"{SPAN}\n{CLOSED}\n")
    assert kept(text) == [LEAD, RESCUE, WARNING, SPAN, CLOSED]


def test_a_repeat_differing_only_in_white_space_and_case_is_furniture_too() -> None:
    text = f"{LEAD}\n{VIDEO}\n  {VIDEO.upper().replace(' ', '  ')}\n{RESCUE}\n{WARNING}\n"
    assert kept(text) == [LEAD, RESCUE, WARNING]


def test_a_sentence_repeated_inside_a_paragraph_is_kept_once() -> None:
    # not a line of its own twice: a paragraph that repeats a sentence of another
    text = f"{LEAD}\n{RESCUE} {WARNING}\n{SPAN} {RESCUE}\n"
    assert kept(text) == [LEAD, RESCUE, WARNING, SPAN]


def test_an_article_pasted_twice_is_read_once() -> None:
    once = f"{LEAD}\n{RESCUE}\n{WARNING}\n"
    assert kept(once + once) == [LEAD, RESCUE, WARNING]
    assert kept(once + "\n" + once + CLOSED + "\n") == [LEAD, RESCUE, WARNING, CLOSED]


def test_headline_run_into_first_paragraph_is_cut_off() -> None:
    headline = HEADLINE
    text = f"{headline}\n{headline} {LEAD}\n{RESCUE}\n"
    assert kept(text) == [LEAD, RESCUE]


def test_title_run_into_first_paragraph_is_cut_off() -> None:
    title = "Four dead as Millford bridge falls into river"
    text = f"{title} {LEAD}\n{RESCUE}\n"
    assert kept(text, title=title) == [LEAD, RESCUE]


@pytest.mark.parametrize("dateline", ["Tuesday, March 4, 2014 ", "March 4, 2014 ",
                                      "Tuesday, March 4, 2014"])  # glued on, as pages paste it
def test_date_line_run_into_first_paragraph_is_cut_off(dateline: str) -> None:
    assert kept(f"{dateline}{LEAD}\n{RESCUE}\n") == [LEAD, RESCUE]


def test_cut_off_sentence_is_verbatim_and_keeps_its_index() -> None:
    title = "Four dead as Millford bridge falls into river"
    sentences = split_article("a", f"{title} {LEAD}\n{RESCUE}\n")
    first = clean(sentences, title)[0].sentence
    assert first.text == LEAD
    assert first.index == 0 and sentences[0].text == f"{title} {LEAD}"


def test_a_sentence_that_merely_starts_like_the_title_is_kept_whole() -> None:
    title = "Rescue crews pulled 11 survivors"
    assert kept(f"{LEAD}\n{RESCUE}\n", title=title) == [LEAD, RESCUE]


def test_blocks_are_separated_by_runs_of_dropped_lines() -> None:
    story = f"{LEAD}\n{RESCUE}\n"
    labels = "Related Articles\nCouncil approves parking rules\nBakery wins bread prize\n"
    other = ("The Elm Street bakery won a national prize for its sourdough loaf on Monday.\n"
             "Its owner said she would spend the prize money on a second oven.\n")
    result = clean(split_article("a", story + labels + other))
    texts = [k.sentence.text for k in result]
    assert texts[:2] == [LEAD, RESCUE] and len(texts) == 4
    blocks = [k.block for k in result]
    assert blocks[0] == blocks[1]
    assert blocks[2] == blocks[3]
    assert blocks[2] != blocks[1]


def test_consecutive_paragraphs_share_a_block() -> None:
    result = clean(split_article("a", f"{LEAD}\n\n{RESCUE}\n\n{WARNING}\n"))
    assert len(result) == 3
    assert len({k.block for k in result}) == 1


def test_blocks_never_decrease() -> None:
    text = (f"{LEAD}\nA\nB\nC\n{RESCUE}\nD\nE\n{WARNING}\n"
            "The council will meet on Friday to discuss the collapse.\n")
    blocks = [k.block for k in clean(split_article("a", text))]
    assert blocks == sorted(blocks) and len(set(blocks)) == 3


def test_nothing_kept_from_nothing_but_furniture() -> None:
    assert kept("Home\nNews\nLocal\nLeave a Reply\nPlease enter your comment!\n") == []


@pytest.mark.parametrize(
    "dateline",
    [
        "MILLFORD, Ore., April 8 (Reuters) - ",  # wire, agency and date
        "MILLFORD, Oregon (AP) — ",  # wire, region
        "MILLFORD—",  # broadsheet, no spaces
        "NEW MILLFORD-",  # a hyphen for a dash, no spaces
        "MILLFORD (DRESNA), 12 GEN (AGN) - ",  # a province between the place and the date
        "MILLFORD (SNB) ",  # a Nordic wire's, with no dash
        "(CNN) — ",  # broadcaster
        "MILLFORD, April 8, 2025 (Xinhua) -- ",  # state agency, double hyphen
        "10:32 AM EDT 8 Apr — ",  # a live page's time stamp
        "14:05 — ",  # a live page's time stamp, on a 24-hour clock
        "15.02 - ",  # the hour and the minutes set apart by a point, as much of Europe writes
        "10 agosto, 15:35 - ",  # after the day's date, its month in words
        "8 March, 09:40 \u2013 ",
        "Tuesday, 4:28 PM - ",  # after the day of the week
        "17:55 | ",  # a bar for the dash
        "20:10 \u00b7 ",  # or a middle dot
        "18 h 10 - ",  # a French live page's hour, its "h" set apart
        "18:40 UPDATE | ",
        "MILLFORD, Ore. (AP) _ ",  # wire copy typed without a dash
        "MILLFORD _ ",
        "MILLFORD, Ore., April 8, 2025 /PRNewswire/ -- ",  # press releases
        "MILLFORD, Ore., April 8, 2025 /GLOBE NEWSWIRE/ -- ",
        "Millford, 8 April 2025 \u2013 ",  # a press release's place in title case, full date
        "Millford, Oregon, April 8, 2025 \u2014 ",
        "Millford - ",  # a foreign desk's place in title case
        "Millford (dnd) - ",  # and its agency, as German wires set it
        "Millford (Reuters) - ",
        "Millford / Dresna - ",  # and its correspondent's
        "Millford/Dresna \u2013 ",
        "MILLFORD, Ore., and DRESNA, Calif., April 8, 2025 \u2014 ",  # a release from two places
    ],
)
def test_a_dateline_is_cut_off_and_the_sentence_kept_verbatim(dateline: str) -> None:
    sentences = split_article("a", f"{dateline}{LEAD}\n{RESCUE}\n")
    result = clean(sentences)
    assert [k.sentence.text for k in result] == [LEAD, RESCUE]
    assert sentences[0].text.endswith(result[0].sentence.text)


@pytest.mark.parametrize(("dateline", "lead", "language"), [
    ("VILLAMENC\u00cdA, 13 Ene. (AIN) \u2013 ", "Dos residentes han muerto en el incendio de una "
     "residencia de mayores de Villamencía.", "spanish"),
    ("ROCHEVAL, 13 déc. (AFD) - ", "Deux résidents sont morts dans l'incendie d'une maison de "
     "retraite de Rocheval.", "french"),
    ("VALDORA, 13 ago. (AGN) - ", "Due anziani sono morti nell'incendio di una casa di riposo "
     "di Valdora.", "italian"),
    ("VALDOURA, 13 set. (AA) \u2013 ", "Dois idosos morreram no incêndio de um lar em "
     "Valdoura.", "portuguese"),
])
def test_a_wire_s_dateline_with_its_month_abbreviated_is_cut_off(dateline: str, lead: str,
                                                                 language: str) -> None:
    """A wire's month abbreviated in its dateline ("13 Ene.", "13 déc.") ends no sentence in
    the languages that abbreviate it so, and the dateline goes, its lede kept."""
    sentences = split_article("a", f"{dateline}{lead}\n", language)
    assert [k.sentence.text for k in clean(sentences, language=language)] == [lead]


@pytest.mark.parametrize("label", ["Millford Bridge Collapse: ", "WATCH: ", "Advertisement ",
                                   "LIVE: MILLFORD (Reuters) - ", "UPDATE 10:05 p.m.: ",
                                   "UPDATED 3:15 PM EDT: ", "Update - ", "Identified - ",
                                   "Resolved \u2013 ", "80 min: ", "90+2 min: ", "67' ",
                                   "45+1\u2019 - ", "12th minute: ", "11:20 AM ET: ",
                                   "9:20 a.m.: ", "16:05 ", "9:40 ", "UPDATE 2: ",
                                   "UPDATE, 16:40 local time: ", "Update, 15:05: ",
                                   "UPDATE, Apr 8, 15:10 GMT: ", "UPDATE 18:30 UTC: ",
                                   "BREAKING - ", "Summary: ", "Quick recap: ",
                                   "TL;DR: ", "13h05 - ", "+++ Montag, 14:50 Uhr +++ ",
                                   "8.10 pm IST: ", "UPDATE March 11: ",
                                   "UPDATE (11 March): ", "Update, Nov. 17: ",
                                   # a live page's day and time, and its update
                                   "Tuesday 07:00: ", "Måndag 14.10: ",
                                   "Onsdag 08.30 UPPDATERING: ", "Mardi 18h45: ",
                                   "UPPDATERAT 18:05: ", "AGGIORNAMENTO: ",
                                   # an update in the other languages' words
                                   "Nachtrag, 16.30 Uhr: ", "Mise à jour, 10 h 02 : ",
                                   "Actualización, 18:40: ", "Uppdatering 14.10: ",
                                   # a kicker in capitals with accents
                                   "ÚLTIMA HORA: ", "DERNIÈRE MINUTE : "])
def test_a_kicker_or_label_glued_to_a_sentence_is_cut_off(label: str) -> None:
    assert kept(f"{label}{LEAD}\n{RESCUE}\n") == [LEAD, RESCUE]


def test_a_live_stamp_before_a_quotation_in_guillemets_is_cut_off() -> None:
    """A French live page's "12h20 — « … »": the stamp goes, the quotation stays."""
    post = "« Nous avions alerté le bailleur à trois reprises », affirme le collectif."
    assert kept(f"{LEAD}\n12h20 \u2014 {post}\n") == [LEAD, post]


@pytest.mark.parametrize("stamp", ["7.40pm: ", "Tuesday 07:00: ", "9:40 ", "19:40 - "])
def test_a_stamp_before_a_hyphenated_name_is_cut_off_and_the_name_kept(stamp: str) -> None:
    """A live page's post that opens with a name written with a hyphen ("Okonjo-Hale"): the
    hyphen is no dash that ends a label."""
    post = "Okonjo-Hale says she will challenge the result of the count in court."
    assert kept(f"{LEAD}\n{stamp}{post}\n") == [LEAD, post]


@pytest.mark.parametrize("head", ["Road closures: ", "Damage assessment: ", "Breaking news: ",
                                  "Rescue crews: ", "What happened: ", "Why it matters: ",
                                  "What we know so far: "])
def test_a_run_in_head_in_sentence_case_is_cut_off(head: str) -> None:
    """A press release's or a live page's section head run into its paragraph's first
    sentence."""
    assert kept(f"{LEAD}\n{head}{RESCUE}\n") == [LEAD, RESCUE]


@pytest.mark.parametrize("line", [
    # words that bring in someone's account, or a speaker
    "She vowed: Millford will have a new bridge before the winter is out.",
    "Divers were exhausted: Eleven people had been pulled from the river by noon.",
    "Police confirmed: Two more bodies were recovered from the river on Tuesday.",
    "Police: Two more bodies were recovered from the river on Tuesday evening.",
])
def test_words_before_a_colon_that_are_no_head_stay(line: str) -> None:
    assert kept_around(line) == [LEAD, line, RESCUE]


@pytest.mark.parametrize(("language", "lede", "head", "sentence"), [
    ("english", LEAD, "Diversion: ",
     "Traffic over the river is being diverted via the Old Mill crossing until Friday."),
    ("english", LEAD, "Evacuations: ",
     "Mandatory evacuation orders remain in effect for the houses along Water Street."),
    ("german", "Zwei Regionalzüge sind am Montagmorgen im Bahnhof Moosried zusammengestoßen.",
     "Sachschaden: ", "Der Sachschaden wird vorläufig auf rund 1,5 Millionen Euro geschätzt."),
    ("german", "Zwei Regionalzüge sind am Montagmorgen im Bahnhof Moosried zusammengestoßen.",
     "Streckensperrung: ", "Die Bahnstrecke bleibt bis Freitagabend für den Verkehr gesperrt."),
])
def test_a_one_word_head_that_its_sentence_words_again_is_cut_off(
        language: str, lede: str, head: str, sentence: str) -> None:
    """A police report's or a status page's section head of one word, which the sentence after
    it says in its own words: a speaker's name ("Police: …", above) is not said again."""
    sentences = split_article("a", f"{lede}\n\n{head}{sentence}\n", language)
    assert [k.sentence.text for k in clean(sentences, "", language)] == [lede, sentence]


def test_a_one_word_head_before_a_quotation_stays() -> None:
    line = "Carrow: \"We are not going to stop until the bridge is rebuilt, not this year.\""
    assert kept_around(line) == [LEAD, line, RESCUE]


def test_a_run_in_head_of_furniture_leaves_the_line_dropped() -> None:
    """"Read more:" makes its line a link to another story: cutting it off would keep one."""
    assert kept_around("Read more: How the Millford bridge was built in 1931") == [LEAD, RESCUE]


@pytest.mark.parametrize("stamp", ["date 2025-04-08 ", " date 2025-04-08 ", "2025-04-08 ",
                                   "Updated: 2025-04-08T10:32Z ", "Published 2025-04-08 10:32 ",
                                   "posted 2025-04-08T10:32:00+02:00 "])
def test_a_date_stamp_in_numbers_glued_to_the_lede_is_cut_off(stamp: str) -> None:
    """A page's record of when it was written, run into its first sentence by the scraper."""
    sentences = split_article("a", f"{stamp}{LEAD}\n{RESCUE}\n")
    assert [k.sentence.text for k in clean(sentences)] == [LEAD, RESCUE]


@pytest.mark.parametrize("line", [
    "2025-04-08 was the day the inspectors had set for their last visit to the bridge.",
    "Report 2025-04-08 of the county engineers found the supports sound, the mayor said.",
    "24:00 Hours of Millford, the town's yearly relay race, was called off after the collapse.",
])
def test_a_sentence_that_opens_with_a_date_in_numbers_is_kept_whole(line: str) -> None:
    assert kept_around(line) == [LEAD, line, RESCUE]


@pytest.mark.parametrize(
    "line",
    [
        "Fire Chief Ana Ruiz: “We pulled 11 people from the water before noon.”",
        "NASA — the space agency — said it would lend satellite images of the river.",
        "By Tuesday at 10:30, rescuers had pulled 11 people from the river.",
        "Updated figures from the county put the damage at $40 million.",
        "Resolved - or so the county hoped - the dispute over the bridge dragged on for years.",
        "Monitoring of the river banks - a job for three crews - will go on until May.",
        "The mayor said: “This is the darkest day our city has known.”",
        "Divers said the Harbor Authority \u2013 Coast Guard photo logs show the span fell at 6.",
        "90 minutes passed before the first boat reached the span, divers said.",
        "45 minutes later, Coast Guard divers reached the cars on the river bed.",
        "2025: The year the bridge fell, a county report on the collapse, is out on Monday.",
        "On Tuesday, 8 April 2025 \u2013 the day of the collapse \u2013 the river was high.",
        "Millford, a town of 9,000, lost its only bridge - and its ferry - in the flood.",
        "Ruiz - a diver for 20 years - said the span fell at 6.",
        "Breaking news of the collapse reached the valley towns only at noon.",
        "Update your app to see the river levels the county posts each hour.",
        "ARDENT-3 enrolled 9,412 adults at 642 sites in 31 countries.",  # a trial's name
        "MH-17 was shot down over the valley in July 2014, investigators said.",
        "HORIZON-AD enrolled 1,800 adults at 212 sites in 14 countries.",  # a trial's name
        # a compound of an abbreviation and a word: no dateline has a hyphen that touches both
        "US-Dresnian talks on the bridge's repair resume in Millford on Monday, officials said.",
        "EU-Kommissar Lars Brenner besuchte am Montag die eingestürzte Brücke in Millford.",
    ],
)
def test_sentences_that_merely_look_like_labels_are_kept_whole(line: str) -> None:
    assert kept_around(line) == [LEAD, line, RESCUE]


@pytest.mark.parametrize(
    "caption",
    [
        "Divers search the Grey River near the bridge on Tuesday. (AP Photo/Sam Roe)",
        "Divers search the Grey River near the bridge. (Photo by Sam Roe/Getty Images)",
        "Divers search the river on Tuesday, April 8, 2025. (Image: Millford Herald)",
        "Mandatory Credit: Photo by Sam Roe/Shutterstock (13833512k).",
        "Ana Ruiz, who runs the ferry with her brother, on the quay on Tuesday. Credit: Sam Roe "
        "for the Millford Herald",
        "FILE - The Harbor Bridge is seen from the river bank in Millford, Ore., on June 2, 2019.",
        "A diver enters the Grey River. Sam Roe/AFP via Getty Images",
        "The collapsed span at dawn on Wednesday. Four people died. \u2014 HERALD/AGENCY Photo |",
        "Rescue boats on the Grey River. | Millford Herald Photo.",
        "Pictured: Divers lead a survivor from the Grey River last night.",  # a tabloid's
        "The mayor leaves the river bank in Millford on Tuesday. (Sam Roe/The Herald)",
        "Divers search the Grey River near the bridge (Sam Roe/PA)",
        "Caption: Divers search the Grey River near the bridge on Tuesday.",
        # a photographer or an agency in capitals after a slash, as Spanish papers set them
        "Divers search the Grey River near the bridge, on Tuesday morning. / SAM J. ROE",
        "Rescue boats on the Grey River, on Tuesday. / HERALD AGENCY",
        # an editor's note in square brackets, one sentence or more
        "[Photo caption: The remains of the packhorse bridge, which stood for 250 years.]",
        "[Foto: Médicos del hospital, en la puerta de urgencias. Archivo.]",
        "[Advertisement]",
    ],
)
def test_captions_and_photo_credits_are_dropped(caption: str) -> None:
    assert kept_around(caption) == [LEAD, RESCUE]


@pytest.mark.parametrize(
    "line",
    [
        "Divers reached the car at 50 metres an hour against a current of 9 (km/h).",
        "The bridge will be rebuilt with money from both governments (Millford/Ore).",
        "The strike was called by both unions, the GMB / UNITE.",
    ],
)
def test_a_slash_in_brackets_that_credits_no_one_is_kept(line: str) -> None:
    assert kept_around(line) == [LEAD, line, RESCUE]


def test_a_wire_signature_after_a_slash_leaves_its_sentence() -> None:
    """A wire's signature ending its text ("… i år. /TT") credits no picture: the sentence
    before it is the story's."""
    line = "Divers reached the car at 50 metres an hour against a strong current."
    assert kept_around(line + " /MHA") == [LEAD, line, RESCUE]


@pytest.mark.parametrize(
    "line",
    [
        "[1] Divers reached the car at 50 metres an hour against a strong current.",
        "Divers reached the car at 50 metres an hour against a strong current [1].",
    ],
)
def test_a_line_bracketed_only_in_part_is_kept(line: str) -> None:
    assert kept_around(line) == [LEAD, line, RESCUE]


@pytest.mark.parametrize(
    "stamp",
    [
        "By Jane Doe, Reuters | Updated 10:32 a.m. ET, April 8, 2025.",
        "By Sam Roe and Jane Doe Published 3 hours ago.",
        "Published 3 hours ago.",
        "Last updated: April 8, 2025 at 10:32 am.",
        "Posted on 8 April 2025, 14:03 BST.",
    ],
)
def test_bylines_and_time_stamps_are_dropped(stamp: str) -> None:
    assert kept_around(stamp) == [LEAD, RESCUE]


@pytest.mark.parametrize(
    "line",
    [
        "Copyright (c) 2025 Millford Herald Media.",
        "© 2025 Millford Herald Media Group.",
        "Please follow Jane Doe on X at @janedoe for updates from the river.",
        "Harbor Bridge Collapse Kills Four In Millford.",  # a headline set as a sentence
    ],
)
def test_credits_prompts_and_headlines_set_as_sentences_are_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize("line", ["What happens to the bridge now?",
                                  "Where were the divers searching on Tuesday?"])
def test_a_question_alone_on_its_line_is_a_subhead(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


@pytest.mark.parametrize("line", ["“Why did nobody close the bridge sooner?”",
                                  "Residents asked why the bridge had stayed open. Would the "
                                  "council pay for the repairs?"])
def test_a_quoted_question_or_one_inside_a_paragraph_is_kept(line: str) -> None:
    assert len(kept_around(line)) > 2


@pytest.mark.parametrize("line", [
    "Divers are still searching the Grey River near the bridge #Millford #BridgeCollapse.",
    "Sign up to get the latest news, special offers and announcements from the Herald.",
    "Be the first to hear our special announcements and the latest news from Millford.",
])
def test_social_posts_and_newsletter_prompts_are_dropped(line: str) -> None:
    assert kept_around(line) == [LEAD, RESCUE]


def test_a_number_sign_that_is_no_hashtag_is_kept() -> None:
    line = "The bridge's pier #4 and pier #5 cracked first, the engineers said."
    assert kept_around(line) == [LEAD, line, RESCUE]


@pytest.mark.parametrize("opening", [
    "Rescue boats on the Grey River below the Harbor Bridge in Millford.",  # a picture's caption
    "Divers search the river near the fallen span of the bridge.",  # a present-tense caption
    "Harbor Bridge falls into the Grey River.",  # a headline set as a sentence
    # a caption whose only verb is a relative clause's
    "Ana Ruiz, who runs the ferry with her brother, on the quay at Millford.",
    "Sea walls at Millford Point, where the cliffs have retreated by 30 metres.",
])
def test_an_opening_sentence_without_a_verb_of_its_own_is_a_caption(opening: str) -> None:
    assert kept(f"{opening}\n\n{LEAD}\n{RESCUE}\n") == [LEAD, RESCUE]


def test_a_long_opening_sentence_in_the_present_tense_is_no_caption() -> None:
    """An analysis opens in the present tense, with no auxiliary or past tense to show its
    verbs, in a sentence longer than any caption: it is the article's lede."""
    opening = ("The city council's vote to close the Harbor Bridge for good ends, for now, a "
               "decade-long fight over the crossing, and leaves thousands of commuters on the "
               "north bank facing a detour of several miles each way.")
    assert kept(f"{opening}\n\n{LEAD}\n{RESCUE}\n") == [opening, LEAD, RESCUE]


@pytest.mark.parametrize("opening", [
    "The Harbor Authority today launches a night ferry across the Grey River.",
    "The county now runs a shuttle bus over the upstream bridge.",
])
def test_an_opening_sentence_with_a_verb_in_the_present_after_today_or_now_is_kept(
        opening: str) -> None:
    """A press release states what its writer does today, in the present: no caption."""
    assert kept(f"{opening}\n\n{LEAD}\n{RESCUE}\n") == [opening, LEAD, RESCUE]


@pytest.mark.parametrize("opening", [
    "The harbour authority closes the Harbor Bridge, which carried 30,000 cars a day, to all "
    "traffic until further notice.",
    "The footage, which was shown to the county board was described as chilling.",
])
def test_an_opening_with_a_verb_of_its_own_beside_a_relative_clause_is_kept(
        opening: str) -> None:
    assert kept(f"{opening}\n\n{LEAD}\n{RESCUE}\n") == [opening, LEAD, RESCUE]


def test_an_opening_in_a_live_pages_present_is_no_caption() -> None:
    """A live page's posts are told in the present: "The evacuation order remains in
    effect." opens one, no caption."""
    opening = "The evacuation order for the river district remains in effect."
    assert kept(f"{opening}\n\n{LEAD}\n{RESCUE}\n") == [opening, LEAD, RESCUE]


def test_only_the_opening_is_read_for_a_verb() -> None:
    later = "Traffic on Route 9 through the harbor district until further notice."
    assert kept(f"{LEAD}\n{later}\n{RESCUE}\n") == [LEAD, later, RESCUE]


def test_a_lede_in_another_language_is_not_read_for_an_english_verb() -> None:
    lede = "Le pont du port de Millford dans la rivière Grey, mardi matin."
    sentences = split_article("a", f"{lede}\n{RESCUE}\n", "french")
    assert [k.sentence.text for k in clean(sentences, "", "french")] == [lede, RESCUE]


def test_only_one_opening_sentence_is_dropped_for_want_of_a_verb() -> None:
    caption = "Rescue boats on the Grey River below the Harbor Bridge in Millford."
    present = "Divers search the river for a fifth victim."  # present tense, no auxiliary
    assert kept(f"{caption}\n{present}\n{RESCUE}\n") == [present, RESCUE]


def test_the_lines_of_a_numbered_list_are_dropped_whole() -> None:
    """A listicle's items ("2. Salt Winter (1976). Her debut, a quiet novel ...") are the
    list's: their titles and fragments are no sentences of the story. A sentence that opens
    with a figure is prose."""
    items = ("1. The Glass Canal (1988). The Booker winner, and still the best place to "
             "start.\n\n2. Salt Winter (1976). Her debut, a quiet novel about a translator.\n"
             "\n12) The Wall Gardens (1995). The Berlin novel that divided critics.")
    figure = "12 people were rescued from the river on Monday night."
    assert kept(f"{LEAD}\n\n{items}\n\n{figure}\n\n{RESCUE}\n") == [LEAD, figure, RESCUE]


def test_a_story_in_another_language_sent_as_english_keeps_its_opening() -> None:
    lede = "Le café de la gare de Zürich a fermé lundi après un incendie dans la cuisine."
    rest = "Les pompiers sont arrivés en dix minutes et personne n'a été blessé."
    assert kept(f"{lede}\n\n{rest}\n") == [lede, rest]


@pytest.mark.parametrize(("opening", "found"), [
    (HEADLINE, HEADLINE),
    ("Tuesday, April 8, 2025", ""),  # a date line
    (WARNING, ""),  # a sentence
    ("By Dana Whitfield and Omar Reyes", ""),  # a byline
    ("Survivors of the flood told the inquiry:", ""),  # a line leading into the next
    ("date 2025-04-08 Millford bridge", ""),  # a page's field, in lower case
])
def test_the_headline_a_text_opens_with(opening: str, found: str) -> None:
    from summarizer.text.clean import headline

    # a paragraph longer than a hard-wrapped line: the text is not read as wrapped
    assert headline(split_article("a", f"{opening}\n{LEAD} {RESCUE}\n")) == found


def test_an_underscore_inside_a_sentence_is_no_dateline() -> None:
    """Wire copy typed without dashes sets " _ " for one inside a sentence too: only capitals
    before it, at the start, make it a dateline."""
    aside = "The bridge _ which engineers had warned about in 2019 _ was closed on Tuesday."
    assert kept(f"{LEAD}\n{aside}\n{RESCUE}\n") == [LEAD, aside, RESCUE]


@pytest.mark.parametrize(("text", "language", "sentence"), [
    ("PARIS, 3 mars (AFP) - Le ministre des Transports a démissionné lundi soir.",
     "french", "Le ministre des Transports a démissionné lundi soir."),
    ("MADRID, 3 de marzo (EFE).- El Gobierno aprobó este martes el plan laboral.",
     "spanish", "El Gobierno aprobó este martes el plan laboral."),
    ("BOGOTÁ, 3 mar (Reuters) - Él dijo que el Gobierno aprobó el plan laboral.",
     "spanish", "Él dijo que el Gobierno aprobó el plan laboral."),
    ("ROMA, 3 marzo (ANSA) - Il governo ha approvato martedì il piano.",
     "italian", "Il governo ha approvato martedì il piano."),
    # the place in title case, as EFE sets it, its agency of one word or more
    ("Valdemora, 3 mar (EFE).- El Gobierno aprobó este martes el plan laboral.",
     "spanish", "El Gobierno aprobó este martes el plan laboral."),
    ("Villa del Río, 14 ago (Servimedia).- Un incendio calcinó 40 hectáreas de pinar.",
     "spanish", "Un incendio calcinó 40 hectáreas de pinar."),
    ("Valdemora (Europa Press).- El Gobierno aprobó este martes el plan laboral.",
     "spanish", "El Gobierno aprobó este martes el plan laboral."),
    # the place's province in brackets before its date
    ("Fuentealba de la Sierra (Albarda), 21 oct (AIN).- Diecinueve personas han resultado "
     "heridas al volcar un autobús escolar.", "spanish",
     "Diecinueve personas han resultado heridas al volcar un autobús escolar."),
    ("Valdoura, 13 set 2025 (AA) – Duas pessoas morreram no desabamento de um prédio.",
     "portuguese", "Duas pessoas morreram no desabamento de um prédio."),
    ("Roma, 14 nov - È scontro sui numeri dello sciopero nazionale dei treni.", "italian",
     "È scontro sui numeri dello sciopero nazionale dei treni."),
    # the place's district after a comma, before the date
    ("Vale de Arcos, Viseu, 12 jun 2025 (ANA) - Uma turista alemã morreu num despiste.",
     "portuguese", "Uma turista alemã morreu num despiste."),
    ("Orléans, Loiret, 14 nov. 2025 (AFI) - Quarante-sept enfants ont été malades.",
     "french", "Quarante-sept enfants ont été malades."),
    # places listed, no date: a sentence
    ("Paris, Lyon et Marseille - trois villes - ont voté le plan mardi.", "french",
     "Paris, Lyon et Marseille - trois villes - ont voté le plan mardi."),
    # a hyphenated place in title case, a region in brackets after a place in capitals
    ("Orvilly-sur-Seine (Aube), 28 jan 2025 (AFD) - Cent trente-sept personnes ont été "
     "évacuées mardi.", "french", "Cent trente-sept personnes ont été évacuées mardi."),
    ("SAINT-AURÈLE (La Réunion), 15 sept 2024 (APOI) - Un bodyboardeur de 31 ans a été "
     "grièvement blessé dimanche.", "french",
     "Un bodyboardeur de 31 ans a été grièvement blessé dimanche."),
    # the month abbreviated with a point, the agency before the place
    ("Orléans, 14 nov. 2025 (AFI) - Quarante-sept enfants ont présenté des troubles "
     "digestifs.", "french", "Quarante-sept enfants ont présenté des troubles digestifs."),
    ("(ANI) Valmaggiore, 6 lug. - Un vasto incendio ha distrutto un deposito di rifiuti.",
     "italian", "Un vasto incendio ha distrutto un deposito di rifiuti."),
    # a party in brackets inside a sentence is no agency
    ("El alcalde (PP) - que gobierna en minoría - rechazó el plan laboral el martes.",
     "spanish", "El alcalde (PP) - que gobierna en minoría - rechazó el plan laboral el martes."),
])
def test_a_dateline_with_its_month_in_lower_case_is_cut_off(text: str, language: str,
                                                           sentence: str) -> None:
    """French, Spanish and Italian write the month in lower case, perhaps abbreviated with a
    point, places may carry accents, an agency may come first, and EFE sets a full stop before
    the dash."""
    kept = [k.sentence.text for k in clean(split_article("a", text, language),
                                           language=language)]
    assert kept == [sentence]


@pytest.mark.parametrize(("line", "language"), [
    ("Lire aussi : Le pont de Saint-Aubin était surveillé depuis 2019", "french"),
    ("© Le Quotidien 2026. Tous droits réservés.", "french"),
    ("Abonnez-vous pour lire la suite de cet article.", "french"),
    ("Leer más: Los puentes de España en mal estado", "spanish"),
    ("Mehr zum Thema: Brücken in Deutschland marode", "german"),
    ("Leggi anche: I ponti italiani sotto esame", "italian"),
    # the page's note that it was updated, its stamps, "more soon", its newsletters
    ("Esta noticia ha sido actualizada.", "spanish"),
    ("Actualizado a las 10:32 horas.", "spanish"),
    ("M\u00e1s informaci\u00f3n en breve.", "spanish"),
    ("\u00danete a nuestro canal de WhatsApp.", "spanish"),
    ("Cet article a \u00e9t\u00e9 mis \u00e0 jour.", "french"),
    ("Dieser Artikel wurde aktualisiert.", "german"),
    ("Ver\u00f6ffentlicht am 3. Juni 2026, 10:32 Uhr", "german"),
    ("Jetzt abonnieren und weiterlesen.", "german"),
    ("Hier geht es zum Newsletter.", "german"),
    # a cookie banner, a comment thread's rules, a paywall, a newsletter's or an app's prompt,
    # a live page's sign-off and its pointer to the section
    ("Ce site utilise des cookies pour mesurer l'audience.", "french"),
    ("87 commentaires - Les commentaires sont soumis à modération.", "french"),
    ("Réservé aux abonnés - Abonnez-vous pour accéder à nos analyses.", "french"),
    ("Inscrivez-vous à notre newsletter quotidienne.", "french"),
    ("Ce direct est maintenant terminé.", "french"),
    ("Retrouvez toute l'actualité des transports dans notre rubrique Économie.", "french"),
    ("Wir verwenden Cookies, um Inhalte zu personalisieren.", "german"),
    ("Kommentare: Melden Sie sich an, um zu kommentieren.", "german"),
    ("Bitte beachten Sie unsere Netiquette.", "german"),
    ("Jetzt kostenlos zum Newsletter anmelden!", "german"),
    ("Aktivieren Sie Push-Benachrichtigungen in unserer App.", "german"),
    ("Wir beenden den Ticker für heute und sind morgen wieder für Sie da.", "german"),
    # a cookie banner and its second sentence, in each language read
    ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "spanish"),
    ("Si contin\u00faa navegando, consideramos que acepta su uso.", "spanish"),
    ("Questo sito utilizza cookie tecnici e di profilazione.", "italian"),
    ("Proseguendo la navigazione acconsenti all'uso dei cookie.", "italian"),
    ("Continuando la navigazione accetti l'uso dei cookie.", "italian"),
    ("Este site usa cookies para melhorar a sua experi\u00eancia.", "portuguese"),
    ("Ao continuar navegando, voc\u00ea concorda com a nossa pol\u00edtica.", "portuguese"),
    ("Vi anv\u00e4nder kakor f\u00f6r att ge dig en b\u00e4ttre upplevelse.", "swedish"),
    ("Genom att forts\u00e4tta anv\u00e4nda webbplatsen godk\u00e4nner du detta.", "swedish"),
    ("En poursuivant votre navigation, vous acceptez leur utilisation.", "french"),
    ("Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung zu.", "german"),
    ("Wir verwenden Cookies, um unser Angebot zu verbessern.", "german"),
    ("Mit \u201eAlle akzeptieren\u201c stimmen Sie der Verwendung zu.", "german"),
    # the outlet's own app and live stream
    ("Escucha la se\u00f1al en vivo de Radio Costanera 96.1 FM desde nuestra app.", "spanish"),
    ("\u00c9coutez en direct Radio Vall\u00e9e sur notre application.", "french"),
    ("Ascolta la diretta di Radio Valle sulla nostra app.", "italian"),
    ("Ou\u00e7a ao vivo a R\u00e1dio Horizonte na nossa app.", "portuguese"),
    ("Lyssna live p\u00e5 Radio \u00c4lvstad i v\u00e5r app.", "swedish"),
    # a newsletter's prompt to have the news by e-mail
    ("Receba as not\u00edcias do Vale do Ave no seu email.", "portuguese"),
    ("Recibe cada ma\u00f1ana las noticias de Soria en tu correo.", "spanish"),
    ("Recevez chaque soir l'essentiel de l'actualit\u00e9 par courriel.", "french"),
    ("Ricevi le notizie di Verdano nella tua casella di posta.", "italian"),
    ("Erhalten Sie die wichtigsten Nachrichten aus Arnsfeld in Ihr Postfach.", "german"),
    ("F\u00e5 nyheterna fr\u00e5n Mittbygden direkt i din mejl.", "swedish"),
    ("Get the latest headlines from the valley delivered to your inbox.", "english"),
    # a live page's call to follow it
    ("Suivez en direct la situation à Orvilly-sur-Seine et dans le nord de l'Aube.", "french"),
    ("Siga minuto a minuto la emergencia en la mina El Porvenir.", "spanish"),
    ("Segui la diretta sul maltempo in Val Varnasca.", "italian"),
    ("Acompanhe ao minuto as cheias do rio Arinto.", "portuguese"),
    ("Verfolgen Sie hier die aktuellen Entwicklungen zum Hochwasser.", "german"),
    ("Följ utvecklingen i vår direktrapportering från Rönnbacken.", "swedish"),
    # a caption whose credit stands after it in capitals, or opens with "Foto:"
    ("Le pont au lever du jour, mercredi 12 novembre 2026. JEAN DUVAL / LE QUOTIDIEN",
     "french"),
    ("Taucher suchen am Dienstag im Fluss. Foto: Peter Halbach/Rundschau", "german"),
    # an appeal for witnesses
    ("Toute personne disposant d'informations est priée de contacter la gendarmerie.",
     "french"),
    ("Zeugen werden gebeten, sich bei der Polizei in Halberg zu melden.", "german"),
    # a correction note, by its label or by what an earlier version said
    ("Korrektur (07.30 Uhr): In einer früheren Fassung dieser Meldung hieß es, die Laufzeit "
     "betrage 24 Monate.", "german"),
    ("Rättelse: I en tidigare version av artikeln angavs att skolan byggdes 1986.", "swedish"),
    ("Fe de errores: en una versión anterior de esta información se atribuía la cifra a la "
     "Policía Local.", "spanish"),
    ("Rectificatif : dans une précédente version de cet article, nous indiquions douze étages.",
     "french"),
    ("Mise à jour, 11 février, 14 h : une première version de ce texte indiquait le 2 janvier.",
     "french"),
    ("Correzione, ore 13.05: in una prima versione di questo post avevo scritto 1972.",
     "italian"),
    ("Corrigido às 11h10: uma versão anterior deste artigo indicava que o bombeiro tinha 25 "
     "anos.", "portuguese"),
    ("Uma versão anterior indicava um período de incubação de até três semanas.", "portuguese"),
    ("Nota da redação: numa atualização anterior, indicámos que a criança tinha quatro anos.",
     "portuguese"),
])
def test_page_prompts_of_other_languages_are_dropped(line: str, language: str) -> None:
    lead = "Le pont de Saint-Aubin s'est effondré mardi matin, faisant quatre morts en ville."
    rescue = "Les secours ont sorti onze survivants de l'eau avant midi, selon les pompiers."
    text = f"{lead}\n{line}\n{rescue}\n"
    assert [k.sentence.text for k in clean(split_article("a", text, language),
                                           language=language)] == [lead, rescue]


def test_the_figure_a_correction_gives_in_place_of_the_withdrawn_one_is_kept() -> None:
    """A correction note's label and the earlier version's words go; the sentence after them,
    which gives the right figure, is the story's and stays for its support ("Richtig ist …").
    A press release's "Nota de prensa:", a live page's "Nota de la Consejería:" and a story's
    "una versión anterior del programa", "une première version de ce texte de loi" or "na
    versão inicial do projeto" are no correction notes."""
    lead = "Der Tarifvertrag für die Metallindustrie im Bezirk Nordmark steht seit Montag fest."
    note = ("Korrektur: In einer früheren Fassung dieses Artikels hieß es, die Laufzeit betrage "
            "24 Monate. Richtig sind 26 Monate.")
    sentences = clean(split_article("a", f"{lead}\n{note}\n", "german"), language="german")
    assert [k.sentence.text for k in sentences] == [lead, "Richtig sind 26 Monate."]
    rescue = "Les pompiers et los bomberos trabajan desde la madrugada en el barranco."
    for line, language in (
            ("Nota de prensa: el Ayuntamiento de Valdemora cierra los colegios el lunes.",
             "spanish"),
            ("Nota de la Consejería: la consejera tilda la huelga de injustificada.", "spanish"),
            ("Una versión anterior del programa informático ya tenía el mismo fallo.", "spanish"),
            ("Une première version de ce texte de loi prévoyait une amende de 500 euros.",
             "french"),
            ("Na versão inicial do projeto, a taxa prevista era de cinco por cento.",
             "portuguese")):
        text = f"{line}\n{rescue}\n"
        assert len(clean(split_article("a", text, language), language=language)) == 2, line


@pytest.mark.parametrize(("line", "language"), [
    ("La agencia multó a la aerolínea porque utiliza cookies sin pedir consentimiento.",
     "spanish"),
    ("El ferry siguió navegando hasta el puerto con 40 pasajeros a bordo.", "spanish"),
    ("O navio continuou a navegar até o porto com 40 passageiros.", "portuguese"),
    ("Die Behörde prüft, ob der Konzern Cookies ohne Zustimmung verwendet.", "german"),
    ("Siga las indicaciones de Protección Civil, pidió el alcalde a los vecinos.", "spanish"),
])
def test_a_story_about_cookies_or_sailing_is_no_page_prompt(line: str, language: str) -> None:
    """A cookie banner speaks as the site ("Utilizamos cookies …", "Este sitio utiliza
    cookies"); a story says who uses them, and sailing on is no browsing."""
    lead = "Le pont de Saint-Aubin s'est effondré mardi matin, faisant quatre morts en ville."
    text = f"{lead}\n{line}\n"
    assert [k.sentence.text for k in clean(split_article("a", text, language),
                                           language=language)] == [lead, line]


@pytest.mark.parametrize("marker", ["Notes to editors", "NOTES TO EDITORS:", "About Harcastle Bank",
                                    "Media contacts", "ENDS", "###", "-30-", "Sobre DEVA",
                                    "Über die GVD:", "À propos de Montclairac Habitat",
                                    "Om Kronvik AB"])
def test_a_press_releases_back_matter_is_no_part_of_the_story(marker: str) -> None:
    """A press release ends with notes to editors, boilerplate about the company, contacts or
    an end mark: nothing from that line on is the story."""
    text = (f"{LEAD}\n\n{RESCUE}\n\n{marker}\n\nThe Millford Herald is the city's paper of "
            f"record, founded in 1871.\n\nThe final report is available on the city's website.")
    assert kept(text) == [LEAD, RESCUE]


@pytest.mark.parametrize(("head", "language"), [
    ("OTHER NEWS", "english"), ("More stories", "english"), ("AUTRES ACTUALITÉS", "french"),
    ("Weitere Nachrichten", "german"), ("ALTRE NOTIZIE", "italian"),
    ("OUTRAS NOTÍCIAS", "portuguese"), ("Otras noticias:", "spanish"),
    ("ANDRA NYHETER", "swedish")])
def test_a_box_of_other_news_is_no_part_of_the_story(head: str, language: str) -> None:
    """A page's box of other news under its head ("OUTRAS NOTÍCIAS", then a match put off
    and the weather, in the lines of one paragraph) tells other stories: nothing from its head
    on is the story, whatever the language."""
    text = (f"{LEAD}\n\n{RESCUE}\n\n{head}\nThe Millford Rovers game on Saturday was "
            f"postponed by the league.\nWeather: heavy rain expected from Tuesday morning.")
    assert [k.sentence.text for k in clean(split_article("a", text, language),
                                           language=language)] == [LEAD, RESCUE]


@pytest.mark.parametrize("head", ["About the vessel: ", "About Harcastle Bank: ",
                                  "À propos de Harcastle Bank : ", "Über die Harcastle Bank: ",
                                  "Acerca de Harcastle: ", "Sobre a Harcastle: ",
                                  "Om Harcastle Bank: "])
def test_a_press_releases_boilerplate_run_into_its_paragraph_is_back_matter(head: str) -> None:
    """The boilerplate may follow its head in the same paragraph ("About the vessel: MT Aurora
    Venture is a 105,000 dwt tanker …", "À propos de … : ", "Über die …: "): from there on
    nothing is the story; a paragraph that opens with a rounded count is no head ("About 300
    people: …" is prose), nor one on a topic in lower case ("Sobre o incêndio, …")."""
    text = (f"{LEAD}\n\n{RESCUE}\n\n{head}It was built in 2009 and is registered in "
            f"Liberia.\n\nENDS")
    assert kept(text) == [LEAD, RESCUE]
    count = "About 300 people: Residents, divers and nurses lined the bank until dusk."
    assert kept(f"{LEAD}\n\n{count}\n\n{RESCUE}") == [LEAD, count, RESCUE]
    topic = "Sobre o incêndio, o comandante disse: Não há feridos entre os bombeiros."
    assert kept(f"{LEAD}\n\n{topic}\n\n{RESCUE}") == [LEAD, topic, RESCUE]


@pytest.mark.parametrize("line", [
    "About 200 people watched from the banks as divers searched the river.",
    "About Face, a veterans' group, sent volunteers to help the search on Wednesday.",
])
def test_story_lines_that_open_like_back_matter_stay(line: str) -> None:
    """Only a line of back matter alone cuts the rest, and never before the story began."""
    assert kept(f"{LEAD}\n\n{line}\n\n{RESCUE}") == [LEAD, line, RESCUE]
    assert kept(f"About Harcastle Bank\n\n{LEAD}\n\n{RESCUE}") == [LEAD, RESCUE]


@pytest.mark.parametrize(("text", "is_live"), [
    ("21:05 – Final figures: 412 flights cancelled.\n\n18.40 - Systems are restored.\n\n"
     "9:12 p.m. - The ground stop is lifted.", True),
    ("12:58 PM ET: All services are back.\n\n11:20 AM ET: We rolled back the update.\n\n"
     "UPDATE 10:05 UTC: We are investigating.", True),
    # each post's time on a line of its own
    ("16:40\n\nThe last two men were brought out.\n\n14:10\n\nEleven are in hospital.\n\n"
     "09:05 GMT\n\nRescue teams went down at dawn.", True),
    # a video player's clock: times that stamp no post
    ("The deal was announced on Wednesday.\n\n03:10\n\n00:08\n\n04:58\n\n"
     "Exxon will pay $253 a share.", False),
    # a story with a kicker's time, and a sentence that opens with a time
    ("UPDATE 18:05: Teskor closed 27 percent lower.\n\nThe shares fell all day.\n\n"
     "16:30 was the hour the exchange halted trading.", False),
    # a French page's times, a German ticker's stamps
    ("20h30 - Le trafic reprend.\n\n18h45 - 1 150 vols annulés.\n\n13h05 - La grève dure.",
     True),
    ("+++ Montag, 22:10 Uhr +++ Der Pegel sinkt.\n\n+++ Montag, 16:30 Uhr +++ Der Deich "
     "hält.\n\n+++ Montag, 09:35 Uhr +++ Ein Mann ist tot.", True),
    # an Italian page's posts, stamped with the day's date too
    ("11 agosto, 07:45 - Sono 650 gli ettari bruciati.\n\n10 agosto, 23:00 - Notte difficile "
     "sul crinale.\n\n10 agosto, 20:45 - Circa 200 ettari interessati.", True),
    # "ore" before an Italian page's times, "Uppdatering" or "Klockan" before a Swedish one's
    ("ore 21.45 — La diretta si chiude qui.\n\nore 18.05 — Evacuate 40 persone.\n\n"
     "ore 10.05 — Atterrato il primo elicottero.", True),
    ("Uppdatering 14:30: Polisen har gripit en man.\n\nUppdatering 12:40: Tre är skadade."
     "\n\nKlockan 09.15 larmades räddningstjänsten.", True),
    # each post's time after its day's name
    ("Onsdag 06.10: Vattnet är tillbaka.\n\nTisdag 21.45: Reparationen är klar.\n\n"
     "Måndag 07.40: Omkring 25 000 hushåll är utan vatten.", True),
    ("Tuesday 21:45: Repairs are complete.\n\nTuesday 07:00: Schools are shut.\n\n"
     "Monday 07:40: About 25,000 homes have no water.", True),
])
def test_a_page_of_posts_stamped_with_their_times_is_live(text: str, is_live: bool) -> None:
    assert (first_post(split_article("a", text)) is not None) is is_live


def test_the_items_of_a_list_a_colon_opens_are_found_without_their_bullets() -> None:
    """"Anyone at these places may have been exposed:" and the places, each a line of its own
    without a bullet: the items, which read only under that line; a long line after a colon
    is prose (a reposted wire story), a quotation after "said:" is someone's words, and a
    bulleted list (read as one by the brief) may be followed by prose."""
    from summarizer.text.clean import list_items

    text = ("Health officials said anyone at these places may have been exposed:\n\n"
            "Harbour Medical Centre waiting room, Nov. 5, 6 p.m. to 10 p.m.\n\n"
            "Ashby Public Library, children's story time, Nov. 7, 10 a.m. to noon.\n\n"
            "Symptoms usually start with a high fever, cough, runny nose and red, watery eyes, "
            "followed a few days later by a rash that spreads from the hairline down.\n\n"
            "Here's the wire report:\n\n"
            "Health officials in Ashby County on Thursday confirmed nine more measles cases "
            "linked to an elementary school, bringing the total to 27 in three weeks.\n\n"
            "The health officer said:\n\n"
            "“Check your children's records tonight.”\n\n"
            "Quick facts:\n\n- Cases: 27\n\n- In hospital: 9\n\n"
            "The school reopens on Monday. Pupils without two doses stay home.")
    sentences = split_article("a", text)
    items = list_items(sentences)
    assert [s.text for s in sentences if ("a", s.index) in items] == [
        "Harbour Medical Centre waiting room, Nov. 5, 6 p.m. to 10 p.m.",
        "Ashby Public Library, children's story time, Nov. 7, 10 a.m. to noon."]


@pytest.mark.parametrize(("title", "text", "release"), [
    ("", "PRESS RELEASE\n\nKelby Port Authority\n\nA fire destroyed two silos.", True),
    ("", "Thornvale Chemicals Ltd - Press statement\nCastlebridge, 14 October\n\nAn "
     "explosion occurred.", True),
    ("Pressemitteilung: Über 2.300 Beschäftigte im Warnstreik", "Mehr als 2.300 Beschäftigte "
     "streiken.", True),
    ("Comunicato stampa n. 41/2025 – Esondazione del Serchio", "Il fiume ha rotto l'argine.",
     True),
    ("", "COMUNICADO OFICIAL\nCamping Las Dunas\n\nLa dirección agradece la ayuda.", True),
    ("", "NOTA DE PRENSA\nConsejería de Sanidad\n\nLa Consejería ha garantizado la atención.",
     True),
    ("", "COMMUNIQUÉ DE PRESSE\nMontclairac, le 15 octobre\n\nLe bailleur a appris le décès.",
     True),
    ("Pressmeddelande: Olycka med regionaltåg 8714", "Tåget kolliderade med en lastbil.", True),
    ("", "NOTA À COMUNICAÇÃO SOCIAL\n\nLisboa, 28 de janeiro\n\nO Ministério informa.", True),
    ("Nota de imprensa: Incêndio rural no concelho", "A Câmara tem estado no terreno.", True),
    ("Statement regarding the incident involving our tour group in Spain", "We confirm it.",
     True),
    # reports that name a release, and a label far down the text
    ("Press release reveals the bank's losses", "The bank lost 3 billion euros.", False),
    ("", "Nota de prensa de la Consejería: la huelga sigue.\n\nLos médicos protestan.", False),
    ("", "The fire destroyed two silos.\n\nIt spread fast.\n\nThe firm replied.\n\nPress "
     "release", False),
    ("Statement by the family sparks anger", "Relatives spoke.", False),
])
def test_a_partys_press_release_is_known_by_its_label(title: str, text: str,
                                                      release: bool) -> None:
    """A release labels itself in its title or its first lines, in any language read ("PRESS
    RELEASE", "Pressemitteilung:", "Comunicato stampa n. 41", "COMUNICADO OFICIAL",
    "Pressmeddelande:"); a report's headline that names one, or a label far down, does not."""
    assert released(split_article("a", text), title) is release


@pytest.mark.parametrize(("caption", "language"), [
    ("Legenda: Bombeiros removem escombros à mão na Rua dos Tanoeiros, ao início da tarde.",
     "portuguese"),
    ("Didascalia: I vigili del fuoco al lavoro tra le macerie di via del Forno.", "italian"),
    ("Bildunterschrift: Einsatzkräfte räumen Geröll von den Gleisen bei Mühlbach.", "german"),
    ("Légende : Les pompiers devant la tour des Tilleuls, mercredi matin.", "french"),
    ("Pie de foto: Los bomberos trabajan en la curva del Molino.", "spanish"),
    ("Bildtext: Räddningstjänsten vid äldreboendet i Bjärnhult på torsdagsmorgonen.", "swedish"),
])
def test_a_caption_labelled_in_another_language_is_dropped(caption: str, language: str) -> None:
    """A caption's label opens it in each language a page is read in ("Legenda:",
    "Didascalia:", "Bildunterschrift:"), as "Caption:" and "Foto:" do."""
    lead = {"portuguese": "O prédio ruiu às 3h40 de sábado na Baixa de Valdoura, no Porto.",
            "italian": "Una forte scossa ha colpito l'Appennino alle 3.17 di questa notte.",
            "german": "Ein Regionalzug ist am Morgen bei Mühlbach entgleist, mehrere Verletzte.",
            "french": "Un incendie a ravagé une tour d'habitation dans la nuit de mardi.",
            "spanish": "Un autobús escolar ha volcado esta mañana en la carretera autonómica.",
            "swedish": "Två personer har omkommit i en brand på ett äldreboende i natt."}[language]
    kept = [k.sentence.text for k in clean(split_article("a", f"{lead}\n\n{caption}", language),
                                           language=language)]
    assert kept == [lead]

