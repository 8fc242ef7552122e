//! Finding quotes and attributing them: direct quotes from paired marks, reported
//! speech from cues ([`super::reported`]), and for each the cue, the source phrase
//! ([`super::source`], [`super::appositive`]) and the resolved speaker
//! ([`super::speakers`], [`super::coreference`]): before or after the quote, inside a
//! "he said" interruption, after a colon or a dash, shared by "… and added", carried
//! over from the sentence before, or given by the sentence after.
use super::appositive;
use super::casing;
use super::coreference::{self, Coref};
use super::cues::{self, find_cues, Cue, CueClass};
use super::descriptions;
use super::documents;
use super::gender;
use super::interview::{self, Transcript};
use super::marks::{self, Pair};
use super::reported;
use super::source::{self, Phrase};
use super::speakers::{self, Speaker};
use super::words::{is_be, is_relative_pronoun, is_year, words, Word};
use super::{Extraction, Quote, QuoteKind, Warning};
use crate::text::{Document, Span};

/// Quotes with this many words or more are `full`; shorter ones `partial`.
const FULL_QUOTE_WORDS: usize = 4;
/// Reported speech needs at least this many words of content.
const MIN_REPORTED_WORDS: usize = 3;
/// A sentence after a quote gives its speaker only when it is this short ("“…” That
/// was how the minister put it.").
const SPEAKER_SENTENCE_WORDS: usize = 12;

/// An attribution: cue, source phrase and speaker.
#[derive(Debug, Clone, Default, PartialEq)]
struct Attr {
    cue: Option<Span>,
    source: Option<Span>,
    speaker: Option<String>,
}

impl Attr {
    fn is_some(&self) -> bool {
        self.source.is_some() || self.cue.is_some()
    }
}

/// The attributions found in a sentence, by cue index: "… and added" and "…, saying"
/// take the speaker of a cue before them, and a cue used twice keeps its speaker.
#[derive(Default, Clone)]
struct ByCue {
    by_index: rustc_hash::FxHashMap<usize, Attr>,
    first_sourced: Option<Attr>,
    last_sourced: Option<Attr>,
}

impl ByCue {
    fn push(&mut self, cue: usize, attr: Attr) {
        if attr.source.is_some() {
            if self.first_sourced.is_none() {
                self.first_sourced = Some(attr.clone());
            }
            self.last_sourced = Some(attr.clone());
        }
        self.by_index.entry(cue).or_insert(attr);
    }
    fn get(&self, cue: usize) -> Option<&Attr> {
        self.by_index.get(&cue)
    }
}

/// Per-document state carried from sentence to sentence.
struct Memory {
    coref: Coref,
    /// The last attribution of a quote and the index of the last sentence it reached.
    previous: Option<(usize, Attr)>,
}

/// The sentence a quote is attributed in: its words (with those of the sentences a quote
/// running over several brings in), its cues, the test of a word inside quotation
/// marks, the subject it names and its index in the document. What every reading of a
/// cue in the sentence shares.
#[derive(Clone, Copy)]
struct Sentence<'a, 'd> {
    words: &'a [Word<'d>],
    cues: &'a [Cue],
    inside: source::Inside<'a>,
    subject: &'a Option<(Phrase, Speaker)>,
    index: usize,
}

/// Finds every quote of the document and attributes it. Upper-case wire copy is read
/// through a recased copy of the same length ([`casing`]), so every span still holds.
pub fn extract(doc: &Document, sentences: &[Span]) -> Extraction {
    if casing::is_upper_case(doc) {
        let recased = casing::recase(doc);
        return extract_cased(&Document::new(&recased), sentences, true);
    }
    extract_cased(doc, sentences, false)
}

/// `recased`: the capitals are [`casing::recase`]'s guesses, not the writer's.
fn extract_cased(doc: &Document, sentences: &[Span], recased: bool) -> Extraction {
    let marks = marks::pair(doc);
    let headlines = headline_lines(doc);
    let pairs: Vec<Pair> = marks
        .pairs
        .iter()
        .filter(|p| {
            // Sentences are sorted and disjoint: the one that could hold the pair's start.
            let k = sentences.partition_point(|s| s.start <= p.outer.start);
            p.depth == 0 && k > 0 && p.outer.start < sentences[k - 1].end
        })
        .copied()
        .collect();
    // Split per sentence: a sentence may start inside a glued word ("StrategyKhiame").
    let all_words: Vec<Word> = sentences.iter().flat_map(|&s| words(doc, s)).collect();
    let names = speakers::person_names(&all_words);
    let mut memory = Memory {
        coref: Coref::new(&names, &all_words)
            .recased(recased)
            .quotes(pairs.iter().map(|p| (p.outer.start, p.outer.end))),
        previous: None,
    };
    let inside = |w: &Word| {
        let k = pairs.partition_point(|p| p.outer.start <= w.span.start);
        k > 0 && pairs[k - 1].outer.contains(w.span)
    };
    memory
        .coref
        .note_sentence_starts(sentences.iter().map(|s| s.start));
    // The tags of transcripts ("[GUILLEN] I think …", "((Zara Kay)) …", "NG: …").
    let transcript = Transcript::new(doc.chars(), &all_words, &memory.coref);
    let mut quotes = Vec::new();
    // The subject of the sentence before: (sentence, source span, speaker).
    let mut previous_subject: Option<(usize, Span, Speaker)> = None;
    for (index, &sentence) in sentences.iter().enumerate() {
        // Top-level pairs are disjoint and sorted, so ranges and lookups are binary searches.
        let first = pairs.partition_point(|p| p.outer.start < sentence.start);
        let last = pairs.partition_point(|p| p.outer.start < sentence.end);
        let in_sentence = &pairs[first..last];
        // A sentence inside a quote that opened before it, up to a mark or a stop after
        // the closing mark ("… in self-defence".).
        let quoted = first > 0 && {
            let end = pairs[first - 1].outer.end;
            end >= sentence.end
                || (end > sentence.start
                    && doc.chars()[end..sentence.end]
                        .iter()
                        .all(|c| c.is_whitespace() || matches!(c, '.' | '!' | '?')))
        };
        if quoted {
            memory.coref.note_quoted_sentence(index);
        }
        // A quote running over several sentences brings the sentence it closes in.
        let context = in_sentence.iter().fold(sentence, |s, p| {
            let closing = sentences
                .get(sentences.partition_point(|t| t.end < p.outer.end))
                .filter(|t| t.start < p.outer.end)
                .map_or(p.outer.end, |t| t.end);
            Span::new(s.start, s.end.max(closing))
        });
        let reached = sentences
            .partition_point(|t| t.start < context.end)
            .saturating_sub(1)
            .max(index);
        let is_quote = |p: &&Pair| {
            !is_title_or_name(&all_words, sentence, p, recased) && !in_headline(&headlines, p.outer)
        };
        let direct: Vec<Pair> = in_sentence.iter().filter(is_quote).copied().collect();
        // The pairs of the sentences a multi-sentence quote brings in: a reported clause
        // there holds them as fragments (“Absolutely not. Absolutely not,” she replied,
        // remarking that she is “looking for a team” …).
        let in_context = pairs.partition_point(|p| p.outer.start < context.end);
        let woven: Vec<Pair> = pairs[first..in_context.max(last)]
            .iter()
            .filter(is_quote)
            .copied()
            .collect();
        let sw = words_in(&all_words, context);
        let cues = find_cues(sw, &inside);
        // The subject of the sentence, when it names someone: pronouns of later
        // sentences look back to it, and colon introductions and scare quotes use it.
        let subject = subject_phrase(sw, &inside, recased)
            .or_else(|| own_words_subject(sw, &inside))
            // ("The statement from the Kessel Red Cross was short: “…”": a document's
            // author.)
            .map(|ph| authored_by(sw, ph, &cues, &inside).unwrap_or(ph))
            .and_then(|ph| {
                // "Iowa, he said, was …": the phrase before a parenthetical cue with a pronoun
                // is what is reported on, not who speaks.
                if is_parenthetical_pronoun_cue(&sw[ph.end..]) {
                    return None;
                }
                let at = sw[ph.start].span.start;
                let speaker =
                    speakers::resolve(&memory.coref, &sw[ph.head.0..ph.head.1], at, index)?;
                // "Jaish al-Islam said its fighters …": a name of no known gender that "its"
                // looks back to is a body's, as "the group" later is.
                let speaker = match speaker {
                    Speaker::Person(name)
                        if possessed_by_a_body(&sw[ph.end..], &inside)
                            && memory.coref.gender_of(&name) == gender::Gender::Unknown =>
                    {
                        Speaker::Organisation(name)
                    }
                    other => other,
                };
                // ("Officials met reporters on Monday. They said …": people unnamed in the
                // plural are who "they" is.)
                // ("Lena Osei and Ivo Marr visited the camp. “…,” they said": or two
                // people named together.)
                let plural = matches!(&speaker, Speaker::Unnamed(role)
                    if coreference::names_people(role) || coreference::names_a_pair(role));
                // ("A police spokesperson confirmed the stand-off had ended. “…,” he said": one
                // whose role is to speak, when a cue follows in the sentence; not "A soldier
                // was killed".)
                // ("A rebel commander spoke to reporters. He said: “…”": or one person
                // whose verb tells they talked to someone.)
                // ("A nurse was less forgiving. “…,” she said": or one whose mood the
                // sentence tells.)
                // ("A spokesman for the ministry released a statement. “…,” the spokesman
                // said": or one who put out a document.)
                let lex = speakers::lexicon();
                let talking = || {
                    sw.get(ph.end).is_some_and(|w| {
                        !inside(w)
                            && (lex.talking_verbs.contains(w.lower())
                                || (lex.issuing_verbs.contains(w.lower())
                                    && sw[ph.end + 1..]
                                        .iter()
                                        .take(3)
                                        .any(|d| lex.documents.contains(d.lower()))))
                    }) || tells_mood(&sw[ph.end..], &inside)
                };
                let speaking = matches!(&speaker, Speaker::Unnamed(role)
                if coreference::names_one_person(role)
                    && (cues.iter().any(|c| c.first >= ph.end) || talking()));
                // ("The joint statement said … It added": a document "it" may be.)
                let document =
                    matches!(&speaker, Speaker::Unnamed(d) if coreference::names_a_document(d));
                if !matches!(speaker, Speaker::Unnamed(_)) || plural || speaking || document {
                    memory.coref.note(&speaker, at, index);
                }
                super::visits::note(&mut memory.coref, sw, &ph, &speaker, &inside);
                Some((ph, speaker))
            });
        documents::note_introduced(&mut memory.coref, sw, &subject, &inside, index);
        descriptions::note_described(&mut memory.coref, sw, &inside);
        let here = Sentence {
            words: sw,
            cues: &cues,
            inside: &inside,
            subject: &subject,
            index,
        };
        // "And that is why I said “…”", "I think that …", "we wanted to …" in an
        // interviewee's answer: "I" and "we" are the person the paragraph's tag names, and
        // so is a quote the sentence gives no source.
        let tag = transcript.speaker(&all_words, sentence, &memory.coref, index);
        let interviewee = tag.as_ref().map(|(_, _, person)| person.name().to_string());
        let first_person = |source: Option<Span>| {
            interviewee
                .clone()
                .filter(|_| source.is_none_or(|s| interview::is_first_person(doc.original(s))))
        };
        // "((WN)) On your website you state “…”": "you" in the interviewer's paragraph is
        // the interviewee who answers.
        let addressee = tag
            .is_none()
            .then(|| transcript.addressee(&all_words, sentence, &memory.coref, index))
            .flatten();
        let second_person = |source: Option<Span>| {
            addressee
                .as_ref()
                .filter(|_| source.is_some_and(|s| interview::is_second_person(doc.original(s))))
                .map(|p| p.name().to_string())
        };
        // Where the next full quote opens, from each pair on: full quotes end reported clauses.
        let mut next_full: Vec<Option<usize>> = vec![None; woven.len() + 1];
        for k in (0..woven.len()).rev() {
            next_full[k] = if count_words(doc, woven[k].content) >= FULL_QUOTE_WORDS {
                Some(woven[k].outer.start)
            } else {
                next_full[k + 1]
            };
        }
        let full_open = |from: usize| next_full[woven.partition_point(|p| p.outer.start < from)];
        let mut sentence_quotes: Vec<Quote> = Vec::new();
        let mut attributed: Option<Attr> = None;
        let mut reach_extra = 0;
        // Sources found in this sentence, by cue, for "… and added".
        let mut by_cue = ByCue::default();
        for (n, p) in direct.iter().enumerate() {
            let kind = if count_words(doc, p.content)
                + interrupted_words(doc, &direct, n, &cues, sw)
                >= FULL_QUOTE_WORDS
            {
                QuoteKind::Full
            } else {
                QuoteKind::Partial
            };
            // A full quote that stands as the sentence, or opens it ("“…” to drive up
            // the stock price.").
            let opens_sentence = sw
                .iter()
                .find(|w| !w.is_punct())
                .is_some_and(|w| p.outer.contains(w.span));
            // A short quote that is its whole sentence (“Neither do I.”) stands alone too.
            let whole = p.outer.len() * 5 >= sentence.len() * 4;
            let standalone = (kind == QuoteKind::Full
                && (p.outer.len() * 2 >= sentence.len() || opens_sentence))
                || whole;
            let near = nearest_cues(&cues, sw, p);
            let attr = if let Some(&c) = near.first() {
                let mut of_cue =
                    |k: usize| cue_attribution(here, k, p.outer, &mut by_cue, &mut memory);
                let own = of_cue(c);
                // ("A witness said that the gunman shouted “nobody leaves”": a verb of
                // uttering right before the quote keeps it.)
                let reported = (!utters(sw, &cues[c], p.outer.start))
                    .then(|| reporting_cue(sw, c, &cues, &inside, &own))
                    .flatten();
                let own = match reported.map(|(k, agree)| (of_cue(k), agree)) {
                    Some((outer, agree))
                        if outer.speaker.is_some() && (!agree || outer.speaker == own.speaker) =>
                    {
                        outer
                    }
                    _ => own,
                };
                // A cue that names no one ("in states with", "compared to", "in remarks
                // published by") leaves the quote to the next cue that does.
                if own.source.is_some() {
                    own
                } else {
                    near[1..]
                        .iter()
                        .map(|&k| of_cue(k))
                        .find(|a| a.source.is_some())
                        .unwrap_or(own)
                }
            } else if let Some(a) = dash_source(sw, p, &mut memory, &inside, index) {
                a
            } else if let Some(a) = colon_source(sw, p, &subject) {
                a
            } else if let Some(a) = dash_colon_source(sw, p, &mut memory, &inside, index) {
                a
            } else if let Some(a) = tagged_paragraph(&all_words, &tag, &mut memory, index) {
                a
            } else if let Some(a) = (standalone && !opens_sentence)
                .then(|| own_subject_source(sw, p, &subject))
                .flatten()
            {
                a
            } else if standalone {
                // After a question or an exclamation, the short sentence glued to it
                // (“…?” Baal asked.); else the speaker of the sentence before (“…,” Ruiz
                // said. “…”), even across a sentence about the same speaker; else a short
                // sentence right after (“…” Ruiz said so.); else the subject of the
                // sentence before.
                let same_subject = |a: &Attr| {
                    previous_subject.as_ref().is_some_and(|(i, _, s)| {
                        *i + 1 == index && Some(s.name()) == a.speaker.as_deref()
                    })
                };
                let next = sentences.get(reached + 1).copied();
                let pointed = next.and_then(|n| {
                    pointed_source(words_in(&all_words, n), &mut memory, &inside, reached + 1)
                });
                let asked = asked_before(doc, p, context, next);
                let previous = match &memory.previous {
                    Some((reach, a))
                        if reach + 1 == index || (reach + 2 == index && same_subject(a)) =>
                    {
                        Some(a.clone())
                    }
                    _ => None,
                };
                // (The sentence after is read once, and only when it may attribute.)
                let after = (asked || previous.is_none())
                    .then(|| {
                        next_sentence_source(&all_words, next, &mut memory, &inside, reached + 1)
                    })
                    .flatten();
                match (pointed, after, previous) {
                    (Some(a), _, _) => {
                        reach_extra = 1;
                        a
                    }
                    (None, Some(a), _) if asked => {
                        reach_extra = 1;
                        a
                    }
                    (None, _, Some(a)) => a,
                    (None, Some(a), None) => {
                        reach_extra = 1;
                        a
                    }
                    (None, None, None) => match &previous_subject {
                        Some((i, span, speaker))
                            if *i + 1 == index && !matches!(speaker, Speaker::Unnamed(_)) =>
                        {
                            Attr {
                                cue: None,
                                source: Some(*span),
                                speaker: Some(speaker.name().to_string()),
                            }
                        }
                        _ => Attr::default(),
                    },
                }
            } else {
                scare_quote_source(sw, p, &subject)
            };
            // ("The minister “strongly condemned” …", "The ministry on Sunday
            // “categorically rejected” remarks by …": a quote left without a source,
            // with no cue or one after it that names no one, that is the verb of the
            // subject is the subject's words, an unnamed one's too.)
            let attr = match &subject {
                Some((phrase, speaker))
                    if attr.source.is_none() && verb_of_subject(sw, p, phrase, &inside) =>
                {
                    subject_source(sw, phrase, speaker)
                }
                _ => attr,
            };
            let attr = Attr {
                speaker: second_person(attr.source)
                    .or_else(|| attr.speaker.clone())
                    .or_else(|| first_person(attr.source)),
                ..attr
            };
            if attr.is_some() {
                attributed = Some(attr.clone());
            }
            sentence_quotes.push(Quote {
                span: p.content,
                kind,
                cue: attr.cue,
                source: attr.source,
                speaker: attr.speaker,
                fragments: vec![],
                context,
            });
        }
        let mut reported =
            reported_speech(doc, here, &woven, &full_open, &by_cue, &mut memory, context);
        for r in reported.iter_mut() {
            r.speaker = second_person(r.source)
                .or_else(|| r.speaker.take())
                .or_else(|| first_person(r.source));
        }
        // ("“…,” Omar Latif told police, according to a transcript. “…”": a document
        // a quote's words are read from gives the next quote no speaker of its own.)
        let documented = |r: &Quote| {
            attributed.as_ref().is_some_and(|a| a.speaker.is_some())
                && r.speaker
                    .as_deref()
                    .is_some_and(super::coreference::names_a_document)
        };
        if let Some(r) = reported.last().filter(|r| !documented(r)) {
            attributed = Some(Attr {
                cue: r.cue,
                source: r.source,
                speaker: r.speaker.clone(),
            });
        }
        // Partial quotes inside a reported clause are its fragments.
        let mut clauses: Vec<Span> = reported.iter().map(|r| r.span).collect();
        clauses.sort_by_key(|c| c.start);
        sentence_quotes.retain(|q| {
            let k = clauses.partition_point(|c| c.start <= q.span.start);
            !(q.kind == QuoteKind::Partial && k > 0 && clauses[k - 1].contains(q.span))
        });
        sentence_quotes.extend(reported);
        // "When Martinez was asked …, she replied:" and the quote as a paragraph of its
        // own: a sentence that ends on a cue and a colon introduces the next one's quote.
        if attributed.is_none() && direct.is_empty() {
            attributed = colon_introduction(here, &mut memory);
        }
        if let Some(a) = attributed.filter(|a| a.cue.is_some() || a.source.is_some()) {
            memory.previous = Some((reached + reach_extra, a));
        }
        previous_subject = subject.map(|(ph, sp)| (index, phrase_span(sw, &ph), sp));
        quotes.extend(sentence_quotes);
    }
    quotes.sort_by_key(|q| q.span.start);
    remove_overlaps(&mut quotes);
    named_later(doc, sentences, &mut quotes);
    repeated_words(doc, &mut quotes);
    let quotes = quotes
        .into_iter()
        .flat_map(|q| by_paragraph(doc, q))
        .collect();
    let warnings = marks
        .warnings
        .into_iter()
        .map(|w| Warning {
            code: w.code.to_string(),
            message: w.message,
            start: w.span.start,
            end: w.span.end,
        })
        .collect();
    Extraction { quotes, warnings }
}

/// The lines of the document that are headlines: short title-case lines. Quotation marks in a headline are no quote of anyone's.
fn headline_lines(doc: &Document) -> Vec<Span> {
    let chars = doc.chars();
    let mut out = Vec::new();
    let mut start = 0;
    for end in (0..=chars.len()).filter(|&i| i == chars.len() || chars[i] == '\n') {
        let line = doc.trim(Span::new(start, end));
        start = end + 1;
        if line.is_empty() || line.len() > 200 {
            continue;
        }
        let text = &chars[line.start..line.end];
        if matches!(text.last(), Some(',' | ';' | ':')) {
            continue;
        }
        let mut words = 0;
        let mut capitalised = 0;
        let mut at_word = true;
        for (k, &c) in text.iter().enumerate() {
            if c.is_alphabetic() && at_word {
                let len = text[k..].iter().take_while(|c| c.is_alphabetic()).count();
                if len > 3 {
                    words += 1;
                    capitalised += usize::from(c.is_uppercase());
                }
            }
            at_word = !c.is_alphanumeric() && !matches!(c, '\'' | '’');
        }
        if words >= 3 && capitalised * 10 >= words * 8 {
            out.push(line);
        }
    }
    out
}

fn in_headline(headlines: &[Span], span: Span) -> bool {
    let k = headlines.partition_point(|h| h.end <= span.start);
    headlines.get(k).is_some_and(|h| h.contains(span))
}

/// The subject of a sentence, when it can name a speaker: the noun phrase that opens
/// it, after a leading phrase up to its comma ("In his interview with 2M, Khiame said
/// …"), with an appositive ("The envoy, Ghassan Salame, was blunt"). `recased`: the
/// capitals are [`casing::recase`]'s guesses.
fn subject_phrase(sw: &[Word], inside: source::Inside, recased: bool) -> Option<Phrase> {
    let first = super::words::after_dateline(sw).unwrap_or(0);
    // "[OPPES] However, the armed forces high command denied …": a transcript's tag of
    // who speaks opens no subject; nor does a scraped page's "[Click to enlarge]" (in
    // recased wire copy, "[BEGIN RECORDING]" stays where it is read today).
    let aside = || {
        (!recased && sw.get(first)?.text() == "[")
            .then(|| sw[first..].iter().take(8).position(|w| w.text() == "]"))
            .flatten()
    };
    let first = first
        + interview::bracketed_tag(&sw[first..])
            .map(|(_, _, last)| last)
            .or_else(aside)
            .map_or(0, |last| last + 1);
    let first = first + sw[first..].iter().position(|w| !w.is_punct())?;
    // "And Mr. Christie gloated: “…”", "But the mayor was blunt": a conjunction that
    // opens the sentence is no part of its subject.
    let first = if matches!(sw[first].lower(), "and" | "but" | "yet" | "so" | "or")
        && sw
            .get(first + 1)
            .is_some_and(|n| !n.is_punct() && !inside(n))
    {
        first + 1
    } else {
        first
    };
    // "Tags Qatar Syria Aleppo MSF hospitals An attack on …": a scraped page's tag line
    // runs into the sentence after it and is no subject.
    if inside(&sw[first]) || super::words::opens_tag_line(&sw[first]) {
        return None;
    }
    // "The latter was blunt: “…”": the one named last (or "the former", before them),
    // before its verb (not "The former chairman of …").
    let latter = |j: usize| {
        sw.get(j).is_some_and(|w| w.lower() == "the")
            && sw
                .get(j + 1)
                .is_some_and(|w| matches!(w.lower(), "latter" | "former"))
            && sw.get(j + 2).is_some_and(|w| {
                !inside(w)
                    && (is_be(w.lower())
                        || super::words::is_auxiliary(w.lower())
                        || w.lower().ends_with("ed"))
            })
    };
    if latter(first) {
        return Some(Phrase::plain(first, first + 2));
    }
    // "Once in my twenties, I …", "Meanwhile, it …": a capital that only opens the
    // sentence makes no subject.
    let lex = speakers::lexicon();
    let w = sw[first].lower();
    // "US State Department spokesman …": an acronym is no common word.
    let acronym =
        sw[first].text().chars().count() > 1 && sw[first].text().chars().all(char::is_uppercase);
    // ("Whenever the family would say, “…”": or a word that is never a name's.)
    let ordinary = !acronym
        && (casing::is_common(w) || super::mentions::is_not_name(w))
        && !speakers::lexicon().np_words.contains(w)
        && !lex.roles.contains(w)
        && !lex.orgs.contains(w)
        && !lex.pronouns.contains(w)
        && !lex.titles.contains(w);
    // "Regional Governor Ana Ruiz agreed", "Key regime ally Iran welcomed": a common word
    // before a capitalised word or a role is an adjective of the subject; so is an age
    // ("76-year-old Morton Blackwell").
    let age = appositive::is_age(w);
    // ("Key regime ally Iran welcomed": or before a noun and a role or a relation.)
    // ("Rights groups held …", "Aid agencies warned …": or before a body's word.)
    let names_or_role = |n: &Word| {
        !inside(n)
            && (n.is_capitalized()
                || lex.is_role_or_title(n.lower())
                || lex.is_body_word(n.lower()))
    };
    let noun_then_role = sw.get(first + 1).is_some_and(|n| {
        !inside(n)
            && !n.is_punct()
            && !n.is_capitalized()
            && !speakers::DETERMINERS.contains(&n.lower())
    }) && sw.get(first + 2).is_some_and(|n| {
        // ("Another former detainee told …": or a person's noun.)
        !inside(n)
            && (lex.roles.contains(n.lower())
                || lex.relations.contains(n.lower())
                || lex.unnamed_people.contains(n.lower()))
    });
    let adjective = (ordinary || age)
        && !speakers::lexicon().is_sentence_opener(w)
        && !w.ends_with("ly")
        && !PHRASE_OPENERS.contains(&w)
        && (sw.get(first + 1).is_some_and(names_or_role) || noun_then_role);
    // "Dashing into a closed-door luncheon, Senator Ana Ruiz called …": a participle
    // opens a phrase, not the subject.
    // "Reprising one of her lines, …", "Smiling broadly, …": any -ing word before a
    // lowercase word that is no cue ("Manning said" is a name).
    // ("Regarding Panama, the president said": a preposition in "-ing" before a name.)
    let participle = matches!(w, "regarding" | "concerning")
        || w.ends_with("ing")
            && sw.get(first + 1).is_some_and(|n| {
                !n.is_capitalized()
                    && !n.is_punct()
                    && (casing::is_common(w)
                        || casing::is_verb_form(w)
                        || cues::starting_with(n.lower()).is_empty()
                        || matches!(
                            n.lower(),
                            "into" | "through" | "across" | "onto" | "toward" | "towards" | "out"
                        ))
            });
    // "Underwhelmed with her role, she left …", "Frustrated by the delay, the minister
    // …": a past participle before a preposition opens a phrase too (not a first name,
    // "Ahmed with his brother").
    let past_participle = w.ends_with("ed")
        && w.chars().count() > 5
        && !super::gender::is_first_name(sw[first].text())
        && sw.get(first + 1).is_some_and(|n| {
            matches!(
                n.lower(),
                "with" | "by" | "about" | "at" | "over" | "from" | "in" | "to"
            )
        });
    // "Moreover, as part of the exchange, Gowdy said": a connective and its comma.
    let connective = sw.get(first + 1).is_some_and(|n| n.text() == ",")
        && (lex.is_sentence_opener(w) || casing::is_adverb(w));
    // "A month later, Ana Ruiz defended …", "Two weeks ago, the ministry …": a span of
    // time and its comma open the sentence.
    let time_span = matches!(w, "a" | "an" | "one" | "two" | "three" | "several" | "some")
        && sw
            .get(first + 1)
            .is_some_and(|n| lex.time.contains(n.lower().trim_end_matches('s')))
        && sw
            .get(first + 2)
            .is_some_and(|n| matches!(n.lower(), "later" | "earlier" | "ago" | "before"))
        && sw.get(first + 3).is_some_and(|n| n.text() == ",");
    let opens_with_phrase = participle
        || past_participle
        || connective
        || time_span
        || !adjective && (!source::is_np_word(&sw[first]) || ordinary)
        || matches!(
            w,
            "in" | "on" | "at" | "after" | "before" | "during" | "for" | "with" | "as"
        );
    // "Puzzlingly the ministry also said" (text without commas): an adverb before an
    // article opens the sentence, the subject follows.
    // "Then he cut into Bush, calling him …": or before a personal pronoun.
    // ("Puzzlingly", "Oddly": any -ly word before an article, whose stem may be no
    // common word; no name runs into "the".)
    let next = sw.get(first + 1);
    let article_next = next.is_some_and(|n| matches!(n.lower(), "the" | "a" | "an"));
    let pronoun_next = next.is_some_and(|n| subject_pronoun(n, true) && !inside(n));
    // "However Russia's deputy ambassador cast doubt …": a connective before a capital
    // (not a determiner: "Some Syrians" is the subject).
    let name_next = next.is_some_and(|n| n.is_capitalized() && !inside(n))
        && (casing::is_adverb(w) || lex.connectives.contains(w));
    let adverb_opens = ((casing::is_adverb(w) || lex.is_sentence_opener(w))
        && (article_next || pronoun_next))
        || name_next
        || (article_next && w.ends_with("ly") && w.chars().count() > 4);
    let from = if adverb_opens {
        first + 1
    } else if opens_with_phrase {
        // ("Asked on Monday whether Mr. Clinton would hold a cabinet position, …", "At
        // the party's meeting in Boston the summer after the loss, …": a participle's or
        // a preposition's phrase may be longer.)
        let long = participle || PHRASE_OPENERS.contains(&w);
        let reach = &sw[first..(first + if long { 16 } else { 12 }).min(sw.len())];
        // "On Friday Doctors Without Borders released …", "On 14 April the ministry
        // said" (text without commas): a short opening phrase of time, then the subject.
        // (Days and parts of them, not dates: "On 21 March Veja" reads as a name.)
        let timed = reach
            .iter()
            .skip(1)
            .take_while(|w| {
                !inside(w) && lex.time.contains(w.lower()) && !super::words::is_month(w.lower())
            })
            .count();
        // "On 15 Feb 2016 Turkish Prime Minister Ahmed Davutoglu said": a full date, a
        // day's number, a month and a year, is a phrase of time too.
        let full_date = matches!(
            reach.get(1..4),
            Some([d, m, y])
                if d.text().len() <= 2
                    && d.text().chars().all(|c| c.is_ascii_digit())
                    && super::words::is_month(m.lower())
                    && is_year(y.text())
        );
        let (timed, after_time) = if full_date && w == "on" {
            (3, first + 4)
        } else {
            (timed, first + 1 + timed)
        };
        if matches!(w, "on" | "last" | "earlier" | "later" | "this")
            && (1..=3).contains(&timed)
            && sw.get(after_time).is_some_and(|n| {
                !inside(n) && (n.is_capitalized() || matches!(n.lower(), "the" | "a" | "an"))
            })
        {
            if let Some(phrase) = appositive::forward(sw, after_time, inside) {
                // Past a bracketed aside ("Doctors Without Borders [MSF] released").
                let mut k = phrase.end;
                if sw.get(k).is_some_and(|w| matches!(w.text(), "[" | "(")) {
                    if let Some(close) =
                        (k + 1..(k + 6).min(sw.len())).find(|&j| matches!(sw[j].text(), "]" | ")"))
                    {
                        k = close + 1;
                    }
                }
                let next = sw.get(k);
                // ("LAST WEEK FRANCISCO MERINO'S RESIDENCE": a possessive is no subject.)
                let possessive = sw[phrase.end - 1].lower().ends_with("'s");
                // ("But on Saturday the Observatory which monitors violence …": no
                // relative clause.)
                let relative = sw[phrase.start..k]
                    .iter()
                    .chain(next)
                    .any(|w| matches!(w.lower(), "which" | "who" | "that"));
                if !possessive
                    && !relative
                    && next.is_some_and(|n| verb_follows(sw, &phrase, n, inside))
                {
                    return Some(phrase);
                }
            }
        }
        // "In the execution chamber he apologized …" (no comma before the pronoun): a
        // personal pronoun after a short opening phrase of place or time is the subject
        // (not one in a clause of its own: "Asked what he would like …", "Despite signs
        // that he …").
        let place_or_time = matches!(w, "in" | "on" | "at" | "during" | "after" | "before");
        let pronoun = reach
            .iter()
            .take(7)
            .position(|w| subject_pronoun(w, false) && !inside(w))
            .filter(|&k| {
                k > 1
                    && reach[1..k].iter().all(|w| {
                        !w.is_punct()
                            && !casing::is_verb_form(w.lower())
                            && !matches!(
                                w.lower(),
                                "that"
                                    | "if"
                                    | "what"
                                    | "when"
                                    | "whether"
                                    | "who"
                                    | "which"
                                    | "as"
                            )
                    })
            });
        if let Some(k) = pronoun.filter(|_| place_or_time) {
            return Some(Phrase::plain(first + k, first + k + 1));
        }
        // "In Qaterji a man stood …" (text without commas): a place's name of up to three
        // words after "in", then an article: the subject opens on the article.
        if matches!(w, "in" | "near" | "at") {
            let place = reach
                .iter()
                .skip(1)
                .take_while(|w| w.is_capitalized() && !inside(w))
                .count();
            let article = first + 1 + place;
            if (1..=3).contains(&place)
                && sw
                    .get(article)
                    .is_some_and(|a| matches!(a.lower(), "a" | "an" | "the"))
            {
                if let Some(phrase) = appositive::forward(sw, article, inside) {
                    let next = sw.get(phrase.end);
                    if next.is_some_and(|n| verb_follows(sw, &phrase, n, inside)) {
                        return Some(phrase);
                    }
                }
            }
        }
        // "Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs.
        // Clinton shook her head": past the opening phrase's comma.
        let comma = reach.iter().position(|w| w.text() == "," && !inside(w))?;
        // Past the comma and a closing quotation mark after it.
        let mut k = first + comma + 1;
        while sw.get(k).is_some_and(|w| w.is_punct()) {
            k += 1;
        }
        // ("In a statement signed by his spokesman, Garba Shehu, Governor Bello Tanko
        // condemned …": a person's name between commas beside the role that ends a
        // phrase of a preposition is the phrase's.)
        let role_end = sw[first + comma - 1].lower();
        if lex.fronting_prepositions.contains(w)
            && !sw[first + comma - 1].is_capitalized()
            && lex.is_role_or_title(role_end)
        {
            let named_to = (k..(k + 6).min(sw.len()))
                .take_while(|&j| !inside(&sw[j]) && (sw[j].is_capitalized() || sw[j].text() == ","))
                .find(|&j| sw[j].text() == ",")
                .filter(|&c| {
                    super::mentions::person_names(&sw[k..c])
                        .first()
                        .is_some_and(|m| m.end == sw[c - 1].span.end)
                });
            if let Some(c) = named_to {
                k = c + 1;
            }
        }
        past_region(sw, first + comma, k, inside)
    } else {
        first
    };
    // "Moreover, as part of the exchange with Clinton, Gowdy said", "A month later,
    // during the debate, Ana Ruiz defended": a second opening phrase after the
    // connective's or the span of time's comma.
    let from = if (connective || time_span)
        && matches!(
            sw.get(from).map(Word::lower),
            Some("as" | "in" | "on" | "at" | "after" | "before" | "during" | "with" | "for")
        ) {
        let comma = sw[from..(from + 12).min(sw.len())]
            .iter()
            .position(|w| w.text() == "," && !inside(w))?;
        from + comma + 1
    } else {
        from
    };
    // "Wednesday, the same day that he dropped out, Bloomberg endorsed …": a day the
    // sentence opens with, described between commas, is no subject.
    let time_comma = |j: usize| {
        sw.get(j).is_some_and(|w| lex.time.contains(w.lower()))
            && sw.get(j + 1).is_some_and(|w| w.text() == ",")
    };
    let description = if time_comma(from) {
        Some(from + 2)
    } else {
        (from >= 2 && time_comma(from - 2)).then_some(from)
    }
    .filter(|&d| {
        sw.get(d)
            .is_some_and(|w| matches!(w.lower(), "the" | "a" | "an"))
    });
    let from = description
        .and_then(|d| {
            const REACH: usize = 12;
            (d + 1..(d + REACH).min(sw.len()))
                .take_while(|&j| !inside(&sw[j]))
                .find(|&j| sw[j].text() == ",")
                .filter(|&comma| {
                    sw[d + 1..comma]
                        .iter()
                        .any(|w| w.lower() == "day" || lex.time.contains(w.lower()))
                })
        })
        .map_or(from, |comma| comma + 1);
    // "His neighbour, Samer Kanjo, was more cautious", "His counterpart in Salqin, Yahya
    // Othman, was even blunter": a determiner and a noun of no role, then a person's name
    // between commas, and a verb.
    if let Some(phrase) = named_in_apposition(sw, from, inside) {
        return Some(phrase);
    }
    // ("Asked about the pipeline, the latter was blunt: “…”".)
    if latter(from) {
        return Some(Phrase::plain(from, from + 2));
    }
    let phrase = appositive::forward(sw, from, inside)?;
    // ("An armed group calling itself the Red Dawn Front claimed …": the name it gives
    // itself.)
    let phrase = alias_given(sw, phrase, inside).unwrap_or(phrase);
    // "A former teacher, he disagreed …", "An African American, she …": a description
    // before a comma and a personal pronoun is no subject; the pronoun is.
    let described = matches!(sw[phrase.start].lower(), "a" | "an");
    if described
        && sw.get(phrase.end).is_some_and(|w| w.text() == ",")
        && sw
            .get(phrase.end + 1)
            .is_some_and(|w| subject_pronoun(w, false) && !inside(w))
    {
        return Some(Phrase::plain(phrase.end + 1, phrase.end + 2));
    }
    // "Lena Osei and Ivo Marr visited …": two names joined are the subject together.
    let phrase = sw
        .get(phrase.end)
        .filter(|w| w.lower() == "and" && sw[phrase.head.0].is_capitalized())
        .and_then(|_| appositive::forward(sw, phrase.end + 1, inside))
        .filter(|second| {
            sw[second.head.0].is_capitalized()
                && !super::mentions::person_names(&sw[phrase.head.0..phrase.head.1]).is_empty()
                && !super::mentions::person_names(&sw[second.head.0..second.head.1]).is_empty()
        })
        .map_or(phrase, |second| Phrase {
            start: phrase.start,
            end: second.end,
            head: (phrase.head.0, second.head.1),
        });
    // A verb, not punctuation, follows a subject, also after a short capitalised
    // appositive ("Senator Lena Voss, Liberal of Selim, called").
    let mut k = phrase.end;
    if sw.get(k).is_some_and(|w| w.text() == ",") {
        k += 1;
        if sw.get(k).is_some_and(|w| w.is_capitalized() && !inside(w)) {
            if let Some(c) = (k..(k + 8).min(sw.len()))
                .take_while(|&j| !inside(&sw[j]))
                .find(|&j| sw[j].text() == ",")
            {
                k = c + 1;
            }
        }
    }
    let next = sw.get(k)?;
    // "Foreign Minister Lotte Brenner: “…”", "- Kessel President Matti Koski: “…”": a person's
    // name before a colon and a quote (a list of who said what) is the quote's subject.
    let named_colon = next.text() == ":"
        && k == phrase.end
        && sw
            .get(k + 1)
            .is_some_and(|q| inside(q) || matches!(q.text(), "“" | "\"" | "‘"))
        && super::mentions::person_names(&sw[phrase.start..phrase.end])
            .last()
            .is_some_and(|m| m.end == sw[phrase.end - 1].span.end);
    (named_colon
        || (k == phrase.end && quoted_verb(sw, k, inside).is_some())
        || verb_follows(sw, &phrase, next, inside))
    .then_some(phrase)
}

/// "The minister “strongly condemned” the attack", "The ministry on Sunday “categorically
/// rejected” the remarks": a quote that opens at `k`, right after a subject (or a day
/// after it), on a verb in the past tense or an adverb and a verb, is the verb of the
/// sentence: the subject's own words. Where the quote's first word is.
fn quoted_verb(sw: &[Word], k: usize, inside: source::Inside) -> Option<usize> {
    let lex = speakers::lexicon();
    let time = |w: &Word| !inside(w) && lex.time.contains(w.lower());
    let k = match sw.get(k..) {
        Some([on, day, ..]) if on.lower() == "on" && time(day) => k + 2,
        Some([day, ..]) if time(day) => k + 1,
        _ => k,
    };
    let first = k + sw[k..]
        .iter()
        .take(2)
        .position(|w| !w.is_punct() && inside(w))?;
    // (A verb of saying one word long, no verb of force or manner the reporter chose:
    // "Canova “bristled”" tells how she took a question.)
    let verb = |w: &Word| {
        !w.is_capitalized()
            && cues::starting_with(w.lower())
                .iter()
                .any(|c| c.words.len() == 1 && !c.force)
    };
    let adverb = |w: &Word| {
        !w.is_capitalized() && w.lower().chars().count() > 4 && w.lower().ends_with("ly")
    };
    let opens = (k..first).all(|j| sw[j].is_punct()) && sw[first - 1].text() != "(";
    (opens
        && (verb(&sw[first])
            || (adverb(&sw[first]) && sw.get(first + 1).is_some_and(|w| inside(w) && verb(w)))))
    .then_some(first)
}

/// "was less forgiving", "seemed angry": after a subject, a form of "be" (or "seemed",
/// "sounded") and an adjective tell the subject's mood, as before words of their own;
/// not a participle or a preposition ("was killed", "was among the dead", "was hurt").
fn tells_mood(after: &[Word], inside: source::Inside) -> bool {
    let lex = speakers::lexicon();
    after.first().is_some_and(|w| {
        !inside(w) && matches!(w.lower(), "was" | "is" | "were" | "seemed" | "sounded")
    }) && after[1..]
        .iter()
        .find(|w| {
            !matches!(
                w.lower(),
                "less" | "more" | "very" | "not" | "also" | "far" | "visibly"
            )
        })
        .is_some_and(|w| {
            let l = w.lower();
            !inside(w)
                && !w.is_capitalized()
                && !w.is_punct()
                && (!casing::is_verb_form(l) || l.ends_with("ing"))
                && !l.ends_with("ed")
                && !l.ends_with("en")
                && !speakers::DETERMINERS.contains(&l)
                && !lex.place_prepositions.contains(l)
                && !lex.clause_prepositions.contains(l)
                && !matches!(
                    l,
                    "among"
                        | "one"
                        | "still"
                        | "being"
                        | "hurt"
                        | "shot"
                        | "struck"
                        | "hit"
                        | "found"
                        | "taken"
                )
        })
}

/// "His neighbour, Samer Kanjo, was more cautious": at `from`, a determiner and up to
/// four lowercase words (a place's name after a preposition among them), a comma,
/// exactly a person's name, a comma and a word that is no name: the phrase up to the
/// second comma, the name its head.
fn named_in_apposition(sw: &[Word], from: usize, inside: source::Inside) -> Option<Phrase> {
    if !speakers::DETERMINERS.contains(&sw.get(from)?.lower()) {
        return None;
    }
    // (A place after a preposition may follow the noun: "His counterpart in Salqin,";
    // so may the body or the place a role is of: "The Governor of Kwara State,".)
    let lex = speakers::lexicon();
    let first = (from + 2..(from + 8).min(sw.len())).find(|&j| sw[j].text() == ",")?;
    let words = &sw[from + 1..first];
    let preposition = words
        .iter()
        .enumerate()
        .position(|(j, w)| {
            matches!(w.lower(), "in" | "at" | "from")
                || (matches!(w.lower(), "of" | "for")
                    && j > 0
                    && lex.is_role_or_title(words[j - 1].lower()))
        })
        .unwrap_or(words.len());
    let plain = |(j, w): (usize, &Word)| {
        !w.is_punct()
            && !inside(w)
            && (!w.is_capitalized()
                || (j > preposition && j > 1)
                || (j < preposition && lex.is_role_or_title(w.lower())))
    };
    // (The noun, maybe after an adjective, is whom the name is: not "A picture of this
    // nurse, Martha Garcia,".)
    if preposition > 2 || !words.iter().enumerate().all(plain) {
        return None;
    }
    let second = (first + 2..(first + 6).min(sw.len())).find(|&j| sw[j].text() == ",")?;
    let names = super::mentions::person_names(&sw[first + 1..second]);
    let exactly = names.len() == 1
        && names[0].at == sw[first + 1].span.start
        && names[0].end == sw[second - 1].span.end;
    let verb = sw
        .get(second + 1)
        .is_some_and(|w| !w.is_punct() && !w.is_capitalized() && !inside(w));
    (exactly && verb).then_some(Phrase {
        start: from,
        end: second,
        head: (first + 1, second),
    })
}

/// "Her verdict was simple: “…”", "His answer came quickly: “…”": a sentence that opens
/// on a possessive pronoun and a noun of one's own words has their owner for its
/// subject (read by [`speakers::resolve`]).
fn own_words_subject(sw: &[Word], inside: source::Inside) -> Option<Phrase> {
    let first = sw.iter().position(|w| !w.is_punct())?;
    let opening: Vec<&Word> = sw.get(first..first + 2)?.iter().collect();
    (speakers::own_words(&opening) && !inside(opening[0])).then(|| Phrase::plain(first, first + 2))
}

/// Whether words `s..e`, after a comma and before a participle, are the participle's own
/// subject ("…, witnesses claiming he …", "…, police spokesman Ulf Johansson saying"):
/// name, title, role and determiner words only, no list ("Dell, Apple, Sony and Toshiba
/// alleging": a capital or "and" before the comma or inside the words).
fn absolute_subject(sw: &[Word], s: usize, e: usize) -> bool {
    s > 1
        && sw[s - 1].text() == ","
        && !sw[s - 2].is_capitalized()
        && !sw[s - 2].is_punct()
        && sw[s..e]
            .iter()
            .all(|w| source::is_np_word(w) && w.lower() != "and")
}

/// "“…,” the statement said, quoting party leader Ana Sorel", "state media reported,
/// quoting a police official": the words are those of whom the source quotes, right after
/// the cue or the source phrase and a comma.
fn quoting_after(sw: &[Word], after: usize, inside: source::Inside) -> Option<Phrase> {
    let [comma, quoting, ..] = sw.get(after..)? else {
        return None;
    };
    if comma.text() != "," || quoting.lower() != "quoting" || inside(comma) || inside(quoting) {
        return None;
    }
    let start = after + 2;
    let end = source::np_forward(sw, start, inside);
    (end > start).then(|| Phrase::plain(start, end))
}

/// "according to a tweet on Monday by Secretary of State Ana Ruiz", "a statement by
/// the ministry said", "according to a statement from police": a document whose author
/// follows "by" (or "from" right after it) speaks for the author; the phrase runs on to
/// the author's name, its head, which the first of the sentence's `cues` after it ends.
fn authored_by(
    sw: &[Word],
    phrase: Phrase,
    cues: &[Cue],
    inside: source::Inside,
) -> Option<Phrase> {
    const REACH: usize = 6;
    let noun = sw.get(phrase.head.1.checked_sub(1)?)?;
    if noun.is_capitalized() || !speakers::lexicon().documents.contains(noun.lower()) {
        return None;
    }
    // Between the noun and "by": when, where and how it came out ("on Monday", "posted
    // online", "released"), no clause ("the statement adds that … used by").
    let lex = speakers::lexicon();
    let by = (phrase.head.1..sw.len().min(phrase.head.1 + REACH))
        .take_while(|&k| {
            let w = &sw[k];
            let l = w.lower();
            !w.is_punct()
                && !inside(w)
                && (l == "by"
                    || (k == phrase.head.1 && l == "from")
                    || lex.time.contains(l)
                    || w.is_capitalized()
                    || matches!(
                        l,
                        "on" | "online"
                            | "in"
                            | "this"
                            | "last"
                            | "earlier"
                            | "released"
                            | "posted"
                            | "issued"
                            | "published"
                            | "signed"
                            | "written"
                            | "sent"
                            | "shared"
                    ))
        })
        // ("a statement from police": or "from" right after the noun.)
        .find(|&k| sw[k].lower() == "by" || (k == phrase.head.1 && sw[k].lower() == "from"))
        .filter(|&by| by + 1 < sw.len())?;
    let author = appositive::after_cue(sw, by + 1, inside)?;
    // ("A statement issued by the council called for “…”": the sentence's cue ends the
    // author's name.)
    let author = match cues
        .iter()
        .find(|c| c.first > by + 1 && c.first < author.end)
    {
        Some(c) => Phrase {
            start: author.start,
            end: c.first,
            head: (author.head.0, author.head.1.min(c.first)),
        },
        None => author,
    };
    Some(Phrase {
        start: phrase.start,
        end: author.end.max(phrase.end),
        head: author.head,
    })
}

/// Whether the first possessive pronoun after a sentence's subject (`rest`, before any
/// other name or personal pronoun) is "its": what the subject owns is a body's.
/// (A place or a platform after a preposition is passed over: "said in a statement on
/// Telegram that its fighters".)
fn possessed_by_a_body(rest: &[Word], inside: source::Inside) -> bool {
    let words: Vec<&Word> = rest
        .iter()
        .filter(|w| !inside(w))
        .take_while(|w| w.text() != ".")
        .collect();
    words
        .iter()
        .enumerate()
        .find(|&(k, w)| {
            (w.is_capitalized() && !placed_run(&words, k))
                || matches!(
                    w.lower(),
                    "its" | "his" | "her" | "their" | "he" | "she" | "they" | "it"
                )
        })
        .is_some_and(|(_, w)| w.text() == "its")
}

/// Whether the capitalised word `k` of `words` opens or continues a run of capitals
/// right after a preposition of place ("on Telegram", "in Kessel City").
fn placed_run(words: &[&Word], k: usize) -> bool {
    let start = words[..=k]
        .iter()
        .rposition(|w| !w.is_capitalized())
        .map_or(0, |j| j + 1);
    start > 0
        && matches!(
            words[start - 1].lower(),
            "on" | "in" | "via" | "at" | "through"
        )
}

/// The personal pronouns that can be a sentence's subject and stand for someone named
/// before ("he", "she", "they", "we"; "I" only where a cue follows it).
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we"];

/// Whether `w` is one of [`SUBJECT_PRONOUNS`], or "I" when `with_i`.
fn subject_pronoun(w: &Word, with_i: bool) -> bool {
    SUBJECT_PRONOUNS.contains(&w.lower()) || (with_i && w.lower() == "i")
}

/// Verbs after which an object, not the subject, does what the infinitive says ("asked
/// the witness to say", "a win that led her to declare").
const OBJECT_SAYS: &[&str] = &[
    "asked",
    "asks",
    "urged",
    "urges",
    "told",
    "invited",
    "forced",
    "allowed",
    "encouraged",
    "persuaded",
    "pressed",
    "challenged",
    "led",
    "leads",
    "prompted",
    "called",
];

/// Words that open a phrase before a sentence's subject, never an adjective of it
/// ("In", "After", "Asked", "According"): the subject is after the phrase's comma.
const PHRASE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "for",
    "with",
    "as",
    "from",
    "by",
    "to",
    "of",
    "since",
    "until",
    "under",
    "over",
    "about",
    "against",
    "among",
    "between",
    "through",
    "despite",
    "following",
    "amid",
    "when",
    "while",
    "if",
    "although",
    "though",
    "because",
    "once",
    "asked",
    "speaking",
    "according",
];

/// Whether `phrase` can name a speaker and `next`, the word after it, can be its verb: a
/// lowercase word, not punctuation, not quoted.
fn verb_follows(sw: &[Word], phrase: &Phrase, next: &Word, inside: source::Inside) -> bool {
    source::can_name_speaker(sw, phrase.head.0, phrase.head.1)
        && !next.is_punct()
        && !next.is_capitalized()
        && !inside(next)
}

/// "Speaking at a town hall in Salem, New Hampshire, Trump said": after an opening
/// phrase that ends on a place (its comma at `comma`, the next word at `k`), the
/// place's region and its comma are part of the phrase. Where the subject starts.
fn past_region(sw: &[Word], comma: usize, k: usize, inside: source::Inside) -> usize {
    let lex = speakers::lexicon();
    let place_before = sw[comma - 1].is_capitalized()
        && sw[comma.saturating_sub(4)..comma - 1]
            .iter()
            .any(|w| matches!(w.lower(), "in" | "near" | "at" | "from"));
    if !place_before {
        return k;
    }
    let run = sw[k..]
        .iter()
        .take(4)
        .take_while(|w| w.is_capitalized() && !inside(w))
        .count();
    let region = (1..=3).contains(&run)
        && sw.get(k + run).is_some_and(|w| w.text() == ",")
        // Not a person ("In Salem, Ana Ruiz, the mayor, said"), a role or a body.
        && !gender::is_first_name(sw[k].text())
        && !lex.is_role_or_title(sw[k].lower())
        && !lex.orgs.contains(sw[k + run - 1].lower())
        && sw
            .get(k + run + 1)
            .is_some_and(|w| w.is_capitalized() || w.lower() == "the");
    if region {
        k + run + 1
    } else {
        k
    }
}

/// "Handal said that the guerrillas have proposed nine points “…”": a quote whose cue
/// `c` stands inside the clause another cue reports ("said that …") is the reporter's
/// when its own source names no one (a person's name would): the reporter chose the
/// words. "Obama said he expected that Americans will say “no”": a personal pronoun
/// right after the reporting cue, or after its "that", is the reporter's too when it
/// refers to the same speaker. The reporting cue, if so, and whether the speakers must
/// agree.
fn reporting_cue(
    sw: &[Word],
    c: usize,
    cues: &[Cue],
    inside: source::Inside,
    own: &Attr,
) -> Option<(usize, bool)> {
    let lex = speakers::lexicon();
    let mut pronoun_at = None;
    if let Some(src) = own.source {
        let from = sw.partition_point(|w| w.span.start < src.start);
        let to = sw.partition_point(|w| w.span.start < src.end);
        let words = &sw[from..to];
        let pronoun = words.len() == 1
            && lex
                .pronouns
                .contains(speakers::without_contraction(words[0].lower()));
        if !speakers::person_names(words).is_empty() {
            return None;
        }
        if pronoun {
            pronoun_at = Some(from);
        }
    }
    let k = (0..c).rev().find(|&k| {
        matches!(cues[k].class, CueClass::Say | CueClass::That)
            && match pronoun_at {
                // "said he …", "said that he …"
                Some(at) => {
                    cues[k].last == at
                        || (cues[k].last + 1 == at && sw[cues[k].last].lower() == "that")
                }
                None => sw.get(cues[k].last).is_some_and(|w| w.lower() == "that"),
            }
    })?;
    // Not past the clause: "Ruiz suggested that …, while Haddad said that “…”".
    let past = sw[cues[k].last..cues[c].first].iter().any(|w| {
        matches!(w.text(), ";" | ":")
            || matches!(
                w.lower(),
                "while" | "whereas" | "but" | "although" | "though"
            )
            || inside(w)
    });
    (!past).then_some((k, pronoun_at.is_some()))
}

/// The attribution of cue `k` of the sentence, found once: a cue that already
/// attributed a quote of this sentence has found its speaker (“…,” said Ruiz. “…”).
fn cue_attribution(
    here: Sentence,
    k: usize,
    quote_outer: Span,
    by_cue: &mut ByCue,
    memory: &mut Memory,
) -> Attr {
    if let Some(a) = by_cue.get(k).filter(|a| a.source.is_some()) {
        return a.clone();
    }
    let a = attribute(here, &here.cues[k], quote_outer, by_cue, memory);
    by_cue.push(k, a.clone());
    a
}

/// Whether the word before `first` (over adverbs) is a form of "be", or a pronoun
/// contracted with it ("he's", "they're").
fn progressive(sw: &[Word], first: usize) -> bool {
    let lex = speakers::lexicon();
    // Past adverbs ("already", "now", "-ly"), which hold some forms of "be" too.
    let adverb = |w: &&Word| {
        (lex.adverbs.contains(w.lower()) && !is_be(w.lower())) || w.lower().ends_with("ly")
    };
    let Some(before) = sw[..first].iter().rev().find(|w| !adverb(w)) else {
        return false;
    };
    let lower = before.lower();
    is_be(lower)
        || ["'s", "'re"].iter().any(|c| {
            lower
                .strip_suffix(c)
                .is_some_and(|stem| lex.pronouns.contains(stem))
        })
}

/// A year written in four digits ("2019").
/// Whether the cue is a verb of words uttered aloud ("shouted", "chanting";
/// `[uttering verbs]`, one word each).
fn uttered_aloud(sw: &[Word], cue: &Cue) -> bool {
    speakers::lexicon()
        .uttering_verbs
        .contains(sw[cue.last - 1].lower())
}

/// Whether `cue` introduces the quote at `quote` with a colon: "told her: “…”", "said:
/// “…”" (its hearer, up to three words, between).
fn introduces(sw: &[Word], cue: &Cue, quote: Span) -> bool {
    let gap = words_before(sw, cue.last, quote.start);
    gap.len() <= 4
        && gap.last().is_some_and(|w| w.text() == ":")
        && gap[..gap.len() - 1].iter().all(|w| !w.is_punct())
}

/// The verb of saying in the past whose report holds `cue`, found by the source `src`
/// read for `cue`: the verb inside it, after its own subject, or right before it, where
/// the phrase read back stopped (not before a lone pronoun: "The pontiff said he hoped
/// …" is the pontiff's either way, and "he" names him better).
/// Not for a verb of words uttered aloud ("Witnesses said the gunmen shouted “…”": the
/// words are the gunmen's, whoever reports them).
fn saying_around<'c>(sw: &[Word], cue: &Cue, cues: &'c [Cue], src: Span) -> Option<&'c Cue> {
    if uttered_aloud(sw, cue) {
        return None;
    }
    let src_first = sw.partition_point(|w| w.span.start < src.start);
    let lone_pronoun = sw
        .get(src_first)
        .is_some_and(|w| w.span.end >= src.end && source::is_pronoun(w));
    cues.iter().find(|c| {
        let verb = &sw[c.last - 1];
        let inside_source =
            c.first > 0 && src.start <= sw[c.first - 1].span.start && verb.span.end < src.end;
        let before_source = c.last == src_first && !lone_pronoun;
        c.first > 0
            && c.first < cue.first
            && cue.class != CueClass::Prep
            // ("… reported an informed source as saying that": the source says it.)
            && sw[cue.first - 1].lower() != "as"
            && matches!(c.class, CueClass::Say | CueClass::That)
            && (inside_source || before_source)
            && source::past_saying(verb)
            && source::names_subject_before(&sw[c.first - 1])
            // (Not "Ruiz stated that Ana Omari had stated that “…”": after "that" the
            // clause has its own speaker.)
            && sw.get(c.last).is_none_or(|w| w.lower() != "that")
    })
}

/// Cue, source and speaker for a cue of the sentence.
fn attribute(
    here: Sentence,
    cue: &Cue,
    quote_outer: Span,
    by_cue: &ByCue,
    memory: &mut Memory,
) -> Attr {
    let Sentence {
        words: sw,
        cues,
        inside,
        subject,
        index: sentence,
    } = here;
    let cue_span = Span::new(sw[cue.first].span.start, sw[cue.last - 1].span.end);
    let mut attr = Attr {
        cue: Some(cue_span),
        ..Default::default()
    };
    let after_quote = sw[cue.first].span.start >= quote_outer.end;
    // "…, calling it “an aggression”", "…, describing him as “…”": a cue in the -ing form
    // after a comma goes on the main clause, as "saying" does.
    // Also after a comma inside a closing quotation mark ("her “strategy,” promising …").
    let comma = cue.first > 0 && sw[cue.first - 1].text() == ",";
    let comma_before = comma
        || (cue.first > 1
            && sw[cue.first - 1].is_punct()
            && inside(&sw[cue.first - 1])
            && sw[cue.first - 2].text() == ",");
    // "Citing a need to encourage professionalism, he said …": so does one that opens the
    // sentence; its speaker is the subject after the phrase.
    let opens = source::opens_sentence(sw, cue.first, inside);
    // ("Further going on to say, “…”": or after an adverb that opens it.)
    let opens_after_adverb = opens
        || (cue.first >= 1
            && source::opens_sentence(sw, cue.first - 1, inside)
            && (casing::is_adverb(sw[cue.first - 1].lower())
                || matches!(sw[cue.first - 1].lower(), "further" | "also" | "later")));
    // "… denies that the release was a political move calling it a “human story”" (no
    // comma): a phrase before the -ing cue that names no one (no name, role, body,
    // document or pronoun) is no speaker; the sentence's subject is.
    // The phrase that ends at the cue, read back once for the checks below.
    let phrase_before = std::cell::OnceCell::new();
    let before_start = || *phrase_before.get_or_init(|| source::np_back(sw, cue.first, inside));
    let names_no_one = || {
        let lex = speakers::lexicon();
        let s = before_start();
        s < cue.first
            && sw[s..cue.first].iter().all(|w| {
                !w.is_capitalized()
                    && !w.is_punct()
                    && !source::is_pronoun(w)
                    && !lex.is_role_or_title(w.lower())
                    && !lex.is_body_word(w.lower())
                    // ("a communique saying": a document speaks for its author.)
                    && !lex.documents.contains(w.lower())
            })
    };
    // "Moscow vetoed the draft after describing it as “unacceptable”": after a
    // preposition the -ing cue is a clause of the sentence's verb, and so is its speaker.
    let after_preposition = cue.first > 0
        && speakers::lexicon()
            .clause_prepositions
            .contains(sw[cue.first - 1].lower());
    // "The minister condemned the arrest calling the charges “baseless”" (no comma): the
    // words before the -ing cue hold the sentence's verb and its object, a clause, not a
    // phrase that names the speaker.
    // ("Russia vetoed a draft resolution calling for …": after a document, only a verb
    // that issues it, "released a statement calling", makes the subject the one who
    // calls; otherwise the document calls.)
    let clause_before = || {
        let lex = speakers::lexicon();
        let s = before_start();
        let document = lex.documents.contains(sw[cue.first - 1].lower());
        // ("… condemned the occupation of Gaza calling it …": the object of a preposition
        // is no subject.)
        let object = s > 0
            && s < cue.first
            && matches!(
                sw[s - 1].lower(),
                "of" | "in" | "on" | "at" | "from" | "to" | "for" | "against" | "about" | "into"
            );
        object
            || (s.max(1)..cue.first).any(|j| {
                let verb = &sw[j - 1];
                let l = verb.lower();
                j > s
                    && matches!(
                        sw[j].lower(),
                        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "these"
                    )
                    && !verb.is_capitalized()
                    && !source::is_np_word(verb)
                    && !matches!(l, "including" | "regarding" | "concerning" | "following")
                    && (!document || lex.issuing_verbs.contains(l))
                    && (casing::is_verb_form(l)
                        || !cues::starting_with(l).is_empty()
                        || (l.ends_with('s') && casing::is_common(l.trim_end_matches('s'))))
            })
    };
    // "SANA news agency reported Sunday citing …" (text without commas): right after a
    // verb of saying in the past (maybe a day between), the -ing cue is that verb's
    // subject's, as after a comma. (Lowercase: not "Reports citing sources have said";
    // and not an intention, "Biden admitted wanting to …", one cue with its verb.)
    let k = cues.partition_point(|c| c.last <= cue.first);
    let saying = k.checked_sub(1).map(|j| &cues[j]).filter(|c| {
        cue.class != CueClass::To
            && sw[cue.first].lower().ends_with("ing")
            && matches!(c.class, CueClass::Say | CueClass::That)
            && source::past_saying(&sw[c.last - 1])
            && sw[c.last..cue.first]
                .iter()
                .all(|w| speakers::lexicon().time.contains(w.lower()))
    });
    if let Some(saying) = saying {
        let a = attribute(here, saying, quote_outer, by_cue, memory);
        return Attr {
            cue: Some(cue_span),
            ..a
        };
    }
    // "He started screaming “…”", "The men left the club shouting “…”": a verb of words
    // uttered aloud in the -ing form goes on the main clause even without a comma.
    let class = if cue.class != CueClass::Prep
        && sw[cue.first].lower().ends_with("ing")
        && (comma_before
            || opens_after_adverb
            || after_preposition
            || names_no_one()
            || clause_before()
            || uttered_aloud(sw, cue))
    {
        CueClass::Participle
    } else {
        cue.class
    };
    // "Kasich's campaign is already claiming …", "He's predicting …": after a form of
    // "be" an -ing cue is the sentence's verb, its subject before it as for "said".
    let class = if class == CueClass::Participle && progressive(sw, cue.first) {
        CueClass::Say
    } else {
        class
    };
    let phrase = match class {
        CueClass::Prep => appositive::after_cue(sw, cue.last, inside),
        CueClass::Participle => {
            // "… with President Ana Ruiz warning against …", "Santiago stopped shooting,
            // witnesses claiming he …": the phrase after "with" or a comma is the
            // participle's subject.
            let with_subject = (cue.first > 0 && sw[cue.first - 1].text() != ",")
                .then(before_start)
                .filter(|&s| {
                    s > 0
                        && s < cue.first
                        && (sw[s - 1].lower() == "with" || absolute_subject(sw, s, cue.first))
                })
                .map(|s| Phrase::plain(s, cue.first))
                .or_else(|| quoted_as(sw, cue.first, inside, subject));
            if with_subject.is_none() {
                if let Some(a) = &by_cue.first_sourced {
                    return Attr {
                        cue: Some(cue_span),
                        ..a.clone()
                    };
                }
                // "Ahern noted, “…” Adding, “…”": a participle that opens a sentence
                // with no subject, right before the quote, goes on the quote of the
                // sentence before. (Not "Citing a source, it said …": a clause before
                // its subject.)
                let introduces = !after_quote
                    && words_before(sw, cue.last, quote_outer.start)
                        .iter()
                        .all(Word::is_punct)
                    && sw
                        .iter()
                        .find(|w| w.span.start >= quote_outer.start)
                        .is_some_and(inside);
                if let Some((_, a)) = memory.previous.as_ref().filter(|(reach, a)| {
                    opens_after_adverb
                        && introduces
                        && subject.is_none()
                        && reach + 1 == sentence
                        && a.speaker.is_some()
                }) {
                    return Attr {
                        cue: Some(cue_span),
                        ..a.clone()
                    };
                }
            }
            with_subject
                .or_else(|| subject.as_ref().map(|s| s.0))
                .or_else(|| {
                    // “…,” Ruiz said, adding …: the cue before it in the sentence.
                    let k = cues.partition_point(|c| c.last <= cue.first);
                    let before = cues[k.saturating_sub(4)..k]
                        .iter()
                        .rev()
                        .find(|c| matches!(c.class, CueClass::Say | CueClass::That))?;
                    let a = attribute(here, before, quote_outer, by_cue, memory);
                    let src = a.source?;
                    let s = sw.iter().position(|w| w.span.start == src.start)?;
                    let e = sw.iter().rposition(|w| w.span.end == src.end)? + 1;
                    // A relative pronoun's phrase names its speaker by what it stands for.
                    if e == s + 1 && is_relative_pronoun(&sw[s]) {
                        return appositive::backward(sw, e, inside);
                    }
                    Some(Phrase::plain(s, e))
                })
        }
        _ => {
            // “…,” said Khiame — but not “…,” she told the court.
            let quote_end = sw.partition_point(|w| w.span.start < quote_outer.end);
            let subject_between = after_quote
                && sw[quote_end.min(cue.first)..cue.first]
                    .iter()
                    .rev()
                    .take_while(|w| !inside(w))
                    .any(|w| !w.is_punct());
            let lex = speakers::lexicon();
            let role_like = |w: &Word| {
                !w.is_capitalized()
                    && (lex.is_role_or_title(w.lower()) || lex.orgs.contains(w.lower()))
            };
            // "“…” about the decision, said Ana Ruiz, a union leader.": a cue after a comma
            // is inverted even past other words.
            // Not "“…,” Ana Ruiz, 57, told AFP": a name before the comma is the subject.
            // Nor "“…,” Sarandon, 69, told MSNBC": a capitalised word right after the
            // quote is the subject.
            // Nor "“…,” the minister, Per Strand, told reporters": a role and a name
            // between commas, whatever the name.
            let is_role = |w: &Word| lex.is_role_or_title(w.lower());
            let names_subject = |ph: Phrase| {
                let head = &sw[ph.head.0..ph.head.1];
                let whole = &sw[ph.start..ph.end];
                !speakers::person_names(head).is_empty()
                    || head.iter().any(is_role)
                    || (whole.iter().any(|w| w.text() == ",") && whole.iter().any(is_role))
                    || (sw[ph.head.0].is_capitalized()
                        && sw[quote_end.min(ph.head.0)..ph.head.0]
                            .iter()
                            .all(Word::is_punct))
            };
            let after_comma = comma
                && appositive::backward(sw, cue.first, inside).is_none_or(|ph| !names_subject(ph));
            // "We must reflect, said Carlos Perez, on the need …": a cue after a comma
            // inside the clause it reports interrupts it; its speaker follows it.
            let interrupting =
                !after_quote && sw[cue.first].span.start >= quote_outer.start && comma;
            // "“… the Administration,” wrote Trump on Twitter, “and therefore …”": the
            // quote that goes on after a cue right behind another quote (one that opened
            // sentences before) is the same speaker's, named after the cue.
            let continues = !after_quote && cue.first > 0 && inside(&sw[cue.first - 1]);
            // "“…at Jeb el-Kussa” a village south of Jarabulus said Rami Abdel Rahman"
            // (text without commas): a place described after the quote is where, and a
            // name after the cue speaks.
            let place_between = subject_between && {
                let between: Vec<&Word> = sw[quote_end.min(cue.first)..cue.first]
                    .iter()
                    .filter(|w| !w.is_punct())
                    .collect();
                // (Not "the city medical examiner ruled Monday", nor "a suburb of Damascus
                // civil defense sources told Anadolu": no word of a role or a body among
                // them, and a name after the cue, not a day or a hearer.)
                matches!(between.as_slice(), [det, kind, _, ..]
                    if matches!(det.lower(), "a" | "an" | "the")
                        && lex.place_kinds.contains(kind.lower()))
                    && between[2..]
                        .iter()
                        .all(|w| !role_like(w) && !lex.is_body_word(w.lower()))
                    && !matches!(sw[cue.first].lower(), "told" | "tells" | "tell")
                    && sw
                        .get(cue.last)
                        .is_some_and(|w| w.is_capitalized() && !lex.time.contains(w.lower()))
            };
            // "Recruiters, says Mira Hassan, “know exactly …”": a verb of saying between
            // commas, before the quote, its speaker after it and the quote right after
            // the speaker's comma, interrupts the clause it reports.
            let parenthetical = !after_quote
                && comma
                && cue.class == CueClass::Say
                && !matches!(sw[cue.first].lower(), "told" | "tells" | "tell")
                && appositive::after_cue(sw, cue.last, inside).is_some_and(|ph| {
                    sw.get(ph.end).is_some_and(|w| w.text() == ",")
                        && sw.get(ph.end + 1).is_some_and(inside)
                        && sw[ph.end + 1].span.start == quote_outer.start
                });
            let inverted = (after_quote || interrupting || continues || parenthetical)
                && (!subject_between || after_comma || interrupting || place_between)
                && sw.get(cue.last).is_some_and(|w| {
                    // "said study co-author Karen Alley", "said police spokesman Ali Benali"
                    role_like(w)
                        || sw
                            .get(cue.last + 1)
                            .is_some_and(|next| !w.is_punct() && role_like(next))
                        || w.is_capitalized()
                        || w.text().starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            w.lower(),
                            "the"
                                | "a"
                                | "an"
                                | "one"
                                | "his"
                                | "her"
                                | "two"
                                | "three"
                                | "several"
                                | "some"
                                | "many"
                                | "another"
                                | "its"
                                | "their"
                        )
                });
            // Skip adverbs and times between the speaker and the cue ("Ruiz also said",
            // "Ruiz today said", "Ruiz on Monday said").
            let time = |w: &Word| speakers::lexicon().time.contains(w.lower());
            let mut j = cue.first;
            loop {
                // "organizations are asking": a form of "be" before an -ing cue.
                let progressive_be =
                    j > 0 && is_be(sw[j - 1].lower()) && sw[cue.first].lower().ends_with("ing");
                // "Ruiz at the time said", "Ruiz in the past said", "the government
                // during the weekend said".
                let at_the_time = j > 3
                    && matches!(sw[j - 3].lower(), "at" | "in" | "for" | "during" | "over")
                    && matches!(sw[j - 2].lower(), "the" | "that" | "this")
                    && (matches!(sw[j - 1].lower(), "time" | "moment" | "past" | "end")
                        || time(&sw[j - 1]));
                // "New York Governor David Paterson at a news conference indicated": an
                // occasion or a place in lowercase words (no role, no name) after a name
                // or a role. ("A communiqué issued by the Coastal Council after the
                // summit called for": or the time of one.)
                let occasion = (j.saturating_sub(5)..j.saturating_sub(2)).rev().find(|&k| {
                    k > 0
                        && matches!(sw[k].lower(), "at" | "during" | "after" | "following")
                        && matches!(sw[k + 1].lower(), "a" | "an" | "the")
                        && sw[k + 2..j].iter().all(|w| {
                            !w.is_capitalized()
                                && !w.is_punct()
                                && !inside(w)
                                && !speakers::lexicon().is_role_or_title(w.lower())
                        })
                        && (sw[k - 1].is_capitalized()
                            || speakers::lexicon().is_role_or_title(sw[k - 1].lower()))
                });
                // "A report by Orvan Watch published on Wednesday said", "…, released on
                // Monday, said": the participle that issued a document, and the commas
                // around it, are none of its author.
                let issued = |w: &Word| {
                    !w.is_capitalized()
                        && w.lower().ends_with("ed")
                        && speakers::lexicon().issuing_verbs.contains(w.lower())
                };
                // ("A leaked memo from the ministry, seen by this newspaper, says": or one
                // that tells how the document was had.)
                let had = |w: &Word| {
                    issued(w)
                        || matches!(
                            w.lower(),
                            "seen" | "obtained" | "reviewed" | "dated" | "sent"
                        )
                };
                let issued_aside = (j > 2 && sw[j - 1].text() == ",")
                    .then(|| {
                        (j.saturating_sub(7)..j - 1)
                            .rev()
                            .find(|&k| sw[k].text() == ",")
                            .filter(|&k| k > 0 && sw.get(k + 1).is_some_and(had))
                    })
                    .flatten();
                // ("A document seen by Reuters said", "A letter sent to staff said": the
                // same, without commas, right after a document's noun and before its
                // preposition.)
                // (Not in recased wire copy, where the cue after the agent reads as a
                // name: "A COMMUNIQUE RELEASED BY THE ARMED FORCES STATES".)
                let recased = memory.coref.capitals_guessed();
                let had_after_document =
                    (j.saturating_sub(6)..j.saturating_sub(2)).rev().find(|&k| {
                        !recased
                            && k > 0
                            && had(&sw[k])
                            && speakers::lexicon().documents.contains(sw[k - 1].lower())
                            && matches!(sw[k + 1].lower(), "by" | "to")
                            && sw[k + 1..j].iter().all(|w| !w.is_punct() && !inside(w))
                    });
                if at_the_time {
                    j -= 3;
                } else if let Some(k) = occasion {
                    j = k;
                } else if let Some(k) = issued_aside.or(had_after_document) {
                    j = k;
                } else if j > 0
                    // ("A UN report released on Tuesday said": or a document's noun.)
                    && ((j > 1
                        && issued(&sw[j - 1])
                        && (sw[j - 2].is_capitalized()
                            || speakers::lexicon().documents.contains(sw[j - 2].lower())))
                        || speakers::lexicon().adverbs.contains(sw[j - 1].lower())
                        || progressive_be
                        || (sw[j - 1].lower().ends_with("ly")
                            && sw[j - 1].lower().len() > 4
                            // "The weekly also reported", "the Italian daily said": a
                            // body's kind is a noun. "the family said", "the assembly
                            // said", "organizers of the rally said", "his family said":
                            // so is one no adverb is made from, after an article or a
                            // possessive ("the widely criticized" is an adverb).
                            && !speakers::lexicon().body_kinds.contains(sw[j - 1].lower())
                            // ("Clara Meier's family said": or after a name's
                            // possessive.)
                            && !(j >= 2
                                && (speakers::DETERMINERS.contains(&sw[j - 2].lower())
                                    || sw[j - 2].is_possessive())
                                && !casing::is_adverb(sw[j - 1].lower())))
                        || time(&sw[j - 1]))
                    && !sw[j - 1].is_capitalized()
                {
                    j -= 1;
                } else if j > 1
                    && time(&sw[j - 1])
                    && matches!(sw[j - 2].lower(), "on" | "last" | "in")
                {
                    j -= 2;
                } else if j > 2 && time(&sw[j - 1]) && issued(&sw[j - 2]) {
                    // "A police statement released Tuesday said"
                    j -= 1;
                } else if j > 2
                    && is_year(sw[j - 1].text())
                    && time(&sw[j - 2])
                    && matches!(sw[j - 3].lower(), "on" | "in")
                {
                    // "Bensouda in December 2019 said"
                    j -= 3;
                } else {
                    break;
                }
            }
            // "… and added": the same speaker as the cue before.
            let coordinated = j > 0 && matches!(sw[j - 1].lower(), "and" | "but" | "then");
            // "Ruiz was asked by a moderator whether …", "he was beaten and warned by an
            // interrogator: “…”": the one after "by" speaks.
            // Not "“…,” he said when asked by reporters": that quote is the answer.
            let asked_by = !after_quote
                && matches!(
                    sw[cue.first].lower(),
                    "asked" | "told" | "questioned" | "warned" | "urged"
                )
                && sw.get(cue.last).is_some_and(|w| w.lower() == "by");
            if asked_by {
                appositive::after_cue(sw, cue.last + 1, inside)
            } else if coordinated
                && passive_agent(sw, j, cue, quote_outer, inside)
                    .flatten()
                    .is_none()
            {
                if let Some(a) = &by_cue.last_sourced {
                    return Attr {
                        cue: Some(cue_span),
                        ..a.clone()
                    };
                }
                subject.as_ref().map(|s| s.0)
            } else if inverted {
                appositive::after_cue(sw, cue.last, inside)
            } else if let Some(agent) = passive_agent(sw, j, cue, quote_outer, inside) {
                // "The plan was described as “a disaster” by Ana Ruiz": the agent
                // speaks; with no agent, no one named does.
                agent
            } else {
                let told = matches!(sw[cue.first].lower(), "told" | "tells" | "tell");
                // "Said Ellis: “…”": a cue that opens the sentence has its speaker after it.
                let opens = sw[..cue.first].iter().all(|w| w.is_punct());
                appositive::backward(sw, j, inside)
                    .or_else(|| {
                        (!after_quote)
                            .then(|| subject_before_comma(sw, j, cues, subject))
                            .flatten()
                    })
                    .or_else(|| {
                        // "The columnist Ana Ruiz went so far as to say: “…”", "Ruiz is
                        // reported to have called the Saudis “free riders”": an
                        // infinitive's speaker is the sentence's subject, when it names
                        // someone ("It is hard to say how …" does not) and no object of
                        // [`OBJECT_SAYS`] stands between them.
                        (!after_quote && j > 0 && sw[j - 1].lower() == "to")
                            .then_some(subject.as_ref())
                            .flatten()
                            .filter(|(p, s)| {
                                p.end < j
                                    && matches!(s, Speaker::Person(_) | Speaker::Organisation(_))
                                    && !(p.end == p.start + 1 && sw[p.start].lower() == "it")
                                    && !sw[p.end..j]
                                        .iter()
                                        .any(|w| OBJECT_SAYS.contains(&w.lower()))
                            })
                            .map(|s| s.0)
                    })
                    .or_else(|| {
                        ((after_quote && !told && !subject_between) || opens)
                            .then(|| appositive::after_cue(sw, cue.last, inside))
                            .flatten()
                    })
                    .or_else(|| surname_opening(sw, j, memory, inside))
            }
        }
    };
    let Some(phrase) = phrase.filter(|p| !p.is_empty()) else {
        return attr;
    };
    let phrase = quoting_after(sw, cue.last.max(phrase.end), inside).unwrap_or(phrase);
    let phrase = authored_by(sw, phrase, cues, inside).unwrap_or(phrase);
    let phrase = alias_given(sw, phrase, inside).unwrap_or(phrase);
    let src = Span::new(sw[phrase.start].span.start, sw[phrase.end - 1].span.end);
    // "Hawkins claimed the pandemic shows the US is a “failed state”", "Officials
    // suggested the elephant may have tried to eat a “pig cracker”": when the source
    // holds a verb of saying in the past after its own subject, or stops right after
    // one, the cue is inside what that verb reports, and the verb's subject says it.
    // (Not when the cue gives the quote word for word, a colon before it: "Ruiz said the
    // minister told her: “Leave now.”" is the minister's.)
    if let Some(outer) =
        saying_around(sw, cue, cues, src).filter(|_| !introduces(sw, cue, quote_outer))
    {
        return attribute(here, outer, quote_outer, by_cue, memory);
    }
    attr.source = Some(src);
    let at = sw[phrase.start].span.start;
    let speaker = speakers::resolve(
        &memory.coref,
        &sw[phrase.head.0..phrase.head.1],
        at,
        sentence,
    )
    .filter(|s| {
        !(matches!(s, Speaker::Unnamed(_))
            && inscription(sw[cue.first].lower(), &sw[phrase.head.0..phrase.head.1]))
    })
    .map(|s| told_themselves(sw, cue, &phrase, s, &memory.coref));
    if let Some(s) = &speaker {
        memory.coref.note_source(s, at, sentence);
        // "Ivo Marr of UNHCR said …": the body a person speaks for, named by its acronym
        // after "of" or "for", is one a later "the agency" may be.
        if let [.., prep, body] = &sw[phrase.start..phrase.end] {
            if matches!(s, Speaker::Person(_))
                && matches!(prep.lower(), "of" | "for")
                && body.is_acronym()
                && body.text().chars().count() >= 3
                && !memory.coref.capitals_guessed()
            {
                let body_at = body.span.start;
                let body = Speaker::Organisation(body.text().to_string());
                memory.coref.note(&body, body_at, sentence);
            }
        }
        documents::note_after_cue(&mut memory.coref, sw, cue.last, s);
        // "Lynch said she recalled …": a pronoun that refers to the subject of its own
        // sentence has that subject as its source; not after the quote ("Ruiz was blunt:
        // “…,” she said" has "she" as its source, the words beside the cue).
        if phrase.end - phrase.start == 1 && !is_relative_pronoun(&sw[phrase.start]) {
            if let Some((sp, ss)) = subject {
                let subject_span = phrase_span(sw, sp);
                // Not "He later wrote a letter, he said": that subject is what was said.
                let in_quote =
                    subject_span.start < quote_outer.end && subject_span.end > quote_outer.start;
                if ss == s && sp.end <= phrase.start && !in_quote && !after_quote {
                    attr.source = Some(subject_span);
                }
            }
        }
    }
    attr.speaker = speaker.map(|s| s.name().to_string());
    attr
}

/// "Hana Lind was the envoy. The general told her, “…”": a role resolved to a person
/// the cue's object pronoun ("told her", "asked him") can only be another is no one
/// named; the role as written speaks.
fn told_themselves(sw: &[Word], cue: &Cue, phrase: &Phrase, s: Speaker, coref: &Coref) -> Speaker {
    let Speaker::Person(name) = &s else { return s };
    let head = &sw[phrase.head.0..phrase.head.1];
    // ("recalled her season": "her" before a noun is a possessive.)
    let object_ends = sw
        .get(cue.last + 1)
        .is_none_or(|n| n.is_punct() || matches!(n.lower(), "that" | "to"));
    let object = sw.get(cue.last).and_then(|w| {
        gender::of_pronoun(w.lower())
            .filter(|_| w.lower() == "him" || (w.lower() == "her" && object_ends))
    });
    let role_only = matches!(head, [the, role] if the.lower() == "the"
        && !role.is_capitalized()
        && speakers::lexicon().roles.contains(role.lower()));
    match object {
        Some(g) if role_only && coref.gender_of(name) == g => {
            Speaker::Unnamed(head[1].text().to_string())
        }
        _ => s,
    }
}

/// "said a protester using the pseudonym Katya", "said one woman, who gave her name only
/// as Amal", "a commander known as Abu Khaled said": the name given for an unnamed
/// speaker (a head of lowercase words) after the head, within a few words: the phrase
/// then runs to that name, its head.
fn alias_given(sw: &[Word], phrase: Phrase, inside: source::Inside) -> Option<Phrase> {
    const REACH: usize = 10;
    const NAME_WORDS: usize = 3;
    let lex = speakers::lexicon();
    // From the head on, lowercase words or commas only: the role, a word that gives a
    // name ([alias givers]: "pseudonym", "known", "gave"), and right before the name
    // "as", "name" or "pseudonym" (a comma between).
    let plain =
        |w: &Word| !inside(w) && (w.text() == "," || (!w.is_punct() && !w.is_capitalized()));
    // (Past an article that opens the sentence: "An armed group calling itself …".)
    // ("A baker from Saraqib, who gave his name as Abu Mohammed, said": or from a
    // relative clause in the phrase after its head.)
    // ("A resident of Deraa who gave his name as Abu Jamal said": or right after it.)
    // ("said another survivor, a woman from Korrat who gave her name only as Fatou": or
    // from one in an apposition after the phrase.)
    let apposition = sw.get(phrase.end).is_some_and(|w| w.text() == ",")
        && sw
            .get(phrase.end + 1)
            .is_some_and(|w| matches!(w.lower(), "a" | "an"));
    let reach = if apposition {
        (phrase.end + REACH).min(sw.len())
    } else {
        (phrase.end + 1).min(sw.len())
    };
    let from = (phrase.head.1..reach)
        .take_while(|&j| !inside(&sw[j]) && (!sw[j].is_punct() || sw[j].text() == ","))
        .find(|&j| sw[j].lower() == "who")
        .unwrap_or_else(|| {
            phrase.head.0
                + usize::from(
                    sw.get(phrase.head.0)
                        .is_some_and(|w| matches!(w.lower(), "a" | "an" | "the" | "another")),
                )
        });
    if sw
        .get(from)
        .is_none_or(|w| source::is_pronoun(w) || !plain(w))
    {
        return None;
    }
    let first = from
        + sw[from..]
            .iter()
            .take(REACH)
            .take_while(|w| plain(w))
            .count();
    let marker = first - 1 - usize::from(sw[first - 1].text() == ",");
    // Past the phrase only into a clause after a comma ("one woman, who gave …"), not
    // into what the sentence goes on to say ("the center said militants known as …").
    // ("said a resident who gave his name as Abu Khaled": or into a relative clause.)
    let past_phrase = first > phrase.end
        && sw
            .get(phrase.end)
            .is_none_or(|w| !matches!(w.text(), "," | "who"));
    // "An armed group calling itself the Red Dawn Front": a body's own name for itself,
    // after "the".
    let calls_itself = |k: usize| k > from && cues::self_named(sw, k - 1);
    let marker = if marker > from && sw[marker].lower() == "the" && calls_itself(marker - 1) {
        marker - 1
    } else {
        marker
    };
    let itself = calls_itself(marker);
    // (Into "calling itself" right after the phrase, too.)
    let past_phrase = past_phrase && !(itself && marker == phrase.end + 1);
    if marker <= from
        || past_phrase
        || !(itself
            // ("said one witness, a shopkeeper named Yusuf Derrin": a role named so.)
            || (matches!(sw[marker].lower(), "named" | "called")
                && marker > from
                && lex.is_role_or_title(sw[marker - 1].lower()))
            || (matches!(
                sw[marker].lower(),
                "as" | "name" | "pseudonym" | "alias" | "guerre"
            ) && (from + 1..marker + 1).any(|j| lex.alias_givers.contains(sw[j].lower()))))
    {
        return None;
    }
    let words = sw[first..]
        .iter()
        .take(NAME_WORDS + 2)
        .take_while(|w| w.is_capitalized() && !w.is_punct() && !inside(w))
        .count();
    let role = |w: &Word| lex.is_role_or_title(w.lower()) || lex.is_body_word(w.lower());
    let named = if itself {
        (1..=NAME_WORDS + 1).contains(&words)
    } else {
        (1..=NAME_WORDS).contains(&words) && !sw[first..first + words].iter().any(role)
    };
    named.then(|| Phrase {
        start: phrase.start,
        end: phrase.end.max(first + words),
        head: (first, first + words),
    })
}

/// "Earnest said …", "Ban told reporters …": a surname that is also an ordinary word
/// ("earnest", "ban"), opening the sentence before the cue (at `j`), is the person
/// named in full before with it, a known first name opening that name. Alone, such a
/// capital at the start of a sentence reads as no name.
fn surname_opening(
    sw: &[Word],
    j: usize,
    memory: &Memory,
    inside: source::Inside,
) -> Option<Phrase> {
    let w = sw.get(j.checked_sub(1)?)?;
    let opening = w.is_capitalized()
        && !w.is_acronym()
        && source::opens_sentence(sw, j - 1, inside)
        && !source::is_pronoun(w)
        && memory.coref.is_surname(w.text());
    // (The name ends with the surname: not an alias the index gives for it.)
    let suffix = format!(" {}", w.text());
    (opening
        && memory
            .coref
            .person_named_in_full(w.text(), w.span.start)
            .is_some_and(|full| full.ends_with(&suffix)))
    .then(|| Phrase::plain(j - 1, j))
}

/// "This feature has been called “strategic ambiguity” by Ana Ruiz", "It was described
/// by the bishops as “…”", "The plan was described as “a disaster”": a cue in the
/// passive (a form of "be" among the words skipped before its -ed form, `j` where they
/// start). `Some(agent)` then: the phrase after "by" in the clause, `None` inside when
/// there is none. Not "quoted"/"cited" ("Ruiz was quoted by Reuters as saying" is Ruiz's
/// word).
fn passive_agent(
    sw: &[Word],
    j: usize,
    cue: &Cue,
    quote: Span,
    inside: source::Inside,
) -> Option<Option<Phrase>> {
    const REACH: usize = 20;
    let verb = sw[cue.first].lower();
    // The quote is what the passive names ("was called “…” by X"), after the cue; not
    // "“…,” a loan that was reported by the Times".
    let after_cue = quote.start >= sw[cue.last - 1].span.end;
    // The adverbs skipped before the cue hold the auxiliaries ("has been called").
    // "Habré, described by Human Rights Watch as “…”, ruled", "Foxconn, apparently
    // named by the city as a “role model,”": a participle after a comma, its agent after
    // it, is a passive without its auxiliary.
    // ("a pattern described by the bulletin as “…”": also right after a noun.)
    let reduced = j > 0
        && (sw[j - 1].text() == ","
            || (!sw[j - 1].is_punct()
                && !sw[j - 1].is_capitalized()
                && !source::is_pronoun(&sw[j - 1])
                && !is_be(sw[j - 1].lower())
                && !super::words::is_auxiliary(sw[j - 1].lower())
                && !matches!(sw[j - 1].lower(), "as" | "and" | "or" | "but" | "than")))
        && sw.get(cue.last).is_some_and(|w| w.lower() == "by");
    // ("was hailed as “historic” by X and condemned as “a surrender” by Y": a passive
    // coordinated with one before it.)
    let coordinated_passive = j > 0
        && matches!(sw[j - 1].lower(), "and" | "but")
        && sw[..j - 1].iter().rev().take(20).any(|w| is_be(w.lower()))
        && sw[cue.last..]
            .iter()
            .take(REACH)
            .any(|w| w.lower() == "by" && !inside(w));
    let passive = after_cue
        && (reduced
            || coordinated_passive
            || sw[j.saturating_sub(1)..cue.first]
                .iter()
                .any(|w| is_be(w.lower())))
        && cue.last == cue.first + 1
        && verb.ends_with("ed")
        && !matches!(
            verb,
            "quoted" | "cited" | "asked" | "warned" | "urged" | "questioned"
        );
    if !passive {
        return None;
    }
    // "was described by the bishops as “…”": the agent right after the cue.
    // Only "as" (and an article) between the agent and the quote: not "which is widely
    // supported by Republicans, “…”".
    if sw.get(cue.last).is_some_and(|w| w.lower() == "by") {
        let agent = appositive::after_cue(sw, cue.last + 1, inside)?;
        let open = sw.partition_point(|w| w.span.start < quote.start);
        // ("criticised by Ana Ruiz, president of the centre, as “…”": the comma that
        // closes a description of the agent, before "as".)
        let after = if sw.get(agent.end).is_some_and(|w| w.text() == ",")
            && sw.get(agent.end + 1).is_some_and(|w| w.lower() == "as")
        {
            agent.end + 1
        } else {
            agent.end
        };
        // ("described by the secretary as wearing “…”": a participle after "as" too.)
        let joined = after <= open
            && sw[after..open].iter().enumerate().all(|(k, w)| {
                matches!(w.lower(), "as" | "a" | "an" | "the")
                    || inside(w)
                    || (k > 0 && sw[after + k - 1].lower() == "as" && w.lower().ends_with("ing"))
            });
        return joined.then_some(Some(agent));
    }
    let from = sw
        .partition_point(|w| w.span.start < quote.end)
        .max(cue.last);
    let by = sw[from..(from + REACH).min(sw.len())]
        .iter()
        .position(|w| {
            (w.lower() == "by" && !inside(w)) || matches!(w.text(), ";" | ":" | "." | "!" | "?")
        })
        .map(|k| from + k)
        .filter(|&k| sw[k].lower() == "by");
    Some(by.and_then(|k| appositive::after_cue(sw, k + 1, inside)))
}

/// "A sign on the wall read “…”": what a sign, a banner or a shirt reads (an unnamed
/// speaker whose phrase names no document) is no one's word; a document's is its
/// author's ("the editorial read", "the statement reads").
fn inscription(cue: &str, head: &[Word]) -> bool {
    let lex = speakers::lexicon();
    // ("A police spokesman read a statement: “…”": a person reads aloud.)
    matches!(cue, "read" | "reads")
        && !head.iter().any(|w| {
            lex.documents.contains(w.lower())
                || (lex.roles.contains(w.lower()) && !lex.orgs.contains(w.lower()))
        })
}

/// "The reporter quoted a source at Aleppo Police Command as saying that …": after
/// "quoted"/"cited" … "as", the participle's speaker is the one quoted: that phrase, if
/// so (the subject, in the passive).
fn quoted_as(
    sw: &[Word],
    participle: usize,
    inside: source::Inside,
    subject: &Option<(Phrase, Speaker)>,
) -> Option<Phrase> {
    // ("Xinhua quoted Ding Yuhang, deputy director of the prefectural public security
    // bureau, as saying": a long description of the one quoted.)
    const REACH: usize = 20;
    let as_at = participle
        .checked_sub(1)
        .filter(|&k| sw[k].lower() == "as")?;
    let verb = (as_at.saturating_sub(REACH)..as_at).rev().find(|&k| {
        // ("Reuters reported residents as saying": "reported" … "as" quotes them too.)
        matches!(
            sw[k].lower(),
            "quoted"
                | "quote"
                | "quotes"
                | "quoting"
                | "cited"
                | "cites"
                | "citing"
                | "reported"
                | "reports"
        )
    })?;
    if sw[verb + 1..as_at]
        .iter()
        .any(|w| inside(w) || w.text() == ".")
    {
        return None;
    }
    // "Ana Ruiz, head of the monitor, was quoted by AFP as saying", "“…,” Ana Ruiz was
    // quoted as saying", "was quoted in a police report as saying": in the passive the
    // one quoted is the subject before "was", not the outlet after "by" or the document.
    let passive = verb > 0 && super::words::is_be(sw[verb - 1].lower());
    if passive {
        let start = source::np_back(sw, verb - 1, inside);
        // ("Walaat Mamu a doctor working at a local hospital was quoted as saying", text
        // without commas: the sentence's subject, when it opens that phrase or before.)
        let own = subject
            .as_ref()
            .map(|(p, _)| *p)
            .filter(|p| p.start <= start && p.end < verb);
        return own.or_else(|| (start < verb - 1).then(|| Phrase::plain(start, verb - 1)));
    }
    // (Not the comma that closes a description: "quoted Ding Yuhang, a deputy director,
    // as saying".)
    let end = if sw[as_at - 1].text() == "," {
        as_at - 1
    } else {
        as_at
    };
    (verb + 1 < end).then(|| Phrase::plain(verb + 1, end))
}

/// "A spokesman for the hospital to which the nun was taken on 21 June, said:", "Ruiz,
/// whom the party has accused of “…”, said": a cue right after a comma whose speaker
/// is not read back over short appositives is the sentence's subject, when no other
/// cue stands between them.
fn subject_before_comma(
    sw: &[Word],
    cue_start: usize,
    cues: &[Cue],
    subject: &Option<(Phrase, Speaker)>,
) -> Option<Phrase> {
    // A subject and its description are this many words at most: the look-up stays
    // bounded in a long sentence, and extraction linear.
    const REACH: usize = 40;
    let (phrase, _) = subject.as_ref()?;
    if cue_start > phrase.end + REACH {
        return None;
    }
    let mut comma = cue_start.checked_sub(1)?;
    // "Ruiz, who denounced the “dirty war,” said": the comma inside a closing mark.
    if matches!(sw[comma].text(), "”" | "\"" | "’") && comma > 0 {
        comma -= 1;
    }
    // A cue in a relative clause of the subject ("whom the party has accused of …")
    // says nothing of who speaks at the cue; "according to" anywhere before it does.
    let relative_before = |at: usize| {
        sw[phrase.end..at]
            .iter()
            .rev()
            .take_while(|w| w.text() != ",")
            .any(|w| matches!(w.lower(), "who" | "whom" | "which" | "whose"))
    };
    let before = cues.partition_point(|c| c.last <= cue_start);
    let other_cue = cues[..before]
        .iter()
        .any(|c| c.class == CueClass::Prep || (c.first >= phrase.end && !relative_before(c.first)));
    (sw[comma].text() == "," && phrase.end <= comma && !other_cue).then_some(*phrase)
}

/// “…” ― Ana Ruiz: a name after a dash that follows the quote.
fn dash_source(
    sw: &[Word],
    p: &Pair,
    memory: &mut Memory,
    inside: source::Inside,
    sentence: usize,
) -> Option<Attr> {
    let k = sw.partition_point(|w| w.span.start < p.outer.end);
    let dash = sw
        .get(k)
        .filter(|w| matches!(w.text(), "―" | "—" | "–" | "-"))?;
    let phrase = appositive::after_cue(sw, k + 1, inside)?;
    phrase_source(sw, &phrase, Some(dash.span), memory, sentence)
}

/// The attribution a source phrase gives with no cue word of its own (a dash, a colon):
/// its head resolved and remembered as a speaker. `None` when it names no one.
fn phrase_source(
    sw: &[Word],
    phrase: &Phrase,
    cue: Option<Span>,
    memory: &mut Memory,
    sentence: usize,
) -> Option<Attr> {
    let at = sw[phrase.start].span.start;
    let speaker = speakers::resolve(
        &memory.coref,
        &sw[phrase.head.0..phrase.head.1],
        at,
        sentence,
    )?;
    memory.coref.note_source(&speaker, at, sentence);
    Some(Attr {
        cue,
        source: Some(Span::new(at, sw[phrase.end - 1].span.end)),
        speaker: Some(speaker.name().to_string()),
    })
}

/// Where the colon right before quote `p` stands, if one does ("… was blunt: “…”").
fn colon_before(sw: &[Word], p: &Pair) -> Option<usize> {
    let k = sw.partition_point(|w| w.span.start < p.outer.start);
    (k > 0 && sw[k - 1].text() == ":").then(|| k - 1)
}

/// The attribution of a sentence that ends on a reporting cue and a colon ("she
/// replied:", "Ruiz told reporters:"), for the quote that follows it: the cue within
/// four words of the colon, when it names a speaker.
fn colon_introduction(here: Sentence, memory: &mut Memory) -> Option<Attr> {
    let Sentence {
        words: sw, cues, ..
    } = here;
    let colon = sw.len().checked_sub(1).filter(|&c| sw[c].text() == ":")?;
    let k = cues.iter().rposition(|c| c.last <= colon)?;
    if cues[k].last + 4 < colon || sw[cues[k].last..colon].iter().any(|w| w.is_punct()) {
        return None;
    }
    let after = Span::new(sw[colon].span.end, sw[colon].span.end);
    let a = attribute(here, &cues[k], after, &ByCue::default(), memory);
    a.speaker.is_some().then_some(a)
}

/// "The envoy, Ghassan Salame, was blunt: “…”": a quote after a colon belongs to the
/// subject of the sentence.
fn colon_source(sw: &[Word], p: &Pair, subject: &Option<(Phrase, Speaker)>) -> Option<Attr> {
    let colon = colon_before(sw, p)?;
    let (phrase, speaker) = subject.as_ref()?;
    (phrase.end <= colon).then(|| subject_source(sw, phrase, speaker))
}

/// "In his statement, Hicks had thanked his supporters for “…”": a long quote with no
/// cue, after the sentence's own subject, is the subject's (a person or a body named).
fn own_subject_source(sw: &[Word], p: &Pair, subject: &Option<(Phrase, Speaker)>) -> Option<Attr> {
    let (phrase, speaker) = subject.as_ref()?;
    (sw[phrase.end - 1].span.end <= p.outer.start
        && matches!(speaker, Speaker::Person(_) | Speaker::Organisation(_)))
    .then(|| subject_source(sw, phrase, speaker))
}

/// The sentence's subject as a quote's source, with no cue.
fn subject_source(sw: &[Word], phrase: &Phrase, speaker: &Speaker) -> Attr {
    Attr {
        cue: None,
        source: Some(phrase_span(sw, phrase)),
        speaker: Some(speaker.name().to_string()),
    }
}

/// The text a phrase covers.
fn phrase_span(sw: &[Word], phrase: &Phrase) -> Span {
    Span::new(sw[phrase.start].span.start, sw[phrase.end - 1].span.end)
}

/// "… elsewhere - Ana Ruiz: “…”" (a digest of columns), "Ruiz: “…”" (a transcript): a
/// person's name between a dash or the sentence's start and the colon before the quote
/// is its speaker.
fn dash_colon_source(
    sw: &[Word],
    p: &Pair,
    memory: &mut Memory,
    inside: source::Inside,
    sentence: usize,
) -> Option<Attr> {
    let colon = colon_before(sw, p)?;
    let phrase = appositive::backward(sw, colon, inside)?;
    let after_dash = phrase.start > 0 && sw[phrase.start - 1].is_dash();
    let opens = sw[..phrase.start]
        .iter()
        .all(|w| w.is_punct() && !inside(w));
    if !after_dash && !opens {
        return None;
    }
    let head = &sw[phrase.head.0..phrase.head.1];
    let names = speakers::person_names(head);
    let whole = names.first().is_some_and(|m| m.at == head[0].span.start)
        && names
            .last()
            .is_some_and(|m| m.end == head[head.len() - 1].span.end);
    // "Clinton: “…”" (a debate transcript): a surname named before, alone.
    let surname = phrase.end == colon
        && head.len() == 1
        && head[0].is_capitalized()
        && memory.coref.is_surname(head[0].text());
    if !whole && !surname {
        return None;
    }
    phrase_source(sw, &phrase, None, memory, sentence)
}

/// "[GUILLEN] I think that … an “operational base.”", "((Ana Ruiz)) And that is why I
/// said “…”" (an interview's transcript): a quote with no cue of its own, or one whose
/// source is "I", in a paragraph opened by a tag naming a person is that person's
/// (`tag`, as [`Transcript::speaker`] read it for the sentence).
fn tagged_paragraph(
    all: &[Word],
    tag: &Option<(usize, usize, Speaker)>,
    memory: &mut Memory,
    index: usize,
) -> Option<Attr> {
    let (a, b, person) = tag.as_ref()?;
    let at = all[*a].span.start;
    memory.coref.note_source(person, at, index);
    Some(Attr {
        cue: None,
        source: Some(Span::new(at, all[b - 1].span.end)),
        speaker: Some(person.name().to_string()),
    })
}

/// A scare quote in a sentence with no cue is the subject's word ("Lavrov called it a
/// “farce”" has a cue; "Ruiz is no fan of the “reform”" has only a subject).
fn scare_quote_source(sw: &[Word], p: &Pair, subject: &Option<(Phrase, Speaker)>) -> Attr {
    let Some((phrase, speaker)) = subject else {
        return Attr::default();
    };
    let k = sw.partition_point(|w| w.span.start < p.outer.start);
    if phrase.end > k || matches!(speaker, Speaker::Unnamed(_)) {
        return Attr::default();
    }
    subject_source(sw, phrase, speaker)
}

/// Whether the quote `p` is the verb of the sentence right after its subject `phrase`
/// ([`quoted_verb`]).
fn verb_of_subject(sw: &[Word], p: &Pair, phrase: &Phrase, inside: source::Inside) -> bool {
    quoted_verb(sw, phrase.end, inside).is_some_and(|first| p.outer.contains(sw[first].span))
}

/// “Are you scared now?” Ingrid Baal asked.: a quote that ends its sentence on a
/// question or an exclamation mark, with the next sentence in the same line. The
/// sentences were cut at the mark, so a short sentence there that says who spoke is the
/// quote's own attribution, before any speaker of the sentence before.
fn asked_before(doc: &Document, p: &Pair, context: Span, next: Option<Span>) -> bool {
    let chars = doc.chars();
    let asks = chars[p.content.start..p.content.end]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| matches!(c, '?' | '!'));
    let closes = p.outer.end >= context.end;
    asks && closes
        && next
            .is_some_and(|n| n.start >= context.end && !chars[context.end..n.start].contains(&'\n'))
}

/// "Witnesses said the gunman shouted “God is great”", "According to police, the
/// suspect said: “Nobody move.”": a verb of saying inside the clause cue `n` reports,
/// with the quote right after it (a colon or a comma between), says who spoke the
/// quote; the clause ends on that verb, and the quote is read as that verb's.
fn before_quoted_utterance(
    sw: &[Word],
    cues: &[Cue],
    n: usize,
    direct: &[Pair],
    content: Span,
) -> Span {
    let inner = cues.iter().enumerate().find_map(|(m, c)| {
        let verb_end = sw[c.last - 1].span.end;
        let inside_clause = m != n
            && c.first > cues[n].last
            && sw[c.first].span.start > content.start
            && verb_end < content.end;
        let quoted = || {
            direct.iter().any(|p| {
                p.outer.start >= verb_end
                    && p.outer.start < content.end
                    && utters(sw, c, p.outer.start)
            })
        };
        (inside_clause && quoted()).then_some(verb_end)
    });
    inner.map_or(content, |end| Span::new(content.start, end))
}

/// Whether `cue` is a verb of uttering words ("said", "shouted", "told her"; not of
/// feeling or fearing, not in the passive: "were declared “freed zones”") right before
/// the quote that opens at `quote_start`: only a colon or a comma between, and after
/// "told" its hearer, up to three words, then one of them.
fn utters(sw: &[Word], cue: &Cue, quote_start: usize) -> bool {
    let verb = sw[cue.first].lower();
    let uttering = cue.first + 1 == cue.last
        && (uttered_aloud(sw, cue)
            || matches!(verb, "said" | "says" | "told" | "tells" | "replied"))
        && !(cue.first > 0 && super::words::is_be(sw[cue.first - 1].lower()));
    if !uttering {
        return false;
    }
    let gap = words_before(sw, cue.last, quote_start);
    let hearer = if matches!(verb, "told" | "tells") {
        gap.iter().take(3).take_while(|w| !w.is_punct()).count()
    } else {
        0
    };
    let marks = &gap[hearer..];
    (hearer == 0 || !marks.is_empty()) && marks.iter().all(|w| matches!(w.text(), ":" | ","))
}

/// “We made mistakes.” With those words, Hugo Larsen opened his testimony.: a sentence
/// that opens on one of `[quote pointers]` right after a quote standing alone names its
/// speaker next.
fn pointed_source(
    sw: &[Word],
    memory: &mut Memory,
    inside: source::Inside,
    index: usize,
) -> Option<Attr> {
    let opening = sw.iter().position(|w| !w.is_punct())?;
    // “We need a joint response.”
    // — Ivo Marr, minister of the interior: a line that opens on a dash and names someone,
    // with no verb of saying, signs the quote above it.
    // (Not a heading between dashes, "– An immigrant himself –.": a name, one dash.)
    let signed = sw
        .first()
        .is_some_and(|w| matches!(w.text(), "―" | "—" | "–"))
        && sw.len() <= 3 * SPEAKER_SENTENCE_WORDS
        && !sw[1..].iter().any(Word::is_dash)
        && find_cues(sw, inside).is_empty();
    if signed {
        let phrase = appositive::after_cue(sw, 1, inside)?;
        let head = &sw[phrase.head.0..phrase.head.1];
        if super::mentions::person_names(head).is_empty() {
            return None;
        }
        return phrase_source(sw, &phrase, Some(sw[0].span), memory, index);
    }
    let length = speakers::lexicon().quote_pointers.iter().find_map(|p| {
        let n = p.split(' ').count();
        let words = sw.get(opening..opening + n)?;
        words
            .iter()
            .map(|w| w.lower())
            .eq(p.split(' '))
            .then_some(n)
    })?;
    let mut start = opening + length;
    if sw.get(start).is_some_and(|w| w.text() == ",") {
        start += 1;
    }
    let end = source::np_forward(sw, start, inside);
    if end <= start || sw[start..end].iter().any(inside) {
        return None;
    }
    let at = sw[start].span.start;
    let speaker = speakers::resolve(&memory.coref, &sw[start..end], at, index)?;
    memory.coref.note_source(&speaker, at, index);
    Some(Attr {
        cue: None,
        source: Some(Span::new(at, sw[end - 1].span.end)),
        speaker: Some(speaker.name().to_string()),
    })
}

/// “We will need patience.” The minister said so on Monday.: a quote standing alone,
/// with no speaker before it, takes the speaker of a short sentence right after it.
fn next_sentence_source(
    all: &[Word],
    next: Option<Span>,
    memory: &mut Memory,
    inside: source::Inside,
    index: usize,
) -> Option<Attr> {
    let sw = words_in(all, next?);
    // ("“…,”\nsaid Leila Norr, whose shop … was destroyed.": a sentence cut from the
    // quote at a line break, opening on its verb of saying, is its attribution, however
    // long.)
    let opening = sw.iter().position(|w| !w.is_punct())?;
    let long = sw.len() > 3 * SPEAKER_SENTENCE_WORDS
        || sw.iter().filter(|w| !w.is_punct()).count() > SPEAKER_SENTENCE_WORDS;
    if (long && sw.len() > 8 * SPEAKER_SENTENCE_WORDS) || sw.iter().any(inside) {
        return None;
    }
    let cues = find_cues(sw, inside);
    let opens_on_cue = cues
        .first()
        .is_some_and(|c| c.first == opening && c.class == CueClass::Say);
    if long && !opens_on_cue {
        return None;
    }
    let cue = cues
        .iter()
        .find(|c| matches!(c.class, CueClass::Say | CueClass::That | CueClass::Call))?;
    let next = Sentence {
        words: sw,
        cues: &cues,
        inside,
        subject: &None,
        index,
    };
    let a = attribute(next, cue, Span::new(0, 0), &ByCue::default(), memory);
    a.source.is_some().then_some(a)
}

/// Reported speech in a sentence: each cue that introduces a clause gives one
/// `indirect` quote, or `mixed` when the clause holds quoted fragments; clauses never
/// overlap (a cue inside another's clause is left to it).
fn reported_speech(
    doc: &Document,
    here: Sentence,
    direct: &[Pair],
    full_open: &dyn Fn(usize) -> Option<usize>,
    by_cue: &ByCue,
    memory: &mut Memory,
    context: Span,
) -> Vec<Quote> {
    let Sentence {
        words: sw,
        cues,
        inside,
        ..
    } = here;
    let mut out: Vec<Quote> = Vec::new();
    // Clauses taken so far, by start: overlap checks are map look-ups.
    let mut taken: std::collections::BTreeMap<usize, usize> = Default::default();
    let overlaps = |taken: &std::collections::BTreeMap<usize, usize>, s: Span| {
        taken
            .range(..s.end.max(s.start + 1))
            .next_back()
            .is_some_and(|(_, &end)| end > s.start)
    };
    let stops = reported::Stops::new(sw, cues);
    let mut by_cue = by_cue.clone();
    // "The carrier plans to raise 50 million dollars, its chairman said", "Officials
    // believe the attack was planned abroad, the minister said", "Aircraft attacked a
    // market …, the Observatory reported": the last cue, when it reports the clause
    // before it and the cues in that clause only tell an intention or a belief or take an
    // object, reports all of it; it is read first. (Not "Ruiz said the deal …,
    // according to The Guardian": a cue of speech inside keeps its speaker.)
    // (Its clause, found here, is not looked for again in the loop.)
    let last_first: Option<(usize, Span)> = cues
        .len()
        .checked_sub(1)
        .filter(|&n| n > 0 && n <= stops.first_speech)
        .and_then(|n| {
            let content = reported::content(doc, sw, cues, n, direct, full_open, &stops, inside)?;
            (content.end <= sw[cues[n].first].span.start).then_some((n, content))
        });
    let first_cue = last_first.map(|(n, _)| n);
    let order = first_cue
        .into_iter()
        .chain((0..cues.len()).filter(|&n| Some(n) != first_cue));
    for n in order {
        let cue = &cues[n];
        let cue_at = sw[cue.first].span.start;
        if overlaps(&taken, Span::new(cue_at, cue_at + 1)) {
            continue;
        }
        // A second clause in a sentence needs its own coordinated cue ("… and said
        // that"); "…, saying …" goes on the first one's clause.
        if !out.is_empty()
            && cue.class == CueClass::Participle
            && sw.get(cue.last).is_none_or(|w| w.lower() != "that")
        {
            continue;
        }
        let content = match last_first {
            Some((first, content)) if first == n => Some(content),
            _ => reported::content(doc, sw, cues, n, direct, full_open, &stops, inside),
        };
        let Some(content) = content else {
            continue;
        };
        let content = before_quoted_utterance(sw, cues, n, direct, content);
        if count_words(doc, content) < MIN_REPORTED_WORDS || overlaps(&taken, content) {
            continue;
        }
        let first = direct.partition_point(|p| p.outer.start < content.start);
        // A pair is a fragment when its words are the clause's: the clause may end before
        // the closing punctuation and mark ("is seen as “a bully …people.”").
        let words_inside = |p: &Pair| {
            let last = sw.partition_point(|w| w.span.start < p.content.end);
            sw[..last]
                .iter()
                .rev()
                .find(|w| !w.is_punct())
                .is_none_or(|w| w.span.end <= content.end)
        };
        let fragments: Vec<Span> = direct[first..]
            .iter()
            .take_while(|p| p.outer.start < content.end)
            .filter(|p| content.start <= p.outer.start && words_inside(p))
            .map(|p| p.content)
            .collect();
        let kind = if fragments.is_empty() {
            QuoteKind::Indirect
        } else {
            QuoteKind::Mixed
        };
        let after = cue_at >= content.end;
        // "Speaking about the ship, he said: “…”": a cue that opens a quote with a colon
        // reports no clause before it.
        if after && sw.get(cue.last).is_some_and(|w| w.text() == ":") {
            continue;
        }
        let a = match by_cue.get(n) {
            Some(a) => a.clone(),
            None => attribute(here, cue, content, &by_cue, memory),
        };
        // A clause before its cue needs a source, and one outside it: "A spokesman for
        // the hospital to which she was taken, said: “…”" reports no clause. Nor is a
        // clause after its cue the source itself ("“…,”\nsaid Leila Norr, whose shop
        // …": the words after "said" are who said the quote).
        let source_inside = a
            .source
            .is_some_and(|s| s.start >= content.start && s.end <= content.end);
        let opens = sw[..cue.first].iter().all(Word::is_punct);
        if (source_inside && (after || opens)) || (after && a.source.is_none()) {
            continue;
        }
        by_cue.push(n, a.clone());
        taken.insert(content.start, content.end);
        out.push(Quote {
            span: content,
            kind,
            cue: a.cue,
            source: a.source,
            speaker: a.speaker,
            fragments,
            context,
        });
    }
    out.sort_by_key(|q| q.span.start);
    out
}

/// How many sentences after an unnamed speaker given with "a"/"an" ("a monitor said")
/// may name it by the same words ("the Britain-based monitor said", resolved to a body).
const NAMED_LATER_SENTENCES: usize = 6;
/// How many later quotes are read for that name.
const NAMED_LATER_QUOTES: usize = 40;

/// "'We will not retreat,' says minister / … “We will not retreat,” the minister, Pavel
/// Ostrik, said": a full quote with no speaker or a role for one is the named speaker of
/// the same words quoted again later (a headline and its story): four words or more,
/// all inside the later quote, letters and digits compared.
fn repeated_words(doc: &Document, quotes: &mut [Quote]) {
    const MIN_WORDS: usize = 4;
    let letters = |q: &Quote| -> String {
        doc.original(q.span)
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let named = |s: &Option<String>| {
        s.as_deref()
            .is_some_and(|s| s.starts_with(char::is_uppercase))
    };
    let texts: Vec<String> = quotes.iter().map(letters).collect();
    for k in 0..quotes.len() {
        let q = &quotes[k];
        // (No speaker, or a role: not a body or a document, "the judicial records".)
        let role = q.speaker.as_deref().is_none_or(|s| {
            s.rsplit(' ')
                .next()
                .is_some_and(|w| speakers::lexicon().is_role_or_title(w))
        });
        if q.kind != QuoteKind::Full || named(&q.speaker) || !role {
            continue;
        }
        let words = &texts[k];
        if words.split(' ').count() < MIN_WORDS {
            continue;
        }
        let same = (k + 1..quotes.len())
            .take(NAMED_LATER_QUOTES)
            .map(|j| (&quotes[j], &texts[j]))
            .filter(|(r, _)| r.kind != QuoteKind::Indirect && named(&r.speaker))
            .find(|(_, text)| text.contains(words.as_str()))
            .and_then(|(r, _)| r.speaker.clone());
        if let Some(name) = same {
            quotes[k].speaker = Some(name);
        }
    }
}

/// "… killed 21 civilians, a monitor said. … the Britain-based monitor said": an unnamed
/// body or document introduced with "a"/"an" is the named speaker that a later source of
/// the same words, with "the", was resolved to (the news lede that names its source
/// later).
fn named_later(doc: &Document, sentences: &[Span], quotes: &mut [Quote]) {
    let sentence_of = |at: usize| sentences.partition_point(|s| s.start <= at);
    let words = |span: Span| -> Vec<String> {
        doc.original(span)
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    };
    let lex = speakers::lexicon();
    for k in 0..quotes.len() {
        let (Some(source), Some(speaker)) = (quotes[k].source, quotes[k].speaker.as_deref()) else {
            continue;
        };
        let said = words(source);
        let unnamed = speaker.starts_with(char::is_lowercase);
        if !unnamed || !matches!(said.first().map(String::as_str), Some("a" | "an")) {
            continue;
        }
        let wanted: Vec<String> = speaker.split(' ').map(str::to_lowercase).collect();
        // A body or a document ("a monitor", "a statement"); a person's role is named by
        // the person's name ([`Coref::role_ahead`]).
        if !wanted.last().is_some_and(|w| {
            lex.is_body_word(w) || lex.bodies.contains(w) || lex.documents.contains(w)
        }) {
            continue;
        }
        let until = sentence_of(source.start) + NAMED_LATER_SENTENCES;
        // (At most so many later quotes: one sentence may hold thousands.)
        let named = quotes[k + 1..]
            .iter()
            .take(NAMED_LATER_QUOTES)
            .take_while(|q| sentence_of(q.span.start) <= until)
            .find_map(|q| {
                let written: Vec<&str> = doc.original(q.source?).split_whitespace().collect();
                let later: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
                let name = q.speaker.as_deref()?;
                // "the Britain-based group" names "a monitoring group" too: the same head,
                // with only where it is based or capitalised words before it.
                let same_head = later.len() >= 2
                    && later.last() == wanted.last()
                    && written[1..written.len() - 1]
                        .iter()
                        .all(|w| w.ends_with("-based") || w.starts_with(char::is_uppercase));
                (later.first().is_some_and(|w| w == "the")
                    && (wanted.iter().all(|w| later.contains(w)) || same_head)
                    && name.starts_with(char::is_uppercase))
                .then(|| name.to_string())
            });
        if let Some(name) = named {
            quotes[k].speaker = Some(name);
        }
    }
}

/// A direct quote that runs over paragraphs, each reopening with a mark (the newsroom
/// convention), as one quote per paragraph with the same attribution: each holds the
/// words of its paragraph only, no mark.
fn by_paragraph(doc: &Document, q: Quote) -> Vec<Quote> {
    let chars = doc.chars();
    if !matches!(q.kind, QuoteKind::Full | QuoteKind::Partial)
        || !chars[q.span.start..q.span.end].contains(&'\n')
    {
        return vec![q];
    }
    let mut pieces = Vec::new();
    let mut start = q.span.start;
    let mut i = q.span.start;
    while i < q.span.end {
        if chars[i] != '\n' {
            i += 1;
            continue;
        }
        let next = (i..q.span.end).find(|&j| !chars[j].is_whitespace());
        let Some((mark, width)) =
            next.and_then(|j| marks::opening_width(chars, j).map(|width| (j, width)))
        else {
            i += 1;
            continue;
        };
        let end = (start..i)
            .rev()
            .find(|&j| !chars[j].is_whitespace())
            .map_or(start, |j| j + 1);
        if end > start {
            pieces.push(Span::new(start, end));
        }
        start = (mark + width).min(q.span.end);
        i = start;
    }
    if start < q.span.end {
        pieces.push(Span::new(start, q.span.end));
    }
    pieces
        .into_iter()
        .map(|span| Quote { span, ..q.clone() })
        .collect()
}

/// Keeps the earlier of two overlapping quotes (pairs from multi-sentence quotes can
/// meet reported speech of a later sentence).
fn remove_overlaps(quotes: &mut Vec<Quote>) {
    let mut kept: Vec<Quote> = Vec::with_capacity(quotes.len());
    for q in quotes.drain(..) {
        if kept.last().is_none_or(|k: &Quote| !k.span.overlaps(q.span)) {
            kept.push(q);
        }
    }
    *quotes = kept;
}

/// “We will act,” she said, “and we will win.”: the words of the other half of a quote
/// interrupted by its attribution count towards its length.
fn interrupted_words(
    doc: &Document,
    direct: &[Pair],
    n: usize,
    cues: &[Cue],
    sw: &[Word],
) -> usize {
    // Word indices and cue lookups are binary searches: a sentence may hold thousands.
    let gap_has_cue = |a: &Pair, b: &Pair| {
        let from = sw.partition_point(|w| w.span.start < a.outer.end);
        let to = sw.partition_point(|w| w.span.end <= b.outer.start);
        let c = cues.partition_point(|c| c.first < from);
        to.saturating_sub(from) <= 5
            && cues
                .get(c)
                .is_some_and(|c| sw[c.last - 1].span.end <= b.outer.start)
    };
    let prev = n
        .checked_sub(1)
        .filter(|&m| gap_has_cue(&direct[m], &direct[n]));
    let next = Some(n + 1).filter(|&m| m < direct.len() && gap_has_cue(&direct[n], &direct[m]));
    prev.into_iter()
        .chain(next)
        .map(|m| count_words(doc, direct[m].content))
        .sum()
}

/// The number of words in a span, counted the way [`words`] splits them, without
/// building them (this runs for every quote and cue).
fn count_words(doc: &Document, span: Span) -> usize {
    let chars = &doc.chars()[span.start..span.end];
    let mut count = 0;
    let mut in_word = false;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            count += usize::from(!in_word);
            in_word = true;
        } else {
            let joins = matches!(c, '\'' | '’' | '-' | '.')
                && in_word
                && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            in_word = joins;
        }
    }
    count
}

/// ", he said," (or she, they, we, I with any cue) where the words start.
fn is_parenthetical_pronoun_cue(sw: &[Word]) -> bool {
    matches!(sw, [comma, pronoun, cue, ..]
        if comma.text() == ","
            && subject_pronoun(pronoun, true)
            && !cues::starting_with(cue.lower()).is_empty())
}

/// The words from word `from` up to the first one that starts at or after `at` (a
/// quote's opening, say): what stands between a cue and its quote.
fn words_before<'a, 'd>(sw: &'a [Word<'d>], from: usize, at: usize) -> &'a [Word<'d>] {
    let rest = &sw[from.min(sw.len())..];
    &rest[..rest.partition_point(|w| w.span.start < at)]
}

/// The words of the document that lie inside `span` (the document's words are split once).
fn words_in<'a, 'd>(all: &'a [Word<'d>], span: Span) -> &'a [Word<'d>] {
    let first = all.partition_point(|w| w.span.start < span.start);
    let last = first + all[first..].partition_point(|w| w.span.end <= span.end);
    &all[first..last]
}

/// Titles of works ("the film “The Battle of Algiers”") and nicknames
/// (Joaquín “El Chapo” Guzmán) are not quotes. `recased`: the capitals are
/// [`casing::recase`]'s guesses.
fn is_title_or_name(all: &[Word], sentence: Span, p: &Pair, recased: bool) -> bool {
    let inner: Vec<&Word> = words_in(all, p.content)
        .iter()
        .filter(|w| !w.is_punct())
        .collect();
    if inner.is_empty() {
        return true;
    }
    let before = words_in(all, Span::new(sentence.start, p.outer.start));
    let after = words_in(all, Span::new(p.outer.end, sentence.end));
    // "SHORT READS—“Shipping firm fined for carrying stolen crude,” by The Daily Ledger's
    // Tomas Berg": a headline after a dash or a colon, then a comma and its byline (not
    // "called “strategic ambiguity” by a professor").
    let comma = |w: &Word| w.text() == ",";
    let led = before
        .last()
        .is_none_or(|w| matches!(w.text(), "—" | "–" | "-" | ":"));
    let after_comma = match after {
        [c, by, name, ..] if comma(c) => Some((by, name)),
        [by, name, ..] if words_in(all, p.content).last().is_some_and(comma) => Some((by, name)),
        _ => None,
    };
    if led && after_comma.is_some_and(|(by, name)| by.text() == "by" && name.is_capitalized()) {
        return true;
    }
    let lex = speakers::lexicon();
    // Recasing guesses capitals, rare words' too ("“Consternation over and Repudiation
    // of”"): in recased copy any short word, and no longer one, may be a title's lowercase.
    let title_case = inner.iter().all(|w| {
        w.is_capitalized()
            || !w.text().starts_with(char::is_alphabetic)
            || if recased {
                w.text().len() <= 3
            } else {
                lex.title_minor_words.contains(w.lower()) || lex.name_particles.contains(w.lower())
            }
    });
    if !title_case {
        return false;
    }
    let trigger = before
        .iter()
        .rev()
        .take(3)
        .any(|w| lex.titled_works.contains(w.lower()));
    // A name with no mark of its own before the closing one, right before a noun it
    // modifies ("the “Avatar” star", "the “Remain” campaign") or a verb it is the subject of
    // at the sentence's start ("“The Walking Dead” is an AMC drama"): not speech.
    let bare = words_in(all, p.content)
        .last()
        .is_some_and(|w| !w.is_punct());
    let modifier = bare
        && after.first().is_some_and(|w| {
            lex.title_followers.contains(w.lower()) || lex.titled_works.contains(w.lower())
        });
    let subject = bare
        && before.is_empty()
        && after
            .first()
            .is_some_and(|w| super::words::is_auxiliary(w.lower()));
    let nickname = inner.len() <= 3
        && before
            .last()
            .is_some_and(|w| w.is_capitalized() && !w.is_punct())
        && after
            .first()
            .is_some_and(|w| w.is_capitalized() && !w.is_punct());
    // A name in title case woven into the sentence ("watched “Morning Joe” daily", "the
    // “War On Drugs”"): several capitalised words, not a sentence of its own and not
    // attributed by a cue right after it.
    // A title or a name in title case woven into the sentence ("on “Fox News Sunday,”
    // Pence said", "the film “13th”"): not the whole sentence, not after a colon, and
    // no cue right after it (“Thank You Very Much,” she said).
    let digit_name = inner.len() == 1 && inner[0].text().starts_with(|c: char| c.is_ascii_digit());
    let cue_after = after
        .iter()
        .skip_while(|w| w.is_punct())
        .take(3)
        .any(|w| !cues::starting_with(w.lower()).is_empty());
    // Capitals past the first word, which any sentence has ("Don't you do it").
    let later_capitals = inner[1..]
        .iter()
        .filter(|w| {
            // "Day" in “New Day”, not an acronym ("a “sad day for NSW”").
            w.text().len() >= 3 && w.is_capitalized() && w.text().chars().any(char::is_lowercase)
        })
        .count();
    // "NBC's “Today”", "television's “Scandal”": a capitalised word after a possessive
    // is a programme's or a work's name.
    // ("Wednesday's “MSNBC Live,” Ana Ruiz stated": a cue after it does not make it speech.)
    let owned_name = inner[0].text().len() >= 3 && before.last().is_some_and(Word::is_possessive);
    // After a preposition, several words with capitals past the first are a title too
    // ("on CNN's “Fareed Zakaria GPS,” when asked", "an interview with “The View,”
    // remarking"), whatever cue follows.
    let after_preposition = before.last().is_some_and(|w| {
        matches!(
            w.lower(),
            "on" | "with" | "of" | "to" | "for" | "in" | "at" | "from" | "about"
        )
    }) && inner.len() >= 2
        && later_capitals >= 1;
    let exclaimed = inner[inner.len() - 1].text().ends_with(['!', '?']);
    let woven = (inner.len() >= 2 && later_capitals >= 1 || digit_name)
        && !exclaimed
        && before
            .last()
            .is_some_and(|w| !w.is_punct() || w.text() == "(" || w.text() == ",")
        && !cue_after;
    let named = (owned_name || after_preposition) && !exclaimed;
    trigger || nickname || woven || named || modifier || subject
}

/// How many cues before the nearest one before a quote may still attribute it.
const EARLIER_CUES: usize = 2;

/// How many cues after the first one after a quote are tried for its speaker.
const LATER_CUES: usize = 2;

/// The most words between a verb of saying and an intention it reports ("suggested the
/// elephant may have tried") for the verb to bind a quote after the intention.
const EMBEDDED_WORDS: usize = 6;

/// How many words open `words` with the document a verb of saying went out in and
/// "that" ("in a statement that", "in its joint statement that"); 0 when they do not.
fn in_document_that(words: &[Word]) -> usize {
    if words.first().is_none_or(|w| w.lower() != "in") {
        return 0;
    }
    words
        .iter()
        .take(6)
        .position(|w| w.lower() == "that")
        .filter(|&k| {
            k >= 2
                && speakers::lexicon().documents.contains(words[k - 1].lower())
                && words[1..k]
                    .iter()
                    .all(|w| !w.is_punct() && !w.is_capitalized())
        })
        .map_or(0, |k| k + 1)
}

/// The cues that may attribute a direct quote: the nearest one in its sentence,
/// preferring a cue right after the quote (“…,” he said), then the nearest on the
/// quote's other side, then the ones before the nearest before it.
/// How many words after a verb of saying a quote may stand and still be in the clause
/// it reports when a contrasting clause follows the quote (`nearest_cues`).
const CONTRASTED_WORDS: usize = 15;

/// Whether the cue `inner`, after word `from`, lies in a relative clause opened by a
/// comma and "who" (or "which", "whose") and closed by the comma right before the cue
/// `outer`.
fn in_relative_clause(sw: &[Word], from: usize, inner: &Cue, outer: &Cue) -> bool {
    let opened = (from..inner.first)
        .rev()
        .find(|&j| sw[j].is_punct())
        .is_some_and(|j| {
            sw[j].text() == ","
                && sw
                    .get(j + 1)
                    .is_some_and(|w| matches!(w.lower(), "who" | "which" | "whose"))
        });
    let between = &sw[inner.last..outer.first];
    let closed = between.last().is_some_and(|w| w.text() == ",")
        && between[..between.len() - 1].iter().all(|w| !w.is_punct());
    opened && closed
}

fn nearest_cues(cues: &[Cue], sw: &[Word], p: &Pair) -> Vec<usize> {
    // The first cue after the quote and the last one before it, by binary search.
    let after_word = sw.partition_point(|w| w.span.start < p.outer.end);
    let before_word = sw.partition_point(|w| w.span.end <= p.outer.start);
    let next = cues.partition_point(|c| c.first < after_word);
    // "“…,” a former fighter, who asked not to be named because he fears reprisals,
    // said": a cue inside a relative clause between commas is the clause's; the cue
    // right after its closing comma binds the quote.
    let next = match cues.get(next..next + 2) {
        Some([inner, outer]) if in_relative_clause(sw, after_word, inner, outer) => next + 1,
        _ => next,
    };
    let after = cues.get(next).map(|c| (next, c.first - after_word));
    let prev = cues.partition_point(|c| c.last <= before_word);
    // "Cavallo said that this is aimed at “…”": an intention in the passive names no one;
    // the cue before it does. ("She added, in a message aimed at the killer: “…”": nor
    // does one that describes a document.)
    let passive = |c: &Cue| {
        c.class == CueClass::To
            && sw[c.first].lower().ends_with("ed")
            && c.first > 0
            && (matches!(
                sw[c.first - 1].lower(),
                "is" | "was" | "are" | "were" | "be" | "been" | "being"
            ) || speakers::lexicon()
                .documents
                .contains(sw[c.first - 1].lower()))
    };
    // "Officials suggested the elephant may have tried to eat a “pig cracker”": an
    // intention or belief in the clause a verb of saying reports (its subject between
    // them, no punctuation) is what that verb's subject says; the verb binds the quote.
    // ("Ruiz said the case showed “the value of cooperation”": so is any cue whose
    // subject there names no one, no name, pronoun, role or body.)
    let embedded = |k: usize| {
        let (outer, inner) = (&cues[k - 1], &cues[k]);
        let lex = speakers::lexicon();
        // ("The ministry said in a statement that the attack showed “…”": past the
        // document the words went out in.)
        let occasion = in_document_that(&sw[outer.last..inner.first]);
        let from = outer.last + occasion;
        let between = &sw[from..inner.first];
        let thing_subject = || {
            between
                .first()
                .is_some_and(|w| matches!(w.lower(), "the" | "a" | "an" | "this" | "that"))
                && between.iter().all(|w| {
                    !w.is_capitalized()
                        && !source::is_pronoun(w)
                        && !lex.is_role_or_title(w.lower())
                        // ("the activists in the area said “…”": people in the plural.)
                        && !lex.is_role_or_title(w.lower().trim_end_matches('s'))
                        && !lex.is_body_word(w.lower())
                        && !lex.documents.contains(w.lower())
                        && !super::words::is_auxiliary(w.lower())
                        && !super::words::is_be(w.lower())
                        && !matches!(w.lower(), "and" | "as" | "but" | "or")
                })
        };
        // ("…, saying in a statement that the attack showed “…”": a participle too, not
        // one that describes a document, "a statement announcing the grouping pledged".)
        let described = || outer.first > 0 && lex.documents.contains(sw[outer.first - 1].lower());
        // ("told the jury that the defendant, Tarik Vala, had planned the killing “…”":
        // a name between commas, before an intention, is read past.)
        let commas: Vec<usize> = (0..between.len())
            .filter(|&j| between[j].text() == ",")
            .collect();
        let aside = match commas.as_slice() {
            [a, b]
                if inner.class == CueClass::To
                    && between[a + 1..*b].iter().all(Word::is_capitalized) =>
            {
                b - a + 1
            }
            _ => 0,
        };
        (matches!(outer.class, CueClass::Say | CueClass::That)
            || (outer.class == CueClass::Participle && !described()))
            && (from + 1..=from + EMBEDDED_WORDS + aside).contains(&inner.first)
            // (The aside's two commas only.)
            && between.iter().filter(|w| w.is_punct()).count() == if aside > 0 { 2 } else { 0 }
            // ("The pontiff said he hoped …": a pronoun there is the same speaker, and
            // it names them better than a role does.)
            && !source::is_pronoun(&sw[from])
            && (inner.class == CueClass::To || thing_subject())
    };
    // "Senator Ana Ruiz said, according to the release, “…”": "according to" right after
    // a verb of saying names where the words were reported, not who said them.
    // ("Marr told parliament, according to a transcript, that …": also after the verb's
    // object and a comma.)
    let reported_in = |k: usize| {
        let between = &sw[cues[k - 1].last..cues[k].first];
        cues[k].class == CueClass::Prep
            && matches!(cues[k - 1].class, CueClass::Say | CueClass::That)
            && (between.iter().all(Word::is_punct)
                || (between.len() <= 4 && between.last().is_some_and(|w| w.text() == ",")))
    };
    let mut last = prev.checked_sub(1);
    if let Some(k) = last.filter(|&k| k > 0 && (passive(&cues[k]) || embedded(k) || reported_in(k)))
    {
        last = Some(k - 1);
    }
    let before = last.map(|k| (k, before_word - cues[k].last + 1));
    // "Ruiz wrote, “…” according to the Daily Ledger": a verb of saying that introduces
    // the quote names its speaker; "according to" after it names where the report is from.
    // ("Ruiz called the plan “a disgrace,” according to NBC", "Ruiz said he had “never
    // touched the money”, according to …": so does a verb a few words before it.)
    let introduced = |b: (usize, usize), a: (usize, usize)| {
        let between = &sw[cues[b.0].last..before_word];
        cues[a.0].class == CueClass::Prep
            && ((between.iter().all(Word::is_punct)
                && matches!(cues[b.0].class, CueClass::Say | CueClass::That))
                || (matches!(
                    cues[b.0].class,
                    CueClass::Object | CueClass::Say | CueClass::That
                ) && between.len() <= 6
                    && !between.iter().any(Word::is_punct)))
    };
    // "Habré, described by Human Rights Watch as “…”, ruled Chad": a participle whose
    // agent follows it, up to the "as" before the quote, binds the quote.
    let described_as = |b: (usize, usize)| {
        before_word > 0
            && sw[before_word - 1].lower() == "as"
            && sw.get(cues[b.0].last).is_some_and(|w| w.lower() == "by")
    };
    // "told the trial that the victim died from “a single blow” and not from a fall, as
    // the defence claims": a cue after "as" and words that go on past the quote says who
    // claims those words, not the quote.
    // The words between the quote and the cue after it.
    let gap_to = |a: (usize, usize)| &sw[after_word.min(cues[a.0].first)..cues[a.0].first];
    let as_aside = |a: (usize, usize)| {
        let gap = gap_to(a);
        gap.iter().position(|w| w.lower() == "as").is_some_and(|k| {
            k >= 2 && gap[k - 1].text() == "," && !gap[..k - 1].iter().all(Word::is_punct)
        })
    };
    // "The army said 11 soldiers were killed “while repelling the assault”, but the
    // militants claimed …": a clause of its own after the quote, opened by a contrasting
    // conjunction and its subject, belongs to the cue after it; the quote goes on the
    // clause of the cue before it.
    let contrasted = |b: (usize, usize), a: (usize, usize)| {
        let gap = gap_to(a);
        let mut words = gap.iter().skip_while(|w| w.is_punct());
        b.1 <= CONTRASTED_WORDS
            && matches!(cues[b.0].class, CueClass::Say | CueClass::That)
            && gap.first().is_some_and(|w| w.text() == ",")
            && words
                .next()
                .is_some_and(|w| matches!(w.lower(), "but" | "while" | "whereas"))
            && words.any(|w| !w.is_punct())
    };
    // "Ana Ruiz accused the government of “…” after ministers refused to …": a cue after
    // a conjunction of time or cause and its subject, no comma between, is that
    // clause's own; the quote goes on the cue before it.
    let subordinate = |a: (usize, usize)| {
        let mut words = gap_to(a).iter().skip_while(|w| w.is_punct());
        words.next().is_some_and(|w| {
            matches!(
                w.lower(),
                "after" | "before" | "when" | "because" | "since" | "until" | "while" | "although"
            )
        }) && words.clone().next().is_some()
            && words.all(|w| !w.is_punct())
    };
    let mut near: Vec<usize> = match (before, after) {
        (Some(b), Some(a))
            if b.1 <= a.1
                || introduced(b, a)
                || described_as(b)
                || as_aside(a)
                || contrasted(b, a)
                || subordinate(a) =>
        {
            vec![b.0, a.0]
        }
        (Some(b), Some(a)) => vec![a.0, b.0],
        (b, a) => b.or(a).map(|x| x.0).into_iter().collect(),
    };
    // Then the verbs of saying before those, nearest first.
    if let Some(k) = last {
        near.extend(
            (k.saturating_sub(EARLIER_CUES)..k)
                .rev()
                .filter(|&j| matches!(cues[j].class, CueClass::Say | CueClass::That)),
        );
    }
    // Then those after the first one after it ("“…,” since the cases were decided by
    // one vote, said Ana Ruiz").
    near.extend(
        (next + 1..cues.len().min(next + 1 + LATER_CUES))
            .filter(|&j| cues[j].class == CueClass::Say),
    );
    near
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_sentences;

    fn quotes(text: &str) -> Vec<(String, QuoteKind, Option<String>, Option<String>)> {
        let doc = Document::new(text);
        let sentences = split_sentences(&doc);
        extract(&doc, &sentences)
            .quotes
            .into_iter()
            .map(|q| {
                (
                    doc.original(q.span).to_string(),
                    q.kind,
                    q.cue.map(|c| doc.original(c).to_string()),
                    q.speaker,
                )
            })
            .collect()
    }

    #[test]
    fn speaker_after_the_quote() {
        let q = quotes("“We will not negotiate with terrorists,” said Interior Minister Ana Ruiz.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, QuoteKind::Full);
        assert_eq!(q[0].2.as_deref(), Some("said"));
        assert_eq!(q[0].3.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_quoted_verb_of_saying_is_the_subjects_but_one_of_manner_the_reporters() {
        let q = quotes("The minister “strongly condemned” the attack on Sunday.");
        assert_eq!(q[0].3.as_deref(), Some("minister"), "{q:?}");
        let q = quotes("When asked about the vote, Dana Canova “bristled” and declined to answer.");
        let bristled = q.iter().find(|q| q.0.contains("bristled"));
        assert!(bristled.is_none_or(|q| q.3.is_none()), "{q:?}");
    }

    #[test]
    fn pronoun_and_interruption() {
        let q = quotes(
            "Maria Lopez spoke on Monday. “We will act,” she said, “and we will win this fight.”",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(
            q.iter().all(|q| q.3.as_deref() == Some("Maria Lopez")),
            "{q:?}"
        );
    }

    #[test]
    fn preceding_sentence_gives_the_speaker() {
        let q = quotes("John Kerry met the delegation. Kerry added that talks would resume soon.“We will surely meet again next month in Geneva.”");
        let direct = q.iter().find(|q| q.1 == QuoteKind::Full).unwrap();
        assert_eq!(direct.3.as_deref(), Some("John Kerry"));
        let reported = q.iter().find(|q| q.1 == QuoteKind::Indirect).unwrap();
        assert_eq!(reported.0, "talks would resume soon");
    }

    #[test]
    fn organisations_titles_and_nicknames() {
        let q = quotes("The Interior Ministry said the suspects were planning attacks on tourist sites. Prosecutors charged Joaquín “El Chapo” Guzmán. He starred in the film “The Battle Of Algiers”.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, QuoteKind::Indirect);
        assert_eq!(q[0].3.as_deref(), Some("Interior Ministry"));
    }

    #[test]
    fn according_to_and_mixed() {
        let q = quotes("Rafael Ortiz heads the agency. The agency has made “record seizures” of cocaine this year, according to Ortiz.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, QuoteKind::Mixed);
        assert_eq!(q[0].3.as_deref(), Some("Rafael Ortiz"));
    }

    #[test]
    fn a_short_phrase_on_a_preposition_reports_nothing() {
        let q = quotes("The court ruled on Monday. In a statement, it said “the law is void.”");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "the law is void.");
        assert_eq!(q[0].3.as_deref(), Some("court"));
    }
}
