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
            words(text, |raw| {
                // The cache is keyed by the word as written: a hit skips lowercasing and
                // stemming, and costs no allocation.
                if let Some(kept) = cache.get(raw) {
                    if let Some(stem) = kept {
                        f(stem);
                    }
                    return;
                }
                let kept = self.stem_of(raw);
                if let Some(stem) = &kept {
                    f(stem);
                }
                if cache.len() >= STEM_CACHE_LIMIT {
                    cache.clear();
                }
                cache.insert(raw.to_string(), kept);
            });
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

/// Calls `f` with each word of `text`, exactly the words of `text.unicode_words()`
/// (UAX #29 word boundaries, segments holding a letter or digit).
///
/// The library's general path looks every character up in the Unicode tables, which
/// made it the largest single cost of an analysis. News text is nearly all ASCII plus
/// curly quotes and dashes, and for those characters the boundary rules reduce to the
/// library's own ASCII fast path: a word is a run of letters, digits and underscores,
/// where `:`, `.`, `'`, `‘` or `’` between two letters, or `.`, `'`, `‘`, `’`, `,` or `;`
/// between two digits, does not break it (WB5–WB13b); every other character here
/// breaks and can never be part of a word. Text with any other character goes to the
/// library. `fast_words_match_unicode_words` checks the two agree.
fn words<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
    match fast_word_ranges(text) {
        Some(ranges) => ranges.into_iter().for_each(|(s, e)| f(&text[s..e])),
        None => text.unicode_words().for_each(f),
    }
}

/// The byte ranges of the words of `text` by the reduced rules of [`words`], or `None`
/// when the text has a character those rules do not cover.
fn fast_word_ranges(text: &str) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    // A run of underscores is a segment without a letter or digit.
    let mut push = |start: usize, end: usize| {
        if text.as_bytes()[start..end]
            .iter()
            .any(u8::is_ascii_alphanumeric)
        {
            out.push((start, end));
        }
    };
    // The word being read: its start, the class of its last character, and an infix
    // character right after it that joins only if the next character allows.
    let mut word: Option<(usize, Class)> = None;
    let mut infix: Option<(usize, Class)> = None;
    for (i, c) in text.char_indices() {
        let k = class(c)?;
        if let Some((start, last)) = word {
            if let Some((at, mid)) = infix.take() {
                if joins(last, mid, k) {
                    word = Some((start, k));
                    continue;
                }
                push(start, at);
                word = None;
            } else if k.is_core() {
                word = Some((start, k));
                continue;
            } else if can_join_after(last, k) {
                infix = Some((i, k));
                continue;
            } else {
                push(start, i);
                word = None;
            }
        }
        if k.is_core() {
            word = Some((i, k));
        }
    }
    if let Some((start, _)) = word {
        push(start, infix.map_or(text.len(), |(at, _)| at));
    }
    Some(out)
}

/// Word-break classes of the characters [`words`] handles itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Underscore,
    /// `:`
    MidLetter,
    /// `.`, `'`, `‘`, `’`
    MidNumLet,
    /// `,`, `;`
    MidNum,
    /// Anything else: spaces, line breaks, other punctuation, curly double quotes, dashes.
    Other,
}

impl Class {
    fn is_core(self) -> bool {
        matches!(self, Class::Letter | Class::Digit | Class::Underscore)
    }
}

fn class(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '_' => Class::Underscore,
        ':' => Class::MidLetter,
        '.' | '\'' | '‘' | '’' => Class::MidNumLet,
        ',' | ';' => Class::MidNum,
        c if c.is_ascii() => Class::Other,
        '“' | '”' | '–' | '—' => Class::Other,
        _ => return None,
    })
}

/// `mid` after a word ending in `last` may join it to what follows.
fn can_join_after(last: Class, mid: Class) -> bool {
    match last {
        Class::Letter => matches!(mid, Class::MidLetter | Class::MidNumLet),
        Class::Digit => matches!(mid, Class::MidNum | Class::MidNumLet),
        _ => false,
    }
}

/// `last mid next` stays one word: between letters (WB6, WB7) or digits (WB11, WB12).
fn joins(last: Class, mid: Class, next: Class) -> bool {
    can_join_after(last, mid) && next == last
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

    fn unicode_words_of(text: &str) -> Vec<&str> {
        text.unicode_words().collect()
    }

    fn fast_words_of(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        words(text, |w| out.push(w));
        out
    }

    #[test]
    fn fast_words_on_examples() {
        for text in [
            "Morocco’s “record seizures” – 2,000.5 tonnes; e.g. U.S. a:b 1:2 x_y __ _a 3’4 a’1",
            "can't 'quoted' ‘single’ a..b 1,,2 end.",
            "",
            "___",
            "word",
        ] {
            assert_eq!(fast_words_of(text), unicode_words_of(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]
        #[test]
        fn fast_words_match_unicode_words(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'a', 'Z', 'q', '0', '7', '_', ':', '.', '\'', '‘', '’', ',', ';', ' ', '\n',
                '\r', '\t', '"', '-', '!', '“', '”', '–', '—', 'é', '\u{ad}', '\u{200d}',
            ]), 0..40)
        ) {
            let text: String = chars.into_iter().collect();
            proptest::prop_assert_eq!(fast_words_of(&text), unicode_words_of(&text));
        }
    }

    #[test]
    fn hyphenated_words_split() {
        let t = Tokenizer::english();
        assert_eq!(t.tokens("Anti-Terrorism"), vec!["anti", "terror"]);
    }
}
