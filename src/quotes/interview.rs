//! Interview transcripts: a tag opening a paragraph names who speaks in it, in double
//! brackets ("((Zara Kay)) I think …", Wikinews), in square brackets ("[GUILLEN] …",
//! wire transcripts) or as the initials of a person named before ("NG: We think …",
//! "MS We did not …"). Everything said in such a paragraph is that person's: "I" and
//! "we" are the interviewee, and so is a quote the sentence gives no source.
use super::coreference::Coref;
use super::speakers::{self, Speaker};
use super::words::Word;
use crate::text::Span;
use rustc_hash::FxHashMap;

/// Paragraphs an initials tag must open before it reads as a tag ("US officials said"
/// opening one paragraph is no transcript).
const MIN_TAGGED_PARAGRAPHS: usize = 2;

/// How many paragraphs back an untagged paragraph of an answer looks for the answer's
/// tag (empty lines count).
const CONTINUED: usize = 8;

/// How many paragraphs after an interviewer's question the answer's tag is looked for.
const ANSWER_REACH: usize = 3;

/// The longest initials tag ("NG", "MS", "JRR").
const MAX_INITIALS: usize = 3;

/// How many different initials tags a document may have (an interview has two to four
/// voices): each costs a look-up over the people named, so extraction stays linear.
const MAX_TAGS: usize = 8;

/// The paragraphs of a document and the initials that open them.
pub struct Transcript {
    /// Where each paragraph starts (character offsets).
    paragraphs: Vec<usize>,
    /// The person each initials tag stands for ("NG": Natasha Gownaris), for tags that
    /// open two paragraphs or more and are the initials of one person named before the
    /// first of them.
    people: FxHashMap<String, String>,
}

impl Transcript {
    /// Reads where the paragraphs of a document start (`chars`), the words `all` that
    /// open them, and whom their initials tags stand for (`coref`).
    pub fn new(chars: &[char], all: &[Word], coref: &Coref) -> Self {
        let paragraphs: Vec<usize> = std::iter::once(0)
            .chain(
                chars
                    .iter()
                    .enumerate()
                    .filter(|(_, &c)| c == '\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        // (An empty line is a paragraph whose first word is the next one's: counted once.)
        let mut firsts: Vec<usize> = paragraphs
            .iter()
            .map(|&p| all.partition_point(|w| w.span.start < p))
            .collect();
        firsts.dedup();
        // Each tag: where it first opens a paragraph, and how many it opens.
        let mut tags: Vec<(&str, usize, usize)> = Vec::new();
        for first in firsts {
            let Some(w) = all
                .get(first)
                .filter(|_| initials_at(&all[first..]).is_some())
            else {
                continue;
            };
            if let Some(tag) = tags.iter_mut().find(|(t, _, _)| *t == w.text()) {
                tag.2 += 1;
            } else if tags.len() < MAX_TAGS {
                tags.push((w.text(), w.span.start, 1));
            }
        }
        let people = tags
            .into_iter()
            .filter(|&(_, _, n)| n >= MIN_TAGGED_PARAGRAPHS)
            .filter_map(|(tag, at, _)| {
                coref
                    .person_by_initials(tag, at)
                    .map(|p| (tag.to_string(), p))
            })
            .collect();
        Transcript { paragraphs, people }
    }

    /// The person the tag opening the paragraph of `sentence` names: the tag's words
    /// (`a..b` in `all`) and the person. A bracketed tag is a surname given earlier in
    /// full ("((Gazzola))", "((Valeria Gazzola))"); initials are those of exactly one
    /// person named before their first paragraph, and open two paragraphs or more.
    /// An answer that runs over paragraphs: an untagged paragraph is the person of the
    /// nearest tag before it (within [`CONTINUED`] paragraphs), when that tag names a
    /// person; an interviewer's tag or another opening that may be a tag ends the search.
    pub fn speaker(
        &self,
        all: &[Word],
        sentence: Span,
        coref: &Coref,
        index: usize,
    ) -> Option<(usize, usize, Speaker)> {
        let here = self.paragraph_start(sentence);
        let first = all.partition_point(|w| w.span.start < here);
        if opens_tag(&all[first.min(all.len())..]) {
            return self.tagged_at(all, first, coref, index);
        }
        let k = self.paragraphs.partition_point(|&p| p <= here) - 1;
        self.paragraphs[k.saturating_sub(CONTINUED)..k]
            .iter()
            .rev()
            .map(|&p| all.partition_point(|w| w.span.start < p))
            .filter(|&f| f < first)
            .find(|&f| opens_tag(&all[f..]))
            .and_then(|f| self.tagged_at(all, f, coref, index))
    }

    /// "((WN)) On your website you state “…”": in a paragraph whose bracketed tag names
    /// no one the text named (the interviewer's), "you" is the interviewee who answers,
    /// the person the next tagged paragraph names (within [`ANSWER_REACH`] paragraphs).
    pub fn addressee(
        &self,
        all: &[Word],
        sentence: Span,
        coref: &Coref,
        index: usize,
    ) -> Option<Speaker> {
        let here = self.paragraph_start(sentence);
        let first = all.partition_point(|w| w.span.start < here);
        bracketed_tag(&all[first..])?;
        if self.tagged_at(all, first, coref, index).is_some() {
            return None;
        }
        let next = self.paragraphs.partition_point(|&p| p <= here);
        let mut firsts: Vec<usize> = self.paragraphs[next..]
            .iter()
            .map(|&p| all.partition_point(|w| w.span.start < p))
            .filter(|&f| f > first && f < all.len())
            .take(2 * ANSWER_REACH)
            .collect();
        firsts.dedup();
        firsts
            .into_iter()
            .take(ANSWER_REACH)
            .find_map(|f| self.tagged_at(all, f, coref, index))
            .map(|(_, _, person)| person)
    }

    /// Where the paragraph holding `sentence` starts.
    fn paragraph_start(&self, sentence: Span) -> usize {
        self.paragraphs[self.paragraphs.partition_point(|&p| p <= sentence.start) - 1]
    }

    /// The person named by the tag that opens a paragraph at word `first`.
    fn tagged_at(
        &self,
        all: &[Word],
        first: usize,
        coref: &Coref,
        index: usize,
    ) -> Option<(usize, usize, Speaker)> {
        if let Some((open, end, _)) = bracketed_tag(&all[first..]) {
            let (a, b) = (first + open, first + end);
            if !coref.is_surname(all[b - 1].text()) {
                return None;
            }
            return match speakers::resolve(coref, &all[a..b], all[a].span.start, index)? {
                person @ Speaker::Person(_) => Some((a, b, person)),
                _ => None,
            };
        }
        initials_at(&all[first..])?;
        let person = self.people.get(all[first].text())?;
        Some((first, first + 1, Speaker::Person(person.clone())))
    }
}

/// Whether a source, as written, is the one spoken to: "you", "your".
pub fn is_second_person(source: &str) -> bool {
    source
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "you" | "your"))
}

/// Whether a source, as written, is the speaker's own "I" or "we" ("I", "I don't",
/// "We", "we're").
pub fn is_first_person(source: &str) -> bool {
    source
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(speakers::without_contraction(&w.to_lowercase()), "i" | "we"))
}

/// Whether `sw` opens on a tag of who speaks: bracketed, or initials.
fn opens_tag(sw: &[Word]) -> bool {
    bracketed_tag(sw).is_some() || initials_at(sw).is_some()
}

/// Initials opening a paragraph as a tag: two or three capitals, then a colon or a
/// capitalised word ("NG: This study …", "MS We did not …"). Returns the word after
/// the tag.
fn initials_at(sw: &[Word]) -> Option<usize> {
    let tag = sw.first()?;
    let n = tag.text().chars().count();
    if !tag.is_acronym() || n > MAX_INITIALS {
        return None;
    }
    let next = usize::from(sw.get(1)?.text() == ":") + 1;
    sw.get(next)
        .filter(|w| w.is_capitalized() && !w.is_punct())
        .map(|_| next)
}

/// A tag of who speaks that opens `sw` ("[GUILLEN]", "[TEXT]", "((Zara Kay))": capitalised
/// words between brackets): where its words start and end, and where its last bracket
/// stands.
pub fn bracketed_tag(sw: &[Word]) -> Option<(usize, usize, usize)> {
    // "((Zara Kay)) I think …" (Wikinews interviews): a name in double brackets.
    let double = sw.get(1).is_some_and(|w| w.text() == "(");
    let (open, close) = match sw.first()?.text() {
        "[" => (1, "]"),
        "(" if double => (2, ")"),
        _ => return None,
    };
    let end = sw
        .iter()
        .take(8)
        .skip(open)
        .position(|w| w.text() == close)?
        + open;
    let last = if double {
        (sw.get(end + 1)?.text() == ")").then_some(end + 1)?
    } else {
        end
    };
    (end > open
        && sw[open..end]
            .iter()
            .all(|w| w.is_capitalized() && !w.is_punct()))
    .then_some((open, end, last))
}

#[cfg(test)]
mod tests {
    use super::super::mentions::person_names;
    use super::super::words::words;
    use super::*;
    use crate::text::Document;

    /// Who the tag of the paragraph holding `probe` names, if anyone.
    fn tagged(text: &str, probe: &str) -> Option<String> {
        let doc = Document::new(text);
        let all = words(&doc, doc.full_span());
        let coref = Coref::new(&person_names(&all), &all);
        let transcript = Transcript::new(doc.chars(), &all, &coref);
        let at = text[..text.find(probe).expect("probe in text")]
            .chars()
            .count();
        transcript
            .speaker(&all, Span::new(at, at + 1), &coref, 0)
            .map(|(_, _, p)| p.name().to_string())
    }

    #[test]
    fn a_double_bracketed_surname_names_the_interviewee() {
        let text = "We spoke to Ana Lind.\n\n((WN)) Why?\n\n((Lind)) We wanted to know.";
        assert_eq!(tagged(text, "We wanted").as_deref(), Some("Ana Lind"));
        // The interviewer's tag names no one the text named.
        assert_eq!(tagged(text, "Why?"), None);
    }

    #[test]
    fn an_answers_untagged_paragraphs_are_the_interviewees_until_the_next_tag() {
        let text = "We spoke to Ana Lind.\n\n((WN)) Why?\n\n((Lind)) We wanted to know.\n\nIt took years.\n\n((WN)) And now?\n\nNobody knows.";
        assert_eq!(tagged(text, "It took").as_deref(), Some("Ana Lind"));
        // After the interviewer's tag, an untagged paragraph is no one's.
        assert_eq!(tagged(text, "Nobody"), None);
    }

    #[test]
    fn initials_name_the_one_person_who_has_them_when_they_open_two_paragraphs() {
        let text = "We spoke to Tomas Berg.\n\nWN: Why?\n\nTB: We think so.\n\nWN: And?\n\nTB We plan more.";
        assert_eq!(tagged(text, "We think").as_deref(), Some("Tomas Berg"));
        // Without a colon too.
        assert_eq!(tagged(text, "We plan").as_deref(), Some("Tomas Berg"));
    }

    #[test]
    fn initials_opening_one_paragraph_or_shared_by_two_people_name_no_one() {
        let once = "Ursula Smith arrived.\n\nUS Officials said the talks went well.";
        assert_eq!(tagged(once, "Officials"), None);
        let shared = "Tomas Berg and Tina Brandt spoke.\n\nTB: We think so.\n\nTB: We agree.";
        assert_eq!(tagged(shared, "We think"), None);
    }

    #[test]
    fn you_in_the_interviewers_paragraph_is_whoever_answers_next() {
        let text = "We spoke to Ana Lind and Tomas Berg.\n\n((WN)) You said so?\n\n((Lind)) Yes.\n\n((WN)) And you wrote it?\n\n((Tomas Berg)) I did.";
        let doc = Document::new(text);
        let all = words(&doc, doc.full_span());
        let coref = Coref::new(&person_names(&all), &all);
        let transcript = Transcript::new(doc.chars(), &all, &coref);
        let addressee = |probe: &str| {
            let at = text[..text.find(probe).expect("probe in text")]
                .chars()
                .count();
            transcript
                .addressee(&all, Span::new(at, at + 1), &coref, 0)
                .map(|p| p.name().to_string())
        };
        assert_eq!(addressee("You said").as_deref(), Some("Ana Lind"));
        assert_eq!(addressee("And you wrote").as_deref(), Some("Tomas Berg"));
        // An answer's own paragraph has no addressee.
        assert_eq!(addressee("Yes."), None);
    }

    #[test]
    fn second_person_sources() {
        assert!(is_second_person("You") && is_second_person("Your manifesto"));
        assert!(!is_second_person("Yours") && !is_second_person("I"));
    }

    #[test]
    fn first_person_sources() {
        for s in ["I", "I don't", "We", "we're"] {
            assert!(is_first_person(s), "{s}");
        }
        for s in ["It", "They", "Ivan"] {
            assert!(!is_first_person(s), "{s}");
        }
    }
}
