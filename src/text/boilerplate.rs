//! Scraped-page furniture: "Read Also: <headline>" links glued into the article and
//! trailing "Leave a Reply" blocks. The phrases live in `boilerplate.txt`.
use super::{Document, Span};
use std::sync::OnceLock;

/// Phrases that introduce an inline link to another article; the phrase and the
/// headline after it are not part of the article.
const INLINE_LINK_PHRASES: &[&str] = &[
    "read also",
    "read more",
    "see also",
    "also read",
    "related:",
];

fn phrases() -> &'static [String] {
    static PHRASES: OnceLock<Vec<String>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        super::word_list::entries(include_str!("boilerplate.txt"))
            .map(str::to_string)
            .collect()
    })
}

/// Spans of the document that are page furniture, sorted and disjoint.
pub fn find(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    for line in lines(doc) {
        if is_boilerplate_line(doc, line) {
            out.push(line);
        } else {
            out.extend(inline_links(doc, line));
        }
    }
    out
}

/// Lines of the document (split on newlines), trimmed, never empty.
pub fn lines(doc: &Document) -> Vec<Span> {
    let chars = doc.chars();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\n' {
            let span = doc.trim(Span::new(start, i));
            if !span.is_empty() {
                out.push(span);
            }
            start = i + 1;
        }
    }
    out
}

/// The number of characters of the longest phrase.
fn longest_phrase() -> usize {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    *LONGEST.get_or_init(|| {
        phrases()
            .iter()
            .map(|p| p.chars().count())
            .max()
            .unwrap_or(0)
    })
}

fn is_boilerplate_line(doc: &Document, line: Span) -> bool {
    // The line, lowercased and without trailing punctuation, is a phrase or starts with an
    // inline-link phrase and a colon. Lines are often whole paragraphs, so only as much
    // is lowercased as a phrase and its colon can take: every character lowercases to at
    // least one character, so a longer line can only match through its start. Trimming
    // before lowercasing gives the same text, since lowercasing neither makes nor
    // removes ASCII punctuation and whitespace.
    let trimmed = doc
        .normalized(line)
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    let head = trimmed
        .char_indices()
        .nth(longest_phrase() + 1)
        .map_or(trimmed, |(end, _)| &trimmed[..end]);
    let whole = head.len() == trimmed.len();
    let text = head.to_lowercase();
    phrases().iter().any(|p| {
        let p = p.trim_end_matches(':');
        (whole && text == p)
            || (text.starts_with(p)
                && text[p.len()..].starts_with(':')
                && INLINE_LINK_PHRASES
                    .iter()
                    .any(|l| l.trim_end_matches(':') == p))
    })
}

/// The inline-link phrases as characters, without their colon.
fn inline_phrases() -> &'static [Vec<char>] {
    static P: OnceLock<Vec<Vec<char>>> = OnceLock::new();
    P.get_or_init(|| {
        INLINE_LINK_PHRASES
            .iter()
            .map(|p| p.trim_end_matches(':').chars().collect())
            .collect()
    })
}

/// "Read Also: Headline Of Another StoryNext sentence" inside a line: the link runs to
/// the point where a lowercase letter is glued to a capital that starts the next
/// sentence, or to the end of the line.
fn inline_links(doc: &Document, line: Span) -> Vec<Span> {
    let chars = doc.chars();
    let mut out = Vec::new();
    let mut i = line.start;
    while i < line.end {
        // Every phrase starts with a letter, which only a letter lowercases to.
        let at_word_start =
            chars[i].is_alphabetic() && (i == line.start || !chars[i - 1].is_alphanumeric());
        let matched = at_word_start
            .then(|| {
                inline_phrases()
                    .iter()
                    .find(|p| phrase_at(chars, i, line.end, p))
            })
            .flatten();
        match matched {
            Some(p) => {
                let end = headline_end(chars, i + p.len() + 1, line.end);
                out.push(Span::new(i, end));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The phrase (lowercase) followed by a colon starts at `at`, in any case.
fn phrase_at(chars: &[char], at: usize, limit: usize, phrase: &[char]) -> bool {
    let end = at + phrase.len();
    end < limit
        && chars[end] == ':'
        && chars[at..end]
            .iter()
            .zip(phrase)
            .all(|(c, p)| c.to_lowercase().eq(std::iter::once(*p)))
}

fn headline_end(chars: &[char], from: usize, limit: usize) -> usize {
    for i in from..limit.saturating_sub(1) {
        let (a, b) = (chars[i], chars[i + 1]);
        if a.is_lowercase()
            && b.is_uppercase()
            && chars.get(i + 2).is_some_and(|c| c.is_lowercase())
        {
            return i + 1;
        }
    }
    limit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_also_link_ends_at_glued_capital() {
        let text = "region.Read Also:\u{a0}Abdelhak Khiame Explains Morocco’s Anti-Terrorism StrategyKhiame added that";
        let doc = Document::new(text);
        let spans = find(&doc);
        assert_eq!(spans.len(), 1);
        assert_eq!(
            doc.original(spans[0]),
            "Read Also:\u{a0}Abdelhak Khiame Explains Morocco’s Anti-Terrorism Strategy"
        );
    }

    #[test]
    fn trailing_leave_a_reply_line_is_boilerplate() {
        let doc = Document::new("Body text.\n\nLeave a Reply\n");
        let spans = find(&doc);
        assert_eq!(spans.len(), 1);
        assert_eq!(doc.original(spans[0]), "Leave a Reply");
    }

    #[test]
    fn ordinary_text_mentioning_reading_is_kept() {
        let doc = Document::new("Officials read also the report. They said more.");
        assert!(find(&doc).is_empty());
    }
}
