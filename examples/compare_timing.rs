//! Prediction speed in-process, for the side-by-side with scikit-learn (benches/compare).
//!
//! `compare_timing [--models DIR] TEXTS` reads one JSON string per line and prints
//! `{single_doc_us_per_doc, batch_docs_per_sec_one_core, batch_docs_per_sec_all_cores}`:
//! each text gets its topic scores and its stance probabilities, as a web service does.
//!
//! `compare_timing --dump-dev DIR` writes the real-text dev sets exactly as `evaluate`
//! reads them (from ../shared/data) so that the Python side scores the same items:
//! `DIR/{ag_news,toi_crime_news}.jsonl` ({text, labels}) and `DIR/polnear_stance.jsonl`
//! ({quote, context, stance}). DIR should be outside the repository (e.g. target/).
use rayon::prelude::*;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;
use topic_stance::analysis::Analyzer;
use topic_stance::evaluation::{polnear, topics};
use topic_stance::features::Input;

const REPEATS: usize = 20;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map(PathBuf::from)
    };
    if let Some(dir) = flag("--dump-dev") {
        dump_dev(&dir);
        return;
    }
    let models = flag("--models").unwrap_or_else(|| "models".into());
    let texts_path = args
        .last()
        .filter(|a| !a.starts_with("--"))
        .expect("usage: compare_timing [--models DIR] TEXTS");
    let texts: Vec<String> = std::fs::read_to_string(texts_path)
        .expect("texts file")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("one JSON string per line"))
        .collect();
    let a = Analyzer::load(Path::new(&models)).expect("models");
    let predict = |t: &String| {
        let topics = a.topic_scores(t);
        let (_, stance) = a.stance().scores(&Input::text(t));
        std::hint::black_box((topics, stance));
    };
    texts.iter().for_each(predict); // warm-up

    // One document at a time on one thread: the best of a few passes.
    let one_core = (0..REPEATS)
        .map(|_| {
            let t = Instant::now();
            texts.iter().for_each(predict);
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    let all_cores = (0..REPEATS)
        .map(|_| {
            let t = Instant::now();
            texts.par_iter().for_each(predict);
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    let n = texts.len() as f64;
    let out = json!({
        "docs": texts.len(),
        "threads": rayon::current_num_threads(),
        "single_doc_us_per_doc": one_core / n * 1e6,
        "batch_docs_per_sec_one_core": n / one_core,
        "batch_docs_per_sec_all_cores": n / all_cores,
    });
    println!("{out}");
}

fn dump_dev(dir: &Path) {
    let (labels, shared) = (Path::new("evaluation"), Path::new("../shared/data"));
    std::fs::create_dir_all(dir).expect("dump dir");
    let write = |name: &str, rows: Vec<serde_json::Value>| {
        let mut f = std::fs::File::create(dir.join(name)).expect("dump file");
        for r in rows {
            writeln!(f, "{r}").expect("write");
        }
    };
    let topic_rows = |items: Vec<topics::Item>| {
        items
            .into_iter()
            .map(|i| json!({"text": i.text, "labels": i.labels}))
            .collect()
    };
    write(
        "ag_news.jsonl",
        topic_rows(
            topics::ag_news(&labels.join("ag_news_topics.jsonl"), shared).expect("AG News dev set"),
        ),
    );
    write(
        "toi_crime_news.jsonl",
        topic_rows(
            topics::toi_crime_news(&labels.join("toi_crime_news_topics.jsonl"), shared)
                .expect("TOI dev set"),
        ),
    );
    let items = polnear::stance_items(
        &labels.join("polnear_dev_stance.jsonl"),
        &shared.join("polnear/dev.jsonl"),
    )
    .expect("PolNeAR dev set");
    write(
        "polnear_stance.jsonl",
        items
            .into_iter()
            .map(|i| json!({"quote": i.quote, "context": i.context, "stance": i.stance}))
            .collect(),
    );
}
