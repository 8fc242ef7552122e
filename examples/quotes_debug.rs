//! Prints the sentences and quotes the rules find in a text file: a quick look while
//! working on the rules. `cargo run --example quotes_debug -- FILE`
use topic_stance::quotes;
use topic_stance::text::{split_sentences, Document};

fn main() {
    let path = std::env::args().nth(1).expect("usage: quotes_debug FILE");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let doc = Document::new(&text);
    let sentences = split_sentences(&doc);
    for s in &sentences {
        println!("S {:>5}..{:<5} {}", s.start, s.end, doc.original(*s));
    }
    if quotes::casing::is_upper_case(&doc) {
        println!("R {}", quotes::casing::recase(&doc));
    }
    let ex = quotes::extract(&doc, &sentences);
    for q in &ex.quotes {
        println!(
            "Q {:?} {}..{} {:?}\n    cue={:?} source={:?} speaker={:?} fragments={}",
            q.kind,
            q.span.start,
            q.span.end,
            doc.original(q.span),
            q.cue.map(|c| doc.original(c)),
            q.source.map(|c| doc.original(c)),
            q.speaker,
            q.fragments.len()
        );
    }
    for w in &ex.warnings {
        println!("W {w:?}");
    }
}
