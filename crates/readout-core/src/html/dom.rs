//! A forgiving document tree built from the tag and text events of [`super::read`].
//!
//! Not the full HTML5 tree-construction algorithm, but the parts of it that shape an
//! article: void elements take no children, a block start closes an open `<p>`, `<li>`,
//! `<dt>`/`<dd>`, `<tr>`/`<td>` close their open siblings, an end tag closes every element
//! opened after its match and a stray end tag is ignored. Nesting is capped at
//! [`MAX_DEPTH`], so a hostile page costs linear time and bounded stack.

/// Deepest nesting kept; deeper elements are flattened into the one at this depth.
pub const MAX_DEPTH: usize = 256;

/// A node of the tree: index 0 is the document itself.
pub struct Node {
    pub parent: usize,
    pub children: Vec<usize>,
    pub kind: Kind,
}

pub enum Kind {
    Document,
    /// An element: its lower-case name, the words of its `class`, `id`, `role` and
    /// `itemprop` in lower case, and whether the page hides it.
    Element {
        name: String,
        hint: String,
        hidden: bool,
    },
    /// Text with character references decoded, whitespace as it came.
    Text(String),
}

impl Node {
    /// The element name, or "" for text and the document.
    pub fn name(&self) -> &str {
        match &self.kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }
}

/// Most bytes of a headline read by [`first_text_of`].
const MAX_HEADLINE_BYTES: usize = 1024;

/// The text of the first element named `name` the page shows, whitespace collapsed
/// (`None` when it has none or no text).
pub fn first_text_of(nodes: &[Node], name: &str) -> Option<String> {
    let at = nodes.iter().position(|n| matches!(&n.kind, Kind::Element { name: n, hidden: false, .. } if n == name))?;
    // Nodes are in document order, a parent before its children: the element's subtree
    // is the run of nodes after it up to the first whose parent comes before it.
    let mut text = String::new();
    for node in nodes.iter().skip(at + 1) {
        if node.parent < at || text.len() > MAX_HEADLINE_BYTES {
            break;
        }
        if let Kind::Text(t) = &node.kind {
            text.push_str(t);
            text.push(' ');
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// Elements that never have content.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Elements whose start closes an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
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
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// Elements that stop the search for an open element to close implicitly.
const SCOPES: &[&str] =
    &["table", "ul", "ol", "dl", "div", "section", "article", "main", "body", "td", "th", "blockquote"];

#[derive(Default)]
pub struct Builder {
    nodes: Vec<Node>,
    open: Vec<usize>,
}

impl Builder {
    pub fn new() -> Builder {
        Builder { nodes: vec![Node { parent: 0, children: Vec::new(), kind: Kind::Document }], open: Vec::new() }
    }

    fn current(&self) -> usize {
        self.open.last().copied().unwrap_or(0)
    }

    fn append(&mut self, kind: Kind) -> usize {
        let parent = self.current();
        let id = self.nodes.len();
        self.nodes.push(Node { parent, children: Vec::new(), kind });
        self.nodes[parent].children.push(id);
        id
    }

    /// Closes the innermost open element named one of `names`, unless a scope boundary
    /// (or, for `<p>`, any block) comes first.
    fn close_implied(&mut self, names: &[&str], stop: &[&str]) {
        for depth in (0..self.open.len()).rev() {
            let name = self.nodes[self.open[depth]].name();
            if names.contains(&name) {
                self.open.truncate(depth);
                return;
            }
            if stop.contains(&name) {
                return;
            }
        }
    }

    /// An element starts.
    pub fn start(&mut self, name: &str, hint: String, hidden: bool) {
        match name {
            "html" | "head" | "body" => return,
            "li" => self.close_implied(&["li"], &["ul", "ol", "menu"]),
            "dt" | "dd" => self.close_implied(&["dt", "dd"], &["dl"]),
            "tr" => self.close_implied(&["tr"], &["table"]),
            "td" | "th" => self.close_implied(&["td", "th"], &["tr", "table"]),
            "option" => self.close_implied(&["option"], &["select"]),
            _ => {}
        }
        if CLOSES_P.contains(&name) {
            self.close_implied(&["p"], SCOPES);
        }
        let id = self.append(Kind::Element { name: name.to_string(), hint, hidden });
        if !VOID.contains(&name) && self.open.len() < MAX_DEPTH {
            self.open.push(id);
        }
    }

    /// An element ends: closes it and everything opened inside it; ignored if not open.
    pub fn end(&mut self, name: &str) {
        if name == "br" {
            self.start("br", String::new(), false);
            return;
        }
        if let Some(depth) = self.open.iter().rposition(|&i| self.nodes[i].name() == name) {
            self.open.truncate(depth);
        }
    }

    /// Text (already decoded) inside the current element.
    pub fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let current = self.current();
        if let Some(&last) = self.nodes[current].children.last() {
            if let Kind::Text(t) = &mut self.nodes[last].kind {
                t.push_str(text);
                return;
            }
        }
        self.append(Kind::Text(text.to_string()));
    }

    /// The finished tree, nodes in document order (a parent before its children).
    pub fn finish(self) -> Vec<Node> {
        self.nodes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(nodes: &[Node], id: usize) -> String {
        let node = &nodes[id];
        match &node.kind {
            Kind::Text(t) => t.clone(),
            _ => {
                let inner: String = node.children.iter().map(|&c| shape(nodes, c)).collect();
                if id == 0 {
                    inner
                } else {
                    format!("<{}>{inner}</{}>", node.name(), node.name())
                }
            }
        }
    }

    fn build(events: &[(&str, &str)]) -> String {
        let mut b = Builder::new();
        for (kind, v) in events {
            match *kind {
                "s" => b.start(v, String::new(), false),
                "e" => b.end(v),
                _ => b.text(v),
            }
        }
        shape(&b.finish(), 0)
    }

    #[test]
    fn closes_implied_and_ignores_stray_end_tags() {
        let got = build(&[
            ("s", "p"),
            ("t", "a"),
            ("s", "div"),
            ("t", "b"),
            ("e", "span"),
            ("e", "div"),
            ("s", "ul"),
            ("s", "li"),
            ("t", "1"),
            ("s", "li"),
            ("t", "2"),
        ]);
        assert_eq!(got, "<p>a</p><div>b</div><ul><li>1</li><li>2</li></ul>");
        let got = build(&[("s", "div"), ("s", "span"), ("t", "x"), ("e", "div"), ("t", "y"), ("s", "img"), ("t", "z")]);
        assert_eq!(got, "<div><span>x</span></div>y<img></img>z");
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let mut b = Builder::new();
        for _ in 0..100_000 {
            b.start("div", String::new(), false);
        }
        b.text("deep");
        let nodes = b.finish();
        assert_eq!(nodes.len(), 100_002);
        // The text hangs at most MAX_DEPTH elements below the document.
        let (mut depth, mut at) = (0, nodes.len() - 1);
        while at != 0 {
            at = nodes[at].parent;
            depth += 1;
        }
        assert!(depth <= MAX_DEPTH + 1, "depth {depth}");
    }
}
