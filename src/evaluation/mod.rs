//! Measuring the models on real news they never trained on. The labels (row numbers or
//! record ids and our labels) live in `evaluation/` in the repository; the texts of the
//! research-only sets are read from the shared data folder (`TOPIC_STANCE_DATA`,
//! default `../shared/data`) where they stand, never copied.
pub mod polnear;
pub mod speakers;
pub mod topics;
