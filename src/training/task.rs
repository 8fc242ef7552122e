//! The task description (`training_data/task.toml`): which files hold the labelled
//! data, which labels exist, and the hyper-parameters. The shipped models are the
//! default task; adding a label starts here.
use crate::error::{Error, Result};
use crate::models::stance::StanceParams;
use crate::models::topics::TopicParams;
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub topics: TopicsTask,
    pub stance: StanceTask,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicsTask {
    /// Folder (relative to the task file) whose `*.jsonl` files hold topic examples.
    pub dir: String,
    pub labels: Vec<String>,
    #[serde(default)]
    pub params: TopicParams,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StanceTask {
    pub dir: String,
    #[serde(default)]
    pub params: StanceParams,
}

impl Task {
    pub fn load(path: &Path) -> Result<Task> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let task: Task = toml::from_str(&text).map_err(|e| Error::InvalidData {
            problems: vec![format!("{}: {e}", path.display())],
        })?;
        task.validate().map_err(|e| Error::InvalidData {
            problems: vec![format!("{}: {e}", path.display())],
        })?;
        Ok(task)
    }

    pub fn validate(&self) -> Result<()> {
        if self.topics.labels.is_empty() {
            return Err(Error::param("topics.labels", "need at least one label"));
        }
        let mut seen = std::collections::HashSet::new();
        for l in &self.topics.labels {
            if l.trim().is_empty() || !seen.insert(l) {
                return Err(Error::param(
                    "topics.labels",
                    format!("empty or repeated label {l:?}"),
                ));
            }
        }
        self.topics.params.validate()?;
        self.stance.params.validate()
    }
}
