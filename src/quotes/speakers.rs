//! Naming speakers: resolving a source phrase ("Khiame", "he", "the head of the BCIJ,
//! Abdelhak Khiame", "the minister", "the ministry") to the fullest name given earlier,
//! to an organisation kept as such, or to a description of unnamed people. Word lists
//! live in `speakers.txt`; names come from [`super::mentions`], pronouns and roles are
//! resolved by [`super::coreference`].
use super::coreference::Coref;
use super::gender;
use super::mentions::is_courtesy_title;
use super::words::Word;
// Fast hashing: these sets are probed for most words of every document.
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

pub use super::mentions::{person_names, Mention, NameIndex};

/// The word lists of `speakers.txt`, one set per section (the file's header says what
/// each holds).
#[derive(Default)]
pub struct Lexicon {
    pub titles: HashSet<String>,
    pub roles: HashSet<String>,
    pub orgs: HashSet<String>,
    pub pronouns: HashSet<String>,
    pub time: HashSet<String>,
    pub documents: HashSet<String>,
    pub bodies: HashSet<String>,
    pub body_kinds: HashSet<String>,
    pub armed_groups: HashSet<String>,
    pub armed_group_names: HashSet<String>,
    pub unnamed_roles: HashSet<String>,
    pub unnamed_people: HashSet<String>,
    pub anonymous_roles: HashSet<String>,
    pub reigning: HashSet<String>,
    pub post_nominals: HashSet<String>,
    pub name_particles: HashSet<String>,
    pub place_prepositions: HashSet<String>,
    /// Prepositions that open a sentence's phrase of place or time before its subject
    /// (`[fronting prepositions]`: "At the cathedral, the bishop said").
    pub fronting_prepositions: HashSet<String>,
    pub not_names: HashSet<String>,
    pub description_openers: HashSet<String>,
    pub connectives: HashSet<String>,
    pub opening_determiners: HashSet<String>,
    pub adverbs: HashSet<String>,
    pub np_words: HashSet<String>,
    pub titled_works: HashSet<String>,
    pub relations: HashSet<String>,
    /// People a story is about, not officials: a person named with another role before
    /// is not "the defendant", "the mother" (`[story parties]`).
    pub story_parties: HashSet<String>,
    /// A court's officers, never the person named in the sentence before ("the judge":
    /// `[court officers]`).
    pub court_officers: HashSet<String>,
    /// Openings of a sentence that point back to the quote before it and name its
    /// speaker next ("Those were the words of", "So said": `[quote pointers]`).
    pub quote_pointers: HashSet<String>,
    /// Words for a company or an outlet ("the firm", "the airline": `[company words]`),
    /// whose name may read as a person's.
    pub company_words: HashSet<String>,
    /// Social networks where posts are put, never a post's author (`[platforms]`).
    pub platforms: HashSet<String>,
    /// Last words of a newspaper's or an agency's name ("The Associated Press", "The
    /// Denver Post": `[outlet name words]`): such a name is no person's.
    pub outlet_name_words: HashSet<String>,
    /// Titles that qualify a role rather than name one ("former", "deputy", "foreign":
    /// `[title adjectives]`).
    pub title_adjectives: HashSet<String>,
    /// Titles that say which holder of a role is meant (`[portfolio titles]`).
    pub portfolio_titles: HashSet<String>,
    /// Lines of `[role synonyms]`, read by [`Lexicon::synonyms_of`].
    pub role_synonyms: HashSet<String>,
    pub title_followers: HashSet<String>,
    pub title_minor_words: HashSet<String>,
    pub issuing_verbs: HashSet<String>,
    /// Words after an unnamed speaker that give the name the speaker goes by
    /// (`[alias givers]`: "pseudonym", "known").
    pub alias_givers: HashSet<String>,
    pub places: HashSet<String>,
    pub place_heads: HashSet<String>,
    pub countries: HashSet<String>,
    pub numbers: HashSet<String>,
    pub envoys: HashSet<String>,
    pub place_kinds: HashSet<String>,
    pub clause_prepositions: HashSet<String>,
    /// Prepositions and articles that never describe a speaker right after a quote
    /// (`[not descriptions]`).
    pub not_descriptions: HashSet<String>,
    /// Verbs of a title-case headline, which end a run of capitals (`[headline verbs]`).
    pub headline_verbs: HashSet<String>,
    /// Words after a speaker that are no part of it (`[subject followers]`).
    pub subject_followers: HashSet<String>,
    /// Body's words that before a document's noun tell its kind, not its author
    /// (`[document kinds]`).
    pub document_kinds: HashSet<String>,
    /// Verbs of words uttered aloud, whose subject's words a quote after them is
    /// (`[uttering verbs]`).
    pub uttering_verbs: HashSet<String>,
    /// Verbs of talking to someone, whose subject a later pronoun may be
    /// (`[talking verbs]`).
    pub talking_verbs: HashSet<String>,
    /// Verbs of a visit, whose subject hosts (`[hosting verbs]`) or is the guest
    /// (`[visiting verbs]`).
    pub hosting_verbs: HashSet<String>,
    pub visiting_verbs: HashSet<String>,
    /// A place's own bodies and their levels: "the Tal Marqab local council"
    /// (`[local bodies]`, `[local levels]`).
    pub local_bodies: HashSet<String>,
    pub local_levels: HashSet<String>,
    /// Words that open a place named for a saint (`[saints]`).
    pub saints: HashSet<String>,
}

impl Lexicon {
    /// A country or a US state of one word ([countries]), in any case.
    pub fn is_country(&self, word: &str) -> bool {
        self.countries.contains(&word.to_lowercase())
    }

    /// The roles a word for one stands for, each as its words (`[role synonyms]`:
    /// "premier" → "prime minister", "premier"); none for another word.
    pub fn synonyms_of(&self, word: &str) -> Vec<Vec<&str>> {
        self.role_synonyms
            .iter()
            .filter_map(|line| line.split_once(':'))
            .filter(|(key, _)| *key == word)
            .flat_map(|(_, roles)| roles.split(','))
            .map(|role| role.split_whitespace().collect())
            .collect()
    }

    /// A word (lowercase) that names what someone is: a role ("spokesman", "sources")
    /// or a title ("minister", "sheriff").
    pub fn is_role_or_title(&self, lower: &str) -> bool {
        self.roles.contains(lower) || self.titles.contains(lower)
    }

    /// A lowercase word that names no one: no role or title, no body's word ("a thing",
    /// "three sites"; not "the minister", "the group").
    pub fn names_no_one(&self, w: &Word) -> bool {
        let l = w.lower();
        !w.is_capitalized()
            && !w.is_punct()
            && !self.is_role_or_title(l)
            && !self.is_body_word(l)
            && !self.bodies.contains(l)
    }

    /// A word that opens a sentence before its subject and is never an adjective of it:
    /// a connective ("Meanwhile sources said") or a determiner ("Other sources said").
    pub fn is_sentence_opener(&self, lower: &str) -> bool {
        self.connectives.contains(lower) || self.opening_determiners.contains(lower)
    }

    /// A place whose name has two words or more ("South Carolina", "Saudi Arabia"), its
    /// words as written, one space apart ([places]).
    /// Also a name of two words or more opening on a place's word ("Isla del Maiz",
    /// "Puerto Cabezas", "Mount Lebanon").
    pub fn is_place(&self, name: &str) -> bool {
        let lower = name.to_lowercase();
        self.places.contains(&lower)
            || lower
                .split_once(' ')
                .is_some_and(|(head, _)| self.place_heads.contains(head))
    }

    /// A body's word ([orgs], lowercase), also in the plural ("groups", "agencies").
    pub fn is_body_word(&self, lower: &str) -> bool {
        self.orgs.contains(lower)
            || lower
                .strip_suffix("ies")
                .is_some_and(|stem| self.orgs.contains(&format!("{stem}y")))
            || lower
                .strip_suffix('s')
                .is_some_and(|one| self.orgs.contains(one))
    }
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon::default();
        let mut section = "";
        for line in crate::text::word_list::entries(include_str!("speakers.txt")) {
            if line.starts_with('[') {
                section = line;
                continue;
            }
            let set = match section {
                "[titles]" => &mut lex.titles,
                "[roles]" => &mut lex.roles,
                "[orgs]" => &mut lex.orgs,
                "[pronouns]" => &mut lex.pronouns,
                "[time]" => &mut lex.time,
                "[documents]" => &mut lex.documents,
                "[bodies]" => &mut lex.bodies,
                "[body kinds]" => &mut lex.body_kinds,
                "[armed groups]" => &mut lex.armed_groups,
                "[armed group names]" => &mut lex.armed_group_names,
                "[unnamed roles]" => &mut lex.unnamed_roles,
                "[unnamed people]" => &mut lex.unnamed_people,
                "[anonymous roles]" => &mut lex.anonymous_roles,
                "[reigning]" => &mut lex.reigning,
                "[post-nominals]" => &mut lex.post_nominals,
                "[name particles]" => &mut lex.name_particles,
                "[place prepositions]" => &mut lex.place_prepositions,
                "[fronting prepositions]" => &mut lex.fronting_prepositions,
                "[not names]" => &mut lex.not_names,
                "[description openers]" => &mut lex.description_openers,
                "[connectives]" => &mut lex.connectives,
                "[opening determiners]" => &mut lex.opening_determiners,
                "[adverbs]" => &mut lex.adverbs,
                "[noun phrase words]" => &mut lex.np_words,
                "[titled works]" => &mut lex.titled_works,
                "[relations]" => &mut lex.relations,
                "[story parties]" => &mut lex.story_parties,
                "[court officers]" => &mut lex.court_officers,
                "[quote pointers]" => &mut lex.quote_pointers,
                "[company words]" => &mut lex.company_words,
                "[platforms]" => &mut lex.platforms,
                "[outlet name words]" => &mut lex.outlet_name_words,
                "[title adjectives]" => &mut lex.title_adjectives,
                "[portfolio titles]" => &mut lex.portfolio_titles,
                "[role synonyms]" => &mut lex.role_synonyms,
                "[title followers]" => &mut lex.title_followers,
                "[title minor words]" => &mut lex.title_minor_words,
                "[issuing verbs]" => &mut lex.issuing_verbs,
                "[alias givers]" => &mut lex.alias_givers,
                "[places]" => &mut lex.places,
                "[place heads]" => &mut lex.place_heads,
                "[countries]" => &mut lex.countries,
                "[numbers]" => &mut lex.numbers,
                "[envoys]" => &mut lex.envoys,
                "[place kinds]" => &mut lex.place_kinds,
                "[clause prepositions]" => &mut lex.clause_prepositions,
                "[not descriptions]" => &mut lex.not_descriptions,
                "[headline verbs]" => &mut lex.headline_verbs,
                "[subject followers]" => &mut lex.subject_followers,
                "[document kinds]" => &mut lex.document_kinds,
                "[uttering verbs]" => &mut lex.uttering_verbs,
                "[talking verbs]" => &mut lex.talking_verbs,
                "[hosting verbs]" => &mut lex.hosting_verbs,
                "[visiting verbs]" => &mut lex.visiting_verbs,
                "[local bodies]" => &mut lex.local_bodies,
                "[local levels]" => &mut lex.local_levels,
                "[saints]" => &mut lex.saints,
                // The file is part of the build; the unit test below reads every line.
                other => unreachable!("speakers.txt: unknown section {other}"),
            };
            set.insert(line.to_string());
        }
        lex
    })
}

/// A word without a contracted verb: "he's" → "he", "they're" → "they".
pub fn without_contraction(word: &str) -> &str {
    for suffix in ["'s", "'re", "'ll", "'d", "'ve", "'m"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if lexicon().pronouns.contains(stem) {
                return stem;
            }
        }
    }
    word
}

/// The subject form of an object pronoun ("according to him": "he"), `None` for any
/// other word.
pub fn subject_form(word: &str) -> Option<&'static str> {
    match word {
        "him" => Some("he"),
        "her" => Some("she"),
        "them" => Some("they"),
        _ => None,
    }
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

/// "the prelate", "the president of …", "the official": a definite role for one person
/// that journalists use for someone named before (not "the source", "the witness": an
/// anonymous role; not "the ministers", "the gunmen") is the person the sentence before
/// was about, of the role's gender.
fn referred_back(coref: &Coref, role: &str, at: usize, sentence: usize) -> Option<Speaker> {
    let lex = lexicon();
    if super::coreference::is_plural(role)
        || lex.anonymous_roles.contains(role)
        || lex.court_officers.contains(role)
    {
        return None;
    }
    coref
        .subject_person(gender::of_title(role), at, sentence)
        .map(Speaker::Person)
}

/// A capitalised adjective of nationality ("Salvadoran", "Lebanese", "Turkish",
/// "Iraqi"), read by its ending.
pub fn is_nationality(word: &str) -> bool {
    ["an", "ese", "ish", "i"]
        .iter()
        .any(|end| word.len() > end.len() + 3 && word.ends_with(end))
        // "Costa Rican", "Puerto Rican": too short for the rule above.
        || word == "rican"
}

/// A preposition after which a role's description goes on to what or where the role is
/// ("spokesman for the army", "spokesperson from Hamas"): the role is the word before.
pub fn continues_role(word: &str) -> bool {
    matches!(word, "of" | "for" | "from" | "at" | "with" | "in" | "on")
}

/// Determiners and possessives that open a description ("the", "a", "his").
pub const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "our"];

/// Resolves a source phrase at position `at` of sentence `sentence`: its `head` is the
/// part that names the speaker (the name in "Sergei Lavrov, the foreign minister,").
pub fn resolve(coref: &Coref, head: &[Word], at: usize, sentence: usize) -> Option<Speaker> {
    // "Ahmed 24 said" (text without commas): an age after a person's name is none of it
    // (not "Flight 103", "News 12").
    if let [.., before, age] = head {
        let person = (gender::is_first_name(before.text()) || coref.is_surname(before.text()))
            && !lexicon().time.contains(before.lower());
        let years = super::words::is_age(age.text());
        if person && years {
            return resolve(coref, &head[..head.len() - 1], at, sentence);
        }
    }
    // "Ruiz himself said", "Ruiz and Omari both said", "the latter yesterday confirmed":
    // a reflexive, a floating quantifier or a day after the speaker is none of it.
    if let [rest @ .., last] = head {
        if !rest.is_empty()
            && !last.is_capitalized()
            && lexicon().subject_followers.contains(last.lower())
        {
            return resolve(coref, rest, at, sentence);
        }
    }
    // ("…, having questioned her abilities": an auxiliary is no one.)
    if let [w] = head {
        let auxiliary =
            matches!(w.lower(), "having" | "being") || super::words::is_auxiliary(w.lower());
        // (Not "May", a surname, nor "IS", the group.)
        if auxiliary && !w.is_capitalized() {
            return None;
        }
    }
    // "“…,” one said", "Another added": one of the people the sentence before named in
    // the plural.
    // ("“…,” one of them said": the same.)
    let one_word = match head {
        [one] => Some(one),
        [one, of, them] if of.lower() == "of" && them.lower() == "them" => Some(one),
        _ => None,
    };
    if let Some(one) = one_word {
        let person = match one.lower() {
            "one" => coref.one_of(at, sentence),
            "another" => coref.another_of(at, sentence),
            _ => None,
        };
        if person.is_some() {
            return person;
        }
    }
    // "the latter said": the one named last; "the former said": the one named before
    // them ("Lars Eke and Nora Vinter spoke. … the former said").
    if let [the, which] = head {
        if the.lower() == "the" && which.lower() == "latter" {
            return coref
                .latest_named(at)
                .or_else(|| coref.named_in_pair(at, false).map(Speaker::Person));
        }
        if the.lower() == "the" && which.lower() == "former" {
            return coref.named_in_pair(at, true).map(Speaker::Person);
        }
    }
    // "the visiting president", "his guest", "her host": who was visited or visiting in
    // the visit told just before.
    if let Some(guest) = super::visits::party_named(head) {
        if let Some(person) = coref.visit_party(guest, at) {
            return Some(Speaker::Person(person));
        }
    }
    // "the DIG added" after "DIG Abid Marri": the person given that acronym as a role.
    // ("said the SP" after "Superintendent of Police Anirudh Bhalerao": or a title of
    // those initials.)
    if let [the, acronym] = head {
        if the.lower() == "the" && acronym.is_acronym() {
            if let Some(person) = coref
                .role(acronym.lower(), &[], |_| false, at)
                .or_else(|| coref.titled_by_initials(acronym.lower(), at))
            {
                return Some(Speaker::Person(person));
            }
        }
    }
    // "The United States and others said": the one named speaks for the others.
    if let [rest @ .., and, others] = head {
        if and.lower() == "and" && others.lower() == "others" && !rest.is_empty() {
            return resolve(coref, rest, at, sentence);
        }
    }
    // "A federal judge in San Francisco ruled" after "Judge Vaughn R. Walker", "a source
    // in Aleppo province" after "a military source": a description and its place are
    // the one named before with that description, when there is one.
    if let Some(k) = head
        .iter()
        .position(|w| w.lower() == "in")
        .filter(|&k| k > 0)
    {
        let article = usize::from(matches!(head[0].lower(), "the" | "a" | "an"));
        let as_written = head[article.min(k)..k]
            .iter()
            .map(Word::text)
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(named) = resolve(coref, &head[..k], at, sentence).filter(|s| match s {
            Speaker::Person(_) => true,
            Speaker::Unnamed(d) => !d.eq_ignore_ascii_case(&as_written),
            _ => false,
        }) {
            return Some(named);
        }
    }
    let lex = lexicon();
    // Words in brackets are asides, not the name: "the Syrian American Medical Society
    // (SAMS)", "Rep. Dana Frost (D-Ore.)".
    let mut depth = 0usize;
    // A plural possessive's apostrophe stays with its word ("the prosecutors' office").
    let mut plural_before = false;
    let content: Vec<&Word> = head
        .iter()
        .filter(|w| {
            match w.text() {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                _ => {}
            }
            let possessive = plural_before && matches!(w.text(), "'" | "’");
            plural_before = !w.is_punct() && w.lower().ends_with('s');
            // ("Marlowe & Finch": an ampersand joins a firm's name.)
            depth == 0 && (!w.is_punct() || possessive || w.text() == "&")
        })
        .collect();
    if let Some(author) = document_author(coref, head, at, sentence) {
        return author;
    }
    let first = content.first()?;
    // "“…” de Mistura said" after "Staffan de Mistura": a surname that opens on its
    // lowercase particle is the person named in full with it.
    if content.len() >= 2
        && !first.is_capitalized()
        && lex.name_particles.contains(first.lower())
        && content[1..].iter().all(|w| w.is_capitalized())
    {
        let surname = content
            .iter()
            .map(|w| w.stem_possessive())
            .collect::<Vec<_>>()
            .join(" ");
        let full = coref.fullest(&surname, at);
        if full != surname && full.ends_with(&format!(" {surname}")) {
            return Some(Speaker::Person(full));
        }
    }
    // "the 54-year-old said": an age for a description is the person, as "he" or "she"
    // would be.
    if let [article, age] = content.as_slice() {
        let years = age.lower().strip_suffix("-year-old").is_some_and(|n| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c.is_alphabetic())
        });
        if article.lower() == "the" && years {
            let n = age.lower().trim_end_matches("-year-old");
            return coref
                .person_aged(n, at)
                .or_else(|| coref.person_described(at, sentence))
                .map(Speaker::Person);
        }
    }
    // "according to him": an object pronoun alone is its subject form.
    let pronoun = without_contraction(first.lower());
    let pronoun = subject_form(pronoun).unwrap_or(pronoun);
    // ("I don't know", "We haven't seen": the pronoun with the words of its verb.)
    let verb_after = matches!(
        first.lower(),
        "i" | "we" | "you" | "he" | "she" | "they" | "it"
    ) && content[1..].iter().all(|w| {
        !w.is_capitalized() && !lex.is_role_or_title(w.lower()) && !lex.is_body_word(w.lower())
    });
    // (Not an acronym: "the WHO said".)
    if (content.len() == 1 || verb_after) && lex.pronouns.contains(pronoun) && !first.is_acronym() {
        return coref.pronoun(pronoun, at, sentence);
    }
    // "the group said", "the Britain-based monitor said", "the medical charity said": a
    // body already named, as "it" would be.
    // ("the New York-based group": the place before "-based" is part of the description)
    let based = content
        .iter()
        .rposition(|w| super::organisations::is_description(w.lower()))
        .map_or(1, |k| k + 1);
    // "the state news agency KNA … The agency said", "Norland Radio, the state
    // broadcaster, … the broadcaster said": the body the text named with that noun.
    let noun = content[content.len() - 1].lower();
    if (2..=4).contains(&content.len())
        && content[0].lower() == "the"
        && content[1..].iter().all(|w| !w.is_capitalized())
        && (lex.bodies.contains(noun) || lex.body_kinds.contains(noun))
    {
        if let Some(name) = coref.body_of_kind(noun, at) {
            return Some(Speaker::Organisation(name));
        }
    }
    let generic = (2..=5).contains(&content.len())
        && content[0].lower() == "the"
        && lex.bodies.contains(noun)
        && content[based.min(content.len() - 1)..content.len() - 1]
            .iter()
            .all(|w| !w.is_capitalized());
    if generic {
        // ("Brightwave Cruises said … the company said": a company's name may read as a
        // person's; not "Selim Aydar dug … The agency said".)
        let company = lex.company_words.contains(noun);
        // ("Syria will hold … elections, the state news agency said": a country is no
        // agency.)
        let body = coref
            .latest_body(at)
            .filter(|b| !lex.is_country(b.name()))
            .or_else(|| {
                company
                    .then(|| coref.subject_maybe_body(at, sentence))
                    .flatten()
                    .map(Speaker::Organisation)
            });
        if let Some(body) = body {
            return Some(body);
        }
    }
    // "the FMLN guerrillas said": the group named with its fighters; "the guerrillas",
    // "the Salvadoran rebels": the group the text last named with them.
    if let Some(k) = head.iter().rposition(|w| !w.is_punct()) {
        if let Some(name) = super::descriptions::armed_group_named(head, k) {
            return Some(Speaker::Organisation(name));
        }
        let described = head[..k]
            .iter()
            .all(|w| DETERMINERS.contains(&w.lower()) || is_nationality(w.lower()));
        if described && lex.armed_groups.contains(head[k].lower()) && !head[k].is_capitalized() {
            if let Some(name) = coref.armed_group(at) {
                return Some(Speaker::Organisation(name));
            }
        }
    }
    if let Some(both) = coordinated(coref, head, at, sentence) {
        return Some(both);
    }
    // "In Paris Fabius said", "since World War II Steifo said" (text without commas):
    // capitalised words before a surname given earlier with a fuller name, none of them
    // a first name, are where or when, not part of the name.
    if let [before @ .., last] = content.as_slice() {
        let surname = last.stem_possessive();
        // A surname named before ("according to Maritime Bulletin": a document's or a
        // body's word is none).
        let known_surname = coref.is_surname(surname)
            && !lex.documents.contains(last.lower())
            && !lex.is_body_word(last.lower());
        // ("in Hama Aleppo and Deir al-Zor Moumtzis said": a list of places too.)
        let placed = !before.is_empty()
            && content
                .iter()
                .all(|w| w.is_capitalized() || w.lower() == "and")
            && before.first().is_some_and(|w| w.is_capitalized())
            && before.iter().all(|w| {
                !gender::is_first_name(w.text())
                    && !lex.titles.contains(w.lower())
                    && !lex.roles.contains(w.lower())
                    // (Nor a word given as part of a name: "Terry Hicks" after "David
                    // Hicks".)
                    && !coref.is_surname(w.text())
                    // (Nor a parent's or a father's name's opening: "Abu Khaled", "Umm
                    // Khaled" are no "Khaled Nasser".)
                    && !super::words::opens_patronymic(w.lower())
            })
            // ("That Jawad had been drugged": one common word before the surname opens
            // the sentence.)
            && !(before.len() == 1 && super::casing::is_common(before[0].lower()))
            && known_surname;
        // "While the inquiry will focus on three sites Nesirky said" (no comma): ordinary
        // lowercase words before such a surname are the clause's, not a description.
        // ("crosses an international red line Kerry said": an article may open them.)
        let article = before
            .first()
            .is_some_and(|w| matches!(w.lower(), "a" | "an" | "the"));
        let before_words = &before[usize::from(article)..];
        let after_clause = !before_words.is_empty()
            && last.is_capitalized()
            && before_words.iter().all(|w| {
                let l = w.lower();
                lex.names_no_one(w)
                    && !lex.relations.contains(l)
                    && !lex.np_words.contains(l)
                    && !DETERMINERS.contains(&l)
            })
            && known_surname;
        if placed || after_clause {
            // (Or, where a place comes before, the fullest name given, whatever its first
            // name: "in Aleppo Moumtzis said" after "Panos Moumtzis".)
            let full = coref.person_named_in_full(surname, at).or_else(|| {
                let full = coref.fullest(surname, at);
                let first = full.split(' ').next().unwrap_or_default();
                (placed && full != surname && !lex.is_place(first) && !lex.is_country(first))
                    .then_some(full)
            });
            if let Some(full) = full.filter(|full| !full.starts_with(before[0].text())) {
                return Some(Speaker::Person(full));
            }
        }
    }
    // "Saudi Arabia", "the United States": a place speaks as its government, a body.
    let place: Vec<&str> = content
        .iter()
        .skip_while(|w| w.lower() == "the")
        .map(|w| w.stem_possessive())
        .collect();
    let place = place.join(" ");
    if place.contains(' ') && lex.is_place(&place) {
        return Some(Speaker::Organisation(place));
    }
    // A name inside the phrase ("the head of the BCIJ, Abdelhak Khiame"); the name
    // that opens it when a body follows after "of" ("Peter Iseley of the victims' group
    // Ending Clergy Abuse").
    // "COLONEL [RENE] PONCE": an editor's insertion in square brackets inside the
    // phrase is read as part of the name ("TOJEIRA [JESUIT PROVINCIAL]" is an aside).
    let inserted = head
        .split_last()
        .is_some_and(|(_, before)| before.iter().any(|w| w.text() == "]"));
    let names = if inserted {
        let unbracketed: Vec<Word> = head
            .iter()
            .filter(|w| !matches!(w.text(), "[" | "]"))
            .cloned()
            .collect();
        person_names(&unbracketed)
    } else {
        person_names(head)
    };
    // "Garba Yola (APC, Kano Central)": a name in round brackets after one outside them
    // is an aside (a party and a constituency), not the speaker.
    let bracketed = |at: usize| {
        let before = head.iter().take_while(|w| w.span.start < at);
        before.fold(0usize, |depth, w| match w.text() {
            "(" => depth + 1,
            ")" => depth.saturating_sub(1),
            _ => depth,
        }) > 0
    };
    let names = if names.iter().any(|m| !bracketed(m.at)) {
        names.into_iter().filter(|m| !bracketed(m.at)).collect()
    } else {
        names
    };
    // ("Commander Miguel Saenz of the Farabundo Marti National Liberation Front": titles
    // may stand before the name.)
    let opening = names.first().filter(|m| {
        head.iter()
            .take_while(|w| w.span.start < m.at)
            // ("Lt. Marcus Webb of the Vice Unit": past a title's dot.)
            .all(|w| w.text() == "." || lex.is_role_or_title(w.lower().trim_end_matches('.')))
            && head
                .iter()
                .position(|w| w.span.start >= m.end)
                .is_some_and(|k| matches!(head[k].lower(), "of" | "from" | "at" | "with"))
    });
    if let Some(owned) = owned_by_name(coref, head, &names, at) {
        return Some(owned);
    }
    if opening.is_none() {
        if let Some(described) = role_for_name(coref, head, &names, at) {
            return Some(described);
        }
    }
    if let Some(m) = opening.or(names.last()) {
        // "The Tal Marqab local council", "the Kafr Nabl city council": capitals before
        // a place's own body (a local or a city council) name the place, and the whole
        // is the body. (Not "the Islamic State group", "the AFP news agency": the name
        // is the body's.)
        let from = content.partition_point(|w| w.span.start < m.at);
        let body_after = matches!(
            &content[content.partition_point(|w| w.span.start < m.end)..],
            [level, body] if lex.local_levels.contains(level.lower())
                && lex.local_bodies.contains(body.lower())
        );
        if body_after
            && content[..from]
                .iter()
                .all(|w| DETERMINERS.contains(&w.lower()))
        {
            return Some(Speaker::Organisation(trim_determiner(&content[from..])));
        }
        // "The group Jabhat al-Furqan", "the drugmaker's parent company Corven Pharma": a
        // name right after a body's word, in lowercase, is the body's.
        let body_before = head
            .iter()
            .rev()
            .find(|w| w.span.end <= m.at)
            .is_some_and(|w| !w.is_capitalized() && lex.bodies.contains(w.lower()));
        if body_before && !gender::is_first_name(m.name.split(' ').next().unwrap_or_default()) {
            return Some(Speaker::Organisation(m.name.clone()));
        }
        return Some(Speaker::Person(coref.fullest_titled(
            &m.name,
            &m.roles,
            at + 1,
        )));
    }
    // "Johnson the former mayor of London" (text without commas): a surname named
    // before, then its description.
    if content.len() >= 3
        && first.is_capitalized()
        && matches!(content[1].lower(), "the" | "a" | "an")
        && coref.is_surname(first.stem_possessive())
    {
        return Some(Speaker::Person(
            coref.fullest(first.stem_possessive(), at + 1),
        ));
    }
    let described: Vec<&&Word> = content
        .iter()
        .skip_while(|w| DETERMINERS.contains(&w.lower()))
        .collect();
    // "the premier" after "Prime Minister Ivo Marr", "the Peruvian chief of state" after
    // "Peruvian President Alan Garcia": a word for a role that names one given another
    // (`[role synonyms]`), with any nationality given.
    if content.first().is_some_and(|w| w.lower() == "the") {
        let (nationalities, words): (Vec<&&Word>, Vec<&&Word>) = content[1..]
            .iter()
            .partition(|w| w.is_capitalized() && is_nationality(w.lower()));
        let word = words
            .iter()
            .map(|w| w.lower())
            .collect::<Vec<_>>()
            .join(" ");
        for alternative in lex.synonyms_of(&word) {
            let Some((role, which)) = alternative.split_last() else {
                continue;
            };
            let qualifiers: Vec<String> = which
                .iter()
                .map(|w| w.to_string())
                .chain(nationalities.iter().map(|w| w.lower().to_string()))
                .collect();
            if let Some(name) = coref.role(role, &qualifiers, |_| false, at) {
                return Some(Speaker::Person(name));
            }
        }
    }
    // "the head of the Syrian Observatory said": the person named before with that
    // role of that body.
    if let [det, role, prep, rest @ ..] = content.as_slice() {
        let of: Vec<String> = rest
            .iter()
            .filter(|w| w.is_capitalized())
            .map(|w| w.lower().to_string())
            .collect();
        if det.lower() == "the"
            && lex.is_role_or_title(role.lower())
            && matches!(prep.lower(), "of" | "for")
            && rest
                .iter()
                .all(|w| w.is_capitalized() || matches!(w.lower(), "the" | "of" | "for"))
        {
            if let Some(name) = coref.role_of(role.lower(), &of, at) {
                return Some(Speaker::Person(name));
            }
        }
    }
    // "the minister", "the foreign minister", "the Peruvian president", "the auxiliary
    // bishop": the last person named with that role.
    // ("the military officer", "the government spokesman": a body's word in lowercase
    // right before one person's role, after "the", is an adjective of the role.)
    let is_role = |w: &Word| lex.is_role_or_title(w.lower());
    let adjective_body = |j: usize| {
        content[0].lower() == "the"
            && j + 2 == described.len()
            && !described[j].is_capitalized()
            && !described[j + 1].lower().ends_with('s')
    };
    let role_described = described.last().is_some_and(|w| is_role(w))
        && described.len() <= 4
        && described[..described.len() - 1]
            .iter()
            .enumerate()
            .all(|(j, w)| is_role(w) || !lex.orgs.contains(w.lower()) || adjective_body(j));
    if role_described && content.len() > described.len() {
        let role = described[described.len() - 1].lower();
        // "the Nicaraguan president": the latest president given as Nicaraguan, if any.
        // ("the former minister": the latest one given as former, if any.)
        let qualifiers: Vec<String> = described[..described.len() - 1]
            .iter()
            .filter(|w| (w.is_capitalized() && is_nationality(w.lower())) || w.lower() == "former")
            .map(|w| w.lower().to_string())
            .collect();
        // "the health minister" is not "Civil Aviation Minister Ivo Marr": the lowercase
        // words before the role that say which one (no title) must be among the
        // person's, when the person was given any of their own. (Not in recased copy,
        // and not "the Cuban ambassador": a capitalised word may be a nationality.)
        let portfolio: Vec<String> = described[..described.len() - 1]
            .iter()
            .filter(|w| !coref.capitals_guessed() && !w.is_capitalized() && !is_role(w))
            .map(|w| w.lower().to_string())
            .collect();
        // ("the prime minister" is not "Foreign Minister Lena Osei": nor a title that says
        // which, when the person was given another.)
        let which: Vec<&str> = described[..described.len() - 1]
            .iter()
            .map(|w| w.lower())
            .filter(|w| lex.portfolio_titles.contains(*w))
            .collect();
        let other_portfolio = |roles: &[String]| {
            (!portfolio.is_empty()
                && !portfolio.iter().any(|p| roles.contains(p))
                && roles
                    .iter()
                    .any(|r| !lex.is_role_or_title(r) && !is_nationality(r)))
                || (!which.is_empty()
                    && roles.iter().any(|r| lex.portfolio_titles.contains(r))
                    && !which.iter().any(|w| roles.iter().any(|r| r == w)))
        };
        let qualified = (!qualifiers.is_empty())
            .then(|| coref.role(role, &qualifiers, other_portfolio, at))
            .flatten();
        // (Not "a lawyer" after "Clara Weissmann, a lawyer with …": an indefinite role
        // introduces someone new, unless it describes the name right before it.)
        let indefinite = matches!(content[0].lower(), "a" | "an");
        let named = if indefinite {
            coref.role_in_apposition(role, at)
        } else {
            qualified.or_else(|| coref.role(role, &[], other_portfolio, at))
        };
        if let Some(name) = named {
            return Some(Speaker::Person(name));
        }
        // "A government spokesman said … Spokesman Tomas Berg added": an indefinite role
        // the next sentences name (not "a witness", "a source": they stay unnamed).
        if indefinite && !lex.anonymous_roles.contains(role) {
            if let Some(name) = coref.role_ahead(role, &qualifiers, at, sentence) {
                return Some(Speaker::Person(name));
            }
        }
        // "the sources", "the source" after "Security sources said", "a source at the
        // Police Command told …": the unnamed speaker described before.
        // (Not "a source": an indefinite role introduces someone new.)
        if described.len() == 1 && !indefinite {
            if let Some((described_at, earlier)) = coref.described(role, at) {
                // "A government spokesman announced … Sandoval said … He added … The
                // spokesman said": the person the sentence before was about, named after
                // the role was described and with no role of their own, is that role.
                // (Not "the police": a body's word.)
                let person = (content[0].lower() == "the" && !lex.is_body_word(role))
                    .then(|| referred_back(coref, role, at, sentence))
                    .flatten()
                    .filter(|p| coref.named_without_role(p.name(), described_at, at));
                return Some(person.unwrap_or(earlier));
            }
        }
        // "Rosa Chavez said … The prelate said": a definite role for one person, given
        // with no name before, is the person the previous sentence was about, also
        // with a body's name before it ("the Contra leader", "the Wooster professor").
        // Not "the UN deputy spokesman", "the SANA reporter": a body's name before an
        // unnamed role qualifies a new, unnamed person; a nationality does not ("the
        // Salvadoran politician").
        let unqualified = content[1..content.len() - 1]
            .iter()
            .all(|w| !w.is_capitalized() || is_nationality(w.lower()));
        if content[0].lower() == "the"
            && (unqualified || !lex.unnamed_roles.contains(role))
            && lex.roles.contains(role)
            && !lex.orgs.contains(role)
            && !lex.documents.contains(role)
        {
            // (Not a person given another role when the role is one of the story's
            // parties: "“…,” Detective Ray Jansen said. The defendant said".)
            let other_role = |roles: &[String]| {
                other_portfolio(roles)
                    || lex.story_parties.contains(role)
                        && roles.iter().any(|r| {
                            r != role
                                && lex.is_role_or_title(r)
                                && !is_courtesy_title(r)
                                && !lex.title_adjectives.contains(r.as_str())
                        })
            };
            // (Nor one who met a role given with no name: "Hana Lind met the general.
            // “…,” the general said".)
            let person = referred_back(coref, role, at, sentence)
                .filter(|p| !coref.person_given(p.name(), at, other_role))
                .filter(|_| !coref.lone_role_before(role, at));
            if let Some(person) = person {
                return Some(person);
            }
        }
    }
    // "Calderon Sol spoke … The president of the Arena party said": a definite role of
    // a body refers back to the person the sentence before was about ("the lawmaker from
    // Kent" too).
    // (Not one given that role of another body or country: "Rosa Ilvane, the Ambassador
    // of Calvenia, spoke first. The Ambassador of Estrelia said".)
    if let [the, role, of, body @ ..] = content.as_slice() {
        let role = role.lower();
        if the.lower() == "the"
            && matches!(of.lower(), "of" | "for" | "from")
            && lex.is_role_or_title(role)
        {
            let body: Vec<String> = body
                .iter()
                .filter(|w| w.is_capitalized())
                .map(|w| w.lower().to_string())
                .collect();
            if let Some(person) = referred_back(coref, role, at, sentence)
                .filter(|p| !coref.given_role_of_another(p.name(), role, &body, at))
            {
                return Some(person);
            }
        }
    }
    // "Syria's state news agency SANA", "the rights group Amnesty International", "Greek
    // daily Kathimerini", "key regime ally Iran": a description of a body, then its name;
    // the name is the speaker.
    if let Some(k) = content.iter().rposition(|w| {
        !w.is_capitalized()
            && (lex.orgs.contains(w.lower())
                || lex.body_kinds.contains(w.lower())
                || lex.relations.contains(w.lower()))
    }) {
        let name = &content[k + 1..];
        // ("the militant group Sons of Kessel": joining words inside the name.)
        let joins = |w: &&Word| matches!(w.lower(), "of" | "for" | "and" | "the");
        let named = name.first().is_some_and(|w| w.is_capitalized())
            && name.last().is_some_and(|w| w.is_capitalized())
            && name.iter().all(|w| w.is_capitalized() || joins(w));
        if named {
            let text = name.iter().map(|w| w.text()).collect::<Vec<_>>().join(" ");
            // "On live television Erdogan attacked …" (no comma): a person named before
            // is a person.
            // (An acronym is a body: "SANA" is no one's surname.)
            let last = name[name.len() - 1].stem_possessive();
            let acronym = name
                .iter()
                .all(|w| w.text().chars().all(|c| !c.is_lowercase()));
            if !acronym && coref.is_surname(last) {
                return Some(Speaker::Person(coref.fullest(&text, at + 1)));
            }
            let body = coref.fullest_org(&text, at + 1);
            // "a spokesman for the rights group Amnesty International": an unnamed role
            // of the body, as "a spokesman for Amnesty International" is. (Not in
            // recased copy: "the armed forces Press Committee" is one name.)
            let role_of = content
                .iter()
                .position(|w| !w.is_capitalized() && lex.unnamed_roles.contains(w.lower()));
            let role_of = role_of.filter(|_| !coref.capitals_guessed());
            if let Some(r) = role_of.filter(|&r| {
                r + 1 < k && matches!(content[r + 1].lower(), "for" | "of" | "with" | "at")
            }) {
                let role = trim_determiner(&content[..=r + 1]);
                return Some(Speaker::Unnamed(format!("{role} {body}")));
            }
            return Some(Speaker::Organisation(body));
        }
    }
    // "a half-hour apart SANA", "the Abbasids neighbourhood of northeast Damascus SANA"
    // (text without commas): an acronym after words that describe no body or role is
    // the speaker alone.
    // (Three letters or more: not "TV".)
    let is_acronym = |w: &Word| w.is_acronym() && w.text().len() >= 3;
    if let [before @ .., last] = content.as_slice() {
        // (Not "ARMANDO CALDERON SOL", recased "Calderon SOL": a name's last word.)
        if before.last().is_some_and(|w| !w.is_capitalized())
            && is_acronym(last)
            && before.iter().all(|w| {
                !lex.orgs.contains(w.lower())
                    && !lex.is_role_or_title(w.lower())
                    && !lex.body_kinds.contains(w.lower())
            })
        {
            return Some(Speaker::Organisation(
                coref.fullest_org(last.text(), at + 1),
            ));
        }
    }
    // "eyewitness Fanny", "prosecutor Kama Melly": a lowercase role, then a name.
    if let Some(k) = content
        .iter()
        .position(|w| !w.is_capitalized() && lex.roles.contains(w.lower()))
    {
        let name = &content[k + 1..];
        if (1..=3).contains(&name.len())
            && name.iter().all(|w| w.is_capitalized())
            && gender::is_first_name(name[0].text())
        {
            let text = name.iter().map(|w| w.text()).collect::<Vec<_>>().join(" ");
            return Some(Speaker::Person(coref.fullest(&text, at + 1)));
        }
    }
    // "the SANA news agency", "the Haaretz newspaper", "Ariha Today activist group": a
    // body's name, then what kind of body it is; the name is the speaker.
    // "The Times of India newspaper" (joining words inside the name), "The White Helmets
    // civil defence group" (up to two lowercase words before the kind).
    let mut kind_from = content
        .iter()
        .rposition(|w| w.is_capitalized() || !lexicon().body_kinds.contains(w.lower()))
        .map_or(0, |k| k + 1);
    let kind_words = content.len() - kind_from;
    if (1..=2).contains(&kind_words) {
        let mut k = kind_from;
        while k > 0
            && content.len() - k < kind_words + 2
            && !content[k - 1].is_capitalized()
            && !matches!(content[k - 1].lower(), "of" | "for" | "and" | "the")
        {
            k -= 1;
        }
        // Only after a name of two capitalised words or more, none a possessive or a
        // "-based" ("the U.N. health agency", "Russia's space agency", "the Darfur rebel
        // group" are bodies the words describe, not named), or an acronym ("the official
        // SANA news agency").
        let capitals = content[..k]
            .iter()
            .rev()
            .take_while(|w| w.is_capitalized())
            .filter(|w| {
                !DETERMINERS.contains(&w.lower())
                    && w.stem_possessive() == w.text()
                    && !super::organisations::is_description(w.lower())
            })
            .count();
        let named = capitals >= 2 || (capitals == 1 && k > 0 && is_acronym(content[k - 1]));
        if k < kind_from && named {
            kind_from = k;
        }
    }
    let name = &described[..described.len().saturating_sub(content.len() - kind_from)];
    // "the official SANA news agency": lowercase adjectives before the name describe it
    // (not "the director of a … group": a role of it).
    let adjectives = (0..name.len())
        .take_while(|&j| {
            let w = name[j];
            let before_name = name.get(j + 1).is_some_and(|n| n.is_capitalized());
            !w.is_capitalized()
                && (before_name || !lex.is_role_or_title(w.lower()))
                && !DETERMINERS.contains(&w.lower())
                && !matches!(w.lower(), "of" | "for" | "a" | "an")
        })
        .count();
    // (Not "state TV": what is left is a name of two words or an acronym.)
    let rest = &name[adjectives.min(name.len())..];
    let name = if rest.len() >= 2 || rest.first().is_some_and(|w| is_acronym(w)) {
        rest
    } else {
        name
    };
    let joiner = |w: &Word| matches!(w.lower(), "of" | "for" | "and" | "the" | "de");
    if kind_from < content.len()
        && (1..=2).contains(&kind_words)
        && !name.is_empty()
        && name[0].is_capitalized()
        && name[name.len() - 1].is_capitalized()
        && name.iter().all(|w| w.is_capitalized() || joiner(w))
        && !name.iter().all(|w| is_nationality(w.lower()))
        // ("a Britain-based monitor", "a Syria monitor": a description or a country
        // alone names no body.)
        && !matches!(name, [w] if super::organisations::is_description(w.lower()) || lex.is_country(w.lower()))
    {
        let text = name.iter().map(|w| w.text()).collect::<Vec<_>>().join(" ");
        return Some(Speaker::Organisation(coref.fullest_org(&text, at + 1)));
    }
    // "the opposition Syrian National Coalition", "the opposing Syrian Observatory":
    // lowercase words that describe a body (no role, no possessive, no number), then its
    // name of two capitalised words or more: the name speaks. (Not in recased copy,
    // where "THE NATIONALIST REPUBLICAN ALLIANCE" reads "the nationalist Republican
    // Alliance".)
    let lead = described.iter().take_while(|w| !w.is_capitalized()).count();
    let tail = &described[lead..];
    // ("the official Syrian Arab News Agency", "the rebel Free Syrian Army": one role
    // before a body's name is an adjective.)
    let body_named = lead == 1 && tail.last().is_some_and(|w| lex.orgs.contains(w.lower()));
    if lead > 0
        && !coref.capitals_guessed()
        && tail.len() >= 2
        && tail.iter().all(|w| w.is_capitalized() || joiner(w))
        && tail[tail.len() - 1].is_capitalized()
        && !tail.iter().all(|w| is_nationality(w.lower()))
        && described[..lead].iter().all(|w| {
            (body_named
                || (!lex.is_role_or_title(w.lower()) && !lex.unnamed_roles.contains(w.lower())))
                && !joiner(w)
                && !continues_role(w.lower())
                && !matches!(w.lower(), "to" | "by")
                && w.stem_possessive() == w.text()
                && !w.text().contains(|c: char| c.is_ascii_digit())
                && !lex.numbers.contains(w.lower())
        })
    {
        let text = tail.iter().map(|w| w.text()).collect::<Vec<_>>().join(" ");
        return Some(Speaker::Organisation(coref.fullest_org(&text, at + 1)));
    }
    let caps: Vec<&&Word> = content.iter().filter(|w| w.is_capitalized()).collect();
    // "a spokesman for the army": a role of a body is a person, not the body.
    let head_end = content
        .iter()
        .position(|w| continues_role(w.lower()))
        .unwrap_or(content.len());
    let role_of_body = head_end < content.len()
        && content[..head_end].iter().any(|w| {
            !w.is_capitalized()
                && (lex.is_role_or_title(w.lower()) || lex.unnamed_roles.contains(w.lower()))
        })
        && !content[..head_end]
            .iter()
            .any(|w| lex.orgs.contains(w.lower()));
    // "a police spokesman", "a military source": a body's word before a person's role
    // describes one person, who is no body. (People in the plural stay with the bodies
    // "they" looks back to: "Military sources said … they added".)
    let person_headed = content[..head_end].last().is_some_and(|w| {
        !w.is_capitalized()
            && !super::coreference::is_plural(w.lower())
            && (lex.roles.contains(w.lower()) || lex.unnamed_roles.contains(w.lower()))
            && !lex.orgs.contains(w.lower())
    });
    let has_org =
        !role_of_body && !person_headed && content.iter().any(|w| lex.orgs.contains(w.lower()));
    // ("Well I think …", "Can I say …": the pronoun after an ordinary word names no
    // one; "Elizabeth I" is a name.)
    if content.len() == 2
        && content[1].text() == "I"
        && super::casing::is_common(content[0].lower())
    {
        return None;
    }
    if !has_org && caps.len() == 1 && content.len() == 1 {
        let word = content[0].stem_possessive();
        // ("Yeah. It's even hard …": an interjection, or a word that opens clauses,
        // names no one.)
        if super::mentions::is_not_name(&word.to_lowercase()) {
            return None;
        }
        // A title alone is no name, unless it is someone's surname ("said Bishop" after
        // "Julie Bishop").
        if !lex.titles.contains(&word.to_lowercase()) || coref.is_surname(word) {
            // A surname of someone named in the document, or a first name, is a person;
            // another single capitalised word is a country, a city or a body (Rabat, Hamas).
            // (A surname misspelled by one letter is the person's: "Wasif" for "Wasef".)
            // (An acronym is no first name: "SANA reported", not Sana.)
            let first_name = gender::is_first_name(word) && !content[0].is_acronym();
            // ("said Olav" after "Olav Gunnar Ballo": a first name alone is the one
            // person named in full with it.)
            // (Also a first name not in the list, but never a country's or a place's
            // name: "Jordan said" is the country, whoever is named Jordan before.)
            let may_open_name = first_name
                || (!lex.is_country(word)
                    && !lex.is_place(word)
                    && !super::casing::is_common(&word.to_lowercase()));
            let named_first = (may_open_name && !coref.is_surname(word))
                .then(|| coref.by_first_name(word, at))
                .flatten();
            return Some(if let Some(full) = named_first {
                Speaker::Person(full)
            } else if coref.is_surname(word) || first_name {
                Speaker::Person(coref.surname(word, at, sentence))
            } else if let Some(person) = coref.misspelled(word, at) {
                Speaker::Person(person)
            } else if lex.roles.contains(&word.to_lowercase()) {
                // ("Workers ratified the deal": a role capitalised as the sentence's
                // first word is people, no body "the company" may refer back to.)
                Speaker::Unnamed(word.to_string())
            } else {
                Speaker::Organisation(coref.fullest_org(word, at + 1))
            });
        }
    }
    if let Some(owned) = possessed(coref, &content, at, sentence) {
        return Some(owned);
    }
    // ("His answer" whose owner is unknown names no one.)
    if own_words(&content) {
        return None;
    }
    let phrase = trim_determiner(&content);
    if phrase.is_empty() {
        return None;
    }
    // ("the so-called Islamic Front": a description of a body is no ordinary word.)
    let capitalised_name = described.iter().any(|w| w.is_capitalized())
        && described
            .iter()
            .all(|w| w.is_capitalized() || super::organisations::is_description(w.lower()));
    if has_org || capitalised_name {
        // "the ministry" after "the Russian defence ministry said": the body described
        // before, when no capitalised full name holds the word.
        if described.len() == 1 && content.len() > 1 && !described[0].is_capitalized() {
            if let Some((_, earlier)) = coref.described(described[0].lower(), at) {
                return Some(earlier);
            }
        }
        Some(Speaker::Organisation(coref.fullest_org(&phrase, at + 1)))
    } else {
        // "the glaciologist" after "Henrik Aalto, a glaciologist,": the person an
        // indefinite description between commas named so.
        let noun = (content[0].lower() == "the" && described.len() == 1)
            .then(|| described[0])
            .filter(|w| !w.is_capitalized());
        if let Some(name) = noun.and_then(|w| coref.role(w.lower(), &[], |_: &[String]| false, at))
        {
            return Some(Speaker::Person(name));
        }
        Some(Speaker::Unnamed(phrase))
    }
}

/// "Her father said", "his lawyer said": a role or a relative whose possessive pronoun
/// refers back to a person named is that person's ("Schapelle Corby's father"), as an
/// editor would write it. `None` when the words are no such phrase or the pronoun
/// refers to no one whose gender the text tells.
fn possessed(coref: &Coref, content: &[&Word], at: usize, sentence: usize) -> Option<Speaker> {
    let (owner, rest) = content.split_first()?;
    let pronoun = match owner.lower() {
        "his" => "he",
        "her" => "she",
        _ => return None,
    };
    // "Her verdict was simple: “…”", "His answer came quickly: “…”": one's own words are
    // one's own.
    let words_of_own = own_words(content);
    if !is_owned_role(rest) && !words_of_own {
        return None;
    }
    let owner = coref.pronoun(pronoun, at, sentence)?;
    // "his counterpart": the other one of the two who met, whoever the owner is.
    if let ([counterpart], Speaker::Person(owner)) = (rest, &owner) {
        if counterpart.lower() == "counterpart" {
            if let Some(other) = coref.counterpart_of(owner, at) {
                return Some(Speaker::Person(other));
            }
        }
    }
    // Only a person whose gender is known: a guess is worse than "her lawyer".
    let name = match owner {
        Speaker::Person(p) if coref.gender_of(&p) != gender::Gender::Unknown => p,
        _ => return None,
    };
    if words_of_own {
        return Some(Speaker::Person(name));
    }
    // ("Hanna and Emil Rask … “…,” her husband replied": a relative named in the text
    // with the owner's surname is that person.)
    if let [relative] = rest {
        if RELATIVES.contains(&relative.lower()) {
            if let Some(person) = coref.same_family(&name, at) {
                return Some(Speaker::Person(person));
            }
        }
    }
    Some(owned_role(&name, "'s", rest))
}

/// Whether words are a possessive pronoun and a noun of one's own words ("her verdict",
/// "his answer"), which speak for their owner.
pub fn own_words(words: &[&Word]) -> bool {
    matches!(words, [owner, noun]
        if matches!(owner.lower(), "his" | "her") && SPEECH_NOUNS.contains(&noun.lower()))
}

/// Nouns of one's own words ([`own_words`]).
const SPEECH_NOUNS: &[&str] = &[
    "answer", "reply", "response", "verdict", "message", "words", "advice", "plea", "retort",
];

/// Relatives who may share a surname ("her husband", "his son").
const RELATIVES: &[&str] = &[
    "husband", "wife", "son", "daughter", "father", "mother", "brother", "sister",
];

/// Whether words after a possessive are a role, a relative or an office someone has
/// ("lawyer", "lead lawyer", "father", "family", "office"), not a document ("her
/// memoirs").
fn is_owned_role(rest: &[&Word]) -> bool {
    let lex = lexicon();
    rest.last().is_some_and(|last| {
        (1..=3).contains(&rest.len())
            && rest.iter().all(|w| !w.is_capitalized() && !w.is_punct())
            && (lex.roles.contains(last.lower())
                || matches!(last.lower(), "family" | "office")
                // ("Dorra's group", "Holtz's movement": a body someone leads.)
                || lex.bodies.contains(last.lower()))
            && !lex.documents.contains(last.lower())
    })
}

/// The speaker "<owner>'s <role>" (`ending` the possessive as written, "'s" or "'"): a
/// body when the role is a body's word ("Goodluck Jonathan's office"), else an unnamed
/// person ("Schapelle Corby's father").
fn owned_role(owner: &str, ending: &str, rest: &[&Word]) -> Speaker {
    let described = rest.iter().map(|w| w.text()).collect::<Vec<_>>().join(" ");
    let text = format!("{owner}{ending} {described}");
    if rest
        .last()
        .is_some_and(|w| lexicon().is_body_word(w.lower()))
    {
        Speaker::Organisation(text)
    } else {
        Speaker::Unnamed(text)
    }
}

/// "A spokesman for Ana Ruiz said", "relatives of Omar Haddad said", "a source close to
/// the minister Ana Ruiz said": people described by a role of someone named after a
/// preposition speak for that person, and are not that person. The speaker is the
/// description as written, the name in full ("lawyer for Omar Haddad"). `None` unless
/// every name of the phrase is such an object.
fn role_for_name(coref: &Coref, head: &[Word], names: &[Mention], at: usize) -> Option<Speaker> {
    const PREPOSITIONS: &[&str] = &["of", "for", "to", "from", "with", "at"];
    let lex = lexicon();
    // The name: the phrase's only person name, or a surname of someone named in full
    // before that ends it ("relatives of Berg").
    let (first, name) = match names {
        [m] => (
            head.iter().position(|w| w.span.start >= m.at)?,
            coref.fullest(&m.name, at + 1),
        ),
        [] => {
            let last = head.iter().rposition(|w| !w.is_punct())?;
            if !head[last].is_capitalized() {
                return None;
            }
            (
                last,
                coref.person_named_in_full(head[last].stem_possessive(), at + 1)?,
            )
        }
        _ => return None,
    };
    // Titles given with the name, and their article, stand between it and the
    // preposition ("for President Ana Ruiz", "to the minister Ana Ruiz"), and so do
    // lowercase roles and nationalities ("the family of aid worker Clara Meier", "of
    // British journalist Ivo Marr"); any other word there makes the name an apposition
    // ("co-author of the study Thomas Rivinius").
    let mut name_start = first;
    while name_start > 0
        && (lex.titles.contains(head[name_start - 1].lower())
            || head[name_start - 1].lower() == "the")
    {
        name_start -= 1;
    }
    // (Before a lowercase role, the words that describe it: "kidnapped aid worker"; the
    // role may stand before a comma, the name beside it: "the parents of the hostage,
    // Clara Meier".)
    let beside = name_start >= 2 && head[name_start - 1].text() == ",";
    if beside {
        name_start -= 1;
    }
    // (Not in recased copy, where a title before the name is in lowercase too: "CHIEF OF
    // POLICE GENERAL MIGUEL PADILLA".)
    let described_role = name_start > 0
        && !coref.capitals_guessed()
        && !head[name_start - 1].is_capitalized()
        && (beside || lex.roles.contains(head[name_start - 1].lower()));
    while described_role && name_start > 0 && {
        let w = &head[name_start - 1];
        !w.is_punct()
            && !PREPOSITIONS.contains(&w.lower())
            && (!w.is_capitalized() || is_nationality(w.lower()))
    } {
        name_start -= 1;
    }
    let prep = name_start.checked_sub(1)?;
    if !PREPOSITIONS.contains(&head[prep].text()) {
        return None;
    }
    let mut role = prep.checked_sub(1)?;
    if super::source::LINKING.contains(&head[role].lower()) {
        role = role.checked_sub(1)?;
    }
    // A role written in lowercase (or opening the sentence): "Secretary of Defense Ashton
    // Carter" is a title; "a statement from Ana Ruiz" a document, its author hers.
    // ("Minister of Interior Maria Holloway": a capitalised title opening it is hers.)
    let people = |w: &Word| {
        let l = w.lower();
        (lex.roles.contains(l) || lex.relations.contains(l) || matches!(l, "family" | "people"))
            && !lex.documents.contains(l)
            && (!w.is_capitalized() || (role == 0 && !lex.titles.contains(l)))
    };
    // Only lowercase words or nationalities before the role ("Venezuelan baseball
    // players from …"), past a capital opening the sentence: no name there.
    let described = head[..role]
        .iter()
        .enumerate()
        .all(|(i, w)| i == 0 || !w.is_capitalized() || is_nationality(w.lower()));
    if !people(&head[role]) || !described {
        return None;
    }
    let start = head[..=role]
        .iter()
        .position(|w| !DETERMINERS.contains(&w.lower()))
        .unwrap_or(role);
    // The description as written, the name in full where the text gave more of it
    // before ("relatives of Tomas Berg" after "Tomas Berg").
    let before: Vec<&Word> = head[start..first]
        .iter()
        .filter(|w| !w.is_punct())
        .collect();
    Some(Speaker::Unnamed(format!(
        "{} {name}",
        trim_determiner(&before)
    )))
}

/// A role, a relative or an office ("lawyer", "father", "office") after a person's name
/// in the possessive: "Sarkozy's lawyer said", "President Nicolas Sarkozy's office said"
/// give "Nicolas Sarkozy's lawyer", "Nicolas Sarkozy's office" (the person not the
/// speaker, the name in full).
fn owned_by_name(coref: &Coref, head: &[Word], names: &[Mention], at: usize) -> Option<Speaker> {
    let lex = lexicon();
    // ("Ms Gibbons' chief lawyer": an apostrophe alone after a name in -s.)
    let k = head.iter().enumerate().position(|(j, w)| {
        w.is_capitalized()
            && (w.is_possessive()
                || (w.text().ends_with('s')
                    && head
                        .get(j + 1)
                        .is_some_and(|n| matches!(n.text(), "'" | "’"))))
    })?;
    // (Not "one of Oqueli's relatives": only titles and the name before the possessive.)
    let name_only = head[..k]
        .iter()
        .all(|w| w.is_capitalized() || w.lower() == "the" || lex.is_role_or_title(w.lower()));
    if !name_only || lex.is_country(head[k].stem_possessive()) {
        return None;
    }
    let rest: Vec<&Word> = head[k + 1..].iter().filter(|w| !w.is_punct()).collect();
    if !is_owned_role(&rest) {
        return None;
    }
    let possessive = &head[k];
    let owner = match names.last() {
        Some(m) if m.end >= possessive.span.start && m.at <= possessive.span.start => {
            coref.fullest_titled(&m.name, &m.roles, at + 1)
        }
        _ => {
            let surname = possessive.stem_possessive();
            if !coref.is_surname(surname) {
                return None;
            }
            coref.fullest(surname, at + 1)
        }
    };
    // "Her lawyer, Ivo Marr, … Ms Harris's lawyer said": one role, no relative, given
    // to a person named before is that person.
    if let [role] = rest.as_slice() {
        if !RELATIVES.contains(&role.lower()) {
            if let Some(person) = coref
                .role(role.lower(), &[], |_| false, at)
                .filter(|p| *p != owner)
            {
                return Some(Speaker::Person(person));
            }
        }
    }
    // (The possessive as written: "Parsons' mother", "Smith's lawyer".)
    let ending = if possessive.is_possessive() {
        "'s"
    } else {
        "'"
    };
    Some(owned_role(&owner, ending, &rest))
}

/// "Ana Ruiz and Omar Haddad said", "Ruiz and Haddad said", "France and Britain said":
/// two speakers named together are one source, each side with its fullest name. A body
/// whose name holds "and" ("the Food and Agriculture Organization", "Red Cross and Red
/// Crescent") is not split: each side of a pair of bodies is one word, unless each has
/// its own article ("the Observatory and the Local Coordination Committees").
fn coordinated(coref: &Coref, head: &[Word], at: usize, sentence: usize) -> Option<Speaker> {
    let k = head.iter().position(|w| w.text() == "and")?;
    // "the Observatory and the Local Coordination Committees": each side with its
    // article is a name of its own.
    let articled = |side: &[Word]| side.first().is_some_and(|w| w.lower() == "the");
    let (left, right) = (&head[..k], &head[k + 1..]);
    let bodies = articled(right);
    let left = &left[usize::from(articled(left))..];
    let right = &right[usize::from(bodies)..];
    let named = |side: &[Word]| !side.is_empty() && side.iter().all(Word::is_capitalized);
    if !named(left) || !named(right) {
        return None;
    }
    if bodies {
        let l = resolve(coref, left, at, sentence)?;
        let r = resolve(coref, right, at, sentence)?;
        return (l.name() != r.name())
            .then(|| Speaker::Organisation(format!("{} and {}", l.name(), r.name())));
    }
    let person = |side: &[Word]| {
        !person_names(side).is_empty()
            || (side.len() == 1 && coref.is_surname(side[0].stem_possessive()))
    };
    let people = person(left) && person(right);
    let single = |side: &[Word]| {
        side.len() == 1 && !super::casing::is_common(&side[0].text().to_lowercase())
    };
    let (l, r) = if people {
        (
            resolve(coref, left, at, sentence)?,
            resolve(coref, right, at, sentence)?,
        )
    } else if single(left) && single(right) {
        return Some(Speaker::Organisation(format!(
            "{} and {}",
            left[0].text(),
            right[0].text()
        )));
    } else {
        return None;
    };
    match (&l, &r) {
        (Speaker::Person(a), Speaker::Person(b)) if a != b => {
            Some(Speaker::Unnamed(format!("{a} and {b}")))
        }
        _ => None,
    }
}

/// A phrase naming a document speaks for its author: named with it ([`named_author`]),
/// else the author of the document the text introduced last ("The MPL released a
/// communique. … The document says …" is the MPL, see [`super::documents`]), or the
/// phrase itself ("according to a statement released by the court"). `None`
/// when the phrase names no document, or one of no known author ("reports say").
fn document_author(
    coref: &Coref,
    head: &[Word],
    at: usize,
    sentence: usize,
) -> Option<Option<Speaker>> {
    // "A statement from the Interior Ministry said", "a report by Human Rights Watch
    // said", "a statement from the army general command said": a document's noun opening
    // the phrase, then its author after "from" or "by" (a name, a body's word or a role).
    let lex = lexicon();
    // ("A preliminary statement from …", "a joint statement by …": after up to two
    // lowercase words.)
    let opening = head
        .iter()
        .position(|w| !w.is_punct() && !DETERMINERS.contains(&w.lower()))
        .and_then(|p| {
            (p..(p + 3).min(head.len()))
                .take_while(|&j| !head[j].is_punct() && !head[j].is_capitalized())
                .find(|&j| lex.documents.contains(head[j].lower()))
        });
    let author = |w: &Word| {
        w.is_capitalized() || lex.is_body_word(w.lower()) || lex.is_role_or_title(w.lower())
    };
    if let Some(j) = opening.filter(|&j| {
        lex.documents.contains(head[j].lower())
            && !head[j].is_capitalized()
            && head
                .get(j + 1)
                .is_some_and(|w| matches!(w.lower(), "from" | "by"))
            && head[j + 2..].iter().any(author)
    }) {
        return Some(resolve(coref, &head[j + 2..], at, sentence));
    }
    let k = document_noun(head)?;
    // Up to the noun itself: "a statement released by the court" introduces its author.
    // ("REPORTS SAY": reports in the plural, with no author named, are not the last
    // document the text introduced.)
    let plural = head[k].lower().ends_with('s');
    // ("a poll shows" after "his family has filed a lawsuit": an indefinite article
    // introduces a new document, whose author is only the one its own words name.)
    let indefinite = head[..k]
        .iter()
        .any(|w| matches!(w.lower(), "a" | "an" | "another"));
    named_author(coref, head, at, sentence).or_else(|| {
        let end = head[k].span.end;
        (!plural)
            .then(|| {
                if indefinite {
                    coref.document_introduced(head[0].span.start, end)
                } else {
                    coref.document_author(end)
                }
            })
            .flatten()
            .map(Some)
    })
}

/// Where a phrase ends on a document's noun ("the AEW press release", "the report"),
/// that noun's position; a capitalised one is a name ("the Report Card said").
fn document_noun(head: &[Word]) -> Option<usize> {
    let k = head.iter().rposition(|w| !w.is_punct())?;
    (lexicon().documents.contains(head[k].lower()) && !head[k].is_capitalized()).then_some(k)
}

/// "the AEW press release", "Hyza's statement", "the judge's statement", "a police
/// statement", "its report": a document speaks for its author, named before the
/// document's noun (a name, an owner in the possessive or a body's word, each read as a
/// source of its own) or by a possessive pronoun. `None` when the
/// phrase names no document or names none of its author ("the report said", "reports
/// say"): the document is then the speaker, as the phrase gives it (the body named last
/// before it, as for "it", was wrong more often than right: datelines, other bodies).
pub fn named_author(
    coref: &Coref,
    head: &[Word],
    at: usize,
    sentence: usize,
) -> Option<Option<Speaker>> {
    let k = document_noun(head)?;
    // The run of capitalised words nearest before the noun ("the AEW press release"),
    // not a sentence's capitalised "The", "Some", "Local": the author's name.
    let named = |j: usize| {
        let w = &head[j];
        // ("a Wednesday editorial": a day is no author; nor is "a Facebook post" the
        // network's.)
        if lexicon().time.contains(w.lower()) || lexicon().platforms.contains(w.lower()) {
            return false;
        }
        w.is_capitalized()
            && !DETERMINERS.contains(&w.lower())
            && !(j == 0 && super::casing::is_common(w.lower()))
    };
    if let Some(last) = (0..k).rposition(named) {
        let mut first = (0..last + 1).rposition(|j| !named(j)).map_or(0, |j| j + 1);
        // ("The Brigade of the Eastern Gate's statement": a name joined by "of the".)
        while let Some(j) = (0..first)
            .rev()
            .take_while(|&j| matches!(head[j].lower(), "of" | "for" | "the" | "and"))
            .last()
            .filter(|&j| j > 0 && named(j - 1) && head[j].lower() != "the")
        {
            first = (0..j).rposition(|i| !named(i)).map_or(0, |i| i + 1);
        }
        // ("a Kessel police post": with the body's lowercase word after the name.)
        let last = if (last + 1..k)
            .all(|j| !head[j].is_capitalized() && lexicon().orgs.contains(head[j].lower()))
            && head[last].stem_possessive() == head[last].text()
        {
            k - 1
        } else {
            last
        };
        return Some(resolve(coref, &owner(&head[first..=last]), at, sentence));
    }
    // "the court's summary", "the judge's statement", "the organisers' website": the
    // owner, read as a source of its own ("the court" is the court named before, "the
    // judge" the judge).
    let plural_possessive = |j: usize| {
        j > 0 && matches!(head[j].text(), "'" | "’") && head[j - 1].lower().ends_with('s')
    };
    if let Some(j) = (0..k).rposition(|j| head[j].is_possessive() || plural_possessive(j)) {
        let end = if head[j].is_possessive() { j + 1 } else { j };
        // (After the preposition of "a statement on the court's website".)
        let start = head[..j]
            .iter()
            .rposition(|w| matches!(w.lower(), "on" | "in" | "at" | "from" | "by"))
            .map_or(0, |p| p + 1);
        return Some(resolve(coref, &owner(&head[start..end]), at, sentence));
    }
    // "a police statement", "the government statement", "the court decision": a body's
    // word right before the noun wrote it, read as a source of its own.
    // Only an article and the body's word: an adjective before it may tell which of the
    // body's documents ("the first police reports"), a possessive who owns it ("its
    // military report"), and without an article the phrase may be cut from a longer one.
    if let [article, body, _] = &head[k.saturating_sub(2)..=k] {
        if matches!(article.lower(), "the" | "a" | "an")
            && !body.is_capitalized()
            && lexicon().orgs.contains(body.lower())
            && !lexicon().document_kinds.contains(body.lower())
        {
            // With its "the" ("the government" is the one named before), else alone ("a
            // police statement" is the police's).
            let from = k - 1 - usize::from(article.lower() == "the");
            return Some(resolve(coref, &head[from..k], at, sentence));
        }
    }
    let possessive = head[..k].iter().find_map(|w| match w.lower() {
        "its" => Some("it"),
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        _ => None,
    });
    possessive.map(|p| coref.pronoun(p, at, sentence))
}

/// A phrase without its last word's possessive ending ("the court's" → "the court").
fn owner<'d>(words: &[Word<'d>]) -> Vec<Word<'d>> {
    match words {
        [rest @ .., last] if last.is_possessive() => {
            rest.iter().cloned().chain([last.owner()]).collect()
        }
        _ => words.to_vec(),
    }
}

/// "country's", "nation's": an owner that names no one, as "its" does ("the country's
/// army" is the army).
pub fn is_country_owner(w: &Word) -> bool {
    w.is_possessive()
        && matches!(
            w.stem_possessive().to_lowercase().as_str(),
            "country" | "nation"
        )
}

/// The phrase without its article, or a "one"/"another" before a lowercase word ("one
/// diplomat" names a diplomat).
fn trim_determiner(words: &[&Word]) -> String {
    // ("The country's army said": the army, as "its army" is.)
    let the = usize::from(words.first().is_some_and(|w| w.lower() == "the"));
    if words.len() > the + 1 && is_country_owner(words[the]) {
        return trim_determiner(&words[the + 1..]);
    }
    // ("Its foreign ministry said": a body's own ministry, as written without "its".)
    let skip = usize::from(words.first().is_some_and(|w| {
        matches!(w.lower(), "the" | "a" | "an")
            || (w.lower() == "its"
                && words[1..]
                    .iter()
                    .any(|n| !n.is_capitalized() && lexicon().orgs.contains(n.lower())))
            || (matches!(w.lower(), "one" | "another")
                && words
                    .get(1)
                    .is_some_and(|n| !n.is_capitalized() && n.lower() != "of"))
    }));
    let mut out = words[skip..]
        .iter()
        .map(|w| w.text())
        .collect::<Vec<_>>()
        .join(" ");
    out = out
        .replace(" 's", "'s")
        .replace(" ' ", "' ")
        .replace(" ’ ", "’ ");
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;
    use crate::text::Document;

    fn ws<'d>(doc: &'d Document<'d>) -> Vec<Word<'d>> {
        words(doc, doc.full_span())
    }

    /// A phrase resolved with nothing named before it.
    fn resolved_alone(text: &str) -> Option<Speaker> {
        resolve(&Coref::default(), &ws(&Document::new(text)), 0, 0)
    }

    fn coref_of(text: &str) -> Coref {
        let doc = Document::new(text);
        Coref::new(&person_names(&ws(&doc)), &ws(&doc))
    }

    #[test]
    fn every_word_of_the_word_lists_is_loaded_once() {
        let mut lines = 0;
        let mut sections = Vec::new();
        for line in crate::text::word_list::entries(include_str!("speakers.txt")) {
            if line.starts_with('[') {
                sections.push(line);
            } else {
                lines += 1;
            }
        }
        let lex = lexicon();
        let sets = [
            &lex.titles,
            &lex.roles,
            &lex.orgs,
            &lex.pronouns,
            &lex.time,
            &lex.documents,
            &lex.bodies,
            &lex.body_kinds,
            &lex.armed_groups,
            &lex.armed_group_names,
            &lex.unnamed_roles,
            &lex.unnamed_people,
            &lex.anonymous_roles,
            &lex.reigning,
            &lex.post_nominals,
            &lex.name_particles,
            &lex.place_prepositions,
            &lex.fronting_prepositions,
            &lex.not_names,
            &lex.description_openers,
            &lex.connectives,
            &lex.opening_determiners,
            &lex.adverbs,
            &lex.np_words,
            &lex.titled_works,
            &lex.relations,
            &lex.title_followers,
            &lex.title_minor_words,
            &lex.issuing_verbs,
            &lex.places,
            &lex.place_heads,
            &lex.countries,
            &lex.numbers,
            &lex.envoys,
            &lex.place_kinds,
            &lex.clause_prepositions,
            &lex.not_descriptions,
            &lex.headline_verbs,
            &lex.subject_followers,
            &lex.document_kinds,
            &lex.uttering_verbs,
            &lex.talking_verbs,
            &lex.hosting_verbs,
            &lex.visiting_verbs,
            &lex.local_bodies,
            &lex.local_levels,
            &lex.alias_givers,
            &lex.saints,
            &lex.story_parties,
            &lex.court_officers,
            &lex.quote_pointers,
            &lex.company_words,
            &lex.platforms,
            &lex.outlet_name_words,
            &lex.title_adjectives,
            &lex.portfolio_titles,
            &lex.role_synonyms,
        ];
        // No section is read twice, none is left out, no word is listed twice in one.
        assert_eq!(sections.len(), sets.len());
        assert_eq!(sets.iter().map(|s| s.len()).sum::<usize>(), lines);
        assert!(lex.post_nominals.contains("QC") && lex.reigning.contains("pope"));
    }

    #[test]
    fn surname_and_pronoun_resolve_to_the_full_name() {
        let mut c = coref_of("Abdelhak Khiame spoke.");
        assert_eq!(
            resolve(&c, &ws(&Document::new("Khiame")), 100, 1),
            Some(Speaker::Person("Abdelhak Khiame".into()))
        );
        c.note(&Speaker::Person("Abdelhak Khiame".into()), 0, 0);
        assert_eq!(
            resolve(&c, &ws(&Document::new("He")), 100, 1),
            Some(Speaker::Person("Abdelhak Khiame".into()))
        );
        assert_eq!(
            resolve(&Coref::default(), &ws(&Document::new("she")), 0, 0),
            None
        );
    }

    #[test]
    fn an_auxiliary_is_no_speaker_but_a_name_that_reads_as_one_is() {
        let r = resolved_alone;
        assert_eq!(r("having"), None);
        assert_eq!(r("could"), None);
        assert_eq!(r("May"), Some(Speaker::Person("May".into())));
    }

    #[test]
    fn organisations_stay_organisations() {
        let r = resolved_alone;
        assert_eq!(
            r("the Interior Ministry"),
            Some(Speaker::Organisation("Interior Ministry".into()))
        );
        assert_eq!(
            r("a police spokesman"),
            Some(Speaker::Unnamed("police spokesman".into()))
        );
        assert_eq!(r("officials"), Some(Speaker::Unnamed("officials".into())));
        assert_eq!(r("Rabat"), Some(Speaker::Organisation("Rabat".into())));
    }

    #[test]
    fn interjections_and_a_word_before_i_name_no_one() {
        let r = resolved_alone;
        assert_eq!(r("Yeah"), None);
        assert_eq!(r("Okay"), None);
        assert_eq!(r("Well I"), None);
        assert_eq!(r("Can I"), None);
        // A name stays a name.
        assert!(r("Elizabeth I").is_some());
    }
}
