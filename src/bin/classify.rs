//! `classify`: batch analysis without HTTP. Reads text files, or JSONL on stdin
//! (`{"id": ..., "text": ...}` per line), writes one JSON result per line to stdout in
//! input order, uses every core, reports bad lines on stderr and carries on. With
//! `--classifier DIR` it predicts with a classifier trained by `train --task` instead
//! (JSONL records carrying the task's text fields).
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Deserialize;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use topic_stance::analysis::{AnalysisOptions, Analyzer};
use topic_stance::training::classification::Classifier;

#[derive(Parser)]
#[command(
    version,
    about = "Analyse documents in bulk: files, or JSONL on stdin, one JSON result per line on stdout"
)]
struct Args {
    /// Text files to analyse (one document each); without files, JSONL is read from stdin.
    files: Vec<PathBuf>,
    /// Folder holding model.json.
    #[arg(long, env = "TOPIC_STANCE_MODELS", default_value = "models")]
    models: PathBuf,
    /// Folder holding a classifier trained by `train --task` (its model.json): predict
    /// its labels for JSONL records on stdin instead of analysing articles.
    #[arg(long, conflicts_with = "files")]
    classifier: Option<PathBuf>,
    /// Skip per-sentence topics.
    #[arg(long)]
    no_sentences: bool,
    /// Skip quotes and stance.
    #[arg(long)]
    no_quotes: bool,
    /// Documents analysed per chunk (memory stays bounded on endless input).
    #[arg(long, default_value_t = 4096)]
    chunk: usize,
}

/// An article record (its `id`, if any, is copied to the result as it is).
#[derive(Deserialize)]
struct Input {
    text: String,
}

/// What each input record becomes.
enum Model {
    Analyzer(Box<Analyzer>, AnalysisOptions),
    Classifier(Box<Classifier>),
}

impl Model {
    fn load(args: &Args) -> Result<Self, topic_stance::Error> {
        Ok(match &args.classifier {
            Some(dir) => Model::Classifier(Box::new(Classifier::load(dir)?)),
            None => Model::Analyzer(
                Box::new(Analyzer::load(&args.models)?),
                AnalysisOptions {
                    sentences: !args.no_sentences,
                    quotes: !args.no_quotes,
                    ..Default::default()
                },
            ),
        })
    }

    /// The result for one JSONL record, with its `id` when it has one.
    fn run(&self, record: serde_json::Value) -> Result<serde_json::Value, String> {
        let id = record.get("id").cloned();
        let mut value = match self {
            Model::Analyzer(analyzer, options) => {
                let input: Input = serde_json::from_value(record).map_err(|e| e.to_string())?;
                let analysis = analyzer
                    .analyze(&input.text, options)
                    .map_err(|e| e.to_string())?;
                serde_json::to_value(analysis).map_err(|e| e.to_string())?
            }
            Model::Classifier(classifier) => {
                let prediction = classifier.classify(&record).map_err(|e| e.to_string())?;
                serde_json::json!({
                    "labels": prediction.labels,
                    "scores": prediction.scores
                        .into_iter()
                        .map(|(label, p)| (label, serde_json::json!(p)))
                        .collect::<serde_json::Map<_, _>>(),
                })
            }
        };
        if let (Some(obj), Some(id)) = (value.as_object_mut(), id) {
            obj.insert("id".into(), id);
        }
        Ok(value)
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let model = match Model::load(&args) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {pos} documents {per_sec}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        )
    } else {
        ProgressBar::hidden()
    };
    let mut bad = 0usize;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut run_chunk = |docs: Vec<(String, Result<serde_json::Value, String>)>,
                         out: &mut dyn Write| {
        let results: Vec<Result<String, String>> = docs
            .into_par_iter()
            .map(|(origin, input)| {
                input
                    .and_then(|record| model.run(record))
                    .map(|value| value.to_string())
                    .map_err(|e| format!("{origin}: {e}"))
            })
            .collect();
        for r in results {
            match r {
                Ok(line) => {
                    let _ = writeln!(out, "{line}");
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("skipped {e}");
                }
            }
            bar.inc(1);
        }
    };
    if args.files.is_empty() {
        let stdin = std::io::stdin();
        let mut chunk = Vec::new();
        for (i, line) in stdin.lock().lines().enumerate() {
            let origin = format!("stdin:{}", i + 1);
            let parsed = match line {
                Ok(l) if l.trim().is_empty() => continue,
                Ok(l) => serde_json::from_str::<serde_json::Value>(&l)
                    .map_err(|e| format!("invalid JSON line: {e}")),
                Err(e) => Err(format!("unreadable line: {e}")),
            };
            chunk.push((origin, parsed));
            if chunk.len() >= args.chunk.max(1) {
                run_chunk(std::mem::take(&mut chunk), &mut out);
            }
        }
        run_chunk(chunk, &mut out);
    } else {
        let docs = args
            .files
            .iter()
            .map(|p| {
                let input = std::fs::read_to_string(p)
                    .map(|text| serde_json::json!({"id": p.display().to_string(), "text": text}))
                    .map_err(|e| e.to_string());
                (p.display().to_string(), input)
            })
            .collect();
        run_chunk(docs, &mut out);
    }
    let _ = out.flush();
    bar.finish_and_clear();
    if bad > 0 {
        eprintln!("{bad} input(s) skipped");
    }
    ExitCode::SUCCESS
}
