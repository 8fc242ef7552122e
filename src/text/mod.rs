//! The text pipeline: normalisation that keeps offsets, sentence splitting with
//! boilerplate removal, and tokenising into stems. Nothing here knows about models or HTTP.
pub mod boilerplate;
pub mod normalize;
pub mod sentences;
pub mod tokens;
pub mod word_list;

pub use normalize::{Document, Span};
pub use sentences::{body, split_sentences};
pub use tokens::Tokenizer;
