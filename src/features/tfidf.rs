//! TF-IDF over word n-grams of stems, fitted on training data only: sublinear tf
//! (1 + ln tf), smoothed idf (ln((1 + n) / (1 + df)) + 1), L2-normalised rows, minimum
//! and maximum document frequency. Columns are in sorted term order so that two fits on
//! the same data give the same columns.
use super::SparseVec;
use crate::error::{Error, Result};
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Hyper-parameters of the vectorizer, with defaults and validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TfidfParams {
    /// Smallest and largest n-gram length, words (1..=3).
    pub ngram_range: (usize, usize),
    /// A term must occur in at least this many training documents.
    pub min_df: usize,
    /// A term occurring in more than this share of documents is dropped.
    pub max_df: f64,
    pub sublinear_tf: bool,
    pub smooth_idf: bool,
    /// Keep only the most frequent terms (by document frequency) when set.
    pub max_features: Option<usize>,
}

impl Default for TfidfParams {
    fn default() -> Self {
        TfidfParams {
            ngram_range: (1, 2),
            min_df: 2,
            max_df: 1.0,
            sublinear_tf: true,
            smooth_idf: true,
            max_features: None,
        }
    }
}

impl TfidfParams {
    pub fn ngram_range(mut self, min: usize, max: usize) -> Self {
        self.ngram_range = (min, max);
        self
    }
    pub fn min_df(mut self, min_df: usize) -> Self {
        self.min_df = min_df;
        self
    }
    pub fn max_df(mut self, max_df: f64) -> Self {
        self.max_df = max_df;
        self
    }
    pub fn sublinear_tf(mut self, on: bool) -> Self {
        self.sublinear_tf = on;
        self
    }

    pub fn validate(&self) -> Result<()> {
        let (lo, hi) = self.ngram_range;
        if lo == 0 || hi < lo || hi > MAX_N {
            return Err(Error::param(
                "ngram_range",
                format!("need 1 <= min <= max <= {MAX_N}, got ({lo}, {hi})"),
            ));
        }
        if self.min_df == 0 {
            return Err(Error::param("min_df", "must be at least 1"));
        }
        if !(self.max_df > 0.0 && self.max_df <= 1.0) {
            return Err(Error::param(
                "max_df",
                format!("must be in (0, 1], got {}", self.max_df),
            ));
        }
        if self.max_features == Some(0) {
            return Err(Error::param("max_features", "must be at least 1 when set"));
        }
        Ok(())
    }
}

const MAX_N: usize = 3;

/// A token that separates segments of one document (a quote and its context): no
/// n-gram spans it and it is never a term.
pub const SEGMENT_BREAK: &str = "\u{1}";

/// A fitted vectorizer: the vocabulary, its idf, and lookup tables from stems to columns.
#[derive(Debug, Clone)]
pub struct TfidfVectorizer {
    params: TfidfParams,
    terms: Vec<String>,
    idf: Vec<f64>,
    /// Stem → token id (only stems that occur in some term).
    token_ids: HashMap<String, u32>,
    /// Packed token ids of an n-gram → column.
    columns: HashMap<u64, u32>,
}

/// The stored form: parameters, terms in column order, idf.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TfidfArtifact {
    pub params: TfidfParams,
    pub terms: Vec<String>,
    pub idf: Vec<f64>,
}

impl TfidfVectorizer {
    /// Fits on tokenised training documents.
    pub fn fit(params: &TfidfParams, docs: &[Vec<String>]) -> Result<Self> {
        params.validate()?;
        let mut df: BTreeMap<String, usize> = BTreeMap::new();
        for doc in docs {
            let mut seen: Vec<String> = ngrams(doc, params.ngram_range).collect();
            seen.sort_unstable();
            seen.dedup();
            for g in seen {
                *df.entry(g).or_insert(0) += 1;
            }
        }
        let n = docs.len();
        let max_docs = (params.max_df * n as f64).floor() as usize;
        let mut kept: Vec<(String, usize)> = df
            .into_iter()
            .filter(|(_, d)| *d >= params.min_df && *d <= max_docs.max(1))
            .collect();
        if let Some(max) = params.max_features {
            // Most frequent first, ties by term, then back to term order.
            kept.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            kept.truncate(max);
            kept.sort_by(|a, b| a.0.cmp(&b.0));
        }
        if kept.is_empty() {
            return Err(Error::Training(
                "the vocabulary is empty: lower min_df or add data".into(),
            ));
        }
        let idf = kept
            .iter()
            .map(|(_, d)| idf(n, *d, params.smooth_idf))
            .collect();
        let terms = kept.into_iter().map(|(t, _)| t).collect();
        Self::from_artifact(TfidfArtifact {
            params: params.clone(),
            terms,
            idf,
        })
    }

    /// Rebuilds the lookup tables from a stored artifact, checking it.
    pub fn from_artifact(a: TfidfArtifact) -> Result<Self> {
        a.params.validate()?;
        if a.terms.len() != a.idf.len() {
            return Err(Error::Training(format!(
                "{} terms but {} idf values",
                a.terms.len(),
                a.idf.len()
            )));
        }
        let mut token_ids: HashMap<String, u32> = HashMap::default();
        let mut columns = HashMap::with_capacity_and_hasher(a.terms.len(), Default::default());
        for (col, term) in a.terms.iter().enumerate() {
            let words: Vec<&str> = term.split(' ').collect();
            if words.len() < a.params.ngram_range.0 || words.len() > a.params.ngram_range.1 {
                return Err(Error::Training(format!(
                    "term {term:?} does not fit the n-gram range"
                )));
            }
            let mut key = 0u64;
            for w in words {
                let next = token_ids.len() as u32;
                let id = *token_ids.entry(w.to_string()).or_insert(next);
                key = pack(key, id);
            }
            if columns.insert(key, col as u32).is_some() {
                return Err(Error::Training(format!("term {term:?} appears twice")));
            }
        }
        if a.idf.iter().any(|v| !v.is_finite() || *v <= 0.0) {
            return Err(Error::Training(
                "idf values must be finite and positive".into(),
            ));
        }
        Ok(TfidfVectorizer {
            params: a.params,
            terms: a.terms,
            idf: a.idf,
            token_ids,
            columns,
        })
    }

    pub fn to_artifact(&self) -> TfidfArtifact {
        TfidfArtifact {
            params: self.params.clone(),
            terms: self.terms.clone(),
            idf: self.idf.clone(),
        }
    }

    pub fn params(&self) -> &TfidfParams {
        &self.params
    }

    pub fn n_features(&self) -> usize {
        self.terms.len()
    }

    pub fn term(&self, col: usize) -> &str {
        &self.terms[col]
    }

    /// The L2-normalised TF-IDF vector of one tokenised document.
    pub fn transform<S: AsRef<str>>(&self, tokens: &[S]) -> SparseVec {
        let ids: Vec<Option<u32>> = tokens.iter().map(|t| self.token_id(t.as_ref())).collect();
        self.transform_ids(&ids)
    }

    /// The id under which `token` takes part in n-gram lookups, or `None` when no term
    /// contains it (such a token only breaks n-grams). Callers that read the same tokens
    /// several times look them up once and use [`Self::transform_ids`].
    pub fn token_id(&self, token: &str) -> Option<u32> {
        self.token_ids.get(token).copied()
    }

    /// Every token that takes part in some term, with its id ([`Self::token_id`]).
    pub fn tokens(&self) -> impl Iterator<Item = (&str, u32)> {
        self.token_ids.iter().map(|(t, &id)| (t.as_str(), id))
    }

    /// [`Self::transform`] of tokens already turned into ids by [`Self::token_id`].
    pub fn transform_ids(&self, ids: &[Option<u32>]) -> SparseVec {
        // The columns of every known n-gram, one entry per occurrence; sorted, equal
        // columns are adjacent and their run lengths are the term counts.
        let (lo, hi) = self.params.ngram_range;
        let mut cols: Vec<u32> = Vec::with_capacity(ids.len() * (hi - lo + 1));
        for n in lo..=hi {
            for window in ids.windows(n) {
                let mut key = 0u64;
                let mut known = true;
                for id in window {
                    match id {
                        Some(id) => key = pack(key, *id),
                        None => {
                            known = false;
                            break;
                        }
                    }
                }
                if known {
                    if let Some(&col) = self.columns.get(&key) {
                        cols.push(col);
                    }
                }
            }
        }
        cols.sort_unstable();
        let mut indices = Vec::with_capacity(cols.len());
        let mut values = Vec::with_capacity(cols.len());
        for run in cols.chunk_by(|a, b| a == b) {
            let col = run[0];
            let tf = run.len() as f64;
            let tf = if self.params.sublinear_tf {
                1.0 + tf.ln()
            } else {
                tf
            };
            indices.push(col);
            values.push(tf * self.idf[col as usize]);
        }
        // Summed in column order, as before the division.
        let norm = values.iter().map(|v| v * v).sum::<f64>().sqrt();
        for v in &mut values {
            *v /= norm;
        }
        SparseVec { indices, values }
    }
}

fn idf(n: usize, df: usize, smooth: bool) -> f64 {
    let s = if smooth { 1.0 } else { 0.0 };
    ((n as f64 + s) / (df as f64 + s)).ln() + 1.0
}

/// Packs token ids into one key; ids are offset by one so (0) and (0, 0) differ.
fn pack(key: u64, id: u32) -> u64 {
    key.wrapping_mul(1 << 21).wrapping_add(id as u64 + 1)
}

/// The n-grams of a token list, words joined by a space.
pub fn ngrams<'a>(
    tokens: &'a [String],
    range: (usize, usize),
) -> impl Iterator<Item = String> + 'a {
    (range.0..=range.1).flat_map(move |n| {
        tokens
            .windows(n)
            .filter(|w| !w.iter().any(|t| t == SEGMENT_BREAK))
            .map(|w| w.join(" "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(texts: &[&str]) -> Vec<Vec<String>> {
        texts
            .iter()
            .map(|t| t.split_whitespace().map(String::from).collect())
            .collect()
    }

    #[test]
    fn matches_scikit_learn_formulas() {
        let d = docs(&["a b a", "a c", "b c"]);
        let v =
            TfidfVectorizer::fit(&TfidfParams::default().min_df(1).ngram_range(1, 1), &d).unwrap();
        assert_eq!(v.terms, vec!["a", "b", "c"]);
        // idf(a) = ln(4/3) + 1; tf(a) in doc 0 = 1 + ln 2.
        let x = v.transform(&d[0]);
        let a = (1.0 + 2f64.ln()) * ((4.0f64 / 3.0).ln() + 1.0);
        let b = (4.0f64 / 3.0).ln() + 1.0;
        let norm = (a * a + b * b).sqrt();
        assert_eq!(x.indices, vec![0, 1]);
        assert!((x.values[0] - a / norm).abs() < 1e-12);
        assert!((x.values[1] - b / norm).abs() < 1e-12);
    }

    #[test]
    fn bigrams_and_min_df() {
        let d = docs(&["drug traffick ring", "drug traffick rout", "arm traffick"]);
        let v = TfidfVectorizer::fit(&TfidfParams::default(), &d).unwrap();
        assert_eq!(v.terms, vec!["drug", "drug traffick", "traffick"]);
        let x = v.transform(&["drug".to_string(), "traffick".to_string()]);
        assert_eq!(x.indices, vec![0, 1, 2]);
        assert!((x.values.iter().map(|v| v * v).sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn artifact_round_trip_gives_same_vectors() {
        let d = docs(&["x y z", "x y", "y z w", "w x"]);
        let v = TfidfVectorizer::fit(&TfidfParams::default().min_df(1), &d).unwrap();
        let w = TfidfVectorizer::from_artifact(v.to_artifact()).unwrap();
        for doc in &d {
            assert_eq!(v.transform(doc), w.transform(doc));
        }
    }

    #[test]
    fn invalid_parameters_are_rejected() {
        assert!(TfidfParams::default().ngram_range(2, 1).validate().is_err());
        assert!(TfidfParams::default().ngram_range(1, 4).validate().is_err());
        assert!(TfidfParams::default().min_df(0).validate().is_err());
        assert!(TfidfParams::default().max_df(0.0).validate().is_err());
    }

    #[test]
    fn unknown_words_give_an_empty_vector() {
        let d = docs(&["a b", "a b"]);
        let v = TfidfVectorizer::fit(&TfidfParams::default(), &d).unwrap();
        assert!(v.transform(&["zzz".to_string()]).is_empty());
    }
}
