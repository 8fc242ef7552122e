//! The server's one error type and its one mapping to responses: RFC 9457 problem
//! details (`application/problem+json`: type, title, status, detail). Details are in
//! plain words for the person sending the request: no Rust type names.
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::{header, StatusCode};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpResponse, ResponseError};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The prefix of every problem type; the slug after it names the problem.
pub const PROBLEM_BASE: &str = "https://topic-stance.dev/problems/";

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("the body is not valid JSON: {0}")]
    InvalidJson(String),
    #[error("{0}")]
    InvalidUtf8(String),
    #[error("the body could not be read: {0}")]
    BrokenBody(String),
    #[error("{0}")]
    Unprocessable(String),
    #[error("text is empty: send the article to analyse")]
    EmptyText,
    #[error("unsupported content type {given:?}: send {accepted}")]
    UnsupportedMediaType {
        given: String,
        accepted: &'static str,
    },
    #[error("unsupported charset {0:?}: send the body as UTF-8 (charset=utf-8, or no charset)")]
    UnsupportedCharset(String),
    #[error("unsupported content encoding {0:?}: send the body as it is, or compressed with gzip")]
    UnsupportedEncoding(String),
    #[error("the body is larger than the limit of {limit} bytes")]
    TooLarge { limit: usize },
    #[error("{0}")]
    BatchTooLarge(String),
    #[error("{count} documents; the limit is {limit}")]
    TooManyDocuments { count: usize, limit: usize },
    #[error("the request body did not arrive within {secs} seconds")]
    BodyTimeout { secs: u64 },
    #[error("no route for {0}")]
    NotFound(String),
    #[error("{method} is not allowed here; use {allowed}")]
    MethodNotAllowed {
        method: String,
        allowed: &'static str,
    },
    #[error("the models are not loaded yet")]
    NotReady,
    #[error("the server is busy; retry shortly")]
    Busy,
    #[error("a valid bearer token is required")]
    Unauthorized,
    #[error("reload is disabled: no admin token is configured")]
    ReloadDisabled,
    #[error("{0}")]
    ReloadFailed(String),
    #[error("internal error: {0}")]
    Internal(String),
}

/// A problem document as sent to clients.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
pub struct Problem {
    /// A URI naming the kind of problem: `https://topic-stance.dev/problems/` and a slug
    /// (`invalid-json`, `invalid-utf8`, `broken-body`, `invalid-request`, `empty-text`,
    /// `unsupported-media-type`, `body-too-large`, `batch-too-large`, `too-many-documents`,
    /// `request-timeout`,
    /// `not-found`, `method-not-allowed`, `not-ready`, `busy`, `unauthorized`,
    /// `reload-disabled`, `reload-failed`, `internal`, or `http-<status>` for an error
    /// the HTTP layer answered itself).
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
}

impl Problem {
    /// A problem for a status with no more specific type.
    pub fn of_status(status: StatusCode, detail: impl Into<String>) -> Problem {
        Problem {
            kind: format!("{PROBLEM_BASE}http-{}", status.as_u16()),
            title: title(status),
            status: status.as_u16(),
            detail: detail.into(),
        }
    }
}

fn title(status: StatusCode) -> String {
    status.canonical_reason().unwrap_or("Error").to_string()
}

impl ApiError {
    pub fn slug(&self) -> &'static str {
        match self {
            ApiError::InvalidJson(_) => "invalid-json",
            ApiError::InvalidUtf8(_) => "invalid-utf8",
            ApiError::BrokenBody(_) => "broken-body",
            ApiError::Unprocessable(_) => "invalid-request",
            ApiError::EmptyText => "empty-text",
            ApiError::UnsupportedMediaType { .. }
            | ApiError::UnsupportedCharset(_)
            | ApiError::UnsupportedEncoding(_) => "unsupported-media-type",
            ApiError::TooLarge { .. } => "body-too-large",
            ApiError::BatchTooLarge(_) => "batch-too-large",
            ApiError::TooManyDocuments { .. } => "too-many-documents",
            ApiError::BodyTimeout { .. } => "request-timeout",
            ApiError::NotFound(_) => "not-found",
            ApiError::MethodNotAllowed { .. } => "method-not-allowed",
            ApiError::NotReady => "not-ready",
            ApiError::Busy => "busy",
            ApiError::Unauthorized => "unauthorized",
            ApiError::ReloadDisabled => "reload-disabled",
            ApiError::ReloadFailed(_) => "reload-failed",
            ApiError::Internal(_) => "internal",
        }
    }

    pub fn problem(&self) -> Problem {
        let status = self.status_code();
        Problem {
            kind: format!("{PROBLEM_BASE}{}", self.slug()),
            title: title(status),
            status: status.as_u16(),
            detail: self.to_string(),
        }
    }

    /// `text` is not valid UTF-8; says where, in bytes.
    pub fn invalid_utf8(e: std::str::Utf8Error) -> ApiError {
        ApiError::InvalidUtf8(format!(
            "the body is not valid UTF-8 (at byte {})",
            e.valid_up_to()
        ))
    }
}

fn problem_response(
    mut res: actix_web::HttpResponseBuilder,
    problem: &Problem,
) -> HttpResponse<BoxBody> {
    res.insert_header((header::CONTENT_TYPE, "application/problem+json"));
    res.body(serde_json::to_string(problem).unwrap_or_default())
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::InvalidJson(_) | ApiError::InvalidUtf8(_) | ApiError::BrokenBody(_) => {
                StatusCode::BAD_REQUEST
            }
            ApiError::Unprocessable(_)
            | ApiError::EmptyText
            | ApiError::TooManyDocuments { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::UnsupportedMediaType { .. }
            | ApiError::UnsupportedCharset(_)
            | ApiError::UnsupportedEncoding(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::TooLarge { .. } | ApiError::BatchTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::BodyTimeout { .. } => StatusCode::REQUEST_TIMEOUT,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::NotReady | ApiError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::ReloadDisabled => StatusCode::FORBIDDEN,
            ApiError::ReloadFailed(_) => StatusCode::CONFLICT,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let mut res = HttpResponse::build(self.status_code());
        match self {
            ApiError::NotReady | ApiError::Busy => {
                res.insert_header((header::RETRY_AFTER, "1"));
            }
            ApiError::MethodNotAllowed { allowed, .. } => {
                res.insert_header((header::ALLOW, *allowed));
            }
            ApiError::Unauthorized => {
                res.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            // The rest of the body may still be on its way: the connection cannot be
            // reused, so it is closed once the answer is sent.
            ApiError::BodyTimeout { .. } | ApiError::TooLarge { .. } | ApiError::BrokenBody(_) => {
                res.force_close();
            }
            _ => {}
        }
        problem_response(res, &self.problem())
    }
}

impl From<crate::Error> for ApiError {
    fn from(e: crate::Error) -> Self {
        match e {
            crate::Error::EmptyText => ApiError::EmptyText,
            crate::Error::InvalidParameter { .. } => ApiError::Unprocessable(e.to_string()),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

/// Error responses made by actix itself inside the app (an extractor, a service it
/// provides) get a problem document instead of their plain-text or empty body.
pub fn framework_error<B: MessageBody + 'static>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_problem = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if is_problem {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let detail = match res.response().error() {
        Some(e) => plain_detail(status, &e.to_string()),
        None => title(status).to_lowercase(),
    };
    let (req, old) = res.into_parts();
    let mut builder = HttpResponse::build(status);
    for (name, value) in old.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            builder.append_header((name.clone(), value.clone()));
        }
    }
    let new = problem_response(builder, &Problem::of_status(status, detail));
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, new).map_into_right_body(),
    ))
}

/// The message of an actix error, unless it names Rust internals.
fn plain_detail(status: StatusCode, message: &str) -> String {
    let internal = [
        "expected ",
        "invalid type",
        "struct ",
        "usize",
        "u64",
        "i64",
    ];
    if message.is_empty() || internal.iter().any(|w| message.contains(w)) {
        title(status).to_lowercase()
    } else {
        message.to_string()
    }
}
