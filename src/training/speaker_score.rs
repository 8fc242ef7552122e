//! Fitting the speaker score ([`crate::models::speaker_score`]) on the real-news
//! speakers of `training_data/speakers/`: each article is read by the extractor, each
//! labelled quote matched to the quote found as `evaluate quotes` matches it, and every
//! matched quote with a speaker becomes one example, right or wrong by
//! [`same_speaker`].
use crate::data::read_jsonl;
use crate::error::{Error, Result};
use crate::evaluation::speakers::{
    by_article, read_article, same_speaker, FoundQuote, GoldQuote, Reading, RealArticle,
};
use crate::models::speaker_score::{self, ScoreData, SpeakerScore};
use crate::models::SolverParams;
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The two files of the speaker score's folder (the task file's `speaker_score`):
/// `{"id", "article", "span": [start, end], "kind", "speaker"}` a line, spans in code
/// points, and `{"key", "text", "url"}` a line.
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
    let gold: Vec<GoldQuote> = read_jsonl(&dir.join(QUOTES_FILE))?;
    let articles: Vec<RealArticle> = read_jsonl(&dir.join(ARTICLES_FILE))?;
    let data = examples(&articles, &gold)?;
    speaker_score::fit(
        &data,
        format!("{:x}", hash.finalize()),
        &SolverParams::default(),
    )
}

/// One example per labelled quote found with a speaker, in article order.
pub fn examples(articles: &[RealArticle], gold: &[GoldQuote]) -> Result<ScoreData> {
    let per_article: Vec<Vec<Reading>> = by_article(articles, gold)?
        .par_iter()
        .map(|(a, golds)| read_article(a, golds))
        .collect();
    let mut all = ScoreData::default();
    for reading in per_article.into_iter().flatten() {
        let Some(FoundQuote {
            speaker: Some(speaker),
            features: Some(x),
            ..
        }) = reading.found
        else {
            continue;
        };
        all.x.push(x);
        all.right
            .push(same_speaker(&speaker, &reading.gold.speaker));
        all.article.push(reading.gold.article.clone());
    }
    Ok(all)
}
