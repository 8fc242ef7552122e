//! Character n-grams inside word boundaries (scikit-learn's `char_wb`): each word,
//! lowercased and padded on each side, gives its substrings of the chosen lengths. They
//! catch spelling variants, affixes and punctuation like "?". The padding is `␣`, not a
//! space, because stored terms use spaces between the words of an n-gram.
use rustc_hash::FxHashMap;
use unicode_segmentation::UnicodeSegmentation;

const PAD: char = '␣';

/// Calls `f` with each character n-gram of `text` (lengths in `lo..=hi`), written after
/// `prefix`: word by word, shorter n-grams first. One buffer serves them all, so serving
/// allocates nothing per n-gram.
pub fn for_each_char_ngram(
    text: &str,
    lo: usize,
    hi: usize,
    prefix: &str,
    mut f: impl FnMut(&str),
) {
    let mut buf = String::from(prefix);
    for_each_window(text, lo, hi, |window| {
        buf.truncate(prefix.len());
        buf.extend(window);
        f(&buf);
    });
}

/// The characters of each n-gram of [`for_each_char_ngram`], in its order.
fn for_each_window(text: &str, lo: usize, hi: usize, mut f: impl FnMut(&[char])) {
    let mut padded: Vec<char> = Vec::new();
    for word in text.split_word_bounds().filter(|w| !w.trim().is_empty()) {
        padded.clear();
        padded.push(PAD);
        let pad_space = |c: char| if c.is_whitespace() { PAD } else { c };
        if word.is_ascii() {
            // (The same characters as `to_lowercase`, without a string for each word.)
            padded.extend(word.chars().map(|c| pad_space(c.to_ascii_lowercase())));
        } else {
            padded.extend(word.to_lowercase().chars().map(pad_space));
        }
        padded.push(PAD);
        for n in lo..=hi {
            if padded.len() < n {
                break;
            }
            padded.windows(n).for_each(&mut f);
        }
    }
}

/// The longest n-gram [`CharGramIndex`] packs into one key: five characters of 21 bits,
/// with the n-gram's length and its field.
const MAX_PACKED: usize = 5;
/// Fields whose n-grams are packed: the first and those marked `f1:` … `f7:`.
const MAX_FIELDS: usize = 8;

/// A vocabulary of character n-grams keyed by their field and characters packed in a
/// number, so that serving looks an n-gram up without writing it out. It finds exactly
/// the n-grams the vocabulary's strings are ([`for_each_char_ngram`] with a field's
/// prefix).
#[derive(Debug, Clone)]
pub struct CharGramIndex {
    ids: FxHashMap<u128, u32>,
}

impl CharGramIndex {
    /// The index of `tokens` (an n-gram, written after its field's prefix, and its id),
    /// or `None` when n-grams of lengths up to `hi` do not fit a key.
    pub fn new<'a>(
        tokens: impl Iterator<Item = (&'a str, u32)>,
        lo: usize,
        hi: usize,
    ) -> Option<Self> {
        if hi > MAX_PACKED {
            return None;
        }
        let mut ids = FxHashMap::default();
        let mut chars: Vec<char> = Vec::new();
        let mut add = |field: usize, gram: &str, id: u32| {
            chars.clear();
            chars.extend(gram.chars());
            if (lo..=hi).contains(&chars.len()) {
                ids.insert(key(field, &chars), id);
            }
        };
        for (token, id) in tokens {
            // A string may read as a first field's n-gram and as another field's after
            // its prefix; it is found under each reading.
            add(0, token, id);
            if let Some((field, gram)) = prefixed(token) {
                add(field, gram, id);
            }
        }
        Some(CharGramIndex { ids })
    }

    /// Calls `f` with the id of each n-gram of field `field`'s `text` (`None` for one not
    /// in the vocabulary), in [`for_each_char_ngram`]'s order.
    pub fn for_each_id(
        &self,
        field: usize,
        text: &str,
        lo: usize,
        hi: usize,
        mut f: impl FnMut(Option<u32>),
    ) -> bool {
        if field >= MAX_FIELDS {
            return false;
        }
        for_each_window(text, lo, hi, |window| {
            f(self.ids.get(&key(field, window)).copied())
        });
        true
    }
}

/// What an n-gram of field `k` is written after: nothing for the first field, `f<k>:`
/// for each other.
pub fn field_prefix(k: usize) -> String {
    if k == 0 {
        String::new()
    } else {
        format!("f{k}:")
    }
}

/// The field and the n-gram of a token written after a field's prefix (`f1:…`), the
/// reverse of [`field_prefix`].
fn prefixed(token: &str) -> Option<(usize, &str)> {
    let rest = token.strip_prefix('f')?;
    let (digits, gram) = rest.split_once(':')?;
    let field: usize = digits.parse().ok()?;
    (digits == field.to_string() && (1..MAX_FIELDS).contains(&field)).then_some((field, gram))
}

/// Field (3 bits), length (3 bits), then each character (21 bits).
fn key(field: usize, window: &[char]) -> u128 {
    window
        .iter()
        .fold(((field as u128) << 3) | window.len() as u128, |k, &c| {
            (k << 21) | c as u128
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ngrams(text: &str, lo: usize, hi: usize, prefix: &str) -> Vec<String> {
        let mut seen = Vec::new();
        for_each_char_ngram(text, lo, hi, prefix, |g| seen.push(g.to_string()));
        seen
    }

    #[test]
    fn ngrams_stay_inside_padded_words() {
        assert_eq!(
            ngrams("Hi?", 2, 3, ""),
            vec!["␣h", "hi", "i␣", "␣hi", "hi␣", "␣?", "?␣", "␣?␣"]
        );
    }

    /// The ids the index gives field `k`'s text, and those a lookup of each n-gram
    /// written out gives.
    fn both_ways(
        vocabulary: &[&str],
        k: usize,
        text: &str,
    ) -> (Vec<Option<u32>>, Vec<Option<u32>>) {
        let ids: FxHashMap<&str, u32> = vocabulary.iter().zip(0..).map(|(t, i)| (*t, i)).collect();
        let index = CharGramIndex::new(ids.iter().map(|(t, i)| (*t, *i)), 2, 3).unwrap();
        let mut packed = Vec::new();
        assert!(index.for_each_id(k, text, 2, 3, |id| packed.push(id)));
        let mut written = Vec::new();
        for_each_char_ngram(text, 2, 3, &field_prefix(k), |g| {
            written.push(ids.get(g).copied())
        });
        (packed, written)
    }

    #[test]
    fn the_index_finds_what_the_written_ngrams_find() {
        let vocabulary = ["␣h", "hi", "f1:hi", "f2:i␣", "é␣", "␣?␣", "f1:x", "héé"];
        for k in 0..3 {
            for text in ["Hi?", "HI there, hé", "Été héé", "", "x f1:hi"] {
                let (packed, written) = both_ways(&vocabulary, k, text);
                assert_eq!(packed, written, "field {k}, {text:?}");
            }
        }
        let (packed, _) = both_ways(&vocabulary, 1, "Hi");
        assert_eq!(packed, vec![None, Some(2), None, None, None]);
    }

    #[test]
    fn the_index_packs_only_what_fits_a_key() {
        assert!(CharGramIndex::new(std::iter::empty(), 2, 6).is_none());
        let index = CharGramIndex::new(std::iter::empty(), 2, 5).unwrap();
        assert!(!index.for_each_id(MAX_FIELDS, "hi", 2, 5, |_| {}));
    }

    #[test]
    fn the_visitor_writes_each_ngram_after_its_prefix() {
        assert_eq!(ngrams("Hi", 2, 2, "f1:"), vec!["f1:␣h", "f1:hi", "f1:i␣"]);
    }
}
