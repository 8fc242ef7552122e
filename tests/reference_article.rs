//! The reference article, posted unchanged: labels, quotes, kinds, cues, speakers,
//! stances, and the sentence about record seizures.
mod common;
use common::{analyzer, reference_article, slice};
use topic_stance::analysis::{AnalysisOptions, QuoteResult};
use topic_stance::quotes::QuoteKind;

fn quotes(test: &str) -> Option<(String, Vec<QuoteResult>, Vec<String>)> {
    let text = reference_article(test)?;
    let a = analyzer()
        .analyze(&text, &AnalysisOptions::default())
        .unwrap();
    Some((text, a.quotes, a.labels))
}

#[test]
fn document_labels_are_exactly_the_three_topics() {
    let (_, _, labels) =
        match quotes("reference_article::document_labels_are_exactly_the_three_topics") {
            Some(q) => q,
            None => return,
        };
    let mut labels = labels;
    labels.sort();
    assert_eq!(labels, vec!["diplomacy", "terrorism", "trafficking"]);
}

#[test]
fn four_full_quotes_with_exact_spans_speaker_and_stance() {
    let (text, quotes, _) =
        match quotes("reference_article::four_full_quotes_with_exact_spans_speaker_and_stance") {
            Some(q) => q,
            None => return,
        };
    let full: Vec<&QuoteResult> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Full)
        .collect();
    let expected = [
        ("would benefit the two countries because there are several risks in the region.", "favor"),
        ("No one can ever convince me that the Sahara is not Moroccan.", "favor"),
        ("We will surely not keep any secret regarding any issue that threatens the stability of any \u{a0}country, including Algeria.", "favor"),
        ("fertile ground for terrorism, posing a threat in the entire region.", "against"),
    ];
    assert_eq!(full.len(), 4, "{full:#?}");
    for (q, (want, stance)) in full.iter().zip(expected) {
        assert_eq!(q.text, want);
        assert_eq!(
            slice(&text, q.start, q.end),
            q.text,
            "span slices the text exactly"
        );
        assert_eq!(q.speaker.as_deref(), Some("Abdelhak Khiame"));
        assert_eq!(
            q.stance, stance,
            "stance of {want:?}: {:?}",
            q.stance_scores
        );
        assert!(q.cue.is_some() && q.source.is_some(), "{q:?}");
    }
}

/// Every speaker of the reference article is named at a cue or by "he" right after the
/// name, in an article about the one man: the score says so.
#[test]
fn the_speakers_score_as_safe() {
    let Some((_, quotes, _)) = quotes("reference_article::the_speakers_score_as_safe") else {
        return;
    };
    assert!(!quotes.is_empty());
    for q in &quotes {
        let score = q
            .speaker_score
            .unwrap_or_else(|| panic!("no speaker score: {q:?}"));
        assert!(
            score >= 0.9,
            "{} scored {score} for {:?}",
            q.speaker.as_deref().unwrap_or(""),
            q.text
        );
    }
}

#[test]
fn scare_quotes_are_partial() {
    let (text, quotes, _) = match quotes("reference_article::scare_quotes_are_partial") {
        Some(q) => q,
        None => return,
    };
    let mut partial: Vec<String> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Partial)
        .map(|q| q.text.clone())
        .collect();
    for q in quotes.iter().filter(|q| q.kind == QuoteKind::Mixed) {
        for f in &q.fragments {
            assert_eq!(slice(&text, f.start, f.end), f.text);
            partial.push(f.text.clone());
        }
    }
    partial.sort();
    assert_eq!(
        partial,
        vec![
            "a political motive.",
            "efficient",
            "ignorance",
            "record seizures"
        ]
    );
    let ignorance = quotes.iter().find(|q| q.text == "ignorance").unwrap();
    assert_eq!(
        ignorance.cue.as_ref().map(|c| c.text.as_str()),
        Some("condemned")
    );
    assert_eq!(ignorance.speaker.as_deref(), Some("Abdelhak Khiame"));
    assert_eq!(ignorance.stance, "against", "{:?}", ignorance.stance_scores);
}

#[test]
fn reported_speech_is_found_and_attributed_to_khiame() {
    let (text, quotes, _) =
        match quotes("reference_article::reported_speech_is_found_and_attributed_to_khiame") {
            Some(q) => q,
            None => return,
        };
    let reported: Vec<&QuoteResult> = quotes
        .iter()
        .filter(|q| matches!(q.kind, QuoteKind::Indirect | QuoteKind::Mixed))
        .collect();
    let starts = [
        ("he is addressing Algeria as a security official", "said"),
        (
            "Algeria’s security services do not respond",
            "continued to say",
        ),
        (
            "cooperation between the countries would ensure stability",
            "added",
        ),
        ("Algeria to leave politics aside", "called on"),
        ("Morocco will not spare any efforts", "added"),
        (
            "many terror organizations have links to drug trafficking networks",
            "according to",
        ),
        (
            "trafficking circles clearly finance terrorism in the Sahel",
            "said",
        ),
        ("the North African country has put in place", "explaining"),
        ("The security apparatus has conducted", "according to"),
    ];
    assert_eq!(reported.len(), starts.len(), "{reported:#?}");
    for (q, (start, cue)) in reported.iter().zip(starts) {
        assert!(
            q.text.starts_with(start),
            "{:?} should start with {start:?}",
            q.text
        );
        assert_eq!(slice(&text, q.start, q.end), q.text);
        assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some(cue));
        assert_eq!(q.speaker.as_deref(), Some("Abdelhak Khiame"), "{q:?}");
        assert!(["favor", "against", "neutral"].contains(&q.stance.as_str()));
    }
}

#[test]
fn record_seizures_sentence_is_trafficking() {
    let Some(text) =
        reference_article("reference_article::record_seizures_sentence_is_trafficking")
    else {
        return;
    };
    let a = analyzer()
        .analyze(&text, &AnalysisOptions::default())
        .unwrap();
    let s = a
        .sentences
        .iter()
        .find(|s| slice(&text, s.start, s.end).contains("record seizures"))
        .unwrap();
    assert!(s.labels.contains(&"trafficking".to_string()), "{s:?}");
}

#[test]
fn boilerplate_is_not_a_sentence() {
    let Some(text) = reference_article("reference_article::boilerplate_is_not_a_sentence") else {
        return;
    };
    let a = analyzer()
        .analyze(&text, &AnalysisOptions::default())
        .unwrap();
    for s in &a.sentences {
        let s = slice(&text, s.start, s.end);
        assert!(
            !s.contains("Read Also") && !s.contains("Leave a Reply"),
            "{s}"
        );
    }
    assert_eq!(a.sentences.len(), 15);
}
