//! Tokenising: Unicode word segmentation, lowercasing, Snowball stemming
//! (rust-stemmers) and English stop words, stemmed the same way as the tokens. Stemming
//! and stop words can each be switched off ([`TokenizerParams`]).
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashSet as HashSet;
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

/// How words become tokens. The defaults are the shipped models': Snowball English
/// stems, stop words (`stopwords.txt`, negations and modals kept) left out. scikit-learn's
/// `TfidfVectorizer` defaults are the opposite on both (no stemming, no stop words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TokenizerParams {
    /// Reduce each word to its Snowball English stem.
    pub stemming: bool,
    /// Leave out the stop words of `stopwords.txt`.
    pub stop_words: bool,
}

impl Default for TokenizerParams {
    fn default() -> Self {
        TokenizerParams {
            stemming: true,
            stop_words: true,
        }
    }
}

/// Turns text into the tokens (stems, by default) the TF-IDF vectorizer counts.
pub struct Tokenizer {
    stemmer: Stemmer,
    stop: HashSet<String>,
    params: TokenizerParams,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer")
            .field("params", &self.params)
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
    /// Stems, stop words left out: the shipped models' tokens.
    pub fn english() -> Self {
        Self::new(TokenizerParams::default())
    }

    pub fn new(params: TokenizerParams) -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let stop = if params.stop_words {
            super::word_list::entries(include_str!("stopwords.txt"))
                .map(|w| {
                    if params.stemming {
                        stemmer.stem(w).into_owned()
                    } else {
                        w.to_string()
                    }
                })
                .collect()
        } else {
            HashSet::default()
        };
        Tokenizer {
            stemmer,
            stop,
            params,
        }
    }

    pub fn params(&self) -> TokenizerParams {
        self.params
    }

    /// Tokens of the words of `text`, in order, stop words and tokens without a letter left out.
    pub fn tokens(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.for_each_token(text, |t| out.push(t.to_string()));
        out
    }

    /// Calls `f` with each token of `text`; avoids collecting when the caller maps
    /// tokens to ids straight away.
    pub fn for_each_token(&self, text: &str, mut f: impl FnMut(&str)) {
        self.for_each_word(text, |_, token| {
            if let Some(t) = token {
                f(t)
            }
        });
    }

    /// Calls `f` with each word of `text` as written and the token it counts as (none
    /// for a stop word or a word without a letter): explanations show the words.
    pub fn for_each_word<'t>(&self, text: &'t str, mut f: impl FnMut(&'t str, Option<&str>)) {
        let slot = usize::from(self.params.stemming) * 2 + usize::from(self.params.stop_words);
        TOKENS.with(|caches| {
            let mut cache = caches[slot].borrow_mut();
            words(text, |raw| {
                // The cache is keyed by the word as written: a hit skips lowercasing and
                // stemming, and costs no allocation.
                if let Some(kept) = cache.get(raw) {
                    f(raw, kept.as_deref());
                    return;
                }
                let kept = self.token_of(raw);
                f(raw, kept.as_deref());
                if cache.len() >= TOKEN_CACHE_LIMIT {
                    cache.clear();
                }
                cache.insert(raw.to_string(), kept);
            });
        });
    }

    /// The token a word of the text counts as, or `None` when it has no letter, stems to
    /// nothing or is a stop word.
    fn token_of(&self, raw: &str) -> Option<String> {
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
        let token = if self.params.stemming {
            self.stemmer.stem(&word).into_owned()
        } else {
            word
        };
        (!token.is_empty() && !self.stop.contains(&token)).then_some(token)
    }
}

/// Stemming dominates tokenising and news repeats its words, so each thread keeps, for
/// each word as written, what it counts as (the stop-word decision included): one cache
/// per combination of [`TokenizerParams`] (English only).
const TOKEN_CACHE_LIMIT: usize = 100_000;

type TokenCache = std::cell::RefCell<rustc_hash::FxHashMap<String, Option<String>>>;

thread_local! {
    static TOKENS: [TokenCache; 4] = Default::default();
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
pub fn words<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
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
    fn stemming_and_stop_words_can_be_switched_off() {
        let text = "The talks were held";
        let plain = Tokenizer::new(TokenizerParams {
            stemming: false,
            stop_words: false,
        });
        assert_eq!(plain.tokens(text), ["the", "talks", "were", "held"]);
        let stems_only = Tokenizer::new(TokenizerParams {
            stemming: true,
            stop_words: false,
        });
        assert_eq!(stems_only.tokens(text), ["the", "talk", "were", "held"]);
        // Each setting keeps its own cache: the shipped tokenizer is unaffected.
        assert_eq!(Tokenizer::english().tokens(text), ["talk", "held"]);
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
