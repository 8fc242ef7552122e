//! The words the signals read: lowercased, apostrophes straightened, each with the
//! clause it stands in (clauses end at , ; : . ! ? ( ) and dashes).
use crate::text::tokens;

#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub lower: String,
    pub clause: u32,
}

/// Characters that end a clause when they stand between two words.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' | '—' | '–' | '"' | '“' | '”'
    )
}

pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut clause = 0u32;
    let mut last_end = 0usize;
    tokens::words(text, |w| {
        // `w` is a slice of `text`: its byte offset is the distance between the two.
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        if text[last_end..start].chars().any(ends_clause) {
            clause += 1;
        }
        last_end = start + w.len();
        let lower: String = w
            .chars()
            .map(|c| match c {
                '’' | '‘' | 'ʼ' => '\'',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect();
        out.push(Word { lower, clause });
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercased_and_clauses_counted() {
        let w = words("We DON’T agree, but fine.");
        let texts: Vec<&str> = w.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(texts, ["we", "don't", "agree", "but", "fine"]);
        let clauses: Vec<u32> = w.iter().map(|w| w.clause).collect();
        assert_eq!(clauses, [0, 0, 0, 1, 1]);
    }
}
