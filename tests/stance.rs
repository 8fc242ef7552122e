//! Stance on real quotes the models never trained on, the signals that carry it, and
//! the one feature function: a quote read at serve time gives the very vector `train`
//! built for the same quote, context and cue.
mod common;
use topic_stance::analysis::{AnalysisOptions, Analyzer};
use topic_stance::classifier::Classifier;
use topic_stance::features::Input;
use topic_stance::models::metrics::Report;
use topic_stance::task::Source;
use topic_stance::text::{split_sentences, Document};
use topic_stance::training::{records, run};

/// A task of the committed models measured on its own dev (test) file, in the
/// repository: no outside data needed.
fn dev_report(classifier: &Classifier) -> Report {
    let spec = classifier.spec();
    let test: Vec<&Source> = spec
        .test
        .as_ref()
        .expect("the task names its dev set")
        .list();
    let data = records::read(spec, &test, &common::repo().join("training_data")).unwrap();
    run::test_report(classifier, &data).report
}

#[test]
fn real_quotes_dev_macro_f1_reaches_060() {
    let r = dev_report(common::analyzer().stance());
    assert!(r.examples >= 500, "{} dev quotes", r.examples);
    assert!(
        r.macro_avg.f1 >= 0.60,
        "real-quote dev macro-F1 {} < 0.60",
        r.macro_avg.f1
    );
}

#[test]
fn real_quotes_dev_macro_f1_reaches_065() {
    let r = dev_report(common::analyzer().stance());
    assert!(
        r.macro_avg.f1 >= 0.65,
        "real-quote dev macro-F1 {} < 0.65",
        r.macro_avg.f1
    );
}

#[test]
fn polnear_dev_macro_f1_reaches_050() {
    let Some(data) = common::shared_data("stance::polnear_dev_macro_f1_reaches_050") else {
        return;
    };
    let items = topic_stance::evaluation::polnear::stance_items(
        &common::repo().join("evaluation/polnear_dev_stance.jsonl"),
        &data.join("polnear/dev.jsonl"),
    )
    .unwrap();
    let r = topic_stance::evaluation::polnear::evaluate_stance(&common::analyzer(), &items);
    assert!(
        r.macro_avg.f1 >= 0.50,
        "PolNeAR dev macro-F1 {} < 0.50",
        r.macro_avg.f1
    );
}

fn stance_of(quote: &str, context: &str, cue: Option<&str>) -> (String, Vec<(String, f64)>) {
    let a = common::analyzer();
    let p = a.stance().predict(&Input::quote(quote, Some(context), cue));
    (p.labels[0].clone(), p.scores)
}

fn score(scores: &[(String, f64)], label: &str) -> f64 {
    scores.iter().find(|(l, _)| l == label).unwrap().1
}

#[test]
fn the_readme_example_commits_and_is_favor() {
    let quote = "We will not keep any secret from Algeria,";
    let (label, scores) = stance_of(quote, &format!("“{quote}” he said."), Some("said"));
    assert_eq!(label, "favor", "{scores:?}");
}

#[test]
fn a_condemning_cue_moves_toward_against() {
    let quote = "ignorance";
    let said = stance_of(
        quote,
        "He said Algeria's “ignorance” was the reason.",
        Some("said"),
    )
    .1;
    let condemned = stance_of(
        quote,
        "He condemned Algeria's “ignorance” since Morocco warned it.",
        Some("condemned"),
    )
    .1;
    assert!(
        score(&condemned, "against") > score(&said, "against"),
        "{said:?} vs {condemned:?}"
    );
}

#[test]
fn a_first_person_future_moves_toward_favor() {
    let context = |q: &str| format!("“{q},” the minister said.");
    let plain = stance_of(
        "the border stays closed",
        &context("the border stays closed"),
        Some("said"),
    )
    .1;
    let vow = stance_of(
        "we will keep the border closed",
        &context("we will keep the border closed"),
        Some("said"),
    )
    .1;
    assert!(
        score(&vow, "favor") > score(&plain, "favor"),
        "{plain:?} vs {vow:?}"
    );
}

#[test]
fn negation_moves_away_from_the_word_it_negates() {
    let context = |q: &str| format!("“{q},” the envoy said.");
    let good = stance_of(
        "the agreement is good for both peoples",
        &context("the agreement is good for both peoples"),
        Some("said"),
    )
    .1;
    let not_good = stance_of(
        "the agreement is not good for both peoples",
        &context("the agreement is not good for both peoples"),
        Some("said"),
    )
    .1;
    assert!(
        score(&not_good, "favor") < score(&good, "favor"),
        "{good:?} vs {not_good:?}"
    );
}

/// The dev quotes of the real-news corpus whose articles are in the repository: each
/// is found again by the extractor, and the vector serving builds from the document's
/// spans equals the one training builds from the stored quote, context and cue.
#[test]
fn serve_time_and_train_time_vectors_of_a_quote_are_identical() {
    let a = common::analyzer();
    let read = |name: &str| -> Vec<serde_json::Value> {
        topic_stance::data::read_jsonl(&common::repo().join("evaluation").join(name)).unwrap()
    };
    let articles: std::collections::HashMap<String, String> = read("real_articles_dev.jsonl")
        .into_iter()
        .map(|a| {
            (
                a["key"].as_str().unwrap().to_string(),
                a["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let spec = a.stance().spec();
    let mut checked = 0;
    for row in read("real_quotes_dev.jsonl") {
        let Some(text) = articles.get(row["article"].as_str().unwrap()) else {
            continue;
        };
        let doc = Document::new(text);
        let found = topic_stance::quotes::extract(&doc, &split_sentences(&doc));
        let start: usize = row["id"]
            .as_str()
            .unwrap()
            .rsplit("#q")
            .next()
            .unwrap()
            .parse()
            .unwrap();
        // The same quote: same start, same text and same cue (a quote the extractor now
        // cuts or cues differently is a different input, kept in the corpus as the
        // readers read it).
        let Some(q) = found.quotes.iter().find(|q| {
            q.span.start == start
                && doc.original(q.span) == row["text"].as_str().unwrap()
                && q.cue.map(|c| doc.original(c)) == row["cue"].as_str()
        }) else {
            continue;
        };
        let served = a
            .stance()
            .featurizer()
            .transform(&Analyzer::quote_input(&doc, q));
        let record = spec.record(&row).unwrap();
        let trained = a.stance().featurizer().transform(&record.input());
        assert_eq!(served, trained, "{}", row["id"]);
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} dev quotes were found again");
}

#[test]
fn the_reference_articles_quotes_read_the_same_at_serve_and_train_time() {
    let Some(text) =
        common::reference_article("stance::the_reference_articles_quotes_read_the_same")
    else {
        return;
    };
    let a = common::analyzer();
    let doc = Document::new(&text);
    let found = topic_stance::quotes::extract(&doc, &split_sentences(&doc));
    assert!(found.quotes.len() >= 10);
    for q in &found.quotes {
        let input = Analyzer::quote_input(&doc, q);
        // What a training row holds: the quote, its sentence, its cue, as text.
        let row = serde_json::json!({
            "text": input.fields[0],
            "context": doc.normalized(q.context),
            "cue": input.cue,
            "stance": "neutral",
        });
        let record = a.stance().spec().record(&row).unwrap();
        assert_eq!(
            a.stance().featurizer().transform(&input),
            a.stance().featurizer().transform(&record.input()),
            "{}",
            input.fields[0]
        );
    }
    let _ = AnalysisOptions::default();
}
