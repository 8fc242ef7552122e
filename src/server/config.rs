//! Server settings with their defaults and validation; `serve` fills them from flags
//! and environment variables.
use crate::error::{Error, Result};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub models: PathBuf,
    /// Largest accepted request body, bytes.
    pub max_body_bytes: usize,
    /// Most documents in one batch request.
    pub max_batch_documents: usize,
    /// Largest batch request body, bytes.
    pub max_batch_bytes: usize,
    /// Analyses running or waiting before new requests get 503 + Retry-After.
    pub max_pending: usize,
    /// Bearer token that enables `POST /admin/reload`; disabled when `None`.
    pub admin_token: Option<String>,
    /// The article served by `GET /v1/example` (the page's one-click example).
    pub example: Option<PathBuf>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            models: PathBuf::from("models"),
            max_body_bytes: 1024 * 1024,
            max_batch_documents: 100,
            max_batch_bytes: 8 * 1024 * 1024,
            max_pending: 64,
            admin_token: None,
            example: None,
        }
    }
}

impl ServerConfig {
    pub fn validate(&self) -> Result<()> {
        if self.max_body_bytes == 0 {
            return Err(Error::param("max_body_bytes", "must be at least 1"));
        }
        if self.max_batch_documents == 0 || self.max_batch_bytes == 0 {
            return Err(Error::param(
                "max_batch_documents",
                "batch limits must be at least 1",
            ));
        }
        if self.max_pending == 0 {
            return Err(Error::param("max_pending", "must be at least 1"));
        }
        if self.admin_token.as_deref().is_some_and(|t| t.len() < 16) {
            return Err(Error::param("admin_token", "use at least 16 characters"));
        }
        Ok(())
    }
}
