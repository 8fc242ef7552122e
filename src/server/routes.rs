//! The API's handlers. Each one decodes the request, hands it to the library (heavy
//! work on the blocking pool), and encodes the result; every failure is an [`ApiError`].
use super::problem::{ApiError, Problem};
use super::state::AppState;
use crate::analysis::{Analysis, AnalysisOptions, Analyzer};
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Arc;
use utoipa::ToSchema;

pub fn configure(cfg: &mut web::ServiceConfig) {
    let resource = |path: &str, allowed: &'static str| {
        web::resource(path).default_service(web::to(move |req: HttpRequest| async move {
            Err::<HttpResponse, _>(ApiError::MethodNotAllowed {
                method: req.method().to_string(),
                allowed,
            })
        }))
    };
    cfg.service(resource("/v1/classify", "POST").route(web::post().to(classify)))
        .service(resource("/v1/classify/batch", "POST").route(web::post().to(classify_batch)))
        .service(resource("/v1/models", "GET").route(web::get().to(models)))
        .service(resource("/v1/example", "GET").route(web::get().to(example)))
        .service(resource("/health/live", "GET").route(web::get().to(live)))
        .service(resource("/health/ready", "GET").route(web::get().to(ready)))
        .service(resource("/healthz", "GET").route(web::get().to(ready)))
        .service(resource("/metrics", "GET").route(web::get().to(metrics)))
        .service(resource("/admin/reload", "POST").route(web::post().to(reload)));
}

/// Unknown routes: 404 as a problem document.
pub async fn not_found(req: HttpRequest) -> Result<HttpResponse, ApiError> {
    Err(ApiError::NotFound(req.path().chars().take(200).collect()))
}

/// A document to analyse.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ClassifyRequest {
    /// The article, as plain text. Offsets in the response are code points into it.
    pub text: String,
    #[serde(default)]
    pub options: AnalysisOptions,
    /// Echoed back in the response.
    #[serde(default)]
    pub id: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ModelRef {
    pub version: String,
    pub trained_at: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ClassifyResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(flatten)]
    pub analysis: Analysis,
    pub model: ModelRef,
}

/// One entry of a batch response: a result, or the problem with that document.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum BatchItem {
    Ok(Box<ClassifyResponse>),
    Error {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        error: Problem,
    },
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct BatchResponse {
    pub results: Vec<BatchItem>,
}

async fn read_body(
    mut payload: web::Payload,
    req: &HttpRequest,
    limit: usize,
) -> Result<web::Bytes, ApiError> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(ApiError::TooLarge { limit });
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|e| ApiError::InvalidJson(format!("could not read the body: {e}")))?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::TooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

fn media_type(req: &HttpRequest) -> String {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Decodes one JSON document: 422 when `text` is missing or not a string.
fn decode_document(value: Value) -> Result<ClassifyRequest, (Option<String>, ApiError)> {
    let id = value.get("id").and_then(|v| v.as_str()).map(str::to_string);
    let Value::Object(map) = &value else {
        return Err((
            None,
            ApiError::Unprocessable("the body must be a JSON object with a `text` field".into()),
        ));
    };
    match map.get("text") {
        None => {
            return Err((
                id,
                ApiError::Unprocessable("the field `text` is missing".into()),
            ))
        }
        Some(Value::String(_)) => {}
        Some(_) => {
            return Err((
                id,
                ApiError::Unprocessable("the field `text` must be a string".into()),
            ))
        }
    }
    if map
        .get("id")
        .is_some_and(|v| !v.is_string() && !v.is_null())
    {
        return Err((
            None,
            ApiError::Unprocessable("the field `id` must be a string".into()),
        ));
    }
    serde_json::from_value::<ClassifyRequest>(value)
        .map_err(|e| (id, ApiError::Unprocessable(e.to_string())))
}

fn parse_classify(req: &HttpRequest, body: &[u8]) -> Result<ClassifyRequest, ApiError> {
    match media_type(req).as_str() {
        "application/json" => {
            let text = std::str::from_utf8(body).map_err(|_| ApiError::InvalidUtf8)?;
            let value: Value =
                serde_json::from_str(text).map_err(|e| ApiError::InvalidJson(e.to_string()))?;
            decode_document(value).map_err(|(_, e)| e)
        }
        "text/plain" => {
            let text = std::str::from_utf8(body).map_err(|_| ApiError::InvalidUtf8)?;
            Ok(ClassifyRequest {
                text: text.to_string(),
                options: AnalysisOptions::default(),
                id: None,
            })
        }
        other => Err(ApiError::UnsupportedMediaType(other.to_string())),
    }
}

fn analyzer(state: &AppState) -> Result<Arc<Analyzer>, ApiError> {
    state.models().ok_or(ApiError::NotReady)
}

fn model_ref(a: &Analyzer) -> ModelRef {
    ModelRef {
        version: a.model_file().version.clone(),
        trained_at: a.model_file().trained_at.clone(),
    }
}

fn analyse_one(
    state: &AppState,
    a: &Analyzer,
    doc: ClassifyRequest,
) -> Result<ClassifyResponse, ApiError> {
    if doc.text.trim().is_empty() {
        return Err(ApiError::EmptyText);
    }
    let analysis = a.analyze(&doc.text, &doc.options)?;
    state.telemetry.documents.inc();
    state.telemetry.quotes.inc_by(analysis.quotes.len() as u64);
    for l in &analysis.labels {
        state.telemetry.predictions.with_label_values(&[l]).inc();
    }
    Ok(ClassifyResponse {
        id: doc.id,
        analysis,
        model: model_ref(a),
    })
}

/// Runs work on the blocking pool; a panic there is a bug and becomes a 500, never a crash.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    web::block(f)
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?
}

/// Analyse one document.
#[utoipa::path(
    post, path = "/v1/classify", tag = "classify",
    request_body(content = ClassifyRequest, description = "JSON document, or the raw article as text/plain"),
    responses(
        (status = 200, description = "Topics, sentences, quotes with speakers and stance", body = ClassifyResponse),
        (status = 400, description = "Invalid JSON or UTF-8", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body over the limit", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Unsupported content type", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Missing, non-string or empty text", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Models not loaded yet, or busy", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn classify(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(payload, &req, state.config.max_body_bytes).await?;
    let doc = parse_classify(&req, &body)?;
    let a = analyzer(&state)?;
    let slot = state.clone().into_inner().admit().ok_or(ApiError::Busy)?;
    let st = state.clone();
    let response = blocking(move || {
        let _slot = slot;
        analyse_one(&st, &a, doc)
    })
    .await?;
    Ok(HttpResponse::Ok().json(response))
}

/// Analyse many documents: a JSON array, or NDJSON (one document per line).
#[utoipa::path(
    post, path = "/v1/classify/batch", tag = "classify",
    request_body(content = Vec<ClassifyRequest>, description = "JSON array, or application/x-ndjson"),
    responses(
        (status = 200, description = "One result or problem per document, in order", body = BatchResponse),
        (status = 400, description = "Invalid JSON or UTF-8", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Too many documents or bytes", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Unsupported content type", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn classify_batch(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let limit = state.config.max_batch_bytes;
    let body = read_body(payload, &req, limit).await.map_err(|e| match e {
        ApiError::TooLarge { limit } => ApiError::BatchTooLarge(format!(
            "the batch is larger than the limit of {limit} bytes"
        )),
        other => other,
    })?;
    let text = std::str::from_utf8(&body).map_err(|_| ApiError::InvalidUtf8)?;
    let values: Vec<Result<Value, ApiError>> = match media_type(&req).as_str() {
        "application/json" => match serde_json::from_str::<Value>(text)
            .map_err(|e| ApiError::InvalidJson(e.to_string()))?
        {
            Value::Array(items) => items.into_iter().map(Ok).collect(),
            _ => {
                return Err(ApiError::Unprocessable(
                    "a batch is a JSON array of documents".into(),
                ))
            }
        },
        "application/x-ndjson" => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, l)| {
                serde_json::from_str(l)
                    .map_err(|e| ApiError::InvalidJson(format!("line {}: {e}", i + 1)))
            })
            .collect(),
        other => return Err(ApiError::UnsupportedMediaType(other.to_string())),
    };
    let max = state.config.max_batch_documents;
    if values.len() > max {
        return Err(ApiError::BatchTooLarge(format!(
            "{} documents; the limit is {max}",
            values.len()
        )));
    }
    let a = analyzer(&state)?;
    let slot = state.clone().into_inner().admit().ok_or(ApiError::Busy)?;
    let st = state.clone();
    let results = blocking(move || {
        let _slot = slot;
        use rayon::prelude::*;
        Ok(values
            .into_par_iter()
            .map(|v| {
                let doc = v.map_err(|e| (None, e)).and_then(decode_document);
                match doc.and_then(|d| {
                    let id = d.id.clone();
                    analyse_one(&st, &a, d).map_err(|e| (id, e))
                }) {
                    Ok(r) => BatchItem::Ok(Box::new(r)),
                    Err((id, e)) => BatchItem::Error {
                        id,
                        error: e.problem(),
                    },
                }
            })
            .collect())
    })
    .await?;
    Ok(HttpResponse::Ok().json(BatchResponse { results }))
}

/// What the loaded models are and how well they do.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ModelsInfo {
    pub version: String,
    pub trained_at: String,
    pub format: String,
    pub format_version: u32,
    pub crate_version: String,
    /// The topic labels, with the threshold and C each was given.
    pub labels: Vec<LabelInfo>,
    /// The stance labels, in the order of `stance_scores`.
    pub stance_labels: Vec<String>,
    /// Every task of the model file.
    pub tasks: Vec<TaskInfo>,
    /// Figures on labelled real news the models never trained on, as `train` measured them.
    #[schema(value_type = Object)]
    pub real_text: Value,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct LabelInfo {
    pub label: String,
    pub threshold: f64,
    pub c: f64,
}

/// One trained task: what it learnt from and how well it does.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TaskInfo {
    pub name: String,
    /// `multilabel` or `multiclass`.
    pub kind: String,
    pub labels: Vec<String>,
    pub examples: usize,
    /// Training examples per source.
    pub by_source: std::collections::BTreeMap<String, usize>,
    pub data_hash: String,
    /// Columns of the feature vector.
    pub features: usize,
    /// Cross-validated figures at the chosen settings.
    #[schema(value_type = Object)]
    pub cross_validation: Value,
    /// Figures on the task's test (dev) data.
    #[schema(value_type = Object)]
    pub test: Value,
}

#[utoipa::path(get, path = "/v1/models", tag = "models", responses(
    (status = 200, body = ModelsInfo),
    (status = 503, body = Problem, content_type = "application/problem+json")))]
pub async fn models(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let a = analyzer(&state)?;
    let f = a.model_file();
    let topics = a.topics();
    let info = ModelsInfo {
        version: f.version.clone(),
        trained_at: f.trained_at.clone(),
        format: f.format.clone(),
        format_version: f.format_version,
        crate_version: f.crate_version.clone(),
        labels: topics
            .labels()
            .iter()
            .enumerate()
            .map(|(l, label)| LabelInfo {
                label: label.clone(),
                threshold: topics.threshold(l).unwrap_or(0.5),
                c: f.task(topics.name())
                    .and_then(|t| t.cross_validation.choices.get(l))
                    .map_or(0.0, |c| c.c),
            })
            .collect(),
        stance_labels: a.stance().labels().to_vec(),
        tasks: f
            .tasks
            .iter()
            .map(|t| TaskInfo {
                name: t.name.clone(),
                kind: serde_json::to_value(t.spec.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                labels: t.labels.clone(),
                examples: t.data.examples,
                by_source: t.data.by_source.clone(),
                data_hash: t.data.hash.clone(),
                features: t.features.n_features(),
                cross_validation: serde_json::to_value(&t.cross_validation).unwrap_or_default(),
                test: serde_json::to_value(&t.test).unwrap_or_default(),
            })
            .collect(),
        real_text: serde_json::to_value(&f.real_text).unwrap_or_default(),
    };
    Ok(HttpResponse::Ok().json(info))
}

/// The example article for the web page.
#[utoipa::path(get, path = "/v1/example", tag = "page", responses(
    (status = 200, content_type = "text/plain", body = String),
    (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn example(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    match &state.example {
        Some(text) => Ok(HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body(text.clone())),
        None => Err(ApiError::NotFound(req.path().to_string())),
    }
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Status {
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// The process is up.
#[utoipa::path(get, path = "/health/live", tag = "health", responses((status = 200, body = Status)))]
pub async fn live() -> HttpResponse {
    HttpResponse::Ok().json(Status {
        status: "live".into(),
        version: None,
    })
}

/// Models are loaded and requests can be served.
#[utoipa::path(get, path = "/health/ready", tag = "health", responses(
    (status = 200, body = Status),
    (status = 503, body = Problem, content_type = "application/problem+json")))]
pub async fn ready(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let a = analyzer(&state)?;
    Ok(HttpResponse::Ok().json(Status {
        status: "ready".into(),
        version: Some(a.model_file().version.clone()),
    }))
}

/// Prometheus metrics.
#[utoipa::path(get, path = "/metrics", tag = "health", responses((status = 200, content_type = "text/plain", body = String)))]
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(state.telemetry.render())
}

/// Loads the models folder again and swaps it in; the old models stay on failure.
#[utoipa::path(post, path = "/admin/reload", tag = "admin",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Status),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The new models were rejected; the old ones stay", body = Problem, content_type = "application/problem+json")))]
pub async fn reload(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let Some(token) = state.config.admin_token.clone() else {
        return Err(ApiError::ReloadDisabled);
    };
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !constant_time_eq(given.as_bytes(), token.as_bytes()) {
        return Err(ApiError::Unauthorized);
    }
    let st = state.clone();
    let version = blocking(move || st.reload().map_err(ApiError::ReloadFailed)).await?;
    Ok(HttpResponse::Ok().json(Status {
        status: "reloaded".into(),
        version: Some(version),
    }))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    // Lengths leak nothing useful beyond the token length, which is not secret.
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

/// Labels and their metrics by data set, for the README and `/v1/models`.
pub type MetricsTable = BTreeMap<String, Value>;
