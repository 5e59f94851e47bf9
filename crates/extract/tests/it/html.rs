//! HTML extraction: main content, boilerplate removal, blocks and metadata.

use claimsift_core::{Article, BlockKind};
use claimsift_extract::{ExtractOptions, extract_html};

/// An article page written for this test, with the usual furniture around the story.
const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour bridge reopens after repairs | The Coastal Gazette</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="og:site_name" content="The Coastal Gazette">
<meta property="og:url" content="https://gazette.example/news/bridge-reopens">
<meta name="description" content="The bridge was closed for eight months.">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
<link rel="canonical" href="/news/bridge-reopens">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"Organization","name":"Coastal Gazette Ltd"},
 {"@type":"NewsArticle","headline":"Harbour bridge reopens after repairs",
  "datePublished":"2024-03-05T09:30:00+00:00","dateModified":"2024-03-06T11:00:00+00:00",
  "author":[{"@type":"Person","name":"Ada Fisher"},{"@type":"Person","name":"Tom Reyes"}],
  "publisher":{"@type":"Organization","name":"The Coastal Gazette"}}]}
</script>
<style>.x { color: red }</style>
<script>var tracking = "Do not extract this script text.";</script>
</head>
<body>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<header class="site-header"><a href="/">The Coastal Gazette</a></header>
<main>
<article class="story">
  <h1>Harbour bridge reopens after repairs</h1>
  <div class="byline">By Ada Fisher and Tom Reyes</div>
  <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
  <div class="story-body">
    <p>The harbour bridge reopened to traffic on Tuesday, eight months after engineers closed it
       over fears that its steel cables had corroded.</p>
    <figure><img src="bridge.jpg" alt=""><figcaption>The bridge at dawn. Photo: Jo Bloggs</figcaption></figure>
    <p>Repairs cost $4.5 million, the council said, about 12% more than planned. Mayor Rosa Linde
       called the work "a triumph of patience," and thanked residents for their forbearance.</p>
    <h2>What changed</h2>
    <p>Engineers replaced 40 cables, repainted the deck, and added sensors that report strain,
       temperature and vibration to the council every minute.</p>
    <ul>
      <li>New cables along the whole span, tested to twice the expected load.</li>
      <li>A wider footpath for cyclists and walkers on the seaward side.</li>
    </ul>
    <blockquote><p>We will watch this bridge more closely than any bridge in the region, and we
       will publish what we see.</p></blockquote>
    <div class="newsletter-signup">Sign up for our morning newsletter. Get the news first, every day.</div>
    <p>Traffic was light on the first morning, though commuters said they were glad to avoid the
       long detour through the industrial estate.</p>
  </div>
  <div class="related-links"><h3>Related stories</h3><ul>
    <li><a href="/a">Council approves bridge budget after long debate</a></li>
    <li><a href="/b">Cable corrosion found on the harbour bridge</a></li></ul></div>
</article>
<section class="comments"><h3>Comments</h3><p>Great news, finally! I have waited for this for months and months, honestly.</p></section>
</main>
<footer><p>Copyright The Coastal Gazette. All rights reserved. Contact us at the newsroom.</p></footer>
</body></html>"##;

fn extract(html: &str) -> Article {
    let a = extract_html(
        "page.html",
        Some("https://gazette.example/news/bridge-reopens?ref=home"),
        html,
        &ExtractOptions::default(),
    );
    a.check_spans().unwrap();
    a
}

fn block_texts(a: &Article) -> Vec<(BlockKind, &str)> {
    a.blocks
        .iter()
        .map(|b| (b.kind, &a.text[b.start..b.end]))
        .collect()
}

#[test]
fn keeps_the_story_and_drops_the_furniture() {
    let a = extract(PAGE);
    let blocks = block_texts(&a);
    let first = blocks.first().unwrap().1;
    assert!(first.starts_with("The harbour bridge reopened"), "{first}");
    assert!(
        first.contains("engineers closed it over fears"),
        "whitespace collapsed: {first}"
    );
    assert!(blocks.contains(&(BlockKind::Heading, "What changed")));
    assert!(blocks.contains(&(
        BlockKind::ListItem,
        "A wider footpath for cyclists and walkers on the seaward side."
    )));
    assert!(
        blocks
            .iter()
            .any(|(k, t)| *k == BlockKind::Quote && t.starts_with("We will watch this bridge"))
    );
    assert!(blocks.last().unwrap().1.starts_with("Traffic was light"));
    for unwanted in [
        "cookies",
        "Home",
        "Share",
        "By Ada Fisher",
        "Photo: Jo Bloggs",
        "newsletter",
        "Related stories",
        "Council approves",
        "Great news",
        "Copyright",
        "tracking",
        "color: red",
        "Harbour bridge reopens",
    ] {
        assert!(!a.text.contains(unwanted), "{unwanted:?} in {:?}", a.text);
    }
    assert_eq!(a.text.matches("\n\n").count(), a.blocks.len() - 1);
}

#[test]
fn sentences_are_found_inside_blocks() {
    let a = extract(PAGE);
    let sentences: Vec<&str> = (0..a.sentences.len()).map(|i| a.sentence_text(i)).collect();
    assert!(
        sentences
            .contains(&"Repairs cost $4.5 million, the council said, about 12% more than planned.")
    );
    assert!(sentences.contains(&"What changed"));
}

#[test]
fn reads_the_metadata() {
    let m = extract(PAGE).metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Harbour bridge reopens after repairs")
    );
    assert_eq!(m.authors, ["Ada Fisher", "Tom Reyes"]);
    assert_eq!(m.published.as_deref(), Some("2024-03-05T09:30:00+00:00"));
    assert_eq!(m.modified.as_deref(), Some("2024-03-06T11:00:00+00:00"));
    assert_eq!(m.site_name.as_deref(), Some("The Coastal Gazette"));
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("https://gazette.example/news/bridge-reopens")
    );
    assert_eq!(m.language.as_deref(), Some("en-GB"));
    assert_eq!(
        m.description.as_deref(),
        Some("The bridge was closed for eight months.")
    );
}

#[test]
fn falls_back_to_title_tag_meta_author_and_time() {
    let html = r#"<html><head><title>Night market returns - Riverside Post</title>
<meta name="author" content="Lena Ortiz">
<meta http-equiv="content-language" content="es">
</head><body><div class="content">
<p>The night market returned to the old square on Friday, with sixty stalls selling food, crafts and books.</p>
<p>Organisers, who had paused the market for two years, said they expected ten thousand visitors by Sunday.</p>
<p>Posted <time datetime="2023-07-14T20:00:00-05:00">July 14</time>, to the events section.</p>
</div></body></html>"#;
    let m = extract(html).metadata;
    assert_eq!(m.title.as_deref(), Some("Night market returns"));
    assert_eq!(m.authors, ["Lena Ortiz"]);
    assert_eq!(m.published.as_deref(), Some("2023-07-14T20:00:00-05:00"));
    assert_eq!(m.language.as_deref(), Some("es"));
    assert_eq!(m.modified, None);
}

#[test]
fn a_date_that_is_not_iso_8601_is_left_out() {
    let html = r#"<html><head><meta property="article:published_time" content="last Tuesday"></head>
<body><p>A paragraph long enough to count as the body of this small page, with some words.</p></body></html>"#;
    assert_eq!(extract(html).metadata.published, None);
}

#[test]
fn a_page_without_text_gives_no_blocks() {
    let a = extract("<html><head><title>Empty</title></head><body><img src=x></body></html>");
    assert!(a.blocks.is_empty());
    assert!(!a.diagnostics.is_empty());
}

#[test]
fn a_short_page_keeps_its_text() {
    let a = extract("<p>Only one short line here.</p>");
    assert_eq!(a.text, "Only one short line here.");
}

#[test]
fn ten_thousand_nested_elements_do_not_overflow() {
    let depth = 10_000;
    let mut html = String::from("<html><body>");
    for i in 0..depth {
        html.push_str("<div><span>");
        if i % 100 == 0 {
            html.push_str("Some text at this level, with a comma, and more words to score. ");
        }
    }
    for _ in 0..depth {
        html.push_str("</span></div>");
    }
    html.push_str("</body></html>");
    let started = std::time::Instant::now();
    let a = extract(&html);
    assert!(!a.blocks.is_empty());
    assert!(started.elapsed().as_secs() < 60);
}

#[test]
fn br_separated_lines_become_blocks() {
    let html = "<div class=\"article-body\">First line of a long paragraph that goes on and on for a while.<br><br>Second line of the same long text which also goes on for a while.</div>";
    let a = extract(html);
    assert_eq!(a.blocks.len(), 2);
}

#[test]
fn placeholder_dates_multi_token_itemprop_and_byline_credentials() {
    let html = r#"<html><head>
<meta property="article:published_time" content="0001-01-01T00:00:00Z">
<meta property="article:published" itemprop="datePublished dateCreated" content="2022-01-02T03:04:05.000Z">
</head><body><div class="post">
<div class="author-name">By Maya Chen, MS, RD</div>
<p>Eat more vegetables, the dietitian said on Tuesday, and drink water before every meal you have.</p>
</div></body></html>"#;
    let m = extract(html).metadata;
    assert_eq!(m.published.as_deref(), Some("2022-01-02T03:04:05.000Z"));
    assert_eq!(m.authors, ["Maya Chen"]);
}

#[test]
fn a_hundred_thousand_nested_elements_are_capped_not_quadratic() {
    let depth = 100_000;
    let html = format!(
        "<html><body>{}The only text, deep down, with enough words to count as a paragraph.{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let started = std::time::Instant::now();
    let a = extract(&html);
    assert!(started.elapsed().as_secs() < 30);
    assert_eq!(
        a.text,
        "The only text, deep down, with enough words to count as a paragraph."
    );
    assert!(a.diagnostics.iter().any(|d| d.contains("nested deeper")));
}

#[test]
fn ordinary_pages_are_not_flattened() {
    assert!(extract(PAGE).diagnostics.is_empty());
}

#[test]
fn scripts_and_styles_are_never_text_even_with_odd_attributes() {
    let html = r#"<html><head><style>p { color: red }</style>
<script data-x="a>b">document.write("<p>Injected paragraph that must not appear, with words.</p>");</script>
<script type='application/ld+json'>{"@type":"NewsArticle","headline":"Kept headline"}</script>
</head><body><p>The real paragraph of this page, long enough to be the article body here.</p>
<script>var s = "</div><p>Nor this one, which is also script text and not markup.</p>";</script>
</body></html>"#;
    let a = extract(html);
    assert_eq!(
        a.text,
        "The real paragraph of this page, long enough to be the article body here."
    );
    assert_eq!(a.metadata.title.as_deref(), Some("Kept headline"));
}

#[test]
fn a_date_line_above_the_story_is_dropped_but_not_inside_it() {
    let html = r#"<html><body><div class="entry">
<div>Tuesday, 19 November 2019, 09:01 GMT</div>
<p>The ferry service resumes next week after a month of repairs to the landing stage, the operator said.</p>
<p>Sailings will run as follows.</p>
<div>Monday 25 November 2019</div>
<p>Extra sailings are planned for the weekend market, when demand is usually highest.</p>
</div></body></html>"#;
    let a = extract(html);
    assert!(a.text.starts_with("The ferry service"), "{}", a.text);
    assert!(a.text.contains("Monday 25 November 2019"), "{}", a.text);
}

#[test]
fn a_page_past_the_limit_is_cut_and_says_so() {
    let html = "<p>Caf\u{e9} society returns to the old quarter this spring, say the owners.</p>";
    let opts = ExtractOptions {
        max_bytes: 7,
        ..ExtractOptions::default()
    };
    // Byte 7 falls inside the two-byte e acute: the cut moves back to a char boundary.
    let a = extract_html("p", None, html, &opts);
    a.check_spans().unwrap();
    assert_eq!(a.text, "Caf");
    assert!(
        a.diagnostics.iter().any(|d| d.contains("cut at 6")),
        "{:?}",
        a.diagnostics
    );
}

#[test]
fn byline_widget_noise_is_trimmed_from_names() {
    let html = r#"<html><head><script type="application/ld+json">
{"@type":"NewsArticle","author":[{"name":"Rosa Diaz"},{"name":"Rosa Diaz Harbour Press"}]}
</script></head><body><p>A paragraph that is long enough to be taken for the body of the article.</p></body></html>"#;
    assert_eq!(extract(html).metadata.authors, ["Rosa Diaz"]);
    let html = r#"<html><body><div class="byline"><span>Tom Akers</span><span>View More Articles</span></div>
<p>A paragraph that is long enough to be taken for the body of the article.</p></body></html>"#;
    assert_eq!(extract(html).metadata.authors, ["Tom Akers"]);
}

#[test]
fn digest_lists_stay_and_teaser_lists_go() {
    let item = |link: &str, rest: &str| {
        format!("<li><strong><a href=\"/x\">{link}</a>.</strong> {rest}</li>")
    };
    let digest: String = [
        item(
            "The port authority approved a second container terminal after two years of review",
            "Construction starts in spring and should take three years, the authority said on Friday in a statement.",
        ),
        item(
            "A regional airline will add four routes to the islands from next month onwards",
            "Fares start at forty euros each way, according to the airline's announcement.",
        ),
        item(
            "The tram line extension opened a week ahead of schedule on Sunday morning today",
            "Riders praised the new stops, though some complained about the early closing time.",
        ),
    ]
    .concat();
    let teasers = "<li><a href=\"/a\">Council approves budget</a></li><li><a href=\"/b\">New park opens</a></li><li><a href=\"/c\">Bridge repairs finish</a> soon</li>";
    let html = format!(
        "<html><body><div class=\"article-body\"><p>Here is what happened this week in the region, in brief, for readers who were away.</p><ul>{digest}</ul><p>That is all for this week, and thank you for reading our weekly digest.</p><h3>More news</h3><ul>{teasers}</ul></div></body></html>"
    );
    let a = extract(&html);
    assert!(
        a.text.contains("Construction starts in spring"),
        "{}",
        a.text
    );
    assert!(a.text.contains("The tram line extension"), "{}", a.text);
    assert!(!a.text.contains("Council approves budget"), "{}", a.text);
    assert!(!a.text.contains("More news"), "{}", a.text);
}

#[test]
fn a_cited_address_stays_but_a_link_line_goes() {
    let html = r#"<html><body><div class="post-content">
<p>The figures come from the regional statistics office, which publishes them every quarter for each district.</p>
<p>Source:</p>
<p><a href="https://stats.example/q3">https://stats.example/q3</a></p>
<p><a href="/next">Next story in this series</a></p>
</div></body></html>"#;
    let a = extract(html);
    assert!(a.text.contains("https://stats.example/q3"), "{}", a.text);
    assert!(!a.text.contains("Next story"), "{}", a.text);
}

#[test]
fn embedded_posts_are_quoted_material() {
    let html = r##"<html><body><div class="story-body">
<p>The mayor's announcement drew a quick reply from the opposition leader, who posted on social media within the hour.</p>
<div class="social-embed"><blockquote class="twitter-tweet"><p><a href="https://t.co/x">#budget</a> <a href="https://t.co/y">pic.twitter.com/abc</a> cuts</p>&mdash; Opposition Leader (@opp) <a href="https://x.example/s/1">March 3, 2024</a></blockquote></div>
<p>The council will vote on the plan next Thursday, after a public consultation that closes on Monday.</p>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet this</a></div>
</div></body></html>"##;
    let a = extract(html);
    assert!(
        a.text.contains("#budget pic.twitter.com/abc cuts"),
        "{}",
        a.text
    );
    assert!(a.blocks.iter().any(|b| b.kind == BlockKind::Quote));
    assert!(!a.text.contains("Tweet this"), "{}", a.text);
}
