//! Quotes the extractor finds in articles, as JSONL: the candidates that readers label
//! for the real-news corpus (`training_data/real/build.py`). Reads `{"id", "text"}`
//! lines on stdin; writes one line per quote with code-point spans into `text`.
//! `cargo run --release --example quote_candidates < articles.jsonl`
use std::io::{BufRead, Write};
use topic_stance::quotes;
use topic_stance::text::{split_sentences, Document, Span};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.expect("readable stdin");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("stdin:{}: invalid JSON: {e}", n + 1);
                continue;
            }
        };
        let (Some(id), Some(text)) = (v["id"].as_str(), v["text"].as_str()) else {
            eprintln!("stdin:{}: needs string fields id and text", n + 1);
            continue;
        };
        let doc = Document::new(text);
        let sentences = split_sentences(&doc);
        let ex = quotes::extract(&doc, &sentences);
        let span = |s: Span| serde_json::json!([s.start, s.end]);
        for q in &ex.quotes {
            let row = serde_json::json!({
                "article": id,
                "span": span(q.span),
                "kind": q.kind,
                "cue": q.cue.map(span),
                "source": q.source.map(span),
                "context": span(q.context),
                "fragments": q.fragments.iter().map(|&f| span(f)).collect::<Vec<_>>(),
            });
            writeln!(out, "{row}").expect("writable stdout");
        }
        let sents: Vec<_> = sentences.iter().map(|&s| span(s)).collect();
        writeln!(
            out,
            "{}",
            serde_json::json!({"article": id, "sentences": sents})
        )
        .expect("writable stdout");
    }
}
