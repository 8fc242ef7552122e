//! The cue lexicon (`cues.txt`): the words that introduce or attribute speech, and how
//! each one relates speaker and content. Kept as data so linguists can extend it.
use super::words::Word;
use crate::text::word_list;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    Say,
    That,
    Object,
    Participle,
    Prep,
    Call,
    /// Intention or belief: an infinitive or a clause follows (wants to …, hopes that …).
    To,
}

#[derive(Debug, Clone)]
pub struct CueEntry {
    pub words: Vec<String>,
    pub class: CueClass,
    /// Also a verb of force ("attacked the base"): a cue only when what follows it
    /// reads as speech ([`speaks_of`]).
    pub force: bool,
}

/// A cue found in a sentence: word indices `first..last` into the sentence's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub first: usize,
    pub last: usize,
    pub class: CueClass,
}

impl Cue {
    /// Whether the cue tells an intention or a belief or takes an object ("plans to",
    /// "believes", "condemned"): no words of anyone's that a later cue could not report.
    pub fn tells_no_speech(&self, sw: &[Word]) -> bool {
        matches!(self.class, CueClass::To | CueClass::Object) || is_belief(sw[self.first].lower())
    }
}

/// The cues of a sentence, in order; none inside quotation marks, none capitalised
/// except at the start of the sentence ("the Said family" is no cue).
pub fn find_cues(sw: &[Word], inside: &dyn Fn(&Word) -> bool) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < sw.len() {
        let found = starting_with(sw[k].lower()).iter().find(|e| {
            e.words.iter().enumerate().all(|(o, cw)| {
                sw.get(k + o).is_some_and(|w| {
                    // At the start of a sentence ("Said Ellis: …", "Remarked scientist
                    // Ana Ruiz, …"), but a verb of intention or address before a
                    // capitalised word is part of a name ("Planned Parenthood's
                    // president").
                    // ("Estimates of civic engagement …", "Claims of fraud …": a noun.)
                    let opens = k + o == 0
                        && o == 0
                        && (!matches!(e.class, CueClass::To | CueClass::Call | CueClass::Object)
                            || !sw.get(1).is_some_and(Word::is_capitalized))
                        && sw.get(e.words.len()).is_none_or(|n| n.lower() != "of");
                    let lowercase_ok =
                        !w.is_capitalized() || opens || (o == 0 && cw == "according");
                    w.lower() == *cw && lowercase_ok && !inside(w)
                })
            })
        });
        match found {
            // "the plan", "his call for", "Obama's remarks": nouns, not cues.
            // … but "Trump's claim that …" is a noun of saying with its clause.
            Some(e)
                if (!noun_before(sw, k)
                    || (e.words.len() > 1 && e.words.last().is_some_and(|w| w == "that")))
                    && !intention_noun(sw, k)
                    && (!e.force || speaks_of(sw, k + e.words.len(), inside))
                    && !(e.words.len() == 1
                        && (names_a_thing(sw, k)
                            || put_out(sw, k)
                            || self_named(sw, k)
                            || plural_before_verb(sw, k)
                            || noun_after_preposition(sw, k)
                            || object_of_cue(sw, k, out.last())
                            || object_of_past_verb(sw, k)
                            || read_out_by(sw, k)))
                    && !unnamed_by_request(sw, k + e.words.len())
                    && !lasted(sw, k, e.words.len())
                    && !adds_up(sw, k) =>
            {
                // "Israel announced plans to …", "Congress put forward plans that …": the
                // verb and its noun of intention are one cue (the verb's own cue, if it
                // is one, with them).
                let first = match verb_before_intention(sw, k) {
                    Some(v) => {
                        if out.last().is_some_and(|c: &Cue| c.last > v) {
                            out.pop();
                        }
                        v
                    }
                    None => k,
                };
                out.push(Cue {
                    first,
                    last: k + e.words.len(),
                    class: e.class,
                });
                k += e.words.len();
            }
            _ => k += 1,
        }
    }
    out
}

/// "the prosecutor scribbled notes and did not look up", "they compared notes on …": a
/// cue's present form right after a verb in the past or a participle, with no clause or
/// object after it, is that verb's object or the participle's noun, a plural (not
/// "received reports that …", "the information released indicates there were …").
fn object_of_past_verb(sw: &[Word], k: usize) -> bool {
    let w = sw[k].lower();
    let nothing_follows = sw.get(k + 1).is_none_or(|n| {
        n.is_punct()
            || matches!(
                n.lower(),
                "and" | "or" | "but" | "on" | "in" | "at" | "about" | "from" | "with" | "for"
            )
    });
    k > 0
        && w.ends_with('s')
        && w != "says"
        && nothing_follows
        && !sw[k - 1].is_capitalized()
        && sw[k - 1].lower().ends_with("ed")
        && sw[k - 1].lower().chars().count() >= 5
}

/// "the shutdown went on for “years”", "talks went on until dawn": "went on" before a
/// word of duration is lasting, not speaking.
fn lasted(sw: &[Word], k: usize, len: usize) -> bool {
    len == 2
        && sw[k + 1].lower() == "on"
        && sw.get(k + 2).is_some_and(|w| {
            matches!(
                w.lower(),
                "for" | "until" | "till" | "into" | "through" | "throughout" | "past" | "longer"
            )
        })
}

/// "the rise would add “hundreds of crowns a month”", "it will add to costs": "add"
/// after a modal verb is adding up, not speaking ("I would add that …" is speaking).
fn adds_up(sw: &[Word], k: usize) -> bool {
    k > 0
        && sw[k].lower() == "add"
        && matches!(
            sw[k - 1].lower(),
            "would" | "will" | "could" | "may" | "might" | "can" | "should" | "'d" | "'ll"
        )
        && sw
            .get(k + 1)
            .is_some_and(|n| !matches!(n.text(), ":" | ","))
        && !sw[k + 1..]
            .iter()
            .take(4)
            .take_while(|n| !n.is_punct())
            .any(|n| n.lower() == "that")
}

/// "a statement read by her office": "read" between a document's noun and "by" is a
/// participle, no cue of the document's.
fn read_out_by(sw: &[Word], k: usize) -> bool {
    k > 0
        && sw[k].lower() == "read"
        && super::speakers::lexicon()
            .documents
            .contains(sw[k - 1].lower())
        && sw.get(k + 1).is_some_and(|n| n.lower() == "by")
}

/// "member states were", "these demands are", "what plans have": a word in -s after a
/// determiner (or "member", "various") and right before an auxiliary or a form of "be" is
/// a plural noun, no verb of saying. ("that the government says will …" keeps its cue.)
fn plural_before_verb(sw: &[Word], k: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|j| sw[j].lower()) else {
        return false;
    };
    sw[k].lower().ends_with('s')
        && (super::speakers::lexicon()
            .opening_determiners
            .contains(before)
            || super::speakers::DETERMINERS.contains(&before)
            || matches!(before, "such" | "what" | "member" | "various")
            || sw[k - 1].text().chars().all(|c| c.is_ascii_digit()))
        && sw
            .get(k + 1)
            .is_some_and(|n| super::words::is_auxiliary(n.lower()))
}

/// "scathing about bank claims that", "amid media reports that": a word in -s after a
/// lowercase noun that follows a preposition no subject ends at is a plural noun, no
/// verb of saying ("says" is never one).
fn noun_after_preposition(sw: &[Word], k: usize) -> bool {
    let word = sw[k].lower();
    k >= 2
        && word.ends_with('s')
        && word != "says"
        && matches!(
            sw[k - 2].lower(),
            "about" | "amid" | "despite" | "over" | "against" | "following" | "regarding"
        )
        && !sw[k - 1].is_capitalized()
        && !sw[k - 1].is_punct()
        && !super::speakers::DETERMINERS.contains(&sw[k - 1].lower())
        && !super::source::is_pronoun(&sw[k - 1])
        && !super::words::is_relative_pronoun(&sw[k - 1])
}

/// "called on states to “…”", "appealed to states to", "urged states to": a word in -s
/// after a cue (`previous`, the last found) and before "to" is the plural noun the
/// cue asks to act, no verb of saying ("says" is never one; "campaigned on pledges to"
/// is a noun of saying, after no cue).
fn object_of_cue(sw: &[Word], k: usize, previous: Option<&Cue>) -> bool {
    let word = sw[k].lower();
    // ("called on neighbouring states to": past up to two lowercase words.)
    previous.is_some_and(|c| {
        c.last <= k
            && k - c.last <= 2
            && sw[c.last..k].iter().all(|w| {
                !w.is_punct()
                    && !w.is_capitalized()
                    && !super::source::is_pronoun(w)
                    && !matches!(w.lower(), "that" | "and" | "but" | "or" | "who" | "which")
            })
    }) && word.ends_with('s')
        && word != "says"
        && !intention_word(&sw[k])
        && sw.get(k + 1).is_some_and(|n| n.lower() == "to")
}

/// "a thing called “mod”", "an operation called the Wrath of Euphrates": "called" right
/// after a determiner and a noun that names no one (no person, role or body) gives the
/// thing its name; it is no speech ("the minister called it …" is).
fn names_a_thing(sw: &[Word], k: usize) -> bool {
    if sw[k].lower() != "called" || k < 2 || !is_determiner(&sw[k - 2]) {
        return false;
    }
    let noun = &sw[k - 1];
    let l = noun.lower();
    let lex = super::speakers::lexicon();
    lex.names_no_one(noun)
        && !lex.pronouns.contains(l)
        && !lex.documents.contains(l)
        // ("The comments called her …": words of saying speak.)
        && starting_with(l).is_empty()
}

/// "a group calling itself the Red Dawn Front": a name one gives oneself is no speech.
pub fn self_named(sw: &[Word], k: usize) -> bool {
    matches!(sw[k].lower(), "calling" | "calls" | "called")
        && sw
            .get(k + 1)
            .is_some_and(|w| matches!(w.lower(), "itself" | "themselves" | "himself" | "herself"))
}

/// "a resident who asked not to be named said", "an official, asking not to be
/// identified, said": a request not to be named (the words from `after` on) is no
/// speech; the speaker's own cue follows.
fn unnamed_by_request(sw: &[Word], after: usize) -> bool {
    matches!(
        sw.get(after..after + 4)
            .map(|w| [w[0].lower(), w[1].lower(), w[2].lower(), w[3].lower()]),
        Some(["not", "to", "be", "named" | "identified" | "quoted"])
    )
}

/// "a video posted online", "in a statement posted on its website": a verb that puts
/// out a document ([issuing verbs]), in the -ed form right after a determiner and a noun
/// that names no one (maybe an adjective between), tells how the thing came out; it is
/// no speech of the thing's ("Ruiz said in a video posted online: “…”" is Ruiz's; "A
/// video posted online said …" speaks by its own verb). Not "The group posted …", nor
/// before its agent ("a memo posted online by Senator Ana Ruiz" is a passive of hers).
fn put_out(sw: &[Word], k: usize) -> bool {
    let lex = super::speakers::lexicon();
    let verb = sw[k].lower();
    let agent = sw[k + 1..]
        .iter()
        .take(3)
        .take_while(|w| !w.is_punct())
        .any(|w| w.lower() == "by");
    if !verb.ends_with("ed") || !lex.issuing_verbs.contains(verb) || agent {
        return false;
    }
    let Some(det) = (k.saturating_sub(3)..k.saturating_sub(1))
        .rev()
        .find(|&j| is_determiner(&sw[j]))
    else {
        return false;
    };
    sw[det + 1..k].iter().all(|w| {
        lex.documents.contains(w.lower())
            || (lex.names_no_one(w) && !lex.pronouns.contains(w.lower()))
    })
}

/// Whether a verb that also names an act of force reads as speech: a quote, or "as" or
/// "for" after its object, before the clause ends ("attacked the plan as “a disaster”",
/// "slammed the minister for his remarks"; not "gunmen attacked the base at dawn").
fn speaks_of(sw: &[Word], from: usize, inside: &dyn Fn(&Word) -> bool) -> bool {
    const REACH: usize = 15;
    // ("complicit in Gaddafi attacks on civilians whilst “…”": a noun before its
    // preposition.)
    if sw
        .get(from)
        .is_some_and(|w| matches!(w.lower(), "on" | "against" | "in" | "at" | "by"))
    {
        return false;
    }
    sw[from.min(sw.len())..]
        .iter()
        .take(REACH)
        .take_while(|w| inside(w) || !w.is_punct() || w.text() == ",")
        .any(|w| inside(w) || matches!(w.lower(), "as" | "for"))
}

/// A word of intention or fear: also a noun ("plans", "fears").
fn intention_word(w: &Word) -> bool {
    matches!(
        w.lower(),
        "plan" | "plans" | "hope" | "hopes" | "fear" | "fears"
    )
}

/// Where the verb starts whose object a word of intention at `k` is ("Israel announced
/// plans to …", "Congress put forward plans that …"): a lowercase verb in the past
/// right before it, or "put forward".
fn verb_before_intention(sw: &[Word], k: usize) -> Option<usize> {
    if !intention_word(&sw[k]) || k == 0 {
        return None;
    }
    let before = &sw[k - 1];
    let b = before.lower();
    if before.is_capitalized() || before.is_punct() {
        return None;
    }
    if b == "forward" && k >= 2 && matches!(sw[k - 2].lower(), "put" | "puts" | "putting") {
        return Some(k - 2);
    }
    (b.ends_with("ed") && super::casing::is_verb_form(b)).then_some(k - 1)
}

/// Whether a word of intention or fear at `k` is the noun it also is, with no verb of
/// saying: after "amid" ("amid fears of …"), or a singular one after "a" and its
/// adjectives ("a recovery plan", "a normal fear"; not "a few residents fear").
fn intention_noun(sw: &[Word], k: usize) -> bool {
    if !intention_word(&sw[k]) || k == 0 {
        return false;
    }
    if matches!(sw[k - 1].lower(), "amid" | "amidst") {
        return true;
    }
    !sw[k].lower().ends_with('s')
        && (k.saturating_sub(3)..k)
            .rev()
            .map(|j| &sw[j])
            .take_while(|w| !w.is_punct() && !w.is_capitalized())
            .take_while(|w| matches!(w.lower(), "a" | "an") || !w.lower().ends_with('s'))
            .any(|w| matches!(w.lower(), "a" | "an"))
}

/// Whether the word at `k` follows a determiner or a possessive, so is a noun ("the
/// plan", "Obama's remarks", "the senators' remarks": a plural possessive's apostrophe
/// stands alone).
fn noun_before(sw: &[Word], k: usize) -> bool {
    (k > 0 && is_determiner(&sw[k - 1]))
        // ("the two suspects had …", "one of six states that": a number of two or more
        // before a word in the plural counts it; "the two said" speaks.)
        || (k > 0
            && sw[k].lower().ends_with('s')
            && matches!(
                sw[k - 1].text(),
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
            ))
        || (k > 1
            && matches!(sw[k - 1].text(), "'" | "’")
            && sw[k - 2].lower().ends_with('s')
            && !sw[k - 2].is_punct())
}

/// A determiner or a possessive: the word after it is a noun ("the plan", "Obama's
/// remarks").
fn is_determiner(w: &Word) -> bool {
    let l = w.lower();
    // "he's", "it's": a pronoun and "is", not a possessive.
    let contraction = matches!(
        l,
        "he's" | "she's" | "it's" | "that's" | "there's" | "who's" | "what's" | "here's"
    );
    (l.ends_with("'s") && !contraction)
        || l.ends_with("s'")
        || matches!(
            l,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "this"
                | "whose"
                | "no"
                | "any"
                | "every"
        )
}

/// The cues whose first word is `word`, longest first.
pub fn starting_with(word: &str) -> &'static [CueEntry] {
    // Fast hashing: this is asked for every word of every sentence.
    static INDEX: OnceLock<rustc_hash::FxHashMap<String, Vec<CueEntry>>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut m: rustc_hash::FxHashMap<String, Vec<CueEntry>> = Default::default();
        for e in lexicon() {
            m.entry(e.words[0].clone()).or_default().push(e.clone());
        }
        m
    });
    index.get(word).map(Vec::as_slice).unwrap_or(&[])
}

/// A cue word of belief or evidence ("believes", "suggests"), which tells what someone
/// thinks or what something shows, not what someone said (`beliefs.txt`).
pub fn is_belief(word: &str) -> bool {
    static BELIEFS: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    BELIEFS
        .get_or_init(|| word_list::entries(include_str!("beliefs.txt")).collect())
        .contains(word)
}

/// All cues, longest first so that "called on" wins over "called".
pub fn lexicon() -> &'static [CueEntry] {
    static CUES: OnceLock<Vec<CueEntry>> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut out: Vec<CueEntry> = word_list::entries(include_str!("cues.txt"))
            .filter_map(|l| {
                let mut columns = l.split('\t');
                let (words, class) = (columns.next()?, columns.next()?);
                let force = match columns.next().map(str::trim) {
                    None => false,
                    Some("force") => true,
                    Some(_) => return None,
                };
                let class = match class.trim() {
                    "say" => CueClass::Say,
                    "that" => CueClass::That,
                    "object" => CueClass::Object,
                    "participle" => CueClass::Participle,
                    "prep" => CueClass::Prep,
                    "call" => CueClass::Call,
                    "to" => CueClass::To,
                    _ => return None,
                };
                Some(CueEntry {
                    words: words.split_whitespace().map(str::to_string).collect(),
                    class,
                    force,
                })
            })
            .collect();
        out.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_lexicon_parses() {
        let lines = word_list::entries(include_str!("cues.txt")).count();
        assert_eq!(lexicon().len(), lines);
        assert!(lexicon()
            .windows(2)
            .all(|w| w[0].words.len() >= w[1].words.len()));
    }
}
