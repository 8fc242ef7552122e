//! The class of the reporting cue the journalist chose (`cue_classes.txt`).
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Cue classes, in the order of their signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    None = 0,
    Report = 1,
    Negative = 2,
    Positive = 3,
    Commitment = 4,
    Denial = 5,
    Call = 6,
}

fn table() -> &'static HashMap<String, CueClass> {
    static T: OnceLock<HashMap<String, CueClass>> = OnceLock::new();
    T.get_or_init(|| {
        crate::text::word_list::entries(include_str!("cue_classes.txt"))
            .filter_map(|l| {
                let (cue, class) = l.split_once('\t')?;
                let class = match class.trim() {
                    "negative" => CueClass::Negative,
                    "positive" => CueClass::Positive,
                    "commitment" => CueClass::Commitment,
                    "denial" => CueClass::Denial,
                    "call" => CueClass::Call,
                    _ => CueClass::Report,
                };
                Some((cue.trim().to_string(), class))
            })
            .collect()
    })
}

/// The class of a cue as written: its whole text, else its first word; a cue not in
/// the table is a neutral report, no cue is `None`.
pub fn class_of(cue: Option<&str>) -> CueClass {
    let Some(cue) = cue else {
        return CueClass::None;
    };
    let lower = cue
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let first = lower.split(' ').next().unwrap_or("");
    table()
        .get(&lower)
        .or_else(|| table().get(first))
        .copied()
        .unwrap_or(CueClass::Report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_as_written_find_their_class() {
        assert_eq!(class_of(Some("Condemned")), CueClass::Negative);
        assert_eq!(class_of(Some("called on")), CueClass::Call);
        assert_eq!(class_of(Some("ruled  out")), CueClass::Denial);
        assert_eq!(class_of(Some("said")), CueClass::Report);
        assert_eq!(class_of(Some("WARNED THAT")), CueClass::Negative);
        assert_eq!(class_of(None), CueClass::None);
    }
}
