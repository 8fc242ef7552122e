//! The appositive stage: a name and a description of the same speaker side by side
//! between commas — "the foreign minister, Sergei Lavrov, said", "Sergei Lavrov, the
//! foreign minister, said", "X, a spokesman for Y, said", "Quina Jones, 25, said",
//! "said the envoy, Ghassan Salame." The whole phrase is the source; the name is its head.
use super::gender;
use super::mentions::person_names;
use super::source::{is_np_word, is_pronoun, np_after_cue, np_back, np_forward, Inside, Phrase};
use super::speakers;
use super::words::Word;

/// How many words an appositive may have ("one of the states suing the agency").
const MAX_APPOSITIVE: usize = 25;
/// How many words a description may run back from the cue to its comma ("Ana Ruiz, a
/// witness to the hanging said").
const DESCRIPTION_REACH: usize = 8;

/// How many appositives may stand in a row.
const MAX_CHAIN: usize = 3;

/// Whether words `a..b` read as a description of a person: they open with a determiner,
/// a relative pronoun, a number or a role, or they are a person's name.
fn is_description(sw: &[Word], a: usize, b: usize) -> bool {
    let Some(first) = sw.get(a).filter(|_| a < b) else {
        return false;
    };
    let lex = speakers::lexicon();
    // "The report, by the National Audit Office, said": who wrote the document before
    // the comma.
    let by_author = first.lower() == "by"
        && a >= 2
        && sw[a - 1].text() == ","
        && lex.documents.contains(sw[a - 2].lower());
    // "the witness, identified only as Sandra Koll, told the court": the name a person
    // is given.
    let given_name = matches!(first.lower(), "identified" | "named" | "known")
        && sw[a + 1..b].iter().take(2).any(|w| w.lower() == "as");
    by_author
        || given_name
        || lex.description_openers.contains(first.lower())
        // "Chris Christie, hoping to surge in New Hampshire, called"
        || participial(first)
        // "The report, published by the league on Monday, said", "The ruling, handed
        // down by the court, said": a past participle and what follows it (a passive
        // without its "which was"), before a preposition or an adverb.
        || past_participial(sw, a, b)
        // "El Hadj Diouf, Habre's lawyer in Senegal, said"
        || first.lower().ends_with("'s")
        // "Jeff Ruiz, Sanders' campaign manager, said"
        || (first.lower().ends_with('s') && sw.get(a + 1).is_some_and(|w| w.text() == "'"))
        || first.text().chars().all(|c| c.is_ascii_digit())
        || lex.is_role_or_title(first.lower())
        // "press secretary for the White House", "information officer for a company"
        || sw[a..b.min(a + 3)]
            .iter()
            .any(|w| !w.is_capitalized() && lex.is_role_or_title(w.lower()))
        // "US District Judge for the Eastern District of Michigan": a title in capitals,
        // then where it serves.
        || (a..b.min(a + 4)).any(|j| {
            lex.is_role_or_title(sw[j].lower())
                && sw
                    .get(j + 1)
                    .is_some_and(|n| j + 1 < b && matches!(n.lower(), "for" | "of" | "at"))
        })
        || is_name(sw, a, b)
        // "University of Bristol professor Julian Marshall": a lowercase role, then the
        // person's name ending the words (not "among them ambassador Ana Ruiz", "through
        // minister Ana Ruiz": others beside the speaker, or a go-between).
        || !matches!(
            first.lower(),
            "among" | "including" | "as" | "like" | "such" | "through" | "via" | "with"
        ) && person_names(&sw[a..b]).last().is_some_and(|m| {
            let k = sw[a..b].partition_point(|w| w.span.start < m.at) + a;
            m.end == sw[b - 1].span.end
                && k > a
                && !sw[k - 1].is_capitalized()
                && lex.is_role_or_title(sw[k - 1].lower())
        })
        // "Mitch Dolan, R-Ky., said": a party and state, a place; "Steve Cohen, Democrat
        // of Tennessee, told": a party of a state.
        || (b - a <= 4 && sw[a..b].iter().all(|w| w.is_capitalized() || w.is_punct()))
        || ((3..=5).contains(&(b - a))
            && sw[a].is_capitalized()
            && matches!(sw[a + 1].lower(), "of" | "from")
            && sw[a + 2..b].iter().all(|w| w.is_capitalized() || w.is_punct()))
}

/// "According to Tomas Berg, a group of policemen raided the parish center, …": a verb
/// in the past with its object ("raided the") makes a clause, no description ("an
/// official accused of fraud", "a lawyer who represented the family" are ones).
fn has_finite_verb(words: &[Word]) -> bool {
    let relative = words
        .iter()
        .position(|w| matches!(w.lower(), "who" | "which" | "that" | "whose"))
        .unwrap_or(words.len());
    words[..relative].windows(2).skip(1).any(|pair| {
        let (verb, next) = (&pair[0], &pair[1]);
        !verb.is_capitalized()
            && verb.lower().ends_with("ed")
            && super::casing::is_verb_form(verb.lower())
            && matches!(
                next.lower(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
    })
}

/// "17-year-old", "43-year-old".
pub fn is_age(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) && word.ends_with("-old")
}

/// Whether words `a..b` are exactly a person's name.
fn is_name(sw: &[Word], a: usize, b: usize) -> bool {
    // "A woman in the class, Nicole, said": a known first name alone (not a word of
    // time: "On Sunday, witnesses said").
    if b == a + 1 && sw[a].is_capitalized() && super::gender::is_first_name(sw[a].text()) {
        return !speakers::lexicon().time.contains(sw[a].lower());
    }
    // "doctoral candidate Mark Thind", "spokesman Ali Benali": lowercase words ending on
    // a role or a title before the name, opening the sentence or after a comma (not
    // "in a statement by foreign minister Julio Londono, the government said").
    let lex = speakers::lexicon();
    let named_from = (a..b).find(|&k| sw[k].is_capitalized()).unwrap_or(b);
    // ("state Sen. Ivo Marr": or before a capitalised title.)
    let role_before = named_from > a
        && (a == 0 || sw[a - 1].is_punct())
        && named_from - a <= 2
        && sw[a..named_from].iter().all(|w| !w.is_punct())
        && (lex.is_role_or_title(sw[named_from - 1].lower())
            || lex.titles.contains(sw[named_from].lower())
            // ("A survivor, 17-year-old Abdi Farah, said": or an age.)
            || is_age(sw[named_from - 1].lower()));
    let a = if role_before { named_from } else { a };
    let names = person_names(&sw[a..b]);
    names.len() == 1
        && sw[a..b]
            .iter()
            .all(|w| w.is_capitalized() || w.is_punct() || w.lower().len() <= 3)
}

/// Whether words `a..b`, after a document's noun and a comma, open on a past participle
/// followed by a preposition or an adverb ("published by", "issued on", "handed down",
/// "unsealed in", "seen by"): a reduced passive clause that describes the document.
fn past_participial(sw: &[Word], a: usize, b: usize) -> bool {
    let lex = speakers::lexicon();
    let document = |k: usize| !sw[k].is_capitalized() && lex.documents.contains(sw[k].lower());
    // ("A report by the Kessel Rights League, presented to …": or after its author.)
    let after_author = || {
        (1..a.saturating_sub(1))
            .rev()
            .take_while(|&k| {
                sw[k].is_capitalized() || matches!(sw[k].lower(), "the" | "of" | "for" | "and")
            })
            .last()
            .is_some_and(|k| {
                k >= 2 && matches!(sw[k - 1].lower(), "by" | "from") && document(k - 2)
            })
    };
    let after_document = a >= 2 && sw[a - 1].text() == "," && (document(a - 2) || after_author());
    let Some(first) = sw
        .get(a)
        .filter(|w| after_document && !w.is_capitalized() && !w.is_punct())
    else {
        return false;
    };
    let l = first.lower();
    let participle = (l.ends_with("ed") && l.chars().count() > 4)
        || lex.issuing_verbs.contains(l)
        || matches!(
            l,
            "seen" | "written" | "given" | "shown" | "drawn" | "held" | "made"
        );
    participle
        && b > a + 1
        && (lex.time.contains(sw[a + 1].lower())
            || matches!(
                sw[a + 1].lower(),
                "by" | "on"
                    | "in"
                    | "at"
                    | "last"
                    | "earlier"
                    | "this"
                    | "down"
                    | "up"
                    | "out"
                    | "to"
                    | "from"
                    | "after"
                    | "before"
                    | "during"
                    | "with"
                    | "online"
                    | "late"
                    | "early"
                    | "shortly"
                    | "overnight"
            ))
}

/// A lowercase -ing word that opens a participial phrase ("hoping", "wearing").
pub fn participial(w: &Word) -> bool {
    !w.is_capitalized() && w.lower().len() > 5 && w.lower().ends_with("ing")
}

/// The head of a phrase made of parts: the first part that is a person's name ("Al
/// Jazeera's head of Incubation and Innovation Research, Morad Rayyan,"), else the first
/// that holds one, else the first part. A participial phrase or a relative clause is
/// never the head ("Guardado, wearing an Olive Green uniform,").
fn head_of(sw: &[Word], parts: &[(usize, usize)]) -> (usize, usize) {
    // "Relatives of the kidnapped aid worker, Clara Meier,", "The parents of the hostage,
    // Clara Meier,": one name after people in the plural "of" or "for" someone names
    // that someone; the people, with the name, are the head.
    // ("Sources close to the foreign minister, Ines Cardoso,": or "close to".)
    if let [(a0, b0), (a1, b1), ..] = *parts {
        let lex = speakers::lexicon();
        let people_of = (a0 + 1..b0).any(|j| {
            let (role, of) = (&sw[j - 1], &sw[j]);
            (matches!(of.lower(), "of" | "for")
                || (of.lower() == "close" && sw.get(j + 1).is_some_and(|t| t.lower() == "to")))
                && (!role.is_capitalized() || j - 1 == a0)
                && super::coreference::is_plural(role.lower())
                && (lex.roles.contains(role.lower()) || lex.relations.contains(role.lower()))
        });
        if people_of && is_name(sw, a1, b1) {
            return (a0, b1);
        }
    }
    // (Nor a relative clause: "The foreign minister, who accompanied President Ana Ruiz
    // to Lisbon, said".)
    // (Nor, after the first, a phrase that opens on a preposition of where or when: "The
    // Secretary-General, in a message delivered by Lena Osei, said"; "through" the
    // minister, the minister speaks for the government.)
    let placed = |a: usize| {
        a > parts[0].0
            && matches!(
                sw[a].lower(),
                "in" | "during" | "at" | "on" | "with" | "after"
            )
    };
    let candidates = || {
        parts.iter().copied().filter(|&(a, _)| {
            !participial(&sw[a])
                && !matches!(sw[a].lower(), "who" | "which" | "whose" | "whom")
                && !placed(a)
        })
    };
    // "one media outlet, Direland,": a part all in capitals after a description is the
    // name of what it describes.
    // ("His party, the Democratic Movement,": after its article.)
    let proper = |(a, b): (usize, usize)| {
        let a = a + usize::from(sw[a].lower() == "the" && b > a + 1);
        sw[a..b].iter().all(|w| w.is_capitalized() || w.is_punct())
            && !speakers::lexicon().is_role_or_title(sw[a].lower())
    };
    // ("His party, the Democratic Movement,", "Norland's main opposition body, the
    // Higher Opposition Council,": a body's word ending the first part describes too.)
    let (a0, b0) = parts[0];
    let described = speakers::lexicon()
        .description_openers
        .contains(sw[a0].lower())
        || (b0 > a0 + 1 && speakers::lexicon().is_body_word(sw[b0 - 1].lower()));
    // "Arias, 1987 Nobel Peace Prize winner for …," "Ruiz, a lawyer for Tomas Berg,": a
    // surname alone before its description is the head, not a name inside the
    // description.
    let surname = |(a, b): (usize, usize)| {
        b == a + 1
            && sw[a].is_capitalized()
            && !super::casing::is_common(sw[a].lower())
            && !speakers::lexicon().is_role_or_title(sw[a].lower())
    };
    // "the director of Al-Nour Hospital in Ain Sabra, Dr Karim Saleh,": a name that a
    // title or a known first name opens is a person's before one that none opens.
    let titled = |(a, b): (usize, usize)| {
        is_name(sw, a, b)
            && (speakers::lexicon().titles.contains(sw[a].lower())
                || super::gender::is_first_name(sw[a].text()))
    };
    candidates()
        .find(|&(a, b)| is_name(sw, a, b))
        .map(|p| {
            if titled(p) {
                p
            } else {
                candidates().find(|&q| titled(q)).unwrap_or(p)
            }
        })
        .or_else(|| candidates().next().filter(|&p| surname(p)))
        .or_else(|| candidates().find(|&(a, b)| !person_names(&sw[a..b]).is_empty()))
        .or_else(|| {
            described
                .then(|| candidates().skip(1).find(|&p| proper(p)))
                .flatten()
        })
        .unwrap_or(parts[0])
}

/// The source phrase that ends at `end` (the cue, after its adverbs), with appositives
/// before the cue: "Sergei Lavrov, the foreign minister, said". `None` when the words
/// before the cue are no noun phrase.
pub fn backward(sw: &[Word], end: usize, inside: Inside) -> Option<Phrase> {
    if end == 0 {
        return None;
    }
    // "President Alan Garcia, who said that …", "organizations who claimed that …",
    // "the Islamic State group which said": the phrase the relative pronoun stands for.
    // ("a statement that urges": "that" after a document's noun too.)
    let document_that = sw[end - 1].lower() == "that"
        && end >= 2
        && speakers::lexicon().documents.contains(sw[end - 2].lower());
    if (super::words::is_relative_pronoun(&sw[end - 1]) && sw[end - 1].lower() != "that"
        || document_that)
        && end >= 2
    {
        let before = if sw[end - 2].text() == "," {
            end - 2
        } else {
            end - 1
        };
        // "a statement on the issue which claimed": "which" stands for a body only, a
        // phrase that ends on a name or a body's word.
        let phrase = backward(sw, before, inside)?;
        // ("defending the base on Saturday who had said": never a word of time.)
        let timed = speakers::lexicon()
            .time
            .contains(sw[phrase.head.1 - 1].lower());
        let phrase = if sw[end - 1].lower() == "who" {
            (!timed).then(|| person_after_of(sw, phrase))
        } else if let Some(document) = document_in(sw, &phrase) {
            Some(document)
        } else {
            ends_a_body(&sw[phrase.head.1 - 1]).then_some(phrase)
        }?;
        // The relative pronoun is the cue's subject, the words in the text for its
        // speaker (as "he" is); the phrase it stands for names the speaker.
        return Some(Phrase {
            start: end - 1,
            end,
            head: phrase.head,
        });
    }
    if let Some(phrase) = between_dashes(sw, end, inside) {
        return Some(phrase);
    }
    if sw[end - 1].text() != "," {
        if let Some(k) = speaking_before(sw, end, inside).or_else(|| in_document(sw, end)) {
            return backward(sw, k, inside);
        }
        if let Some(phrase) = relative(sw, end, inside) {
            return Some(named_before_article(sw, phrase));
        }
        let start = np_back(sw, end, inside);
        if start >= end {
            return None;
        }
        if let Some(phrase) = acronym_after_place(sw, start, end) {
            return Some(phrase);
        }
        if let Some(phrase) = named_before_description(sw, start, end, inside) {
            return Some(phrase);
        }
        let phrase = located(sw, start, end, inside)
            .or_else(|| placed_after_time(sw, start, end, inside))
            .or_else(|| object_of_preposition(sw, start, end, inside))
            .unwrap_or(Phrase::plain(start, end));
        // "Ana Ruiz, researcher at Human Rights Watch said": the description reaches back
        // over its place.
        let phrase = (phrase.start < start)
            .then(|| named_before_description(sw, phrase.start, end, inside))
            .flatten()
            .unwrap_or(phrase);
        return Some(named_before_article(sw, phrase));
    }
    // "The Aam Party in Goa, in its statement, said": the document between commas is
    // where the phrase before it spoke.
    if let Some(k) = occasion(sw, end - 1).filter(|&k| k >= 2 && sw[k - 1].text() == ",") {
        return backward(sw, k - 1, inside);
    }
    described_back(sw, end, inside).or_else(|| relative_with_commas(sw, end - 1, inside))
}

/// "A letter from Olaf Brenn to the minister warned", "A communiqué issued by the Seravin
/// Council at the end of its summit said": a phrase of lowercase words after "to" or "at"
/// that follows a name (not a role: "an adviser to the president" is one description) is
/// that preposition's object, no speaker; the phrase before it speaks.
fn object_of_preposition(sw: &[Word], start: usize, end: usize, inside: Inside) -> Option<Phrase> {
    let prep = start.checked_sub(1)?;
    let before = sw.get(prep.checked_sub(1)?)?;
    // (Not a name after it: "the Royal Society for the Prevention of Cruelty to Animals",
    // "the permanent representative of Malaysia to the UN Ramlan Ibrahim".)
    if !matches!(sw[prep].lower(), "to" | "at")
        || sw[start..end].iter().any(Word::is_capitalized)
        || inside(before)
        || !before.is_capitalized()
        || speakers::lexicon().is_role_or_title(before.lower())
    {
        return None;
    }
    let phrase = backward(sw, prep, inside)?;
    (phrase.end == prep).then_some(Phrase {
        start: phrase.start,
        end,
        head: phrase.head,
    })
}

/// "the testimony of a survivor who told": "who" stands for a person, so a phrase of a
/// thing "of" a role (an article, then a role that ends the phrase) is that role's.
fn person_after_of(sw: &[Word], phrase: Phrase) -> Phrase {
    let lex = speakers::lexicon();
    let (a, b) = phrase.head;
    let Some(of) = (a + 1..b.saturating_sub(2)).rfind(|&j| sw[j].lower() == "of") else {
        return phrase;
    };
    let thing = &sw[of - 1];
    let person_word = |w: &Word| {
        let l = w.lower();
        lex.is_role_or_title(l) || lex.relations.contains(l) || lex.is_body_word(l)
    };
    let role_after = matches!(sw[of + 1].lower(), "a" | "an" | "the" | "one")
        && !sw[b - 1].is_capitalized()
        && lex.roles.contains(sw[b - 1].lower())
        && sw[of + 1..b]
            .iter()
            .all(|w| !w.is_punct() && !w.is_capitalized());
    if thing.is_capitalized() || person_word(thing) || !role_after {
        return phrase;
    }
    Phrase {
        start: of + 1,
        end: phrase.end,
        head: (of + 1, b),
    }
}

/// "Mr. Slinker, whose latest start-up, Paradata, uses big data …, said": a relative
/// clause with commas of its own, between the phrase it describes and the comma before
/// the cue (`comma`).
fn relative_with_commas(sw: &[Word], comma: usize, inside: Inside) -> Option<Phrase> {
    let k = (comma.saturating_sub(MAX_APPOSITIVE)..comma)
        .rev()
        .take_while(|&j| !inside(&sw[j]) && !matches!(sw[j].text(), ";" | ":" | "“" | "”" | "\""))
        .find(|&j| {
            matches!(sw[j].lower(), "who" | "whose" | "whom") && j >= 2 && sw[j - 1].text() == ","
        })?;
    let start = np_back(sw, k - 1, inside);
    (start < k - 1 && !person_names(&sw[start..k - 1]).is_empty()).then_some(Phrase {
        start,
        end: comma,
        head: (start, k - 1),
    })
}

/// The phrase described by a relative clause (", who …") that holds the words from
/// `start` on: "who" follows a comma, and no comma, quote or clause mark stands between
/// it and `start`.
fn relative_holding(sw: &[Word], start: usize, end: usize, inside: Inside) -> Option<Phrase> {
    let who = (start.saturating_sub(MAX_APPOSITIVE)..start)
        .rev()
        .take_while(|&j| {
            !inside(&sw[j]) && !matches!(sw[j].text(), "," | ";" | ":" | "“" | "”" | "\"")
        })
        .find(|&j| matches!(sw[j].lower(), "who" | "whom"))?;
    if who < 2 || sw[who - 1].text() != "," {
        return None;
    }
    let head_start = np_back(sw, who - 1, inside);
    (head_start < who - 1).then_some(Phrase {
        start: head_start,
        end: end - 1,
        head: (head_start, who - 1),
    })
}

/// Reads back from the comma before the cue (`end - 1`) over up to three comma-delimited
/// descriptions to the phrase they describe.
fn described_back(sw: &[Word], end: usize, inside: Inside) -> Option<Phrase> {
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut comma = end - 1;
    // The phrase found so far, when a longer one may stand before it.
    let mut fallback = None;
    for _ in 0..=MAX_CHAIN {
        let start = np_back(sw, comma, inside);
        // "The chief economist at Halden Bank, Priya Colquhoun, said": a role "at" or
        // "with" a body reaches back over its preposition, as one "of" it does.
        // ("The spokesman for the police in Gorima State, Yusuf Dankaka, said": so does
        // one "in" a place, also after a body's word.)
        // ("The Police Public Relations Officer (PPRO) in Gorima State, …": a role's
        // title capitalised, and its acronym, too.)
        let lex = speakers::lexicon();
        let acronym = start >= 5
            && sw[start - 2].text() == ")"
            && sw[start - 3].is_acronym()
            && sw[start - 4].text() == "(";
        let before = if acronym {
            start - 5
        } else {
            start.saturating_sub(2)
        };
        let start = if start >= 2
            && start < comma
            && match sw[start - 1].lower() {
                "at" | "with" => {
                    !sw[before].is_capitalized() && lex.roles.contains(sw[before].lower())
                }
                "in" => {
                    lex.is_role_or_title(sw[before].lower())
                        || (!sw[before].is_capitalized() && lex.is_body_word(sw[before].lower()))
                }
                _ => false,
            } {
            np_back(sw, before + 1, inside).min(start)
        } else {
            start
        };
        let described = start < comma
            && !(start > 0
                && sw[start - 1].text() == ","
                && speakers::lexicon()
                    .description_openers
                    .contains(sw[start].lower()));
        // "Ade Kwarra, who was represented by the Senate Leader, Ayodele Ogunmola,
        // said", "The governor, who spoke through his deputy, Ada Obi, said": a phrase
        // inside a relative clause is its object; the speaker is the one it describes.
        if described && !parts.is_empty() {
            if let Some(phrase) = relative_holding(sw, start, end, inside) {
                return Some(phrase);
            }
        }
        // "Speaking to Agence France-Presse, the president of …, Jamel Msallem, said",
        // "In a news briefing, the director, Dr Ana Ruiz, said": a phrase after a
        // preposition is its object, not the speaker.
        if described
            && !parts.is_empty()
            && start > 0
            && matches!(
                sw[start - 1].lower(),
                "to" | "with" | "from" | "about" | "for" | "by" | "on" | "at" | "in" | "during"
            )
            && (sw.first().is_some_and(|w| w.lower().ends_with("ing"))
                || super::source::opens_sentence(sw, start - 1, inside))
            && !sw[..start].iter().any(|w| w.text() == ",")
        {
            return Some(Phrase {
                start: parts[0].0,
                end: end - 1,
                head: head_of(sw, &parts),
            });
        }
        // "At the Metropolitan Cathedral, the bishop said", "After meeting President
        // Alfredo Montenegro, the bishop said": a phrase of place or time opening the
        // sentence ([`fronted_object`]) stands before the subject, not beside it.
        if described && !parts.is_empty() && fronted_object(sw, start, comma, inside) {
            return Some(Phrase {
                start: parts[0].0,
                end: end - 1,
                head: head_of(sw, &parts),
            });
        }
        // "John Smith, of Boston, a spokesman for the group, said", "Anderson Cooper, of
        // CNN, one of her sons, stated": "of" or "from" and a name between commas say
        // where the person is from; the phrase goes on before them.
        let from_place = start >= 2
            && start < comma
            && matches!(sw[start - 1].lower(), "of" | "from")
            && sw[start - 2].text() == ","
            && sw[start..comma]
                .iter()
                .all(|w| w.is_capitalized() || w.is_punct() || w.lower() == "the");
        if from_place {
            parts.insert(0, (start - 1, comma));
            comma = start - 2;
            continue;
        }
        // "Activists in Idlib, who asked not to be named, said", "A nurse at the
        // hospital, who …": the phrase a relative clause describes reaches back over its
        // place.
        let start = if described
            && parts.len() == 1
            && matches!(sw[parts[0].0].lower(), "who" | "whom")
            && start > 0
            && matches!(sw[start - 1].lower(), "in" | "at" | "from" | "with")
        {
            backward(sw, comma, inside).map_or(start, |p| p.start.min(start))
        } else {
            start
        };
        if described && !parts.is_empty() {
            let mut with = parts.clone();
            with.insert(0, (start, comma));
            let phrase = Phrase {
                start,
                end: end - 1,
                head: head_of(sw, &with),
            };
            // "Edgar Palacios, coordinator of the Committee (CPDN), which is made up of
            // 60 organizations, told": a role of a body after a comma, with no article,
            // describes the name before it, when one is there.
            let role_of_body = start > 0
                && sw[start - 1].text() == ","
                && !sw[start].is_capitalized()
                && speakers::lexicon().is_role_or_title(sw[start].lower())
                && sw
                    .get(start + 1)
                    .is_some_and(|w| matches!(w.lower(), "of" | "for" | "at"));
            if !role_of_body {
                return Some(phrase);
            }
            fallback = Some(phrase);
        }
        // "a resident who gave only her first name, Amina, told AFP": a name after a
        // clause that gives it names the one the clause describes.
        if described && parts.is_empty() {
            if let Some(phrase) = alias_after_clause(sw, start, comma, inside) {
                return Some(phrase);
            }
        }
        // Otherwise the words back to the previous comma are a description.
        let Some(previous) = comma_before_description(sw, comma, inside) else {
            return fallback.or_else(|| chain(sw, &parts, end));
        };
        parts.insert(0, (previous + 1, comma));
        comma = previous;
    }
    fallback
}

/// "a resident who gave only her first name, Amina,": the name at `start..comma`, after a
/// comma that closes a relative clause giving a name ("who gave her name", "who goes by
/// the name"; `[alias givers]`), is the head; the phrase opens on what the clause
/// describes.
fn alias_after_clause(sw: &[Word], start: usize, comma: usize, inside: Inside) -> Option<Phrase> {
    const CLAUSE_WORDS: usize = 8;
    let lex = speakers::lexicon();
    if start < 2 || sw[start - 1].text() != "," || !is_name(sw, start, comma) {
        return None;
    }
    let who = (start.saturating_sub(CLAUSE_WORDS + 1)..start - 1)
        .rev()
        .take_while(|&j| !sw[j].is_punct() && !inside(&sw[j]))
        .find(|&j| sw[j].lower() == "who")?;
    let gives = sw[who + 1..start - 1]
        .iter()
        .any(|w| lex.alias_givers.contains(w.lower()) || matches!(w.lower(), "name" | "names"));
    if !gives {
        return None;
    }
    let role_start = np_back(sw, who, inside);
    (role_start < who).then_some(Phrase {
        start: role_start,
        end: comma,
        head: (start, comma),
    })
}

/// Whether the words `start..comma` are the object that ends a phrase of place or time
/// opening the sentence: it opens with a preposition (`[fronting prepositions]`), runs
/// without a comma or a quote to `comma` (but the one between a role and the name beside
/// it), and the words are the preposition's, a gerund's, a determiner's or a role's ("At
/// the Metropolitan Cathedral,", "After meeting President Alfredo Montenegro,"; not "On
/// Wednesday morning Udo Marr,", whose name follows a complete phrase of time).
pub(super) fn fronted_object(sw: &[Word], start: usize, comma: usize, inside: Inside) -> bool {
    let lex = speakers::lexicon();
    let Some(first) = sw.iter().position(|w| !w.is_punct()) else {
        return false;
    };
    // ("In a statement signed by his spokesman, Femi Bankole, the President said": or
    // a name beside a role that ends the phrase.)
    let role_named = start >= 2
        && sw[start - 1].text() == ","
        && !sw[start - 2].is_capitalized()
        && lex.is_role_or_title(sw[start - 2].lower())
        && !lex.documents.contains(sw[start - 2].lower());
    let phrase_end = if role_named { start - 1 } else { comma };
    let governed = start <= first + 1
        || role_named
        || sw.get(start - 1).is_some_and(|w| {
            let l = w.lower();
            !w.is_capitalized()
                && !lex.time.contains(l)
                && (lex.fronting_prepositions.contains(l)
                    || l.ends_with("ing")
                    || matches!(l, "the" | "a" | "an" | "of" | "to" | "for" | "by"))
        });
    // ("Replying to Lata Rao, the minister said": a gerund opening the sentence with
    // its preposition opens such a phrase too; "According to Ivo Marr, a former
    // minister," names the speaker.)
    let gerund = |w: &Word| {
        let l = w.lower();
        l.len() > 6 && l.ends_with("ing") && l != "according" && !lex.is_role_or_title(l)
    };
    let opens = lex.fronting_prepositions.contains(sw[first].lower())
        || (gerund(&sw[first])
            && sw.get(first + 1).is_some_and(|w| {
                matches!(w.lower(), "to" | "on" | "about")
                    || lex.fronting_prepositions.contains(w.lower())
            }));
    first < phrase_end
        && governed
        && opens
        && !sw[first..phrase_end]
            .iter()
            .any(|w| w.text() == "," || inside(w))
        && !sw[start..comma]
            .iter()
            .any(|w| w.text() == "," || inside(w))
}

/// The comma before the words that end at `comma` when those words are a description
/// (`None` when no comma is found before them or they describe nothing).
fn comma_before_description(sw: &[Word], comma: usize, inside: Inside) -> Option<usize> {
    let from = comma.saturating_sub(MAX_APPOSITIVE);
    let previous = (from..comma)
        .rev()
        .find(|&j| matches!(sw[j].text(), "," | ";" | ":" | "“" | "”" | "\"") || inside(&sw[j]))?;
    let (a, b) = (previous + 1, comma);
    (sw[previous].text() == "," && a < b && is_description(sw, a, b)).then_some(previous)
}

/// "On Wednesday, however, the director of the agency, Ana Ruiz, said": where no phrase
/// stands before a chain of comma-delimited parts (an opening phrase or a connective
/// does), the chain itself is the speaker's phrase when one of its parts is exactly a
/// person's name and another opens with an article.
fn chain(sw: &[Word], parts: &[(usize, usize)], end: usize) -> Option<Phrase> {
    let named = parts.iter().any(|&(a, b)| is_name(sw, a, b));
    let described = parts
        .iter()
        .any(|&(a, _)| matches!(sw[a].lower(), "the" | "a" | "an"));
    (parts.len() >= 2 && named && described).then(|| Phrase {
        start: parts[0].0,
        end: end - 1,
        head: head_of(sw, parts),
    })
}

/// "The Syrian Observatory for Human Rights - which monitors the conflict - said": a
/// description between dashes before the cue describes the phrase before it, the head.
/// "The minister — Ana Ruiz — said": a person's name between dashes names the one the
/// phrase before describes, and is the head.
fn between_dashes(sw: &[Word], end: usize, inside: Inside) -> Option<Phrase> {
    if !sw[end - 1].is_dash() {
        return None;
    }
    let close = end - 1;
    let open = (close.saturating_sub(MAX_APPOSITIVE)..close)
        .rev()
        .take_while(|&j| !inside(&sw[j]) && !matches!(sw[j].text(), ";" | ":" | "“" | "”" | "\""))
        .find(|&j| sw[j].is_dash())?;
    let start = np_back(sw, open, inside);
    if start >= open {
        return None;
    }
    let head = if is_name(sw, open + 1, close)
        && !is_name(sw, start, open)
        && is_description(sw, start, open)
    {
        (open + 1, close)
    } else if is_description(sw, open + 1, close) {
        (start, open)
    } else {
        return None;
    };
    Some(Phrase {
        start,
        end: close,
        head,
    })
}

/// Whether a phrase ending on `last` can be what "which" stands for: a name or a body's
/// word ("the Islamic State group which said"; not "a statement on the issue which").
fn ends_a_body(last: &Word) -> bool {
    last.is_capitalized() || speakers::lexicon().orgs.contains(last.lower())
}

/// "The ministry issued a statement which said …", "the resolution which said": a
/// phrase ending on a document's noun; its last determiner and the words after it name
/// the document, which speaks for its author.
fn document_in(sw: &[Word], p: &Phrase) -> Option<Phrase> {
    const DOCUMENT_WORDS: usize = 4;
    if !speakers::lexicon()
        .documents
        .contains(sw[p.end - 1].lower())
    {
        return None;
    }
    let det = (p.start..p.end - 1).rev().find(|&k| {
        matches!(
            sw[k].lower(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        )
    })?;
    (p.end - det <= DOCUMENT_WORDS).then_some(Phrase::plain(det, p.end))
}

/// "Ana Ruiz, a Hollywood Sign Trust spokesperson said", "Nurta Hussein, another
/// resident said:", "Ana Ruiz, researcher at Human Rights Watch said" (no comma before
/// the cue): a description with an article or a role first after a name and a comma
/// describes the name, the head.
fn named_before_description(
    sw: &[Word],
    start: usize,
    end: usize,
    inside: Inside,
) -> Option<Phrase> {
    // "the spokesman", and "researcher at Human Rights Watch" (no article, a role first;
    // "CEO of the Maersk Line": an acronym of a role).
    let described = |d: usize| {
        let w = &sw[d];
        matches!(w.lower(), "a" | "an" | "the" | "another")
            || (speakers::lexicon().is_role_or_title(w.lower())
                && (!w.is_capitalized() || w.is_acronym()))
    };
    // "Ana Ruiz, a witness to the hanging said": the phrase before the cue is the end
    // of the description; it opens after the comma a few words back, with no clause.
    let opens = if start >= 2 && sw[start - 1].text() == "," {
        start
    } else {
        let comma = (start.saturating_sub(DESCRIPTION_REACH)..start)
            .rev()
            .take_while(|&k| !inside(&sw[k]) && (sw[k].text() == "," || !sw[k].is_punct()))
            .find(|&k| sw[k].text() == ",")?;
        let within = &sw[comma + 1..end];
        if within.iter().any(|w| {
            matches!(w.lower(), "who" | "which" | "that" | "and" | "but")
                || super::words::is_be(w.lower())
        }) || has_finite_verb(within)
        {
            return None;
        }
        comma + 1
    };
    if !described(opens) || opens < 2 {
        return None;
    }
    let comma = opens - 1;
    let name_start = np_back(sw, comma, inside);
    // "… were killed in Eastern Ghouta, the Syrian Observatory for Human Rights said": a
    // name after a preposition of place is a place, the phrase after the comma the speaker.
    let place = name_start > 0
        && speakers::lexicon()
            .place_prepositions
            .contains(sw[name_start - 1].lower());
    // ("After meeting President Alfredo Montenegro, the bishop said": the name ends a
    // phrase that opens the sentence.)
    let fronted = fronted_object(sw, name_start, comma, inside);
    (name_start < comma && !place && !fronted && is_name(sw, name_start, comma)).then_some(Phrase {
        start: name_start,
        end,
        head: (name_start, comma),
    })
}

/// "Rami an Aleppo resident said", "the Observatory an anti-Assad group said", "says
/// Mustafa a 48-year-old man" (text without commas): capitalised words, then "a"/"an"
/// and a description of them; the capitalised words are the head.
fn named_before_article(sw: &[Word], phrase: Phrase) -> Phrase {
    let from = phrase.start + usize::from(sw[phrase.start].lower() == "the");
    let Some(j) =
        (from + 1..phrase.end.saturating_sub(1)).find(|&j| matches!(sw[j].lower(), "a" | "an"))
    else {
        return phrase;
    };
    // ("In a statement to SANA a source at the Police Command said": a body named after
    // "to" is whom the words went to; the description after it speaks. Not "according
    // to the Observatory a Britain-based group", nor "Speaking to Anadolu Agency Yusuf
    // el-Bustani a local activist said": a person's name in the run is the speaker.)
    let recipient = phrase.start > 0
        && matches!(sw[phrase.start - 1].lower(), "to" | "told")
        && !(phrase.start >= 2 && sw[phrase.start - 2].lower() == "according")
        && person_names(&sw[from..j]).is_empty();
    if recipient {
        return Phrase {
            start: j,
            end: phrase.end,
            head: (j, phrase.end),
        };
    }
    // ("the Syrian Observatory for Human Rights a Britain-based group": joining words
    // inside the name.)
    let named = sw[from].is_capitalized()
        && sw[j - 1].is_capitalized()
        && sw[from..j]
            .iter()
            .all(|w| w.is_capitalized() || matches!(w.lower(), "of" | "for" | "and" | "de"));
    if named {
        Phrase {
            head: (from, j),
            ..phrase
        }
    } else {
        phrase
    }
}

/// "Ana Ruiz on Monday in Geneva said", "ARIAS TODAY IN SAN JOSE ANNOUNCED": a place
/// after "in" or "at" (the phrase `start..end`), with a time before it, says where the
/// speaker spoke; the speaker is the name before the time.
fn placed_after_time(sw: &[Word], start: usize, end: usize, inside: Inside) -> Option<Phrase> {
    let lex = speakers::lexicon();
    let prep = start.checked_sub(1)?;
    if !matches!(sw[prep].lower(), "in" | "at") || !sw[start..end].iter().all(Word::is_capitalized)
    {
        return None;
    }
    let time_start = (0..prep)
        .rev()
        .take_while(|&j| {
            let w = sw[j].lower();
            !inside(&sw[j]) && (lex.time.contains(w) || w == "on")
        })
        .last()?;
    let name_start = np_back(sw, time_start, inside);
    let named = name_start < time_start && !person_names(&sw[name_start..time_start]).is_empty();
    // ("Arias today in San Jose": a surname alone.)
    let surname = time_start == name_start + 1 && sw[name_start].is_capitalized();
    (named || surname).then_some(Phrase {
        start: name_start,
        end,
        head: (name_start, time_start),
    })
}

/// "Rice's deputy Tony Blinken speaking at the Carnegie Endowment said" (text without
/// commas), "A senior official accompanying the secretary to Romania said": where a
/// participle of speaking, then its place or audience, or one of going with or to someone
/// and its object, stands between the speaker and the cue ending at `end`, that
/// participle's position.
fn speaking_before(sw: &[Word], end: usize, inside: Inside) -> Option<usize> {
    const REACH: usize = 12;
    const SPEAKING: &[&str] = &["speaking", "talking", "writing", "testifying", "appearing"];
    const GOING: &[&str] = &["accompanying", "visiting", "addressing", "attending"];
    // ("Residents reached by phone said", "a doctor contacted by AFP said": how the
    // speaker was reached.)
    const REACHED: &[&str] = &["reached", "contacted", "interviewed", "quoted"];
    let k = (end.saturating_sub(REACH)..end)
        .rev()
        .take_while(|&j| !sw[j].is_punct() && !inside(&sw[j]))
        .find(|&j| {
            SPEAKING.contains(&sw[j].text())
                || GOING.contains(&sw[j].text())
                || REACHED.contains(&sw[j].text())
        })?;
    let object = sw.get(k + 1).is_some_and(|w| {
        if REACHED.contains(&sw[k].text()) {
            w.lower() == "by" && k + 2 < end
        } else if SPEAKING.contains(&sw[k].text()) {
            matches!(
                w.lower(),
                "at" | "to" | "in" | "on" | "before" | "from" | "with" | "during"
            )
        } else {
            !w.is_punct() && k + 1 < end
        }
    });
    // ("the visiting minister said": after a determiner the participle is an adjective.)
    let adjective = k > 0 && speakers::DETERMINERS.contains(&sw[k - 1].lower());
    (k > 0 && object && !sw[k - 1].is_punct() && !adjective).then_some(k)
}

/// "Spokesman Ned Price in a statement said", "Ruiz in a televised address said" (no
/// commas): the document or the occasion after "in" right before the cue is where the
/// phrase before it spoke. Where "in" is, if so.
fn in_document(sw: &[Word], end: usize) -> Option<usize> {
    occasion(sw, end).filter(|&k| k > 0 && !sw[k - 1].is_punct() && is_np_word(&sw[k - 1]))
}

/// Where "in" opens the words that end at `end` when they name a document or an
/// occasion of the phrase before them ("in a statement", "in its televised address").
fn occasion(sw: &[Word], end: usize) -> Option<usize> {
    let lex = speakers::lexicon();
    let noun = end.checked_sub(1)?;
    if !lex.documents.contains(sw[noun].lower())
        && !matches!(
            sw[noun].lower(),
            "interview" | "address" | "speech" | "briefing" | "conference"
        )
    {
        return None;
    }
    let k = (noun.saturating_sub(4)..noun)
        .rev()
        .find(|&j| sw[j].lower() == "in")?;
    let words = &sw[k + 1..noun];
    let described = words.first().is_some_and(|w| {
        matches!(
            w.lower(),
            "a" | "an" | "the" | "his" | "her" | "its" | "their"
        )
    }) && words.iter().all(|w| !w.is_punct() && !w.is_capitalized());
    described.then_some(k)
}

/// "Army officers who asked to remain anonymous said", "a resident who fled the town
/// told …": the phrase before a relative clause that runs up to the cue, without commas.
fn relative(sw: &[Word], end: usize, inside: Inside) -> Option<Phrase> {
    const REACH: usize = 16;
    // Past this many words, a clause that ends on a phrase with a capitalised word ends
    // on the cue's own subject ("… the Levant which is spearheading an offensive in Iraq
    // and rebels the Syrian Observatory said"), not on the relative clause's object.
    const PLAIN_REACH: usize = 12;
    let from = end.saturating_sub(REACH);
    let who = (from..end)
        .rev()
        .take_while(|&j| !sw[j].is_punct() && !inside(&sw[j]))
        // ("A woman whose husband is missing said:": "whose" opens one too.)
        .find(|&j| matches!(sw[j].lower(), "who" | "which" | "whose"))
        // (Not "some of whose combatants": the words before it are the clause's.)
        .filter(|&j| !(sw[j].lower() == "whose" && j > 0 && sw[j - 1].lower() == "of"))?;
    let own_name = || {
        let own = np_back(sw, end, inside);
        own > who && sw[own..end].iter().any(Word::is_capitalized)
    };
    // (Nor when a clause of its own inside ends the relative clause: "… onlookers who
    // gathered at the scene of the bombing to evacuate the area because there were
    // reports that …".)
    let subordinate = || {
        sw[who + 1..end].iter().any(|w| {
            matches!(
                w.lower(),
                "because" | "although" | "though" | "while" | "whereas" | "since" | "if"
            )
        })
    };
    if who + 1 >= end || who == 0 || (end - who > PLAIN_REACH && (own_name() || subordinate())) {
        return None;
    }
    // "Goalkeeper Roman Burki, who was next to him in the bus told …": a comma may open
    // a "who" clause that no comma closes, when the clause has no subject of its own
    // ("Mr. Sanders, who said he intended": "he" is the cue's).
    let own_subject = sw
        .get(who + 1)
        .is_some_and(|w| w.is_capitalized() || is_pronoun(w))
        || is_pronoun(&sw[end - 1]);
    let np_end = if sw[who - 1].text() == "," {
        if sw[who].lower() != "who" || own_subject {
            return None;
        }
        who - 1
    } else {
        who
    };
    let start = np_back(sw, np_end, inside);
    // "An activist in Deir al-Zor who spoke on condition of anonymity told": a role in
    // a place before the clause (not when the cue has a subject of its own: "leaders in
    // Atshan who is nicknamed Abu Moussa the source confirmed").
    let cue_subject = || {
        let own = np_back(sw, end, inside);
        own < end && matches!(sw[own].lower(), "the" | "a" | "an")
    };
    if sw[who].lower() != "which" && !cue_subject() {
        if let Some(p) = located(sw, start, np_end, inside) {
            return Some(p);
        }
    }
    let lex = speakers::lexicon();
    // "which" stands for a body: a phrase ending on a name or a body's word.
    let names_someone = if sw[who].lower() == "which" {
        start < np_end && ends_a_body(&sw[np_end - 1])
    } else {
        !person_names(&sw[start..np_end]).is_empty()
            || sw[start..np_end]
                .iter()
                .any(|w| lex.roles.contains(w.lower()) || lex.orgs.contains(w.lower()))
    };
    (start < np_end && names_someone).then_some(Phrase {
        start,
        end: np_end,
        head: (start, np_end),
    })
}

/// "wounded three people in Damascus SANA said", "in the Abbasids neighbourhood of
/// northeast Damascus SANA said" (text without commas): the phrase read back from the
/// cue is the object of a place's preposition, and an acronym of three letters or more
/// that ends it is the speaker; the words before it say where. (Not a phrase holding a
/// role's or a body's word: "in the office of the UNHCR said" has no speaker there.)
fn acronym_after_place(sw: &[Word], start: usize, end: usize) -> Option<Phrase> {
    let lex = speakers::lexicon();
    let acronym = &sw[end - 1];
    // (Up to two lowercase words between: "in northern Kessel KNA said".)
    let after_place_word = (1..=3).any(|n| {
        start >= n
            && lex.place_prepositions.contains(sw[start - n].lower())
            && sw[start - n + 1..start]
                .iter()
                .all(|w| !w.is_punct() && !w.is_capitalized() && !lex.is_role_or_title(w.lower()))
    });
    let names_place = sw[start..end - 1].iter().all(|w| {
        !w.is_punct()
            && !w.is_acronym()
            && !lex.is_role_or_title(w.lower())
            && !lex.is_body_word(w.lower())
            && !gender::is_first_name(w.text())
    });
    (after_place_word
        && end - start >= 2
        && acronym.is_acronym()
        && acronym.text().len() >= 3
        && !acronym.text().chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && names_place)
        .then(|| Phrase::plain(end - 1, end))
}

/// "in Douma Ahmad Saleh" (text without commas): where a person's name opening on a
/// known first name starts after the place's first word, the capitalised words from
/// `prep + 1` to `end` after a place's preposition at `prep` (not after a saint's word:
/// "near San Salvador Volcano" names a place).
fn name_after_place(sw: &[Word], prep: usize, end: usize) -> Option<usize> {
    let m = person_names(&sw[prep..end]).into_iter().find(|m| {
        m.at > sw[prep + 1].span.start
            && m.end == sw[end - 1].span.end
            && m.name.split(' ').next().is_some_and(gender::is_first_name)
    })?;
    let k = sw.partition_point(|w| w.span.start < m.at);
    (!speakers::lexicon().saints.contains(sw[k - 1].lower())).then_some(k)
}

/// "SANA reporter in Deir Ezzor said", "activists in Idlib said": the phrase before the
/// cue is a place after "in"/"at"/"from", and before it stands a role or a body; the
/// whole is the source and the role (with what precedes it) the speaker.
fn located(sw: &[Word], start: usize, end: usize, inside: Inside) -> Option<Phrase> {
    if start >= end {
        return None;
    }
    let lex = speakers::lexicon();
    let is_prep = |w: &Word| matches!(w.lower(), "in" | "at" | "from" | "with");
    // "The North Korean ambassador to Malaysia said": the envoy speaks, not where the
    // envoy is sent.
    // (Not "the U.S. ambassador to Iraq Zalmay Khalilzad": the envoy is named.)
    if start >= 2
        && sw[start - 1].lower() == "to"
        && lex.envoys.contains(sw[start - 2].lower())
        && sw[start..end].iter().all(Word::is_capitalized)
        && person_names(&sw[start..end]).is_empty()
    {
        let head_start = np_back(sw, start - 1, inside);
        return (head_start < start - 1).then_some(Phrase {
            start: head_start,
            end,
            head: (head_start, start - 1),
        });
    }
    // "Activists in rural Idlib said", "a correspondent in rebel-held eastern Aleppo
    // said" (the place's name read alone, its lowercase words not confirmed): up to two
    // such words before a place's name belong to the place.
    let lead = (1..=2)
        .find(|&n| {
            start > n
                && is_prep(&sw[start - n - 1])
                && sw[start - n..start].iter().all(|w| {
                    !w.is_punct()
                        && !w.is_capitalized()
                        && !inside(w)
                        && !is_prep(w)
                        && !lex.is_role_or_title(w.lower())
                        && !lex.is_body_word(w.lower())
                        && !lex.np_words.contains(w.lower())
                })
                && sw[start..end].iter().all(Word::is_capitalized)
        })
        .unwrap_or(0);
    let start = start - lead;
    let prep = start.checked_sub(1)?;
    if !is_prep(&sw[prep]) || prep == 0 {
        return None;
    }
    let place = &sw[start..end];
    // "a police source in the city said": a definite place of one or two lowercase words
    // after a role; "a volunteer with the group", "director at the New York-based group"
    // (text without commas): or a body's word after other words.
    let body_last = place
        .last()
        .is_some_and(|w| !w.is_capitalized() && lex.is_body_word(w.lower()));
    let definite_place = (2..=4).contains(&place.len())
        && place[0].lower() == "the"
        && place[1..]
            .iter()
            .all(|w| !w.is_punct() && (!w.is_capitalized() || body_last))
        && (place.len() <= 3 || body_last)
        && lex.roles.contains(sw[prep - 1].lower());
    // "The group with a network of sources inside Syria said" (text without commas):
    // what a body or a role has describes it; the phrase before "with" speaks.
    if sw[prep].lower() == "with"
        && matches!(place[0].lower(), "a" | "an")
        && (lex.is_body_word(sw[prep - 1].lower()) || lex.roles.contains(sw[prep - 1].lower()))
    {
        let head_start = np_back(sw, prep, inside);
        return (head_start < prep).then_some(Phrase {
            start: head_start,
            end,
            head: (head_start, prep),
        });
    }
    if sw[prep].lower() == "with" && !(definite_place && body_last) {
        return None;
    }
    // "a spokesman from the Seismology Department of El Salvador": a name may open on
    // "the" and join its words with "of", "for" or "and".
    // ("members in the Turkish Parliament": "in" before a body only says where, read
    // whole; "Police in the U.K." is a place.)
    // ("a source at Aleppo province": a name, then the kind of place it is.)
    let kind_last = place.len() >= 2
        && place[place.len() - 2].is_capitalized()
        && lex.place_kinds.contains(place[place.len() - 1].lower());
    let place = if kind_last {
        &place[..place.len() - 1]
    } else {
        place
    };
    // (Its kind aside: "a mother in the Waar district" is a place.)
    let in_body = sw[prep].lower() == "in"
        && place
            .iter()
            .filter(|w| w.lower() != "the")
            .any(|w| !w.is_capitalized() || lex.is_body_word(w.lower()));
    let named_place = place.last().is_some_and(Word::is_capitalized)
        && place.iter().enumerate().all(|(j, w)| {
            w.is_capitalized()
                || j < lead
                || (j == 0 && w.lower() == "the" && !in_body)
                || (sw[prep].lower() != "in" && j > 0 && matches!(w.lower(), "of" | "for" | "and"))
        });
    // "residents in the city of Port Harcourt": a kind of place, then its name.
    let kind_of_place = matches!(place, [the, kind, of, name @ ..]
        if the.lower() == "the"
            && !kind.is_capitalized()
            && !kind.is_punct()
            && of.lower() == "of"
            && !name.is_empty()
            && name.iter().all(Word::is_capitalized))
        // ("police in the border province of Ruscova": a word before a kind of place.)
        || matches!(place, [the, adjective, kind, of, name @ ..]
            if the.lower() == "the"
                && !adjective.is_capitalized()
                && !adjective.is_punct()
                && lex.place_kinds.contains(kind.lower())
                && of.lower() == "of"
                && !name.is_empty()
                && name.iter().all(Word::is_capitalized));
    if !definite_place && !named_place && !kind_of_place {
        return None;
    }
    // "the head of the council in Douma Ahmad Saleh said" (text without commas): a
    // person's name after the place's first word is the head, the words before it
    // describe the person.
    if named_place {
        if let Some(name_start) = name_after_place(sw, prep, end) {
            let head_start = np_back(sw, prep, inside);
            return Some(Phrase {
                start: head_start.min(name_start),
                end,
                head: (name_start, end),
            });
        }
    }
    // "the Syrian Observatory for Human Rights based in Britain said": the body before
    // "based".
    if sw[prep - 1].lower() == "based" && prep >= 2 {
        let body_start = np_back(sw, prep - 1, inside);
        if body_start < prep - 1 {
            return Some(Phrase {
                start: body_start,
                end,
                head: (body_start, prep - 1),
            });
        }
    }
    let role = sw[prep - 1].lower();
    // "Dr. Steven Wolf at Saint Francis said": a person's name before the place.
    if sw[prep - 1].is_capitalized() {
        let name_start = np_back(sw, prep, inside);
        if name_start < prep && !person_names(&sw[name_start..prep]).is_empty() {
            return Some(Phrase {
                start: name_start,
                end,
                head: (name_start, prep),
            });
        }
    }
    // "a source at Aleppo Police Command" names the source by its institution; "a
    // reporter in Homs", "a photographer at the scene" only say where they were.
    let head_start = np_back(sw, prep, inside);
    // "the head of the health programme in Turkey said": or a role or a body earlier in
    // the phrase before the place.
    let names_role = |w: &Word| lex.is_role_or_title(w.lower()) || lex.orgs.contains(w.lower());
    // ("A 19-year-old from Dalvaria said": an age names one person too.)
    if !(lex.roles.contains(role)
        || lex.orgs.contains(role)
        || is_age(role)
        || sw[head_start..prep].iter().any(names_role))
    {
        return None;
    }
    // "a spokesperson from Hamas", "a spokesman from the health ministry": where
    // someone comes from a body, the body is part of who they are.
    let from_body = sw[prep].lower() == "from"
        && place
            .last()
            .is_some_and(|w| w.is_capitalized() || lex.orgs.contains(w.lower()));
    // "a resident in Jalalabad", "a journalist in Hasakeh": one person in a named place,
    // as the description is written (not a body there: "the Ministry of Justice in
    // Norland" is the ministry).
    let placed_one = sw[prep].lower() == "in"
        && named_place
        && !super::coreference::is_plural(role)
        && !sw[head_start..prep]
            .iter()
            .any(|w| lex.is_body_word(w.lower()));
    // ("The Coalition for Civilians in Syria", "the Russian Centre for Reconciliation in
    // Syria": a body's proper name, "for" inside it, goes on to its place.)
    let named_for_place = sw[prep].lower() == "in"
        && named_place
        && sw[head_start..prep].iter().any(|w| w.lower() == "for")
        && sw[head_start..prep]
            .iter()
            .all(|w| w.is_capitalized() || matches!(w.lower(), "the" | "for" | "of" | "and"));
    let head_end = if (sw[prep].lower() == "at" && !definite_place)
        || from_body
        || placed_one
        || named_for_place
    {
        end
    } else {
        prep
    };
    (head_start < prep).then_some(Phrase {
        start: head_start,
        end,
        head: (head_start, head_end),
    })
}

/// "…, said Ana Ruiz, a lawyer for the family.": whether the words after the comma at
/// `comma` describe the speaker before it and end the sentence (no clause goes on).
pub fn description_ends_sentence(sw: &[Word], comma: usize, inside: Inside) -> bool {
    let a = comma + 1;
    let Some(stop) = (a..sw.len().min(a + MAX_APPOSITIVE + 1)).find(|&k| {
        inside(&sw[k]) || (sw[k].is_punct() && !matches!(sw[k].text(), "(" | ")" | "-" | "'"))
    }) else {
        return false;
    };
    matches!(sw[stop].text(), "." | "!" | "?")
        && !inside(&sw[stop])
        && sw[stop + 1..].iter().all(Word::is_punct)
        && is_description(sw, a, stop)
        && !has_finite_verb(&sw[a..stop])
        && !sw[a..stop]
            .iter()
            .any(|w| super::words::is_auxiliary(w.lower()))
}

/// The source phrase after an inverted cue ("said the envoy, Ghassan Salame"), or the
/// subject of a sentence that starts at `from`: a noun phrase, and a name or a
/// description after a comma.
pub fn forward(sw: &[Word], from: usize, inside: Inside) -> Option<Phrase> {
    forward_with(sw, np_forward(sw, from, inside), from, inside)
}

/// [`forward`] for the phrase after a cue ("said a campaign veteran", "according to one
/// longtime adviser"), which may be a determiner and ordinary words ([`np_after_cue`]).
pub fn after_cue(sw: &[Word], from: usize, inside: Inside) -> Option<Phrase> {
    forward_with(sw, np_after_cue(sw, from, inside), from, inside)
}

fn forward_with(sw: &[Word], end: usize, from: usize, inside: Inside) -> Option<Phrase> {
    if end == from {
        return None;
    }
    let mut phrase = Phrase::plain(from, end);
    // "An eyewitness to the second explosion, Gabriel Gabiro, was reported as saying": a
    // role that goes on after a preposition to the comma before a name; the name is the
    // head. (One person's role: "according to sources from his party, Hector Oqueli
    // Colindres, assistant secretary …, disappeared" is what the sources said.)
    let lex = speakers::lexicon();
    let role = sw[end - 1].lower();
    let role_goes_on = !sw[end - 1].is_capitalized()
        && lex.is_role_or_title(role)
        && !super::coreference::is_plural(role)
        && sw.get(end).is_some_and(|w| {
            matches!(
                w.lower(),
                "to" | "of" | "at" | "in" | "from" | "for" | "with"
            )
        });
    if role_goes_on {
        let comma = (end + 1..(end + 1 + MAX_APPOSITIVE).min(sw.len()))
            .find(|&j| sw[j].is_punct() || inside(&sw[j]))
            .filter(|&j| sw[j].text() == ",");
        if let Some(named) = comma
            .and_then(|c| forward_with(sw, c, from, inside))
            .filter(|p| p.head.0 > end && is_name(sw, p.head.0, p.head.1))
        {
            return Some(named);
        }
    }
    // "said the head of the council in Douma Ahmad Saleh." (text without commas): a
    // person's name after a place's first word, ending the clause, is the head.
    if sw
        .get(end)
        .is_some_and(|w| lex.place_prepositions.contains(w.lower()))
    {
        let run = sw[end + 1..]
            .iter()
            .take_while(|w| w.is_capitalized() && !inside(w))
            .count();
        let stop = end + 1 + run;
        let closes = sw.get(stop).is_none_or(|w| w.is_punct() || inside(w));
        if run >= 3 && closes {
            if let Some(name_start) = name_after_place(sw, end, stop) {
                return Some(Phrase {
                    start: from,
                    end: stop,
                    head: (name_start, stop),
                });
            }
        }
    }
    // "Trust curatorial consultant, Dr Eric Kentley was optimistic": a name after the
    // comma that runs into the verb, with no closing comma, is the head.
    if sw.get(end).is_some_and(|w| w.text() == ",") && person_names(&sw[from..end]).is_empty() {
        let a = end + 1;
        let b = (a..sw.len())
            .take_while(|&j| sw[j].is_capitalized() || sw[j].text() == ".")
            .last()
            .map_or(a, |j| j + 1);
        // (Not "According to the indictment, Lukas Brenner and two co-defendants “…”":
        // a document is no one's role, and "and" joins a subject.)
        // ("Representatives Mark Kirk and Donald Manzullo have …" joins two names.)
        let joined = sw.get(b).is_some_and(|w| matches!(w.lower(), "and" | "or"))
            && sw.get(b + 1).is_none_or(|n| !n.is_capitalized());
        let verb_after = !joined
            && sw
                .get(b)
                .is_some_and(|w| !w.is_punct() && !w.is_capitalized() && !inside(w));
        let document = speakers::lexicon().documents.contains(sw[end - 1].lower());
        if b > a && verb_after && !document && is_name(sw, a, b) {
            return Some(Phrase {
                start: from,
                end: b,
                head: (a, b),
            });
        }
    }
    if sw.get(end).is_some_and(|w| w.text() == ",") {
        // ("said the surgeon, Dr. Lotte Kamp.": past a title's or an initial's dot.)
        let next_comma = (end + 1..(end + 1 + MAX_APPOSITIVE).min(sw.len())).find(|&j| {
            sw[j].is_punct()
                && !matches!(sw[j].text(), "(" | ")" | "-" | "'")
                && !(sw[j].text() == "."
                    && j > end + 1
                    && super::source::abbreviated(&sw[j - 1])
                    && sw.get(j + 1).is_some_and(Word::is_capitalized))
        });
        if let Some(c) = next_comma {
            let (a, b) = (end + 1, c);
            let closes = matches!(sw[c].text(), "," | "." | ":" | ";");
            // "one Red Cross official, Kingsley Amori": a phrase that ends on a role
            // names a body, not a person, before the name.
            let ends_on_role = !sw[end - 1].is_capitalized()
                && speakers::lexicon().is_role_or_title(sw[end - 1].lower());
            let head_has_name = !ends_on_role && !person_names(&sw[from..end]).is_empty();
            if closes && a < b && !sw[a..b].iter().any(inside) {
                // "the Swedish newspaper, Aftonbladet,", "the rights group, OutRage,": a
                // body's noun, then its name between commas.
                let lex = speakers::lexicon();
                let body_named = sw[c].text() == ","
                    && b - a <= 4
                    && !sw[end - 1].is_capitalized()
                    && (lex.orgs.contains(sw[end - 1].lower())
                        || lex.body_kinds.contains(sw[end - 1].lower()))
                    && sw[a..b].iter().all(Word::is_capitalized);
                if (is_name(sw, a, b) && !head_has_name) || body_named {
                    // "the envoy, Ghassan Salame," — the name is the head.
                    phrase = Phrase {
                        start: from,
                        end: b,
                        head: (a, b),
                    };
                } else if head_has_name
                    && is_description(sw, a, b)
                    && !has_finite_verb(&sw[a..b])
                    && sw[c].text() == ","
                {
                    // "Sergei Lavrov, the foreign minister," — the description goes with it.
                    phrase.end = b;
                }
            }
        }
    }
    // "says Mustafa a 48-year-old man who lives …" (text without commas).
    if phrase.head == (phrase.start, phrase.end) {
        phrase = named_before_article(sw, phrase);
    }
    Some(phrase)
}
