//! Upper-case wire copy (`"WE CONDEMN THE VIOLENCE," SAID STATE DEPARTMENT SPOKESMAN
//! RICHARD BOUCHER.`): the rules find names by their capitals, so a text written in
//! capitals is first recased, one character for one character so that every offset
//! stays the same. Ordinary words (`common_words.txt`, the stop words, the cue and
//! speaker lexicons) go to lower case, known first names and other words are
//! capitalised as names, and short words that are not ordinary stay upper case as
//! acronyms (FMLN, US).
use super::{cues, gender, speakers};
use crate::text::{word_list, Document};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A text is upper-case copy when at least this share of its letters are capitals.
const UPPER_SHARE: f64 = 0.85;
/// Letters needed before a text is judged.
const MIN_LETTERS: usize = 20;

fn common_words() -> &'static FxHashSet<String> {
    static WORDS: OnceLock<FxHashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut set: FxHashSet<String> = word_list::entries(include_str!("common_words.txt"))
            .chain(word_list::entries(include_str!("../text/stopwords.txt")))
            .map(str::to_string)
            .collect();
        for e in cues::lexicon() {
            set.extend(e.words.iter().cloned());
        }
        let lex = speakers::lexicon();
        for w in lex
            .roles
            .iter()
            .chain(&lex.pronouns)
            .chain(&lex.time)
            .chain(&lex.titles)
            .chain(&lex.documents)
            .chain(&lex.bodies)
            .chain(&lex.body_kinds)
            .chain(&lex.unnamed_roles)
        {
            set.insert(w.clone());
        }
        for w in [
            "said", "says", "told", "would", "could", "should", "must", "may", "might", "will",
            "can", "not", "no", "never", "against", "without",
        ] {
            set.insert(w.to_string());
        }
        set
    })
}

/// Whether a lowercase word is an ordinary English word (not a name).
pub fn is_common(word: &str) -> bool {
    common_words().contains(word)
}

/// Whether the text is written in capitals (wire copy).
pub fn is_upper_case(doc: &Document) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for &c in doc.chars() {
        if c.is_alphabetic() {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
    }
    letters >= MIN_LETTERS && upper as f64 >= UPPER_SHARE * letters as f64
}

/// The text recased word by word, with exactly as many characters as the original.
pub fn recase(doc: &Document) -> String {
    let chars = doc.chars();
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    let mut after_name = false;
    // Whether the run of names so far holds a known first name ("ERNESTO VILLALTA"), and
    // the short surnames found after one ("RUZ"), for their later mentions.
    let mut first_name_in_run = false;
    let mut short_surnames: rustc_hash::FxHashSet<String> = Default::default();
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            out.push(chars[i]);
            if !chars[i].is_whitespace() {
                after_name = false;
                first_name_in_run = false;
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_alphanumeric() || inner_joiner(chars, i)) {
            i += 1;
        }
        // "MR. BARCO", "GEN. VARGAS": a title's abbreviation is written as a title, so
        // that the name after it is read with its title.
        let word = &chars[start..i];
        if chars.get(i) == Some(&'.') && is_title_abbreviation(word) {
            out.extend(
                word.iter()
                    .enumerate()
                    .map(|(k, &c)| if k == 0 { c } else { lower(c) }),
            );
            after_name = false;
            continue;
        }
        if (after_name || after_date(&out)) && verb_after_name(word, &out) {
            out.extend(word.iter().map(|&c| lower(c)));
            after_name = false;
            continue;
        }
        let name_before = after_name && !tail_is_verb(chars, start, i, &out);
        // "ERNESTO VILLALTA RUZ", then "VILLALTA RUZ": three letters with a vowel that end
        // a name run holding a first name are a surname, not an acronym ("PARIS AFP").
        let lowered: String = word.iter().map(|&c| lower(c)).collect();
        let short_surname = name_before
            && word.len() == 3
            && lowered.chars().any(|c| "aeiouy".contains(c))
            && (first_name_in_run || short_surnames.contains(&lowered));
        if short_surname {
            short_surnames.insert(lowered.clone());
        }
        after_name = recase_word(
            word,
            name_before,
            name_follows(chars, i),
            short_surname,
            &mut out,
        );
        first_name_in_run = after_name && (first_name_in_run || gender::is_first_name(&lowered));
    }
    out
}

/// "MR", "GEN", "DR": a title whose abbreviation ends in a dot ([titles] in
/// `speakers.txt`).
fn is_title_abbreviation(word: &[char]) -> bool {
    let mut key: String = word.iter().map(|&c| lower(c)).collect();
    key.push('.');
    word.len() <= 4 && speakers::lexicon().titles.contains(&key)
}

/// Ordinary words that go on a name ("UNITED STATES", "SOVIET UNION", "RED CROSS").
const NAME_TAILS: &[&str] = &[
    "states",
    "nations",
    "kingdom",
    "union",
    "republic",
    "house",
    "department",
    "ministry",
    "office",
    "army",
    "party",
    "front",
    "forces",
    "council",
    "court",
    "church",
    "bank",
    "university",
    "committee",
    "commission",
    "assembly",
    "congress",
    "senate",
    "cross",
    "guard",
    "police",
    "command",
    "movement",
    "alliance",
    "agency",
    "bureau",
    "radio",
    "television",
];

/// Ordinary words that open a name when a name follows ("RADIO VENCEREMOS",
/// "TELEVISION CADENA").
const NAME_HEADS: &[&str] = &["radio", "television"];

/// An adverb of a common word, in lower case: "harshly", "reportedly",
/// "puzzlingly" (of "puzzling"), "categorically" (not "kelly", "italy", "mcnally").
pub fn is_adverb(word: &str) -> bool {
    word.strip_suffix("ly").is_some_and(|base| {
        base.len() >= 4 && (common_words().contains(base) || is_verb_form(base))
    }) || word.ends_with("ically")
        || (word.ends_with("ally") && word.len() >= 9)
}

/// A past or -ing form of a common word of four letters or more: "warned", "regretted",
/// "claiming", "stating".
pub fn is_verb_form(word: &str) -> bool {
    // Names that read as verb forms.
    const NAMES: &[&str] = &[
        "united",
        "allied",
        "limited",
        "reading",
        "harding",
        "browning",
        "manning",
        "sterling",
        "fielding",
        "golding",
        "redding",
        "banning",
        "downing",
        "pickering",
        "bunting",
    ];
    if NAMES.contains(&word) {
        return false;
    }
    let common = |base: &str| base.len() >= 4 && common_words().contains(base);
    let base = word.strip_suffix("ed").or_else(|| word.strip_suffix("ing"));
    base.is_some_and(|b| {
        // "regretted" → "regret"
        let chars: Vec<char> = b.chars().collect();
        let undoubled = (chars.len() >= 2 && chars[chars.len() - 1] == chars[chars.len() - 2])
            .then(|| chars[..chars.len() - 1].iter().collect::<String>());
        common(b) || common(&format!("{b}e")) || undoubled.is_some_and(|u| common(&u))
    })
}

/// The last word of the text recased so far.
fn previous_word(out: &str) -> &str {
    out.trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
}

/// "… ON 28 NOVEMBER BEGINS BROADCASTING": whether the last word recased so far (`out`)
/// is a word of time, after which a word in -s is a verb as after a surname (not "this",
/// "last": "THIS PRESENTS", "LAST RESORTS"). Months and days are recased in lower case,
/// as common words.
fn after_date(out: &str) -> bool {
    let previous = previous_word(out);
    speakers::lexicon().time.contains(previous) && !matches!(previous, "this" | "last")
}

/// "CRISTIANI RESPONDS", "CRISTIANI BEGINS BY SAYING": after a surname, a word in -s
/// whose stem is an ordinary word is its verb (not after a known first name: "TIGER
/// WOODS"). `out` is the text recased so far.
fn verb_after_name(word: &[char], out: &str) -> bool {
    let lowered: String = word.iter().map(|&c| lower(c)).collect();
    let stem = lowered
        .strip_suffix("es")
        .filter(|s| common_words().contains(*s))
        .or_else(|| lowered.strip_suffix('s'));
    let previous = previous_word(out);
    lowered.chars().count() > 4
        && !lowered.ends_with("ss")
        && stem.is_some_and(|s| s.chars().count() >= 4 && common_words().contains(s))
        && !gender::is_first_name(previous)
}

/// Whether the word at `start..end` cannot be a name's tail word, as its verb: "THE MPL
/// STATES THAT", "THE COMMUNIQUE STATES THAT" (a tail word before "that", not "UNITED
/// STATES THAT"), "THE MNR STATES." ("STATES" after an acronym). `out` is the text
/// recased so far.
fn tail_is_verb(chars: &[char], start: usize, end: usize, out: &str) -> bool {
    let mut next = end;
    while next < chars.len() && chars[next].is_whitespace() {
        next += 1;
    }
    let before_that = chars[next..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .map(|&c| lower(c))
        .eq("that".chars());
    let previous = previous_word(out);
    let after_acronym = previous.len() >= 2
        && previous.chars().all(char::is_uppercase)
        && chars[start..end]
            .iter()
            .map(|&c| lower(c))
            .eq("states".chars());
    (before_that && !previous.eq_ignore_ascii_case("united")) || after_acronym
}

fn inner_joiner(chars: &[char], i: usize) -> bool {
    matches!(chars[i], '\'' | '’' | '-' | '.')
        && i > 0
        && chars[i - 1].is_alphanumeric()
        && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
}

/// Lowercase of a char that stays one char (a few expand: those stay as written).
fn lower(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// Whether the word after position `i` (over spaces) is no ordinary word: a name's
/// next part.
fn name_follows(chars: &[char], mut i: usize) -> bool {
    while i < chars.len() && chars[i] == ' ' {
        i += 1;
    }
    let next: String = chars[i..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .map(|&c| lower(c))
        .collect();
    next.chars().count() > 1 && !common_words().contains(&next)
}

/// Writes one word recased; returns whether it was written as a name. `before_name`:
/// the next word is no ordinary word ("ANA GUADALUPE MARTINEZ": "ANA" is a first name,
/// no acronym).
fn recase_word(
    word: &[char],
    after_name: bool,
    before_name: bool,
    short_surname: bool,
    out: &mut String,
) -> bool {
    let lowered: String = word.iter().map(|&c| lower(c)).collect();
    let key = lowered.replace('’', "'");
    let stem = key.strip_suffix("'s").unwrap_or(&key);
    // "HARSHLY", "REPORTEDLY": an adverb of a common word (not "KELLY", "ITALY");
    // "REGRETTED", "CLAIMING": a verb form of one, also after a name ("JUAN ORTEGA
    // REGRETTED"), names that read as verb forms excepted.
    let adverb = is_adverb(stem);
    let inflected = is_verb_form(stem);
    let ordinary = common_words().contains(stem)
        || adverb
        || inflected
        || (stem.contains('-') && stem.split('-').all(|p| common_words().contains(p)));
    let letters = word.iter().filter(|c| c.is_alphabetic()).count();
    let has_vowel = lowered.chars().any(|c| "aeiouy".contains(c));
    let tail =
        (after_name && NAME_TAILS.contains(&stem)) || (before_name && NAME_HEADS.contains(&stem));
    if ordinary && !tail {
        out.push_str(&lowered);
        false
    } else if (letters <= 3
        && !short_surname
        && !(before_name && has_vowel && gender::is_first_name(&lowered)))
        || !has_vowel
        || word.contains(&'.')
    {
        // Acronyms and abbreviations: FMLN, US, U.S.
        out.extend(word.iter());
        !ordinary
    } else {
        // A name: first letter (and each letter after a hyphen) upper case.
        let mut capital = true;
        for &c in word {
            out.push(if capital { c } else { lower(c) });
            capital = c == '-';
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_copy_is_recased_with_the_same_length() {
        let text = "\"WE CONDEMN THE OUTRAGEOUS VIOLENCE BY THE FMLN,\" SAID STATE DEPARTMENT SPOKESMAN RICHARD BOUCHER.";
        let doc = Document::new(text);
        assert!(is_upper_case(&doc));
        let r = recase(&doc);
        assert_eq!(r.chars().count(), text.chars().count());
        assert!(r.contains("said"), "{r}");
        assert!(r.contains("Richard Boucher"), "{r}");
        assert!(r.contains("FMLN"), "{r}");
        let r = recase(&Document::new(
            "THE UNITED STATES WANTS TO END THE WAR, THE SPOKESMAN SAID TODAY.",
        ));
        assert!(r.contains("United States wants"), "{r}");
        assert!(!is_upper_case(&Document::new(
            "Rabat said on Monday that the talks had failed."
        )));
    }

    #[test]
    fn a_short_surname_after_a_first_name_is_a_name_in_later_mentions_too() {
        let r = recase(&Document::new(
            "ARENA LEADER ERNESTO VILLALTA RUZ SPOKE TODAY. VILLALTA RUZ SAID THAT PARIS AFP REPORTS LIE.",
        ));
        assert!(r.contains("Ernesto Villalta Ruz spoke"), "{r}");
        assert!(r.contains("Villalta Ruz said"), "{r}");
        // No first name in the run: three letters stay an acronym.
        assert!(r.contains("Paris AFP"), "{r}");
    }

    #[test]
    fn a_verb_in_s_after_a_date_is_no_name() {
        let r = recase(&Document::new(
            "THE STATION AT 1245 GMT ON 28 NOVEMBER BEGINS BROADCASTING REPORTS.",
        ));
        assert!(r.contains("november begins broadcasting"), "{r}");
    }
}
