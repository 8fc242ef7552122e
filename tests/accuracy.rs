//! Accuracy of the committed models on real news they never trained on (our labels in
//! `evaluation/`, texts from `../shared/data`). The bars are the issue's; a bar not
//! reached honestly stays at its value, marked `#[ignore]` with the figure reached.
mod common;
use topic_stance::evaluation::{polnear, topics};
use topic_stance::models::metrics::Report;

fn ag_news(test: &str) -> Option<Report> {
    let items = topics::ag_news(
        &common::repo().join("evaluation/ag_news_topics.jsonl"),
        &common::shared_data(test)?,
    )
    .unwrap();
    assert!(items.len() >= 400);
    Some(topics::evaluate(&common::analyzer(), &items))
}

fn toi(test: &str) -> Option<Report> {
    let items = topics::toi_crime_news(
        &common::repo().join("evaluation/toi_crime_news_topics.jsonl"),
        &common::shared_data(test)?,
    )
    .unwrap();
    assert!(items.len() >= 250);
    Some(topics::evaluate(&common::analyzer(), &items))
}

fn polnear_stance(test: &str) -> Option<Report> {
    let items = polnear::stance_items(
        &common::repo().join("evaluation/polnear_dev_stance.jsonl"),
        &common::shared_data(test)?.join("polnear/dev.jsonl"),
    )
    .unwrap();
    assert!(items.len() >= 250);
    Some(polnear::evaluate_stance(&common::analyzer(), &items))
}

#[test]
#[ignore = "bar not reached: AG News micro-F1 0.7726 with the committed models (precision 0.70, recall 0.86); run with --ignored"]
fn ag_news_topic_micro_f1() {
    let Some(r) = ag_news("accuracy::ag_news_topic_micro_f1") else {
        return;
    };
    assert!(r.micro.f1 >= 0.85, "AG News micro-F1 {} < 0.85", r.micro.f1);
}

#[test]
fn ag_news_f1_per_topic_with_20_positives() {
    let Some(r) = ag_news("accuracy::ag_news_f1_per_topic_with_20_positives") else {
        return;
    };
    for (label, s) in r.per_label.iter().filter(|(_, s)| s.support >= 20) {
        assert!(s.f1 >= 0.75, "AG News {label} F1 {} < 0.75", s.f1);
    }
}

#[test]
#[ignore = "bar not reached: TOI trafficking F1 0.840 with the committed models (P 0.83, R 0.85); run with --ignored"]
fn toi_trafficking_f1() {
    let Some(r) = toi("accuracy::toi_trafficking_f1") else {
        return;
    };
    let f1 = r.per_label["trafficking"].f1;
    assert!(f1 >= 0.88, "TOI trafficking F1 {f1} < 0.88");
}

#[test]
#[ignore = "bar not reached: PolNeAR dev stance macro-F1 0.5426 with the committed models (accuracy 0.60); run with --ignored"]
fn polnear_stance_macro_f1() {
    let Some(r) = polnear_stance("accuracy::polnear_stance_macro_f1") else {
        return;
    };
    assert!(
        r.macro_avg.f1 >= 0.65,
        "PolNeAR stance macro-F1 {} < 0.65",
        r.macro_avg.f1
    );
}

/// The bars the committed models do reach, so a regression below them fails CI.
#[test]
fn committed_models_hold_their_measured_level() {
    let test = "accuracy::committed_models_hold_their_measured_level";
    let Some(r) = ag_news(test) else {
        return;
    };
    let t = toi(test).expect("the data checked just above");
    assert!(
        r.micro.f1 >= 0.75,
        "AG News micro-F1 fell to {}",
        r.micro.f1
    );
    assert!(
        t.per_label["trafficking"].f1 >= 0.82,
        "TOI trafficking F1 fell to {}",
        t.per_label["trafficking"].f1
    );
}

#[test]
fn dev_labels_use_only_even_rows() {
    for (file, key) in [
        ("ag_news_topics.jsonl", "row"),
        ("toi_crime_news_topics.jsonl", "line"),
    ] {
        let text = std::fs::read_to_string(common::repo().join("evaluation").join(file)).unwrap();
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(
                v[key].as_u64().unwrap() % 2,
                0,
                "{file}: odd {key} is reserved"
            );
        }
    }
}

/// Your own labels (issue 8): `train --task tasks/emergent.toml` on Emergent's train
/// split, measured on its test split (claims never seen in training). Goal: the dataset
/// authors' best system, 73.3% accuracy; measured 73.66% (`cargo run --release --bin
/// train -- --task tasks/emergent.toml --models target/emergent`).
#[test]
fn emergent_headline_stance_reaches_the_published_best() {
    let Some(data) =
        common::shared_data("accuracy::emergent_headline_stance_reaches_the_published_best")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_train"))
        .current_dir(common::repo())
        .args(["--task", "tasks/emergent.toml", "--models"])
        .arg(dir.path())
        .env("TOPIC_STANCE_DATA", data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("model.json")).unwrap()).unwrap();
    let test = &file["tasks"][0]["test"]["report"];
    let accuracy = test["accuracy"].as_f64().unwrap();
    assert_eq!(test["examples"], 524);
    assert!(
        accuracy >= 0.733,
        "Emergent test accuracy {accuracy} < 0.733"
    );
}

/// Quote extraction on the PolNeAR test split, read once per test binary. The bars are
/// the issue's; the rules are developed on the train and dev splits only.
fn polnear_test_quotes(test: &str) -> Option<&'static polnear::QuoteReport> {
    static R: std::sync::OnceLock<polnear::QuoteReport> = std::sync::OnceLock::new();
    let data = common::shared_data(test)?;
    Some(R.get_or_init(|| {
        let articles = polnear::read_articles(&data.join("polnear/test.jsonl")).unwrap();
        assert_eq!(articles.len(), 84);
        polnear::evaluate_quotes(&articles)
    }))
}

/// Reached: 0.8524 (dev 0.8970) at the seventh stop, 2026-12-04 (0.8487 before it).
#[test]
fn polnear_test_speaker_of_direct_quotes() {
    let Some(r) = polnear_test_quotes("accuracy::polnear_test_speaker_of_direct_quotes") else {
        return;
    };
    assert!(
        r.source_accuracy >= 0.85,
        "PolNeAR test source accuracy {} < 0.85",
        r.source_accuracy
    );
}

/// Reached: 0.6095 (P 0.755, R 0.511; dev 0.6022) at the fifth stop of 2026-12-03.
#[test]
fn polnear_test_all_attribution_f1() {
    let Some(r) = polnear_test_quotes("accuracy::polnear_test_all_attribution_f1") else {
        return;
    };
    assert!(
        r.all_overlap.f1 >= 0.60,
        "PolNeAR test all-attribution F1 {} < 0.60",
        r.all_overlap.f1
    );
}

/// Reached: 0.9548 (dev 0.9449) at the thirteenth stop, 2026-12-06, once the gold was
/// read as whole quotations: PolNeAR marks content sentence by sentence, and a quotation
/// of two sentences had counted as two direct quotes (0.9446, dev 0.9387, read that way).
#[test]
fn polnear_test_direct_quote_f1() {
    let Some(r) = polnear_test_quotes("accuracy::polnear_test_direct_quote_f1") else {
        return;
    };
    assert!(
        r.direct_overlap.f1 >= 0.95,
        "PolNeAR test direct-quote overlap F1 {} < 0.95",
        r.direct_overlap.f1
    );
}

use std::sync::OnceLock;
use topic_stance::evaluation::speakers::{self, SpeakerReport, SpeakerSet};
use topic_stance::models::speaker_score::ScoreReport;

/// A real-news speaker set of `evaluation/`, evaluated once per test run.
fn speaker_report(
    set: &SpeakerSet,
    once: &'static OnceLock<SpeakerReport>,
) -> &'static SpeakerReport {
    once.get_or_init(|| {
        let (articles, gold) = speakers::read_set(&common::repo().join("evaluation"), set).unwrap();
        let models = topic_stance::model_file::load(&common::repo().join("models")).unwrap();
        speakers::evaluate(&articles, &gold, models.speaker_score.as_ref()).unwrap()
    })
}

/// Speakers on the real-news speaker dev set (`evaluation/real_speakers_dev.jsonl`, in
/// the repository: two readers, articles never trained on or tuned on).
fn real_speakers() -> &'static SpeakerReport {
    static R: OnceLock<SpeakerReport> = OnceLock::new();
    speaker_report(&speakers::DEV, &R)
}

#[test]
#[ignore = "bar not reached: real-news speaker dev set, speaker right for 0.7650 of found direct quotes (153 / 200); run with --ignored"]
fn real_news_speaker_of_direct_quotes() {
    let r = real_speakers();
    assert!(
        r.direct_speaker_accuracy >= 0.85,
        "real-news speaker dev accuracy {} < 0.85",
        r.direct_speaker_accuracy
    );
}

/// Speakers on the real-news speaker check sets (`evaluation/real_speakers_check.jsonl`,
/// read at the fifteenth stop, and `real_speakers_check2.jsonl`, at the sixteenth:
/// direct quotes of articles nobody had labelled, read by two readers; no rule was
/// written from their misses).
fn check_speakers() -> &'static SpeakerReport {
    static R: OnceLock<SpeakerReport> = OnceLock::new();
    speaker_report(&speakers::CHECK, &R)
}

fn check2_speakers() -> &'static SpeakerReport {
    static R: OnceLock<SpeakerReport> = OnceLock::new();
    speaker_report(&speakers::CHECK2, &R)
}

#[test]
#[ignore = "bar not reached: real-news speaker check sets, speaker right for 0.7273 (168 / 231) and 0.7773 (171 / 220) of found direct quotes; run with --ignored"]
fn real_news_speaker_check_sets() {
    for (name, r) in [("check", check_speakers()), ("check2", check2_speakers())] {
        assert!(
            r.direct_speaker_accuracy >= 0.85,
            "real-news speaker {name}-set accuracy {} < 0.85",
            r.direct_speaker_accuracy
        );
    }
}

/// The level reached, so that a regression in the speaker rules fails: for each set,
/// the direct quotes found and the accuracy of their speakers.
#[test]
fn real_news_speakers_hold_their_measured_level() {
    let sets = [
        ("dev", real_speakers(), 190, 0.74),
        ("check", check_speakers(), 225, 0.68),
        ("check2", check2_speakers(), 210, 0.69),
    ];
    for (name, r, found, accuracy) in sets {
        assert!(
            r.direct_matched >= found,
            "only {} direct quotes of the {name} set found",
            r.direct_matched
        );
        assert!(
            r.direct_speaker_accuracy >= accuracy,
            "real-news speaker {name}-set accuracy {} fell below {accuracy}",
            r.direct_speaker_accuracy
        );
    }
}

/// The committed speaker score's figures on each of the three held-out speaker sets
/// (never trained on).
fn held_out_scores() -> [(&'static str, &'static ScoreReport); 3] {
    [
        ("dev", real_speakers()),
        ("check", check_speakers()),
        ("check2", check2_speakers()),
    ]
    .map(|(name, r)| {
        let score = r
            .direct_score
            .as_ref()
            .expect("the committed models hold a speaker score");
        (name, score)
    })
}

/// The speaker score tells a right speaker from a wrong one: area under the ROC curve
/// at least 0.75 on each held-out set.
#[test]
fn speaker_score_tells_right_speakers_from_wrong() {
    for (name, score) in held_out_scores() {
        assert!(
            score.quotes >= 150,
            "only {} scored direct quotes in the {name} set",
            score.quotes
        );
        assert!(
            score.auc >= 0.75,
            "speaker score AUC {} < 0.75 on the {name} set",
            score.auc
        );
    }
}

/// What the score is for: the direct quotes it scores at 0.8 or more, at least half of
/// those found with a speaker, have the right speaker for at least 0.85 of them (the
/// issue's bar, on the quotes an editor need not check) on each held-out set.
#[test]
#[ignore = "bar not reached: direct quotes scored 0.8 or more, speaker right for 0.8642 (dev, 84.8% of scored quotes), 0.8187 (check, 88.9%) and 0.8820 (check2, 88.1%); run with --ignored"]
fn speakers_scored_confident_are_right() {
    for (name, score) in held_out_scores() {
        let at = score
            .at_thresholds
            .iter()
            .find(|a| a.threshold == 0.8)
            .expect("the report gives the 0.8 threshold");
        assert!(
            at.coverage >= 0.5 && at.right >= 0.85,
            "{name} set: {} of scored direct quotes at 0.8 or more, speaker right for {} (bars 0.5 and 0.85)",
            at.coverage,
            at.right
        );
    }
}
