//! The article body of a page tree, by readability-style content scoring.
//!
//! Furniture (navigation, headers, footers, comments, share and cookie widgets, by tag
//! or by the [`crate::lexicon::html`] words in class/id/role) is set aside first. Every
//! block with a sentence or more of its own text then scores its ancestors (one point,
//! one per comma, one per 100 characters up to three), less for each generation up;
//! containers start from their tag and name. The best container, discounted by the share
//! of its text inside links, is the article; siblings that score close to it, are
//! link-free paragraphs, or hold a paragraph of the same kind (first class word) as the
//! article's own (a lead paragraph set before the body's container) join it. Within the
//! article, lists, tables and divisions that look like widgets (mostly links, pictures
//! with little text between them, inputs, a negative name) are dropped, and so are short lines that are mostly links of a few words (a
//! pointer to another story: "Read more: …", a related headline) and divisions holding
//! a picture and at most one short block of text (its caption), whatever their names.
//! Everything is linear in the number of nodes.

use super::dom::{Kind, Node};
use crate::lexicon::html::{ARTICLE_MAYBE, FURNITURE, FURNITURE_WORDS, NEGATIVE, POSITIVE};

/// Elements that start a new paragraph in the text.
pub const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements that are never article body text, whatever their name (captions included).
const FURNITURE_TAGS: &[&str] =
    &["nav", "figcaption", "aside", "footer", "header", "menu", "dialog", "form", "fieldset", "input", "label", "h1"];

/// Elements kept even with a furniture word in their name.
const NEVER_FURNITURE: &[&str] = &["body", "article", "main", "a"];

/// Fewest characters of own text for a block to count as a paragraph.
const MIN_PARAGRAPH: usize = 25;

/// Fewest characters for an extraction with furniture set aside to be trusted over one
/// that keeps it.
const MIN_ARTICLE: usize = 250;

/// Fewest bytes of a short article (a sentence or two) found with furniture set aside
/// for a read with furniture to replace it only when it holds it.
const MIN_SHORT_ARTICLE: usize = 120;

/// Characters of text from which a container's article name counts in full.
const PROSE_CHARS: f64 = 200.0;

/// Per-node counts over the kept part of its subtree.
#[derive(Clone, Copy, Default)]
struct Stats {
    /// Characters of text, whitespace runs counted once.
    chars: usize,
    link_chars: usize,
    commas: usize,
    /// Text whose nearest block ancestor is this node.
    own_chars: usize,
    own_link_chars: usize,
    own_commas: usize,
    paragraphs: usize,
    images: usize,
    items: usize,
    inputs: usize,
    embeds: usize,
    /// Linked lines: blocks whose own text is mostly a link (see [`count`]).
    headlines: usize,
    /// Blocks of prose: blocks whose own text is a paragraph, mostly outside links.
    prose: usize,
    /// Words of text inside links.
    link_words: usize,
    has_block: bool,
}

fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name)
}

fn hint(node: &Node) -> &str {
    match &node.kind {
        Kind::Element { hint, .. } => hint,
        _ => "",
    }
}

fn has_word(hint: &str, words: &[&str]) -> bool {
    hint.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| words.contains(&w))
}

fn has_part(hint: &str, parts: &[&str]) -> bool {
    parts.iter().any(|p| hint.contains(p))
}

/// The kind of a paragraph: the first word of its class (or id, role, itemprop), which
/// a site gives every paragraph of its articles ("" when unnamed).
fn paragraph_kind(node: &Node) -> &str {
    hint(node).split_whitespace().next().unwrap_or("")
}

/// What a read sets aside before scoring.
#[derive(Clone, Copy, PartialEq)]
enum Strip {
    /// Furniture by tag and by name, and lists of teasers.
    All,
    /// Furniture by tag (but a form, which some sites wrap whole pages in) and lists of
    /// teasers: what the page's structure says, for pages whose names mislead.
    Tags,
    /// Nothing but hidden elements.
    Nothing,
}

/// Whether an element is page furniture by its tag or (with [`Strip::All`]) its name.
fn is_furniture(node: &Node, strip: Strip) -> bool {
    let Kind::Element { name, hint, hidden } = &node.kind else { return false };
    if *hidden || (FURNITURE_TAGS.contains(&name.as_str()) && (strip == Strip::All || name != "form")) {
        return true;
    }
    strip == Strip::All
        && !NEVER_FURNITURE.contains(&name.as_str())
        && (has_part(hint, FURNITURE) || has_word(hint, FURNITURE_WORDS))
        && !has_part(hint, ARTICLE_MAYBE)
}

/// The weight of an element's name: +25 for an article word, -25 for a secondary one.
fn name_weight(node: &Node) -> f64 {
    let hint = hint(node);
    let mut weight = 0.0;
    if has_part(hint, NEGATIVE) || has_word(hint, FURNITURE_WORDS) {
        weight -= 25.0;
    }
    if has_part(hint, POSITIVE) {
        weight += 25.0;
    }
    weight
}

fn tag_weight(name: &str) -> f64 {
    match name {
        "div" | "article" | "section" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn collapsed_len(text: &str) -> usize {
    let mut len = 0;
    let mut space = true;
    for c in text.chars() {
        if c.is_whitespace() {
            if !space {
                len += 1;
            }
            space = true;
        } else {
            len += 1;
            space = false;
        }
    }
    len
}

/// The [`Stats`] of every node over its kept subtree, in one pass from the leaves up.
fn count(nodes: &[Node], removed: &[bool], block_of: &[usize], in_link: &[bool]) -> Vec<Stats> {
    let n = nodes.len();
    let mut stats = vec![Stats::default(); n];
    for i in (1..n).rev() {
        if removed[i] {
            continue;
        }
        let node = &nodes[i];
        let mut s = stats[i];
        match &node.kind {
            Kind::Text(t) => {
                s.chars = collapsed_len(t);
                s.commas = t.matches([',', '\u{FF0C}']).count();
                if in_link[i] {
                    s.link_chars = s.chars;
                    s.link_words = t.split_whitespace().count();
                }
                let own = &mut stats[block_of[i]];
                own.own_chars += s.chars;
                own.own_commas += s.commas;
                own.own_link_chars += s.link_chars;
            }
            Kind::Element { name, .. } => {
                match name.as_str() {
                    "p" => s.paragraphs += 1,
                    "img" | "picture" => s.images += 1,
                    "li" => s.items += 1,
                    "input" | "textarea" | "select" => s.inputs += 1,
                    "embed" | "object" | "video" | "audio" => s.embeds += 1,
                    _ => {}
                }
                // Its own text complete (its descendants come after it), a block whose
                // own text is mostly one link's is a linked line: a headline.
                if s.own_chars >= MIN_HEADLINE && s.own_link_chars * 2 > s.own_chars && is_block(name) {
                    s.headlines += 1;
                }
                if s.own_chars >= MIN_PARAGRAPH && s.own_link_chars * 2 <= s.own_chars && is_block(name) {
                    s.prose += 1;
                }
            }
            Kind::Document => {}
        }
        stats[i] = s;
        let p = &mut stats[node.parent];
        p.chars += s.chars;
        p.link_chars += s.link_chars;
        p.commas += s.commas;
        p.paragraphs += s.paragraphs;
        p.images += s.images;
        p.items += s.items;
        p.inputs += s.inputs;
        p.embeds += s.embeds;
        p.headlines += s.headlines;
        p.prose += s.prose;
        p.link_words += s.link_words;
        p.has_block |= s.has_block || (is_block(node.name()) && !matches!(node.name(), "br" | "hr"));
    }
    stats
}

/// Most characters of a line inside the article read as a link to elsewhere when it is
/// mostly link ("Read more: …", a related headline), or as a caption when it is all the
/// text beside a picture.
const MAX_LINE: usize = 300;

/// Least share of a line's text inside links for it to be a link to elsewhere.
const LINKED_LINE: f64 = 0.8;

/// Fewest words inside the links of a linked line: a headline, not a source's name
/// ("[Engadget]") or a bare address.
const MIN_LINKED_WORDS: usize = 3;

/// Most characters of text outside links per picture for a block of pictures to be a
/// gallery: a photo post whose paragraphs are set apart by `<br>` or divisions, with
/// more text than that per picture, is prose with pictures.
const MAX_GALLERY_TEXT: f64 = 50.0;

/// Fewest characters of a linked line for it to read as a headline.
const MIN_HEADLINE: usize = 20;

/// Most characters of a teaser (a headline, a line of summary, a time).
const MAX_TEASER: usize = 600;

/// Most characters of a teaser outside its links.
const MAX_TEASER_UNLINKED: usize = 400;

/// Most shapes of children told apart under one node.
const MAX_SHAPES: usize = 16;

/// Fewest teasers of one shape side by side for them to be a list of teasers.
const MIN_TEASERS: usize = 3;

/// Whether a block reads as a teaser: a linked headline or two, perhaps a picture, a
/// short summary and a time, and no more.
fn is_teaser(node: &Node, s: &Stats) -> bool {
    (1..=2).contains(&s.headlines)
        && s.chars <= MAX_TEASER
        && s.chars - s.link_chars <= MAX_TEASER_UNLINKED
        && node.name() != "p"
        && is_block(node.name())
}

/// Marks as removed the teasers of lists of teasers, with everything inside them, and
/// takes their counts off their ancestors': [`MIN_TEASERS`] or more sibling blocks of one
/// shape (tag and name) that each read as a teaser ([`is_teaser`]), the "more stories",
/// "read next" and "latest" lists whose summaries read like prose. A teaser is a block,
/// so no text of it is an ancestor's own text.
fn mark_teasers(nodes: &[Node], stats: &mut [Stats], removed: &mut [bool]) {
    let mut shapes: Vec<(&str, &str, usize)> = Vec::new();
    for i in 0..nodes.len() {
        let node = &nodes[i];
        if i > 0 && removed[node.parent] {
            removed[i] = true;
            continue;
        }
        if removed[i] || node.children.len() < MIN_TEASERS {
            continue;
        }
        shapes.clear();
        for &c in &node.children {
            if removed[c] || !is_teaser(&nodes[c], &stats[c]) {
                continue;
            }
            let shape = (nodes[c].name(), hint(&nodes[c]));
            match shapes.iter().position(|&(name, hint, _)| (name, hint) == shape) {
                Some(at) => shapes[at].2 += 1,
                // Bounded, so that a node of many children of many shapes stays linear.
                None if shapes.len() < MAX_SHAPES => shapes.push((shape.0, shape.1, 1)),
                None => {}
            }
        }
        if shapes.iter().all(|&(_, _, count)| count < MIN_TEASERS) {
            continue;
        }
        for &c in &node.children {
            let shape = (nodes[c].name(), hint(&nodes[c]));
            let many = shapes.iter().any(|&(name, hint, count)| (name, hint) == shape && count >= MIN_TEASERS);
            if !many || removed[c] || !is_teaser(&nodes[c], &stats[c]) {
                continue;
            }
            removed[c] = true;
            let gone = stats[c];
            let mut at = i;
            loop {
                let s = &mut stats[at];
                s.chars -= gone.chars;
                s.link_chars -= gone.link_chars;
                s.commas -= gone.commas;
                s.paragraphs -= gone.paragraphs;
                s.images -= gone.images;
                s.items -= gone.items;
                s.inputs -= gone.inputs;
                s.embeds -= gone.embeds;
                s.headlines -= gone.headlines;
                s.prose -= gone.prose;
                s.link_words -= gone.link_words;
                if at == 0 {
                    break;
                }
                at = nodes[at].parent;
            }
        }
    }
}

struct Tree<'a> {
    nodes: &'a [Node],
    removed: Vec<bool>,
    stats: Vec<Stats>,
    score: Vec<Option<f64>>,
    /// The article's top candidate, once found: never itself a line or a caption.
    top: usize,
}

impl<'a> Tree<'a> {
    fn new(nodes: &'a [Node], strip: Strip) -> Tree<'a> {
        let n = nodes.len();
        let mut removed = vec![false; n];
        let mut block_of = vec![0usize; n];
        let mut in_link = vec![false; n];
        for (i, node) in nodes.iter().enumerate().skip(1) {
            let p = node.parent;
            removed[i] = removed[p]
                || (strip != Strip::Nothing && is_furniture(node, strip))
                || matches!(&node.kind, Kind::Element { hidden: true, .. });
            block_of[i] = if p == 0 || is_block(nodes[p].name()) { p } else { block_of[p] };
            in_link[i] = in_link[p] || node.name() == "a";
        }
        let mut stats = count(nodes, &removed, &block_of, &in_link);
        if strip != Strip::Nothing {
            mark_teasers(nodes, &mut stats, &mut removed);
        }
        Tree { nodes, removed, stats, score: vec![None; n], top: 0 }
    }

    fn link_density(&self, i: usize) -> f64 {
        let s = &self.stats[i];
        if s.chars == 0 {
            0.0
        } else {
            s.link_chars as f64 / s.chars as f64
        }
    }

    fn add_score(&mut self, i: usize, points: f64) {
        let node = &self.nodes[i];
        let chars = self.stats[i].chars;
        let base = self.score[i].unwrap_or_else(|| {
            // An article name counts in full only for a container with some prose in it.
            let weight = name_weight(node);
            let weight = if weight > 0.0 { weight * (chars as f64 / PROSE_CHARS).min(1.0) } else { weight };
            tag_weight(node.name()) + weight
        });
        self.score[i] = Some(base + points);
    }

    /// Scores the ancestors of every paragraph.
    fn score_paragraphs(&mut self) {
        for i in 1..self.nodes.len() {
            let s = self.stats[i];
            if self.removed[i] || s.own_chars < MIN_PARAGRAPH || s.own_link_chars * 2 > s.own_chars {
                continue;
            }
            let points = 1.0 + s.own_commas as f64 + (s.own_chars as f64 / 100.0).min(3.0);
            // A paragraph scores its container; a container with loose text scores itself.
            let mut at = if s.has_block { i } else { self.nodes[i].parent };
            for level in 0..5 {
                if at == 0 {
                    break;
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f64 * 3.0,
                };
                self.add_score(at, points / divider);
                at = self.nodes[at].parent;
            }
        }
    }

    fn final_score(&self, i: usize) -> Option<f64> {
        self.score[i].map(|s| s * (1.0 - self.link_density(i)))
    }

    /// The best-scoring container, moved up to an ancestor that scores as well.
    fn top_candidate(&self) -> Option<usize> {
        let mut top = None;
        let mut best = f64::MIN;
        for i in 1..self.nodes.len() {
            if let Some(s) = self.final_score(i) {
                if s > best {
                    best = s;
                    top = Some(i);
                }
            }
        }
        let mut top = top?;
        top = self.shared_ancestor(top, best);
        let mut last = self.final_score(top).unwrap_or(best);
        let threshold = best / 3.0;
        let mut parent = self.nodes[top].parent;
        while parent != 0 {
            if let Some(ps) = self.final_score(parent) {
                if ps < threshold {
                    break;
                }
                if ps > last {
                    top = parent;
                    break;
                }
                last = ps;
            }
            parent = self.nodes[parent].parent;
        }
        while self.nodes[top].parent != 0 {
            let parent = self.nodes[top].parent;
            let kept =
                self.nodes[parent].children.iter().filter(|&&c| !self.removed[c] && self.stats[c].chars > 0).count();
            if kept != 1 {
                break;
            }
            top = parent;
        }
        Some(top)
    }

    /// Whether `ancestor` is `node` or contains it.
    fn contains(&self, ancestor: usize, mut node: usize) -> bool {
        loop {
            if node == ancestor {
                return true;
            }
            if node == 0 {
                return false;
            }
            node = self.nodes[node].parent;
        }
    }

    /// When an article is split into many small scored containers (one per paragraph),
    /// the nearest ancestor of `top` holding three of the five best that score within a
    /// quarter of it.
    fn shared_ancestor(&self, top: usize, best: f64) -> usize {
        let mut rivals: Vec<(f64, usize)> = Vec::new();
        for i in 1..self.nodes.len() {
            if let Some(s) = self.final_score(i) {
                if i != top && s >= best * 0.75 {
                    // Best first, ties in the order found (what a stable sort would give),
                    // without a sort's code in the page's wasm.
                    let at = rivals.partition_point(|r| r.0.total_cmp(&s).is_ge());
                    rivals.insert(at, (s, i));
                    rivals.truncate(4);
                }
            }
        }
        if rivals.len() < 3 {
            return top;
        }
        let mut parent = self.nodes[top].parent;
        while parent != 0 && self.nodes[parent].name() != "body" {
            if rivals.iter().filter(|&&(_, r)| self.contains(parent, r)).count() >= 3 {
                return parent;
            }
            parent = self.nodes[parent].parent;
        }
        top
    }

    /// The top candidate and those of its siblings that belong with it.
    fn article(&self, top: usize) -> Vec<usize> {
        let parent = self.nodes[top].parent;
        if parent == 0 {
            return vec![top];
        }
        let top_score = self.final_score(top).unwrap_or(0.0);
        let threshold = (top_score * 0.2).max(10.0);
        let top_hint = hint(&self.nodes[top]);
        let kinds = self.paragraph_kinds(top);
        let mut kept = Vec::new();
        for &c in &self.nodes[parent].children {
            if self.removed[c] || self.stats[c].chars == 0 {
                continue;
            }
            let bonus = if !top_hint.is_empty() && hint(&self.nodes[c]) == top_hint { top_score * 0.2 } else { 0.0 };
            let keep = c == top
                || self.final_score(c).is_some_and(|s| s + bonus >= threshold)
                || (self.nodes[c].name() == "p" && {
                    let (len, ld) = (self.stats[c].chars, self.link_density(c));
                    (len > 80 && ld < 0.25) || (len > 40 && ld == 0.0)
                })
                || self.holds_kind(c, &kinds);
            if keep {
                kept.push(c);
            }
        }
        kept
    }

    /// Whether `c` holds a paragraph of one of the article's `kinds` and is mostly
    /// outside links.
    fn holds_kind(&self, c: usize, kinds: &[&str]) -> bool {
        !kinds.is_empty()
            && self.link_density(c) < 0.25
            && (c..self.subtree_end(c)).any(|j| self.is_prose(j) && kinds.contains(&paragraph_kind(&self.nodes[j])))
    }

    /// The index just past the subtree of `i` (nodes are in document order, so a subtree
    /// is the run of nodes after it up to the first whose parent comes before it).
    fn subtree_end(&self, i: usize) -> usize {
        (i + 1..self.nodes.len()).find(|&j| self.nodes[j].parent < i).unwrap_or(self.nodes.len())
    }

    /// Whether a kept block's own text is a paragraph of prose, mostly outside links.
    fn is_prose(&self, i: usize) -> bool {
        let s = &self.stats[i];
        !self.removed[i]
            && is_block(self.nodes[i].name())
            && s.own_chars >= MIN_PARAGRAPH
            && s.own_link_chars * 2 <= s.own_chars
    }

    /// The kinds ([`paragraph_kind`]) of the named paragraphs inside `top`, at most
    /// [`MAX_SHAPES`] of them.
    fn paragraph_kinds(&self, top: usize) -> Vec<&'a str> {
        let mut kinds = Vec::new();
        for j in top + 1..self.subtree_end(top) {
            let kind = paragraph_kind(&self.nodes[j]);
            if !kind.is_empty() && self.is_prose(j) && !kinds.contains(&kind) && kinds.len() < MAX_SHAPES {
                kinds.push(kind);
            }
        }
        kinds
    }

    /// Whether a block inside the article (not the article itself) is a short line that
    /// is all link, headlines of three words or more: a pointer to another story ("Read
    /// more: …", "DON'T MISS" lists, related headlines set between paragraphs).
    fn is_linked_line(&self, i: usize) -> bool {
        let s = &self.stats[i];
        i != self.top
            && is_block(self.nodes[i].name())
            && s.chars <= MAX_LINE
            && s.link_words >= MIN_LINKED_WORDS
            && self.link_density(i) >= LINKED_LINE
    }

    /// Whether a division or figure inside the article (not the article itself) is a
    /// picture with its caption: images and at most one short block of text.
    fn is_captioned_picture(&self, i: usize) -> bool {
        let s = &self.stats[i];
        i != self.top
            && matches!(self.nodes[i].name(), "div" | "figure")
            && s.images > 0
            && s.prose <= 1
            && s.chars <= MAX_LINE
    }

    /// Whether an element inside the article looks like a widget rather than prose.
    fn is_widget(&self, i: usize, in_figure: bool) -> bool {
        let node = &self.nodes[i];
        let name = node.name();
        if matches!(name, "h2" | "h3" | "h4" | "h5" | "h6") {
            return name_weight(node) < 0.0 || self.link_density(i) > 0.33;
        }
        if self.is_linked_line(i) || self.is_captioned_picture(i) {
            return true;
        }
        if !matches!(name, "div" | "section" | "table" | "ul" | "ol" | "dl" | "figure" | "aside") {
            return false;
        }
        let weight = name_weight(node);
        if weight + self.score[i].unwrap_or(0.0) < 0.0 {
            return true;
        }
        let s = &self.stats[i];
        if s.commas >= 10 {
            return false;
        }
        let is_list = matches!(name, "ul" | "ol" | "dl");
        let (p, img, li) = (s.paragraphs as f64, s.images as f64, s.items as f64);
        let ld = self.link_density(i);
        (img > 1.0 && p / img < 0.5 && !in_figure && ((s.chars - s.link_chars) as f64) < img * MAX_GALLERY_TEXT)
            || (!is_list && li > p + 1.0 && ld > 0.1)
            || (s.inputs as f64 > p / 3.0 + 0.5)
            || (!is_list && s.chars < MIN_PARAGRAPH && (img == 0.0 || img > 2.0) && !in_figure)
            || (weight < 25.0 && ld > 0.2 && !(is_list && ld < 0.5))
            || (weight >= 25.0 && ld > 0.5)
            || (s.embeds == 1 && s.chars < 75)
            || s.embeds > 1
    }

    fn render(&self, i: usize, clean: bool, in_figure: bool, out: &mut String) {
        if self.removed[i] {
            return;
        }
        let node = &self.nodes[i];
        match &node.kind {
            Kind::Text(t) => push_collapsed(out, t),
            _ => {
                let name = node.name();
                if clean && i != 0 && self.is_widget(i, in_figure) {
                    return;
                }
                let block = is_block(name);
                if block {
                    paragraph_break(out);
                }
                let in_figure = in_figure || name == "figure";
                for &c in &node.children {
                    self.render(c, clean, in_figure, out);
                }
                if block {
                    paragraph_break(out);
                }
            }
        }
    }
}

/// The article body of `nodes`, paragraphs separated by a blank line: read first with
/// furniture set aside, again with only the furniture its tags say (names mislead on
/// some sites), again with all of it if that leaves too little, and the whole text when
/// no part of the page reads as an article. A short article found with furniture set
/// aside by its tags is kept unless the read with all of it holds it: a brief beside a
/// footer is still the brief, not the larger block of furniture.
pub fn article_text(nodes: &[Node]) -> String {
    let mut best = String::new();
    for strip in [Strip::All, Strip::Tags, Strip::Nothing] {
        let mut tree = Tree::new(nodes, strip);
        tree.score_paragraphs();
        let Some(top) = tree.top_candidate() else { continue };
        tree.top = top;
        let mut out = String::new();
        for i in tree.article(top) {
            tree.render(i, true, false, &mut out);
        }
        let out = out.trim();
        let trusted = strip != Strip::Nothing || best.len() < MIN_SHORT_ARTICLE || out.contains(best.as_str());
        if out.chars().count() >= MIN_ARTICLE && trusted {
            return out.to_string();
        }
        if strip == Strip::Nothing && best.len() >= MIN_SHORT_ARTICLE {
            return best;
        }
        if out.len() > best.len() {
            best = out.to_string();
        }
    }
    if !best.is_empty() {
        return best;
    }
    let tree = Tree::new(nodes, Strip::Nothing);
    let mut out = String::new();
    tree.render(0, false, false, &mut out);
    out.trim().to_string()
}

/// Appends `raw` with whitespace runs collapsed to one space.
pub fn push_collapsed(out: &mut String, raw: &str) {
    for c in raw.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// Ends the current paragraph, if any, with a blank line.
pub fn paragraph_break(out: &mut String) {
    let trimmed = out.trim_end_matches(' ').len();
    out.truncate(trimmed);
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
    }
}

#[cfg(test)]
mod tests {
    use crate::html::read;

    const PROSE: [&str; 4] = [
        "The harbour board met on Tuesday evening to weigh the new ferry timetable, which critics say cuts late services.",
        "Members argued for two hours, and the chair, a retired pilot, warned that the budget would not stretch much further.",
        "A vote is expected next month, after a public consultation that will run through the winter in three towns.",
        "Residents who rely on the last boat home said they would attend, and several shop owners promised to join them.",
    ];

    fn page(furniture_before: &str, furniture_after: &str) -> String {
        let body: String = PROSE.iter().map(|p| format!("<p>{p}</p>")).collect();
        format!(
            "<html><head><title>Ferry</title></head><body>{furniture_before}\
             <div class=\"story-body\"><h1>Ferry timetable</h1>{body}</div>{furniture_after}</body></html>"
        )
    }

    #[test]
    fn keeps_the_article_as_paragraphs_and_drops_the_furniture() {
        let before = "<div id=\"cookie-banner\"><p>We use cookies to improve your experience, accept them all or manage them.</p></div>\
                      <header><a href=\"/\">Home</a> <a href=\"/news\">News</a></header>\
                      <nav><ul><li><a href=\"/a\">Sport</a></li><li><a href=\"/b\">Weather, traffic and travel news</a></li></ul></nav>";
        let after = "<div class=\"share-tools\"><a href=\"#\">Share on social media, email or print this story</a></div>\
                     <section class=\"comments\"><p>I have taken that ferry for twenty years, and it was never once on time.</p></section>\
                     <footer><p>Copyright the harbour gazette, all rights reserved, reproduction prohibited.</p></footer>";
        let text = read(&page(before, after)).text;
        assert_eq!(text, PROSE.join("\n\n"));
    }

    #[test]
    fn drops_link_lists_and_hidden_blocks_inside_the_article() {
        let related = "<ul class=\"links\"><li><a href=\"/1\">Bridge tolls to rise again next year</a></li>\
                       <li><a href=\"/2\">New pier opens to walkers and anglers</a></li></ul>";
        let hidden =
            "<div style=\"display: none\"><p>Subscribe now for unlimited access to every story we publish.</p></div>";
        let body: String = PROSE.iter().map(|p| format!("<p>{p}</p>")).collect();
        let html = format!("<article><div>{}{related}{hidden}{}</div></article>", &body, "<p>Short.</p>");
        let text = read(&html).text;
        assert!(text.starts_with(PROSE[0]) && text.contains(PROSE[3]), "{text}");
        assert!(!text.contains("Bridge tolls") && !text.contains("Subscribe"), "{text}");
    }

    #[test]
    fn an_article_split_into_one_container_per_paragraph_is_kept_whole() {
        let cards: String = PROSE
            .iter()
            .map(|p| format!("<div class=\"card\"><div class=\"card-text\"><p>{p}</p></div></div>"))
            .collect();
        let html = format!("<div class=\"menu\"><a href=\"/\">Home</a></div><div class=\"cards\">{cards}</div><div><p>Advertisement</p></div>");
        assert_eq!(read(&html).text, PROSE.join("\n\n"));
    }

    #[test]
    fn a_page_without_an_article_keeps_all_its_text() {
        assert_eq!(read("<ul><li>Milk</li><li>Bread</li></ul><p>Eggs</p>").text, "Milk\n\nBread\n\nEggs");
    }

    #[test]
    fn a_list_of_teasers_is_not_the_article_however_long() {
        // Teasers under meaningless names: a linked headline, a summary that reads like
        // prose, a time; many of one shape side by side.
        let teaser = |i: usize| {
            format!(
                "<div class=\"k2\"><h3><a href=\"/s/{i}\">Council story number {i} about the new ferry pier</a></h3>\
                 <p>The scheme, which was approved after a long debate, will take two years to build, officials said.</p><span>{i} hours ago</span></div>"
            )
        };
        let teasers: String = (0..12).map(teaser).collect();
        let html = format!("<div class=\"a\"><h1>Pier</h1><p>{}</p></div><div class=\"b\">{teasers}</div>", PROSE[0]);
        assert_eq!(read(&html).text, PROSE[0]);
    }

    #[test]
    fn a_short_article_is_kept_over_a_longer_footer() {
        let footer = "<footer><p>The Gazette has served readers since 1889, an independent paper owned by a trust that spends every penny on local journalism.</p>\
                      <p>All content is copyright of the publisher unless otherwise stated, and no part may be reproduced without permission.</p></footer>";
        let brief = format!("{} {}", PROSE[2], PROSE[3]);
        let html =
            format!("<header><a href=\"/\">Home</a></header><div><h1>Road closed</h1><p>{brief}</p></div>{footer}");
        assert_eq!(read(&html).text, brief);
    }

    #[test]
    fn lines_pointing_to_other_stories_are_dropped_but_linked_sources_kept() {
        let lines = "<p>Read more: <a href=\"/s/1\">Bridge tolls to rise again next year, council says</a></p>\
                     <p><a href=\"/s/2\">NEW PIER OPENS TO WALKERS AND ANGLERS</a></p>\
                     <p><a href=\"/s/3\">Ferry fares frozen for the winter as fuel costs fall</a> [ANALYSIS]<br><a href=\"/s/4\">Harbour dredging starts a month ahead of plan</a> [NEWS]</p>";
        let source = "<p><a href=\"https://example.org/report\">[Harbour Report]</a></p>";
        let html = format!(
            "<article><h1>Ferry</h1><p>{}</p>{lines}<p>{}</p>{source}<p>{}</p><p>{}</p></article>",
            PROSE[0], PROSE[1], PROSE[2], PROSE[3]
        );
        let text = read(&html).text;
        assert!(!text.contains("Bridge tolls") && !text.contains("PIER") && !text.contains("dredging"), "{text}");
        assert!(text.contains("[Harbour Report]") && text.contains(PROSE[0]) && text.contains(PROSE[3]), "{text}");
    }

    #[test]
    fn a_picture_with_its_caption_in_a_division_is_not_article_text() {
        let picture = "<div class=\"v1\"><p><img src=\"/pier.jpg\"></p><span>The new pier at dusk <span>(Image: Agency)</span></span></div>";
        let html = format!(
            "<div class=\"c4\"><p>{}</p><p>{}</p>{picture}<p>{}</p><p>{}</p></div>",
            PROSE[0], PROSE[1], PROSE[2], PROSE[3]
        );
        assert_eq!(read(&html).text, PROSE.join("\n\n"));
    }

    #[test]
    fn text_in_a_box_named_for_a_paywall_is_the_article() {
        // A saved page holds the text the paywall would hide: its name is no sign of furniture.
        let html = format!(
            "<div class=\"c4\"><h1>Ferry</h1><p>{}</p><p>{}</p><div class=\"paywall\"><p>{}</p><p>{}</p></div></div>",
            PROSE[0], PROSE[1], PROSE[2], PROSE[3]
        );
        assert_eq!(read(&html).text, PROSE.join("\n\n"));
    }

    #[test]
    fn a_photo_post_with_its_text_between_pictures_is_prose_not_a_gallery() {
        // No <p>: the text is set apart by <br>, with more pictures than blocks of text.
        let pictures = "<img src=\"/1.jpg\"><br><img src=\"/2.jpg\"><br>";
        let post: String = PROSE.iter().map(|p| format!("{p}<br>{pictures}")).collect();
        let html = format!(
            "<ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul><div class=\"x9\"><h1>Ferry</h1><div class=\"x2\">{post}</div></div>\
             <div class=\"x3\"><a href=\"/about\">About us</a> <a href=\"/privacy\">Privacy</a></div>"
        );
        assert_eq!(read(&html).text, PROSE.join("\n\n"));
    }

    #[test]
    fn a_lead_paragraph_outside_the_body_joins_it_by_its_kind() {
        // The lead sits in its own wrapper before the body's container, named as the
        // body's paragraphs are; a sibling block of another kind stays out.
        let lead = "<div class=\"k1\"><p class=\"para lead\">The ferry will stop running at nine.</p></div>";
        let body: String = PROSE.iter().map(|p| format!("<div class=\"para\">{p}</div>")).collect();
        let other = "<div class=\"k2\"><p class=\"note\">Corrections are listed on a page of their own.</p></div>";
        let html = format!("<div class=\"k0\">{lead}<div class=\"k3\">{body}</div>{other}</div>");
        let text = read(&html).text;
        assert!(text.starts_with("The ferry will stop running at nine.\n\n"), "{text}");
        assert!(text.ends_with(PROSE[3]) && !text.contains("Corrections"), "{text}");
    }

    #[test]
    fn hostile_markup_is_read_in_linear_time_without_panicking() {
        let deep = "<div><span>".repeat(50_000) + &PROSE.join(" ");
        assert!(read(&deep).text.contains(PROSE[1]));
        let unclosed = "<p><li><td><a>x".repeat(20_000);
        let _ = read(&unclosed);
        let ends = "</div></p></a>".repeat(20_000);
        let _ = read(&ends);
    }
}
