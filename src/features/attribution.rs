//! How a found quote's speaker was reached, as the features of the speaker score
//! ([`crate::models::speaker_score`]): whether a source phrase stands at the cue and
//! where, whether the speaker is that phrase as written, trimmed from it, or a name it
//! was resolved to (a pronoun, "the minister"), and what the speaker looks like. The
//! same function serves training (`train`) and every answer.
use crate::quotes::{speakers, Quote, QuoteKind};
use crate::text::{Document, Span};

/// The features, in the order of the model's weights. The model file stores the names
/// and a model is refused when they differ.
pub const FEATURES: [&str; 20] = [
    "kind_full",
    "kind_partial",
    "kind_mixed",
    "kind_indirect",
    // No source phrase: a transcript's tag names the speaker ("[GUILLEN] I think …").
    // (A speaker carried over from the sentence before keeps that sentence's source.)
    "no_source",
    "source_pronoun",
    "source_as_written",
    "source_trimmed",
    "source_resolved",
    "source_in_other_sentence",
    "source_after_quote",
    // min(words, 8) / 8.
    "source_words",
    "cue",
    "speaker_lowercase",
    "speaker_acronym",
    "speaker_one_word",
    "speaker_joined",
    // ln(1 + quotes of the document with this speaker) / 3.
    "speaker_quotes",
    // Upper-case wire copy, read through a recased copy.
    "upper_case_text",
    // A text without a single apostrophe (FA-KES lost its commas and apostrophes).
    "no_apostrophes",
];

/// What every quote of one document shares: whether the text is upper-case wire copy,
/// whether it has apostrophes, how many quotes each speaker has.
#[derive(Debug)]
pub struct DocumentFacts<'q> {
    upper_case: bool,
    no_apostrophes: bool,
    speakers: rustc_hash::FxHashMap<&'q str, usize>,
}

impl<'q> DocumentFacts<'q> {
    pub fn new(doc: &Document, quotes: &'q [Quote]) -> Self {
        let mut speakers = rustc_hash::FxHashMap::default();
        for name in quotes.iter().filter_map(|q| q.speaker.as_deref()) {
            *speakers.entry(name).or_insert(0) += 1;
        }
        DocumentFacts {
            upper_case: crate::quotes::casing::is_upper_case(doc),
            no_apostrophes: !doc.chars().iter().any(|c| matches!(c, '\'' | '’')),
            speakers,
        }
    }

    fn quotes_of(&self, speaker: &str) -> usize {
        self.speakers.get(speaker).copied().unwrap_or(0)
    }
}

/// The features of a quote's attribution, in [`FEATURES`] order; `None` for a quote
/// without a speaker (there is nothing to score). `sentences` are the document's, sorted.
pub fn features(
    doc: &Document,
    sentences: &[Span],
    facts: &DocumentFacts,
    q: &Quote,
) -> Option<[f64; FEATURES.len()]> {
    let speaker = q.speaker.as_deref()?;
    let mut x = [0.0; FEATURES.len()];
    let mut set = |name: &str, value: f64| {
        if let Some(i) = FEATURES.iter().position(|f| *f == name) {
            x[i] = value;
        }
    };
    set(
        match q.kind {
            QuoteKind::Full => "kind_full",
            QuoteKind::Partial => "kind_partial",
            QuoteKind::Mixed => "kind_mixed",
            QuoteKind::Indirect => "kind_indirect",
        },
        1.0,
    );
    match q.source {
        None => set("no_source", 1.0),
        Some(source) => {
            let written = doc.original(source);
            set(relation(written, speaker), 1.0);
            let sentence_of = |at: usize| sentences.partition_point(|s| s.start <= at);
            if sentence_of(source.start) != sentence_of(q.span.start) {
                set("source_in_other_sentence", 1.0);
            }
            if source.start >= q.span.end {
                set("source_after_quote", 1.0);
            }
            let words = written.split_whitespace().count().min(8);
            set("source_words", words as f64 / 8.0);
        }
    }
    if q.cue.is_some() {
        set("cue", 1.0);
    }
    let words: Vec<&str> = speaker.split_whitespace().collect();
    if speaker.starts_with(char::is_lowercase) {
        set("speaker_lowercase", 1.0);
    } else if words.len() == 1
        && speaker.chars().filter(|c| c.is_alphabetic()).count() > 1
        && speaker.chars().all(|c| !c.is_lowercase())
    {
        set("speaker_acronym", 1.0);
    } else if words.len() == 1 {
        set("speaker_one_word", 1.0);
    }
    if words.contains(&"and") {
        set("speaker_joined", 1.0);
    }
    set(
        "speaker_quotes",
        (facts.quotes_of(speaker) as f64).ln_1p() / 3.0,
    );
    if facts.upper_case {
        set("upper_case_text", 1.0);
    }
    if facts.no_apostrophes {
        set("no_apostrophes", 1.0);
    }
    Some(x)
}

/// How the speaker stands to the source phrase as written: a pronoun resolved, the
/// phrase itself ("the report"), a part of it ("Sergei Lavrov" of "Sergei Lavrov, the
/// foreign minister"), or a name the phrase was resolved to ("the minister" →
/// "Sergei Lavrov").
fn relation(written: &str, speaker: &str) -> &'static str {
    let lower = written.trim().to_lowercase();
    if speakers::lexicon().pronouns.contains(&lower) || matches!(lower.as_str(), "who" | "which") {
        return "source_pronoun";
    }
    let bare = |s: &str| -> String {
        let words: Vec<&str> = s.split_whitespace().collect();
        let words = match words.split_first() {
            Some((first, rest)) if !rest.is_empty() && speakers::DETERMINERS.contains(first) => {
                rest
            }
            _ => &words[..],
        };
        words.join(" ")
    };
    let speaker = speaker.to_lowercase();
    if bare(&lower) == bare(&speaker) {
        "source_as_written"
    } else if lower.contains(&speaker) {
        "source_trimmed"
    } else {
        "source_resolved"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_sentences;

    fn named(x: &[f64; FEATURES.len()]) -> Vec<(&'static str, f64)> {
        FEATURES
            .iter()
            .zip(x)
            .filter(|(_, v)| **v != 0.0)
            .map(|(f, v)| (*f, *v))
            .collect()
    }

    fn features_of(text: &str) -> Vec<Option<Vec<(&'static str, f64)>>> {
        let doc = Document::new(text);
        let sentences = split_sentences(&doc);
        let quotes = crate::quotes::extract(&doc, &sentences).quotes;
        let facts = DocumentFacts::new(&doc, &quotes);
        quotes
            .iter()
            .map(|q| features(&doc, &sentences, &facts, q).map(|x| named(&x)))
            .collect()
    }

    #[test]
    fn a_pronoun_in_the_next_sentence_resolved_to_a_name() {
        let found = features_of(
            "Interior Minister Ana Ruiz visited the city’s port. “We will not tolerate smuggling,” she said.",
        );
        assert_eq!(
            found,
            vec![Some(vec![
                ("kind_full", 1.0),
                ("source_pronoun", 1.0),
                ("source_after_quote", 1.0),
                ("source_words", 0.125),
                ("cue", 1.0),
                ("speaker_quotes", 2f64.ln() / 3.0),
            ])]
        );
    }

    #[test]
    fn a_description_as_written_and_a_trimmed_name() {
        let found = features_of(
            "“The border is closed,” a police spokesman said. \
             Tomas Berg, the mayor, said “the town will cope” and “we are ready”.",
        );
        let first = found[0].as_ref().unwrap();
        assert!(first.contains(&("source_as_written", 1.0)), "{first:?}");
        assert!(first.contains(&("speaker_lowercase", 1.0)), "{first:?}");
        assert!(first.contains(&("source_words", 3.0 / 8.0)), "{first:?}");
        let second = found[1].as_ref().unwrap();
        assert!(second.contains(&("source_trimmed", 1.0)), "{second:?}");
        assert!(!second.contains(&("source_after_quote", 1.0)), "{second:?}");
        assert!(second.contains(&("no_apostrophes", 1.0)), "{second:?}");
    }

    #[test]
    fn a_quote_without_a_speaker_has_no_features() {
        assert_eq!(
            features_of("The word “sovereignty” appears twice."),
            vec![None]
        );
    }

    #[test]
    fn upper_case_wire_copy_and_an_acronym() {
        let found = features_of("\"WE WILL FIGHT ON UNTIL THE END,\" THE FMLN SAID TODAY.");
        let first = found[0].as_ref().unwrap();
        assert!(first.contains(&("upper_case_text", 1.0)), "{first:?}");
        assert!(first.contains(&("speaker_acronym", 1.0)), "{first:?}");
    }
}
