//! The coreference stage: what "he", "she", "they", "it", "the minister" and a bare
//! surname refer to. News is written so that a pronoun refers to the subject of its own
//! sentence or of the sentence before, else to the latest person named; titles and
//! first names tell "he" from "she". Paragraph breaks change nothing. Every person keeps
//! the fullest name the document gave before.
use super::gender::{self, Gender};
use super::mentions::{is_courtesy_title, Mention, NameIndex};
use super::organisations::OrgIndex;
use super::speakers::{continues_role, lexicon, Speaker};
use super::words::Word;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// How many earlier mentions a pronoun looks through for one of its gender.
const LOOK_BACK: usize = 40;

/// How many sentences after an indefinite role ("a spokesman said") may name its person.
const NAMED_LATER: usize = 3;

/// A subject older than this many sentences is no longer "the previous sentence".
const SUBJECT_REACH: usize = 2;

/// How many times an organisation's longer name is widened again ("Observatory" →
/// "Syrian Observatory" → "Syrian Observatory for Human Rights").
const WIDENINGS: usize = 3;

/// How far after a subject's start (its titles, "Former Prime Minister …") the name
/// it names starts, in bytes.
const NOTED_NAME_REACH: usize = 60;

#[derive(Debug, Default)]
pub struct Coref {
    index: NameIndex,
    /// Every run of capitalised words, for organisations' full names.
    org_names: OrgIndex,
    /// Gender known for a full name, from any of its mentions.
    genders: FxHashMap<String, Gender>,
    /// People resolved as speakers or subjects: (position, full name).
    people: Vec<(usize, String)>,
    /// Organisations resolved as speakers or subjects: (position, name).
    orgs: Vec<(usize, String)>,
    /// Organisations resolved as the source of a quote: (position, name).
    speaking_orgs: Vec<(usize, String)>,
    /// Organisations and unnamed speakers ("security sources") described in more than
    /// one word, for a later "the sources", "the ministry": (position, speaker).
    described: Vec<(usize, Speaker)>,
    /// The subject of each sentence that had one: (sentence, position, speaker).
    subjects: Vec<(usize, usize, Speaker)>,
    /// Documents the text introduced, with their authors: (position, author).
    documents: Vec<(usize, Speaker)>,
    /// Unnamed speakers the text described in more than one word, source of a quote or
    /// not ("a military source told SANA"): (position, speaker).
    descriptions: Vec<(usize, Speaker)>,
    /// Roles the text gave someone with an article and no name ("met the general"):
    /// (position, role), for "the general said" to be that one, not the person before.
    lone_roles: Vec<(usize, String)>,
    /// Armed groups the text named with their fighters ("FMLN guerrillas"):
    /// (position, name).
    armed_groups: Vec<(usize, String)>,
    /// Visits the text told of ("Hedda Sauer hosted Aldo Ferrant", "Ana Ruiz visited
    /// Ivo Marr"): (position, host, guest), either maybe unnamed.
    visits: Vec<(usize, Option<String>, Option<String>)>,
    /// Bodies the text named with the noun of their kind ("the state news agency KNA",
    /// "Norland Radio, the state broadcaster,"): (position, noun, name).
    kinds: Vec<(usize, String, String)>,
    /// The initials of the capitalised title written right before a name, by the name's
    /// position ("Superintendent of Police Anirudh Bhalerao" → "sp"): whom a later "the
    /// SP" names.
    title_initials: FxHashMap<usize, String>,
    /// Where each sentence starts, in order.
    sentence_starts: Vec<usize>,
    /// Sentences that lie inside a quote that opened in an earlier one, in order: they
    /// are the speaker's words, not the narrative a pronoun looks back over.
    quoted: Vec<usize>,
    /// Where each quote of the text starts and ends, in order: a name inside one is what
    /// a speaker spoke of, no one a later pronoun looks back to.
    quote_spans: Vec<(usize, usize)>,
    /// Where each person (by the fullest name) is first named outside a quote.
    named_outside: FxHashMap<String, usize>,
    /// The capitals are guesses of upper-case copy recased ([`super::casing`]): which
    /// lowercase word describes a name and which is part of it is not written.
    recased: bool,
}

/// Whether the mention `m` gives its person `role` and every qualifier ("nicaraguan").
/// A title's abbreviation gives its role: "Dr. Miriam Castell" is "the doctor".
fn given_role(m: &Mention, role: &str, qualifiers: &[String]) -> bool {
    m.roles
        .iter()
        .any(|r| r == role || abbreviated_role(r) == Some(role))
        && qualifiers.iter().all(|q| m.roles.contains(q))
}

/// The role a title's abbreviation stands for ("dr" → "doctor", "gen." → "general").
fn abbreviated_role(title: &str) -> Option<&'static str> {
    Some(match title.trim_end_matches('.') {
        "dr" => "doctor",
        "prof" => "professor",
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "gen" => "general",
        "col" => "colonel",
        "capt" => "captain",
        "sgt" => "sergeant",
        "lt" => "lieutenant",
        "rev" => "reverend",
        "insp" => "inspector",
        "supt" => "superintendent",
        _ => return None,
    })
}

/// The latest entry of a list in text order (position, value) noted before `at`.
fn latest_before<T: Clone>(list: &[(usize, T)], at: usize) -> Option<T> {
    list[..list.partition_point(|e| e.0 < at)]
        .last()
        .map(|e| e.1.clone())
}

/// Whether an unnamed speaker is people in the plural, by the head of its description
/// ("researchers", "residents of the town", "Independent observers"): what "they" in
/// a later sentence may be. Its head is a role or a body's word: "The couple encouraged
/// attendees", a clause, is none.
pub fn names_people(description: &str) -> bool {
    let head = head_of(description).to_lowercase();
    is_plural(&head) && (lexicon().roles.contains(&head) || lexicon().is_body_word(&head))
}

/// Two people named together ("Lena Osei and Ivo Marr", as [`super::speakers`] joins
/// them): who a later "they" may be.
pub fn names_a_pair(description: &str) -> bool {
    description.split_once(" and ").is_some_and(|(a, b)| {
        a.starts_with(char::is_uppercase) && b.starts_with(char::is_uppercase)
    })
}

/// One unnamed person, described in the singular by a role of [unnamed roles] or
/// [unnamed people] ("a police spokesperson", "a rebel commander", "a teacher"): who a
/// later "he" or "she" may be when the description was the subject of a sentence that
/// reports something or tells they talked to someone ("A police spokesperson confirmed …
/// “…,” he said"; "A rebel commander spoke to reporters. He said …").
pub fn names_one_person(description: &str) -> bool {
    let head = head_of(description).to_lowercase();
    let lex = lexicon();
    // ("A 19-year-old from Dalvaria said …": or an age.)
    super::appositive::is_age(&head)
        || !is_plural(&head)
            && (lex.unnamed_roles.contains(&head) || lex.unnamed_people.contains(&head))
}

/// The head of an unnamed speaker's description: its last word before "of", "for", "in"
/// and the like ("spokesman" of "a spokesman for the Press Committee").
fn head_of(description: &str) -> &str {
    // ("dozens of farmers": the people counted, not the count.)
    let description = description
        .split_once(" of ")
        .filter(|(count, _)| {
            !count.is_empty()
                && count.split(' ').all(|w| {
                    let w = w.to_lowercase();
                    matches!(
                        w.as_str(),
                        "dozens" | "hundreds" | "thousands" | "scores" | "millions"
                    ) || w.chars().all(|c| c.is_ascii_digit())
                })
        })
        .map_or(description, |(_, rest)| rest.trim_start_matches("the "));
    description
        .split(' ')
        .take_while(|w| !continues_role(w))
        .last()
        .unwrap_or(description)
}

/// Whether a description names a document by its last word ("joint statement").
pub fn names_a_document(description: &str) -> bool {
    description
        .rsplit(' ')
        .next()
        .is_some_and(|w| lexicon().documents.contains(&w.to_lowercase()))
}

/// Whether a role word names several people ("residents", "police", "authorities").
pub fn is_plural(role: &str) -> bool {
    let role = role.to_lowercase();
    (role.ends_with('s') && !role.ends_with("ss"))
        || role.ends_with("men")
        || matches!(
            role.as_str(),
            "police" | "people" | "staff" | "military" | "children" | "family"
        )
}

/// "group", "organization": a body's common noun alone names no body a later "the
/// group" or "they" could refer to.
fn is_bare_body(name: &str) -> bool {
    super::speakers::lexicon()
        .bodies
        .contains(&name.to_lowercase())
}

/// Two speakers joined ("police and county officials"): never one of them alone. Not an
/// "and" between capitals after a preposition, inside one name ("source at the Foreign
/// and Expatriates Ministry", "Council of Trade and Industry").
fn is_pair(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    words.iter().enumerate().any(|(k, &w)| {
        let in_name = k > 0
            && words.get(k + 1).is_some_and(|n| capital(n))
            && capital(words[k - 1])
            && words[..k]
                .iter()
                .any(|p| matches!(*p, "of" | "at" | "for" | "in"));
        w == "and" && !in_name
    })
}

/// The initials of the capitalised words (and "of", "for" between them) written right
/// before each mention's name, when there are two or more, by the name's position.
fn title_initials(names: &[Mention], words: &[Word]) -> FxHashMap<usize, String> {
    const TITLE_WORDS: usize = 6;
    names
        .iter()
        .filter_map(|m| {
            let k = words.partition_point(|w| w.span.start < m.at);
            let mut initials: Vec<char> = words[k.saturating_sub(TITLE_WORDS)..k]
                .iter()
                .rev()
                .take_while(|w| w.is_capitalized() || matches!(w.lower(), "of" | "for"))
                .filter(|w| w.is_capitalized())
                .filter_map(|w| w.lower().chars().next())
                .collect();
            initials.reverse();
            (initials.len() >= 2).then(|| (m.at, initials.into_iter().collect()))
        })
        .collect()
}

/// "Associated Press", "The Denver Post": a name that ends in a word of an outlet's name
/// (`[outlet name words]`).
fn is_outlet(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|w| lexicon().outlet_name_words.contains(&w.to_lowercase()))
}

/// A place that speaks ("Saudi Arabia said") is never what "it", "they" or "the group"
/// refer back to: a place named later as the scene ("Eastern Ghouta has been under
/// siege") is no body.
fn is_place(name: &str) -> bool {
    super::speakers::lexicon().is_place(name)
}

/// "Ban Ki-moons office", "Bashar al Assads forces" (a text without a single
/// apostrophe, as FA-KES is): a person's name whose last word is a capitalised word of
/// the text with an "s" added is that word's possessive, and the person the word names.
/// (The names as they are, not copied, in any other text or when none is such.)
fn without_bare_possessives<'a>(names: &'a [Mention], words: &[Word]) -> Cow<'a, [Mention]> {
    if words.iter().any(|w| w.text().contains(['\'', '’'])) {
        return Cow::Borrowed(names);
    }
    let capitalised: FxHashSet<&str> = words
        .iter()
        .filter(|w| w.is_capitalized())
        .map(Word::text)
        .collect();
    let possessive = |m: &Mention| {
        let last = m.name.rsplit(' ').next().unwrap_or("");
        // (A person's name: it opens with a known first name.)
        let person = m
            .name
            .split(' ')
            .next()
            .is_some_and(|first| first != last && gender::is_first_name(first));
        person
            && last.strip_suffix('s').is_some_and(|stem| {
                stem.chars().count() >= 3 && !stem.ends_with('s') && capitalised.contains(stem)
            })
    };
    if !names.iter().any(possessive) {
        return Cow::Borrowed(names);
    }
    names
        .iter()
        .map(|m| {
            if possessive(m) {
                Mention {
                    name: m.name[..m.name.len() - 1].to_string(),
                    ..m.clone()
                }
            } else {
                m.clone()
            }
        })
        .collect()
}

impl Coref {
    pub fn new(names: &[Mention], words: &[Word]) -> Self {
        let names: &[Mention] = &without_bare_possessives(names, words);
        let index = NameIndex::new(names, words);
        let mut genders: FxHashMap<String, Gender> = FxHashMap::default();
        for m in names {
            let full = index.fullest(&m.name, m.at + 1);
            // A shorter mention tells the gender by its titles only: its first word may
            // be part of the surname ("Paz Zamora" of "Jaime Paz Zamora").
            let gender = if full == m.name {
                m.gender
            } else {
                gender::of_titles(&m.roles)
            };
            let g = genders.entry(full).or_default();
            *g = g.or(gender);
        }
        Coref {
            index,
            org_names: OrgIndex::new(words),
            genders,
            title_initials: title_initials(names, words),
            ..Default::default()
        }
    }

    /// "said the SP" after "Superintendent of Police Anirudh Bhalerao", "the RPC" after
    /// "Regional Police Commander Simon Mwakyusa": the latest person before `at` whose
    /// title's initials are the acronym's letters (lowercase; not "the ACCC" after "AFP
    /// Assistant Commissioner Crime Command Nigel Ryan").
    pub fn titled_by_initials(&self, acronym: &str, at: usize) -> Option<String> {
        self.latest_mention(at, |m| {
            self.title_initials.get(&m.at).is_some_and(|i| i == acronym)
        })
    }

    /// The same, knowing where the text's quotes lie (`(start, end)`, in order).
    pub fn quotes(mut self, spans: impl Iterator<Item = (usize, usize)>) -> Self {
        self.quote_spans = spans.collect();
        for m in self.index.mentions() {
            if !self.in_quote(m.at) {
                let full = self.index.fullest(&m.name, m.at + 1);
                self.named_outside.entry(full).or_insert(m.at);
            }
        }
        self
    }

    /// Whether position `at` lies inside a quote.
    fn in_quote(&self, at: usize) -> bool {
        let k = self.quote_spans.partition_point(|q| q.0 <= at);
        k > 0 && at < self.quote_spans[k - 1].1
    }

    /// The same, for a document whose capitals were guessed ([`super::casing`]).
    pub fn recased(self, recased: bool) -> Self {
        Coref { recased, ..self }
    }

    /// Whether the capitals are guesses of upper-case copy recased.
    pub fn capitals_guessed(&self) -> bool {
        self.recased
    }

    /// The fullest name given before `limit` for a name or surname.
    pub fn fullest(&self, name: &str, limit: usize) -> String {
        self.index.fullest(name, limit)
    }

    /// The person a surname named before `limit` is, when the fuller name given for it
    /// opens with a known first name ("Josh Earnest" for "Earnest"; "Marine Bulletin" is
    /// none).
    pub fn person_named_in_full(&self, surname: &str, limit: usize) -> Option<String> {
        let full = self.index.fullest(surname, limit);
        full.split(' ')
            .next()
            .is_some_and(|first| first != surname && gender::is_first_name(first))
            .then_some(full)
    }

    /// The one person named before `limit` by a fuller name that opens with the first
    /// name `first` ("Olav Gunnar Ballo" for "said Olav"); `None` when none is, or two
    /// different people are.
    pub fn by_first_name(&self, first: &str, limit: usize) -> Option<String> {
        let mentions = self.index.mentions();
        let mut found: Option<&str> = None;
        for m in &mentions[..mentions.partition_point(|m| m.at < limit)] {
            let Some((opening, _)) = m.name.split_once(' ') else {
                continue;
            };
            if opening != first {
                continue;
            }
            found = match found {
                None => Some(&m.name),
                // The same person named again, more or less fully.
                Some(f) if f.starts_with(m.name.as_str()) => Some(f),
                Some(f) if m.name.starts_with(f) => Some(&m.name),
                Some(_) => return None,
            };
        }
        found.map(|f| self.index.fullest(f, limit))
    }

    /// The person a bare surname at `at` of sentence `sentence` is. Of two people who
    /// share it, the one named in full as the subject of this sentence or the one
    /// before ("Katherine Jackson, the mother of Michael Jackson, told KTLA: “…”
    /// Jackson expressed thanks"); else the one the index prefers ([`NameIndex`]).
    /// (The subject's name opens with a known first name: in recased wire copy,
    /// guessed capitals make names of other words, "WITH NA DUHALDE", NA the news
    /// agency.)
    pub fn surname(&self, word: &str, at: usize, sentence: usize) -> String {
        let chosen = self.index.fullest(word, at + 1);
        let suffix = format!(" {word}");
        let mentions = self.index.mentions();
        // Named in full where the subject was noted (where its titles start), not a
        // surname resolved.
        let named_in_full = |pos: usize, person: &str| {
            mentions[mentions.partition_point(|m| m.at < pos)..]
                .iter()
                .take_while(|m| m.at < pos + NOTED_NAME_REACH)
                .any(|m| {
                    m.name.contains(' ') && m.name.ends_with(&suffix) && person.ends_with(&m.name)
                })
        };
        let first_named = |p: &str| p.split(' ').next().is_some_and(gender::is_first_name);
        let subject = self
            .subjects
            .iter()
            .rev()
            .take(2)
            .filter(|(s, pos, _)| self.recent(*s, *pos, at, sentence, 1))
            .find_map(|(_, pos, speaker)| match speaker {
                Speaker::Person(p) if p.ends_with(&suffix) && named_in_full(*pos, p) => Some(p),
                _ => None,
            });
        match subject {
            Some(p) if first_named(p) && !chosen.ends_with(p.as_str()) && !p.ends_with(&chosen) => {
                p.clone()
            }
            _ => chosen,
        }
    }

    /// The fullest name given before `limit` for a name given with titles or roles
    /// ("President Karzai").
    /// Never a full name of the other gender than the titles tell ("Mr. Corby" is not
    /// "Schapelle Corby", named "Ms. Corby" before): the name as given, then.
    pub fn fullest_titled(&self, name: &str, roles: &[String], limit: usize) -> String {
        let full = self.index.fullest_titled(name, roles, limit);
        let wanted = gender::of_titles(roles);
        let known = self.gender_of(&full);
        if full != name && wanted != Gender::Unknown && known != Gender::Unknown && known != wanted
        {
            name.to_string()
        } else {
            full
        }
    }

    /// The fullest name given before `limit` for an organisation ("the Observatory").
    pub fn fullest_org(&self, name: &str, limit: usize) -> String {
        // "the Observatory" after "the Syrian Observatory for Human Rights … the Syrian
        // Observatory": the longer name found widens again, by what follows it after
        // "for" or "of" (not "Syrian Coalition Declares Idlib Disaster Area", a
        // headline).
        let mut full = self.org_names.fullest(name, limit);
        for _ in 0..WIDENINGS {
            let wider = self.org_names.fullest(&full, limit);
            let continues = wider
                .strip_prefix(full.as_str())
                .is_some_and(|rest| rest.starts_with(" for ") || rest.starts_with(" of "));
            if !continues {
                break;
            }
            full = wider;
        }
        full
    }

    /// The full name of the person named before `limit` whose surname `word` misspells.
    pub fn misspelled(&self, word: &str, limit: usize) -> Option<String> {
        self.index.misspelled(word, limit)
    }

    pub fn is_surname(&self, word: &str) -> bool {
        self.index.is_surname(word)
    }

    /// The full name of the one person named before `limit` whose initials are
    /// `initials` ("NG" for "Natasha Gownaris", "MS" for "Dr. Michael Siegel"): the
    /// first letters of the first and last words of the name, or of all its words.
    /// `None` when no one or several people have them.
    pub fn person_by_initials(&self, initials: &str, limit: usize) -> Option<String> {
        let wanted = initials.to_lowercase();
        let of = |name: &str| -> (String, String) {
            let firsts: Vec<char> = name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_lowercase)
                .collect();
            let ends = match firsts.as_slice() {
                [first, .., last] => [*first, *last].iter().collect(),
                _ => String::new(),
            };
            (ends, firsts.iter().collect())
        };
        let mut found: Option<String> = None;
        for m in self.index.mentions().iter().take_while(|m| m.at < limit) {
            let full = self.index.fullest(&m.name, limit);
            let (ends, all) = of(&full);
            if ends != wanted && all != wanted {
                continue;
            }
            match &found {
                Some(f) if *f != full => return None,
                _ => found = Some(full),
            }
        }
        found
    }

    /// The gender of a full name, from any of its mentions or its first name.
    pub fn gender_of(&self, name: &str) -> Gender {
        self.genders
            .get(name)
            .copied()
            .unwrap_or_default()
            .or(gender::of_name(name))
    }

    /// Remembers an armed group named with its fighters at `at` ("FMLN guerrillas").
    pub fn note_armed_group(&mut self, name: String, at: usize) {
        self.armed_groups.push((at, name));
    }

    /// "the guerrillas", "the Salvadoran rebels": the armed group last named with its
    /// fighters before `at`.
    pub fn armed_group(&self, at: usize) -> Option<String> {
        latest_before(&self.armed_groups, at)
    }

    /// Remembers where the document's sentences start (in order).
    pub fn note_sentence_starts(&mut self, starts: impl Iterator<Item = usize>) {
        self.sentence_starts = starts.collect();
    }

    /// Whether a sentence starts after `from` and up to `to`.
    fn sentence_between(&self, from: usize, to: usize) -> bool {
        let k = self.sentence_starts.partition_point(|&s| s <= from);
        self.sentence_starts.get(k).is_some_and(|&s| s <= to)
    }

    /// Remembers that sentence `sentence` lies inside a quote opened before it.
    pub fn note_quoted_sentence(&mut self, sentence: usize) {
        self.quoted.push(sentence);
    }

    /// Whether a subject noted in sentence `s` at `pos` is recent for a word at `at` in
    /// sentence `sentence`: in the same sentence before it, or up to `reach` sentences
    /// before, not counting those inside a quote ("A spokesman said: “It is false. We
    /// are not bombing.” He explained …" is the next sentence).
    fn recent(&self, s: usize, pos: usize, at: usize, sentence: usize, reach: usize) -> bool {
        if s == sentence {
            return pos < at;
        }
        let quoted_between = self.quoted[self.quoted.partition_point(|&q| q <= s)
            ..self.quoted.partition_point(|&q| q < sentence)]
            .len();
        s < sentence && sentence - s - quoted_between <= reach
    }

    /// Remembers a resolved speaker (or subject) at a position.
    pub fn note(&mut self, speaker: &Speaker, at: usize, sentence: usize) {
        match speaker {
            Speaker::Person(p) => self.people.push((at, p.clone())),
            Speaker::Organisation(o) if !is_bare_body(o) && !is_place(o) => {
                self.orgs.push((at, o.clone()))
            }
            Speaker::Organisation(_) | Speaker::Unnamed(_) => {}
        }
        if !matches!(speaker, Speaker::Person(_))
            && speaker.name().contains(' ')
            && !is_place(speaker.name())
        {
            self.described.push((at, speaker.clone()));
        }
        if self.subjects.last().is_none_or(|s| s.0 != sentence) {
            self.subjects.push((sentence, at, speaker.clone()));
        }
    }

    /// What a pronoun at `at` in sentence `sentence` refers to.
    pub fn pronoun(&self, word: &str, at: usize, sentence: usize) -> Option<Speaker> {
        let Some(wanted) = gender::of_pronoun(word) else {
            return match word {
                "they" => self
                    .unnamed_subject(at, sentence, None, |role, _| is_plural(role))
                    .or_else(|| self.latest_org(at).map(Speaker::Organisation)),
                "it" => self
                    .subject_org(at, sentence)
                    .map(Speaker::Organisation)
                    .or_else(|| self.subject_document(at, sentence))
                    .or_else(|| self.latest_org(at).map(Speaker::Organisation))
                    // ("The monitor said …. “…,” it said": a body unnamed, the subject,
                    // when no body was named.)
                    .or_else(|| {
                        self.unnamed_subject(at, sentence, None, |role, _| {
                            let l = role.to_lowercase();
                            !is_plural(&l)
                                && (lexicon().is_body_word(&l) || lexicon().body_kinds.contains(&l))
                        })
                    })
                    // ("The charity condemned the attack. “…,” it said": or a body's noun
                    // alone that was the subject.)
                    .or_else(|| {
                        self.subjects
                            .iter()
                            .rev()
                            .take(2)
                            .filter(|(s, pos, _)| self.recent(*s, *pos, at, sentence, 1))
                            .find_map(|(_, _, speaker)| match speaker {
                                Speaker::Organisation(o) if is_bare_body(o) => {
                                    Some(Speaker::Unnamed(o.to_lowercase()))
                                }
                                _ => None,
                            })
                    }),
                _ => None,
            };
        };
        self.subject_person(wanted, at, sentence)
            .map(Speaker::Person)
            .or_else(|| {
                self.unnamed_subject(at, sentence, Some(wanted), |role, g| {
                    names_one_person(role) && g.agrees(wanted)
                })
            })
            .or_else(|| self.latest_person(at, wanted).map(Speaker::Person))
            .or_else(|| self.one_word_subject(at, sentence).map(Speaker::Person))
            // "The minister said the attack was vile. “…,” she said": with no person named
            // before, any role in the singular that was the subject.
            .or_else(|| {
                self.unnamed_subject(at, sentence, Some(wanted), |role, g| {
                    let role = role.to_lowercase();
                    !is_plural(&role) && lexicon().roles.contains(&role) && g.agrees(wanted)
                })
            })
    }

    /// "Many protesters said …. “…,” one said", "Another added": one of the people
    /// unnamed in the plural who were the subject of this sentence or the one before,
    /// named in the singular ("protester").
    pub fn one_of(&self, at: usize, sentence: usize) -> Option<Speaker> {
        let Speaker::Unnamed(people) =
            self.unnamed_subject(at, sentence, None, |role, _| is_plural(role))?
        else {
            return None;
        };
        let head = head_of(&people);
        let one = head
            .strip_suffix("ies")
            .map(|stem| format!("{stem}y"))
            .or_else(|| {
                ["sses", "shes", "ches", "xes"]
                    .iter()
                    .find(|end| head.ends_with(*end))
                    .map(|_| head[..head.len() - 2].to_string())
            })
            .or_else(|| head.strip_suffix('s').map(str::to_string))?;
        Some(Speaker::Unnamed(one.to_lowercase()))
    }

    /// "“…,” one said. “…,” another added": another of the people the quote before gave
    /// one of, unnamed in the singular ("protester").
    pub fn another_of(&self, at: usize, sentence: usize) -> Option<Speaker> {
        self.one_of(at, sentence).or_else(|| {
            self.unnamed_subject(at, sentence, None, |role, _| {
                !is_plural(role) && !role.contains(' ')
            })
        })
    }

    /// "“…,” al-Baluchi told the judge. “…,” he said": with no person named before, a
    /// subject of one word that is no acronym and was read as a body (this sentence's
    /// or one of the two before) is the person "he" or "she" is.
    fn one_word_subject(&self, at: usize, sentence: usize) -> Option<String> {
        self.recent_subject_org(at, sentence, |o| {
            !o.contains(' ') && o.chars().any(char::is_lowercase)
        })
    }

    /// The unnamed speaker that was the subject of this sentence before `at` or of the
    /// one before, when `fits` its role and gender ("According to a resident, … She
    /// added", "Police said … They added"); none when a person was named in between (one
    /// of the `wanted` gender: "A senior official accompanying Ana Ruiz said … he said")
    /// or the description is a named person's. The role is judged by its head ("a
    /// spokesman for the Press Committee").
    fn unnamed_subject(
        &self,
        at: usize,
        sentence: usize,
        wanted: Option<Gender>,
        fits: impl Fn(&str, Gender) -> bool,
    ) -> Option<Speaker> {
        let (_, pos, speaker) = self
            .subjects
            .iter()
            .rev()
            .find(|(s, pos, _)| self.recent(*s, *pos, at, sentence, 1))?;
        let Speaker::Unnamed(role) = speaker else {
            return None;
        };
        let mentions = self.index.mentions();
        let k = mentions.partition_point(|m| m.at <= *pos);
        // A name of unknown gender in the subject's own sentence is what the speaker
        // spoke of, no rival ("A senior official accompanying Ana Ruiz said that Ruiz
        // had not erred. “…,” he said").
        // (Not the names of a pair, "Lena Osei and Ivo Marr", which are the subject.)
        let pair = names_a_pair(role);
        let named_between = mentions[k..].iter().take_while(|m| m.at < at).any(|m| {
            if pair && role.contains(m.name.as_str()) {
                return false;
            }
            let g = m.gender.or(self.gender_of(&m.name));
            wanted.is_none_or(|w| g.agrees(w))
                && (g != Gender::Unknown || self.sentence_between(*pos, m.at))
        });
        // "Marie Lude, CICR spokeswoman, told …": a description right after a name is
        // that person's.
        let described_name = mentions[..k].last().is_some_and(|m| {
            m.end <= *pos && *pos - m.end <= 3 && !self.sentence_between(m.end, *pos)
        });
        // (A pair is people: what fits "they".)
        let last = if pair { "people" } else { head_of(role) };
        (!named_between && !described_name && fits(last, gender::of_title(last)))
            .then(|| speaker.clone())
    }

    /// "the 54-year-old": the person that was the subject of this sentence before `at`
    /// or of the one before, else the person named last.
    pub fn person_described(&self, at: usize, sentence: usize) -> Option<String> {
        self.subject_person(Gender::Unknown, at, sentence)
            .or_else(|| self.latest_person(at, Gender::Unknown))
    }

    /// "the 27-year-old" after "Marco Vitale, 27,": the latest person named before `at`
    /// with that age.
    pub fn person_aged(&self, years: &str, at: usize) -> Option<String> {
        self.latest_mention(at, |m| m.age.as_deref() == Some(years))
    }

    /// The person of a gender that was the subject of this sentence before `at` or of
    /// the previous one ("Albares spoke. … he said."; "Rosa Chavez said … The prelate
    /// said").
    pub fn subject_person(&self, wanted: Gender, at: usize, sentence: usize) -> Option<String> {
        // A subject of unknown gender two sentences back gives way to a person named
        // after it whose gender is the one wanted ("President Jaime Solis proposed … The
        // remarks by envoy Marilyn Pratt … “…,” she said").
        let mentions = self.index.mentions();
        let named_after = |pos: usize| {
            mentions
                [mentions.partition_point(|m| m.at <= pos)..mentions.partition_point(|m| m.at < at)]
                .iter()
                .any(|m| {
                    let g = self.gender_of(&self.index.fullest(&m.name, m.at + 1));
                    g != Gender::Unknown && g.agrees(wanted)
                })
        };
        let agrees = |s: &Speaker, pos: usize, earlier: bool| match s {
            Speaker::Person(p) => match self.gender_of(p) {
                Gender::Unknown => !earlier || wanted == Gender::Unknown || !named_after(pos),
                g => g.agrees(wanted),
            },
            _ => false,
        };
        // The subject of this sentence, before the pronoun ("Lavrov said he …"), or of
        // the previous sentence ("Albares spoke. … he said.").
        for (s, pos, speaker) in self.subjects.iter().rev().take(3) {
            if self.recent(*s, *pos, at, sentence, SUBJECT_REACH)
                && agrees(speaker, *pos, *s + 1 < sentence)
            {
                return Some(speaker.name().to_string());
            }
            if *s < sentence {
                break;
            }
        }
        None
    }

    /// "Brightwave Cruises said … “…,” the company said": with no body named before,
    /// the subject of the sentence before when it was read as a person but no first
    /// name, title or pronoun says so (a name of two words or more). (Not in the same
    /// sentence: "Montie Brewer has been appointed CEO of Air Canada, the airline
    /// announced", nor past another name written after it: "Montie Brewer appointed CEO
    /// of Air Canada.")
    pub fn subject_maybe_body(&self, at: usize, sentence: usize) -> Option<String> {
        let (_, pos, speaker) = self.subjects.iter().rev().find(|(s, pos, _)| {
            *s < sentence && self.recent(*s, *pos, at, sentence, SUBJECT_REACH)
        })?;
        let named_after = self
            .org_names
            .latest_name(at)
            .is_some_and(|(name_at, name)| name_at > *pos && name != speaker.name());
        match speaker {
            Speaker::Person(p)
                if !named_after
                    && p.contains(' ')
                    && self.gender_of(p) == Gender::Unknown
                    && !p.split(' ').next().is_some_and(gender::is_first_name) =>
            {
                Some(p.clone())
            }
            _ => None,
        }
    }

    /// The body that was the subject of this sentence before `at` or of one of the two
    /// before ("The website Al Masdar News reported that the army withdrew as rebels
    /// advanced. It said …": the website, not a body named in its clause).
    fn subject_org(&self, at: usize, sentence: usize) -> Option<String> {
        self.recent_subject_org(at, sentence, |_| true)
    }

    /// "The joint statement said … It added that …": a document, described without an
    /// author, that was the subject of this sentence before `at` or of the one before.
    fn subject_document(&self, at: usize, sentence: usize) -> Option<Speaker> {
        let (_, _, speaker) = self
            .subjects
            .iter()
            .rev()
            .find(|(s, pos, _)| self.recent(*s, *pos, at, sentence, 1))?;
        matches!(speaker, Speaker::Unnamed(d) if names_a_document(d)).then(|| speaker.clone())
    }

    /// The latest body that `fits` and was the subject of this sentence before `at` or
    /// of one of the two before; a body's common noun alone ("group") is none.
    fn recent_subject_org(
        &self,
        at: usize,
        sentence: usize,
        fits: impl Fn(&str) -> bool,
    ) -> Option<String> {
        self.subjects
            .iter()
            .rev()
            .take(3)
            .filter(|(s, pos, _)| self.recent(*s, *pos, at, sentence, SUBJECT_REACH))
            .find_map(|(_, _, speaker)| match speaker {
                Speaker::Organisation(o) if !is_bare_body(o) && !is_place(o) && fits(o) => {
                    Some(o.clone())
                }
                _ => None,
            })
    }

    /// The latest person of a gender before `at`: a name mentioned or a speaker resolved.
    /// A mention whose gender is known, or a person who spoke, is preferred to a later
    /// mention whose gender is not ("Rami Abdel Rahman … in Eastern Ghouta … he said";
    /// "“…,” Ilves said. … Costa Verde Holdings … “…,” he said").
    fn latest_person(&self, at: usize, wanted: Gender) -> Option<String> {
        let mentions = self.index.mentions();
        let before = mentions.partition_point(|m| m.at < at);
        // ("“We saw vehicles crossing through Kafr Lusin,” he said": not a name only
        // ever given inside a quote; "“… Ms. Hilton …” … She" is Paris Hilton, named
        // before outside it.)
        let candidates = || {
            mentions[..before]
                .iter()
                .rev()
                .take(LOOK_BACK)
                .map(|m| (m.at, self.index.fullest(&m.name, m.at + 1)))
                .filter(|(at, full)| {
                    !self.in_quote(*at) || self.named_outside.get(full).is_some_and(|&o| o < *at)
                })
                // ("Ana Ruiz told The Associated Press …. He added": an outlet's name is
                // no man's.)
                .filter(|(_, full)| !is_outlet(full))
        };
        let named = candidates().find(|(_, n)| {
            self.gender_of(n) != Gender::Unknown && self.gender_of(n).agrees(wanted)
        });
        let spoke = self.people[..self.people.partition_point(|p| p.0 < at)]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .find(|(_, n)| self.gender_of(n).agrees(wanted))
            .cloned();
        match (named, spoke) {
            (Some(a), Some(b)) => Some(if a.0 > b.0 { a.1 } else { b.1 }),
            (a, b) => a
                .or(b)
                .or_else(|| candidates().find(|(_, n)| self.gender_of(n).agrees(wanted)))
                .map(|x| x.1),
        }
    }

    /// Remembers a resolved speaker of a quote: "the group said" looks back to the bodies
    /// that spoke before it ("ISIL then “…” the Britain-based monitor said" is the
    /// monitor that spoke before, not ISIL, the sentence's subject).
    pub fn note_source(&mut self, speaker: &Speaker, at: usize, sentence: usize) {
        if let Speaker::Organisation(o) = speaker {
            // (A pair, "the observatory and opposition fighters", is no "the monitor".)
            if !is_bare_body(o) && !is_place(o) && !is_pair(o) {
                self.speaking_orgs.push((at, o.clone()));
            }
        }
        self.note(speaker, at, sentence);
    }

    /// "the group", "the monitor": the latest body before `at` that was the source of a
    /// quote, else the latest body resolved, else the latest body's name written before.
    pub fn latest_body(&self, at: usize) -> Option<Speaker> {
        latest_before(&self.speaking_orgs, at)
            .or_else(|| self.latest_org(at))
            .or_else(|| self.org_names.latest_body(at).map(str::to_string))
            .map(Speaker::Organisation)
    }

    /// "the latter": whoever was named last before `at` in its sentence, a person (by the
    /// fullest name given) or a body's name of two words or more. Not in upper-case text,
    /// where capitals tell no names.
    pub fn latest_named(&self, at: usize) -> Option<Speaker> {
        if self.capitals_guessed() {
            return None;
        }
        let mentions = self.index.mentions();
        let person = mentions[..mentions.partition_point(|m| m.at < at)]
            .last()
            .filter(|m| !self.sentence_between(m.at, at));
        let org = self
            .org_names
            .latest_name(at)
            .filter(|&(org_at, _)| !self.sentence_between(org_at, at));
        match (person, org) {
            (_, Some((org_at, name))) if person.is_none_or(|m| m.at < org_at) => {
                Some(Speaker::Organisation(self.fullest_org(name, at)))
            }
            (Some(m), _) => Some(Speaker::Person(self.index.fullest(&m.name, m.at + 1))),
            (None, _) => None,
        }
    }

    /// Where the sentence before the one holding `at` starts (0 for the first two).
    fn previous_sentence_start(&self, at: usize) -> usize {
        self.sentence_start_back(at, 1)
    }

    /// Where the sentence `back` sentences before the one holding `at` starts (0 when
    /// there are not so many).
    fn sentence_start_back(&self, at: usize, back: usize) -> usize {
        let here = self.sentence_starts.partition_point(|&s| s <= at);
        self.sentence_starts[..here]
            .iter()
            .rev()
            .nth(back)
            .copied()
            .unwrap_or(0)
    }

    /// "the former", "the latter": of the last two people named before `at`, in its
    /// sentence or the one before, the first (`former`) or the second, by the fullest
    /// name given. Not in upper-case text, where capitals tell no names.
    pub fn named_in_pair(&self, at: usize, former: bool) -> Option<String> {
        if self.capitals_guessed() {
            return None;
        }
        let from = self.previous_sentence_start(at);
        let mentions = self.index.mentions();
        let mut named: Vec<String> = mentions
            [mentions.partition_point(|m| m.at < from)..mentions.partition_point(|m| m.at < at)]
            .iter()
            .map(|m| self.index.fullest(&m.name, m.at + 1))
            .collect();
        // (One person named twice in a row is one of the two.)
        named.dedup();
        match named.as_slice() {
            [.., first, second] => Some(if former { first } else { second }.clone()),
            _ => None,
        }
    }

    fn latest_org(&self, at: usize) -> Option<String> {
        latest_before(&self.orgs, at)
    }

    /// Remembers a document the text introduces at `at` and who wrote it ("the MPL
    /// communique", "a statement from the ministry").
    pub fn note_document(&mut self, author: Speaker, at: usize) {
        self.documents.push((at, author));
    }

    /// "the report", "the document": the author of the latest document introduced
    /// before `at`.
    pub fn document_author(&self, at: usize) -> Option<Speaker> {
        latest_before(&self.documents, at)
    }

    /// The author of a document introduced from `from` to before `at` ("a poll shows" is
    /// a new document: only its own introduction, never an earlier document's, names
    /// who wrote it).
    pub fn document_introduced(&self, from: usize, at: usize) -> Option<Speaker> {
        let k = self.documents.partition_point(|e| e.0 < at);
        self.documents[..k]
            .last()
            .filter(|e| e.0 >= from)
            .map(|e| e.1.clone())
    }

    /// "the sources", "the ministry": the latest body or unnamed speaker before `at`
    /// described in more words, one of them `word` ("security sources", "Russian defence
    /// ministry", "source at Aleppo Police Command"), and where it was described.
    pub fn described(&self, word: &str, at: usize) -> Option<(usize, Speaker)> {
        let latest = |list: &[(usize, Speaker)], head_only: bool| {
            list[..list.partition_point(|d| d.0 < at)]
                .iter()
                .rev()
                .take(LOOK_BACK)
                .find(|(_, s)| {
                    let mut words = s.name().split(' ');
                    // ("the observatory and opposition fighters": a pair of speakers is
                    // neither of them.)
                    if is_pair(s.name()) {
                        return false;
                    }
                    if head_only {
                        // The role before its place: "source" of "source at Aleppo
                        // Police Command".
                        words
                            .take_while(|w| !matches!(*w, "at" | "in" | "from" | "with"))
                            .last()
                            .is_some_and(|w| w.eq_ignore_ascii_case(word))
                    } else {
                        words.any(|w| w.eq_ignore_ascii_case(word))
                    }
                })
                .cloned()
        };
        // A description noted from the text names the role by its last word ("military
        // source" for "the source", not for "the military").
        let found = match (
            latest(&self.described, false),
            latest(&self.descriptions, true),
        ) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        };
        // ("A coast guard officer … the officer said": one person described by a noun
        // of [unnamed people] is no longer the one meant once a person was named after
        // the description: "An alleged officer … identified himself as Captain Adan
        // Solorzano … The officer declined".)
        let lex = lexicon();
        let found = found.filter(|(pos, s)| {
            let head = head_of(s.name()).to_lowercase();
            // (Not one whose owner is named: "Corby's father".)
            let owned = s.name().contains("'");
            let person =
                lex.unnamed_people.contains(&head) && !lex.unnamed_roles.contains(&head) && !owned;
            let mentions = self.index.mentions();
            !person
                || !mentions[mentions.partition_point(|m| m.at <= *pos)..]
                    .iter()
                    .take_while(|m| m.at < at)
                    .any(|m| self.sentence_between(*pos, m.at))
        });
        // "the government" after "Yemeni government officials": the body the people
        // were of, not the people.
        found.map(|(pos, s)| {
            let words: Vec<&str> = s.name().split(' ').collect();
            let k = words.iter().position(|w| w.eq_ignore_ascii_case(word));
            let people_after = k.is_some_and(|k| {
                k + 1 < words.len()
                    && lexicon().is_body_word(&word.to_lowercase())
                    && words[k + 1..]
                        .iter()
                        .all(|w| lexicon().roles.contains(&w.to_lowercase()))
            });
            match k {
                Some(k) if people_after => (pos, Speaker::Organisation(words[..=k].join(" "))),
                _ => (pos, s),
            }
        })
    }

    /// Remembers an unnamed speaker described at `at`, in text order.
    pub fn note_description(&mut self, speaker: Speaker, at: usize) {
        self.descriptions.push((at, speaker));
    }

    /// Remembers a visit told at `at`: who hosted whom.
    pub fn note_visit(&mut self, host: Option<String>, guest: Option<String>, at: usize) {
        self.visits.push((at, host, guest));
    }

    /// "the visiting president", "his guest" (`guest`), "her host": the guest or the
    /// host of the latest visit told in this sentence before `at` or the two before.
    pub fn visit_party(&self, guest: bool, at: usize) -> Option<String> {
        let from = self.sentence_start_back(at, 2);
        let (_, host, visitor) = self.visits[..self.visits.partition_point(|v| v.0 < at)]
            .last()
            .filter(|v| v.0 >= from)?;
        if guest {
            visitor.clone()
        } else {
            host.clone()
        }
    }

    /// Remembers a body named at `at` with the noun of its kind ("the news agency KNA").
    pub fn note_kind(&mut self, noun: &str, name: String, at: usize) {
        self.kinds.push((at, noun.to_string(), name));
    }

    /// "the agency said" after "the state news agency KNA": the latest body named
    /// before `at` with that noun, unless another body spoke after it was named.
    pub fn body_of_kind(&self, noun: &str, at: usize) -> Option<String> {
        let (named_at, _, name) = self.kinds[..self.kinds.partition_point(|k| k.0 < at)]
            .iter()
            .rev()
            .find(|k| k.1 == noun)?;
        let spoke_after = self.speaking_orgs[..self.speaking_orgs.partition_point(|o| o.0 < at)]
            .last()
            .is_some_and(|(spoke_at, o)| spoke_at > named_at && o != name);
        (!spoke_after).then(|| name.clone())
    }

    /// Remembers a role given at `at` with an article and no name ("the general").
    pub fn note_lone_role(&mut self, role: &str, at: usize) {
        self.lone_roles.push((at, role.to_string()));
    }

    /// Whether `role` was given with no name (`note_lone_role`) in the sentence before
    /// `at` or earlier in its own: "Hana Lind met the general in October. “…,” the
    /// general said" is someone other than Hana Lind.
    pub fn lone_role_before(&self, role: &str, at: usize) -> bool {
        let from = self.previous_sentence_start(at);
        self.lone_roles[self.lone_roles.partition_point(|r| r.0 < from)..]
            .iter()
            .take_while(|r| r.0 < at)
            .any(|r| r.1 == role)
    }

    /// Whether the person `name` (a fullest name) was named between `from` and `at` and
    /// never given a role or a title other than a courtesy one ("Mr", "Dr") before `at`:
    /// someone a role word may describe for the first time.
    /// (Among the person's latest mentions: [`NameIndex::mentions_of`].)
    pub fn named_without_role(&self, name: &str, from: usize, at: usize) -> bool {
        let mut named_after = false;
        for m in self.index.mentions_of(name, at) {
            if m.roles.iter().any(|r| !is_courtesy_title(r)) {
                return false;
            }
            named_after |= m.at > from;
        }
        named_after
    }

    /// "An Iraqi defence ministry spokesman said … The spokesman, Tomas Berg, told …": the
    /// first person named with `role` (and every qualifier) after `at`, within the
    /// sentence `sentence` and the [`NAMED_LATER`] after it; the news lede that names its
    /// speaker later.
    pub fn role_ahead(
        &self,
        role: &str,
        qualifiers: &[String],
        at: usize,
        sentence: usize,
    ) -> Option<String> {
        if is_plural(role) {
            return None;
        }
        let until = self
            .sentence_starts
            .get(sentence + 1 + NAMED_LATER)
            .copied()
            .unwrap_or(usize::MAX);
        let mentions = self.index.mentions();
        mentions[mentions.partition_point(|m| m.at <= at)..]
            .iter()
            .take_while(|m| m.at < until)
            // ("… a senior official said. Another official, Sven Oda, disagreed": not one
            // given the role as another's.)
            .find(|m| {
                given_role(m, role, qualifiers)
                    && !m
                        .roles
                        .iter()
                        .any(|r| matches!(r.as_str(), "another" | "other"))
            })
            .map(|m| self.index.fullest(&m.name, m.at + 1))
    }

    /// "Hanna and Emil Rask … her husband said": the one other person named before `at`
    /// with `owner`'s surname (none when there are several).
    pub fn same_family(&self, owner: &str, at: usize) -> Option<String> {
        let surname = owner.rsplit(' ').next()?;
        let mentions = self.index.mentions();
        let mut found: Option<String> = None;
        for m in &mentions[..mentions.partition_point(|m| m.at < at)] {
            let full = self.index.fullest(&m.name, m.at + 1);
            if full == owner || !full.contains(' ') || full.rsplit(' ').next() != Some(surname) {
                continue;
            }
            match &found {
                Some(f) if *f != full => return None,
                _ => found = Some(full),
            }
        }
        found
    }

    /// "the head of the Syrian Observatory": the latest person named before `at` with
    /// that role right after the name, of a body whose words hold `of` ("Rami Abdel
    /// Rahman head of the Syrian Observatory for Human Rights").
    pub fn role_of(&self, role: &str, of: &[String], at: usize) -> Option<String> {
        self.latest_mention(at, |m| {
            !of.is_empty()
                && m.roles.iter().any(|r| r == role)
                && of.iter().all(|w| m.role_of.contains(w))
        })
    }

    /// "the minister": the latest person named with that title or role before `at`, and
    /// with every qualifier given ("the Nicaraguan president": "nicaraguan").
    /// ("the commanders", a role in the plural, is never one person.) A person whose
    /// roles are `excluded` is passed over ("the health minister" is not a civil
    /// aviation minister named before).
    pub fn role(
        &self,
        role: &str,
        qualifiers: &[String],
        excluded: impl Fn(&[String]) -> bool,
        at: usize,
    ) -> Option<String> {
        if is_plural(role) {
            return None;
        }
        self.latest_mention(at, |m| {
            given_role(m, role, qualifiers) && !excluded(&m.roles)
        })
    }

    /// Whether `person` (by the fullest name) was named before `at` with `role` of a body
    /// other than the one whose capitalised words are `of` ("the Ambassador of Calvenia"
    /// is not "the Ambassador of Estrelia").
    pub fn given_role_of_another(
        &self,
        person: &str,
        role: &str,
        of: &[String],
        at: usize,
    ) -> bool {
        let mentions = self.index.mentions();
        !of.is_empty()
            && mentions[..mentions.partition_point(|m| m.at < at)]
                .iter()
                .any(|m| {
                    m.roles.iter().any(|r| r == role)
                        && !m.role_of.is_empty()
                        && !of.iter().all(|w| m.role_of.contains(w))
                        && self.index.fullest(&m.name, m.at + 1) == person
                })
    }

    /// Whether `person` (by the fullest name) was named before `at` with roles that
    /// `given` holds true of.
    pub fn person_given(&self, person: &str, at: usize, given: impl Fn(&[String]) -> bool) -> bool {
        let mentions = self.index.mentions();
        mentions[..mentions.partition_point(|m| m.at < at)]
            .iter()
            .any(|m| given(&m.roles) && self.index.fullest(&m.name, m.at + 1) == person)
    }

    /// "OCTAVIO FONSECA, A WITNESS WHO …": the person named with `role` right before
    /// `at`, a comma between, whom an indefinite role in apposition describes.
    pub fn role_in_apposition(&self, role: &str, at: usize) -> Option<String> {
        const GAP: usize = 3;
        self.latest_mention(at, |m| m.end + GAP >= at && given_role(m, role, &[]))
    }

    /// "Prime Minister Kwon Tae-yang met President Amara Soliven … his counterpart said":
    /// the latest person named with a title or role before `at`, in the two sentences
    /// before or earlier in its own, who is not `owner` (by the fullest name).
    pub fn counterpart_of(&self, owner: &str, at: usize) -> Option<String> {
        let from = self.sentence_start_back(at, 2);
        self.latest_mention(at, |m| {
            m.at >= from
                && m.roles.iter().any(|r| !is_courtesy_title(r))
                && self.index.fullest(&m.name, m.at + 1) != owner
        })
    }

    /// The fullest name of the latest mention before `at` (within [`LOOK_BACK`]) that
    /// `fits`.
    fn latest_mention(&self, at: usize, fits: impl Fn(&Mention) -> bool) -> Option<String> {
        let mentions = self.index.mentions();
        let before = mentions.partition_point(|m| m.at < at);
        mentions[..before]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .find(|m| fits(m))
            .map(|m| self.index.fullest(&m.name, m.at + 1))
    }
}
