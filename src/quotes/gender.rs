//! Gender cues for resolving "he" and "she": the usual sex of a first name
//! (`first_names.txt`: the US Census Bureau's 1990 first-name lists, public domain, plus
//! our own list of common non-US names; see the file's header and
//! `make_word_lists.py`) and of titles and role words (Mr, Mrs, spokeswoman).
use super::words::folded;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    Male,
    Female,
    #[default]
    Unknown,
}

impl Gender {
    /// Whether a person of this gender may be referred to as one of `other`.
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
    /// The first known of two.
    pub fn or(self, other: Gender) -> Gender {
        if self == Gender::Unknown {
            other
        } else {
            self
        }
    }
}

fn first_names() -> &'static FxHashMap<String, Gender> {
    static NAMES: OnceLock<FxHashMap<String, Gender>> = OnceLock::new();
    NAMES.get_or_init(|| {
        crate::text::word_list::entries(include_str!("first_names.txt"))
            .filter_map(|l| {
                let (name, sex) = l.split_once('\t')?;
                let g = match sex.trim() {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    // A first name of either sex ("Andrea", "Kai").
                    "u" => Gender::Unknown,
                    _ => return None,
                };
                // (Looked up folded, so kept folded: "benoît" is found as "benoit".)
                Some((folded(name), g))
            })
            .collect()
    })
}

/// Whether a word (any case) is a known first name.
pub fn is_first_name(word: &str) -> bool {
    first_names().contains_key(&folded(word))
}

/// The usual sex of a name's first name ("Elena Vidal" → female): a compound first name
/// as listed ("Jean-Jacques" is a man's, though "Jean" alone is mostly a woman's in
/// English), else its first part.
pub fn of_name(name: &str) -> Gender {
    let Some(first) = name.split(' ').next().map(folded) else {
        return Gender::Unknown;
    };
    let names = first_names();
    names
        .get(&first)
        .or_else(|| first.split('-').next().and_then(|w| names.get(w)))
        .copied()
        .unwrap_or_default()
}

/// The sex the first of a name's titles and roles that tells one implies ("mr",
/// "foreign minister" → male; "minister" alone → unknown).
pub fn of_titles(roles: &[String]) -> Gender {
    roles
        .iter()
        .map(|r| of_title(r))
        .fold(Gender::Unknown, Gender::or)
}

/// The sex a title or role word implies ("Mrs", "spokeswoman", "king").
pub fn of_title(word: &str) -> Gender {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches('.');
    // ("forewoman", "policewoman", "anchorwoman": any role in -woman.)
    if lower.len() > 5 && lower.ends_with("woman") {
        return Gender::Female;
    }
    match lower {
        "mr" | "sir" | "lord" | "king" | "prince" | "sheikh" | "emir" | "spokesman"
        | "chairman" | "congressman" | "businessman" | "father" | "brother" | "son" | "husband"
        | "uncle" | "man" | "boy" | "monsieur" | "señor" | "sultan" | "foreman" | "policeman"
        | "anchorman" => Gender::Male,
        "mrs" | "ms" | "miss" | "madam" | "dame" | "lady" | "queen" | "princess" | "mother"
        | "sister" | "daughter" | "wife" | "aunt" | "woman" | "girl" | "madame" | "señora" => {
            Gender::Female
        }
        _ => Gender::Unknown,
    }
}

/// The sex a pronoun refers to (`None` for words that are not personal pronouns).
pub fn of_pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" | "hers" => Some(Gender::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_titles_and_pronouns() {
        assert_eq!(of_name("Elena Vidal"), Gender::Female);
        assert_eq!(of_name("Sergei Lavrov"), Gender::Male);
        assert_eq!(of_name("Abdelhak Khiame"), Gender::Male);
        assert_eq!(of_name("Xyzzy Plugh"), Gender::Unknown);
        assert_eq!(of_name("Jean-Jacques Mbeki"), Gender::Male);
        assert_eq!(of_name("Anne-Sophie Duval"), Gender::Female);
        // A name listed with its accent is found with it or without it.
        assert_eq!(of_name("Benoît Lacombe"), Gender::Male);
        assert_eq!(of_name("Benoit Lacombe"), Gender::Male);
        assert!(is_first_name("Björn"));
        assert_eq!(of_title("Mrs."), Gender::Female);
        assert_eq!(of_title("spokesman"), Gender::Male);
        assert_eq!(of_title("forewoman"), Gender::Female);
        assert_eq!(of_title("Policewoman"), Gender::Female);
        assert_eq!(of_title("foreman"), Gender::Male);
        assert_eq!(of_title("woman"), Gender::Female);
        assert_eq!(of_title("human"), Gender::Unknown);
        assert_eq!(of_pronoun("she"), Some(Gender::Female));
        assert!(Gender::Unknown.agrees(Gender::Male));
        assert!(!Gender::Female.agrees(Gender::Male));
    }
}
