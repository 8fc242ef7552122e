//! Stance signals: the few things in a quote that carry evaluation, as dense features a
//! linear model can weigh next to its n-grams (turned on by `stance_signals = true`).
//!
//! - **Polarity with scope** ([`polarity`]): the VADER lexicon's valences
//!   (`vader_lexicon.txt`, MIT; a few news-domain words it lacks in `news_valence.txt`), flipped into their own features when a negator
//!   (`negators.txt`) stands within three words before them in the same clause, moved by
//!   intensifiers and diminishers (`intensifiers.txt`), weighted down before a "but" and up
//!   after it; summed per quote into positive, negative, negated positive, negated
//!   negative, and the balance. The words around the quote get their own two.
//! - **The reporting cue's class** ([`cues`], `cue_classes.txt`): negative (condemned,
//!   warned), positive (praised, welcomed), commitment (vowed), denial (denied), call
//!   (urged), a neutral report (said, any cue not listed), or no cue.
//! - **Commitments and calls** ([`commitments`], `commitments.txt`): first-person future
//!   ("we will", and "we will not" apart), obligation ("must", "should"), calls ("urge",
//!   "call on"), conditionals; a question mark; two negators in one clause ("no one can
//!   ever convince me that … is not"), and within those the rhetorical affirmation: a
//!   negated verb of persuasion or denial over a negated "that" clause (`persuasion.txt`).
//!
//! Scaling: every value lies in [0, 1] — flags are 0 or 1, sums saturate as s / (s + 2),
//! the balance is VADER's normalisation s / √(s² + 15) split by sign — and the block is
//! multiplied by `weight`. It is not L2-normalised like the TF-IDF blocks, so a signal
//! means the same in every quote; at weight 1 a present flag is as large as the single
//! column of a one-word text, so L2 regularisation treats it like any strong n-gram.
pub mod commitments;
pub mod cues;
pub mod polarity;
mod words;

use super::featurizer::Input;
use super::SparseVec;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// Settings of the signals block (`[features.signals]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SignalParams {
    /// Scale of the block next to the L2-normalised TF-IDF blocks.
    pub weight: f64,
}

impl Default for SignalParams {
    fn default() -> Self {
        SignalParams { weight: 1.0 }
    }
}

impl SignalParams {
    pub fn validate(&self) -> Result<()> {
        if !(self.weight > 0.0 && self.weight.is_finite()) {
            return Err(Error::param(
                "signals.weight",
                format!("must be a positive number, got {}", self.weight),
            ));
        }
        Ok(())
    }
}

/// The signals, in column order: what a reader of an explanation sees.
pub const NAMES: [&str; 23] = [
    "positive words",
    "negative words",
    "negated positive words",
    "negated negative words",
    "positive balance",
    "negative balance",
    "positive words around the quote",
    "negative words around the quote",
    "no cue",
    "neutral reporting cue",
    "negative cue",
    "positive cue",
    "commitment cue",
    "denial cue",
    "call cue",
    "first-person future",
    "negated first-person future",
    "obligation",
    "call to act",
    "conditional",
    "question",
    "double negation",
    "rhetorical affirmation",
];

/// What the signals found in one input: each value with the words that set it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub values: [f64; NAMES.len()],
    /// For each signal, the words behind it ("efficient", "not … convince", "condemned").
    pub evidence: Vec<Vec<String>>,
}

impl Reading {
    fn new() -> Self {
        Reading {
            values: [0.0; NAMES.len()],
            evidence: vec![Vec::new(); NAMES.len()],
        }
    }

    fn set(&mut self, signal: usize, value: f64, evidence: impl IntoIterator<Item = String>) {
        self.values[signal] = value;
        self.evidence[signal].extend(evidence);
    }
}

/// The signals block of a featurizer.
#[derive(Debug, Clone)]
pub struct Signals {
    weight: f64,
}

fn saturate(s: f64) -> f64 {
    s / (s + 2.0)
}

impl Signals {
    pub fn new(params: &SignalParams) -> Self {
        Signals {
            weight: params.weight,
        }
    }

    pub fn n_features(&self) -> usize {
        NAMES.len()
    }

    pub fn name(&self, col: usize) -> &'static str {
        NAMES.get(col).copied().unwrap_or("")
    }

    /// The block's columns for one input (scaled, zeros left out).
    pub fn vector(&self, input: &Input) -> SparseVec {
        let reading = read(input);
        let mut v = SparseVec::default();
        for (j, &x) in reading.values.iter().enumerate() {
            if x != 0.0 {
                v.indices.push(j as u32);
                v.values.push(x * self.weight);
            }
        }
        v
    }
}

/// Reads the signals of an input: its first field is the quote, its context the words
/// around it, its cue the reporting cue.
pub fn read(input: &Input) -> Reading {
    let mut r = Reading::new();
    let quote = input.fields.first().copied().unwrap_or("");
    let words = words::words(quote);
    let p = polarity::score(&words);
    let balance = p.balance();
    r.set(0, saturate(p.positive), p.evidence.positive);
    r.set(1, saturate(p.negative), p.evidence.negative);
    r.set(2, saturate(p.negated_positive), p.evidence.negated_positive);
    r.set(3, saturate(p.negated_negative), p.evidence.negated_negative);
    r.set(4, balance.max(0.0), None);
    r.set(5, (-balance).max(0.0), None);
    if let Some((before, after)) = input.context {
        let mut around = words::words(before);
        around.extend(words::words(after).into_iter().map(|mut w| {
            // Keep the two sides in different clauses.
            w.clause += 1_000_000;
            w
        }));
        let c = polarity::score(&around);
        r.set(
            6,
            saturate(c.positive + c.negated_negative),
            c.evidence.positive,
        );
        r.set(
            7,
            saturate(c.negative + c.negated_positive),
            c.evidence.negative,
        );
    }
    let cue = cues::class_of(input.cue);
    r.set(8 + cue as usize, 1.0, input.cue.map(str::to_string));
    let found = commitments::find(&words);
    for (signal, evidence) in [
        (15, found.future),
        (16, found.future_negated),
        (17, found.obligation),
        (18, found.call),
        (19, found.conditional),
    ] {
        if !evidence.is_empty() {
            r.set(signal, 1.0, evidence);
        }
    }
    if quote.contains('?') {
        r.set(20, 1.0, Some("?".to_string()));
    }
    if let Some(pair) = polarity::double_negation(&words) {
        r.set(21, 1.0, Some(pair));
    }
    if let Some(words) = polarity::rhetorical_affirmation(&words) {
        r.set(22, 1.0, Some(words));
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(input: &Input, name: &str) -> f64 {
        let i = NAMES.iter().position(|n| *n == name).unwrap();
        read(input).values[i]
    }

    #[test]
    fn negation_flips_polarity_into_its_own_signal() {
        let plain = Input::text("The plan is good for the region");
        let negated = Input::text("The plan is not good for the region");
        assert!(value(&plain, "positive words") > 0.0);
        assert_eq!(value(&plain, "negated positive words"), 0.0);
        assert_eq!(value(&negated, "positive words"), 0.0);
        assert!(value(&negated, "negated positive words") > 0.0);
        assert!(value(&plain, "positive balance") > 0.0);
        assert!(value(&negated, "negative balance") > 0.0);
    }

    #[test]
    fn a_negator_in_another_clause_does_not_negate() {
        let input = Input::text("We did not come, good people");
        assert!(value(&input, "positive words") > 0.0);
        assert_eq!(value(&input, "negated positive words"), 0.0);
    }

    #[test]
    fn the_cue_has_a_class() {
        let q = |cue| Input::quote("ignorance", Some("He condemned ignorance"), cue);
        assert_eq!(value(&q(Some("condemned")), "negative cue"), 1.0);
        assert_eq!(value(&q(Some("welcomed")), "positive cue"), 1.0);
        assert_eq!(value(&q(Some("said")), "neutral reporting cue"), 1.0);
        assert_eq!(
            value(&q(Some("according to")), "neutral reporting cue"),
            1.0
        );
        assert_eq!(value(&q(Some("called on")), "call cue"), 1.0);
        assert_eq!(value(&q(None), "no cue"), 1.0);
    }

    #[test]
    fn commitments_and_their_negation() {
        let vow = Input::text("We will defeat terrorism in the Sahel");
        assert_eq!(value(&vow, "first-person future"), 1.0);
        let not = Input::text("We will not keep any secret from Algeria");
        assert_eq!(value(&not, "negated first-person future"), 1.0);
        assert_eq!(value(&not, "first-person future"), 0.0);
        let must = Input::text("Both countries must leave politics aside");
        assert_eq!(value(&must, "obligation"), 1.0);
        let question = Input::text("Who will pay for this?");
        assert_eq!(value(&question, "question"), 1.0);
    }

    #[test]
    fn rhetorical_double_negation() {
        let input = Input::text("No one can ever convince me that the Sahara is not Moroccan.");
        assert_eq!(value(&input, "double negation"), 1.0);
        let evidence = &read(&input).evidence[21];
        assert_eq!(evidence, &["no … not".to_string()]);
    }

    #[test]
    fn the_block_is_scaled_by_its_weight() {
        let input = Input::quote("We will win", Some("He said We will win"), Some("said"));
        let one = Signals::new(&SignalParams { weight: 1.0 }).vector(&input);
        let two = Signals::new(&SignalParams { weight: 2.0 }).vector(&input);
        assert_eq!(one.indices, two.indices);
        for (a, b) in one.values.iter().zip(&two.values) {
            assert!((2.0 * a - b).abs() < 1e-12);
        }
        assert!(one.values.iter().all(|v| (0.0..=1.0).contains(v)));
    }
}
