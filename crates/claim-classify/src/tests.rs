//! Unit tests. Every test goes through [`check`]: it classifies a text the test wrote,
//! renders the result as labelled lines and compares the lines of the kinds the
//! expectation mentions (`claim`, `ev`, `attr`, `hedge`, `neg`, `reason`), so a test states
//! only what it is about.

use claimsift_core::{Article, Block, BlockKind, ClassifiedDocument, Sentence};
use proptest::prelude::*;

use crate::lexicon::{BUILTIN_FOR_TESTS, parse_file};
use crate::{Classifier, ClassifyOptions, LEXICON_FILES, Lexicons};

/// Splits text into paragraphs (blank lines) and sentences (after `.`, `?` or `!` and a
/// space, unless the word before is a short capitalised abbreviation such as "Mr.").
pub(crate) fn article(text: &str) -> Article {
    let mut a = Article::single_sentence("test", text);
    a.blocks.clear();
    a.sentences.clear();
    let mut pos = 0;
    for para in text.split("\n\n") {
        let start = pos + (para.len() - para.trim_start().len());
        let end = pos + para.trim_end().len();
        pos += para.len() + 2;
        if start >= end {
            continue;
        }
        let block = a.blocks.len();
        a.blocks.push(Block {
            kind: BlockKind::Paragraph,
            start,
            end,
            level: None,
        });
        let b = text.as_bytes();
        let mut s = start;
        let mut i = start;
        while i < end {
            let stop = matches!(b[i], b'.' | b'?' | b'!');
            // Include closing quotes after the stop.
            let mut e = i + 1;
            while e < end
                && (b[e] == b'"' || b[e] == b'\'' || b[e..].starts_with("\u{201d}".as_bytes()))
            {
                e += if b[e] < 0x80 { 1 } else { 3 };
            }
            let word_start = b[..i]
                .iter()
                .rposition(|&c| c == b' ' || c == b'\n')
                .map_or(0, |k| k + 1);
            let abbrev = b[i] == b'.' && i - word_start <= 3 && b[word_start].is_ascii_uppercase();
            if stop && !abbrev && e < end && b[e] == b' ' {
                a.sentences.push(Sentence {
                    start: s,
                    end: e,
                    block,
                });
                s = e + 1;
                i = e + 1;
                continue;
            }
            i += 1;
        }
        if s < end {
            a.sentences.push(Sentence {
                start: s,
                end,
                block,
            });
        }
    }
    a
}

fn render(doc: &ClassifiedDocument) -> Vec<String> {
    let mut out = Vec::new();
    for c in &doc.claims {
        let kinds: Vec<&str> = c.kinds.iter().map(|k| k.as_str()).collect();
        out.push(format!(
            "claim {} {} [{}] {:?}",
            if c.checkworthy { "cw" } else { "--" },
            c.score,
            kinds.join(" "),
            c.text
        ));
        for e in &c.evidence {
            out.push(format!("ev {} '{}'", e.kind.as_str(), e.text));
        }
        out.push(format!(
            "hedged {} {:?}",
            if c.hedging.hedged { "yes" } else { "no" },
            c.text
        ));
        for h in &c.hedging.cues {
            out.push(format!("hedge '{}' {}", h.text, h.category.as_str()));
        }
        for n in &c.hedging.negations {
            out.push(format!("neg '{}'", n.text));
        }
        for r in &c.reasons {
            out.push(format!("reason {r}"));
        }
    }
    for a in &doc.attributions {
        let mut line = format!(
            "attr {} {} via '{}' => '{}'",
            a.kind.as_str(),
            a.source
                .as_ref()
                .map_or("-".to_owned(), |s| format!("'{}'", s.text)),
            a.cue.text,
            a.content.get(&doc.text).unwrap_or("?"),
        );
        if a.direct_quote {
            line.push_str(" quote");
        }
        if let Some(r) = &a.refers_to {
            line.push_str(&format!(" refers={r}"));
        }
        out.push(line);
    }
    out
}

fn classify(text: &str) -> ClassifiedDocument {
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let doc = c.classify(&article(text));
    assert_eq!(doc.check_spans(), Ok(()));
    doc
}

/// Classifies `text` and compares the rendered lines of the kinds `expect` mentions.
fn check(text: &str, expect: &str) {
    let expect: Vec<&str> = expect
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // An empty expectation means no relation at all.
    let kinds: Vec<&str> = if expect.is_empty() {
        vec!["attr"]
    } else {
        expect
            .iter()
            .map(|l| l.split(' ').next().unwrap_or(""))
            .collect()
    };
    let got: Vec<String> = render(&classify(text))
        .into_iter()
        .filter(|l| kinds.contains(&l.split(' ').next().unwrap_or("")))
        .collect();
    assert_eq!(got.join("\n"), expect.join("\n"), "\ntext: {text}");
}

// ---- lexicons ----

#[test]
fn every_builtin_lexicon_entry_parses() {
    for (name, content) in LEXICON_FILES.iter().zip(BUILTIN_FOR_TESTS) {
        let (entries, problems) = parse_file(name, content);
        assert_eq!(problems, vec![], "{name}");
        assert!(!entries.is_empty(), "{name} is empty");
        // No entry twice with its category: a second copy does nothing and hides which
        // line an edit should touch.
        let mut seen = std::collections::BTreeMap::new();
        for e in &entries {
            if let Some(first) = seen.insert((e.words.clone(), format!("{:?}", e.tag)), e.line) {
                panic!("{name}:{}: the entry of line {first} again", e.line);
            }
        }
    }
    let lex = Lexicons::builtin();
    for (name, count) in lex.entry_counts() {
        assert!(count > 0, "{name}");
    }
}

#[test]
fn lexicon_errors_name_file_and_line() {
    let err = Lexicons::from_files([
        (
            "hedge_cues.txt",
            "# ok\nperhaps | epistemic_adverb\nmaybe\nsurely | sure\n",
        ),
        ("colours.txt", "red\n"),
        ("number_words.txt", "ten | 10\n"),
    ])
    .unwrap_err();
    let text = err.to_string();
    assert_eq!(
        text,
        "colours.txt: unknown lexicon file; expected one of reporting_verbs.txt, hedge_cues.txt, vague_sources.txt, document_nouns.txt, opinion_markers.txt, number_words.txt, claim_cues.txt, time_words.txt, actor_words.txt, negations.txt, first_names.txt, places.txt\n\
         hedge_cues.txt:3: missing category after `|`\n\
         hedge_cues.txt:4: unknown category `sure`; expected modal, epistemic_verb, epistemic_adverb, reportive, conditional, expectation, weasel or evidential\n\
         number_words.txt:1: this file takes no category, found `10`"
    );
}

/// Each file, replaced by one made-up word, changes what the classifier finds: every file
/// is wired in, and `from_files` replaces exactly the file named.
#[test]
fn every_lexicon_file_is_used() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "reporting_verbs.txt",
            // Not "zorbled": the learned tagger takes an unknown past tense before "that"
            // for a cue without the lexicon.
            "zorbs",
            "The mayor zorbs that the bridge has reopened.",
            "attr",
        ),
        (
            "hedge_cues.txt",
            "zorbly | modal",
            "The bridge zorbly reopened on Monday.",
            "hedge '",
        ),
        (
            "vague_sources.txt",
            "zorbles",
            "Zorbles said the bridge reopened on Monday.",
            "attr vague",
        ),
        (
            "document_nouns.txt",
            "zorble",
            "The zorble says the bridge reopened on Monday.",
            "attr document",
        ),
        (
            "opinion_markers.txt",
            "zorbly",
            "The bridge is zorbly painted.",
            "ev opinion_marker",
        ),
        (
            "number_words.txt",
            "zorble",
            "Zorble bridges reopened.",
            "ev number_word",
        ),
        (
            "claim_cues.txt",
            "zorble | causal",
            "The bridge closed zorble the flood.",
            "ev causal",
        ),
        (
            "time_words.txt",
            "zorbleday | relative",
            "The bridge reopened zorbleday.",
            "ev date",
        ),
        (
            "actor_words.txt",
            "zorble | organisation",
            "Harbour Zorble said the bridge has reopened.",
            "attr named_organisation",
        ),
        (
            "negations.txt",
            "zorbn",
            "The bridge zorbn reopened.",
            "neg",
        ),
        (
            "first_names.txt",
            "zorbla | male",
            "Ann Quist said it was early. Zorbla Hale said it was late. \"Yes,\" she said.",
            "attr named_person 'she' via 'said' => '\"Yes,\"' quote refers=Ann Quist",
        ),
        (
            "places.txt",
            "Zorbland",
            "Zorbland said the bridge has reopened.",
            "attr named_organisation",
        ),
    ];
    for (file, entry, sentence, marker) in cases {
        let with = |lex: Lexicons| {
            let c = Classifier::new(lex, ClassifyOptions::default());
            render(&c.classify(&article(sentence)))
                .into_iter()
                .any(|l| l.starts_with(marker))
        };
        let content = format!("# test\n{entry}\n");
        let lex = Lexicons::from_files([(*file, content.as_str())]).unwrap();
        assert!(with(lex), "{file}: `{sentence}` should give `{marker}`");
        assert!(
            !with(Lexicons::builtin()),
            "{file}: builtin already gives `{marker}`"
        );
    }
}

// ---- evidence ----

#[test]
fn quantities() {
    check(
        "Leaders of ten nations signed it, and a dozen more states paid $3.5 billion and £40m to cover three-quarters of 4.2% of 1,200 homes.",
        "ev number_word 'ten nations'
         ev statement 'signed'
         ev number_word 'a dozen'
         ev action 'paid'
         ev money '$3.5 billion'
         ev money '£40m'
         ev number_word 'three-quarters'
         ev percentage '4.2%'
         ev number '1,200 homes'",
    );
}

#[test]
fn dates_and_durations() {
    check(
        "The plant closed on December 16 and reopened on Dec. 16, 2025, after five years, in 2024, last year and on Tuesday for a ninety-day trial.",
        "ev action 'closed'
         ev date 'on December 16'
         ev action 'reopened'
         ev date 'on Dec. 16, 2025'
         ev duration 'after five years'
         ev date 'in 2024'
         ev date 'last year'
         ev date 'on Tuesday'
         ev duration 'ninety-day'",
    );
}

#[test]
fn day_before_month_and_ages() {
    check(
        "The festival opens on 29 November 2018 and the 47 year old director said so.",
        "ev date 'on 29 November 2018'
         ev number '47'",
    );
}

#[test]
fn predicates_comparison_cause_rule() {
    check(
        "The coalition has drafted a law that banned imports because prices rose to the highest level, more than ever.",
        "ev action 'has drafted'
         ev rule 'law'
         ev rule 'banned'
         ev causal 'because'
         ev action 'rose'
         ev comparison 'highest'
         ev comparison 'more than'",
    );
}

#[test]
fn named_actors_not_at_sentence_start() {
    check(
        "Yesterday the European Commission fined Acme Corp in Brussels.",
        "ev date 'Yesterday'
         ev named_actor 'European Commission'
         ev action 'fined'
         ev named_actor 'Acme Corp'
         ev named_actor 'Brussels'",
    );
}

#[test]
fn prediction_and_personal_experience() {
    check(
        "I saw the factory when I was young. The mill will close next year.",
        "claim -- 0.083 [personal_experience] \"I saw the factory when I was young.\"
         claim -- 0.378 [temporal prediction] \"The mill will close next year.\"",
    );
}

// ---- check-worthiness ----

#[test]
fn weights_round_trip_through_text() {
    let w = crate::Weights::default();
    assert_eq!(crate::Weights::parse(&w.to_text()), Ok(w.clone()));
    let custom = crate::Weights::parse("# fitted\nbias = -1\nmoney = 2.5\n").unwrap();
    assert_eq!(custom.bias, -1.0);
    assert_eq!(custom.get(crate::Feature::Money), 2.5);
    assert_eq!(
        custom.get(crate::Feature::Number),
        w.get(crate::Feature::Number)
    );
    let err = crate::Weights::parse("bias = 1\nmoneys = 2").unwrap_err();
    assert_eq!(err.to_string(), "weights line 2: unknown feature `moneys`");
}

#[test]
fn sentence_features_and_custom_weights() {
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let f = c.sentence_features("Prices rose 3% in 2024.");
    assert_eq!(f.get(crate::Feature::Percentage), 1.0);
    assert_eq!(f.get(crate::Feature::Date), 1.0);
    assert_eq!(f.get(crate::Feature::Question), 0.0);
    let never = crate::Weights::parse("bias = -20").unwrap();
    let c = c.with_weights(never);
    assert!(!c.classify_sentence("Prices rose 3% in 2024.").checkworthy);
}

#[test]
fn opinion_questions_and_exhortations_are_not_checkworthy() {
    check(
        "We must act now.\n\nThis is a dangerous moment for Europe.\n\nIt would be wise to wait.\n\nWill the talks resume?\n\nIn my view, the plan is wonderful.",
        "claim -- 0.005 [] \"We must act now.\"
         reason Not check-worthy: opinion marker 'must'.
         claim -- 0.043 [] \"This is a dangerous moment for Europe.\"
         reason Named actor: 'Europe'.
         reason Not check-worthy: opinion marker 'dangerous'.
         claim -- 0.027 [prediction] \"It would be wise to wait.\"
         reason Prediction: 'would'.
         reason Not check-worthy: opinion marker 'It would be wise'.
         claim -- 0.004 [prediction] \"Will the talks resume?\"
         reason Prediction: 'Will'.
         reason Not check-worthy: a question ('?').
         claim -- 0.013 [] \"In my view, the plan is wonderful.\"
         reason Not check-worthy: opinion marker 'In my view', 'wonderful'.",
    );
}

#[test]
fn sentence_without_checkable_content_scores_low() {
    check(
        "Things are what they are.",
        "claim -- 0.168 [] \"Things are what they are.\"
         reason Not check-worthy: no number, date, named actor or factual predicate.",
    );
}

#[test]
fn checkworthy_claim_has_kinds_and_reasons() {
    check(
        "Leaders of ten nations issued a joint statement on December 16 calling for new talks.",
        "claim cw 0.832 [quantity temporal statement] \"Leaders of ten nations issued a joint statement on December 16 calling for new talks.\"
         reason Quantity: 'ten nations'.
         reason Time: 'on December 16'.
         reason Statement: 'issued', 'joint statement'.
         reason Attributed to a document, 'a joint statement', through 'calling for'.
         reason Check-worthy: score 0.832 is at or above the threshold 0.5.",
    );
}

#[test]
fn clauses_split_at_conjunction() {
    check(
        "Residents were evacuated to two schools, and the council has opened an emergency fund.",
        "claim cw 0.646 [quantity event] \"Residents were evacuated to two schools\"
         claim -- 0.354 [event] \"the council has opened an emergency fund.\"",
    );
}

// ---- attribution ----

#[test]
fn reporting_verb_with_named_person() {
    check(
        "Defence Secretary Keir Starmer confirmed that the coalition has drafted contingency plans.",
        "reason Event: 'has drafted'.
         reason Statement: 'confirmed'.
         reason Named actor: 'Defence Secretary Keir Starmer'.
         reason Attributed to a named person, 'Defence Secretary Keir Starmer', through 'confirmed'.
         reason Check-worthy: score 0.769 is at or above the threshold 0.5.
         attr named_person 'Defence Secretary Keir Starmer' via 'confirmed' => 'that the coalition has drafted contingency plans'",
    );
}

#[test]
fn reporting_verb_after_content_and_vague_source() {
    check(
        "The barrier failed on Saturday, officials said.\n\nSources familiar with the matter said the port will close.",
        "attr vague 'officials' via 'said' => 'The barrier failed on Saturday'
         attr vague 'Sources familiar with the matter' via 'said' => 'the port will close'",
    );
}

#[test]
fn a_person_of_an_organisation_is_a_named_person() {
    check(
        "Another pollster, Ann Woodley of Lakemoor University, said the race was close.\n\nTom Reyes of Reuters said the deal was done.\n\nThe Federal Reserve Bank of New York said rates would rise.",
        "attr named_person 'Another pollster, Ann Woodley of Lakemoor University,' via 'said' => 'the race was close'
         attr named_person 'Tom Reyes of Reuters' via 'said' => 'the deal was done'
         attr named_organisation 'The Federal Reserve Bank of New York' via 'said' => 'rates would rise'",
    );
}

#[test]
fn content_in_an_opening_adverbial_clause_ends_before_the_main_clause() {
    check(
        "When the agency director, Ann Lee, said that the files were missing, few listened.\n\nAlthough Tom Reyes said he would resign, he stayed in office for a year.\n\nAs Ann Lee reported, the plant closed.\n\nWhen asked, Tom Reyes said that prices, wages and rents would rise.",
        "attr named_person 'the agency director, Ann Lee,' via 'said' => 'that the files were missing'
         attr named_person 'Tom Reyes' via 'said' => 'he would resign'
         attr named_person 'Ann Lee' via 'reported' => 'the plant closed'
         attr named_person 'Tom Reyes' via 'said' => 'that prices, wages and rents would rise'",
    );
}

#[test]
fn a_participle_cue_takes_the_subject_of_an_irregular_past() {
    check(
        "Ann Lee threw her support behind Tom Reyes on Wednesday, saying it is time to act.\n\nTom Reyes got in on the game, mocking the plan at a rally in Oslo.",
        "attr named_person 'Ann Lee' via 'saying' => 'it is time to act'
         attr named_person 'Tom Reyes' via 'mocking' => 'the plan at a rally in Oslo'",
    );
}

#[test]
fn a_restrictive_relative_clause_belongs_to_the_source() {
    check(
        "Officials who spoke on condition of anonymity said the plan failed.\n\nA man who lives near the plant told reporters that the smell was awful.\n\nThe lawyers whose clients were jailed say the law is unfair.\n\nAnn Lee, who backed Reyes in 2016, said she regrets it.\n\nThese are hackers who officials say work for the state.",
        "attr vague 'Officials who spoke on condition of anonymity' via 'said' => 'the plan failed'
         attr vague 'A man who lives near the plant' via 'told' => 'that the smell was awful'
         attr vague 'The lawyers whose clients were jailed' via 'say' => 'the law is unfair'
         attr named_person 'Ann Lee, who backed Reyes in 2016,' via 'said' => 'she regrets it'
         attr vague 'officials' via 'say' => 'work for the state'",
    );
}

#[test]
fn named_examples_of_a_group_open_an_appositive() {
    check(
        "Even the biggest hawks, like Ann Lee and Tom Reyes, say the troops should stay.\n\nSome Republicans, such as Ann Lee, say the troops should stay.\n\nSen. Tom Reyes (a Democrat so new to the chamber that he is taken for a staffer) says he was unfocused.",
        "attr named_person 'the biggest hawks, like Ann Lee and Tom Reyes,' via 'say' => 'the troops should stay'
         attr named_person 'Some Republicans, such as Ann Lee,' via 'say' => 'the troops should stay'
         attr named_person 'Sen. Tom Reyes (a Democrat so new to the chamber that he is taken for a staffer)' via 'says' => 'he was unfocused'",
    );
}

#[test]
fn a_participle_after_a_quotation_speaks_for_the_subject_before_it() {
    check(
        "Ann Lee praised the \"bold plan,\" saying it would work.",
        "attr named_person 'Ann Lee' via 'praised' => 'the \"bold plan,\"'
         attr named_person 'Ann Lee' via 'saying' => 'it would work'",
    );
}

#[test]
fn a_time_phrase_after_an_aside_is_the_verbs_and_a_place_names_no_one() {
    check(
        "Ann Lee, who has been feuding with party leaders this week, on Friday described her plan as bold.\n\nA retiree in Carthage, Illinois, last week told reporters that the plant was unsafe.\n\nThe mayor's husband, Tom, said the plant was unsafe.",
        "attr named_person 'Ann Lee, who has been feuding with party leaders this week,' via 'described' => 'her plan as bold'
         attr vague 'A retiree in Carthage, Illinois,' via 'told' => 'that the plant was unsafe'
         attr named_person 'The mayor\'s husband, Tom,' via 'said' => 'the plant was unsafe'",
    );
}

#[test]
fn an_infinitive_after_an_object_that_names_no_one_speaks_for_the_subject() {
    check(
        "At times Tom Reyes would meet with the board to criticize the plan.",
        "attr named_person 'At times Tom Reyes' via 'to criticize' => 'the plan'",
    );
}

#[test]
fn an_appositive_may_end_in_a_name_of_its_own() {
    check(
        "Ann Marie Lee, the editor of the city's newspaper, The Harbour Times, said the plan was flawed.\n\nDean Marsh, a salesman from Sumter, South Carolina, said the plan was flawed.",
        "attr named_person 'Ann Marie Lee, the editor of the city\'s newspaper, The Harbour Times,' via 'said' => 'the plan was flawed'
         attr named_person 'Dean Marsh, a salesman from Sumter, South Carolina,' via 'said' => 'the plan was flawed'",
    );
}

#[test]
fn a_source_starts_after_adverbs_wh_words_and_line_breaks() {
    check(
        "Yet critics say the plan is flawed.\n\nThe council ignored what officials said about the plant.\n\nTom Reyes earlier Tuesday said the plant was unsafe.\n\nFive voices on the plant\nAnn Lee said the plant was unsafe.",
        "attr vague 'critics' via 'say' => 'the plan is flawed'
         attr named_organisation 'The council' via 'ignored' => 'what officials said about the plant'
         attr vague 'officials' via 'said about' => 'the plant'
         attr named_person 'Tom Reyes' via 'said' => 'the plant was unsafe'
         attr named_person 'Ann Lee' via 'said' => 'the plant was unsafe'",
    );
}

#[test]
fn an_opening_participle_clause_is_the_main_subjects() {
    check(
        "Citing a new report, Ann Lee said the plant was unsafe.",
        "attr named_person 'Ann Lee' via 'Citing' => 'a new report'
         attr named_person 'Ann Lee' via 'said' => 'the plant was unsafe'",
    );
}

#[test]
fn a_coordinated_cue_shares_the_subject_and_ends_the_content_before_it() {
    check(
        "She proposes a new tax on land, and says it will pass.\n\nHe demands accountability from the council, yet refuses to release his own records.",
        "attr named_person 'She' via 'proposes' => 'a new tax on land'
         attr named_person 'She' via 'says' => 'it will pass'
         attr named_person 'He' via 'demands' => 'accountability from the council'
         attr named_person 'He' via 'refuses' => 'to release his own records'",
    );
}

#[test]
fn a_speakers_own_belief_inside_what_they_say_is_no_second_relation() {
    check(
        "Ann Lee said she believes the plant is unsafe.",
        "hedge 'believes' epistemic_verb
         attr named_person 'Ann Lee' via 'said' => 'she believes the plant is unsafe'",
    );
}

#[test]
fn the_subject_of_a_passive_verb_of_saying_is_no_source() {
    check(
        "Ann Lee was asked about the plan on Tuesday.",
        "attr anonymous - via 'was asked about' => 'the plan on Tuesday'",
    );
}

#[test]
fn a_noun_phrase_and_its_past_verb_after_the_cue_open_the_content() {
    check(
        "Residents said the decision ignored evidence that traffic would rise.",
        "attr vague 'Residents' via 'said' => 'the decision ignored evidence that traffic would rise'",
    );
}

#[test]
fn what_was_told_starts_after_the_one_told() {
    check(
        "Tom Reilly told reporters the group was considering a legal challenge.\n\nAnn Lee told him she would resign.\n\nLee told the Post in a statement, \"We lost.\"\n\nLee told them to leave the hall.",
        "attr named_person 'Tom Reilly' via 'told' => 'the group was considering a legal challenge'
         attr named_person 'Ann Lee' via 'told' => 'she would resign'
         attr named_person 'Lee' via 'told' => '\"We lost.\"' quote
         attr named_person 'Lee' via 'told' => 'them to leave the hall'",
    );
}

#[test]
fn a_coordinated_clause_with_its_own_source_ends_the_content_before_it() {
    check(
        "A 2024 study found that expansions created fewer jobs, and analysts said that volumes would fall.",
        "attr document 'A 2024 study' via 'found' => 'that expansions created fewer jobs'
         attr vague 'analysts' via 'said' => 'that volumes would fall'",
    );
}

#[test]
fn a_condition_by_inversion_is_a_conditional_hedge_and_no_opinion() {
    check(
        "Should the talks fail, the port would close.\n\nHad the council acted, 40 homes would have been saved.\n\nThe council should act.",
        "hedge 'Should' conditional
         hedge 'Had' conditional",
    );
    let opinions: Vec<String> = render(&classify(
        "Should the talks fail, the port would close. The council should act.",
    ))
    .into_iter()
    .filter(|l| l.starts_with("ev opinion_marker"))
    .collect();
    assert_eq!(opinions, ["ev opinion_marker 'should'"]);
}

#[test]
fn a_plural_group_opening_its_sentence_is_a_vague_source_not_a_name() {
    check(
        "Insurers estimate that the damage will exceed the fund.\n\nSanders said the fund was empty. Later, Sanders said that it was full.",
        "attr vague 'Insurers' via 'estimate' => 'that the damage will exceed the fund'
         attr named_person 'Sanders' via 'said' => 'the fund was empty'
         attr named_person 'Sanders' via 'said' => 'that it was full'",
    );
    check(
        "Polls show that the mayor is ahead.",
        "attr document 'Polls' via 'show' => 'that the mayor is ahead'",
    );
}

#[test]
fn a_learned_run_that_took_in_the_subjects_noun_starts_at_the_verb() {
    // Whether the tagger's run takes in "opposition" depends on the bundled weights; the
    // relation must come out the same either way.
    check(
        "The opposition accused the government of cutting the budget.",
        "attr vague 'The opposition' via 'accused' => 'the government of cutting the budget'",
    );
}

#[test]
fn a_coordinated_cue_before_a_quotation_has_the_first_verbs_subject() {
    check(
        "Ann Lee shook her head and said, \u{201c}No.\u{201d}",
        "attr named_person 'Ann Lee' via 'said' => '\u{201c}No.\u{201d}' quote",
    );
}

#[test]
fn a_speaker_alone_in_the_sentence_after_a_quoted_statement() {
    check(
        "\u{201c}The emails are missing.\u{201d} Trump said.\n\n\u{201c}We will win.\u{201d} Lee said the polls were wrong.",
        "attr named_person 'Trump' via 'said' => '\u{201c}The emails are missing.\u{201d}' quote
         attr named_person 'Lee' via 'said' => 'the polls were wrong'",
    );
}

#[test]
fn a_verb_of_forecasting_is_epistemic_and_makes_an_unnamed_group_a_weasel() {
    check(
        "Forecasters expect more dry weather in June.\n\nThe bank predicts growth of 2% next year.\n\nThe best way to predict the weather is to look outside.",
        "hedge 'Forecasters expect' weasel
         hedge 'predicts' epistemic_verb",
    );
}

#[test]
fn a_role_after_a_possessive_is_part_of_the_source() {
    check(
        "My opponents opposed the missile defenses.\n\nHis spokesman argued the charges were false.",
        "attr vague 'My opponents' via 'opposed' => 'the missile defenses'
         attr vague 'His spokesman' via 'argued' => 'the charges were false'",
    );
}

#[test]
fn he_after_an_unnamed_speaker_is_that_speaker_not_a_person_named_before() {
    check(
        "Ann Lee, the families' solicitor, said the ruling was clear. The council said it was studying it. A spokesman said the homes needed repairs. \"We have a duty,\" he said.",
        "attr named_person 'Ann Lee, the families' solicitor,' via 'said' => 'the ruling was clear'
         attr named_organisation 'The council' via 'said' => 'it was studying it'
         attr vague 'A spokesman' via 'said' => 'the homes needed repairs'
         attr vague 'he' via 'said' => '\"We have a duty,\"' quote",
    );
}

#[test]
fn a_sentence_adverb_between_cue_and_content_and_a_pronoun_after_a_noun() {
    check(
        "The authors cautioned, however, that their sampling was limited.\n\nThe charity counts 90,000 members, a figure it expects to pass 100,000 by 2030.\n\nSeveral said the slowdown was caused by exports.",
        "attr vague 'The authors' via 'cautioned' => 'that their sampling was limited'
         attr named_organisation 'it' via 'expects' => 'to pass 100,000 by 2030' refers=charity
         attr vague 'Several' via 'said' => 'the slowdown was caused by exports'",
    );
}

#[test]
fn an_approximate_number_or_a_count_of_times_is_no_weasel() {
    check(
        "Some 300 villages were destroyed in the floods.\n\nThe bridge has been closed several times this year.\n\nTo some extent the rules were relaxed.\n\nSome residents fear the bridge will close.",
        "hedge 'Some residents fear' weasel",
    );
}

#[test]
fn a_bare_group_of_opinion_holders_is_a_weasel_but_officials_are_not() {
    check(
        "Observers say the ruling party lost ground in the north.\n\nSupporters argue the scheme works.\n\nOfficials said the bridge will reopen in May.",
        "hedge 'Observers say' weasel
         hedge 'Supporters argue' weasel",
    );
}

#[test]
fn an_organisation_named_by_its_first_word_and_a_counted_group() {
    check(
        "The trial was run by the biotech company Veranta Therapeutics.\n\nVeranta said it would apply for approval next year.\n\nEleven Republicans said the bill was too costly.",
        "attr named_organisation 'Veranta' via 'said' => 'it would apply for approval next year'
         attr vague 'Eleven Republicans' via 'said' => 'the bill was too costly'",
    );
}

#[test]
fn a_comparison_of_rates_is_no_hedge_and_a_possessive_makes_estimates_a_noun() {
    check(
        "Children near busy roads were twice as likely to develop asthma.\n\nWomen were less likely than men to be offered the test.\n\nThe costs were double the city's own estimates.\n\nThe strike is likely to spread.\n\nIt is as likely as not that the vote fails.\n\nMarkets see a cut in March as likely.",
        "hedge 'is likely to' expectation
         hedge 'likely' epistemic_adverb
         hedge 'likely' epistemic_adverb",
    );
}

#[test]
fn a_plural_of_a_role_or_organisation_word_is_a_group_and_a_newspaper_an_organisation() {
    check(
        "Unions have criticised the plan.\n\nThe inquiry began after a local newspaper, the Harlow Bay Courier, reported that the firm had won four contracts.",
        "attr vague 'Unions' via 'have criticised' => 'the plan'
         attr named_organisation 'a local newspaper, the Harlow Bay Courier,' via 'reported' => 'that the firm had won four contracts'",
    );
}

#[test]
fn who_after_an_organisation_is_an_unnamed_person() {
    check(
        "The case was brought by a graduate of the Lakemoor Institute who said the ruling was unlawful.",
        // The role the place's prepositions qualify.
        "attr vague 'who' via 'said' => 'the ruling was unlawful' refers=a graduate",
    );
}

#[test]
fn the_last_clause_of_a_quotation_is_its_speakers() {
    let doc = classify(
        "\"I have never interfered in a procurement decision, and I never will,\" Mr Stenning told a news conference.",
    );
    assert!(doc.claims.len() >= 2, "{:?}", render(&doc));
    for c in &doc.claims {
        assert!(c.attribution.is_some(), "{:?}: {:?}", c.text, render(&doc));
    }
}

#[test]
fn a_quotation_after_a_colon_and_a_long_addressee_is_the_speakers_to_its_end() {
    check(
        "Chief executive Sarah Whitcombe told analysts on a conference call: \"This has been a tough year. Our customers are under pressure.\"",
        "attr named_person 'Chief executive Sarah Whitcombe' via 'told' => '\"This has been a tough year. Our customers are under pressure.\"' quote",
    );
}

#[test]
fn it_before_an_adverb_and_a_verb_of_saying_is_the_text_that_speaks() {
    check(
        "The statement commits the signatories to a deadline.\n\nIt also calls for a shared monitoring system.",
        "attr vague 'It' via 'also calls for' => 'a shared monitoring system'",
    );
}

#[test]
fn after_the_one_told_nothing_the_content_is_the_clause_before() {
    check(
        "The fire began in two separate places, a senior investigator told the Herald.",
        "attr vague 'a senior investigator' via 'told' => 'The fire began in two separate places'",
    );
}

#[test]
fn that_after_a_noun_opens_a_relative_clause_in_the_content() {
    check(
        "Police believe a fire that destroyed a warehouse on Sunday was started deliberately.\n\nShe told the committee that the plan was sound.",
        "attr named_organisation 'Police' via 'believe' => 'a fire that destroyed a warehouse on Sunday was started deliberately'
         attr named_person 'She' via 'told' => 'that the plan was sound'",
    );
}

#[test]
fn a_stance_verb_and_a_time_phrase_ending_the_clause_say_what_came_before() {
    check(
        "Inflation fell to 2.1% in October, official figures showed on Wednesday.",
        "attr document 'official figures' via 'showed' => 'Inflation fell to 2.1% in October'",
    );
}

#[test]
fn a_title_after_organisation_words_and_a_name_is_a_person() {
    check(
        "Senate Minority Leader John Barrow called it a reckless bill.\n\nThe Department of Health said it would respond.",
        "attr named_person 'Senate Minority Leader John Barrow' via 'called' => 'it a reckless bill'
         attr named_organisation 'The Department of Health' via 'said' => 'it would respond'",
    );
}

#[test]
fn considered_as_weighed_is_no_weasel() {
    check(
        "He declined to say whether any changes were being considered.\n\nThe bridge is considered the oldest in the county.",
        "hedge 'whether' conditional
         hedge 'is considered' weasel",
    );
}

#[test]
fn widely_as_a_manner_is_no_weasel() {
    check(
        "Doctors are prescribing it widely. Prices vary widely in each region.\n\n\
         The drug is widely used.",
        "hedge 'widely' weasel",
    );
}

#[test]
fn an_ordinal_third_is_no_quantity() {
    check(
        "An unknown third party took the files.\n\nA third of voters backed it.",
        "ev action 'took'
         ev number_word 'A third'
         ev action 'backed'",
    );
}

#[test]
fn an_agent_ends_before_the_verb_and_a_plural_document_noun_is_a_document() {
    check(
        "Emails seen by the Herald show that staff warned managers.",
        // The newspaper saw the emails; it says nothing of them.
        "attr document 'Emails seen by the Herald' via 'show' => 'that staff warned managers'",
    );
}

#[test]
fn a_weekday_after_the_cue_is_no_content() {
    // A weekday before a subordinator or a preposition stays: the content opens later.
    check(
        "Sen. Ana Ruiz said Tuesday night she would block the bill.\n\n\
         The mayor said on Friday that the plan had failed.",
        "attr named_person 'Sen. Ana Ruiz' via 'said' => 'she would block the bill'
         attr vague 'The mayor' via 'said' => 'that the plan had failed'",
    );
}

#[test]
fn a_party_in_parentheses_after_a_speaker_after_the_cue_is_the_speakers() {
    check(
        "\"We will not back down,\" said Rep. Ann Cole (D-N.C.), head of the Budget Caucus.",
        "attr named_person 'Rep. Ann Cole (D-N.C.), head of the Budget Caucus' via 'said' => '\"We will not back down,\"' quote",
    );
}

#[test]
fn an_agent_ends_before_a_time_phrase() {
    check(
        "The proposal was rejected by the council in 2015.",
        "attr named_organisation 'the council' via 'was rejected' => 'The proposal'",
    );
}

#[test]
fn a_phrase_about_the_saying_between_commas_leaves_the_source() {
    // A comparison set off by commas stays in the source.
    check(
        "Mr. Hale, in an interview on Friday, said the plan had failed.\n\n\
         Ms. Reed, like most economists, said rates would fall.",
        "attr named_person 'Mr. Hale' via 'said' => 'the plan had failed'
         attr named_person 'Ms. Reed, like most economists,' via 'said' => 'rates would fall'",
    );
}

#[test]
fn a_participle_after_its_subject_in_a_headline_is_a_passive() {
    // Headlines leave out "is": the one charged or urged is no source; "accused of" keeps
    // its agentless relation, and a sentence with a full stop is no headline.
    check(
        "Man charged after stabbing at railway station\n\n\
         PM urged to resign over scandal\n\n\
         Mayor accused of misleading voters\n\n\
         The union warned that strikes would follow.",
        "attr anonymous - via 'accused of' => 'misleading voters'
         attr named_organisation 'The union' via 'warned' => 'that strikes would follow'",
    );
}

#[test]
fn a_participle_phrase_after_a_noun_stays_in_the_source() {
    // "threatened with closure" qualifies "the schools"; past an "and" a verb is no
    // participle of the noun.
    check(
        "Parents at one of the schools threatened with closure say they were not consulted.\n\n\
         A woman waved from a car and Ms. Reed said no.",
        "attr vague 'Parents at one of the schools threatened with closure' via 'say' => 'they were not consulted'
         attr named_person 'Ms. Reed' via 'said' => 'no'",
    );
}

#[test]
fn a_title_inside_a_name_makes_a_person() {
    check(
        "House Speaker Tom Wexley said Republicans would appeal.",
        "attr named_person 'House Speaker Tom Wexley' via 'said' => 'Republicans would appeal'",
    );
}

#[test]
fn an_agent_ends_before_the_reason_it_acted() {
    check(
        "The bank was criticised by the regulator over its fees.",
        "attr named_organisation 'the regulator' via 'was criticised' => 'The bank'",
    );
}

#[test]
fn a_content_with_no_verb_ends_before_another_speaker() {
    check(
        "Though it is hard to assess the regime's claims about the potency of its test, experts say it shows its resolve.",
        "attr vague 'experts' via 'say' => 'it shows its resolve'",
    );
}

#[test]
fn a_company_is_named_again_by_its_first_word() {
    // Not when a person the article names has that word for a surname.
    check(
        "Halvorsen Motors said the fault was rare. Halvorsen denied that it had ignored warnings.\n\n\
         Ann Gates said Gates Holdings would help. Gates said more would follow.",
        "attr named_organisation 'Halvorsen Motors' via 'said' => 'the fault was rare'
         attr named_organisation 'Halvorsen' via 'denied' => 'that it had ignored warnings'
         attr named_person 'Ann Gates' via 'said' => 'Gates Holdings would help'
         attr named_person 'Gates' via 'said' => 'more would follow'",
    );
}

#[test]
fn the_subject_of_an_object_relative_clause_with_no_that_is_the_source() {
    // Not an apposition after a role word.
    check(
        "Only 83% had both doses, well below the 95% the World Health Organization says is needed.\n\n\
         Vatican spokesman the Rev. Ann Lee said the visit would go ahead.",
        "attr named_organisation 'the World Health Organization' via 'says' => 'is needed'
         attr named_person 'Vatican spokesman the Rev. Ann Lee' via 'said' => 'the visit would go ahead'",
    );
}

#[test]
fn say_before_a_noun_is_the_cue_alone() {
    check(
        "Doctors say misinformation about the vaccine has played a part.\n\n\
         He said nothing about the vaccine.",
        "attr vague 'Doctors' via 'say' => 'misinformation about the vaccine has played a part'
         attr named_person 'He' via 'said nothing about' => 'the vaccine'",
    );
}

#[test]
fn a_clause_ending_in_a_poll_is_the_poll_s() {
    // Not "in the polls" alone (how a race stands), a poll that is a subject, or a
    // subordinate clause.
    check(
        "Reyes leads by 12 points in the latest Harbour Times poll.\n\n\
         Ms. Lee is ahead in the polls.\n\n\
         While he trails in most polls, Mr. Hale is confident.\n\n\
         Reyes trails Lee by four points in a survey published Monday by the Gazette.\n\n\
         Only 13 percent of voters in the survey approved of the levy.",
        "attr document 'the latest Harbour Times poll' via 'in' => 'Reyes leads by 12 points'
         attr document 'a survey published Monday by the Gazette' via 'in' => 'Reyes trails Lee by four points'",
    );
}

#[test]
fn names_joined_by_a_slash_are_one_source_before_the_cue() {
    check(
        "The latest Reuters/Ipsos poll released Friday shows Reyes ahead.",
        "attr document 'The latest Reuters/Ipsos poll released Friday' via 'shows' => 'Reyes ahead'",
    );
}

#[test]
fn a_month_or_a_modal_ending_a_name_is_a_surname() {
    // A title-case headline keeps its modal a verb.
    check(
        "Prime Minister Theresa May suggested a deal was close.\n\n\
         Theresa May said talks would go on.\n\n\
         Mr. Hale on Tuesday said talks would go on.",
        "attr named_person 'Prime Minister Theresa May' via 'suggested' => 'a deal was close'
         attr named_person 'Theresa May' via 'said' => 'talks would go on'
         attr named_person 'Mr. Hale' via 'said' => 'talks would go on'",
    );
}

#[test]
fn a_quotation_after_a_statement_stays_its_speaker_s() {
    // The person named inside what the speaker said is not who says the quotation.
    check(
        "Senate leader Ann Cole accused Republicans of walking away because former President Tom Hale had told them to. \"They asked for this bill,\" she said.",
        "attr named_person 'Senate leader Ann Cole' via 'accused' => 'Republicans of walking away because former President Tom Hale had told them to'
         attr named_person 'former President Tom Hale' via 'told' => 'them to'
         attr named_person 'she' via 'said' => '\"They asked for this bill,\"' quote refers=Ann Cole",
    );
}

#[test]
fn it_stands_for_the_delegation_that_spoke_before() {
    check(
        "Juliet Kabera of Rwanda's environment agency said the crisis was real.\n\n\
         Saudi Arabia's delegation said the treaty should focus on recycling. It said limits would hurt poor economies.",
        "attr named_person 'Juliet Kabera of Rwanda's environment agency' via 'said' => 'the crisis was real'
         attr named_organisation 'Saudi Arabia's delegation' via 'said' => 'the treaty should focus on recycling'
         attr named_organisation 'It' via 'said' => 'limits would hurt poor economies' refers=Saudi Arabia's delegation",
    );
}

#[test]
fn a_content_ends_before_but_and_another_source_without_a_comma() {
    check(
        "The council has promised to close the wells but critics say enforcement remains weak.",
        "attr named_organisation 'The council' via 'has promised' => 'to close the wells'
         attr vague 'critics' via 'say' => 'enforcement remains weak'",
    );
}

#[test]
fn a_plural_noun_before_that_keeps_its_relative_clause_in_the_content() {
    // Not the people told ("reminded voters that").
    check(
        "Researchers found clay minerals and carbonates that can only form in water.\n\n\
         The mayor reminded voters that the bridge had reopened.",
        "attr vague 'Researchers' via 'found' => 'clay minerals and carbonates that can only form in water'
         attr vague 'The mayor' via 'reminded' => 'that the bridge had reopened'",
    );
}

#[test]
fn a_capital_word_opening_the_sentence_before_a_group_word_is_in_the_source() {
    check(
        "Opposition councillors accused the ruling group of wasting money.",
        "attr vague 'Opposition councillors' via 'accused' => 'the ruling group of wasting money'",
    );
}

#[test]
fn captain_is_a_title_so_he_refers_to_the_captain() {
    check(
        "\"We will not give up,\" said Captain Dave Morrell, who chairs the union's Skyway council. He said pilots would walk out again.",
        "attr named_person 'Captain Dave Morrell, who chairs the union's Skyway council' via 'said' => '\"We will not give up,\"' quote
         attr named_person 'He' via 'said' => 'pilots would walk out again' refers=Dave Morrell",
    );
}

#[test]
fn an_apposition_gives_a_name_its_kind() {
    // An age or an occupation makes a person whom a later "she" or "he" stands for; an
    // organisation word makes an organisation; a head noun that is neither leaves it.
    check(
        "Helen Marsh, chief executive of the trust, said the list was long.\n\n\
         Maria Costa, 67, has waited 19 months for a new knee. She said she was angry.\n\n\
         John Hale, a retired builder, has waited a year. He said he was tired.\n\n\
         Northgate Water, the utility that serves the town, said it was cooperating.\n\n\
         Ana Ruiz, the company's finance director, said costs had risen.\n\n\
         Veltrix, the Manchester-based software company, cut 1,800 jobs. Veltrix said \
         sales had slowed.\n\n\
         The organisers, the Eastmoor Students' Union, said the crowd was larger.",
        "attr named_person 'Helen Marsh, chief executive of the trust,' via 'said' => 'the list was long'
         attr named_person 'She' via 'said' => 'she was angry' refers=Maria Costa
         attr named_person 'He' via 'said' => 'he was tired' refers=John Hale
         attr named_organisation 'Northgate Water, the utility that serves the town,' via 'said' => 'it was cooperating'
         attr named_person 'Ana Ruiz, the company's finance director,' via 'said' => 'costs had risen'
         attr named_organisation 'Veltrix' via 'said' => 'sales had slowed'
         attr named_organisation 'The organisers, the Eastmoor Students' Union,' via 'said' => 'the crowd was larger'",
    );
}

#[test]
fn she_after_the_judge_is_the_judge_where_no_one_is_named() {
    check(
        "The judge, granting the request, warned that there would be no further delay. \
         \"The court has been patient,\" she said.",
        "attr vague 'The judge' via 'warned' => 'that there would be no further delay'
         attr vague 'she' via 'said' => '\"The court has been patient,\"' quote",
    );
    check(
        "Judge Mary Kline heard the case on Monday. The judge warned that there would be no \
         further delay. \"The court has been patient,\" she said.",
        "attr vague 'The judge' via 'warned' => 'that there would be no further delay'
         attr named_person 'she' via 'said' => '\"The court has been patient,\"' quote refers=Mary Kline",
    );
}

#[test]
fn a_speaker_set_off_after_a_conjunction_says_what_follows() {
    check(
        "The plan would work, but, she warned, it would cost more.\n\n\
         The plan, he said, would cost more.",
        "attr named_person 'she' via 'warned' => 'it would cost more'
         attr named_person 'he' via 'said' => 'The plan, he said, would cost more'",
    );
}

#[test]
fn it_is_not_an_organisation_word_that_qualifies_people() {
    check(
        "The Council wants the release of 410 police officers it says are held by the rebels.",
        "attr named_organisation 'The Council' via 'wants' => 'the release of 410 police officers it says are held by the rebels'
         attr named_organisation 'it' via 'says' => 'are held by the rebels' refers=Council",
    );
}

#[test]
fn that_opening_a_clause_before_a_noun_is_its_determiner() {
    check(
        "That review, completed in January by an accounting firm, concluded that controls were weak.\n\n\
         That person said the plan had failed.",
        "attr document 'That review, completed in January by an accounting firm,' via 'concluded' => 'that controls were weak'
         attr vague 'That person' via 'said' => 'the plan had failed'",
    );
}

#[test]
fn a_pronoun_skips_a_person_of_the_other_gender() {
    // "He" settles Kessler's gender, so the later "She" is Dalby's; a title settles it too.
    check(
        "Joanna Dalby said she had won. Victor Kessler, 63, conceded defeat. He said the margin \
         was thin. She said she would invite him to brief her team.\n\n\
         Ms. Ana Ruiz met Tom Hale on Monday. She said the talks went well.",
        "attr named_person 'Joanna Dalby' via 'said' => 'she had won'
         attr named_person 'He' via 'said' => 'the margin was thin' refers=Victor Kessler
         attr named_person 'She' via 'said' => 'she would invite him to brief her team' refers=Joanna Dalby
         attr named_person 'She' via 'said' => 'the talks went well' refers=Ana Ruiz",
    );
}

#[test]
fn time_words_stay_out_of_a_source() {
    // A day with its "On" before a name, a participle's "late on Thursday", and a capital
    // word that only qualifies a group's noun.
    check(
        "On Thursday Averill admitted that the recount had been fair.\n\n\
         A hand recount completed late on Thursday confirmed her win.\n\n\
         Opposition lawmakers accused the government of ignoring warnings.",
        "attr named_person 'Averill' via 'admitted' => 'that the recount had been fair'
         attr vague 'A hand recount completed late on Thursday' via 'confirmed' => 'her win'
         attr vague 'Opposition lawmakers' via 'accused' => 'the government of ignoring warnings'",
    );
}

#[test]
fn a_dateline_a_fall_and_a_naming_are_no_saying() {
    check(
        "KORVASS, May 7 - Estravia will not lift its tariff, Trade Minister Anton Vilk said.\n\n\
         EASTVALE - The mill is reportedly closing.\n\n\
         Sales declined 27 percent. Patients given the drug, called veltanumab, improved.\n\n\
         Results differed for carriers of the gene, who are thought to be at higher risk.",
        "attr named_person 'Trade Minister Anton Vilk' via 'said' => 'Estravia will not lift its tariff'
         attr anonymous - via 'reportedly' => 'The mill is reportedly closing'
         attr anonymous - via 'are thought' => 'who are thought to be at higher risk'",
    );
}

#[test]
fn a_relative_clause_after_a_noun_is_no_content() {
    // "that" right before a verb opens a clause about the noun, not what it holds.
    check(
        "The port authority on Tuesday approved an expansion of the terminal, ending a three-year \
         planning dispute that pitted dock workers against residents of the harbour district.\n\n\
         The minister rejected the claim that wages had fallen.",
        "attr vague 'The minister' via 'rejected' => 'the claim that wages had fallen'",
    );
}

#[test]
fn a_dateline_with_an_agency_and_a_sourced_survey() {
    // The agency in parentheses is part of the dateline; a participle after the name
    // closing a document's noun phrase belongs to it; a time phrase between an auxiliary
    // and its verb leaves the subject the source; a written-by-us document is no saying.
    check(
        "PORT CASSIN, Feb 18 (Wire) - Shipping will resume on Monday, the harbour master said.\n\n\
         A survey by Ipsos published on Tuesday found that turnout fell.\n\n\
         The museum had for years argued the panels were safer in its care.\n\n\
         The letter, which has been seen by this newspaper, asks for a review.",
        "attr vague 'the harbour master' via 'said' => 'Shipping will resume on Monday'
         attr document 'A survey by Ipsos published on Tuesday' via 'found' => 'that turnout fell'
         attr vague 'The museum' via 'argued' => 'the panels were safer in its care'
         attr document 'The letter, which has been seen by this newspaper,' via 'asks for' => 'a review'",
    );
}

#[test]
fn a_content_cut_by_an_aside_drops_its_conjunction() {
    check(
        "Harrow has denied wrongdoing and, according to people close to him, will testify.",
        "attr named_person 'Harrow' via 'has denied' => 'wrongdoing'
         attr vague 'people close to him' via 'according to' => 'Harrow has denied wrongdoing'",
    );
}

#[test]
fn authorities_opening_a_sentence_after_a_dateline_are_no_name() {
    check(
        "ELDERMOOR, Sept 4 (Wire) - Authorities said the river would peak overnight.",
        "attr vague 'Authorities' via 'said' => 'the river would peak overnight'",
    );
}

#[test]
fn a_quotation_after_a_clause_of_time_has_no_speaker_there() {
    // "before the delay was announced" is no speaker of the quoted words; a quotation that
    // resumes after the speaker's appositive is the same relation; a role's name in
    // apposition belongs to the according-to source.
    check(
        "Officials had flagged \"a moderate risk\" a month before the delay was announced.\n\n\
         \u{201c}When a company talks about synergies,\u{201d} said Carla Mendoza, a regional \
         organiser for the union, \u{201c}our members hear job cuts.\u{201d}\n\n\
         According to the authority's duty hydrologist, Dr. Priya Nandakumar, the river is \
         likely to peak on Monday.",
        "attr vague 'Officials' via 'had flagged' => '\"a moderate risk\" a month before the delay was announced'
         attr anonymous - via 'was announced' => 'the delay'
         attr named_person 'Carla Mendoza, a regional organiser for the union,' via 'said' => '\u{201c}When a company talks about synergies,\u{201d} said Carla Mendoza, a regional organiser for the union, \u{201c}our members hear job cuts.\u{201d}' quote
         attr named_person 'the authority's duty hydrologist, Dr. Priya Nandakumar' via 'According to' => 'the river is likely to peak on Monday'",
    );
}

#[test]
fn a_participle_after_a_conjunction_takes_its_own_clause_subject() {
    check(
        "The new target date is mid-April, according to a statement released on Monday, \
         although officials stopped short of promising that the date would hold.",
        "attr document 'a statement released on Monday' via 'according to' => 'The new target date is mid-April'
         attr vague 'officials' via 'promising' => 'that the date would hold'",
    );
}

#[test]
fn a_coordinated_cue_after_a_quoted_content_shares_its_source() {
    check(
        "MPs whose constituencies lie on the busy northern commuter line wrote in a letter to \
         Mr. Greaves that the rise would \"punish those who have done the right thing by leaving \
         the car at home\" and urged him to freeze fares for at least a year.",
        "attr vague 'MPs whose constituencies lie on the busy northern commuter line' via 'wrote' => 'that the rise would \"punish those who have done the right thing by leaving the car at home\"'
         attr vague 'MPs whose constituencies lie on the busy northern commuter line' via 'urged' => 'him to freeze fares for at least a year'",
    );
}

#[test]
fn a_learned_run_of_adverbs_and_modals_takes_a_verb_or_nothing() {
    check(
        "The rise, which applies to season tickets and most off-peak returns, would normally \
         track July's inflation figure of 7.1 percent, but ministers have chosen to cap it.\n\n\
         He repeatedly linked the breach to her use of a private server.",
        "attr named_person 'He' via 'repeatedly linked' => 'the breach to her use of a private server'",
    );
}

#[test]
fn sources_keep_their_participles_appositives_and_relative_clauses() {
    // An irregular participle before a time phrase; "that" before a time word; a relative
    // clause after an according-to source and one closing a name's appositive; a time
    // phrase between a participle and its agent.
    check(
        "Minutes of the trust board meeting held in April show that directors considered \
         three options.\n\n\
         The second officer on watch that morning, Ms. Ingrid Paavola, recalled in evidence \
         last week that visibility had fallen.\n\n\
         According to the review, which was published in March, the unit had diverted women \
         on 41 occasions.\n\n\
         Amos Ruto, director of the Sabeni Trust, which helps fund the reserve, said the \
         killings had shaken staff.\n\n\
         The offer, announced on Tuesday by Education Secretary Fiona Castellane, would raise \
         the starting salary.",
        "attr document 'Minutes of the trust board meeting held in April' via 'show' => 'that directors considered three options'
         attr named_person 'The second officer on watch that morning, Ms. Ingrid Paavola,' via 'recalled' => 'that visibility had fallen'
         attr document 'the review, which was published in March' via 'According to' => 'the unit had diverted women on 41 occasions'
         attr named_person 'Amos Ruto, director of the Sabeni Trust, which helps fund the reserve,' via 'said' => 'the killings had shaken staff'
         attr named_person 'Education Secretary Fiona Castellane' via 'announced' => 'The offer'",
    );
}

#[test]
fn a_time_is_no_content_and_a_channel_joins_the_cue() {
    // "would report by the summer" says when, not what, so the participle after it is
    // the speaker's; "in a message to staff" is where it was said, and joins the cue;
    // "admitted" after "been" is let in.
    check(
        "Miriam Oakhurst acknowledged in a message to staff that the university's reputation \
         had been damaged.\n\n\
         She said an internal review, led by an outside law firm, would report by the summer, \
         adding that its findings would be shared.\n\n\
         She pledged that any student found to have been admitted improperly would be treated \
         fairly.",
        "attr named_person 'Miriam Oakhurst' via 'acknowledged in a message to staff' => 'that the university's reputation had been damaged'
         attr named_person 'She' via 'said' => 'an internal review, led by an outside law firm, would report by the summer' refers=Miriam Oakhurst
         attr named_person 'She' via 'adding' => 'that its findings would be shared' refers=Miriam Oakhurst
         attr named_person 'She' via 'pledged' => 'that any student found to have been admitted improperly would be treated fairly' refers=Miriam Oakhurst",
    );
}

#[test]
fn a_quoted_paragraph_after_a_colon_is_the_speakers() {
    check(
        "Thomas Bracegirdle, 71, who broke his hip in the collision, told the inquiry by video \
         link:\n\n\
         \"There was no announcement. One moment I was queuing for coffee.\"",
        "attr named_person 'Thomas Bracegirdle, 71, who broke his hip in the collision,' via 'told' => '\"There was no announcement. One moment I was queuing for coffee.\"' quote",
    );
}

#[test]
fn organisations_named_after_their_role_and_groups_of_abbreviations() {
    // A name set off after an organisation word is an organisation, and so is its first
    // word alone; "it" names the organisation without its appositive; "MPs" is a group.
    check(
        "The board dismissed its bus operator, Tolland Coachways, last week. Tolland said it \
         would appeal.\n\n\
         Corrant Biologics, the Lisbury-based drugmaker, said a batch had failed. It did not \
         say how many doses were affected.\n\n\
         MPs wrote to the minister that the rise was unfair.",
        "attr named_organisation 'The board' via 'dismissed' => 'its bus operator, Tolland Coachways, last week'
         attr named_organisation 'Tolland' via 'said' => 'it would appeal'
         attr named_organisation 'Corrant Biologics, the Lisbury-based drugmaker,' via 'said' => 'a batch had failed'
         attr named_organisation 'It' via 'did not say' => 'how many doses were affected' refers=Corrant Biologics
         attr vague 'MPs' via 'wrote' => 'that the rise was unfair'",
    );
}

#[test]
fn a_statements_participle_and_a_long_anonymity_clause() {
    // A participle after "said in a statement" qualifies the statement; so does one after
    // a document noun in a prepositional phrase; a restrictive relative clause may run
    // long, and the subject of a clause of reason inside it is the one told; "Another"
    // opening a sentence is no name.
    check(
        "The rell fell 20 percent, the National Bank of Talvania said in a statement issued \
         before markets opened.\n\n\
         A Greystone employee who asked not to be named because staff had been told not to \
         speak to the media said repairs teams had been firefighting for years.\n\n\
         One user posted a photograph. Another tweeted that the help line was down.\n\n\
         In a statement posted on her social media accounts, she wrote: \"I have never \
         knowingly taken anything banned.\"",
        "attr named_organisation 'the National Bank of Talvania' via 'said in a statement' => 'The rell fell 20 percent'
         attr anonymous - via 'had been told' => 'staff'
         attr vague 'A Greystone employee who asked not to be named because staff had been told not to speak to the media' via 'said' => 'repairs teams had been firefighting for years'
         attr vague 'One user' via 'posted' => 'a photograph'
         attr vague 'Another' via 'tweeted' => 'that the help line was down'
         attr named_person 'she' via 'wrote:' => '\"I have never knowingly taken anything banned.\"' quote",
    );
}

#[test]
fn an_object_relative_after_a_noun_and_a_possessive_object() {
    // "a figure union leaders dismissed as": the group is the source; a possessive opens
    // the object before "that", and a contracted "he's" what follows it.
    check(
        "The ministry said 640,000 people had marched, a figure union leaders dismissed as an \
         insult.\n\n\
         The panel rejected Sorelle's argument that the agent had come from a supplement.\n\n\
         Sullivan says he's satisfied that there has been no disclosure.",
        "attr named_organisation 'The ministry' via 'said' => '640,000 people had marched, a figure union leaders dismissed as an insult'
         attr vague 'union leaders' via 'dismissed' => 'as an insult'
         attr named_organisation 'The panel' via 'rejected' => 'Sorelle's argument that the agent had come from a supplement'
         attr named_person 'Sullivan' via 'says' => 'he's satisfied that there has been no disclosure'",
    );
}

#[test]
fn a_nationality_in_an_apposition_only_qualifies_its_head() {
    check(
        "Kestrel Semiconductors, the Taiwanese chipmaker, announced on Monday that the plant had \
         opened. Kestrel said it expected full output next year.",
        "attr named_organisation 'Kestrel Semiconductors, the Taiwanese chipmaker,' via 'announced' => 'that the plant had opened'
         attr named_organisation 'Kestrel' via 'said' => 'it expected full output next year'",
    );
}

#[test]
fn a_content_cut_after_its_own_speaker_ends_before_it() {
    check(
        "About 1,200 households fall within the red zone, he said, and he estimated that \
         roughly half had left by nightfall.",
        "attr named_person 'he' via 'said' => 'About 1,200 households fall within the red zone'
         attr named_person 'he' via 'estimated' => 'that roughly half had left by nightfall'",
    );
}

#[test]
fn a_document_participle_keeps_its_time_phrase() {
    check(
        "A poll by the Harbour Institute published last week suggests that rents rose. A \
         study released in March by the Fenwick Trust found that wages fell.",
        "attr document 'A poll by the Harbour Institute published last week' via 'suggests' => 'that rents rose'
         attr document 'A study released in March by the Fenwick Trust' via 'found' => 'that wages fell'",
    );
}

#[test]
fn an_object_relative_clause_after_a_noun_has_its_own_subject() {
    check(
        "The trust offered a bonus, an offer the union described as an insult. It is the \
         first time the regulator has acknowledged that a college could fail.",
        "attr named_organisation 'The trust' via 'offered' => 'a bonus, an offer the union described as an insult'
         attr named_organisation 'the union' via 'described' => 'as an insult'
         attr named_organisation 'the regulator' via 'has acknowledged' => 'that a college could fail'",
    );
}

#[test]
fn a_participle_after_an_appositive_with_a_relative_clause_is_the_subjects() {
    check(
        "Haugland, a former mayor who became leader in May, has focused on housing, \
         promising to build 6,000 homes.",
        "attr named_person 'Haugland, a former mayor who became leader in May,' via 'promising' => 'to build 6,000 homes'",
    );
}

#[test]
fn an_expectation_inside_a_source_is_no_relation() {
    check(
        "Mei Foster, who is expected to become president of the airline, said the deal \
         would help.",
        "attr named_person 'Mei Foster, who is expected to become president of the airline,' via 'said' => 'the deal would help'",
    );
}

#[test]
fn the_circumstance_after_an_appositive_leaves_the_source() {
    check(
        "\"We got there,\" said Fiona Baird, the museum's director, at a reception on Friday.",
        "attr named_person 'Fiona Baird, the museum's director,' via 'said' => '\"We got there,\"' quote",
    );
}

#[test]
fn a_dateline_with_a_colon_is_no_content() {
    check(
        "EDINBURGH: The psalter will go on display in May, the museum announced.",
        "attr vague 'the museum' via 'announced' => 'The psalter will go on display in May'",
    );
}

#[test]
fn a_phrase_about_the_saying_before_that_leaves_the_content() {
    check(
        "Pacific Crest Energy said in a filing with state regulators late Thursday that one \
         of its circuits had failed.",
        "attr named_organisation 'Pacific Crest Energy' via 'said' => 'that one of its circuits had failed'",
    );
}

#[test]
fn an_apposition_head_before_a_participle_gives_the_kind() {
    check(
        "Quillion, the software company best known for its chat tools, said it would cut \
         2,300 jobs.",
        "attr named_organisation 'Quillion, the software company best known for its chat tools,' via 'said' => 'it would cut 2,300 jobs'",
    );
}

#[test]
fn a_pronoun_may_stand_for_a_surname_opening_a_sentence() {
    check(
        "Governor Ilse Verhagen held rates on Tuesday. Annika Brandt, an economist, noted \
         that wages rose. Verhagen appeared to accept that. \"We are watching wages,\" she \
         said.",
        "attr named_person 'Annika Brandt, an economist,' via 'noted' => 'that wages rose'
         attr anonymous - via 'appeared' => 'Verhagen appeared to accept that'
         attr named_person 'she' via 'said' => '\"We are watching wages,\"' quote refers=Ilse Verhagen",
    );
}

#[test]
fn who_after_a_place_stands_for_the_person_before_it() {
    check(
        "\"They are pressure vessels,\" said Dr. Alan Fischbein, a surgeon at St. Anselm \
         Medical Center in Cleveland, who said he had treated six patients.",
        "attr named_person 'Dr. Alan Fischbein' via 'said' => '\"They are pressure vessels,\"' quote
         attr named_person 'who' via 'said' => 'he had treated six patients' refers=Dr. Alan Fischbein",
    );
}

#[test]
fn a_number_alone_names_no_one_and_a_quoted_label_is_no_quotation() {
    check(
        "Two yards were hit. One said that the gates had been forced. A second, \"B\" sample \
         confirmed the result.",
        "attr vague 'One' via 'said' => 'that the gates had been forced'
         attr vague 'sample' via 'confirmed' => 'the result'",
    );
}

#[test]
fn a_long_document_source_keeps_its_determiner() {
    check(
        "A review published last year by the Criminal Justice Research Unit at the \
         University of Leeds found that a third of trials failed.",
        "attr document 'A review published last year by the Criminal Justice Research Unit at the University of Leeds' via 'found' => 'that a third of trials failed'",
    );
}

#[test]
fn a_second_cue_after_a_comma_and_but_is_the_subjects_not_its_relative_pronouns() {
    check(
        "Dr Priya Raman, a chemist who was not involved in the study, described the work as \
         \"careful\", but pointed out that the team had not grown the organism.",
        "attr named_person 'Dr Priya Raman, a chemist who was not involved in the study,' via 'described' => 'the work as \"careful\"'
         attr named_person 'Dr Priya Raman, a chemist who was not involved in the study,' via 'pointed out' => 'that the team had not grown the organism'",
    );
}

#[test]
fn pronouns_follow_unnamed_speakers_and_people_introduced_by_name() {
    check(
        "Professor Lars Eriksen said it was early. A spokesman for the Seabed Council said \
         its members backed rules. He said it was important not to rush.\n\n\
         Mayor Ann Kowalczyk stood in a car park. The man, a retired teacher named Harold \
         Voss, drove over. \"I figured I'd catch her,\" he says. She grew up in Elkhart Falls, the \
         daughter of a machinist. \"I came back,\" she says.",
        "attr named_person 'Professor Lars Eriksen' via 'said' => 'it was early'
         attr vague 'A spokesman for the Seabed Council' via 'said' => 'its members backed rules'
         attr vague 'He' via 'said' => 'it was important not to rush'
         attr named_person 'he' via 'says' => '\"I figured I'd catch her,\"' quote refers=Harold Voss
         attr named_person 'she' via 'says' => '\"I came back,\"' quote refers=Ann Kowalczyk",
    );
}

#[test]
fn a_council_member_is_a_person() {
    check(
        "City Council Member Brian Halvorsen contended that the software deserved the \
         credit.",
        "attr named_person 'City Council Member Brian Halvorsen' via 'contended' => 'that the software deserved the credit'",
    );
}

#[test]
fn a_subject_relative_of_that_stays_in_its_source() {
    // The relative clause's "that" opens no content: its verb follows it, and the cue
    // after it is finite (not "a win that led her to declare").
    check(
        "Police investigating a fire that destroyed a warehouse last weekend now believe it \
         was started deliberately. A 2014 study that appeared in a medical journal found that \
         half of the advice was wrong.",
        "attr vague 'Police investigating a fire that destroyed a warehouse last weekend' via 'believe' => 'it was started deliberately'
         attr document 'A 2014 study that appeared in a medical journal' via 'found' => 'that half of the advice was wrong'",
    );
}

#[test]
fn a_partial_quotation_inside_a_clause_has_no_speaker_after_it() {
    check(
        "The White House said in a statement that the president \"strongly supports\" the \
         Senate bill and urged the House to act quickly.",
        "attr named_organisation 'The White House' via 'said in a statement' => 'that the president \"strongly supports\" the Senate bill'
         attr named_organisation 'The White House' via 'urged' => 'the House to act quickly'",
    );
}

#[test]
fn who_after_among_or_including_stands_for_the_group_or_example() {
    check(
        "A pensioner was fined, sparking outrage among neighbours who say the council has \
         lost the plot. Jurors heard from 22 witnesses, including a contractor who said he \
         was paid in cash.",
        "attr vague 'who' via 'say' => 'the council has lost the plot' refers=neighbours
         attr vague 'who' via 'said' => 'he was paid in cash' refers=a contractor",
    );
}

#[test]
fn a_name_after_the_object_of_a_preposition_is_the_title_holder() {
    // "the company, Stephen Marr," names no company: the appositive is the lawyer's.
    check(
        "A lawyer for the company, Stephen Marr, denied any wrongdoing. A report presented \
         to councillors found that visits had fallen.",
        "attr named_person 'A lawyer for the company, Stephen Marr,' via 'denied' => 'any wrongdoing'
         attr document 'A report presented to councillors' via 'found' => 'that visits had fallen'",
    );
}

#[test]
fn a_pronoun_skips_a_person_whose_first_name_gives_the_other_gender() {
    // "she" is not Alan's and "he" is not Fiona's; a surname alone is named in full.
    check(
        "Loretta Haskins has driven the bus since 1983. \"It was a shock,\" Haskins said.\n\n\
         Dr Fiona Carrick said the report was clear. Alan Beattie said the trends were \
         consistent. \"It is borne quietly,\" she said. Andrew Lyle, head of Saltmarsh \
         Academy, a school of 900 pupils, said he had no physics teacher. \"We have had \
         supply teachers,\" he said.\n\n\"I like it here,\" Haskins said. Nobody \
         argued. \"I always did,\" she said.",
        "attr named_person 'Haskins' via 'said' => '\"It was a shock,\"' quote
         attr named_person 'Dr Fiona Carrick' via 'said' => 'the report was clear'
         attr named_person 'Alan Beattie' via 'said' => 'the trends were consistent'
         attr named_person 'she' via 'said' => '\"It is borne quietly,\"' quote refers=Fiona Carrick
         attr named_person 'Andrew Lyle, head of Saltmarsh Academy, a school of 900 pupils,' via 'said' => 'he had no physics teacher'
         attr named_person 'he' via 'said' => '\"We have had supply teachers,\"' quote refers=Andrew Lyle
         attr named_person 'Haskins' via 'said' => '\"I like it here,\"' quote
         attr named_person 'she' via 'said' => '\"I always did,\"' quote refers=Loretta Haskins",
    );
}

#[test]
fn a_verb_after_a_modal_is_no_source() {
    check(
        "A stronger figure could revive fears that rates will stay high.",
        "attr anonymous - via 'fears' => 'that rates will stay high'",
    );
}

#[test]
fn it_stands_for_no_organisation_word_inside_a_quotation() {
    // "unit costs" is the memo's words, quoted after a colon with no speaker of its own.
    check(
        "The memo is blunt about the reasons: \"Progress has been slow. Unit costs have \
         risen by 60 per cent.\" Only 31,000 hectares have been restored, it says.",
        "attr document 'The memo' via 'is blunt about' => '\"Progress has been slow. Unit costs have risen by 60 per cent.\"' quote
         attr document 'it' via 'says' => 'Only 31,000 hectares have been restored' refers=The memo",
    );
}

#[test]
fn a_name_after_a_and_a_noun_opens_an_object_relative_source() {
    // The clause after the cue has no subject of its own; "a defensive Obama said his
    // critics ..." keeps its adjective.
    check(
        "The study found no link, a result Venkataraman said was a puzzle. A defensive \
         Obama said his critics were wrong.",
        "attr named_person 'Venkataraman' via 'said' => 'was a puzzle'
         attr named_person 'A defensive Obama' via 'said' => 'his critics were wrong'",
    );
}

#[test]
fn places_and_peoples_between_do_not_hide_an_unnamed_speaker() {
    // "he" is the spokesman's: "Velmoran artillery" and "the village of Tesh" name no one.
    check(
        "President Andris Volenko condemned the attack. A government spokesman said that \
         Velmoran artillery had struck a school in the village of Tesh, though he \
         acknowledged that the building had been empty.",
        "attr named_person 'President Andris Volenko' via 'condemned' => 'the attack'
         attr vague 'A government spokesman' via 'said' => 'that Velmoran artillery had struck a school in the village of Tesh'
         attr vague 'he' via 'acknowledged' => 'that the building had been empty'",
    );
}

#[test]
fn the_second_verb_of_a_relative_clause_has_its_pronoun_for_subject() {
    check(
        "Pelosi shared a story about a young boy who stared at a painting of the president \
         and asked who he was.",
        "attr named_person 'Pelosi' via 'shared' => 'a story about a young boy who stared at a painting of the president and asked who he was'
         attr vague 'who' via 'asked' => 'who he was' refers=a story about a young boy",
    );
}

#[test]
fn a_say_a_place_and_an_object_relative_in_sources() {
    // "no direct say" is a noun; "Stenhava" is the capital, no person; "figures it
    // released" are a document.
    check(
        "He said the council had no direct say over pay. A diplomat in the capital, \
         Stenhava, said the drone was theirs. At least 612 people have died, according to \
         figures it released.",
        "attr named_person 'He' via 'said' => 'the council had no direct say over pay'
         attr vague 'A diplomat in the capital, Stenhava,' via 'said' => 'the drone was theirs'
         attr document 'figures it released' via 'according to' => 'At least 612 people have died'",
    );
}

#[test]
fn an_agent_is_a_person_and_shares_that_fall_are_stock() {
    check(
        "A travel agent testified that she booked trips to Hawaii. Brightwell Foods shares \
         fell 9% on Tuesday, analysts said.",
        "attr vague 'A travel agent' via 'testified' => 'that she booked trips to Hawaii'
         attr vague 'analysts' via 'said' => 'Brightwell Foods shares fell 9% on Tuesday'",
    );
}

#[test]
fn a_time_phrase_opening_a_source_is_left_out() {
    // Not a day's possessive ("Wednesday's poll") nor a month that is a first name; an
    // abbreviation and a hyphen stay with the word they join ("a U.S.-born gunman").
    check(
        "But last Thursday a council officer handed her a notice, claiming she had broken a \
         byelaw. Wednesday's poll found that Lee led. April Mellody said that it was fine. \
         The U.S.-born engineer said the bridge was safe.",
        "attr vague 'a council officer' via 'claiming' => 'she had broken a byelaw'
         attr document 'Wednesday's poll' via 'found' => 'that Lee led'
         attr named_person 'April Mellody' via 'said' => 'that it was fine'
         attr vague 'The U.S.-born engineer' via 'said' => 'the bridge was safe'",
    );
}

#[test]
fn a_role_with_the_naming_a_named_person_again_ends_an_unnamed_speaker_turn() {
    // "she" is the dinner lady's, who is Doreen Pickavance, not the officer's.
    check(
        "Doreen Pickavance, 81, feeds the ducks. Last week a council officer handed her a \
         notice, claiming she had broken a byelaw. \"I thought he was joking,\" the retired \
         dinner lady told us.\n\n\"I feel like a criminal,\" she said.",
        "attr vague 'a council officer' via 'claiming' => 'she had broken a byelaw'
         attr vague 'the retired dinner lady' via 'told' => '\"I thought he was joking,\"' quote
         attr named_person 'she' via 'said' => '\"I feel like a criminal,\"' quote refers=Doreen Pickavance",
    );
}

#[test]
fn a_demonstrative_or_one_and_a_role_is_an_unnamed_speaker() {
    // "resident" is a role of the lexicon; "that" and "one" introduce one unnamed person,
    // whom the "she" after a named officer stands for.
    check(
        "DI Rachel Oduya said the attack was frightening. One resident, who lives above the \
         shops, said she had heard shouting. \"I looked out the window,\" she said.",
        "attr named_person 'DI Rachel Oduya' via 'said' => 'the attack was frightening'
         attr vague 'One resident, who lives above the shops,' via 'said' => 'she had heard shouting'
         attr vague 'she' via 'said' => '\"I looked out the window,\"' quote",
    );
    check(
        "Dr Laila Haddad said the process was long. That former researcher, who spoke on \
         condition of anonymity, said she had been afraid. \"He wrote your references,\" she \
         said.",
        "attr named_person 'Dr Laila Haddad' via 'said' => 'the process was long'
         attr vague 'That former researcher, who spoke on condition of anonymity,' via 'said' => 'she had been afraid'
         attr vague 'she' via 'said' => '\"He wrote your references,\"' quote",
    );
}

#[test]
fn a_name_opening_with_a_first_name_or_a_surname_after_an_opening_phrase_is_a_person() {
    // "Naomi Achterberg" has no title and says nothing before the quotation; "Diego" is a
    // man's first name, so "she" is Naomi's. "Ferri" after "Speaking ..., " is named again
    // after a club of unknown kind spoke.
    check(
        "Naomi Achterberg, a former schools superintendent, was elected mayor, defeating state \
         Sen. Diego Marquez-Hale. Marquez-Hale conceded late. \"I said at the start that I was \
         no politician,\" she said.",
        "attr named_person 'she' via 'said' => '\"I said at the start that I was no politician,\"' quote refers=Naomi Achterberg",
    );
    check(
        "Giancarlo Ferri said Ashbury had raised the price. Ashbury tell a different story. \
         Speaking to reporters outside a Milan hotel, Ferri did not hold back. \"This is not \
         fair,\" he said.",
        "attr named_person 'Giancarlo Ferri' via 'said' => 'Ashbury had raised the price'
         attr named_person 'Ashbury' via 'tell' => 'a different story'
         attr named_person 'he' via 'said' => '\"This is not fair,\"' quote refers=Giancarlo Ferri",
    );
}

#[test]
fn a_reported_figure_a_settled_deal_a_weather_warning_and_a_label_are_no_saying() {
    check(
        "Robberies fell, and reported rapes were essentially flat. Trump's reported net worth \
         fell. Lerer reported from Los Angeles. If no deal is agreed, he will stay. No price \
         was ever agreed, the club said. Forecasters extended a red flag warning through \
         Sunday. An amber extreme heat warning is in force.\n\nQ: Do you plan your novels?",
        "attr named_organisation 'the club' via 'said' => 'No price was ever agreed'",
    );
}

#[test]
fn a_group_after_a_noun_opens_the_source_of_an_object_relative_clause() {
    check(
        "The ministry announced a move rights groups said could leave people without \
         protection. They backed the plan critics say will fail. Rents rose, the housing \
         analysts said on Monday.",
        "attr named_organisation 'The ministry' via 'announced' => 'a move rights groups said could leave people without protection'
         attr vague 'rights groups' via 'said' => 'could leave people without protection'
         attr vague 'They' via 'backed' => 'the plan critics say will fail' refers=rights groups
         attr vague 'critics' via 'say' => 'will fail'
         attr vague 'the housing analysts' via 'said' => 'Rents rose'",
    );
}

#[test]
fn a_dateline_a_framing_source_and_a_quotation_keep_out_of_content_and_source() {
    // A dateline with an agency of several words; a source after a comma that says the
    // whole statement ends the content of the one inside it; a subject inside a quotation
    // is not the subject of a verb after "and".
    check(
        "LORENZBURG, May 14 (Continental Press) - Estravia will shorten asylum appeals, the \
         minister said. The company responded that the cases had been caused by seat covers, \
         the filings show. He said the list had been rising \"long before anyone went on strike\" \
         and accused ministers of \"hiding behind doctors\".",
        "attr vague 'the minister' via 'said' => 'Estravia will shorten asylum appeals'
         attr named_organisation 'The company' via 'responded' => 'that the cases had been caused by seat covers'
         attr document 'the filings' via 'show' => 'The company responded that the cases had been caused by seat covers'
         attr vague 'He' via 'said' => 'the list had been rising \"long before anyone went on strike\"'
         attr vague 'He' via 'accused' => 'ministers of \"hiding behind doctors\"'",
    );
}

#[test]
fn a_group_noun_an_asker_and_the_one_told_leave_the_cue() {
    check(
        "Federal aviation regulators confirmed they would oversee the investigation. Asked by \
         reporters as he left the hall, he said only that he was tired. Growers said they had \
         been told by environmental regulators that licences could be suspended.",
        "attr vague 'Federal aviation regulators' via 'confirmed' => 'they would oversee the investigation'
         attr named_person 'he' via 'said only' => 'that he was tired'
         attr vague 'Growers' via 'said' => 'they had been told by environmental regulators that licences could be suspended'
         attr vague 'environmental regulators' via 'had been told' => 'that licences could be suspended'",
    );
}

#[test]
fn a_company_named_again_a_qualifying_organisation_word_and_a_participle_before_the_verb() {
    // "Kessler" after "Kessler Fastening Systems" is the company; "network" qualifies
    // "costs" and is no antecedent of "it"; "published last month" qualifies the polls.
    check(
        "The bolts were made by Kessler Fastening Systems, a supplier based in Ohio. Kessler \
         said it was reviewing the claims. The authority blamed higher gas prices. A rise in \
         network costs, used to upgrade the grid, accounts for about a quarter of the \
         increase, it said. Polls published last month suggested that 58 percent of voters \
         agree.",
        "attr named_organisation 'Kessler' via 'said' => 'it was reviewing the claims'
         attr named_organisation 'The authority' via 'blamed' => 'higher gas prices'
         attr named_organisation 'it' via 'said' => 'A rise in network costs, used to upgrade the grid, accounts for about a quarter of the increase' refers=The authority
         attr document 'Polls published last month' via 'suggested' => 'that 58 percent of voters agree'",
    );
}

#[test]
fn a_second_verb_after_an_object_is_the_same_sources() {
    // "began pushing" joins "disclosed" after its object: Harwell's, not the sentence's
    // subject's, and the object of "disclosed" ends before the "and".
    check(
        "The retailer has faced pressure since Harwell Partners, an activist investor, \
         disclosed a 7% stake in March and began pushing for a sale of the company.",
        "attr named_organisation 'Harwell Partners, an activist investor,' via 'disclosed' => 'a 7% stake in March'
         attr named_organisation 'Harwell Partners, an activist investor,' via 'began pushing for' => 'a sale of the company'",
    );
}

#[test]
fn asides_times_divided_groups_and_measures_passing() {
    // A speaker set off by commas after "which" says the relative clause; a time after an
    // inverted source is when it was said; a divided group holds the views; a bill that
    // passes says nothing; a document's noun before "may" is a noun.
    check(
        "The mayor ignored a second study which, he said, showed the fund solvent until 2041. \
         Four remain in hospital, a spokeswoman said late Thursday. Legal scholars are \
         divided on whether the law counts as a fiscal measure. The bill passed 148 to 144 \
         in the assembly. Some economists believe the savings estimate may be too optimistic.",
        "attr named_person 'he' via 'said' => 'which, he said, showed the fund solvent until 2041'
         attr vague 'a spokeswoman' via 'said' => 'Four remain in hospital'
         attr vague 'Legal scholars' via 'are divided on' => 'whether the law counts as a fiscal measure'
         attr vague 'Some economists' via 'believe' => 'the savings estimate may be too optimistic'",
    );
}

#[test]
fn impersonal_clauses_labels_approximations_and_asides() {
    // "It is thought" before a clause with no "that"; a one-word label before a colon is
    // no source; "about" before a number is the content's; a time then a comma after an
    // inverted source; a passive with an adverb and its agent; a phrase completing an
    // aside's clause.
    check(
        "It is thought the virus spread at a primary school. Verdict: Misleading and out of \
         date. The tracker says software companies have announced about 41,000 job cuts. \
         Lumora will cut 2,300 jobs, the company said Wednesday, as it reported its results. \
         The move was hotly criticized by economists. Analysts had expected $6.95 \
         billion, according to a consensus compiled by Pallas. He delivered it, he said, \
         either at the lake house or in a car park.",
        // The cue tagger as refitted in stop 42 takes "delivered" with its object for a cue
        // (PolNeAR marks "delivered" a dozen times, of speeches): wrong here, and left to
        // the tagger; what this checks is the aside's content after it.
        "attr anonymous - via 'It is thought' => 'the virus spread at a primary school'
         attr vague 'The tracker' via 'says' => 'software companies have announced about 41,000 job cuts'
         attr vague 'software companies' via 'have announced' => 'about 41,000 job cuts'
         attr named_organisation 'the company' via 'said' => 'Lumora will cut 2,300 jobs'
         attr named_organisation 'it' via 'reported' => 'its results' refers=company
         attr vague 'economists' via 'hotly criticized' => 'The move'
         attr vague 'Analysts' via 'had expected' => '$6.95 billion'
         attr vague 'a consensus compiled by Pallas' via 'according to' => 'Analysts had expected $6.95 billion'
         attr named_person 'He' via 'delivered' => 'it, he said, either at the lake house or in a car park'
         attr named_person 'he' via 'said' => 'He delivered it, he said, either at the lake house or in a car park'",
    );
}

#[test]
fn a_speaker_named_once_yields_to_the_protagonist_after_narration() {
    // Salcombe is named once, as the speaker of a quotation; after a paragraph of
    // narration "she" is the article's subject, Oduya-Hart, named three times; but a
    // "she" between them keeps the chain with Boateng.
    check(
        "Helen Oduya-Hart, the biochemist, has died. Oduya-Hart was 88. Colleagues \
         admired Oduya-Hart. \"She was exacting,\" recalled Dr. Ingrid Salcombe, a former \
         student.\n\nNot all of her positions were vindicated. In 1991 she argued that the \
         complex caused depression.",
        "attr named_person 'Dr. Ingrid Salcombe, a former student' via 'recalled' => '\"She was exacting,\"' quote
         attr named_person 'she' via 'argued' => 'that the complex caused depression' refers=Helen Oduya-Hart",
    );
    check(
        "Mayor Lucia Ortega disputed it. Ortega said so. Ortega was firm. \"It is a bump,\" \
         said Dr. Ama Boateng, a criminologist.\n\nShe was careful, though. The rise in \
         homicides, she noted, is real.",
        "attr named_person 'Dr. Ama Boateng, a criminologist' via 'said' => '\"It is a bump,\"' quote
         attr named_person 'she' via 'noted' => 'The rise in homicides, she noted, is real' refers=Ama Boateng",
    );
}

#[test]
fn a_relative_clauses_subject_is_the_source() {
    // After "who" (a plural noun, not a verb the tagger missed), or after a noun with no
    // pronoun, the subject of the relative clause says it, not the noun it qualifies.
    check(
        "It is a $1,299 device the company says can display messages.",
        "attr named_organisation 'the company' via 'says' => 'can display messages'",
    );
    check(
        "He named a former adviser who prosecutors say stole $6 million.",
        "attr named_person 'He' via 'named' => 'a former adviser who prosecutors say stole $6 million'
         attr vague 'prosecutors' via 'say' => 'stole $6 million'",
    );
}

#[test]
fn a_quoted_name_given_is_no_ones_words() {
    // A quotation after "headed", "titled" and the like names something: the speaker after
    // it says what follows, and "marked" before a quotation gives a label, not a clause.
    check(
        "In a section headed \"Overall assessment\", officials write that the rating had \
         been downgraded.",
        "attr vague 'officials' via 'write' => 'that the rating had been downgraded'",
    );
    check(
        "The document, marked \"official - sensitive\" and seen by this newspaper, was \
         prepared in March.",
        "attr anonymous - via 'marked' => '\"official - sensitive\"'",
    );
}

#[test]
fn the_addressee_of_told_before_a_colon_is_no_source() {
    // The programme or the paper told is who heard the words, not who said them; and the
    // pronoun after it still stands for the person named before.
    check(
        "Jane Cole is the health secretary. She told Radio Albion's Morning Report \
         programme: \"We will not cut a single bed.\"",
        "attr named_person 'She' via 'told' => '\"We will not cut a single bed.\"' quote refers=Jane Cole",
    );
    check(
        "Jane Cole is the health secretary. She told the BBC: \"We are ready.\"",
        "attr named_person 'She' via 'told' => '\"We are ready.\"' quote refers=Jane Cole",
    );
}

#[test]
fn a_byline_or_a_title_case_headline_names_no_one_a_pronoun_stands_for() {
    // The writer is no one the story quotes; a headline's capitals are its style.
    check(
        "Records Show Mayor Skipped Meetings\n\nBy Fiona McAllister\n\nThe bridge closed. \
         \"It was fine,\" she said.",
        "attr document 'Records' via 'Show' => 'Mayor Skipped Meetings'
         attr named_person 'she' via 'said' => '\"It was fine,\"' quote",
    );
    check(
        "New Report Says Rivers Are Dirtier\n\nThe river was tested.",
        "attr document 'New Report' via 'Says' => 'Rivers Are Dirtier'",
    );
}

#[test]
fn where_a_speaker_after_the_words_said_them_leaves_the_words_before() {
    // "in a filing with regulators" says where, as "on Tuesday" says when: the content is
    // the clause before the speaker.
    check(
        "Nexilon now expects revenue of $9.1 billion, the company said in a filing with \
         regulators, down from its previous range.",
        "attr named_organisation 'the company' via 'said' => 'Nexilon now expects revenue of $9.1 billion'",
    );
}

#[test]
fn the_one_person_an_opening_clause_names_is_the_pronoun_after_it() {
    check(
        "Derek Whitmore was arrested on Wednesday. Police Chief Ray Alvarez said the two \
         knew each other. When detectives interviewed Whitmore, he denied having been \
         inside the house.",
        "attr named_person 'Police Chief Ray Alvarez' via 'said' => 'the two knew each other'
         attr named_person 'he' via 'denied' => 'having been inside the house' refers=Derek Whitmore",
    );
}

#[test]
fn a_source_and_its_verb_of_saying_are_no_part_of_a_later_source() {
    check(
        "Campaigners who have been testing the river for years said the report confirmed \
         what they had been saying.",
        "attr vague 'Campaigners who have been testing the river for years' via 'said' => 'the report confirmed what they had been saying'
         attr document 'the report' via 'confirmed' => 'what they had been saying'",
    );
}

#[test]
fn a_place_and_its_state_close_a_speakers_appositive() {
    check(
        "Jessica Albright, 38, of Tempe, Arizona, said her car stalled on a freeway.",
        "attr named_person 'Jessica Albright, 38, of Tempe, Arizona,' via 'said' => 'her car stalled on a freeway'",
    );
    check(
        "A woman in Worcester, Massachusetts, told him she worries.",
        "attr vague 'A woman in Worcester, Massachusetts,' via 'told' => 'she worries'",
    );
}

#[test]
fn a_participle_in_an_opening_adverbial_says_nothing() {
    check(
        "Through a three-step process described in court filings, investigators narrowed \
         the list.",
        "",
    );
}

#[test]
fn by_and_a_manner_brings_no_agent() {
    check(
        "The plan was criticized by name in the report.",
        "attr anonymous - via 'was criticized' => 'The plan'",
    );
}

#[test]
fn a_name_with_an_acronym_is_an_organisation() {
    check(
        "NHS England said it was aware of the concerns.",
        "attr named_organisation 'NHS England' via 'said' => 'it was aware of the concerns'",
    );
    check(
        "\"Fuel pump failure can cause a stall,\" NHTSA said.",
        "attr named_organisation 'NHTSA' via 'said' => '\"Fuel pump failure can cause a stall,\"' quote",
    );
    // Initials alone are a person's as often as a body's.
    check(
        "JFK said we would go to the Moon.",
        "attr named_person 'JFK' via 'said' => 'we would go to the Moon'",
    );
}

#[test]
fn estimates_a_result_missed_are_no_cue() {
    check(
        "Revenue missed Wall Street estimates and fell 9 percent.",
        "",
    );
}

#[test]
fn what_someone_was_told_is_the_content() {
    check(
        "Residents were told they must leave by noon.",
        "attr anonymous - via 'were told' => 'they must leave by noon'",
    );
    // A thing told keeps its subject.
    check(
        "Jokes are told at every dinner.",
        "attr anonymous - via 'are told' => 'Jokes'",
    );
}

#[test]
fn where_a_second_verb_says_a_thing_is_no_source() {
    check(
        "The mayor declined to be interviewed but in a statement said she was confident.",
        "attr vague 'The mayor' via 'declined' => 'to be interviewed'
         attr vague 'The mayor' via 'said' => 'she was confident'",
    );
}

#[test]
fn a_live_report_time_stamp_is_no_content() {
    // (This file's sentence splitter ends a sentence at "p.m. ", so the stamps here have
    // none; `clock_stamp_end` takes "a.m." and "p.m." too.)
    check(
        "11:52 — The storm made landfall near Cocodrie, the hurricane center said.",
        "attr named_organisation 'the hurricane center' via 'said' => 'The storm made landfall near Cocodrie'",
    );
    check(
        "9:40 EDT — Crews were staged, the utility said.",
        "attr named_organisation 'the utility' via 'said' => 'Crews were staged'",
    );
}

#[test]
fn a_page_label_in_capitals_is_no_source() {
    check(
        "LIVE UPDATES: Hurricane Marisol makes landfall on the Louisiana coast",
        "",
    );
}

#[test]
fn that_after_a_preposition_is_a_determiner_in_the_source() {
    check(
        "The athletic director at that school said he had nothing to do with it.",
        "attr vague 'The athletic director at that school' via 'said' => 'he had nothing to do with it'",
    );
}

#[test]
fn states_says_only_after_a_document() {
    check(
        "\"He made a business decision,\" the filing states.",
        "attr document 'the filing' via 'states' => '\"He made a business decision,\"' quote",
    );
    check(
        "Officials in several states said the rule was unfair.",
        "attr vague 'Officials in several states' via 'said' => 'the rule was unfair'",
    );
}

#[test]
fn a_group_noun_after_a_compound_or_a_conjunction_opens_the_source() {
    check(
        "Opposition critics and an independent think tank questioned whether the plan can survive.",
        "attr vague 'Opposition critics and an independent think tank' via 'questioned' => 'whether the plan can survive'",
    );
    check(
        "The budget passed easily, but opposition critics questioned whether it can survive.",
        "attr vague 'opposition critics' via 'questioned' => 'whether it can survive'",
    );
}

#[test]
fn a_verb_after_and_shares_a_documents_subject() {
    check(
        "The complaint seeks damages and alleges that he lied.",
        "attr document 'The complaint' via 'alleges' => 'that he lied'",
    );
}

#[test]
fn a_participle_after_a_clause_that_and_opens_is_that_clauses() {
    check(
        "The producers never replied, and Malloway repeated the allegations, adding that the actress had lied.",
        // Repeating claims is saying them again, a cue as PolNeAR marks it ("repeated his
        // promise to repeal").
        "attr named_person 'Malloway' via 'repeated' => 'the allegations'
         attr named_person 'Malloway' via 'adding' => 'that the actress had lied'",
    );
}

#[test]
fn a_verb_of_saying_takes_no_noun_into_its_cue() {
    check(
        "Emergency Management Victoria confirmed relief centres had been opened at Bairnsdale.",
        "attr named_person 'Emergency Management Victoria' via 'confirmed' => 'relief centres had been opened at Bairnsdale'",
    );
}

#[test]
fn a_plural_of_a_profession_opens_the_source() {
    check(
        "Fire ecologists cautioned against drawing conclusions while the fire was still running.",
        "attr vague 'Fire ecologists' via 'cautioned against' => 'drawing conclusions while the fire was still running'",
    );
}

#[test]
fn claiming_a_title_is_no_saying() {
    check(
        "Dvorska beat Reddick in the final on Saturday, claiming her first grand slam title.",
        "",
    );
}

#[test]
fn a_noun_of_saying_as_a_subject_is_no_cue() {
    check("That claim could not be independently verified.", "");
    check(
        "He pointed to a line in the estimates that assumes roughly 600 posts will stay vacant.",
        "attr named_person 'He' via 'pointed to' => 'a line in the estimates that assumes roughly 600 posts will stay vacant'",
    );
}

#[test]
fn according_to_after_a_clause_with_its_own_cue_covers_the_last_clause() {
    check(
        "NASA officials said the satellite cost $118 million, and it was not insured, according to a person familiar with the contract.",
        "attr vague 'NASA officials' via 'said' => 'the satellite cost $118 million'
         attr vague 'a person familiar with the contract' via 'according to' => 'it was not insured'",
    );
}

#[test]
fn an_infinitive_opens_the_content_and_its_that_is_its_own() {
    check(
        "The campaign was still hoping to pick up delegates in states that award them proportionally.",
        "attr vague 'The campaign' via 'was still hoping' => 'to pick up delegates in states that award them proportionally'",
    );
    // With a "that" soon after, "to" and a noun after a verb of saying are the one told.
    check(
        "The partnership said in a letter to council members that transit was essential.",
        "attr vague 'The partnership' via 'said' => 'that transit was essential'",
    );
}

#[test]
fn that_after_a_preposition_opens_no_content() {
    check(
        "Official figures show a substantial rise over that period, but nowhere near a threefold increase.",
        "attr document 'Official figures' via 'show' => 'a substantial rise over that period, but nowhere near a threefold increase'",
    );
}

#[test]
fn a_participle_aside_after_a_conjunction_keeps_the_subject_before_it() {
    check(
        "Officials have not said how many people left, though one official, speaking on condition of anonymity, estimated that thousands stayed.",
        "attr vague 'Officials' via 'have not said' => 'how many people left'
         attr vague 'one official' via 'estimated' => 'that thousands stayed'",
    );
}

#[test]
fn a_participle_after_a_preposition_is_an_adjective_in_the_source() {
    check(
        "Radiocarbon dates from charred timber at the base of the posts suggest it was built in the seventh century.",
        "attr vague 'Radiocarbon dates from charred timber at the base of the posts' via 'suggest' => 'it was built in the seventh century'",
    );
}

#[test]
fn a_title_in_quotation_marks_after_a_noun_is_no_quotation() {
    check(
        "Reyes-Holt, who earned a nomination for her role in the legal drama \"Counsel for the Damned,\" has declined to comment on the allegations.",
        "attr named_person 'Reyes-Holt, who earned a nomination for her role in the legal drama \"Counsel for the Damned,\"' via 'has declined' => 'to comment on the allegations'",
    );
}

#[test]
fn an_agentless_cue_in_a_relative_clause_with_no_comma_covers_the_clause() {
    check(
        "Castellano and a local businessman who is believed to be cooperating with investigators, steered contracts to favored firms.",
        "attr anonymous - via 'is believed' => 'who is believed to be cooperating with investigators'",
    );
}

#[test]
fn a_naming_passive_and_a_participle_qualifying_a_noun_are_no_saying() {
    check(
        "Castellano and a longtime associate, identified only as \"Co-Conspirator 1,\" steered contracts to favored firms.",
        "",
    );
    check(
        "Four crew members insist that the incidents described never occurred.",
        "attr vague 'Four crew members' via 'insist' => 'that the incidents described never occurred'",
    );
}

#[test]
fn who_after_a_place_with_no_person_before_stands_for_the_role() {
    check(
        "At least five people were injured, according to a spokesperson for a private hospital in Ikeja, who said the injuries were mostly from falls.",
        "attr vague 'a spokesperson for a private hospital in Ikeja' via 'according to' => 'At least five people were injured'
         attr vague 'who' via 'said' => 'the injuries were mostly from falls' refers=a spokesperson",
    );
}

#[test]
fn initials_in_capitals_that_spell_who_are_no_relative_pronoun() {
    // The source is WHO itself, standing for nothing before it. (Its kind is vague: the
    // name finder reads the document's lower-case "who", which the cue tagger's features
    // share, so it finds no name there.)
    check(
        "The outbreak has killed 40 people, WHO said on Tuesday.",
        "attr vague 'WHO' via 'said' => 'The outbreak has killed 40 people'",
    );
}

#[test]
fn reporting_for_a_shift_is_no_saying() {
    check(
        "Halden insisted that 40 per cent of the workforce had reported for their shifts and that one line was running.",
        "attr named_person 'Halden' via 'insisted' => 'that 40 per cent of the workforce had reported for their shifts and that one line was running'",
    );
}

#[test]
fn treasury_notes_that_rose_are_bonds() {
    check(
        "Ten-year Treasury notes rose after the report, and the dollar fell.",
        "",
    );
}

#[test]
fn an_agentless_warning_takes_the_clause_after_it() {
    check(
        "Tenants were warned that the boiler could fail again this winter.",
        "attr anonymous - via 'were warned' => 'that the boiler could fail again this winter'",
    );
}

#[test]
fn a_place_phrase_after_the_one_told_is_not_what_was_told() {
    check(
        "Okafor told reporters outside the hearing that she would appeal.",
        "attr named_person 'Okafor' via 'told' => 'that she would appeal'",
    );
}

#[test]
fn an_aside_after_the_one_told_leaves_the_clause_before() {
    check(
        "The pump failed twice in March, an engineer told reporters, speaking on condition of anonymity because the review was not finished.",
        "attr vague 'an engineer' via 'told' => 'The pump failed twice in March'",
    );
}

#[test]
fn a_reflexive_does_not_decide_the_kind_of_a_named_source() {
    check(
        "Delacroix herself wrote on Facebook that the appeal would go ahead.",
        "attr named_person 'Delacroix herself' via 'wrote on Facebook' => 'that the appeal would go ahead'",
    );
}

#[test]
fn party_and_role_before_a_first_name_make_a_person() {
    check(
        "The Labour MP Gareth Pryor said the budget was unfair.",
        "attr named_person 'The Labour MP Gareth Pryor' via 'said' => 'the budget was unfair'",
    );
}

#[test]
fn an_age_before_a_participle_aside_is_the_source() {
    check(
        "The 19-year-old, speaking after the final, said he had never felt calmer.",
        "attr vague 'The 19-year-old' via 'said' => 'he had never felt calmer'",
    );
}

#[test]
fn the_verb_that_prompts_is_not_in_the_source() {
    check(
        "The river rose overnight, prompting county officials to warn that roads could close.",
        "attr vague 'county officials' via 'to warn' => 'that roads could close'",
    );
}

#[test]
fn a_clause_of_what_was_going_on_leaves_a_source_after_its_cue() {
    check(
        "\"It was chaos,\" said Ines Varga, a nurse from Szeged, as she loaded the van.",
        "attr named_person 'Ines Varga, a nurse from Szeged' via 'said' => '\"It was chaos,\"' quote",
    );
}

#[test]
fn a_plural_noun_before_the_verb_ends_the_source() {
    check(
        "A network of tenant associations warned that rents would rise.",
        "attr named_organisation 'A network of tenant associations' via 'warned' => 'that rents would rise'",
    );
}

#[test]
fn a_noun_after_a_and_a_noun_is_no_cue() {
    check(
        "The firm said it was preparing a group claim for damages.",
        "attr named_organisation 'The firm' via 'said' => 'it was preparing a group claim for damages'",
    );
}

#[test]
fn a_short_name_of_an_organisation_named_before_is_that_organisation() {
    check(
        "Veldmark Holdings said on Monday that it would close two depots. Veldmark said the closures would affect 300 jobs.",
        "attr named_organisation 'Veldmark Holdings' via 'said' => 'that it would close two depots'\n\
         attr named_organisation 'Veldmark' via 'said' => 'the closures would affect 300 jobs'",
    );
}

#[test]
fn the_object_of_a_verb_of_reporting_a_figure_ends_before_a_new_clause() {
    check(
        "Ostrava Industries reported a loss of $12 million for the quarter, but its shares rose in early trading.",
        "attr named_organisation 'Ostrava Industries' via 'reported' => 'a loss of $12 million for the quarter'",
    );
}

#[test]
fn a_noun_heading_another_source_is_no_cue_of_its_own() {
    check(
        "The coach is said to have met the owners in Milan, reports in Italy claimed.",
        "attr document 'reports in Italy' via 'claimed' => 'The coach is said to have met the owners in Milan'",
    );
}

#[test]
fn raising_concerns_is_the_subjects_saying() {
    check(
        "Several parents raised concerns that the new route was unsafe.",
        "attr vague 'Several parents' via 'raised concerns' => 'that the new route was unsafe'",
    );
}

#[test]
fn a_relative_that_after_a_word_for_people_is_the_source() {
    check(
        "The vote was forced by Harrowgate Capital, an activist investor that disclosed a 3 percent stake in May.",
        "attr vague 'that' via 'disclosed' => 'a 3 percent stake in May' refers=an activist investor",
    );
}

#[test]
fn a_document_before_the_agent_of_its_participle_is_the_source() {
    check(
        "A poll of 800 residents commissioned by the council in March found that most opposed the plan.",
        "attr document 'A poll of 800 residents commissioned by the council' via 'found' => 'that most opposed the plan'",
    );
}

#[test]
fn an_ampersand_joins_the_name_in_a_speaker_after_a_quotation() {
    check(
        "\"We stand by every page,\" a Dunmore & Pike spokesman said in an email.",
        "attr vague 'a Dunmore & Pike spokesman' via 'said' => '\"We stand by every page,\"' quote",
    );
}

#[test]
fn a_cue_of_auxiliaries_and_adverbs_alone_is_no_cue() {
    check(
        "It is unclear whether the truce, which was never formally ratified, will last.",
        "",
    );
}

#[test]
fn a_noun_of_claiming_after_a_demonstrative_is_no_cue() {
    check(
        "The ministry called that claim \"a distortion\".",
        "attr named_organisation 'The ministry' via 'called' => 'that claim \"a distortion\"'",
    );
}

#[test]
fn a_question_put_runs_past_an_appositive_to_the_answer() {
    check(
        "Asked whether the treasurer, Joan Petrie, had resigned, Mr. Odell said she had not.",
        "attr anonymous - via 'Asked' => 'whether the treasurer, Joan Petrie, had resigned'\n\
         attr named_person 'Mr. Odell' via 'said' => 'she had not'",
    );
}

#[test]
fn a_fronted_phrase_or_an_expletive_before_a_speaker_aside_gives_the_whole_sentence() {
    check(
        "Of the 60 flats built last year, she said, 40 were sold to investors.",
        "attr named_person 'she' via 'said' => 'Of the 60 flats built last year, she said, 40 were sold to investors'",
    );
    check(
        "It is also likely, the report concedes, that some cases were never recorded.",
        "attr document 'the report' via 'concedes' => 'It is also likely, the report concedes, that some cases were never recorded'",
    );
}

#[test]
fn a_surname_named_again_alone_is_a_person_a_pronoun_can_stand_for() {
    // "Bram" is no first name of the lexicon; the surname opening a later sentence makes
    // him a person all the same.
    check(
        "Mara Quist wrote that the ballad was about her. Bram Oster's band never played it live. Oster, who rarely speaks to the press, keeps a small website. The song, he wrote, is about a ferry.",
        "attr named_person 'Mara Quist' via 'wrote' => 'that the ballad was about her'\n\
         attr named_person 'he' via 'wrote' => 'The song, he wrote, is about a ferry' refers=Bram Oster",
    );
}

#[test]
fn a_pronoun_speaker_is_not_the_person_her_own_quotation_names() {
    check(
        "Senator Amaka Obi thanked her rival. \"I extend my hand to Chief Uzor,\" she said.",
        "attr named_person 'Senator Amaka Obi' via 'thanked' => 'her rival'\n\
         attr named_person 'she' via 'said' => '\"I extend my hand to Chief Uzor,\"' quote refers=Amaka Obi",
    );
}

#[test]
fn a_name_of_a_system_after_a_role_word_is_no_person() {
    check(
        "Okeke alleged that votes exceeded the count on the Regional Voter Registration System. He asked the court to annul them.",
        "attr named_person 'Okeke' via 'alleged' => 'that votes exceeded the count on the Regional Voter Registration System'\n\
         attr named_person 'He' via 'asked' => 'the court to annul them' refers=Okeke",
    );
}

#[test]
fn a_body_told_at_the_end_of_a_headline_is_no_source() {
    check(
        "Nurse ignored alarms on night ward, inquest told",
        "attr anonymous - via 'told' => 'Nurse ignored alarms on night ward'",
    );
}

#[test]
fn an_ampersand_joins_a_firms_name_which_is_an_organisation() {
    check(
        "Garrow & Lint said the shipment was late. Ola Reyes of Garrow & Lint said it was not. KT&B has denied that any plan was approved.",
        "attr named_organisation 'Garrow & Lint' via 'said' => 'the shipment was late'\n\
         attr named_person 'Ola Reyes of Garrow & Lint' via 'said' => 'it was not'\n\
         attr named_organisation 'KT&B' via 'has denied' => 'that any plan was approved'",
    );
}

#[test]
fn a_country_or_a_capital_as_a_source_is_its_government() {
    check(
        "Norway said the quota was unfair. New Delhi insists that supply is ample.",
        "attr named_organisation 'Norway' via 'said' => 'the quota was unfair'\n\
         attr named_organisation 'New Delhi' via 'insists' => 'that supply is ample'",
    );
    // A place that is a person's surname in the article stays that person.
    check(
        "The actor Dana Lisbon arrived late. Lisbon said the film was long.",
        "attr named_person 'Lisbon' via 'said' => 'the film was long'",
    );
    // Places in an appositive name no one in the source.
    check(
        "Some member states, including Spain and Poland, have called for new rules.",
        "attr vague 'Some member states, including Spain and Poland,' via 'have called for' => 'new rules'",
    );
}

#[test]
fn a_cue_that_says_nothing_does_not_speak_the_quotation_before_it() {
    check(
        "In a post on Sunday, he wrote: \"I gave everything. Thank you.\" He did not respond to requests for further comment.",
        "attr named_person 'he' via 'wrote:' => '\"I gave everything. Thank you.\"' quote\n\
         attr named_person 'He' via 'did not respond to' => 'requests for further comment'",
    );
}

#[test]
fn a_quotation_opening_inside_the_writers_sentence_gives_the_sentence() {
    check(
        "The ministry has no plans to intervene \"at this stage\", she told parliament on Tuesday.",
        "attr named_person 'she' via 'told' => 'The ministry has no plans to intervene \"at this stage\"'",
    );
}

#[test]
fn a_document_dated_by_a_month_is_no_person() {
    check(
        "An audit report dated May 12, which was obtained by the paper, said the tanks leaked.",
        "attr document 'An audit report dated May 12, which was obtained by the paper,' via 'said' => 'the tanks leaked'",
    );
}

#[test]
fn a_first_name_and_surname_described_by_their_work_are_a_person() {
    check(
        "Johan Brink, a crane operator with 22 years at the port, said the tenders were out.",
        "attr named_person 'Johan Brink, a crane operator with 22 years at the port,' via 'said' => 'the tenders were out'",
    );
}

#[test]
fn a_content_ends_at_a_quotation_closing_before_another_sources_clause() {
    check(
        "Chairman Walt Brisk said he expected a vote \"within two weeks,\" and aides in both parties said she was likely to be confirmed.",
        "attr named_person 'Chairman Walt Brisk' via 'said' => 'he expected a vote \"within two weeks,\"'\n\
         attr vague 'aides in both parties' via 'said' => 'she was likely to be confirmed'",
    );
}

#[test]
fn an_apposition_calling_a_name_an_organisation_outweighs_a_role_word_opening_it() {
    check(
        "Passenger Rights Network, a consumer group, said that fares were higher.",
        "attr named_organisation 'Passenger Rights Network, a consumer group,' via 'said' => 'that fares were higher'",
    );
    check(
        "The train, run by the state carrier Railvia, left the rails. Railvia declined to comment on its speed.",
        "attr named_organisation 'Railvia' via 'declined' => 'to comment on its speed'",
    );
}

#[test]
fn a_pronoun_refers_to_the_titled_person_not_the_place_ending_the_source() {
    check(
        "Judge Ann Kamau of the High Court in Mombasa found that the lease was void. She also ordered the company to pay.",
        "attr named_person 'Judge Ann Kamau of the High Court in Mombasa' via 'found' => 'that the lease was void'\n\
         attr named_person 'She' via 'also ordered' => 'the company to pay' refers=Ann Kamau",
    );
}

#[test]
fn a_capital_opening_its_sentence_alone_is_its_government() {
    check(
        "Officials said planes would come. Brussels has not yet confirmed the deployment.",
        "attr vague 'Officials' via 'said' => 'planes would come'\n\
         attr named_organisation 'Brussels' via 'has not yet confirmed' => 'the deployment'",
    );
}

#[test]
fn a_name_in_a_clause_of_an_unnamed_sources_appositive_names_no_one() {
    check(
        "Prof. Adrian Kessler denied wrongdoing. He said the findings were flawed. One scientist, who asked not to be named because she works with Kessler's group, said the episode was sad. \"That is unfair,\" she said.",
        "attr named_person 'He' via 'said' => 'the findings were flawed' refers=Adrian Kessler\n\
         attr vague 'One scientist, who asked not to be named because she works with Kessler's group,' via 'said' => 'the episode was sad'\n\
         attr vague 'she' via 'said' => '\"That is unfair,\"' quote",
    );
}

#[test]
fn a_long_speaker_after_a_quotation_speaks_it_when_nothing_said_follows() {
    check(
        "\"This was not bad luck,\" the US attorney for the Eastern District of New York said at a news conference on Monday. \"It was a lie.\"",
        "attr vague 'the US attorney for the Eastern District of New York' via 'said' => '\"This was not bad luck,\" the US attorney for the Eastern District of New York said at a news conference on Monday. \"It was a lie.\"' quote",
    );
}

#[test]
fn a_phrase_of_how_before_the_source_is_no_content() {
    let text = "Through his lawyer, Varga has denied wrongdoing.";
    let attrs: Vec<String> = render(&classify(text))
        .into_iter()
        .filter(|l| l.starts_with("attr"))
        .collect();
    assert_eq!(attrs, Vec::<String>::new(), "\ntext: {text}");
    check(
        "Volunteers came. Children have painted the names of all nine miners on a sheet.",
        "attr vague 'Children' via 'have painted' => 'the names of all nine miners on a sheet'",
    );
}

#[test]
fn a_web_address_is_one_source_and_an_organisation() {
    check(
        "Rents rose. Shop.ly said the cuts were needed. A statement posted on the website GunMart.com said listings were checked.",
        "attr named_organisation 'Shop.ly' via 'said' => 'the cuts were needed'\n\
         attr document 'A statement posted on the website GunMart.com' via 'said' => 'listings were checked'",
    );
}

#[test]
fn a_claim_noun_before_an_object_relative_is_no_part_of_its_source() {
    check(
        "Critics argue that tax rises have added to price pressures, a charge ministers deny.",
        "attr vague 'Critics' via 'argue' => 'that tax rises have added to price pressures'\n\
         attr vague 'ministers' via 'deny' => 'Critics argue that tax rises have added to price pressures'",
    );
}

#[test]
fn a_quotation_resumes_after_a_speaker_with_a_bare_role_appositive() {
    check(
        "\u{201c}The door to a spring cut,\u{201d} said Ilona Marek, chief economist at \
         Sandbrook Capital, \u{201c}is not closed.\u{201d}",
        "attr named_person 'Ilona Marek, chief economist at Sandbrook Capital,' via 'said' => '\u{201c}The door to a spring cut,\u{201d} said Ilona Marek, chief economist at Sandbrook Capital, \u{201c}is not closed.\u{201d}' quote",
    );
}

#[test]
fn a_company_word_ends_an_organisation_name_but_alone_is_a_noun() {
    check(
        "Grayson Electric says about 6,200 customers remain without power.",
        "attr named_organisation 'Grayson Electric' via 'says' => 'about 6,200 customers remain without power'",
    );
    check(
        "Electric buses will replace diesel ones, Mayor Ruth Okafor said.",
        "attr named_person 'Mayor Ruth Okafor' via 'said' => 'Electric buses will replace diesel ones'",
    );
}

#[test]
fn military_titles_and_hyphened_particles_stay_in_a_name() {
    // "Maj." is a title, its stop the word's; "al-" written onto a surname goes on the name.
    // (The article splitter's titles, "Brig." among them, are tested in claimsift-extract.)
    check(
        "In a statement, army spokesman Maj. Gen. Idris al-Mahdi said the convoy had been \
         attacked.",
        "attr named_person 'army spokesman Maj. Gen. Idris al-Mahdi' via 'said' => 'the convoy had been attacked'",
    );
}

#[test]
fn who_after_a_party_label_stands_for_the_member_named() {
    check(
        "The sharpest questions came from Sen. Maria Lund, D-Minn., who said the grain \
         payments broke the rules. Rep. Tom Hale (R-Okla.), who chairs the panel, warned \
         that the hearing would resume.",
        "attr named_person 'who' via 'said' => 'the grain payments broke the rules' refers=Sen. Maria Lund
         attr named_person 'Rep. Tom Hale (R-Okla.), who chairs the panel,' via 'warned' => 'that the hearing would resume'",
    );
}

#[test]
fn a_participle_after_a_quotation_ending_in_a_comma_has_the_clause_subject() {
    check(
        "The Harlow Budget Project, a conservative group, claimed that earlier grants had \
         been \"riddled with waste,\" citing a watchdog's report.",
        "attr named_organisation 'The Harlow Budget Project, a conservative group,' via 'claimed' => 'that earlier grants had been \"riddled with waste,\"'
         attr named_organisation 'The Harlow Budget Project, a conservative group,' via 'citing' => 'a watchdog's report'",
    );
}

#[test]
fn a_figure_put_on_a_noun_says_nothing_and_an_expletive_names_no_one() {
    check(
        "She inherits a system in which a budget gap estimated at $48 million looms next \
         year. There's broad agreement that the fares must fall.",
        "attr anonymous - via ''s broad agreement' => 'that the fares must fall'",
    );
    check(
        "The campaign estimated at least 3,000 people attended.",
        "attr vague 'The campaign' via 'estimated' => 'at least 3,000 people attended'",
    );
}

#[test]
fn declining_to_comment_on_claims_keeps_its_infinitive() {
    check(
        "The minister declined to comment on claims that she had resigned.",
        "attr vague 'The minister' via 'declined' => 'to comment on claims that she had resigned'",
    );
}

#[test]
fn a_dateline_with_a_country_or_state_is_no_content() {
    check(
        "BEIRA, Mozambique, Feb 20 (AFP) - At least 63 people have been killed, the agency \
         said on Thursday.\n\nHAYWARD, Calif., Jan. 5 (AP) - Two roads were closed, \
         officials said.",
        "attr named_organisation 'the agency' via 'said' => 'At least 63 people have been killed'
         attr vague 'officials' via 'said' => 'Two roads were closed'",
    );
}

#[test]
fn a_speaker_after_a_quotation_may_hold_an_acronym_in_parentheses() {
    check(
        "\"We have teams on the water,\" Rosa Tembe, a spokeswoman for the National Institute \
         for Disaster Risk Management (INGD), told reporters by telephone.",
        "attr named_person 'Rosa Tembe, a spokeswoman for the National Institute for Disaster Risk Management (INGD),' via 'told' => '\"We have teams on the water,\"' quote",
    );
    // A nickname in quotation marks inside a name is no quotation.
    check(
        "In Casper, the campaign was represented by Gov. C.L. \"Butch\" Otter (R-Idaho), who \
         said the state would decide.",
        "attr named_person 'who' via 'said' => 'the state would decide' refers=Otter",
    );
}

#[test]
fn estimates_that_show_are_the_noun() {
    // No "Preliminary" saying through "estimates". ("show" is no cue of the lexicons,
    // which hold "shows" and "showed", and the tagger does not take it here.)
    check(
        "Preliminary estimates show that more than 41,000 homes have been damaged.",
        "",
    );
}

#[test]
fn a_body_or_person_told_or_asked_in_the_passive_is_no_content() {
    check(
        "The jury was told the victim suffered multiple injuries to the head.",
        "attr anonymous - via 'was told' => 'the victim suffered multiple injuries to the head'",
    );
    check(
        "A builder killed his business partner over a debt, a Sydney jury has been told.",
        "attr anonymous - via 'has been told' => 'A builder killed his business partner over a debt'",
    );
    check(
        "She was asked whether her campaign was ready for the attack ads.",
        "attr anonymous - via 'was asked' => 'whether her campaign was ready for the attack ads'",
    );
}

#[test]
fn an_acronym_in_brackets_after_according_to_is_the_sources() {
    check(
        "According to the Kenya National Bureau of Statistics (KNBS), transport costs rose 9.2 \
         per cent.",
        "attr named_organisation 'the Kenya National Bureau of Statistics (KNBS)' via 'According to' => 'transport costs rose 9.2 per cent'",
    );
}

#[test]
fn things_added_claims_owned_and_people_known_to_police_say_nothing() {
    check(
        "Compliance with the rules added between 3% and 4% to average bills.",
        "",
    );
    check(
        "The presidency circulated a text on Monday that trimmed the headline figure and added \
         a new rebate mechanism for net contributors.",
        "",
    );
    check(
        "The board said the union's claim would cost an estimated $1.2 billion.",
        "attr named_organisation 'The board' via 'said' => 'the union's claim would cost an estimated $1.2 billion'",
    );
    check("He was known to gardaí and had no serious convictions.", "");
}

#[test]
fn a_passive_inside_what_records_show_has_its_own_subject_and_agent() {
    check(
        "Federal records show the plant was cited by the Occupational Safety and Health \
         Administration twice in the past four years.",
        "attr document 'Federal records' via 'show' => 'the plant was cited by the Occupational Safety and Health Administration twice in the past four years'
         attr named_organisation 'the Occupational Safety and Health Administration' via 'was cited' => 'the plant'",
    );
}

#[test]
fn a_verb_after_an_aside_and_one_coordinated_with_it_share_the_subject() {
    check(
        "The group, in a statement carried by its television channel, denied the claims and \
         said all those killed were civilians.",
        "attr named_organisation 'The group' via 'denied' => 'the claims'
         attr named_organisation 'The group' via 'said' => 'all those killed were civilians'",
    );
    check(
        "Dr. Isabelle Moreau, a planetary scientist who was not involved in the study, called \
         the measurements a step forward but said the debate was unlikely to be settled soon.",
        "attr named_person 'Dr. Isabelle Moreau, a planetary scientist who was not involved in the study,' via 'called' => 'the measurements a step forward'
         attr named_person 'Dr. Isabelle Moreau, a planetary scientist who was not involved in the study,' via 'said' => 'the debate was unlikely to be settled soon'",
    );
}

#[test]
fn what_a_court_or_jury_heard_is_attributed_to_it() {
    check(
        "The court heard Mr Whitmore found out in early July that his partner had taken a loan.",
        "attr named_organisation 'The court' via 'heard' => 'Mr Whitmore found out in early July that his partner had taken a loan'
         attr named_person 'Mr Whitmore' via 'found' => 'that his partner had taken a loan'",
    );
    check(
        "Mr Whitmore had borrowed $400,000 without his partner's knowledge, the jury heard.",
        "attr vague 'the jury' via 'heard' => 'Mr Whitmore had borrowed $400,000 without his partner's knowledge'",
    );
    check(
        "The court heard evidence from three witnesses on Tuesday.",
        "",
    );
}

#[test]
fn a_heading_or_a_dateline_in_capitals_before_a_colon_is_no_speaker() {
    check(
        "Water dispute flares up\n\nHYDERABAD: The long-running dispute between the two states \
         flared up again on Thursday.",
        "",
    );
    check(
        "Fact check\n\nTHE CLAIM: \"Your electric bill has gone up 60%.\"",
        "",
    );
}

#[test]
fn a_serial_list_before_a_cue_is_the_whole_source() {
    check(
        "Board members Dr. Samuel Ito, Angela Whitehorse and Tom Brezinski said the plan was \
         flawed.",
        "attr named_person 'Board members Dr. Samuel Ito, Angela Whitehorse and Tom Brezinski' via 'said' => 'the plan was flawed'",
    );
    check(
        "France, Germany and Italy said the deal was fair.",
        "attr named_organisation 'France, Germany and Italy' via 'said' => 'the deal was fair'",
    );
    // An adverbial phrase before a comma opens no list.
    check(
        "In Paris, Smith and Brown said the deal was fair.",
        "attr named_person 'Smith and Brown' via 'said' => 'the deal was fair'",
    );
}

#[test]
fn a_surname_stands_for_the_person_not_a_business_named_after_them() {
    check(
        "Owner Giuseppe Di Marco said the decision was hard. A council spokesperson confirmed \
         that Trattoria Di Marco had applied for a re-inspection. Mr Di Marco said his staff \
         would receive redundancy pay. He hopes a new tenant might keep the premises.",
        "attr named_person 'Owner Giuseppe Di Marco' via 'said' => 'the decision was hard'
         attr vague 'A council spokesperson' via 'confirmed' => 'that Trattoria Di Marco had applied for a re-inspection'
         attr named_person 'Mr Di Marco' via 'said' => 'his staff would receive redundancy pay'
         attr named_person 'He' via 'hopes' => 'a new tenant might keep the premises' refers=Giuseppe Di Marco",
    );
}

#[test]
fn who_after_a_party_label_or_a_group_after_a_preposition_has_its_antecedent() {
    check(
        "Rep. Lorena Castellanos, Republican of Arizona, who has said she will oppose the bill, \
         spoke first.",
        "attr named_person 'who' via 'has said' => 'she will oppose the bill, spoke first' refers=Rep. Lorena Castellanos",
    );
    check(
        "The data will add to pressure on ministers, who have promised a crackdown on bonuses.",
        "attr vague 'who' via 'have promised' => 'a crackdown on bonuses' refers=ministers",
    );
}

#[test]
fn a_country_and_a_nationality_noun_are_of_their_kinds() {
    check(
        "Israel has carried out strikes, saying Hezbollah is rearming.",
        "attr named_organisation 'Israel' via 'saying' => 'Hezbollah is rearming'",
    );
    check(
        "The Dutchman told Sky Sports that his side had stopped doing the basics.",
        "attr named_person 'The Dutchman' via 'told' => 'that his side had stopped doing the basics'",
    );
}

#[test]
fn a_document_states_what_it_holds() {
    check(
        "A report seen by the Advertiser states that the officer found a broken fridge.",
        "attr document 'A report seen by the Advertiser' via 'states' => 'that the officer found a broken fridge'",
    );
    check(
        "Several states said the law was unfair.",
        "attr vague 'Several states' via 'said' => 'the law was unfair'",
    );
}

#[test]
fn what_a_placard_reads_is_the_placards() {
    check(
        "Hundreds of nurses lined the avenue, waving placards reading \"Safe staffing saves \
         lives\".",
        "attr vague 'placards' via 'reading' => '\"Safe staffing saves lives\"' quote",
    );
}

#[test]
fn a_time_and_a_dash_after_a_trailing_cue_leave_the_clause_before_its_content() {
    check(
        "The singer has postponed 14 dates of her tour, her rep confirmed Monday — just days \
         after fans noticed she had unfollowed her fiance.",
        "attr vague 'her rep' via 'confirmed' => 'The singer has postponed 14 dates of her tour'
         attr vague 'fans' via 'noticed' => 'she had unfollowed her fiance'",
    );
}

#[test]
fn what_a_trailing_cue_says_starts_after_a_colon() {
    check(
        "It is in line with national trends: the average price rose about 25% over the same \
         period, EIA data show.",
        "attr document 'EIA data' via 'show' => 'the average price rose about 25% over the same period'",
    );
}

#[test]
fn a_request_put_to_the_speaker_ends_at_its_comma() {
    check(
        "Asked for the source of the claim, Tyler Broussard, a spokesperson for the campaign, \
         pointed to a bill from a constituent.",
        "attr anonymous - via 'Asked for' => 'the source of the claim'
         attr named_person 'Tyler Broussard, a spokesperson for the campaign,' via 'pointed to' => 'a bill from a constituent'",
    );
}

#[test]
fn a_quotation_resumed_after_a_participle_phrase_about_the_speaker_is_one_content() {
    check(
        "\"We are,\" she said, pausing at the door of a campaign van, \"more ready than anybody \
         thinks.\"",
        "attr named_person 'she' via 'said' => '\"We are,\" she said, pausing at the door of a campaign van, \"more ready than anybody thinks.\"' quote",
    );
}

#[test]
fn a_result_posted_is_no_post() {
    check(
        "Oil prices rose nearly 4% on Tuesday, posting their biggest one-day gain in seven weeks.",
        "",
    );
    check(
        "Palin posted a photo of herself and her son.",
        "attr named_person 'Palin' via 'posted' => 'a photo of herself and her son'",
    );
}

#[test]
fn a_party_label_before_an_appositive_keeps_the_name() {
    check(
        "Sen. Ann Whitford, D-Lancaster, the ranking Democrat on the committee, said the \
         forecast was a scare tactic.",
        "attr named_person 'Sen. Ann Whitford, D-Lancaster, the ranking Democrat on the committee,' via 'said' => 'the forecast was a scare tactic'",
    );
}

#[test]
fn a_source_opens_after_an_earlier_cue_and_a_preposition() {
    check(
        "It is understood the council has asked the ministry for emergency funding.",
        "attr anonymous - via 'It is understood' => 'the council has asked the ministry for emergency funding'
         attr named_organisation 'the council' via 'has asked' => 'the ministry for emergency funding'",
    );
    check(
        "Later she expanded upon her calls for a new inquiry, warning voters that the money \
         could run out.",
        "attr named_person 'her' via 'calls for' => 'a new inquiry'
         attr named_person 'she' via 'warning' => 'that the money could run out'",
    );
}

#[test]
fn a_forecast_after_its_noun_has_no_source() {
    check(
        "With the number of pensioners projected to rise by 2040, the fund will need more \
         money.",
        "attr anonymous - via 'projected' => 'the number of pensioners projected to rise by 2040, the fund will need more money'",
    );
}

#[test]
fn people_told_with_a_phrase_of_place_are_no_content() {
    check(
        "Residents of several villages in the valley have been told it is too late to leave.",
        "attr anonymous - via 'have been told' => 'it is too late to leave'",
    );
}

#[test]
fn a_participle_modifying_a_subject_is_no_cue() {
    check("A truce agreed in March was broken within two days.", "");
    check("The treaty announced in March has collapsed.", "");
}

#[test]
fn a_line_up_after_a_colon_is_no_statement_nor_a_reflexive_a_source() {
    check(
        "Harbour Town: Kerrigan; Bright, Reid, Marshall; Castellanos, Doyle, Whelan.",
        "",
    );
    check(
        "The coach, who was himself cautioned for his protests, said the referee was wrong.",
        "attr vague 'The coach, who was himself cautioned for his protests,' via 'said' => 'the referee was wrong'",
    );
}

#[test]
fn a_second_verb_after_a_quotation_is_the_sources_not_its_relative_pronouns() {
    check(
        "Cedar Ridge Capital, the fund that built a stake in the firm last year, said it was \
         \"reviewing the proposal\" and questioned whether the price was fair.",
        "attr named_organisation 'Cedar Ridge Capital, the fund that built a stake in the firm last year,' via 'said' => 'it was \"reviewing the proposal\"'
         attr named_organisation 'Cedar Ridge Capital, the fund that built a stake in the firm last year,' via 'questioned' => 'whether the price was fair'",
    );
}

#[test]
fn twice_between_a_subject_and_its_verb_and_a_superlative_before_a_participle() {
    check(
        "The chairman twice warned that he would be removed.",
        "attr vague 'The chairman' via 'warned' => 'that he would be removed'",
    );
    check(
        "New Zealand has one of the highest reported rates of family violence in the \
         developed world.",
        "",
    );
}

#[test]
fn a_speaker_after_a_quotation_may_hold_a_relative_clause_with_a_verb() {
    check(
        "\"The clinic near us closed in January,\" the woman, who asked not to be named, \
         told the BBC.",
        "attr vague 'the woman, who asked not to be named,' via 'told' => '\"The clinic near us closed in January,\"' quote",
    );
}

#[test]
fn at_least_after_a_cue_is_what_was_said_not_where() {
    check(
        "In a statement issued on Sunday, the agency said at least 420 facilities have \
         closed.",
        "attr named_organisation 'the agency' via 'said' => 'at least 420 facilities have closed'",
    );
}

#[test]
fn an_asking_rent_and_a_statement_provided_are_no_cues() {
    check(
        "The average asking rent for a two-bedroom apartment rose to $2,390 a month.",
        "",
    );
    check(
        "In a statement provided later to several outlets, her attorney, Lisa Reyes, called \
         the lawsuit meritless.",
        "attr named_person 'her attorney, Lisa Reyes,' via 'called' => 'the lawsuit meritless'",
    );
}

#[test]
fn worth_noting_is_the_writers_and_a_question_s_auxiliary_no_source() {
    check(
        "It is worth noting that the state's employment remains below its earlier level.",
        "",
    );
    check(
        "Has Ohio claimed that crime fell by half?",
        "attr named_organisation 'Ohio' via 'claimed' => 'that crime fell by half'",
    );
    check(
        "Fact check: Has Ohio claimed that crime fell by half?",
        "attr named_organisation 'Ohio' via 'claimed' => 'that crime fell by half'",
    );
}

#[test]
fn it_is_learnt_is_agentless() {
    check(
        "It is learnt that the board has convened a meeting on November 21.",
        "attr anonymous - via 'It is learnt' => 'that the board has convened a meeting on November 21'",
    );
}

#[test]
fn a_name_ending_in_a_country_is_a_body() {
    check(
        "Statistics Canada said the population grew by 60,000.",
        "attr named_organisation 'Statistics Canada' via 'said' => 'the population grew by 60,000'",
    );
    check(
        "Paul Jordan said the plan would fail.",
        "attr named_person 'Paul Jordan' via 'said' => 'the plan would fail'",
    );
}

#[test]
fn a_place_title_s_full_stop_and_a_name_s_apostrophe_stay_in_the_source() {
    check(
        "Officials in St. Louis said the river would crest on Friday.",
        "attr vague 'Officials in St. Louis' via 'said' => 'the river would crest on Friday'",
    );
    check(
        "Dr Achieng' Otieno, a virologist at the institute, said the strain was new.",
        "attr named_person 'Dr Achieng' Otieno, a virologist at the institute,' via 'said' => 'the strain was new'",
    );
}

#[test]
fn a_noun_repeated_around_after_is_one_source() {
    check(
        "Speaker after speaker urged the board to reject the plan.",
        "attr vague 'Speaker after speaker' via 'urged' => 'the board to reject the plan'",
    );
}

#[test]
fn a_plural_noun_after_an_opening_adjective_is_the_participle_s_object() {
    check(
        "Previous ceasefires announced by the two sides have collapsed within days.",
        "attr vague 'the two sides' via 'announced' => 'Previous ceasefires'",
    );
}

#[test]
fn a_bare_noun_after_the_one_told_opens_what_was_told() {
    check(
        "Two engineers at the field told Reuters production had fallen by about 70,000 bpd.",
        "attr vague 'Two engineers at the field' via 'told' => 'production had fallen by about 70,000 bpd'",
    );
    check(
        "She told reporters prices would rise.",
        "attr named_person 'She' via 'told' => 'prices would rise'",
    );
}

#[test]
fn a_phrase_of_the_occasion_before_that_is_no_part_of_what_was_said() {
    check(
        "Ferreira, who represents the 3rd Ward, said after the meeting that she was frustrated by the delay.",
        "attr named_person 'Ferreira, who represents the 3rd Ward,' via 'said after the meeting' => 'that she was frustrated by the delay'",
    );
    check(
        "Ann Lee said during a rally in Ohio that the plant would close.",
        "attr named_person 'Ann Lee' via 'said' => 'that the plant would close'",
    );
}

#[test]
fn a_participle_aside_in_the_content_leaves_its_verb_inside() {
    check(
        "The scientists warned that the findings, published on Wednesday in the journal, suggest national plans may be underestimating emissions.",
        "attr vague 'The scientists' via 'warned' => 'that the findings, published on Wednesday in the journal, suggest national plans may be underestimating emissions'\n\
         attr document 'the findings, published on Wednesday in the journal,' via 'suggest' => 'national plans may be underestimating emissions'",
    );
}

#[test]
fn a_negated_participle_after_the_subject_is_no_clause_verb() {
    check(
        "Scientists not involved in the research said the findings were significant but urged caution over some of the figures.",
        "attr vague 'Scientists not involved in the research' via 'said' => 'the findings were significant'\n\
         attr vague 'Scientists not involved in the research' via 'urged caution' => 'over some of the figures'",
    );
}

#[test]
fn a_group_of_a_place_is_no_title_of_the_place_s_name() {
    check(
        "Residents of several townships in the Eastern Cape say they queue for water.",
        "attr vague 'Residents of several townships in the Eastern Cape' via 'say' => 'they queue for water'",
    );
}

#[test]
fn an_initial_after_an_organisation_word_starts_the_person_s_name() {
    check(
        "Leader of the Opposition in the Assembly R. Venkataramanappa said the alliance was weak. He said the vote would be close.",
        "attr named_person 'Leader of the Opposition in the Assembly R. Venkataramanappa' via 'said' => 'the alliance was weak'\n\
         attr named_person 'He' via 'said' => 'the vote would be close' refers=R. Venkataramanappa",
    );
}

#[test]
fn on_and_a_weekday_before_a_clause_are_no_content() {
    check(
        "A spokesman said on Tuesday the authority was monitoring developments.",
        "attr vague 'A spokesman' via 'said' => 'the authority was monitoring developments'",
    );
}

#[test]
fn an_existential_there_or_an_irregular_past_after_the_one_told_opens_what_was_told() {
    check(
        "The agent told BBC Sport there had been no formal approach for his client.",
        "attr vague 'The agent' via 'told' => 'there had been no formal approach for his client'",
    );
    check(
        "The prosecutor told Judge Catherine Ng the offending sat well above the middle of the range.",
        "attr vague 'The prosecutor' via 'told' => 'the offending sat well above the middle of the range'",
    );
}

#[test]
fn who_after_a_participle_phrase_stands_for_the_noun_before_the_participle() {
    check(
        "A banker involved in the talks, who declined to be named, said most lenders were inclined to support an extension.",
        "attr vague 'who' via 'declined' => 'to be named' refers=A banker involved in the talks\n\
         attr vague 'A banker involved in the talks, who declined to be named,' via 'said' => 'most lenders were inclined to support an extension'",
    );
}

#[test]
fn a_place_between_a_participle_and_its_agent() {
    check(
        "The proposal, unveiled in Strasbourg by Commissioner Kristjan Aavik, was welcomed.",
        "attr named_person 'Commissioner Kristjan Aavik' via 'unveiled' => 'The proposal'",
    );
}

#[test]
fn a_participle_after_people_of_a_role_belongs_to_the_source() {
    check(
        "Bankers involved in the deal said the timing was right.",
        "attr vague 'Bankers involved in the deal' via 'said' => 'the timing was right'",
    );
}

#[test]
fn a_relative_clause_before_an_aside_belongs_to_the_source() {
    check(
        "Two fund managers who took part in the deal, speaking on condition of anonymity because they were not authorised to discuss their positions, said they had been drawn by the yield.",
        "attr vague 'Two fund managers who took part in the deal' via 'said' => 'they had been drawn by the yield'",
    );
}

#[test]
fn the_one_a_statement_went_to_closing_the_sentence_is_no_content() {
    check(
        "The proceeds will be used for general funding purposes, the bank said in a statement to the Copenhagen stock exchange.",
        "attr named_organisation 'the bank' via 'said' => 'The proceeds will be used for general funding purposes'",
    );
}

#[test]
fn a_name_s_article_after_the_one_told_opens_what_was_told() {
    check(
        "A regional director told me the Civic Union was a hobby for people with good credit scores.",
        "attr vague 'A regional director' via 'told' => 'the Civic Union was a hobby for people with good credit scores'",
    );
}

#[test]
fn a_pronoun_and_its_past_verb_before_that_open_the_content() {
    check(
        "He said he expected that number to change once crews could move.",
        "attr named_person 'He' via 'said' => 'he expected that number to change once crews could move'",
    );
}

#[test]
fn a_dateline_with_a_double_hyphen_is_no_content() {
    check(
        "TOKYO -- Kaiyo Motor will postpone the start of production at its plant, the company said.",
        "attr named_organisation 'the company' via 'said' => 'Kaiyo Motor will postpone the start of production at its plant'",
    );
}

#[test]
fn a_dated_phrase_of_on_before_that_joins_the_cue() {
    check(
        "The ministry claimed on the morning of March 14 that its forces had carried out a strike.",
        "attr named_organisation 'The ministry' via 'claimed on the morning of March 14' => 'that its forces had carried out a strike'",
    );
}

#[test]
fn last_before_the_verb_is_no_part_of_the_source() {
    check(
        "The couple last spoke publicly about their marriage in 2022.",
        "attr vague 'The couple' via 'spoke publicly about' => 'their marriage in 2022'",
    );
}

#[test]
fn a_name_given_in_a_relative_clause_keeps_the_noun_phrase_in_the_source() {
    check(
        "A retired engineer who gave only his first name, Mykola, said he had refused to evacuate.",
        "attr named_person 'A retired engineer who gave only his first name, Mykola,' via 'said' => 'he had refused to evacuate'",
    );
}

#[test]
fn a_dateline_dash_after_an_abbreviation_s_full_stop_is_no_content() {
    check(
        "REEVE LAKE, Alta. — Nearly 6,000 residents were ordered to leave their homes, officials said.",
        "attr vague 'officials' via 'said' => 'Nearly 6,000 residents were ordered to leave their homes'",
    );
}

#[test]
fn an_aside_between_the_agentless_cue_and_that_is_no_content() {
    check(
        "It is argued, however, that taxes should rise.",
        "attr anonymous - via 'It is argued' => 'that taxes should rise'",
    );
}

#[test]
fn a_clause_after_a_comma_is_not_what_an_agentless_passive_said() {
    check(
        "That timeline could not be independently confirmed, and experts caution that recovery often takes longer.",
        "attr vague 'experts' via 'caution' => 'that recovery often takes longer'",
    );
}

#[test]
fn an_agentless_cue_inside_words_said_is_part_of_the_saying() {
    check(
        "He said that workers were busy and that partial service was expected to resume by Thursday.",
        "attr named_person 'He' via 'said' => 'that workers were busy and that partial service was expected to resume by Thursday'",
    );
}

#[test]
fn an_it_told_of_something_is_no_impersonal_passive() {
    check(
        "The company has not said whether it had been warned of any specific vulnerability.",
        "attr named_organisation 'The company' via 'has not said' => 'whether it had been warned of any specific vulnerability'",
    );
}

#[test]
fn a_relative_that_with_a_present_verb_belongs_to_the_source() {
    check(
        "A spokesperson for a grocery chain that relies on Meridian for regional distribution said the company had plans.",
        "attr vague 'A spokesperson for a grocery chain that relies on Meridian for regional distribution' via 'said' => 'the company had plans'",
    );
}

#[test]
fn letters_after_a_name_and_an_owner_before_it_are_no_part_of_the_person() {
    check(
        "Labour's Ciarán Brophy TD said the figures showed limits. He claimed fewer units had been delivered.",
        "attr named_person 'Labour's Ciarán Brophy TD' via 'said' => 'the figures showed limits'\n\
         attr named_person 'He' via 'claimed' => 'fewer units had been delivered' refers=Ciarán Brophy",
    );
}

#[test]
fn a_title_s_department_is_no_part_of_the_person() {
    check(
        "Minister for Housing Declan Furlong said the figures were bad. He said more homes were coming.",
        "attr named_person 'Minister for Housing Declan Furlong' via 'said' => 'the figures were bad'\n\
         attr named_person 'He' via 'said' => 'more homes were coming' refers=Declan Furlong",
    );
}

#[test]
fn what_a_relative_clause_s_speaker_said_ends_with_the_source_it_stands_in() {
    check(
        "A man who said his brother was aboard told reporters he was worried.",
        "attr vague 'who' via 'said' => 'his brother was aboard' refers=A man\n\
         attr vague 'A man who said his brother was aboard' via 'told' => 'he was worried'",
    );
}

#[test]
fn a_name_after_the_city_of_is_a_place_no_one_refers_to() {
    check(
        "A 24-year-old man from the city of El Fasher, who asked that his name not be published, said each passenger had paid $2,500. He said he was beaten.",
        "attr vague 'who' via 'asked' => 'that his name not be published'\n\
         attr vague 'A 24-year-old man from the city of El Fasher, who asked that his name not be published,' via 'said' => 'each passenger had paid $2,500'\n\
         attr vague 'He' via 'said' => 'he was beaten'",
    );
}

#[test]
fn a_relative_clause_with_a_past_verb_after_the_cue_opens_the_content() {
    check(
        "Whitaker, who investigators said appeared to be speaking on the phone, turned toward the officer.",
        "attr vague 'investigators' via 'said' => 'who investigators said appeared to be speaking on the phone'",
    );
}

#[test]
fn warning_before_the_noun_it_qualifies_is_no_cue() {
    check(
        "Some owners say they saw warning signs, too.",
        "attr vague 'Some owners' via 'say' => 'they saw warning signs, too'",
    );
}

#[test]
fn a_thing_before_the_name_of_the_one_who_spoke_of_it_is_no_part_of_the_source() {
    check(
        "The focus turns to a home match against Luton Town, a fixture Maddox described as \"a cup final.\"",
        "attr named_person 'Maddox' via 'described' => 'as \"a cup final.\"'",
    );
}

#[test]
fn a_colon_before_a_line_up_is_no_cue() {
    check(
        "Everton: Brennan; Coleridge, Thorne, Hulme, Dovbenko; Kettering, Fofana, Ndiaye (Harrison 70); McAllister, Pryce, Dixon.",
        "",
    );
}

#[test]
fn how_it_was_said_is_part_of_the_cue_not_of_the_content() {
    check(
        "Venkataraman says with a laugh that the planet is hot.",
        "attr named_person 'Venkataraman' via 'says with a laugh' => 'that the planet is hot'",
    );
}

#[test]
fn a_name_given_after_an_adverb_and_a_share_made_up_are_no_sayings() {
    check(
        "The finding matters because red dwarfs, also called M dwarfs, make up about three-quarters of all stars.",
        "",
    );
}

#[test]
fn according_to_after_a_relative_pronoun_says_the_relative_clause() {
    check(
        "The company paid fees to entities that, according to corporate filings, are controlled by the founders.",
        "attr document 'corporate filings' via 'according to' => 'that, according to corporate filings, are controlled by the founders'",
    );
}

#[test]
fn what_before_the_source_opens_the_content() {
    check(
        "She had been lying there for what her family says was more than eight hours.",
        "attr vague 'her family' via 'says' => 'what her family says was more than eight hours'",
    );
}

#[test]
fn under_a_law_names_the_source_and_the_clause_after_its_comma() {
    check(
        "Under Missouri law, candidates trailing by less than 0.5 percent have the right to a recount.",
        "attr document 'Missouri law' via 'Under' => 'candidates trailing by less than 0.5 percent have the right to a recount'",
    );
}

#[test]
fn a_phrase_between_a_cue_and_its_content_makes_no_second_saying() {
    check(
        "She told analysts on a call that the companies had looked at this many times.",
        "attr named_person 'She' via 'told' => 'that the companies had looked at this many times'",
    );
}

#[test]
fn a_relative_phrase_after_a_dash_before_an_aside_opens_the_content() {
    check(
        "Any work requires separate permits — at which point, they said, consultation takes place.",
        "attr vague 'they' via 'said' => 'at which point, they said, consultation takes place'",
    );
}

#[test]
fn claims_before_their_verb_are_no_saying() {
    check(
        "The process includes consultation before claims are registered.",
        "",
    );
}

#[test]
fn a_role_after_a_name_s_possessive_is_an_unnamed_speaker_a_pronoun_stays_with() {
    check(
        "Joanne Pritchard said she was waiting. NHS England's national medical director said staff were working hard. She said trusts were being supported.",
        "attr named_person 'Joanne Pritchard' via 'said' => 'she was waiting'\n\
         attr vague 'NHS England's national medical director' via 'said' => 'staff were working hard'\n\
         attr vague 'She' via 'said' => 'trusts were being supported'",
    );
}

#[test]
fn a_description_in_apposition_after_according_to_belongs_to_the_source() {
    check(
        "According to the Health Policy Institute, an independent thinktank, referrals have grown by about 3% a year.",
        "attr named_organisation 'the Health Policy Institute, an independent thinktank' via 'According to' => 'referrals have grown by about 3% a year'",
    );
}

#[test]
fn a_noun_after_an_article_and_a_name_is_the_source_s_not_the_cue_s() {
    check(
        "Captain Rob Nguyen of the Tarrawonga brigade told the inquiry his crew had been forced to shelter.",
        "attr named_person 'Captain Rob Nguyen of the Tarrawonga brigade' via 'told' => 'his crew had been forced to shelter'",
    );
}

#[test]
fn according_to_after_where_says_its_clause() {
    check(
        "He worked at a lobbying firm where, according to disclosure filings, he represented three pipeline companies.",
        "attr document 'disclosure filings' via 'according to' => 'where, according to disclosure filings, he represented three pipeline companies'",
    );
}

#[test]
fn a_dateline_in_title_case_with_its_agency_is_no_content() {
    check(
        "Brasilia (AFP) - Deforestation in the Amazon fell 22 percent, according to official data released Wednesday.",
        "attr document 'official data released Wednesday' via 'according to' => 'Deforestation in the Amazon fell 22 percent'",
    );
}

#[test]
fn the_object_of_a_cue_s_preposition_keeps_its_relative_clause() {
    check(
        "The caucus has pushed for legislation that would loosen licensing requirements.",
        "attr vague 'The caucus' via 'has pushed for' => 'legislation that would loosen licensing requirements'",
    );
}

#[test]
fn a_subject_with_a_participle_after_according_to_is_no_apposition() {
    check(
        "According to party sources, a meeting of the committee, chaired by the chief minister, is likely to be held on Wednesday.",
        "attr vague 'party sources' via 'According to' => 'a meeting of the committee, chaired by the chief minister, is likely to be held on Wednesday'",
    );
}

#[test]
fn the_subject_of_quoted_as_saying_is_the_source() {
    check(
        "Deputy Prime Minister Andrei Volkov was quoted by the state news agency TASS as saying that Moscow saw no need for sharp moves.",
        "attr named_person 'Deputy Prime Minister Andrei Volkov' via 'was quoted by the state news agency TASS as saying' => 'that Moscow saw no need for sharp moves'",
    );
    check(
        "The minister has been cited as saying the plan would fail.",
        "attr vague 'The minister' via 'has been cited as saying' => 'the plan would fail'",
    );
}

#[test]
fn a_phrase_between_a_told_passive_and_its_that_keeps_the_clause_as_content() {
    check(
        "Staff at the university were told in an email on Thursday that the institution planned to close 11 departments.",
        "attr anonymous - via 'were told' => 'that the institution planned to close 11 departments'",
    );
    check(
        "Residents were told at a meeting that they must leave.",
        "attr anonymous - via 'were told' => 'that they must leave'",
    );
}

#[test]
fn a_participle_after_a_determiner_and_an_adverb_is_attributive() {
    check(
        "Halverston said it would continue with a previously announced £1bn share buyback.",
        "attr named_person 'Halverston' via 'said' => 'it would continue with a previously announced £1bn share buyback'",
    );
    check(
        "The company will go ahead with the recently announced plan to cut jobs.",
        "",
    );
}

#[test]
fn a_plural_noun_before_an_adverb_and_its_verb_leaves_the_cue() {
    check(
        "Both sides publicly denied that a trade request had been made.",
        "attr vague 'Both sides' via 'publicly denied' => 'that a trade request had been made'",
    );
    check(
        "And it's widely reported that drones are being used.",
        "attr anonymous - via 'it's widely reported' => 'that drones are being used'",
    );
}

#[test]
fn and_inside_an_organisation_s_name_after_of_stays_in_the_agent() {
    check(
        "The measures, published Thursday by the department's Bureau of Industry and Security, require licenses.",
        "attr named_organisation 'the department's Bureau of Industry and Security' via 'published Thursday' => 'The measures'",
    );
}

#[test]
fn an_adverb_before_known_as_keeps_the_name_as_content() {
    check(
        "The Houthis, formally known as Ansar Allah, are demanding that the government pay salaries.",
        "attr anonymous - via 'formally known as' => 'Ansar Allah'\n\
         attr named_organisation 'The Houthis, formally known as Ansar Allah,' via 'are demanding' => 'that the government pay salaries'",
    );
    check(
        "The militants, also known as ISIS or ISIL, seized the town.",
        "attr anonymous - via 'also known as' => 'ISIS or ISIL'",
    );
}

#[test]
fn a_warning_signal_is_a_noun_not_a_warning() {
    check(
        "Hong Kong raised the No 8 typhoon warning signal on Thursday morning as the typhoon swept towards the delta.",
        "",
    );
}

#[test]
fn an_organisation_named_again_by_the_words_before_its_organisation_words() {
    check(
        "Cwm Taf Morgannwg University Health Board said it had postponed 640 appointments. Cwm Taf Morgannwg said it respected the right to strike.",
        "attr named_organisation 'Cwm Taf Morgannwg University Health Board' via 'said' => 'it had postponed 640 appointments'\n\
         attr named_organisation 'Cwm Taf Morgannwg' via 'said' => 'it respected the right to strike'",
    );
    check(
        "Shenzhen Bao'an International Airport said it had cancelled more than 500 flights, according to mainland media, and the city's emergency management bureau ordered the closure of parks.",
        "attr named_organisation 'Shenzhen Bao'an International Airport' via 'said' => 'it had cancelled more than 500 flights'\n\
         attr vague 'mainland media' via 'according to' => 'Shenzhen Bao'an International Airport said it had cancelled more than 500 flights'\n\
         attr named_organisation 'the city's emergency management bureau' via 'ordered' => 'the closure of parks'",
    );
}

#[test]
fn an_article_alone_is_no_source_of_a_noun_cue() {
    check(
        "Ivana Sestak, a deputy governor, told a conference in Vienna that the proposals were \"incompatible with European treaty obligations\", a claim that has some force.",
        "attr named_person 'Ivana Sestak, a deputy governor,' via 'told' => 'that the proposals were \"incompatible with European treaty obligations\", a claim that has some force'",
    );
}

#[test]
fn support_opening_a_sentence_before_its_verb_is_a_poll_s_share() {
    check(
        "Support was split, with 42 per cent in favour, 35 per cent opposed and the remainder undecided.",
        "",
    );
}

#[test]
fn within_and_a_time_before_the_subject_leaves_the_source() {
    check(
        "Within hours the finance minister, Lenka Hradil, accused the bank of \"waging war on families\".",
        "attr named_person 'the finance minister, Lenka Hradil,' via 'accused' => 'the bank of \"waging war on families\"'",
    );
    check(
        "Within two days the ministry said it would appeal.",
        "attr named_organisation 'the ministry' via 'said' => 'it would appeal'",
    );
}

#[test]
fn a_coroner_is_a_role_after_an_article_and_its_modifier() {
    check(
        "A county coroner testified that Dunleavy died of blunt force trauma to the head and that her injuries were consistent with a prolonged assault.",
        "attr vague 'A county coroner' via 'testified' => 'that Dunleavy died of blunt force trauma to the head and that her injuries were consistent with a prolonged assault'",
    );
}

#[test]
fn conceding_goals_is_no_saying() {
    check(
        "The visitors conceded twice in the opening 20 minutes and were booed off.",
        "",
    );
    check("The visitors conceded a late penalty and lost.", "");
}

#[test]
fn a_passive_s_agent_ends_before_its_reason_or_its_to_clause() {
    check(
        "Kanemura was reprimanded by the transport ministry for irregularities in safety testing at two of its plants.",
        "attr named_organisation 'the transport ministry' via 'was reprimanded' => 'Kanemura'",
    );
    check(
        "The company had been expected by analysts to post a modest recovery in operating profit.",
        "attr vague 'analysts' via 'had been expected' => 'The company'",
    );
    check(
        "The plan was backed by the Committee for Economic Development.",
        "attr named_organisation 'the Committee for Economic Development' via 'was backed' => 'The plan'",
    );
}

#[test]
fn said_a_comma_and_a_participle_are_two_cues() {
    check(
        "\"Every such attack is proof that Moscow is not looking for peace,\" he said, calling on allies to increase pressure on Russia.",
        "attr named_person 'he' via 'said' => '\"Every such attack is proof that Moscow is not looking for peace,\"' quote\n\
         attr named_person 'he' via 'calling on' => 'allies to increase pressure on Russia'",
    );
}

#[test]
fn it_stands_for_the_organisation_speaking_before_the_thing_its_words_mention() {
    check(
        "\"With deep sorrow we confirm the death of four of our colleagues,\" the company said, adding that it had informed the ministry. It said it had activated its emergency protocols.",
        "attr named_organisation 'the company' via 'said' => '\"With deep sorrow we confirm the death of four of our colleagues,\"' quote\n\
         attr named_organisation 'the company' via 'adding' => 'that it had informed the ministry'\n\
         attr named_organisation 'It' via 'said' => 'it had activated its emergency protocols' refers=the company",
    );
}

#[test]
fn an_auxiliary_and_adverbs_of_time_name_no_saying() {
    check(
        "The gap between the two counts, a familiar feature of French social movements, was once again the subject of sharp exchanges between ministers and unions.",
        "",
    );
}

#[test]
fn a_dateline_of_two_places_joined_by_a_slash_is_no_content() {
    check(
        "LONDON/PORT ALMAS, March 12 (Wire) - Shipping will resume on Monday, the harbour \
         master said.",
        "attr vague 'the harbour master' via 'said' => 'Shipping will resume on Monday'",
    );
}

#[test]
fn a_month_and_its_preposition_between_an_auxiliary_and_its_verb_leave_the_subject() {
    check(
        "The Supreme Court had in April last year rejected a plea seeking a recount.",
        "attr named_organisation 'The Supreme Court' via 'rejected' => 'a plea seeking a recount'",
    );
}

#[test]
fn an_appositive_closing_a_relative_clause_belongs_to_the_clause() {
    check(
        "The Lok Nyay Morcha (LNM), which finished with 96 seats in the 200-member House, four \
         short of a majority, claimed that the numbers did not match.",
        "attr named_organisation 'The Lok Nyay Morcha (LNM), which finished with 96 seats in the \
         200-member House, four short of a majority,' via 'claimed' => 'that the numbers did not \
         match'",
    );
}

#[test]
fn a_plural_possessive_stays_in_an_according_to_source() {
    check(
        "According to two people familiar with the league's owners' and directors' test, the \
         deal has stalled.",
        "attr vague 'two people familiar with the league's owners' and directors' test' via \
         'According to' => 'the deal has stalled'",
    );
}

#[test]
fn a_name_with_a_description_set_off_is_the_one_told() {
    check(
        "Manager Steve Whitcombe, appointed in May on a three-year contract, was told in the \
         summer that he would have a transfer budget of around £12m.",
        "attr anonymous - via 'was told' => 'that he would have a transfer budget of around £12m'",
    );
}

#[test]
fn a_share_of_a_group_set_off_after_it_names_no_one() {
    check(
        "Opponents, many of them from the Maple Heights neighborhood, say it is simply too big.",
        "attr vague 'Opponents, many of them from the Maple Heights neighborhood,' via 'say' => \
         'it is simply too big'",
    );
}

#[test]
fn an_age_between_a_name_and_who_leaves_the_name_its_antecedent() {
    check(
        "\"I grew up here,\" said Kayla Brennan, 29, who told the council she rents an apartment.",
        "attr named_person 'Kayla Brennan' via 'said' => '\"I grew up here,\"' quote
         attr named_person 'who' via 'told' => 'she rents an apartment' refers=Kayla Brennan",
    );
}

#[test]
fn an_abbreviation_alone_is_an_organisation_and_a_party_member_after_a_is_no_name() {
    check(
        "STH said in a statement that it remained open to dialogue.\n\n\
         Later, one Democrat said the bill was dead.",
        "attr named_organisation 'STH' via 'said in a statement' => 'that it remained open to \
         dialogue'
         attr vague 'one Democrat' via 'said' => 'the bill was dead'",
    );
}

#[test]
fn a_participle_clause_set_off_after_an_according_to_source_is_the_source_s() {
    check(
        "According to her ethics agreement, filed with the ethics office last month, Hargrove \
         will recuse herself.",
        "attr vague 'her ethics agreement, filed with the ethics office last month' via \
         'According to' => 'Hargrove will recuse herself'",
    );
}

#[test]
fn a_surname_two_genders_share_is_the_pronoun_s_of_its_gender() {
    check(
        "Kimberly Hargrove faced questions. Her husband, Daniel Hargrove, is a partner at a \
         firm. Hargrove said she had spent two summers bagging groceries. \"Non-union,\" she \
         added.",
        "attr named_person 'Hargrove' via 'said' => 'she had spent two summers bagging groceries'
         attr named_person 'she' via 'added' => '\"Non-union,\"' quote refers=Kimberly Hargrove",
    );
}

#[test]
fn a_plural_abbreviation_after_a_capital_opening_the_sentence_is_a_group() {
    check(
        "Local MPs from several parties have called for a dedicated fund.",
        "attr vague 'Local MPs from several parties' via 'have called for' => 'a dedicated fund'",
    );
}

#[test]
fn a_participle_before_a_phrase_and_a_verb_in_s_modifies_the_noun() {
    check(
        "The footage described in the report shows that Brandt drew his firearm.",
        "attr document 'The footage described in the report' via 'shows' => 'that Brandt drew \
         his firearm'",
    );
}

#[test]
fn a_city_and_its_state_before_based_stay_in_the_source() {
    check(
        "Sales rose 9% to $6.42 billion, the San Jose, California-based company said.",
        "attr named_organisation 'the San Jose, California-based company' via 'said' => 'Sales \
         rose 9% to $6.42 billion'",
    );
}

#[test]
fn a_participle_set_off_after_a_thing_is_no_saying_and_leaves_the_content_whole() {
    check(
        "Sandra Whitlock, an analyst, said in a note to clients that the order backlog of $14.8 \
         billion, disclosed on the call, still implies growth next year.",
        "attr named_person 'Sandra Whitlock, an analyst,' via 'said in a note' => 'that the \
         order backlog of $14.8 billion, disclosed on the call, still implies growth next year'",
    );
}

#[test]
fn also_and_a_time_phrase_between_a_subject_and_its_verb_leave_the_subject() {
    check(
        "The court also on Tuesday rejected a request by prosecutors, saying there was no \
         concern.",
        "attr named_organisation 'The court' via 'rejected' => 'a request by prosecutors'
         attr named_organisation 'The court' via 'saying' => 'there was no concern'",
    );
}

#[test]
fn a_count_with_its_approximation_or_one_before_a_noun_names_no_one() {
    check(
        "At least nine Government TDs indicated that they would not support the measure.\n\n\
         One backbench TD said the proposal had been dead on arrival.",
        "attr vague 'At least nine Government TDs' via 'indicated' => 'that they would not \
         support the measure'
         attr vague 'One backbench TD' via 'said' => 'the proposal had been dead on arrival'",
    );
}

#[test]
fn a_restrictive_relative_clause_before_an_appositive_stays_in_the_source() {
    check(
        "One of the startups that had cited the paper, the Boston-based company Synbiome \
         Therapeutics, said in a statement that its products are safe.",
        "attr named_organisation 'One of the startups that had cited the paper, the Boston-based \
         company Synbiome Therapeutics,' via 'said in a statement' => 'that its products are \
         safe'",
    );
}

#[test]
fn a_quotation_a_colon_introduces_is_whole_though_no_speaker_was_found() {
    check(
        "One senior figure put the odds at \"50-50\", adding: \"Nobody here really knows. And \
         that is the problem.\"",
        "attr anonymous - via 'adding:' => '\"Nobody here really knows. And that is the \
         problem.\"' quote",
    );
}

#[test]
fn a_database_s_name_is_an_organisation_no_pronoun_stands_for() {
    check(
        "Lars Vennegaard defended the paper. According to the database Retraction Watch, the \
         paper is the third to be retracted. He said the earlier corrections were unrelated.",
        "attr named_person 'Lars Vennegaard' via 'defended' => 'the paper'
         attr named_organisation 'the database Retraction Watch' via 'According to' => 'the \
         paper is the third to be retracted'
         attr named_person 'He' via 'said' => 'the earlier corrections were unrelated' \
         refers=Lars Vennegaard",
    );
}

#[test]
fn a_title_with_a_department_leaves_a_person_s_last_two_words_for_a_pronoun() {
    check(
        "Deputy Minister for Foreign Trade Elodie Marchetti took a harder line. She insisted \
         that Europe \"cannot be the only power\".",
        "attr named_person 'She' via 'insisted' => 'that Europe \"cannot be the only power\"' \
         refers=Elodie Marchetti",
    );
}

#[test]
fn a_document_s_two_participles_joined_by_and_stay_in_its_source() {
    check(
        "A report written in May and reviewed by the ministry said the plan was \"dead\".",
        "attr document 'A report written in May and reviewed by the ministry' via 'said' => \
         'the plan was \"dead\"'",
    );
}

#[test]
fn estimates_with_their_of_are_a_noun() {
    check("Early estimates of insured losses varied widely.", "");
}

#[test]
fn a_speaker_set_off_after_a_semicolon_says_the_clause_it_opens() {
    check(
        "The bank must hold; a rate cut that looked like a response to pressure, one former \
         board member suggested, would do more damage.",
        "attr vague 'one former board member' via 'suggested' => 'a rate cut that looked like \
         a response to pressure, one former board member suggested, would do more damage'",
    );
}

#[test]
fn a_participle_between_a_preposition_and_its_noun_is_no_cue() {
    check(
        "Business groups complain that real rates, the policy rate minus expected inflation, \
         remain high.",
        "attr vague 'Business groups' via 'complain' => 'that real rates, the policy rate \
         minus expected inflation, remain high'",
    );
}

#[test]
fn a_participle_after_beyond_is_the_clause_subject_s() {
    check(
        "Ms Echeverria said little about the bill, beyond noting that \"any change should be \
         studied\".",
        "attr named_person 'Ms Echeverria' via 'said little about' => 'the bill'
         attr named_person 'Ms Echeverria' via 'noting' => 'that \"any change should be \
         studied\"'",
    );
}

#[test]
fn caution_before_its_verb_is_a_noun() {
    check(
        "But caution has costs, the minister said.",
        "attr vague 'the minister' via 'said' => 'But caution has costs'",
    );
}

#[test]
fn a_title_s_department_of_two_words_joined_by_and_is_in_the_name() {
    check(
        "On Thursday, Minister of Labor and Solidarity Claire Vasseur-Ndiaye said that the \
         reform was \"indispensable\". \"I hear the concern,\" she said.",
        "attr named_person 'Minister of Labor and Solidarity Claire Vasseur-Ndiaye' via 'said' \
         => 'that the reform was \"indispensable\"'
         attr named_person 'she' via 'said' => '\"I hear the concern,\"' quote \
         refers=Claire Vasseur-Ndiaye",
    );
}

#[test]
fn who_after_a_place_with_the_stands_for_the_person_named_before() {
    check(
        "Later Tuesday, the government called Luis Ostrowski, the former general manager of \
         the Harbor Point Arena in Tampa, who testified that he had recommended switching.",
        "attr named_person 'who' via 'testified' => 'that he had recommended switching' \
         refers=Luis Ostrowski",
    );
}

#[test]
fn under_a_law_with_its_participle_names_the_law() {
    check(
        "Under the law approved Monday, the students will be reassigned next fall.",
        "attr document 'the law approved Monday' via 'Under' => 'the students will be \
         reassigned next fall'",
    );
}

#[test]
fn a_person_introduced_by_named_is_no_saying() {
    check(
        "One of them, a fifth-grader named Isaiah, said he would be in middle school next year.",
        "attr named_person 'One of them, a fifth-grader named Isaiah,' via 'said' => 'he would \
         be in middle school next year'",
    );
}

#[test]
fn an_according_to_source_takes_two_participles_set_off_after_it() {
    check(
        "According to the preliminary report, prepared jointly by the Agriculture and Revenue \
         departments and reviewed by The Hindu, losses reached 3,140 crore.",
        "attr document 'the preliminary report, prepared jointly by the Agriculture and \
         Revenue departments and reviewed by The Hindu' via 'According to' => 'losses reached \
         3,140 crore'",
    );
}

#[test]
fn an_abbreviation_in_parentheses_stays_in_a_source() {
    check(
        "Traders at the Agricultural Produce Market Committee (APMC) yard in Hubballi said the \
         arrival of green gram had dropped.",
        "attr vague 'Traders at the Agricultural Produce Market Committee (APMC) yard in \
         Hubballi' via 'said' => 'the arrival of green gram had dropped'",
    );
}

#[test]
fn a_title_of_one_place_names_no_one_and_of_two_words_a_surname() {
    check(
        "The Deputy Commissioner of Bagalkot, K. Rajeshwari, said 164 teams had been set up. \
         \"Our target is clear,\" she said. Secretary of State Clinton said the deal was good. \
         \"It is a good deal,\" she said.",
        "attr named_person 'The Deputy Commissioner of Bagalkot, K. Rajeshwari,' via 'said' => \
         '164 teams had been set up'
         attr named_person 'she' via 'said' => '\"Our target is clear,\"' quote \
         refers=K. Rajeshwari
         attr named_person 'Secretary of State Clinton' via 'said' => 'the deal was good'
         attr named_person 'she' via 'said' => '\"It is a good deal,\"' quote refers=Clinton",
    );
}

#[test]
fn the_one_told_ends_before_a_concessive_clause() {
    check(
        "Tottenham are edging closer to a deal for the striker, sources have told ESPN, \
         although Bayern Munich threatens to derail it.",
        "attr vague 'sources' via 'have told' => 'Tottenham are edging closer to a deal for \
         the striker'",
    );
}

#[test]
fn a_surname_given_in_a_relative_clause_is_the_person_a_pronoun_names() {
    check(
        "Vivian Lo, an analyst, said the notes were cheap. One buyer, who gave only her \
         surname, Chen, told the Post she had paid a deposit. \"We just want to know,\" she \
         said.",
        "attr named_person 'Vivian Lo, an analyst,' via 'said' => 'the notes were cheap'
         attr vague 'One buyer, who gave only her surname, Chen,' via 'told' => 'she had paid \
         a deposit'
         attr named_person 'she' via 'said' => '\"We just want to know,\"' quote refers=Chen",
    );
}

#[test]
fn notes_due_are_bonds_and_a_document_seen_by_a_newspaper_is_no_view() {
    check(
        "It failed to pay on its senior notes due 2026, the company said. An internal letter, \
         which was seen by Nature, said that the board had reviewed the data.",
        "attr named_organisation 'the company' via 'said' => 'It failed to pay on its senior \
         notes due 2026'
         attr document 'An internal letter, which was seen by Nature,' via 'said' => 'that the \
         board had reviewed the data'",
    );
}

#[test]
fn a_participle_after_a_comma_is_the_clause_subject_s_not_a_with_phrase_s() {
    check(
        "PORT ALINDE, Feb 9 (Reuters) - Kasimbe's main opposition party on Monday rejected \
         official results showing President Joseph Mwangale winning a third term with 54.2% of \
         the vote, saying it had evidence of fraud.",
        "attr named_organisation 'Kasimbe's main opposition party' via 'rejected' => 'official \
         results showing President Joseph Mwangale winning a third term with 54.2% of the vote'
         attr named_organisation 'Kasimbe's main opposition party' via 'saying' => 'it had \
         evidence of fraud'",
    );
}

#[test]
fn an_agent_runs_through_a_plural_possessive_inside_a_name() {
    check(
        "That sentiment was echoed by the Calder City Supporters' Trust on Monday.",
        "attr named_organisation 'the Calder City Supporters' Trust' via 'was echoed' => 'That \
         sentiment'",
    );
}

#[test]
fn an_owner_before_a_speaker_is_not_the_one_a_pronoun_names() {
    check(
        "Ahmed Mahmoud's brother, Omar, said the family wanted the truth. \"He had three \
         children,\" he said.",
        "attr named_person 'Ahmed Mahmoud's brother, Omar,' via 'said' => 'the family wanted \
         the truth'
         attr named_person 'he' via 'said' => '\"He had three children,\"' quote refers=Omar",
    );
}

#[test]
fn say_set_off_by_commas_and_maintained_by_are_no_sayings() {
    check(
        "She designs tests of whether models can help with dangerous tasks, synthesizing a \
         harmful chemical, say, or writing malicious code. Tech firms cut 95,000 jobs, according \
         to a tracker maintained by an independent analyst.",
        "attr vague 'a tracker maintained by an independent analyst' via 'according to' => \
         'Tech firms cut 95,000 jobs'",
    );
}

#[test]
fn a_verb_after_but_shares_the_subject_after_a_colon() {
    check(
        "What they're saying: A Brightwell spokesperson confirmed the memo's authenticity but \
         declined to comment on the number of affected employees.",
        "attr vague 'they' via ''re saying:' => 'A Brightwell spokesperson confirmed the memo's \
         authenticity but declined to comment on the number of affected employees'
         attr vague 'A Brightwell spokesperson' via 'confirmed' => 'the memo's authenticity'
         attr vague 'A Brightwell spokesperson' via 'declined' => 'to comment on the number of \
         affected employees'",
    );
}

#[test]
fn a_state_after_a_speaker_after_a_quotation_keeps_its_full_stop() {
    check(
        "\"We will not back down on this,\" Sen. Ron Wyden (D-Ore.) told reporters outside the chamber.",
        "attr named_person 'Sen. Ron Wyden (D-Ore.)' via 'told' => '\"We will not back down on this,\"' quote",
    );
}

#[test]
fn a_programme_title_after_on_is_no_quotation() {
    check(
        "On \"Face the Nation,\" Sen. Bernie Sanders identified young voters as a key group.",
        "attr named_person 'Sen. Bernie Sanders' via 'identified' => 'young voters as a key group'",
    );
}

#[test]
fn a_noun_believed_to_be_somewhere_is_no_source() {
    check(
        "Officials said the 14 seafarers believed to be on board were safe.",
        "attr vague 'Officials' via 'said' => 'the 14 seafarers believed to be on board were safe'",
    );
}

#[test]
fn a_plural_subject_keeps_its_plain_verb_after_an_according_to_aside() {
    check(
        "The sticking points, according to aides, center on the size of the tax credit.",
        "attr vague 'aides' via 'according to' => 'The sticking points, according to aides, center on the size of the tax credit'",
    );
}

#[test]
fn two_relative_clauses_joined_by_and_stay_in_the_source() {
    check(
        "A former official who worked on the proposal, and who asked not to be named, said the reform would fail.",
        "attr vague 'A former official who worked on the proposal, and who asked not to be named,' via 'said' => 'the reform would fail'",
    );
}

#[test]
fn a_determiner_alone_after_a_verb_of_saying_is_no_speaker() {
    check(
        "A former official who worked on the proposal, and who asked not to be named, said the \u{201c}entire political logic\u{201d} of the reform rested on one idea.",
        "attr vague 'A former official who worked on the proposal, and who asked not to be named,' via 'said' => 'the \u{201c}entire political logic\u{201d} of the reform rested on one idea'",
    );
}

#[test]
fn what_happens_under_a_map_is_no_ones_saying() {
    check(
        "Under the new map, the same analysts had projected a seven-to-one delegation.",
        "attr vague 'the same analysts' via 'had projected' => 'a seven-to-one delegation'",
    );
}

#[test]
fn delegates_opening_a_sentence_are_a_group() {
    check(
        "Delegates said a compromise could involve a smaller cut.",
        "attr vague 'Delegates' via 'said' => 'a compromise could involve a smaller cut'",
    );
}

#[test]
fn industry_figures_are_people() {
    check(
        "Industry figures privately acknowledge that relations have deteriorated.",
        "attr vague 'Industry figures' via 'privately acknowledge' => 'that relations have deteriorated'",
    );
}

#[test]
fn a_name_with_an_age_after_according_to_a_document_opens_the_content() {
    check(
        "According to the complaint, Robert Carver, 71, had chronic lung disease.",
        "attr document 'the complaint' via 'According to' => 'Robert Carver, 71, had chronic lung disease'",
    );
}

#[test]
fn a_verb_with_its_preposition_ends_the_clause_before_the_source() {
    check(
        "The dispute centres on quotas that have not been revised since 2023 and which several members argue no longer reflect output.",
        "attr vague 'several members' via 'argue' => 'no longer reflect output'",
    );
}

#[test]
fn a_documents_second_participle_past_an_abbreviation_stays_in_the_source() {
    check(
        "A confidential memo prepared by the OPEC secretariat for the Joint Ministerial Monitoring Committee (JMMC) and reviewed by Reuters warned that inventories could build.",
        "attr document 'A confidential memo prepared by the OPEC secretariat for the Joint Ministerial Monitoring Committee (JMMC) and reviewed by Reuters' via 'warned' => 'that inventories could build'",
    );
}

#[test]
fn levels_that_were_maintained_were_kept_not_claimed() {
    check(
        "Output would rise if current output levels were maintained.",
        "",
    );
}

#[test]
fn talks_before_a_verb_and_a_headlines_topic_are_no_cues() {
    check(
        "OPEC+ talks break up without deal as Iraq balks at deeper cuts",
        "",
    );
    check("Rail strike: 'No end in sight' as talks collapse", "");
}

#[test]
fn a_participle_after_a_quotation_in_what_was_said_speaks_for_the_speaker() {
    check(
        "One manager, who asked not to be named, said there was \"a real sense that this is a test of strength\", adding: \"Whoever blinks first sets the tone.\"",
        "attr vague 'One manager, who asked not to be named,' via 'said' => 'there was \"a real sense that this is a test of strength\"'
         attr vague 'One manager, who asked not to be named,' via 'adding:' => '\"Whoever blinks first sets the tone.\"' quote",
    );
}

#[test]
fn pressed_on_puts_a_question_with_no_asker() {
    check(
        "Pressed on whether the promise would be written into contracts, Ms Lowndes conceded that it would depend on the route.",
        "attr anonymous - via 'Pressed on' => 'whether the promise would be written into contracts'
         attr named_person 'Ms Lowndes' via 'conceded' => 'that it would depend on the route'",
    );
}

#[test]
fn a_degree_alone_is_no_source() {
    check(
        "The families sued the utility, alleging it cut electricity to customers with too little warning and failed to check on people.",
        "attr vague 'The families' via 'alleging' => 'it cut electricity to customers with too little warning and failed to check on people'",
    );
}

#[test]
fn words_ending_with_to_after_a_verb_are_no_source() {
    check(
        "Vega introduced a bill that would require utilities to confirm contact with every customer.",
        "attr anonymous - via 'confirm' => 'contact with every customer'",
    );
}

#[test]
fn a_participles_clause_after_a_headlines_comma_is_no_source() {
    check(
        "Jury convicts Ohio man in school shooting, rejecting insanity defense",
        "",
    );
}

#[test]
fn a_coordinated_cue_shares_the_speaker_not_its_relative_clauses_subject() {
    check(
        "Minister Marieke de Groot, whose government has pledged a strict policy, conceded that The Hague would pay, but added that it expected fairness.",
        "attr named_organisation 'whose government' via 'has pledged' => 'a strict policy'
         attr named_person 'Minister Marieke de Groot, whose government has pledged a strict policy,' via 'conceded' => 'that The Hague would pay'
         attr named_person 'Minister Marieke de Groot, whose government has pledged a strict policy,' via 'added' => 'that it expected fairness'",
    );
}

#[test]
fn a_capitalised_word_inside_a_name_is_no_cue() {
    check(
        "At Greater Hope Missionary Baptist Church in Hollis Springs, volunteers served coffee.",
        "",
    );
}

#[test]
fn late_before_a_date_leaves_the_source_with_it() {
    check(
        "The ministry late on Monday said the deal was done.",
        "attr named_organisation 'The ministry' via 'said' => 'the deal was done'",
    );
}

#[test]
fn a_year_opening_the_sentence_leaves_the_source() {
    check(
        "In 2023 the government said it would cut the deficit by half.",
        "attr named_organisation 'the government' via 'said' => 'it would cut the deficit by half'",
    );
    check(
        "In early 2008 a person close to him said it was over.",
        "attr vague 'a person close to him' via 'said' => 'it was over'",
    );
}

#[test]
fn late_before_a_date_ends_a_passive_agent() {
    check(
        "The decision was announced by the finance ministry late on Monday.",
        "attr named_organisation 'the finance ministry' via 'was announced' => 'The decision'",
    );
    check(
        "The plan was criticised by Ms Late on Monday.",
        "attr named_person 'Ms Late' via 'was criticised' => 'The plan'",
    );
}

#[test]
fn a_subject_with_a_relative_aside_is_no_content_before_its_cue() {
    check(
        "Benning, 63, who resigned last month, has denied wrongdoing.",
        "",
    );
}

#[test]
fn a_quotation_with_its_own_speaker_does_not_continue_the_last_paragraphs() {
    check(
        "\u{201c}We will not be rushed,\u{201d} said Ana Ruiz, the union leader. \u{201c}The offer is worse.\n\n\u{201c}We have been clear from the start,\u{201d} she added. \u{201c}Nothing has changed.\u{201d}",
        "attr named_person 'Ana Ruiz, the union leader' via 'said' => '\u{201c}We will not be rushed,\u{201d}' quote
         attr named_person 'she' via 'added' => '\u{201c}We have been clear from the start,\u{201d} she added. \u{201c}Nothing has changed.\u{201d}' quote refers=Ana Ruiz",
    );
}

#[test]
fn a_company_suffix_without_its_stop_names_an_organisation() {
    check(
        "Homes were destroyed, Acme Inc said.",
        "attr named_organisation 'Acme Inc' via 'said' => 'Homes were destroyed'",
    );
}

#[test]
fn a_state_reported_of_the_noun_before_is_no_saying() {
    check(
        "Deputies were trying to reach 11 people reported missing by relatives.",
        "",
    );
    check(
        "Police reported two people dead.",
        "attr named_organisation 'Police' via 'reported' => 'two people dead'",
    );
}

#[test]
fn neither_and_the_first_item_join_a_source_after_nor() {
    check(
        "Neither Cruz nor Christie acknowledged the problem.",
        "attr named_person 'Neither Cruz nor Christie' via 'acknowledged' => 'the problem'",
    );
}

#[test]
fn expecting_with_no_auxiliary_is_its_subjects() {
    check(
        "The companies expect to save $2 billion over three years.",
        "attr vague 'The companies' via 'expect' => 'to save $2 billion over three years'",
    );
    check(
        "The firm said it had hired staff and expected to hire more this year.",
        "attr named_organisation 'The firm' via 'said' => 'it had hired staff and expected to hire more this year'
         attr named_organisation 'it' via 'expected' => 'to hire more this year' refers=firm",
    );
    check(
        "In a year expected to produce record turnout, few voters came.",
        "attr anonymous - via 'expected' => 'In a year expected to produce record turnout, few voters came'",
    );
}

#[test]
fn a_role_after_a_or_one_and_its_party_names_no_one() {
    check(
        "One Labour MP, who asked not to be named, said the campaign was flat.",
        "attr vague 'One Labour MP, who asked not to be named,' via 'said' => 'the campaign was flat'",
    );
    check(
        "A Fianna Fáil TD said the campaign was flat.",
        "attr vague 'A Fianna Fáil TD' via 'said' => 'the campaign was flat'",
    );
}

#[test]
fn a_pronoun_refers_to_the_speaker_not_a_place_in_his_appositive() {
    check(
        "Serhii, a marine from Mykolaiv Oblast who was captured at the Azovstal steel plant, told journalists he had been moved.\n\n\"I was a number,\" he said.",
        "attr named_person 'Serhii, a marine from Mykolaiv Oblast who was captured at the Azovstal steel plant,' via 'told' => 'he had been moved'
         attr named_person 'he' via 'said' => '\"I was a number,\"' quote refers=Serhii",
    );
}

#[test]
fn alleging_without_that_is_a_cue_and_a_suit_is_a_document() {
    check(
        "The couple sued the utility, alleging the company failed to maintain its lines.",
        "attr vague 'The couple' via 'sued' => 'the utility'
         attr vague 'The couple' via 'alleging' => 'the company failed to maintain its lines'",
    );
    check(
        "The suit, filed in federal court, says the district violated the law.",
        "attr document 'The suit, filed in federal court,' via 'says' => 'the district violated the law'",
    );
}

#[test]
fn a_participle_after_a_clause_of_a_plural_subject_is_its() {
    check(
        "The families sued the utility, saying it ignored a warning.",
        "attr vague 'The families' via 'saying' => 'it ignored a warning'",
    );
}

#[test]
fn an_event_after_a_name_after_its_cue_leaves_the_source() {
    check(
        "Fares will rise by 6 cents, said PTC chairman Lim Boon Keat at a press briefing on Monday.",
        "attr named_person 'PTC chairman Lim Boon Keat' via 'said' => 'Fares will rise by 6 cents'",
    );
    check(
        "Fares will rise, said Ann Lee at the Brookings Institution.",
        "attr named_person 'Ann Lee at the Brookings Institution' via 'said' => 'Fares will rise'",
    );
}

#[test]
fn a_shipping_line_shortened_to_its_first_word_is_an_organisation() {
    check(
        "Halvorsen Maritime will resume sailings in March.\n\nHalvorsen said the route was safe again.",
        "attr named_organisation 'Halvorsen' via 'said' => 'the route was safe again'",
    );
}

#[test]
fn while_acknowledging_is_a_second_statement() {
    check(
        "Sophie Delattre told reporters the deal would hurt farmers, while acknowledging that prices had risen.",
        "attr named_person 'Sophie Delattre' via 'told' => 'the deal would hurt farmers'
         attr named_person 'Sophie Delattre' via 'acknowledging' => 'that prices had risen'",
    );
}

#[test]
fn a_surname_after_for_opening_a_sentence_is_who_it_is_about() {
    check(
        "When Hannah Pruitt went to the library, the shelf was empty.\n\n\"It is wrong,\" says Marisa Kellerman, a lawyer.\n\nFor Pruitt, the junior, the case is simpler.\n\n\"I just want to find a book,\" she says.",
        "attr named_person 'Marisa Kellerman, a lawyer' via 'says' => '\"It is wrong,\"' quote
         attr named_person 'she' via 'says' => '\"I just want to find a book,\"' quote refers=Hannah Pruitt",
    );
}

#[test]
fn the_one_warned_or_reminded_comes_before_that() {
    check(
        "Ellerby warned supporters in a fans' forum last month that a drop was possible.",
        "attr named_person 'Ellerby' via 'warned' => 'that a drop was possible'",
    );
    check(
        "The minister assured parents that schools would open.",
        "attr vague 'The minister' via 'assured' => 'that schools would open'",
    );
}

#[test]
fn a_participle_after_a_clause_of_time_with_a_named_subject_is_its() {
    check(
        "Bond prices fell after Moody's cut the rating, citing weak reserves.",
        "attr named_organisation 'Moody's' via 'citing' => 'weak reserves'",
    );
}

#[test]
fn a_newsroom_that_understands_is_a_source_and_a_prefecture_a_body() {
    check(
        "BBC News understands that the board met in March.",
        "attr named_organisation 'BBC News' via 'understands' => 'that the board met in March'",
    );
    check(
        "The Paris police prefecture said roads were closed.",
        "attr named_organisation 'The Paris police prefecture' via 'said' => 'roads were closed'",
    );
}

#[test]
fn news_outlets_agencies_and_possessive_firm_names_are_organisations() {
    check(
        "Fox News reported that the senator would resign.",
        "attr named_organisation 'Fox News' via 'reported' => 'that the senator would resign'",
    );
    check(
        "Fitch Ratings said the downgrade reflected weaker finances.",
        "attr named_organisation 'Fitch Ratings' via 'said' => 'the downgrade reflected weaker finances'",
    );
    check(
        "Sainsbury's warned that prices would rise.",
        "attr named_organisation 'Sainsbury's' via 'warned' => 'that prices would rise'",
    );
    check(
        "Xinhua said the talks would resume.",
        "attr named_organisation 'Xinhua' via 'said' => 'the talks would resume'",
    );
}

#[test]
fn a_name_after_a_plural_or_owning_a_firms_officers_is_a_firms() {
    check(
        "The administrators, Hargreaves Dunn, said 400 jobs were at risk.",
        "attr named_organisation 'The administrators, Hargreaves Dunn,' via 'said' => '400 jobs were at risk'",
    );
    check(
        "Arcturus said it would appeal. \"We complied,\" said Laura Bennett, Arcturus's chief executive.",
        "attr named_organisation 'Arcturus' via 'said' => 'it would appeal'\n\
         attr named_person 'Laura Bennett, Arcturus's chief executive' via 'said' => '\"We complied,\"' quote",
    );
    check(
        "Toronto-listed Altiplano Copper Corp said it had not been told. Altiplano has disputed the findings.",
        "attr named_organisation 'Toronto-listed Altiplano Copper Corp' via 'said' => 'it had not been told'\n\
         attr named_organisation 'Altiplano' via 'has disputed' => 'the findings'",
    );
    check(
        "The contractor, a Colorado-based HVAC company, said it had cooperated fully.",
        "attr vague 'The contractor, a Colorado-based HVAC company,' via 'said' => 'it had cooperated fully'",
    );
}

#[test]
fn an_expectation_inside_what_a_source_says_is_no_second_relation() {
    check(
        "The first of the new trains is now expected to enter service in 2027, the Welsh government said.",
        "attr named_organisation 'the Welsh government' via 'said' => 'The first of the new trains is now expected to enter service in 2027'",
    );
    check(
        "Officials said the assembly is expected to vote next week.",
        "attr vague 'Officials' via 'said' => 'the assembly is expected to vote next week'",
    );
}

#[test]
fn an_article_and_noun_opening_a_learned_cue_end_the_subject() {
    check(
        "Several analysts on the call questioned whether the group's net debt could become a problem.",
        "attr vague 'Several analysts on the call' via 'questioned' => 'whether the group's net debt could become a problem'",
    );
}

#[test]
fn a_two_word_adverbial_stands_between_source_and_cue() {
    check(
        "Economists had on average forecast growth of 1.2%.",
        "attr vague 'Economists' via 'forecast' => 'growth of 1.2%'",
    );
}

#[test]
fn a_content_ends_before_an_according_to_that_frames_it_even_when_short() {
    check(
        "Economists had expected €40m, according to a poll by the bank.",
        "attr vague 'Economists' via 'had expected' => '€40m'\n\
         attr document 'a poll by the bank' via 'according to' => 'Economists had expected €40m'",
    );
}

#[test]
fn a_passive_frame_closing_a_sentence_ends_the_content_before_it() {
    check(
        "The firm reported sales of $12 million in 2022, lenders were told.",
        "attr named_organisation 'The firm' via 'reported' => 'sales of $12 million in 2022'\n\
         attr anonymous - via 'were told' => 'The firm reported sales of $12 million in 2022'",
    );
}

#[test]
fn any_short_noun_phrase_told_a_clause_is_the_one_told() {
    check(
        "Backing fell when respondents were told it would raise their rates.",
        "attr anonymous - via 'were told' => 'it would raise their rates'",
    );
}

#[test]
fn a_weekday_after_a_participle_leaves_a_document_a_document() {
    check(
        "According to the staff memo presented Tuesday, the scheme lost money.",
        "attr document 'the staff memo presented Tuesday' via 'According to' => 'the scheme lost money'",
    );
}

#[test]
fn a_capital_opening_a_sentence_that_the_text_also_writes_in_lower_case_is_no_name() {
    check(
        "Staff said the shelter was full. Most staff work nights.",
        "attr vague 'Staff' via 'said' => 'the shelter was full'",
    );
    check(
        "Crews reported gusts of 90 km/h. Two crews were pulled back.",
        "attr vague 'Crews' via 'reported' => 'gusts of 90 km/h'",
    );
}

#[test]
fn an_ampersand_joins_a_firm_named_in_an_appositive_or_after_the_cue() {
    check(
        "Its auditors, Grant & Lowe, said the accounts were sound.",
        "attr named_organisation 'Its auditors, Grant & Lowe,' via 'said' => 'the accounts were sound'",
    );
    check(
        "\"The accounts were sound,\" said a partner at Grant & Lowe.",
        "attr vague 'a partner at Grant & Lowe' via 'said' => '\"The accounts were sound,\"' quote",
    );
}

#[test]
fn they_stands_for_the_group_that_spoke_last() {
    check(
        "Several hauliers said the tolls were unfair. They argued that the road had been paid for.",
        "attr vague 'Several hauliers' via 'said' => 'the tolls were unfair'\n\
         attr vague 'They' via 'argued' => 'that the road had been paid for' refers=Several hauliers",
    );
}

#[test]
fn yet_after_a_modal_negation_is_no_conjunction() {
    check(
        "Firefighters said they could not yet confirm how many barns had burned.",
        "attr vague 'Firefighters' via 'said' => 'they could not yet confirm how many barns had burned'",
    );
}

#[test]
fn a_gerund_subject_after_a_speaker_set_off_in_mid_sentence() {
    check(
        "For now, Okafor says, keeping the clinic open is the priority.",
        "attr named_person 'Okafor' via 'says' => 'For now, Okafor says, keeping the clinic open is the priority'",
    );
}

#[test]
fn a_speakers_tag_inside_a_subject_is_no_appositive() {
    check(
        "One of the tenants, she added, had told her that the boiler failed twice.",
        "attr named_person 'she' via 'added' => 'One of the tenants, she added, had told her that the boiler failed twice'\n\
         attr vague 'One of the tenants' via 'had told' => 'that the boiler failed twice'",
    );
}

#[test]
fn the_possessive_of_an_abbreviation_is_one_word_with_it() {
    check(
        "The U.K.'s chief negotiator said the talks had stalled.",
        "attr vague 'The U.K.'s chief negotiator' via 'said' => 'the talks had stalled'",
    );
}

#[test]
fn a_list_after_a_colon_closing_the_paragraph_is_what_is_said() {
    // (The content spans paragraphs, which `check` cannot write: its lines are relations.)
    let cases = [
        (
            "According to the draft report, the trust would cut:\n\n- 40 nursing posts;\n- two wards.\n\nA vote is due in May.",
            "According to",
            "the trust would cut:\n\n- 40 nursing posts;\n- two wards.",
        ),
        (
            "The union said it wanted two things:\n\n1. higher pay;\n\n2. shorter hours.\n\nTalks resume on Monday.",
            "said",
            "it wanted two things:\n\n1. higher pay;\n\n2. shorter hours.",
        ),
    ];
    for (text, cue, content) in cases {
        let doc = classify(text);
        let a = doc
            .attributions
            .iter()
            .find(|a| a.cue.text == cue)
            .unwrap_or_else(|| panic!("no '{cue}' in {text:?}"));
        assert_eq!(a.content.get(&doc.text), Some(content), "\ntext: {text:?}");
    }
}

#[test]
fn a_pronoun_with_a_contracted_verb_keeps_its_kind() {
    // "he's" in lower case later must not make "He's" a common noun.
    check(
        "He's opposed every plan, and he's said so twice.",
        "attr named_person 'He' via ''s opposed' => 'every plan'\n\
         attr named_person 'he' via ''s said' => 'so twice'",
    );
}

#[test]
fn a_plural_possessive_in_a_speaker_after_a_quotation_keeps_it() {
    check(
        "\"We raised concerns,\" Ron Alvarado, chair of the workers' union, said.",
        "attr named_person 'Ron Alvarado, chair of the workers' union,' via 'said' => '\"We raised concerns,\"' quote",
    );
}

#[test]
fn people_of_a_role_not_involved_keep_the_participle() {
    check(
        "Lawyers not involved in the case cautioned that such disputes are hard to prove.",
        "attr vague 'Lawyers not involved in the case' via 'cautioned' => 'that such disputes are hard to prove'",
    );
}

#[test]
fn a_whose_clause_closing_an_appositive_keeps_the_name() {
    check(
        "Tom Hadleigh, the MP for Wexcombe, whose constituency was flooded in January, said \
         the scheme was late.",
        "attr named_person 'Tom Hadleigh, the MP for Wexcombe, whose constituency was flooded in January,' via 'said' => 'the scheme was late'",
    );
}

#[test]
fn an_aside_between_a_cue_and_its_that_clause_is_skipped() {
    check(
        "The minister said, in a statement, that the country was ready.",
        "attr vague 'The minister' via 'said' => 'that the country was ready'",
    );
}

#[test]
fn according_to_between_a_subject_and_its_verb_covers_both() {
    check(
        "The flood group, according to its chair, Janet Ruddock, will now pursue legal action.",
        "attr named_person 'its chair, Janet Ruddock' via 'according to' => 'The flood group, according to its chair, Janet Ruddock, will now pursue legal action'",
    );
}

#[test]
fn he_after_an_unnamed_speaker_with_no_person_named_before_is_unnamed() {
    check(
        "A senior official said the talks had failed. \"We tried,\" he said.",
        "attr vague 'A senior official' via 'said' => 'the talks had failed'
         attr vague 'he' via 'said' => '\"We tried,\"' quote",
    );
}

#[test]
fn an_organisation_named_before_a_progressive_is_described() {
    check(
        "The drug company Norvell Labs is recalling two million packs.\n\nNorvell said the supplier was in India.",
        "attr named_organisation 'Norvell' via 'said' => 'the supplier was in India'",
    );
}

#[test]
fn a_negated_participle_after_a_group_belongs_to_the_source() {
    check(
        "Scientists not involved in the report said its findings were sound.",
        "attr vague 'Scientists not involved in the report' via 'said' => 'its findings were sound'",
    );
}

#[test]
fn content_ends_at_a_closing_speaker_or_a_semicolon() {
    // A speaker and cue after a comma frame the whole sentence; a semicolon outside a
    // quotation ends the content; "there was" before a "that" is the content's own clause.
    check(
        "Officers believe he acted alone, a spokesperson said.\n\n\
         Supporters say it pays; critics call it a fantasy that only rich firms can afford.\n\n\
         Inspector Sarah Cole said there was no evidence that any weapons had been obtained.",
        "attr vague 'Officers' via 'believe' => 'he acted alone'
         attr vague 'a spokesperson' via 'said' => 'Officers believe he acted alone'
         attr vague 'Supporters' via 'say' => 'it pays'
         attr vague 'critics' via 'call' => 'it a fantasy that only rich firms can afford'
         attr named_person 'Inspector Sarah Cole' via 'said' => 'there was no evidence that any weapons had been obtained'",
    );
}

#[test]
fn passives_and_other_uses_of_reporting_verbs_have_no_speaker() {
    // A passive's subject is no speaker; "accused of" with nothing between is a passive;
    // an amount after "adds up to" or "recalls" is no saying.
    check(
        "Councillors argued the savings could be found elsewhere.\n\n\
         Tech boss accused of misleading investors\n\n\
         The longer route adds up to two weeks to journeys.\n\n\
         The carmaker is recalling about 400,000 vehicles.",
        "attr vague 'Councillors' via 'argued' => 'the savings could be found elsewhere'
         attr anonymous - via 'accused of' => 'misleading investors'",
    );
}

#[test]
fn coordinated_verbs_share_an_opening_subject() {
    // Past a relative clause after the name, and after a share of an unnamed group
    // (whose verb may be a bare form).
    check(
        "The Medical Association, which represents doctors, disputes this and says the list was growing.\n\n\
         Some researchers dispute the figure but agree that temperatures have played a part.",
        "attr named_organisation 'The Medical Association' via 'says' => 'the list was growing'
         attr vague 'Some researchers' via 'agree' => 'that temperatures have played a part'",
    );
}

#[test]
fn sources_in_relative_clauses_and_after_participles() {
    // A possessive after a noun opens an object relative clause's source; a participle
    // with a date after a noun belongs to the noun phrase; past the one told, "that" may
    // be a relative pronoun.
    check(
        "The judge ruled in a case her family said exposed years of warnings.\n\n\
         A recording released on Sunday shows that the president pressed officials.\n\n\
         A source told the Guardian the cases that remained were complex.",
        "attr vague 'her family' via 'said' => 'exposed years of warnings'
         attr document 'A recording released on Sunday' via 'shows' => 'that the president pressed officials'
         attr vague 'A source' via 'told' => 'the cases that remained were complex'",
    );
    // After "without", as after "with", the noun phrase is the participle's subject.
    check(
        "A customer deposited the cash without the bank asking where it came from.",
        "attr named_organisation 'the bank' via 'asking' => 'where it came from'",
    );
}

#[test]
fn it_and_she_name_the_speaker_before_them() {
    // "It" after a sentence opened by a speaking body is that body, not the organisation
    // named last; "it also suggests" speaks; a full name after a role and a comma is a
    // person.
    check(
        "The company blamed the delays on Network Rail, which owns the tracks. In a statement, it said it was disappointed.\n\n\
         A report by council officers warns that libraries matter. It also suggests that volunteers could run them.\n\n\
         Ofgem said: \"Brightside let its customers down.\" Brightside's chief executive, Priya Nair, apologised. \"We got this wrong,\" she said.",
        "attr named_organisation 'The company' via 'blamed' => 'the delays on Network Rail, which owns the tracks'
         attr named_organisation 'it' via 'said' => 'it was disappointed' refers=The company
         attr document 'A report by council officers' via 'warns' => 'that libraries matter'
         attr document 'It' via 'also suggests' => 'that volunteers could run them' refers=A report by council officers
         attr named_person 'Ofgem' via 'said:' => '\"Brightside let its customers down.\"' quote
         attr named_person 'she' via 'said' => '\"We got this wrong,\"' quote refers=Priya Nair",
    );
}

#[test]
fn speakers_after_the_quotation_and_names_given() {
    // An object pronoun closing the speaker's appositive is not the speaker; "known as" in
    // an aside gives the name alone; a closing speaker with a parenthesis and a date ends
    // the content before it; "which" after a preposition's object names that object.
    check(
        "\"This is cheap,\" said Ann Lee, director of the institute, which developed it.\n\n\
         The vaccine, known as R21, was given to 4,800 children.\n\n\
         Lecturers will strike over pay, the College Union (UCU) announced on Monday.",
        "attr named_person 'Ann Lee, director of the institute, which developed it' via 'said' => '\"This is cheap,\"' quote
         attr anonymous - via 'known as' => 'R21'
         attr named_organisation 'the College Union (UCU)' via 'announced' => 'Lecturers will strike over pay'",
    );
}

#[test]
fn a_hedge_in_the_speakers_relative_clause_hedges_not_the_quotation() {
    // "who had been due to fly" is about the speaker: the quotation's next sentence, which
    // the relation governs, is not hedged by it.
    check(
        "\"We found out at the gate,\" said Jenny Marsh, who had been due to fly to Malaga. \"Nobody was there to help.\"",
        "hedged yes \"\\\"We found out at the gate,\\\" said Jenny Marsh, who had been due to fly to Malaga.\"
         hedged no \"\\\"Nobody was there to help.\\\"\"",
    );
}

#[test]
fn a_passive_of_hearing_belongs_to_the_cue_of_the_speaker_after_a_quotation() {
    // What a recording shows someone saying: the speaker is the subject of "can be heard".
    check(
        "\"We will not back down,\" the mayor can be heard saying on the tape.\n\n\
         \"It is over,\" the coach was heard to say.",
        "attr vague 'the mayor' via 'can be heard saying' => '\"We will not back down,\"' quote
         attr vague 'the coach' via 'was heard to say' => '\"It is over,\"' quote",
    );
}

#[test]
fn added_to_is_a_contribution_not_a_saying() {
    check(
        "The findings added to evidence that night work harms health.\n\n\
         The delay, she added, was regrettable.",
        "attr named_person 'she' via 'added' => 'The delay, she added, was regrettable'",
    );
}

#[test]
fn an_object_content_ends_before_a_coordinated_clause() {
    // After a content with no verb of its own, ", and" or ", but" with a subject and its
    // verb starts another clause; a reported clause keeps what is coordinated in it.
    check(
        "The union demanded a pay rise, but the company refused.\n\n\
         The mayor said the plan failed, and the council has lost money.",
        "attr named_organisation 'The union' via 'demanded' => 'a pay rise'
         attr vague 'The mayor' via 'said' => 'the plan failed, and the council has lost money'",
    );
}

#[test]
fn it_opening_a_sentence_stands_for_the_thing_the_previous_one_was_about() {
    check(
        "Complaints about the Harbour Board rose last year. The inquiry, led by a former \
         judge, examined 212 cases. It concluded that most were mishandled.",
        "attr named_organisation 'It' via 'concluded' => 'that most were mishandled' refers=The inquiry",
    );
}

#[test]
fn a_closing_speaker_with_a_comma_after_it_frames_the_content() {
    // A participle phrase or a quotation after the closing speaker's comma.
    check(
        "Hospitals in Leeds reported a rise in admissions, the health service said, without \
         giving figures.",
        "attr vague 'Hospitals in Leeds' via 'reported' => 'a rise in admissions'
         attr named_organisation 'the health service' via 'said' => 'Hospitals in Leeds reported a rise in admissions'",
    );
}

#[test]
fn a_content_ends_before_a_participle_of_its_own_source() {
    // The participle after the comma is a second statement of the same speaker.
    check(
        "Tenants disputed the figure, pointing to a survey by residents.",
        "attr vague 'Tenants' via 'disputed' => 'the figure'
         attr vague 'Tenants' via 'pointing to' => 'a survey by residents'",
    );
}

#[test]
fn a_closing_according_to_frames_the_statement_before_it() {
    // The belief is the growers'; "according to" frames the whole sentence. An "according
    // to" inside its own content is not cut by itself.
    check(
        "Some growers privately believe that prices will fall, according to people familiar \
         with the market.\n\n\
         The market, according to one grower, will recover by spring.",
        "attr vague 'Some growers' via 'privately believe' => 'that prices will fall'
         attr vague 'people familiar with the market' via 'according to' => 'Some growers privately believe that prices will fall'
         attr vague 'one grower' via 'according to' => 'The market, according to one grower, will recover by spring'",
    );
}

#[test]
fn a_stance_verb_of_a_closing_speaker_set_off_by_commas() {
    check(
        "Those given the vaccine were also less likely to need hospital care, the authors \
         found, although they reported more headaches.",
        "attr vague 'the authors' via 'found' => 'Those given the vaccine were also less likely to need hospital care'
         attr vague 'they' via 'reported' => 'more headaches'",
    );
}

#[test]
fn an_agent_ends_before_a_preposition_of_circumstance() {
    check(
        "The scheme has been backed by councillors despite strong objections.",
        "attr vague 'councillors' via 'has been backed' => 'The scheme'",
    );
}

#[test]
fn councillors_are_people_and_clubs_and_trusts_organisations() {
    check(
        "Councillor Ann Reed said the budget was balanced. She added that no services \
         would close.\n\n\
         The club said its manager had resigned. The hospital trust said it would appeal.",
        "attr named_person 'Councillor Ann Reed' via 'said' => 'the budget was balanced'
         attr named_person 'She' via 'added' => 'that no services would close' refers=Ann Reed
         attr named_organisation 'The club' via 'said' => 'its manager had resigned'
         attr named_organisation 'The hospital trust' via 'said' => 'it would appeal'",
    );
}

#[test]
fn according_to_before_and_after() {
    check(
        "According to a statement from the Harbour Board, the gates did not close.\n\nPrices rose 3%, according to the Statistics Office.",
        "attr document 'a statement from the Harbour Board' via 'According to' => 'the gates did not close'
         attr named_organisation 'the Statistics Office' via 'according to' => 'Prices rose 3%'",
    );
}

#[test]
fn documents_as_sources() {
    check(
        "The joint statement calls for a ceasefire in the region.\n\nA report published on Monday by the agency says exports fell.\n\nThe report, published on Monday, says exports fell.",
        "attr document 'The joint statement' via 'calls for' => 'a ceasefire in the region'
         attr document 'A report published on Monday by the agency' via 'says' => 'exports fell'
         attr document 'The report, published on Monday,' via 'says' => 'exports fell'",
    );
}

#[test]
fn colon_introduces_a_statement() {
    check(
        "The minister was blunt: the mine will close in May.",
        "attr vague 'The minister' via ':' => 'the mine will close in May'",
    );
}

#[test]
fn agentless_forms_are_anonymous() {
    check(
        "The Duma has reportedly approved the bill.\n\nIt is argued that the tax failed.\n\nThe summit is expected to produce a deal.",
        "attr anonymous - via 'reportedly' => 'The Duma has reportedly approved the bill'
         attr anonymous - via 'It is argued' => 'that the tax failed'
         attr anonymous - via 'is expected' => 'The summit is expected to produce a deal'",
    );
}

#[test]
fn direct_quote_with_speaker_after() {
    check(
        "\"We are treating more patients than ever,\" said Jane Doe.\n\n\u{201c}The backlog is growing,\u{201d} she said.",
        "attr named_person 'Jane Doe' via 'said' => '\"We are treating more patients than ever,\"' quote
         attr named_person 'she' via 'said' => '\u{201c}The backlog is growing,\u{201d}' quote refers=Jane Doe",
    );
}

#[test]
fn direct_quote_with_speaker_in_the_middle() {
    check(
        "Mayor Ann Lee spoke on Monday.\n\n\u{201c}We are ready,\u{201d} she said, \u{201c}and we will act.\u{201d}",
        "attr named_person 'she' via 'said' => '\u{201c}We are ready,\u{201d} she said, \u{201c}and we will act.\u{201d}' quote refers=Ann Lee",
    );
}

#[test]
fn direct_quote_spanning_two_sentences() {
    check(
        "\u{201c}Bus journeys have fallen by eight minutes. That is what our data shows,\u{201d} Okoro told the council.",
        "claim cw 0.622 [temporal event] \"\u{201c}Bus journeys have fallen by eight minutes.\"
         claim -- 0.401 [statement] \"That is what our data shows,\u{201d} Okoro told the council.\"
         attr named_person 'Okoro' via 'told' => '\u{201c}Bus journeys have fallen by eight minutes. That is what our data shows,\u{201d}' quote",
    );
}

#[test]
fn speaker_after_a_quoted_question_that_ends_its_sentence() {
    // The question mark ends the quote's sentence; the speaker is the next one. A sentence
    // that goes on past the speaker is not taken for one.
    check(
        "\u{201c}Can the council pay for it?\u{201d} Okoro asked.\n\n\u{201c}We will find out!\u{201d} The vote is on Monday.\n\n\u{201c}Who pays?\u{201d} Lee asked, looking at the mayor.",
        "attr named_person 'Okoro' via 'asked' => '\u{201c}Can the council pay for it?\u{201d}' quote
         attr named_person 'Lee' via 'asked' => '\u{201c}Who pays?\u{201d}' quote",
    );
}

#[test]
fn participle_after_a_quote_shares_the_speaker() {
    check(
        "\u{201c}We are ready,\u{201d} Okoro said, adding that the council would vote on Monday.",
        "attr named_person 'Okoro' via 'said' => '\u{201c}We are ready,\u{201d}' quote
         attr named_person 'Okoro' via 'adding' => 'that the council would vote on Monday'",
    );
}

#[test]
fn an_appositive_ending_the_sentence_belongs_to_the_source() {
    check(
        "\"Turnout will be high,\" said Nora Quist, a political scientist at Lakemoor University.",
        "attr named_person 'Nora Quist, a political scientist at Lakemoor University' via 'said' => '\"Turnout will be high,\"' quote",
    );
}

#[test]
fn an_appositive_before_the_cue_belongs_to_the_source() {
    check(
        "Ines Barros, the dean of the nursing school, said the report was accurate.",
        "attr named_person 'Ines Barros, the dean of the nursing school,' via 'said' => 'the report was accurate'",
    );
}

#[test]
fn two_noun_phrases_joined_by_and_are_one_source() {
    check(
        "Sanders and Clinton said the debate was fair. Clinton won Iowa and Sanders said the count was close.",
        "attr named_person 'Sanders and Clinton' via 'said' => 'the debate was fair'
         attr named_person 'Sanders' via 'said' => 'the count was close'",
    );
}

#[test]
fn a_subject_pronoun_is_the_whole_source() {
    check(
        "Mayor Ann Lee spoke on Monday. Late on Monday she said the bridge would reopen.",
        "attr named_person 'she' via 'said' => 'the bridge would reopen' refers=Ann Lee",
    );
}

#[test]
fn it_before_a_speech_verb_is_a_source() {
    check(
        "The council published a report. \"The bridge will reopen,\" it said. It seems fine.",
        "attr named_organisation 'The council' via 'published' => 'a report'
         attr named_organisation 'it' via 'said' => '\"The bridge will reopen,\"' quote refers=The council",
    );
}

#[test]
fn speaker_before_quote_with_colon() {
    check(
        "The chancellor said: \"Growth returned in the spring.\"",
        "attr vague 'The chancellor' via 'said:' => '\"Growth returned in the spring.\"' quote",
    );
}

#[test]
fn pronoun_refers_to_last_named_person() {
    check(
        "Opposition spokesman Daniel Cho denied that the government had consulted industry. He said the plans were drawn up in secret.",
        "attr named_person 'Opposition spokesman Daniel Cho' via 'denied' => 'that the government had consulted industry'
         attr named_person 'He' via 'said' => 'the plans were drawn up in secret' refers=Daniel Cho",
    );
}

#[test]
fn pronoun_refers_to_a_person_named_after_a_lower_case_title() {
    check(
        "Mayor Ann Lee said the rates would fall. Former deputy governor Carl Jensen disagreed.\n\n\u{201c}The criticism is unfair,\u{201d} he said.",
        "attr named_person 'Mayor Ann Lee' via 'said' => 'the rates would fall'
         attr named_person 'he' via 'said' => '\u{201c}The criticism is unfair,\u{201d}' quote refers=Carl Jensen",
    );
}

#[test]
fn a_name_after_a_lower_case_organisation_word_is_an_organisation() {
    check(
        "Hosepipe bans start on Friday, the industry body Water UK said.\n\nThames Water, the largest supplier, said it had fixed the leaks.",
        "attr named_organisation 'the industry body Water UK' via 'said' => 'Hosepipe bans start on Friday'
         attr named_organisation 'Thames Water, the largest supplier,' via 'said' => 'it had fixed the leaks'",
    );
    // Described once, an organisation wherever its name stands; not after a relative
    // clause's subject ("the charity Ann Lee founded").
    check(
        "Regulators fined the social media company Meta on Monday. Meta said it would appeal.\n\nThe charity Ann Lee founded closed. Ann Lee said it had run out of money.",
        "attr named_organisation 'Meta' via 'said' => 'it would appeal'
         attr named_person 'Ann Lee' via 'said' => 'it had run out of money'",
    );
}

#[test]
fn stance_verbs_with_a_nominal_object_are_attributions_as_in_polnear() {
    check(
        "Mayor Ann Lee defended the new bus lanes on Tuesday.\n\nThe union accused the council of lying.\n\nThe union complained that the lanes were unsafe.",
        "attr named_person 'Mayor Ann Lee' via 'defended' => 'the new bus lanes on Tuesday'
         attr named_organisation 'The union' via 'accused' => 'the council of lying'
         attr named_organisation 'The union' via 'complained' => 'that the lanes were unsafe'",
    );
}

#[test]
fn they_and_we_are_unnamed_sources() {
    check(
        "They said the port had reopened.\n\nWe said the port had reopened.",
        "attr vague 'They' via 'said' => 'the port had reopened'
         attr vague 'We' via 'said' => 'the port had reopened'",
    );
}

#[test]
fn the_writers_i_is_a_person_the_byline_names() {
    // Outside a quotation "I" is the writer; a byline of one name says who that is.
    let text = "Ann Lee runs the bakery.\n\nI think the council is wrong about the tax.\n\n\"No,\" I said, trying again.";
    let mut a = article(text);
    a.metadata.authors = vec!["Sam Reyes".to_owned()];
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let got: Vec<String> = render(&c.classify(&a))
        .into_iter()
        .filter(|l| l.starts_with("attr"))
        .collect();
    assert_eq!(
        got,
        [
            "attr named_person 'I' via 'think' => 'the council is wrong about the tax' refers=Sam Reyes",
            "attr named_person 'I' via 'said' => '\"No,\"' quote refers=Sam Reyes",
        ]
    );
    // With no byline, or several, "I" refers to no one in particular.
    check(
        text,
        "attr named_person 'I' via 'think' => 'the council is wrong about the tax'
         attr named_person 'I' via 'said' => '\"No,\"' quote",
    );
}

#[test]
fn relative_pronoun_is_the_source_and_refers_to_its_antecedent() {
    check(
        "The plan was backed by Senator Ann Lee, who said that the bridge would reopen in May.",
        "attr named_person 'who' via 'said' => 'that the bridge would reopen in May' refers=Senator Ann Lee",
    );
}

#[test]
fn learned_cues_are_checked_against_the_rules() {
    check(
        "Waiting lists in England reached 7.8 million in August.\n\nCentral bank expected to hold rates\n\nThe agency said engineers had inspected the barrier and found no defects.\n\nResidents were evacuated to two schools.",
        "attr anonymous - via 'expected' => 'Central bank expected to hold rates'
         attr named_organisation 'The agency' via 'said' => 'engineers had inspected the barrier and found no defects'",
    );
}

#[test]
fn double_apostrophe_quotes_and_a_quote_going_on_after_the_speaker() {
    check(
        "''We are ready,'' Mr. Lee said. ''It will be hard.''\n\n\"No,\" he said.",
        "attr named_person 'Mr. Lee' via 'said' => '''We are ready,'' Mr. Lee said. ''It will be hard.''' quote
         attr named_person 'he' via 'said' => '\"No,\"' quote refers=Lee",
    );
}

#[test]
fn possessive_is_not_part_of_a_name() {
    check(
        "The office of Mr. Delgado's lawyer did not comment.",
        "ev named_actor 'Mr. Delgado'",
    );
}

#[test]
fn colon_after_a_bare_name_but_not_after_a_label_or_list() {
    check(
        "Senator Ann Lee: the budget was cut.\n\nThe Latest: the polls close at eight.\n\nLee has won three states this year: Ohio, Utah and Iowa.",
        "attr named_person 'Senator Ann Lee' via ':' => 'the budget was cut'",
    );
}

#[test]
fn a_dash_and_a_name_after_a_quote_sign_it() {
    // An epigraph or a round-up of readers' words, and a fact-check's quote in a
    // paragraph of its own; a dash in the middle of a line is no signature.
    check(
        "\u{201c}He represents our greatest shame.\u{201d} \u{2015} Sonya Herridge\n\
         \u{201c}We will rebuild.\u{201d} \u{2014} Carla Sanchez.\n\n\
         \"We will look into it.\"\n\n- Dana Whitfield.\n\n\
         The plan is \"dead\" \u{2014} Mayor Lee Smith, Ohio.",
        "attr named_person 'Sonya Herridge' via '\u{2015}' => '\u{201c}He represents our greatest shame.\u{201d}' quote
         attr named_person 'Carla Sanchez' via '\u{2014}' => '\u{201c}We will rebuild.\u{201d}' quote
         attr named_person 'Dana Whitfield' via '-' => '\"We will look into it.\"' quote",
    );
}

#[test]
fn signed_quotations_run_on_one_line_and_a_wrongly_marked_opening_pairs() {
    // A round-up that runs its signed quotations on, each opening right after the last
    // name; the first opened with a right mark, as some pages type it.
    check(
        "\u{201d}The port will close.\u{201d} \u{2015} Ana Ruiz \u{201c}We were not told.\u{201d} \u{2015} Tom Hale\n",
        "attr named_person 'Ana Ruiz' via '\u{2015}' => '\u{201d}The port will close.\u{201d}' quote
         attr named_person 'Tom Hale' via '\u{2015}' => '\u{201c}We were not told.\u{201d}' quote",
    );
}

#[test]
fn a_transcript_turn_is_its_speakers_words_to_the_end_of_the_paragraph() {
    // PENCE is named in the story as Mike Pence; WALLACE is not, but opens two turns of the
    // same transcript.
    check(
        "Mike Pence spoke on Sunday.\n\n\
         \"WALLACE: Let us start with the debate. Will she be there?\n\n\
         \"PENCE: Well, she will not. The choice is serious.\n\n\
         \"WALLACE: If I may, sir, we have little time left.",
        "attr named_person 'WALLACE' via ':' => 'Let us start with the debate. Will she be there?' quote
         attr named_person 'PENCE' via ':' => 'Well, she will not. The choice is serious.' quote
         attr named_person 'WALLACE' via ':' => 'If I may, sir, we have little time left.' quote",
    );
}

#[test]
fn a_speaker_may_open_with_a_participle_or_follow_a_sentence_initial_cue() {
    check(
        "\"We will keep the port open,\" retired harbour master Lloyd Newton said.\n\n\
         Said Ellis: \"We are not going anywhere.\"",
        "attr named_person 'retired harbour master Lloyd Newton' via 'said' => '\"We will keep the port open,\"' quote
         attr named_person 'Ellis' via 'Said' => '\"We are not going anywhere.\"' quote",
    );
}

#[test]
fn words_ending_in_a_preposition_or_governed_by_a_participle_are_no_source() {
    // The words before the cue are the tail of another phrase; after "what" the speaker
    // is named.
    check(
        "The council approved the budget amid warnings that the port would close.\n\n\
         Analysts were engaging in what economists called a guessing game.\n\n\
         The ferry sailed, fueling worries that the strike would spread.",
        "attr anonymous - via 'warnings' => 'that the port would close'
         attr vague 'economists' via 'called' => 'a guessing game'
         attr anonymous - via 'worries' => 'that the strike would spread'",
    );
}

#[test]
fn a_passive_verb_of_saying_has_its_agent_or_no_source() {
    // With "by", the agent speaks, whether the cue found was the whole passive or its
    // participle; without, nobody is named, and the subject is what was said.
    check(
        "The registration issue was first reported by The Ledger.\n\n\
         A curfew was announced from ten at night until dawn.",
        "attr named_organisation 'The Ledger' via 'was first reported' => 'The registration issue'
         attr anonymous - via 'was announced' => 'A curfew'",
    );
}

#[test]
fn a_coordinated_verb_shares_its_subject_and_then_is_an_adverb_at_the_start() {
    check(
        "His ex-wife agreed, but also contended that the files should stay sealed.\n\n\
         Judge Ann Lee then ruled that the statement was false.\n\n\
         Joseph Biden Jr. said the remarks were false.",
        "attr vague 'His ex-wife' via 'also contended' => 'that the files should stay sealed'
         attr named_person 'Judge Ann Lee' via 'ruled' => 'that the statement was false'
         attr named_person 'Joseph Biden Jr.' via 'said' => 'the remarks were false'",
    );
}

#[test]
fn a_participle_before_its_noun_is_no_cue() {
    check(
        "The ceasefire held overnight, with no reported clashes along the front.\n\n\
         The proposed merger was announced by the two firms.\n\n\
         Lee has won 412 pledged delegates, and Okafor has fewer pledged delegates.",
        "attr vague 'the two firms' via 'was announced' => 'The proposed merger'",
    );
}

#[test]
fn a_possessive_before_a_noun_cue_is_its_source() {
    // "his criticism of": PolNeAR's source is the possessor, a person the article named.
    check(
        "Mayor Tom Reyes runs the port.\n\nIn his criticism of the harbour, the inspector was blunt.",
        "attr named_person 'his' via 'criticism of' => 'the harbour, the inspector was blunt' refers=Tom Reyes",
    );
}

#[test]
fn a_name_given_by_no_one_has_no_source() {
    // "known as", "titled" after a noun: a reduced relative clause naming it, which
    // PolNeAR marks with no source, not the noun before it as speaker.
    check(
        "The fund, known as the Harbour Trust, pays for repairs.",
        "attr anonymous - via 'known as' => 'the Harbour Trust'",
    );
}

#[test]
fn a_passive_stance_verb_without_agent_has_no_source_and_able_to_is_skipped() {
    check(
        "The mayor was harshly criticized for the delays.\n\n\
         They almost immediately disclosed the results to the board.",
        "attr anonymous - via 'was harshly criticized' => 'The mayor'
         attr vague 'They' via 'immediately disclosed' => 'the results to the board'",
    );
}

#[test]
fn a_long_appositive_after_the_opening_name_stays_with_the_source() {
    // However long the appositive, the name that opens the sentence is the source and the
    // appositive goes with it; a participle clause between commas, however long, is passed
    // over; double hyphens stand for dashes.
    check(
        "But Ruth Okafor, senior organiser for tenant campaigns at the Harbour Housing Trust for Fair Rents, said tenants still want local offices.\n\n\
         Mayor Ann Lee, opening the new harbour museum of maritime history and trade on Saturday, said it would tell the city's story.\n\n\
         Moss -- co-author of a book tracing the port's history -- said the council made promises.",
        "attr named_person 'Ruth Okafor, senior organiser for tenant campaigns at the Harbour Housing Trust for Fair Rents,' via 'said' => 'tenants still want local offices'
         attr named_person 'Mayor Ann Lee' via 'said' => 'it would tell the city's story'
         attr named_person 'Moss' via 'said' => 'the council made promises'",
    );
}

#[test]
fn a_participle_or_infinitive_cue_speaks_for_the_subject_of_its_sentence() {
    check(
        "Trump posted tweets early Friday saying the debate was rigged.\n\n\
         Lee took to Twitter to accuse the council of lying.",
        "attr named_person 'Trump' via 'saying' => 'the debate was rigged'
         attr named_person 'Lee' via 'to accuse' => 'the council of lying'",
    );
}

#[test]
fn the_agent_of_a_passive_cue_is_its_source() {
    // The agent after "by" speaks; the subject is what it speaks of. "by" with a time
    // brings no agent.
    check(
        "The nominee has been endorsed by dozens of newspapers.\n\n\
         The bill was endorsed by Friday.",
        "attr vague 'dozens of newspapers' via 'has been endorsed' => 'The nominee'",
    );
}

#[test]
fn a_relative_pronoun_source_stands_for_the_phrase_before_it() {
    // The pronoun is the source span (as PolNeAR marks it); the relation takes the kind of
    // the phrase it stands for and names it; the content ends where the interrupted
    // clause resumes.
    let doc = classify(
        "The council met Senator Ann Lee, who in 2010 said the port would close.\n\n\
         The study, which notes that 58 firms paid no tax, was published on Monday.\n\n\
         The families, many of whom say the claims are false, protested.",
    );
    let got: Vec<(String, String, String, Option<String>)> = doc
        .attributions
        .iter()
        .map(|a| {
            let text = |s: &claimsift_core::TextSpan| s.text.clone();
            (
                a.source.as_ref().map(text).unwrap_or_default(),
                format!("{:?}", a.kind),
                doc.text[a.content.start..a.content.end].to_owned(),
                a.refers_to.clone(),
            )
        })
        .collect();
    let want = |s: &str, k: &str, c: &str, r: &str| {
        (s.to_owned(), k.to_owned(), c.to_owned(), Some(r.to_owned()))
    };
    assert_eq!(
        got,
        vec![
            want(
                "who",
                "NamedPerson",
                "the port would close",
                "Senator Ann Lee"
            ),
            want(
                "which",
                "Document",
                "that 58 firms paid no tax",
                "The study"
            ),
            want(
                "many of whom",
                "Vague",
                "the claims are false",
                "The families"
            ),
        ]
    );
}

#[test]
fn quote_after_a_verb_with_an_addressee() {
    check(
        "He tells the crowd: \u{201c}We have won every county.\u{201d}",
        "attr named_person 'He' via 'tells' => '\u{201c}We have won every county.\u{201d}' quote",
    );
}

#[test]
fn speaker_after_a_quote_with_an_appositive() {
    check(
        "\u{201c}We accept the findings,\u{201d} the council leader, Priya Shah, told a meeting.",
        "attr named_person 'the council leader, Priya Shah,' via 'told' => '\u{201c}We accept the findings,\u{201d}' quote",
    );
}

#[test]
fn a_quote_opening_the_next_sentence_goes_on_after_a_speaker_with_a_title() {
    check(
        "\"We made a fair offer,\" said Maria Keane, the union's general secretary. \"They chose confrontation.\"",
        "attr named_person 'Maria Keane, the union's general secretary' via 'said' => '\"We made a fair offer,\" said Maria Keane, the union's general secretary. \"They chose confrontation.\"' quote",
    );
}

#[test]
fn a_quote_carried_into_the_next_paragraph_is_one_quotation() {
    // News style: the first paragraph's quotation is left open and the next paragraph
    // opens with a quotation mark again.
    let text = "\u{201c}We accept the findings,\u{201d} Priya Shah said. \u{201c}Residents were let down.\n\n\u{201c}We will publish a timetable.\u{201d}\n\nThe wall was never finished.";
    let doc = classify(text);
    let quotes: Vec<&str> = doc
        .attributions
        .iter()
        .map(|a| &text[a.content.start..a.content.end])
        .collect();
    assert_eq!(
        quotes,
        vec![
            "\u{201c}We accept the findings,\u{201d} Priya Shah said. \u{201c}Residents were let down.\n\n\u{201c}We will publish a timetable.\u{201d}"
        ]
    );
}

#[test]
fn it_said_names_the_organisation_before_it() {
    check(
        "The Harbour Authority rejected the plan. In a statement, it said the port was safe.\n\nIt is said that the port was sold.",
        "attr named_organisation 'The Harbour Authority' via 'rejected' => 'the plan'
         attr named_organisation 'it' via 'said' => 'the port was safe' refers=The Harbour Authority
         attr anonymous - via 'It is said' => 'that the port was sold'",
    );
}

#[test]
fn sources_with_a_plural_possessive_or_a_participle_aside() {
    check(
        "The Transport Workers' Union said 4,200 members had voted.\n\nThe council's own audit, seen by this newspaper, concludes that the wall was never finished.",
        "attr named_organisation 'The Transport Workers' Union' via 'said' => '4,200 members had voted'
         attr document 'The council's own audit, seen by this newspaper,' via 'concludes' => 'that the wall was never finished'",
    );
}

#[test]
fn a_time_phrase_after_the_cue_leaves_the_content_before_the_source() {
    check(
        "Dock workers will walk out on Monday, union leaders said on Friday, after talks broke down.\n\nIn Oslo, officials said on Friday that talks would resume.",
        "attr vague 'union leaders' via 'said' => 'Dock workers will walk out on Monday'
         attr vague 'officials' via 'said' => 'that talks would resume'",
    );
}

#[test]
fn an_agentless_cue_inside_a_sourced_content_is_part_of_it() {
    check(
        "The minister is expected to meet both sides next week, officials familiar with the plans said.",
        "attr vague 'officials familiar with the plans' via 'said' => 'The minister is expected to meet both sides next week'",
    );
}

#[test]
fn that_with_one_word_after_a_stance_verb_is_no_clause() {
    check(
        "The association rejected that account.\n\nThe mayor denied that he lied.",
        "attr vague 'The mayor' via 'denied' => 'that he lied'",
    );
}

#[test]
fn it_said_after_an_unnamed_organisation_and_reportedly_inside_a_tagged_run() {
    check(
        "The employers' association rejected the offer. In a statement, it said the talks had failed.\n\nHe has reportedly drafted contingency plans.",
        "attr named_organisation 'The employers' association' via 'rejected' => 'the offer'
         attr named_organisation 'it' via 'said' => 'the talks had failed' refers=The employers' association
         attr anonymous - via 'reportedly' => 'He has reportedly drafted contingency plans'",
    );
}

#[test]
fn sources_across_appositives_parentheses_and_coordination() {
    check(
        "Jo Sims \u{2014} a teacher from Leeds \u{2014} says she voted early.\n\nKevin Brady, chairman of the committee, said that the tax would be delayed.\n\nGov. Ann Lee (R-OH) said the plant had closed.\n\nWilson praised the plan and said the state had saved $2m.\n\nThe mayor cut the budget, saying the city had lost 3% of its revenue.",
        "attr named_person 'Jo Sims' via 'says' => 'she voted early'
         attr named_person 'Kevin Brady, chairman of the committee,' via 'said' => 'that the tax would be delayed'
         attr named_person 'Gov. Ann Lee (R-OH)' via 'said' => 'the plant had closed'
         attr named_person 'Wilson' via 'praised' => 'the plan'
         attr named_person 'Wilson' via 'said' => 'the state had saved $2m'
         attr vague 'The mayor' via 'saying' => 'the city had lost 3% of its revenue'",
    );
}

#[test]
fn a_speaker_set_off_by_commas_keeps_the_content_around_it() {
    check(
        "As the mayor noted, the bridge had been closed for a year.\n\nThe budget, she said, would be cut by 3%.",
        "attr vague 'the mayor' via 'noted' => 'the bridge had been closed for a year'
         attr vague 'she' via 'said' => 'The budget, she said, would be cut by 3%'",
    );
}

#[test]
fn a_title_after_a_name_and_a_bare_quantifier_are_skipped_or_kept_as_sources() {
    check(
        "Jo Weaver, the party's campaign manager, said the vote would be close.\n\nMany said the vote would be close.\n\nThe statement, signed by Norway, Canada, Japan and seven others, calls for a pause in the fighting.",
        "attr named_person 'Jo Weaver, the party's campaign manager,' via 'said' => 'the vote would be close'
         attr vague 'Many' via 'said' => 'the vote would be close'
         attr document 'The statement, signed by Norway, Canada, Japan and seven others,' via 'calls for' => 'a pause in the fighting'",
    );
}

#[test]
fn a_speaker_after_the_cue_may_open_with_a_title_or_a_count() {
    check(
        "\"The bridge is closing soon,\" said former city engineer Tom Walsh.\n\n\"The deal is dead,\" said one harbour official.\n\nThe ferry will stop in May, said Lee described the timetable.",
        "attr named_person 'former city engineer Tom Walsh' via 'said' => '\"The bridge is closing soon,\"' quote
         attr vague 'one harbour official' via 'said' => '\"The deal is dead,\"' quote
         attr anonymous - via 'said' => 'Lee described the timetable'
         attr named_person 'Lee' via 'described' => 'the timetable'",
    );
}

#[test]
fn a_time_phrase_after_a_named_subject_and_an_appositive_after_a_parenthesis() {
    check(
        "Sen. Ann Lee (D-Md.) on Tuesday called the plan reckless.\n\nA poll last week showed the mayor ahead.\n\nRep. Tom Hale (R-Ohio), chair of the panel, said the hearing would go ahead.\n\nThe vote was close, the race will be tight, said Jo Marsh.",
        "attr named_person 'Sen. Ann Lee (D-Md.)' via 'called' => 'the plan reckless'
         attr document 'A poll last week' via 'showed' => 'the mayor ahead'
         attr named_person 'Rep. Tom Hale (R-Ohio), chair of the panel,' via 'said' => 'the hearing would go ahead'
         attr named_person 'Jo Marsh' via 'said' => 'The vote was close, the race will be tight'",
    );
}

#[test]
fn asides_adverbs_and_negated_auxiliaries_are_not_part_of_the_source() {
    check(
        "Ann Lee, however, said the pier would reopen.\n\nTom Hale, speaking in Leeds on Friday, said the pier would reopen.\n\nThe mayor later said the pier would reopen.\n\nJo Marsh wouldn't say whether the pier would reopen.\n\nSeveral councillors, including Jo Marsh, said the pier would reopen.\n\nThe pier will reopen in May, said Ann Lee, the harbour master, referring to the repairs.",
        "attr named_person 'Ann Lee' via 'said' => 'the pier would reopen'
         attr named_person 'Tom Hale' via 'said' => 'the pier would reopen'
         attr vague 'The mayor' via 'later said' => 'the pier would reopen'
         attr named_person 'Jo Marsh' via 'wouldn't say' => 'whether the pier would reopen'
         attr named_person 'Several councillors, including Jo Marsh,' via 'said' => 'the pier would reopen'
         attr named_person 'Ann Lee, the harbour master,' via 'said' => 'The pier will reopen in May'
         attr named_person 'Ann Lee, the harbour master,' via 'referring to' => 'the repairs'",
    );
}

// ---- hedging ----

#[test]
fn hedge_categories() {
    check(
        "The Duma has reportedly approved a bill.\n\nThe ceasefire could collapse.\n\nThe data suggests a rise.\n\nPrices will possibly fall if rates rise.\n\nThe summit is set to open.\n\nSome say the vote was rigged.",
        "hedge 'reportedly' reportive
         hedge 'could' modal
         hedge 'suggests' epistemic_verb
         hedge 'possibly' epistemic_adverb
         hedge 'if' conditional
         hedge 'is set to' expectation
         hedge 'Some say' weasel",
    );
}

#[test]
fn an_expectation_ending_in_to_needs_a_verb_after_it() {
    // "is due to the storm" gives a cause and "is set to 20" a value: "to" is then a
    // preposition, not the start of an expected event.
    check(
        "The ferry is due to arrive at noon.\n\nThe delay is due to the storm.\n\nThe dial is set to 20 degrees.\n\nThe fault is due to Siemens.\n\n\
         Fuel prices are projected to rise.\n\nThe plant was now set to close.\n\nThe rates were set to 2%.\n\n\
         The shortfall is due to refusals by insurers.\n\nThe court was due to rule on Friday.",
        "hedge 'is due to' expectation
         hedge 'are projected to' expectation
         hedge 'was now set to' expectation
         hedge 'was due to' expectation",
    );
}

#[test]
fn due_to_before_a_scheduled_verb_is_a_prediction_not_a_cause() {
    check(
        "The minister is due to speak on Monday.\n\nThe delay was due to heavy snow.",
        "claim -- 0.289 [temporal prediction] \"The minister is due to speak on Monday.\"
         hedge 'is due to' expectation
         claim -- 0.289 [causal] \"The delay was due to heavy snow.\"",
    );
}

#[test]
fn analysts_caution_is_a_weasel_and_scoped_to_its_claim() {
    check(
        "Analysts caution that the ceasefire could collapse.\n\nThe bridge reopened on Monday.",
        "claim -- 0.142 [statement] \"Analysts caution that the ceasefire could collapse.\"
         hedge 'Analysts caution' weasel
         hedge 'could' modal
         claim cw 0.574 [temporal event] \"The bridge reopened on Monday.\"",
    );
}

#[test]
fn news_hedges_are_hedged_and_plain_reports_are_not() {
    // The decision of the learned hedge model, plus the cue categories that always hedge.
    check(
        "The agency has reportedly frozen the accounts.\n\n\
         The governor is expected to sign the order on Monday.\n\n\
         Analysts caution that exports could shrink.\n\n\
         Some economists say the rebound will stall.\n\n\
         It is widely believed that the mill closed in 1931.\n\n\
         The levy could add $300 to a typical bill.\n\n\
         If the strike spreads, ports would close.\n\n\
         The board approved the merger on Tuesday.\n\n\
         Leaders of ten nations issued a joint statement.\n\n\
         Inflation fell to 2.4 percent in June.\n\n\
         The ministry said the bridge will reopen in May.",
        "hedged yes \"The agency has reportedly frozen the accounts.\"
         hedged yes \"The governor is expected to sign the order on Monday.\"
         hedged yes \"Analysts caution that exports could shrink.\"
         hedged yes \"Some economists say the rebound will stall.\"
         hedged yes \"It is widely believed that the mill closed in 1931.\"
         hedged yes \"The levy could add $300 to a typical bill.\"
         hedged yes \"If the strike spreads, ports would close.\"
         hedged no \"The board approved the merger on Tuesday.\"
         hedged no \"Leaders of ten nations issued a joint statement.\"
         hedged no \"Inflation fell to 2.4 percent in June.\"
         hedged no \"The ministry said the bridge will reopen in May.\"",
    );
}

#[test]
fn modals_and_conditions_that_do_not_hedge() {
    // A denied ability, a method stated for things in general, a concession and a
    // comparison are no hedges; the same words about something particular are.
    let doc = classify(
        "The company could not be reached for comment.\n\n\
         Samples may be stored in a freezer for a year.\n\n\
         Forms may also be completed online.\n\n\
         The vote may be delayed until March.\n\n\
         Even if the talks fail, the port will reopen.\n\n\
         The minister spoke as if the deal were done.\n\n\
         The levy applies regardless of whether tenants agree.\n\n\
         The plan could be delayed if inflation stays high.\n\n\
         Schools may be closed on Monday.\n\n\
         Officials warned that schools may be closed.\n\n\
         Foul play could not be ruled out.\n\n\
         The fee is due whether or not the tenant agrees.\n\n\
         The fire started for no apparent reason.\n\n\
         The test may also be used to diagnose a defect.\n\n\
         The stadium may be used as a shelter next week.\n\n\
         The council's plan to widen the road was approved.\n\n\
         Plans to close the school drew protests.\n\n\
         The union plans to strike in May.\n\n\
         Crews work every day, whether it be rain or snow.\n\n\
         Regulators have urged caution on the merger.\n\n\
         Economists caution that growth will slow.\n\n\
         He asked if the mayor would resign.\n\n\
         Reporters asked the minister whether talks had stalled.\n\n\
         Nobody knows whether talks have stalled.\n\n\
         Officials could not say how many homes were lost.\n\n\
         As many as 300 homes were lost.\n\n\
         Many homes were lost.",
    );
    let cues: Vec<Vec<&str>> = doc
        .claims
        .iter()
        .map(|c| c.hedging.cues.iter().map(|h| h.text.as_str()).collect())
        .collect();
    let expected: Vec<Vec<&str>> = vec![
        vec![],
        vec![],
        vec![],
        vec!["may"],
        vec![],
        vec![],
        vec![],
        vec!["could", "if"],
        vec!["may"],
        vec!["may"],
        vec!["could"],
        vec![],
        vec![],
        vec![],
        vec!["may"],
        vec![],
        vec![],
        vec!["plans to"],
        vec![],
        vec![],
        vec!["Economists caution"],
        vec![],
        vec![],
        vec!["whether"],
        vec![],
        vec![],
        vec!["Many"],
    ];
    assert_eq!(cues, expected);
}

#[test]
fn hedge_reasons_name_the_cues_the_score_and_the_signals() {
    let doc = classify(
        "Some economists say the rebound will stall.\n\nThe levy could add $300 to a typical bill.",
    );
    let hedge_reasons: Vec<&str> = doc
        .claims
        .iter()
        .flat_map(|c| c.reasons.iter())
        .filter(|r| r.starts_with("Hedged"))
        .map(String::as_str)
        .collect();
    // Weights move when the model is refitted; the shape of the reasons must not.
    assert_eq!(hedge_reasons.len(), 2, "{hedge_reasons:?}");
    let weasel = hedge_reasons[0];
    assert!(
        weasel.starts_with("Hedged: 'Some economists say' (weasel) (hedge score 0.")
            && weasel.contains("is at or above 0.")
            && weasel.contains("; weighed most: weasel cue +1.")
            && weasel.contains("'some' +"),
        "{weasel}"
    );
    assert!(
        hedge_reasons[1].starts_with(
            "Hedged: 'could' (modal) (a cue of category modal always hedges; hedge score 0."
        ),
        "{}",
        hedge_reasons[1]
    );
}

#[test]
fn bundled_hedge_model_parses_and_bad_files_are_errors() {
    let m = crate::HedgeModel::parse(crate::BUILTIN_HEDGE_MODEL).expect("bundled model parses");
    assert!(m.len() > 1000, "{} features", m.len());
    assert!(m.threshold() > 0.0 && m.threshold() < 1.0);
    assert_eq!(m.always(), &crate::NEWS_ALWAYS_HEDGES[..]);
    for (text, line) in [
        ("bias = x\n", 1),
        ("# c\nthreshold = 2\n", 2),
        ("always = modal sure\n", 1),
        ("colour = 1\n", 1),
        ("0.5\n", 1),
        ("nan w may\n", 1),
    ] {
        let e = crate::HedgeModel::parse(text).expect_err(text);
        assert_eq!(e.line, line, "{text}: {e}");
    }
}

#[test]
fn hedge_training_learns_cue_words_and_is_deterministic() {
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let mut examples = Vec::new();
    for k in 0..40 {
        examples.push((
            format!("The bridge is arguably the oldest in county {k}."),
            true,
        ));
        examples.push((
            format!("The bridge opened in year {k} of the reign."),
            false,
        ));
        examples.push((
            format!("Many believe the tower was built by monks {k}."),
            true,
        ));
        examples.push((
            format!("The tower was built by monks in winter {k}."),
            false,
        ));
    }
    let options = crate::HedgeTrainingOptions {
        steps: 60,
        ..crate::HedgeTrainingOptions::default()
    };
    let a = crate::train_hedging(&c, &examples, &[], &options);
    let b = crate::train_hedging(&c, &examples, &[], &options);
    let (fa, fb) = (
        a.to_file("cmd", &[("data", "0")]),
        b.to_file("cmd", &[("data", "0")]),
    );
    assert_eq!(fa, fb);
    assert!(a.cv.f1() > 0.9, "{:?}", a.cv);
    let trained = c.with_hedge_model(std::sync::Arc::new(a.model));
    assert!(
        trained
            .classify_sentence("The dam is arguably unsafe.")
            .hedged
    );
    assert!(
        !trained
            .classify_sentence("The dam opened in winter.")
            .hedged
    );
}

#[test]
fn negations_are_recorded_not_hedged() {
    check(
        "The Kremlin did not respond and never denied it, and nobody didn't know.",
        "neg 'not'
         neg 'never'
         neg 'denied'
         neg 'nobody'
         neg 'n't'
         reason Statement: 'denied'.
         reason Named actor: 'Kremlin'.
         reason Attributed to a named organisation, 'The Kremlin', through 'never denied'.
         reason Negated: 'not', 'never', 'denied', 'nobody'.
         reason Check-worthy: score 0.55 is at or above the threshold 0.5.",
    );
}

// ---- robustness ----

#[test]
fn odd_inputs_do_not_panic() {
    for text in [
        "",
        " ",
        "\"",
        "“”",
        "'''",
        "?",
        ": : :",
        "said",
        "according to",
        "$",
        "1,",
        "Mr.",
    ] {
        let _ = classify(text);
        let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
        let _ = c.classify_sentence(text);
    }
}

#[test]
fn output_is_deterministic() {
    let text = "\u{201c}We are ready,\u{201d} she said. Officials said 40 monitors arrived on Monday, and the UN has deployed more.";
    assert_eq!(classify(text), classify(text));
}

fn arbitrary_article() -> impl Strategy<Value = Article> {
    (
        "[A-Za-z0-9 ,.;:?!'\"“”‘’$£€%\\-é\u{4e2d}\n]{0,200}",
        proptest::collection::vec(0usize..400, 0..12),
    )
        .prop_map(|(text, mut cuts)| {
            let mut a = Article::single_sentence("prop", text.clone());
            let snap = |mut k: usize| {
                k = k.min(text.len());
                while !text.is_char_boundary(k) {
                    k -= 1;
                }
                k
            };
            cuts.iter_mut().for_each(|c| *c = snap(*c));
            cuts.sort_unstable();
            a.sentences = cuts
                .chunks(2)
                .filter(|c| c.len() == 2)
                .map(|c| Sentence {
                    start: c[0],
                    end: c[1],
                    block: 0,
                })
                .collect();
            a
        })
}

#[test]
fn attributions_and_hedging_match_classify() {
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let a = article(
        "\u{201c}The bridge may reopen in May,\u{201d} the mayor said. Some experts \
         reportedly doubt it, and officials said the plan had failed.\n\nIt is thought \
         that costs rose 40%, according to a report.",
    );
    let doc = c.classify(&a);
    let (attributions, hedging) = c.attributions_and_hedging(&a);
    assert!(!attributions.is_empty() && hedging.iter().any(|(_, h)| h.hedged));
    assert_eq!(attributions, doc.attributions);
    let of_claims: Vec<_> = doc
        .claims
        .into_iter()
        .map(|claim| {
            (
                claimsift_core::Span::new(claim.start, claim.end),
                claim.hedging,
            )
        })
        .collect();
    assert_eq!(hedging, of_claims);
}

proptest! {
    /// Texts made of the words the attribution rules look for, in any order: no rule may
    /// panic or give a span outside the text, whatever the words around it.
    #[test]
    fn attribution_rules_on_cue_words_never_panic(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "Ann", "Lee", "she", "he", "it", "said", "says", "told", "believes", "thinks",
                "was", "is", "asked", "accused", "about", "of", "by", "Citing", "Horrified",
                "at", "and", "but", "yet", "then", "also", "later", "even", "now", "what",
                "including", "something", "earlier", "just", "Tuesday", "this", "month",
                "proposes", "plans", "to", "the", "report", "officials", "who", "that", ",",
                "Should", "Had", "reporters", "MSNBC's", "company", "Meta", "expects",
                "Insurers", "Polls", "show", "decision", "ignored", "governor", "opposition",
                ".", ":", "\"", "\u{201c}", "\u{201d}", "(", ")", "--", "\n", "\n\n",
            ]),
            0..40,
        )
    ) {
        let text = words.join(" ");
        let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
        let doc = c.classify(&article(&text));
        prop_assert_eq!(doc.check_spans(), Ok(()));
        for a in &doc.attributions {
            prop_assert!(a.content.start <= a.content.end && a.content.end <= text.len());
        }
    }

    #[test]
    fn classify_sentence_never_panics(s in "\\PC{0,120}") {
        let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
        let r = c.classify_sentence(&s);
        prop_assert!(r.score >= 0.0 && r.score <= 1.0);
        let doc = c.classify(&Article::single_sentence("p", s.clone()));
        prop_assert_eq!(doc.check_spans(), Ok(()));
    }

    #[test]
    fn attributions_and_hedging_are_what_classify_finds(a in arbitrary_article()) {
        let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
        let doc = c.classify(&a);
        let (attributions, hedging) = c.attributions_and_hedging(&a);
        prop_assert_eq!(attributions, doc.attributions);
        let of_claims: Vec<_> = doc
            .claims
            .into_iter()
            .map(|claim| (claimsift_core::Span::new(claim.start, claim.end), claim.hedging))
            .collect();
        prop_assert_eq!(hedging, of_claims);
    }

    #[test]
    fn classify_article_spans_are_valid(a in arbitrary_article()) {
        let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
        let doc = c.classify(&a);
        prop_assert_eq!(doc.check_spans(), Ok(()));
        for claim in &doc.claims {
            prop_assert!(!claim.checkworthy || !claim.kinds.is_empty());
        }
    }
}

#[test]
fn an_impersonal_passive_with_a_phrase_before_that() {
    check(
        "It is argued in the report that the delays added at least £4m.\n\nIt was claimed by local campaigners that the wall was unsafe.\n\nIt is argued on balance that the plan works.",
        "attr document 'the report' via 'It is argued' => 'that the delays added at least £4m'
         attr vague 'local campaigners' via 'It was claimed' => 'that the wall was unsafe'
         attr anonymous - via 'It is argued' => 'that the plan works'",
    );
}

#[test]
fn reporting_verbs_used_otherwise_are_not_cues() {
    check(
        "The delays added at least £4m to the bill.\n\nOne homeowner, who asked not to be named, said water reached her kitchen.\n\n\"It is over,\" she added.\n\nAsked whether Russia would take part, Hofer said she had invited everyone.",
        "attr vague 'One homeowner, who asked not to be named,' via 'said' => 'water reached her kitchen'
         attr vague 'she' via 'added' => '\"It is over,\"' quote
         attr anonymous - via 'Asked' => 'whether Russia would take part'
         attr named_person 'Hofer' via 'said' => 'she had invited everyone'",
    );
}

#[test]
fn silence_is_a_relation_and_an_instruction_is_not() {
    // A request met with silence is a relation with its subject as source, as PolNeAR
    // marks it ("declined" + "to comment"); "would be asked to" makes its subject the one
    // asked, not a speaker; a speaker reporting the instruction is a source.
    check(
        "The Kremlin did not respond to a request for comment.\n\n\
         A spokesman for the agency declined to comment.\n\n\
         Large industrial users would be asked to cut demand by 15% first.\n\n\
         Officials said large users would be asked to cut demand.\n\n\
         Lee said the ministry did not respond to requests for comment.",
        "attr named_organisation 'The Kremlin' via 'did not respond to' => 'a request for comment'
         attr vague 'A spokesman for the agency' via 'declined' => 'to comment'
         attr vague 'Officials' via 'said' => 'large users would be asked to cut demand'
         attr named_person 'Lee' via 'said' => 'the ministry did not respond to requests for comment'",
    );
}

#[test]
fn silence_is_no_statement() {
    // A check-worthy claim with no phrase naming its kind is a statement when someone is
    // said to have said it, but silence says nothing.
    assert!(crate::is_silence("did not respond to"));
    assert!(crate::is_silence("declined"));
    assert!(crate::is_silence("hasn\u{2019}t replied"));
    assert!(!crate::is_silence("said"));
    assert!(!crate::is_silence("did not say"));
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions { threshold: 0.3 });
    let doc = c.classify(&article(
        "The Kremlin did not respond to a request for comment on the cuts.",
    ));
    let claim = &doc.claims[0];
    assert!(claim.checkworthy, "{claim:?}");
    assert_eq!(claim.kinds, [claimsift_core::ClaimKind::Event]);
}

#[test]
fn a_question_put_to_the_speaker_is_a_relation_of_its_own() {
    // "Asked whether ..., X said": the question has cue "Asked" and no source unless a
    // "by" phrase names the asker; the sentence proper starts after it, so a quotation
    // inside the question is not the answer, and a one-word answer is content.
    check(
        "Asked whether the mayor \"has the votes,\" 40 percent of residents said yes.\n\n\
         When asked by a reporter about the merger, Lee said: \"It is off.\"\n\n\
         Asked on Monday if the bridge would reopen, the engineer said no.",
        "attr anonymous - via 'Asked' => 'whether the mayor \"has the votes,\"'
         attr vague '40 percent of residents' via 'said' => 'yes'
         attr vague 'a reporter' via 'asked' => 'about the merger'
         attr named_person 'Lee' via 'said:' => '\"It is off.\"' quote
         attr anonymous - via 'Asked' => 'if the bridge would reopen'
         attr vague 'the engineer' via 'said' => 'no'",
    );
}

#[test]
fn a_colon_after_a_possessed_statement() {
    check(
        "The audit's recommendation is blunt: the wall must be completed within two years.",
        "attr document 'The audit's recommendation' via ':' => 'the wall must be completed within two years'",
    );
}

#[test]
fn a_pronoun_finds_the_person_named_in_an_appositive_source() {
    check(
        "Health Secretary Daniel Ortiz said the numbers were unacceptable.\n\nBut the chief executive of the Royal College of Nursing, Amara Lewis, said the plan came too late. \"Nurses have been warning about this for three winters,\" she said.",
        "attr named_person 'Health Secretary Daniel Ortiz' via 'said' => 'the numbers were unacceptable'
         attr named_person 'the chief executive of the Royal College of Nursing, Amara Lewis,' via 'said' => 'the plan came too late'
         attr named_person 'she' via 'said' => '\"Nurses have been warning about this for three winters,\"' quote refers=Amara Lewis",
    );
}

#[test]
fn a_party_is_an_organisation() {
    check(
        "Labour accused the government of broken promises.\n\nRepublican senator Ann Cole said the plan had failed.",
        "attr named_organisation 'Labour' via 'accused' => 'the government of broken promises'
         attr named_person 'Republican senator Ann Cole' via 'said' => 'the plan had failed'",
    );
}

#[test]
fn think_tank_is_no_hedge() {
    let doc = classify(
        "The King's Fund, a health think tank, estimates that costs rose.\n\nI think costs rose.",
    );
    let cues: Vec<&str> = doc
        .claims
        .iter()
        .flat_map(|c| c.hedging.cues.iter().map(|h| h.text.as_str()))
        .collect();
    assert_eq!(cues.iter().filter(|c| **c == "think").count(), 1);
    assert!(doc.claims[1].hedging.cues.iter().any(|h| h.text == "think"));
}

#[test]
fn a_possessive_inside_a_single_quotation() {
    check(
        "\u{2018}Travellers\u{2019} patience is running out,\u{2019} said Anthony Smith, chief executive of the watchdog Transport Focus.",
        "attr named_person 'Anthony Smith, chief executive of the watchdog Transport Focus' via 'said' => '\u{2018}Travellers\u{2019} patience is running out,\u{2019}' quote",
    );
}

#[test]
fn declining_to_comment_is_no_change_in_a_quantity() {
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let change = |text: &str| c.sentence_features(text).get(crate::score::Feature::Change);
    assert_eq!(
        change("A spokesman declined to comment on the figures."),
        0.0
    );
    assert_eq!(change("Exports declined by 4% in May."), 1.0);
}

#[test]
fn a_copper_mine_is_not_first_person() {
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let first = |text: &str| {
        c.sentence_features(text)
            .get(crate::score::Feature::FirstSingular)
    };
    assert_eq!(
        first("A judge blocked a permit for a copper mine in Arizona."),
        0.0
    );
    assert_eq!(first("The mine closed in 2019."), 0.0);
    assert_eq!(first("That decision was mine."), 1.0);
    assert_eq!(first("A friend of mine lost his job."), 1.0);
}

#[test]
fn an_appositive_says_a_name_is_an_organisation() {
    check(
        "Resolution Copper, the company behind the mine, said it would appeal.\n\nWendsler Nosie, a former chairman of the tribe, said the land was sacred.",
        "attr named_organisation 'Resolution Copper, the company behind the mine,' via 'said' => 'it would appeal'
         attr named_person 'Wendsler Nosie, a former chairman of the tribe,' via 'said' => 'the land was sacred'",
    );
}

#[test]
fn a_sourced_content_ends_before_a_clause_with_its_own_agentless_cue() {
    check(
        "Analysts caution that insurers may refuse to cover ships, and shipping firms are reportedly waiting for guarantees.",
        "attr vague 'Analysts' via 'caution' => 'that insurers may refuse to cover ships'
         attr anonymous - via 'reportedly' => 'shipping firms are reportedly waiting for guarantees'",
    );
}

#[test]
fn decimals_in_reasons_read_as_floats_do() {
    let mut values: Vec<f64> = (0..=1000).map(|k| f64::from(k) / 1000.0).collect();
    values.extend([
        0.1 + 0.2,
        1e-7,
        0.4755,
        -0.0,
        -0.5,
        2.0,
        1000.0,
        f64::NAN,
        f64::INFINITY,
        claimsift_core::round_score(0.2175),
    ]);
    for x in values {
        assert_eq!(crate::Decimal(x).to_string(), x.to_string(), "{x:?}");
        assert_eq!(format!("{:.2}", crate::Decimal(x)), format!("{x:.2}"));
    }
}

#[test]
fn seem_and_appear_have_no_source() {
    // How a thing looks is the writer's view, with no source; a verb of saying after the
    // cue is still someone's ("seemed to confirm").
    check(
        "Her supporters appeared to turn out in large numbers.\n\n\
         The mayor seemed to confirm that the depot would close.",
        "attr anonymous - via 'appeared' => 'Her supporters appeared to turn out in large numbers'
         attr vague 'The mayor' via 'seemed to confirm' => 'that the depot would close'",
    );
}

#[test]
fn a_passive_charge_has_no_source_and_the_charge_is_no_agent() {
    check(
        "Dock workers have sometimes been accused of blocking the port.\n\n\
         The minister was criticized by several unions for not meeting them.",
        "attr anonymous - via 'have sometimes been accused of' => 'Dock workers'
         attr vague 'several unions' via 'was criticized' => 'The minister'",
    );
}

#[test]
fn a_participle_after_a_quotation_shares_its_speaker() {
    check(
        "\"He did very well,\" Ann Lee recalled, suggesting that the vote had changed little.",
        "attr named_person 'Ann Lee' via 'recalled' => '\"He did very well,\"' quote
         attr named_person 'Ann Lee' via 'suggesting' => 'that the vote had changed little'",
    );
}

#[test]
fn a_source_after_the_cue_may_be_counted_or_hold_to() {
    // "to" before a noun is no infinitive; "one"/"another" open a vague source; a lone name
    // opening the sentence takes an appositive.
    check(
        "\"It is old,\" said a longtime adviser to the mayor.\n\n\
         \"It is over,\" said one person with knowledge of the talks.\n\n\
         Karimi, executive director of the harbour fund, said the docks would reopen.",
        "attr vague 'a longtime adviser to the mayor' via 'said' => '\"It is old,\"' quote
         attr vague 'one person with knowledge of the talks' via 'said' => '\"It is over,\"' quote
         attr named_person 'Karimi, executive director of the harbour fund,' via 'said' => 'the docks would reopen'",
    );
}

#[test]
fn a_contracted_auxiliary_belongs_to_the_cue() {
    // "'s" after a pronoun is "has" or "is"; after a name it is a possessive and stays.
    check(
        "He's said that the depot would close.\n\n\
         Lee's aides said the depot would close.",
        "attr named_person 'He' via ''s said' => 'that the depot would close'
         attr vague 'Lee's aides' via 'said' => 'the depot would close'",
    );
}

#[test]
fn a_cue_and_colon_ending_a_paragraph_take_the_next_one() {
    check(
        "The vote was close.\n\n\
         Mayor Ann Lee added:\n\n\
         \"The harbour will reopen in May. Repairs have begun.\"\n\n\
         The council meets again on Friday.",
        "attr named_person 'Mayor Ann Lee' via 'added:' => '\"The harbour will reopen in May. Repairs have begun.\"' quote",
    );
}

#[test]
fn only_a_verb_of_saying_puts_its_speaker_after_it() {
    check(
        "The levy, known as the harbour charge, will rise in May.\n\n\
         \"We will rebuild,\" said Mayor Ann Lee.",
        "attr anonymous - via 'known as' => 'the harbour charge'
         attr named_person 'Mayor Ann Lee' via 'said' => '\"We will rebuild,\"' quote",
    );
}

#[test]
fn a_participle_after_with_and_a_noun_phrase_is_that_phrase_s() {
    check(
        "Council members went further, with former Governor Ann Lee calling the plan a fraud.",
        "attr named_person 'former Governor Ann Lee' via 'calling' => 'the plan a fraud'",
    );
}

#[test]
fn a_participle_after_an_object_is_the_clause_subject_s() {
    check(
        "The mayor spent much of her speech praising the new harbour plan.",
        "attr vague 'The mayor' via 'praising' => 'the new harbour plan'",
    );
}

#[test]
fn a_participle_aside_may_hold_commas() {
    check(
        "Lee, speaking at a rally in Leeds, Yorks., warned that the plan would fail.",
        "attr named_person 'Lee' via 'warned' => 'that the plan would fail'",
    );
}

#[test]
fn a_verb_after_and_shares_the_subject_of_its_own_clause() {
    check(
        "Some in the crowd booed, and when Lee thanked the city and said it was great to be home, they cheered.",
        "attr named_person 'Lee' via 'thanked' => 'the city'
         attr named_person 'Lee' via 'said' => 'it was great to be home, they cheered'",
    );
}

#[test]
fn an_ago_phrase_between_a_name_and_its_verb_is_no_source() {
    check(
        "Ann Lee less than two weeks ago said the plan would fail.",
        "attr named_person 'Ann Lee' via 'said' => 'the plan would fail'",
    );
}

#[test]
fn a_name_that_is_also_a_modal_is_a_speaker() {
    // "Will" and "May" with a capital in mid-sentence, or opening a name at the sentence
    // start, are names, not the modal that would make a clause of what follows "said".
    check(
        "\"The harbour will reopen in spring,\" said Will Hartley, the port manager.\n\n\
         \"We are not leaving,\" said Theresa May.\n\n\
         Will Hartley said the cranes were old.",
        "attr named_person 'Will Hartley, the port manager' via 'said' => '\"The harbour will reopen in spring,\"' quote
         attr named_person 'Theresa May' via 'said' => '\"We are not leaving,\"' quote
         attr named_person 'Will Hartley' via 'said' => 'the cranes were old'",
    );
}

#[test]
fn the_agent_of_a_participle_is_the_source() {
    // A participle with no auxiliary ("opposed by", "criticized by") takes the agent
    // after "by" as its source and the noun it modifies as its content; a share of
    // people ("by 61 percent of voters") is an agent too, a margin is not.
    check(
        "The ferry plan, opposed by the harbour union, was shelved.\n\n\
         The levy was rejected by 61 percent of voters in the district.\n\n\
         It is a bridge design strongly criticized by two engineers.",
        "attr named_organisation 'the harbour union' via 'opposed' => 'The ferry plan'
         attr vague '61 percent of voters in the district' via 'was rejected' => 'The levy'
         attr vague 'two engineers' via 'strongly criticized' => 'a bridge design'",
    );
}

#[test]
fn the_people_a_poll_asked_are_the_source() {
    check(
        "Those surveyed said the ferry was too slow.\n\n\
         On the budget, 54% say the levy is fair.",
        "attr vague 'Those surveyed' via 'said' => 'the ferry was too slow'
         attr vague '54%' via 'say' => 'the levy is fair'",
    );
}

#[test]
fn a_contrasting_source_ends_the_content_before_it() {
    check(
        "Residents argue the ferry is too slow, while the council says it runs on time.",
        "attr vague 'Residents' via 'argue' => 'the ferry is too slow'
         attr named_organisation 'the council' via 'says' => 'it runs on time'",
    );
}

#[test]
fn a_verb_of_belief_after_a_determiner_is_a_noun() {
    // "the suspect", "no doubt": nouns, no hedge; "Police suspect" stays one.
    check(
        "The suspect fled in a stolen van.\n\nThere is no doubt that the levy failed.\n\nPolice suspect the van was stolen.",
        "hedge 'suspect' epistemic_verb",
    );
}

#[test]
fn a_name_after_the_names_a_body() {
    // A name of no known kind is a person ("Ann Okafor"), but after "the" it names a paper
    // or a body; a party's member and a person named after her paper stay people.
    check(
        "The Harbour Gazette reported that the ferry was late.\n\n\
         Ann Okafor said the ferry was late.\n\n\
         The Gazette's Ann Okafor said the ferry was late.\n\n\
         The Ohio Republican said the ferry was late.",
        "attr named_organisation 'The Harbour Gazette' via 'reported' => 'that the ferry was late'
         attr named_person 'Ann Okafor' via 'said' => 'the ferry was late'
         attr named_person 'The Gazette's Ann Okafor' via 'said' => 'the ferry was late'
         attr named_person 'The Ohio Republican' via 'said' => 'the ferry was late'",
    );
}

#[test]
fn a_share_of_a_group_is_a_vague_source() {
    // "Republicans" alone is a party, named; "some Republicans" names no one in it.
    check(
        "Republicans said the levy was unfair.\n\nSome Republicans said the levy was unfair.",
        "attr named_organisation 'Republicans' via 'said' => 'the levy was unfair'
         attr vague 'Some Republicans' via 'said' => 'the levy was unfair'",
    );
}

#[test]
fn a_source_starts_after_a_preposition() {
    check(
        "The vote was delayed, with Mayor Ann Okafor now arguing that the ferry was late.",
        "attr named_person 'Mayor Ann Okafor' via 'now arguing' => 'that the ferry was late'",
    );
}

#[test]
fn a_source_after_a_quotation_is_a_word() {
    // The mark of a quotation closing inside another (`'...,'''`) and a dash before a
    // participle are no speaker.
    check(
        "''Most voters will not settle for 'We will fix the ferry,''' said Mayor Ann Okafor.\n\n\
         Ann Lee says the ferry is late and \"nothing works\" — adding that the bus is late too.",
        "attr named_person 'Mayor Ann Okafor' via 'said' => '''Most voters will not settle for 'We will fix the ferry,''' quote
         attr named_person 'Ann Lee' via 'says' => 'the ferry is late and \"nothing works\" — adding that the bus is late too'
         attr named_person 'Ann Lee' via 'adding' => 'that the bus is late too'",
    );
}

#[test]
fn content_after_a_dash_a_semicolon_or_a_joined_source() {
    // An aside between dashes after the cue is not what was said; a semicolon after the
    // cue ends the relation's clause; names joined by a slash are one source.
    check(
        "Ann Lee said — on the radio, as it happens — that the ferry was late.\n\n\
         The ferry was late, Lee noted; the bus was on time.\n\n\
         According to a Gazette/Harbour Radio poll, most riders want a new ferry.",
        "attr named_person 'Ann Lee' via 'said' => 'that the ferry was late'
         attr named_person 'Lee' via 'noted' => 'The ferry was late'
         attr document 'a Gazette/Harbour Radio poll' via 'According to' => 'most riders want a new ferry'",
    );
}

#[test]
fn a_relative_pronoun_that_is_the_subject_of_the_content_opens_it() {
    // "which officials said [it] will ...": the pronoun is the subject of what was said.
    check(
        "The levy, which officials said will go into effect in May, was cut.",
        "attr vague 'officials' via 'said' => 'which officials said will go into effect in May'",
    );
}

#[test]
fn a_document_opening_the_sentence_is_its_source() {
    // "In a poll ...," reports what the poll shows; "in an email scandal" names no document,
    // and a clause with its own cue is that cue's.
    check(
        "In a Gazette survey released Monday, the ferry came last of the island's services.\n\n\
         In Lee's view, the ferry is too slow for the island.\n\n\
         In an email scandal last year, the mayor lost her seat.\n\n\
         In a statement, the council said the ferry was late.",
        "attr document 'a Gazette survey released Monday' via 'In' => 'the ferry came last of the island's services'
         attr vague 'Lee's view' via 'In' => 'the ferry is too slow for the island'
         attr named_organisation 'the council' via 'said' => 'the ferry was late'",
    );
}

#[test]
fn a_share_and_an_age_stay_in_the_source() {
    // "in 10" after a number is a share, not a date; an age between commas belongs to the
    // appositive after it.
    check(
        "Six in 10 riders say the ferry is late.\n\n\
         Chelsea Okafor, 35, the daughter of the mayor, said the ferry is late.",
        "attr vague 'Six in 10 riders' via 'say' => 'the ferry is late'
         attr named_person 'Chelsea Okafor, 35, the daughter of the mayor,' via 'said' => 'the ferry is late'",
    );
}

#[test]
fn a_long_appositive_after_the_opening_name_belongs_to_the_source() {
    // A parenthesis after the name, a place with its own full stop ("Ava, Mo.,") inside
    // the appositive, an aside between spaced hyphens.
    check(
        "Sen. Ann Okafor (D-Ohio), one of the few sponsors still in office, said the ferry was late.\n\n\
         Tom Ruiz, a driver from Ava, Mo., who rides the ferry daily, said the ferry was late.\n\n\
         The port manager - who was hired in May - said the ferry was late.",
        "attr named_person 'Sen. Ann Okafor (D-Ohio), one of the few sponsors still in office,' via 'said' => 'the ferry was late'
         attr named_person 'Tom Ruiz, a driver from Ava, Mo., who rides the ferry daily,' via 'said' => 'the ferry was late'
         attr vague 'The port manager' via 'said' => 'the ferry was late'",
    );
}

#[test]
fn a_counted_source_keeps_its_participle() {
    check(
        "\"The ferry will be sold,\" said one official involved in the talks.",
        "attr vague 'one official involved in the talks' via 'said' => '\"The ferry will be sold,\"' quote",
    );
}

#[test]
fn a_speaker_after_a_quotation_with_an_age_or_a_relative_clause() {
    check(
        "\u{201c}The ferry is late,\u{201d} Ruiz, 49, told the Gazette.\n\n\
         \u{201c}The ferry is slow,\u{201d} Ann Lee, the captain who founded the line, wrote on Friday.\n\n\
         \u{201c}The ferry is old,\u{201d} Tom Roe, director of the Island Transport Project at the Harbour Policy Institute, said.",
        "attr named_person 'Ruiz, 49,' via 'told' => '\u{201c}The ferry is late,\u{201d}' quote
         attr named_person 'Ann Lee, the captain who founded the line,' via 'wrote' => '\u{201c}The ferry is slow,\u{201d}' quote
         attr named_person 'Tom Roe, director of the Island Transport Project at the Harbour Policy Institute,' via 'said' => '\u{201c}The ferry is old,\u{201d}' quote",
    );
}

#[test]
fn a_question_quoted_before_its_speaker_with_a_phrase_about_the_asking() {
    check(
        "\"Is the ferry late again?\" Ann Lee asked reporters during a briefing on Friday.",
        "attr named_person 'Ann Lee' via 'asked' => '\"Is the ferry late again?\"' quote",
    );
}

#[test]
fn a_quotation_after_a_sentence_of_source_and_cue_is_theirs() {
    check(
        "Harbour University professor Ann Lee agreed. \"The ferry is running out of time.\"\n\n\
         The ferry was late. \"We are sorry.\"",
        "attr named_person 'Harbour University professor Ann Lee' via 'agreed' => '\"The ferry is running out of time.\"' quote",
    );
}

#[test]
fn an_inverted_speaker_with_a_title_of_several_words() {
    check(
        "The ferry will be sold, said master of ceremonies Ann Lee.\n\n\
         The ferry is slow, said lobbyist and harbour strategist Tom Roe, a former captain.",
        "attr named_person 'master of ceremonies Ann Lee' via 'said' => 'The ferry will be sold'
         attr named_person 'lobbyist and harbour strategist Tom Roe, a former captain' via 'said' => 'The ferry is slow'",
    );
}

#[test]
fn an_inverted_speaker_after_a_quotation_whose_marks_do_not_pair() {
    check(
        "\u{201c}The ferry will be sold,\u{201c} said Ann Lee, the harbour master.",
        "attr named_person 'Ann Lee, the harbour master' via 'said' => '\u{201c}The ferry will be sold'",
    );
}

#[test]
fn an_aside_whose_comma_stands_inside_a_quotation() {
    check(
        "Ann Lee, who sails on the ferry \u{201c}Relic,\u{201d} said it would be sold.\n\n\
         Tom Roe, standing by ''the old pier,'' said the line could close.\n\n\
         \u{201c}The ferry is late, and the harbour is empty,\u{201d} said Ruth Kay.",
        "attr named_person 'Ann Lee, who sails on the ferry \u{201c}Relic,\u{201d}' via 'said' => 'it would be sold'
         attr named_person 'Tom Roe' via 'said' => 'the line could close'
         attr named_person 'Ruth Kay' via 'said' => '\u{201c}The ferry is late, and the harbour is empty,\u{201d}' quote",
    );
}

#[test]
fn a_name_in_apposition_to_the_noun_phrase_opening_its_clause() {
    check(
        "Another ferry captain, Ann Lee of Harbour Lines, said the line would close.\n\n\
         But the harbour director, Tom Roe, said the line would stay open.",
        "attr named_person 'Another ferry captain, Ann Lee of Harbour Lines,' via 'said' => 'the line would close'
         attr named_person 'the harbour director, Tom Roe,' via 'said' => 'the line would stay open'",
    );
}

#[test]
fn a_coordinated_cue_after_a_verb_no_rule_knows_takes_the_opening_subject() {
    check(
        "Harbour Lines keeps its finances secret but says its business has tripled.",
        "attr named_person 'Harbour Lines' via 'says' => 'its business has tripled'",
    );
    check(
        "She shook hands and asked workers if the ferry was late.",
        "attr named_person 'She' via 'asked' => 'workers if the ferry was late'",
    );
}

#[test]
fn a_clause_after_the_cue_is_the_content_even_with_a_that_inside() {
    check(
        "Ann Lee, a member of the harbour board, said he had heard that account.\n\n\
         Tom Roe said in a statement published Friday that the ferry was late.",
        "attr named_person 'Ann Lee, a member of the harbour board,' via 'said' => 'he had heard that account'
         attr named_person 'Tom Roe' via 'said in a statement' => 'that the ferry was late'",
    );
}

#[test]
fn a_headline_agentless_cue_needs_a_verb_after_to() {
    check(
        "Harbour Lines reported to the council that the ferry was late.",
        "attr named_person 'Harbour Lines' via 'reported' => 'that the ferry was late'",
    );
}

#[test]
fn according_to_after_a_dash() {
    check(
        "The ferry is late — according to the harbour master.",
        "attr vague 'the harbour master' via 'according to' => 'The ferry is late'",
    );
}

#[test]
fn a_supposition_or_a_turn_of_argument_is_no_saying() {
    check(
        "Let's say you think the ferry is late.\n\n\
         Say the council demanded that the harbour pay.\n\n\
         Having said that, there are some captains who disagree.\n\n\
         Ann Lee would say that the ferry is late.",
        "attr named_organisation 'the council' via 'demanded' => 'that the harbour pay'
         attr named_person 'Ann Lee' via 'would say' => 'that the ferry is late'",
    );
}

#[test]
fn a_headline_phrase_before_a_colon_is_no_speaker() {
    check(
        "Storm Over Harbour: The ferry will not run on Friday.\n\n\
         Ann Lee: The ferry will run on Saturday.",
        "attr named_person 'Ann Lee' via ':' => 'The ferry will run on Saturday'",
    );
}
