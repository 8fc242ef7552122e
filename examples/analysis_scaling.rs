//! Analysis time against document size, for the cost curves (benches/curves/run.sh).
//!
//! `analysis_scaling [--models DIR] [--article FILE] [--min-runs N] [--min-seconds S] [BYTES ...]`
//! loads the models, builds one document per size (default 1 kB, 3 kB, 10 kB, 30 kB,
//! 100 kB, 300 kB, 1 MB) from the reference article (default
//! `../shared/seeds/morocco-world-news-khiame.txt`, without its "Leave a Reply" line)
//! repeated and, for the last copy, cut at a sentence end, runs `Analyzer::analyze` with
//! the default options at least N times (7) and for at least S seconds (1.0) per size,
//! after one warm-up run, and prints `{"<bytes>": median_seconds, ...}` on stdout, keyed by
//! the exact byte length of each document. Per-size details go to stderr.
use std::path::{Path, PathBuf};
use std::time::Instant;
use topic_stance::analysis::{AnalysisOptions, Analyzer};

const SIZES: [usize; 7] = [1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000];

fn reference_body(path: &Path) -> String {
    let base = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    base.split("Leave a Reply")
        .next()
        .unwrap_or(&base)
        .trim()
        .to_string()
}

/// The longest prefix of `body` of at most `budget` bytes that ends a sentence (after a
/// full stop, a question or exclamation mark, and a closing quotation mark right after it).
fn sentence_prefix(body: &str, budget: usize) -> &str {
    let mut best = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '?' | '!') {
            let mut end = i + c.len_utf8();
            if let Some(&(j, q)) = chars.peek() {
                if matches!(q, '”' | '"' | '’') {
                    end = j + q.len_utf8();
                }
            }
            if end > budget {
                break;
            }
            best = end;
        }
    }
    &body[..best]
}

/// The reference article repeated (copies separated by a blank line) to at most `bytes`,
/// the last copy cut at a sentence end.
fn document_of(body: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes);
    while out.len() + body.len() <= bytes {
        out.push_str(body);
        out.push_str("\n\n");
    }
    let rest = bytes.saturating_sub(out.len());
    out.push_str(sentence_prefix(body, rest));
    out.truncate(out.trim_end().len());
    out
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut models = PathBuf::from("models");
    let mut article =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/morocco-world-news-khiame.txt");
    let mut min_runs = 7usize;
    let mut min_seconds = 1.0f64;
    let mut sizes = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .unwrap_or_else(|| panic!("{name} needs a value"))
        };
        match a.as_str() {
            "--models" => models = value("--models").into(),
            "--article" => article = value("--article").into(),
            "--min-runs" => min_runs = value("--min-runs").parse().expect("--min-runs N"),
            "--min-seconds" => {
                min_seconds = value("--min-seconds").parse().expect("--min-seconds S")
            }
            s => sizes.push(s.parse::<usize>().unwrap_or_else(|_| {
                panic!("usage: analysis_scaling [--models DIR] [--article FILE] [--min-runs N] [--min-seconds S] [BYTES ...]")
            })),
        }
    }
    if sizes.is_empty() {
        sizes = SIZES.to_vec();
    }
    let analyzer = Analyzer::load(&models).expect("models");
    let options = AnalysisOptions::default();
    let body = reference_body(&article);
    let mut out = serde_json::Map::new();
    for target in sizes {
        let doc = document_of(&body, target);
        // Warm-up (caches, allocator), not timed.
        let warm = analyzer.analyze(&doc, &options).expect("analysis");
        let (sentences, quotes) = (warm.sentences.len(), warm.quotes.len());
        std::hint::black_box(warm);
        let mut times = Vec::new();
        let started = Instant::now();
        while times.len() < min_runs || started.elapsed().as_secs_f64() < min_seconds {
            let t = Instant::now();
            let a = analyzer
                .analyze(std::hint::black_box(&doc), &options)
                .expect("analysis");
            times.push(t.elapsed().as_secs_f64());
            std::hint::black_box(a);
        }
        let runs = times.len();
        let m = median(times);
        eprintln!(
            "{target:>8} B target: {:>8} B, {sentences} sentences, {quotes} quotes, {runs} runs, median {:.3} ms",
            doc.len(),
            m * 1e3
        );
        out.insert(doc.len().to_string(), serde_json::json!(m));
    }
    println!("{}", serde_json::Value::Object(out));
}
