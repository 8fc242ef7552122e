//! Word lists kept as data files (stop words, cues, lexicons): one entry per line; blank
//! lines and lines opening on `#` are comments. Every list of the crate is read here.

/// The entries of a word list, in order, each without surrounding whitespace.
pub fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped_and_entries_trimmed() {
        let list = "# a comment\n\nsaid\n  says \n\t# indented comment\nadded\tthat\n";
        assert_eq!(
            entries(list).collect::<Vec<_>>(),
            vec!["said", "says", "added\tthat"]
        );
    }
}
