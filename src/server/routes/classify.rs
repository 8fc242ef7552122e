//! `POST /v1/classify` (one document) and `POST /v1/classify/batch` (many): the body is
//! decoded on the worker, the analysis and its encoding run on the blocking pool, each
//! document within the configured [`Limits`](crate::analysis::Limits).
use super::{analyzer, blocking};
use crate::analysis::Analyzer;
pub use crate::response::{ClassifyResponse, ModelRef};
use crate::server::problem::{ApiError, Problem};
use crate::server::request::{self, Document, Media};
use crate::server::state::AppState;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, SchemaType, Type};
use utoipa::openapi::RefOr;
use utoipa::ToSchema;

/// A document to analyse.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ClassifyRequest {
    /// The article, as plain text, with at least one character that is not white space.
    /// Offsets in the response are code points into it. The whole body is at most
    /// `--max-body-bytes` (1 MiB by default).
    #[schema(
        min_length = 1,
        pattern = "[^\\t\\n\\x0b\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]"
    )]
    pub text: String,
    #[serde(default)]
    pub options: Option<RequestOptions>,
    /// Echoed back in the response.
    #[serde(default)]
    pub id: Option<String>,
}

/// What to compute; everything by default except explanations.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestOptions {
    /// Per-sentence topics (default true).
    #[serde(default)]
    pub sentences: Option<bool>,
    /// Quotes, speakers and stance (default true).
    #[serde(default)]
    pub quotes: Option<bool>,
    /// The features that contributed most to each predicted topic and stance (default false).
    #[serde(default)]
    pub explain: Option<bool>,
    /// How many features an explanation lists (default 8).
    #[serde(default)]
    #[schema(minimum = 0, maximum = 50)]
    pub explain_terms: Option<u32>,
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

fn analyse_one(
    state: &AppState,
    a: &Analyzer,
    doc: Document,
) -> Result<ClassifyResponse, ApiError> {
    if request::is_blank(&doc.text) {
        return Err(ApiError::EmptyText);
    }
    let analysis = a.analyze_within(&doc.text, &doc.options, &state.config.limits())?;
    state.telemetry.documents.inc();
    state.telemetry.quotes.inc_by(analysis.quotes.len() as u64);
    for l in &analysis.labels {
        state.telemetry.predictions.with_label_values(&[l]).inc();
    }
    Ok(ClassifyResponse::new(doc.id, analysis, a))
}

fn json(body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(body)
}

const CLASSIFY_TYPES: &str = "application/json or text/plain (UTF-8)";
const BATCH_TYPES: &str = "application/json (an array of documents) or application/x-ndjson";

/// Analyse one document.
///
/// The body is a JSON document or the raw article as `text/plain`, in UTF-8, optionally
/// compressed with `Content-Encoding: gzip`. The answer lists at most `--max-sentences`
/// (1000) sentences, `--max-quotes` (500) quotes and `--max-warnings` (100) warnings and
/// one warning counting the rest; `truncated` says what a limit left out.
#[utoipa::path(
    post, path = "/v1/classify", tag = "classify",
    request_body(description = "A JSON document, or the raw article as text/plain (UTF-8)", content(
        (ClassifyRequest = "application/json"),
        (PlainArticle = "text/plain"),
    )),
    responses(
        (status = 200, description = "Topics, sentences, quotes with speakers and stance", body = ClassifyResponse),
        (status = 400, description = "`invalid-json`, `invalid-utf8` or `broken-body`: the body cannot be read", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "`request-timeout`: the body did not arrive in time; the connection is closed", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`body-too-large`: the body (decompressed) is over the limit", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported-media-type`: not JSON or plain text, a charset other than UTF-8, or an encoding other than gzip", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-request` (not an object; `text` missing or not a string; bad `id` or `options`) or `empty-text`", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`not-ready` (models not loaded yet) or `busy` (too many requests pending)", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait"))),
    )
)]
pub async fn classify(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let media = request::media(&req, &[Media::Json, Media::PlainText], CLASSIFY_TYPES)?;
    let config = &state.config;
    let body = request::read_body(
        &req,
        payload,
        config.max_body_bytes,
        config.request_timeout(),
    )
    .await?;
    let doc = match media {
        Media::PlainText => Document {
            text: String::from_utf8(body).map_err(|e| ApiError::invalid_utf8(e.utf8_error()))?,
            options: Default::default(),
            id: None,
        },
        _ => request::parse_json_document(&body)?,
    };
    if request::is_blank(&doc.text) {
        return Err(ApiError::EmptyText);
    }
    let a = analyzer(&state)?;
    let slot = state.clone().into_inner().admit().ok_or(ApiError::Busy)?;
    let st = state.clone();
    let body = blocking(move || {
        let _slot = slot;
        let response = analyse_one(&st, &a, doc)?;
        serde_json::to_vec(&response).map_err(|e| ApiError::Internal(e.to_string()))
    })
    .await?;
    Ok(json(body))
}

/// Analyse many documents: a JSON array, or NDJSON (one document per line).
///
/// One result per document, in order; a document that cannot be analysed (bad JSON,
/// bad UTF-8, a missing or empty `text`) gets its own `{"id", "error": problem}` entry
/// and the others go on. At most `--max-batch-documents` (100) documents and
/// `--max-batch-bytes` (8 MiB); each document's answer has the limits of `/v1/classify`.
#[utoipa::path(
    post, path = "/v1/classify/batch", tag = "classify",
    request_body(description = "A JSON array of documents (each like the body of /v1/classify), or application/x-ndjson: one JSON document per line", content(
        (BatchRequest = "application/json"),
        (NdjsonBatch = "application/x-ndjson"),
    )),
    responses(
        (status = 200, description = "One result or problem per document, in order", body = BatchResponse),
        (status = 400, description = "`invalid-json`, `invalid-utf8` or `broken-body`: the JSON array cannot be read", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "`request-timeout`: the body did not arrive in time; the connection is closed", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`batch-too-large`: the body (decompressed) is over `--max-batch-bytes`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported-media-type`: not a JSON array or NDJSON, a charset other than UTF-8, or an encoding other than gzip", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-request` (the JSON body is not an array) or `too-many-documents` (over `--max-batch-documents`)", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`not-ready` (models not loaded yet) or `busy` (too many requests pending)", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait"))),
    )
)]
pub async fn classify_batch(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let media = request::media(&req, &[Media::Json, Media::NdJson], BATCH_TYPES)?;
    let config = &state.config;
    let limit = config.max_batch_bytes;
    let body = request::read_body(&req, payload, limit, config.request_timeout())
        .await
        .map_err(|e| match e {
            ApiError::TooLarge { limit } => ApiError::BatchTooLarge(format!(
                "the batch is larger than the limit of {limit} bytes"
            )),
            other => other,
        })?;
    let values: Vec<Result<Value, ApiError>> = match media {
        Media::NdJson => request::ndjson_lines(&body)
            .map(|(n, line)| request::ndjson_line(n, line))
            .collect(),
        _ => {
            let text = std::str::from_utf8(&body).map_err(ApiError::invalid_utf8)?;
            match serde_json::from_str::<Value>(text).map_err(request::json_error)? {
                Value::Array(items) => items.into_iter().map(Ok).collect(),
                _ => {
                    return Err(ApiError::Unprocessable(
                        "a batch is a JSON array of documents".into(),
                    ))
                }
            }
        }
    };
    drop(body);
    let max = config.max_batch_documents;
    if values.len() > max {
        return Err(ApiError::TooManyDocuments {
            count: values.len(),
            limit: max,
        });
    }
    let a = analyzer(&state)?;
    let slot = state.clone().into_inner().admit().ok_or(ApiError::Busy)?;
    let st = state.clone();
    let body = blocking(move || {
        let _slot = slot;
        use rayon::prelude::*;
        let results: Vec<BatchItem> = values
            .into_par_iter()
            .map(|v| {
                let doc = v.map_err(|e| (None, e)).and_then(request::decode_document);
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
            .collect();
        serde_json::to_vec(&BatchResponse { results })
            .map_err(|e| ApiError::Internal(e.to_string()))
    })
    .await?;
    Ok(json(body))
}

/// The raw article (`text/plain`, UTF-8), with at least one character that is not
/// white space.
pub struct PlainArticle;

impl utoipa::PartialSchema for PlainArticle {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .min_length(Some(1))
            .pattern(Some(request::TEXT_PATTERN))
            .description(Some(
                "The raw article (UTF-8), with at least one character that is not white space.",
            ))
            .into()
    }
}
impl ToSchema for PlainArticle {}

/// A batch as a JSON array: each item a document like the body of `/v1/classify`. An item
/// that is not one gets its own error entry in the answer; the others are analysed.
pub struct BatchRequest;

impl utoipa::PartialSchema for BatchRequest {
    fn schema() -> RefOr<Schema> {
        ArrayBuilder::new()
            .items(
                ObjectBuilder::new()
                    .schema_type(SchemaType::AnyValue)
                    .description(Some(
                        "A document like the body of /v1/classify. Any JSON value is taken: an item that is not a valid document gets its own error entry in the answer.",
                    )),
            )
            .max_items(Some(100))
            .into()
    }
}
impl ToSchema for BatchRequest {}

/// NDJSON: one JSON document per line (blank lines are skipped); a line that is not a
/// document gets its own error entry in the answer.
pub struct NdjsonBatch;

impl utoipa::PartialSchema for NdjsonBatch {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(
                "One JSON document per line (blank lines are skipped); a line that is not a document gets its own error entry.",
            ))
            .into()
    }
}
impl ToSchema for NdjsonBatch {}
