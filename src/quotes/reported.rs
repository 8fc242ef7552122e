//! Reported speech: the clause a cue introduces ("said that …", "said the talks
//! failed", "wants to …", "called on X to …", "according to X, …", "The talks failed,
//! he said.", "The talks, he said, had failed."), and where that clause ends: at the end
//! of the sentence, before a full quote, before "according to", at a semicolon, or where
//! a second cue joins the sentence ("… and added that", "…, saying").
use super::cues::{Cue, CueClass};
use super::marks::Pair;
use super::source::{self, Inside};
use super::speakers;
use super::words::Word;
use crate::text::{Document, Span};

/// How far (in words) a "that" may follow its cue: "said in a statement on Monday that".
const THAT_WINDOW: usize = 7;
/// How far a "that" may follow "told" and its hearer: "told the court for the first time
/// on Friday that".
const HEARER_THAT_WINDOW: usize = 10;
/// Words of a sentence after a "…, he said" cue that still leave the clause before it
/// as the content; more, and the cue interrupts the clause ("The talks, he said, failed").
const TAIL_WORDS: usize = 6;

/// How many words may describe the hearer between commas ("told Anadolu Agency, a local
/// news outlet, that").
const HEARER_DESCRIPTION: usize = 8;

/// How many words after the hearer's role may say which one before the comma of its
/// name ("told the chairman| of the border committee, Sami Khoury, that").
const HEARER_OF_WORDS: usize = 6;

/// Object cues whose object and complement are what was said ("called the plan a
/// failure", "cited rising costs as the reason"); other object cues ("condemned X")
/// attribute only a quote or a "that" clause.
const OBJECT_CONTENT: &[&str] = &[
    "called",
    "calls",
    "calling",
    "described",
    "describes",
    "cited",
    "cites",
    "citing",
    "branded",
    "brands",
    "labeled",
    "labelled",
    "likened",
    "accused",
    "accuses",
    "accusing",
    "denied",
    "denies",
    "denying",
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "blamed",
    "blames",
    "blaming",
    "criticized",
    "criticised",
    "criticizes",
    "criticises",
    "praised",
    "praises",
    "attacked",
    "attacks",
    "slammed",
    "blasted",
    "defended",
    "defends",
    "questioned",
    "compared",
    "touted",
    "lauded",
    "mocked",
    "ridiculed",
];

/// The span of the reported clause introduced by `cues[n]`, if it introduces one.
/// `full_quote` tells whether a pair is a full quote (those end reported clauses).
#[allow(clippy::too_many_arguments)]
pub fn content(
    doc: &Document,
    sw: &[Word],
    cues: &[Cue],
    n: usize,
    direct: &[Pair],
    full_open: &dyn Fn(usize) -> Option<usize>,
    stops: &Stops,
    inside: Inside,
) -> Option<Span> {
    let cue = &cues[n];
    // The "that" of this cue comes before the next cue ("said the talks failed and
    // added that …").
    let next_cue = cues.get(n + 1).map_or(sw.len(), |c| c.first);
    // Between a cue and its "that" stand a time, a place or a manner ("said on Monday
    // that", "said in a statement that") or, after "told", the hearer ("told reporters
    // that"); not a clause ("said officials have video that shows …").
    let hearer = matches!(
        sw[cue.first].lower(),
        "told" | "tell" | "tells" | "warned" | "assured" | "informed" | "reminded" | "convinced"
    );
    // Where the hearer ends ("told reporters|…"), for hearer cues.
    let heard = hearer.then(|| hearer_end(sw, cue.last, inside));
    let that = || {
        // ("conceded in an interview with a pro-opposition channel that …": a phrase of
        // where or with whom, read as far as a hearer.)
        let placed = matches!(sw.get(cue.last).map(Word::lower), Some("in" | "during"))
            && sw[cue.last + 1..].iter().take(3).any(|w| {
                matches!(w.lower(), "interview" | "interviews" | "speech")
                    || super::speakers::lexicon().documents.contains(w.lower())
            });
        let window = if hearer || placed {
            HEARER_THAT_WINDOW
        } else {
            THAT_WINDOW
        };
        let k = (cue.last..(cue.last + window).min(next_cue))
            .take_while(|&k| !sw[k].is_punct() && !inside(&sw[k]))
            .find(|&k| sw[k].lower() == "that")?;
        let lead = sw[cue.last].lower();
        let adjunct = k == cue.last
            || matches!(
                lead,
                "in" | "on"
                    | "at"
                    | "to"
                    | "during"
                    | "after"
                    | "before"
                    | "via"
                    | "by"
                    | "through"
                    | "with"
                    | "from"
                    | "last"
                    | "this"
                    | "earlier"
                    | "late"
                    | "privately"
                    | "publicly"
                    | "repeatedly"
                    | "again"
                    | "also"
                    | "then"
                    | "later"
                    | "afterwards"
                    | "afterward"
                    | "separately"
                    | "subsequently"
                    | "previously"
                    | "recently"
                    | "today"
                    | "yesterday"
            )
            || super::speakers::lexicon().time.contains(lead)
            // "told the court for the first time on Friday that", not "told AP the bomb
            // was placed inside a bus that …".
            || heard.is_some_and(|h| {
                k <= h
                    || k - cue.last <= 4
                    || matches!(
                        sw[h].lower(),
                        "in" | "on" | "at" | "for" | "during" | "after" | "by" | "via" | "over"
                    )
            });
        let clause_follows = sw.get(k + 1).is_some_and(|w| !w.is_punct());
        (adjunct && clause_follows).then_some(k)
    };
    // Pairs are sorted and disjoint: the first one ends first. A quote that opened in an
    // earlier sentence and closes before the cue counts too ("“… . … ,” said Ana Ruiz, a
    // member of the committee.": the words after the cue are its source, no clause).
    let opened_before = direct
        .first()
        .is_some_and(|p| p.outer.end <= sw[cue.first].span.start)
        || (sw.iter().find(|w| !w.is_punct()).is_some_and(inside) && !inside(&sw[cue.first]));
    let start_word = match cue.class {
        CueClass::Prep => {
            // (An intention or a belief before it is part of what it reports: "medical
            // workers are expecting many to die according to Ana Ruiz".)
            let first_cue = n <= stops.first_speech;
            // ("Ruiz described the talks as “constructive”, according to Radio Estrava":
            // a verb of saying before it reports the words; "according to" names where
            // that was reported.)
            // (Only around a quote, and not when "according to" names a person: "…
            // accused the rebels of “…”, according to the minister, Ana Ruiz" is hers.)
            // ("“…,” Halla Brun said, according to Norpress": or a verb of saying right
            // before it.)
            // (Not in the passive: "… had not yet been announced, according to the Sun".)
            let said_right_before = cues[..n].last().is_some_and(|c| {
                c.class == CueClass::Say
                    && c.last + 1 == cue.first
                    && sw[c.last].text() == ","
                    && c.first > 0
                    && !super::words::is_be(sw[c.first - 1].lower())
                    // (Nor a clause of comparison: "… as safe as they believe, according
                    // to a nationwide inspection".)
                    && !sw[c.first.saturating_sub(2)..c.first]
                        .iter()
                        .any(|w| w.lower() == "as")
            });
            let said_before = || {
                said_right_before
                    || cues[..n].iter().any(|c| {
                        matches!(c.class, CueClass::Say | CueClass::That | CueClass::Object)
                            && direct.iter().any(|p| {
                                p.outer.start >= sw[c.last - 1].span.end
                                    && p.outer.end <= sw[cue.first].span.start
                            })
                    }) && super::appositive::forward(sw, cue.last, inside).is_some_and(|p| {
                        speakers::person_names(&sw[p.start..p.end]).is_empty()
                        // ("…, according to a statement": a document is no role.)
                        && !sw[p.start..p.end].iter().any(|w| {
                            let lex = speakers::lexicon();
                            lex.is_role_or_title(w.lower()) && !lex.documents.contains(w.lower())
                        })
                    })
            };
            let span = according_to_content(sw, cue, first_cue, &said_before, inside, full_open)?;
            // ("According to the agency, Zhao also said that …": a verb of saying whose
            // subject opens the clause reports it; "according to" only says where that
            // was reported.)
            let said_inside = cues[n + 1..]
                .iter()
                .any(|c| speech_opened_by_its_subject(sw, c, span, inside));
            if said_inside {
                return None;
            }
            return trim_content(doc, sw, span, direct);
        }
        CueClass::Call => {
            let to = (cue.last..(cue.last + THAT_WINDOW).min(sw.len()))
                .find(|&k| sw[k].lower() == "to")?;
            if sw[cue.last..to].iter().any(|w| w.is_punct()) {
                return None;
            }
            cue.last
        }
        CueClass::To => {
            if sw.get(cue.last).is_some_and(|w| w.lower() == "to") {
                cue.last
            } else if let Some(k) = that() {
                k + 1
            } else if starts_clause(sw, cue.last, inside) && !opened_before {
                cue.last
            } else {
                return None;
            }
        }
        CueClass::Say | CueClass::That | CueClass::Object | CueClass::Participle => match that() {
            Some(k) => k + 1,
            // "told reporters the talks failed": the clause follows the hearer; "…, an
            // official told The Times." has none after it.
            None if let Some(after) = heard => {
                // "told Anadolu Agency, a local news outlet, that …"
                // ("told the chairman of the border committee, Sami Khoury, that …": past
                // the words that say which, up to the comma.)
                let comma = (after..(after + HEARER_OF_WORDS).min(next_cue))
                    .find(|&k| sw[k].is_punct() || inside(&sw[k]) || sw[k].lower() == "that")
                    .filter(|&k| sw[k].text() == "," && !inside(&sw[k]));
                let described_that = comma
                    .and_then(|after| {
                        (after + 1..(after + 1 + HEARER_DESCRIPTION).min(next_cue))
                            .take_while(|&k| !inside(&sw[k]))
                            .find(|&k| sw[k].is_punct())
                    })
                    .filter(|&c| {
                        sw[c].text() == ","
                            && sw.get(c + 1).is_some_and(|w| w.lower() == "that")
                            && c + 2 < next_cue
                    });
                if let Some(c) = described_that {
                    c + 2
                } else if after > cue.last
                    && after < next_cue
                    && starts_clause(sw, after, inside)
                    && !opened_before
                {
                    after
                } else {
                    let span = clause_before(sw, cue, inside)?;
                    return trim_content(doc, sw, span, direct);
                }
            }
            None if (matches!(cue.class, CueClass::Say | CueClass::Participle)
                || OBJECT_CONTENT.contains(&sw[cue.first].lower()))
                && starts_clause(sw, cue.last, inside)
                && !opened_before
                && !inverted_source(sw, cue, inside) =>
            {
                cue.last
            }
            // "admitted the gates had failed", "claimed he had been forced", "denied
            // she was involved": a verb that reports with "that" reports a clause
            // without it too when a subject and a finite auxiliary open it (not "warned
            // the minister", "claimed responsibility").
            // (Not after a form in -ing: "in defending the army's actions was to say".)
            None if matches!(cue.class, CueClass::That | CueClass::Object)
                && !sw[cue.first].lower().ends_with("ing")
                && finite_clause_follows(sw, cue.last, inside)
                && !opened_before
                && !inverted_source(sw, cue, inside) =>
            {
                cue.last
            }
            None if matches!(cue.class, CueClass::Say | CueClass::That) => {
                let span = clause_before(sw, cue, inside)?;
                return trim_content(doc, sw, span, direct);
            }
            None => return None,
        },
    };
    let start = sw.get(start_word)?.span.start;
    let mut end = clause_end(sw, cues, n, start_word, stops);
    // "Citing medical sources, the monitor said …": the phrase of a participle that opens
    // the sentence ends where the speaker of the next cue starts (also in text without
    // commas: "Citing medical sources the monitor said …"), or with no cue after it, at
    // its comma ("Citing security concerns, the ministry canceled …").
    let opening =
        source::opens_sentence(sw, cue.first, inside) && sw[cue.first].lower().ends_with("ing");
    if opening {
        let next_speaker = cues
            .get(n + 1)
            .map(|c| source::np_back(sw, c.first, inside))
            .filter(|&k| k > start_word);
        let comma = || (start_word..sw.len()).find(|&k| sw[k].text() == "," && !inside(&sw[k]));
        if let Some(k) = next_speaker.or_else(comma) {
            end = end.min(sw[k].span.start);
        }
    }
    if let Some(open) = full_open(start) {
        end = end.min(open);
    }
    trim_content(doc, sw, Span::new(start, end), direct)
}

/// What the clause finder reads of a sentence once: the words that end any clause
/// (semicolons and "according to"), and where its first cue of speech stands.
pub struct Stops {
    words: Vec<usize>,
    /// The first of the sentence's cues that does not only tell an intention or a
    /// belief or take an object ([`Cue::tells_no_speech`]); the number of cues if none.
    pub first_speech: usize,
}

impl Stops {
    pub fn new(sw: &[Word], cues: &[Cue]) -> Self {
        Stops {
            words: (0..sw.len())
                .filter(|&k| {
                    sw[k].text() == ";"
                        || (sw[k].lower() == "according"
                            && sw.get(k + 1).is_some_and(|x| x.lower() == "to"))
                })
                .collect(),
            first_speech: cues
                .iter()
                .position(|c| !c.tells_no_speech(sw))
                .unwrap_or(cues.len()),
        }
    }
    /// The first stop at or after word `from`.
    fn after(&self, from: usize) -> Option<usize> {
        self.words
            .get(self.words.partition_point(|&k| k < from))
            .copied()
    }
}

/// How many later cues may end a clause: a clause seldom runs past a few.
const CUE_LOOKAHEAD: usize = 8;

/// Where a clause that starts at word `from` ends: the end of the sentence, "according
/// to", a semicolon, the next cue joined by "and"/"but" ("… and added that"), or a new
/// speaker after a comma ("…, Mr. Barrett said, …").
fn clause_end(sw: &[Word], cues: &[Cue], n: usize, from: usize, stops: &Stops) -> usize {
    let mut end = sw.last().map_or(0, |w| w.span.end);
    if let Some(k) = stops.after(from) {
        return end.min(sw[k].span.start);
    }
    for c in cues[n + 1..].iter().take(CUE_LOOKAHEAD) {
        if c.first <= from {
            continue;
        }
        let mut j = c.first;
        while j > from && speakers::lexicon().adverbs.contains(sw[j - 1].lower()) {
            j -= 1;
        }
        // "Ruiz said that the council continues … and refuses to meet …": a verb in
        // the present after "and", when the cue is in the past, goes on the clause's own
        // subject, not on the speaker ("said … and added that" starts a new clause).
        let outer = sw[cues[n].first].lower();
        let outer_past = outer.ends_with("ed") || matches!(outer, "said" | "told");
        let own = sw[c.first].lower();
        let present = own.ends_with('s') && !own.ends_with("ss");
        if outer_past && present && j > from && sw[j - 1].lower() == "and" {
            continue;
        }
        let joined = j > from
            && (matches!(sw[j - 1].lower(), "and" | "but")
                || (c.class == CueClass::Participle
                    && sw[j - 1].text() == ","
                    && sw.get(c.last).is_some_and(|w| w.lower() == "that")));
        // "…, Mr. Barrett said, …": a new speaker after a comma starts a new clause; so
        // does one after a comma and a conjunction ("Ruiz said the talks were useful,
        // while Berg said …").
        let subject = source::np_back(sw, j, &|_| false);
        let comma = match subject.checked_sub(1).map(|k| &sw[k]) {
            Some(w) if w.text() == "," => Some(subject - 1),
            Some(w)
                if matches!(
                    w.lower(),
                    "while" | "whereas" | "but" | "and" | "although" | "though"
                ) && subject >= 2
                    && sw[subject - 2].text() == "," =>
            {
                Some(subject - 2)
            }
            // ("Ostrava said it was “provocation” while Velm said …": "while" and
            // "whereas" join two speakers' clauses without a comma too; not one that
            // opens the clause, "stated that while they …, they felt".)
            Some(w) if matches!(w.lower(), "while" | "whereas") && subject > from + 1 => {
                Some(subject - 1)
            }
            _ => None,
        };
        if let Some(comma) = comma.filter(|&c| !joined && subject < j && c >= from) {
            end = end.min(sw[comma].span.start);
            break;
        }
        if joined {
            let cut = if sw[j - 1].lower() == "and" && j >= 2 && sw[j - 2].text() == "," {
                j - 2
            } else {
                j - 1
            };
            end = end.min(sw[cut].span.start);
            break;
        }
    }
    end
}

/// "The talks ended, said the minister." / "…, said a police spokesman, Ali Benali.": a
/// cue after a comma whose following words are a noun phrase that ends the sentence
/// (or goes on after a comma) names its speaker there; they are no clause.
fn inverted_source(sw: &[Word], cue: &Cue, inside: Inside) -> bool {
    if unmarked_inverted(sw, cue, inside) {
        return true;
    }
    // "So said Harald Jensen at the rally.": the sentence opens on "so" and the cue; the
    // words after it are whoever said the quote before.
    if cue.class == CueClass::Say
        && cue.first >= 1
        && sw[cue.first - 1].lower() == "so"
        && sw[..cue.first - 1].iter().all(Word::is_punct)
    {
        return true;
    }
    if cue.first == 0 || sw[cue.first - 1].text() != "," || cue.class != CueClass::Say {
        return false;
    }
    super::appositive::after_cue(sw, cue.last, inside).is_some_and(|p| {
        sw[p.end..]
            .iter()
            .find(|w| !inside(w))
            .is_none_or(|w| matches!(w.text(), "." | "!" | "?" | "," | ";"))
    })
}

/// "The talks failed, he said." / "…, said the minister on Monday.": the reported
/// clause comes first, then a comma, the speaker and the cue, and little after. With
/// more after a comma ("The talks, he said, had failed."), the cue interrupts the
/// clause, and the content is the whole sentence around it.
fn clause_before(sw: &[Word], cue: &Cue, inside: Inside) -> Option<Span> {
    // "Asked whether …, she shook her head and said, “No.”": what was said is the quote
    // right after the cue.
    if sw[cue.last..]
        .iter()
        .find(|w| !matches!(w.text(), "," | ":"))
        .is_some_and(inside)
    {
        return None;
    }
    // ("…, an officer said on condition of anonymity because he was not authorised to
    // speak.": a clause of cause or concession after the cue is the cue's own, no tail.)
    let tail = sw[cue.last..]
        .iter()
        .take_while(|w| !matches!(w.lower(), "because" | "although" | "though"))
        .filter(|w| !w.is_punct())
        .take(TAIL_WORDS + 1)
        .count();
    let unmarked = unmarked_inverted(sw, cue, inside);
    let inverted = cue.first > 0 && sw[cue.first - 1].text() == "," || unmarked;
    let comma = if inverted {
        cue.first - 1
    } else {
        let start = source::np_back(sw, cue.first, inside);
        if start == cue.first || start == 0 {
            return None;
        }
        if sw[start - 1].text() == "," {
            start - 1
        } else {
            unmarked_clause_end(sw, start, cue, inside)? - 1
        }
    };
    // ("NEW YORK (Reuters) - The talks failed, the companies said": not the dateline.)
    let first =
        super::words::after_dateline(sw).or_else(|| sw.iter().position(|w| !w.is_punct()))?;
    if comma <= first || inside(&sw[first]) || inside(&sw[comma - 1]) {
        return None;
    }
    // "Ana Ruiz, a lawyer for the family, said, “…”": the words before the comma are the
    // speaker and a description, no clause.
    if inverted
        && super::appositive::backward(sw, cue.first, inside).is_some_and(|p| p.start <= first)
    {
        return None;
    }
    let last = sw.iter().rposition(|w| !w.is_punct())?;
    // An inverted cue whose speaker's phrase ends the sentence ("…, said a police
    // spokesman, Ali Benali.") or goes on in a relative clause ("…, said Rita Katz, the
    // director of SITE, which tracks …") or a participle's phrase ("…, said Craig
    // Barrett, addressing executives in India."): the words before the comma are the
    // clause, however long the tail.
    let described = unmarked
        || inverted
            && super::appositive::after_cue(sw, cue.last, inside).is_some_and(|p| {
                let relative = sw.get(p.end).is_some_and(|w| w.text() == ",")
                    && sw.get(p.end + 1).is_some_and(|w| {
                        matches!(w.lower(), "who" | "which" | "whose" | "whom")
                            || super::appositive::participial(w)
                    });
                let ends = sw[p.end..]
                    .iter()
                    .find(|w| !inside(w))
                    .is_none_or(|w| matches!(w.text(), "." | "!" | "?"));
                // "…, said Ana Ruiz, a lawyer for the family."
                // ("Because only the council may do so, reads the motion, the order
                // violates …": a subordinate clause before the cue is not whole.)
                let subordinate = matches!(
                    sw[first].lower(),
                    "because"
                        | "although"
                        | "though"
                        | "if"
                        | "unless"
                        | "while"
                        | "since"
                        | "when"
                        | "as"
                        | "whereas"
                );
                let described_to_end = !subordinate
                    && sw.get(p.end).is_some_and(|w| w.text() == ",")
                    && super::appositive::description_ends_sentence(sw, p.end, inside);
                relative || ends || described_to_end
            });
    // Up to the comma, or (text without commas) through the clause's last word.
    let end = if sw[comma].text() == "," {
        sw[comma].span.start
    } else {
        sw[comma].span.end
    };
    if described && !inside(&sw[first]) {
        return Some(Span::new(sw[first].span.start, end));
    }
    // An interrupting cue: a comma follows it within a few words, and the clause goes on.
    let resumes = (cue.last..(cue.last + 5).min(sw.len())).find(|&k| sw[k].text() == ",");
    if let Some(r) =
        resumes.filter(|&r| r + 2 <= last && !inside(&sw[r + 1]) && !inside(&sw[first]))
    {
        if sw[r + 1..=last].iter().filter(|w| !w.is_punct()).count() >= 2 {
            return Some(Span::new(sw[first].span.start, sw[last].span.end));
        }
    }
    if tail > TAIL_WORDS {
        return None;
    }
    // "In a statement, it said “…”", "On Monday, the ministry said": a short phrase
    // opening on a preposition is no clause ("In the long run, economists say, …" goes
    // on after the cue, above).
    const PHRASE_WORDS: usize = 4;
    if comma - first <= PHRASE_WORDS
        && matches!(
            sw[first].lower(),
            "in" | "on" | "at" | "during" | "after" | "before" | "with" | "through" | "by"
        )
    {
        return None;
    }
    // "Speaking in Salem, the mayor said …": a phrase on how or where the speaker spoke
    // is no clause (but "Asked whether …, she said" reports a question).
    if matches!(
        sw[first].lower(),
        "speaking"
            | "talking"
            | "writing"
            | "commenting"
            | "responding"
            | "referring"
            | "addressing"
            | "testifying"
            | "appearing"
    ) {
        return None;
    }
    Some(Span::new(sw[first].span.start, end))
}

/// "Sixty soldiers were killed on an air base the Russian army said." (text without
/// commas): "said" or "says" ending the sentence (a time may follow), its source phrase
/// opening on an article or a capitalised word after an ordinary word that can end a
/// clause (no conjunction, preposition, determiner or verb of saying).
///
/// "… killing one policeman a security source told AFP." / "… the Observatory told AFP
/// news agency.": "told" or "tells" and its hearer ([`hearer_end`]), maybe a time.
///
/// Where the source phrase starts, if so: after a preposition, at a nationality or a
/// title that opens the speaker's words inside the phrase ("… airstrikes near Damascus
/// British Foreign Secretary Ana Ruiz said": the clause ends on "Damascus").
fn unmarked_clause_end(sw: &[Word], start: usize, cue: &Cue, inside: Inside) -> Option<usize> {
    let lex = speakers::lexicon();
    let told = matches!(sw[cue.first].lower(), "told" | "tells");
    let after = if told {
        hearer_end(sw, cue.last, inside)
    } else {
        cue.last
    };
    if told && after == cue.last {
        return None;
    }
    // "… said in a statement.", "… said in a joint statement.", "… told AFP in an
    // interview.": where the words were said.
    let after = match sw
        .get(after..after + 2)
        .map(|p| (p[0].lower(), p[1].lower()))
    {
        Some(("in", "a" | "an" | "its" | "his" | "her" | "their")) => (after + 2
            ..sw.len().min(after + 5))
            .find(|&k| {
                let l = sw[k].lower();
                l == "interview" || lex.documents.contains(l)
            })
            .map_or(after, |k| k + 1),
        _ => after,
    };
    let ends = sw[after..]
        .iter()
        .filter(|w| {
            let l = w.lower();
            !lex.time.contains(l) && !matches!(l, "on" | "last" | "earlier" | "this")
        })
        .find(|w| !inside(w))
        .is_none_or(|w| matches!(w.text(), "." | "!" | "?"));
    if cue.last != cue.first + 1
        || !(told
            || matches!(
                sw[cue.first].lower(),
                "said" | "says" | "reported" | "reports" | "added" | "adds" | "confirmed"
            ))
        || !ends
    {
        return None;
    }
    let opens = &sw[start];
    // ("state news agency SANA reported": a body's or a role's lowercase words before
    // the name.)
    let described_name = sw[cue.first - 1].is_capitalized()
        && sw[start..cue.first].iter().any(|w| {
            !w.is_capitalized() && (lex.is_role_or_title(w.lower()) || lex.is_body_word(w.lower()))
        });
    if !(matches!(opens.lower(), "the" | "a" | "an") || opens.is_capitalized() || described_name) {
        return None;
    }
    // (No clause ends on a preposition of place: "… killed in airstrikes near".)
    let place = lex.place_prepositions.contains(sw[start - 1].lower());
    if ends_clause(&sw[start - 1], inside) && !place {
        return Some(start);
    }
    (start + 1..cue.first).filter(|_| place).find(|&k| {
        let l = sw[k].lower();
        sw[k].is_capitalized()
            && (speakers::is_nationality(l) || lex.titles.contains(l))
            && sw[start..k].iter().all(Word::is_capitalized)
    })
}

/// Whether a word can be the last of a clause in text without commas: an ordinary word,
/// no conjunction, preposition, determiner, auxiliary or verb of saying.
fn ends_clause(w: &Word, inside: Inside) -> bool {
    const OPEN: &[&str] = &[
        "that", "which", "who", "whom", "what", "where", "when", "while", "why", "how", "whether",
        "so", "and", "or", "but", "as", "if", "because", "than", "of", "for", "to", "in", "on",
        "at", "by", "with", "from", "into", "about", "after", "before", "the", "a", "an", "is",
        "was", "are", "were", "be", "been", "has", "have", "had", "not", "also",
    ];
    !w.is_punct()
        && !inside(w)
        && !OPEN.contains(&w.lower())
        && super::cues::starting_with(w.lower()).is_empty()
}

/// "Nobody can stop the planes said Ali Benali an official with the civil defence." (text
/// without commas): a cue right after a clause's last word, then a person's name and
/// nothing that makes it a clause's subject — the sentence ends, or a description, a
/// relative clause or a participle follows ("said Ali Benali head of the health authority
/// adding that …"), with no verb. The name is the speaker; the clause before is what was
/// said. ("The report said Ali Benali a local official was killed" reports a clause.)
fn unmarked_inverted(sw: &[Word], cue: &Cue, inside: Inside) -> bool {
    const CLAUSE_WORDS: usize = 4;
    if cue.class != CueClass::Say
        || cue.last != cue.first + 1
        || !matches!(
            sw[cue.first].lower(),
            "said" | "says" | "added" | "adds" | "explained" | "noted" | "stressed"
        )
        || sw[..cue.first]
            .iter()
            .rev()
            .filter(|w| !w.is_punct())
            .take(CLAUSE_WORDS)
            .count()
            < CLAUSE_WORDS
        || !ends_clause(&sw[cue.first - 1], inside)
        // "… the end of it said Ruiz": a pronoun before the cue reads as its subject.
        || source::is_pronoun(&sw[cue.first - 1])
        // (A cue that ends the text names no one after it.)
        || cue.last >= sw.len()
    {
        return false;
    }
    let lex = speakers::lexicon();
    let name_end = if matches!(sw[cue.last].lower(), "the" | "a" | "an") {
        // "said the source noting that …", "said the Syrian Observatory for Human
        // Rights a Britain-based monitor": a noun phrase that ends on a role, a body's
        // word or a name.
        let phrase_end = source::np_after_cue(sw, cue.last, inside);
        // (A second determiner opens the description: "the Observatory a … monitor";
        // a participle or "who" a clause of its own: "the resident speaking by phone";
        // not one before a body's or a role's word, "a monitoring group".)
        // ("said a monitor.": a bare body's word is a head too.)
        let head = |w: &Word| {
            w.is_capitalized()
                || lex.is_role_or_title(w.lower())
                || lex.is_body_word(w.lower())
                || lex.bodies.contains(w.lower())
        };
        let end = (cue.last + 1..phrase_end)
            .find(|&k| {
                let w = &sw[k];
                matches!(w.lower(), "a" | "an" | "the" | "who")
                    || (super::appositive::participial(w)
                        && !sw
                            .get(k + 1)
                            .is_some_and(|n| !n.is_capitalized() && head(n)))
            })
            .unwrap_or(phrase_end);
        if end < cue.last + 2 || !head(&sw[end - 1]) {
            return false;
        }
        end
    } else {
        named_after_cue(sw, cue, inside)
    };
    if name_end == cue.last {
        return false;
    }
    tail_describes(sw, name_end, inside)
}

/// Where the name after an unmarked inverted cue ends, maybe after a body and a role
/// ("said Observatory chief Ali Benali"); `cue.last` when no person's name follows.
fn named_after_cue(sw: &[Word], cue: &Cue, inside: Inside) -> usize {
    let lex = speakers::lexicon();
    let name_end = (cue.last..sw.len())
        .take_while(|&k| {
            let w = &sw[k];
            !inside(w) && (w.is_capitalized() || (!w.is_punct() && lex.is_role_or_title(w.lower())))
        })
        .filter(|&k| sw[k].is_capitalized())
        .last()
        .map_or(cue.last, |k| k + 1);
    let name_start = (cue.last..name_end)
        .rev()
        .take_while(|&k| sw[k].is_capitalized())
        .last()
        .unwrap_or(name_end);
    if name_end < name_start + 2 || speakers::person_names(&sw[name_start..name_end]).len() != 1 {
        return cue.last;
    }
    name_end
}

/// Whether what follows a speaker named after an unmarked inverted cue leaves the name
/// no clause's subject: the sentence's end, or a description, a relative clause or a
/// participle with no verb.
fn tail_describes(sw: &[Word], name_end: usize, inside: Inside) -> bool {
    let lex = speakers::lexicon();
    let Some(next) = sw.get(name_end) else {
        return true;
    };
    if matches!(next.text(), "." | "!" | "?") {
        return true;
    }
    let describes = matches!(
        next.lower(),
        "a" | "an" | "the" | "who" | "whose" | "of" | "in" | "from"
    ) || (!next.is_capitalized() && lex.is_role_or_title(next.lower()))
        || super::appositive::participial(next);
    // The description runs to the sentence's end or a participle ("adding"), within a
    // description's length (a look-up stays bounded and extraction linear); no verb in it.
    const DESCRIPTION_WORDS: usize = 25;
    let tail = &sw[name_end..sw.len().min(name_end + DESCRIPTION_WORDS + 1)];
    let Some(described) = tail
        .iter()
        .position(|w| matches!(w.text(), "." | "!" | "?") || super::appositive::participial(w))
        .map(|k| &tail[..k])
        .or((tail.len() <= DESCRIPTION_WORDS).then_some(tail))
    else {
        return false;
    };
    // ("a Britain-based monitor": a past form after a hyphen is an adjective's end.)
    describes
        && !described.iter().enumerate().any(|(k, w)| {
            inside(w)
                || w.text() == ","
                || w.lower() == "that"
                || super::words::is_auxiliary(w.lower())
                || (!w.is_capitalized()
                    && w.lower().ends_with("ed")
                    && super::casing::is_verb_form(w.lower())
                    && !(k > 0 && described[k - 1].text() == "-"))
        })
}

/// Where the hearer of "told" ends and the clause may start: "told us the owners …",
/// "told reporters today assessments …", "told the court Bolt's articles …", "told The
/// Jakarta Post radio broadcasts …". A hearer is an object pronoun, or an optional
/// determiner and either a run of capitalised words or one or two lowercase words; a
/// time may follow it ("on Tuesday", "today").
fn hearer_end(sw: &[Word], from: usize, inside: Inside) -> usize {
    const OBJECTS: &[&str] = &["us", "me", "him", "her", "them", "you"];
    const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "this"];
    const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "there"];
    let word = |k: usize| sw.get(k).filter(|w| !w.is_punct() && !inside(w));
    let time = |w: &Word| super::speakers::lexicon().time.contains(w.lower());
    let mut k = from;
    // ("assured her lawyer, Ivo Berg, that …": "her" before a role is its determiner.)
    let owns_role = word(k).is_some_and(|w| w.lower() == "her")
        && word(k + 1).is_some_and(|w| {
            !w.is_capitalized() && super::speakers::lexicon().is_role_or_title(w.lower())
        });
    if word(k).is_some_and(|w| OBJECTS.contains(&w.lower())) && !owns_role {
        k += 1;
    } else {
        if word(k).is_some_and(|w| DETERMINERS.contains(&w.lower())) {
            k += 1;
        }
        let names = k;
        while k < names + 5 && word(k).is_some_and(|w| w.is_capitalized() && !time(w)) {
            k += 1;
        }
        // "told AFP news agency", "told SANA reporter": the hearer's kind after its name.
        if k > names {
            let lex = super::speakers::lexicon();
            let named = k;
            while k < named + 2
                && word(k).is_some_and(|w| {
                    let l = w.lower();
                    !w.is_capitalized()
                        && (l == "news" || lex.is_role_or_title(l) || lex.is_body_word(l))
                })
            {
                k += 1;
            }
        }
        if k == names {
            while k < names + 2
                && word(k).is_some_and(|w| {
                    !w.is_capitalized()
                        && !time(w)
                        && !PRONOUNS.contains(&w.lower())
                        && !DETERMINERS.contains(&w.lower())
                        && !NOT_CLAUSE.contains(&w.lower())
                        && w.lower() != "that"
                })
            {
                k += 1;
            }
        }
        if k == names {
            return from;
        }
        // "assured his French counterpart, Nicolas Sarkozy, he will …": the name of a
        // hearer given by role, between commas, goes with it.
        let lex = super::speakers::lexicon();
        let role_ends = !sw[k - 1].is_capitalized() && lex.is_role_or_title(sw[k - 1].lower());
        if role_ends && sw.get(k).is_some_and(|w| w.text() == "," && !inside(w)) {
            // ("told her parents, Zenaida Muñoz and Henry López Romero that she …": two
            // names, and "that" after them.)
            let name = (k + 1..(k + 9).min(sw.len()))
                .take_while(|&j| {
                    word(j).is_some_and(|w| w.is_capitalized() || (j > k + 1 && w.lower() == "and"))
                })
                .last()
                .filter(|&j| sw[j].is_capitalized());
            if let Some(last) = name {
                if sw
                    .get(last + 1)
                    .is_some_and(|w| matches!(w.text(), "," | "that") && !inside(w))
                {
                    k = last + 2;
                    if word(k).is_some_and(|w| w.lower() == "that") {
                        k += 1;
                    }
                }
            }
        }
    }
    // "on Tuesday", "today", "last week".
    loop {
        if word(k).is_some_and(time) {
            k += 1;
        } else if word(k).is_some_and(|w| matches!(w.lower(), "on" | "last" | "this"))
            && word(k + 1).is_some_and(time)
        {
            k += 2;
        } else {
            return k;
        }
    }
}

/// Words that open no clause: prepositions, conjunctions, verbs.
const NOT_CLAUSE: &[&str] = &[
    "on", "in", "at", "to", "by", "after", "before", "during", "with", "from", "of", "for", "as",
    "about", "and", "but", "so", "while", "when", "through", "was", "is",
];

/// After "said" with no "that", a clause starts with a determiner, pronoun, name or noun,
/// not with a preposition, a quote or punctuation ("said on Monday", "said: “…”").
fn starts_clause(sw: &[Word], k: usize, inside: Inside) -> bool {
    // "said at least 29 rebels were killed", "said about 20 people died": a count opens
    // the clause.
    // ("said about nine shots were fired": a number in words too.)
    let number = |j: usize| {
        sw.get(j).is_some_and(|w| {
            w.text().starts_with(|c: char| c.is_ascii_digit())
                || (super::speakers::lexicon().numbers.contains(w.lower())
                    && !matches!(
                        w.lower(),
                        "several" | "many" | "some" | "few" | "both" | "all"
                    ))
        })
    };
    let count = match sw.get(k).map(Word::lower) {
        Some("at") => sw
            .get(k + 1)
            .is_some_and(|w| matches!(w.lower(), "least" | "most")),
        Some("about") => number(k + 1),
        Some("as") => sw.get(k + 1).is_some_and(|w| w.lower() == "many") && number(k + 3),
        _ => false,
    };
    // ("…, the ministry said Monday.", "said this week.": words of time that end the
    // sentence are when it was said, no clause.)
    let lex = super::speakers::lexicon();
    let timed = sw[k.min(sw.len())..]
        .iter()
        .take_while(|w| {
            !w.is_punct()
                && (lex.time.contains(w.lower())
                    || matches!(w.lower(), "this" | "last" | "late" | "early" | "on"))
        })
        .count();
    let only_time = sw[k.min(sw.len())..k + timed]
        .iter()
        .any(|w| lex.time.contains(w.lower()))
        && sw
            .get(k + timed)
            .is_none_or(|w| matches!(w.text(), "." | "!" | "?") && !inside(w));
    // ("said this while addressing a ceremony", "said so on Monday": a demonstrative,
    // then a phrase of its own, is the object that stands for the words, no clause.)
    let object = sw
        .get(k)
        .is_some_and(|w| matches!(w.lower(), "this" | "these" | "so"))
        && sw.get(k + 1).is_none_or(|n| {
            // ("I can only say this: …" introduces the words after the colon.)
            (n.is_punct() && n.text() != ":")
                || matches!(
                    n.lower(),
                    "while"
                        | "when"
                        | "at"
                        | "in"
                        | "on"
                        | "during"
                        | "after"
                        | "before"
                        | "to"
                        | "as"
                        | "and"
                        | "but"
                        | "from"
                        | "with"
                        | "about"
                        | "today"
                        | "yesterday"
                )
        });
    !only_time
        && !object
        && (count
            || sw
                .get(k)
                .is_some_and(|w| !w.is_punct() && !inside(w) && !NOT_CLAUSE.contains(&w.lower())))
}

/// Whether `c` is a verb of speech inside `span` whose subject opens the span ("Zhao
/// also said that …" after "According to the agency,"), past an adverb before it. A
/// verb that reports with "that" counts only with its "that", its colon or a clause
/// ("the virus claimed 6,606 lives" does not); a belief or what a thing shows or found
/// never ("the Olympiad shows …", "the authorities felt compelled").
fn speech_opened_by_its_subject(sw: &[Word], c: &Cue, span: Span, inside: Inside) -> bool {
    const NOT_SPEECH: &[&str] = &["show", "indicat", "suggest", "reveal", "found", "find"];
    let before = c.first.checked_sub(1).map(|k| &sw[k]);
    let adverb = before.is_some_and(|w| {
        !w.is_capitalized()
            && (super::casing::is_adverb(w.lower())
                || matches!(w.lower(), "also" | "then" | "later" | "again"))
    });
    let verb = if adverb { c.first - 1 } else { c.first };
    let speech = !c.tells_no_speech(sw)
        && !NOT_SPEECH
            .iter()
            .any(|v| sw[c.first].lower().starts_with(v));
    let reports = speech
        && (c.class == CueClass::Say
            || (c.class == CueClass::That
                && (sw
                    .get(c.last)
                    .is_some_and(|w| matches!(w.lower(), "that" | ":"))
                    || finite_clause_follows(sw, c.last, inside))));
    reports
        && sw[c.first].span.start > span.start
        && sw[c.first].span.end <= span.end
        && sw[source::np_back(sw, verb, inside)].span.start == span.start
}

/// Whether the words from `k` open a clause of their own: a subject (a pronoun, a name,
/// or a determiner and up to four words) and then a finite auxiliary before more words
/// ("he had been forced", "the gates had failed", "Kessel would", not "the minister", "the
/// importance of talks").
fn finite_clause_follows(sw: &[Word], k: usize, inside: Inside) -> bool {
    // (Besides the determiners and possessives that open a description.)
    const MORE_DETERMINERS: &[&str] = &["this", "these", "those", "some", "no", "all", "both"];
    let plain = |w: &Word| !w.is_punct() && !inside(w);
    let Some(first) = sw.get(k).filter(|w| plain(w)) else {
        return false;
    };
    let subject_end = if matches!(
        first.lower(),
        "he" | "she" | "they" | "it" | "we" | "i" | "there"
    ) {
        k + 1
    } else if super::speakers::DETERMINERS.contains(&first.lower())
        || MORE_DETERMINERS.contains(&first.lower())
        || first.is_capitalized()
    {
        let Some(j) = (k + 1..(k + 6).min(sw.len())).find(|&j| {
            !plain(&sw[j])
                || super::source::is_pronoun(&sw[j])
                || super::words::is_auxiliary(sw[j].lower())
                || matches!(sw[j].lower(), "that" | "which" | "who" | "to")
        }) else {
            return false;
        };
        j
    } else {
        return false;
    };
    // (A pronoun inside the phrase ends it: "termed the most ridiculous communique he
    // had ever heard" names an object, no subject.)
    sw.get(subject_end)
        .is_some_and(|w| plain(w) && super::words::is_auxiliary(w.lower()))
        && sw.get(subject_end + 1).is_some_and(plain)
}

/// "According to X, …" gives the clause after X; "…, according to X." the clause before,
/// unless `said_before` (read only there): a verb of saying before it reports the words.
fn according_to_content(
    sw: &[Word],
    cue: &Cue,
    first_cue: bool,
    said_before: &dyn Fn() -> bool,
    inside: Inside,
    full_open: &dyn Fn(usize) -> Option<usize>,
) -> Option<Span> {
    // The source phrase, or failing that the words up to the first comma ("According to
    // a new report by the agency, …").
    let after = super::appositive::forward(sw, cue.last, inside)
        .map(|p| p.end)
        .filter(|&e| sw.get(e).is_some_and(|w| w.text() == ","))
        .or_else(|| {
            (cue.last..(cue.last + 15).min(sw.len()))
                .take_while(|&k| !inside(&sw[k]))
                .find(|&k| sw[k].text() == ",")
        })
        .unwrap_or(cue.last);
    // ("The cargo was undamaged, according to Northgate Mutual, the club that insures
    // the ship", "…, according to spokesman Ivo Marr, who said …": after the clause it
    // reports, what follows the source's comma describes the source.)
    let relative = |w: &Word| matches!(w.lower(), "who" | "which" | "whose" | "that");
    let describes_source = cue.first >= 2
        && sw[cue.first - 1].text() == ","
        && sw.get(after + 1).is_some_and(|w| {
            relative(w)
                || (matches!(w.lower(), "the" | "a" | "an")
                    && sw[after + 2..]
                        .iter()
                        .take(4)
                        .take_while(|n| !n.is_punct() && !n.is_capitalized())
                        .any(relative))
        });
    if sw.get(after).is_some_and(|w| w.text() == ",") && after + 1 < sw.len() && !describes_source {
        let start = sw[after + 1].span.start;
        let end = full_open(start).unwrap_or(sw.last()?.span.end);
        return Some(Span::new(start, end));
    }
    // "According to SANA reporter in Homs the shells were launched …" (text without
    // commas): at the sentence's start, the clause opens on the article after the
    // source.
    let opens = source::opens_sentence(sw, cue.first, inside);
    if opens {
        // (The phrase as the source is read after the cue, so that the two meet.)
        if let Some(p) = super::appositive::after_cue(sw, cue.last, inside) {
            let rest = sw[p.end..]
                .iter()
                .take_while(|w| !inside(w))
                .filter(|w| !w.is_punct())
                .count();
            // ("According to the Kessel Civil Defence at least 30 people were killed": or
            // on a number of people or things.)
            let counted = |w: &Word| {
                w.text().starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        w.text(),
                        "more" | "dozens" | "hundreds" | "thousands" | "several" | "many"
                    )
                    || speakers::lexicon().numbers.contains(w.text())
            };
            // (Not after a verb the phrase ran over: "the Syrian Network the air force
            // targeted 12 …".)
            let verbless = !sw[p.start..p.end]
                .iter()
                .any(|w| !w.is_capitalized() && super::casing::is_verb_form(w.lower()));
            let opening = sw.get(p.end).is_some_and(|w| {
                matches!(w.text(), "the" | "a" | "an")
                    || (verbless
                        && (counted(w)
                            || (w.text() == "at"
                                && sw.get(p.end + 1).is_some_and(|n| n.text() == "least"))))
            });
            if opening && rest >= 4 {
                let start = sw[p.end].span.start;
                let end = full_open(start).unwrap_or(sw.last()?.span.end);
                return Some(Span::new(start, end));
            }
        }
    }
    if cue.first >= 2 && sw[cue.first - 1].text() == "," {
        if said_before() {
            return None;
        }
        let first = if sw[0].is_punct() { 1 } else { 0 };
        return Some(Span::new(
            sw[first].span.start,
            sw[cue.first - 1].span.start,
        ));
    }
    // "Six people were killed according to the Observatory." (text without commas): the
    // sentence's only cue, its source ending the sentence, reports the words before it.
    if !first_cue || cue.first == 0 {
        return None;
    }
    let first = sw.iter().position(|w| !w.is_punct())?;
    // ("… according to Ana Ruiz a member of the council which oversees the clinics.": a
    // relative clause after the source ends the sentence too.)
    let source_ends = super::appositive::forward(sw, cue.last, inside).is_some_and(|p| {
        let mut rest = sw[p.end..].iter().skip_while(|w| w.text() == ",");
        rest.clone()
            .find(|w| !inside(w))
            .is_none_or(|w| matches!(w.text(), "." | "!" | "?"))
            || (rest
                .next()
                .is_some_and(|w| matches!(w.lower(), "which" | "who"))
                && rest.all(|w| !inside(w)))
    });
    let clause = sw[first..cue.first]
        .iter()
        .filter(|w| !w.is_punct() && !inside(w))
        .take(4)
        .count();
    (source_ends && clause >= 4 && !inside(&sw[first]) && !inside(&sw[cue.first - 1]))
        .then(|| Span::new(sw[first].span.start, sw[cue.first - 1].span.end))
}

/// Drops trailing punctuation and dangling function words ("…, which is a") and a
/// final full stop that is not inside a quote.
fn trim_content(doc: &Document, sw: &[Word], span: Span, direct: &[Pair]) -> Option<Span> {
    const DANGLING: &[&str] = &[
        "which", "who", "is", "are", "was", "a", "an", "the", "as", "of", "and", "that", "it",
        "its", "be",
    ];
    let first = sw.partition_point(|w| w.span.start < span.start);
    let last = first + sw[first..].partition_point(|w| w.span.end <= span.end);
    let mut inner: Vec<&Word> = sw[first..last].iter().collect();
    let opens = |open: &str| inner.iter().any(|x| x.text() == open);
    let (round, square) = (opens("("), opens("["));
    while let Some(w) = inner.last() {
        let k = direct.partition_point(|p| p.outer.start <= w.span.start);
        let in_quote = k > 0 && direct[k - 1].outer.contains(w.span);
        // ("confirm the veracity of (the reports)": a bracket closing one the clause opened
        // stays.)
        let closes_inner = match w.text() {
            ")" => round,
            "]" => square,
            _ => false,
        };
        if !in_quote && !closes_inner && (w.is_punct() || DANGLING.contains(&w.lower())) {
            inner.pop();
        } else {
            break;
        }
    }
    let first = inner.first()?;
    let last = inner.last()?;
    let span = Span::new(first.span.start, last.span.end);
    (!doc.trim(span).is_empty()).then_some(span)
}
