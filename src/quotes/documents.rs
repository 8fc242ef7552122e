//! The documents stage: statements, reports and communiques a sentence introduces, each
//! with its author, so that a later "the document says", "the report added" speaks for
//! whoever wrote it ("THE MPL RELEASED A COMMUNIQUE … THE DOCUMENT SAYS" is the MPL).
use super::coreference::{names_a_document, Coref};
use super::source::{self, Inside, Phrase};
use super::speakers::{self, Speaker};
use super::words::{is_be, Word};

/// Notes in `coref` each document named in the sentence `sw` with its author: the name
/// before its noun ("the MPL communique", "the ministry's statement"), a name after
/// "from" or "by" ("a report by Amnesty International", "a statement released by the
/// court"), else the sentence's subject
/// when the document comes after it ("The court issued a statement"; "In a communique,
/// the MPL states" has the subject after the document and is read the same way). A
/// document that is itself the subject ("The report says") introduces nothing new.
pub fn note_introduced(
    coref: &mut Coref,
    sw: &[Word],
    subject: &Option<(Phrase, Speaker)>,
    inside: Inside,
    sentence: usize,
) {
    let lex = speakers::lexicon();
    for (i, w) in sw.iter().enumerate() {
        // Not the verb ("which they report is", "to report"): a noun follows no pronoun,
        // "to" or auxiliary.
        let verb = i > 0
            && (lex.pronouns.contains(sw[i - 1].lower())
                || matches!(sw[i - 1].lower(), "to" | "not")
                || super::words::is_auxiliary(sw[i - 1].lower()));
        if inside(w) || w.is_capitalized() || verb || !lex.documents.contains(w.lower()) {
            continue;
        }
        let at = w.span.start;
        let in_subject = subject
            .as_ref()
            .is_some_and(|(p, _)| (p.start..p.end).contains(&i));
        // "a report by Amnesty", "a statement released by the Supreme Court", "a
        // statement made on television by the authorities" (a participle, then up to
        // three lowercase words before "by"); "The statement, signed by Ana Ruiz," (the
        // participle after a comma).
        let participle = i + 1 + usize::from(sw.get(i + 1).is_some_and(|c| c.text() == ","));
        // ("The article, which is signed by Luis Pazos,": or in a relative clause.)
        let participle = match sw.get(participle..participle + 2) {
            Some([which, be])
                if matches!(which.lower(), "which" | "that")
                    && matches!(be.lower(), "is" | "was") =>
            {
                participle + 2
            }
            _ => participle,
        };
        let by = match sw.get(i + 1) {
            Some(b) if matches!(b.lower(), "from" | "by") => Some(i + 2),
            // ("The report, by the National Audit Office, said".)
            Some(c) if c.text() == "," && sw.get(i + 2).is_some_and(|b| b.lower() == "by") => {
                Some(i + 3)
            }
            _ if sw.get(participle).is_some_and(|v| {
                matches!(
                    v.lower(),
                    "released"
                        | "issued"
                        | "published"
                        | "posted"
                        | "signed"
                        | "sent"
                        | "made"
                        | "filed"
                        | "written"
                        | "drafted"
                        | "compiled"
                        // ("The poll, conducted by Danvers Polling,".)
                        | "conducted"
                ) || (v.lower() == "carried"
                    // ("The survey, carried out by …", not "a statement carried by the
                    // state news agency".)
                    && sw.get(participle + 1).is_some_and(|o| o.lower() == "out"))
            }) =>
            {
                sw.iter()
                    .enumerate()
                    .skip(participle + 1)
                    .take(4)
                    // ("published on Monday by": a day's name among them.)
                    .take_while(|(_, w)| {
                        !w.is_punct()
                            && (!w.is_capitalized() || lex.time.contains(w.lower()))
                            && !inside(w)
                    })
                    .find(|(_, w)| w.lower() == "by")
                    .map(|(k, _)| k + 1)
            }
            _ => None,
        };
        let after = by.and_then(|from| {
            // ("a manifesto written by the accused, Dario Fenn": a name in apposition is
            // the author.)
            let (from, end) = super::appositive::after_cue(sw, from, inside)
                .filter(|p| p.head.0 > from && sw[p.head.0 - 1].text() == ",")
                .map_or_else(|| (from, source::np_forward(sw, from, inside)), |p| p.head);
            // ("a statement from the interior ministry": after "from", a phrase that ends
            // on a body's word in lowercase.)
            let body = sw[from - 1].lower() == "from"
                && end > from
                && lex.is_body_word(sw[end - 1].lower());
            // ("A lawsuit filed by former workers": after "by", one ending on a role.)
            let role = sw[from - 1].lower() == "by"
                && end > from
                && lex.roles.contains(sw[end - 1].lower());
            (end > from && (body || role || sw[from..end].iter().any(Word::is_capitalized)))
                .then(|| speakers::resolve(coref, &sw[from..end], at, sentence))
                .flatten()
        });
        // Not over the verb that issued it ("Radio Venceremos in Spanish broadcasts two
        // reports": no "Spanish broadcasts"), nor over a verb after a name ("Wikileaks
        // obtained the document": whoever obtained it did not write it).
        let start = source::np_back(sw, i + 1, inside);
        let start = (start..i)
            .rposition(|j| {
                lex.issuing_verbs.contains(sw[j].lower())
                    || (j > start
                        && sw[j - 1].is_capitalized()
                        && !sw[j].is_capitalized()
                        && super::casing::is_verb_form(sw[j].lower()))
            })
            .map_or(start, |k| start + k + 1);
        let before = speakers::named_author(coref, &sw[start..=i], at, sentence).flatten();
        // A document that is the subject introduces itself only with its author named
        // ("A press release from the premier's office said …": a later "the press
        // release" is the office's).
        // ("an internal FBI document from Wikileaks": the name before the noun wrote
        // it; "from" after it may tell where it came from.)
        if in_subject {
            if let Some(author) = before.or(after).filter(|s| !names_a_document(s.name())) {
                coref.note_document(author, at);
            }
            continue;
        }
        // "The court issued a statement", "In a communique, the MPL states": the subject
        // wrote it when it issued it, or when the sentence opens on it.
        let by_subject = subject.as_ref().filter(|(p, _)| {
            if p.end <= i {
                // Not in the passive ("was released by the judge, according to the
                // records"), nor an editor's "[as published]".
                (p.end..i).any(|j| {
                    lex.issuing_verbs.contains(sw[j].lower())
                        && !(j > 0 && (is_be(sw[j - 1].lower()) || sw[j - 1].lower() == "as"))
                })
                // "The army claimed the strike in a statement", "thanked them in a letter":
                // a new document the subject's verb went out in.
                // ("in a written statement": one lowercase word may describe it.)
                || (1..=2).any(|n| {
                    i >= p.end + 2 + n
                        && matches!(sw[i - n - 1].lower(), "in" | "through")
                        && matches!(sw[i - n].lower(), "a" | "an" | "its" | "his" | "her" | "their")
                        && sw[i - n + 1..i].iter().all(|w| !w.is_punct() && describes(w))
                        && !sw[p.end..i - n - 1].iter().any(|w| w.is_punct() || is_be(w.lower()))
                })
            } else {
                // "In a communique", "In an interim report by …": up to two adjectives.
                i < p.start
                    && (i.saturating_sub(4)..i.saturating_sub(1)).any(|j| {
                        matches!(sw[j].lower(), "in" | "through")
                            && sw[j + 1..i].iter().all(|w| !w.is_punct() && describes(w))
                    })
            }
        });
        let author = before
            .or(after)
            .or_else(|| by_subject.map(|(_, s)| s.clone()))
            .filter(|s| !names_a_document(s.name()));
        if let Some(author) = author {
            coref.note_document(author, at);
        }
    }
    // "Ana Ruiz wrote on Facebook that …": the subject wrote a post on a platform, which
    // a later "the post" is.
    if let Some((p, speaker)) = subject
        .as_ref()
        .filter(|(_, s)| !names_a_document(s.name()))
    {
        let posted = (p.end..sw.len().min(p.end + 4)).find(|&j| {
            matches!(sw[j].lower(), "wrote" | "posted" | "tweeted")
                && sw.get(j + 1).is_some_and(|w| w.lower() == "on")
                && sw.get(j + 2).is_some_and(|w| {
                    w.is_capitalized() || matches!(w.lower(), "social" | "his" | "her" | "its")
                })
        });
        if let Some(j) = posted {
            coref.note_document(speaker.clone(), sw[j].span.start);
        }
    }
}

/// Whether `w` may describe a document's noun before it: a lowercase word ("joint",
/// "press"), or a platform's name ("in a Facebook post"), which describes it as
/// lowercase words do.
fn describes(w: &Word) -> bool {
    !w.is_capitalized() || speakers::lexicon().platforms.contains(w.lower())
}

/// "“…,” the army said in a statement": a document right after a cue ("in a statement",
/// "in its report") was written by the cue's speaker; a later "the statement said" is
/// theirs.
pub fn note_after_cue(coref: &mut Coref, sw: &[Word], after: usize, speaker: &Speaker) {
    let lex = speakers::lexicon();
    let Some([prep, det]) = sw.get(after..after + 2) else {
        return;
    };
    if !matches!(prep.lower(), "in" | "through")
        || !matches!(
            det.lower(),
            "a" | "an" | "the" | "its" | "his" | "her" | "their"
        )
    {
        return;
    }
    // ("in a joint statement", "in a press release", "in a Facebook post": up to two
    // lowercase words or platforms before the noun.)
    let noun = sw[after + 2..]
        .iter()
        .take(3)
        .take_while(|w| !w.is_punct() && describes(w))
        .find(|w| lex.documents.contains(w.lower()));
    if let Some(noun) = noun {
        coref.note_document(speaker.clone(), noun.span.start);
    }
}
