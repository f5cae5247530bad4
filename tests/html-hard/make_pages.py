#!/usr/bin/env python3
"""Writes the hard pages (html/NAME.html) and their true article text
(ground-truth.json, as html-bench's) from prose.py. Each page is one shape that breaks
readers; class names are mostly meaningless (hashed, as CSS-in-JS writes them), so that
the reader must find the article by its structure. Run from anywhere:
    python3 tests/html-hard/make_pages.py
The pages were written, and their truth fixed, before the reader was tuned on them."""
import json, os, html as h
from prose import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "html")
pages, truth = {}, {}


def esc(s):
    return h.escape(s, quote=False)


def body(paras, tag="p", cls=None):
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        else:
            c = f' class="{cls}"' if cls else ""
            out.append(f"<{tag}{c}>{esc(p)}</{tag}>")
    return "\n".join(out)


def text(paras):
    return "\n\n".join(p[3:] if p.startswith("## ") else p for p in paras)


def head(title, extra=""):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/main.css">{extra}
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
</head>"""


NAV = """<header class="css-1q2w3e"><a class="css-logo" href="/">The Valley Courier</a>
<ul class="css-9k8j7h"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li><li><a href="/travel">Travel</a></li><li><a href="/obituaries">Obituaries</a></li></ul>
<form action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>"""

NAV_DIVS = """<div class="x1a"><div class="x1b"><a href="/">Home</a> <a href="/news">News</a> <a href="/local">Local</a> <a href="/world">World</a> <a href="/weather">Weather</a> <a href="/contact">Contact us</a> <a href="/subscribe">Subscribe</a></div></div>"""

FOOTER = f"""<footer class="css-f00"><div class="css-f01"><p>{esc(FOOTER_ABOUT)}</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/ads">Advertise with us</a></li></ul>
<p>{esc(FOOTER_LEGAL)}</p><p>&copy; 2024 The Valley Courier Ltd.</p></div></footer>"""

FOOTER_DIV = f"""<div class="k7"><div class="k8"><p>{esc(FOOTER_ABOUT)}</p><p>{esc(FOOTER_LEGAL)}</p>
<div><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></div></div></div>"""


def teaser_cards(items, cls="r5t", with_summary=True, with_img=True, heading="h3"):
    out = []
    for i, (t, s) in enumerate(items):
        img = f'<a href="/story/{i}"><img src="/img/{i}.jpg" alt=""></a>' if with_img else ""
        summ = f"<p>{esc(s)}</p>" if with_summary else ""
        out.append(f'<div class="{cls}">{img}<{heading}><a href="/story/{i}">{esc(t)}</a></{heading}>{summ}<span>{i + 2} hours ago</span></div>')
    return "\n".join(out)


def page(name, html, paras, truth_text=None):
    pages[name] = html
    truth[name] = {"articleBody": truth_text if truth_text is not None else text(paras), "url": f"https://example.org/{name}"}


def byline(date="2 May 2023"):
    return f'<div class="m3"><span>By <a href="/authors/jane-okafor">Jane Okafor</a></span> <span>{date}</span></div>'


def std(title, paras, before="", after="", side="", article_attrs="", h1_inside=True):
    h1 = f"<h1>{esc(title)}</h1>"
    art = f'<div class="c4"{article_attrs}>{h1 if h1_inside else ""}{byline()}\n{body(paras)}\n</div>'
    return f"""{head(title + ' | The Valley Courier')}<body>{NAV}
<div class="g1">{'' if h1_inside else h1}{before}<div class="g2">{art}{after}</div><div class="g3">{side}</div></div>{FOOTER}</body></html>"""


# 1. A one-paragraph brief beside a long teaser list with summaries.
a = ARTICLES["brief"]
page("01_brief_beside_teasers", std("Coast road closed after lorry sheds timber", a, side=teaser_cards(TEASERS[:20])), a)

# 2. A short article, teaser grid below it inside the same column.
a = ARTICLES["library"]
page("02_short_article_teaser_grid_below", std("Library to open on Sundays", a,
     after='<div class="q9"><h2>More from the Courier</h2>' + teaser_cards(TEASERS[4:16], cls="q10") + "</div>"), a)

# 3. A short article, the teaser list in the article's own container after the body.
a = ARTICLES["museum"]
html = f"""{head('Missing painting returns to museum')}<body>{NAV_DIVS}
<main><h1>Missing painting returns to museum after 40 years</h1>{byline()}
<div class="z1">{body(a)}
<h3>Read next</h3>{teaser_cards(TEASERS[:10], cls='z2', with_img=False, heading='h4')}</div></main>{FOOTER_DIV}</body></html>"""
page("03_teasers_inside_article_container", html, a)

# 4. A live blog: entries with times, headings and paragraphs, key events list above.
entries = [
    ("10:02", "Storm update begins", ARTICLES["storm"][0]),
    ("10:25", "Power cuts", ARTICLES["storm"][1]),
    ("11:10", "Schools and roads", ARTICLES["storm"][2]),
    ("11:48", "Harbour wall damaged", "The harbour master at Porthellin said the collapsed section of wall was about fifteen metres long and that boats had been moved to the inner basin as a precaution."),
    ("12:30", "Weather warning", ARTICLES["storm"][3]),
    ("13:05", "Trains", "Rail services between the coast and the city are running with delays of up to an hour because of a fallen tree on the line near Colford, which engineers hope to clear by mid-afternoon."),
]
key = "".join(f'<li><a href="#e{i}">{t} {esc(hd)}</a></li>' for i, (t, hd, _) in enumerate(entries))
ents = "".join(f'<div class="lb-e" id="e{i}"><time datetime="2023-11-06T{t}:00Z">{t}</time><h3>{esc(hd)}</h3><p>{esc(p)}</p><div class="sh"><a href="#">Share</a></div></div>' for i, (t, hd, p) in enumerate(reversed(entries)))
html = f"""{head('Storm live: thousands still without power')}<body>{NAV}<main><h1>Storm live: thousands still without power</h1>
<div class="kv"><h2>Key events</h2><ul>{key}</ul></div><div class="lb">{ents}</div></main><aside>{teaser_cards(TEASERS[:6])}</aside>{FOOTER}</body></html>"""
page("04_live_blog", html, None, "\n\n".join(f"{t}\n\n{hd}\n\n{p}" for t, hd, p in reversed(entries)))

# 5. An article split by ads, an embedded post, a video and inline related links.
a = ARTICLES["grain"]
ad = '<div class="x9"><span>Advertisement</span><div id="div-gpt-ad-1"></div></div>'
parts = [f"<p>{esc(a[0])}</p>", ad, f"<p>{esc(a[1])}</p>",
         '<blockquote class="twitter-tweet"><p>Spoke with the President today about reopening the grain corridor. Talks will continue in Istanbul.</p>&mdash; Minister (@minister) <a href="https://twitter.com/x/status/1">May 4, 2023</a></blockquote>',
         f"<p>{esc(a[2])}</p>", '<p><strong>Read more:</strong> <a href="/story/9">Wheat prices at two-year low as harvest forecasts rise</a></p>',
         f"<p>{esc(a[3])}</p>", '<div class="x9"><span>Story continues below advertisement</span></div>',
         '<div class="v1"><video src="/v.mp4" controls></video><p>Watch: ships wait at the mouth of the strait</p></div>',
         f"<p>{esc(a[4])}</p>", ad, f"<p>{esc(a[5])}</p>"]
html = f"""{head('Leaders discuss grain corridor in phone call')}<body>{NAV}<div class="w"><h1>Leaders discuss grain corridor</h1>{byline()}
<div class="b">{''.join(parts)}</div></div><div class="s">{teaser_cards(TEASERS[10:18])}</div>{FOOTER}</body></html>"""
page("05_split_by_ads_and_embeds", html, a)

# 6. Comments longer than the article, under neutral names.
a = ARTICLES["ferry"]
comments = "".join(f'<li class="t4"><div class="t5"><a href="/u/{i}">{esc(n)}</a> <span>{i + 1} hours ago</span></div><div class="t6"><p>{esc(c)}</p></div><div class="t7"><a href="#">Reply</a> <a href="#">Report</a> <span>{i * 3} likes</span></div></li>' for i, (n, c) in enumerate(COMMENTS))
html = f"""{head('Late ferry saved after petition')}<body>{NAV}<div class="p1"><h1>Late ferry saved after residents&rsquo; petition</h1>{byline()}
<div class="p2">{body(a)}</div>
<div class="p3"><h2>{len(COMMENTS)} comments</h2><ol class="t3">{comments}</ol></div></div>{FOOTER}</body></html>"""
page("06_comments_longer_than_article", html, a)

# 7. The same with comments as divs with paragraphs only, and a comment form.
a = ARTICLES["ferry"]
comments = "".join(f'<div class="u1"><div class="u2"><img src="/avatar/{i}.png" alt=""><b>{esc(n)}</b></div><p>{esc(c)}</p></div>' for i, (n, c) in enumerate(COMMENTS))
html = f"""{head('Late ferry saved')}<body>{NAV_DIVS}<div><h1>Late ferry saved after residents&rsquo; petition</h1>
<div>{body(a)}</div>
<h3>Leave a reply</h3><form><textarea name="c"></textarea><input name="name" placeholder="Name"><input name="email" placeholder="Email"><button>Post comment</button></form>
<h3>Responses</h3><div>{comments}</div></div>{FOOTER_DIV}</body></html>"""
page("07_comment_divs_without_names", html, a)

# 8. Table layout: nav in one cell, the article in another, paragraphs by <br><br>.
a = ARTICLES["orchard"]
cells = "<br><br>\n".join(esc(p) for p in a)
html = f"""<html><head><title>Frost cuts apple harvest - Valley Farmer</title></head>
<body bgcolor="#ffffff"><table width="100%" border="0" cellpadding="4"><tr><td colspan="2"><img src="logo.gif"> <font size="1"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/markets">Markets</a> | <a href="/classifieds">Classifieds</a></font></td></tr>
<tr><td width="160" valign="top"><font size="2"><b>Sections</b><br><a href="/crops">Crops</a><br><a href="/livestock">Livestock</a><br><a href="/machinery">Machinery</a><br><a href="/weather">Weather</a><br><a href="/prices">Prices</a><br><br><b>Markets today</b><br>Wheat 212.50<br>Barley 188.00<br>Rapeseed 401.25</font></td>
<td valign="top"><font face="Arial" size="4"><b>Frost cuts apple harvest to ten-year low</b></font><br><font size="1">Posted 14 August 2023</font><br><br>
<font face="Arial" size="2">{cells}</font><br><br><font size="1"><a href="/print">Print this story</a> | <a href="/email">Email to a friend</a></font></td></tr>
<tr><td colspan="2" align="center"><font size="1">Copyright 2023 Valley Farmer. All rights reserved.</font></td></tr></table></body></html>"""
page("08_table_layout", html, a)

# 9. A gallery: the captions are the story.
caps = [
    "Volunteers gather at the weir at eight in the morning, before the teams set off along both banks of the river.",
    "Canoeists pull a shopping trolley out of the reeds below the old mill, the first of three found over the weekend.",
    "A motorbike, thought to have been in the water for at least ten years, is winched up the bank near the footbridge.",
    "Children sort plastic bottles for recycling at the collection point in the park, where the rubbish was weighed.",
    "The day's haul: more than two tonnes of rubbish, piled up beside the skips at the estuary car park.",
]
intro = "Volunteers spent the weekend pulling rubbish from the river Aln. Here are pictures from the clean-up."
slides = "".join(f'<figure class="gl-s"><img src="/g/{i}.jpg" alt=""><figcaption>{esc(c)} <span>Photo: Sam Reid</span></figcaption></figure><div class="gl-n">{i + 1} / {len(caps)}</div>' for i, c in enumerate(caps))
html = f"""{head('In pictures: river clean-up')}<body>{NAV}<div class="gl"><h1>In pictures: the great river clean-up</h1><p>{esc(intro)}</p>{slides}</div><div>{teaser_cards(TEASERS[:8])}</div>{FOOTER}</body></html>"""
page("09_gallery_with_captions", html, None, "\n\n".join([intro] + caps))

# 10. An article with a figure, caption and credit, byline and date lines.
a = ARTICLES["clinic"]
fig = '<figure><img src="/c.jpg" alt="The clinic"><figcaption>The Linden Valley clinic closed in March after its last doctor retired. <span>Photograph: Tom Hale/The Courier</span></figcaption></figure>'
html = std("Valley clinic to reopen", a[:1], after="", side=teaser_cards(TEASERS[2:7], with_summary=False)).replace("</div><div class=\"g3\">", "") if False else None
art = f'<article><h1>Valley clinic to reopen after charity steps in</h1><p class="by">By Jane Okafor, Health Correspondent</p><p class="dt">Published 3 June 2023, 06:00 BST | Updated 3 June 2023, 09:12 BST</p>{fig}{body(a)}<p class="tg">Topics: <a href="/t/health">Health</a>, <a href="/t/valley">Linden Valley</a></p></article>'
html = f"{head('Valley clinic to reopen')}<body>{NAV}<div>{art}<div>{teaser_cards(TEASERS[2:7], with_summary=False)}</div></div>{FOOTER}</body></html>"
page("10_byline_caption_and_tags", html, a)

# 11. A newsletter form in the middle of the article.
a = ARTICLES["rail"]
form = f'<div class="nl"><h3>Morning Briefing</h3><p>{esc(NEWSLETTER)}</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>'
page("11_newsletter_form_mid_article", std("Rail services cut for bridge works", a[:2] + ["@@FORM@@"] + a[2:]).replace(f"<p>@@FORM@@</p>", form), a)

# 12. A paywall notice and a subscribe box after a short article.
a = ARTICLES["festival"]
pw = f'<div class="pz"><p>{esc(PAYWALL)}</p><a href="/subscribe">Subscribe now</a> <a href="/login">Log in</a></div>'
page("12_paywall_box", std("Harbour festival goes ahead", a, after=pw), a)

# 13. Sections with subheadings.
a = ARTICLES["bridge"]
page("13_subheadings", std("Cracks close footbridge", a, side=teaser_cards(TEASERS[8:14])), a)

# 14. A bulleted list that is part of the article.
a = ARTICLES["vaccine"][:2] + ["The centres will be at:"] + ARTICLES["vaccine"][2:]
items = ["Northgate Shopping Centre, level 1, beside the food court", "Riverside Mall, ground floor, unit 14", "The Exchange, former bank hall on Queen Street", "Westfield Park retail centre, next to the pharmacy"]
bl = "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
html = std("Walk-in vaccine centres open in malls", a).replace("<p>The centres will be at:</p>", "<p>The centres will be at:</p>" + bl)
page("14_list_inside_article", html, None, text(a[:3]) + "\n\n" + "\n\n".join(items) + "\n\n" + text(a[3:]))

# 15. An author box, tags and share row after the article; breadcrumbs before.
a = ARTICLES["school"]
crumbs = '<ol class="b1"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/education">Education</a></li></ol>'
after = f'<div class="y1"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div><div class="y2"><img src="/jane.jpg" alt=""><p>{esc(AUTHOR_BIO)}</p><a href="/authors/jane-okafor">More by Jane Okafor</a></div><div class="y3"><a href="/t/schools">Schools</a> <a href="/t/eastfield">Eastfield</a> <a href="/t/fundraising">Fundraising</a></div>'
page("15_author_box_tags_breadcrumbs", std("Parents raise 40,000 pounds for playground", a, before=crumbs, after=after), a)

# 16. A numbered "most read" list of linked headlines beside the article.
a = ARTICLES["orchard"]
most = '<div class="mr"><h2>Most read</h2><ol>' + "".join(f'<li><a href="/s/{i}"><span>{i + 1}</span>{esc(t)}</a></li>' for i, (t, _) in enumerate(TEASERS[:10])) + "</ol></div>"
page("16_most_read_list", std("Frost cuts apple harvest", a, side=most), a)

# 17. A long prose footer beside a short article.
a = ARTICLES["library"]
fat = f'<div class="ft"><div><h4>About us</h4><p>{esc(FOOTER_ABOUT)}</p><p>Our reporters cover council meetings, courts, schools and sport across the valley and the coast, and we publish a printed edition every Thursday that is delivered to more than 20,000 homes.</p></div><div><h4>Corrections</h4><p>We aim to correct errors promptly. If you believe we have published something inaccurate, please write to the editor at the address above, giving the date and page of the article and explaining what is wrong.</p></div><div><p>{esc(FOOTER_LEGAL)}</p></div></div>'
html = f"{head('Library to open on Sundays')}<body>{NAV_DIVS}<div><h1>Library to open on Sundays</h1><div>{body(a)}</div></div>{fat}</body></html>"
page("17_prose_footer", html, a)

# 18. Infinite scroll: the next article's opening paragraphs follow the article.
a = ARTICLES["rail"]
nxt = ARTICLES["festival"]
html = f"""{head('Rail services cut for bridge works')}<body>{NAV}<main><article class="a1"><h1>Rail services cut for three weekends</h1>{byline()}{body(a)}</article>
<div class="nx"><span>Next story</span><article class="a1"><h2><a href="/festival">Harbour festival goes ahead</a></h2><p>{esc(nxt[0])}</p><a href="/festival">Continue reading</a></article></div></main>{FOOTER}</body></html>"""
page("18_next_article_preview", html, a)

# 19. A press release with contact details and a boilerplate "About" paragraph.
a = ARTICLES["river"]
html = f"""{head('River clean-up removes two tonnes of rubbish')}<body>{NAV_DIVS}<div class="pr"><h1>River clean-up removes two tonnes of rubbish</h1><p><b>ALNMOUTH, 12 September 2023</b></p>{body(a)}
<p>###</p><h4>Media contact</h4><p>Sam Reid, communications officer<br>Telephone: 01665 000 000<br>Email: press@example.org</p></div>{FOOTER_DIV}</body></html>"""
page("19_press_release_contacts", html, a)

# 20. A listicle: numbered headings with paragraphs.
items = [("1. Start early", "Arrive at the market before nine, when the stalls are fully stocked and the aisles are quiet enough to talk to the growers about what is best this week."),
         ("2. Bring cash", "Many traders take cards now, but some of the smaller stalls still do not, and the machine at the entrance is often empty by the middle of the morning."),
         ("3. Ask for a taste", "Most cheese and fruit sellers are happy to offer a sample, and it is the best way to discover varieties you would never find in a supermarket."),
         ("4. Go back at closing", "In the last half hour, many stalls sell what is left at a discount rather than carry it home, so a second visit can be worth the walk.")]
intro = "The farmers' market returns to the square every Saturday from this weekend. Here is how to make the most of it."
paras = [intro] + [x for hd, p in items for x in ("## " + hd, p)]
page("20_listicle", std("Four tips for the farmers' market", paras, side=teaser_cards(TEASERS[12:20])), paras)

# 21. An interview in Q and A form with short turns.
a = ARTICLES["interview"]
page("21_interview_q_and_a", std("Twenty years of the town bookshop", a, side=teaser_cards(TEASERS[:12], with_img=False)), a)

# 22. Paragraphs as <div>s with <br>, no <p> at all, in a modern app shell.
a = ARTICLES["clinic"]
divs = "".join(f'<div class="sc-1x">{esc(p)}</div><br>' for p in a)
html = f"""{head('Clinic to reopen')}<body><div id="root"><div class="sc-a">{NAV_DIVS}</div><div class="sc-b"><h1>Valley clinic to reopen</h1><div class="sc-c">{divs}</div></div><div class="sc-d">{teaser_cards(TEASERS[:12], cls='sc-e')}</div></div>{FOOTER_DIV}</body></html>"""
page("22_div_paragraphs_app_shell", html, a)

# 23. A long cookie dialog not hidden, and a consent overlay.
a = ARTICLES["bridge"][:3]
dlg = f'<div class="o1"><div class="o2"><h2>We value your privacy</h2><p>{esc(COOKIE)}</p><button>Accept all</button><button>Manage options</button></div></div>'
page("23_cookie_overlay", std("Cracks close footbridge", a, before=dlg), a)

# 24. A sidebar with long "about this blog" prose beside a blog post.
a = ARTICLES["orchard"][:3]
side = '<div class="w1"><h3>About this blog</h3><p>Notes from a small orchard in the northern valleys, written since 2011 by a grower who took over the family farm and has been learning ever since. I write about pruning, pests, the weather and the markets, and about the people who still make a living from fruit.</p><p>Everything here is my own opinion and not advice; ask your local adviser before spraying anything.</p></div><div class="w2"><h3>Archives</h3><ul>' + "".join(f'<li><a href="/{y}">{y}</a></li>' for y in range(2011, 2024)) + "</ul></div>"
html = f"""{head('A hard spring - Orchard Notes')}<body><div class="hd"><a href="/">Orchard Notes</a></div><div class="mn"><div class="po"><h2 class="pt">A hard spring</h2><div class="pb">{body(a)}</div><div class="pf">Posted by Anna at 9:14 PM <a href="#">4 comments</a> Labels: <a href="/l/frost">frost</a></div></div></div><div class="sb">{side}</div></body></html>"""
page("24_blog_with_about_sidebar", html, a)

# 25. Spanish article with Spanish furniture.
a = ARTICLES["spanish"]
nav = '<nav><a href="/">Portada</a> <a href="/local">Local</a> <a href="/espana">Espa\u00f1a</a> <a href="/deportes">Deportes</a> <a href="/cultura">Cultura</a></nav>'
rel = '<div class="rl"><h3>Te puede interesar</h3>' + "".join(f'<div><a href="/n/{i}">{t}</a><p>{s}</p></div>' for i, (t, s) in enumerate([("La ciudad estrena un nuevo carril bici en la avenida del puerto", "Las obras han durado seis meses y el carril tiene cuatro kil\u00f3metros."), ("Abre la piscina municipal tras un a\u00f1o de reformas", "La instalaci\u00f3n tiene una cubierta nueva y vestuarios adaptados."), ("El mercado central celebra su centenario con una exposici\u00f3n", "La muestra re\u00fane fotograf\u00edas antiguas de los puestos y sus due\u00f1os.")])) + "</div>"
html = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>La ciudad plantar\u00e1 12.000 \u00e1rboles - Diario del Sur</title></head><body>{nav}<div class="c"><h1>La ciudad plantar\u00e1 12.000 \u00e1rboles en los barrios del sur</h1><div class="f">Por Luc\u00eda Prieto | 14/05/2023</div><div class="t">{body(a)}</div>{rel}</div><div class="pie"><p>Diario del Sur. Todos los derechos reservados. Queda prohibida la reproducci\u00f3n total o parcial de los contenidos sin autorizaci\u00f3n expresa.</p></div></body></html>"""
page("25_spanish", html, a)

# 26. An AMP page.
a = ARTICLES["storm"]
amp_body = "".join(f"<p>{esc(p)}</p>" + ('<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"><div placeholder>Advertisement</div></amp-ad>' if i == 1 else "") for i, p in enumerate(a))
html = f"""<!doctype html><html \u26a1 lang="en"><head><meta charset="utf-8"><title>Storm leaves thousands without power</title><link rel="canonical" href="https://example.org/2023/11/06/storm-power"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{{font-family:serif}}</style></head>
<body><amp-sidebar id="sb" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li><li><a href="/sport">Sport</a></li></ul></amp-sidebar>
<header><button on="tap:sb.toggle">Menu</button><a href="/">The Valley Courier</a></header>
<article><h1>Storm leaves thousands without power</h1><div class="by">By Jane Okafor <time datetime="2023-11-06T18:00:00Z">6 November 2023</time></div>
<amp-img src="/storm.jpg" width="800" height="450" layout="responsive" alt=""></amp-img><p class="cap">Fallen trees on the coast road near Porthellin. Photo: Sam Reid</p>
{amp_body}<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share></article>
<section class="more"><h2>More stories</h2>{teaser_cards(TEASERS[:6], with_img=False)}</section>{FOOTER}</body></html>"""
page("26_amp_page", html, a)

# 27. A page saved complete by a browser: page.html plus its _files folder.
a = ARTICLES["grain"]
html = f"""<!DOCTYPE html><!-- saved from url=(0050)https://example.org/2023/05/04/grain-call.html --><html><head><meta charset="utf-8"><title>Leaders discuss grain corridor - The Valley Courier</title>
<link rel="stylesheet" href="./27_saved_complete_files/main.css"><script src="./27_saved_complete_files/app.js"></script><script src="./27_saved_complete_files/analytics.js"></script></head>
<body>{NAV}<div class="w"><h1>Leaders discuss grain corridor</h1>{byline('4 May 2023')}<img src="./27_saved_complete_files/ships.jpg"><div class="b">{body(a)}</div></div>
<iframe src="./27_saved_complete_files/ad.html"></iframe><div>{teaser_cards(TEASERS[:8])}</div>{FOOTER}</body></html>"""
page("27_saved_complete", html, a)
assets = {
    "main.css": "body{margin:0;font-family:Georgia,serif}.w{max-width:40em}",
    "app.js": "(function(){var x=document.querySelectorAll('a');for(var i=0;i<x.length;i++){x[i].rel='noopener'}})();",
    "analytics.js": "window.ga=window.ga||function(){(ga.q=ga.q||[]).push(arguments)};",
    "ad.html": "<html><body><a href='https://ads.example.com/c'><img src='banner.gif'></a><p>Advertisement</p></body></html>",
    "saved_resource.html": "<html><body><div id='cmp'>Consent</div></body></html>",
}

# 28. Several short articles on one page, each an <article>: the first is the page's.
a = ARTICLES["museum"]
others = "".join(f'<article><h2><a href="/s/{i}">{esc(t)}</a></h2><p>{esc(s)}</p></article>' for i, (t, s) in enumerate(TEASERS[:8]))
html = f"""{head('Missing painting returns')}<body>{NAV}<main><article><h1>Missing painting returns to museum</h1>{byline()}{body(a)}</article><section><h2>Latest</h2>{others}</section></main>{FOOTER}</body></html>"""
page("29_article_among_article_teasers", html, a)

# 29. itemprop=articleBody with h1 outside and a promo block inside.
a = ARTICLES["festival"]
promo = '<div class="ib"><p><strong>Want more local news?</strong> Download our app for breaking news alerts and the daily puzzle.</p><a href="/app">Get the app</a></div>'
html = f"""{head('Harbour festival goes ahead')}<body>{NAV}<div class="hero"><h1>Harbour festival goes ahead</h1>{byline()}</div><div class="row"><div itemprop="articleBody">{body(a[:2])}{promo}{body(a[2:])}</div><div class="rc">{teaser_cards(TEASERS[5:17])}</div></div>{FOOTER}</body></html>"""
page("30_itemprop_article_body", html, a)

# 30. JSON-LD carries the body; the page renders only a teaser and a list.
a = ARTICLES["vaccine"]
ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Walk-in vaccine centres to open in malls", "datePublished": "2023-10-02T07:00:00Z", "articleBody": "\n".join(a)})
html = f"""{head('Walk-in vaccine centres', f'<script type="application/ld+json">{ld}</script>')}<body>{NAV}<div id="app"><h1>Walk-in vaccine centres to open in malls</h1><p>{esc(a[0][:90])}&hellip;</p><a href="/login">Log in to read more</a></div><div>{teaser_cards(TEASERS[:10])}</div>{FOOTER}</body></html>"""
page("31_json_ld_body_only", html, a)

# 31. A pull quote repeating a sentence, and an inline "Related" box in the body.
a = ARTICLES["school"]
rel = '<aside class="rb"><h4>Related</h4><ul><li><a href="/1">School roof repairs delayed again</a></li><li><a href="/2">Council cuts play budget</a></li></ul></aside>'
pq = '<blockquote class="pq"><p>We could not have done this without the families.</p></blockquote>'
page("32_pull_quote_and_related_box", std("Parents raise 40,000 pounds", a[:2] + ["@@R@@"] + a[2:]).replace("<p>@@R@@</p>", rel + pq), a)

# 32. A video page: the player, a short description, a transcript heading and text.
a = ARTICLES["river"][:2]
html = f"""{head('Video: river clean-up')}<body>{NAV}<div class="vp"><h1>Video: two tonnes of rubbish pulled from the river</h1><div class="pl"><video controls src="/v.mp4"></video><div class="ct"><span>2:41</span> <a href="#">Share</a> <a href="#">Embed</a></div></div><div class="ds">{body(a)}</div></div><div class="up"><h2>Up next</h2>{teaser_cards(TEASERS[:12])}</div>{FOOTER}</body></html>"""
page("33_video_page", html, a)

# 33. Table layout in a forum-like page: the post in one table cell, signature and
# user panel in others.
a = ARTICLES["bridge"][:3]
cells = "<br><br>".join(esc(p) for p in a)
html = f"""<html><head><title>Weir Street footbridge closed - Town Forum</title></head><body><table width="100%"><tr><td colspan="2"><a href="/">Town Forum</a> &raquo; <a href="/f/news">Local news</a></td></tr>
<tr><td width="150" valign="top"><b>riverside_ana</b><br>Member<br>Posts: 1,204<br>Joined: March 2015</td><td valign="top"><div class="postbody">{cells}</div><hr><span class="sig">Cycling since before it was cool. Riverside Cycling Club, every Sunday at nine.</span></td></tr>
<tr><td colspan="2"><a href="/reply">Reply</a> <a href="/quote">Quote</a></td></tr></table></body></html>"""
page("34_forum_table_post", html, a)

# 35. Lines that point to other stories set between the paragraphs: a "Read more:"
# line, an all-capitals linked headline, and a "Don't miss" run of linked headlines
# with a bracketed label after each.
a = ARTICLES["quarry"]
pointers = [
    '<p>Read more: <a href="/s/1">Hallow Bank residents fear return of the lorries</a></p>',
    '<p><a href="/s/2">WALKERS CALL FOR QUARRY PATH TO REOPEN AFTER ROCKFALL</a></p>',
    '<p><strong>DON\'T MISS</strong></p><p><a href="/s/3">County rejects second wind farm on the moor</a> [ANALYSIS]<br><a href="/s/4">Haulier fined over dust on the valley road</a> [NEWS]<br><a href="/s/5">Ten walks with a view of the sea</a> [PICTURES]</p>',
]
parts = a[:1] + ["@@P0@@"] + a[1:3] + ["@@P1@@"] + a[3:4] + ["@@P2@@"] + a[4:]
html = std("Quarry plan rejected over lorry fears", parts)
for i, ptr in enumerate(pointers):
    html = html.replace(f"<p>@@P{i}@@</p>", ptr)
page("35_linked_lines_between_paragraphs", html, a)

# 36. Pictures between the paragraphs in plain divisions (no <figure>), each with a
# caption and a credit in a span beside the image.
a = ARTICLES["beach"]
def pic(i, caption):
    return f'<div class="v{i}"><p><img src="/img/beach{i}.jpg" alt=""></p><span class="t{i}">{esc(caption)} <span>(Image: Coast Photo Agency)</span></span></div>'
parts = a[:1] + ["@@I0@@"] + a[1:3] + ["@@I1@@"] + a[3:]
html = std("Lifeguards to patrol four more beaches", parts)
html = html.replace("<p>@@I0@@</p>", pic(0, "Lifeguards training at Long Strand in April"))
html = html.replace("<p>@@I1@@</p>", pic(1, "The red and yellow flags mark the patrolled part of the beach"))
page("36_pictures_with_caption_divisions", html, a)

# 37. The article's second half inside a box the site names for its paywall: in a
# saved page, the text is there and is the article.
a = ARTICLES["bakery"]
html = f"""{head('Fore Street bakery to close after 112 years')}<body>{NAV}<div class="g1"><div class="g2"><h1>Fore Street bakery to close after 112 years</h1>{byline()}
<div class="s1">{body(a[:2])}<div class="paywall">{body(a[2:])}</div></div></div><div class="g3">{teaser_cards(TEASERS[:6])}</div></div>{FOOTER}</body></html>"""
page("37_article_inside_paywall_box", html, a)

# 38. A photo post: the text set apart by <br>, no <p>, more pictures than blocks of
# text; it is prose with pictures, not a gallery.
a = ARTICLES["allotment"]
imgs = lambda i: f'<div class="sp"><img src="/img/plot{i}a.jpg"></div><div class="sp"><img src="/img/plot{i}b.jpg"></div>'
post = "".join(f'<span class="f1"><span class="f2">{esc(p)}</span></span><br>{imgs(i)}' for i, p in enumerate(a))
html = f"""{head('Allotments have a waiting list')}<body>{NAV}<div class="g1"><div class="g2"><h1>Allotments have a waiting list again</h1>{byline()}
<div class="pb">{post}</div></div><div class="g3">{teaser_cards(TEASERS[6:12])}</div></div>{FOOTER}</body></html>"""
page("38_photo_post_text_between_pictures", html, a)

# 39. The lead paragraph in its own wrapper before the body's container, named as the
# body's paragraphs are (the body's paragraphs are divisions, the lead a <p>).
a = ARTICLES["choir"]
lead = f'<div class="w5"><p class="b7 lede">{esc(a[0])}</p></div>'
rest = "".join(f'<div class="b7">{esc(p)}</div>' for p in a[1:])
html = f"""{head('Pub choir to sing at the Albert Hall')}<body>{NAV}<div class="g1"><h1>Pub choir to sing at the Albert Hall</h1>{byline()}
<section class="w4">{lead}<div class="w6"><div class="w7">{rest}</div></div><div class="w8"><p>{esc(AUTHOR_BIO)}</p></div></section><div class="g3">{teaser_cards(TEASERS[:8])}</div></div>{FOOTER}</body></html>"""
page("39_lead_paragraph_outside_body", html, a)

os.makedirs(OUT, exist_ok=True)
for name, html in pages.items():
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
files = os.path.join(OUT, "27_saved_complete_files")
os.makedirs(files, exist_ok=True)
for name, content in assets.items():
    with open(os.path.join(files, name), "w", encoding="utf-8") as f:
        f.write(content)
with open(os.path.join(files, "ships.jpg"), "wb") as f:
    f.write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9")
with open(os.path.join(HERE, "ground-truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
print(len(pages), "pages")
