//! Speaker accuracy on real news: the quotes of a labelled dev set
//! (`evaluation/real_speakers_dev.jsonl`, one quote a line: `{"id", "article", "span":
//! [start, end], "kind", "speaker"}`, spans in code points) in the articles of
//! `evaluation/real_articles_dev.jsonl` (`{"key", "text", "url"}`). Each gold quote is
//! matched to a found quote (or a quoted fragment of a mixed one) by span overlap, at
//! least half of the longer span, one to one; a matched quote's speaker is right when
//! [`same_speaker`] says so.
use crate::data::read_jsonl;
use crate::error::{Error, Result};
use crate::features::attribution::{self, DocumentFacts};
use crate::models::metrics::round4;
use crate::models::speaker_score::{self, ScoreReport, SpeakerScore};
use crate::quotes::{self, Quote, QuoteKind};
use crate::text::{split_sentences, Document};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

/// A labelled set of real-news speakers: its two files in `evaluation/`.
#[derive(Debug, Clone, Copy)]
pub struct SpeakerSet {
    /// The key `evaluate quotes` reports it under.
    pub name: &'static str,
    pub quotes: &'static str,
    pub articles: &'static str,
    /// Whether `evaluate quotes --errors` lists its misses (never a held-out set's that
    /// nobody may read).
    pub misses_listed: bool,
}

/// The dev set: quotes of the dev split of the real-news corpus
/// (`training_data/real/build.py`).
pub const DEV: SpeakerSet = SpeakerSet {
    name: "real_speakers",
    quotes: "real_speakers_dev.jsonl",
    articles: "real_articles_dev.jsonl",
    misses_listed: true,
};

/// The check set: direct quotes of articles nobody had labelled, read at the fifteenth
/// stop (`training_data/real/speaker_sets.py`), a second held-out measure whose misses
/// nobody reads.
pub const CHECK: SpeakerSet = SpeakerSet {
    name: "real_speakers_check",
    quotes: "real_speakers_check.jsonl",
    articles: "real_articles_check.jsonl",
    misses_listed: false,
};

/// The second check set: direct quotes of articles in neither of the sets before, read
/// at the sixteenth stop before that stop's rules and held out like the check set.
pub const CHECK2: SpeakerSet = SpeakerSet {
    name: "real_speakers_check2",
    quotes: "real_speakers_check2.jsonl",
    articles: "real_articles_check2.jsonl",
    misses_listed: false,
};

/// The held-out sets `evaluate quotes` reports, in order.
pub const SETS: [SpeakerSet; 3] = [DEV, CHECK, CHECK2];

pub const QUOTES_FILE: &str = DEV.quotes;
pub const ARTICLES_FILE: &str = DEV.articles;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub id: String,
    pub article: String,
    pub span: [usize; 2],
    pub kind: String,
    pub speaker: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RealArticle {
    pub key: String,
    pub text: String,
    #[serde(default)]
    pub url: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SpeakerReport {
    pub articles: usize,
    pub gold: usize,
    /// Gold quotes matched to a found quote.
    pub found: usize,
    pub found_share: f64,
    /// Matched direct quotes (full, partial, mixed) and those whose speaker is right.
    pub direct_matched: usize,
    pub direct_right: usize,
    pub direct_speaker_accuracy: f64,
    /// All matched quotes and those whose speaker is right.
    pub all_right: usize,
    pub all_speaker_accuracy: f64,
    /// The speaker score on the matched direct quotes that have a speaker, when the
    /// models hold one: how well it tells right speakers from wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direct_score: Option<ScoreReport>,
    /// Each matched quote whose speaker is wrong (article, the quote's start, gold
    /// speaker, found speaker) and each gold quote not found (for `evaluate quotes
    /// --errors`).
    #[serde(skip)]
    pub misses: Vec<String>,
}

/// A speaker as compared: lowercase, without a leading "the"/"a"/"an", without
/// punctuation at either end, spaces collapsed; typographic variants of one name are
/// the same ("O’Donoghue" and "O'Donoghue", "B. Shiva" and "B Shiva").
fn normalized(s: &str) -> String {
    let lower = s.to_lowercase().replace('’', "'").replace('.', "");
    let trimmed = lower.trim_matches(|c: char| !c.is_alphanumeric());
    let mut words: Vec<&str> = trimmed.split_whitespace().collect();
    if words.len() > 1 && matches!(words[0], "the" | "a" | "an") {
        words.remove(0);
    }
    words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Whether a predicted speaker is the gold one: equal after [`normalized`], or one is a
/// whole-word suffix of the other and the shorter has at least two words ("Britain-based
/// Syrian Observatory for Human Rights" is "Syrian Observatory for Human Rights";
/// "Bourita" is not "Nasser Bourita").
pub fn same_speaker(predicted: &str, gold: &str) -> bool {
    let (p, g) = (normalized(predicted), normalized(gold));
    if p.is_empty() || g.is_empty() {
        return false;
    }
    if p == g {
        return true;
    }
    let (short, long) = if p.len() < g.len() {
        (&p, &g)
    } else {
        (&g, &p)
    };
    short.split(' ').count() >= 2
        && long
            .strip_suffix(short.as_str())
            .is_some_and(|rest| rest.ends_with(' '))
}

/// Direct quotes as the readers' kinds name them: full, partial, mixed.
pub fn is_direct(kind: &str) -> bool {
    matches!(kind, "full" | "partial" | "mixed")
}

fn overlaps_enough(a: (usize, usize), b: (usize, usize)) -> bool {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let longer = (a.1.saturating_sub(a.0)).max(b.1.saturating_sub(b.0));
    longer > 0 && inter * 2 >= longer
}

/// Reads the dev set's two files from `dir` (the repository's `evaluation/`).
pub fn read(dir: &Path) -> Result<(Vec<RealArticle>, Vec<GoldQuote>)> {
    read_set(dir, &DEV)
}

/// Reads a set's two files from `dir`.
pub fn read_set(dir: &Path, set: &SpeakerSet) -> Result<(Vec<RealArticle>, Vec<GoldQuote>)> {
    let articles = read_jsonl(&dir.join(set.articles))?;
    let gold = read_jsonl(&dir.join(set.quotes))?;
    Ok((articles, gold))
}

/// For each gold quote of one article, the found quote it is matched to: the one
/// (or the mixed quote whose fragment) overlaps it most, at least half of the longer
/// span, each found quote or fragment used once.
fn matched(found: &[Quote], gold: &[&GoldQuote]) -> Vec<Option<usize>> {
    // Candidates: every quote, and the quoted fragments of mixed ones, with the index of
    // the quote they belong to.
    let mut candidates: Vec<((usize, usize), usize)> = Vec::new();
    for (k, q) in found.iter().enumerate() {
        candidates.push(((q.span.start, q.span.end), k));
        if q.kind == QuoteKind::Mixed {
            candidates.extend(q.fragments.iter().map(|f| ((f.start, f.end), k)));
        }
    }
    let mut used = vec![false; candidates.len()];
    gold.iter()
        .map(|g| {
            let span = (g.span[0], g.span[1]);
            let best = (0..candidates.len())
                .filter(|&c| !used[c] && overlaps_enough(span, candidates[c].0))
                .max_by_key(|&c| {
                    let (a, b) = candidates[c].0;
                    b.min(span.1).saturating_sub(a.max(span.0))
                })?;
            used[best] = true;
            Some(candidates[best].1)
        })
        .collect()
}

/// The gold quotes by article, articles in key order, each article's text found.
pub fn by_article<'a>(
    articles: &'a [RealArticle],
    gold: &'a [GoldQuote],
) -> Result<Vec<(&'a RealArticle, Vec<&'a GoldQuote>)>> {
    let by_key: HashMap<&str, &RealArticle> =
        articles.iter().map(|a| (a.key.as_str(), a)).collect();
    let mut grouped: std::collections::BTreeMap<&str, Vec<&GoldQuote>> = Default::default();
    for g in gold {
        grouped.entry(g.article.as_str()).or_default().push(g);
    }
    grouped
        .into_iter()
        .map(|(key, quotes)| {
            let a = by_key.get(key).ok_or_else(|| Error::InvalidData {
                problems: vec![format!(
                    "a gold quote's article {key} is not among the labelled set's articles"
                )],
            })?;
            Ok((*a, quotes))
        })
        .collect()
}

/// What the extractor made of one gold quote: the quote found for it, if any.
#[derive(Debug)]
pub struct Reading<'g> {
    pub gold: &'g GoldQuote,
    pub found: Option<FoundQuote>,
}

/// The quote found for a gold quote: its speaker, its source as written, and, when it
/// has a speaker, the speaker score's features.
#[derive(Debug)]
pub struct FoundQuote {
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub features: Option<[f64; attribution::FEATURES.len()]>,
}

/// Reads an article as the service does (sentences, then quotes) and gives each of its
/// gold quotes the quote [`matched`] to it: what both `evaluate quotes` and the speaker
/// score's training read.
pub fn read_article<'g>(a: &RealArticle, golds: &[&'g GoldQuote]) -> Vec<Reading<'g>> {
    let doc = Document::new(&a.text);
    let sentences = split_sentences(&doc);
    let found = quotes::extract(&doc, &sentences).quotes;
    let facts = DocumentFacts::new(&doc, &found);
    golds
        .iter()
        .zip(matched(&found, golds))
        .map(|(&gold, m)| Reading {
            gold,
            found: m.map(|k| {
                let q = &found[k];
                FoundQuote {
                    speaker: q.speaker.clone(),
                    source: q.source.map(|s| doc.original(s).to_string()),
                    features: attribution::features(&doc, &sentences, &facts, q),
                }
            }),
        })
        .collect()
}

/// Runs the extractor on every article with gold quotes and scores the speakers, and,
/// with `score`, how well the speaker score tells right speakers of direct quotes from
/// wrong ones.
pub fn evaluate(
    articles: &[RealArticle],
    gold: &[GoldQuote],
    score: Option<&SpeakerScore>,
) -> Result<SpeakerReport> {
    let mut r = SpeakerReport {
        gold: gold.len(),
        ..Default::default()
    };
    let (mut scores, mut scored_right) = (Vec::new(), Vec::new());
    for (a, golds) in by_article(articles, gold)? {
        let key = &a.key;
        r.articles += 1;
        for Reading { gold: g, found } in read_article(a, &golds) {
            let Some(q) = found else {
                r.misses.push(format!(
                    "NOT_FOUND\t{key}\t{}\tgold={:?}\tkind={}",
                    g.span[0], g.speaker, g.kind
                ));
                continue;
            };
            r.found += 1;
            let right = q
                .speaker
                .as_deref()
                .is_some_and(|s| same_speaker(s, &g.speaker));
            if !right {
                r.misses.push(format!(
                    "SPEAKER\t{key}\t{}\tgold={:?}\tours={:?}\tsource={:?}",
                    g.span[0],
                    g.speaker,
                    q.speaker.as_deref(),
                    q.source.as_deref()
                ));
            }
            r.all_right += usize::from(right);
            if is_direct(&g.kind) {
                r.direct_matched += 1;
                r.direct_right += usize::from(right);
                if let (Some(model), Some(x)) = (score, q.features) {
                    scores.push(model.score(&x));
                    scored_right.push(right);
                }
            }
        }
    }
    r.direct_score = score.map(|_| speaker_score::report(&scores, &scored_right));
    let ratio = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            round4(a as f64 / b as f64)
        }
    };
    r.found_share = ratio(r.found, r.gold);
    r.direct_speaker_accuracy = ratio(r.direct_right, r.direct_matched);
    r.all_speaker_accuracy = ratio(r.all_right, r.found);
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matching_rule() {
        assert!(same_speaker("Nasser Bourita", "Nasser Bourita"));
        assert!(same_speaker("the Interior Ministry", "Interior Ministry"));
        assert!(same_speaker("Interior Ministry.", "the interior ministry"));
        assert!(same_speaker(
            "Britain-based Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights"
        ));
        assert!(same_speaker(
            "Syrian Observatory for Human Rights",
            "Britain-based Syrian Observatory for Human Rights"
        ));
        assert!(same_speaker(
            "Foreign Minister Nasser Bourita",
            "Nasser Bourita"
        ));
        assert!(!same_speaker("Bourita", "Nasser Bourita"));
        assert!(!same_speaker("Nasser Bourita", "Bourita"));
        // A suffix must be whole words.
        assert!(!same_speaker("hak Khiame", "Abdelhak Khiame"));
        assert!(!same_speaker("Ruiz", "Ana Ruiz"));
        assert!(!same_speaker("", "Ana Ruiz"));
        assert!(same_speaker("A police spokesman", "police spokesman"));
        assert!(!same_speaker("Lena Berg", "Ana Ruiz"));
        assert_eq!(normalized("  The “Syrian army”. "), "syrian army");
        assert!(same_speaker("Pat O'Donoghue", "Pat O’Donoghue"));
        assert!(same_speaker("B. Shiva Parvathi", "B Shiva Parvathi"));
    }
}
