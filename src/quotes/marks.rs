//! Pairing quotation marks: "…", “…”, ‘…’, «…», „…“, ‹…›, 「…」, nested quotes,
//! quotes over several paragraphs, and apostrophes that look like single quotes.
//! Unbalanced marks never stop the scan: they become warnings and the rest is read.
use crate::text::{Document, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
}

/// A pair of marks: `outer` includes them, `content` is what they enclose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub outer: Span,
    pub content: Span,
    /// Nesting depth: 0 for a quote not inside another.
    pub depth: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkWarning {
    pub code: &'static str,
    pub message: String,
    pub span: Span,
}

#[derive(Debug, Default)]
pub struct Marks {
    pub pairs: Vec<Pair>,
    pub warnings: Vec<MarkWarning>,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    family: Family,
    at: usize,
    /// 2 for a doubled apostrophe used as a double quote (''…'').
    width: usize,
    /// The mark opened its paragraph or a sentence (“…,” she said. “But …), so the
    /// quote may run on into the next paragraph.
    runs_on: bool,
}

/// The open marks, innermost last, with the positions of each family's marks so that
/// "is one open?" and "where is the last one?" cost O(1): 10,000 unmatched marks stay linear.
#[derive(Default)]
struct OpenStack {
    items: Vec<Open>,
    by_family: [Vec<usize>; 5],
}

impl OpenStack {
    fn slot(f: Family) -> usize {
        f as usize
    }
    fn push(&mut self, o: Open) {
        self.by_family[Self::slot(o.family)].push(self.items.len());
        self.items.push(o);
    }
    fn pop(&mut self) -> Option<Open> {
        let o = self.items.pop()?;
        self.by_family[Self::slot(o.family)].pop();
        Some(o)
    }
    fn last(&self) -> Option<&Open> {
        self.items.last()
    }
    fn has(&self, f: Family) -> bool {
        !self.by_family[Self::slot(f)].is_empty()
    }
    fn last_of(&self, f: Family) -> Option<usize> {
        self.by_family[Self::slot(f)].last().copied()
    }
    /// Removes and returns the marks above position `pos` (innermost last).
    fn drain_above(&mut self, pos: usize) -> Vec<Open> {
        let mut out = Vec::new();
        while self.items.len() > pos + 1 {
            out.extend(self.pop());
        }
        out.reverse();
        out
    }
    /// Removes everything except, when `keep_last`, the innermost mark.
    fn drain_all(&mut self, keep_last: bool) -> Vec<Open> {
        let kept = if keep_last { self.pop() } else { None };
        let mut out = Vec::new();
        while let Some(o) = self.pop() {
            out.push(o);
        }
        out.reverse();
        if let Some(k) = kept {
            self.push(k);
        }
        out
    }
}

enum Role {
    Open(Family),
    Close(Family),
    /// Straight quotes: open or close by position and by what is open.
    Either(Family),
    None,
}

/// Finds all quotation pairs in the document, sorted by start.
pub fn pair(doc: &Document) -> Marks {
    let chars = doc.chars();
    let mut stack = OpenStack::default();
    let mut out = Marks::default();
    let mut paragraph_start = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            let next = next_paragraph_start(chars, i);
            carry_over_paragraph(chars, &mut stack, &mut out, next);
            paragraph_start = true;
            // A continuing quote re-opens with a mark we must not treat as a new quote.
            if let Some(n) = next {
                if stack
                    .last()
                    .is_some_and(|o| o.runs_on && opens_family(chars, n) == Some(o.family_of()))
                {
                    i = n + 1;
                    paragraph_start = false;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // ''…'': two apostrophes for a double quotation mark (some newspapers' copy).
        if doubled_apostrophe(chars, i) {
            let opens = (i == 0 || !chars[i - 1].is_alphanumeric())
                && chars.get(i + 2).is_some_and(|n| !n.is_whitespace());
            let closes = i > 0
                && !chars[i - 1].is_whitespace()
                && chars
                    .get(i + 2)
                    .is_none_or(|n| n.is_whitespace() || !n.is_alphanumeric());
            if stack.has(Family::Double) && closes {
                close(&mut stack, &mut out, Family::Double, i, 2);
            } else if opens {
                open(
                    &mut stack,
                    &mut out,
                    chars,
                    (Family::Double, i, 2),
                    paragraph_start,
                );
            }
            paragraph_start = false;
            i += 2;
            continue;
        }
        let role = role(chars, i, &stack);
        match role {
            Role::Open(f) => open(&mut stack, &mut out, chars, (f, i, 1), paragraph_start),
            Role::Close(f) => close(&mut stack, &mut out, f, i, 1),
            Role::Either(f) => {
                if stack.has(f) && closing_position(chars, i) {
                    close(&mut stack, &mut out, f, i, 1)
                } else if opening_position(chars, i) {
                    open(&mut stack, &mut out, chars, (f, i, 1), paragraph_start)
                } else if stack.has(f) {
                    close(&mut stack, &mut out, f, i, 1)
                } else if f == Family::Double {
                    warn(
                        &mut out,
                        "unmatched_closing_quote",
                        i,
                        "a closing quotation mark with no opening mark",
                    );
                }
            }
            Role::None => {}
        }
        paragraph_start = false;
        i += 1;
    }
    for o in stack.drain_all(false) {
        warn_unclosed(&mut out, o);
    }
    out.pairs
        .sort_by_key(|p| (p.outer.start, std::cmp::Reverse(p.outer.end)));
    // Depth counts the pairs around a pair, not marks left open around it ("'totally
    // disabled," and "there was no danger," …: the stray ' closes nothing, and the
    // quotes after it are no one's quotes within a quote).
    let mut around: Vec<usize> = Vec::new();
    for p in &mut out.pairs {
        while around.last().is_some_and(|&end| end <= p.outer.start) {
            around.pop();
        }
        p.depth = around.len();
        around.push(p.outer.end);
    }
    out.warnings.sort_by_key(|w| w.span.start);
    out
}

impl Open {
    fn family_of(&self) -> Family {
        self.family
    }
}

fn role(chars: &[char], i: usize, stack: &OpenStack) -> Role {
    let open_of = |f: Family| stack.has(f);
    match chars[i] {
        '“' if open_of(Family::Double) && stack_has_low_double(chars, stack) => {
            Role::Close(Family::Double)
        }
        // “expedited review“ of: an opening mark where only a closing one fits closes the
        // open quote (a typing slip of scraped copy).
        '“' if open_of(Family::Double)
            && closing_position(chars, i)
            && !opening_position(chars, i)
            && !next_is_word(chars, i) =>
        {
            Role::Close(Family::Double)
        }
        '“' | '„' => Role::Open(Family::Double),
        '”' => {
            if open_of(Family::Double) || !opening_position(chars, i) {
                Role::Close(Family::Double)
            } else {
                Role::Open(Family::Double)
            }
        }
        '"' => Role::Either(Family::Double),
        '«' => Role::Open(Family::Guillemet),
        '»' => Role::Close(Family::Guillemet),
        '‹' => Role::Open(Family::SingleGuillemet),
        '›' => Role::Close(Family::SingleGuillemet),
        '「' | '『' => Role::Open(Family::Corner),
        '」' | '』' => Role::Close(Family::Corner),
        '‘' if next_is_word(chars, i) && !prev_is_word(chars, i) && !next_is_digit(chars, i) => {
            Role::Open(Family::Single)
        }
        '’' | '\'' => single_role(chars, i, open_of(Family::Single)),
        _ => Role::None,
    }
}

/// German „…“: a “ closes when the open double quote began with „.
fn stack_has_low_double(chars: &[char], stack: &OpenStack) -> bool {
    stack
        .last_of(Family::Double)
        .is_some_and(|pos| chars[stack.items[pos].at] == '„')
}

/// ’ and ' are apostrophes inside words (don't, Morocco’s), before decades (the ’90s)
/// and after plural possessives unless a single quote is open.
fn single_role(chars: &[char], i: usize, single_open: bool) -> Role {
    let prev_word = prev_is_word(chars, i);
    let next_word = next_is_word(chars, i);
    if prev_word && next_word {
        return Role::None;
    }
    if !prev_word && next_is_digit(chars, i) {
        return Role::None;
    }
    if prev_word || (single_open && closing_position(chars, i)) {
        return if single_open {
            Role::Close(Family::Single)
        } else {
            Role::None
        };
    }
    if chars[i] == '\'' && next_word && opening_position(chars, i) {
        return Role::Open(Family::Single);
    }
    Role::None
}

fn prev_is_word(chars: &[char], i: usize) -> bool {
    i > 0 && chars[i - 1].is_alphanumeric()
}

fn next_is_word(chars: &[char], i: usize) -> bool {
    chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
}

fn next_is_digit(chars: &[char], i: usize) -> bool {
    chars.get(i + 1).is_some_and(|c| c.is_numeric())
}

/// An invisible formatting character of scraped text (a direction mark such as U+202A,
/// a zero-width space or joiner, a byte-order mark): it counts as space before a mark.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Preceded by start, space, an opening bracket or a dash, and followed by text.
fn opening_position(chars: &[char], i: usize) -> bool {
    let before_ok = i == 0 || {
        let p = chars[i - 1];
        p.is_whitespace()
            || is_invisible(p)
            || matches!(
                p,
                '(' | '[' | '{' | '—' | '–' | '-' | ':' | '“' | '‘' | '«' | '/'
            )
    };
    let after_ok = chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
    before_ok && after_ok
}

/// Followed by end, space or punctuation, and preceded by text.
fn closing_position(chars: &[char], i: usize) -> bool {
    let before_ok = i > 0 && !chars[i - 1].is_whitespace();
    let after_ok = chars
        .get(i + 1)
        .is_none_or(|c| c.is_whitespace() || (!c.is_alphanumeric()) || c.is_uppercase());
    before_ok && after_ok
}

/// Closes the innermost open mark of `family` with the mark of `width` chars at `i`.
fn close(stack: &mut OpenStack, out: &mut Marks, family: Family, i: usize, width: usize) {
    let Some(pos) = stack.last_of(family) else {
        if family != Family::Single {
            warn(
                out,
                "unmatched_closing_quote",
                i,
                "a closing quotation mark with no opening mark",
            );
        }
        return;
    };
    // Marks opened inside this pair and never closed are reported, not paired.
    for inner in stack.drain_above(pos) {
        warn_unclosed(out, inner);
    }
    let open = stack.pop().expect("position found above");
    out.pairs.push(Pair {
        outer: Span::new(open.at, i + width),
        content: Span::new(open.at + open.width, i),
        // Set in `pair` once all pairs are known.
        depth: 0,
    });
}

/// Opens a mark of `family` at `i`, `width` chars wide, first ending a quote whose
/// paragraph break was lost ([`end_run_on`]).
fn open(
    stack: &mut OpenStack,
    out: &mut Marks,
    chars: &[char],
    (family, i, width): (Family, usize, usize),
    paragraph_start: bool,
) {
    end_run_on(stack, out, chars, family, i);
    stack.push(Open {
        family,
        at: i,
        width,
        runs_on: paragraph_start || after_stop(chars, i),
    });
}

/// “… saving thousands of lives. “His later life …”: a double quote that opened a
/// sentence or followed a colon, still open when a new sentence of its line opens with
/// the same mark, ends at that sentence's stop. It is a quote that ran over paragraphs
/// in copy whose paragraph breaks were lost (or one whose closing mark was dropped),
/// not a quote within a quote: those open inside a sentence.
fn end_run_on(stack: &mut OpenStack, out: &mut Marks, chars: &[char], family: Family, i: usize) {
    let Some(run) = stack.last().copied() else {
        return;
    };
    if family != Family::Double || run.family != family || !run.runs_on {
        return;
    }
    let Some(stop) = (run.at + run.width..i)
        .rev()
        .find(|&j| !chars[j].is_whitespace())
        .filter(|&j| matches!(chars[j], '.' | '!' | '?') && !chars[j + 1..i].contains(&'\n'))
    else {
        return;
    };
    // A quote after a stop whose pair is nested in the run-on one ("…», Marty said,
    // adding that they did not react “hours early”. …) or whose last sentence names its
    // speaker ("… protect Australians, said Mr Hill. “Obviously …") lost a closing mark
    // before: its words end elsewhere, and the reported-speech reader finds them.
    let nested = out
        .pairs
        .iter()
        .rev()
        .take_while(|p| p.outer.start > run.at)
        .any(|p| opens_family(chars, p.outer.start) == Some(Family::Double));
    if nested || names_speaker(&chars[run.at + run.width..stop]) {
        return;
    }
    stack.pop();
    out.pairs.push(Pair {
        outer: Span::new(run.at, stop + 1),
        content: Span::new(run.at + run.width, stop + 1),
        depth: 0,
    });
}

/// Whether the last sentence of `text` holds "said" or "says" before a capitalised
/// word other than "I" (", said Mr Hill", "days said Abd Abu al-Nasr").
fn names_speaker(text: &[char]) -> bool {
    let from = text
        .iter()
        .rposition(|c| matches!(c, '.' | '!' | '?'))
        .map_or(0, |j| j + 1);
    let sentence: String = text[from..].iter().collect();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    words.windows(2).any(|w| {
        matches!(w[0], "said" | "says")
            && w[1] != "I"
            && w[1].chars().next().is_some_and(char::is_uppercase)
    })
}

fn warn(out: &mut Marks, code: &'static str, at: usize, message: &str) {
    out.warnings.push(MarkWarning {
        code,
        message: message.to_string(),
        span: Span::new(at, at + 1),
    });
}

fn warn_unclosed(out: &mut Marks, o: Open) {
    if o.family != Family::Single {
        warn(
            out,
            "unclosed_quote",
            o.at,
            "an opening quotation mark that is never closed",
        );
    }
}

/// Whether the mark at `i` follows the stop of a sentence on its line ("… Ruiz said. “But")
/// or a colon ("Ruiz said: “The port …").
fn after_stop(chars: &[char], i: usize) -> bool {
    chars[..i]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace() || **c == '\n')
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':'))
}

fn next_paragraph_start(chars: &[char], newline: usize) -> Option<usize> {
    (newline + 1..chars.len()).find(|&j| !chars[j].is_whitespace())
}

/// How many characters the opening quotation mark at `i` takes (2 for a doubled
/// apostrophe), if one is there.
pub fn opening_width(chars: &[char], i: usize) -> Option<usize> {
    opens_family(chars, i).map(|_| if doubled_apostrophe(chars, i) { 2 } else { 1 })
}

/// Two apostrophes at `i`: ''…'', a double quotation mark in some newspapers' copy.
fn doubled_apostrophe(chars: &[char], i: usize) -> bool {
    chars[i] == '\'' && chars.get(i + 1) == Some(&'\'')
}

fn opens_family(chars: &[char], i: usize) -> Option<Family> {
    if doubled_apostrophe(chars, i) {
        return Some(Family::Double);
    }
    match chars[i] {
        '“' | '„' | '"' => Some(Family::Double),
        '«' => Some(Family::Guillemet),
        '‘' | '\'' => Some(Family::Single),
        _ => None,
    }
}

/// At a paragraph break, a quote that opened its paragraph continues when the next
/// paragraph opens with a mark of the same kind (the newsroom convention); every other
/// open mark is unclosed.
fn carry_over_paragraph(
    chars: &[char],
    stack: &mut OpenStack,
    out: &mut Marks,
    next: Option<usize>,
) {
    let continues =
        |o: &Open| o.runs_on && next.and_then(|n| opens_family(chars, n)) == Some(o.family);
    let keep_last = stack.last().is_some_and(continues);
    for o in stack.drain_all(keep_last) {
        warn_unclosed(out, o);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        pair(&doc)
            .pairs
            .iter()
            .map(|p| doc.original(p.content).to_string())
            .collect()
    }

    #[test]
    fn every_common_style_pairs() {
        assert_eq!(contents("a “b c” d"), vec!["b c"]);
        assert_eq!(contents("a \"b c\" d"), vec!["b c"]);
        assert_eq!(contents("a ‘b c’ d"), vec!["b c"]);
        assert_eq!(contents("a « b c » d"), vec![" b c "]);
        assert_eq!(contents("a „b c“ d"), vec!["b c"]);
        assert_eq!(contents("a ''b c,'' d"), vec!["b c,"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            contents("Morocco’s policy, don't, the ’90s and the countries’ leaders"),
            Vec::<String>::new()
        );
        assert_eq!(
            contents("He said ‘the ’90s were Morocco’s years’ today"),
            vec!["the ’90s were Morocco’s years"]
        );
    }

    #[test]
    fn nesting_keeps_both_levels() {
        let doc = Document::new("“He told me ‘never’ again,” she said.");
        let m = pair(&doc);
        assert_eq!(m.pairs.len(), 2);
        assert_eq!(m.pairs[0].depth, 0);
        assert_eq!(m.pairs[1].depth, 1);
    }

    #[test]
    fn unclosed_mark_is_a_warning_and_later_quotes_still_pair() {
        let doc = Document::new("He said “this never ends.\nThen she said “fine” and left.");
        let m = pair(&doc);
        assert_eq!(m.warnings.len(), 1);
        assert_eq!(m.warnings[0].code, "unclosed_quote");
        assert_eq!(m.pairs.len(), 1);
        assert_eq!(doc.original(m.pairs[0].content), "fine");
    }

    #[test]
    fn a_quote_over_paragraphs_whose_breaks_were_lost_ends_at_its_last_stop() {
        // Copy that lost its paragraph breaks: each paragraph is a pair of its own.
        assert_eq!(
            contents("He said: \"We will act. We will win. \"We will not stop,\" he added."),
            vec!["We will act. We will win.", "We will not stop,"]
        );
        assert_eq!(
            contents("“We will act. “We will not stop.” Then he left."),
            vec!["We will act.", "We will not stop."]
        );
        // Not a quote within a quote, nor one that lost its closing mark before the
        // speaker's name, nor one around another pair.
        assert_eq!(
            contents("He said: “We will act “as one” now.” Then he left."),
            vec!["We will act “as one” now.", "as one"]
        );
        assert_eq!(
            contents("\"We must act, said Mr Hill. \"We will act.\""),
            vec!["We will act."]
        );
        assert_eq!(
            contents("\"They fled, \"at dawn\", she said. \"We stayed.\""),
            vec!["at dawn", "We stayed."]
        );
    }

    #[test]
    fn quote_runs_over_paragraphs_that_reopen_with_a_mark() {
        let text = "“We will act.\n“We will not stop,” he said.";
        let doc = Document::new(text);
        let m = pair(&doc);
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
        assert_eq!(m.pairs.len(), 1);
        assert_eq!(
            doc.original(m.pairs[0].content),
            "We will act.\n“We will not stop,"
        );
    }

    #[test]
    fn a_quote_that_opens_a_sentence_runs_over_paragraphs_too() {
        let text = "“It is hard,” Ruiz said. “But we will act.\n\n“We will not stop,” she added.";
        let doc = Document::new(text);
        let m = pair(&doc);
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
        assert_eq!(
            contents(text),
            vec!["It is hard,", "But we will act.\n\n“We will not stop,"]
        );
        // So does one a colon introduces.
        assert_eq!(
            contents("Ruiz said: “The port will reopen.\n\n“We expect cargo on Monday.”"),
            vec!["The port will reopen.\n\n“We expect cargo on Monday."]
        );
        // Opened inside a sentence, a quote left open at the paragraph's end is unclosed.
        let m = pair(&Document::new(
            "She said “we will act.\n\n“We will not stop,” he said.",
        ));
        assert_eq!(m.warnings.len(), 1);
    }

    #[test]
    fn a_mark_after_an_invisible_direction_mark_opens() {
        // U+202A (left-to-right embedding) before a ” used as an opening mark.
        assert_eq!(
            contents("posted Ana.\n\n\u{202A}”This is why they must be stopped,” wrote Tomas."),
            vec!["This is why they must be stopped,"]
        );
    }

    #[test]
    fn an_opening_mark_where_only_a_closing_one_fits_closes() {
        assert_eq!(
            contents("They asked for an “expedited review“ of the case and “a hearing.”"),
            vec!["expedited review", "a hearing."]
        );
    }

    #[test]
    fn glued_closing_marks_pair() {
        assert_eq!(
            contents("security “would benefit.”Referring to “a motive.” Khiame"),
            vec!["would benefit.", "a motive."]
        );
    }
}
