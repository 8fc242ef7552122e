//! Training: reading and checking a task's labelled data ([`records`]), the
//! near-duplicate check ([`duplicates`]), the run that fits every task of a task file
//! into a model file ([`run`]), and the speaker score's examples and fit
//! ([`speaker_score`]).
pub mod duplicates;
pub mod records;
pub mod run;
pub mod speaker_score;
