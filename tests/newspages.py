"""News web pages written for the tests, in the styles of five kinds of outlet.

One fictional story (a landslide that cut a coastal railway) as a wire service, a broadsheet, a
broadcaster, a blog and an aggregator would put it on the web: each page has the article's
paragraphs amid the furniture of its kind of site (navigation, a cookie banner, a figure with a
caption and a photo credit, share buttons, related links, comments, a © footer) and the
metadata such pages carry (<title>, <h1>, og:site_name, an author, JSON-LD NewsArticle).

`Page.paragraphs` are what the extracted text must hold, each whole; `Page.furniture` are lines
of the page that it must not hold. The page's HTML is `Page.html`, with the paragraphs put in
(HTML-escaped) where the template says `{p0}`, `{p1}`, ….
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

COOKIE_TEXT = ('By clicking "Accept all" you agree to the storing of cookies on your device to '
               "enhance site navigation and analyse site usage.")


@dataclass(frozen=True)
class Page:
    slug: str  # the outlet's kind: wire, broadsheet, broadcaster, blog, aggregator
    site: str  # og:site_name and the JSON-LD publisher
    headline: str  # the <h1>, og:title and the JSON-LD headline
    author: str
    published: str  # the JSON-LD datePublished
    url: str  # the canonical URL
    paragraphs: tuple[str, ...]
    furniture: tuple[str, ...]
    template: str

    def json_ld(self) -> str:
        return json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": self.headline, "datePublished": self.published,
            "author": {"@type": "Person", "name": self.author},
            "publisher": {"@type": "Organization", "name": self.site},
            "mainEntityOfPage": self.url})

    @property
    def html(self) -> str:
        fields = {f"p{k}": html.escape(p, quote=False) for k, p in enumerate(self.paragraphs)}
        return self.template.format(
            headline=html.escape(self.headline), site=html.escape(self.site),
            author=html.escape(self.author), url=self.url, published=self.published,
            json_ld=self.json_ld(), cookie=html.escape(COOKIE_TEXT, quote=False), **fields)


WIRE = Page(
    slug="wire", site="Northwire", author="Mara Quist", published="2025-03-11T06:42:00Z",
    headline="Landslide cuts coastal rail line, strands 300 passengers",
    url="https://northwire.example/world/landslide-cuts-coastal-rail-line-2025-03-11/",
    paragraphs=(
        "PORT ALDEN, March 11 (Northwire) - A landslide buried a stretch of the coastal railway "
        "between Port Alden and Merrow before dawn on Tuesday, stranding about 300 passengers "
        "on two trains and closing the line for at least a week, the operator said.",
        "No one was hurt, Coastline Rail said in a statement, but a freight train that was "
        "following the first passenger service stopped less than 200 metres from the mud.",
        "Heavy rain had fallen on the hills above the track for four days, and the regional "
        "weather office had warned on Monday that slopes along the coast could give way.",
        "Buses took the stranded passengers on to Merrow by mid-morning, the company said. "
        "Engineers were checking a further 12 kilometres of track for cracks.",
        "The line carries about 9,000 passengers a day and most of the region's grain to the "
        "port, and the closure is likely to delay exports, a port spokesman said.",
    ),
    furniture=("Photo: Tomas Reyes/Northwire", "Rescue workers look at mud covering",
               "Share this article", "Related coverage", "Ferry operator raises fares",
               "© 2025 Northwire. All rights reserved.", "Markets close higher",
               "Our Standards: The Northwire Trust Principles.", COOKIE_TEXT),
    template="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{headline} | Northwire</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{headline}">
<meta name="author" content="{author}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json_ld}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head><body>
<div id="onetrust-banner-sdk" class="cookie-banner" role="dialog"><p>{cookie}</p>
<button>Accept all</button><button>Cookie settings</button></div>
<header class="site-header"><a class="logo" href="/">Northwire</a>
<nav aria-label="Main"><ul><li><a href="/world/">World</a></li>
<li><a href="/business/">Business</a></li>
<li><a href="/markets/">Markets</a></li><li><a href="/sustainability/">Sustainability</a></li>
<li><a href="/legal/">Legal</a></li></ul></nav></header>
<div class="ticker"><a href="/markets/">Markets close higher as oil eases</a></div>
<main><article>
<h1>{headline}</h1>
<div class="byline">By <a rel="author" href="/authors/mara-quist/">{author}</a></div>
<time datetime="{published}">March 11, 2025 6:42 AM UTC</time>
<div class="share-bar"><a href="#">Share this article</a> <a href="#">X</a> <a href="#">LinkedIn</a>
<a href="#">Email</a></div>
<figure><img src="/img/landslide.jpg" alt="">
<figcaption>Rescue workers look at mud covering the railway near Port Alden, March 11, 2025.
<span class="credit">Photo: Tomas Reyes/Northwire</span></figcaption></figure>
<div class="article-body">
<p>{p0}</p>
<p>{p1}</p>
<p>{p2}</p>
<p>{p3}</p>
<p>{p4}</p>
</div>
<p class="trust"><a href="/trust/">Our Standards: The Northwire Trust Principles.</a></p>
</article>
<aside class="related"><h2>Related coverage</h2><ul>
<li><a href="/a">Ferry operator raises fares as winter storms cut crossings</a></li>
<li><a href="/b">Grain exports fall for a third month</a></li></ul></aside>
</main>
<footer><p>© 2025 Northwire. All rights reserved.</p>
<ul><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>
""")

BROADSHEET = Page(
    slug="broadsheet", site="The Alden Ledger", author="Hugo Varga",
    published="2025-03-11T09:15:00+01:00",
    headline="Railway closed for a week after hillside collapses onto tracks",
    url="https://www.aldenledger.example/news/2025/mar/11/railway-closed-hillside-collapses",
    paragraphs=(
        "The coastal railway between Port Alden and Merrow will stay closed for at least a "
        "week after a hillside slid onto the tracks early on Tuesday, leaving two trains and "
        "about 300 passengers stuck on either side of the slip.",
        "Coastline Rail said nobody had been injured. Its chief executive, Ilse Moreau, said "
        "the company would not reopen the line until geologists were sure the slope had "
        "stopped moving.",
        "\u201cWe were lucky this morning, and we will not rely on luck a second time,\u201d "
        "Moreau told reporters at Merrow station.",
        "Residents of Hallow Bay, the village above the slip, said cracks had appeared in the "
        "road after four days of heavy rain. Some had asked the council last autumn to shore up "
        "the slope.",
        "The council said it would publish its own survey of the hillside this month. About "
        "9,000 people use the line each day, many of them commuters to Port Alden.",
        "Opposition councillors called for an inquiry into why warnings about the slope had "
        "not led to work on it.",
    ),
    furniture=("Photograph: Ana Lindqvist for the Ledger", "The slip at Hallow Bay seen",
               "Sign up to Morning Briefing", "Most viewed", "City to plant 10,000 trees",
               "Comments (2)", "They have known about that slope for years",
               "© 2025 Alden Ledger Media Ltd", "Share on Facebook", "Support the Ledger",
               COOKIE_TEXT),
    template="""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{headline} | Alden news | The Alden Ledger</title>
<meta property="og:site_name" content="{site}">
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{author}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json_ld}</script>
</head><body>
<div class="cmp-container" id="sp_message_container"><div class="message">
<h2>Your privacy</h2><p>{cookie}</p><button>Accept all</button><button>Reject all</button>
<a href="/privacy">Manage or reject cookies</a></div></div>
<header><nav class="pillars"><a href="/">News</a> <a href="/opinion">Opinion</a>
<a href="/sport">Sport</a> <a href="/culture">Culture</a>
<a href="/lifeandstyle">Lifestyle</a></nav>
<div class="support-banner"><a href="/support">Support the Ledger</a>: fund independent journalism
from just £2 a month.</div></header>
<main>
<div class="kicker"><a href="/news/alden">Alden</a></div>
<h1>{headline}</h1>
<div class="standfirst"><p>Two trains stranded as a slip at Hallow Bay closes the coastal line;
residents say they warned of cracks months ago</p></div>
<address class="byline">by <a rel="author" href="/profile/hugo-varga">{author}</a>, transport
correspondent</address>
<div class="meta"><time datetime="{published}">Tue 11 Mar 2025 09.15 CET</time></div>
<ul class="social"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li>
<li><a href="#">Share via Email</a></li></ul>
<figure class="element-image"><img src="/i/slip.jpg" alt="Mud across a railway line">
<figcaption><span class="caption">The slip at Hallow Bay seen from the coast road on Tuesday.
</span><span class="credit">Photograph: Ana Lindqvist for the Ledger</span></figcaption></figure>
<div class="article-body" itemprop="articleBody">
<p>{p0}</p>
<p>{p1}</p>
<aside class="newsletter"><p><strong>Sign up to Morning Briefing</strong></p><p>Our morning email
breaks down the key stories of the day.</p><form><input type="email"><button>Sign up</button>
</form></aside>
<p>{p2}</p>
<p>{p3}</p>
<p>{p4}</p>
<p>{p5}</p>
</div>
<section class="most-viewed"><h2>Most viewed</h2><ol>
<li><a href="/x">City to plant 10,000 trees along its ring road</a></li>
<li><a href="/y">Harbour festival moves to September</a></li></ol></section>
<section id="comments" class="discussion"><h2>Comments (2)</h2>
<div class="comment"><span class="comment-author">seawall_sam</span>
<p>They have known about that slope for years and done nothing about it.</p></div>
<div class="comment"><span class="comment-author">m.h.</span>
<p>Glad nobody was hurt. Hats off to the freight driver.</p></div></section>
</main>
<footer><p>© 2025 Alden Ledger Media Ltd or its affiliated companies. All rights reserved.</p>
<a href="/help">Help</a> <a href="/complaints">Complaints &amp; corrections</a></footer>
</body></html>
""")

BROADCASTER = Page(
    slug="broadcaster", site="CRTV News", author="Priya Okafor",
    published="2025-03-11T07:30:00Z",
    headline="Passengers stranded as landslide blocks Port Alden to Merrow line",
    url="https://news.crtv.example/regions/coast-1193004",
    paragraphs=(
        "Hundreds of rail passengers were stranded on Tuesday morning after a landslide covered "
        "the line between Port Alden and Merrow.",
        "Two trains were halted on either side of the slip near Hallow Bay, and passengers "
        "waited for more than three hours before buses arrived to take them on.",
        "One passenger, student Leo Brandt, said the train had stopped suddenly in the dark. "
        "\u201cThe guard told us the track in front of us had simply disappeared,\u201d he said.",
        "Coastline Rail said the line would be shut for at least a week while engineers "
        "cleared thousands of tonnes of earth and checked the rest of the route.",
        "The weather service has kept its warning for heavy rain in place until Thursday.",
    ),
    furniture=("Image source, CRTV", "Image caption, Earth and rocks",
               "Watch: Drone footage shows", "Listen to this article",
               "More on this story", "Top stories", "Council tax to rise by 4%",
               "Copyright © 2025 CRTV", "Read about our approach to external linking.",
               "Share page", COOKIE_TEXT),
    template="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Passengers stranded as landslide blocks Port Alden to Merrow line - CRTV News</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{headline}">
<meta name="article:author" content="{author}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json_ld}</script>
</head><body>
<div id="consent-banner" class="consent"><p>{cookie}</p>
<button>Yes, I agree</button><button>No, take me to settings</button></div>
<header><a href="/">CRTV</a><nav><ul><li><a href="/news">Home</a></li><li><a href="/news/regions">
Regions</a></li><li><a href="/weather">Weather</a></li><li><a href="/iplayer">Watch live</a></li>
</ul></nav></header>
<main id="main-content"><article>
<header><h1 id="main-heading">{headline}</h1>
<div class="byline-block"><span class="author">{author}</span><span class="role">Coast reporter
</span></div><time datetime="{published}">2 hours ago</time>
<button class="share">Share page</button><button class="listen">Listen to this article</button>
</header>
<figure><div class="media-player">Watch: Drone footage shows the scale of the slip</div></figure>
<div data-component="text-block"><p><b>{p0}</b></p></div>
<div data-component="text-block"><p>{p1}</p></div>
<figure><img src="/img/slip.jpg" alt=""><span class="source">Image source, CRTV</span>
<figcaption><span class="visually-hidden">Image caption, </span>Earth and rocks cover the track
near Hallow Bay</figcaption></figure>
<div data-component="text-block"><p>{p2}</p></div>
<div data-component="text-block"><p>{p3}</p></div>
<div data-component="text-block"><p>{p4}</p></div>
<section data-component="links-block"><h2>More on this story</h2><ul>
<li><a href="/n/1">Weather warning for heavy rain extended</a></li>
<li><a href="/n/2">Coastal path closed after cliff fall</a></li></ul></section>
</article>
<aside><h2>Top stories</h2><ul><li><a href="/t/1">Council tax to rise by 4% next year</a></li>
<li><a href="/t/2">Hospital opens new maternity wing</a></li></ul></aside></main>
<footer><p>Copyright © 2025 CRTV. CRTV is not responsible for the content of external sites.
<a href="/help">Read about our approach to external linking.</a></p></footer>
</body></html>
""")

BLOG = Page(
    slug="blog", site="Rails of the Coast", author="Dev Hartley",
    published="2025-03-12T18:05:00+00:00",
    headline="What the Hallow Bay slip tells us about the coast line",
    url="https://railsofthecoast.example/2025/03/12/hallow-bay-slip/",
    paragraphs=(
        "I have walked the cliff path above Hallow Bay more times than I can count, and for "
        "the last two winters you could see the fence posts leaning a little further towards "
        "the sea each month.",
        "So when the hillside finally came down onto the railway on Tuesday morning, stranding "
        "two trains and some 300 passengers, the only surprise was that it had taken so long.",
        "The line was built in the 1870s on a shelf cut into soft clay, and the drainage "
        "channels above the cutting have not been cleared properly for years, according to "
        "the operator's own maintenance reports.",
        "Coastline Rail now says the line will stay closed for at least a week. I would be "
        "astonished if it is open again before the end of the month.",
        "If the region wants a railway along this coast in twenty years, someone will have to "
        "pay for the slopes as well as the track.",
    ),
    furniture=("Leave a Reply", "Your email address will not be published.", "Recent Posts",
               "Ten years of the night train to Merrow", "Posted in Infrastructure",
               "Proudly powered by WordPress", "© 2025 Rails of the Coast",
               "Photo by the author", "The leaning fence above the cutting", "Like this:",
               "Great piece, Dev.", COOKIE_TEXT),
    template="""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>{headline} &#8211; Rails of the Coast</title>
<meta property="og:site_name" content="{site}">
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{author}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json_ld}</script>
</head><body class="post-template-default single single-post">
<div class="cookie-notice-container"><span id="cn-notice-text">{cookie}</span>
<a href="#" id="cn-accept-cookie">Accept all</a></div>
<div id="page" class="site"><header id="masthead" class="site-header">
<p class="site-title"><a href="/">Rails of the Coast</a></p>
<p class="site-description">Notes on trains, tracks and timetables</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/archive/">Archive</a>
</li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main"><article id="post-812" class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">{headline}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published"
datetime="{published}">12 March 2025</time></span><span class="byline"> by <span class="author
vcard"><a class="url fn n" href="/author/dev/">{author}</a></span></span></div></header>
<div class="entry-content">
<p>{p0}</p>
<figure class="wp-block-image"><img src="/wp-content/uploads/2025/03/fence.jpg" alt="">
<figcaption>The leaning fence above the cutting, January 2025. Photo by the author.</figcaption>
</figure>
<p>{p1}</p>
<p>{p2}</p>
<p>{p3}</p>
<p>{p4}</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
<div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><span>Like Loading...</span>
</div></div>
<footer class="entry-footer"><span class="cat-links">Posted in
<a href="/c/infra/" rel="category tag">Infrastructure</a></span>
<span class="tags-links">Tagged <a href="/t/landslides/">landslides</a>
</span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on
&ldquo;{headline}&rdquo;</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">
Ruth W.</b> <time>12 March 2025 at 19:40</time></footer><div class="comment-content">
<p>Great piece, Dev. The drainage point is spot on.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">
Ken</b></footer><div class="comment-content"><p>Same story at the tunnel in 2019, nothing
learned.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
Leave a Reply</h3><form id="commentform"><p class="comment-notes">Your email address will not be
published. Required fields are marked *</p><textarea name="comment"></textarea>
<input type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul><li><a href="/2025/02/night-train/">Ten years of the
night train to Merrow</a></li><li><a href="/2025/01/timetable/">The new timetable, line by line
</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2025 Rails of the Coast
<span class="sep"> | </span><a href="https://wordpress.org/">Proudly powered by WordPress</a>
</div></footer></div>
</body></html>
""")

AGGREGATOR = Page(
    slug="aggregator", site="NewsPile", author="Northwire staff",
    published="2025-03-11T07:02:00Z",
    headline="Coastal railway shut for a week after landslide strands two trains",
    url="https://newspile.example/story/coastal-railway-shut-landslide-88231",
    paragraphs=(
        "A landslide closed the railway between Port Alden and Merrow on Tuesday, trapping two "
        "trains carrying about 300 passengers on either side of a wall of mud and rock.",
        "The operator, Coastline Rail, said no one was injured and that replacement buses "
        "would run between the two towns until the line reopens, in a week at the earliest.",
        "Days of heavy rain had soaked the hillside above the track at Hallow Bay, where "
        "residents had reported cracks in the coast road.",
        "Freight trains carrying grain to the port of Port Alden will be diverted inland, "
        "adding about five hours to each journey, the operator said.",
    ),
    furniture=("Trending now", "Pop star announces farewell tour", "You may also like",
               "Sponsored", "Install the NewsPile app", "© 2025 NewsPile Inc.",
               "Credit: Northwire", "A mudslide blocks the line", "12 comments",
               "Who pays for this?", COOKIE_TEXT),
    template="""<html><head><meta charset="utf-8">
<title>Coastal railway shut for a week after landslide strands two trains | NewsPile</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{headline}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json_ld}</script>
</head><body>
<div class="gdpr"><p>{cookie}</p><button>Accept all</button></div>
<div class="app-promo"><a href="/app">Install the NewsPile app</a> for breaking news alerts.</div>
<nav class="topics"><a href="/top">Top</a> | <a href="/local">Local</a> | <a href="/world">World</a>
| <a href="/tech">Tech</a> | <a href="/entertainment">Entertainment</a></nav>
<div class="layout"><div class="story-col"><div class="story">
<div class="provenance">Northwire &middot; via NewsPile &middot; <span>35 min</span></div>
<h1>{headline}</h1><div class="by">By {author}</div>
<figure><img src="https://cdn.newspile.example/x.jpg"><figcaption>A mudslide blocks the line near
Hallow Bay. Credit: Northwire</figcaption></figure>
<div class="story-text">
<p>{p0}</p>
<p>{p1}</p>
<p>{p2}</p>
<p>{p3}</p>
</div>
<div class="actions"><button>Like</button><button>Share</button><button>12 comments</button></div>
<div class="comments"><div class="c"><b>gr8vibes</b> <p>Who pays for this? Us, as always.</p></div>
</div></div>
<div class="more"><h3>You may also like</h3><ul><li><a href="/s/1">Storm warning extended for the
coast</a></li><li><span class="ad">Sponsored</span> <a href="/ad">These shoes are taking the
country by storm</a></li></ul></div></div>
<div class="rail"><h3>Trending now</h3><ol><li><a href="/s/2">Pop star announces farewell tour</a>
</li><li><a href="/s/3">Five ways to save on your energy bill</a></li></ol></div></div>
<footer><p>© 2025 NewsPile Inc. Stories are the property of their publishers.</p></footer>
</body></html>
""")

PAGES = (WIRE, BROADSHEET, BROADCASTER, BLOG, AGGREGATOR)
