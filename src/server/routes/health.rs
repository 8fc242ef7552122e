//! Liveness, readiness and Prometheus metrics.
use super::analyzer;
use crate::server::problem::{ApiError, Problem};
use crate::server::state::AppState;
use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

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
    (status = 503, description = "`not-ready`: the models are not loaded yet", body = Problem, content_type = "application/problem+json",
        headers(("Retry-After" = u32, description = "Seconds to wait")))))]
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
