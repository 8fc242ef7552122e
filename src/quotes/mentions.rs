//! The mentions stage: the person names a document gives, each with where it stands,
//! the title and role words around it ("Foreign Minister Sergei Lavrov", "Sergei
//! Lavrov, the foreign minister,") and a gender cue; and an index from a surname to the
//! fullest name given before ("Bourita" → "Nasser Bourita").
use super::gender::{self, Gender};
use super::speakers::lexicon;
use super::words::{after_name_prefix, folded, is_initial, Word};
use rustc_hash::FxHashMap;

/// Lowercase words that join the capitalised words of an organisation's name.
const ORG_JOINERS: &[&str] = &["for", "of"];

/// A known first name that is no name particle ("Al" opens "Al Jazeera" as often as
/// "Al Gore").
fn is_first_name(word: &str) -> bool {
    gender::is_first_name(word)
        && !lexicon()
            .name_particles
            .contains(word.to_lowercase().as_str())
}

/// How many words a person's name may have, titles left out.
const MAX_NAME_WORDS: usize = 4;

/// How many earlier mentions of a surname [`NameIndex::fullest_titled`] and
/// [`NameIndex::mentions_of`] read.
const TITLED_LOOK_BACK: usize = 64;
/// How many of the latest mentions a misspelled surname is compared with.
const MISSPELLING_LOOK_BACK: usize = 64;

/// Whether a capitalised word (lowercase here) starts sentences or clauses and is never
/// part of a name ("But", "When", "Asked").
pub fn is_not_name(lower: &str) -> bool {
    lexicon().not_names.contains(lower)
}

/// Words before a date ("in June", "since May"): a month after them is no first name.
const BEFORE_A_DATE: &[&str] = &[
    "in", "on", "since", "until", "by", "from", "of", "last", "next", "early", "late", "mid",
    "during", "before", "after", "through",
];

/// Whether the name at words `start..comma` ends a phrase of place or time that opens
/// its sentence ("After meeting President Alfredo Montenegro, the bishop said", "In a
/// statement signed by his spokesman, Femi Bankole, the President said"): the
/// description after its comma is the subject's, not the name's. The sentence starts
/// after the last stop before the name; the phrase is read as the source reader reads
/// it ([`super::appositive`]).
fn ends_fronted_phrase(words: &[Word], start: usize, comma: usize) -> bool {
    const REACH: usize = 16;
    (start.saturating_sub(REACH)..start)
        .rev()
        .find(|&j| j == 0 || matches!(words[j - 1].text(), "." | "!" | "?"))
        .is_some_and(|j| {
            super::appositive::fronted_object(&words[j..], start - j, comma - j, &|_| false)
        })
}

/// A person's name mentioned in the document, at a position.
#[derive(Debug, Clone)]
pub struct Mention {
    pub name: String,
    pub at: usize,
    /// Where the name (titles included) ends.
    pub end: usize,
    pub gender: Gender,
    /// Lowercase title and role words given with the name ("foreign", "minister").
    pub roles: Vec<String>,
    /// What a role right after the name is of, its capitalised words in lowercase:
    /// "Rami Abdel Rahman, head of the Syrian Observatory" → ["syrian", "observatory"]
    /// (also without the comma).
    pub role_of: Vec<String>,
    /// An age given after the name between commas ("Marco Vitale, 27,"), its digits.
    pub age: Option<String>,
}

/// Whether `words` open on a body's name, capitalised words ending on a body's word
/// ("Human Rights Watch", maybe in the possessive: "Watchs", "Watch's"), then a
/// lowercase role or title ("executive director").
fn body_then_role(words: &[Word]) -> bool {
    const MAX_BODY_WORDS: usize = 6;
    let lex = lexicon();
    let run = words
        .iter()
        .take(MAX_BODY_WORDS + 1)
        .take_while(|w| w.is_capitalized())
        .count();
    if !(2..=MAX_BODY_WORDS).contains(&run) {
        return false;
    }
    let last = words[run - 1].lower();
    let body = lex.orgs.contains(super::words::without_possessive(last))
        || last
            .strip_suffix('s')
            .is_some_and(|stem| lex.orgs.contains(stem));
    body && words
        .get(run)
        .is_some_and(|w| !w.is_capitalized() && lex.is_role_or_title(w.lower()))
}

/// "Syrias", "Irans", "OCHAs", "MSFs": a country's or an acronym's possessive written
/// without an apostrophe (FA-KES). ("Frances" is a first name.)
fn possessive_without_apostrophe(w: &Word) -> bool {
    let acronym = w
        .text()
        .strip_suffix('s')
        .is_some_and(super::words::is_acronym);
    acronym
        || w.lower()
            .strip_suffix('s')
            .is_some_and(|stem| lexicon().is_country(stem))
            && !super::gender::is_first_name(w.text())
}

/// The person names (two or more capitalised words, titles removed) in order.
pub fn person_names(words: &[Word]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // "Speaking on Thursday De Mistura said" (text without commas): a weekday opens
        // no name.
        // ("Hi, I'm Rich Bowen": a pronoun opens no name.)
        // (Nor a country's possessive: "Al-Nusra Front Syrias Al-Qaeda affiliate".)
        if !words[i].is_capitalized()
            || super::words::is_weekday(words[i].lower())
            || super::source::is_pronoun(&words[i])
            || possessive_without_apostrophe(&words[i])
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut parts: Vec<&Word> = Vec::new();
        while i < words.len() {
            let w = &words[i];
            // ("Anke van der Berg": two particles in a row.)
            let particles = |j: usize| {
                words
                    .get(j)
                    .is_some_and(|n| lexicon().name_particles.contains(n.lower()))
            };
            let particle = particles(i)
                && (words.get(i + 1).is_some_and(Word::is_capitalized)
                    || (particles(i + 1) && words.get(i + 2).is_some_and(Word::is_capitalized)));
            // "Ms. Dana Frost", "Vann R. Newkirk": the dot of an initial or a title
            // (`[titles]` written with their dot: "Supt.", "Brig.").
            let dot = w.text() == "."
                && parts.last().is_some_and(|p| {
                    p.text().chars().count() == 1
                        || matches!(p.lower(), "st" | "jr")
                        || lexicon().titles.contains(&format!("{}.", p.lower()))
                })
                && words.get(i + 1).is_some_and(Word::is_capitalized);
            if dot {
                i += 1;
                continue;
            }
            // "Renato “Atoy” Magbanua": a nickname in quotation marks inside the name is
            // no part of it.
            let mark = |j: usize| {
                words
                    .get(j)
                    .is_some_and(|m| matches!(m.text(), "“" | "”" | "\"" | "‘" | "’" | "'"))
            };
            if !parts.is_empty()
                && mark(i)
                && words.get(i + 1).is_some_and(Word::is_capitalized)
                && mark(i + 2)
                && words.get(i + 3).is_some_and(Word::is_capitalized)
            {
                i += 3;
                continue;
            }
            // "Kama Melly QC", "Ana Ruiz MP": letters after a name are no part of it.
            if !parts.is_empty() && lexicon().post_nominals.contains(w.text()) {
                break;
            }
            // "Mohammad al-Shaar Syrias interior minister" (text without apostrophes): a
            // country's possessive after a name is no part of it.
            if parts.len() >= 2 && possessive_without_apostrophe(w) {
                break;
            }
            // "Kevin Kennedy UN regional humanitarian coordinator" (text without commas):
            // nor is an acronym after a first name and a surname.
            if parts.len() >= 2
                && is_first_name(parts[0].text())
                && super::words::is_acronym(w.text())
                // (Not a numeral: "Thomas Luce III", "Abdullah II".)
                && !w.text().chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            {
                break;
            }
            // "Kenneth Roth Human Rights Watchs executive director" (text without commas
            // or apostrophes): nor a body's name after them that a lowercase role
            // follows.
            if parts.len() >= 2 && is_first_name(parts[0].text()) && body_then_role(&words[i..]) {
                break;
            }
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
        if let Some(m) = mention_of(words, start, i, &parts) {
            out.push(m);
        }
        if i == start {
            i += 1;
        }
    }
    out
}

/// A name from a run of capitalised words (`words[start..end]`): the words after the last title ("Moroccan
/// Foreign Minister Nasser Bourita" → "Nasser Bourita"), at least two of them.
fn mention_of(words: &[Word], start: usize, end: usize, parts: &[&Word]) -> Option<Mention> {
    let lex = lexicon();
    let texts: Vec<&str> = parts.iter().map(|w| w.stem_possessive()).collect();
    let is_title = |w: &str| {
        let l = w.to_lowercase();
        lex.titles.contains(l.trim_end_matches('.')) || lex.titles.contains(&l)
    };
    // Role words that open the run count as titles when a first name follows them ("MP
    // Mark Durkan", "Spokesman Ali Benali"; not "Reporters Without Borders").
    let leading_roles = texts
        .iter()
        .take(texts.len().saturating_sub(1))
        .take_while(|w| lex.roles.contains(&w.to_lowercase()))
        .count();
    // ("Norwegian MP Olav Gunnar Ballo": a role in capitals, an abbreviation, is a title
    // before any name.)
    let abbreviated = leading_roles > 0
        && texts[..leading_roles]
            .iter()
            .all(|w| super::words::is_acronym(w));
    // ("Activist Mazen Halabi said", "Headteacher Margarethe Stoll read": or one role in
    // the singular before two words or more that are no ordinary words; not
    // "Reporters Without Borders".)
    let role_before_name = leading_roles == 1
        && texts.len() >= 3
        && !super::coreference::is_plural(texts[0])
        && texts[1..]
            .iter()
            .all(|w| !super::casing::is_common(&w.to_lowercase()));
    let leading_roles = if abbreviated
        || role_before_name
        || texts.get(leading_roles).is_some_and(|w| is_first_name(w))
    {
        leading_roles
    } else {
        0
    };
    // A title after a known first name is a surname ("Julie Bishop", "Tony King").
    let surname_title = texts.len() >= 2 && is_first_name(texts[texts.len() - 2]);
    let titled = if surname_title {
        &texts[..texts.len() - 1]
    } else {
        &texts[..]
    };
    // "Khalid Sheikh Mohammed": a title between a known first name and one more word is
    // part of the name (not "Irish President Mary McAleese", "Major General Ali Atta").
    // ("Hamad bin Sultan al-Dhanhani": nor is one after a particle of the name.)
    let inner_title = |k: usize| {
        (k == 1
            && texts.len() == 3
            && is_first_name(texts[0])
            && !is_title(texts[0])
            && !super::speakers::is_nationality(&texts[0].to_lowercase()))
            || (k >= 2
                && k + 1 < texts.len()
                && lex.name_particles.contains(&texts[k - 1].to_lowercase())
                && is_first_name(texts[0]))
    };
    let after_title = (0..titled.len())
        .rev()
        .find(|&k| is_title(titled[k]) && !inner_title(k))
        .map_or(0, |k| k + 1)
        .max(leading_roles);
    // "National Security Adviser Susan Rice": a role in the singular inside the run, a
    // known first name and one word more after it, ends a title of several words.
    let inner_role = (1..texts.len().saturating_sub(2))
        .rev()
        .find(|&k| {
            lex.roles.contains(&texts[k].to_lowercase())
                && !super::coreference::is_plural(texts[k])
                && is_first_name(texts[k + 1])
        })
        .map_or(0, |k| k + 1);
    let after_title = after_title.max(inner_role);
    // "The Costa Rican president", "a South African minister": capitalised words right
    // before a lowercase role describe it; they are no person's name.
    if after_title == 0
        && start > 0
        && matches!(words[start - 1].lower(), "the" | "a" | "an")
        && words
            .get(end)
            .is_some_and(|w| !w.is_capitalized() && lex.is_role_or_title(w.lower()))
    {
        return None;
    }
    // "Anadolu Agency Yusuf el-Bustani", "Syrian Coalition Anas al-Abdah" (text without
    // commas): a body's name before a person's is no part of it.
    let after_body = texts
        .iter()
        .rposition(|w| lex.orgs.contains(&w.to_lowercase()))
        .map_or(0, |k| k + 1);
    // ("A Turkey-based Syrian woman", "Iran-backed Lebanese Shia militia Hizballah": a
    // run with a description in "-based", "-backed" names no person.)
    if texts[after_body..]
        .iter()
        .any(|w| super::organisations::is_description(&w.to_lowercase()))
    {
        return None;
    }
    let mut first = after_title.max(after_body);
    // "the Minister for Foreign Affairs, Lena Osei,", "the Committee on Foreign
    // Relations": a portfolio's noun after a title is no one's name.
    if first + 1 == texts.len()
        && first > 0
        && matches!(
            texts[first].to_lowercase().as_str(),
            "affairs" | "relations"
        )
    {
        return None;
    }
    // "On Saturday Abdel Rahman said" in text without commas: a day or a month opens
    // the run but is no part of the name.
    // ("said Jan Moravec", "leader June Okafor": but a month that is a first name, before
    // a surname and after no word of time's preposition, opens the name.)
    let before = |k: usize| {
        if k > 0 {
            Some(texts[k - 1])
        } else {
            start.checked_sub(1).map(|j| words[j].text())
        }
    };
    let named_month = |k: usize| {
        k + 1 < texts.len()
            && is_first_name(texts[k])
            && !lex.time.contains(&texts[k + 1].to_lowercase())
            && !before(k).is_some_and(|w| BEFORE_A_DATE.contains(&w.to_lowercase().as_str()))
    };
    while texts.get(first).is_some_and(|w| {
        let l = w.to_lowercase();
        lexicon().not_names.contains(l.as_str()) || (lex.time.contains(&l) && !named_month(first))
    }) {
        first += 1;
    }
    // "a spokesperson for Animal Liberation Emma Hurst" (no comma): a known first name
    // inside a longer run after "of"/"for"/"at" or a title opens the person's name; the
    // words before it name the body.
    // Where the run starts, with a "the" before it ("of the Red Cross", "in the Middle
    // East"), and whether "of"/"for"/"at" ties it to what comes before.
    let mut p = start;
    if p > 0 && words[p - 1].lower() == "the" {
        p -= 1;
    }
    // "President of Argentina Alberto Fernández", "Senator from Vermont Bernie
    // Sanders", "the ambassador to Iraq Zalmay Khalilzad": a country or a state that
    // opens the run is none of the name, though "Argentina" and "Georgia" are first
    // names too.
    let country = texts.get(first).is_some_and(|w| lex.is_country(w))
        // ("Ambassador to the United States Konstantin Shelestov": or a place of two or
        // three words.)
        || (2..=3).any(|n| {
            first + n + 2 <= texts.len() && lex.is_place(&texts[first..first + n].join(" "))
        });
    // ("Chairman of the Committee on International Affairs Leonid Sivtsov": "on" too.)
    let after_joiner = p > 0
        && (matches!(words[p - 1].lower(), "of" | "for" | "at" | "on")
            || (country && matches!(words[p - 1].lower(), "from" | "to")));
    // "the head of the council in Douma Ahmad Saleh" (text without commas): after a
    // place's preposition too, the place before the name.
    let in_place = p > 0 && lex.place_prepositions.contains(words[p - 1].lower());
    let first_in_run = first;
    // After a title only when the run is too long for one name ("Dr Meerjady Sabrina
    // Flora" is one, "Sabrina" a first name in it).
    if after_joiner || in_place || (after_title > 0 && texts.len() - first > MAX_NAME_WORDS) {
        if let Some(j) = (first + 1..texts.len().saturating_sub(1)).find(|&j| {
            is_first_name(texts[j])
                    && (country || !is_first_name(texts[first]))
                    // ("in San Pedro Sula": a place's opening word before a first name.)
                    && !(in_place && lex.saints.contains(&texts[j - 1].to_lowercase()))
        }) {
            first = j;
        }
    }
    // "(ambassador to) Iraq Zalmay Khalilzad", read as a phrase of its own: a country
    // that is no first name, before two capitalised words or more that open with no
    // common word, is none of the name (but "Japan Airlines Corp.", "Iran In Focus").
    // ("attorney for the Eastern District of New York Roslynn Mauskopf": or a place of
    // two or three words after "of", "for" or "at"; not "the United States Coast
    // Guard".)
    // (Also at the start of a phrase cut after its preposition, before a known first
    // name: "the United States Konstantin Shelestov" of "Ambassador to the United States
    // Konstantin Shelestov"; not "The United States Coast Guard".)
    let phrase_start = p == 0;
    let place_words = (2..=3)
        .find(|&n| {
            (after_joiner
                || (phrase_start && texts.get(first + n).is_some_and(|w| is_first_name(w))))
                && first + n + 2 <= texts.len()
                && lex.is_place(&texts[first..first + n].join(" "))
        })
        .unwrap_or(1);
    if first + place_words + 2 <= texts.len()
        && (place_words > 1 || (lex.is_country(texts[first]) && !is_first_name(texts[first])))
        && !super::casing::is_common(&texts[first + place_words].to_lowercase())
        && !texts[first + place_words..].iter().any(|w| {
            let l = w.to_lowercase();
            let l = l.trim_end_matches('.');
            lex.is_body_word(l)
                || super::words::is_company_suffix(l)
                || matches!(l, "co" | "airlines" | "airways")
        })
    {
        first += place_words;
    }
    // ("the ambassador to the UN Viktor Lenz", text without commas: an acronym before
    // two capitalised words or more is a body's, none of the name.)
    if texts.len() >= first + 3
        && super::words::is_acronym(texts[first])
        && texts[first + 1..]
            .iter()
            .all(|w| !super::words::is_acronym(w) && !lex.is_country(w))
    {
        first += 1;
    }
    let rest = &texts[first..];
    // "Arturo Rivera y Damas": a particle between the words of a name.
    let inner_particle = |k: usize, w: &str| {
        k > 0 && k + 1 < rest.len() && lexicon().name_particles.contains(w.to_lowercase().as_str())
    };
    // "South Carolina", "Saudi Arabia": a place, however much it reads like a name.
    if lex.is_place(&rest.join(" ")) {
        return None;
    }
    // "the North Korean ambassador", "South African officials": a point of the compass
    // and a nationality are an adjective.
    if let [point, nation] = rest {
        let point = point.to_lowercase();
        if matches!(point.as_str(), "north" | "south" | "east" | "west")
            && super::speakers::is_nationality(&nation.to_lowercase())
        {
            return None;
        }
    }
    // "the Syrian Observatory for Human Rights", "the Ministry of Foreign Affairs": a run
    // tied by "for"/"of" to a body's word ("Observatory", "Ministry") on one side and
    // capitalised words on the other is part of the body's name, not a person's; but
    // "Burkhard Lischka of SPD" is a person of a party.
    let is_org = |w: &Word| {
        lex.orgs
            .contains(w.stem_possessive().to_lowercase().as_str())
    };
    let joiner = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| ORG_JOINERS.contains(&w.lower()))
    };
    let capital = |k: usize| words.get(k).is_some_and(Word::is_capitalized);
    let org_then_joined =
        parts.last().is_some_and(|w| is_org(w)) && joiner(end) && capital(end + 1);
    let joined_to_org = start >= 2
        && joiner(start - 1)
        && words
            .get(start - 2)
            .is_some_and(|w| w.is_capitalized() && is_org(w));
    // ("… for Human Rights Rami Abdel Rahman", text without commas: a known first name
    // inside the run opens a person's name after the body's.)
    let person_after = first > 0 && texts.get(first).is_some_and(|w| is_first_name(w));
    let part_of_org = (org_then_joined || joined_to_org) && !person_after;
    // "in Eastern Ghouta", "near Maaret al-Numan", "in the Middle East": a place. (Not
    // the name after a country that opens the run: "coordinator in Syria Ali
    // al-Zaatari", text without commas.)
    let country_then_name = first > 0 && lex.is_country(texts[first - 1]);
    let place_then_name = in_place && first > first_in_run;
    let place = after_title == 0 && !country_then_name && !place_then_name && in_place;
    // "the director of Al Jazeera", "a spokesman for Human Rights Watch": a body, unless
    // a known first name says otherwise ("the wife of John Smith").
    let of_body = after_title == 0
        && first == 0
        && after_joiner
        && !rest.first().is_some_and(|w| is_first_name(w));
    // One word is a name only after a title ("President Obama", "Mr. Khiame").
    // A lowercase title just before the run also makes one word a name ("gen Vargas" in
    // recased wire copy, "the minister Khiame").
    // "a witness named Ahmad": one word named so is a name too (not "called": "a group
    // called Hamas").
    let titled_before = start > 0
        && (lex.titles.contains(words[start - 1].lower()) || words[start - 1].lower() == "named");
    // Initials may stand before the last word ("Margaret J. Anstee", "S. Svinarenko").
    let looks_like_person = !part_of_org
        && !place
        && !of_body
        && (rest.len() >= 2
            || (rest.len() == 1
                && ((after_title > 0 && first == after_title && after_body <= after_title)
                    || titled_before)))
        // "Haitham bin Tariq Al Said": particles do not count.
        && rest
            .iter()
            .filter(|w| !lexicon().name_particles.contains(w.to_lowercase().as_str()))
            .count()
            <= MAX_NAME_WORDS
        && rest.iter().enumerate().all(|(k, w)| {
            (is_initial(w) && k + 1 < rest.len())
                // "Brent Bozell III": a generation's numeral ends a name.
                || (k > 0 && k + 1 == rest.len() && matches!(*w, "II" | "III" | "IV"))
                // "Theresa May", "Gregory March": a month that is a surname, after a
                // first name.
                || (k > 0
                    && k + 1 == rest.len()
                    && is_first_name(rest[0])
                    && matches!(*w, "May" | "March" | "June" | "April" | "August"))
                || inner_particle(k, w)
                // "Jan Holberg", "April Osei": a month that is a first name, kept above
                // as the name's first word.
                || (k == 0 && rest.len() >= 2 && is_first_name(w) && super::words::is_month(&w.to_lowercase()))
                // ("Red Cross and Red Crescent Societies": nor a body's word in the plural.)
                || (!lex.is_body_word(&w.to_lowercase())
                    && !w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                    && !lex.time.contains(&w.to_lowercase())
                    && w.chars().count() > 1)
        });
    // "United States", "Northern Nicaragua", "Cristiani Responds": without a title or a
    // known first name, a run holding an ordinary word is no person's name.
    // (A particle is none: "Haitham bin Tariq", "Carlos Saenz de Tejada".)
    // (Nor are initials before the last word: "M L Kumawat"; but "A", "I" and "O" may
    // be an article or a pronoun: "A Reuters reporter", "O Globo".)
    let initial = |k: usize, w: &str| {
        is_initial(w) && k + 1 < rest.len() && !matches!(w.trim_end_matches('.'), "A" | "I" | "O")
    };
    let ordinary_word = rest.iter().enumerate().any(|(k, w)| {
        super::casing::is_common(&w.to_lowercase()) && !inner_particle(k, w) && !initial(k, w)
    });
    // "Hope Without Borders": a capitalised small word of titles inside the run makes it
    // a body's or a work's name, whatever first name opens it. (Not one letter, an
    // initial: "Wayne A. I. Frederick".)
    let minor_inside = rest.iter().skip(1).any(|w| {
        w.chars().count() > 1 && lex.title_minor_words.contains(w.to_lowercase().as_str())
    });
    // "ecologist Chip Taylor", "spokesman Rob Young": a lowercase role right before
    // the run vouches for it as it does for a known first name.
    let role_before = start > 0
        && !words[start - 1].is_capitalized()
        && lex.roles.contains(words[start - 1].lower());
    let vouched = after_title > 0
        || titled_before
        || (role_before && first == 0)
        || rest.first().is_some_and(|w| is_first_name(w))
        // "Haitham bin Tariq Al Said": a patronymic inside the run.
        || rest.iter().skip(1).any(|w| matches!(*w, "bin" | "ibn"));
    let looks_like_person = looks_like_person && !minor_inside && (vouched || !ordinary_word);
    if !looks_like_person {
        return None;
    }
    let mut roles: Vec<String> = texts[..first]
        .iter()
        .map(|w| w.to_lowercase().trim_end_matches('.').to_string())
        .collect();
    // Lowercase titles and roles just before the name ("the country's foreign minister
    // Sergei Lavrov"), and a description after a comma ("Sergei Lavrov, the foreign
    // minister,").
    // A nationality before them qualifies the role ("the Nicaraguan president").
    // ("Former finance minister Ola Berg": one lowercase word that says which minister,
    // between the role and a title before it, is the role's too.)
    let mut portfolio = false;
    let before = words[..start]
        .iter()
        .rev()
        .take(4)
        .enumerate()
        .take_while(|&(k, w)| {
            let role = lex.is_role_or_title(w.lower())
                || (w.is_capitalized() && super::speakers::is_nationality(w.lower()));
            let which = k == 1
                && !portfolio
                && !w.is_capitalized()
                && !w.is_punct()
                && start >= 3
                && lex.titles.contains(words[start - 3].lower())
                && lex.is_role_or_title(words[start - 1].lower());
            portfolio |= which;
            role || which
        });
    roles.extend(before.map(|(_, w)| w.lower().to_string()));
    // "PERUVIAN AMBASSADOR IN PANAMA MARIO CASTRO ARENAS": the role before the place
    // the run opens with, and its nationality.
    if country_then_name && p >= 2 && lex.is_role_or_title(words[p - 2].lower()) {
        roles.push(words[p - 2].lower().to_string());
        if p >= 3
            && words[p - 3].is_capitalized()
            && super::speakers::is_nationality(words[p - 3].lower())
        {
            roles.push(words[p - 3].lower().to_string());
        }
    }
    // "A recruiter named Abu Sami", "a nurse called Lena Osei": a role that the name
    // is given to.
    if start >= 2
        && matches!(words[start - 1].lower(), "named" | "called")
        && !words[start - 2].is_capitalized()
        && lex.is_role_or_title(words[start - 2].lower())
    {
        roles.push(words[start - 2].lower().to_string());
    }
    // "the Afghan President, Hamid Karzai,": a title before a comma. (Not the object of
    // another role: "Attorney for the mother, John Trevena".)
    let object_of_role = start >= 4
        && matches!(
            words[start - 3].lower(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        )
        && matches!(words[start - 4].lower(), "for" | "of" | "to" | "with");
    if start >= 2
        && words[start - 1].text() == ","
        && lex.is_role_or_title(words[start - 2].lower())
        && !object_of_role
    {
        roles.push(words[start - 2].lower().to_string());
        // ("Another official, Sven Oda,": someone other than the one before; in
        // lowercase the word that says which, below, keeps it.)
        if start >= 3
            && words[start - 3].is_capitalized()
            && matches!(words[start - 3].lower(), "another" | "other")
        {
            roles.push(words[start - 3].lower().to_string());
        }
        // ("The health minister, Priya Donn,": and the lowercase word that says which.)
        if let Some(which) = start.checked_sub(3).map(|j| &words[j]).filter(|w| {
            !w.is_capitalized()
                && w.text().chars().all(char::is_alphabetic)
                && !super::speakers::DETERMINERS.contains(&w.lower())
                && !lex.time.contains(w.lower())
        }) {
            roles.push(which.lower().to_string());
        }
    }
    if start >= 4 && words[start - 1].text() == "," {
        // "the minister of interior, migration, and justice, Juan Carlos Duran": a role
        // and what it is of, before the comma.
        const REACH: usize = 10;
        let role = (start.saturating_sub(REACH)..start - 2)
            .rev()
            .find(|&j| lex.is_role_or_title(words[j].lower()) && words[j + 1].lower() == "of");
        if let Some(j) = role.filter(|&j| {
            words[j + 2..start - 1].iter().all(|w| {
                (w.is_punct() && w.text() == ",")
                    || matches!(w.lower(), "and" | "the")
                    || (!w.is_punct()
                        && !super::words::is_be(w.lower())
                        && super::cues::starting_with(w.lower()).is_empty())
            })
        }) {
            roles.push(words[j].lower().to_string());
        }
    }
    // "DIG Abid Marri", "Station House Officer (SHO) Rajesh Kumar", "The Police Public
    // Relations Officer (PPRO), Yusuf Dankaka,": an acronym of a role, right before the
    // name or in brackets after the role, is the role a later "the DIG" gives.
    // ("The Divisional Police Officer (DPO) of Ikoba Division, CSP Ola Akin,": past
    // what the role is of.)
    let comma = usize::from(start >= 1 && words[start - 1].text() == ",");
    let mut close = start - comma;
    if comma == 1 {
        let of = (close.saturating_sub(6)..close).rev().find(|&j| {
            matches!(words[j].lower(), "of" | "in" | "for")
                && words[j + 1..close]
                    .iter()
                    .all(|w| w.is_capitalized() || w.lower() == "the")
        });
        if let Some(j) = of.filter(|&j| j > 0 && words[j - 1].text() == ")") {
            close = j;
        }
    }
    let bracketed = close >= 4
        && words[close - 1].text() == ")"
        && words[close - 3].text() == "("
        && lex.is_role_or_title(words[close - 4].lower());
    let acronym = if bracketed {
        Some(&words[close - 2])
    } else if start >= 1 && comma == 0 {
        Some(&words[start - 1])
    } else {
        None
    };
    if let Some(a) = acronym.filter(|a| a.is_acronym() && a.text().chars().count() <= 5) {
        roles.push(a.lower().to_string());
    }
    let after = end;
    // "Rami Abdel Rahman head of the Syrian Observatory" (text without commas), "…,
    // head of …": a role right after the name, and the body it is of.
    let mut role_of = Vec::new();
    let described_at = after + usize::from(words.get(after).is_some_and(|w| w.text() == ","));
    // ("Rosa Ilvane, the Ambassador of Calvenia,": past an article after the comma, a
    // role capitalised as a title.)
    let article =
        described_at > after && words.get(described_at).is_some_and(|w| w.lower() == "the");
    if let [role, prep, rest @ ..] =
        &words[(described_at + usize::from(article)).min(words.len())..]
    {
        if (!role.is_capitalized() || article)
            && lex.is_role_or_title(role.lower())
            && matches!(prep.lower(), "of" | "for")
        {
            let body = rest.iter().skip_while(|w| w.lower() == "the").take(6);
            role_of = body
                .take_while(|w| w.is_capitalized() || w.lower() == "for" || w.lower() == "of")
                .filter(|w| w.is_capitalized())
                .map(|w| w.lower().to_string())
                .collect();
            if !role_of.is_empty() && (described_at == after || article) {
                roles.push(role.lower().to_string());
            }
        }
    }
    // An age after the name and a comma ("Marco Vitale, 27,").
    let age = match words.get(after..after + 2) {
        Some([comma, years]) if comma.text() == "," && super::words::is_age(years.text()) => {
            Some(years.text().to_string())
        }
        _ => None,
    };
    if words.get(after).is_some_and(|w| w.text() == ",")
        && !ends_fronted_phrase(words, start, after)
    {
        // ("Ingrid Solheim, 45, a professor": past an age between commas.)
        let aged = age.is_some() && words.get(after + 2).is_some_and(|w| w.text() == ",");
        let from = after + 1 + if aged { 2 } else { 0 };
        // ("Lars Engel, whose daughter died,": another person's role is none of his.)
        // A nationality that opens the description qualifies the role ("Inocente
        // Montano, Salvadoran deputy security minister,": "the Salvadoran minister"),
        // not one further on ("the half-brother of the Afghan President").
        let opening = words
            .get(from)
            .filter(|w| matches!(w.lower(), "a" | "an" | "the"));
        let nationality_at = from + usize::from(opening.is_some());
        let nationality = |k: usize, w: &Word| {
            k == nationality_at && w.is_capitalized() && super::speakers::is_nationality(w.lower())
        };
        // ("Kavita Bisht, SHO of Ranipur police station,": an acronym that a place or a
        // body follows is the role, what "the SHO" later is.)
        let role_acronym = |k: usize, w: &Word| {
            w.is_acronym()
                && words
                    .get(from + k + 1)
                    .is_none_or(|n| n.is_punct() || matches!(n.lower(), "of" | "for" | "at" | "in"))
        };
        let described = words[from.min(words.len())..]
            .iter()
            .enumerate()
            .take(8)
            .take_while(|(_, w)| w.lower() != "whose")
            // ("Rashid Karimi, the UN special envoy,": past a body's acronym.)
            .take_while(|&(k, w)| {
                !w.is_punct() && !w.is_capitalized()
                    || lex.titles.contains(w.lower())
                    || nationality(from + k, w)
                    || (k > 0 && w.is_acronym())
                    || role_acronym(k, w)
            });
        roles.extend(
            described
                .clone()
                .filter(|&(k, w)| {
                    lex.is_role_or_title(w.lower())
                        || nationality(from + k, w)
                        || role_acronym(k, w)
                })
                .map(|(_, w)| w.lower().to_string()),
        );
        // "Henrik Aalto, a glaciologist, …", "Peter Kariuki, an agronomist with …": the
        // noun an indefinite description ends on is what "the glaciologist" later is.
        let described: Vec<&Word> = described.map(|(_, w)| w).collect();
        if let [article, rest @ ..] = described.as_slice() {
            let head = rest
                .iter()
                .take_while(|w| {
                    !matches!(
                        w.lower(),
                        "with"
                            | "of"
                            | "for"
                            | "at"
                            | "in"
                            | "from"
                            | "who"
                            | "whose"
                            | "that"
                            | "and"
                    )
                })
                .last();
            if let Some(head) = head.filter(|h| {
                matches!(article.lower(), "a" | "an")
                    && h.text().chars().all(char::is_alphabetic)
                    && !roles.iter().any(|r| r == h.lower())
            }) {
                roles.push(head.lower().to_string());
            }
        }
    }
    let gender = gender::of_titles(&roles).or(gender::of_name(rest[0]));
    let name = rest
        .iter()
        .map(|w| {
            if is_initial(w) && !w.ends_with('.') {
                format!("{w}.")
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    // "Pope Francis", "King Salman": a ruler's or pontiff's one name keeps its title.
    let name = match (rest, first.checked_sub(1).map(|k| texts[k])) {
        ([_], Some(title)) if lexicon().reigning.contains(title.to_lowercase().as_str()) => {
            format!("{title} {name}")
        }
        _ => name,
    };
    let last = parts[parts.len() - 1];
    // ("The Central Bank of Norland": a body's word ending words that open with no
    // first name is a body's name.)
    let body_word = rest[rest.len() - 1].to_lowercase();
    if rest.len() >= 2
        && (lexicon().orgs.contains(body_word.as_str()) || body_word == "bank")
        && !is_first_name(rest[0])
    {
        return None;
    }
    Some(Mention {
        name,
        at: parts[first].span.start,
        end: last.span.end,
        gender,
        roles,
        role_of,
        age,
    })
}

/// A title any person may be given ("Mr", "Dr."), which says nothing of a role.
pub fn is_courtesy_title(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "mr" | "mrs" | "ms" | "dr" | "miss" | "sir"
    )
}

/// The document's person names grouped by last word, so "Khiame" finds "Abdelhak
/// Khiame" without scanning every name (documents can be long). Each group keeps, for
/// every mention, the longest name given up to it, so a look-up is a binary search.
#[derive(Debug, Default)]
pub struct NameIndex {
    /// Last word → (position, index of the longest mention so far, index of the mention
    /// itself) in document order.
    by_last: FxHashMap<String, Vec<(usize, usize, usize)>>,
    mentions: Vec<Mention>,
}

impl NameIndex {
    /// The index of `names`, and of the aliases `words` give them ([`aliases`]).
    pub fn new(names: &[Mention], words: &[Word]) -> Self {
        // (key, position, mention) in document order: every key a name is found by, and
        // an alias where the text gives it.
        let mut keys: Vec<(String, usize, usize)> = names
            .iter()
            .enumerate()
            .flat_map(|(k, m)| surnames(&m.name).into_iter().map(move |key| (key, m.at, k)))
            .collect();
        keys.extend(aliases(names, words));
        keys.sort_by_key(|&(_, at, _)| at);
        let mut by_last: FxHashMap<String, Vec<(usize, usize, usize)>> = Default::default();
        for (key, at, k) in keys {
            let group = by_last.entry(key).or_default();
            let best = match group.last() {
                Some(&(_, b, _)) => Self::better(&names[b], b, &names[k], k),
                None => k,
            };
            group.push((at, best, k));
        }
        NameIndex {
            by_last,
            mentions: names.to_vec(),
        }
    }

    /// Which of two mentions a bare surname is, `a` the one chosen so far and `b` the
    /// newer. Of one person ("George Bush", "George W. Bush"), the longer name. Of two
    /// people ("Yevgenia Tymoshenko, daughter of Prime Minister Yulia Tymoshenko",
    /// "President Donald Trump and First Lady Melania Trump"), the one first given with
    /// a title or role: news names the person it is about that way and calls the other
    /// by the full name again.
    fn better(a: &Mention, ka: usize, b: &Mention, kb: usize) -> usize {
        let first = |m: &Mention| m.name.split(' ').next().unwrap_or("").to_lowercase();
        let (fa, fb) = (first(a), first(b));
        let initial = |x: &str, y: &str| {
            let x = x.trim_end_matches('.');
            x.chars().count() == 1 && y.starts_with(x)
        };
        let one_person = !a.name.contains(' ')
            || !b.name.contains(' ')
            || a.name.ends_with(&format!(" {}", b.name))
            || b.name.ends_with(&format!(" {}", a.name))
            || fa == fb
            || initial(&fa, &fb)
            || initial(&fb, &fa);
        let titled = |m: &Mention| m.roles.iter().any(|r| !is_courtesy_title(r));
        if one_person {
            if a.name.len() >= b.name.len() {
                ka
            } else {
                kb
            }
        } else if titled(b) && !titled(a) {
            kb
        } else {
            ka
        }
    }

    /// The longest name mentioned before `limit` that ends with the same last word as
    /// `name` (or `name` itself).
    pub fn fullest(&self, name: &str, limit: usize) -> String {
        self.fullest_mention(name, limit)
            .map(|m| m.name.clone())
            .filter(|n| n.len() > name.len())
            .unwrap_or_else(|| name.to_string())
    }

    /// The longest mention before `limit` that ends like `name`.
    pub fn fullest_mention(&self, name: &str, limit: usize) -> Option<&Mention> {
        let group = self.by_last.get(&last_word(name))?;
        let k = group.partition_point(|&(at, _, _)| at < limit);
        let best = &self.mentions[group[..k].last()?.1];
        // "George Bush" is "George W. Bush": the same first and last words.
        let same_ends = name.split(' ').next() == best.name.split(' ').next();
        (name.split(' ').count() == 1 || best.name.ends_with(name) || same_ends).then_some(best)
    }

    /// [`Self::fullest`] for a name given with titles or roles ("President Karzai"): the
    /// longest name before `limit` that ends like it and was given with one of them
    /// ("Afghan President Hamid Karzai", not his brother "Ahmad Wali Karzai"); when no
    /// longer name was given with them, the longest name.
    pub fn fullest_titled(&self, name: &str, roles: &[String], limit: usize) -> String {
        let distinct: Vec<&String> = roles
            .iter()
            .filter(|r| !is_courtesy_title(r) && r.as_str() != "former")
            .collect();
        let titled = (!distinct.is_empty())
            .then(|| self.by_last.get(&last_word(name)))
            .flatten()
            .and_then(|group| {
                let k = group.partition_point(|&(at, _, _)| at < limit);
                // The latest mentions only: a look-up stays bounded and extraction linear.
                group[..k]
                    .iter()
                    .rev()
                    .take(TITLED_LOOK_BACK)
                    .map(|&(_, _, own)| &self.mentions[own])
                    .filter(|m| m.roles.iter().any(|r| distinct.contains(&r)))
                    .filter(|m| name.split(' ').count() == 1 || m.name.ends_with(name))
                    .max_by_key(|m| m.name.len())
            });
        match titled {
            Some(m) if m.name.len() > name.len() => m.name.clone(),
            _ => self.fullest(name, limit),
        }
    }

    /// The latest mentions before `limit` whose fullest name is `name`: among those found
    /// by each word the name is found by ([`surnames`]), the last [`TITLED_LOOK_BACK`],
    /// so a look-up stays bounded and extraction linear.
    pub fn mentions_of<'a>(
        &'a self,
        name: &'a str,
        limit: usize,
    ) -> impl Iterator<Item = &'a Mention> + 'a {
        surnames(name)
            .into_iter()
            .flat_map(move |key| {
                let group = self.by_last.get(&key).map_or(&[][..], |g| {
                    &g[..g.partition_point(|&(at, _, _)| at < limit)]
                });
                group
                    .iter()
                    .rev()
                    .take(TITLED_LOOK_BACK)
                    .map(move |&(_, _, own)| &self.mentions[own])
            })
            .filter(move |m| self.fullest(&m.name, m.at + 1) == name)
    }

    /// A person named before `limit` whose surname `word` misspells by one letter
    /// ("Wasif" for "Sally Wasef", "Duckey" for "Doug Ducey"): the full name, when one
    /// person of the latest mentions is that close. Short words are never misspellings.
    pub fn misspelled(&self, word: &str, limit: usize) -> Option<String> {
        const SHORTEST: usize = 5;
        let key = last_word(word);
        if key.chars().count() < SHORTEST {
            return None;
        }
        let before = self.mentions.partition_point(|m| m.at < limit);
        let mut close = self.mentions[..before]
            .iter()
            .rev()
            .take(MISSPELLING_LOOK_BACK)
            .filter(|m| strsim::levenshtein(&last_word(&m.name), &key) == 1)
            .map(|m| self.fullest(&m.name, limit));
        let first = close.next()?;
        close.all(|n| n == first).then_some(first)
    }

    /// Whether a single word is the last word of a person's name in the document.
    pub fn is_surname(&self, word: &str) -> bool {
        self.by_last.contains_key(&last_word(word))
    }

    /// All mentions, in document order.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }
}

/// "Jose Lopez Montero, also called “Caracho”,", "Ana Ruiz, known as Tata,": a name
/// the text gives a person, found again by its last word as a surname is: (key,
/// position of the alias, mention).
fn aliases(names: &[Mention], words: &[Word]) -> Vec<(String, usize, usize)> {
    const ALIAS_WORDS: usize = 3;
    let mut out = Vec::new();
    for (k, m) in names.iter().enumerate() {
        let mut j = words.partition_point(|w| w.span.start < m.end);
        let next = |j: &mut usize| {
            while words.get(*j).is_some_and(|w| w.is_punct()) {
                *j += 1;
            }
            words.get(*j).map(Word::lower)
        };
        if next(&mut j) == Some("also") {
            j += 1;
        }
        match next(&mut j) {
            Some("called" | "nicknamed" | "dubbed" | "alias") => j += 1,
            Some("known") if words.get(j + 1).is_some_and(|w| w.lower() == "as") => j += 2,
            _ => continue,
        }
        next(&mut j);
        let alias: Vec<&Word> = words[j.min(words.len())..]
            .iter()
            .take(ALIAS_WORDS)
            .take_while(|w| w.is_capitalized())
            .collect();
        if let Some(last) = alias.last() {
            out.push((last_word(last.text()), last.span.start, k));
        }
    }
    out
}

/// The words a name is found again by: its last word, and in a name of three words or
/// more the one before it, the first of two surnames ("Manuel Pacas Castro" is found as
/// "Pacas", "Alfredo Cristiani Burkard" as "Cristiani").
fn surnames(name: &str) -> Vec<String> {
    let mut out = vec![last_word(name)];
    let parts: Vec<&str> = name.split(' ').collect();
    // "Arturo Rivera y Damas": past the particles.
    let mut k = parts.len().saturating_sub(2);
    while k > 0
        && lexicon()
            .name_particles
            .contains(parts[k].to_lowercase().as_str())
    {
        k -= 1;
    }
    if parts.len() >= 3 && k > 0 {
        let before = parts[k];
        if before.chars().count() > 2
            && !before.ends_with('.')
            && before.starts_with(char::is_uppercase)
            && !is_initial(before)
        {
            let key = last_word(before);
            if !out.contains(&key) {
                out.push(key);
            }
        }
    }
    // "Meerjady" → "Meerjady Sabrina Flora", "Gim" → "Gim Du-hyeong": a name given in
    // full is also found by its first word (a given name, or a family name written
    // first), which the fullest name replaces.
    // A Korean name's family name comes first, before a hyphenated given name ("Ban
    // Ki-moon" is "Ban"), even when it is an ordinary word.
    let family_first = matches!(parts.as_slice(), [_, given] if given.contains('-'));
    if let [first, _, ..] = parts.as_slice() {
        let lower = first.to_lowercase();
        let key = last_word(first);
        if first.chars().count() > 2
            && !first.ends_with('.')
            && !is_initial(first)
            && !lexicon().name_particles.contains(lower.as_str())
            && !super::words::opens_patronymic(&lower)
            && (family_first || !super::casing::is_common(&lower))
            && !out.contains(&key)
        {
            out.push(key);
        }
    }
    out
}

/// The key a name is found by: its last word in lower case, without an Arabic article
/// ("Yusuf el-Bustani" is found again as "Bustani") and without accents, which reporters
/// drop ("Erdogan" is "Recep Tayyip Erdoğan").
fn last_word(name: &str) -> String {
    let last = folded(name.split(' ').next_back().unwrap_or(name));
    after_name_prefix(&last).map_or_else(|| last.clone(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;
    use crate::text::Document;

    fn names(text: &str) -> Vec<Mention> {
        let doc = Document::new(text);
        person_names(&words(&doc, doc.full_span()))
    }

    #[test]
    fn finds_names_without_titles() {
        let n: Vec<String> = names("the head of Morocco’s Central Bureau (BCIJ), Abdelhak Khiame, and Interior Minister Ana Ruiz and Moroccan Foreign Minister Nasser Bourita’s visit. But Lena Berg said")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(
            n,
            vec!["Abdelhak Khiame", "Ana Ruiz", "Nasser Bourita", "Lena Berg"]
        );
    }

    #[test]
    fn roles_and_gender_come_with_the_name() {
        let m = names("Sergei Lavrov, the foreign minister, spoke. Ms. Dana Frost arrived.");
        assert_eq!(m[0].name, "Sergei Lavrov");
        assert!(m[0].roles.contains(&"minister".to_string()), "{m:?}");
        assert_eq!(m[0].gender, Gender::Male);
        assert_eq!(m[1].name, "Dana Frost");
        assert_eq!(m[1].gender, Gender::Female);
    }

    #[test]
    fn an_alias_finds_the_name_it_was_given_for() {
        let doc =
            Document::new("Jose Lopez Ramos, also called \"Caracho\", surrendered. Caracho spoke.");
        let w = words(&doc, doc.full_span());
        let index = NameIndex::new(&person_names(&w), &w);
        assert_eq!(index.fullest("Caracho", 60), "Jose Lopez Ramos");
        // Not before the alias was given.
        assert_eq!(index.fullest("Caracho", 20), "Caracho");
    }

    #[test]
    fn surname_finds_the_fullest_name_given_before() {
        let m = names("Nasser Bourita met the envoy. Bourita spoke.");
        let index = NameIndex::new(&m, &[]);
        assert_eq!(index.fullest("Bourita", 100), "Nasser Bourita");
        assert_eq!(index.fullest("Bourita", 0), "Bourita");
        assert!(index.is_surname("Bourita"));
    }

    #[test]
    fn a_surname_two_people_share_is_the_one_named_with_a_title() {
        // The titled one, whether named first or after; of one person, the longer name.
        let m = names("Tomas Berg was held. President Lena Berg spoke. Berg left.");
        assert_eq!(NameIndex::new(&m, &[]).fullest("Berg", 100), "Lena Berg");
        let m = names("President Lena Berg spoke. Her son Tomas Berg was held. Berg left.");
        assert_eq!(NameIndex::new(&m, &[]).fullest("Berg", 100), "Lena Berg");
        let m = names("George Bush spoke. George W. Bush left. Bush returned.");
        assert_eq!(
            NameIndex::new(&m, &[]).fullest("Bush", 100),
            "George W. Bush"
        );
    }
}
