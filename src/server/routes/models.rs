//! `GET /v1/models`: what the loaded models are, their labels (topics and stance) and
//! how well they do.
use super::analyzer;
pub use crate::response::{LabelInfo, ModelsInfo, SpeakerScoreInfo, TaskInfo};
use crate::server::problem::{ApiError, Problem};
use crate::server::state::AppState;
use actix_web::{web, HttpResponse};

/// The loaded models: labels, thresholds, stance labels, tasks and their figures.
#[utoipa::path(get, path = "/v1/models", tag = "models", responses(
    (status = 200, body = ModelsInfo),
    (status = 503, description = "`not-ready`: the models are not loaded yet", body = Problem, content_type = "application/problem+json",
        headers(("Retry-After" = u32, description = "Seconds to wait")))))]
pub async fn models(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let a = analyzer(&state)?;
    let info = ModelsInfo::of(&a);
    Ok(HttpResponse::Ok().json(info))
}
