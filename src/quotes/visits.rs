//! The visits stage: who hosted whom ("Prime Minister Hedda Sauer hosted President Aldo
//! Ferrant", "Ana Ruiz visited Ivo Marr"), so that a later "the visiting president",
//! "his guest" or "her host" is that person, not the subject of the sentence before.
use super::coreference::Coref;
use super::mentions::person_names;
use super::source::{Inside, Phrase};
use super::speakers::{self, Speaker};
use super::words::Word;

/// Notes in `coref` the visit the sentence `sw` tells when its subject (`subject`, a
/// person) is followed by a verb of [hosting verbs] or [visiting verbs] (maybe after an
/// adverb or a word of time: "Hedda Sauer on Tuesday hosted …"): the subject and the
/// first person named after the verb, outside quotes.
pub fn note(coref: &mut Coref, sw: &[Word], subject: &Phrase, speaker: &Speaker, inside: Inside) {
    let Speaker::Person(name) = speaker else {
        return;
    };
    let lex = speakers::lexicon();
    let mut k = subject.end;
    if sw.get(k).is_some_and(|w| {
        !inside(w) && (super::casing::is_adverb(w.lower()) || lex.time.contains(w.lower()))
    }) {
        k += 1;
    }
    let Some(verb) = sw.get(k).filter(|w| !inside(w)) else {
        return;
    };
    let hosting = lex.hosting_verbs.contains(verb.lower());
    if !hosting && !lex.visiting_verbs.contains(verb.lower()) {
        return;
    }
    let after = &sw[k + 1..];
    let outside = after.iter().take_while(|w| !inside(w)).count();
    let at = verb.span.start;
    let other = person_names(&after[..outside])
        .first()
        .map(|m| coref.fullest(&m.name, at + 1));
    let name = Some(name.clone());
    if hosting {
        coref.note_visit(name, other, at);
    } else {
        coref.note_visit(other, name, at);
    }
}

/// Whether a source phrase names the guest (`Some(true)`: "the visiting president",
/// "the visiting Ruvenian minister", "his guest", "the visitor") or the host
/// (`Some(false)`: "her host", "the host") of a visit.
pub fn party_named(head: &[Word]) -> Option<bool> {
    let [determiner, noun, rest @ ..] = head else {
        return None;
    };
    if !matches!(determiner.lower(), "the" | "his" | "her" | "their") {
        return None;
    }
    match (noun.lower(), rest) {
        ("guest" | "visitor", []) => Some(true),
        ("host", []) => Some(false),
        ("visiting", [_, ..]) if determiner.lower() == "the" => {
            let lex = speakers::lexicon();
            let role = rest.last().is_some_and(|w| lex.is_role_or_title(w.lower()));
            let described = rest[..rest.len() - 1]
                .iter()
                .all(|w| !w.is_capitalized() || speakers::is_nationality(w.lower()));
            (role && described).then_some(true)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn a_phrase_names_the_guest_or_the_host() {
        let named = |t: &str| {
            let doc = Document::new(t);
            party_named(&super::super::words::words(&doc, doc.full_span()))
        };
        assert_eq!(named("the visiting president"), Some(true));
        assert_eq!(named("the visiting Ruvenian minister"), Some(true));
        assert_eq!(named("his guest"), Some(true));
        assert_eq!(named("her host"), Some(false));
        assert_eq!(named("the visiting team"), None);
        assert_eq!(named("the host country"), None);
        assert_eq!(named("a guest"), None);
    }
}
