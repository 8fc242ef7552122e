//! Polarity with scope: VADER's word valences, read the way VADER reads them (Hutto &
//! Gilbert 2014) but kept apart instead of summed into one score, so that a model can
//! weigh "not good" differently from "bad":
//! - a negator within three words before an evaluative word, in the same clause, sends
//!   its valence to the negated sums;
//! - an intensifier or diminisher just before it (up to two words) moves it by 0.293;
//! - in a quote with "but", words before it count half and words after it one and a half.
use super::words::Word;
use crate::text::word_list;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const NEGATION_WINDOW: usize = 3;
const BOOST: f64 = 0.293;
/// VADER's factor for a negated valence when it sums into one score.
const NEGATED: f64 = 0.74;

struct Lexicons {
    valence: HashMap<String, f64>,
    negators: Vec<String>,
    boost: HashMap<String, f64>,
    persuasion: Vec<String>,
}

fn lexicons() -> &'static Lexicons {
    static L: OnceLock<Lexicons> = OnceLock::new();
    L.get_or_init(|| Lexicons {
        // VADER's words first; the news-domain additions only fill its gaps.
        valence: word_list::entries(include_str!("news_valence.txt"))
            .chain(word_list::entries(include_str!("vader_lexicon.txt")))
            .filter_map(|l| {
                let (w, v) = l.split_once('\t')?;
                Some((w.to_string(), v.trim().parse().ok()?))
            })
            .collect(),
        persuasion: word_list::entries(include_str!("persuasion.txt"))
            .map(str::to_string)
            .collect(),
        negators: word_list::entries(include_str!("negators.txt"))
            .map(str::to_string)
            .collect(),
        boost: word_list::entries(include_str!("intensifiers.txt"))
            .filter_map(|l| {
                let (w, sign) = l.split_once('\t')?;
                Some((
                    w.to_string(),
                    if sign.trim() == "-" { -BOOST } else { BOOST },
                ))
            })
            .collect(),
    })
}

/// Whether a word negates what follows it.
pub fn is_negator(word: &str) -> bool {
    word.ends_with("n't") || lexicons().negators.iter().any(|n| n == word)
}

/// The words behind each sum.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    pub positive: Vec<String>,
    pub negative: Vec<String>,
    pub negated_positive: Vec<String>,
    pub negated_negative: Vec<String>,
}

/// Summed valences (each as a positive magnitude).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Polarity {
    pub positive: f64,
    pub negative: f64,
    pub negated_positive: f64,
    pub negated_negative: f64,
    pub evidence: Evidence,
}

impl Polarity {
    /// One score in (-1, 1), VADER's way: negated valences flipped and scaled by 0.74,
    /// the sum normalised as s / √(s² + 15).
    pub fn balance(&self) -> f64 {
        let s = self.positive - self.negative
            + NEGATED * (self.negated_negative - self.negated_positive);
        s / (s * s + 15.0).sqrt()
    }
}

pub fn score(words: &[Word]) -> Polarity {
    let lex = lexicons();
    let but = words.iter().position(|w| w.lower == "but");
    let mut p = Polarity::default();
    for (i, w) in words.iter().enumerate() {
        if is_negator(&w.lower) {
            continue;
        }
        let Some(&valence) = lex.valence.get(&w.lower) else {
            continue;
        };
        let mut magnitude = valence.abs();
        for back in 1..=2 {
            if let Some(prev) = i.checked_sub(back).map(|j| &words[j]) {
                if prev.clause == w.clause {
                    if let Some(b) = lex.boost.get(&prev.lower) {
                        magnitude = (magnitude + b).max(0.0);
                    }
                }
            }
        }
        magnitude *= match but {
            Some(b) if i < b => 0.5,
            Some(b) if i > b => 1.5,
            _ => 1.0,
        };
        let negator = (i.saturating_sub(NEGATION_WINDOW)..i)
            .rev()
            .map(|j| &words[j])
            .find(|x| x.clause == w.clause && is_negator(&x.lower));
        match (negator, valence > 0.0) {
            (None, true) => {
                p.positive += magnitude;
                p.evidence.positive.push(w.lower.clone());
            }
            (None, false) => {
                p.negative += magnitude;
                p.evidence.negative.push(w.lower.clone());
            }
            (Some(n), true) => {
                p.negated_positive += magnitude;
                p.evidence
                    .negated_positive
                    .push(format!("{} … {}", n.lower, w.lower));
            }
            (Some(n), false) => {
                p.negated_negative += magnitude;
                p.evidence
                    .negated_negative
                    .push(format!("{} … {}", n.lower, w.lower));
            }
        }
    }
    p
}

/// Two negators in one clause ("no one can ever convince me that … is not"): the
/// first and the last, as evidence.
pub fn double_negation(words: &[Word]) -> Option<String> {
    let negators: Vec<&Word> = words.iter().filter(|w| is_negator(&w.lower)).collect();
    negators.iter().enumerate().find_map(|(i, first)| {
        negators[i + 1..]
            .iter()
            .rev()
            .find(|w| w.clause == first.clause)
            .map(|last| format!("{} … {}", first.lower, last.lower))
    })
}

/// A claim affirmed by denying its denial: a negator, then within five words a verb of
/// persuasion, belief or denial (`persuasion.txt`), a "that", and a negator in the
/// clause after it, all in one clause: "no one can ever convince me that the Sahara is
/// not Moroccan". The words that make it, as evidence.
pub fn rhetorical_affirmation(words: &[Word]) -> Option<String> {
    let lex = lexicons();
    for (i, first) in words
        .iter()
        .enumerate()
        .filter(|(_, w)| is_negator(&w.lower))
    {
        let same = |w: &Word| w.clause == first.clause;
        let verb = (i + 1..(i + 6).min(words.len()))
            .find(|&j| same(&words[j]) && lex.persuasion.contains(&words[j].lower))?;
        let that = (verb + 1..(verb + 4).min(words.len()))
            .find(|&k| same(&words[k]) && words[k].lower == "that")?;
        if let Some(second) = words[that + 1..]
            .iter()
            .take_while(|w| same(w))
            .find(|w| is_negator(&w.lower))
        {
            return Some(format!(
                "{} … {} … that … {}",
                first.lower, words[verb].lower, second.lower
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    #[test]
    fn intensifiers_and_but_move_the_sums() {
        let plain = score(&words("a good plan"));
        let very = score(&words("a very good plan"));
        assert!(very.positive > plain.positive);
        let slightly = score(&words("a slightly good plan"));
        assert!(slightly.positive < plain.positive);
        let but = score(&words("a good plan but a terrible result"));
        assert!(but.negative > 1.4 * score(&words("a terrible result")).negative);
        assert_eq!(but.evidence.positive, ["good"]);
    }

    #[test]
    fn a_denied_denial_affirms() {
        let w = words("No one can ever convince me that the Sahara is not Moroccan.");
        assert_eq!(
            rhetorical_affirmation(&w).as_deref(),
            Some("no … convince … that … not")
        );
        // Two negators without a "that" clause are a plain denial.
        assert_eq!(
            rhetorical_affirmation(&words("We have not and will not pay")),
            None
        );
        // News-domain words fill VADER's gaps: "not … secret" is a negated negative.
        let p = score(&words("We will not keep any secret from our partners"));
        assert_eq!(p.evidence.negated_negative, ["not … secret"]);
    }

    #[test]
    fn contractions_negate() {
        let p = score(&words("We don't support the deal"));
        assert_eq!(p.evidence.negated_positive, ["don't … support"]);
        assert!(p.balance() < 0.0);
    }
}
