//! The descriptions stage: unnamed speakers a sentence describes in more than one word
//! ("a military source told SANA", "security sources said", "the SANA reporter"),
//! whether or not they are a quote's source, so that a later "the source", "the
//! sources" is that description again.
use super::coreference::Coref;
use super::source::{self, Inside};
use super::speakers::{self, Speaker};
use super::words::Word;

/// The most words a description of an unnamed role has, the role included.
const MAX_DESCRIPTION: usize = 4;

/// Words that open a description and are no part of it.
const OPENERS: &[&str] = &[
    "a", "an", "the", "one", "another", "two", "three", "several",
];

/// Notes in `coref` each unnamed role of the sentence `sw` ([unnamed roles] in
/// `speakers.txt`, singular or plural) described by words before it, with the place
/// named after it; and each person of [unnamed people] so described after "a", "an" or
/// "another" ("a coast guard officer").
pub fn note_described(coref: &mut Coref, sw: &[Word], inside: Inside) {
    let lex = speakers::lexicon();
    for (i, w) in sw.iter().enumerate() {
        let lower = w.lower();
        let singular = lower.strip_suffix('s').unwrap_or(lower);
        let role = lex.unnamed_roles.contains(lower) || lex.unnamed_roles.contains(singular);
        let person = lex.unnamed_people.contains(lower) && !w.is_capitalized();
        if inside(w) || !(role || person) {
            continue;
        }
        let (start, from) = described_from(sw, i, inside);
        // ("A coast guard officer contradicted him. … the officer said": one person
        // described by a noun of [unnamed people] too, when the text brings them in;
        // "the U.S. diplomat" after "U.S. Ambassador Thomas Strook" is him.)
        if !role && !matches!(sw[start].lower(), "a" | "an" | "another") {
            continue;
        }
        // "the town of Khan Touman military sources said" (text without commas): a
        // phrase too long to be one description ends on the lowercase words before the
        // role.
        let adjectives = sw[from..i]
            .iter()
            .rev()
            .take_while(|w| !w.is_capitalized() && !w.is_punct() && !inside(w))
            .count();
        let (start, from) = if i - from + 1 > MAX_DESCRIPTION && adjectives > 0 {
            (i - adjectives, i - adjectives)
        } else {
            (start, from)
        };
        // "a medical source at Aleppo Health Directorate": where the source is, by name.
        let place = sw
            .get(i + 1)
            .filter(|p| matches!(p.lower(), "at" | "in" | "from" | "with"))
            .map(|_| {
                sw[i + 2..]
                    .iter()
                    .take(4)
                    .take_while(|w| w.is_capitalized() && !inside(w))
                    .count()
            })
            .filter(|&names| names > 0)
            .map_or(0, |names| names + 1);
        let words: Vec<&str> = sw[from..=i + place].iter().map(Word::text).collect();
        // ("a source at Aleppo Police Command": one source, described by its place;
        // "activists in Syria" are no one in particular.)
        let one_placed = place > 0 && singular == lower;
        if (words.len() - place >= 2 || one_placed) && words.len() - place <= MAX_DESCRIPTION {
            // At the phrase's start, as a quote's source is noted: that one, the same
            // description, is preferred.
            coref.note_description(Speaker::Unnamed(words.join(" ")), sw[start].span.start);
        }
    }
    note_bodies(coref, sw, inside);
    note_kinds(coref, sw, inside);
    note_lone_roles(coref, sw, inside);
    for (i, w) in sw.iter().enumerate() {
        if !inside(w) {
            if let Some(name) = armed_group_named(sw, i).or_else(|| armed_group_defined(sw, i)) {
                coref.note_armed_group(name, w.span.start);
            }
        }
    }
}

/// "the Farabundo Marti National Liberation Front (FMLN)", "the Army of National
/// Liberation (ELN)": where word `i` opens a bracketed acronym after a name that holds a
/// word of [armed group names], the acronym, which "the guerrillas" later stands for.
fn armed_group_defined(sw: &[Word], i: usize) -> Option<String> {
    let lex = speakers::lexicon();
    let [open, acronym, close] = sw.get(i..i + 3)? else {
        return None;
    };
    if open.text() != "(" || close.text() != ")" || !acronym.is_acronym() {
        return None;
    }
    let name = sw[..i]
        .iter()
        .rev()
        .take(8)
        .take_while(|w| w.is_capitalized() || matches!(w.lower(), "of" | "for" | "and"));
    name.into_iter()
        .any(|w| lex.armed_group_names.contains(w.lower()))
        .then(|| acronym.text().to_string())
}

/// "FMLN guerrillas", "the (FMLN) guerrillas", "Taliban militants": where word `i` is a
/// plural noun for an armed group's fighters ([armed groups]) and the group's name
/// stands right before it, that name (an acronym in brackets for itself). Not a
/// nationality ("Salvadoran guerrillas") nor an ordinary word or a creed's adjective
/// ("Leftist rebels", "Islamist rebels").
pub fn armed_group_named(sw: &[Word], i: usize) -> Option<String> {
    let lex = speakers::lexicon();
    let w = &sw[i];
    if w.is_capitalized() || !lex.armed_groups.contains(w.lower()) || i == 0 {
        return None;
    }
    if let [open, acronym, close] = &sw[i.saturating_sub(3)..i] {
        if open.text() == "(" && close.text() == ")" && acronym.is_acronym() {
            return Some(acronym.text().to_string());
        }
    }
    let start = (0..i)
        .rev()
        .take(5)
        .take_while(|&j| sw[j].is_capitalized() && sw[j].lower() != "the")
        .last()?;
    let run = &sw[start..i];
    // ("Islamist rebels", "Jihadist fighters": an adjective of a creed is none either.)
    let ordinary = run.len() == 1
        && (super::casing::is_common(run[0].lower()) || run[0].lower().ends_with("ist"));
    if ordinary || run.iter().all(|r| speakers::is_nationality(r.lower())) {
        return None;
    }
    Some(run.iter().map(Word::text).collect::<Vec<_>>().join(" "))
}

/// The noun phrase that ends on word `i`: where it starts, and where its description
/// starts, after the last opener ("… in Hama countryside the source", text without
/// commas, describes no source by "Hama countryside").
fn described_from(sw: &[Word], i: usize, inside: Inside) -> (usize, usize) {
    // (No phrase read back, the role word alone: "a relative" after a name.)
    let start = source::np_back(sw, i + 1, inside).min(i);
    let from = (start..i)
        .rfind(|&k| OPENERS.contains(&sw[k].lower()))
        .map_or(start, |k| k + 1);
    (start, from)
}

/// "Hana Lind met the general in October": a role in the singular after an article,
/// with no name beside it (none right after, none before its comma) and not what
/// someone is ("was the envoy", "as a lawyer"): someone the text has not named, whom a
/// later "the general" is.
fn note_lone_roles(coref: &mut Coref, sw: &[Word], inside: Inside) {
    let lex = speakers::lexicon();
    for (i, w) in sw.iter().enumerate().skip(1) {
        let role = w.lower();
        if inside(w)
            || w.is_capitalized()
            || !lex.roles.contains(role)
            || super::coreference::is_plural(role)
            || !matches!(sw[i - 1].lower(), "the" | "a" | "an")
        {
            continue;
        }
        // ("A spokeswoman for Velmar police, Katrin Vogel,": the role's phrase runs to
        // a comma and a name.)
        let named_after = sw.get(i + 1).is_some_and(Word::is_capitalized)
            || sw[i + 1..]
                .iter()
                .take(8)
                .position(Word::is_punct)
                .is_some_and(|c| {
                    sw[i + 1 + c].text() == ","
                        && sw.get(i + 2 + c).is_some_and(Word::is_capitalized)
                });
        let before = i.checked_sub(2).map(|j| &sw[j]);
        let apposition = before.is_some_and(|b| b.text() == ",");
        let predicate = before.is_some_and(|b| {
            super::words::is_be(b.lower())
                || matches!(
                    b.lower(),
                    "as" | "became" | "become" | "becomes" | "named" | "appointed" | "elected"
                )
        });
        if !named_after && !apposition && !predicate {
            coref.note_lone_role(role, sw[i - 1].span.start);
        }
    }
}

/// "the Russian army said" (a clause before it without a comma, so no quote), "the
/// defence ministry in Moscow": a body's word ([orgs], lowercase) described by one or two
/// words before it, so that a later "the army", "the ministry" is that body.
fn note_bodies(coref: &mut Coref, sw: &[Word], inside: Inside) {
    let lex = speakers::lexicon();
    for (i, w) in sw.iter().enumerate() {
        if inside(w) || w.is_capitalized() || !lex.orgs.contains(w.lower()) {
            continue;
        }
        let (start, from) = described_from(sw, i, inside);
        // ("the country's army" is the army.)
        let the = usize::from(sw[from].lower() == "the");
        let from = if from + the < i && speakers::is_country_owner(&sw[from + the]) {
            from + the + 1
        } else {
            from
        };
        let words = &sw[from..=i];
        // Words that describe: no time, number, preposition or pronoun ("on Saturday
        // against government" describes none); not "the ministry" alone.
        let describes = |w: &Word| {
            !w.is_punct()
                && !lex.time.contains(w.lower())
                && !w.text().starts_with(|c: char| c.is_ascii_digit())
                && !lex.pronouns.contains(w.lower())
                && !matches!(
                    w.lower(),
                    "against"
                        | "of"
                        | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "with"
                        | "by"
                        | "from"
                        | "to"
                        | "and"
                        | "or"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                )
        };
        if (2..=3).contains(&words.len()) && words.iter().all(describes) {
            let text: Vec<&str> = words.iter().map(Word::text).collect();
            coref.note_description(Speaker::Organisation(text.join(" ")), sw[start].span.start);
        }
    }
}

/// "the state news agency KNA", "the charity Waves of Hope", "Norland Radio, the state
/// broadcaster,": a body's name written right after or in apposition to the lowercase
/// noun of its kind ([bodies], [body kinds]), which a later "the agency" stands for.
/// (Not a person's name: "the group's leader Ana Ruiz" has a possessive, "the charity
/// worker Ana Ruiz" a role.)
fn note_kinds(coref: &mut Coref, sw: &[Word], inside: Inside) {
    const MAX_NAME: usize = 6;
    let lex = speakers::lexicon();
    let kind = |w: &Word| {
        !w.is_capitalized()
            && !inside(w)
            && (lex.bodies.contains(w.lower()) || lex.body_kinds.contains(w.lower()))
    };
    // A run of capitalised words from `k` (joined by "of", "for", "and"), ending on a
    // capitalised word: its end.
    let name_from = |k: usize| {
        let mut end = k;
        let mut j = k;
        while j < sw.len() && j - k < MAX_NAME && !inside(&sw[j]) {
            if sw[j].is_capitalized() && !sw[j].is_punct() {
                end = j + 1;
            } else if !matches!(sw[j].lower(), "of" | "for" | "and") || j == k {
                break;
            }
            j += 1;
        }
        end
    };
    let person = |words: &[Word]| !super::mentions::person_names(words).is_empty();
    // Punctuation (outside a quote) or the text's end at `k`.
    let closed = |k: usize| sw.get(k).is_none_or(|w| w.is_punct() && !inside(w));
    let time = |w: &Word| lex.time.contains(w.lower()) || lex.is_sentence_opener(w.lower());
    for i in 0..sw.len() {
        if !kind(&sw[i]) {
            continue;
        }
        let noun = sw[i].lower();
        // After the noun and its article's words: "the state news agency KNA" (not "the
        // party Salutes" in recased wire copy, whose capitals are guesses).
        let end = name_from(i + 1);
        let article = (i.saturating_sub(4)..i)
            .rfind(|&j| matches!(sw[j].lower(), "the" | "a" | "an"))
            .is_some_and(|a| {
                sw[a + 1..i]
                    .iter()
                    .all(|w| !w.is_capitalized() && !w.is_punct())
            });
        if end > i + 1
            && end - (i + 1) <= 4
            && article
            && !coref.capitals_guessed()
            && (closed(end)
                || sw
                    .get(end)
                    .is_some_and(|w| !w.is_capitalized() && !inside(w)))
            && !person(&sw[i + 1..end])
        {
            let name: Vec<&str> = sw[i + 1..end].iter().map(Word::text).collect();
            coref.note_kind(noun, name.join(" "), sw[i + 1].span.start);
            continue;
        }
        // Before it, in apposition: "KNA, the state news agency,".
        let Some(the) = (i.saturating_sub(4)..i).rfind(|&j| sw[j].lower() == "the") else {
            continue;
        };
        let described = sw[the + 1..i]
            .iter()
            .all(|w| !w.is_capitalized() && !w.is_punct() && !inside(w));
        // (Closed after the noun: "Norland Radio, the state broadcaster," and not "On
        // Monday, the network signed off".)
        if !described
            || the < 2
            || sw[the - 1].text() != ","
            || !closed(i + 1)
            || coref.capitals_guessed()
        {
            continue;
        }
        let start = (the.saturating_sub(1 + MAX_NAME)..the - 1)
            .rev()
            .take_while(|&j| {
                !inside(&sw[j])
                    && (sw[j].is_capitalized() || matches!(sw[j].lower(), "of" | "for" | "and"))
            })
            .last();
        if let Some(start) = start.filter(|&s| sw[s].is_capitalized()) {
            if !person(&sw[start..the - 1]) && !sw[start..the - 1].iter().any(time) {
                let name: Vec<&str> = sw[start..the - 1].iter().map(Word::text).collect();
                coref.note_kind(noun, name.join(" "), sw[start].span.start);
            }
        }
    }
}
