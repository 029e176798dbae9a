"""Keep the prose of the story: drop headlines, labels, captions, bylines and page furniture.

The rules look at the shape of a sentence and of its line, never at a list of known strings:
a sentence must end like a sentence and have a few words; links, repeated lines and the calls
to action of web pages are dropped; a headline run into the first paragraph is cut off. What is
left is divided into blocks at runs of dropped lines, so that the relevance step can judge a
block pasted below the story (related articles, another story) as a whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, chain

from .split import Sentence, ends_like_a_sentence, fold
from .words import WEEKDAYS, stop_words, tokens

MIN_WORDS = 3  # shorter than this is a label, not a sentence of the story
BLOCK_BREAK = 2  # this many dropped lines in a row start a new block

_LINK = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+\.\w+")  # searched only where there is an "@": it is slow
# Web-page furniture written as sentences: comment forms, newsletter and social prompts, a
# paywall's count of the free articles left, credit lines. Patterns of the genre, not of any
# one page.
_FURNITURE = re.compile(
    r"\b(?:enter your (?:comment|name|e-?mail)|leave a (?:reply|comment)|"
    r"sign up (?:for|to|here|now|today|free)|"
    r"subscribe to|click here|follow us|all rights reserved|contributed to (?:this|the) report|"
    r"your e-?mail address|to your inbox|"
    r"^\W*(?:reporting|editing|writing) by\b|this (?:story|article) (?:was|has been) (?:updated|"
    r"corrected)|copyright (?:\(c\) |\u00a9 )?\d{4}|cookies?\b.*\b(?:accept|policy)|"
    r"follow (?:\S+ ){0,3}on (?:x|twitter|facebook|instagram|threads|bluesky|tiktok|linkedin)\b)"
    r"|\u00a9 ?\d{4}|\bspecial (?:offers|announcements)\b|"
    r"\bwe use cookies\b|\benable javascript\b|^\W*comments (?:are|have been) closed\b|"
    r"^\W*thank you for (?:subscribing|signing up|registering)\b|\bhave a (?:news )?tip\?|"
    r"\bwant more stories like this\b|\b(?:get|receive) our (?:\w+ ){0,3}newsletter\b|"
    r"\bhas been shared [\d,]+ times\b|"
    r"\ban earlier version of this (?:story|article|report)\b|"
    r"^\W*(?:correction|(?:editor['\u2019]?s )?note):|\bsign in to (?:read|continue|keep)\b|"
    r"\bfree (?:articles?|stories|story|reads?) (?:left|remaining)\b|"
    r"\bsubscribers? (?:can (?:read|download|access)|only)\b|\bfor subscribers\b|"
    r"\breaders like you\b|"
    r"\bsupport (?:independent|local|our|quality) journalism\b|"
    r"\bdownload (?:our|the) (?:free )?(?:\w+ )?app\b|\bbreaking news alerts\b|"
    r"\bwatch the (?:full )?video (?:above|below)\b|"
    r"\b(?:read|see) the full (?:report|story|statement|interview) here\b|"
    r"\b(?:tell|let) (?:us|me) (?:know )?in the comments\b|"
    r"\bwatch (?:our )?live (?:coverage|stream|updates|video)\b|"
    r"\bcheck back (?:later |soon )?for (?:more |the latest )?(?:updates|details)\b|"
    # a round-up's turn to another story ("In other news, organisers said Sunday's 10K …")
    r"^\W*(?:in other news|elsewhere in (?:the )?news)\b|"
    r"^\W*this (?:is a|story is) (?:developing|breaking)\b|"
    # the outlet's promise of more ("The Gazette will bring readers more on this story as it
    # develops.", "We will update this article."), not a storm's "as it develops"
    r"\b(?:will|we'll) (?:bring|give) (?:you|readers|listeners|viewers) (?:more|the latest"
    r"|updates?)\b|\b(?:more|updates?|details) (?:on this (?:story|report) )?as (?:it|the story)"
    r" (?:develops|unfolds)\b|\b(?:will|we'll) (?:update|be updating) this (?:story|article"
    r"|page|report)\b|"
    # what stands where an article's lede would: a machine translation's notice, a paywall's
    # meter; and a comment thread's rules, a cookie banner, a live page's greeting and sign-off
    # (each seen on three sets or more of the 254)
    r"\b(?:was|were|is|has been) (?:automatically |machine[- ])?translated (?:automatically|by "
    r"(?:an? )?(?:machine|ai|software)|from [a-z]+)\b|\b(?:automatically|machine)[- ]translated\b|"
    r"^\W*translated by\b|\btranslation was (?:created|made|produced|generated) automatically\b|"
    r"\b(?:translations?|summaries|summary) (?:can|may) contain errors\b|"
    r"^\W*original in [a-z]+\W*$|\boriginal (?:article|version|text) "
    r"(?:is|was|appeared) (?:in [a-z]+|authoritative)\b|"
    r"\byou['\u2019]ve read \d+ (?:of \d+ )?(?:free )?articles\b|\bto keep reading\b|"
    r"\bcomments (?:are|is) (?:moderated|subject to|the views of)\b|\buses? (?:of )?cookies\b|"
    r"\b(?:pause|closing|close|end|wrap up|wrapping up) (?:our|this) live "
    r"(?:coverage|page|blog)\b|"
    r"\bwe['\u2019]ll leave (?:our|the|this) live (?:coverage|page|blog)\b|"
    r"^\W*we['\u2019]ll be back\b|"
    r"\bwelcome to (?:our|this) (?:[\w-]+ ){0,5}(?:live|coverage|blog)\b|"
    r"^\W*we['\u2019]ll bring you the latest\b|\bbringing you the latest\b|"
    r"^\W*(?:thanks|thank you) for (?:following|joining us|reading)\b|^\W*more to follow\b|"
    r"\bnewsletter (?:brings|delivers|sends)\b|^\W*additional reporting by\b|"
    r"\b(?:requires|enable|turn on) javascript\b|"
    r"\ban earlier version (?:said|stated|reported|gave)\b|"
    # the same in the other languages read: "read also", all rights reserved, subscribe
    r"^\W*(?:(?:\u00e0 )?lire aussi|leer m\u00e1s|lea tambi\u00e9n|lee tambi\u00e9n|"
    r"mehr zum thema|lesen sie auch|leggi anche|leia tamb\u00e9m|l\u00e4s ocks\u00e5|"
    r"l\u00e4s mer)\b|"
    r"\b(?:tous droits r\u00e9serv\u00e9s|todos los derechos reservados|"
    r"alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|"
    r"alla r\u00e4ttigheter f\u00f6rbeh\u00e5llna)\b|"
    r"^\W*(?:abonnez-vous|suscr\u00edbete|abonnieren sie|iscriviti|assine|prenumerera)\b|"
    # the page's note that it was updated, "more soon", newsletters and channels
    r"\b(?:esta noticia (?:ha sido|fue)|este art\u00edculo (?:ha sido|fue)|dieser artikel wurde|"
    r"cet article a \u00e9t\u00e9|questo articolo \u00e8 stato|este artigo foi|"
    r"denna artikel har) (?:actualizad[oa]|aktualisiert|mis \u00e0 jour|aggiornato|"
    r"atualizado|uppdaterats)\b|"
    r"^\W*(?:m\u00e1s informaci\u00f3n en breve|jetzt abonnieren|hier geht es zum newsletter|"
    r"\u00fanete a nuestro canal|rejoignez notre cha\u00eene|plus d'informations \u00e0 venir)\b|"
    # a cookie banner, a comment thread's rules, a paywall, a newsletter's or an app's prompt,
    # a live page's sign-off, in French and German
    r"\b(?:utilise des cookies|verwenden cookies|commentaires sont (?:soumis|mod\u00e9r\u00e9s)|"
    r"r\u00e9serv\u00e9 aux abonn\u00e9s|nur f\u00fcr abonnenten|um zu kommentieren|"
    r"unsere netiquette|(?:zum|f\u00fcr den|unseren) newsletter anmelden|"
    r"inscrivez-vous \u00e0 (?:la|notre) newsletter|push-benachrichtigungen|notifications push|"
    r"ce direct est (?:maintenant )?termin\u00e9|wir beenden (?:den|unseren) (?:live-?)?ticker)\b|"
    r"^\W*retrouvez (?:toute|tous|nos|notre)\b|"
    # a newsletter's prompt to have the news by e-mail, in the languages read ("Receba as
    # notícias do Vale do Ave no seu email.", "Recibe cada mañana las noticias en tu correo")
    r"^\W*(?:receive|get|recevez|erhalten sie|ricevi|receba|recebe|reciba|recibe|f\u00e5)\b"
    r"[^.]{0,40}\b(?:news|headlines|stories|updates|actualit\u00e9|l'essentiel|nachrichten"
    r"|notizie|not\u00edcias|noticias|nyheter|nyheterna)\b[^.]{0,60}\b(?:e-?mail|inbox"
    r"|courriel|bo\u00eete (?:mail|de r\u00e9ception)|posta|postfach|correo|mejl|e-post"
    r"|inkorg)\b|"
    # an appeal to the public for information, a tip line's number: a notice to the reader
    # that states nothing of the story (a missing hiker's brief gave its tip line's number)
    r"\b(?:anyone|those|people) with (?:any )?information (?:is |are |should |can |to )"
    r"(?:asked |urged |encouraged |requested )?(?:to )?(?:call|contact|phone|ring|e-?mail)\b|"
    r"\b(?:is|are) (?:being )?(?:asked|urged|encouraged|requested) to "
    r"(?:call|contact|phone|ring|e-?mail)\b|"
    r"\bcall (?:the )?(?:[\w'-]+ ){0,4}(?:tip ?line|hotline|crime stoppers)\b|"
    # and the description that goes with it, to know someone missing or wanted by
    r"\bdescribed as\b[^.]*\b(?:tall|feet|foot|cm|pounds|lbs|kg|hair|build)\b|"
    r"\blast seen wearing\b|"
    r"\b(?:appel \u00e0 t\u00e9moins|(?:est|sont) pri\u00e9e?s? de (?:contacter|appeler)|"
    r"zeugen werden gebeten|hinweise nimmt)\b|"
    # the outlet's own app and live stream, in the languages read ("Escucha la señal en vivo de
    # Radio Costanera 96.1 FM desde nuestra app."), outside quotation marks (a company's
    # spokeswoman: "Customers can follow updates on our app")
    r"^[^\"\u201c\u201d\u00ab\u00bb\u201e]*\b(?:our|nuestra|notre|unserer|unsere|nostra|nossa|"
    r"v\u00e5r) (?:free |gratuita |gratuite |kostenlosen? )?(?:app|application|"
    r"aplicaci\u00f3n|aplicativo|applicazione)\b(?![^\"\u201c\u201d\u00ab\u00bb]*"
    r"[\"\u201d\u00bb])|"
    r"\b(?:listen live|escucha (?:la se\u00f1al )?en (?:vivo|directo)|\u00e9coutez en direct|"
    r"h\u00f6ren sie live|ascolta (?:la )?diretta|ou\u00e7a (?:em direto|ao vivo)|"
    r"lyssna live)\b|"
    # a live page's call to follow it ("Suivez en direct la situation à …", "Siga minuto a
    # minuto la emergencia en …"), which opens it where a report's lede would
    r"^\W*(?:follow (?:our |the )?live (?:coverage|updates|blog)|follow (?:all )?the latest|"
    r"suivez (?:en direct|notre direct|toute l'actualit\u00e9)|"
    r"(?:siga|sigue) (?:en directo|en vivo|minuto a minuto|al minuto)|"
    r"segui (?:la diretta|in diretta|minuto per minuto)|"
    r"acompanhe (?:ao minuto|em direto|ao vivo)|"
    r"verfolgen sie (?:hier )?(?:live|im live-?ticker|die (?:aktuellen )?entwicklungen)|"
    r"f\u00f6lj (?:utvecklingen|h\u00e4ndelsef\u00f6rloppet|v\u00e5r direktrapportering|"
    r"senaste nytt))\b|"
    # a cookie banner in each language read, and its second sentence: the use of the site
    # taken for consent ("Utilizamos cookies propias y de terceros …", "Si continúa navegando,
    # consideramos que acepta su uso.")
    # (the outlet's "we" or its site: a story about a firm that uses cookies keeps its words)
    r"\b(?:(?:utilizamos|usamos|utilizziamo|usiamo|vi anv\u00e4nder|wir (?:verwenden|nutzen)|"
    r"nous utilisons)|(?:este|esta|questo|ce|this) (?:sitio|site|sito|p\u00e1gina|website|"
    r"portal)(?: web)? (?:utiliza|usa|utilizza|uses)) (?:[\w-]+ ){0,2}(?:cookies?|kakor)\b|"
    r"\b(?:si (?:contin\u00faa|sigue) navegando|(?:ao|se) continuar (?:a )?naveg(?:ar|ando)|"
    r"continuando a (?:navegar|navigare)|(?:continuando|proseguendo) (?:la|nella) navigazione|"
    r"en poursuivant (?:votre )?navigation|by continuing to (?:browse|use) (?:this|our)|"
    r"genom att forts\u00e4tta (?:anv\u00e4nda|surfa)|"
    r"wenn sie (?:die|diese) (?:seite|website|webseite) weiter (?:nutzen|besuchen)|"
    r"stimmen sie der (?:verwendung|nutzung|speicherung)\b(?: von cookies)? zu)\b",
    re.IGNORECASE,
)
# A line that opens a page's back matter: a press release's notes to editors, its boilerplate
# about the company ("About Harcastle Bank") and its contacts, an end mark ("ENDS", "###",
# "-30-"), the head of a box of other news in the languages read ("OTHER NEWS", "OUTRAS
# NOTÍCIAS", "Weitere Nachrichten"). Nothing after it is the story.
# The same head in the other languages read, before a name in capitals ("Sobre DEVA", "Über die
# GVD", "À propos de Montclairac Habitat")
_ABOUT_ELSEWHERE = (r"(?:(?:\u00c0 propos|A propos|A proposito) (?:de |d['\u2019]|di )"
                    r"(?:l['\u2019]|la |le |les |il )?|(?:\u00dcber|Acerca de|Sobre|Om) "
                    r"(?:die |den |das |der |el |la |los |las |a |o |as |os )?)"
                    r"[A-Z\u00c0-\u00de][\w&.'\u2019-]*(?: [A-Z\u00c0-\u00de][\w&.'\u2019-]*){0,3}")
_OTHER_NEWS = (r"(?:other|more) (?:news|stories)|autres (?:actualit\u00e9s|informations|infos)"
               r"|weitere (?:nachrichten|meldungen)|altre notizie|outras not\u00edcias"
               r"|otras noticias|andra nyheter|fler nyheter")
_BACK_MATTER = re.compile(
    r"(?i:notes? (?:to|for) editors|ends|#{3}|-30-|"
    rf"(?:media|press|investor) (?:contacts?|enquiries|inquiries|relations)|{_OTHER_NEWS})[:.]?"
    rf"|About [A-Z][\w&.-]*(?: [\w&.-]+){{0,4}}:?|{_ABOUT_ELSEWHERE} ?:?")
BACK_MATTER = 60  # characters of such a line at most: a few words
# Or that boilerplate run into its paragraph, after its head and a colon ("About the vessel: MT
# Aurora Venture is a 105,000 dwt tanker …", "About Harcastle Bank: Founded in 1871, …"): words,
# not a figure ("About 300 people: …" is no head); in the other languages a name in capitals
# after the head ("À propos de Montclairac Habitat : office public …", "Über die GVD: …",
# "Acerca de Iquival: …", "Sobre a Hidroarinto: …", "Om Kronvik: …")
_BACK_MATTER_RUN_IN = re.compile(
    r"(?:About (?:the |our )?[^\W\d][\w&.'-]*(?: [^\W\d][\w&.'-]*){0,3}"
    rf"|{_ABOUT_ELSEWHERE}) ?: \S")
# What credits a picture, in the forms picture desks write them: "(AP Photo/Ahn Young-joon)",
# "(Photo by Kim Lee/Getty Images)", "(Image: Reuters)", "Mandatory Credit: …", "…/Shutterstock",
# "… via Getty Images", "— XINHUA/VNA Photo" ending the caption, a photographer and an outlet
# in brackets ending it ("(Joe Giddens/PA)", "(Eva Lindner/The Ledger)") or in capitals after
# it ("JOËL SAGET / AFP", its own sentence) or after a slash ("… / JUAN F. ROBLES"), and
# AP's "FILE - " or a tabloid's "Pictured: " (a German page's "Foto: ", "Bildunterschrift: ", a
# Portuguese one's "Legenda: ", an Italian one's "Didascalia: ") that opens a caption. A
# sentence holding one is a caption: it describes a picture, and is no sentence of the story.
_CREDIT = re.compile(
    r"\([^()]*\b(?:photo|photograph|image|picture|credit)s?\b[^()]*\)|"
    r"[-\u2013\u2014|] ?(?-i:[A-Z][\w/&.'-]*(?: [A-Z][\w/&.'-]*){0,3}) "
    r"(?:photo|photograph|image|picture)s?\b(?=[\s|.]*$)|"
    r"\b(?:mandatory|photo|image|picture) credit\b|"
    r"/ ?(?:getty images|shutterstock)\b|"
    r"\bvia (?:getty|imagn|reuters|ap) images\b|^file(?: photo)? ?[-:\u2013\u2014]|"
    r"^(?:pictured|picture|photo(?:graph)?|image|credit|foto|caption|legenda|l\u00e9gende"
    r"|didascalia|pie de foto|bildtext|bildunterschrift|bild)s? ?:|"
    r"\((?-i:[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,3}) ?/ ?"
    r"(?-i:[A-Z][\w&.'\u2019-]*(?: [A-Z0-9][\w&.'\u2019-]*){0,3})\)[.\s]*$|"
    # a photographer and an agency in capitals ending the caption, as French papers set them
    # ("…, le 12 novembre 2026. JOËL SAGET / AFP")
    r"(?-i:^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+"
    r"(?: [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+){1,3} / "
    r"[A-Z\u00c0-\u00de0-9][A-Z\u00c0-\u00de0-9&.'\u2019 -]{1,40})$|"
    # or after a slash, as Spanish papers set them ("…, ayer por la mañana. / JUAN F. ROBLES",
    # "… / EFE"), with no full stop: a sentence's "CCOO / UGT." is no credit, nor a wire's
    # signature ending its text ("… i år. /TT")
    r"(?-i:(?:^|\s)/ [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de.'\u2019-]*"
    r"(?: [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de.'\u2019-]*){0,3}(?<!\.))$",
    re.IGNORECASE,
)
# One of these is in the lower-cased text of every match of _CREDIT but one that starts with
# one of _FILE (as _LINK_WORDS below).
_CREDIT_WORDS = ("photo", "image", "picture", "credit", "getty", "shutterstock", "/", "foto",
                 "caption", "legenda", "l\u00e9gende", "didascalia", "bild")
_FILE = ("FILE", "File", "file")  # how AP's caption opens, the one credit that is not a word above

# A stamp of when or by whom the page was written, in place of a sentence: "Published 10:32
# a.m. ET, Dec. 29, 2024.", "By Jane Doe, Reuters | Updated 3 hours ago." : it starts with
# the verb of a stamp, or "By" and a name, and holds a time of day or an age.
_STAMP = re.compile(
    r"^(?:(?:last |first |originally )?(?:updated|published|posted|modified)\b|"
    r"(?:actualizad[oa]|publicad[oa]|mis \u00e0 jour|publi\u00e9|aktualisiert|"
    r"ver\u00f6ffentlicht|aggiornato|pubblicato|atualizado|uppdaterad|publicerad)\b|"
    r"(?-i:By [A-Z][\w'.-]+ [A-Z]))"
    r".*?(?:\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?[ap]\.?m\b|\b(?:seconds?|minutes?|mins?|hours?|"
    r"hrs?|days?) ago\b)",
    re.IGNORECASE,
)

# Labels glued to the start of a paragraph's first sentence, cut off so that the sentence after
# them stays (verbatim, as the article has it):
# - a wire dateline: a place in capitals, perhaps its region and a date, perhaps the agency,
#   and a dash ("OSLO, March 14 (Reuters) - ", "SEOUL, South Korea (AP) — ", "WASHINGTON—",
#   "(CNN) — ", or the underscore of wire copy typed without a dash: "WASHINGTON (AP) _ ";
#   in the languages that write their months in lower case, "PARIS, 3 mars (AFP) - ",
#   "MADRID, 3 de marzo (EFE).- ", a press release's "SAN JOSE, Calif., Sept. 9, 2026
#   /PRNewswire/ -- "), or a live page's time stamp and a dash ("3:05 PM EDT 28
#   Sep — ", "14:05 — ", "15.02 - " where the hour and the minutes are set apart by a point,
#   "10 agosto, 15:35 - " after the day's date, "Tuesday, 4:28 PM - " after the day of the
#   week), or
#   a press release's place in title case and its full date, with
#   the year ("Montreal, 27 November 2026 – ", "Austin, Texas, March 3, 2026 — "), or a
#   foreign desk's place in title case, perhaps its correspondent's too ("Hallenford - ",
#   "Castlebrook / Dresna - ") or its agency's, as German wires set it ("Rheinfeld (dnd) - ":
#   _PLACE_DASH);
# - a kicker: capitalised words and a colon ("South Korea Plane Crash: ", "WATCH: ", a live
#   story's "UPDATE 10:05 p.m.: ", or its time alone: a status page's "11:20 AM ET: "), but not
#   before a quotation, where the words name its speaker ("Fire Chief Ana Ruiz: “We …");
# - an advertisement slot's label ("Advertisement ");
# - a date stamp in numbers, perhaps after its label ("date 2023-10-11 ", "Updated:
#   2023-10-11T09:30Z "): a page's record of when it was written, not a dateline of the story;
# - a live match report's minute ("80 min: ", "90+2 min: ", "67' ", "12th minute: "), or a
#   live page's time of day alone ("16:05 Police say ..."), or its update, numbered or stamped
#   ("UPDATE 2: ", "UPDATE, 16:40 local time: ");
# - a summary's label ("Summary: ", "Recap: ", "TL;DR: ").
# The stages of an incident as status pages label their updates (and live pages their posts)
_STAGES = ("Investigating", "Identified", "Monitoring", "Update", "Updated", "Resolved",
           "Scheduled", "In progress", "Verifying", "Completed", "Postmortem")
_LABEL_WORDS = ("Advertisement ", *_STAGES)  # the words some of _LABELS open with
_PLACE_DASH = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019.]*(?: ?/ ?[A-Z\u00c0-\u00de][\w'\u2019.]*)?"
                         r"(?: \([A-Za-z]{2,8}\))?"  # an agency's: "Rheinfeld (dnd) - "
                         r" (?:-|\u2013|\u2014) (?=[\"'\u201c\u2018]?[A-Z\u00c0-\u00de])")
# A Spanish wire's place in title case (perhaps its province in brackets), perhaps its day and
# month (and year), and its agency, the dash after a full stop: "Castrovega, 16 jun (EFE).- ",
# "Madrid (Europa Press).- ", "Fuentealba de la Sierra (Albarda), 21 oct (AIN).- ", a
# Portuguese wire's "Valdoura, 13 set 2025 (AA) – ", an Italian one's "Roma, 14 nov - " (its
# date without its agency) or "(ANI) Valmaggiore, 6 lug. - " (its agency first), a French
# one's "Orvilly-sur-Seine (Aube), 28 jan 2025 (AFD) - " or "Orléans, 14 nov. 2025 (AFI) - "
# (its month abbreviated with a point)
_WIRE_DATE = r", \d{1,2} [^\W\d_]{3,10}\.?(?: \d{4})?"
_AGENCY_DASH = re.compile(r"(?:\([A-Za-z]{2,8}\) )?[A-Z\u00c0-\u00de][\w'\u2019.-]*"
                          r"(?: (?:[A-Z\u00c0-\u00de][\w'\u2019.]*|[a-z]{1,3})){0,3}"
                          r"(?: \([^()]{2,40}\)(?=,))?"
                          # its district after a comma, before the date: "Vale de Arcos,
                          # Viseu, 12 jun 2025 (ANA) - "
                          r"(?:, [A-Z\u00c0-\u00de][\w'\u2019.-]*"
                          r"(?: [A-Z\u00c0-\u00de][\w'\u2019.-]*){0,2}(?=, \d))?"
                          rf"(?:(?:{_WIRE_DATE})? \([^()]{{2,40}}\)|{_WIRE_DATE})"
                          r"\.? ?[-\u2013\u2014] "
                          r"(?=[\"'\u201c\u2018\u00ab]?[A-Z\u00c0-\u00de])")
# A day of the week that opens a live page's stamp ("Tuesday, 4:28 PM - ", "Måndag 14.10: ")
_WEEKDAY = "(?:" + "|".join(day[0].upper() + day[1:] for days in WEEKDAYS.values()
                            for day in days.split()) + ")"
_LABELS = (
    re.compile(r"(?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de.'\u2019-]+"
               r"(?: [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de.'\u2019-]+)*"
               r"(?:,? [A-Z\u00c0-\u00de][\w.'\u2019-]*"
               r"|,? \d{1,4}(?: [a-z\u00df-\u00ff]+\.?"
               r"| [A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,4}\.){0,2}"
               # a province or a region between: "ROCCALBANA (CUNEO), 12 GEN (AGN) - ",
               # "SAINT-AURÈLE (La Réunion), 15 sept 2024 (APOI) - "
               r"| \([A-Z\u00c0-\u00de]{2,}\)| \([A-Z\u00c0-\u00de][\w'\u2019 -]{1,30}\)(?=,))*"
               r" ?(?:\([^()]{1,40}\)|/[^/]{1,40}/)?"
               r"|\([^()]{1,40}\)|(?:" + _WEEKDAY + r",? )?(?:\d{1,2}\.? [^\W\d_]{3,10}\.?,? )?"
               r"\d{1,2}(?:(?:[:.]| ?h ?)\d{2}|\d{2} ?(?:[AP]M|[ap]\.m\.))"
               # a dash or a bar ("17:55 | "), or a hyphen with a space beside it, or one after
               # four characters or more, none in lower case, and before a word in lower case
               # ("NEW YORK-Exxon …"; not a name after a stamp and perhaps its colon, which no
               # label holds before its dash: "7.40pm: Okonjo-Hale says", "9:40 Okonjo-Hale"):
               # "US-Chinese", "EU-Kommissar", "CDU-Mann" are compounds of an abbreviation,
               # "MH-17", "ARDENT-3", "HORIZON-AD" names
               r"[^-\u2013\u2014:]{0,20})(?:\.? ?(?:--|[\u2013\u2014]) ?|\.? - ?|\.?- "
               r"|(?<=[^\sa-z\u00df-\u00ff]{4})-(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])"
               r"| _ | \| | \u00b7 )"
               r"(?=[\"'\u201c\u2018\u201e]?[A-Z\u00c0-\u00de0-9]|\u00ab ?[A-Z\u00c0-\u00de0-9])"),
    re.compile(r"(?:[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|of|in|on|at|the|and|for|to|a))+"
               r"|(?:[A-Z]{3,}|(?=\d))(?: ?\d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.m\.|[AP]M|[ap]m)"
               r"(?: [A-Z]{2,4})?)?"
               # a live page's day and time, perhaps its update: "Onsdag 08.30 UPPDATERING: "
               r"|" + _WEEKDAY + r",? (?:[01]?\d|2[0-3])[:.h][0-5]\d(?: [A-Z\u00c0-\u00de]{3,})?)"
               r": (?=[A-Z0-9])"),
    re.compile(r"Advertisement (?=[\"'\u201c\u2018]?[A-Z0-9])"),
    # a kicker wholly in capitals, accented ones too ("ÚLTIMA HORA: ", "DERNIÈRE MINUTE : ")
    re.compile(r"[A-Z\u00c0-\u00de]{3,}(?: [A-Z\u00c0-\u00de]{2,})* ?: "
               r"(?=[\"'\u201c\u2018\u00ab]?[A-Z\u00c0-\u00de0-9])"),
    _PLACE_DASH,
    _AGENCY_DASH,
    re.compile(r"(?:[A-Z\u00c0-\u00de][\w.'\u2019-]*(?: [A-Z\u00c0-\u00de][\w.'\u2019-]*){0,2}"
               r"(?:, [A-Z\u00c0-\u00de][\w.'\u2019-]*(?: [A-Z\u00c0-\u00de][\w.'\u2019-]*)?)?"
               r"(?:,? and (?=[A-Z\u00c0-\u00de]))?){1,2}"
               r", (?:\d{1,2} [^\W\d_]+\.?|[A-Z][a-z]+\.? \d{1,2}),? \d{4} ?(?:--?|[\u2013\u2014]) "
               r"(?=[\"'\u201c\u2018]?[A-Z\u00c0-\u00de0-9])"),
    # a status page's or a live page's stage of an incident: "Identified - The issue has been
    # identified as ...", "Update - We have rolled back ..."
    re.compile(rf"(?:{'|'.join(_STAGES)}) (?:-|\u2013|\u2014) (?=[\"'\u201c\u2018]?[A-Z0-9])"),
    re.compile(r"(?:[A-Za-z]+:? )?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?"
               r"(?:Z|[+-]\d{2}:?\d{2})?)? (?=[\"'\u201c\u2018]?[A-Z0-9])"),
    re.compile(r"\d{1,3}(?:\+\d{1,2})?(?:st|nd|rd|th)? ?(?:mins?|minutes?|['\u2019])"
               r"(?::| ?[-\u2013\u2014])? (?=[\"'\u201c\u2018]?[A-Z0-9])"),
    re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d (?=[\"'\u201c\u2018]?[A-Z\u00c0-\u00de])"),
    # a Nordic wire's place and agency in capitals, with no dash: "STOCKHOLM (SNB) "
    re.compile(r"[A-Z\u00c0-\u00de]{2,}(?: [A-Z\u00c0-\u00de]{2,})* \([A-Z]{2,6}\) "
               r"(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])"),
    # a German live ticker's stamp: "+++ Montag, 14:50 Uhr +++ "
    re.compile(r"\+{2,3} [^+]{1,40} \+{2,3} (?=[\"'\u201e\u201c\u2018]?[A-Z\u00c0-\u00de0-9])"),
    # a summary's label: "Summary: ", "Quick recap: ", "To recap: ", "TL;DR: "
    re.compile(r"(?:TL;? ?DR|TLDR|(?:In )?[Ss]ummary(?: of the day)?|(?:Quick |To )?[Rr]ecap): "
               r"(?=[\"'\u201c\u2018]?[A-Z0-9])"),
    # a live page's update, numbered or stamped with its time, its date and its zone: "UPDATE
    # 2: ", "UPDATE, 16:40 local time: ", "Update, 15:05: ", "UPDATE, Nov 17, 15:10 GMT: ",
    # "UPDATE March 11: ", in the other languages' capitals too ("UPPDATERAT 18:05: ",
    # "AGGIORNAMENTO: ") and words ("Nachtrag, 16.30 Uhr: ", "Mise à jour, 10 h 02 : ")
    re.compile(r"(?:UPDATE|BREAKING|Update|Breaking|UPPDATERAT|UPPDATERING|AKTUALISIERT"
               r"|AGGIORNAMENTO|ACTUALIZACI\u00d3N|ATUALIZA\u00c7\u00c3O|Nachtrag|Aktualisierung"
               r"|Mise \u00e0 jour|Actualizaci\u00f3n|Aggiornamento|Atualiza\u00e7\u00e3o"
               r"|Uppdatering|Uppdaterat)(?: \d{1,2}(?=:))?,?"
               r"(?: \(?(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"
               r"(?:,? (?=\d)|(?=[):]| [-\u2013\u2014])))?"
               r"(?:(?:\d{1,2}[:.]\d{2}|\d{1,2} ?h ?\d{2})(?: ?[ap]\.m\.| ?[AP]M| Uhr)?)?"
               r"(?: (?:[A-Z]{2,4}|local time))?\)?)?(?: ?:| [-\u2013\u2014]) "
               r"(?=[\"'\u201c\u2018\u201e]?[A-Z\u00c0-\u00de0-9]|\u00ab ?[A-Z\u00c0-\u00de0-9])"),
)
_DASHES = (" -", "\u2013", "\u2014")  # a hyphen inside a word is no dash
LABELS = 3  # at most this many labels are cut off one sentence ("WATCH: OSLO (Reuters) - ")
KICKER = 80  # a kicker's colon comes within this many characters: a kicker is a few words
# One of these is in the lower-cased text of every match of _LINK (or _FURNITURE), so a
# sentence holding none of them need not be searched. This holds for any text where ignoring
# case means lower-casing, that is, any text without "\u0130", "\u0131" or "\u017f" (which
# re matches with "i" and "s" ignoring case, but which do not lower-case to them).
_LINK_WORDS = ("://", "www.", ".com", ".org", ".net")
_FURNITURE_WORDS = ("enter your ", "leave a ", "sign up ", "subscribe to", "click here",
                    "follow us", "all rights reserved", "contributed to ", "mail address",
                    "to your inbox", "ing by", "updated", "corrected", "copyright ", "cookie",
                    "\u00a9", "follow ", "special offer", "special announcement",
                    "javascript", "comments", "thank", "tip?", "stories like this",
                    "newsletter", "been shared ", "earlier version", "correction:", "note:",
                    "sign in", "subscriber", "readers like you", "journalism", "download ",
                    "news alerts", "watch the ", "the full ", "watch live", "watch our live",
                    "check back", "developing", "breaking", "free ", "translat",
                    "contain errors", "original ", "ve read", "keep reading", "live coverage",
                    "live page", "live blog", "ll leave", "ll be back", "welcome to",
                    "you the latest", "more to follow", "with information",
                    "with any information", "asked to ", "urged to ", "encouraged to ",
                    "requested to ", "tip line", "tipline", "hotline", "crime stoppers",
                    "described as", "seen wearing", "our app", "our free app", "listen live",
                    "continuing to", "clarification", "mail", "inbox", "ll bring ",
                    "ll give ", "develops", "unfolds", "update this", "updating this",
                    "other news", "elsewhere in")
# The same for the furniture of the other languages read, searched for in their texts only
_FURNITURE_WORDS_OF = {
    "french": ("lire aussi", "droits r", "abonnez", "mis \u00e0 jour", "rejoignez",
               "plus d'informations", "cookies", "commentaires", "abonn\u00e9s", "newsletter",
               "notifications", "direct est", "retrouvez", "appel \u00e0 t", "pri\u00e9",
               "notre app", "coutez en direct", "navigation", "rectificatif", "correctif",
               "erratum", "version", "suivez", "courriel"),
    "german": ("mehr zum", "lesen sie", "rechte v", "abonnieren", "aktualisiert", "newsletter",
               "cookies", "abonnenten", "kommentieren", "netiquette", "push-", "ticker",
               "zeugen werden", "hinweise nimmt", "sere app", "serer app", "kostenlose",
               "ren sie live", "weiter nutzen", "weiter besuchen", "stimmen sie der",
               "korrektur", "richtigstellung", "berichtigung", "fassung", "version",
               "verfolgen sie", "postfach"),
    "italian": ("leggi anche", "diritti r", "iscriviti", "aggiornato", "nostra app", "ascolta",
                "navigazione", "a navigare", "correzione", "rettifica", "errata", "versione",
                "segui ", "posta"),
    "portuguese": ("leia tamb", "direitos r", "assine", "atualizado", "nossa app", "ou\u00e7a",
                   "navega", "corre\u00e7\u00e3o", "corrigido", "vers\u00e3o", "nota",
                   "acompanhe"),
    "spanish": ("leer m", "lea tambi", "lee tambi", "derechos r", "suscr\u00edbete",
                "actualizad", "en breve", "\u00fanete", "nuestra app", "nuestra aplicaci",
                "escucha", "navegando", "correcci\u00f3n", "corregido", "fe de errores",
                "rectificaci", "versi\u00f3n", "nota", "siga ", "sigue ", "correo"),
    "swedish": ("l\u00e4s ", "r\u00e4ttigheter f", "prenumerera", "uppdaterats", "v\u00e5r app",
                "lyssna live", "kakor", "att forts\u00e4tta", "r\u00e4ttelse", "korrigering",
                "tidigare version", "f\u00f6lj ", "mejl", "e-post", "inkorg"),
}
# A correction note, in the languages read: a sentence that opens with its label ("Korrektur
# (07.30 Uhr): …", "Rättelse: …", "Fe de errores: …", "Rectificatif : …", "Correzione, ore
# 13.05: …", "Corrigido às 11h10: …", "Nota: texto atualizado às 17h10.", "Nota da redação: …";
# not a press release's "Nota de prensa:" nor a live page's "Nota de la Consejería: …") or
# tells what an earlier version of the article said ("Mise à jour, 11 février, 14 h : une
# première version de ce texte indiquait …", "Uma versão anterior indicava …"; not "une
# première version de ce texte de loi", "na versão inicial do projeto"): a figure the outlet
# withdrew ("… tinha 25 anos"), no figure of the story. English has its own in _FURNITURE. The
# sentence that follows it in the note gives the figure in its place ("Richtig ist 10 Uhr.",
# "It was 5-2."), which the story states: it is kept for its support.
_CORRECTION = re.compile(
    r"^\W*(?:clarification|korrektur|richtigstellung|berichtigung|r\u00e4ttelse|korrigering"
    r"|corre\u00e7\u00e3o|corrigido|correcci\u00f3n|corregido|fe de errores|rectificaci\u00f3n"
    r"|rectificatif|correctif|erratum|correzione|rettifica|errata corrige)\b[^:]{0,40}:"
    r"|^\W*nota(?: d[ae] (?:la )?reda(?:\u00e7\u00e3o|cci\u00f3n)| della redazione)?\s*:"
    r"|\bune (?:(?:premi\u00e8re|pr\u00e9c\u00e9dente) version|version pr\u00e9c\u00e9dente)"
    r" de (?:cet|ce|cette) (?:article|billet|texte(?! de loi)|papier|post|d\u00e9p\u00eache)"
    r"|\b(?:una|nella) (?:prima|precedente) versione di quest[oa] (?:articolo|post|pezzo"
    r"|testo|notizia)|\buna versi\u00f3n anterior de est[ea] (?:informaci\u00f3n|noticia"
    r"|art\u00edculo|entrada|tribuna|texto|cr\u00f3nica)|\b(?:uma|na) vers\u00e3o"
    r" (?:anterior|inicial) (?:dest[ea] (?:artigo|not\u00edcia|texto|pe\u00e7a)|indicava|dizia"
    r"|referia|informava|afirmava)|\beiner (?:fr\u00fcheren|vorherigen)(?: online-)?"
    r" ?(?:version|fassung) dies(?:es|er) (?:artikels|textes|beitrags|blogs|meldung)"
    r"|\ben tidigare version av (?:artikeln|texten|denna artikel)", re.IGNORECASE)
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")

# The months as English datelines, timelines and captions write them
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
# A date line run into the first sentence: "Friday, July 7, 2006 Londoners are ..."
_DATELINE = re.compile(rf"^(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\s*"
                       r"(?=[\"'\u201c\u2018]?[A-Z])")
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")  # a word in lower case, as almost all prose has
# A question to the reader, outside quotation marks: "Do you bank with Harcastle?", "What's
# your favourite of her novels?", or one that leaves the reader, its subject, unsaid: "Got a
# story?", "Enjoyed this article?", "Already a subscriber?" (searched for in questions only)
_TO_THE_READER = re.compile(
    r"^[^\"\u201c\u201d\u00ab\u00bb]*\byour?\b[^\"\u201c\u201d\u00ab\u00bb]*\?$"
    r"|^(?:got|want|enjoyed|liked|already|need|seen|spotted|missed|interested)\b"
    r"[^\"\u201c\u201d\u00ab\u00bb]{0,60}\?$", re.IGNORECASE)
# A call to action: a sentence that opens with an imperative of the shop or the page, then a
# determiner or a pronoun ("Buy the official shirt in the club shop now.", "Try our new
# features", "Share this story", "Create a free account to continue reading", "Have your
# say"), or that asks the reader to reach the outlet or the company ("Contact our security
# desk", "Call us", "For more information, call our helpline"). A sentence of the story opens
# with its subject, which these words may also be ("Share prices fell", "Order was restored",
# "Book sales rose"), an appeal of the police names them ("Call the police ..."), and a
# reporter's imperative stands in quotation marks.
_CALL_TO_ACTION = re.compile(
    r"(?:(?:Buy|Shop|Order|Pre-order|Book|Get|Download|Try|Join|Listen to|Watch|Read|Share|"
    r"Discover|Explore|Find out|Grab|Claim|Follow|Create|Register) "
    r"(?:the|our|your|a|an|this|these|it|them|now|more|today|here|all)|Have your say"
    r"|(?:For (?:more|further) [^,]{1,40}, )?(?i:contact|call|e-?mail|text|write to|visit|"
    r"tell|send) (?:us|our))\b")
# The page's note on itself: who made it, where it was first published, whose views it holds,
# what its writer holds ("Disclosure: I hold no position in …")
_PAGE_NOTE = re.compile(r"(?:This (?:story|article) (?:was|has been) (?:originally |first )?"
                        r"(?:published|produced|written)|The views expressed|(?:Full )?"
                        r"[Dd]isclosure:)")
# A timeline's entry: a date, a colon and what happened that day without its subject ("August
# 21: notified of adverse finding; provisionally suspended."), a note for the eye, not prose
_TIMELINE_ENTRY = re.compile(rf"(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?: [a-z]")
# A hashtag belongs to a social-media post that the page embeds; a newsroom's own sentence
# names a hashtag only inside a quotation, and such a quotation is no fact of the story.
_HASHTAG = re.compile(r"(?<![\w&])#[^\W\d]\w*")
STAMP_WORDS = 20  # a stamp is a line of a few words; a sentence of the story may hold a time
# what a date line starts with: a day's name, or a month's
_DATELINE_STARTS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun", *_MONTHS)
HEAD = MIN_WORDS  # a headline of MIN_WORDS words has as many characters at least
# Signs of a finite verb in English: auxiliaries and modals, negations, the irregular past
# tenses, a few verbs in the present, and any word ending in "ed". News prose tells what
# happened: an article's opening sentence without any of these is the caption of the picture
# set atop it ("Ambulances at Russell Square after the bombings.", "An A330 lands at Charles de
# Gaulle Airport in 2007.") or a headline set as a sentence, not its lede.
_FINITE = {"english": frozenset(
    "am is are was were be been being has have had do does did will would shall should can could "
    "may might must arose awoke bore beat became began bent bet bit bled blew broke bred brought "
    "built burnt burst bought cast caught chose clung came cost crept cut dealt dug drew dreamt "
    "drank drove dwelt ate fell fed felt fought found fled flung flew forbade forgot forgave "
    "froze got gave went ground grew hung heard hid hit held hurt kept knelt knew laid led leant "
    "leapt learnt left lent let lay lit lost made meant met paid put quit read rode rang rose "
    "ran said saw sought sold sent set shook shed shone shot shrank shut sang sank sat slew "
    "slept slid slung slit spoke sped spent spilt spun spat split spread sprang stood stole "
    "stuck stung stank strode struck strove swore swept swam swung took taught tore told thought "
    "threw thrust trod understood woke wore wove wept won wound wrote withdrew overtook "
    "undertook upheld withheld foresaw oversaw underwent "
    # and the present a live page's posts are told in, which no caption uses
    "says remains continues".split())}
# Words after which a word ending in "s" is a verb in the present: a press release's "The Ministry
# of Health today launches …" states what it does, as no headline or caption does.
_NOW = {"english": frozenset(["today", "now"])}


@dataclass(frozen=True)
class Kept:
    """A sentence kept for the pool, and the block of its article it stands in."""

    sentence: Sentence
    block: int
    words: tuple[str, ...] | None = None  # its word tokens (words.tokens), when worked out


def _is_byline(text: str) -> bool:
    """ "By Jane Doe and Sam Roe, Staff Writers." : "By" and then only names."""
    if "By" not in text:
        return False
    words = text.rstrip(".").replace(",", " ").split()
    return (len(words) > 1 and words[0] == "By"
            and all(w[:1].isupper() or w == "and" for w in words[1:]))


@dataclass(frozen=True)
class _Lowered:
    """Texts lower-cased and joined by line breaks, to search for words in all of them at once:
    where each starts in `joined`, and those holding a character whose case folds oddly."""

    joined: str
    starts: list[int]
    odd: set[int]


def _lowered(texts: list[str]) -> _Lowered:
    lowers = [text.lower() for text in texts]
    return _Lowered("\n".join(lowers),  # no word searched for holds a line break
                    list(accumulate((len(lower) + 1 for lower in lowers), initial=0)),
                    {k for k, text in enumerate(texts)
                     if not text.isascii() and _ODD_CASE.search(text)})


def _holding(lowered: _Lowered, words: tuple[str, ...]) -> set[int]:
    """The positions of the texts that hold one of the `words` (lower case) once lower-cased,
    or a character whose case folds oddly: each word searched for once in all the texts
    together rather than in each text."""
    found = set(lowered.odd)
    joined, starts = lowered.joined, lowered.starts
    for word in words:
        at = joined.find(word)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            found.add(k)
            at = joined.find(word, starts[k + 1])
    return found


_SUSPECT_WORDS = ("@", *_LINK_WORDS, *_FURNITURE_WORDS)
_SUSPECT_WORDS_OF = {language: _SUSPECT_WORDS + words
                     for language, words in _FURNITURE_WORDS_OF.items()}
_ANY_SUSPECT_WORDS = _SUSPECT_WORDS + tuple(chain.from_iterable(_FURNITURE_WORDS_OF.values()))


def _is_prose(text: str, words: list[str], suspect: bool | None = None) -> bool:
    """Whether text (whose word tokens are `words`) is a sentence of the story's prose.

    suspect: whether it may hold a link or furniture (_SUSPECT_WORDS), when already known.
    """
    if len(words) < MIN_WORDS or not ends_like_a_sentence(text):
        return False
    if suspect is None:
        suspect = bool(_holding(_lowered([text]), _ANY_SUSPECT_WORDS))
    if suspect and (_LINK.search(text) or ("@" in text and _EMAIL.search(text))
                    or _FURNITURE.search(text) or _CORRECTION.search(text)):
        return False
    if len(words) <= STAMP_WORDS and (_STAMP.match(text) or _TIME_ALONE.fullmatch(text)):
        return False
    if text[-5:-1].isdigit() and _PLACE_AND_DATE.search(text):
        return False
    if "#" in text and _HASHTAG.search(text):
        return False
    if text.endswith("?") and _TO_THE_READER.match(text):
        return False
    if _CALL_TO_ACTION.match(text) or _PAGE_NOTE.match(text) or _TIMELINE_ENTRY.match(text):
        return False
    if (not _LOWER_WORD.search(text) and not any(word[:1].islower() for word in text.split())
            and any(map(str.isupper, text))):
        return False  # prose holds words in lower case: capitalised words alone are a
        # headline, a name, a label or a date (in a script that has capitals)
    return not _is_byline(text)


def _is_subhead(s: Sentence) -> bool:
    """A question standing alone on its line, outside quotation marks: a sub-head ("What
    happens next?") or a prompt to the reader. A question someone asked is quoted."""
    return (s.first and s.last and s.text.endswith("?")
            and s.text[:1] not in "\"'\u201c\u2018\u00ab\u201e")


def _caption_lines(sentences: list[Sentence], lowered: _Lowered) -> set[int]:
    """The lines that hold a picture's credit: captions, each line dropped whole.
    lowered: the sentences' texts (_lowered)."""
    suspects = _holding(lowered, _CREDIT_WORDS) | {
        k for k, s in enumerate(sentences) if s.text.startswith(_FILE)}
    return {sentences[k].line for k in suspects if _CREDIT.search(sentences[k].text)}


def _bracketed_lines(sentences: list[Sentence]) -> set[int]:
    """The lines written wholly in square brackets: an editor's note on the page, not the
    story ("[Photo caption: The remains of the bridge …]", "[Foto: Médicos del hospital …]",
    "[Advertisement]"), each line dropped whole."""
    opened = {s.line for s in sentences if s.first and s.text.startswith("[")}
    return {s.line for s in sentences
            if s.last and s.line in opened and s.text.rstrip(". ").endswith("]")}


def _without_headline(text: str, headlines: dict[str, list[str]]) -> str:
    """The sentence without a date line or headline run into its start ("Headline First …").

    headlines: the headlines of at least MIN_WORDS words, by their first HEAD characters.
    """
    if text.startswith(_DATELINE_STARTS):
        text = _DATELINE.sub("", text)
    for headline in headlines.get(text[:HEAD], ()):
        if not text.startswith(headline):
            continue
        rest = text[len(headline):].lstrip(" :-\u2013\u2014|")
        if rest[:1].isupper() and _is_prose(rest, tokens(rest)):
            return rest
    return text


def _may_open_with_label(text: str) -> bool:
    """Whether a sentence may open with one of _LABELS: each holds a capital in second place, an
    opening bracket, a digit (first, or opening the second word), a colon near the start
    (KICKER characters), a comma and then a dash near the start, or opens with the ad's word,
    a stage of an incident (_STAGES) or a place and a dash (_PLACE_DASH, _AGENCY_DASH)."""
    head = text[:KICKER]
    return (text[1:2].isupper() or text[:1] in "(0123456789" or ":" in head
            or text.startswith(_LABEL_WORDS)
            or text.partition(" ")[2][:1].isdigit()
            or "," in head and any(dash in head.partition(",")[2] for dash in _DASHES)
            or _PLACE_DASH.match(head) is not None or _AGENCY_DASH.match(head) is not None)


# A run-in head in sentence case opening a paragraph, as press releases and live pages set their
# sections ("Firefighter injury: The firefighter injured on Tuesday …", "Road closures: State
# Highway 317 …"): two or three words (the match reads up to five, for _EXPLAINER_HEADS), none
# a function word nor the last a verb in the past, so that words that bring in someone's account
# stay ("She vowed: …", "One said: …", "Investors were unforgiving: …", "Police confirmed: …");
# one word may be a speaker ("Police: …").
_RUN_IN_HEAD = re.compile(r"([A-Z][a-z]+(?: [a-z]+){1,4}): (?=[A-Z])")
# One word run in as a head names what its sentence tells of, in the sentence's own words
# ("Diversion: Traffic is being diverted …", "Sachschaden: Der Sachschaden wird …",
# "Streckensperrung: Die Bahnstrecke …"), where a speaker's name is not repeated ("Police: Two
# more bodies …", "Carrow: "We are not going to stop …""): the head goes when the rest holds its
# first HEAD_STEM letters, in any letters and any language.
_ONE_WORD_HEAD = re.compile(r"([^\W\d_]+): (?=[^\W\d_])")
HEAD_STEM = 5  # "diver" of "diverted", "sachs" of "Sachschaden"; "Why:" whole
# An explainer's heads, function words and all, of up to five words ("What happened: In the
# early hours of Monday …", "Why it matters: …", "What we know so far: …")
_EXPLAINER_HEADS = frozenset(["what happened", "what we know", "what we know so far",
                              "what happens next", "why it matters", "what it means",
                              "the background", "the details"])


def _without_run_in_head(text: str, stop: frozenset[str]) -> str:
    """The sentence without the run-in head it opens with (_RUN_IN_HEAD, _ONE_WORD_HEAD), when
    the sentence is prose with it (not furniture: "Read more: …", "Notes to editors: …") and
    without it."""
    head = _RUN_IN_HEAD.match(text)
    if head is not None:
        words = head.group(1).lower().split()
        if head.group(1).lower() not in _EXPLAINER_HEADS and (
                len(words) > 3 or not stop.isdisjoint(words) or words[-1].endswith("ed")):
            return text
    else:
        head = _ONE_WORD_HEAD.match(text)
        if (head is None or not text[0].isupper() or not text[head.end()].isupper()
                or head.group(1).lower()[:HEAD_STEM] not in text[head.end():].lower()):
            return text
    rest = text[head.end():]
    return rest if _is_prose(text, tokens(text)) and _is_prose(rest, tokens(rest)) else text


def _without_labels(text: str) -> str:
    """The sentence without the labels glued to its start (_LABELS), when what is left is a
    sentence of prose."""
    if not _may_open_with_label(text):
        return text
    rest = text
    for _ in range(LABELS):
        found = next((m for m in map(lambda label: label.match(rest), _LABELS) if m), None)
        if found is None:
            break
        rest = rest[found.end():]
    return rest if rest != text and _is_prose(rest, tokens(rest)) else text


# A time alone, as a live page stamps its posts ("12:58 a.m."), and a wire photo's caption, which
# ends on the place and the date the picture was taken ("Smoke rises from a depot in Ashmoor,
# Britain, December 2, 2026."): prose names a day with "on" ("on Sunday, November 28, 2026").
_TIME_ALONE = re.compile(r"\W*\d{1,2}[:.]\d{2} ?(?:[ap]\.m\.|[AP]M)?\W*")
_PLACE_AND_DATE = re.compile(
    rf", (?!{_WEEKDAY},)[A-Z][a-z]+, {_MONTH} \d{{1,2}}, (?:19|20)\d\d\.$")

# A list's number opening a line, alone or before its item: "1.", "12) The Wall Gardens"
_LIST_NUMBER = re.compile(r"\d{1,2}[.)](?:\s|$)")


def _numbered_lines(sentences: list[Sentence]) -> set[int]:
    """The lines of a numbered list, each dropped whole: those that open with a list's number
    ("1. The Glass Canal (1988). The Booker winner, and still the best place to start."). An
    item is the list's, read after its number and the items before it, not a sentence of the
    story: its sentences are titles and fragments ("The Booker winner ...")."""
    return {s.line for s in sentences if s.first and _LIST_NUMBER.match(s.text)}


# A list that a line ending with a colon opens, set without its bullets ("People at these
# places may have been exposed:", then "Ashby Public Library, children's story time, Nov. 7,
# 10 a.m. to noon."): its items are the lines right after it of one sentence and at most
# LIST_WORDS words each, up to one that is longer, opens a quotation or a bullet (a bulleted
# list is read as one by select, and prose may follow it), or ends with a colon itself. An item
# reads under its list's opening line, as a bulleted one does: a fragment, a candidate's result
# ("Civic Renewal: 36.2 per cent, 38 seats"), a post the page quotes. Prose after a colon
# ("Here's the wire report:" and the wire's paragraphs) opens with a longer line, and holds no
# list. LIST_WORDS: a long item's words, fewer than a news sentence's twenty-odd.
LIST_WORDS = 20
_NOT_ITEMS = "\"'`\u201c\u201e\u00ab\u2018*\u2022\u00b7\u2013\u2014-"  # quotation marks, bullets


def list_items(sentences: Sequence[Sentence]) -> set[tuple[str, int]]:
    """The sentences (article, index) of the items of lists that a line ending with a colon
    opens (LIST_WORDS), of articles' sentences in order (all of them, as split)."""
    items: set[tuple[str, int]] = set()
    opened = ("", -2)  # the article and line of the last line that ended with a colon
    for s in sentences:
        text = s.text.rstrip()
        if (opened == (s.article, s.line - 1) and s.first and s.last
                and len(text.split()) <= LIST_WORDS and text[:1] not in _NOT_ITEMS
                and not text.endswith(":")):
            items.add((s.article, s.index))
            opened = (s.article, s.line)  # the list goes on
        elif s.last and text.endswith(":"):
            opened = (s.article, s.line)
    return items


def _repeated_lines(sentences: list[Sentence]) -> set[int]:
    """The lines that the page prints more than once, word for word: a widget's text shown in
    two places (a video's description over the same words as a summary's first point, an
    author's box at the top and at the foot, a chart's legend). A story states its sentences
    once; a line that is also the whole of another line is furniture in both places. But where
    most of the article's lines are repeated, the text was pasted (or scraped) twice: none is
    furniture, and the copies are dropped as any repeated sentence is (clean keeps one)."""
    text_of: dict[int, list[str]] = {}
    for s in sentences:
        text_of.setdefault(s.line, []).append(s.text)
    # by their words, case aside: a sentence's text is folded (one space between words, none
    # at the ends: Sentence.text), and so is a line's, its sentences joined by one space
    lines_of: dict[str, list[int]] = {}
    for line, texts in text_of.items():
        lines_of.setdefault(" ".join(texts).lower(), []).append(line)
    repeated = {line for same in lines_of.values() if len(same) > 1 for line in same}
    return repeated if 2 * len(repeated) <= len(text_of) else set()


# A caption says who and where in a line (the longest seen: "Air France A330-200 F-GZCP lands at
# Paris Charles de Gaulle Airport on March 28, 2007", 17 words): a longer opening sentence with
# no sign of a finite verb tells its news in the present tense ("The board's decision to block
# the takeover ends, for now, a 14-month attempt to create the largest grocer, and raises …").
CAPTION_WORDS = 25
# A text in a language has at least this share of its words among the language's stop words
# (news prose in English: 34 to 60 % of the words of the corpus and the WikiNews sets); a text in
# another language sent as English has a handful (a French story: 12 %).
IN_LANGUAGE = 0.25


_CUT_SHORT = re.compile("[,;][\"'\u201d\u2019)\\]]*$")  # a comma or a semicolon at the end


def _cut_short(text: str, words: list[str], language: str, article: str) -> bool:
    """Whether a line's last sentence is one of prose that the page cut short: it ends in a
    comma or a semicolon ("... is about 64.5 billion dollars (£52bn), making it Exxon's largest
    buyout since acquiring Mobil two decades ago,"), and would be prose with a full stop,
    with a sign of a finite verb (_states_nothing; `article`: its article lower-cased). It
    still states its fact, for the others to be linked to; it never stands alone as a brief
    sentence (select.stands_alone)."""
    end = _CUT_SHORT.search(text)
    return (end is not None and _is_prose(text[:end.start()] + ".", words)
            and not _states_nothing(words, language, article))


# A relative clause set off by commas ("Marlene Hovde, who owns the store with her husband, outside
# the store on Thursday.", "Sea defences at Holmwick Gap, where the cliffs have retreated …"):
# its verb is not the sentence's. A caption is a few words naming who or what is shown and
# where, with no verb but one in such a clause: more than MIN_WORDS words outside it and
# CAPTION_HEAD at most (a close translation's lede in the present, "The state rail company
# Estrel Rail informs about the leak …, which were …", has a verb of its own in twenty; "The
# footage, which was shown to the court was described as chilling" leaves out a comma).
_RELATIVE = re.compile(r", (?:who|whom|whose|which|where) [^,]*(?:,|$)")
CAPTION_HEAD = 10


def _states_nothing(words: list[str], language: str, text: str) -> bool:
    """Whether a sentence's words (tokens) hold no sign of a finite verb (_FINITE, _NOW), in an
    article (`text`: its sentences, lower-cased) written in the language, and are no more than
    a caption's CAPTION_WORDS; never in a language without the list."""
    finite = _FINITE.get(language)
    if (finite is None or len(words) > CAPTION_WORDS
            or any(w in finite or w.endswith(("ed", "n't", "n\u2019t")) for w in words)
            or any(w.endswith("s") and before in _NOW.get(language, ())
                   for before, w in zip(words, words[1:], strict=False))):
        return False
    every = tokens(text)
    stop = stop_words(language)
    return sum(w in stop for w in every) >= IN_LANGUAGE * len(every)


# A live page's post (or a status page's update) opens with the time of day it was posted at:
# "21:05 – ", "18.40 - ", "9:12 p.m. - ", "12:58 PM ET: ", "UPDATE 18:30 UTC: ", a French
# page's "20h30 - ", a German ticker's "+++ Montag, 14:50 Uhr +++", an Italian page's "ore 21.45
# — ", a Swedish page's "Uppdatering 14:30: " or "Klockan 02.41", perhaps after the day's
# date ("10 agosto, 15:35 - "). A page of LIVE_POSTS
# posts or more is live: a story, and a kicker's time ("UPDATE 18:05: Teskor closed …") or a
# time that opens a sentence of its own, opens one paragraph or two so. The time may stand on
# a line of its own, above its post ("16:40").
_POSTED = re.compile(r"(?:(?:UPDATE|Update|Uppdatering|[Oo]re|[Kk]lockan|[Kk]l\.?|"
                     + _WEEKDAY + r",?)\s+"
                     r"|\+{2,3}\s+(?:[^\W\d_]+,?\s+)?)?"
                     r"(?:\d{1,2}\.?\s[^\W\d_]{3,10}\.?,?\s)?(?:[01]?\d|2[0-3])[:.h][0-5]\d"
                     r"(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?(?=\s|:|$)")
LIVE_POSTS = 3


def first_post(sentences: list[Sentence]) -> int | None:
    """The line of a live page's first post, None where the article (its sentences, split) is
    no live page: a live page has LIVE_POSTS paragraphs or more that open with the time of day
    they were posted at. A time alone on its line stamps the post below it: not one another
    time follows (a video player's "03:10", "00:08", "04:58")."""
    posted = [s.first and _POSTED.match(s.text) is not None for s in sentences]
    alone = [posted[k] and _POSTED.fullmatch(s.text) is not None
             for k, s in enumerate(sentences)]
    stamps = [k for k, stamped in enumerate(posted) if stamped and not (
        alone[k] and (k + 1 == len(sentences) or posted[k + 1]))]
    return sentences[stamps[0]].line if len(stamps) >= LIVE_POSTS else None


# A party's press release names itself so in its title or on one of its first lines, in any of
# the languages read: "PRESS RELEASE", "Thornvale Chemicals Ltd - Press statement",
# "Pressemitteilung: …", "Comunicato stampa n. 41/2025 – …", "NOTA DE PRENSA", "COMUNICADO
# OFICIAL", "NOTA À COMUNICAÇÃO SOCIAL", "Pressmeddelande", "Statement regarding the incident
# involving our tour group". The label stands alone, or before a colon, a dash, a bar or a
# number, perhaps after the party's name and a dash: a report's "Press release reveals …" and
# "Nota de prensa de la Consejería" name one. On a line of the text, a capital may follow it
# too: the line below it, folded into its paragraph ("Press statement Castlebridge, 14
# October"), where a title's next word is its own ("Press Release Reveals …").
_LABEL = (r"^(?:.{0,80}\s[-\u2013\u2014|/]\s)?(?:(?:press|media|news)\s+(?:release|statement)"
          r"|for\s+immediate\s+release|communiqu[ée](?:\s+de\s+presse)?|pressemitteilung"
          r"|pressemeldung|presseinformation|medienmitteilung|comunicato(?:\s+stampa)?"
          r"|nota\s+(?:stampa|de\s+prensa|informativa|(?:à|a|de)\s+imprensa"
          r"|(?:à|a)\s+comunica[çc][ãa]o\s+social|oficial)"
          r"|comunicado(?:\s+de\s+prensa)?|pressmeddelande)(?:\s+(?:officiel|ufficiale|oficial))?"
          r"(?=\s*(?:$|[-\u2013\u2014|/:]|n[or]?\.|\d)BELOW)"
          r"|^(?:official\s+)?statement\s+(?:on|regarding|concerning)\s")
_RELEASE_TITLE = re.compile(_LABEL.replace("BELOW", ""), re.IGNORECASE)
_RELEASE_LINE = re.compile(_LABEL.replace("BELOW", "|\\s+(?-i:[A-Z\u00c0-\u00de])"),
                           re.IGNORECASE)
RELEASE_LINES = 3  # a release's label heads it: over its party's name and its date at most


def released(sentences: list[Sentence], title: str = "") -> bool:
    """Whether an article (its sentences, split, and its title) is a party's press release:
    its title or one of its first RELEASE_LINES paragraph lines is labelled so (_LABEL)."""
    return _RELEASE_TITLE.match(title) is not None or any(
        _RELEASE_LINE.match(s.text) is not None
        for s in sentences if s.first and s.line < RELEASE_LINES)


def headline(sentences: list[Sentence]) -> str:
    """The headline a text opens with, or "": its first line, when that is a line of at least
    MIN_WORDS words of letters that opens with a capital and does not end like a sentence (a
    page's title, pasted with its text; not a date line such as "Friday, June 13, 2025"), nor
    with a colon (a line that leads into what follows: "Survivors told the inquiry:"), nor is a
    byline ("By Jane Doe and Sam Roe")."""
    first = sentences[0] if sentences else None
    if (first is None or not (first.first and first.last) or not first.text[:1].isupper()
            or ends_like_a_sentence(first.text) or first.text.endswith(":")
            or sum(w[0].isalpha() for w in tokens(first.text)) < MIN_WORDS
            or _is_byline(first.text)):
        return ""
    return first.text


def clean(sentences: list[Sentence], title: str = "", language: str = "english") -> list[Kept]:
    """The sentences of one article that are prose of its story, in order, with their blocks."""
    headlines: dict[str, list[str]] = {}

    def add_headline(text: str) -> None:
        if len(tokens(text)) >= MIN_WORDS:  # a shorter one is never cut off a sentence
            headlines.setdefault(text[:HEAD], []).append(text)

    if title.strip():
        add_headline(fold(title))
    lowered = _lowered([s.text for s in sentences])
    suspects = _holding(lowered, _SUSPECT_WORDS_OF.get(language, _SUSPECT_WORDS))
    stop = stop_words(language)
    captions = (_caption_lines(sentences, lowered) | _repeated_lines(sentences)
                | _numbered_lines(sentences) | _bracketed_lines(sentences))
    seen: set[str] = set()
    kept: list[Kept] = []
    opened = False  # whether the article's opening sentence has been read
    block, dropped_lines = 0, 0
    for k, s in enumerate(sentences):
        text = s.text
        if kept and s.first and (s.last and len(text) <= BACK_MATTER
                                 and _BACK_MATTER.fullmatch(text)
                                 or _BACK_MATTER_RUN_IN.match(text)):
            break
        if text[:HEAD] in headlines or text.startswith(_DATELINE_STARTS):
            text = _without_headline(text, headlines)
        if s.first:
            text = _without_run_in_head(_without_labels(text), stop)
        words = tokens(text)
        key = " ".join(words)
        keep = (key not in seen and s.line not in captions and not _is_subhead(s)
                and (_is_prose(text, words, k in suspects if text == s.text else None)
                     or s.last and _cut_short(text, words, language, lowered.joined)))
        if keep and not opened:  # the opening sentence, the only one read for a verb
            opened = True
            main = tokens(_RELATIVE.sub(",", text))
            keep = not _states_nothing(main if MIN_WORDS < len(main) <= CAPTION_HEAD else words,
                                       language, lowered.joined)
        seen.add(key)
        if keep:
            if dropped_lines >= BLOCK_BREAK and kept:
                block += 1
            dropped_lines = 0
            kept.append(Kept(replace(s, text=text) if text != s.text else s, block,
                             tuple(words)))
        elif s.first and s.last:
            dropped_lines += 1
            add_headline(s.text)
    return kept
