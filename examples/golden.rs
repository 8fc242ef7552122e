//! Golden output for performance work: the serialized analysis of real texts, so that a
//! change meant only to make the analysis faster can be checked to change nothing.
//!
//! `golden [--models DIR] [--shared DIR] OUT` analyses the reference article (as is and
//! repeated to about 30 kB), the first 200 AG News test items, the PolNeAR dev articles,
//! the first 200 TOI crime articles, the first 50 MUC-3/4 articles and a few awkward
//! inputs, each with several option sets (explanations included), and writes one JSON
//! line per analysis to OUT. Compare two runs with `cmp`.
//!
//! `golden --repeat N` analyses only the reference article N times with the default
//! options (after one warm-up run) and prints nothing: run it under
//! `valgrind --tool=callgrind` with two values of N and take the difference to count the
//! instructions of one analysis without the model loading.
use std::io::Write;
use std::path::{Path, PathBuf};
use topic_stance::analysis::{AnalysisOptions, Analyzer};

fn jsonl_texts(path: &Path, field: &str, limit: usize) -> Vec<String> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    data.lines()
        .take(limit)
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            v[field].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

fn ag_news(path: &Path, limit: usize) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    reader
        .records()
        .take(limit)
        .map(|r| {
            let r = r.expect("CSV record");
            format!("{}. {}", &r[1], &r[2])
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut models = root.join("models");
    let mut shared = root.join("../shared");
    let mut repeat = None;
    let mut out = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--models" => models = it.next().expect("--models DIR").into(),
            "--shared" => shared = it.next().expect("--shared DIR").into(),
            "--repeat" => repeat = Some(it.next().expect("--repeat N").parse::<usize>().unwrap()),
            s => out = Some(PathBuf::from(s)),
        }
    }
    let analyzer = Analyzer::load(&models).expect("models");
    let reference = std::fs::read_to_string(shared.join("seeds/morocco-world-news-khiame.txt"))
        .expect("reference article");

    if let Some(n) = repeat {
        let options = AnalysisOptions::default();
        std::hint::black_box(analyzer.analyze(&reference, &options).expect("analysis"));
        for _ in 0..n {
            std::hint::black_box(
                analyzer
                    .analyze(std::hint::black_box(&reference), &options)
                    .expect("analysis"),
            );
        }
        return;
    }

    let data = shared.join("data");
    let mut texts = vec![reference.clone(), reference.repeat(12)];
    texts.extend(ag_news(&data.join("ag_news/test.csv"), 200));
    texts.extend(jsonl_texts(&data.join("polnear/dev.jsonl"), "text", 84));
    texts.extend(jsonl_texts(
        &data.join("toi_crime_news/articles.jsonl"),
        "text",
        200,
    ));
    texts.extend(jsonl_texts(
        &data.join("muc34_latam_terrorism_news/articles.jsonl"),
        "text",
        50,
    ));
    texts.extend(
        [
            "",
            "   \n\t ",
            "“ ”” “ \" ' « “unclosed quote and more words here",
            "He said, “We will win.” Then he left!\r\nDid he? Yes.\u{a0}Dr. Smith said that the U.S. would act.",
            "Morocco’s\u{ad}sovereignty\u{200b}matters, said the minister. «Nous gagnerons», a-t-il dit.",
            "word ",
        ]
        .map(String::from),
    );
    let option_sets = [
        AnalysisOptions::default(),
        AnalysisOptions {
            explain: true,
            ..AnalysisOptions::default()
        },
        AnalysisOptions {
            explain: true,
            explain_terms: 3,
            sentences: false,
            quotes: true,
        },
        AnalysisOptions {
            explain: true,
            explain_terms: 20,
            sentences: true,
            quotes: false,
        },
    ];
    let out = out.expect("usage: golden [--models DIR] [--shared DIR] OUT | --repeat N");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&out).expect("output file"));
    for text in &texts {
        for options in &option_sets {
            let line = match analyzer.analyze(text, options) {
                Ok(a) => serde_json::to_string(&a).expect("serialize"),
                Err(e) => format!("error: {e}"),
            };
            writeln!(w, "{line}").expect("write");
        }
    }
    w.flush().expect("flush");
    eprintln!("{} texts, {} analyses", texts.len(), texts.len() * 4);
}
