//! Sentence splitting for scraped news.
//!
//! Copes with full stops glued to the next sentence ("Khiame.In his", "Moroccan.”Khiame"),
//! closing quotes after the full stop, abbreviations (`abbreviations.txt`), decimals,
//! initials and ellipses, and leaves out page furniture found by [`super::boilerplate`].
use super::{boilerplate, Document, Span};
// Fast hashing: these sets are probed for most words of every document.
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

struct Abbreviations {
    titles: HashSet<String>,
    other: HashSet<String>,
}

fn abbreviations() -> &'static Abbreviations {
    static ABBR: OnceLock<Abbreviations> = OnceLock::new();
    ABBR.get_or_init(|| {
        let mut titles = HashSet::default();
        let mut other = HashSet::default();
        let mut in_titles = true;
        for line in super::word_list::entries(include_str!("abbreviations.txt")) {
            match line {
                "[titles]" => in_titles = true,
                "[other]" => in_titles = false,
                l if in_titles => {
                    titles.insert(l.to_string());
                }
                l => {
                    other.insert(l.to_string());
                }
            }
        }
        Abbreviations { titles, other }
    })
}

/// Words that open sentences; after an abbreviation like "U.S." a capitalised one of
/// these means the sentence ended there.
const OPENERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "in",
    "a",
    "an",
    "this",
    "that",
    "there",
    "on",
    "at",
    "his",
    "her",
    "their",
    "its",
    "as",
    "after",
    "when",
    "while",
    "if",
    "also",
    "officials",
    "police",
    "some",
    "many",
];

/// Sentences of the document, in order, as trimmed spans; boilerplate is left out.
pub fn split_sentences(doc: &Document) -> Vec<Span> {
    let furniture = boilerplate::find(doc);
    let mut out = Vec::new();
    for line in boilerplate::lines(doc) {
        for piece in subtract(line, &furniture) {
            split_piece(doc, piece, &mut out);
        }
    }
    out
}

/// What a document says, as its topics are read: its sentences (boilerplate left out)
/// in order, one per line, normalised. Training reads a document-level example
/// through this, and the analyzer reads a submitted document through it.
pub fn body(doc: &Document, sentences: &[Span]) -> String {
    let parts: Vec<&str> = sentences.iter().map(|s| doc.normalized(*s)).collect();
    parts.join("\n")
}

/// The parts of `span` not covered by any of the (sorted) `holes`.
fn subtract(span: Span, holes: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut cursor = span.start;
    for h in holes.iter().filter(|h| h.overlaps(span)) {
        if h.start > cursor {
            out.push(Span::new(cursor, h.start));
        }
        cursor = cursor.max(h.end);
    }
    if cursor < span.end {
        out.push(Span::new(cursor, span.end));
    }
    out
}

fn split_piece(doc: &Document, piece: Span, out: &mut Vec<Span>) {
    let chars = doc.chars();
    let mut start = piece.start;
    let mut i = piece.start;
    while i < piece.end {
        if let Some(end) = boundary_at(chars, i, piece.end) {
            push_trimmed(doc, Span::new(start, end), out);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    push_trimmed(doc, Span::new(start, piece.end), out);
}

fn push_trimmed(doc: &Document, span: Span, out: &mut Vec<Span>) {
    let span = doc.trim(span);
    if doc.chars()[span.start..span.end]
        .iter()
        .any(|c| c.is_alphanumeric())
    {
        out.push(span);
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '»' | ')' | ']' | '›' | '」')
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '‘' | '"' | '«' | '„' | '(' | '[' | '‹' | '「')
}

/// Two apostrophes before a capital or a digit at `k`: a double quotation mark opening
/// a quote, as some newspapers' copy writes it ("he said. ''We will …").
fn doubled_apostrophe(chars: &[char], k: usize, limit: usize) -> bool {
    k + 2 < limit
        && chars[k] == '\''
        && chars[k + 1] == '\''
        && (chars[k + 2].is_uppercase() || chars[k + 2].is_numeric())
}

/// If a sentence ends with the terminal mark at `i`, the offset just past the end
/// (after any closing quotes).
fn boundary_at(chars: &[char], i: usize, limit: usize) -> Option<usize> {
    let c = chars[i];
    if !is_terminal(c) {
        return None;
    }
    let mut j = i + 1;
    while j < limit && is_terminal(chars[j]) {
        j += 1;
    }
    while j < limit && is_closing(chars[j]) {
        j += 1;
    }
    if j >= limit {
        return Some(limit);
    }
    let glued = !chars[j].is_whitespace();
    let mut k = j;
    while k < limit && chars[k].is_whitespace() {
        k += 1;
    }
    if k >= limit {
        return Some(limit);
    }
    let next = chars[k];
    let starts_sentence = next.is_uppercase()
        || next.is_numeric()
        || is_opening(next)
        || doubled_apostrophe(chars, k, limit);
    if !starts_sentence {
        return None;
    }
    if glued && !glued_boundary(chars, i, k, limit) {
        return None;
    }
    if c == '.' && j == i + 1 && !full_stop_ends_sentence(chars, i, k, limit) {
        return None;
    }
    Some(j)
}

/// A full stop glued to what follows ends a sentence only between a real word and a
/// capitalised word or an opening quote: "Algeria.In", "Moroccan.”Khiame", not
/// "U.S.A", "3.5" or "example.Com".
fn glued_boundary(chars: &[char], i: usize, k: usize, limit: usize) -> bool {
    if chars[i] != '.' && chars[i] != '…' {
        return true;
    }
    let word = word_before(chars, i);
    let real_word = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .last()
            .is_some_and(|c| c.is_lowercase() || c.is_numeric())
        && !word.contains('.');
    let next = chars[k];
    let next_ok = is_opening(next)
        || (next.is_uppercase()
            && chars
                .get(k + 1)
                .is_some_and(|c| k + 1 < limit && (c.is_lowercase() || c.is_whitespace())));
    real_word && next_ok
}

/// Decides a full stop followed by whitespace and a capital, digit or opening quote.
fn full_stop_ends_sentence(chars: &[char], i: usize, k: usize, limit: usize) -> bool {
    let word = word_before(chars, i);
    if word.is_empty() {
        return true;
    }
    // Decimal numbers have no space; "No. 5" and "Vol. 2" are handled as titles below.
    let lower = word.to_lowercase();
    let abbr = abbreviations();
    if abbr.titles.contains(&lower) {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if single_initial || abbr.other.contains(&lower) || is_dotted_acronym(&word) {
        return next_word_opens(chars, k, limit);
    }
    true
}

fn next_word_opens(chars: &[char], k: usize, limit: usize) -> bool {
    // "… said in a post on X. “Please avoid the area,” …": a quotation mark that opens
    // on a capitalised word opens a sentence (not in capitals: "THE U.S. "AVIATION
    // AGENCY"").
    if matches!(chars[k], '“' | '"')
        && k + 2 < limit
        && chars[k + 1].is_uppercase()
        && chars[k + 2].is_lowercase()
    {
        return true;
    }
    let word: String = chars[k..limit]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    // "Wayne A. I. Frederick": an "I" with its own full stop is one more initial.
    let initial = word.chars().count() == 1 && chars.get(k + 1) == Some(&'.');
    OPENERS.contains(&word.as_str()) && !initial
}

fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2)
}

/// The word (letters, digits and inner full stops) that ends just before offset `i`.
fn word_before(chars: &[char], i: usize) -> String {
    let mut s = i;
    while s > 0
        && (chars[s - 1].is_alphanumeric()
            || (chars[s - 1] == '.' && s >= 2 && chars[s - 2].is_alphanumeric()))
    {
        s -= 1;
    }
    chars[s..i].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        split_sentences(&doc)
            .into_iter()
            .map(|s| doc.original(s).to_string())
            .collect()
    }

    #[test]
    fn glued_full_stops_split() {
        assert_eq!(
            split("between Morocco and Algeria.In his interview, Khiame spoke."),
            vec![
                "between Morocco and Algeria.",
                "In his interview, Khiame spoke."
            ]
        );
        assert_eq!(
            split("the Sahara is not Moroccan.”Khiame continued"),
            vec!["the Sahara is not Moroccan.”", "Khiame continued"]
        );
    }

    #[test]
    fn abbreviations_decimals_and_initials_do_not_split() {
        assert_eq!(
            split("Dr. Smith met U.S. officials on Jan. 5 and said growth was 3.5 percent. J. K. Rowling agreed."),
            vec!["Dr. Smith met U.S. officials on Jan. 5 and said growth was 3.5 percent.", "J. K. Rowling agreed."]
        );
        // An "I" with its own full stop is an initial; "I" after an initial opens.
        assert_eq!(
            split("Wayne A. I. Frederick wrote to us. Ana Ruiz met Omar B. I agreed."),
            vec![
                "Wayne A. I. Frederick wrote to us.",
                "Ana Ruiz met Omar B.",
                "I agreed."
            ]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end_splits_before_an_opener() {
        assert_eq!(
            split("He moved to the U.S. The move was quiet."),
            vec!["He moved to the U.S.", "The move was quiet."]
        );
        // An opening quotation mark before a capital opens one too.
        assert_eq!(
            split("Police said so in a post on X. “Avoid the area,” it said."),
            vec![
                "Police said so in a post on X.",
                "“Avoid the area,” it said."
            ]
        );
    }

    #[test]
    fn a_doubled_apostrophe_opens_a_sentence() {
        assert_eq!(
            split("The mayor spoke. ''We are ready,'' he said. ''Are you?''"),
            vec![
                "The mayor spoke.",
                "''We are ready,'' he said.",
                "''Are you?''"
            ]
        );
        assert_eq!(
            split("It was 'fine.' he said."),
            vec!["It was 'fine.' he said."]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            split("He said, “We will win.” Then he left! Did he? Yes."),
            vec![
                "He said, “We will win.”",
                "Then he left!",
                "Did he?",
                "Yes."
            ]
        );
    }

    #[test]
    fn boilerplate_is_left_out() {
        let text = "Al Qaeda are active.Read Also:\u{a0}Khiame Explains Strategy Of MoroccoKhiame added that it works.\n\nLeave a Reply";
        assert_eq!(
            split(text),
            vec!["Al Qaeda are active.", "Khiame added that it works."]
        );
    }

    #[test]
    fn lines_without_full_stops_are_sentences() {
        assert_eq!(
            split("Headline here\nBody starts. Ends"),
            vec!["Headline here", "Body starts.", "Ends"]
        );
    }
}
