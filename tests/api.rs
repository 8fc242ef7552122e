//! The HTTP API through `actix_web::test`: every endpoint, every error, batches with
//! partial failures, reload (good, broken, concurrent with requests), back-pressure.
mod common;
use actix_web::{test, web, App};
use serde_json::{json, Value};
use std::path::PathBuf;
use topic_stance::server::{self, AppState, ServerConfig};

fn config(models: PathBuf) -> ServerConfig {
    ServerConfig {
        models,
        admin_token: Some("a-long-enough-test-token".into()),
        max_batch_documents: 3,
        ..Default::default()
    }
}

fn loaded_state(cfg: ServerConfig) -> web::Data<AppState> {
    let state = web::Data::new(AppState::new(cfg));
    state.install(
        topic_stance::analysis::Analyzer::new(common::analyzer().model_file().clone()).unwrap(),
    );
    state
}

macro_rules! app {
    ($state:expr) => {
        test::init_service(
            App::new()
                .app_data($state.clone())
                .wrap(actix_web::middleware::from_fn(server::telemetry::observe))
                .configure(server::configure)
                .default_service(web::to(server::routes::not_found)),
        )
        .await
    };
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
        (test::TestRequest::get().uri("/v1/nothing-here"), 404),
        (test::TestRequest::get().uri("/v1/classify"), 405),
        (test::TestRequest::delete().uri("/v1/models"), 405),
    ];
    for (req, status) in cases {
        problem(test::call_service(&app, req.to_request()).await, status).await;
    }
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
    let too_many = json!([{"text": "a"}, {"text": "b"}, {"text": "c"}, {"text": "d"}]);
    let req = test::TestRequest::post()
        .uri("/v1/classify/batch")
        .set_json(too_many)
        .to_request();
    problem(test::call_service(&app, req).await, 413).await;
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
