//! Hostile input, the proptest stand-in for fuzzing (no nightly toolchain here for
//! cargo-fuzz): the whole text path and request decoding on arbitrary input never
//! panic and keep every span inside the text; pathological documents are handled.
mod common;
use actix_web::{test as atest, web, App};
use proptest::prelude::*;
use topic_stance::analysis::AnalysisOptions;
use topic_stance::server::{self, AppState, ServerConfig};

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
            let state = web::Data::new(AppState::new(ServerConfig::default()));
            state.install(topic_stance::analysis::Analyzer::new(common::analyzer().model_file().clone()).unwrap());
            let app = atest::init_service(App::new().app_data(state).configure(server::configure)).await;
            let ct = if json { "application/json" } else { "text/plain" };
            let req = atest::TestRequest::post().uri("/v1/classify").insert_header(("content-type", ct)).set_payload(body).to_request();
            atest::call_service(&app, req).await.status().as_u16()
        });
        prop_assert!(status == 200 || (400..500).contains(&status), "status {}", status);
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
