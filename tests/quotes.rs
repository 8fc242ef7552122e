//! Quote extraction and attribution on hand-written tricky cases, and a property test:
//! on arbitrary Unicode every span slices the text exactly and quotes never overlap.
use proptest::prelude::*;
use topic_stance::quotes::{self, QuoteKind};
use topic_stance::text::{split_sentences, Document};

struct Found {
    text: String,
    kind: QuoteKind,
    cue: Option<String>,
    source: Option<String>,
    speaker: Option<String>,
}

fn extract(text: &str) -> (Vec<Found>, usize) {
    let doc = Document::new(text);
    let sentences = split_sentences(&doc);
    let ex = quotes::extract(&doc, &sentences);
    let found = ex
        .quotes
        .iter()
        .map(|q| Found {
            text: doc.original(q.span).to_string(),
            kind: q.kind,
            cue: q.cue.map(|c| doc.original(c).to_string()),
            source: q.source.map(|c| doc.original(c).to_string()),
            speaker: q.speaker.clone(),
        })
        .collect();
    (found, ex.warnings.len())
}

#[test]
fn nested_quote_is_one_quote() {
    let (q, w) =
        extract("“They told us ‘leave now or die’ and we ran,” said Amina Yusuf, a resident.");
    assert_eq!(w, 0);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "They told us ‘leave now or die’ and we ran,");
    assert_eq!(q[0].speaker.as_deref(), Some("Amina Yusuf"));
}

#[test]
fn multi_paragraph_quote() {
    let (q, w) = extract("Colonel Pierre Martin described the raid.\n“We entered at dawn and found the depot empty.\n“The smugglers had left an hour before,” he said.");
    assert_eq!(w, 0, "no unclosed warning for a continued quote");
    assert_eq!(q.len(), 1);
    assert!(q[0].text.starts_with("We entered at dawn") && q[0].text.ends_with("an hour before,"));
    assert_eq!(q[0].speaker.as_deref(), Some("Pierre Martin"));
}

#[test]
fn unclosed_quote_warns_and_the_rest_is_read() {
    let (q, w) = extract("The minister said “we will never accept this.\n\n“Talks will resume on Monday in Geneva,” said Foreign Minister Lena Berg.");
    assert_eq!(w, 1);
    let full: Vec<&Found> = q.iter().filter(|q| q.kind == QuoteKind::Full).collect();
    assert_eq!(full.len(), 1);
    assert_eq!(full[0].speaker.as_deref(), Some("Lena Berg"));
}

#[test]
fn apostrophes_are_not_quotes() {
    let (q, w) =
        extract("Morocco’s police didn’t comment on the ’90s cases or the smugglers’ boats.");
    assert!(
        q.iter().all(|q| q.kind == QuoteKind::Indirect),
        "no direct quotes expected"
    );
    assert_eq!(w, 0);
}

#[test]
fn speaker_after_the_quote_and_inverted() {
    let (q, _) = extract(
        "“The border will stay closed until further notice,” said Interior Minister Karim Haddad.",
    );
    assert_eq!(q[0].cue.as_deref(), Some("said"));
    assert_eq!(
        q[0].source.as_deref(),
        Some("Interior Minister Karim Haddad")
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Karim Haddad"));
}

#[test]
fn pronoun_resolves_to_the_person_named_before() {
    let (q, _) = extract("Prosecutor Elena Vidal opened the trial on Monday. “The evidence against the cell is overwhelming,” she told the court.");
    assert_eq!(q[0].source.as_deref(), Some("she"));
    assert_eq!(q[0].speaker.as_deref(), Some("Elena Vidal"));
}

#[test]
fn surname_resolves_to_the_full_name() {
    let (q, _) = extract("Defence Minister Sergei Orlov visited the base. Orlov said: “Our troops are ready for any provocation at the border.”");
    assert_eq!(q[0].speaker.as_deref(), Some("Sergei Orlov"));
}

#[test]
fn organisations_stay_organisations() {
    let (q, _) = extract(
        "“We condemn this cowardly attack on civilians,” the Foreign Ministry said in a statement.",
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Foreign Ministry"));
}

#[test]
fn titles_of_works_and_nicknames_are_not_quotes() {
    let (q, _) = extract("The documentary “Inside The Cartel” was banned. Police arrested Joaquín “El Chapo” Guzmán in 2016.");
    assert!(
        q.is_empty(),
        "{:?}",
        q.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
}

#[test]
fn every_style_of_mark() {
    for text in [
        "\"We will rebuild the bridge this year,\" the mayor said.",
        "«We will rebuild the bridge this year,» the mayor said.",
        "„We will rebuild the bridge this year,“ the mayor said.",
        "‘We will rebuild the bridge this year,’ the mayor said.",
    ] {
        let (q, w) = extract(text);
        assert_eq!(w, 0, "{text}");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].kind, QuoteKind::Full);
        assert_eq!(q[0].speaker.as_deref(), Some("mayor"), "{text}");
    }
}

#[test]
fn speaker_from_the_preceding_sentence() {
    let (q, _) = extract("Khalid Benali added that the network had been dismantled.“Nobody involved in this trade will escape justice.”");
    let full = q.iter().find(|q| q.kind == QuoteKind::Full).unwrap();
    assert_eq!(full.speaker.as_deref(), Some("Khalid Benali"));
    assert_eq!(full.cue.as_deref(), Some("added"));
}

#[test]
fn nobody_found_gives_null() {
    let (q, _) = extract("A sign on the wall read “No entry after dark for anyone at all”.");
    assert!(q.iter().all(|q| q.speaker.is_none()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn spans_slice_exactly_and_never_overlap(text in "(\\PC|[“”‘’«»„\"'\\n .,:;!?]){0,300}") {
        let doc = Document::new(&text);
        let sentences = split_sentences(&doc);
        let chars: Vec<char> = text.chars().collect();
        let ex = quotes::extract(&doc, &sentences);
        let mut last_end = 0;
        for q in &ex.quotes {
            prop_assert!(q.span.start <= q.span.end && q.span.end <= chars.len());
            prop_assert_eq!(doc.original(q.span), chars[q.span.start..q.span.end].iter().collect::<String>());
            prop_assert!(q.span.start >= last_end, "quotes overlap");
            last_end = q.span.end;
            for s in q.cue.iter().chain(q.source.iter()).chain(q.fragments.iter()) {
                prop_assert!(s.end <= chars.len());
            }
        }
        for s in &sentences {
            prop_assert!(s.end <= chars.len() && s.start < s.end);
        }
    }
}
