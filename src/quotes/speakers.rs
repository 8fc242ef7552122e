//! Naming speakers: the names a document mentions, and resolving a source ("Khiame",
//! "he", "the head of the BCIJ, Abdelhak Khiame", "the ministry") to the fullest name
//! given earlier, or to an organisation kept as such. Word lists live in `speakers.txt`.
use super::words::Word;
// Fast hashing: these sets are probed for most words of every document.
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

pub struct Lexicon {
    pub titles: HashSet<String>,
    pub roles: HashSet<String>,
    pub orgs: HashSet<String>,
    pub pronouns: HashSet<String>,
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon {
            titles: HashSet::default(),
            roles: HashSet::default(),
            orgs: HashSet::default(),
            pronouns: HashSet::default(),
        };
        let mut section = "";
        for line in include_str!("speakers.txt").lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with('[') {
                section = line;
                continue;
            }
            let set = match section {
                "[titles]" => &mut lex.titles,
                "[roles]" => &mut lex.roles,
                "[orgs]" => &mut lex.orgs,
                _ => &mut lex.pronouns,
            };
            set.insert(line.to_string());
        }
        lex
    })
}

/// Lowercase words that may sit inside a name ("Osama bin Laden", "Ahmed al-Saud").
const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "al", "el", "de", "da", "del", "van", "von", "der", "la", "abu", "ben",
];

/// A person's name mentioned in the document, at a position.
#[derive(Debug, Clone)]
pub struct Mention {
    pub name: String,
    pub at: usize,
}

/// The person names (two or more capitalised words, titles removed) in order.
pub fn person_names(words: &[Word]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !words[i].is_capitalized() {
            i += 1;
            continue;
        }
        let start = i;
        let mut parts: Vec<&Word> = Vec::new();
        while i < words.len() {
            let w = &words[i];
            let particle = NAME_PARTICLES.contains(&w.lower())
                && words.get(i + 1).is_some_and(Word::is_capitalized);
            if w.is_capitalized() || (particle && !parts.is_empty()) {
                parts.push(w);
                i += 1;
                if w.text().ends_with("'s") {
                    break;
                }
            } else {
                break;
            }
        }
        if let Some(name) = name_of(&parts) {
            out.push(Mention {
                name,
                at: words[start].span.start,
            });
        }
        if i == start {
            i += 1;
        }
    }
    out
}

/// Joins capitalised words into a person name: titles in front dropped, at least two
/// words left, no organisation word inside.
fn name_of(parts: &[&Word]) -> Option<String> {
    let lex = lexicon();
    let mut rest: Vec<&str> = parts.iter().map(|w| w.stem_possessive()).collect();
    if parts.last().is_some_and(|w| w.text().ends_with("'s")) {
        return None;
    }
    while rest
        .first()
        .is_some_and(|w| lex.titles.contains(w.to_lowercase().trim_end_matches('.')))
    {
        rest.remove(0);
    }
    let looks_like_person = rest.len() >= 2
        && rest.len() <= 4
        && rest
            .iter()
            .all(|w| !lex.orgs.contains(&w.to_lowercase()) && !w.chars().all(char::is_uppercase))
        && rest.iter().all(|w| w.chars().count() > 1);
    looks_like_person.then(|| rest.join(" "))
}

/// What a source refers to once resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    Person(String),
    Organisation(String),
    Unnamed(String),
}

impl Speaker {
    pub fn name(&self) -> &str {
        match self {
            Speaker::Person(s) | Speaker::Organisation(s) | Speaker::Unnamed(s) => s,
        }
    }
}

/// Resolves a source phrase. `names` are the person names mentioned before the source;
/// `last_person` is the most recent person (speaker or name mentioned after the last
/// speaker), `last_org` the most recent organisation speaker.
pub fn resolve(
    index: &NameIndex,
    source: &[Word],
    names: &[Mention],
    last_person: Option<&str>,
    last_org: Option<&str>,
) -> Option<Speaker> {
    let lex = lexicon();
    let limit = names.last().map_or(0, |m| m.at + 1);
    let content: Vec<&Word> = source.iter().filter(|w| !w.is_punct()).collect();
    if content.is_empty() {
        return None;
    }
    if content.len() == 1 && lex.pronouns.contains(content[0].lower()) {
        return match content[0].lower() {
            "he" | "she" | "i" => last_person
                .or_else(|| names.last().map(|m| m.name.as_str()))
                .map(|p| Speaker::Person(p.to_string())),
            _ => last_org
                .or(last_person)
                .map(|s| Speaker::Organisation(s.to_string())),
        };
    }
    // A name inside the phrase ("the head of the BCIJ, Abdelhak Khiame").
    if let Some(m) = person_names(source).into_iter().last() {
        return Some(Speaker::Person(index.fullest(&m.name, limit)));
    }
    let caps: Vec<&&Word> = content.iter().filter(|w| w.is_capitalized()).collect();
    let has_org = content.iter().any(|w| lex.orgs.contains(w.lower()));
    if !has_org && caps.len() == 1 && content.last().is_some_and(|w| w.is_capitalized()) {
        let surname = content.last().unwrap().stem_possessive();
        if !lex.titles.contains(&surname.to_lowercase()) {
            return Some(Speaker::Person(index.fullest(surname, limit)));
        }
    }
    let phrase = trim_determiner(&content);
    if has_org || caps.len() == content.len() {
        Some(Speaker::Organisation(phrase))
    } else {
        Some(Speaker::Unnamed(phrase))
    }
}

/// The document's person names grouped by last word, so "Khiame" finds "Abdelhak Khiame"
/// without scanning every name (documents can be long).
#[derive(Debug, Default)]
pub struct NameIndex {
    by_last: rustc_hash::FxHashMap<String, Vec<Mention>>,
}

impl NameIndex {
    pub fn new(names: &[Mention]) -> Self {
        let mut by_last: rustc_hash::FxHashMap<String, Vec<Mention>> = Default::default();
        for m in names {
            let last = m.name.split(' ').next_back().unwrap_or(&m.name).to_string();
            by_last.entry(last).or_default().push(m.clone());
        }
        NameIndex { by_last }
    }

    /// The longest name mentioned before `limit` that ends with the same last word.
    fn fullest(&self, name: &str, limit: usize) -> String {
        let last = name.split(' ').next_back().unwrap_or(name);
        self.by_last
            .get(last)
            .into_iter()
            .flatten()
            .take_while(|m| m.at < limit)
            .map(|m| m.name.as_str())
            .fold(name, |best, n| if n.len() > best.len() { n } else { best })
            .to_string()
    }
}

fn trim_determiner(words: &[&Word]) -> String {
    let skip = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(w.lower(), "the" | "a" | "an")),
    );
    words[skip..]
        .iter()
        .map(|w| w.text())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;
    use crate::text::Document;

    fn ws<'d>(doc: &'d Document) -> Vec<Word<'d>> {
        words(doc, doc.full_span())
    }

    #[test]
    fn finds_names_without_titles() {
        let names: Vec<String> = person_names(&ws(&Document::new("the head of Morocco’s Central Bureau (BCIJ), Abdelhak Khiame, and Interior Minister Ana Ruiz")))
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(names, vec!["Abdelhak Khiame", "Ana Ruiz"]);
    }

    #[test]
    fn surname_and_pronoun_resolve_to_the_full_name() {
        let names = person_names(&ws(&Document::new("Abdelhak Khiame spoke.")));
        assert_eq!(
            resolve(
                &NameIndex::new(&names),
                &ws(&Document::new("Khiame")),
                &names,
                None,
                None
            ),
            Some(Speaker::Person("Abdelhak Khiame".into()))
        );
        assert_eq!(
            resolve(
                &NameIndex::new(&names),
                &ws(&Document::new("He")),
                &names,
                Some("Abdelhak Khiame"),
                None
            ),
            Some(Speaker::Person("Abdelhak Khiame".into()))
        );
        assert_eq!(
            resolve(
                &NameIndex::new(&names),
                &ws(&Document::new("she")),
                &names,
                None,
                None
            ),
            Some(Speaker::Person("Abdelhak Khiame".into()))
        );
        assert_eq!(
            resolve(
                &NameIndex::default(),
                &ws(&Document::new("she")),
                &[],
                None,
                None
            ),
            None
        );
    }

    #[test]
    fn organisations_stay_organisations() {
        assert_eq!(
            resolve(
                &NameIndex::default(),
                &ws(&Document::new("the Interior Ministry")),
                &[],
                None,
                None
            ),
            Some(Speaker::Organisation("Interior Ministry".into()))
        );
        assert_eq!(
            resolve(
                &NameIndex::default(),
                &ws(&Document::new("a police spokesman")),
                &[],
                None,
                None
            ),
            Some(Speaker::Organisation("police spokesman".into()))
        );
        assert_eq!(
            resolve(
                &NameIndex::default(),
                &ws(&Document::new("officials")),
                &[],
                None,
                None
            ),
            Some(Speaker::Unnamed("officials".into()))
        );
    }
}
