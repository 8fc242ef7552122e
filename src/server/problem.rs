//! The server's one error type and its one mapping to responses: RFC 9457 problem
//! details (`application/problem+json`: type, title, status, detail).
use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("the body is not valid JSON: {0}")]
    InvalidJson(String),
    #[error("the body is not valid UTF-8")]
    InvalidUtf8,
    #[error("{0}")]
    Unprocessable(String),
    #[error("text is empty: send the article to analyse")]
    EmptyText,
    #[error("unsupported content type {0:?}: send application/json or text/plain")]
    UnsupportedMediaType(String),
    #[error("the body is larger than the limit of {limit} bytes")]
    TooLarge { limit: usize },
    #[error("{0}")]
    BatchTooLarge(String),
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
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
}

impl ApiError {
    fn slug(&self) -> &'static str {
        match self {
            ApiError::InvalidJson(_) => "invalid-json",
            ApiError::InvalidUtf8 => "invalid-utf8",
            ApiError::Unprocessable(_) => "invalid-request",
            ApiError::EmptyText => "empty-text",
            ApiError::UnsupportedMediaType(_) => "unsupported-media-type",
            ApiError::TooLarge { .. } => "body-too-large",
            ApiError::BatchTooLarge(_) => "batch-too-large",
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
            kind: format!("https://topic-stance.dev/problems/{}", self.slug()),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: self.to_string(),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::InvalidJson(_) | ApiError::InvalidUtf8 => StatusCode::BAD_REQUEST,
            ApiError::Unprocessable(_) | ApiError::EmptyText => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::TooLarge { .. } | ApiError::BatchTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
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
        res.insert_header((header::CONTENT_TYPE, "application/problem+json"));
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
            _ => {}
        }
        res.body(serde_json::to_string(&self.problem()).unwrap_or_default())
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
