//! Tokenising: Unicode word segmentation, lowercasing, Snowball stemming
//! (rust-stemmers) and English stop words, stemmed the same way as the tokens.
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashSet as HashSet;
use unicode_segmentation::UnicodeSegmentation;

/// Turns text into the stems the TF-IDF vectorizer counts.
pub struct Tokenizer {
    stemmer: Stemmer,
    stop: HashSet<String>,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer")
            .field("stop_words", &self.stop.len())
            .finish()
    }
}

impl Default for Tokenizer {
    fn default() -> Self {
        Self::english()
    }
}

impl Tokenizer {
    pub fn english() -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let stop = include_str!("stopwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|w| stemmer.stem(w).into_owned())
            .collect();
        Tokenizer { stemmer, stop }
    }

    /// Stems of the words of `text`, in order, stop words and tokens without a letter left out.
    pub fn tokens(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.for_each_token(text, |t| out.push(t.to_string()));
        out
    }

    /// Calls `f` with each stem of `text`; avoids collecting when the caller maps
    /// stems to ids straight away.
    pub fn for_each_token(&self, text: &str, mut f: impl FnMut(&str)) {
        STEMS.with(|cache| {
            let mut cache = cache.borrow_mut();
            for raw in text.unicode_words() {
                // The cache is keyed by the word as written: a hit skips lowercasing and
                // stemming, and costs no allocation.
                if let Some(kept) = cache.get(raw) {
                    if let Some(stem) = kept {
                        f(stem);
                    }
                    continue;
                }
                let kept = self.stem_of(raw);
                if let Some(stem) = &kept {
                    f(stem);
                }
                if cache.len() >= STEM_CACHE_LIMIT {
                    cache.clear();
                }
                cache.insert(raw.to_string(), kept);
            }
        });
    }

    /// The stem a word of the text counts as, or `None` when it has no letter, stems to
    /// nothing or is a stop word.
    fn stem_of(&self, raw: &str) -> Option<String> {
        if !raw.chars().any(char::is_alphabetic) {
            return None;
        }
        let mut word = String::with_capacity(raw.len());
        for c in raw.chars() {
            match c {
                '’' | '‘' | 'ʼ' | '′' => word.push('\''),
                c if is_format(c) => {}
                c => word.extend(c.to_lowercase()),
            }
        }
        let stem = self.stemmer.stem(&word);
        (!stem.is_empty() && !self.stop.contains(stem.as_ref())).then(|| stem.into_owned())
    }
}

/// Stemming dominates tokenising and news repeats its words, so each thread keeps, for
/// each word as written, what it counts as (the stop-word decision included). English
/// only, so one cache.
const STEM_CACHE_LIMIT: usize = 100_000;

thread_local! {
    static STEMS: std::cell::RefCell<rustc_hash::FxHashMap<String, Option<String>>> = Default::default();
}

/// Zero-width and soft-hyphen characters that word segmentation keeps inside words.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_lowercases_and_drops_stop_words() {
        let t = Tokenizer::english();
        assert_eq!(
            t.tokens("The Trafficking rings were dismantled"),
            vec!["traffick", "ring", "dismantl"]
        );
    }

    #[test]
    fn curly_apostrophes_and_nbsp_do_not_break_words() {
        let t = Tokenizer::english();
        assert_eq!(
            t.tokens("Morocco’s\u{a0}sovereignty"),
            t.tokens("Morocco's sovereignty")
        );
        assert_eq!(t.tokens("Morocco’s"), vec!["morocco"]);
    }

    #[test]
    fn negations_are_kept_and_numbers_dropped() {
        let t = Tokenizer::english();
        assert_eq!(t.tokens("not 2,000 against"), vec!["not", "against"]);
    }

    #[test]
    fn hyphenated_words_split() {
        let t = Tokenizer::english();
        assert_eq!(t.tokens("Anti-Terrorism"), vec!["anti", "terror"]);
    }
}
