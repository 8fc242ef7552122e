//! PolNeAR: stance of direct quotes in political news (our labels of the dev set), read
//! with their paragraph as context.
use crate::analysis::Analyzer;
use crate::data::read_jsonl;
use crate::error::{Error, Result};
use crate::features::Input;
use crate::models::argmax;
use crate::models::metrics::{self, Report};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Deserialize)]
struct StanceLabel {
    filename: String,
    annotator: String,
    attribution: String,
    stance: String,
}

#[derive(Deserialize)]
pub struct Article {
    pub filename: String,
    pub text: String,
    pub annotations: Vec<Annotation>,
}

#[derive(Deserialize)]
pub struct Annotation {
    pub annotator: String,
    pub attributions: Vec<Attribution>,
}

#[derive(Deserialize, Clone)]
pub struct Attribution {
    pub id: String,
    #[serde(default)]
    pub source: Vec<Fragment>,
    #[serde(default)]
    pub cue: Vec<Fragment>,
    #[serde(default)]
    pub content: Vec<Fragment>,
    #[serde(default)]
    pub content_is_quoted: bool,
}

#[derive(Deserialize, Clone, Copy, Debug)]
pub struct Fragment {
    pub start: usize,
    pub end: usize,
}

/// A labelled quote: its words (marks stripped), the words around it, its cue, and
/// the stance label.
pub struct StanceItem {
    pub id: String,
    pub quote: String,
    pub context: String,
    pub cue: Option<String>,
    pub stance: String,
}

pub fn read_articles(path: &Path) -> Result<Vec<Article>> {
    read_jsonl(path)
}

fn slice(chars: &[char], a: usize, b: usize) -> String {
    chars[a.min(chars.len())..b.min(chars.len())]
        .iter()
        .collect()
}

/// The paragraph (between blank lines) around a span.
fn paragraph(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let mut a = start;
    while a > 0 && !(chars[a - 1] == '\n' && a >= 2 && chars[a - 2] == '\n') {
        a -= 1;
    }
    let mut b = end.min(chars.len());
    while b < chars.len() && !(chars[b] == '\n' && chars.get(b + 1) == Some(&'\n')) {
        b += 1;
    }
    (a, b)
}

/// The sentences (within its paragraph) that the quote touches: the same context the
/// analyzer gives the stance model.
fn sentence_around(text: &str, chars: &[char], start: usize, end: usize) -> (usize, usize) {
    use crate::text::{split_sentences, Document};
    let (ps, pe) = paragraph(chars, start, end);
    let doc = Document::new(text);
    let touching: Vec<_> = split_sentences(&doc)
        .into_iter()
        .filter(|x| x.start < end && start < x.end && x.start >= ps && x.end <= pe)
        .collect();
    match (touching.first(), touching.last()) {
        (Some(a), Some(b)) => (a.start.min(start), b.end.max(end)),
        _ => (ps, pe),
    }
}

pub fn stance_items(labels: &Path, dev: &Path) -> Result<Vec<StanceItem>> {
    let articles: HashMap<String, Article> = read_articles(dev)?
        .into_iter()
        .map(|a| (a.filename.clone(), a))
        .collect();
    read_jsonl::<StanceLabel>(labels)?
        .into_iter()
        .map(|l| {
            let a = articles
                .get(&l.filename)
                .ok_or_else(|| Error::data(dev.display(), format!("no article {}", l.filename)))?;
            let ann = a
                .annotations
                .iter()
                .find(|x| x.annotator == l.annotator)
                .ok_or_else(|| {
                    Error::data(
                        dev.display(),
                        format!("{}: no annotator {}", l.filename, l.annotator),
                    )
                })?;
            let at = ann
                .attributions
                .iter()
                .find(|x| x.id == l.attribution)
                .ok_or_else(|| {
                    Error::data(
                        dev.display(),
                        format!("{}: no attribution {}", l.filename, l.attribution),
                    )
                })?;
            let chars: Vec<char> = a.text.chars().collect();
            let (s, e) = (
                at.content.iter().map(|f| f.start).min().unwrap_or(0),
                at.content.iter().map(|f| f.end).max().unwrap_or(0),
            );
            let quote: String = at
                .content
                .iter()
                .map(|f| slice(&chars, f.start, f.end))
                .collect::<Vec<_>>()
                .join(" ");
            let quote = quote
                .trim_matches(|c: char| matches!(c, '“' | '”' | '"' | ' ' | '.' | ','))
                .to_string();
            let (ps, pe) = sentence_around(&a.text, &chars, s, e);
            let context = format!("{} {}", slice(&chars, ps, s), slice(&chars, e, pe));
            let cue: Vec<String> = at
                .cue
                .iter()
                .map(|f| slice(&chars, f.start, f.end))
                .collect();
            Ok(StanceItem {
                id: format!("{}/{}", l.filename, l.attribution),
                quote,
                context,
                cue: (!cue.is_empty()).then(|| cue.join(" ")),
                stance: l.stance,
            })
        })
        .collect()
}

/// The stance model's input for an item: the quote, the words around it, its cue.
pub fn stance_input(item: &StanceItem) -> Input<'_> {
    Input {
        fields: vec![&item.quote],
        context: Some((&item.context, "")),
        cue: item.cue.as_deref(),
        other: None,
    }
}

/// Stance figures of the analyzer's stance model on labelled items; a label the model
/// does not have counts as a miss.
pub fn evaluate_stance(analyzer: &Analyzer, items: &[StanceItem]) -> Report {
    let stance = analyzer.stance();
    let classes = stance.labels();
    let gold: Vec<usize> = items
        .iter()
        .map(|i| {
            classes
                .iter()
                .position(|c| *c == i.stance)
                .unwrap_or(usize::MAX)
        })
        .collect();
    let pred: Vec<usize> = items
        .iter()
        .map(|i| argmax(&stance.scores(&stance_input(i)).1))
        .collect();
    metrics::multiclass(classes, &gold, &pred)
}

/// A code-point range, start and end.
type Range = (usize, usize);

/// Precision, recall and F1 of predicted spans against gold spans.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SpanScores {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl SpanScores {
    fn new(gold: usize, predicted: usize, gold_matched: usize, predicted_matched: usize) -> Self {
        let p = if predicted == 0 {
            0.0
        } else {
            predicted_matched as f64 / predicted as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            gold_matched as f64 / gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        SpanScores {
            gold,
            predicted,
            matched: gold_matched,
            precision: metrics::round4(p),
            recall: metrics::round4(r),
            f1: metrics::round4(f),
        }
    }
}

/// Quote extraction and attribution measured against PolNeAR's annotations.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct QuoteReport {
    pub articles: usize,
    /// Direct quotes (content in quotation marks), exact span match after trimming marks and punctuation.
    pub direct_exact: SpanScores,
    /// Direct quotes, overlap of at least half of the longer span.
    pub direct_overlap: SpanScores,
    /// All attributions (direct and reported) against all our quotes, overlap.
    pub all_overlap: SpanScores,
    /// For direct quotes found: our source span overlaps the gold source.
    pub source_accuracy: f64,
    /// For reported and direct quotes found: same.
    pub all_source_accuracy: f64,
}

fn trim_span(chars: &[char], mut a: usize, mut b: usize) -> (usize, usize) {
    let junk = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '“' | '”'
                    | '"'
                    | '‘'
                    | '’'
                    | '\''
                    | '.'
                    | ','
                    | '!'
                    | '?'
                    | ':'
                    | ';'
                    | '—'
                    | '–'
                    | '…'
            )
    };
    b = b.min(chars.len());
    while a < b && junk(chars[a]) {
        a += 1;
    }
    while b > a && junk(chars[b - 1]) {
        b -= 1;
    }
    (a, b)
}

/// An attribution's content as runs of text: fragments that only whitespace separates
/// are one run. PolNeAR's annotators marked content sentence by sentence, so a quotation
/// of two sentences (“It is late. We must go,” she said) comes as two fragments, the
/// first with the opening mark, the second with the closing one; read one fragment at a
/// time, it would count as two direct quotes, each half of the one quotation.
fn content_runs(chars: &[char], content: &[Fragment]) -> Vec<(usize, usize)> {
    let mut fragments: Vec<(usize, usize)> = content
        .iter()
        .map(|f| (f.start.min(chars.len()), f.end.min(chars.len())))
        .collect();
    fragments.sort_unstable();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (start, end) in fragments {
        match runs.last_mut() {
            Some(run)
                if run.1 <= start && chars[run.1..start].iter().all(|c| c.is_whitespace()) =>
            {
                run.1 = run.1.max(end)
            }
            _ => runs.push((start, end)),
        }
    }
    runs
}

/// The parts of an attribution's content inside double quotation marks (“…”, "…",
/// ''…''): the gold
/// direct quotes, whether the whole content is quoted or only a fragment of it.
fn quoted_segments(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    // '' (two apostrophes) is the double quotation mark of some newspapers' copy; its
    // second apostrophe is trimmed off the segment with the rest of the marks.
    let doubled = |i: usize| {
        chars[i] == '\'' && chars.get(i + 1) == Some(&'\'') && (i == 0 || chars[i - 1] != '\'')
    };
    let marks: Vec<usize> = (start..end.min(chars.len()))
        .filter(|&i| matches!(chars[i], '“' | '”' | '"') || doubled(i))
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < marks.len() {
        let open = marks[k];
        if chars[open] == '”' {
            // Content that starts inside a quote: the segment runs from the content start.
            out.push((start, open));
            k += 1;
            continue;
        }
        match marks.get(k + 1) {
            Some(&close) => out.push((open + 1, close)),
            None => out.push((open + 1, end)),
        }
        k += 2;
    }
    out
}

fn overlaps_enough(a: (usize, usize), b: (usize, usize)) -> bool {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let longer = (a.1 - a.0).max(b.1 - b.0);
    longer > 0 && inter * 2 >= longer
}

/// Greedy one-to-one matching; returns (gold matched, predicted matched, pairs).
fn match_spans(
    gold: &[(usize, usize)],
    pred: &[(usize, usize)],
    same: impl Fn((usize, usize), (usize, usize)) -> bool,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (g, &gs) in gold.iter().enumerate() {
        if let Some(p) = (0..pred.len()).find(|&p| !used[p] && same(gs, pred[p])) {
            used[p] = true;
            pairs.push((g, p));
        }
    }
    pairs
}

/// Our quotes as attributions: the parts of a direct quote split around its cue (“…,”
/// he said, “…”), and a quote that goes on in the next sentence with the same cue, are
/// one attribution with one cue and one source, as PolNeAR annotates them.
fn attributions(
    found: &[crate::quotes::Quote],
) -> Vec<(crate::text::Span, Option<crate::text::Span>)> {
    use crate::quotes::QuoteKind;
    let direct = |k: QuoteKind| matches!(k, QuoteKind::Full | QuoteKind::Partial);
    let mut out: Vec<(crate::text::Span, Option<crate::text::Span>)> = Vec::new();
    let mut last: Option<(usize, crate::text::Span)> = None;
    for q in found {
        match (last, q.cue) {
            (Some((i, cue)), Some(c)) if c == cue && direct(q.kind) => {
                let (span, source) = out[i];
                out[i] = (
                    crate::text::Span::new(span.start, q.span.end.max(span.end)),
                    source.or(q.source),
                );
            }
            _ => {
                out.push((q.span, q.source));
                last = q.cue.filter(|_| direct(q.kind)).map(|c| (out.len() - 1, c));
            }
        }
    }
    out
}

/// Logs the gold spans no prediction matched and the predictions that matched nothing.
fn log_unmatched(
    file: &str,
    chars: &[char],
    what: &str,
    gold: &[Range],
    pred: &[Range],
    pairs: &[(usize, usize)],
    log: &mut dyn FnMut(String),
) {
    let clip = |r: &Range| slice(chars, r.0, r.1).replace('\n', " ");
    for (g, r) in gold.iter().enumerate() {
        if !pairs.iter().any(|&(x, _)| x == g) {
            log(format!("{what}_MISSED\t{file}\t{}\t{}", r.0, clip(r)));
        }
    }
    for (p, r) in pred.iter().enumerate() {
        if !pairs.iter().any(|&(_, y)| y == p) {
            log(format!("{what}_EXTRA\t{file}\t{}\t{}", r.0, clip(r)));
        }
    }
}

/// Runs extraction on every article and scores it.
pub fn evaluate_quotes(articles: &[Article]) -> QuoteReport {
    evaluate_quotes_logged(articles, &mut |_| {})
}

/// [`evaluate_quotes`], telling `log` each miss (one line of text per miss): the
/// development aid behind `evaluate quotes --errors FILE`.
pub fn evaluate_quotes_logged(articles: &[Article], log: &mut dyn FnMut(String)) -> QuoteReport {
    use crate::quotes::{self as q, QuoteKind};
    use crate::text::{split_sentences, Document};
    let mut gold_direct = 0;
    let mut pred_direct = 0;
    let (mut exact_g, mut over_g) = (0, 0);
    let (mut gold_all, mut pred_all, mut all_g) = (0, 0, 0);
    let (mut src_ok, mut src_n, mut all_src_ok, mut all_src_n) = (0, 0, 0, 0);
    for a in articles {
        let Some(ann) = a.annotations.first() else {
            continue;
        };
        let chars: Vec<char> = a.text.chars().collect();
        let doc = Document::new(&a.text);
        let sentences = split_sentences(&doc);
        let found = q::extract(&doc, &sentences).quotes;
        // Our direct quotes: full and partial quotes, and the quoted fragments of mixed
        // ones (each with its quote's source), as PolNeAR's gold takes every quoted segment.
        let chars_ref = &chars;
        let direct: Vec<(Range, Option<crate::text::Span>)> = found
            .iter()
            .flat_map(|x| {
                let spans = match x.kind {
                    QuoteKind::Full | QuoteKind::Partial => vec![x.span],
                    QuoteKind::Mixed => x.fragments.clone(),
                    QuoteKind::Indirect => vec![],
                };
                spans
                    .into_iter()
                    .map(move |s| (trim_span(chars_ref, s.start, s.end), x.source))
            })
            .collect();
        let pd: Vec<(usize, usize)> = direct.iter().map(|d| d.0).collect();
        let mut gd: Vec<(Range, Option<Range>)> = Vec::new();
        for at in &ann.attributions {
            let src = at.source.first().map(|s| {
                (
                    s.start,
                    at.source.iter().map(|f| f.end).max().unwrap_or(s.end),
                )
            });
            for (start, end) in content_runs(&chars, &at.content) {
                for (a, b) in quoted_segments(&chars, start, end) {
                    let span = trim_span(&chars, a, b);
                    if span.1 > span.0 {
                        gd.push((span, src));
                    }
                }
            }
        }
        let gspans: Vec<(usize, usize)> = gd.iter().map(|g| g.0).collect();
        gold_direct += gspans.len();
        pred_direct += pd.len();
        exact_g += match_spans(&gspans, &pd, |x, y| x == y).len();
        let pairs = match_spans(&gspans, &pd, overlaps_enough);
        log_unmatched(&a.filename, &chars, "DIRECT", &gspans, &pd, &pairs, log);
        over_g += pairs.len();
        for (g, p) in pairs {
            if let Some(gs) = gd[g].1 {
                src_n += 1;
                if direct[p].1.is_some_and(|s| {
                    overlaps_enough(gs, (s.start, s.end)) || (s.start < gs.1 && gs.0 < s.end)
                }) {
                    src_ok += 1;
                } else {
                    let ctx = sentence_around(&a.text, &chars, gd[g].0 .0, gd[g].0 .1);
                    log(format!(
                        "SOURCE\t{}\tgold={:?}\tours={:?}\tcue={:?}\t{}",
                        a.filename,
                        slice(&chars, gs.0, gs.1),
                        direct[p].1.map(|s| slice(&chars, s.start, s.end)),
                        found
                            .iter()
                            .find(|q| q.span.contains(crate::text::Span::new(pd[p].0, pd[p].1)))
                            .and_then(|q| q.cue)
                            .map(|s| slice(&chars, s.start, s.end)),
                        slice(&chars, ctx.0, ctx.1).replace('\n', " ")
                    ));
                }
            }
        }
        let ga: Vec<(Range, Option<Range>)> = ann
            .attributions
            .iter()
            .filter_map(|at| {
                let s = at.content.iter().map(|f| f.start).min()?;
                let e = at.content.iter().map(|f| f.end).max()?;
                let src = at.source.first().map(|x| {
                    (
                        x.start,
                        at.source.iter().map(|f| f.end).max().unwrap_or(x.end),
                    )
                });
                Some((trim_span(&chars, s, e), src))
            })
            .collect();
        let attributions = attributions(&found);
        let pa: Vec<(usize, usize)> = attributions
            .iter()
            .map(|x| trim_span(&chars, x.0.start, x.0.end))
            .collect();
        gold_all += ga.len();
        pred_all += pa.len();
        let gaspans: Vec<(usize, usize)> = ga.iter().map(|g| g.0).collect();
        let pairs = match_spans(&gaspans, &pa, overlaps_enough);
        log_unmatched(&a.filename, &chars, "ALL", &gaspans, &pa, &pairs, log);
        all_g += pairs.len();
        for (g, p) in pairs {
            if let Some(gs) = ga[g].1 {
                all_src_n += 1;
                if attributions[p]
                    .1
                    .is_some_and(|s| s.start < gs.1 && gs.0 < s.end)
                {
                    all_src_ok += 1;
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            metrics::round4(a as f64 / b as f64)
        }
    };
    QuoteReport {
        articles: articles.len(),
        direct_exact: SpanScores::new(gold_direct, pred_direct, exact_g, exact_g),
        direct_overlap: SpanScores::new(gold_direct, pred_direct, over_g, over_g),
        all_overlap: SpanScores::new(gold_all, pred_all, all_g, all_g),
        source_accuracy: ratio(src_ok, src_n),
        all_source_accuracy: ratio(all_src_ok, all_src_n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fragment(text: &str, part: &str) -> Fragment {
        let byte = text.find(part).unwrap();
        let start = text[..byte].chars().count();
        Fragment {
            start,
            end: start + part.chars().count(),
        }
    }

    fn gold_direct(text: &str, parts: &[&str]) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let content: Vec<Fragment> = parts.iter().map(|p| fragment(text, p)).collect();
        content_runs(&chars, &content)
            .into_iter()
            .flat_map(|(a, b)| quoted_segments(&chars, a, b))
            .map(|(a, b)| trim_span(&chars, a, b))
            .map(|(a, b)| slice(&chars, a, b))
            .collect()
    }

    #[test]
    fn a_quotation_marked_sentence_by_sentence_is_one_direct_quote() {
        let text = "“It is late. We must go,” she said.";
        assert_eq!(
            gold_direct(text, &["“It is late.", "We must go,”"]),
            ["It is late. We must go"]
        );
    }

    #[test]
    fn two_quotations_stay_two() {
        let text = "“It is late,” she said, “and we must go.”";
        assert_eq!(
            gold_direct(text, &["“It is late,”", "“and we must go.”"]),
            ["It is late", "and we must go"]
        );
        let text = "“It is late,” “We must go.”";
        assert_eq!(
            gold_direct(text, &["“It is late,”", "“We must go.”"]),
            ["It is late", "We must go"]
        );
    }

    #[test]
    fn fragments_apart_are_read_apart() {
        let text = "He called it “a farce” and said “we will appeal.”";
        assert_eq!(
            gold_direct(text, &["it “a farce”", "“we will appeal.”"]),
            ["a farce", "we will appeal"]
        );
    }
}
