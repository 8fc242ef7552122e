//! Training data: the task description, reading and validating the labelled files
//! (every bad line reported), the near-duplicate check, and the training run that
//! turns them into a model file.
pub mod classification;
pub mod data;
pub mod duplicates;
pub mod run;
pub mod task;
