//! The organisations stage: the fullest name a document gives a body. News names an
//! organisation in full once ("the Syrian Observatory for Human Rights") and then
//! shortens it ("the Observatory", "the Britain-based Observatory"); a speaker found as
//! the short form takes the latest full name written before it that contains it.
use super::casing;
use super::words::Word;
use rustc_hash::FxHashMap;

/// Small words that may join the capitalised words of one name ("for", "of").
const JOINERS: &[&str] = &["for", "of", "and", "de", "du", "del", "la"];

/// How many names back "the group" looks for a body's name.
const LOOK_BACK: usize = 20;

/// The longest run of words kept as an organisation's name.
const MAX_NAME_WORDS: usize = 8;

/// A name of two or more capitalised words: where it starts, its words in lower case,
/// and how it is written.
#[derive(Debug, Clone)]
struct Name {
    at: usize,
    /// Where its last word ends.
    end: usize,
    words: Vec<String>,
    text: String,
    /// It follows a preposition of place ("in Deir Ezzor SANA …"): it opens on a place.
    placed: bool,
}

/// Every run of capitalised words in a document, in order of position, and for each
/// word the runs that hold it (ascending), so a look-up reads only the runs that can
/// match and the stage stays linear in the document.
#[derive(Debug, Default)]
pub struct OrgIndex {
    names: Vec<Name>,
    by_word: FxHashMap<String, Vec<usize>>,
}

impl OrgIndex {
    pub fn new(words: &[Word]) -> Self {
        let mut names = Vec::new();
        let mut run: Vec<&Word> = Vec::new();
        // Whether the run opens a sentence, and whether it follows a preposition of place.
        let mut opens = true;
        let mut placed = false;
        let mut flush = |run: &mut Vec<&Word>, opens: bool, placed: bool| {
            let mut end = run.len();
            while end > 0
                && (JOINERS.contains(&run[end - 1].lower()) || run[end - 1].text() == "the")
            {
                end -= 1;
            }
            // A sentence's first word is capitalised whatever it is ("On", "But"), and
            // "Britain-based" describes the body without being part of its name; other
            // common words are part of it ("World Health Organization").
            // ("Church of Scientology" keeps its first word: a body's word).
            let opener = opens
                && end > 0
                && casing::is_common(run[0].lower())
                && !is_description(run[0].lower())
                && !super::speakers::lexicon().orgs.contains(run[0].lower());
            let mut start = usize::from(opener);
            while start < end
                && (is_description(run[start].lower())
                    || super::words::is_weekday(run[start].lower()))
            {
                start += 1;
            }
            let kept = &run[start..end];
            // A name has two to eight words; a longer run of capitals is a tag line or a
            // headline ("Tags Syria Syrian Network for Human Rights ISIS …").
            // ("Tags Syria Ahrar al-Sham Nusra Front": a scraped page's tag line.)
            let tag_line = run.first().is_some_and(|w| super::words::opens_tag_line(w));
            if kept.iter().filter(|w| w.is_capitalized()).count() >= 2
                && kept.len() <= MAX_NAME_WORDS
                && !tag_line
            {
                names.push(Name {
                    at: kept[0].span.start,
                    end: kept[kept.len() - 1].span.end,
                    words: kept.iter().map(|w| w.lower().to_string()).collect(),
                    text: kept.iter().map(|w| w.text()).collect::<Vec<_>>().join(" "),
                    placed: placed && start == 0,
                });
            }
            run.clear();
        };
        let mut previous: Option<&Word> = None;
        // Words since the last preposition of place, while they are lowercase.
        let mut since_place: Option<usize> = None;
        for (i, w) in words.iter().enumerate() {
            // A capitalised "The" inside a run starts a new name.
            let the_inside =
                w.text() == "The" && run.last().is_some_and(|p| super::words::the_opens_name(p));
            if the_inside {
                flush(&mut run, opens, placed);
            }
            // ("the Centre for Reconciliation of the Opposing Parties": "the" after a
            // joining word, before a capital, is inside the name.)
            // (Only in a body's name: not "Disposal of the Sao Paulo Police".)
            let the_joins = w.text() == "the"
                && run
                    .last()
                    .is_some_and(|p| matches!(p.lower(), "of" | "for"))
                && run.iter().any(|p| {
                    p.is_capitalized() && super::speakers::lexicon().orgs.contains(p.lower())
                })
                && words.get(i + 1).is_some_and(Word::is_capitalized);
            let joins = !run.is_empty() && (JOINERS.contains(&w.lower()) || the_joins);
            // "Syrian Coalition Demands UN Action": a headline's verb ends the name.
            let headline_verb = !run.is_empty()
                && w.is_capitalized()
                && super::speakers::lexicon()
                    .headline_verbs
                    .contains(w.lower());
            if headline_verb {
                flush(&mut run, opens, placed);
            } else if w.is_capitalized() || joins {
                if run.is_empty() {
                    // (Also after a dateline's year: "Sat Mar 4 2017 The ministry said".)
                    opens = the_inside
                        || previous.is_none_or(|p| {
                            matches!(
                                p.text(),
                                "." | "!" | "?" | ":" | "\"" | "“" | "”" | "—" | "–" | "-"
                            ) || super::words::is_year(p.text())
                        });
                    placed = since_place.is_some();
                }
                run.push(w);
            } else if !run.is_empty() {
                flush(&mut run, opens, placed);
            }
            // A place's preposition, maybe up to two lowercase words after it ("in
            // northern Kessel").
            since_place = if super::speakers::lexicon()
                .place_prepositions
                .contains(w.lower())
            {
                Some(0)
            } else if run.is_empty() && !w.is_punct() && !w.is_capitalized() {
                since_place.map(|n| n + 1).filter(|&n| n <= 2)
            } else if run.is_empty() {
                None
            } else {
                since_place
            };
            previous = Some(w);
        }
        if !run.is_empty() {
            flush(&mut run, opens, placed);
        }
        let mut by_word: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, n) in names.iter().enumerate() {
            for w in &n.words {
                let list = by_word.entry(w.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        OrgIndex { names, by_word }
    }

    /// The latest name written before `limit`, and where it starts.
    pub fn latest_name(&self, limit: usize) -> Option<(usize, &str)> {
        self.names[..self.names.partition_point(|n| n.end <= limit)]
            .last()
            .map(|n| (n.at, n.text.as_str()))
    }

    /// The latest name written before `limit` that a body's word (`[orgs]`) makes a body
    /// ("the Syrian Observatory for Human Rights", "Mujahedeen Shura Council in Iraq"):
    /// what "the group" refers to when no body was a speaker or a subject before.
    pub fn latest_body(&self, limit: usize) -> Option<&str> {
        let orgs = &super::speakers::lexicon().orgs;
        self.names[..self.names.partition_point(|n| n.end <= limit)]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .find(|n| n.words.iter().any(|w| orgs.contains(w)))
            .map(|n| n.text.as_str())
    }

    /// The latest name written before `limit` that holds every word of `name` in order
    /// and is longer (a single word not as its first); `name` itself otherwise. Words
    /// like "Britain-based" describe the body and are not part of its name.
    pub fn fullest(&self, name: &str, limit: usize) -> String {
        let kept: Vec<&str> = name
            .split_whitespace()
            .filter(|w| !is_description(&w.to_lowercase()))
            .collect();
        if kept.is_empty() {
            return name.to_string();
        }
        // Found no longer, "the Iran-backed militia" keeps its description (it names no
        // body without it); "the opposition-run Syrian Observatory" is the Observatory.
        let short = if kept.iter().any(|w| w.starts_with(char::is_uppercase)) {
            kept.join(" ")
        } else {
            name.to_string()
        };
        let wanted: Vec<String> = kept.iter().map(|w| w.to_lowercase()).collect();
        let Some(holding) = self.by_word.get(&wanted[0]) else {
            return short;
        };
        let end = holding.partition_point(|&i| self.names[i].at < limit);
        holding[..end]
            .iter()
            .rev()
            .map(|&i| &self.names[i])
            .find(|n| {
                // One word alone stands for a longer name only as its head, never as
                // the word it opens with ("Syrian" is not "Syrian state television"),
                // unless a joining word makes that first word the head ("the Centre" is
                // "the Centre for Coastal Monitoring").
                let head_first = n
                    .words
                    .get(1)
                    .is_some_and(|w| JOINERS.contains(&w.as_str()));
                let from = usize::from(wanted.len() == 1 && !head_first);
                // An acronym stands for a longer name only at its end or before "of"
                // or "for" ("MSF" is not "Tags MSF Syria Idlib", a run of words that
                // only stand together, nor "FMLN" "FMLN and Express"), and not after
                // countries alone or a place ("in Syria UNICEF said", "in Deir Ezzor
                // SANA news agency reported", text without commas).
                // One word other than an acronym likewise, or before a joining word
                // ("Police" is not "Strathclyde Police Chief Constable Tomas Berg").
                let acronym = wanted.len() == 1 && one_acronym(&kept);
                let lex = super::speakers::lexicon();
                let heads = |k: usize| {
                    let ends =
                        k + 1 == n.words.len() || matches!(n.words[k + 1].as_str(), "of" | "for");
                    if acronym {
                        ends && !(k > 0
                            && (n.placed || n.words[..k].iter().all(|w| lex.is_country(w))))
                    } else {
                        wanted.len() > 1 || ends || JOINERS.contains(&n.words[k + 1].as_str())
                    }
                };
                // "Israel and Hezbollah", "Reuters and NBC": two bodies joined, the other
                // named by no common word, are no longer name of one of them (but "the
                // Department of Corrections and Rehabilitation" is of "the Department").
                let paired = |k: usize| {
                    n.words.iter().position(|w| w == "and").is_some_and(|and| {
                        let other = if k > and {
                            &n.words[..and]
                        } else if k + wanted.len() <= and {
                            &n.words[and + 1..]
                        } else {
                            return false;
                        };
                        !other.is_empty() && other.iter().all(|w| !super::casing::is_common(w))
                    })
                };
                n.words.len() > wanted.len()
                    && n.words[from..]
                        .windows(wanted.len())
                        .enumerate()
                        .any(|(k, win)| {
                            win == wanted.as_slice() && heads(from + k) && !paired(from + k)
                        })
            })
            .map_or(short, |n| n.text.clone())
    }
}

/// A word that describes a body without naming it, by where it is based or who runs,
/// backs or leads it: "Britain-based", "opposition-run", "Iran-backed", "US-led".
pub fn is_description(lower: &str) -> bool {
    lower
        .rsplit_once('-')
        .is_some_and(|(by, tail)| !by.is_empty() && DESCRIPTION_TAILS.contains(&tail))
}

/// The participles after a hyphen that make a word such a description.
const DESCRIPTION_TAILS: &[&str] = &[
    "based",
    // "the so-called Islamic State".
    "called",
    "run",
    "backed",
    "led",
    "controlled",
    "owned",
    "funded",
    "linked",
    "affiliated",
    "allied",
    "aligned",
    "sponsored",
];

/// Whether a name is one word of two to six capitals ("MSF", "UNICEF").
fn one_acronym(words: &[&str]) -> bool {
    matches!(words, [w] if (2..=6).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;
    use crate::text::Document;

    fn index(text: &str) -> OrgIndex {
        let doc = Document::new(text);
        OrgIndex::new(&words(&doc, doc.full_span()))
    }

    #[test]
    fn a_headline_verb_ends_the_name() {
        let i = index("Syrian Coalition Demands UN Action. The Syrian Coalition met.");
        assert_eq!(i.fullest("Syrian Coalition", 1000), "Syrian Coalition");
    }

    #[test]
    fn a_short_form_takes_the_full_name_written_before() {
        let i = index(
            "On Monday the Syrian Observatory for Human Rights counted the dead. \
             The Observatory said more had died.",
        );
        for short in [
            "Observatory",
            "Britain-based Observatory",
            "opposition-run Observatory",
            "Syrian Observatory",
        ] {
            assert_eq!(
                i.fullest(short, 1000),
                "Syrian Observatory for Human Rights",
                "{short}"
            );
        }
        // A description of a body it does not name stays.
        assert_eq!(
            i.fullest("Iran-backed militia", 1000),
            "Iran-backed militia"
        );
        // Not before it: the name stays as found.
        assert_eq!(i.fullest("Observatory", 5), "Observatory");
        // A name no longer one contains stays as it is.
        assert_eq!(i.fullest("Interior Ministry", 1000), "Interior Ministry");
        assert_eq!(i.fullest("Syrian", 1000), "Syrian");
    }

    #[test]
    fn an_acronym_stays_as_written() {
        // Readers name a body as the text writes it ("FMLN"), not by the name its
        // acronym was defined with.
        let i = index(
            "The Relief Federation of Coastal Societies (RFCS) sent trucks. RFCS said more \
             were needed.",
        );
        assert_eq!(i.fullest("RFCS", 1000), "RFCS");
    }

    #[test]
    fn a_country_before_an_acronym_is_no_part_of_its_name() {
        // Text without commas: "in Syria UNICEF said" is UNICEF's.
        let i = index("Citing its partners in Syria UNICEF said that five died. UNICEF said so.");
        assert_eq!(i.fullest("UNICEF", 1000), "UNICEF");
    }

    #[test]
    fn a_sentence_opening_word_is_not_part_of_the_name() {
        let i = index("But United Nations envoys met. The United Nations said so.");
        assert_eq!(i.fullest("Nations", 1000), "United Nations");
    }
}
