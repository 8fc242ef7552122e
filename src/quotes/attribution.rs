//! Finding quotes and attributing them: direct quotes from paired marks, reported
//! speech from cues ("said that", "called on … to", "according to"), and for each the
//! cue, the source phrase and the resolved speaker — before or after the quote, inside
//! a "he said" interruption, or carried over from the preceding sentence.
use super::cues::{self, CueClass};
use super::marks::{self, Pair};
use super::speakers::{self, Mention, NameIndex, Speaker};
use super::words::{words, Word};
use super::{Extraction, Quote, QuoteKind, Warning};
use crate::text::{Document, Span};

/// Quotes with this many words or more are `full`; shorter ones `partial`.
const FULL_QUOTE_WORDS: usize = 4;
/// Reported speech needs at least this many words of content.
const MIN_REPORTED_WORDS: usize = 3;
/// How far (in words) a "that" may follow its cue: "said in a statement on Monday that".
const THAT_WINDOW: usize = 7;

/// Words that name works or nicknames when they come just before a quoted title.
const TITLE_TRIGGERS: &[&str] = &[
    "film",
    "movie",
    "book",
    "novel",
    "song",
    "album",
    "show",
    "series",
    "documentary",
    "play",
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    "operation",
    "magazine",
    "newspaper",
    "programme",
    "program",
    "campaign",
    "slogan",
    "hashtag",
];

const ADVERBS: &[&str] = &[
    "also",
    "later",
    "further",
    "again",
    "then",
    "repeatedly",
    "has",
    "had",
    "have",
    "was",
    "is",
    "would",
    "will",
    "reportedly",
    "recently",
    "previously",
    "earlier",
    "once",
    "often",
    "publicly",
    "separately",
    "however",
    "had",
];

const NP_WORDS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "of", "for", "senior", "top", "local",
    "foreign",
];

struct Cue {
    /// Word indices in the sentence, end exclusive.
    first: usize,
    last: usize,
    class: CueClass,
}

/// Per-document state carried from sentence to sentence.
#[derive(Default)]
struct Memory {
    index: NameIndex,
    last_person: Option<String>,
    /// Where the last person speaker was named, so a name mentioned later wins.
    last_person_at: usize,
    last_org: Option<String>,
    /// The attribution of the previous sentence: (sentence index, cue, source, speaker).
    previous: Option<(usize, Span, Option<Span>, Option<String>)>,
}

/// Finds every quote of the document and attributes it.
pub fn extract(doc: &Document, sentences: &[Span]) -> Extraction {
    let marks = marks::pair(doc);
    let pairs: Vec<Pair> = marks
        .pairs
        .iter()
        .filter(|p| {
            p.depth == 0
                && sentences
                    .iter()
                    .any(|s| s.start <= p.outer.start && p.outer.start < s.end)
        })
        .copied()
        .collect();
    // Split per sentence: a sentence may start inside a glued word ("StrategyKhiame").
    let all_words: Vec<Word> = sentences.iter().flat_map(|&s| words(doc, s)).collect();
    let names = speakers::person_names(&all_words);
    let mut memory = Memory {
        index: NameIndex::new(&names),
        ..Default::default()
    };
    let mut quotes = Vec::new();
    for (index, &sentence) in sentences.iter().enumerate() {
        // Top-level pairs are disjoint and sorted, so ranges and lookups are binary searches.
        let first = pairs.partition_point(|p| p.outer.start < sentence.start);
        let last = pairs.partition_point(|p| p.outer.start < sentence.end);
        let in_sentence = &pairs[first..last];
        // A quote running over several sentences brings the sentence it closes in.
        let context = in_sentence.iter().fold(sentence, |s, p| {
            let closing = sentences
                .get(sentences.partition_point(|t| t.end < p.outer.end))
                .filter(|t| t.start < p.outer.end)
                .map_or(p.outer.end, |t| t.end);
            Span::new(s.start, s.end.max(closing))
        });
        let direct: Vec<Pair> = in_sentence
            .iter()
            .filter(|p| !is_title_or_name(&all_words, sentence, p))
            .copied()
            .collect();
        let sw = words_in(&all_words, context);
        let inside = |w: &Word| {
            let k = pairs.partition_point(|p| p.outer.start <= w.span.start);
            k > 0 && pairs[k - 1].outer.contains(w.span)
        };
        let cues = find_cues(sw, &inside);
        let before = &names[..names.partition_point(|m| m.at < sentence.end)];
        let mut sentence_quotes = Vec::new();
        let mut attributed = None;
        for (n, p) in direct.iter().enumerate() {
            let kind = if count_words(doc, p.content)
                + interrupted_words(doc, &direct, n, &cues, sw)
                >= FULL_QUOTE_WORDS
            {
                QuoteKind::Full
            } else {
                QuoteKind::Partial
            };
            let mut q = Quote {
                span: p.content,
                kind,
                cue: None,
                source: None,
                speaker: None,
                fragments: vec![],
                context,
            };
            if let Some(cue) = nearest_cue(&cues, sw, p) {
                attribute(&mut q, sw, cue, p.outer, before, &mut memory, &inside);
                attributed = Some((q.cue, q.source, q.speaker.clone()));
            } else if kind == QuoteKind::Full && p.outer.len() * 2 >= sentence.len() {
                if let Some((prev, cue, source, speaker)) = memory.previous.clone() {
                    if prev + 1 == index {
                        (q.cue, q.source, q.speaker) = (Some(cue), source, speaker);
                    }
                }
            }
            sentence_quotes.push(q);
        }
        if let Some(reported) = reported_speech(
            doc,
            sw,
            &cues,
            &direct,
            before,
            &mut memory,
            &inside,
            context,
        ) {
            attributed = Some((reported.cue, reported.source, reported.speaker.clone()));
            sentence_quotes
                .retain(|q| !(q.kind == QuoteKind::Partial && reported.span.contains(q.span)));
            sentence_quotes.push(reported);
        }
        if let Some((Some(cue), source, speaker)) = attributed {
            memory.previous = Some((index, cue, source, speaker));
        }
        quotes.extend(sentence_quotes);
    }
    quotes.sort_by_key(|q| q.span.start);
    remove_overlaps(&mut quotes);
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
    let gap_has_cue = |a: &Pair, b: &Pair| {
        let between: Vec<&Word> = sw
            .iter()
            .filter(|w| w.span.start >= a.outer.end && w.span.end <= b.outer.start)
            .collect();
        between.len() <= 5
            && cues.iter().any(|c| {
                sw[c.first].span.start >= a.outer.end && sw[c.last - 1].span.end <= b.outer.start
            })
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

/// The words of the document that lie inside `span` (the document's words are split once).
fn words_in<'a, 'd>(all: &'a [Word<'d>], span: Span) -> &'a [Word<'d>] {
    let first = all.partition_point(|w| w.span.start < span.start);
    let last = first + all[first..].partition_point(|w| w.span.end <= span.end);
    &all[first..last]
}

/// Titles of works ("the film “The Battle of Algiers”") and nicknames
/// (Joaquín “El Chapo” Guzmán) are not quotes.
fn is_title_or_name(all: &[Word], sentence: Span, p: &Pair) -> bool {
    let inner: Vec<&Word> = words_in(all, p.content)
        .iter()
        .filter(|w| !w.is_punct())
        .collect();
    if inner.is_empty() {
        return true;
    }
    let title_case = inner
        .iter()
        .all(|w| w.is_capitalized() || w.text().len() <= 3);
    if !title_case {
        return false;
    }
    let before = words_in(all, Span::new(sentence.start, p.outer.start));
    let after = words_in(all, Span::new(p.outer.end, sentence.end));
    let trigger = before
        .iter()
        .rev()
        .take(3)
        .any(|w| TITLE_TRIGGERS.contains(&w.lower()));
    let nickname = inner.len() <= 3
        && before
            .last()
            .is_some_and(|w| w.is_capitalized() && !w.is_punct())
        && after
            .first()
            .is_some_and(|w| w.is_capitalized() && !w.is_punct());
    trigger || nickname
}

fn find_cues(sw: &[Word], inside: &dyn Fn(&Word) -> bool) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < sw.len() {
        let found = cues::starting_with(sw[k].lower()).iter().find(|e| {
            e.words.iter().enumerate().all(|(o, cw)| {
                sw.get(k + o).is_some_and(|w| {
                    let lowercase_ok = !w.is_capitalized()
                        || (k + o == 0 && o == 0)
                        || (o == 0 && cw == "according");
                    w.lower() == *cw && lowercase_ok && !inside(w)
                })
            })
        });
        match found {
            Some(e) if !(k > 0 && sw[k - 1].lower() == "the") => {
                out.push(Cue {
                    first: k,
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

/// The cue that attributes a direct quote: the nearest one in its sentence, preferring
/// a cue right after the quote (“…,” he said).
fn nearest_cue<'c>(cues: &'c [Cue], sw: &[Word], p: &Pair) -> Option<&'c Cue> {
    let distance = |c: &Cue| -> usize {
        let cs = sw[c.first].span.start;
        let ce = sw[c.last - 1].span.end;
        if cs >= p.outer.end {
            sw.iter()
                .filter(|w| w.span.start >= p.outer.end && w.span.end <= cs)
                .count()
        } else if ce <= p.outer.start {
            sw.iter()
                .filter(|w| w.span.start >= ce && w.span.end <= p.outer.start)
                .count()
                + 1
        } else {
            usize::MAX
        }
    };
    cues.iter()
        .filter(|c| distance(c) != usize::MAX)
        .min_by_key(|c| distance(c))
}

#[allow(clippy::too_many_arguments)]
fn attribute(
    q: &mut Quote,
    sw: &[Word],
    cue: &Cue,
    quote_outer: Span,
    names: &[Mention],
    memory: &mut Memory,
    inside: &dyn Fn(&Word) -> bool,
) {
    q.cue = Some(Span::new(
        sw[cue.first].span.start,
        sw[cue.last - 1].span.end,
    ));
    let after_quote = sw[cue.first].span.start >= quote_outer.end;
    let source = source_words(sw, cue, after_quote, inside);
    if source.is_empty() {
        return;
    }
    q.source = Some(Span::new(
        source[0].span.start,
        source[source.len() - 1].span.end,
    ));
    q.speaker = resolve_speaker(&source, names, memory);
}

fn resolve_speaker(source: &[Word], names: &[Mention], memory: &mut Memory) -> Option<String> {
    let at = source[0].span.start;
    // The last name mentioned before the source, if it came after the last speaker.
    let mentioned = names[..names.partition_point(|m| m.at < at)]
        .last()
        .filter(|m| m.at >= memory.last_person_at);
    let last_person = match mentioned {
        Some(m) if memory.last_person.is_none() || m.at > memory.last_person_at => {
            Some(m.name.as_str())
        }
        _ => memory.last_person.as_deref(),
    };
    let speaker = speakers::resolve(
        &memory.index,
        source,
        names,
        last_person,
        memory.last_org.as_deref(),
    )?;
    match &speaker {
        Speaker::Person(p) => {
            memory.last_person = Some(p.clone());
            memory.last_person_at = at;
        }
        Speaker::Organisation(o) => memory.last_org = Some(o.clone()),
        Speaker::Unnamed(_) => {}
    }
    Some(speaker.name().to_string())
}

/// The source phrase of a cue: after "according to", the subject of the sentence for
/// participles ("…, saying"), after the verb when inverted (“…,” said Khiame), else the
/// noun phrase before the verb.
fn source_words<'d>(
    sw: &[Word<'d>],
    cue: &Cue,
    after_quote: bool,
    inside: &dyn Fn(&Word) -> bool,
) -> Vec<Word<'d>> {
    match cue.class {
        CueClass::Prep => np_forward(sw, cue.last, inside),
        CueClass::Participle => subject(sw, inside),
        _ => {
            // “…,” said Khiame — but not “…,” she told the court.
            let subject_between = after_quote
                && sw[..cue.first]
                    .iter()
                    .rev()
                    .take_while(|w| !inside(w))
                    .any(|w| !w.is_punct());
            let inverted = after_quote
                && !subject_between
                && sw
                    .get(cue.last)
                    .is_some_and(|w| w.is_capitalized() || matches!(w.lower(), "the" | "a" | "an"));
            if inverted {
                return np_forward(sw, cue.last, inside);
            }
            let back = np_backward(sw, cue.first, inside);
            if back.is_empty() {
                np_forward(sw, cue.last, inside)
            } else {
                back
            }
        }
    }
}

fn is_np_word(w: &Word) -> bool {
    let lex = speakers::lexicon();
    !w.is_punct()
        && (w.is_capitalized()
            || NP_WORDS.contains(&w.lower())
            || lex.roles.contains(w.lower())
            || lex.orgs.contains(w.lower())
            || lex.titles.contains(w.lower()))
}

fn np_forward<'d>(sw: &[Word<'d>], from: usize, inside: &dyn Fn(&Word) -> bool) -> Vec<Word<'d>> {
    trim_np(noun_phrase(sw[from.min(sw.len())..].iter(), inside))
}

fn np_backward<'d>(
    sw: &[Word<'d>],
    cue_first: usize,
    inside: &dyn Fn(&Word) -> bool,
) -> Vec<Word<'d>> {
    let mut j = cue_first;
    while j > 0
        && (ADVERBS.contains(&sw[j - 1].lower()) || sw[j - 1].lower().ends_with("ly"))
        && !sw[j - 1].is_capitalized()
    {
        j -= 1;
    }
    let mut np = subject_before(&sw[..j], inside);
    np.reverse();
    trim_np(np)
}

/// The subject noun phrase that ends where `words` end, read backwards. Besides names,
/// titles and role words it takes up to three ordinary lowercase words when a
/// determiner, a possessive or a name confirms them: "the ad's narrator", "one
/// questioner", "The New York businessman".
fn subject_before<'d>(words: &[Word<'d>], inside: &dyn Fn(&Word) -> bool) -> Vec<Word<'d>> {
    const CLAUSE_WORDS: &[&str] = &[
        "and", "or", "but", "that", "which", "who", "when", "while", "as", "after", "before",
        "because", "if", "then", "also", "it", "is", "was", "are", "were", "has", "had", "have",
        "not", "to", "with", "in", "on", "at", "by", "from", "than", "so", "be", "been", "being",
        "there", "this", "these", "those",
    ];
    const DETERMINERS: &[&str] = &[
        "one", "two", "three", "some", "many", "several", "another", "other", "this", "that",
    ];
    let mut out: Vec<Word> = Vec::new();
    let mut pending: Vec<Word> = Vec::new();
    for w in words.iter().rev() {
        if inside(w) || out.len() + pending.len() >= 10 {
            break;
        }
        if out.is_empty() && pending.is_empty() && speakers::lexicon().pronouns.contains(w.lower())
        {
            return vec![w.clone()];
        }
        let confirms = is_np_word(w)
            || (!out.is_empty() || !pending.is_empty()) && DETERMINERS.contains(&w.lower());
        if confirms {
            out.append(&mut pending);
            out.push(w.clone());
        } else if !w.is_punct()
            && !w.is_capitalized()
            && pending.len() < 3
            && !CLAUSE_WORDS.contains(&w.lower())
        {
            if w.lower().ends_with("'s") {
                // A possessive confirms what follows it ("the ad's narrator").
                pending.push(w.clone());
                out.append(&mut pending);
            } else {
                pending.push(w.clone());
            }
        } else {
            break;
        }
    }
    out
}

/// Collects a noun phrase from words in reading order or backwards: a lone pronoun, or
/// up to ten name, title, role and determiner words.
fn noun_phrase<'w, 'd: 'w>(
    words: impl Iterator<Item = &'w Word<'d>>,
    inside: &dyn Fn(&Word) -> bool,
) -> Vec<Word<'d>> {
    let mut out: Vec<Word> = Vec::new();
    for w in words {
        if inside(w) || out.len() >= 10 {
            break;
        }
        if out.is_empty() && speakers::lexicon().pronouns.contains(w.lower()) {
            return vec![w.clone()];
        }
        if !is_np_word(w) {
            break;
        }
        out.push(w.clone());
    }
    out
}

/// A phrase does not start or end with "of"/"for", and holds a real word.
fn trim_np(mut out: Vec<Word>) -> Vec<Word> {
    while out
        .first()
        .is_some_and(|w| matches!(w.lower(), "of" | "for"))
    {
        out.remove(0);
    }
    while out.last().is_some_and(|w| NP_WORDS.contains(&w.lower())) {
        out.pop();
    }
    out
}

/// The subject of the sentence: skips a leading phrase up to its comma ("In his
/// interview with 2M, Khiame said …") and takes the noun phrase that follows.
fn subject<'d>(sw: &[Word<'d>], inside: &dyn Fn(&Word) -> bool) -> Vec<Word<'d>> {
    let first_np = np_forward(sw, 0, inside);
    let starts_with_phrase = sw
        .first()
        .is_some_and(|w| !is_np_word(w) || matches!(w.lower(), "in" | "on" | "at" | "after"));
    if !first_np.is_empty()
        && !starts_with_phrase
        && sw.get(first_np.len()).is_some_and(|w| !w.is_punct())
    {
        return first_np;
    }
    match sw.iter().position(|w| w.text() == ",") {
        Some(comma) => np_forward(sw, comma + 1, inside),
        None => first_np,
    }
}

/// Reported speech in a sentence: the first cue that introduces a clause gives one
/// `indirect` quote, or `mixed` when the clause holds quoted fragments.
#[allow(clippy::too_many_arguments)]
fn reported_speech(
    doc: &Document,
    sw: &[Word],
    cues: &[Cue],
    direct: &[Pair],
    names: &[Mention],
    memory: &mut Memory,
    inside: &dyn Fn(&Word) -> bool,
    context: Span,
) -> Option<Quote> {
    for cue in cues {
        let Some(content) = reported_content(doc, sw, cue, direct, inside) else {
            continue;
        };
        let fragments: Vec<Span> = direct
            .iter()
            .filter(|p| content.contains(p.outer))
            .map(|p| p.content)
            .collect();
        let inner_words = count_words(doc, content);
        if inner_words < MIN_REPORTED_WORDS {
            continue;
        }
        let kind = if fragments.is_empty() {
            QuoteKind::Indirect
        } else {
            QuoteKind::Mixed
        };
        let mut q = Quote {
            span: content,
            kind,
            cue: None,
            source: None,
            speaker: None,
            fragments,
            context,
        };
        let after = sw[cue.first].span.start >= content.end;
        attribute(&mut q, sw, cue, content, names, memory, inside);
        if after && q.source.is_none() {
            continue;
        }
        return Some(q);
    }
    None
}

/// The span of the reported clause introduced by `cue`, if it introduces one.
fn reported_content(
    doc: &Document,
    sw: &[Word],
    cue: &Cue,
    direct: &[Pair],
    inside: &dyn Fn(&Word) -> bool,
) -> Option<Span> {
    let full_open = |from: usize| {
        direct
            .iter()
            .filter(|p| p.outer.start >= from && count_words(doc, p.content) >= FULL_QUOTE_WORDS)
            .map(|p| p.outer.start)
            .min()
    };
    let end_of_sentence = sw.last()?.span.end;
    let start_word = match cue.class {
        CueClass::Prep => {
            let span = according_to_content(sw, cue, inside, &full_open)?;
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
        CueClass::Say | CueClass::That | CueClass::Object | CueClass::Participle => {
            let that = (cue.last..(cue.last + THAT_WINDOW).min(sw.len()))
                .take_while(|&k| !sw[k].is_punct() && !inside(&sw[k]))
                .find(|&k| sw[k].lower() == "that");
            match that {
                Some(k) => k + 1,
                None if matches!(cue.class, CueClass::Say | CueClass::Participle)
                    && starts_clause(sw, cue.last, inside)
                    && !direct
                        .iter()
                        .any(|p| p.outer.end <= sw[cue.first].span.start) =>
                {
                    cue.last
                }
                None if matches!(cue.class, CueClass::Say | CueClass::That) => {
                    let span = clause_before(sw, cue, inside)?;
                    return trim_content(doc, sw, span, direct);
                }
                None => return None,
            }
        }
    };
    let start = sw.get(start_word)?.span.start;
    let mut end = end_of_sentence;
    if let Some(open) = full_open(start) {
        end = end.min(open);
    }
    if let Some(k) = (start_word..sw.len())
        .find(|&k| sw[k].lower() == "according" && sw.get(k + 1).is_some_and(|w| w.lower() == "to"))
    {
        end = end.min(sw[k].span.start);
    }
    trim_content(doc, sw, Span::new(start, end), direct)
}

/// "The talks failed, he said." / "…, said the minister on Monday.": the reported
/// clause comes first, then a comma, the speaker and the cue, and little after.
fn clause_before(sw: &[Word], cue: &Cue, inside: &dyn Fn(&Word) -> bool) -> Option<Span> {
    let tail = sw[cue.last..].iter().filter(|w| !w.is_punct()).count();
    if tail > 6 {
        return None;
    }
    let inverted = cue.first > 0 && sw[cue.first - 1].text() == ",";
    let comma = if inverted {
        cue.first - 1
    } else {
        let np = subject_before(&sw[..cue.first], inside);
        let before_np = cue.first.checked_sub(np.len() + 1)?;
        if np.is_empty() || sw[before_np].text() != "," {
            return None;
        }
        before_np
    };
    let first = sw.iter().position(|w| !w.is_punct())?;
    if comma <= first || sw[first..comma].iter().any(inside) {
        return None;
    }
    Some(Span::new(sw[first].span.start, sw[comma].span.start))
}

/// After "said" with no "that", a clause starts with a determiner, pronoun, name or noun,
/// not with a preposition, a quote or punctuation ("said on Monday", "said: “…”").
fn starts_clause(sw: &[Word], k: usize, inside: &dyn Fn(&Word) -> bool) -> bool {
    const NOT_CLAUSE: &[&str] = &[
        "on", "in", "at", "to", "by", "after", "before", "during", "with", "from", "of", "for",
        "as", "about", "and", "but", "so", "while", "when", "through", "it", "was", "is",
    ];
    sw.get(k)
        .is_some_and(|w| !w.is_punct() && !inside(w) && !NOT_CLAUSE.contains(&w.lower()))
}

/// "According to X, …" gives the clause after X; "…, according to X." the clause before.
fn according_to_content(
    sw: &[Word],
    cue: &Cue,
    inside: &dyn Fn(&Word) -> bool,
    full_open: &dyn Fn(usize) -> Option<usize>,
) -> Option<Span> {
    let source_len = np_forward(sw, cue.last, inside).len();
    let after = cue.last + source_len;
    if sw.get(after).is_some_and(|w| w.text() == ",") && after + 1 < sw.len() {
        let start = sw[after + 1].span.start;
        let end = full_open(start).unwrap_or(sw.last()?.span.end);
        return Some(Span::new(start, end));
    }
    if cue.first >= 2 && sw[cue.first - 1].text() == "," {
        let first = if sw[0].is_punct() { 1 } else { 0 };
        return Some(Span::new(
            sw[first].span.start,
            sw[cue.first - 1].span.start,
        ));
    }
    None
}

/// Drops trailing punctuation and dangling function words ("…, which is a") and a
/// final full stop that is not inside a quote.
fn trim_content(doc: &Document, sw: &[Word], span: Span, direct: &[Pair]) -> Option<Span> {
    const DANGLING: &[&str] = &[
        "which", "who", "is", "are", "was", "a", "an", "the", "as", "of", "and", "that", "it",
        "its", "be",
    ];
    let mut inner: Vec<&Word> = sw.iter().filter(|w| span.contains(w.span)).collect();
    while let Some(w) = inner.last() {
        let in_quote = direct.iter().any(|p| p.outer.contains(w.span));
        if !in_quote && (w.is_punct() || DANGLING.contains(&w.lower())) {
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
}
