//! Quotes and who said them, in small stages: quotation marks paired ([`marks`]),
//! upper-case wire copy recased ([`casing`]), words ([`words`]), cues found
//! ([`cues`]), person names with their titles and roles ([`mentions`], [`gender`]),
//! organisations' full names ([`organisations`]),
//! source phrases and appositives ([`source`], [`appositive`]), reported clauses
//! ([`reported`]), speakers named and pronouns resolved ([`speakers`],
//! [`coreference`]), documents and their authors ([`documents`]), the tags of interview
//! transcripts ([`interview`]), unnamed speakers'
//! descriptions ([`descriptions`]); [`attribution`] runs them over the sentences of a
//! document.
pub mod appositive;
pub mod attribution;
pub mod casing;
pub mod coreference;
pub mod cues;
pub mod descriptions;
pub mod documents;
pub mod gender;
pub mod interview;
pub mod marks;
pub mod mentions;
pub mod organisations;
pub mod reported;
pub mod source;
pub mod speakers;
pub mod visits;
pub mod words;

use crate::text::Span;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A clause or sentence inside quotation marks (four words or more).
    Full,
    /// A short fragment or scare quote woven into the reporter's sentence.
    Partial,
    /// Reported speech without quotation marks ("Khiame said that …").
    Indirect,
    /// Reported speech that contains a quoted fragment.
    Mixed,
}

/// A quote with its attribution (stance comes later, from the model).
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub span: Span,
    pub kind: QuoteKind,
    pub cue: Option<Span>,
    /// The words standing for the speaker at the cue: a name, a description, or a
    /// pronoun ("he", also a relative "who"/"which").
    pub source: Option<Span>,
    pub speaker: Option<String>,
    /// Direct partial quotes inside a mixed quote.
    pub fragments: Vec<Span>,
    /// The sentence(s) the quote sits in: the stance model reads the words around it.
    pub context: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// `unclosed_quote` or `unmatched_closing_quote`.
    pub code: String,
    pub message: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub quotes: Vec<Quote>,
    pub warnings: Vec<Warning>,
}

pub use attribution::extract;
