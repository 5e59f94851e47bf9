//! Plain text input: verbatim text, blocks, heading and title.

use claimsift_core::{Article, BlockKind, SCHEMA};
use claimsift_extract::extract_text;

fn block_texts(a: &Article) -> Vec<&str> {
    a.blocks.iter().map(|b| &a.text[b.start..b.end]).collect()
}

fn sentence_texts(a: &Article) -> Vec<&str> {
    a.sentences
        .iter()
        .map(|s| &a.text[s.start..s.end])
        .collect()
}

#[test]
fn text_is_kept_verbatim_with_crlf_and_padding() {
    let input = "  \r\nCouncil votes on budget\r\n\r\nThe council met on Monday. It voted 7-2.\r\nMembers left early.\r\n\r\n\r\n  Final words here.  \r\n";
    let a = extract_text("notes.txt", input);
    assert_eq!(a.text, input);
    assert_eq!(a.schema, SCHEMA);
    assert_eq!(a.input, "notes.txt");
    a.check_spans().unwrap();
    assert_eq!(
        block_texts(&a),
        [
            "Council votes on budget",
            "The council met on Monday. It voted 7-2.\r\nMembers left early.",
            "Final words here."
        ]
    );
    assert_eq!(a.blocks[0].kind, BlockKind::Heading);
    assert_eq!(a.metadata.title.as_deref(), Some("Council votes on budget"));
    assert_eq!(
        sentence_texts(&a),
        [
            "Council votes on budget",
            "The council met on Monday.",
            "It voted 7-2.",
            "Members left early.",
            "Final words here."
        ]
    );
}

#[test]
fn a_first_line_with_a_stop_is_not_a_heading() {
    let a = extract_text("-", "This is a sentence.\n\nAnd another.");
    assert_eq!(a.blocks[0].kind, BlockKind::Paragraph);
    assert_eq!(a.metadata.title, None);
}

#[test]
fn a_single_block_is_not_a_heading() {
    let a = extract_text("-", "Just one line");
    assert_eq!(a.blocks.len(), 1);
    assert_eq!(a.blocks[0].kind, BlockKind::Paragraph);
}

#[test]
fn a_first_line_running_into_the_next_is_not_a_heading() {
    let a = extract_text("-", "Short line\ncontinues here.\n\nNext.");
    assert_eq!(a.blocks[0].kind, BlockKind::Paragraph);
    assert_eq!(block_texts(&a)[0], "Short line\ncontinues here.");
}

#[test]
fn empty_text_gives_no_blocks() {
    let a = extract_text("-", "\n \n");
    assert_eq!(a.text, "\n \n");
    assert!(a.blocks.is_empty());
    assert!(a.sentences.is_empty());
}

#[test]
fn a_headline_over_its_byline_and_date_is_a_heading_and_names_the_authors() {
    let input = "Rail strike spreads as talks collapse\nBy Tom Ashworth and Ann Lee, Transport correspondents\n14 May 2026\n\nMillions face a fourth week of disruption.\n";
    let a = extract_text("-", input);
    a.check_spans().unwrap();
    assert_eq!(
        block_texts(&a),
        [
            "Rail strike spreads as talks collapse",
            "Millions face a fourth week of disruption."
        ]
    );
    assert_eq!(a.blocks[0].kind, BlockKind::Heading);
    assert_eq!(
        a.metadata.title.as_deref(),
        Some("Rail strike spreads as talks collapse")
    );
    assert_eq!(a.metadata.authors, ["Tom Ashworth", "Ann Lee"]);
}

#[test]
fn a_headline_longer_than_a_heading_over_its_byline_is_one_too() {
    let headline = "Council strikes 'landmark' housing deal with Harbourside developer, but critics warn renters across the city could be short-changed for years";
    assert!(headline.chars().count() > 120);
    let input = format!(
        "{headline}\nBy Ann Lee\nPosted Tue 10 Mar 2026 at 4:32pm\n\nThe council voted on Monday.\n"
    );
    let a = extract_text("-", &input);
    a.check_spans().unwrap();
    assert_eq!(block_texts(&a), [headline, "The council voted on Monday."]);
    assert_eq!(a.blocks[0].kind, BlockKind::Heading);
    assert_eq!(a.metadata.authors, ["Ann Lee"]);
}

#[test]
fn two_wrapped_lines_of_prose_are_no_masthead() {
    let input = "The Mayor of London said\nThursday that fares would rise in 2027.\n\nNext.";
    let a = extract_text("-", input);
    assert_eq!(
        block_texts(&a)[0],
        "The Mayor of London said\nThursday that fares would rise in 2027."
    );
    assert!(a.metadata.authors.is_empty());
}
