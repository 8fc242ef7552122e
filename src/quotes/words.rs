//! Words with their spans, for the rules that find cues, sources and names. (The model
//! features use [`crate::text::Tokenizer`]; these keep case and position instead.)
use crate::text::{Document, Span};

#[derive(Debug, Clone)]
pub struct Word {
    pub span: Span,
    /// The word as written, with curly apostrophes made straight.
    pub text: String,
    pub lower: String,
}

impl Word {
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn is_punct(&self) -> bool {
        !self.text.chars().any(char::is_alphanumeric)
    }
    /// The word without a possessive "'s".
    pub fn stem_possessive(&self) -> &str {
        self.text.strip_suffix("'s").unwrap_or(&self.text)
    }
}

/// Splits a span into words (letters, digits, inner apostrophes, hyphens and the dots of
/// abbreviations) and single punctuation characters; whitespace is dropped.
pub fn words(doc: &Document, span: Span) -> Vec<Word> {
    let chars = doc.chars();
    let mut out = Vec::new();
    let mut i = span.start;
    while i < span.end {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            i += 1;
            while i < span.end {
                let c = chars[i];
                let joins = matches!(c, '\'' | '’' | '-' | '.')
                    && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())
                    && i + 1 < span.end
                    && (c != '.' || is_abbreviation_dot(chars, start, i));
                if c.is_alphanumeric() || joins {
                    i += 1;
                } else {
                    break;
                }
            }
            // "U.S." keeps its final dot.
            if i < span.end
                && chars[i] == '.'
                && is_abbreviation_dot(chars, start, i)
                && chars[start..i].contains(&'.')
            {
                i += 1;
            }
        } else {
            i += 1;
        }
        let mut text = String::with_capacity(i - start);
        text.extend(
            chars[start..i]
                .iter()
                .map(|&c| if c == '’' { '\'' } else { c }),
        );
        // Most words are ASCII, whose lowercase needs no Unicode tables.
        let lower = if text.is_ascii() {
            text.to_ascii_lowercase()
        } else {
            text.to_lowercase()
        };
        out.push(Word {
            span: Span::new(start, i),
            text,
            lower,
        });
    }
    out
}

/// A dot inside a word is kept only in short dotted abbreviations like "U.S".
fn is_abbreviation_dot(chars: &[char], start: usize, dot: usize) -> bool {
    chars[start..dot]
        .split(|&c| c == '.')
        .all(|part| part.len() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_apostrophes_hyphens_and_abbreviations() {
        let doc = Document::new("Morocco’s anti-terror U.S. policy, he said.");
        let w: Vec<String> = words(&doc, doc.full_span())
            .into_iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(
            w,
            vec![
                "Morocco's",
                "anti-terror",
                "U.S.",
                "policy",
                ",",
                "he",
                "said",
                "."
            ]
        );
    }
}
