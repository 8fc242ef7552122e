//! Source phrases: the noun phrase that names who spoke, read backwards from a cue
//! ("the Interior Ministry said"), forwards after it ("said Interior Minister Ana
//! Ruiz", "according to police"), or at the start of the sentence (its subject).
//! Phrases are word-index ranges into the words of a sentence.
use super::speakers;
use super::words::{is_initial, Word};

/// Words inside quotation marks are never part of a source.
pub type Inside<'a> = &'a dyn Fn(&Word) -> bool;

/// A source phrase: words `start..end`, of which `head` names the speaker (the name in
/// "Sergei Lavrov, the foreign minister,", the whole phrase otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    pub start: usize,
    pub end: usize,
    pub head: (usize, usize),
}

impl Phrase {
    pub fn plain(start: usize, end: usize) -> Self {
        Phrase {
            start,
            end,
            head: (start, end),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

pub fn is_np_word(w: &Word) -> bool {
    let lex = speakers::lexicon();
    !w.is_punct()
        && (w.is_capitalized()
            || speakers::lexicon().np_words.contains(w.lower())
            || lex.roles.contains(w.lower())
            || lex.is_body_word(w.lower())
            || lex.titles.contains(w.lower()))
}

/// Whether a dot after `w` belongs to the name: `w` is an initial ("John G. Roberts",
/// "S. Svinarenko") or a title abbreviation ("Mr. Obama", "Gen. Vargas").
pub fn abbreviated(w: &Word) -> bool {
    let t = w.lower();
    is_initial(w.text())
        // "Edward B. MacMahon Jr., a lawyer for …", "Apple Inc. said"
        || matches!(t, "jr" | "sr" | "inc" | "corp" | "ltd" | "co" | "plc")
        || (t.len() <= 4 && speakers::lexicon().titles.contains(&format!("{t}.")))
}

/// A pronoun, also with a contracted verb ("he's", "they're").
/// (Not an acronym: "the WHO said", "US officials"; upper-case wire copy is recased
/// before it is read, its pronouns in lower case.)
pub fn is_pronoun(w: &Word) -> bool {
    !w.is_acronym()
        && speakers::lexicon()
            .pronouns
            .contains(super::speakers::without_contraction(w.lower()))
}

/// A role or a body's word ("officials", "police", "group"): a kind of people or a body
/// that may be joined to another by "and" ("police and county officials").
fn people_word(w: &Word) -> bool {
    let lex = speakers::lexicon();
    lex.roles.contains(w.lower()) || lex.is_body_word(w.lower())
}

/// Words that end a noun phrase read backwards, and that no noun phrase is made of.
const CLAUSE_WORDS: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "when", "where", "while", "as", "after", "before",
    "because", "if", "then", "also", "it", "is", "was", "are", "were", "has", "had", "have", "not",
    "to", "with", "in", "on", "at", "by", "from", "than", "so", "be", "been", "being", "there",
    "this", "these", "those", "what", "how", "said", "says", "told",
];

/// Words that link a role to whom or what it is close to: "a source close to …",
/// "officials loyal to …", "people familiar with …".
pub const LINKING: &[&str] = &[
    "close",
    "loyal",
    "linked",
    "familiar",
    "allied",
    "related",
    "affiliated",
    "near",
    "involved",
    "briefed",
];

/// Whether `prep` opens what a [`LINKING`] word links a role to: "to" or "with" ("close
/// to", "familiar with"), "in" after "involved", "on" after "briefed" ("officials
/// briefed on the talks").
fn links_by(linking: &str, prep: &str) -> bool {
    matches!(prep, "to" | "with")
        || (linking == "involved" && prep == "in")
        || (linking == "briefed" && prep == "on")
}

/// Nouns that link a role to what it knows of or is tied to, after "with": "a diplomat
/// with knowledge of the talks", "an official with ties to the government".
const LINKING_NOUNS: &[&str] = &["knowledge", "ties", "links", "access", "connections"];

/// The end of the phrase that says whom or what a role is close to, from `k` on ("with
/// the negotiations" of "a diplomat familiar with the negotiations", "with knowledge of
/// the talks"): "to" or "with" after a [`LINKING`] word at `k - 1`, or "with" and a
/// [`LINKING_NOUNS`] noun and "of" or "to"; up to five words, to punctuation or a clause's
/// word. `k` when no such phrase follows.
fn linked_phrase_end(sw: &[Word], k: usize, inside: Inside) -> usize {
    let Some(w) = sw.get(k) else { return k };
    // ("a senior aide to the minister", "the ambassador to the UN": a role of someone's
    // staff or a post, then "to".)
    let role_to = k > 0
        && w.lower() == "to"
        && matches!(
            sw[k - 1].lower(),
            "aide"
                | "aides"
                | "adviser"
                | "advisers"
                | "advisor"
                | "advisors"
                | "ambassador"
                | "envoy"
                | "assistant"
                | "successor"
                | "predecessor"
        );
    let after_linking_word = role_to
        || (k > 0
            && LINKING.contains(&sw[k - 1].lower())
            && links_by(sw[k - 1].lower(), w.lower()));
    let linking_noun = w.lower() == "with"
        && sw
            .get(k + 1)
            .is_some_and(|n| LINKING_NOUNS.contains(&n.lower()))
        && sw
            .get(k + 2)
            .is_some_and(|n| matches!(n.lower(), "of" | "to"));
    let from = if after_linking_word {
        k + 1
    } else if linking_noun {
        k + 3
    } else {
        return k;
    };
    let run = sw[from.min(sw.len())..]
        .iter()
        .take(5)
        .take_while(|n| {
            !n.is_punct()
                && !inside(n)
                && !matches!(
                    n.lower(),
                    "that" | "who" | "which" | "said" | "says" | "told" | "is" | "was" | "and"
                )
        })
        .count();
    if run == 0 {
        k
    } else {
        from + run
    }
}

/// Whether only punctuation (none of it quoted) stands before word `at`: it opens the
/// sentence ("Citing …, he said", "According to SANA reporter in Homs the shells …").
pub fn opens_sentence(sw: &[Word], at: usize, inside: Inside) -> bool {
    sw[..at].iter().all(|w| w.is_punct() && !inside(w))
}

/// A verb of saying in the past, lowercase ("said", "claimed", "stressed").
pub fn past_saying(w: &Word) -> bool {
    let l = w.lower();
    !w.is_capitalized()
        && (l.ends_with("ed") || matches!(l, "said" | "told" | "wrote"))
        && super::cues::starting_with(l).iter().any(|e| {
            e.words.len() == 1
                && matches!(
                    e.class,
                    super::cues::CueClass::Say | super::cues::CueClass::That
                )
        })
}

/// Whether a word can end the subject of a verb right after it: a capitalised word, a
/// pronoun, or a word of people, a body or a document ("Hawkins claimed", "officials
/// suggested", "the statement said"; not "four alleged co-conspirators", "who said").
pub fn names_subject_before(w: &Word) -> bool {
    let lex = speakers::lexicon();
    !super::words::is_relative_pronoun(w)
        && (w.is_capitalized()
            || is_pronoun(w)
            || lex.roles.contains(w.lower())
            || lex.is_body_word(w.lower())
            || lex.documents.contains(w.lower()))
}

/// The start of the noun phrase that ends at `end` (exclusive), read backwards: a lone
/// pronoun, or names, titles and role words, with up to three ordinary lowercase words
/// when a determiner, a possessive or a name confirms them ("the ad's narrator", "one
/// questioner"), and a bracketed aside ("Rep. Gwen Moore (D-Wis.)"). Returns `end`
/// when there is none.
pub fn np_back(sw: &[Word], end: usize, inside: Inside) -> usize {
    const DETERMINERS: &[&str] = &[
        "one", "two", "three", "some", "many", "several", "another", "other", "this", "that",
        "all", "both", "most", "few",
    ];
    // ("Four suspects said", "Tomas Berg and four co-conspirators stated": the words of
    // number count as determiners too.)
    let determiner = |w: &Word| {
        DETERMINERS.contains(&w.lower()) || speakers::lexicon().numbers.contains(w.lower())
    };
    let mut start = end;
    let mut pending = 0;
    let mut aside = 0;
    let mut k = end;
    while k > 0 {
        let w = &sw[k - 1];
        // "For his part al-Rawabdeh said" (text without commas): the phrase that opens
        // the sentence is no part of the speaker's.
        if start < end
            && w.lower() == "part"
            && k >= 3
            && matches!(sw[k - 2].lower(), "his" | "her" | "its" | "their" | "our")
            && sw[k - 3].lower() == "for"
        {
            break;
        }
        // "“…” state television said" (text without commas): one or two ordinary words
        // right after a quote name the speaker; "“…,” security officials said", "“…”,
        // rescue workers said": so do they before a role, also after the quote's comma.
        // (Nouns and adjectives, not "received a hero's", "about an alleged …".)
        let after_quote =
            inside(w) || (w.text() == "," && k >= 2 && inside(&sw[k - 2]) && sw[k - 2].is_punct());
        let described = || {
            let lex = speakers::lexicon();
            sw[k..start].iter().all(|x| {
                !super::casing::is_verb_form(x.lower())
                    && !lex.clause_prepositions.contains(x.lower())
                    && !lex.not_descriptions.contains(x.lower())
            })
        };
        if after_quote && (1..=2).contains(&pending) && (start == end || described()) {
            start = k;
            break;
        }
        if inside(w) || end - (start.min(k)) - aside >= 14 {
            break;
        }
        if start == end && pending == 0 && is_pronoun(w) {
            return k - 1;
        }
        // "a plan that critics called “…”": "that" after a noun is a relative pronoun;
        // the words after it are the subject.
        if w.lower() == "that"
            && start == k
            && start < end
            && k >= 2
            && !sw[k - 2].is_punct()
            && !sw[k - 2].is_capitalized()
            && !inside(&sw[k - 2])
            && !DETERMINERS.contains(&sw[k - 2].lower())
            && !speakers::DETERMINERS.contains(&sw[k - 2].lower())
            && !super::casing::is_verb_form(sw[k - 2].lower())
        {
            break;
        }
        // "REUTERS/Mohamed Abdullah The United States said": a capitalised "The" after a
        // capitalised word opens the phrase.
        if w.text() == "The"
            && start < end
            && pending == 0
            && k >= 2
            && !inside(&sw[k - 2])
            && super::words::the_opens_name(&sw[k - 2])
        {
            return k - 1;
        }
        // "Earlier this month the coalition said", "6 April 2017 Turkey says": a time or
        // a number before the phrase ends it.
        // "Later in the day Reuters reported": "day" too, lowercase ("Kristen Day" is a
        // name).
        // ("the Sunday Times said": a day after "the", before a capitalised word, is
        // part of a name.)
        // ("Aleppo Today a local media outlet reported", "USA Today said": "Today" after
        // a capitalised word ends an outlet's name.)
        let named_day = start < end
            && w.is_capitalized()
            && k >= 2
            && ((sw[start].is_capitalized() && sw[k - 2].lower() == "the")
                || (w.text() == "Today" && names_two(&sw[k - 2], inside)));
        // ("On Monday aid workers said": a day ends it before unconfirmed words too.)
        if start < end
            && (pending == 0 || super::words::is_weekday(w.lower()))
            && !named_day
            && (speakers::lexicon().time.contains(w.lower())
                || w.text() == "day"
                || w.text().chars().all(|c| c.is_ascii_digit()))
        {
            // (A plain word after the day is the phrase's: "aid workers"; not "killing
            // four civilians residents".)
            let plain = |x: &Word| {
                let l = x.lower();
                l.chars().all(char::is_alphabetic)
                    && !["ing", "ly", "ed"].iter().any(|e| l.ends_with(e))
                    && !CLAUSE_WORDS.contains(&l)
                    && !speakers::lexicon().place_prepositions.contains(l)
            };
            if pending == 1 && start == k + 1 && plain(&sw[k]) {
                start = k;
            }
            break;
        }
        // A bracketed aside after a name: "(D-Wis.)", "(BCIJ)", "(National Union of Rail,
        // Maritime and Transport Workers)", "[Jesuit provincial]"; an acronym's after any
        // word ("THE DEPARTMENT OF SECURITY (DAS)", recased "security").
        let opening = match w.text() {
            ")" => Some("("),
            "]" => Some("["),
            _ => None,
        };
        if let Some(opening) = opening.filter(|_| start == k && k >= 2) {
            if let Some(open) = (k.saturating_sub(16)..k - 1)
                .rev()
                .find(|&j| sw[j].text() == opening)
            {
                let acronym = open + 3 == k && sw[open + 1].is_acronym();
                let before = open.checked_sub(1).map(|b| &sw[b]);
                if before.is_some_and(|b| is_np_word(b) || (acronym && !b.is_punct() && !inside(b)))
                {
                    // (The words in brackets count for none of the phrase's length.)
                    aside += k - open;
                    k = open;
                    start = open;
                    continue;
                }
            }
            break;
        }
        // "the public prosecutors' office said": a plural possessive confirms the words
        // after it.
        if matches!(w.text(), "'" | "’")
            && start == k
            && start < end
            && k >= 2
            && sw[k - 2].lower().ends_with('s')
            && !sw[k - 2].is_punct()
            && !inside(&sw[k - 2])
        {
            k -= 2;
            start = k;
            pending = 0;
            continue;
        }
        // "Mr. Barrett", "S. Svinarenko": the dot of a title abbreviation or an initial
        // inside the phrase.
        if w.text() == "." && start == k && k >= 2 && pending == 0 && abbreviated(&sw[k - 2]) {
            k -= 1;
            start = k;
            continue;
        }
        // "But Fowler said": a capital that only opens the sentence is no name; but
        // "Security sources said", "Medical workers said": an adjective of a role is
        // part of the phrase.
        let opens_sentence = opens_sentence(sw, k - 1, inside);
        // ("Rights groups said", "Aid agencies said": a body's word in the plural too.)
        let qualifies_role = start == k
            && start < end
            && (speakers::lexicon().roles.contains(sw[start].lower())
                || (speakers::lexicon().is_body_word(sw[start].lower())
                    && sw[start].lower().ends_with('s')))
            && !speakers::lexicon().is_sentence_opener(w.lower());
        // "Another commenter said": a determiner opening the sentence confirms the words
        // after it.
        // ("Some reports said": also before the reports that end the phrase.)
        let determines =
            (pending > 0 || (start + 1 == end && sw[start].lower() == "reports")) && determiner(w);
        // "Human Rights Watch said": a capitalised word before the capitalised words of
        // the phrase is the first word of a name ("But Fowler said" is not).
        let names_on = start == k
            && start < end
            && sw[start].is_capitalized()
            && !speakers::lexicon().is_sentence_opener(w.lower())
            && !super::mentions::is_not_name(w.lower());
        if opens_sentence
            && !qualifies_role
            && !determines
            && !names_on
            && w.is_capitalized()
            && (super::casing::is_common(w.lower()) || super::casing::is_adverb(w.lower()))
            && !speakers::lexicon().np_words.contains(w.lower())
            && !speakers::lexicon().roles.contains(w.lower())
            && !speakers::lexicon().orgs.contains(w.lower())
            && !speakers::lexicon().titles.contains(w.lower())
            // "Reports say that …"
            && !speakers::lexicon().documents.contains(w.lower())
            && !is_pronoun(w)
        {
            break;
        }
        // "Snap, Inc. said": a company's comma before its suffix.
        if w.text() == ","
            && start == k
            && start < end
            && k >= 2
            && super::words::is_company_suffix(sw[start].lower())
            && sw[k - 2].is_capitalized()
            && !inside(&sw[k - 2])
        {
            k -= 1;
            continue;
        }
        // "France and Britain said", "Ana Ruiz and Omar Haddad said": two names joined.
        // "Khalid Omari and four alleged co-conspirators stated", "Ruiz and his lawyer
        // said": a name and the people with it.
        let companions = || {
            (speakers::lexicon().numbers.contains(sw[start].lower())
                || matches!(sw[start].lower(), "his" | "her" | "their"))
                && sw[start..end].iter().all(|w| !w.is_capitalized())
        };
        // (A bracketed acronym after the name is an aside: "the Office on Drugs and
        // Crime (ODC) said".)
        let bracket = |x: &Word| matches!(x.text(), "(" | ")");
        if matches!(w.lower(), "and" | "&")
            && start == k
            && start < end
            && pending == 0
            && (sw[start..end]
                .iter()
                .all(|x| x.is_capitalized() || bracket(x))
                || companions())
            && k >= 2
            && names_two(&sw[k - 2], inside)
        {
            k -= 1;
            continue;
        }
        // "Tomas Berg a commander and spokesman for the council said": two roles of one
        // person joined.
        let role =
            |x: &Word| !x.is_capitalized() && speakers::lexicon().is_role_or_title(x.lower());
        if w.lower() == "and"
            && start == k
            && start < end
            && pending == 0
            && role(&sw[start])
            && k >= 2
            && role(&sw[k - 2])
        {
            k -= 1;
            continue;
        }
        // "The United States and others said": a name and the others with it.
        if w.lower() == "and"
            && end == k + 1
            && sw[k].lower() == "others"
            && k >= 2
            && names_two(&sw[k - 2], inside)
        {
            k -= 1;
            start = k;
            pending = 0;
            continue;
        }
        // "The Observatory and the Local Coordination Committees said": two names joined,
        // the second with its own article.
        if w.lower() == "and"
            && start == k
            && pending == 0
            && end - start >= 2
            && sw[start].lower() == "the"
            && sw[start + 1..end].iter().all(Word::is_capitalized)
            && k >= 2
            && names_two(&sw[k - 2], inside)
        {
            k -= 1;
            continue;
        }
        // "police and county officials said", "residents and activists said": two kinds
        // of people or bodies joined, the second a role or a body's word, maybe after
        // ordinary words not yet confirmed.
        if w.lower() == "and"
            && k >= 2
            && people_word(&sw[end - 1])
            && !sw[end - 1].is_capitalized()
            && people_word(&sw[k - 2])
            // ("Residents and activists said": capitalised as the sentence's first word.)
            && (!sw[k - 2].is_capitalized() || self::opens_sentence(sw, k - 2, inside))
            && !inside(&sw[k - 2])
            && sw[k..end]
                .iter()
                .all(|w| !w.is_capitalized() && !w.is_punct())
        {
            k -= 1;
            start = k - 1;
            pending = 0;
            continue;
        }
        // "the Kessel Commission on Missing Persons said", "the UN Panel of Experts on
        // Kessel said": "on" inside a body's name, between its capitalised body word and
        // capitalised words.
        if w.lower() == "on"
            && start == k
            && start < end
            && pending == 0
            && k >= 2
            && sw[start].is_capitalized()
            && sw[start..end].iter().all(|x| {
                x.is_capitalized() || bracket(x) || matches!(x.lower(), "of" | "for" | "and")
            })
            && sw[k - 2].is_capitalized()
            && !inside(&sw[k - 2])
            && (speakers::lexicon().is_body_word(sw[k - 2].lower())
                || matches!(sw[k - 2].lower(), "experts" | "inquiry"))
        {
            k -= 1;
            start = k;
            continue;
        }
        // "An aide to Ana Ruiz said", "a source close to the investigation said", "an
        // official with the interior ministry said": after a role (or people; not a
        // body: "the group with a network of sources inside Syria"), maybe a
        // word that links them ("close", "loyal", "familiar"), "to" or "with" opens what
        // the role is of; the phrase goes on back to the role.
        // ("a diplomat with knowledge of the talks said": or "with" and a linking noun.)
        let linking_noun = w.lower() == "with"
            && pending == 1
            && start == k + 1
            && sw
                .get(k)
                .is_some_and(|n| LINKING_NOUNS.contains(&n.lower()));
        if k >= 2
            && links_by(sw[k - 2].lower(), w.lower())
            && ((start == k && pending == 0) || linking_noun)
            && start < end
            && k >= 2
        {
            let linked = LINKING.contains(&sw[k - 2].lower());
            let r = k - 2 - usize::from(linked && k >= 3);
            let role = &sw[r];
            if !(linked && k < 3)
                && (speakers::lexicon().roles.contains(role.lower())
                    || matches!(role.lower(), "people" | "person"))
                && !speakers::lexicon().documents.contains(role.lower())
                && !inside(role)
                && (!role.is_capitalized() || self::opens_sentence(sw, r, inside))
            {
                k = r;
                start = r;
                pending = 0;
                continue;
            }
        }
        // "Hawkins claimed the pandemic shows", "Reuters reported a military source who
        // said": a verb of saying in the past after its own subject ends the phrase.
        // (Not "that" after it: "Ruiz stated that Omari had stated".)
        if start < end && past_saying(w) && k >= 2 && names_subject_before(&sw[k - 2]) {
            if sw[start].lower() == "that" {
                start += 1;
            }
            break;
        }
        // "63 percent said": a number confirms the words after it.
        let number = pending > 0 && w.text().starts_with(|c: char| c.is_ascii_digit());
        // "clear that the rebels": "that" before an article opens a clause, no phrase.
        // ("that we don't know", "this doesn't feel": nor before a pronoun or a negated
        // verb.)
        let conjunction = matches!(w.lower(), "that" | "this")
            && sw.get(k).is_some_and(|n| {
                matches!(
                    n.lower(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their"
                ) || is_pronoun(n)
                    || n.lower().ends_with("n't")
                    || n.lower().ends_with("n’t")
            });
        // "conflicting reports say", "Earlier reports said": reports, last before the
        // cue, are the source (not any document's noun: "THE DOCUMENT" in wire copy is
        // its issuer's).
        let reports = k == end && w.lower() == "reports";
        let confirms = is_np_word(w)
            || reports
            || number
            || (start < end || pending > 0)
                && (DETERMINERS.contains(&w.lower())
                    || (determiner(w) && (opens_sentence || k >= 2 && sw[k - 2].lower() == "and")))
                && !conjunction;
        if confirms {
            pending = 0;
            start = k - 1;
        } else if !w.is_punct()
            && !w.is_capitalized()
            && pending < 3
            && !CLAUSE_WORDS.contains(&w.lower())
            && !speakers::lexicon().adverbs.contains(w.lower())
        {
            pending += 1;
            if w.lower().ends_with("'s") {
                // A possessive confirms what follows it ("the ad's narrator").
                pending = 0;
                start = k - 1;
            }
        } else {
            break;
        }
        k -= 1;
    }
    let start = after_inner_article(sw, start, end);
    let start = after_occasion(sw, start, end, inside);
    let start = after_named_before_people(sw, start, end);
    trim_back(sw, start, end)
}

/// "… killing the commander Omar Haddad well-informed sources told the agency", "In a
/// phone call with SANA reporter local sources said" (text without commas): people in
/// the plural ending the phrase, after one or two ordinary words, right after a
/// person's name (a known first name first) or a role in the singular, are the
/// speakers; the name or the role before them belongs to the clause before. (Not
/// "Syrian military sources": a capital that names no person describes them.)
fn after_named_before_people(sw: &[Word], start: usize, end: usize) -> usize {
    let lex = speakers::lexicon();
    let plural_role = |w: &Word| {
        let l = w.lower();
        !w.is_capitalized() && lex.roles.contains(l) && l.ends_with('s') && !l.ends_with("ss")
    };
    if end < start + 3 || !plural_role(&sw[end - 1]) {
        return start;
    }
    let ordinary = |w: &Word| {
        !w.is_capitalized()
            && !w.is_punct()
            && !lex.is_role_or_title(w.lower())
            && !matches!(
                w.lower(),
                "of" | "for" | "and" | "the" | "a" | "an" | "in" | "at"
            )
    };
    let words = sw[start..end - 1]
        .iter()
        .rev()
        .take(2)
        .take_while(|w| ordinary(w))
        .count();
    let j = end - 1 - words;
    if words == 0 || j <= start {
        return start;
    }
    let before = &sw[j - 1];
    let singular_role = !before.is_capitalized()
        && lex.roles.contains(before.lower())
        && !before.lower().ends_with('s');
    let run = sw[start..j]
        .iter()
        .rev()
        .take_while(|w| w.is_capitalized())
        .count();
    let person = run > 0
        && super::gender::is_first_name(sw[j - run].text())
        && super::mentions::person_names(&sw[j - run..j]).len() == 1;
    if singular_role || person {
        j
    } else {
        start
    }
}

/// "After his sentencing Badawi declared", "During the speech Trump claimed", "weeks
/// before his death Tsalikidis told her", "In a statement Ana Ruiz, the director, said"
/// (no comma after the opening phrase): an occasion in ordinary words after a
/// preposition of time, or after "in"/"at"/"on" opening the sentence, is no part of the
/// name that follows it. (Not "after the Senate Judiciary Committee", all capitals; nor
/// "during the party's leader Ruiz", whose role names the speaker.)
fn after_occasion(sw: &[Word], start: usize, end: usize, inside: Inside) -> usize {
    let lex = speakers::lexicon();
    let opens = start > 0
        && (matches!(
            sw[start - 1].lower(),
            "after" | "before" | "during" | "following" | "since" | "upon" | "throughout"
        ) || (matches!(sw[start - 1].lower(), "in" | "at" | "on")
            && opens_sentence(sw, start - 1, inside)))
        && matches!(
            sw[start].lower(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that"
        );
    let Some(name) = (start + 1..end).find(|&j| sw[j].is_capitalized()) else {
        return start;
    };
    // (A document's noun is an occasion too: "In a statement Ana Ruiz said".)
    let ordinary = sw[start + 1..name].iter().all(|w| {
        let l = w.lower();
        !w.is_punct()
            && !w.is_possessive()
            && (lex.documents.contains(l)
                || (!lex.is_role_or_title(l)
                    && !lex.is_body_word(l)
                    && !lex.relations.contains(l)
                    && !lex.np_words.contains(l)))
    });
    // ("At the arraignment held Thursday, attorney …": a day is no name.)
    if opens
        && !lex.time.contains(sw[name].lower())
        && (2..=4).contains(&(name - start))
        && ordinary
        && sw[name..end].iter().all(Word::is_capitalized)
    {
        name
    } else {
        start
    }
}

/// "… clashes raged on the city's front lines the group said", "in the area of Mayadeen
/// the ministry said", "in eastern Syria a monitor said", "near Damascus the Syrian
/// Observatory for Human Rights said" (text without commas): an article inside the
/// phrase that opens a role's or a body's words, or a body's capitalised name, ending
/// the phrase, with no joining word before it (not "the head of the ministry", "a
/// source within the UN"), starts the phrase.
fn after_inner_article(sw: &[Word], start: usize, end: usize) -> usize {
    let lex = speakers::lexicon();
    let names_speaker = |w: &Word| {
        let l = w.lower();
        lex.roles.contains(l) || lex.orgs.contains(l) || lex.bodies.contains(l)
    };
    if end <= start + 2 {
        return start;
    }
    let role_ends = sw.get(end - 1).is_some_and(names_speaker);
    // "… near Damascus the Syrian Observatory for Human Rights said": a body's name in
    // capitals after "the".
    let name_after = |j: usize| {
        sw[j].lower() == "the"
            && sw[j + 1].is_capitalized()
            && sw[j + 1..end]
                .iter()
                .all(|w| w.is_capitalized() || matches!(w.lower(), "of" | "for" | "and" | "the"))
            && sw[end - 1].is_capitalized()
    };
    // "Tomas Berg the head of the watchdog said": a person's name (a known first name,
    // then capitalised words) opening the phrase is its speaker, described after it; a
    // title may come first ("Dr Tomas Berg the director of the hospital said").
    let titled = sw[start..end]
        .iter()
        .take_while(|w| lex.titles.contains(w.lower()) || w.text() == ".")
        .count();
    let named_before = |j: usize| {
        let name = start + titled;
        j > name
            && (2..=4).contains(&(j - name))
            && sw[name..j].iter().all(Word::is_capitalized)
            && super::gender::is_first_name(sw[name].text())
    };
    (start + 1..end - 1)
        .rev()
        .find(|&j| {
            (name_after(j) || role_ends)
                && !named_before(j)
                && (sw[j].lower() == "the"
                // "in eastern Syria a monitor said": after a place, not after a name
                // ("Rami an Aleppo resident said").
                // ("After the news conference a U.S. official said": after an occasion;
                // "… killing one policeman a security source said": after a lowercase
                // noun.)
                || (matches!(sw[j].lower(), "a" | "an")
                    && ((start.saturating_sub(2)..start)
                        .any(|k| lex.place_prepositions.contains(sw[k].lower()))
                        || (start > 0
                            && matches!(
                                sw[start - 1].lower(),
                                "after" | "before" | "during" | "following" | "at"
                            ))
                        || (!sw[j - 1].is_capitalized()
                            && !sw[j - 1].is_punct()
                            && !super::casing::is_verb_form(sw[j - 1].lower())
                            && !lex.issuing_verbs.contains(sw[j - 1].lower())))))
                && !matches!(
                    sw[j - 1].lower(),
                    "of" | "for"
                        | "at"
                        | "in"
                        | "within"
                        | "inside"
                        | "from"
                        | "with"
                        | "to"
                        | "and"
                        | "by"
                        | "on"
                        | "the"
                )
        })
        .unwrap_or(start)
}

/// Whether `w`, before an "and" that a capitalised phrase follows, ends a name: a
/// capitalised word that does not only open a sentence ("But", "Meanwhile").
fn names_two(w: &Word, inside: Inside) -> bool {
    w.is_capitalized()
        && !inside(w)
        && !speakers::lexicon().is_sentence_opener(w.lower())
        && !super::mentions::is_not_name(w.lower())
}

/// A phrase does not start with "of"/"for".
fn trim_back(sw: &[Word], mut start: usize, end: usize) -> usize {
    while start < end && matches!(sw[start].lower(), "of" | "for") {
        start += 1;
    }
    start
}

/// The end of the noun phrase that starts at `from`, read forwards: a lone pronoun, or
/// up to ten name, title, role and determiner words; never a word of time ("said
/// Friday"). Returns `from` when there is none.
pub fn np_forward(sw: &[Word], from: usize, inside: Inside) -> usize {
    np_forward_with(sw, from, inside, false)
}

/// [`np_forward`] after a cue, where the phrase ends the clause: a determiner and
/// ordinary words name the speaker too ("said a 2008 campaign veteran.", "said one
/// longtime adviser to the senator"); as a sentence's subject they would run into its
/// verb ("the group allegedly linked …").
pub fn np_after_cue(sw: &[Word], from: usize, inside: Inside) -> usize {
    let end = np_forward_with(sw, from, inside, true);
    end + where_published(sw, end, inside)
}

/// After a document's noun, where its author put it out: "said a statement on the
/// organisers' website", "read a statement posted on its website". The words up to the
/// site's noun, which the phrase takes in: the site's owner is the document's author
/// ([`super::speakers::named_author`]). 0 when no such words follow.
fn where_published(sw: &[Word], end: usize, inside: Inside) -> usize {
    let lex = speakers::lexicon();
    let document = end > 0 && {
        let noun = &sw[end - 1];
        !noun.is_capitalized() && lex.documents.contains(noun.lower())
    };
    if !document {
        return 0;
    }
    let rest = &sw[end..];
    let on = usize::from(
        rest.first()
            .is_some_and(|w| matches!(w.lower(), "posted" | "published")),
    );
    if rest.get(on).is_none_or(|w| w.lower() != "on") {
        return 0;
    }
    // The owner, a possessive, then the site's noun, within a few words. (Only a
    // document's noun: the phrase must end on one to speak for its author.)
    let site = rest
        .iter()
        .enumerate()
        .skip(on + 1)
        .take(5)
        .take_while(|(_, w)| !inside(w) && (!w.is_punct() || matches!(w.text(), "'" | "’")))
        .find(|(_, w)| w.lower() == "website")
        .map(|(j, _)| j);
    let Some(site) = site else { return 0 };
    let owned = rest[site - 1].is_possessive()
        || matches!(rest[site - 1].text(), "'" | "’")
        || matches!(rest[site - 1].lower(), "its" | "his" | "her" | "their");
    if owned {
        site + 1
    } else {
        0
    }
}

/// Whether, from `k`, one or two words of a body ("Council", "party") lead to a
/// lowercase role and a capitalised name after it.
fn role_and_name_ahead(sw: &[Word], k: usize, inside: Inside) -> bool {
    let lex = speakers::lexicon();
    let lowercase = |w: &Word| !w.is_punct() && !inside(w) && !w.is_capitalized();
    let body = sw[k.min(sw.len())..]
        .iter()
        .take(2)
        // (A body's word may be capitalised: "Central electoral Council president".)
        .take_while(|w| !w.is_punct() && !inside(w) && lex.is_body_word(w.lower()))
        .count();
    body > 0
        && sw
            .get(k + body)
            .is_some_and(|r| lowercase(r) && lex.is_role_or_title(r.lower()))
        && sw
            .get(k + body + 1)
            .is_some_and(|n| n.is_capitalized() && !inside(n) && !is_pronoun(n))
}

fn np_forward_with(sw: &[Word], from: usize, inside: Inside, described: bool) -> usize {
    let lex = speakers::lexicon();
    let mut end = from;
    // "said 9/11 widow Ana Ruiz", "said one Democratic source": a number or a
    // determiner may open the phrase when a name or role follows.
    while end < sw.len()
        && end - from < 2
        && !sw[end].is_punct()
        && !inside(&sw[end])
        && (sw[end].text().starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                sw[end].lower(),
                "one" | "two" | "three" | "several" | "some" | "many" | "another" | "both"
            ))
    {
        end += 1;
    }
    // "said study co-author Karen Alley", "said state department spokeswoman Ana Ruiz": a
    // lowercase word before a role, or before a body's word and a role, goes with it.
    // Up to three such words: "according to conservative talk radio host Ana Ruiz".
    // ("said opposition MP Katya Morin": an abbreviated role in capitals too.)
    let lower_role =
        |w: &Word| (!w.is_capitalized() || w.is_acronym()) && lex.is_role_or_title(w.lower());
    // A lowercase word of the text that is no word of time or of a clause.
    let ordinary = |w: &Word| {
        !w.is_punct()
            && !inside(w)
            && !w.is_capitalized()
            && !lex.time.contains(w.lower())
            && !CLAUSE_WORDS.contains(&w.lower())
    };
    // (A noun-phrase word is no adjective here: roles, titles, "of", "for" are.)
    let adjective =
        |w: &Word| ordinary(w) && !is_np_word(w) && !matches!(w.lower(), "more" | "most" | "less");
    // ("Another former detainee told": also after the determiner.)
    let opened = end;
    let run = sw[opened..]
        .iter()
        .take(3)
        .take_while(|w| {
            adjective(w)
                || (opened > from && ordinary(w) && lex.title_adjectives.contains(w.lower()))
        })
        .count();
    // (A person's noun too: "Another former detainee".)
    let person = |w: &Word| !w.is_capitalized() && lex.unnamed_people.contains(w.lower());
    let before_role = (1..=run).rev().find(|&n| {
        sw.get(opened + n)
            .is_some_and(|w| lower_role(w) || person(w))
            || (sw
                .get(opened + n)
                .is_some_and(|w| !w.is_capitalized() && lex.orgs.contains(w.lower()))
                && sw.get(opened + n + 1).is_some_and(lower_role))
    });
    if end > from {
        end += before_role.unwrap_or(0);
    } else {
        // "according to rights group Norland Watch", "according to internet service
        // provider Norland Telecom": ordinary words right before a name describe it.
        let before_name = || {
            let describes = |(i, w): (usize, &Word)| {
                ordinary(w)
                    && !is_pronoun(w)
                    && (i == 0 && matches!(w.lower(), "the" | "a" | "an")
                        || !lex.np_words.contains(w.lower()))
            };
            let run = sw[from..]
                .iter()
                .take(4)
                .enumerate()
                .take_while(|&x| describes(x))
                .count();
            // The last of them a noun that says what the named is: a body's word or
            // kind, a role, or a word of who does something ("provider", "monitor",
            // "unionist", "historian").
            let noun = |w: &Word| {
                let l = w.lower();
                lex.is_body_word(l)
                    || lex.body_kinds.contains(l)
                    || lex.is_role_or_title(l)
                    || ["er", "or", "ers", "ors", "ist", "ists", "ian", "ians"]
                        .iter()
                        .any(|e| l.ends_with(e))
            };
            // A name: two capitalised words, or one that is no ordinary word ("office
            // Statistics" in recased wire copy is none).
            let name = |k: usize| {
                sw.get(k).is_some_and(|w| {
                    w.is_capitalized()
                        && !inside(w)
                        && !is_pronoun(w)
                        && (!super::casing::is_common(w.lower())
                            || sw
                                .get(k + 1)
                                .is_some_and(|n| n.is_capitalized() && !inside(n)))
                })
            };
            // And the name ends the phrase: punctuation follows it ("according to
            // office Statistics cited by …" names no one).
            let ends = || {
                let after = (from + run..sw.len())
                    .find(|&k| !sw[k].is_capitalized() || inside(&sw[k]))
                    .unwrap_or(sw.len());
                sw.get(after).is_none_or(|w| w.is_punct())
            };
            (run > 0 && noun(&sw[from + run - 1]) && name(from + run) && ends()).then_some(run)
        };
        if let Some(n) = before_role.or_else(|| described.then(before_name).flatten()) {
            end += n;
        }
    }
    if end > from && !sw.get(end).is_some_and(is_np_word) {
        let longer = if described {
            described_forward(sw, from, end, inside)
        } else {
            end
        };
        return if longer > end { longer } else { from };
    }
    while end < sw.len() && end - from < 10 {
        let w = &sw[end];
        if inside(w) {
            break;
        }
        // "according to him," (not "according to her lawyer").
        let object = match speakers::subject_form(w.lower()) {
            Some("she") => sw.get(end + 1).is_none_or(Word::is_punct),
            other => other.is_some(),
        };
        if end == from && (is_pronoun(w) || object) {
            return end + 1;
        }
        // A capitalised word after this one, no word of time: this one may open or
        // continue a name.
        let next = end + 1;
        // ("said Jan van Dijk": or a name's particle, then a capital.)
        let before_name = || {
            let particle = sw
                .get(next)
                .is_some_and(|n| lex.name_particles.contains(n.lower()))
                && sw
                    .get(next + 1)
                    .is_some_and(|n| n.is_capitalized() || lex.name_particles.contains(n.lower()));
            particle
                || sw.get(next).is_some_and(|n| {
                    n.is_capitalized() && !inside(n) && !lex.time.contains(n.lower())
                })
        };
        // ("said Jan Holberg", "said Jan Moravec": a month that is a first name, before a
        // name.)
        let named_month = || super::gender::is_first_name(w.text()) && before_name();
        if end == from && lex.time.contains(w.lower()) && !named_month() {
            return from;
        }
        // "Rep. Gwen Moore (D-Wis.)": a bracketed aside goes with the name.
        if w.text() == "(" && end > from {
            if let Some(close) = (end + 1..(end + 8).min(sw.len())).find(|&j| sw[j].text() == ")") {
                end = close + 1;
                continue;
            }
        }
        // "Mr. Obama", "John G. Roberts": the dot of a title or an initial.
        if w.text() == "."
            && end > from
            && sw.get(end + 1).is_some_and(Word::is_capitalized)
            && abbreviated(&sw[end - 1])
        {
            end += 1;
            continue;
        }
        // "the Teachers' Union", "the hostages' employer": a plural possessive's
        // apostrophe goes on to what is owned.
        if matches!(w.text(), "'" | "’")
            && end > from
            && !sw[end - 1].is_punct()
            && sw[end - 1].lower().ends_with('s')
            && sw
                .get(end + 1)
                .is_some_and(|n| !n.is_punct() && !inside(n) && is_np_word(n))
        {
            end += 1;
            continue;
        }
        // "former thinktank executive Ken Gude": an ordinary word before a role.
        let before_role = end > from
            && !w.is_punct()
            && !w.is_capitalized()
            // "said Olmert to reporters": a preposition opens no description.
            && !matches!(w.lower(), "to" | "at" | "in" | "on" | "with" | "by" | "from" | "and" | "or" | "as")
            && !lex.time.contains(w.lower())
            && !is_pronoun(w)
            // ("a police spokesman said officers …", "the League accuses police of …": a
            // verb of saying is none.)
            && !past_saying(w)
            && !super::cues::starting_with(w.lower())
                .iter()
                .any(|e| e.words.len() == 1)
            // Not a verb after the phrase's own noun ("the aide met voters").
            && !(!sw[end - 1].is_capitalized()
                && lex.roles.contains(sw[end - 1].lower())
                && !lex.titles.contains(sw[end - 1].lower()))
            // ("said Welsh nationalist MP Hywel Williams": an abbreviated role in
            // capitals too.)
            && (sw.get(end + 1).is_some_and(|n| {
                (!n.is_capitalized() || n.is_acronym())
                    && !inside(n)
                    && lex.is_role_or_title(n.lower())
            })
                // ("according to Central electoral council president Romulo Estrada", as
                // recased wire copy reads: or a body's words, then a role and a name.)
                || role_and_name_ahead(sw, end + 1, inside));
        // "Key regime ally Iran welcomed": a relation before a name describes it.
        let relation_named = end > from
            && !w.is_capitalized()
            && !inside(w)
            && lex.relations.contains(w.lower())
            && sw
                .get(end + 1)
                .is_some_and(|n| n.is_capitalized() && !inside(n) && !is_pronoun(n));
        if before_role || relation_named {
            end += 1;
            continue;
        }
        // "The state news agency SANA", "the fire brigade": one or two ordinary words
        // after a determiner, before the role or body they describe.
        let plain = |x: &Word| {
            !x.is_punct()
                && !x.is_capitalized()
                && !inside(x)
                && !lex.time.contains(x.lower())
                && !is_pronoun(x)
        };
        let role_or_body = |n: &Word| {
            !n.is_capitalized()
                && !inside(n)
                && (lex.is_role_or_title(n.lower()) || lex.orgs.contains(n.lower()))
        };
        // (Not a role first: "the aide met voters" is a subject and its verb.)
        let description = (end == from + 1
            && DETERMINERS_BEFORE_DESCRIPTION.contains(&sw[from].lower())
            && plain(w)
            && !lex.roles.contains(w.lower()))
        .then(|| {
            if sw.get(end + 1).is_some_and(role_or_body) {
                Some(1)
            } else {
                (sw.get(end + 1).is_some_and(plain) && sw.get(end + 2).is_some_and(role_or_body))
                    .then_some(2)
            }
        })
        .flatten();
        if let Some(n) = description {
            end += n;
            continue;
        }
        // "according to police and county officials,", "said residents and activists":
        // two kinds of people or bodies joined, the second a role or a body's word after at
        // most two ordinary words.
        let people = |x: &Word| !x.is_capitalized() && !inside(x) && people_word(x);
        if w.lower() == "and" && end > from && people(&sw[end - 1]) {
            // ("Illinois senator and Chicago resident Tomas Berg released …": a place's
            // name may open the second.)
            let place = |x: &Word| x.is_capitalized() && !x.is_punct() && !inside(x);
            let joined = (end + 1..sw.len().min(end + 4))
                .take_while(|&j| plain(&sw[j]) || (j == end + 1 && place(&sw[j])))
                .find(|&j| {
                    // ("Former Haddad adviser and retired general Tomas Berg was …": the
                    // second a title before the person's name.)
                    let titled = lex.is_role_or_title(sw[j].lower())
                        && sw
                            .get(j + 1)
                            .is_some_and(|n| n.is_capitalized() && !inside(n));
                    people(&sw[j])
                        && (titled || sw.get(j + 1).is_none_or(|n| n.is_punct() || inside(n)))
                });
            if let Some(j) = joined {
                end = j + 1;
                continue;
            }
        }
        // "a resident of the Joura district", "a doctor in the Bustan neighbourhood": a
        // kind of place after the place's name.
        let place_kind = end > from
            && sw[end - 1].is_capitalized()
            && !w.is_capitalized()
            && !inside(w)
            && lex.place_kinds.contains(w.lower())
            && sw[from..end]
                .iter()
                .any(|x| matches!(x.text(), "of" | "in" | "from" | "at"));
        if place_kind {
            end += 1;
            continue;
        }
        // "the Ministry of Foreign Affairs and Expatriates", "the Council of Trade and
        // Industry": "and" between capitals after "of" or "for" inside one name (not
        // before a person's first name or a title: two speakers).
        // (Nor after a place: "the American Civil Liberties Union of Montana and Native
        // American Rights Fund" are two bodies.)
        let in_name = w.lower() == "and" && end > from + 1 && sw[end - 1].is_capitalized() && {
            // ("the UN Office on Drugs and Crime": or "on".)
            let joiner = sw[from..end]
                .iter()
                .rposition(|x| matches!(x.text(), "of" | "for" | "on"))
                .map(|k| from + k);
            let mut right = sw[end + 1..]
                .iter()
                .take_while(|n| n.is_capitalized() && !inside(n))
                .peekable();
            joiner.is_some_and(|j| {
                let object: Vec<&str> = sw[j + 1..end].iter().map(Word::text).collect();
                j + 1 < end && !lex.is_place(&object.join(" ")) && !lex.is_country(object[0])
            }) && right
                .peek()
                .is_some_and(|n| !super::gender::is_first_name(n.text()))
                && right.all(|n| !lex.is_role_or_title(n.lower()))
        };
        if in_name {
            end += 1;
            continue;
        }
        // "a source at Aleppo Police Command", "a journalist in Hasakeh", "spokeswoman
        // with the Jefferson County Sheriff's Office": where an unnamed role works, a
        // capitalised place or institution, names the speaker.
        if end > from
            && matches!(w.lower(), "at" | "in" | "from" | "with")
            && !sw[end - 1].is_capitalized()
            && lex.roles.contains(sw[end - 1].lower())
            && !lex.documents.contains(sw[end - 1].lower())
        {
            let mut j = end + 1;
            if sw.get(j).is_some_and(|n| n.lower() == "the") {
                j += 1;
            }
            let run = sw[j.min(sw.len())..]
                .iter()
                .take(5)
                .take_while(|n| n.is_capitalized() && !inside(n) && !lex.time.contains(n.lower()))
                .count();
            if run > 0 {
                end = j + run;
                continue;
            }
            // "an official at the ministry of health", "a nurse at the hospital": or a
            // body's word in lowercase, after up to two words, and what it is of.
            let lowercase = |n: &Word| {
                !n.is_capitalized()
                    && !n.is_punct()
                    && !inside(n)
                    && !CLAUSE_WORDS.contains(&n.lower())
                    && super::cues::starting_with(n.lower()).is_empty()
            };
            let body = sw[j.min(sw.len())..]
                .iter()
                .take(3)
                .take_while(|n| lowercase(n))
                .position(|n| lex.orgs.contains(n.lower()));
            if let Some(k) = body.filter(|_| j > end + 1) {
                end = j + k + 1;
                if sw.get(end).is_some_and(|n| n.lower() == "of")
                    && sw.get(end + 1).is_some_and(lowercase)
                {
                    end += 2;
                }
                continue;
            }
        }
        // "the Britain-based monitor", "the Iran-backed militia": the noun such a
        // description qualifies.
        if end > from
            && super::organisations::is_description(sw[end - 1].lower())
            && !w.is_punct()
            && !w.is_capitalized()
            && !inside(w)
            && !CLAUSE_WORDS.contains(&w.lower())
        {
            end += 1;
            continue;
        }
        // "the Commission on Presidential Debates", "the Council on Foreign Relations":
        // "on" between a body's capitalised word and a capitalised word, no time.
        if end > from
            && w.lower() == "on"
            && sw[end - 1].is_capitalized()
            && lex.is_body_word(sw[end - 1].lower())
            && sw
                .get(end + 1)
                .is_some_and(|n| n.is_capitalized() && !inside(n) && !lex.time.contains(n.lower()))
        {
            end += 1;
            continue;
        }
        // "Rio de Janeiro", "Lula da Silva": a name particle between capitalised words.
        if end > from
            && sw[end - 1].is_capitalized()
            && !w.is_capitalized()
            && w.lower() != "y"
            && lex.name_particles.contains(w.lower())
            && sw
                .get(end + 1)
                .is_some_and(|n| n.is_capitalized() && !inside(n))
        {
            end += 1;
            continue;
        }
        // "reads a Wednesday editorial in …", "said a Monday statement": a day after an
        // article, before a document's, role's or body's noun, says which one.
        let after_article = end == from + 1 && matches!(sw[from].lower(), "a" | "an" | "the");
        let dated = after_article
            && lex.time.contains(w.lower())
            && sw.get(end + 1).is_some_and(|n| {
                !n.is_capitalized()
                    && !inside(n)
                    && (lex.documents.contains(n.lower()) || lex.is_role_or_title(n.lower()))
            });
        if dated {
            end += 1;
            continue;
        }
        // "The opposition-run Syrian Observatory …", "the Iran-backed militia": a
        // participle of running, backing or leading after its agent, after the article.
        let descriptor =
            after_article && !w.is_capitalized() && super::organisations::is_description(w.lower());
        if descriptor {
            end += 1;
            continue;
        }
        // "writes Huber's longtime tag team partner Erick Rowan": after a name's
        // possessive, a few lowercase words (ending on a role, or before a known first
        // name), then the person's name.
        let possessive = end > from && sw[end - 1].is_capitalized() && sw[end - 1].is_possessive();
        if possessive && !w.is_capitalized() {
            let run = sw[end..]
                .iter()
                .take(4)
                .take_while(|x| {
                    !x.is_capitalized()
                        && !x.is_punct()
                        && !inside(x)
                        && !CLAUSE_WORDS.contains(&x.lower())
                })
                .count();
            let role_then_name = run > 0
                && sw.get(end + run).is_some_and(|n| {
                    n.is_capitalized()
                        && !inside(n)
                        && (lex.is_role_or_title(sw[end + run - 1].lower())
                            || super::gender::is_first_name(n.text()))
                });
            if role_then_name {
                end += run;
                continue;
            }
        }
        // "According to diplomats the inspectors are …" (text without commas): an article
        // right after a role in lowercase opens the clause's subject, no more of the
        // phrase.
        let after_role = end > from
            && matches!(w.lower(), "the" | "a" | "an")
            && !sw[end - 1].is_capitalized()
            && lex.roles.contains(sw[end - 1].lower());
        // ("according to a report by …": a document's noun after the article is the
        // phrase's noun; its author may follow, `authored_by` in [`super::attribution`].)
        let document =
            described && after_article && !w.is_capitalized() && lex.documents.contains(w.lower());
        if after_role
            || !(is_np_word(w) || document)
            // ("on Monday", not "the Beijing Morning News": a word of time inside a name;
            // but "Ariha Today" ends an outlet's name before what it owns.)
            || (lex.time.contains(w.lower())
                && w.is_capitalized()
                && !((end > from
                    && w.lower() != "today"
                    && sw[end - 1].is_capitalized()
                    && before_name())
                    || named_month()))
        {
            break;
        }
        end += 1;
    }
    if described {
        end = described_forward(sw, from, end, inside);
    }
    // Not ending on "the", "of" …
    while end > from && speakers::lexicon().np_words.contains(sw[end - 1].lower()) {
        end -= 1;
    }
    let mut start = from;
    while start < end && matches!(sw[start].lower(), "of" | "for") {
        start += 1;
    }
    if start > from {
        return from;
    }
    end
}

/// Determiners that open a subject described by ordinary words before its role.
const DETERMINERS_BEFORE_DESCRIPTION: &[&str] = &["the", "a", "an", "its", "their"];

/// "said a 2008 campaign veteran.", "said one longtime adviser to the senator": after a
/// determiner, up to three ordinary words name the speaker when a boundary follows them
/// (the end of the sentence, punctuation, a preposition or "who"). Returns the phrase's
/// new end, or `end` unchanged.
fn described_forward(sw: &[Word], from: usize, end: usize, inside: Inside) -> usize {
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "one", "two", "three", "another", "several", "some", "many", "his",
        "her", "their", "its", "both",
    ];
    const BOUNDARIES: &[&str] = &[
        "to", "of", "for", "at", "in", "from", "with", "who", "on", "and", "during", "after",
        // ("according to one unnamed witness as quoted by Reuters")
        "as",
    ];
    const MAX_WORDS: usize = 4;
    if !sw
        .get(from)
        .is_some_and(|w| DETERMINERS.contains(&w.lower()))
    {
        return end;
    }
    let lex = speakers::lexicon();
    let ordinary = |w: &Word| {
        !w.is_punct()
            && !inside(w)
            && !is_pronoun(w)
            && !lex.time.contains(w.lower())
            && !BOUNDARIES.contains(&w.lower())
            && !matches!(
                w.lower(),
                "that" | "which" | "said" | "says" | "told" | "is" | "was"
            )
            // ("said the verdict would be appealed.": a verb's words make a clause.)
            && !super::words::is_auxiliary(w.lower())
            && !super::words::is_be(w.lower())
    };
    // "She was told by a midwife that …": the agent of a passive cue ends on "that".
    let agent = from > 0 && sw[from - 1].lower() == "by";
    let bounded = |k: usize| {
        sw.get(k).is_none_or(|w| {
            (w.is_punct() && !inside(w))
                || BOUNDARIES.contains(&w.lower())
                || (agent && w.lower() == "that")
        })
    };
    // The ordinary words from `k`, up to `limit`.
    let ordinary_to = |mut k: usize, limit: usize| {
        while k < limit && sw.get(k).is_some_and(ordinary) {
            k += 1;
        }
        k
    };
    let mut k = ordinary_to(end, end + MAX_WORDS);
    // "according to a report released on Tuesday by Human Shield Norland": a phrase of
    // time between the issuing participle and its agent goes on to the agent.
    if k > end && sw[k - 1].lower().ends_with("ed") && lex.issuing_verbs.contains(sw[k - 1].lower())
    {
        let timed = sw[k..]
            .iter()
            .take(4)
            .take_while(|w| {
                matches!(w.lower(), "on" | "in" | "last" | "this" | "earlier")
                    || lex.time.contains(w.lower())
                    || super::words::is_month(w.lower())
                    || w.text().chars().all(|c| c.is_ascii_digit())
            })
            .count();
        if timed > 0 && sw.get(k + timed).is_some_and(|w| w.lower() == "by") {
            k = ordinary_to(k + timed, end + MAX_WORDS + timed);
        }
    }
    // "said the statement dated the day after …", "stated a U.S. official returning
    // from Kabul": a participle after the role's or the document's noun, its phrase
    // going on past a preposition, opens what is said of it: read to the preposition it
    // would leave a piece ("official returning"), or its agent after "by" ("a statement
    // released by his office", whose author the agent is). ("said the doctors attending
    // Torres." is whole; "a protester using the pseudonym Katya" names the role.)
    let participle = |w: &Word| {
        let l = w.lower();
        !w.is_capitalized()
            && (l.ends_with("ing") || l.ends_with("ed"))
            && l.len() > 4
            && !matches!(
                l,
                "using" | "named" | "called" | "nicknamed" | "identified" | "known" | "going"
            )
            // ("said a diplomat involved in the talks": a linking word keeps its phrase.)
            && !LINKING.contains(&l)
    };
    if end > from
        && lex.roles.contains(sw[end - 1].lower())
        && sw.get(end).is_some_and(participle)
        && (sw.get(k).is_some_and(|w| BOUNDARIES.contains(&w.lower()))
            || sw.get(end + 1).is_some_and(|w| w.lower() == "by"))
    {
        return end;
    }
    // "said a diplomat familiar with the negotiations", "said an official with
    // knowledge of the talks": the phrase of what the role is close to goes with it.
    if end > from && lex.roles.contains(sw[end - 1].lower()) {
        let linked = linked_phrase_end(sw, k, inside);
        if linked > k && bounded(linked) {
            return linked;
        }
    }
    if k > end && bounded(k) {
        return k;
    }
    // "said a prominent Republican National Committee member": a body's name, as an
    // adjective, before the role, after up to two ordinary words.
    let mut k = end;
    while k < end + 2
        && sw
            .get(k)
            .is_some_and(|w| ordinary(w) && !w.is_capitalized())
    {
        k += 1;
    }
    let name = sw[k.min(sw.len())..]
        .iter()
        .take(MAX_WORDS)
        .take_while(|w| w.is_capitalized() && ordinary(w))
        .count();
    let role = sw
        .get(k + name)
        .is_some_and(|w| !w.is_capitalized() && lex.is_role_or_title(w.lower()));
    if name > 0 && role && bounded(k + name + 1) {
        k + name + 1
    } else {
        end
    }
}

/// Whether words `a..b` hold a name, a pronoun, a role or an organisation word: a
/// phrase that can name a speaker.
pub fn can_name_speaker(sw: &[Word], a: usize, b: usize) -> bool {
    let lex = speakers::lexicon();
    sw[a..b].iter().any(|w| {
        w.is_capitalized()
            || lex.pronouns.contains(w.lower())
            || lex.roles.contains(w.lower())
            || lex.orgs.contains(w.lower())
    })
}
