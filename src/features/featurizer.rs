//! The one place where an example becomes a feature vector. Training (every task) and
//! serving (the analyzer, `classify --classifier`, the Python package) call the same
//! [`Featurizer::transform`] on the same [`Input`], so the two can never drift apart.
//!
//! An example is one or more text fields, optionally the words around it (a quote's
//! sentence without the quote), the reporting cue, and a second text to compare with.
//! Blocks, side by side, each L2-normalised on its own (a union of vectorizers):
//! - **words**: TF-IDF over word n-grams of stems; the words of the second and later
//!   fields are marked `f1:`, `f2:`…, the context's `ctx:`, and no n-gram spans two parts;
//! - **chars** (optional): character n-grams inside word boundaries of the text fields;
//! - **pair** (optional): how the first field aligns with the second text
//!   ([`super::pairs`]);
//! - **signals** (optional): the stance signals of a quote ([`super::signals`]).
use super::chars::{field_prefix, for_each_char_ngram, CharGramIndex};
use super::pairs::{PairFeatures, PairParams};
use super::signals::{SignalParams, Signals};
use super::tfidf::{TfidfArtifact, SEGMENT_BREAK};
use super::{SparseVec, TfidfParams, TfidfVectorizer};
use crate::error::{Error, Result};
use crate::text::tokens::TokenizerParams;
use crate::text::Tokenizer;
use serde::{Deserialize, Serialize};

/// Marks the words around a quote.
pub const CONTEXT_PREFIX: &str = "ctx:";

/// The parts of one example that the features read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Input<'a> {
    /// The text fields in task order: a sentence, a document's body, a quote, a headline.
    pub fields: Vec<&'a str>,
    /// The words around the first field in its sentence: before it and after it.
    pub context: Option<(&'a str, &'a str)>,
    /// The reporting cue as written ("condemned", "said").
    pub cue: Option<&'a str>,
    /// The text the pair features compare the first field with.
    pub other: Option<&'a str>,
}

impl<'a> Input<'a> {
    /// One text, nothing else.
    pub fn text(text: &'a str) -> Self {
        Input {
            fields: vec![text],
            ..Input::default()
        }
    }

    /// A quote read with the sentence around it and its cue. `context` is the sentence
    /// with the quote in it; the words before the quote's first occurrence and after it
    /// are read as context (the whole sentence when the quote is not in it).
    pub fn quote(quote: &'a str, context: Option<&'a str>, cue: Option<&'a str>) -> Self {
        Input {
            fields: vec![quote],
            context: context.map(|c| around(c, quote)),
            cue,
            other: None,
        }
    }
}

/// The parts of `sentence` before and after the first occurrence of `quote`.
pub fn around<'a>(sentence: &'a str, quote: &str) -> (&'a str, &'a str) {
    match sentence.find(quote).filter(|_| !quote.is_empty()) {
        Some(at) => (&sentence[..at], &sentence[at + quote.len()..]),
        None => (sentence, ""),
    }
}

/// Which features a task reads, and their settings (`[features]` in a task file).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeatureParams {
    /// Snowball stems (true) or lowercased words.
    pub stemming: bool,
    /// Leave out stop words (negations and modals are not stop words here).
    pub stop_words: bool,
    /// Word n-grams: range, min_df, sublinear tf, ...
    pub words: TfidfParams,
    /// Read the words around the text (the task's `context_field`).
    pub context: bool,
    /// Character n-gram lengths inside word boundaries, e.g. [2, 5]; none when absent.
    pub char_ngrams: Option<(usize, usize)>,
    pub char_min_df: usize,
    /// Alignment features between the first text field and another (`[features.pair]`).
    pub pair: Option<PairParams>,
    /// Stance signals of a quote: polarity with negation scope, the cue's class,
    /// commitments and calls (`stance_signals = true`, settings in `[features.signals]`).
    pub stance_signals: bool,
    pub signals: SignalParams,
}

impl Default for FeatureParams {
    fn default() -> Self {
        FeatureParams {
            stemming: true,
            stop_words: true,
            words: TfidfParams::default(),
            context: true,
            char_ngrams: None,
            char_min_df: 2,
            pair: None,
            stance_signals: false,
            signals: SignalParams::default(),
        }
    }
}

impl FeatureParams {
    pub fn validate(&self) -> Result<()> {
        self.words.validate()?;
        if let Some((lo, hi)) = self.char_ngrams {
            if lo == 0 || hi < lo || hi > 8 {
                return Err(Error::param(
                    "char_ngrams",
                    format!("need 1 <= min <= max <= 8, got [{lo}, {hi}]"),
                ));
            }
        }
        if self.char_min_df == 0 {
            return Err(Error::param("char_min_df", "must be at least 1"));
        }
        if let Some(p) = &self.pair {
            p.validate()?;
        }
        self.signals.validate()
    }

    fn tokenizer(&self) -> Tokenizer {
        Tokenizer::new(TokenizerParams {
            stemming: self.stemming,
            stop_words: self.stop_words,
        })
    }

    fn char_params(&self) -> TfidfParams {
        TfidfParams {
            ngram_range: (1, 1),
            min_df: self.char_min_df,
            ..self.words.clone()
        }
    }
}

/// The stored form: the settings and each block's vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredFeatures {
    pub params: FeatureParams,
    pub words: TfidfArtifact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chars: Option<TfidfArtifact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pair: Option<TfidfArtifact>,
}

impl StoredFeatures {
    /// How many columns the stored blocks make (what every weight row must have).
    pub fn n_features(&self) -> usize {
        self.words.terms.len()
            + self.chars.as_ref().map_or(0, |c| c.terms.len())
            + self.pair.as_ref().map_or(0, |p| p.terms.len())
            + if self.params.stance_signals {
                super::signals::NAMES.len()
            } else {
                0
            }
    }
}

/// A feature column named for people: its block and its term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature<'a> {
    /// A word n-gram of stems (`ctx:` marks context words).
    Words(&'a str),
    Chars(&'a str),
    Pair(&'a str),
    Signal(&'a str),
}

/// Fitted feature blocks, ready to turn inputs into vectors.
#[derive(Debug)]
pub struct Featurizer {
    params: FeatureParams,
    tokenizer: Tokenizer,
    words: TfidfVectorizer,
    chars: Option<TfidfVectorizer>,
    /// The character vocabulary keyed for serving ([`CharGramIndex`]).
    char_index: Option<CharGramIndex>,
    pair: Option<PairFeatures>,
    signals: Option<Signals>,
}

impl Featurizer {
    /// Fits every block on the training inputs.
    pub fn fit(params: &FeatureParams, inputs: &[Input]) -> Result<Self> {
        params.validate()?;
        let tokenizer = params.tokenizer();
        let docs: Vec<Vec<String>> = inputs
            .iter()
            .map(|input| {
                let mut doc = Vec::new();
                word_tokens(&tokenizer, params, input, |t| doc.push(t.to_string()));
                doc
            })
            .collect();
        let words = TfidfVectorizer::fit(&params.words, &docs)?;
        let chars = match params.char_ngrams {
            Some(range) => {
                let docs: Vec<Vec<String>> = inputs
                    .iter()
                    .map(|i| {
                        let mut doc = Vec::new();
                        char_tokens(i, range, |g| doc.push(g.to_string()));
                        doc
                    })
                    .collect();
                Some(TfidfVectorizer::fit(&params.char_params(), &docs)?)
            }
            None => None,
        };
        let pair = match &params.pair {
            Some(p) => {
                let docs: Vec<Vec<String>> = inputs
                    .iter()
                    .map(|i| pair_tokens(p, &tokenizer, i))
                    .collect();
                Some(PairFeatures::fit(p, &docs)?)
            }
            None => None,
        };
        Ok(Featurizer {
            signals: params.stance_signals.then(|| Signals::new(&params.signals)),
            params: params.clone(),
            tokenizer,
            words,
            char_index: char_index(chars.as_ref(), params.char_ngrams),
            chars,
            pair,
        })
    }

    /// Rebuilds the blocks of a stored featurizer, checking that they fit the settings.
    pub fn from_stored(stored: StoredFeatures) -> Result<Self> {
        let params = stored.params;
        params.validate()?;
        let chars = match (stored.chars, params.char_ngrams) {
            (Some(a), Some(_)) => Some(TfidfVectorizer::from_artifact(a)?),
            (None, None) => None,
            _ => {
                return Err(Error::param(
                    "char_ngrams",
                    "the stored character vocabulary and the settings disagree",
                ))
            }
        };
        let pair = match (stored.pair, &params.pair) {
            (Some(a), Some(p)) => Some(PairFeatures {
                params: p.clone(),
                vectorizer: TfidfVectorizer::from_artifact(a)?,
            }),
            (None, None) => None,
            _ => {
                return Err(Error::param(
                    "pair",
                    "the stored pair vocabulary and the settings disagree",
                ))
            }
        };
        Ok(Featurizer {
            tokenizer: params.tokenizer(),
            words: TfidfVectorizer::from_artifact(stored.words)?,
            signals: params.stance_signals.then(|| Signals::new(&params.signals)),
            char_index: char_index(chars.as_ref(), params.char_ngrams),
            params,
            chars,
            pair,
        })
    }

    pub fn to_stored(&self) -> StoredFeatures {
        StoredFeatures {
            params: self.params.clone(),
            words: self.words.to_artifact(),
            chars: self.chars.as_ref().map(|c| c.to_artifact()),
            pair: self.pair.as_ref().map(|p| p.vectorizer.to_artifact()),
        }
    }

    pub fn params(&self) -> &FeatureParams {
        &self.params
    }

    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    pub fn n_features(&self) -> usize {
        self.words.n_features()
            + self.chars.as_ref().map_or(0, |c| c.n_features())
            + self.pair.as_ref().map_or(0, |p| p.n_features())
            + self.signals.as_ref().map_or(0, |s| s.n_features())
    }

    /// The feature vector of one input.
    pub fn transform(&self, input: &Input) -> SparseVec {
        let mut ids = Vec::new();
        word_tokens(&self.tokenizer, &self.params, input, |t| {
            ids.push(self.words.token_id(t))
        });
        let mut v = self.words.transform_ids(&ids);
        let mut offset = self.words.n_features() as u32;
        let mut append = |block: SparseVec, width: usize| {
            v.indices.extend(block.indices.iter().map(|j| j + offset));
            v.values.extend(block.values);
            offset += width as u32;
        };
        if let (Some(chars), Some(range)) = (&self.chars, self.params.char_ngrams) {
            let ids = char_ids(chars, self.char_index.as_ref(), input, range);
            append(chars.transform_ids(&ids), chars.n_features());
        }
        if let Some(pair) = &self.pair {
            let tokens = pair_tokens(&pair.params, &self.tokenizer, input);
            append(pair.transform(&tokens), pair.n_features());
        }
        if let Some(signals) = &self.signals {
            append(signals.vector(input), signals.n_features());
        }
        v
    }

    /// What feature column `col` is.
    pub fn feature(&self, col: usize) -> Feature<'_> {
        let mut col = col;
        if col < self.words.n_features() {
            return Feature::Words(self.words.term(col));
        }
        col -= self.words.n_features();
        if let Some(chars) = &self.chars {
            if col < chars.n_features() {
                return Feature::Chars(chars.term(col));
            }
            col -= chars.n_features();
        }
        if let Some(pair) = &self.pair {
            if col < pair.n_features() {
                return Feature::Pair(pair.vectorizer.term(col));
            }
            col -= pair.n_features();
        }
        match &self.signals {
            Some(s) => Feature::Signal(s.name(col)),
            None => Feature::Words(""),
        }
    }

    /// The signals block, when the task reads stance signals.
    pub fn signals(&self) -> Option<&Signals> {
        self.signals.as_ref()
    }
}

/// Calls `f` with every word token of an input, in order: the first field's stems; for
/// each further field a segment break and its stems marked `f1:`, `f2:`…; then (when
/// the context is read and not blank) a segment break and the context's stems marked
/// `ctx:`, before the quote then after it.
fn word_tokens(tok: &Tokenizer, params: &FeatureParams, input: &Input, mut f: impl FnMut(&str)) {
    // One buffer for every marked token instead of a new string each.
    let mut marked = String::new();
    for (i, text) in input.fields.iter().enumerate() {
        if i == 0 {
            tok.for_each_token(text, &mut f);
            continue;
        }
        f(SEGMENT_BREAK);
        let prefix = format!("f{i}:");
        tok.for_each_token(text, |t| {
            marked.clear();
            marked.push_str(&prefix);
            marked.push_str(t);
            f(&marked);
        });
    }
    if let Some((before, after)) = input.context.filter(|_| params.context) {
        if before.trim().is_empty() && after.trim().is_empty() {
            return;
        }
        f(SEGMENT_BREAK);
        for part in [before, after] {
            tok.for_each_token(part, |t| {
                marked.clear();
                marked.push_str(CONTEXT_PREFIX);
                marked.push_str(t);
                f(&marked);
            });
        }
    }
}

/// The character n-gram tokens of an input: its first field's as they are, each other
/// field's marked `f<k>:`.
fn char_tokens(input: &Input, (lo, hi): (usize, usize), mut f: impl FnMut(&str)) {
    for (k, text) in input.fields.iter().enumerate() {
        for_each_char_ngram(text, lo, hi, &field_prefix(k), &mut f);
    }
}

fn char_index(
    chars: Option<&TfidfVectorizer>,
    range: Option<(usize, usize)>,
) -> Option<CharGramIndex> {
    let (chars, (lo, hi)) = chars.zip(range)?;
    CharGramIndex::new(chars.tokens(), lo, hi)
}

/// The ids of [`char_tokens`] in `vocabulary`: looked up by key where `index` packs them,
/// else written out.
fn char_ids(
    vocabulary: &TfidfVectorizer,
    index: Option<&CharGramIndex>,
    input: &Input,
    (lo, hi): (usize, usize),
) -> Vec<Option<u32>> {
    let mut ids = Vec::new();
    for (k, text) in input.fields.iter().enumerate() {
        let packed = index.is_some_and(|ix| ix.for_each_id(k, text, lo, hi, |id| ids.push(id)));
        if !packed {
            for_each_char_ngram(text, lo, hi, &field_prefix(k), |g| {
                ids.push(vocabulary.token_id(g))
            });
        }
    }
    ids
}

fn pair_tokens(params: &PairParams, tok: &Tokenizer, input: &Input) -> Vec<String> {
    let first = input.fields.first().copied().unwrap_or("");
    params.tokens(tok, first, input.other.unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(params: &FeatureParams, input: &Input) -> Vec<String> {
        let mut out = Vec::new();
        word_tokens(&params.tokenizer(), params, input, |t| {
            out.push(t.to_string())
        });
        out
    }

    #[test]
    fn fields_and_context_are_marked_and_kept_apart() {
        let params = FeatureParams::default();
        let input = Input {
            fields: vec!["Talks failed", "Envoys met"],
            context: Some(("He condemned the", "yesterday")),
            ..Input::default()
        };
        assert_eq!(
            tokens(&params, &input),
            [
                "talk",
                "fail",
                SEGMENT_BREAK,
                "f1:envoy",
                "f1:met",
                SEGMENT_BREAK,
                "ctx:condemn",
                "ctx:yesterday"
            ]
        );
        let no_context = FeatureParams {
            context: false,
            ..FeatureParams::default()
        };
        assert_eq!(tokens(&no_context, &input).len(), 5);
    }

    #[test]
    fn a_quote_is_read_with_the_words_around_it() {
        let sentence = "He condemned Algeria's ignorance since Morocco warned it.";
        let input = Input::quote("ignorance", Some(sentence), Some("condemned"));
        assert_eq!(
            input.context,
            Some(("He condemned Algeria's ", " since Morocco warned it."))
        );
        assert_eq!(around("no quote here", "absent"), ("no quote here", ""));
    }

    #[test]
    fn stored_featurizer_gives_the_same_vectors() {
        let params = FeatureParams {
            char_ngrams: Some((2, 3)),
            words: TfidfParams::default().min_df(1),
            char_min_df: 1,
            ..FeatureParams::default()
        };
        let texts = [
            "drug traffickers were arrested",
            "the talks on trafficking failed",
        ];
        let inputs: Vec<Input> = texts.iter().map(|t| Input::text(t)).collect();
        let f = Featurizer::fit(&params, &inputs).unwrap();
        let g = Featurizer::from_stored(f.to_stored()).unwrap();
        for input in &inputs {
            assert_eq!(f.transform(input), g.transform(input));
        }
        assert!(f.n_features() > 0);
        assert!(matches!(f.feature(0), Feature::Words(_)));
        assert!(matches!(f.feature(f.n_features() - 1), Feature::Chars(_)));
    }
}
