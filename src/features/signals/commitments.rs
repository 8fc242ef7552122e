//! Commitments and calls inside a quote (`commitments.txt`): first-person future, with
//! its negation kept apart ("we will not keep any secret" commits as much as "we will
//! share"), obligation, calls to act, conditionals.
use super::polarity::is_negator;
use super::words::Word;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Future,
    Obligation,
    Call,
    Conditional,
}

fn patterns() -> &'static [(Vec<String>, Kind)] {
    static P: OnceLock<Vec<(Vec<String>, Kind)>> = OnceLock::new();
    P.get_or_init(|| {
        crate::text::word_list::entries(include_str!("commitments.txt"))
            .filter_map(|l| {
                let (words, kind) = l.split_once('\t')?;
                let kind = match kind.trim() {
                    "future" => Kind::Future,
                    "obligation" => Kind::Obligation,
                    "call" => Kind::Call,
                    "conditional" => Kind::Conditional,
                    _ => return None,
                };
                Some((words.split_whitespace().map(str::to_string).collect(), kind))
            })
            .collect()
    })
}

/// The words of each signal found (empty: not found).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    pub future: Vec<String>,
    pub future_negated: Vec<String>,
    pub obligation: Vec<String>,
    pub call: Vec<String>,
    pub conditional: Vec<String>,
}

pub fn find(words: &[Word]) -> Found {
    let mut found = Found::default();
    for i in 0..words.len() {
        for (pattern, kind) in patterns() {
            let end = i + pattern.len();
            if end > words.len()
                || !words[i..end]
                    .iter()
                    .zip(pattern)
                    .all(|(w, p)| &w.lower == p)
            {
                continue;
            }
            let phrase = pattern.join(" ");
            match kind {
                Kind::Future => {
                    // A negator in the pattern or within two words after it, same clause.
                    let negated = words[i..(end + 2).min(words.len())]
                        .iter()
                        .any(|w| w.clause == words[i].clause && is_negator(&w.lower));
                    if negated {
                        found.future_negated.push(phrase);
                    } else {
                        found.future.push(phrase);
                    }
                }
                Kind::Obligation => found.obligation.push(phrase),
                Kind::Call => found.call.push(phrase),
                Kind::Conditional => found.conditional.push(phrase),
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    #[test]
    fn future_with_and_without_negation() {
        let f = find(&words(
            "We will surely not keep any secret, and we shall win",
        ));
        assert_eq!(f.future_negated, ["we will"]);
        assert_eq!(f.future, ["we shall"]);
        let f = find(&words("We won't give up"));
        assert_eq!(f.future_negated, ["we won't"]);
    }

    #[test]
    fn obligation_calls_and_conditions() {
        let f = find(&words(
            "If they refuse, we urge the council: it is time to act",
        ));
        assert_eq!(f.conditional, ["if"]);
        assert_eq!(f.call, ["urge"]);
        assert_eq!(f.obligation, ["it is time to"]);
    }
}
