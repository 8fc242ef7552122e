//! PolNeAR: stance of direct quotes in political news (our labels of the dev set), read
//! with their paragraph as context.
use super::read_jsonl;
use crate::analysis::Analyzer;
use crate::error::{Error, Result};
use crate::models::metrics::{self, Report};
use crate::models::stance::{argmax, CLASSES};
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

/// A labelled quote: its words (marks stripped), the words around it, and the stance.
pub struct StanceItem {
    pub id: String,
    pub quote: String,
    pub context: String,
    pub stance: usize,
}

pub fn read_articles(path: &Path) -> Result<Vec<Article>> {
    read_jsonl(path)
}

fn slice(chars: &[char], a: usize, b: usize) -> String {
    chars[a.min(chars.len())..b.min(chars.len())].iter().collect()
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

pub fn stance_items(labels: &Path, dev: &Path) -> Result<Vec<StanceItem>> {
    let articles: HashMap<String, Article> = read_articles(dev)?.into_iter().map(|a| (a.filename.clone(), a)).collect();
    read_jsonl::<StanceLabel>(labels)?
        .into_iter()
        .map(|l| {
            let a = articles.get(&l.filename).ok_or_else(|| Error::model(dev, format!("no article {}", l.filename)))?;
            let ann = a.annotations.iter().find(|x| x.annotator == l.annotator).ok_or_else(|| Error::model(dev, format!("{}: no annotator {}", l.filename, l.annotator)))?;
            let at = ann.attributions.iter().find(|x| x.id == l.attribution).ok_or_else(|| Error::model(dev, format!("{}: no attribution {}", l.filename, l.attribution)))?;
            let chars: Vec<char> = a.text.chars().collect();
            let (s, e) = (at.content.iter().map(|f| f.start).min().unwrap_or(0), at.content.iter().map(|f| f.end).max().unwrap_or(0));
            let quote: String = at.content.iter().map(|f| slice(&chars, f.start, f.end)).collect::<Vec<_>>().join(" ");
            let quote = quote.trim_matches(|c: char| matches!(c, '“' | '”' | '"' | ' ' | '.' | ',')).to_string();
            let (ps, pe) = paragraph(&chars, s, e);
            let context = format!("{} {}", slice(&chars, ps, s), slice(&chars, e, pe));
            let stance = CLASSES.iter().position(|c| *c == l.stance).ok_or_else(|| Error::InvalidData { problems: vec![format!("{}: unknown stance {}", labels.display(), l.stance)] })?;
            Ok(StanceItem { id: format!("{}/{}", l.filename, l.attribution), quote, context, stance })
        })
        .collect()
}

pub fn evaluate_stance(analyzer: &Analyzer, items: &[StanceItem]) -> Report {
    let classes: Vec<String> = CLASSES.iter().map(|c| c.to_string()).collect();
    let gold: Vec<usize> = items.iter().map(|i| i.stance).collect();
    let pred: Vec<usize> = items.iter().map(|i| argmax(&analyzer.stance_probabilities(&i.quote, &i.context).0)).collect();
    metrics::multiclass(&classes, &gold, &pred)
}
