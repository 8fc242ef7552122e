//! The HTTP API through `actix_web::test` on the app `serve` runs (`server::app`): every
//! endpoint, every error, batches with partial failures, reload (good, broken,
//! concurrent with requests), back-pressure, HEAD, the example, the OpenAPI contract.
mod common;
mod spawn;
use actix_web::{test, web};
use serde_json::{json, Value};
use spawn::loaded_state;
use std::path::PathBuf;
use topic_stance::server::{AppState, ServerConfig};

fn config(models: PathBuf) -> ServerConfig {
    ServerConfig {
        models,
        admin_token: Some("a-long-enough-test-token".into()),
        max_batch_documents: 3,
        ..Default::default()
    }
}

async fn problem<B: actix_web::body::MessageBody>(
    resp: actix_web::dev::ServiceResponse<B>,
    status: u16,
) -> Value {
    assert_eq!(resp.status().as_u16(), status);
    assert_eq!(
        resp.headers().get("content-type").unwrap(),
        "application/problem+json"
    );
    let body: Value = test::read_body_json(resp).await;
    assert_eq!(body["status"], status);
    let detail = body["detail"].as_str().unwrap();
    for internal in [
        "expected ",
        "usize",
        "struct ",
        "invalid type",
        "floating point",
        "AnalysisOptions",
    ] {
        assert!(!detail.contains(internal), "Rust internals in {detail:?}");
    }
    assert!(body["type"].as_str().unwrap().starts_with("https://"));
    assert!(!body["title"].as_str().unwrap().is_empty());
    assert!(!body["detail"].as_str().unwrap().is_empty());
    body
}

/// A JSON classify request for `text`.
fn classify_request(text: impl Into<String>) -> actix_http::Request {
    test::TestRequest::post()
        .uri("/v1/classify")
        .set_json(json!({"text": text.into()}))
        .to_request()
}

fn models_dir() -> PathBuf {
    common::repo().join("models")
}

#[actix_web::test]
async fn classify_json_and_plain_text() {
    let state = loaded_state(config(models_dir()));
    let app = app!(state);
    let text = common::sample_article();
    let req = test::TestRequest::post()
        .uri("/v1/classify")
        .set_json(json!({"text": text, "id": "doc-1"}))
        .to_request();
    let resp = test::call_service(&app, req).await;
    assert_eq!(resp.status(), 200);
    assert!(resp.headers().contains_key("x-request-id"));
    let body: Value = test::read_body_json(resp).await;
    assert_eq!(body["id"], "doc-1");
    assert_eq!(body["topics"].as_array().unwrap().len(), 3);
    assert!(body["model"]["version"].as_str().unwrap().len() >= 8);
    for q in body["quotes"].as_array().unwrap() {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(common::slice(&text, s, e), q["text"].as_str().unwrap());
        for score in q["stance_scores"].as_object().unwrap().values() {
            assert!((0.0..=1.0).contains(&score.as_f64().unwrap()));
        }
        // A speaker comes with its score; no speaker, no score.
        match q["speaker"].as_str() {
            Some(_) => assert!(
                (0.0..=1.0).contains(&q["speaker_score"].as_f64().unwrap()),
                "{q}"
            ),
            None => assert!(q["speaker_score"].is_null(), "{q}"),
        }
    }
    let req = test::TestRequest::post()
        .uri("/v1/classify")
        .insert_header(("content-type", "text/plain; charset=utf-8"))
        .set_payload(text.clone())
        .to_request();
    let plain: Value = test::call_and_read_body_json(&app, req).await;
    assert_eq!(plain["labels"], body["labels"]);
}

#[actix_web::test]
async fn options_skip_parts_and_explain() {
    let state = loaded_state(config(models_dir()));
    let app = app!(state);
    let req = test::TestRequest::post()
        .uri("/v1/classify")
        .set_json(json!({"text": common::sample_article(), "options": {"sentences": false, "quotes": false}}))
        .to_request();
    let body: Value = test::call_and_read_body_json(&app, req).await;
    assert!(body["sentences"].as_array().unwrap().is_empty());
    assert!(body["quotes"].as_array().unwrap().is_empty());
    let req = test::TestRequest::post()
        .uri("/v1/classify")
        .set_json(json!({"text": common::sample_article(), "options": {"explain": true}}))
        .to_request();
    let body: Value = test::call_and_read_body_json(&app, req).await;
    let ex = body["explanations"].as_array().unwrap();
    assert_eq!(ex.len(), body["labels"].as_array().unwrap().len());
    assert!(!ex[0]["terms"].as_array().unwrap().is_empty());
    assert!(body["quotes"][0]["explanation"]["terms"].is_array());
    let req = test::TestRequest::post()
        .uri("/v1/classify")
        .set_json(json!({"text": "x", "options": {"bogus": 1}}))
        .to_request();
    problem(test::call_service(&app, req).await, 422).await;
}

#[actix_web::test]
async fn every_bad_request_gets_its_problem() {
    let state = loaded_state(ServerConfig {
        max_body_bytes: 1000,
        ..config(models_dir())
    });
    let app = app!(state);
    let post = || test::TestRequest::post().uri("/v1/classify");
    let cases: Vec<(actix_web::test::TestRequest, u16)> = vec![
        (
            post()
                .insert_header(("content-type", "application/json"))
                .set_payload("{\"text\": "),
            400,
        ),
        (
            post()
                .insert_header(("content-type", "text/plain"))
                .set_payload(vec![0xff, 0xfe, 0x41]),
            400,
        ),
        (
            post()
                .insert_header(("content-type", "application/json"))
                .set_payload(vec![b'"', 0xff, b'"']),
            400,
        ),
        (post().set_json(json!({"txt": "hello"})), 422),
        (post().set_json(json!({"text": 42})), 422),
        (post().set_json(json!(["text"])), 422),
        (post().set_json(json!({"text": " \n\t\u{a0} "})), 422),
        (post().set_json(json!({"text": "ok", "id": 7})), 422),
        (
            post()
                .insert_header(("content-type", "application/xml"))
                .set_payload("<text/>"),
            415,
        ),
        (post().set_payload("no content type"), 415),
        (
            post()
                .insert_header(("content-type", "text/plain"))
                .set_payload("x".repeat(1001)),
            413,
        ),
        (
            post().set_json(json!({"text": "\u{1c}\u{3000}\u{85}"})),
            422,
        ),
        (
            post().set_json(json!({"text": "ok", "options": {"explain_terms": "8"}})),
            422,
        ),
        (
            post().set_json(
                json!({"text": "ok", "options": {"explain_terms": 1.8446744073709552e19}}),
            ),
            422,
        ),
        (
            post().set_json(json!({"text": "ok", "options": {"explain_terms": -1}})),
            422,
        ),
        (
            post().set_json(json!({"text": "ok", "options": {"explain_terms": 51}})),
            422,
        ),
        (
            post().set_json(json!({"text": "ok", "options": {"quotes": "yes"}})),
            422,
        ),
        (post().set_json(json!({"text": "ok", "options": [1]})), 422),
        (
            post()
                .insert_header(("content-type", "text/plain; charset=iso-8859-1"))
                .set_payload("caf\u{e9}"),
            415,
        ),
        (
            post()
                .insert_header(("content-type", "application/json; charset=\"latin1\""))
                .set_payload("{}"),
            415,
        ),
        (
            post()
                .insert_header(("content-type", "text/plain"))
                .insert_header(("content-encoding", "br"))
                .set_payload("x"),
            415,
        ),
        (
            post()
                .insert_header(("content-type", "text/plain"))
                .insert_header(("content-encoding", "gzip"))
                .set_payload("not gzip at all"),
            400,
        ),
        (
            post()
                .insert_header(("content-type", "text/plain"))
                .insert_header(("content-encoding", "gzip"))
                .set_payload(gzip("x".repeat(2000).as_bytes())),
            413,
        ),
        (test::TestRequest::get().uri("/v1/nothing-here"), 404),
        (test::TestRequest::get().uri("/v1/classify"), 405),
        (test::TestRequest::delete().uri("/v1/models"), 405),
        (test::TestRequest::post().uri("/health/live"), 405),
    ];
    for (req, status) in cases {
        problem(test::call_service(&app, req.to_request()).await, status).await;
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[actix_web::test]
async fn details_are_plain_words() {
    let state = loaded_state(config(models_dir()));
    let app = app!(state);
    let detail = |req: test::TestRequest| {
        let app = &app;
        async move {
            let resp = test::call_service(app, req.to_request()).await;
            let body: Value = test::read_body_json(resp).await;
            body["detail"].as_str().unwrap().to_string()
        }
    };
    let post = || test::TestRequest::post().uri("/v1/classify");
    let d = detail(
        post().set_json(json!({"text": "ok", "options": {"explain_terms": 1.8446744073709552e19}})),
    )
    .await;
    assert_eq!(
        d,
        "the option `explain_terms` must be a whole number from 0 to 50"
    );
    let d = detail(post().set_json(json!({"text": "ok", "options": {"bogus": 1}}))).await;
    assert!(d.starts_with("unknown option `bogus`"), "{d}");
    let d = detail(
        post()
            .insert_header(("content-type", "application/json"))
            .set_payload("{\"text\": "),
    )
    .await;
    assert!(
        d.starts_with("the body is not valid JSON") && d.contains("line 1"),
        "{d}"
    );
    // Each endpoint names what it takes.
    let d = detail(
        post()
            .insert_header(("content-type", "application/xml"))
            .set_payload("<a/>"),
    )
    .await;
    assert!(d.contains("application/json or text/plain"), "{d}");
    let d = detail(
        test::TestRequest::post()
            .uri("/v1/classify/batch")
            .insert_header(("content-type", "text/plain"))
            .set_payload("x"),
    )
    .await;
    assert!(
        d.ends_with(": send application/json (an array of documents) or application/x-ndjson"),
        "{d}"
    );
}

#[actix_web::test]
async fn gzip_bodies_are_decoded() {
    let state = loaded_state(config(models_dir()));
    let app = app!(state);
    let text = spawn::example_text();
    let plain: Value = test::call_and_read_body_json(
        &app,
        test::TestRequest::post()
            .uri("/v1/classify")
            .insert_header(("content-type", "text/plain; charset=UTF-8"))
            .set_payload(text.clone())
            .to_request(),
    )
    .await;
    let resp = test::call_service(
        &app,
        test::TestRequest::post()
            .uri("/v1/classify")
            .insert_header(("content-type", "text/plain"))
            .insert_header(("content-encoding", "gzip"))
            .set_payload(gzip(text.as_bytes()))
            .to_request(),
    )
    .await;
    assert_eq!(resp.status(), 200);
    let zipped: Value = test::read_body_json(resp).await;
    assert_eq!(zipped["quotes"], plain["quotes"]);
    assert!(!plain["quotes"].as_array().unwrap().is_empty());
}

#[actix_web::test]
async fn head_on_get_routes() {
    let state = loaded_state(config(models_dir()));
    let app = app!(state);
    for uri in [
        "/",
        "/v1/models",
        "/v1/example",
        "/health/live",
        "/health/ready",
        "/healthz",
        "/metrics",
        "/assets/app.js",
    ] {
        let resp = test::call_service(
            &app,
            test::TestRequest::default()
                .method(actix_web::http::Method::HEAD)
                .uri(uri)
                .to_request(),
        )
        .await;
        assert_eq!(resp.status(), 200, "HEAD {uri}");
    }
    let resp = test::call_service(
        &app,
        test::TestRequest::put().uri("/v1/models").to_request(),
    )
    .await;
    assert_eq!(resp.headers().get("allow").unwrap(), "GET, HEAD");
    problem(resp, 405).await;
}

#[actix_web::test]
async fn the_example_is_shipped_in_the_binary() {
    let state = loaded_state(config(models_dir()));
    let app = app!(state);
    let resp = test::call_service(
        &app,
        test::TestRequest::get().uri("/v1/example").to_request(),
    )
    .await;
    assert_eq!(resp.status(), 200);
    let example: Value = test::read_body_json(resp).await;
    let shipped: Value = serde_json::from_str(
        &std::fs::read_to_string(common::repo().join("src/server/assets/example.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(example, shipped);
    assert!(example["url"]
        .as_str()
        .unwrap()
        .starts_with("https://en.wikinews.org/wiki/"));
    assert!(example["attribution"]
        .as_str()
        .unwrap()
        .contains("Creative Commons Attribution 2.5"));
    let words = example["text"].as_str().unwrap().split_whitespace().count();
    assert!((200..=600).contains(&words), "{words} words");
    // No path outside the binary is read: the server has no setting for one.
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_serve"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        !help.contains("shared") && !help.contains("--example"),
        "{help}"
    );
    // The page analyses it: several direct quotes.
    let body: Value =
        test::call_and_read_body_json(&app, classify_request(example["text"].as_str().unwrap()))
            .await;
    let direct = body["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "full")
        .count();
    assert!(direct >= 3, "{direct} full quotes");
}

#[actix_web::test]
async fn batch_in_order_with_partial_failures() {
    let state = loaded_state(config(models_dir()));
    let app = app!(state);
    let req = test::TestRequest::post()
        .uri("/v1/classify/batch")
        .set_json(json!([{"id": "a", "text": "Police seized two tonnes of cocaine at the port."}, {"id": "b", "text": ""}, {"id": "c"}]))
        .to_request();
    let body: Value = test::call_and_read_body_json(&app, req).await;
    let r = body["results"].as_array().unwrap();
    assert_eq!(r.len(), 3);
    assert_eq!(r[0]["id"], "a");
    assert!(r[0]["labels"]
        .as_array()
        .unwrap()
        .contains(&json!("trafficking")));
    assert_eq!(r[1]["id"], "b");
    assert_eq!(r[1]["error"]["status"], 422);
    assert_eq!(r[2]["error"]["status"], 422);
    let ndjson =
        "{\"id\":\"x\",\"text\":\"The ministers met in Geneva to sign a treaty.\"}\nnot json\n";
    let req = test::TestRequest::post()
        .uri("/v1/classify/batch")
        .insert_header(("content-type", "application/x-ndjson"))
        .set_payload(ndjson)
        .to_request();
    let body: Value = test::call_and_read_body_json(&app, req).await;
    let r = body["results"].as_array().unwrap();
    assert_eq!(r[0]["id"], "x");
    assert_eq!(r[1]["error"]["status"], 400);
    // Each line fails alone whatever its fault: bad UTF-8, bad JSON, no text, blank text.
    let state = loaded_state(ServerConfig {
        max_batch_documents: 10,
        ..config(models_dir())
    });
    let app = app!(state);
    let mut ndjson = b"{\"id\":\"a\",\"text\":\"Talks resumed in Geneva.\"}\n".to_vec();
    ndjson.extend_from_slice(
        b"{\"text\": \"caf\xe9\"}\n\n{\"id\":\"c\"}\r\n{\"id\":\"d\",\"text\":\" \"}\n[1,\n",
    );
    let req = test::TestRequest::post()
        .uri("/v1/classify/batch")
        .insert_header(("content-type", "application/x-ndjson"))
        .set_payload(ndjson)
        .to_request();
    let body: Value = test::call_and_read_body_json(&app, req).await;
    let r = body["results"].as_array().unwrap();
    assert_eq!(r.len(), 5, "{body}");
    assert_eq!(r[0]["id"], "a");
    assert!(r[0]["labels"].is_array());
    assert_eq!(
        r[1]["error"]["type"],
        "https://topic-stance.dev/problems/invalid-utf8"
    );
    assert!(r[1]["error"]["detail"].as_str().unwrap().contains("line 2"));
    assert_eq!(r[2]["id"], "c");
    assert_eq!(r[2]["error"]["status"], 422);
    assert_eq!(
        r[3]["error"]["type"],
        "https://topic-stance.dev/problems/empty-text"
    );
    assert_eq!(
        r[4]["error"]["type"],
        "https://topic-stance.dev/problems/invalid-json"
    );
    assert!(r[4]["error"]["detail"]
        .as_str()
        .unwrap()
        .contains("line 6:"));
    // A JSON array batch with bad JSON fails whole: there are no lines to tell apart.
    let req = test::TestRequest::post()
        .uri("/v1/classify/batch")
        .insert_header(("content-type", "application/json"))
        .set_payload("[{\"text\": \"a\"},")
        .to_request();
    problem(test::call_service(&app, req).await, 400).await;
    let too_many = json!((0..11)
        .map(|i| json!({"text": format!("doc {i}")}))
        .collect::<Vec<_>>());
    let req = test::TestRequest::post()
        .uri("/v1/classify/batch")
        .set_json(too_many)
        .to_request();
    let body = problem(test::call_service(&app, req).await, 422).await;
    assert_eq!(
        body["type"],
        "https://topic-stance.dev/problems/too-many-documents"
    );
    let req = test::TestRequest::post()
        .uri("/v1/classify/batch")
        .insert_header(("content-type", "application/x-ndjson"))
        .set_payload("{\"text\": \"a\"}\n".repeat(1 << 20))
        .to_request();
    let body = problem(test::call_service(&app, req).await, 413).await;
    assert_eq!(
        body["type"],
        "https://topic-stance.dev/problems/batch-too-large"
    );
}

#[actix_web::test]
async fn introspection_health_metrics_and_openapi() {
    let state = loaded_state(config(models_dir()));
    let app = app!(state);
    let models: Value = test::call_and_read_body_json(
        &app,
        test::TestRequest::get().uri("/v1/models").to_request(),
    )
    .await;
    assert_eq!(models["labels"].as_array().unwrap().len(), 3);
    assert_eq!(
        models["stance_labels"],
        serde_json::json!(["favor", "against", "neutral"])
    );
    let tasks = models["tasks"].as_array().unwrap();
    assert_eq!(tasks[0]["name"], "topics");
    assert!(tasks[0]["features"].as_u64().unwrap() > 1000);
    assert!(tasks[0]["examples"].as_u64().unwrap() >= 5000);
    assert!(tasks[0]["cross_validation"]["report"]["micro"]["f1"].is_number());
    for uri in [
        "/health/live",
        "/health/ready",
        "/healthz",
        "/",
        "/assets/app.js",
        "/assets/style.css",
        "/docs/",
    ] {
        let resp = test::call_service(&app, test::TestRequest::get().uri(uri).to_request()).await;
        assert_eq!(resp.status(), 200, "{uri}");
    }
    let _ = test::call_service(&app, classify_request("Talks resumed.")).await;
    let metrics =
        test::call_and_read_body(&app, test::TestRequest::get().uri("/metrics").to_request()).await;
    let metrics = String::from_utf8(metrics.to_vec()).unwrap();
    for name in [
        "topic_stance_http_requests_total",
        "topic_stance_http_request_duration_seconds_bucket",
        "topic_stance_documents_total",
        "topic_stance_quotes_total",
        "topic_stance_model_info",
        "route=\"/v1/classify\"",
    ] {
        assert!(metrics.contains(name), "{name} missing from metrics");
    }
    let spec: Value = test::call_and_read_body_json(
        &app,
        test::TestRequest::get().uri("/openapi.json").to_request(),
    )
    .await;
    for path in [
        "/v1/classify",
        "/v1/classify/batch",
        "/v1/models",
        "/v1/example",
        "/health/live",
        "/health/ready",
        "/metrics",
        "/admin/reload",
    ] {
        assert!(
            spec["paths"][path].is_object(),
            "{path} missing from the OpenAPI document"
        );
    }
}

#[actix_web::test]
async fn not_ready_until_models_load() {
    let state = web::Data::new(AppState::new(config(models_dir())));
    let app = app!(state);
    let resp = test::call_service(
        &app,
        test::TestRequest::get().uri("/health/ready").to_request(),
    )
    .await;
    assert!(resp.headers().contains_key("retry-after"));
    problem(resp, 503).await;
    let resp = test::call_service(&app, classify_request("hello")).await;
    problem(resp, 503).await;
    assert_eq!(
        test::call_service(
            &app,
            test::TestRequest::get().uri("/health/live").to_request()
        )
        .await
        .status(),
        200
    );
}

#[actix_web::test]
async fn busy_server_answers_503_with_retry_after() {
    let state = loaded_state(ServerConfig {
        max_pending: 1,
        ..config(models_dir())
    });
    let app = app!(state);
    let held = state.clone().into_inner().admit().expect("one slot");
    let resp = test::call_service(&app, classify_request("hello")).await;
    assert_eq!(resp.headers().get("retry-after").unwrap(), "1");
    problem(resp, 503).await;
    drop(held);
    let resp = test::call_service(&app, classify_request("hello")).await;
    assert_eq!(resp.status(), 200);
}

#[actix_web::test]
async fn reload_good_broken_and_guarded() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        models_dir().join("model.json"),
        dir.path().join("model.json"),
    )
    .unwrap();
    let state = loaded_state(config(dir.path().to_path_buf()));
    let app = app!(state);
    let reload = |token: Option<&str>| {
        let mut r = test::TestRequest::post().uri("/admin/reload");
        if let Some(t) = token {
            r = r.insert_header(("authorization", format!("Bearer {t}")));
        }
        r.to_request()
    };
    problem(test::call_service(&app, reload(None)).await, 401).await;
    problem(
        test::call_service(&app, reload(Some("a-long-enough-test-tokeX"))).await,
        401,
    )
    .await;
    let ok: Value =
        test::call_and_read_body_json(&app, reload(Some("a-long-enough-test-token"))).await;
    assert_eq!(ok["status"], "reloaded");
    // A truncated model file is rejected and the old models keep serving.
    let bytes = std::fs::read(dir.path().join("model.json")).unwrap();
    std::fs::write(dir.path().join("model.json"), &bytes[..bytes.len() / 2]).unwrap();
    let body = problem(
        test::call_service(&app, reload(Some("a-long-enough-test-token"))).await,
        409,
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("model.json"),
        "{body}"
    );
    let resp = test::call_service(&app, classify_request("Ministers met.")).await;
    assert_eq!(resp.status(), 200);
    // Disabled without a token.
    let state = loaded_state(ServerConfig {
        admin_token: None,
        ..config(models_dir())
    });
    let app = app!(state);
    problem(
        test::call_service(&app, reload(Some("anything-at-all-here"))).await,
        403,
    )
    .await;
}

#[actix_web::test]
async fn requests_in_flight_survive_concurrent_reloads() {
    let state = loaded_state(config(models_dir()));
    let text = common::sample_article();
    let st = state.clone();
    let reloader = std::thread::spawn(move || {
        for _ in 0..5 {
            st.reload().expect("the committed models reload");
        }
    });
    let app = app!(state);
    for _ in 0..20 {
        let req = classify_request(text.clone());
        assert_eq!(test::call_service(&app, req).await.status(), 200);
    }
    reloader.join().unwrap();
}

#[actix_web::test]
async fn the_openapi_document_is_the_contract() {
    let state = loaded_state(config(models_dir()));
    let app = app!(state);
    let spec: Value = test::call_and_read_body_json(
        &app,
        test::TestRequest::get().uri("/openapi.json").to_request(),
    )
    .await;
    let statuses = |path: &str, method: &str| -> Vec<String> {
        spec["paths"][path][method]["responses"]
            .as_object()
            .unwrap_or_else(|| panic!("{method} {path} has no responses"))
            .keys()
            .cloned()
            .collect()
    };
    let expected: &[(&str, &str, &[&str])] = &[
        (
            "/v1/classify",
            "post",
            &["200", "400", "408", "413", "415", "422", "503"],
        ),
        (
            "/v1/classify/batch",
            "post",
            &["200", "400", "408", "413", "415", "422", "503"],
        ),
        ("/v1/models", "get", &["200", "503"]),
        ("/v1/example", "get", &["200"]),
        ("/health/live", "get", &["200"]),
        ("/health/ready", "get", &["200", "503"]),
        ("/metrics", "get", &["200"]),
        ("/admin/reload", "post", &["200", "401", "403", "409"]),
    ];
    for (path, method, codes) in expected {
        let found = statuses(path, method);
        assert_eq!(&found, codes, "{method} {path}");
        for code in found.iter().filter(|c| !c.starts_with('2')) {
            let r = &spec["paths"][path][method]["responses"][code];
            assert!(
                r["content"]["application/problem+json"].is_object(),
                "{method} {path} {code}"
            );
            let d = r["description"].as_str().unwrap_or("");
            assert!(
                d.contains('`'),
                "{method} {path} {code}: the description names the problem type: {d}"
            );
        }
    }
    let resolve = |v: &Value| -> Value {
        match v["$ref"].as_str() {
            Some(r) => spec["components"]["schemas"][r.rsplit('/').next().unwrap()].clone(),
            None => v.clone(),
        }
    };
    let content = |path: &str| {
        let mut c = spec["paths"][path]["post"]["requestBody"]["content"].clone();
        for (_, media) in c.as_object_mut().unwrap() {
            media["schema"] = resolve(&media["schema"]);
        }
        c
    };
    let classify = content("/v1/classify");
    assert!(
        classify["application/json"].is_object() && classify["text/plain"].is_object(),
        "{classify}"
    );
    assert_eq!(classify["text/plain"]["schema"]["minLength"], 1);
    let batch = content("/v1/classify/batch");
    assert!(
        batch["application/json"].is_object() && batch["application/x-ndjson"].is_object(),
        "{batch}"
    );
    assert_eq!(
        batch["application/json"]["schema"]["maxItems"], 3,
        "the configured batch limit"
    );
    let text = &spec["components"]["schemas"]["ClassifyRequest"]["properties"]["text"];
    assert_eq!(text["minLength"], 1);
    assert_eq!(text["pattern"], topic_stance::server::request::TEXT_PATTERN);
    assert_eq!(
        classify["text/plain"]["schema"]["pattern"],
        topic_stance::server::request::TEXT_PATTERN
    );
    let options = &spec["components"]["schemas"]["RequestOptions"];
    assert_eq!(options["additionalProperties"], false);
    assert_eq!(options["properties"]["explain_terms"]["maximum"], 50);
    // The characters the pattern excludes are the ones the server counts as blank.
    use topic_stance::server::request::is_blank;
    for c in [
        '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{1c}', '\u{1f}', '\u{85}', '\u{a0}',
        '\u{1680}', '\u{2000}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}',
        '\u{3000}',
    ] {
        assert!(is_blank(&c.to_string()), "{c:?}");
    }
    for c in [
        'a', '\u{0}', '\u{1b}', '\u{200b}', '\u{feff}', '\u{180e}', '.',
    ] {
        assert!(!is_blank(&c.to_string()), "{c:?}");
    }
}
