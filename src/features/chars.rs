//! Character n-grams inside word boundaries (scikit-learn's `char_wb`): each word,
//! lowercased and padded on each side, gives its substrings of the chosen lengths. They
//! catch spelling variants, affixes and punctuation like "?". The padding is `␣`, not a
//! space, because stored terms use spaces between the words of an n-gram.
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
    let mut padded: Vec<char> = Vec::new();
    for word in text.split_word_bounds().filter(|w| !w.trim().is_empty()) {
        padded.clear();
        padded.push(PAD);
        padded.extend(
            word.to_lowercase()
                .chars()
                .map(|c| if c.is_whitespace() { PAD } else { c }),
        );
        padded.push(PAD);
        for n in lo..=hi {
            if padded.len() < n {
                break;
            }
            for window in padded.windows(n) {
                buf.truncate(prefix.len());
                buf.extend(window);
                f(&buf);
            }
        }
    }
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

    #[test]
    fn the_visitor_writes_each_ngram_after_its_prefix() {
        assert_eq!(ngrams("Hi", 2, 2, "f1:"), vec!["f1:␣h", "f1:hi", "f1:i␣"]);
    }
}
