//! Main-content extraction from HTML.
//!
//! The page is first pruned (see `prune`: scripts and styles emptied, nesting capped),
//! parsed with `scraper` (html5ever), then walked once, iteratively, into a flat list of
//! elements and a list of text blocks (the inline text between two block-level boundaries,
//! whitespace collapsed). Navigation, asides, footers, forms, media, figure captions and
//! hidden elements are skipped outright.
//!
//! Scoring follows Readability: every paragraph-like block of some length gives points
//! (one, plus one per comma, plus one per hundred characters up to three) to its container
//! and, decaying, to a few ancestors; a container's score is then weighed by its class and
//! id (`article`, `story-body` up; `comment`, `sidebar` down; never by more than its own
//! text earns) and by how little of its text is link text. The best container is widened:
//! to an ancestor holding other strong candidates, to a better-scoring parent, to
//! ancestors whose extra text is mostly prose (a story split into sections), and to good
//! siblings. Inside the result, blocks in boilerplate containers (share bars, related
//! links, captions, bylines, newsletter prompts, link lists) are dropped, as are link-heavy
//! blocks, stock furniture lines ("Advertisement", "Read more"), date lines above the
//! story, the headline (it is the title) and trailing headings.
//!
//! Every pass over the tree is a loop over a flat vector, so a deeply nested page costs
//! linear time and no stack.

use claimsift_core::{Article, Block, BlockKind, SCHEMA};
use scraper::{Html, Node};

use crate::ExtractOptions;
use crate::meta::{self, Capture, CaptureKind, RawMeta};
use crate::text::sentences_for;

/// One element of the page, flattened. Index 0 is the document itself.
#[derive(Debug, Clone)]
struct El {
    parent: usize,
    tag: Tag,
    /// Readability's class/id weight: +25 for content hints, -25 for boilerplate hints.
    weight: i32,
    /// Class or id says this is boilerplate to drop inside the article (share, related...).
    boilerplate: bool,
    same_class: u64,
    /// Class says this is an embedded post (a tweet, an Instagram post): quoted material
    /// whose links and hashtags do not make it navigation.
    embed: bool,
    /// Text and link-text characters in the whole subtree.
    chars: usize,
    link_chars: usize,
    /// Characters of prose in the subtree: paragraphs of some length, few links, outside
    /// boilerplate containers.
    good: usize,
    score: f64,
    scored: bool,
}

/// The tags the extractor treats specially.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Document,
    Body,
    Div,
    P,
    Pre,
    Td,
    Blockquote,
    List,
    Li,
    Heading(u8),
    Form,
    Section,
    Article,
    Main,
    OtherBlock,
    Inline,
}

/// A run of inline text between two block boundaries.
#[derive(Debug, Clone)]
struct RawBlock {
    text: String,
    owner: usize,
    kind: BlockKind,
    level: Option<u8>,
    chars: usize,
    link_chars: usize,
}

/// Elements whose content is never article text.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "button"
            | "select"
            | "option"
            | "input"
            | "textarea"
            | "nav"
            | "aside"
            | "footer"
            | "figcaption"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "dialog"
            | "menu"
            | "label"
            | "picture"
            | "img"
            | "source"
    )
}

fn tag_of(name: &str) -> Tag {
    match name {
        "body" => Tag::Body,
        "div" => Tag::Div,
        "p" => Tag::P,
        "pre" => Tag::Pre,
        "td" | "th" => Tag::Td,
        "blockquote" => Tag::Blockquote,
        "ul" | "ol" | "dl" => Tag::List,
        "li" | "dd" | "dt" => Tag::Li,
        "h1" => Tag::Heading(1),
        "h2" => Tag::Heading(2),
        "h3" => Tag::Heading(3),
        "h4" => Tag::Heading(4),
        "h5" => Tag::Heading(5),
        "h6" => Tag::Heading(6),
        "form" => Tag::Form,
        "section" => Tag::Section,
        "article" => Tag::Article,
        "main" => Tag::Main,
        "address" | "center" | "details" | "fieldset" | "figure" | "header" | "hgroup" | "hr"
        | "html" | "summary" | "table" | "tbody" | "tfoot" | "thead" | "tr" | "caption"
        | "legend" | "br" => Tag::OtherBlock,
        _ => Tag::Inline,
    }
}

impl Tag {
    fn is_block(self) -> bool {
        self != Tag::Inline
    }

    /// Readability's starting score for an element by its tag.
    fn base_score(self) -> f64 {
        match self {
            Tag::Div | Tag::Article | Tag::Main | Tag::Section => 5.0,
            Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
            Tag::List | Tag::Form => -3.0,
            Tag::Heading(_) => -5.0,
            _ => 0.0,
        }
    }
}

/// Class and id substrings that suggest article content (Readability's "positive").
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story", "prose",
];

/// Class and id substrings that suggest anything but (Readability's "negative").
const NEGATIVE: &[&str] = &[
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "foot",
    "footer",
    "footnote",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "byline",
    "caption",
    "newsletter",
    "subscribe",
    "social",
    "cookie",
    "consent",
    "advert",
    "recommend",
    "taboola",
    "popular",
    "trending",
    "nav",
    "menu",
    "breadcrumb",
];

/// Class and id substrings that mark a container to drop from inside the article.
const BOILERPLATE: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "related",
    "recommend",
    "cookie",
    "consent",
    "gdpr",
    "caption",
    "credit",
    "byline",
    "advert",
    "promo",
    "outbrain",
    "taboola",
    "sponsor",
    "breadcrumb",
    "sidebar",
    "widget",
    "popular",
    "trending",
    "more-stories",
    "read-more",
    "readmore",
    "author-bio",
    "authorbio",
    "author-info",
    "toolbar",
    "tag-list",
    "taglist",
    "paywall",
    "modal",
    "popup",
    "dateline",
    "timestamp",
    "disclaimer",
    "print-only",
];

/// Whole class or id words (split on non-alphanumerics) that mark boilerplate; too short
/// to match as substrings ("ad" is in "header").
const BOILERPLATE_WORDS: &[&str] = &[
    "ad", "ads", "nav", "tags", "tag", "meta", "hidden", "hide", "bio", "date", "time", "author",
    "print", "share", "rating", "footer", "header",
];

/// Class and id substrings that mark an embedded post (quoted material, not a share bar).
const EMBED: &[&str] = &["embed", "tweet", "instagram"];

/// Which hint lists have an entry inside a lower-cased class and id string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Hints {
    positive: bool,
    negative: bool,
    boilerplate: bool,
    embed: bool,
}

const POSITIVE_BIT: u8 = 1;
const NEGATIVE_BIT: u8 = 2;
const BOILERPLATE_BIT: u8 = 4;
const EMBED_BIT: u8 = 8;
const ALL_BITS: u8 = POSITIVE_BIT | NEGATIVE_BIT | BOILERPLATE_BIT | EMBED_BIT;

impl Hints {
    fn from_bits(bits: u8) -> Self {
        Self {
            positive: bits & POSITIVE_BIT != 0,
            negative: bits & NEGATIVE_BIT != 0,
            boilerplate: bits & BOILERPLATE_BIT != 0,
            embed: bits & EMBED_BIT != 0,
        }
    }
}

/// The four hint lists in one Aho-Corasick automaton: every element with a class or id is
/// matched once, not once per entry (that was an eighth of the extraction time). Each
/// pattern carries the bits of the lists it belongs to.
struct HintMatcher {
    automaton: aho_corasick::AhoCorasick,
    bits: Vec<u8>,
}

fn hint_matcher() -> Option<&'static HintMatcher> {
    static MATCHER: std::sync::OnceLock<Option<HintMatcher>> = std::sync::OnceLock::new();
    MATCHER
        .get_or_init(|| {
            let mut patterns: Vec<&str> = Vec::new();
            let mut bits: Vec<u8> = Vec::new();
            for (list, bit) in [
                (POSITIVE, POSITIVE_BIT),
                (NEGATIVE, NEGATIVE_BIT),
                (BOILERPLATE, BOILERPLATE_BIT),
                (EMBED, EMBED_BIT),
            ] {
                for &p in list {
                    match patterns.iter().position(|&q| q == p) {
                        Some(k) => bits[k] |= bit,
                        None => {
                            patterns.push(p);
                            bits.push(bit);
                        }
                    }
                }
            }
            // Standard match semantics, so overlapping search reports every entry found.
            aho_corasick::AhoCorasick::new(&patterns)
                .ok()
                .map(|automaton| HintMatcher { automaton, bits })
        })
        .as_ref()
}

/// The hint lists with an entry that is a substring of `cls`.
fn hints(cls: &str) -> Hints {
    // The automaton is built from the fixed lists above and cannot fail; should it, the
    // plain search gives the same answer.
    let Some(m) = hint_matcher() else {
        return search_hints(cls);
    };
    let mut bits = 0;
    for hit in m.automaton.find_overlapping_iter(cls) {
        bits |= m.bits[hit.pattern().as_usize()];
        if bits == ALL_BITS {
            break;
        }
    }
    Hints::from_bits(bits)
}

/// [`hints`] by a substring search per entry: the reference the automaton must agree with.
fn search_hints(cls: &str) -> Hints {
    let any = |needles: &[&str]| needles.iter().any(|n| cls.contains(n));
    Hints {
        positive: any(POSITIVE),
        negative: any(NEGATIVE),
        boilerplate: any(BOILERPLATE),
        embed: any(EMBED),
    }
}

/// Lower-cased `class` and `id` attributes, joined by a space.
fn class_id(el: &scraper::node::Element, buf: &mut String) {
    buf.clear();
    if let Some(c) = el.attr("class") {
        buf.push_str(c);
    }
    if let Some(id) = el.attr("id") {
        buf.push(' ');
        buf.push_str(id);
    }
    buf.make_ascii_lowercase();
}

/// A cheap fingerprint of the class attribute, to spot siblings styled like the top
/// candidate.
fn class_hash(el: &scraper::node::Element) -> u64 {
    el.attr("class").map_or(0, |c| {
        c.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    })
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    el.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// The state of the walk over the parsed tree.
struct Walker {
    els: Vec<El>,
    blocks: Vec<RawBlock>,
    /// Element indices of the open elements that are kept (not skipped).
    open: Vec<usize>,
    /// Block-level open elements: the innermost owns the current text.
    block_stack: Vec<usize>,
    /// Open headings, list items and quotes: the innermost sets a block's kind.
    kind_stack: Vec<(usize, BlockKind, Option<u8>)>,
    /// Depth inside a skipped subtree (0: not skipping).
    skip: usize,
    links: usize,
    buf: String,
    buf_chars: usize,
    buf_link_chars: usize,
    captures: Vec<Capture>,
    raw: RawMeta,
    class_buf: String,
}

impl Walker {
    fn flush(&mut self) {
        let text = self.buf.trim_end();
        if !text.is_empty() {
            let owner = self.block_stack.last().copied().unwrap_or(0);
            let (kind, level) = self
                .kind_stack
                .last()
                .map_or((BlockKind::Paragraph, None), |&(_, k, l)| (k, l));
            self.blocks.push(RawBlock {
                text: text.to_owned(),
                owner,
                kind,
                level,
                chars: self.buf_chars,
                link_chars: self.buf_link_chars,
            });
        }
        self.buf.clear();
        self.buf_chars = 0;
        self.buf_link_chars = 0;
    }

    fn push_text(&mut self, text: &str) {
        let in_link = self.links > 0;
        for c in text.chars() {
            if c.is_whitespace() {
                if !self.buf.is_empty() && !self.buf.ends_with(' ') {
                    self.buf.push(' ');
                }
            } else {
                // Zero-width and soft-hyphen characters are invisible noise.
                if matches!(
                    c,
                    '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{AD}'
                ) {
                    continue;
                }
                self.buf.push(c);
                self.buf_chars += 1;
                if in_link {
                    self.buf_link_chars += 1;
                }
            }
        }
    }
}

/// Parses `html` and builds the article.
pub(crate) fn extract_html(
    input: &str,
    url: Option<&str>,
    html: &str,
    opts: &ExtractOptions,
) -> Article {
    let mut diagnostics = Vec::new();
    // A page past the size limit is cut there (on a char boundary) rather than refused:
    // the article usually comes early, and the cut is reported.
    let html = if html.len() > opts.max_bytes {
        let mut cut = opts.max_bytes;
        while !html.is_char_boundary(cut) {
            cut -= 1;
        }
        diagnostics.push(format!(
            "page cut at {cut} of its {} bytes (the size limit)",
            html.len()
        ));
        &html[..cut]
    } else {
        html
    };
    let pruned = crate::prune::prune(html);
    if let Some((_, dropped)) = pruned.as_ref().filter(|(_, d)| *d > 0) {
        diagnostics.push(format!(
            "{dropped} tags nested deeper than {} levels were ignored",
            crate::prune::MAX_DEPTH
        ));
    }
    let doc = Html::parse_document(pruned.as_ref().map_or(html, |(h, _)| h.as_str()));
    drop(pruned);
    let mut w = Walker {
        els: vec![El {
            parent: 0,
            tag: Tag::Document,
            weight: 0,
            boilerplate: false,
            same_class: 0,
            embed: false,
            chars: 0,
            link_chars: 0,
            good: 0,
            score: 0.0,
            scored: false,
        }],
        blocks: Vec::new(),
        open: vec![0],
        block_stack: vec![0],
        kind_stack: Vec::new(),
        skip: 0,
        links: 0,
        buf: String::new(),
        buf_chars: 0,
        buf_link_chars: 0,
        captures: Vec::new(),
        raw: RawMeta::default(),
        class_buf: String::new(),
    };
    walk(&doc, &mut w);
    w.flush();
    let Walker {
        mut els,
        blocks,
        raw,
        ..
    } = w;
    let metadata = meta::build(&raw, url);
    let chosen = choose_blocks(&mut els, &blocks);
    let mut text = String::new();
    let mut out_blocks: Vec<Block> = Vec::new();
    let title_key = metadata.title.as_deref().map(normalise);
    let mut seen_body = false;
    let mut kept: Vec<&RawBlock> = Vec::new();
    // A date line above the first paragraph ("Monday, 22 January 2018 at 0:13") is page
    // furniture; further down it may be content (a list of dates), so it stays there.
    let first_prose = chosen
        .iter()
        .position(|&i| blocks[i].kind == BlockKind::Paragraph && blocks[i].chars >= 80);
    for (n, &i) in chosen.iter().enumerate() {
        let b = &blocks[i];
        if first_prose.is_some_and(|f| n < f) && is_date_line(&b.text) {
            continue;
        }
        if !seen_body && b.kind == BlockKind::Heading && !opts.keep_title_heading {
            // The headline before the body is metadata, not body text.
            let key = normalise(&b.text);
            if b.level == Some(1) || title_key.as_deref().is_some_and(|t| t == key) {
                continue;
            }
        }
        if b.kind != BlockKind::Heading {
            seen_body = true;
        }
        kept.push(b);
    }
    // Headings left dangling at the end ("Related coverage", "More on this") lead nowhere.
    while kept.last().is_some_and(|b| b.kind == BlockKind::Heading) {
        kept.pop();
    }
    for b in kept {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&b.text);
        out_blocks.push(Block {
            kind: b.kind,
            start,
            end: text.len(),
            level: if b.kind == BlockKind::Heading {
                b.level
            } else {
                None
            },
        });
    }
    if out_blocks.is_empty() {
        diagnostics.push("no article text found in the page".to_owned());
    }
    let sentences = sentences_for(&text, &out_blocks);
    Article {
        schema: SCHEMA.to_owned(),
        input: input.to_owned(),
        url: url.map(str::to_owned),
        metadata,
        text,
        blocks: out_blocks,
        sentences,
        diagnostics,
    }
}

/// Lower-cased letters and digits only, for comparing a heading with the title.
fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Walks the parsed tree iteratively, filling the walker.
fn walk(doc: &Html, w: &mut Walker) {
    let root = doc.tree.root();
    let root_id = root.id();
    let mut node = root;
    // Each open node pushes whether it opened a kept element, a skip, or nothing.
    let mut frames: Vec<Frame> = Vec::new();
    loop {
        let frame = match node.value() {
            Node::Text(t) => {
                for cap in &mut w.captures {
                    if cap.text.len() < meta::MAX_CAPTURE {
                        // Bylines are often spans glued without spaces ("Jane DoeMonday").
                        if matches!(cap.kind, CaptureKind::Byline | CaptureKind::RelAuthor) {
                            cap.text.push(' ');
                        }
                        cap.text.push_str(t);
                    }
                }
                if w.skip == 0 {
                    w.push_text(t);
                }
                NO_FRAME
            }
            Node::Element(el) => open_element(el, w),
            _ => NO_FRAME,
        };
        frames.push(frame);
        if let Some(child) = node.first_child() {
            node = child;
            continue;
        }
        loop {
            if let Some(frame) = frames.pop() {
                close_node(frame, w);
            }
            if node.id() == root_id {
                return;
            }
            if let Some(next) = node.next_sibling() {
                node = next;
                break;
            }
            match node.parent() {
                Some(parent) => node = parent,
                None => return,
            }
        }
    }
}

/// What opening a node did, undone when it closes.
#[derive(Debug, Clone, Copy)]
struct Frame {
    el: Option<usize>,
    skipped: bool,
    link: bool,
    kind: bool,
    block: bool,
    capture: bool,
}

const NO_FRAME: Frame = Frame {
    el: None,
    skipped: false,
    link: false,
    kind: false,
    block: false,
    capture: false,
};

fn open_element(el: &scraper::node::Element, w: &mut Walker) -> Frame {
    let name = el.name();
    let mut frame = NO_FRAME;
    let capture = meta::observe(el, name, &mut w.raw);
    if let Some(kind) = capture {
        w.captures.push(Capture {
            kind,
            text: String::new(),
        });
        frame.capture = true;
    }
    if w.skip > 0 {
        w.skip += 1;
        frame.skipped = true;
        return frame;
    }
    if is_skipped(name) || is_hidden(el) {
        if tag_of(name).is_block() || matches!(name, "nav" | "aside" | "footer" | "figcaption") {
            w.flush();
        }
        w.skip = 1;
        frame.skipped = true;
        return frame;
    }
    let tag = tag_of(name);
    if name == "br" {
        w.flush();
        return frame;
    }
    class_id(el, &mut w.class_buf);
    let cls = w.class_buf.as_str();
    let mut weight = 0;
    let mut boilerplate = false;
    let mut embed = false;
    let found = hints(cls);
    if !cls.is_empty() {
        if found.negative {
            weight -= 25;
        }
        if found.positive {
            weight += 25;
        }
        // Embedded posts ("social-media-embed", "twitter-tweet") are quoted material of the
        // story, not a share bar.
        embed = found.embed;
        boilerplate = !embed
            && (found.boilerplate
                || cls
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|word| BOILERPLATE_WORDS.contains(&word)));
    }
    if el
        .attr("role")
        .is_some_and(|r| matches!(r, "navigation" | "complementary" | "contentinfo" | "banner"))
    {
        boilerplate = true;
        weight -= 25;
    }
    if name == "header" {
        boilerplate = true;
    }
    // An inline caption or credit inside a figure block ("<span class=caption>") gets
    // a block of its own so that it can be dropped without its neighbours.
    let tag = if tag == Tag::Inline && boilerplate && found.boilerplate {
        Tag::OtherBlock
    } else {
        tag
    };
    let parent = w.open.last().copied().unwrap_or(0);
    let index = w.els.len();
    w.els.push(El {
        parent,
        tag,
        weight,
        boilerplate,
        same_class: class_hash(el),
        embed,
        chars: 0,
        link_chars: 0,
        good: 0,
        score: 0.0,
        scored: false,
    });
    w.open.push(index);
    frame.el = Some(index);
    if tag.is_block() {
        w.flush();
        w.block_stack.push(index);
        frame.block = true;
    }
    let kind = match tag {
        Tag::Heading(level) => Some((BlockKind::Heading, Some(level))),
        Tag::Li => Some((BlockKind::ListItem, None)),
        Tag::Blockquote => Some((BlockKind::Quote, None)),
        _ => None,
    };
    if let Some((kind, level)) = kind {
        w.kind_stack.push((index, kind, level));
        frame.kind = true;
    }
    if name == "a" {
        w.links += 1;
        frame.link = true;
    }
    frame
}

fn close_node(frame: Frame, w: &mut Walker) {
    if frame.capture
        && let Some(cap) = w.captures.pop()
    {
        meta::finish_capture(cap, &mut w.raw);
    }
    if frame.skipped {
        w.skip = w.skip.saturating_sub(1);
        return;
    }
    if frame.block {
        w.flush();
        w.block_stack.pop();
    }
    if frame.kind {
        w.kind_stack.pop();
    }
    if frame.link {
        w.links = w.links.saturating_sub(1);
    }
    if frame.el.is_some() {
        w.open.pop();
    }
}

/// Scores the elements and returns the indices of the blocks that make the article, in
/// document order.
fn choose_blocks(els: &mut [El], blocks: &[RawBlock]) -> Vec<usize> {
    if blocks.is_empty() {
        return Vec::new();
    }
    // Which elements sit in a boilerplate container: parents come before children.
    let mut in_boilerplate = vec![false; els.len()];
    for i in 1..els.len() {
        in_boilerplate[i] = els[i].boilerplate || in_boilerplate[els[i].parent];
    }
    // Subtree character counts, bottom-up: children always come after their parent.
    for b in blocks {
        let prose = b.chars >= 40
            && b.link_chars * 10 < b.chars * 3
            && b.kind != BlockKind::Heading
            && !in_boilerplate.get(b.owner).copied().unwrap_or(true);
        if let Some(el) = els.get_mut(b.owner) {
            el.chars += b.chars;
            el.link_chars += b.link_chars;
            if prose {
                el.good += b.chars;
            }
        }
    }
    for i in (1..els.len()).rev() {
        let (chars, links, good, parent) =
            (els[i].chars, els[i].link_chars, els[i].good, els[i].parent);
        if parent < i {
            els[parent].chars += chars;
            els[parent].link_chars += links;
            els[parent].good += good;
        }
    }
    // Readability's scoring: each paragraph feeds its container and a few ancestors.
    for b in blocks {
        if b.chars < 25 || !matches!(b.kind, BlockKind::Paragraph | BlockKind::Quote) {
            continue;
        }
        if b.link_chars * 2 > b.chars {
            continue;
        }
        let commas = b
            .text
            .chars()
            .filter(|c| matches!(c, ',' | '\u{FF0C}' | '\u{3001}' | '\u{060C}'))
            .count();
        let score = 1.0 + commas as f64 + (b.chars / 100).min(3) as f64;
        let mut el = els.get(b.owner).map_or(0, |e| e.parent);
        for level in 0..5 {
            if el == 0 {
                break;
            }
            let e = &mut els[el];
            e.scored = true;
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                n => f64::from(n) * 3.0,
            };
            e.score += score / divider;
            el = e.parent;
        }
    }
    let link_density = |e: &El| {
        if e.chars == 0 {
            0.0
        } else {
            e.link_chars as f64 / e.chars as f64
        }
    };
    let final_score: Vec<f64> = els
        .iter()
        .map(|e| {
            if e.scored {
                // A class hint cannot count for more than the text it labels: a tiny
                // "content" box must not beat the story next to it.
                let weight = f64::from(e.weight).min(e.score);
                (e.score + e.tag.base_score() + weight) * (1.0 - link_density(e))
            } else {
                f64::NEG_INFINITY
            }
        })
        .collect();
    let mut ranked: Vec<usize> = (1..els.len()).filter(|&i| els[i].scored).collect();
    ranked.sort_by(|&a, &b| {
        final_score[b]
            .partial_cmp(&final_score[a])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(&b))
    });
    let body = els.iter().position(|e| e.tag == Tag::Body).unwrap_or(0);
    let mut top = ranked.first().copied().unwrap_or(body);
    // The best container and its ancestors are article, whatever their class says
    // ("content-with-sidebar" holds the story on some sites).
    let mut protected = vec![false; els.len()];
    let mut anc = top;
    while anc != 0 {
        protected[anc] = true;
        anc = els[anc].parent;
    }
    if let Some(&first) = ranked.first() {
        let top_score = final_score[first];
        // Several strong candidates under one ancestor: the article is split across them.
        let alternatives: Vec<usize> = ranked
            .iter()
            .skip(1)
            .take(4)
            .copied()
            .filter(|&i| final_score[i] >= top_score * 0.75)
            .collect();
        if !alternatives.is_empty() {
            // How many alternatives each element holds, marked along their ancestor
            // chains: linear in the depth, where testing ancestry per level is quadratic.
            let mut holding = vec![0u8; els.len()];
            for &a in &alternatives {
                let mut node = a;
                while node != 0 {
                    holding[node] = holding[node].saturating_add(1);
                    node = els[node].parent;
                }
            }
            let needed = alternatives.len().min(2);
            let mut anc = els[top].parent;
            while anc != 0 && els[anc].tag != Tag::Body {
                if usize::from(holding[anc]) >= needed {
                    top = anc;
                    break;
                }
                anc = els[anc].parent;
            }
        }
        // Walk up while the parent scores better (the body is spread over siblings).
        let mut last = final_score[top];
        let threshold = last / 3.0;
        let mut parent = els[top].parent;
        while parent != 0 && els[parent].tag != Tag::Body {
            if !els[parent].scored {
                parent = els[parent].parent;
                continue;
            }
            let s = final_score[parent];
            if s < threshold {
                break;
            }
            if s > last {
                top = parent;
                break;
            }
            last = s;
            parent = els[parent].parent;
        }
        // A lone child adds nothing: its parent may hold siblings' text too.
        loop {
            let parent = els[top].parent;
            if parent == 0 || els[parent].tag == Tag::Body || els[parent].chars != els[top].chars {
                break;
            }
            top = parent;
        }
        // Widen to ancestors while what they add is mostly prose: a story split into
        // sections by figures or ads scores one section highest.
        loop {
            let parent = els[top].parent;
            if parent == 0 || els[parent].tag == Tag::Body {
                break;
            }
            let added = els[parent].chars - els[top].chars;
            let added_good = els[parent].good - els[top].good;
            if added_good == 0 || added_good * 10 < added * 6 {
                break;
            }
            top = parent;
        }
    }
    // Siblings of the top candidate that score well join it.
    let mut selected = vec![false; els.len()];
    selected[top] = true;
    let parent = els[top].parent;
    if top != body && parent != 0 {
        let top_score = if els[top].scored {
            final_score[top]
        } else {
            0.0
        };
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = els[top].same_class;
        for i in (parent + 1)..els.len() {
            if els[i].parent != parent || i == top {
                continue;
            }
            let e = &els[i];
            let bonus = if top_class != 0 && e.same_class == top_class {
                top_score * 0.2
            } else {
                0.0
            };
            let ld = link_density(e);
            let good = (e.scored && final_score[i] + bonus >= threshold)
                || (e.tag == Tag::P && ((e.chars > 80 && ld < 0.25) || (e.chars > 0 && ld == 0.0)));
            if good && !e.boilerplate {
                selected[i] = true;
            }
        }
    }
    // Lists whose every item carries a link are link lists ("More stories", "Read
    // next"), even when the link covers half of each item.
    let mut items = vec![(0usize, 0usize); els.len()];
    for b in blocks {
        if b.kind == BlockKind::ListItem {
            let list = els.get(b.owner).map_or(0, |e| e.parent);
            if els[list].tag == Tag::List {
                items[list].0 += 1;
                if b.link_chars > 0 {
                    items[list].1 += 1;
                }
            }
        }
    }
    for (i, &(count, linked)) in items.iter().enumerate() {
        // Teaser lists have short items (a headline); a digest whose items carry a
        // linked lead-in and a summary is content.
        let short_items = els[i].chars < count * 150;
        if count >= 3
            && linked * 10 >= count * 8
            && els[i].link_chars * 4 >= els[i].chars
            && short_items
        {
            els[i].boilerplate = true;
        }
    }
    // Which elements lie in the article, and which of those are boilerplate to drop.
    let root_chars: usize = (0..els.len())
        .filter(|&i| selected[i])
        .map(|i| els[i].chars)
        .sum();
    let mut inside = vec![false; els.len()];
    let mut dropped = vec![false; els.len()];
    let mut in_embed = vec![false; els.len()];
    for i in 0..els.len() {
        let p = els[i].parent;
        in_embed[i] = els[i].embed || (i > 0 && in_embed[p]);
        if selected[i] {
            inside[i] = true;
            continue;
        }
        if i == 0 || !inside[p] {
            continue;
        }
        inside[i] = true;
        let e = &els[i];
        dropped[i] =
            dropped[p] || (e.boilerplate && !protected[i] && e.chars * 2 < root_chars.max(1));
    }
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let o = b.owner;
        if !inside.get(o).copied().unwrap_or(false) || dropped[o] {
            continue;
        }
        // Mostly-link blocks are navigation; a long list item whose link is a lead-in to a
        // summary ("<a>Headline</a>. Two sentences.") is a digest entry and stays.
        let digest_item =
            b.kind == BlockKind::ListItem && b.chars >= 150 && b.link_chars * 4 < b.chars * 3;
        // A bare address on its own line is a cited source, not navigation.
        let cited_url =
            !b.text.contains(' ') && (b.text.starts_with("http") || b.text.starts_with("www."));
        let embedded = in_embed.get(o).copied().unwrap_or(false);
        if b.link_chars * 2 > b.chars
            && b.kind != BlockKind::Heading
            && !digest_item
            && !cited_url
            && !embedded
        {
            continue;
        }
        if b.kind == BlockKind::Heading && b.link_chars * 2 > b.chars {
            continue;
        }
        if is_boilerplate_line(&b.text) {
            continue;
        }
        out.push(i);
    }
    out
}

/// Month and weekday names and time words (English, Portuguese, Spanish, French, German,
/// Italian, Indonesian) for recognising date lines, besides the English weekdays'
/// [`crate::sentences::WEEKDAYS`].
const DATE_WORDS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "janeiro",
    "fevereiro",
    "mar\u{e7}o",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "enero",
    "febrero",
    "marzo",
    "mayo",
    "junio",
    "julio",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janvier",
    "f\u{e9}vrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "ao\u{fb}t",
    "septembre",
    "octobre",
    "novembre",
    "d\u{e9}cembre",
    "januar",
    "februar",
    "m\u{e4}rz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "januari",
    "februari",
    "maret",
    "mei",
    "agustus",
    "desember",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "segunda-feira",
    "ter\u{e7}a-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "s\u{e1}bado",
    "domingo",
    "lunes",
    "martes",
    "mi\u{e9}rcoles",
    "jueves",
    "viernes",
    "updated",
    "published",
    "posted",
    "am",
    "pm",
    "a",
    "p",
    "m",
    "gmt",
    "utc",
    "est",
    "edt",
    "pst",
    "pdt",
    "bst",
    "cet",
    "ist",
    "at",
    "on",
    "de",
    "\u{e0}s",
    "um",
    "le",
    "el",
    "du",
    "del",
    "uhr",
    "h",
];

/// A short line that is only a date and time: "Tue 19 Nov 2019 09.01 GMT".
fn is_date_line(text: &str) -> bool {
    if text.chars().count() > 60 {
        return false;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let year = words.iter().any(|w| {
        w.len() == 4 && w.starts_with(['1', '2']) && w.chars().all(|c| c.is_ascii_digit())
    });
    year && words.iter().all(|w| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        w.chars().all(|c| c.is_ascii_digit())
            || DATE_WORDS.contains(w)
            || crate::sentences::WEEKDAYS.contains(w)
            // Ordinals: "19th", "1er", "2nd".
            || (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && w.len() - digits.len() <= 2)
    })
}

/// Short lines that are page furniture wherever they appear.
fn is_boilerplate_line(text: &str) -> bool {
    let t = text.trim();
    let n = t.chars().count();
    if n > 300 {
        return false;
    }
    let lower = t.to_lowercase();
    let lower = lower
        .trim_end_matches(['.', ':', '!', '\u{2026}', ' ', '(', ')', '+', '|'])
        .trim();
    // Newsletter and membership prompts, social follow prompts.
    let prompt = ((lower.contains("sign up") || lower.contains("subscribe"))
        && (lower.contains("newsletter") || lower.contains("inbox")))
        || lower.starts_with("if you enjoyed this article")
        || lower.starts_with("if you like this article")
        || (lower.starts_with("follow ")
            && (lower.contains("twitter")
                || lower.contains("facebook")
                || lower.contains("instagram")
                || lower.contains("coverage")))
        || ((lower.contains("follow her on") || lower.contains("follow him on") || lower.contains("follow us on"))
            && (lower.contains("twitter") || lower.contains("facebook")))
        // Reporting credits closing a story ("Jane Roe contributed reporting").
        || lower.contains("contributed reporting")
        || lower.contains("contributed to this report");
    // An image caption ending in its credit: "The rocket at dawn. (credit: NASA)".
    let caption = [
        "(credit:",
        "(photo:",
        "(image:",
        "(photo by",
        "(picture:",
        "(getty",
    ]
    .iter()
    .any(|c| lower.rfind(c).is_some_and(|at| !lower[at..].contains(". ")))
        && t.ends_with(')');
    // A media widget's label and duration: "VIDEO3:45".
    let widget = lower.starts_with("video")
        && !lower.contains(' ')
        && lower["video".len()..]
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':');
    if caption || widget {
        return true;
    }
    if prompt {
        return true;
    }
    if n > 120 {
        return false;
    }
    const LINES: &[&str] = &[
        "advertisement",
        "advertising",
        "advert",
        "ad",
        "anzeige",
        "werbung",
        "publicit\u{e9}",
        "publicidad",
        "pubblicit\u{e0}",
        "iklan",
        "\u{440}\u{435}\u{43a}\u{43b}\u{430}\u{43c}\u{430}",
        "reklama",
        "advertentie",
        "sponsored",
        "sponsored content",
        "continue reading",
        "continue reading the main story",
        "read more",
        "read more below",
        "share",
        "share this",
        "share this article",
        "share this story",
        "tweet",
        "email",
        "print",
        "comments",
        "comment",
        "post comment",
        "post a comment",
        "leave a comment",
        "add comment",
        "related",
        "related articles",
        "related stories",
        "related content",
        "related tags",
        "related news",
        "you may also like",
        "you might also like",
        "more stories",
        "don't miss",
        "don\u{2019}t miss",
        "more",
        "text size",
        "recommended",
        "more from",
        "supported by",
        "story continues below",
        "article continues below",
        "story continues below advertisement",
        "skip advertisement",
        "close",
        "image",
        "photo",
        "video",
        "loading",
        "sign up",
        "subscribe",
        "tags",
        "topics",
        "report",
    ];
    if LINES.contains(&lower) {
        return true;
    }
    const PREFIXES: &[&str] = &[
        "filed under",
        "tags:",
        "tagged:",
        "tagged with",
        "topics:",
        "related:",
        "read more:",
        "also read:",
        "see also:",
        "photo:",
        "image:",
        "image copyright",
        "image caption",
        "media caption",
        "image source",
        "photograph:",
        "credit:",
        "share this",
        "click here to",
        "first published",
        "last updated",
        "page last updated",
        "updated:",
        "updated on",
        "updated at",
        "published:",
        "published on",
        "posted on",
    ];
    if n <= 100 && PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    // A dateline: "City, Agency | Updated : 19 November 2019, 09:01 AM".
    if n <= 100
        && (lower.contains("| updated") || lower.contains("| published"))
        && t.chars().any(|c| c.is_ascii_digit())
    {
        return true;
    }
    // A byline repeated in the body: "By Jane Doe and John Roe".
    let words = t.split_whitespace().count();
    (t.starts_with("By ") || t.starts_with("BY ")) && words <= 10 && !t.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_match_a_plain_substring_search() {
        let mut cases: Vec<String> = [
            "",
            "x",
            "article-body story__content",
            "site-footer footnote",
            "social-media-embed twitter-tweet",
            "comment-list share-bar",
            "headerwrap",
            "commentary",
            "ad-slot",
            "print-only timestamp",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        // Every entry alone, glued to its neighbours, and cut by one byte.
        for list in [POSITIVE, NEGATIVE, BOILERPLATE, EMBED] {
            for (i, p) in list.iter().enumerate() {
                cases.push((*p).to_owned());
                cases.push(format!("{p}{}", list[(i + 1) % list.len()]));
                cases.push(p[1..].to_owned());
            }
        }
        for cls in &cases {
            assert_eq!(hints(cls), search_hints(cls), "{cls:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn hints_agree_with_the_substring_search_on_any_class(
            cls in "[a-z_ -]{0,40}"
        ) {
            proptest::prop_assert_eq!(hints(&cls), search_hints(&cls));
        }
    }
}
