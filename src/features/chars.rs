//! Character n-grams inside word boundaries (scikit-learn's `char_wb`): each word,
//! lowercased and padded on each side, gives its substrings of the chosen lengths. They
//! catch spelling variants, affixes and punctuation like "?". The padding is `␣`, not a
//! space, because stored terms use spaces between the words of an n-gram.
use unicode_segmentation::UnicodeSegmentation;

const PAD: char = '␣';

/// The character n-grams of `text` with lengths in `lo..=hi`.
pub fn char_ngrams(text: &str, lo: usize, hi: usize) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split_word_bounds().filter(|w| !w.trim().is_empty()) {
        let padded: Vec<char> = std::iter::once(PAD)
            .chain(
                word.to_lowercase()
                    .chars()
                    .map(|c| if c.is_whitespace() { PAD } else { c }),
            )
            .chain(std::iter::once(PAD))
            .collect();
        for n in lo..=hi {
            if padded.len() < n {
                break;
            }
            out.extend(padded.windows(n).map(|w| w.iter().collect::<String>()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ngrams_stay_inside_padded_words() {
        assert_eq!(
            char_ngrams("Hi?", 2, 3),
            vec!["␣h", "hi", "i␣", "␣hi", "hi␣", "␣?", "?␣", "␣?␣"]
        );
    }
}
