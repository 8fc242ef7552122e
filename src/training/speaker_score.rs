//! Fitting the speaker score ([`crate::models::speaker_score`]) on the real-news
//! speakers of `training_data/speakers/`: each article is read by the extractor, each
//! labelled quote matched to the quote found as `evaluate quotes` matches it, and every
//! matched quote with a speaker becomes one example, right or wrong by
//! [`same_speaker`].
use crate::data::read_jsonl_lines;
use crate::error::{Error, Result};
use crate::evaluation::speakers::{by_article, matched, same_speaker, GoldQuote, RealArticle};
use crate::features::attribution::{self, DocumentFacts};
use crate::models::speaker_score::{self, ScoreData, SpeakerScore};
use crate::models::SolverParams;
use crate::quotes;
use crate::text::{split_sentences, Document};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The two files of the speaker score's folder (the task file's `speaker_score`): `{"id", "article", "span": [start, end], "kind", "speaker"}` a line,
/// spans in code points, and `{"key", "text", "url"}` a line.
pub const QUOTES_FILE: &str = "quotes.jsonl";
pub const ARTICLES_FILE: &str = "articles.jsonl";

/// Reads `dir`'s two files (a bad line is named with its file and line), builds the
/// examples and fits the score.
pub fn train(dir: &Path) -> Result<SpeakerScore> {
    let mut hash = Sha256::new();
    let mut read = |name: &str| -> Result<Vec<u8>> {
        let path = dir.join(name);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        hash.update(name.as_bytes());
        hash.update(&bytes);
        Ok(bytes)
    };
    read(QUOTES_FILE)?;
    read(ARTICLES_FILE)?;
    let gold: Vec<GoldQuote> = lines(&dir.join(QUOTES_FILE))?;
    let articles: Vec<RealArticle> = lines(&dir.join(ARTICLES_FILE))?;
    let data = examples(&articles, &gold)?;
    speaker_score::fit(
        &data,
        format!("{:x}", hash.finalize()),
        &SolverParams::default(),
    )
}

fn lines<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    Ok(read_jsonl_lines(path)?
        .into_iter()
        .map(|(_, v)| v)
        .collect())
}

/// One example per labelled quote found with a speaker, in article order.
pub fn examples(articles: &[RealArticle], gold: &[GoldQuote]) -> Result<ScoreData> {
    let per_article: Vec<ScoreData> = by_article(articles, gold)?
        .par_iter()
        .map(|(a, golds)| {
            let doc = Document::new(&a.text);
            let sentences = split_sentences(&doc);
            let found = quotes::extract(&doc, &sentences).quotes;
            let facts = DocumentFacts::new(&doc, &found);
            let mut d = ScoreData::default();
            for (g, m) in golds.iter().zip(matched(&found, golds)) {
                let Some(q) = m.map(|k| &found[k]) else {
                    continue;
                };
                let (Some(speaker), Some(x)) = (
                    q.speaker.as_deref(),
                    attribution::features(&doc, &sentences, &facts, q),
                ) else {
                    continue;
                };
                d.x.push(x);
                d.right.push(same_speaker(speaker, &g.speaker));
                d.article.push(a.key.clone());
            }
            d
        })
        .collect();
    let mut all = ScoreData::default();
    for d in per_article {
        all.x.extend(d.x);
        all.right.extend(d.right);
        all.article.extend(d.article);
    }
    Ok(all)
}
