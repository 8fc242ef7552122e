//! Quote extraction time against document size, for the shapes that could make the
//! rules quadratic: real paragraphs repeated, one long sentence full of quotes and cues,
//! one long sentence of cues, a definite role after each name, an interview under
//! initials tags, and upper-case wire copy.
//! Prints, for each shape, the seconds at 1× and 10× the size and their ratio (≈10 when
//! linear).
//! `cargo run --release --example quote_scaling [-- BYTES]`
use std::time::Instant;
use topic_stance::quotes;
use topic_stance::text::{split_sentences, Document};

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat((bytes / unit.len()).max(1))
}

fn seconds(text: &str) -> f64 {
    let d = Document::new(text);
    let s = split_sentences(&d);
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let ex = quotes::extract(&d, &s);
        std::hint::black_box(ex.quotes.len());
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let bytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(30_000);
    let article = std::fs::read_to_string("../shared/seeds/morocco-world-news-khiame.txt")
        .unwrap_or_else(|_| "Interior Minister Ana Ruiz spoke on Monday. “We will act,” she said. Ruiz said the talks had failed, according to officials.\n\n".into());
    let shapes: [(&str, String); 9] = [
        ("article", article + "\n\n"),
        ("one sentence of quotes and cues", "“We will act,” Ana Ruiz said, and added “we will win,” ".into()),
        ("one sentence of cues", "Ana Ruiz said that Tomas Berg believes that officials fear that ".into()),
        ("one sentence of appositives", "Ana Ruiz, the minister, Tomas Berg, a spokesman for the ministry, ".into()),
        ("one run of capitalised words", "The On But The ".into()),
        ("organisations never named in full", "Acme Bank met. Rabat said “we will act now.” ".into()),
        ("a definite role after each name", "A government spokesman spoke. Tomas Berg said it failed. “We act,” the spokesman said. ".into()),
        ("an interview under initials tags", "Wikinews spoke to Ana Lind.\n\nAL: We think that it failed, and I don't know why.\n\nWN: Why?\n\n".into()),
        ("wire copy", "\"WE CONDEMN THE VIOLENCE BY THE REBELS,\" SAID STATE DEPARTMENT SPOKESMAN MARTIN KOWALSKI. HE SAID THE TALKS HAD FAILED.\n\n".into()),
    ];
    for (name, unit) in shapes {
        let small = repeat_to(&unit, bytes);
        let large = repeat_to(&unit, bytes * 10);
        let (a, b) = (seconds(&small), seconds(&large));
        println!(
            "{name:<34} {:>8} B {a:>9.5}s   {:>9} B {b:>9.5}s   ratio {:>5.1}",
            small.len(),
            large.len(),
            b / a
        );
    }
}
