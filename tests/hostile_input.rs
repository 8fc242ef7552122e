//! Hostile input, the proptest stand-in for fuzzing (no nightly toolchain here for
//! cargo-fuzz): the whole text path and request decoding (through the app `serve`
//! runs) on arbitrary input never panic and keep every span inside the text;
//! pathological documents are handled, and their answers stay bounded.
mod common;
mod spawn;
use actix_web::test as atest;
use proptest::prelude::*;
use topic_stance::analysis::{AnalysisOptions, Limits};
use topic_stance::server::ServerConfig;

fn check_analysis(text: &str) -> Result<(), TestCaseError> {
    let n = text.chars().count();
    match common::analyzer().analyze(
        text,
        &AnalysisOptions {
            explain: true,
            ..Default::default()
        },
    ) {
        Ok(a) => {
            for s in &a.sentences {
                prop_assert!(s.start < s.end && s.end <= n);
            }
            let mut last = 0;
            for q in &a.quotes {
                prop_assert!(q.start >= last && q.end <= n);
                prop_assert_eq!(&q.text, &common::slice(text, q.start, q.end));
                last = q.end;
                let total: f64 = q.stance_scores.0.iter().map(|(_, p)| p).sum();
                prop_assert!((total - 1.0).abs() < 1e-9);
                prop_assert_eq!(q.speaker.is_some(), q.speaker_score.is_some());
                prop_assert!(q.speaker_score.is_none_or(|p| (0.0..=1.0).contains(&p)));
            }
            for t in &a.topics {
                prop_assert!((0.0..=1.0).contains(&t.score));
            }
        }
        Err(topic_stance::Error::EmptyText) => prop_assert!(text.trim().is_empty()),
        Err(e) => return Err(TestCaseError::fail(format!("unexpected error {e}"))),
    }
    Ok(())
}

const SEEDS: &[&str] = &[
    "“He said ‘no’,” she said.",
    "“unclosed « nested „ marks ‘ everywhere",
    "مرحبا “سلام” עברית \u{202e}reversed\u{202c} text",
    "e\u{301}\u{301}\u{301} combining ́ marks and emoji 👩‍👩‍👧‍👦 🇲🇦",
    "\u{0}\u{1}\u{7f}\u{85}\u{2028}\u{feff}control",
    "Dr. U.S. 3.5 J. K. a.m.…",
];

/// Cases per property: 400 in the test suite; `HOSTILE_CASES=200000` for a long run.
fn cases() -> u32 {
    std::env::var("HOSTILE_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn whole_text_path_on_arbitrary_unicode(text in "\\PC{0,200}") {
        check_analysis(&text)?;
    }

    #[test]
    fn whole_text_path_on_quote_heavy_text(text in "([“”‘’«»„\"' .\n]|[a-zA-Z]{1,8}|said|Khiame|he|according to|that){0,80}") {
        check_analysis(&text)?;
    }

    #[test]
    fn whole_text_path_on_mutated_seeds(seed in 0usize..SEEDS.len(), cut in 0usize..64, noise in "\\PC{0,20}") {
        let s: String = SEEDS[seed].chars().take(cut).collect::<String>() + &noise + SEEDS[seed];
        check_analysis(&s)?;
    }

    #[test]
    fn request_decoding_never_fails_with_500(body in proptest::collection::vec(any::<u8>(), 0..300), json in any::<bool>()) {
        let rt = actix_web::rt::Runtime::new().unwrap();
        let status = rt.block_on(async {
            let state = spawn::loaded_state(ServerConfig::default());
            let app = app!(state);
            let ct = if json { "application/json" } else { "text/plain" };
            let req = atest::TestRequest::post().uri("/v1/classify").insert_header(("content-type", ct)).set_payload(body).to_request();
            let resp = atest::call_service(&app, req).await;
            let status = resp.status().as_u16();
            let ct = resp.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
            (status, ct)
        });
        let (status, ct) = status;
        prop_assert!(status == 200 || (400..500).contains(&status), "status {}", status);
        prop_assert!(status == 200 || ct == "application/problem+json", "content type {}", ct);
    }

    #[test]
    fn ndjson_lines_fail_alone(lines in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..40), 1..6)) {
        let rt = actix_web::rt::Runtime::new().unwrap();
        let good = b"{\"id\":\"good\",\"text\":\"Talks resumed.\"}".to_vec();
        let mut body = good.clone();
        for l in &lines {
            body.push(b'\n');
            body.extend(l.iter().map(|&b| if b == b'\n' { b' ' } else { b }));
        }
        let (status, v) = rt.block_on(async {
            let state = spawn::loaded_state(ServerConfig::default());
            let app = app!(state);
            let req = atest::TestRequest::post().uri("/v1/classify/batch").insert_header(("content-type", "application/x-ndjson")).set_payload(body).to_request();
            let resp = atest::call_service(&app, req).await;
            let status = resp.status().as_u16();
            let v: serde_json::Value = atest::read_body_json(resp).await;
            (status, v)
        });
        prop_assert_eq!(status, 200);
        prop_assert_eq!(&v["results"][0]["id"], "good");
        prop_assert!(v["results"][0]["labels"].is_array());
    }
}

#[test]
fn pathological_documents_are_handled() {
    let a = common::analyzer();
    let opts = AnalysisOptions::default();
    let marks = "“ ” « \" ‘ ".repeat(2_000); // 10,000 unmatched quotation marks
    let r = a
        .analyze(&format!("Police said {marks} end."), &opts)
        .unwrap();
    assert!(!r.warnings.is_empty());
    let one_sentence = "word ".repeat(200_000); // 1 MB, no punctuation
    assert_eq!(a.analyze(&one_sentence, &opts).unwrap().sentences.len(), 1);
    let many = "A! ".repeat(100_000); // 100,000 one-letter sentences
    assert_eq!(a.analyze(&many, &opts).unwrap().sentences.len(), 100_000);
}

/// Hostile 1 MiB bodies that once gave 47–123 MB answers: within the limits the answer
/// is smaller than the body, and says what it left out.
#[actix_web::test]
async fn hostile_bodies_get_bounded_answers() {
    let config = ServerConfig::default();
    let state = spawn::loaded_state(config.clone());
    let app = app!(state);
    // (name, text, explain): explained cases go as JSON, the rest as text/plain.
    let cases: Vec<(&str, String, bool)> = vec![
        ("1 MiB of \"", "\"".repeat(1 << 20), false),
        (
            "He said \"a\". × 80,000",
            "He said \"a\". ".repeat(80_000),
            false,
        ),
        (
            "He said \"a\". × 60,000, explained",
            "He said \"a\". ".repeat(60_000),
            true,
        ),
        ("500,000 short lines", "a\n".repeat(500_000), false),
        ("100,000 one-letter sentences", "A! ".repeat(100_000), false),
    ];
    for (name, text, explain) in cases {
        let req = atest::TestRequest::post().uri("/v1/classify");
        let req = if explain {
            req.set_json(serde_json::json!({"text": text, "options": {"explain": true}}))
        } else {
            req.insert_header(("content-type", "text/plain"))
                .set_payload(text.clone())
        }
        .to_request();
        let resp = atest::call_service(&app, req).await;
        assert_eq!(resp.status(), 200, "{name}");
        let body = atest::read_body(resp).await;
        let ratio = body.len() as f64 / text.len() as f64;
        assert!(
            ratio <= 1.0,
            "{name}: the answer is {ratio:.2} times the body"
        );
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert!(v["truncated"].is_object(), "{name}: no `truncated`");
        assert!(
            v["sentences"].as_array().unwrap().len() <= config.max_sentences,
            "{name}"
        );
        assert!(
            v["quotes"].as_array().unwrap().len() <= config.max_quotes,
            "{name}"
        );
        let warnings = v["warnings"].as_array().unwrap();
        assert!(warnings.len() <= config.max_warnings + 1, "{name}");
        let left_out = v["truncated"]["warnings"].as_u64().unwrap();
        if left_out > 0 {
            let last = warnings.last().unwrap();
            assert_eq!(last["code"], "more_warnings", "{name}");
            assert!(
                last["message"]
                    .as_str()
                    .unwrap()
                    .contains(&left_out.to_string()),
                "{name}"
            );
        }
    }
}

/// The limits cut only what is listed; the counts say what was found.
#[test]
fn limits_count_what_they_leave_out() {
    let a = common::analyzer();
    let text = "He said \"a\". ".repeat(300);
    let limits = Limits {
        sentences: 10,
        quotes: 20,
        warnings: 0,
    };
    let r = a
        .analyze_within(&text, &AnalysisOptions::default(), &limits)
        .unwrap();
    let full = a.analyze(&text, &AnalysisOptions::default()).unwrap();
    assert!(full.truncated.is_none());
    let t = r.truncated.expect("truncated");
    assert_eq!(r.sentences.len(), 10);
    assert_eq!(r.sentences.len() + t.sentences, full.sentences.len());
    assert_eq!(r.quotes.len() + t.quotes, full.quotes.len());
    assert_eq!(r.quotes[..], full.quotes[..20]);
    assert_eq!(r.topics, full.topics);
}
