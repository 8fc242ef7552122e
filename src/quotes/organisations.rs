//! The organisations stage: the fullest name a document gives a body. News names an
//! organisation in full once ("the Syrian Observatory for Human Rights") and then
//! shortens it ("the Observatory", "the Britain-based Observatory"); a speaker found as
//! the short form takes the latest full name written before it that contains it.
use super::casing;
use super::words::Word;
use rustc_hash::FxHashMap;

/// Small words that may join the capitalised words of one name ("for", "of").
const JOINERS: &[&str] = &["for", "of", "and", "de", "du", "del", "la"];

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
}

/// Every run of capitalised words in a document, in order of position, and for each
/// word the runs that hold it (ascending), so a look-up reads only the runs that can
/// match and the stage stays linear in the document.
#[derive(Debug, Default)]
pub struct OrgIndex {
    names: Vec<Name>,
    by_word: FxHashMap<String, Vec<usize>>,
    /// Acronyms defined in brackets after a name ("the World Health Organization (WHO)"):
    /// where each is defined, and the name.
    acronyms: FxHashMap<String, Vec<(usize, usize)>>,
}

impl OrgIndex {
    pub fn new(words: &[Word]) -> Self {
        let mut names = Vec::new();
        let mut run: Vec<&Word> = Vec::new();
        // Whether the run opens a sentence.
        let mut opens = true;
        let mut flush = |run: &mut Vec<&Word>, opens: bool| {
            let mut end = run.len();
            while end > 0 && JOINERS.contains(&run[end - 1].lower()) {
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
            while start < end && is_description(run[start].lower()) {
                start += 1;
            }
            let kept = &run[start..end];
            // A name has two to eight words; a longer run of capitals is a tag line or a
            // headline ("Tags Syria Syrian Network for Human Rights ISIS …").
            if kept.iter().filter(|w| w.is_capitalized()).count() >= 2
                && kept.len() <= MAX_NAME_WORDS
            {
                names.push(Name {
                    at: kept[0].span.start,
                    end: kept[kept.len() - 1].span.end,
                    words: kept.iter().map(|w| w.lower().to_string()).collect(),
                    text: kept.iter().map(|w| w.text()).collect::<Vec<_>>().join(" "),
                });
            }
            run.clear();
        };
        let mut previous: Option<&Word> = None;
        for w in words {
            let joins = !run.is_empty() && JOINERS.contains(&w.lower());
            if w.is_capitalized() || joins {
                if run.is_empty() {
                    opens = previous.is_none_or(|p| {
                        matches!(p.text(), "." | "!" | "?" | ":" | "\"" | "“" | "”" | "—")
                    });
                }
                run.push(w);
            } else if !run.is_empty() {
                flush(&mut run, opens);
            }
            previous = Some(w);
        }
        if !run.is_empty() {
            flush(&mut run, opens);
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
        // "the International Federation of Red Cross and Red Crescent Societies (IFRC)":
        // an acronym in brackets right after a name, opening with its first letter.
        let mut acronyms: FxHashMap<String, Vec<(usize, usize)>> = FxHashMap::default();
        for k in 1..words.len().saturating_sub(2) {
            let (open, acronym, close) = (&words[k], &words[k + 1], &words[k + 2]);
            if open.text() != "(" || close.text() != ")" || !is_acronym(acronym.text()) {
                continue;
            }
            let before = words[k - 1].span.end;
            let n = names.partition_point(|n| n.end < before);
            if let Some(name) = names.get(n).filter(|n| n.end == before) {
                if name.text.chars().next() == acronym.text().chars().next() {
                    acronyms
                        .entry(acronym.text().to_string())
                        .or_default()
                        .push((acronym.span.start, n));
                }
            }
        }
        OrgIndex {
            names,
            by_word,
            acronyms,
        }
    }

    /// The name an acronym stands for, as defined last before `limit`.
    fn expanded(&self, acronym: &str, limit: usize) -> Option<&str> {
        let defined = self.acronyms.get(acronym)?;
        let end = defined.partition_point(|&(at, _)| at < limit);
        let &(_, n) = defined[..end].last()?;
        Some(&self.names[n].text)
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
        if let [one] = kept.as_slice() {
            if let Some(full) = self.expanded(one, limit) {
                return full.to_string();
            }
        }
        let short = kept.join(" ");
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
                // An acronym stands for a longer name only at its end or before a
                // joining word ("MSF" is not "Tags MSF Syria Idlib", a run of words
                // that only stand together).
                let acronym = wanted.len() == 1 && one_acronym(&kept);
                let heads = |k: usize| {
                    !acronym || k + 1 == n.words.len() || JOINERS.contains(&n.words[k + 1].as_str())
                };
                n.words.len() > wanted.len()
                    && n.words[from..]
                        .windows(wanted.len())
                        .enumerate()
                        .any(|(k, win)| win == wanted.as_slice() && heads(from + k))
            })
            .map_or(short, |n| n.text.clone())
    }
}

/// Two to eight capital letters (and digits): "WHO", "IFRC", "G7".
fn is_acronym(text: &str) -> bool {
    (2..=8).contains(&text.chars().count())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && text.starts_with(|c: char| c.is_ascii_uppercase())
}

/// A word that describes a body without naming it: "Britain-based", "London-based".
fn is_description(lower: &str) -> bool {
    lower.ends_with("-based")
}

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
    fn a_short_form_takes_the_full_name_written_before() {
        let i = index(
            "On Monday the Syrian Observatory for Human Rights counted the dead. \
             The Observatory said more had died.",
        );
        assert_eq!(
            i.fullest("Observatory", 1000),
            "Syrian Observatory for Human Rights"
        );
        assert_eq!(
            i.fullest("Britain-based Observatory", 1000),
            "Syrian Observatory for Human Rights"
        );
        assert_eq!(
            i.fullest("Syrian Observatory", 1000),
            "Syrian Observatory for Human Rights"
        );
        // Not before it: the name stays as found.
        assert_eq!(i.fullest("Observatory", 5), "Observatory");
        // A name no longer one contains stays as it is.
        assert_eq!(i.fullest("Interior Ministry", 1000), "Interior Ministry");
        assert_eq!(i.fullest("Syrian", 1000), "Syrian");
    }

    #[test]
    fn an_acronym_stands_for_the_name_it_was_defined_with() {
        let i = index(
            "The Relief Federation of Coastal Societies (RFCS) sent trucks. RFCS said more \
             were needed.",
        );
        assert_eq!(
            i.fullest("RFCS", 1000),
            "Relief Federation of Coastal Societies"
        );
        // Not before its definition, and not an acronym defined for no name.
        assert_eq!(i.fullest("RFCS", 10), "RFCS");
        assert_eq!(index("Ruiz (RFCS) spoke.").fullest("RFCS", 1000), "RFCS");
    }

    #[test]
    fn a_sentence_opening_word_is_not_part_of_the_name() {
        let i = index("But United Nations envoys met. The United Nations said so.");
        assert_eq!(i.fullest("Nations", 1000), "United Nations");
    }
}
