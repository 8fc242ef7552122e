//! The analyst web page (three embedded files, no CDN, works offline) and its example
//! article: a Wikinews article (CC BY 2.5) embedded in the binary with its title, link
//! and attribution, so that a bare clone serves it.
use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

const INDEX: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const STYLE: &str = include_str!("../assets/style.css");
/// The example article as served by `GET /v1/example`.
pub const EXAMPLE_JSON: &str = include_str!("../assets/example.json");

pub fn configure(cfg: &mut web::ServiceConfig) {
    let page = |path: &str, content_type: &'static str, body: &'static str| {
        super::get(path).route(super::read().to(move || async move { asset(content_type, body) }))
    };
    cfg.service(page("/", "text/html; charset=utf-8", INDEX))
        .service(page(
            "/assets/app.js",
            "text/javascript; charset=utf-8",
            APP_JS,
        ))
        .service(page("/assets/style.css", "text/css; charset=utf-8", STYLE));
}

fn asset(content_type: &str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:"))
        .body(body)
}

/// The page's example article, with what its licence asks to show beside it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Example {
    pub title: String,
    /// Where the article was published.
    pub url: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    pub source: String,
    /// The article's id in the source collection.
    pub source_id: String,
    pub licence: String,
    pub licence_url: String,
    /// The attribution the licence asks for, to show with the text.
    pub attribution: String,
    /// The article.
    pub text: String,
}

/// The example article for the web page: a real news article shipped in the binary.
#[utoipa::path(get, path = "/v1/example", tag = "page", responses((status = 200, body = Example)))]
pub async fn example() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(EXAMPLE_JSON)
}
