//! Sentence segmentation: a table of tricky cases written for this project.

use claimsift_core::Span;
use claimsift_extract::split_sentences;

/// Splits `input` as one block and compares the sentence texts with `expect`.
fn check(input: &str, expect: &[&str]) {
    let spans = split_sentences(input, Span::new(0, input.len()));
    let got: Vec<&str> = spans.iter().map(|s| &input[s.start..s.end]).collect();
    assert_eq!(got, expect, "input: {input:?}");
}

#[test]
fn tricky_cases() {
    let cases: &[(&str, &[&str])] = &[
        // Plain stops, questions, exclamations.
        ("One. Two.", &["One.", "Two."]),
        ("Is it? Yes!", &["Is it?", "Yes!"]),
        ("Stop! Now.", &["Stop!", "Now."]),
        ("What?! No way.", &["What?!", "No way."]),
        ("A headline without a stop", &["A headline without a stop"]),
        ("  Padded sentence.   ", &["Padded sentence."]),
        ("", &[]),
        ("   ", &[]),
        // Titles never end a sentence.
        (
            "Mr. Smith arrived. He sat.",
            &["Mr. Smith arrived.", "He sat."],
        ),
        (
            "Mrs. Jones and Ms. Lee met Dr. Patel.",
            &["Mrs. Jones and Ms. Lee met Dr. Patel."],
        ),
        (
            "Sen. Warren spoke. Gov. Abbott did not.",
            &["Sen. Warren spoke.", "Gov. Abbott did not."],
        ),
        (
            "Rep. Ocasio-Cortez voted no. The bill passed.",
            &["Rep. Ocasio-Cortez voted no.", "The bill passed."],
        ),
        (
            "Prof. Adams teaches. Gen. Milley retired.",
            &["Prof. Adams teaches.", "Gen. Milley retired."],
        ),
        (
            "The spokesman, Brig. Gen. Idris Osman, and Cpl. Ana Ruiz spoke. Pvt. Lee did not.",
            &[
                "The spokesman, Brig. Gen. Idris Osman, and Cpl. Ana Ruiz spoke.",
                "Pvt. Lee did not.",
            ],
        ),
        (
            "They met at St. Paul's Cathedral.",
            &["They met at St. Paul's Cathedral."],
        ),
        (
            "He lives on Elm St. The house is red.",
            &["He lives on Elm St.", "The house is red."],
        ),
        // Suffixes and companies.
        (
            "Martin Luther King Jr. was born in Atlanta.",
            &["Martin Luther King Jr. was born in Atlanta."],
        ),
        (
            "He works at Acme Inc. The firm is big.",
            &["He works at Acme Inc.", "The firm is big."],
        ),
        (
            "Acme Inc. Chief Executive Jane Roe spoke.",
            &["Acme Inc. Chief Executive Jane Roe spoke."],
        ),
        (
            "Shares of Widget Co. rose 3%. Analysts cheered.",
            &["Shares of Widget Co. rose 3%.", "Analysts cheered."],
        ),
        (
            "Big Corp. said profits fell.",
            &["Big Corp. said profits fell."],
        ),
        // Dotted acronyms.
        (
            "The U.S. economy grew. It was fast.",
            &["The U.S. economy grew.", "It was fast."],
        ),
        (
            "He moved to the U.S. The move was hard.",
            &["He moved to the U.S.", "The move was hard."],
        ),
        (
            "The U.K. and the U.S. agreed.",
            &["The U.K. and the U.S. agreed."],
        ),
        (
            "It ended at 5 p.m. The crowd left.",
            &["It ended at 5 p.m.", "The crowd left."],
        ),
        (
            "Five were held at 2:30 p.m. Two were later freed.",
            &["Five were held at 2:30 p.m.", "Two were later freed."],
        ),
        (
            "It starts at 9 a.m. Eastern time.",
            &["It starts at 9 a.m. Eastern time."],
        ),
        // After a clock time any capitalised word but a weekday, a month or a time zone
        // opens a sentence.
        (
            "The fire spread shortly after 2 p.m. Crews had been making progress.",
            &[
                "The fire spread shortly after 2 p.m.",
                "Crews had been making progress.",
            ],
        ),
        (
            "The warning runs until 8 p.m. Sunday. The meeting is at 10 a.m. ET on Monday.",
            &[
                "The warning runs until 8 p.m. Sunday.",
                "The meeting is at 10 a.m. ET on Monday.",
            ],
        ),
        // A state's abbreviation needs its capital: "ill." is a word ending a sentence.
        (
            "Her daughter had been taken ill. Several customers complained.",
            &[
                "Her daughter had been taken ill.",
                "Several customers complained.",
            ],
        ),
        (
            "SPRINGFIELD, Ill. (AP) - The plan failed.",
            &["SPRINGFIELD, Ill. (AP) - The plan failed."],
        ),
        (
            "Fruit, e.g. apples, is good.",
            &["Fruit, e.g. apples, is good."],
        ),
        (
            "Use a tool, i.e. a hammer. Then stop.",
            &["Use a tool, i.e. a hammer.", "Then stop."],
        ),
        (
            "Bring pens, paper, etc. and a bag.",
            &["Bring pens, paper, etc. and a bag."],
        ),
        (
            "Bring pens, paper, etc. The rest is provided.",
            &["Bring pens, paper, etc.", "The rest is provided."],
        ),
        (
            "He holds a Ph.D. in physics.",
            &["He holds a Ph.D. in physics."],
        ),
        // Months and numbers.
        (
            "The vote is on Dec. 16 in Ohio.",
            &["The vote is on Dec. 16 in Ohio."],
        ),
        (
            "It opened Jan. 5, 2020. Crowds came.",
            &["It opened Jan. 5, 2020.", "Crowds came."],
        ),
        (
            "Sept. 11 changed everything.",
            &["Sept. 11 changed everything."],
        ),
        ("He wore No. 5 for years.", &["He wore No. 5 for years."]),
        ("See p. 12 for details.", &["See p. 12 for details."]),
        (
            "Prices rose 2.4% in March. Wages did not.",
            &["Prices rose 2.4% in March.", "Wages did not."],
        ),
        (
            "The deal is worth $3.5 billion. It closes soon.",
            &["The deal is worth $3.5 billion.", "It closes soon."],
        ),
        (
            "Version 1.2.3 shipped. Users upgraded.",
            &["Version 1.2.3 shipped.", "Users upgraded."],
        ),
        ("About 3.14 is pi.", &["About 3.14 is pi."]),
        // A decimal point is no abbreviation's dot: the period after the number ends.
        (
            "Warming passed 1.5C. Switzerland objected.",
            &["Warming passed 1.5C.", "Switzerland objected."],
        ),
        (
            "Shares closed at $27.16. Sanders sold his.",
            &["Shares closed at $27.16.", "Sanders sold his."],
        ),
        (
            "She has a Ph.D. Students admire her.",
            &["She has a Ph.D. Students admire her."],
        ),
        (
            "It happened in 1999. 20 people died.",
            &["It happened in 1999.", "20 people died."],
        ),
        // Initials.
        (
            "J. R. R. Tolkien wrote it.",
            &["J. R. R. Tolkien wrote it."],
        ),
        (
            "George W. Bush spoke. He left.",
            &["George W. Bush spoke.", "He left."],
        ),
        (
            "The author, E. B. White, wrote. Readers loved it.",
            &["The author, E. B. White, wrote.", "Readers loved it."],
        ),
        ("J.K. Rowling wrote books.", &["J.K. Rowling wrote books."]),
        // An amount with a unit letter, or a decade, is no initial.
        (
            "It began in the 1990s. She left in 2001.",
            &["It began in the 1990s.", "She left in 2001."],
        ),
        (
            "Repairs were estimated at \u{a3}9m. \"We must pay,\" he said.",
            &[
                "Repairs were estimated at \u{a3}9m.",
                "\"We must pay,\" he said.",
            ],
        ),
        // Quotes closing after the stop.
        (
            "He said, \"We will.\" Then he left.",
            &["He said, \"We will.\"", "Then he left."],
        ),
        (
            "She said, \u{201C}We will.\u{201D} Then she left.",
            &["She said, \u{201C}We will.\u{201D}", "Then she left."],
        ),
        ("\"Really?\" she asked.", &["\"Really?\" she asked."]),
        (
            "\u{201C}No!\u{201D} he shouted. Everyone froze.",
            &["\u{201C}No!\u{201D} he shouted.", "Everyone froze."],
        ),
        (
            "\"We will win,\" he said. \"We must.\"",
            &["\"We will win,\" he said.", "\"We must.\""],
        ),
        (
            "He called it 'absurd.' Others agreed.",
            &["He called it 'absurd.'", "Others agreed."],
        ),
        (
            "(This is an aside.) The main point follows.",
            &["(This is an aside.)", "The main point follows."],
        ),
        (
            "It was fine. \u{201C}Great,\u{201D} she said.",
            &["It was fine.", "\u{201C}Great,\u{201D} she said."],
        ),
        // Ellipses.
        (
            "Wait... Then it happened.",
            &["Wait...", "Then it happened."],
        ),
        ("Well\u{2026} I guess so.", &["Well\u{2026}", "I guess so."]),
        ("He paused... and went on.", &["He paused... and went on."]),
        // Lower-case continuation, odd spacing.
        (
            "The rate is 3 vs. 4 today.",
            &["The rate is 3 vs. 4 today."],
        ),
        (
            "It ended.\nThe next line.",
            &["It ended.", "The next line."],
        ),
        ("Why? because.", &["Why? because."]),
        ("Line one.  Line two.", &["Line one.", "Line two."]),
        (
            "The site example.com is down. Users complained.",
            &["The site example.com is down.", "Users complained."],
        ),
        (
            "Total: 5.\n- first item\n- second item",
            &["Total: 5.", "- first item", "- second item"],
        ),
        (
            "Steps:\n1. Mix well\n2. Bake",
            &["Steps:", "1. Mix well", "2. Bake"],
        ),
        (
            "Non-ASCII works too. \u{00C9}t\u{00E9} arriv\u{00E9}.",
            &["Non-ASCII works too.", "\u{00C9}t\u{00E9} arriv\u{00E9}."],
        ),
        (
            "Is this \u{201C}fine?\u{201D} Perhaps.",
            &["Is this \u{201C}fine?\u{201D}", "Perhaps."],
        ),
        (
            "SPRINGFIELD, Ill. (AP) \u{2014} Officials said so.",
            &["SPRINGFIELD, Ill. (AP) \u{2014} Officials said so."],
        ),
        (
            "She moved to Fresno, Calif. The move was hard.",
            &["She moved to Fresno, Calif.", "The move was hard."],
        ),
        (
            "SIOUX FALLS, S.D. \u{2014} The state said no.",
            &["SIOUX FALLS, S.D. \u{2014} The state said no."],
        ),
        (
            "It ended. \u{2014} Editor",
            &["It ended.", "\u{2014} Editor"],
        ),
        (
            "Die Preise sinken zum 1. April deutlich. Das ist neu.",
            &["Die Preise sinken zum 1. April deutlich.", "Das ist neu."],
        ),
        (
            "\u{4eca}\u{65e5}\u{306f}\u{6674}\u{308c}\u{3002}\u{300c}\u{884c}\u{304f}\u{3002}\u{300d}\u{660e}\u{65e5}\u{306f}\u{96e8}\u{FF1F}",
            &[
                "\u{4eca}\u{65e5}\u{306f}\u{6674}\u{308c}\u{3002}",
                "\u{300c}\u{884c}\u{304f}\u{3002}\u{300d}",
                "\u{660e}\u{65e5}\u{306f}\u{96e8}\u{FF1F}",
            ],
        ),
    ];
    assert!(cases.len() >= 50);
    for (input, expect) in cases {
        check(input, expect);
    }
}

#[test]
fn spans_are_offset_into_the_whole_text() {
    let text = "Intro.\n\nFirst one. Second one.";
    let block = Span::new(8, text.len());
    let spans = split_sentences(text, block);
    assert_eq!(spans, vec![Span::new(8, 18), Span::new(19, 30)]);
}

#[test]
fn a_span_that_does_not_index_the_text_gives_nothing() {
    assert!(split_sentences("h\u{00E9}llo", Span::new(0, 2)).is_empty());
    assert!(split_sentences("hello", Span::new(3, 99)).is_empty());
}
