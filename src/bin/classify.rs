//! `classify`: batch analysis without HTTP. Reads text files, or JSONL on stdin
//! (`{"id": ..., "text": ...}` per line), writes one JSON result per line to stdout in
//! input order, uses every core, reports bad lines on stderr and carries on.
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Deserialize;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use topic_stance::analysis::{AnalysisOptions, Analyzer};

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

#[derive(Deserialize)]
struct Input {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let analyzer = match Analyzer::load(&args.models) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let options = AnalysisOptions {
        sentences: !args.no_sentences,
        quotes: !args.no_quotes,
        ..Default::default()
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
    let mut run_chunk = |docs: Vec<(String, Result<Input, String>)>, out: &mut dyn Write| {
        let results: Vec<Result<String, String>> = docs
            .into_par_iter()
            .map(|(origin, input)| {
                let input = input.map_err(|e| format!("{origin}: {e}"))?;
                let analysis = analyzer
                    .analyze(&input.text, &options)
                    .map_err(|e| format!("{origin}: {e}"))?;
                let mut value =
                    serde_json::to_value(analysis).map_err(|e| format!("{origin}: {e}"))?;
                if let (Some(obj), Some(id)) = (value.as_object_mut(), input.id) {
                    obj.insert("id".into(), id);
                }
                Ok(value.to_string())
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
                Ok(l) => {
                    serde_json::from_str::<Input>(&l).map_err(|e| format!("invalid JSON line: {e}"))
                }
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
                    .map(|text| Input {
                        id: Some(serde_json::Value::String(p.display().to_string())),
                        text,
                    })
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
