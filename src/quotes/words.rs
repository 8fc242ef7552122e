//! Words with their spans, for the rules that find cues, sources and names. (The model
//! features use [`crate::text::Tokenizer`]; these keep case and position instead.)
use crate::text::{Document, Span};
use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// A word of a document. Its text and lowercase form borrow from the document when
/// they are the same as written, which is most of the time: a long article has
/// thousands of words and the rules only read them.
#[derive(Debug, Clone)]
pub struct Word<'d> {
    pub span: Span,
    text: Cow<'d, str>,
    lower: Cow<'d, str>,
}

impl<'d> Word<'d> {
    /// The word as written, with curly apostrophes made straight.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The text lowercased.
    pub fn lower(&self) -> &str {
        &self.lower
    }
    /// Two capital letters or more and nothing else: "SANA", "DAS", "UN".
    pub fn is_acronym(&self) -> bool {
        is_acronym(&self.text)
    }
    /// Starts with a capital, or is a capitalised name behind a lowercase Arabic article
    /// or kinship word and a hyphen ("al-Halabi", "el-Bustani", "bin-Talal"), which
    /// reads as a capitalised part of a name.
    pub fn is_capitalized(&self) -> bool {
        let mut chars = self.text.chars();
        if chars.next().is_some_and(char::is_uppercase) {
            return true;
        }
        after_name_prefix(&self.text).is_some_and(|rest| rest.starts_with(char::is_uppercase))
    }
    pub fn is_punct(&self) -> bool {
        !self.text.chars().any(char::is_alphanumeric)
    }
    /// A dash between words or phrases: "-", "--", "—", "–".
    pub fn is_dash(&self) -> bool {
        matches!(self.text(), "-" | "--" | "—" | "–")
    }
    /// The word without a possessive "'s".
    pub fn stem_possessive(&self) -> &str {
        without_possessive(&self.text)
    }
    /// Whether the word ends on a possessive "'s" or "’s".
    pub fn is_possessive(&self) -> bool {
        self.stem_possessive().len() < self.text.len()
    }
    /// The word without its possessive "'s", as if written so ("court's" → "court"),
    /// at the same place in the text.
    pub fn owner(&self) -> Word<'d> {
        Word {
            span: self.span,
            text: Cow::Owned(self.stem_possessive().to_string()),
            lower: Cow::Owned(without_possessive(&self.lower).to_string()),
        }
    }
}

/// Two capital letters or more and nothing else: "SANA", "DAS", "UN".
pub fn is_acronym(text: &str) -> bool {
    text.chars().count() >= 2 && text.chars().all(|c| c.is_ascii_uppercase())
}

/// A word in lower case without its accents, as names are looked up: reporters drop
/// them ("Erdogan" is "Erdoğan"), and the first-name list is written in ASCII ("María"
/// is "maria").
pub fn folded(word: &str) -> String {
    word.to_lowercase()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

/// A year written in four digits ("2016").
pub fn is_year(text: &str) -> bool {
    text.len() == 4 && text.chars().all(|c| c.is_ascii_digit())
}

/// An age written in one to three digits ("27", "103").
pub fn is_age(text: &str) -> bool {
    (1..=3).contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit())
}

/// A company's suffix after its name ("Snap, Inc.", "Acme Corp."), lowercase, without
/// its dot.
pub fn is_company_suffix(lower: &str) -> bool {
    matches!(lower, "inc" | "ltd" | "llc" | "corp" | "plc")
}

/// A name without its possessive ending: "Ruiz's" → "Ruiz", "FMLN'S" → "FMLN".
pub fn without_possessive(text: &str) -> &str {
    ["'s", "'S", "’s", "’S"]
        .iter()
        .find_map(|end| text.strip_suffix(end))
        .unwrap_or(text)
}

/// A form of "be" (lowercase): before a participle it makes a passive ("was asked") or
/// a progressive ("is claiming").
pub fn is_be(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "am" | "be" | "been")
}

/// A finite auxiliary (lowercase): a word that makes a clause of the words it stands in
/// ("a lawyer who was …", "Ana Ruiz a local official was killed").
pub fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "do"
            | "does"
            | "did"
    )
}

/// Whether a capitalised "The" right after `before` opens a new name, in text whose full
/// stops were lost ("Omar the Chechen The Pentagon announced", "REUTERS/Mohamed Abdullah
/// The United States said"): not after a joining word inside one title ("Jack In The
/// Box").
pub fn the_opens_name(before: &Word) -> bool {
    before.is_capitalized()
        && !matches!(
            before.lower(),
            "in" | "of" | "and" | "for" | "on" | "at" | "to"
        )
}

/// A day of the week (lowercase), which opens no name ("on Thursday De Mistura said").
pub fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Where a sentence starts after a wire dateline ("SAN SALVADOR, 24 NOV 89 (ACAN-EFE)
/// -- [TEXT] …", "BEIJING (Reuters) - …"): past a dash right after a bracket near the
/// start, and the bracketed editor's notes after it ("[EDITORIAL REPORT] [TEXT]").
pub fn after_dateline(sw: &[Word]) -> Option<usize> {
    const REACH: usize = 16;
    let dash = (1..sw.len().min(REACH)).find(|&k| sw[k].is_dash() && sw[k - 1].text() == ")")?;
    let mut k = dash;
    while sw.get(k).is_some_and(Word::is_dash) {
        k += 1;
    }
    // (Each note's closing bracket is looked for within NOTE words: the look-up stays
    // bounded, as reported clauses ask it for every cue.)
    const NOTE: usize = 64;
    while sw.get(k).is_some_and(|w| w.text() == "[") {
        k += sw[k..].iter().take(NOTE).position(|w| w.text() == "]")? + 1;
    }
    (k < sw.len()).then_some(k)
}

/// The word that opens a scraped page's tag line ("Tags Qatar Syria Aleppo MSF …"): the
/// capitalised words after it are tags, no name and no subject.
pub fn opens_tag_line(w: &Word) -> bool {
    matches!(w.text(), "Tags" | "Tagged" | "Topics")
}

/// A word that opens an Arabic name by a child's or a father's name ("Abu Khaled", "Umm
/// Adnan", "bin Salman"): the name is never the person the next word names alone.
pub fn opens_patronymic(lower: &str) -> bool {
    matches!(
        lower,
        "abu" | "abou" | "umm" | "um" | "bin" | "ibn" | "bint"
    )
}

/// A month's name or its abbreviation ("March", "Sept").
pub fn is_month(word: &str) -> bool {
    matches!(
        word,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// A relative pronoun that can stand for a speaker ("X, who said", "a statement which
/// said", "a statement that urges").
pub fn is_relative_pronoun(w: &Word) -> bool {
    // (Not "the WHO said": an acronym; wire copy in capitals is recased first.)
    !w.is_acronym() && matches!(w.lower(), "who" | "which" | "that")
}

/// Lowercase prefixes joined by a hyphen to a capitalised name part.
const NAME_PREFIXES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "bint", "abu", "ben",
];

/// The name part of a word behind a hyphenated Arabic article or kinship word:
/// "al-Halabi" → "Halabi", "el-bustani" → "bustani". `None` for any other word.
pub fn after_name_prefix(text: &str) -> Option<&str> {
    text.split_once('-')
        .filter(|(prefix, rest)| NAME_PREFIXES.contains(prefix) && !rest.is_empty())
        .map(|(_, rest)| rest)
}

/// A single capital letter, an initial ("G" in "John G. Roberts"), or dotted initials
/// written as one word ("T.J." in "T.J. Grady").
pub fn is_initial(text: &str) -> bool {
    let mut chars = text.chars();
    if chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true;
    }
    let letters: Vec<&str> = text.trim_end_matches('.').split('.').collect();
    text.contains('.') && letters.len() >= 2 && letters.iter().all(|l| is_initial(l))
}

/// Splits a span into words (letters, digits, inner apostrophes, hyphens and the dots of
/// abbreviations) and single punctuation characters; whitespace is dropped.
pub fn words<'d>(doc: &'d Document, span: Span) -> Vec<Word<'d>> {
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
                // "12,000 guerrillas": a comma between digits that groups thousands.
                let thousands = c == ','
                    && chars[i - 1].is_ascii_digit()
                    && i + 3 < span.end
                    && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
                    && chars.get(i + 4).is_none_or(|n| !n.is_ascii_digit());
                let joins = joins || thousands;
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
        let written = doc.normalized(Span::new(start, i));
        let text = if written.contains('’') {
            Cow::Owned(written.replace('’', "'"))
        } else {
            Cow::Borrowed(written)
        };
        let lower = lowercase(&text).map_or_else(|| text.clone(), Cow::Owned);
        out.push(Word {
            span: Span::new(start, i),
            text,
            lower,
        });
    }
    out
}

/// `text.to_lowercase()` when that differs from `text`.
fn lowercase(text: &str) -> Option<String> {
    if text.is_ascii() {
        // ASCII needs no Unicode tables.
        text.bytes()
            .any(|b| b.is_ascii_uppercase())
            .then(|| text.to_ascii_lowercase())
    } else {
        let lower = text.to_lowercase();
        (lower != text).then_some(lower)
    }
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
            .map(|w| w.text().to_string())
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

    #[test]
    fn a_comma_that_groups_thousands_is_inside_the_number() {
        let doc = Document::new("About 12,000 fled, 30, 400 stayed; 1,5 and 1,0000.");
        let w: Vec<(String, usize, usize)> = words(&doc, doc.full_span())
            .into_iter()
            .map(|w| (w.text().to_string(), w.span.start, w.span.end))
            .collect();
        let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "About", "12,000", "fled", ",", "30", ",", "400", "stayed", ";", "1", ",", "5",
                "and", "1", ",", "0000", "."
            ]
        );
        assert_eq!((w[1].1, w[1].2), (6, 12));
    }
}
