//! Topic evaluation on real news: our labels of AG News (even rows) and Times of India
//! crime news (even lines), and CASE 2021 event snippets through a documented mapping
//! of event types onto our topics.
use crate::analysis::{AnalysisOptions, Analyzer};
use crate::data::{read_jsonl, require};
use crate::error::{Error, Result};
use crate::models::metrics::{self, Report};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// A labelled real text.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub text: String,
    pub labels: Vec<String>,
}

#[derive(Deserialize)]
struct AgLabel {
    row: usize,
    labels: Vec<String>,
}

#[derive(Deserialize)]
struct ToiLabel {
    line: usize,
    id: String,
    labels: Vec<String>,
}

#[derive(Deserialize)]
struct ToiArticle {
    id: String,
    title: String,
    #[serde(default)]
    text: Option<String>,
}

/// AG News items: headline and description as one text.
pub fn ag_news(labels: &Path, shared: &Path) -> Result<Vec<Item>> {
    let path = shared.join("ag_news/test.csv");
    require(&path, "AG News (ag_news/test.csv)")?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(&path)
        .map_err(|e| Error::data(path.display(), e))?;
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| Error::data(path.display(), e))?;
    read_jsonl::<AgLabel>(labels)?
        .into_iter()
        .map(|l| {
            if l.row % 2 == 1 {
                return Err(Error::InvalidData {
                    problems: vec![format!(
                        "{}: row {} is odd (reserved)",
                        labels.display(),
                        l.row
                    )],
                });
            }
            let r = rows
                .get(l.row)
                .ok_or_else(|| Error::data(path.display(), format!("no row {}", l.row)))?;
            let clean = |s: &str| s.replace("\\n", " ").replace('\\', " ");
            Ok(Item {
                id: format!("ag_news:{}", l.row),
                text: format!("{}. {}", clean(&r[1]), clean(&r[2])),
                labels: l.labels,
            })
        })
        .collect()
}

/// Times of India items: title and summary as one text.
pub fn toi_crime_news(labels: &Path, shared: &Path) -> Result<Vec<Item>> {
    let path = shared.join("toi_crime_news/articles.jsonl");
    require(
        &path,
        "Times of India crime news (toi_crime_news/articles.jsonl)",
    )?;
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let lines: Vec<&str> = text.lines().collect();
    read_jsonl::<ToiLabel>(labels)?
        .into_iter()
        .map(|l| {
            if l.line % 2 == 1 {
                return Err(Error::InvalidData {
                    problems: vec![format!(
                        "{}: line {} is odd (reserved)",
                        labels.display(),
                        l.line
                    )],
                });
            }
            let raw = lines
                .get(l.line)
                .ok_or_else(|| Error::data(path.display(), format!("no line {}", l.line)))?;
            let a: ToiArticle = serde_json::from_str(raw)
                .map_err(|e| Error::data(format!("{}:{}", path.display(), l.line + 1), e))?;
            if a.id != l.id {
                return Err(Error::data(
                    path.display(),
                    format!("line {} is {} but the label says {}", l.line, a.id, l.id),
                ));
            }
            let body = a.text.unwrap_or_default();
            let text = if body.trim().is_empty() {
                a.title
            } else {
                format!("{}. {}", a.title.trim_end_matches('.'), body)
            };
            Ok(Item {
                id: a.id,
                text,
                labels: l.labels,
            })
        })
        .collect()
}

/// CASE 2021 Task 2 event types mapped onto our topics (see evaluation/case2021_mapping.md).
pub fn case2021_topics(subtype: &str) -> &'static [&'static str] {
    match subtype {
        "SUIC_BOMB" | "REM_EXPLOS" | "ATTRIB" => &["terrorism"],
        "ORG_CRIME" => &["trafficking"],
        "DIPLO" | "AGREEMENT" => &["diplomacy"],
        _ => &[],
    }
}

/// CASE 2021 snippets with their mapped topics.
pub fn case2021(shared: &Path) -> Result<Vec<Item>> {
    let path = shared.join("case2021_task2_events/test.tsv");
    require(&path, "CASE 2021 task 2 (case2021_task2_events/test.tsv)")?;
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    Ok(text
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut parts = l.split('\t');
            let (id, snippet, subtype) = (parts.next()?, parts.next()?, parts.next()?);
            Some(Item {
                id: format!("case2021:{id}"),
                text: snippet.to_string(),
                labels: case2021_topics(subtype.trim())
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
            })
        })
        .collect())
}

/// Predicts every item's document labels and scores them.
pub fn evaluate(analyzer: &Analyzer, items: &[Item]) -> Report {
    use rayon::prelude::*;
    let labels: Vec<String> = analyzer.labels().map(str::to_string).collect();
    let options = AnalysisOptions {
        sentences: false,
        quotes: false,
        ..Default::default()
    };
    let pred: Vec<Vec<bool>> = items
        .par_iter()
        .map(|it| {
            let got = analyzer
                .analyze(&it.text, &options)
                .map(|a| a.labels)
                .unwrap_or_default();
            labels.iter().map(|l| got.contains(l)).collect()
        })
        .collect();
    let gold: Vec<Vec<bool>> = items
        .iter()
        .map(|it| labels.iter().map(|l| it.labels.contains(l)).collect())
        .collect();
    metrics::multilabel(&labels, &gold, &pred)
}

/// All topic evaluations that can run: those whose data is missing are skipped.
pub fn all(
    analyzer: &Analyzer,
    labels_dir: &Path,
    shared: &Path,
) -> BTreeMap<String, Result<Report>> {
    let mut out = BTreeMap::new();
    out.insert(
        "ag_news".to_string(),
        ag_news(&labels_dir.join("ag_news_topics.jsonl"), shared).map(|i| evaluate(analyzer, &i)),
    );
    out.insert(
        "toi_crime_news".to_string(),
        toi_crime_news(&labels_dir.join("toi_crime_news_topics.jsonl"), shared)
            .map(|i| evaluate(analyzer, &i)),
    );
    out.insert(
        "case2021".to_string(),
        case2021(shared).map(|i| evaluate(analyzer, &i)),
    );
    out
}
