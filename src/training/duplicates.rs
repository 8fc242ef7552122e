//! The near-duplicate check over training texts: pairs whose word-trigram sets have a
//! Jaccard similarity of 0.5 or more, and the share of word 5-grams that occur in more
//! than one text. Templated data ("X police seized Y kg of Z") shows up in both.
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};

pub const SIMILARITY: f64 = 0.5;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateReport {
    pub texts: usize,
    pub near_duplicate_pairs: usize,
    /// Share of texts that belong to at least one near-duplicate pair.
    pub texts_in_pairs_share: f64,
    /// Share of distinct word 5-grams found in more than one text.
    pub repeated_5gram_share: f64,
    /// Near-duplicate pairs whose two texts come from different sources (e.g. written
    /// and real data).
    pub pairs_across_sources: usize,
    /// A few example pairs (indices into the input).
    pub examples: Vec<(usize, usize)>,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn shingles(words: &[String], n: usize) -> HashSet<String> {
    words.windows(n).map(|w| w.join(" ")).collect()
}

/// The check over `texts`, each from the source of the same index in `sources`.
pub fn check(texts: &[&str], sources: &[&str]) -> DuplicateReport {
    let tokenised: Vec<Vec<String>> = texts.iter().map(|t| words(t)).collect();
    let tri: Vec<HashSet<String>> = tokenised.iter().map(|w| shingles(w, 3)).collect();
    let mut index: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, s) in tri.iter().enumerate() {
        for g in s {
            index.entry(g.as_str()).or_default().push(k);
        }
    }
    let pairs: Vec<(usize, usize)> = tri
        .par_iter()
        .enumerate()
        .flat_map_iter(|(k, s)| {
            let mut shared: HashMap<usize, usize> = HashMap::default();
            for g in s {
                let list = &index[g.as_str()];
                if list.len() > 200 {
                    continue;
                }
                for &j in list.iter().filter(|&&j| j > k) {
                    *shared.entry(j).or_insert(0) += 1;
                }
            }
            let mut found: Vec<usize> = shared
                .into_iter()
                .filter(|&(j, c)| {
                    let union = s.len() + tri[j].len() - c;
                    union > 0 && c as f64 / union as f64 >= SIMILARITY
                })
                .map(|(j, _)| j)
                .collect();
            found.sort_unstable();
            found.into_iter().map(move |j| (k, j))
        })
        .collect();
    let in_pairs: HashSet<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    let mut five: HashMap<String, usize> = HashMap::default();
    for w in &tokenised {
        for g in shingles(w, 5) {
            *five.entry(g).or_insert(0) += 1;
        }
    }
    let repeated = five.values().filter(|&&c| c > 1).count();
    let share = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            crate::models::metrics::round4(a as f64 / b as f64)
        }
    };
    DuplicateReport {
        texts: texts.len(),
        near_duplicate_pairs: pairs.len(),
        pairs_across_sources: pairs
            .iter()
            .filter(|&&(a, b)| sources.get(a) != sources.get(b))
            .count(),
        texts_in_pairs_share: share(in_pairs.len(), texts.len()),
        repeated_5gram_share: share(repeated, five.len()),
        examples: pairs.into_iter().take(10).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_caught_and_varied_text_is_not() {
        let r = check(
            &[
                "Police in Lagos seized 40 kg of cocaine hidden in a truck on Monday",
                "Police in Accra seized 40 kg of cocaine hidden in a truck on Monday",
                "The foreign ministers met in Geneva to discuss the ceasefire",
            ],
            &["written", "real", "real"],
        );
        assert_eq!(r.near_duplicate_pairs, 1);
        assert_eq!(r.pairs_across_sources, 1);
        assert_eq!(r.examples, vec![(0, 1)]);
        assert!((r.texts_in_pairs_share - 0.6667).abs() < 1e-4);
    }
}
