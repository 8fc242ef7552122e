//! The shared state: the models behind an atomic pointer (swapped whole on reload, so
//! requests in flight finish on the models they started with), the settings, metrics,
//! and the count of analyses in progress for back-pressure.
use super::config::ServerConfig;
use super::telemetry::Telemetry;
use crate::analysis::Analyzer;
use arc_swap::ArcSwapOption;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pub struct AppState {
    models: ArcSwapOption<Analyzer>,
    pub config: ServerConfig,
    pub telemetry: Telemetry,
    pending: AtomicUsize,
}

impl AppState {
    pub fn new(config: ServerConfig) -> Self {
        AppState {
            models: ArcSwapOption::empty(),
            config,
            telemetry: Telemetry::new(),
            pending: AtomicUsize::new(0),
        }
    }

    /// The current models, if loaded.
    pub fn models(&self) -> Option<Arc<Analyzer>> {
        self.models.load_full()
    }

    /// Swaps in new models atomically.
    pub fn install(&self, analyzer: Analyzer) {
        self.telemetry.set_model(&analyzer.model_file().version);
        self.models.store(Some(Arc::new(analyzer)));
    }

    /// Loads the models folder again; on failure the old models stay and the reason is returned.
    pub fn reload(&self) -> Result<String, String> {
        match Analyzer::load(&self.config.models) {
            Ok(a) => {
                let version = a.model_file().version.clone();
                self.install(a);
                self.telemetry.reloads.with_label_values(&["ok"]).inc();
                tracing::info!(version, "models reloaded");
                Ok(version)
            }
            Err(e) => {
                self.telemetry
                    .reloads
                    .with_label_values(&["rejected"])
                    .inc();
                tracing::error!(reason = %e, "model reload rejected; keeping the current models");
                Err(e.to_string())
            }
        }
    }

    /// Reserves a slot for one analysis, or `None` when too many are pending.
    pub fn admit(self: &Arc<Self>) -> Option<Slot> {
        let now = self.pending.fetch_add(1, Ordering::SeqCst);
        if now >= self.config.max_pending {
            self.pending.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(Slot(self.clone()))
    }
}

/// A reserved analysis slot, released on drop.
pub struct Slot(Arc<AppState>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.pending.fetch_sub(1, Ordering::SeqCst);
    }
}
