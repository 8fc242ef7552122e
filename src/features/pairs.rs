//! Pair (alignment) features between a text and a second text it is about, e.g. a news
//! headline and the claim it reports. A bag of n-grams sees the headline's words but not
//! whether they repeat, negate or doubt the claim; these features do: a question mark,
//! how much of the claim the headline covers, the headline's words the claim lacks,
//! and negating, refuting or hedging cue words (`pair_cues.txt`), alone and next to
//! words shared with the claim. Ideas from Ferreira & Vlachos (2016), "Emergent".
//!
//! Each feature is a token ("q", "cover=3", "new:hoax", "negation+near", ...), so the
//! block is one more TF-IDF vectorizer: it has a stored vocabulary, L2-normalised rows
//! like the word and character blocks, and it is fitted on training data only.
use super::{SparseVec, TfidfParams, TfidfVectorizer};
use crate::error::{Error, Result};
use crate::text::Tokenizer;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Hyper-parameters of the pair features, with defaults, builder methods and validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PairParams {
    /// The field the first text field is compared with; the second text field when unset.
    pub field: Option<String>,
    /// Scale of the block; the word and character blocks each have norm 1.
    pub weight: f64,
    /// Overlap ratios (0..=1) are cut into this many equal bins, so a linear model can
    /// give each range its own weight.
    pub buckets: usize,
    /// Headline stems the claim lacks, as features of their own ("new:...").
    pub new_words: bool,
    /// A cue counts as near the claim when a shared stem is at most this many stems away.
    pub window: usize,
    /// A feature must occur in at least this many training examples.
    pub min_df: usize,
}

impl Default for PairParams {
    fn default() -> Self {
        PairParams {
            field: None,
            weight: 1.0,
            buckets: 5,
            new_words: true,
            window: 3,
            min_df: 2,
        }
    }
}

impl PairParams {
    pub fn field(mut self, name: impl Into<String>) -> Self {
        self.field = Some(name.into());
        self
    }
    pub fn weight(mut self, weight: f64) -> Self {
        self.weight = weight;
        self
    }
    pub fn buckets(mut self, buckets: usize) -> Self {
        self.buckets = buckets;
        self
    }
    pub fn new_words(mut self, on: bool) -> Self {
        self.new_words = on;
        self
    }
    pub fn window(mut self, window: usize) -> Self {
        self.window = window;
        self
    }
    pub fn min_df(mut self, min_df: usize) -> Self {
        self.min_df = min_df;
        self
    }

    pub fn validate(&self) -> Result<()> {
        if !(self.weight > 0.0 && self.weight.is_finite()) {
            return Err(Error::param(
                "pair.weight",
                format!("must be positive and finite, got {}", self.weight),
            ));
        }
        if !(1..=20).contains(&self.buckets) {
            return Err(Error::param(
                "pair.buckets",
                format!("must be in 1..=20, got {}", self.buckets),
            ));
        }
        if self.min_df == 0 {
            return Err(Error::param("pair.min_df", "must be at least 1"));
        }
        if self.field.as_deref().is_some_and(|f| f.trim().is_empty()) {
            return Err(Error::param("pair.field", "must name a field when set"));
        }
        Ok(())
    }

    /// The pair-feature tokens of a text and the text it is compared with.
    pub fn tokens(&self, tok: &Tokenizer, text: &str, other: &str) -> Vec<String> {
        let words = tok.tokens(text);
        let other_words: HashSet<String> = tok.tokens(other).into_iter().collect();
        let own: HashSet<&str> = words.iter().map(String::as_str).collect();
        let shared = own.iter().filter(|w| other_words.contains(**w)).count();
        let union = own.len() + other_words.len() - shared;
        let mut out = Vec::new();
        if text.contains('?') {
            out.push("q".to_string());
        }
        let bucket = |x: f64| ((x * self.buckets as f64) as usize).min(self.buckets - 1);
        if union > 0 {
            out.push(format!("jaccard={}", bucket(shared as f64 / union as f64)));
        }
        if !other_words.is_empty() {
            out.push(format!(
                "cover={}",
                bucket(shared as f64 / other_words.len() as f64)
            ));
        }
        let cues = cues();
        for (i, w) in words.iter().enumerate() {
            let Some(class) = cues.get(w.as_str()) else {
                continue;
            };
            out.push(class.clone());
            let lo = i.saturating_sub(self.window);
            let hi = (i + self.window + 1).min(words.len());
            let near = (lo..hi).any(|j| j != i && other_words.contains(&words[j]));
            if near {
                out.push(format!("{class}+near"));
            }
        }
        for w in other_words.iter().filter_map(|w| cues.get(w.as_str())) {
            out.push(format!("claim:{w}"));
        }
        if self.new_words {
            out.extend(
                words
                    .iter()
                    .filter(|w| !other_words.contains(*w))
                    .map(|w| format!("new:{w}")),
            );
        }
        out
    }
}

/// The cue lexicon, keyed by stem.
fn cues() -> &'static HashMap<String, String> {
    static CUES: OnceLock<HashMap<String, String>> = OnceLock::new();
    CUES.get_or_init(|| {
        let tok = Tokenizer::english();
        crate::text::word_list::entries(include_str!("pair_cues.txt"))
            .filter_map(|l| {
                let (word, class) = l.split_once('\t')?;
                let stem = tok.tokens(word).pop()?;
                Some((stem, class.trim().to_string()))
            })
            .collect()
    })
}

/// The fitted block: the vocabulary of pair-feature tokens and their idf.
#[derive(Debug, Clone)]
pub struct PairFeatures {
    pub params: PairParams,
    pub vectorizer: TfidfVectorizer,
}

impl PairFeatures {
    pub fn fit(params: &PairParams, docs: &[Vec<String>]) -> Result<Self> {
        params.validate()?;
        let tfidf = TfidfParams::default()
            .ngram_range(1, 1)
            .min_df(params.min_df);
        Ok(PairFeatures {
            params: params.clone(),
            vectorizer: TfidfVectorizer::fit(&tfidf, docs)?,
        })
    }

    pub fn n_features(&self) -> usize {
        self.vectorizer.n_features()
    }

    pub fn transform(&self, tokens: &[String]) -> SparseVec {
        let mut v = self.vectorizer.transform(tokens);
        v.values.iter_mut().for_each(|x| *x *= self.params.weight);
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_overlap_new_words_and_cues() {
        let tok = Tokenizer::english();
        let p = PairParams::default();
        let t = p.tokens(
            &tok,
            "Is the Apple Watch hoax not real?",
            "Apple will sell 19 million watches",
        );
        assert!(t.contains(&"q".to_string()), "{t:?}");
        // Headline stems {appl, watch, hoax, not, real}, claim {appl, will, sell, million,
        // watch}: 2 shared of 8 (Jaccard 0.25 → bin 1), 2 of 5 claim stems (0.4 → bin 2).
        assert!(t.contains(&"jaccard=1".to_string()), "{t:?}");
        assert!(t.contains(&"cover=2".to_string()), "{t:?}");
        assert!(t.contains(&"new:hoax".to_string()), "{t:?}");
        assert!(!t.iter().any(|x| x == "new:appl"), "{t:?}");
        assert!(t.contains(&"refute".to_string()), "{t:?}");
        assert!(t.contains(&"refute+near".to_string()), "{t:?}");
        assert!(t.contains(&"negation".to_string()), "{t:?}");
    }

    #[test]
    fn no_question_no_cues() {
        let tok = Tokenizer::english();
        let t = PairParams::default().new_words(false).tokens(
            &tok,
            "Apple sells watches",
            "Apple sells watches",
        );
        assert_eq!(t, vec!["jaccard=4", "cover=4"]);
    }

    #[test]
    fn invalid_parameters_are_rejected() {
        assert!(PairParams::default().weight(0.0).validate().is_err());
        assert!(PairParams::default().buckets(0).validate().is_err());
        assert!(PairParams::default().min_df(0).validate().is_err());
        assert!(PairParams::default().field(" ").validate().is_err());
    }
}
