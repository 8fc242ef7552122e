//! Offset-keeping normalisation.
//!
//! Every span the service returns is a pair of code-point offsets into the text the
//! client sent. Normalisation therefore maps each character to exactly one character
//! (non-breaking and other odd spaces to a space, control characters to a space or a
//! newline), so a code-point offset means the same in the original and normalised text.
use serde::{Deserialize, Serialize};

/// A half-open range of code points, `start..end`, into the submitted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A submitted text with its normalised form and the tables that turn code-point
/// offsets into byte offsets of either.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    original: &'a str,
    original_bytes: Vec<usize>,
    chars: Vec<char>,
    normalized: String,
    normalized_bytes: Vec<usize>,
}

impl<'a> Document<'a> {
    pub fn new(original: &'a str) -> Self {
        // One pass builds the characters, the normalised text and both offset tables.
        let n = original.len();
        let mut original_bytes = Vec::with_capacity(n + 1);
        let mut chars = Vec::with_capacity(n);
        let mut normalized = String::with_capacity(n);
        let mut normalized_bytes = Vec::with_capacity(n + 1);
        for (b, c) in original.char_indices() {
            // Only a CR looks at the character after it.
            let next = if c == '\r' {
                original[b + 1..].chars().next()
            } else {
                None
            };
            let c = normalize_char(c, next);
            original_bytes.push(b);
            normalized_bytes.push(normalized.len());
            chars.push(c);
            normalized.push(c);
        }
        original_bytes.push(n);
        normalized_bytes.push(normalized.len());
        Document {
            original,
            original_bytes,
            chars,
            normalized,
            normalized_bytes,
        }
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The normalised characters, one per code point of the original.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    pub fn char_at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// The span in the text exactly as submitted.
    pub fn original(&self, span: Span) -> &'a str {
        &self.original[self.original_bytes[span.start]..self.original_bytes[span.end]]
    }

    /// The span in the normalised text (same code points, plain spaces).
    pub fn normalized(&self, span: Span) -> &str {
        &self.normalized[self.normalized_bytes[span.start]..self.normalized_bytes[span.end]]
    }

    pub fn full_span(&self) -> Span {
        Span::new(0, self.len())
    }

    /// Shrinks a span so it neither starts nor ends with whitespace.
    pub fn trim(&self, span: Span) -> Span {
        let mut s = span.start;
        let mut e = span.end;
        while s < e && self.chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && self.chars[e - 1].is_whitespace() {
            e -= 1;
        }
        Span::new(s, e)
    }
}

fn normalize_char(c: char, next: Option<char>) -> char {
    match c {
        '\n' => '\n',
        // A lone CR is a line break; the CR of CRLF becomes a space so CRLF is one break.
        '\r' if next == Some('\n') => ' ',
        '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}' => '\n',
        c if c.is_control() => ' ',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_code_points_of_the_original() {
        let text = "Morocco’s\u{a0}“record seizures”\r\nend";
        let doc = Document::new(text);
        assert_eq!(doc.len(), text.chars().count());
        let span = Span::new(10, 27);
        assert_eq!(doc.original(span), "“record seizures”");
        assert_eq!(doc.normalized(Span::new(0, 11)), "Morocco’s “");
        assert_eq!(doc.chars()[9], ' ');
        assert_eq!(doc.chars()[27], ' ');
        assert_eq!(doc.chars()[28], '\n');
    }

    #[test]
    fn trim_strips_whitespace_of_any_kind() {
        let doc = Document::new("\u{a0} word \t");
        assert_eq!(doc.normalized(doc.trim(doc.full_span())), "word");
    }
}
