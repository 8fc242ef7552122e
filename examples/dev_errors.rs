//! Prints the dev-set items the committed models get wrong (development aid).
//! `cargo run --release --example dev_errors -- ag_news|toi|polnear`
use std::path::Path;
use topic_stance::analysis::{AnalysisOptions, Analyzer};
use topic_stance::evaluation::{polnear, topics};
use topic_stance::models::argmax;

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "ag_news".into());
    let models = std::env::var("MODELS").unwrap_or_else(|_| "models".into());
    let a = Analyzer::load(Path::new(&models)).expect("models");
    let shared = Path::new("../shared/data");
    if which == "polnear" {
        let items = polnear::stance_items(
            Path::new("evaluation/polnear_dev_stance.jsonl"),
            &shared.join("polnear/dev.jsonl"),
        )
        .unwrap();
        for it in items {
            let (_, p) = a.stance().scores(&polnear::stance_input(&it));
            let got = &a.stance().labels()[argmax(&p)];
            if *got != it.stance {
                println!("gold {} got {} {:.2?} | {}", it.stance, got, p, it.quote);
            }
        }
        return;
    }
    let items = match which.as_str() {
        "toi" => {
            topics::toi_crime_news(Path::new("evaluation/toi_crime_news_topics.jsonl"), shared)
                .unwrap()
        }
        _ => topics::ag_news(Path::new("evaluation/ag_news_topics.jsonl"), shared).unwrap(),
    };
    let opts = AnalysisOptions {
        sentences: false,
        quotes: false,
        ..Default::default()
    };
    for it in items {
        let an = a.analyze(&it.text, &opts).unwrap();
        if an.labels != it.labels {
            let scores: Vec<String> = an
                .topics
                .iter()
                .map(|t| format!("{}={:.2}", &t.label[..4], t.score))
                .collect();
            println!(
                "gold {:?} got {:?} [{}] | {}",
                it.labels,
                an.labels,
                scores.join(" "),
                it.text.chars().take(220).collect::<String>()
            );
        }
    }
}
