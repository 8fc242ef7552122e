//! In-process benchmarks (criterion): each stage on one sentence, the full analysis of
//! the reference article and of larger documents, and pathological inputs whose cost
//! must grow linearly. `cargo bench --bench pipeline`
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use topic_stance::analysis::{AnalysisOptions, Analyzer};
use topic_stance::features::Input;
use topic_stance::quotes;
use topic_stance::text::{split_sentences, Document, Tokenizer};

const SENTENCE: &str = "Khiame said that trafficking circles clearly finance terrorism in the Sahel, where several armed groups smuggle cocaine, weapons and fuel across the border every week.";

fn reference() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/morocco-world-news-khiame.txt"),
    )
    .expect("reference article")
}

fn analyzer() -> Analyzer {
    Analyzer::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("models")).expect("committed models")
}

/// Real paragraphs repeated to about `bytes`.
fn article_of(bytes: usize) -> String {
    let base = reference();
    let body = base
        .split("Leave a Reply")
        .next()
        .unwrap_or(&base)
        .trim()
        .to_string();
    let mut out = String::new();
    while out.len() < bytes {
        out.push_str(&body);
        out.push_str("\n\n");
    }
    out
}

fn stages(c: &mut Criterion) {
    let tok = Tokenizer::english();
    let a = analyzer();
    c.bench_function("tokenise+stem 25-word sentence", |b| {
        b.iter(|| tok.tokens(black_box(SENTENCE)))
    });
    c.bench_function("vectorise 25-word sentence", |b| {
        b.iter(|| {
            a.topics()
                .featurizer()
                .transform(&Input::text(black_box(SENTENCE)))
        })
    });
    c.bench_function("topics+stance 25-word sentence", |b| {
        b.iter(|| {
            let t = a.topic_scores(black_box(SENTENCE));
            let s = a.stance().scores(&Input::text(black_box(SENTENCE)));
            (t, s)
        })
    });
    let text = reference();
    c.bench_function("full analysis reference article", |b| {
        b.iter(|| {
            a.analyze(black_box(&text), &AnalysisOptions::default())
                .unwrap()
        })
    });
    let big = article_of(100_000);
    c.bench_function("full analysis 100 kB article", |b| {
        b.iter(|| {
            a.analyze(black_box(&big), &AnalysisOptions::default())
                .unwrap()
        })
    });
}

fn scaling(c: &mut Criterion) {
    let a = analyzer();
    let mut g = c.benchmark_group("analysis vs size");
    g.sample_size(10);
    for kb in [1usize, 10, 100, 1000] {
        let text = article_of(kb * 1000);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{kb}kB")),
            &text,
            |b, t| b.iter(|| a.analyze(t, &AnalysisOptions::default()).unwrap()),
        );
    }
    g.finish();
}

fn pathological(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    for n in [1_000usize, 10_000] {
        let marks = "“ ”” “ \" ' « ".repeat(n / 8);
        g.bench_with_input(
            BenchmarkId::new("unmatched quotation marks", n),
            &marks,
            |b, t| {
                b.iter(|| {
                    let d = Document::new(t);
                    quotes::extract(&d, &split_sentences(&d))
                })
            },
        );
    }
    for kb in [100usize, 1000] {
        let one = "word ".repeat(kb * 200);
        g.bench_with_input(
            BenchmarkId::new("one sentence without punctuation kB", kb),
            &one,
            |b, t| {
                b.iter(|| {
                    let d = Document::new(t);
                    split_sentences(&d)
                })
            },
        );
    }
    for n in [10_000usize, 100_000] {
        let many = "A! ".repeat(n);
        g.bench_with_input(
            BenchmarkId::new("one-letter sentences", n),
            &many,
            |b, t| {
                b.iter(|| {
                    let d = Document::new(t);
                    split_sentences(&d)
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, stages, scaling, pathological);
criterion_main!(benches);
