//! Quote extraction and attribution on hand-written tricky cases, and a property test:
//! on arbitrary Unicode every span slices the text exactly and quotes never overlap.
use proptest::prelude::*;
use topic_stance::quotes::{self, QuoteKind};
use topic_stance::text::{split_sentences, Document};

#[derive(Debug)]
struct Found {
    text: String,
    kind: QuoteKind,
    cue: Option<String>,
    source: Option<String>,
    speaker: Option<String>,
}

/// The texts of the quotes found, in order.
fn texts(q: &[Found]) -> Vec<&str> {
    q.iter().map(|q| q.text.as_str()).collect()
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
    // One quote per paragraph, each with the speaker, neither with a mark inside.
    assert_eq!(
        texts(&q),
        vec![
            "We entered at dawn and found the depot empty.",
            "The smugglers had left an hour before,"
        ]
    );
    assert!(q
        .iter()
        .all(|q| q.speaker.as_deref() == Some("Pierre Martin")));
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
fn names_of_shows_campaigns_and_works_are_not_quotes() {
    // After a possessive or a preposition, whatever cue follows; before a noun they
    // modify; as the subject that opens a sentence; with a title's lowercase words.
    for text in [
        "She told Channel 9's “Morning Talk with Ana Ruiz” that the plan would fail.",
        "Speaking on “The Evening Hour with Tomas Berg,” the minister said the border would reopen.",
        "“Glass Harbor” star Tomas Berg posted a video on Monday.",
        "Voters backed the “Leave” campaign by a wide margin.",
        "“The Walking Shadows” is a drama about a mining town.",
    ] {
        let (q, _) = extract(text);
        assert!(
            q.iter().all(|q| q.kind == QuoteKind::Indirect),
            "{text}: {:?}",
            texts(&q)
        );
    }
    // Speech stays speech: lowercase words no title has, a chant, and upper-case wire
    // copy (where every word has capitals).
    for (text, quote) in [
        (
            "“Thank you, and may the best team win with you,” she said.",
            "Thank you, and may the best team win with you,",
        ),
        (
            "At one point the crowd reprised the chant “Lock her up! Lock her up!” that rang through the hall.",
            "Lock her up! Lock her up!",
        ),
        (
            "THE OAS ALSO EXPRESSED ITS \"CONSTERNATION OVER AND REPUDIATION OF\" THE RECENT ATTACKS.",
            "CONSTERNATION OVER AND REPUDIATION OF",
        ),
    ] {
        let (q, _) = extract(text);
        assert!(
            q.iter().any(|q| q.text == quote),
            "{text}: {:?}",
            texts(&q)
        );
    }
}

#[test]
fn a_quote_a_colon_introduces_runs_over_paragraphs() {
    for text in [
        "Ruiz said: “The port will reopen next week. The ships are ready.\n\n“We expect the first cargo on Monday.”",
        "RUIZ SAID: \"THE PORT WILL REOPEN NEXT WEEK. THE SHIPS ARE READY.\n\n\"WE EXPECT THE FIRST CARGO ON MONDAY.\"",
    ] {
        let (q, w) = extract(text);
        assert_eq!(w, 0, "{text}");
        let got: Vec<(String, String)> = q
            .iter()
            .map(|q| {
                (
                    q.text.to_lowercase(),
                    q.speaker.clone().unwrap_or_default().to_lowercase(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "the port will reopen next week. the ships are ready.".to_string(),
                    "ruiz".to_string()
                ),
                (
                    "we expect the first cargo on monday.".to_string(),
                    "ruiz".to_string()
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_headline_with_its_byline_is_no_quote() {
    let (q, _) = extract("SHORT READS:\n\n—“Shipping firm fined for carrying stolen crude,” by The Daily Ledger's Tomas Berg.\n\nThe scheme was called “a strategic ambiguity” by Ana Ruiz, a professor.");
    assert_eq!(
        texts(&q),
        vec!["a strategic ambiguity"],
        "the headline is no quote; a passive's quoted words stay one"
    );
}

#[test]
fn quoted_words_in_a_reported_clause_are_its_fragments() {
    // The clause ends before the closing punctuation and mark.
    let (q, _) = extract("In Port Aldo, Mayor Ana Ruiz said, the smugglers are seen as “a menace to every family on the coast.”");
    assert_eq!(q.len(), 1, "{:?}", texts(&q));
    assert_eq!(q[0].kind, QuoteKind::Mixed);
    // In the sentence a multi-sentence quote closes in, the quoted words are read as in
    // any sentence (“looking for a team” is a quote of its own here, as it is without the
    // quote before it), not lost in a clause without fragments.
    let (q, _) = extract("“Absolutely not. Absolutely not,” Ruiz replied, remarking that she is “looking for a team” and that the port would reopen.");
    let (alone, _) = extract(
        "Ruiz replied, remarking that she is “looking for a team” and that the port would reopen.",
    );
    let kind_of = |q: &[Found]| {
        q.iter()
            .find(|q| q.text.contains("looking for a team"))
            .map(|q| (q.text.clone(), q.kind, q.speaker.clone()))
    };
    assert_eq!(kind_of(&q), kind_of(&alone), "{q:?}");
    assert!(kind_of(&q).is_some_and(|(_, k, _)| k != QuoteKind::Indirect));
}

#[test]
fn a_reported_clause_starts_after_the_wire_dateline() {
    let (q, _) =
        extract("NEW YORK (Reuters) - The talks failed on Monday, the two companies said.");
    assert_eq!(texts(&q), vec!["The talks failed on Monday"]);
}

#[test]
fn a_hearer_named_by_role_and_name_is_not_in_the_reported_clause() {
    let (q, _) =
        extract("Lena Osei has assured her lawyer, Ivo Berg, that he will not block the inquiry.");
    assert_eq!(texts(&q), vec!["he will not block the inquiry"]);
    let (q, _) = extract(
        "The minister assured his Norlandian counterpart, Tomas Berg, he would not block the troops.",
    );
    assert_eq!(texts(&q), vec!["he would not block the troops"]);
}

#[test]
fn a_present_verb_after_and_goes_on_the_reported_clause() {
    let (q, _) = extract("Tomas Berg said that the council continues to block the plan and refuses to meet the families.");
    assert_eq!(
        texts(&q),
        vec!["the council continues to block the plan and refuses to meet the families"]
    );
    // A verb in the past after "and" is the speaker's own: a clause of its own.
    let (q, _) =
        extract("Tomas Berg said the talks had failed and added that they would resume in May.");
    assert_eq!(
        texts(&q),
        vec!["the talks had failed", "they would resume in May"]
    );
}

#[test]
fn a_reported_clause_keeps_the_bracket_it_closes() {
    let (q, _) = extract("Tomas Berg said the storm surge would reach two meters (six feet).");
    assert_eq!(
        texts(&q),
        vec!["the storm surge would reach two meters (six feet)"]
    );
}

#[test]
fn a_reported_clause_ends_before_an_inverted_cue_and_its_description() {
    // The speaker's description closes the sentence: no clause goes on after the cue.
    let (q, _) = extract("The talks failed, said Ana Ruiz, a lawyer for the family.");
    assert_eq!(texts(&q), vec!["The talks failed"]);
    // Text without commas: the name after the cue, then a role and a participle.
    let (q, _) = extract(
        "Jets struck the market said Tomas Berg head of the health authority adding that dozens were wounded.",
    );
    assert_eq!(
        texts(&q),
        vec!["Jets struck the market", "dozens were wounded"]
    );
    // A cue that interrupts a clause still reports the whole of it.
    let (q, _) = extract("The talks, said Ana Ruiz, had failed.");
    assert_eq!(texts(&q), vec!["The talks, said Ana Ruiz, had failed"]);
}

#[test]
fn a_name_given_and_going_on_a_spree_are_no_speech() {
    for text in [
        "In November the alliance launched an operation called the Wrath of the River to take the dam.",
        "The rebels ended their defence and went on the offensive on Thursday.",
        "Nine people were killed when a gunman went on a shooting spree at the school.",
    ] {
        let (q, _) = extract(text);
        assert!(q.is_empty(), "{text}: {q:?}");
    }
    // A verb of force before its preposition is a noun: no cue.
    let (q, _) = extract(
        "The men were complicit in militia attacks on civilians while being “in the pay of the militia”.",
    );
    assert!(q.iter().all(|q| q.cue.is_none()), "{q:?}");
    // Still speech: "called" after a role, "went on" before a quote.
    let (q, _) = extract("The minister called the plan “a disaster for the whole region”.");
    assert_eq!(q.len(), 1);
    let (q, _) = extract("The minister paused, then went on: “We will not give up this fight.”");
    assert_eq!(q[0].speaker.as_deref(), Some("minister"));
}

#[test]
fn an_attack_by_force_is_no_speech() {
    for text in [
        "Gunmen attacked the police station at dawn, killing three officers.",
        "Insurgents blasted the pipeline near the border on Monday.",
    ] {
        let (q, _) = extract(text);
        assert!(q.is_empty(), "{text}: {q:?}");
    }
    // Spoken attacks: a reason with "for", a characterisation with "as", a quote.
    let (q, _) = extract("The senator attacked the minister for his remarks on the war.");
    assert_eq!(texts(&q), vec!["the minister for his remarks on the war"]);
    assert_eq!(q[0].speaker.as_deref(), Some("senator"));
    let (q, _) = extract("Ana Ruiz attacked the plan as \"a disaster for the region.\"");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn continued_reports_a_clause_only_with_that() {
    let (q, _) = extract("The price of oil continued its sharp rise on Monday.");
    assert!(q.is_empty(), "{q:?}");
    let (q, _) = extract("The minister continued that the talks would resume in May.");
    assert_eq!(texts(&q), vec!["the talks would resume in May"]);
}

#[test]
fn a_clause_without_commas_ends_before_its_speaker() {
    // A place's preposition ends no clause: the speaker's title after the place opens
    // the source.
    let (q, _) = extract(
        "Hundreds of people have been killed in airstrikes near Valmora British Foreign Secretary Tomas Berg said in a statement.",
    );
    assert_eq!(
        texts(&q),
        vec!["Hundreds of people have been killed in airstrikes near Valmora"]
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Tomas Berg"));
    // The hearer of "told" and its kind end the sentence.
    let (q, _) = extract(
        "A mortar hit the square killing one policeman a security source told AFP news agency.",
    );
    assert_eq!(
        texts(&q),
        vec!["A mortar hit the square killing one policeman"]
    );
}

#[test]
fn a_cue_that_ends_the_text_is_read_without_panic() {
    // Found by the hostile-input property test: a cue of text without commas, last word
    // of the document, with no full stop after it.
    for text in [
        "Nobody can stop the planes said",
        "The shelling went on for hours the ministry told",
        "according to a statement by",
        "Five civilians were killed in the blast said the",
    ] {
        let _ = extract(text);
    }
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
    // A passive with no agent: the plan says nothing.
    let (q, _) = extract("The plan was described as “a disaster” on Monday.");
    assert!(!q.is_empty() && q.iter().all(|q| q.speaker.is_none()));
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

/// One attribution case: the text, a piece of the quote to look at, and what it must
/// get. `source` and `cue` are checked when given.
struct Case {
    pattern: &'static str,
    text: &'static str,
    quote: &'static str,
    speaker: &'static str,
    source: Option<&'static str>,
    cue: Option<&'static str>,
}

const fn case(
    pattern: &'static str,
    text: &'static str,
    quote: &'static str,
    speaker: &'static str,
) -> Case {
    Case {
        pattern,
        text,
        quote,
        speaker,
        source: None,
        cue: None,
    }
}

impl Case {
    const fn source(mut self, s: &'static str) -> Self {
        self.source = Some(s);
        self
    }
    const fn cue(mut self, c: &'static str) -> Self {
        self.cue = Some(c);
        self
    }
}

/// Invented people and roles only: no real person's name is given words here.
const CASES: &[Case] = &[
    // Pronouns: the subject of the previous sentence, gender, paragraph breaks.
    case("he after a sentence naming a second person", "Ana Ruiz met Tomas Berg in Madrid. Berg said the talks had been frank. “We will need patience,” he said.", "We will need patience", "Tomas Berg").source("he").cue("said"),
    case("she after a sentence naming a second person", "Tomas Berg met Ana Ruiz in Madrid. Ruiz said the talks had been frank. “We will need patience,” she said.", "We will need patience", "Ana Ruiz"),
    case("gender tells two people apart", "Elena Vidal thanked Marco Duarte for the offer. “The deal is fair to both sides,” he said.", "The deal is fair", "Marco Duarte"),
    case("subject preferred over a later object", "Ana Ruiz met Elena Vidal on Monday. “We agreed on every point of the text,” she said.", "We agreed", "Ana Ruiz"),
    case("paragraph break", "Minister Sofia Arenas visited the camp on Tuesday.\n\n“We will rebuild every school in the valley,” she said.", "We will rebuild", "Sofia Arenas"),
    case("pronoun in a later sentence of the same paragraph", "Colonel Ivan Petrenko inspected the base. The troops were tired. “They have earned a rest this month,” he said.", "They have earned", "Ivan Petrenko"),
    case("the minister", "Interior Minister Karim Haddad toured the port. “Smugglers will find no refuge here,” the minister said.", "Smugglers will find", "Karim Haddad").source("the minister"),
    case("the spokesman", "Ali Benali, the army spokesman, spoke to reporters. “Three soldiers were wounded in the attack,” the spokesman said.", "Three soldiers", "Ali Benali"),
    case("it for an organisation", "The Interior Ministry opened an inquiry. “We will find those responsible for this,” it said.", "We will find", "Interior Ministry"),
    case("Mr. and a surname", "Pablo Serrano left the party in May. Mr. Serrano said the deal was “a disgrace for the country.”", "a disgrace", "Pablo Serrano"),
    // Appositives, titles, full names.
    case("appositive, role first", "The foreign minister, Pavel Orlov, called the proposal “dead on arrival”.", "dead on arrival", "Pavel Orlov").cue("called"),
    case("appositive, name first", "Pavel Orlov, the foreign minister, said: “The proposal is dead on arrival.”", "The proposal is dead", "Pavel Orlov"),
    case("X, a spokesman for Y, said", "Karim Haddad, a spokesman for the Interior Ministry, said “the border will stay closed for now.”", "the border will stay", "Karim Haddad"),
    case("told an outlet that", "A senior official, Omar Tazi, told the BBC that “talks will resume in the spring.”", "talks will resume", "Omar Tazi").cue("told"),
    case("told a person that (reported)", "Ana Ruiz told Pablo Serrano that the budget would be cut next year.", "the budget would be cut", "Ana Ruiz"),
    case("title stripped, full name kept", "“The border will stay shut,” said Interior Minister Karim Haddad.", "The border will stay", "Karim Haddad").source("Interior Minister Karim Haddad"),
    case("surname to the full name given earlier", "Foreign Minister Hamid Ziani met the envoy. Ziani said: “Our position has not changed at all.”", "Our position", "Hamid Ziani"),
    case("possessive mention then surname", "Hamid Ziani’s visit ended on Sunday. “We made real progress this week,” Ziani said.", "We made real progress", "Hamid Ziani"),
    case("appositive with an age", "“We are not going to stop marching,” Lucia Moreno, 25, said.", "We are not going", "Lucia Moreno"),
    case("chain of appositives", "“It is an invasion of our rights,” Jorge Salas, the attorney general of the province, one of six suing the agency, said on Monday.", "It is an invasion", "Jorge Salas"),
    case("bracketed party after the name", "“It is a dog whistle to every voter,” Rep. Dana Frost (D-Ore.) said.", "It is a dog whistle", "Dana Frost"),
    case("name and description after an inverted cue", "“There is a need for more oversight,” said Rafael Quintana, a lawyer who has worked on the cases.", "There is a need", "Rafael Quintana"),
    // Colons, "and added", "went on", split quotes, quote first.
    case("colon introduction", "The envoy, Idris Mallouk, was blunt: “There will be no deal without a ceasefire.”", "There will be no deal", "Idris Mallouk"),
    case("and added", "President Lena Berg said “the reforms will continue next year,” and added “nobody will stop them now.”", "nobody will stop them", "Lena Berg").cue("added"),
    case("went on", "Karim Haddad praised the police. He went on: “They have done remarkable work under pressure.”", "They have done", "Karim Haddad"),
    case("split quote, first half", "“We will act,” Maria Lopez said, “and we will win this fight.”", "We will act", "Maria Lopez"),
    case("split quote, second half", "“We will act,” Maria Lopez said, “and we will win this fight.”", "and we will win", "Maria Lopez"),
    case("quote first, then the speaker's sentence", "The rally ended late. “We will not give up on this town.” Ana Ruiz said this to the crowd.", "We will not give up", "Ana Ruiz"),
    case("quote carried over to the next sentence", "“The talks failed,” said Ana Ruiz. “We will try again next month in Geneva.”", "We will try again", "Ana Ruiz"),
    case("dash attribution", "Readers wrote in.\n\n“We want our jobs back and we want them now.” ― Pablo Serrano", "We want our jobs", "Pablo Serrano"),
    case("participle", "Ana Ruiz criticised the plan, saying “it will cost jobs in every region of the country.”", "it will cost jobs", "Ana Ruiz").cue("saying"),
    case("cue with a day after it", "Omar Tazi spoke at the rally. “The vote was fair and the count was clean,” Tazi said Friday.", "The vote was fair", "Omar Tazi").source("Tazi"),
    case("speaking to reporters", "Speaking to reporters, Ana Ruiz said “the army will leave the city by June.”", "the army will leave", "Ana Ruiz"),
    // According to, statements, organisations and governments.
    case("according to a person", "The network smuggled cocaine through the port, according to Ana Ruiz.", "The network smuggled", "Ana Ruiz").cue("according to"),
    case("according to an organisation", "Twelve people were arrested in the raids, according to the Interior Ministry.", "Twelve people were arrested", "Interior Ministry"),
    case("in a statement, quote first", "“We condemn this cowardly attack on civilians,” the Foreign Ministry said in a statement.", "We condemn", "Foreign Ministry"),
    case("in a statement, reported", "In a statement, the ministry said the attackers had been identified.", "the attackers had been identified", "ministry"),
    case("a country's capital as speaker", "Rabat said the talks would continue next week.", "the talks would continue", "Rabat"),
    case("the government", "The government said it would not negotiate with the kidnappers.", "it would not negotiate", "government"),
    case("unnamed resident", "“We heard gunfire all night long,” a resident said.", "We heard gunfire", "resident"),
    case("police spokesman with a colon", "A police spokesman told reporters: “Two suspects were arrested this morning.”", "Two suspects", "police spokesman"),
    // Reported speech, beliefs and intentions.
    case("believes", "Ana Ruiz believes the reform will fail within a year.", "the reform will fail", "Ana Ruiz").cue("believes"),
    case("wants to", "Interior Minister Karim Haddad wants to close the border by June.", "to close the border", "Karim Haddad").cue("wants"),
    case("plans to", "The government plans to raise taxes on fuel next year.", "to raise taxes", "government").cue("plans"),
    case("hopes that", "Ana Ruiz hopes that the talks will resume soon in Geneva.", "the talks will resume", "Ana Ruiz").cue("hopes"),
    case("fears that", "Residents fear that the violence will spread to the north.", "the violence will spread", "Residents").cue("fear"),
    case("two reported clauses joined by and", "Ana Ruiz said the talks had failed and added that new talks would start in May.", "new talks would start", "Ana Ruiz").cue("added"),
    case("an interrupting cue", "The talks, Ana Ruiz said, had failed because of the blockade.", "had failed", "Ana Ruiz"),
    // Organisations named in full and then short; bodies described, then named.
    case("an organisation's full name with 'for'", "The London-based Centre for Coastal Monitoring said the boats had left at dawn.", "the boats had left", "Centre for Coastal Monitoring"),
    case("short form after the full name", "The London-based Centre for Coastal Monitoring counted the boats. The Centre said nine more had left on Friday.", "nine more had left", "Centre for Coastal Monitoring"),
    case("a description of a body, then its name", "The state news agency VARNA said the convoy had reached the border.", "the convoy had reached", "VARNA"),
    case("a role in a place: one person in a named place, as the description is written", "TARA reporter in Port Selim said that shells had hit the market.", "shells had hit the market", "TARA reporter in Port Selim"),
    case("a capitalised adjective of a role opens the sentence", "Security sources said the raid had been planned for weeks.", "the raid had been planned", "Security sources"),
    case("a nationality before a role", "President Ramon Ibarra met the envoy. The Veloran president said the border would reopen.", "the border would reopen", "Ramon Ibarra"),
    case("an Arabic name with a hyphenated article", "Local activist Omar al-Tayeb said the bakery had been shelled.", "the bakery had been shelled", "Omar al-Tayeb"),
    case("a weekday before the name, no commas", "On Saturday Karim Haddad said the talks would resume.", "the talks would resume", "Karim Haddad"),
    case("a middle initial", "Delegate Nora K. Albright arrived on Monday. “The vote will be held in June,” Albright said.", "The vote will be held", "Nora K. Albright"),
    case("a surname behind a hyphenated article", "Local activist Yusuf el-Harrak spoke to reporters. Harrak said four civilians had been injured.", "four civilians had been injured", "Yusuf el-Harrak"),
    case("the sources, described before", "Security sources said the fighting was fierce. The sources said the army had advanced overnight.", "the army had advanced", "Security sources"),
    case("the ministry, described before", "The Veloran defence ministry said the strike hit a depot. The ministry said two jets were in the area.", "two jets were in the area", "Veloran defence ministry"),
    case("a source at an institution", "A source at Port Selim Police Command told reporters that a car bomb had exploded.", "a car bomb had exploded", "source at Port Selim Police Command"),
    case("-ing cue after the main clause", "Prime Minister Ravi Menon condemned the killing, calling it an “inhuman act”.", "inhuman act", "Ravi Menon").cue("calling"),
    case("a possessive description after the name", "Tomas Berg, the envoy's lawyer in Geneva, said that “the case will be dropped soon.”", "the case will be dropped", "Tomas Berg"),
    case("a person of a party", "Hans Ober of the Green Party noted: “We need to work with the regions on this.”", "We need to work", "Hans Ober"),
    case("the group, named before", "The Popular Liberation Movement claimed the attack. The group said it would fight on until the elections.", "it would fight on", "Popular Liberation Movement"),
    case("a place is no person for he", "Omar Tazi runs the clinic. Shells fell overnight in Eastern Valdora. “We treated forty wounded people,” he said.", "We treated forty", "Omar Tazi"),
    case("X, who said that", "The clash was condemned by President Ramon Ibarra, who said that “nothing can justify the killing of civilians.”", "nothing can justify", "Ramon Ibarra").source("who"),
    case("a relative clause before the cue", "Officials who spoke on condition of anonymity said the talks had collapsed.", "the talks had collapsed", "Officials"),
    case("the Britain-based monitor, named before", "The Centre for Coastal Monitoring counted nine boats. The Britain-based monitor said more had left at dawn.", "more had left at dawn", "Centre for Coastal Monitoring"),
    case("a description that holds a role", "Pablo Serrano, press secretary for the governor, said “the decision is final.”", "the decision is final", "Pablo Serrano"),
    case("inverted cue, a lowercase word before the role", "“Warm water is attacking the shelves from below,” said study co-author Lena Berg.", "Warm water is attacking", "Lena Berg"),
    case("inverted cue, a group of people", "“We attacked the bases last night and pulled back,” said the attackers.", "We attacked the bases", "attackers"),
    case("an acronym opens the subject, coordinated cue", "US State Department spokesman Tomas Berg rejected the report and stated that it was “the same old story.”", "the same old story", "Tomas Berg").cue("stated"),
    case("an initial after an inverted cue", "“Our colleague has passed away,” wrote Chief Judge Paul R. Ostrander.", "Our colleague has passed", "Paul R. Ostrander").source("Chief Judge Paul R. Ostrander"),
    case("the director of a body, then he", "The director of Radio Selim, Omar Tazi, said the station would stay open. He said, “We will not be silenced by these threats.”", "We will not be silenced", "Omar Tazi"),
    // "told" and its hearer; speakers after a cue; documents; names.
    case("told a hearer, then the clause", "Gregor Lind told reporters the ferry would not sail on Sunday.", "the ferry would not sail", "Gregor Lind").cue("told"),
    case("the clause before “…, X told an outlet”", "The convoy was hit twice, a port official told The Harbour Times.", "The convoy was hit twice", "port official"),
    case("told, a hearer and a time before that", "Marta Kell told the court for the first time on Friday that she had seen the driver.", "she had seen the driver", "Marta Kell"),
    case("inverted cue, a determiner and ordinary words", "“Nobody expected this turnout,” said a longtime campaign volunteer.", "Nobody expected", "longtime campaign volunteer"),
    case("one and a role", "“The plan is dead,” said one senior diplomat.", "The plan is dead", "senior diplomat"),
    case("another and a noun opening the sentence", "Another commenter said, “We all know how this will end.”", "We all know", "commenter"),
    case("a plural possessive in the appositive", "“We need every vote,” Jon Keller, the Greens' campaign manager, said.", "We need every vote", "Jon Keller"),
    case("a document speaks for its author", "The Harbour Authority press release said the port would reopen on Monday.", "the port would reopen", "Harbour Authority"),
    case("a document with its author's possessive pronoun", "The Veloran Relief Agency sent trucks. According to its statement, the convoy reached the town at noon.", "the convoy reached the town", "Veloran Relief Agency"),
    case("a document with no author named", "A report said the dam had cracked in two places.", "the dam had cracked", "report"),
    case("a first name inside a run after for, no commas", "A spokesperson for Coastal Watch Elena Marsh said the beaches were closed.", "the beaches were closed", "Elena Marsh"),
    case("dotted initials", "Port police Sgt. R.J. Dalton says a call reported the shooting at noon.", "a call reported the shooting", "R.J. Dalton"),
    case("a surname with a title takes the name given with it", "Veloran President Ramon Ibarra mourned his brother Luis Antonio Ibarra. President Ibarra released a statement. “This is a day of grief for our family,” he said.", "This is a day of grief", "Ramon Ibarra"),
    case("an acronym is kept as written", "The Relief Federation of Coastal Societies (RFCS) sent trucks. “Much of the aid was destroyed,” RFCS said.", "Much of the aid", "RFCS"),
    case("an adjective before a title opens the subject", "Regional Governor Tomas Vidal agreed, saying only one group could have carried out the attack.", "only one group could have", "Tomas Vidal").cue("saying"),
    case("describing him as", "Lena Berg spoke about the mayor on Monday, describing him as “a man of his word”.", "a man of his word", "Lena Berg").cue("describing"),
    case("a capitalised role opening the sentence, in a place", "Activists in Port Selim said the market had been hit twice.", "the market had been hit twice", "Activists"),
    case("a name before a place", "Dr. Ana Ruiz at Saint Clare said, “We received forty patients overnight.”", "We received forty", "Ana Ruiz"),
    case("a body named Al is no person", "The director of Al Nour Radio, Samir Haddad, said the station would reopen. He said, “We will not be silenced by anyone.”", "We will not be silenced", "Samir Haddad"),
    case("the appositive that is a name heads the phrase", "Radio Selim's head of Research and Planning, Omar Tazi, said, “We will publish the figures next week.”", "We will publish", "Omar Tazi"),
    case("a body's role, then the name after an inverted cue", "“The bodies were badly burnt,” said one Red Crescent official, Farid Nasser.", "The bodies were badly burnt", "Farid Nasser"),
    case("a name of three words found by its first surname", "Foreign Minister Julio Arce Benitez met the envoy. “We signed the declaration today,” Arce said.", "We signed the declaration", "Julio Arce Benitez"),
    case("a surname, then its description, no commas", "Tomas Berg arrived on Monday. Berg the former mayor of Selim said the plan would fail.", "the plan would fail", "Tomas Berg"),
    case("the group, with a place before -based", "The Coastal Rights Foundation counted the boats. The New York-based group said more had left at dawn.", "more had left at dawn", "Coastal Rights Foundation"),
    case("a body's name opening the sentence, then the group", "Coastal Rights Watch said the strikes were unlawful. “These attacks must stop now,” the group said.", "These attacks must stop", "Coastal Rights Watch"),
    case("an ordinary word before a role after an inverted cue", "“The call summary is devastating,” tweeted former thinktank executive Lena Voss.", "The call summary", "Lena Voss"),
    case("ordinary words right after a quote, no commas", "“The attack hit the market at noon” state television said.", "The attack hit the market", "state television"),
    case("a long subject before a comma and the cue", "A spokesman for the hospital to which the nurse was taken after the blast on 21 June, said: “She will most likely lose her left eye.”", "She will most likely", "spokesman for the hospital"),
    case("a subject with a relative clause holding a cue", "Ruiz, whom the party has accused of “betrayal”, said: “We will win the elections.”", "We will win", "Ruiz"),
    case("a participle opens the sentence", "Hurrying into the hall, Senator Lena Voss, Liberal of Selim, called over her shoulder, “His remarks are not helping.”", "His remarks are not helping", "Lena Voss"),
    case("reports as the source", "Reports say that hundreds of people are dead after the pipeline exploded.", "hundreds of people are dead", "Reports"),
    case("a body before which", "The gate was built by Westbay Borough Council, which says that the project will protect the seafront.", "the project will protect", "Westbay Borough Council"),
    case("a stray comma before the cue", "Campaign member Tomas Berg, said four of the group entered the base at dawn.", "four of the group entered", "Tomas Berg"),
    case("ordinary words before a body after an article", "The state news agency NRA gave no toll but said the attackers were from the Northern Front.", "the attackers were from", "NRA"),
    case("two people named together", "Police detained Ana Ruiz and Omar Haddad. The vote was a sham, Ruiz and Haddad said.", "The vote was a sham", "Ana Ruiz and Omar Haddad"),
    case("two countries named together", "Veloria and Castan said the vote was a sham.", "the vote was a sham", "Veloria and Castan"),
    case("a nationality before a role is no name", "President Tomas Vidal met the rebels. The Veloran president said that his goal is to talk.", "his goal is to talk", "Tomas Vidal"),
    case("a role opening a run before a first name", "Labour Party leader MP Mark Dunne said, “The families have waited a long time.”", "The families have waited", "Mark Dunne"),
    case("a dateline before the subject", "PORT SELIM, 24 NOV 89 (ACAN-EFE) -- [TEXT] ATTORNEY GENERAL MAURICIO VEGA, INVESTIGATING THE MURDERS, SAID TODAY THAT THE TESTIMONIES \"ARE NOT CONCLUSIVE.\"", "ARE NOT CONCLUSIVE", "Mauricio Vega"),
    case("a name, then a description without a closing comma", "Lena Voss, a Harbour Trust spokesperson said, “It looks more like a prank.”", "It looks more like a prank", "Lena Voss"),
    case("a definite role refers to the previous sentence's subject", "“We hope the army will act calmly,” Bishop Tomas Berg said. The prelate said that the marchers would be peaceful.", "the marchers would be peaceful", "Tomas Berg"),
    case("a body's reporter is a new, unnamed speaker", "Ana Ruiz spoke to the crowd on Monday. The NRA reporter said that the road to the port was closed.", "the road to the port was closed", "NRA reporter"),
    case("a name that opens the phrase before of and a body", "On Monday, Mara Lind of the victims' group Ending Harbour Abuse said, “The council should publish the report.”", "The council should publish", "Mara Lind"),
    case("a plural possessive in an unnamed body", "“The man appears to be one of the two suspects,” the public prosecutors' office said.", "The man appears", "public prosecutors' office"),
    case("a name after a comma running into its verb", "Harbour Trust curatorial consultant, Dr Omar Haddad was optimistic that the ship can be saved. Speaking about the ship, he said: “We will put her back together.”", "We will put her back", "Omar Haddad"),
    case("a name given in full is found by its first word", "Health director Meera Sabin Flora spoke on Monday. “We have tested every contact,” Meera said.", "We have tested every contact", "Meera Sabin Flora"),
    case("a particle inside a titled name", "Archbishop Tomas Rivera y Lagos said that the talks would resume in May.", "the talks would resume", "Tomas Rivera y Lagos"),
    case("a body's name, then what kind of body it is", "“The strike killed four civilians,” the NRA news agency said.", "The strike killed four", "NRA"),
    case("letters after a name", "Prosecutor Kama Lind QC said the evidence against the three men was clear.", "the evidence against the three men", "Kama Lind"),
    case("a lowercase role, then a first name", "“I saw the bomber walk in,” said eyewitness Fanny.", "I saw the bomber", "Fanny"),
    case("a preposition after the name after an inverted cue", "“Anything else will be met with force,” said Marek to reporters while standing near the border.", "Anything else will be met", "Marek"),
    case("a body based in a place", "The Coastal Observatory for Human Rights based in Britain said 45 fighters had been killed.", "45 fighters had been killed", "Coastal Observatory for Human Rights"),
    case("an opening participle's object is not the speaker", "Speaking to Radio Selim, the president of the Veloran League for Human Rights, Omar Tazi, said, “We are for the freedom to dress.”", "We are for the freedom", "Omar Tazi"),
    case("a role with a nationality", "Veloran President Tomas Vidal met Castanian President Omar Haddad. The Veloran president said that he would ask for a break in relations.", "he would ask for a break", "Tomas Vidal"),
    case("a time before the subject", "Earlier this month the coalition said its raids had killed at least 220 civilians.", "its raids had killed", "coalition"),
    case("a body before a relative clause with which", "The Coastal Observatory for Human Rights which tracks the violence across the country said the blast was heard across the city.", "the blast was heard", "Coastal Observatory for Human Rights"),
    case("a first name alone as an appositive", "A woman taking part in the class, Nicole, said that a man walked into the gym.", "a man walked into the gym", "Nicole"),
    case("the subject of a participle after with", "Veloria stood by its ally, with President Tomas Vidal warning against a rush to judgement.", "against a rush to judgement", "Tomas Vidal"),
    case("a comma inside the closing mark before the cue", "Jaramillo, who recently denounced the country's “dirty war,” said that “the public needs to know why.”", "the public needs to know why", "Jaramillo"),
    case("characterized as", "The Foreign Ministry of Veloria characterized the attack as “a serious violation of our sovereignty”.", "a serious violation", "Foreign Ministry of Veloria"),
    case("a definite role of a body refers back", "Tomas Berg asked the government to find the killers. “Those responsible acted on their own,” the president of the Liberal Party said.", "Those responsible acted", "Tomas Berg"),
    case("the company", "The Harbour Toy Company makes the helmets. Asked about waste, the company noted that it had switched to plant-based packaging.", "it had switched to plant-based", "Harbour Toy Company"),
    case("a time phrase between the subject and the cue", "Vidal at the time said he had asked his staff to look into the fees.", "he had asked his staff", "Vidal"),
    case("a place of ordinary words is no person for he", "Minister Tazi spoke at the rally. Troops were sent to Old River. “The repression continues,” he said.", "The repression continues", "Tazi"),
    case("a passive intention between the cue and the quote", "Tomas Berg spoke on Monday. Berg said that the accord is aimed at “taking more orderly steps against the cartels.”", "taking more orderly steps", "Tomas Berg"),
    case("a ruler's single name keeps the title", "King Tomas opened the session. “The crisis is behind us,” Tomas said.", "The crisis is behind us", "King Tomas"),
    case("a description between dashes", "The Harbour Rights Monitor - which tracks arrests in the region - said “at least forty people were held overnight.”", "at least forty people", "Harbour Rights Monitor"),
    case("a body's word and a role after the cue", "“The raid was nothing short of barbaric,” said foreign ministry spokeswoman Lena Voss.", "The raid was nothing", "Lena Voss").source("foreign ministry spokeswoman Lena Voss"),
    case("affirmed as a cue", "Tomas Berg affirmed that the governor is “a lucid and well-intended person.”", "a lucid and well-intended", "Tomas Berg").cue("affirmed"),
    case("a document speaks for the body that issued it", "The Harbour Rights Monitor issued a report on Monday. The report said “the detainees were held without charge for weeks.”", "the detainees were held", "Harbour Rights Monitor"),
    case("a document from a body", "According to a report from the Coastal Safety Board, the ferry had been inspected. The report said “the lifeboats were missing from the upper deck.”", "the lifeboats were missing", "Coastal Safety Board"),
    case("the source described before, not as a quote's source", "Troops shelled the town overnight a military source told the agency. The source said “the shelling will go on until the rebels leave.”", "the shelling will go on", "military source"),
    case("a progressive -ing cue after a contracted pronoun", "Tomas Berg spoke in Reno. He’s predicting he will do “very, very well” in the next contest.", "he will do", "Tomas Berg").cue("predicting"),
    case("a progressive -ing cue after its subject", "The Harbour Rights Monitor is already claiming victory in the so-called “battle of the ports.”", "battle of the ports", "Harbour Rights Monitor").source("The Harbour Rights Monitor"),
    case("a cue inside a reported clause with no one as its source", "Tomas Berg said that the rebels have proposed nine points “that reflect the wishes of the whole nation” to the government.", "that reflect the wishes", "Tomas Berg"),
    case("a cue inside a reported clause with a person as its source", "Tomas Berg said that Ana Ruiz had called the plan “a disgrace to the whole city.”", "a disgrace to the whole", "Ana Ruiz"),
    case("an acronym inside a run of tags names no longer body", "Tags Health CAF Syria Idlib Aid. CAF said “the clinic was hit twice in one night.”", "the clinic was hit", "CAF"),
    case("a longer quote with no cue is the subject's", "Mayor Lena Voss visited the port and encouraged the workers “because the strike is just and should go on.”", "because the strike is just", "Lena Voss"),
    case("an opening -ing phrase before the subject", "Smiling broadly through her speech, Senator Lena Voss drew cheers and then boomed, “Today you proved once again that this city decides.”", "Today you proved", "Lena Voss"),
    case("a body's name before a role refers back", "Tomas Berg spoke to the rally in Selim. “We will not lay down our arms,” the Liberal leader said.", "We will not lay down", "Tomas Berg"),
    case("a verb of manner as the cue", "“The plan is a disgrace to the whole city,” Mayor Lena Voss fumed.", "The plan is a disgrace", "Lena Voss").cue("fumed"),
    case("a described speaker of four words after the cue", "“It is going to be hard to do in a week,” said a longtime GOP data expert.", "It is going to be hard", "longtime GOP data expert"),
    case("a participial description between commas", "Senator Lena Voss, hoping to win the north, called the plan “a disgrace to the whole city.”", "a disgrace to the whole", "Lena Voss"),
    case("a participial description is no head", "Tomas Berg, wearing an Olive Green uniform, said “the army will stay in the city for now.”", "the army will stay", "Tomas Berg"),
    // Upper-case wire copy.
    case("wire copy, an abbreviated title", "MSGR TOMAS RIVERA Y LAGOS SAID: \"THE TALKS MUST RESUME.\"", "THE TALKS MUST RESUME", "Tomas Rivera y Lagos"),
    case("wire copy, a verb form before a coordinated cue", "DEFENSE MINISTER JUAN ORTEGA REGRETTED THE DECISION AND WARNED THAT \"THE DOORS TO WAR ARE NOW OPEN.\"", "THE DOORS TO WAR", "Juan Ortega").cue("WARNED"),
    case("wire copy, inverted cue", "\"WE CONDEMN THE OUTRAGEOUS VIOLENCE BY THE REBELS,\" SAID STATE DEPARTMENT SPOKESMAN MARTIN KOWALSKI.", "WE CONDEMN", "Martin Kowalski").source("STATE DEPARTMENT SPOKESMAN MARTIN KOWALSKI").cue("SAID"),
    case("wire copy, pronoun", "DEFENSE MINISTER JUAN ORTEGA ARRIVED IN THE CAPITAL TODAY. \"THE ARMY WILL STAY IN THE CITY,\" HE SAID.", "THE ARMY WILL STAY", "Juan Ortega").cue("SAID"),
    case("wire copy, surname", "DEFENSE MINISTER JUAN ORTEGA ARRIVED TODAY. \"WE WILL NOT NEGOTIATE WITH TERRORISTS,\" ORTEGA SAID.", "WE WILL NOT NEGOTIATE", "Juan Ortega"),
    case("wire copy, reported speech", "THE ARMED FORCES HIGH COMMAND REPORTED THAT 12 REBELS WERE KILLED IN THE CLASH.", "12 REBELS WERE KILLED", "armed forces high command"),
    case("wire copy, a verb after an acronym is no name", "THE NRM HAS CLAIMED THE ATTACK. \"THOSE WHO HELPED THE ARMY ARE ENEMIES OF THE PEOPLE,\" THE NRM STATES.", "THOSE WHO HELPED", "NRM"),
    case("wire copy, a verb before that is no name", "THE NRM STATES THAT \"THE ROAD TO THE NORTH WILL STAY CLOSED UNTIL MONDAY.\"", "THE ROAD TO THE NORTH", "NRM"),
    case("wire copy, a capitalised possessive", "THE NRM ISSUED A COMMUNIQUE ON MONDAY. THE NRM'S COMMUNIQUE SAYS \"THE TALKS ARE OVER FOR NOW.\"", "THE TALKS ARE OVER", "NRM"),
    case("according to him", "Major Tomas Vidal spoke to reporters at the base. The advisers stayed inside because, according to him, “they were in a security area during the attack.”", "they were in a security area", "Tomas Vidal").cue("according to"),
    case("the group: a body named, never a speaker", "A faction calling itself the Northern Shield Brigade posted a video on Monday. The group said the video was released as “a warning to the army” and nothing more.", "a warning to the army", "Northern Shield Brigade"),
    case("an acronym after a lowercase article is a body", "According to the NLM, four people were killed in the raid. The group added, “The raids continue with impunity.”", "The raids continue", "NLM"),
    case("a surname written without its accents", "Prime Minister Tomás Ibáñez visited the port on Monday. “We will rebuild the harbour before winter,” Ibanez said.", "We will rebuild the harbour", "Tomás Ibáñez"),
    case("a surname misspelled by one letter", "Governor Laura Pettersen signed the order on Friday. “The border stays open to trucks,” Petersen said.", "The border stays open", "Laura Pettersen"),
    case("he: a person who spoke before a run of capitals of no known gender", "Minister Tarvo Ilves met the envoys on Monday. “We agree on the border,” Ilves said. The talks lasted four hours. Reporters asked about Costa Verde Holdings. The firm has not commented. “We will decide next week,” he said.", "We will decide next week", "Tarvo Ilves"),
    case("text without commas: a role's words after an inner article", "Heavy fighting went on near the river. Clashes raged on the city's front lines the group said adding that “eleven soldiers were killed in the fighting.”", "eleven soldiers were killed", "group").source("the group"),
    case("text without commas: an adverb opens the sentence", "The Interior Ministry sent twelve trucks on Monday. Curiously the ministry said “more trucks will follow next week.”", "more trucks will follow", "Interior Ministry"),
    case("text without commas: a clause before 'the ministry said'", "Twelve fighters were killed near the river the Interior Ministry said on Monday.", "Twelve fighters were killed near the river", "Interior Ministry"),
    case("a document after the cue is the speaker's", "“Warplanes struck the base twice,” the Northern Command said in a statement. “The strikes continued at night,” said the statement.", "The strikes continued", "Northern Command"),
    case("a scraped tag line is no subject", "An attack on a clinic managed by the Norvia Relief Society has killed two patients. Tags Norvia NRS Syria Selim MSF hospitals airstrikes An attack on a clinic serving thousands in Selim has left two patients dead and eight others injured the Norvia Relief Society (NRS) has announced. “Two patients killed and eight injured due to four bombs dropped on NRS medical facility” the charity said in a statement.", "Two patients killed", "Norvia Relief Society"),
    case("a sentence's capitalised common word names no author", "Some reports said “at least forty people were hurt in the blast.”", "at least forty people", "Some reports"),
    case("a role in a definite place", "A car bomb exploded near the market on Monday. A police source in the city said “the toll could rise above twenty.”", "the toll could rise", "police source"),
    case("quoted X as saying", "State television quoted Defence Minister Omar Haddad as saying “the border will stay closed until the talks resume.”", "the border will stay closed", "Omar Haddad").cue("saying"),
    case("a doubled apostrophe opens a quote in its own sentence", "Mayor Ruth Okafor toured the flooded district. ''We will rebuild every house in this town,'' she said.", "We will rebuild", "Ruth Okafor").source("she"),
    case("a party of a state after the name", "“That was a good speech,” Representative Dana Frost, Democrat of Oregon, told reporters.", "That was a good speech", "Dana Frost"),
    case("asked by someone", "Omar Tazi was asked by host Lena Berg whether his plan would be “a burden on the poor.”", "a burden on the poor", "Lena Berg").source("host Lena Berg"),
    case("a cue in a parenthetical leaves the quote to the verb before", "Dr. Lena Berg spoke at the clinic. She said, in remarks published by a local paper in February, “no other virus has spread this fast in our region.”", "no other virus", "Lena Berg").cue("said"),
    case("a cue between dashes leaves the quote to the verb before", "President Omar Tazi said — as reported by a local daily — “The hall will no longer be a museum. Its status will change.”", "The hall will no longer", "Omar Tazi").cue("said"),
    case("warned by someone", "Omar Tazi said he was beaten and warned by a guard: “Nobody will ever know you were here.”", "Nobody will ever know", "guard"),
    case("he after a compound first name (Jean-Luc is a man's)", "Professor Jean-Luc Mbenza met the nurses on Monday. “Thousands of deaths can now be prevented,” he said.", "Thousands of deaths", "Jean-Luc Mbenza"),
    case("a name, then a role with no closing comma", "Lena Berg, researcher at Civic Rights Watch said “Soldiers were told that the conventions did not apply.”", "Soldiers were told", "Lena Berg"),
    case("a statement released by a body", "The former judge Omar Tazi died yesterday at the age of 99, according to a statement released by the Supreme Court.", "Omar Tazi died", "Supreme Court"),
    case("a title, then a name with a known first name inside it", "In an online news briefing, the director of the institute, Dr Obiageli Sabrina Nwosu, said four patients had died. According to Dr Obiageli, two were over 60.", "two were over 60", "Obiageli Sabrina Nwosu"),
    case("an opening phrase on a preposition is no part of the source", "In an online news briefing, the director of the institute, Dr Obiageli Sabrina Nwosu, said four patients had died.", "four patients had died", "Obiageli Sabrina Nwosu").source("the director of the institute, Dr Obiageli Sabrina Nwosu"),
    case("according to a role with adjectives before it", "According to conservative talk radio host Omar Tazi, the move reeks of “fear” and desperation.", "fear", "Omar Tazi"),
    case("the document read", "“Come back to the table,” the editorial read.", "Come back", "editorial").cue("read"),
    case("a verb of manner after the quote", "The debate turned sour. “Go back to your seat,” Omar Tazi barked.", "Go back to your seat", "Omar Tazi").cue("barked"),
    case("shot back", "“You had your chance,” Lena Berg shot back.", "You had your chance", "Lena Berg").cue("shot back"),
    case("a long bracketed name with commas in an appositive chain", "The head of the ABC union (Association of Bakers, Cooks and Catering Workers), Ruth Okafor, said the deal was “only a start.”", "only a start", "Ruth Okafor"),
    case("she after a family name written first", "Wang Xiaoyu posted an apology online. She said she had acted alone.", "she had acted alone", "Wang Xiaoyu"),
    case("a witness named by one name", "A car bomb exploded near the market. A witness named Karim who was hurt in the blast described the moment it struck. “I saw a man in a thick black jacket pass beside me,” he said.", "I saw a man", "Karim"),
    case("she after an unnamed resident", "According to a resident, the hostages were foreign. She added, “The gunmen let one class go.”", "The gunmen let one class go", "resident"),
    case("inverted cue after a comma past other words", "“We are extremely happy” about the decision, said Ruth Okafor, a union leader.", "We are extremely happy", "Ruth Okafor").cue("said"),
    case("a name without its middle initial is the full name given before", "Tomas J. Berg spoke on Monday. Later, Tomas Berg said the talks would go on.", "the talks would go on", "Tomas J. Berg"),
    case("a surname that is also a title", "Opposition leader Tessa King said there was no room for Ms Lamb to “weasel out of it.” “She is a lawyer. She knows the law well,” said King. She added that the minister's background did not excuse her.", "the minister's background", "Tessa King"),
    case("a month and a year between the speaker and the cue", "Chief Prosecutor Lena Voss welcomed the ruling. Voss in December 2019 said “crimes have been committed in the region.”", "crimes have been committed", "Lena Voss"),
    case("an indefinite article after a place ends the place (no commas)", "At least nine civilians died when air strikes hit homes in a village in eastern Syria a monitor said.", "At least nine civilians died", "monitor").source("a monitor"),
    case("a name, then 'an' and its description (no commas)", "The hospital was hit twice on Sunday the Civic Media Center an activist collective said.", "The hospital was hit twice", "Civic Media Center"),
    case("a Korean family name written first", "The envoy Song Min-jae arrived on Monday. “We will send a team to the border,” said Song.", "We will send a team", "Song Min-jae"),
    case("points out", "“The establishment has lost every vote since 2000,” Omar Tazi points out.", "The establishment has lost", "Omar Tazi").cue("points out"),
    case("a conjunction opens the colon introduction", "The talks ended late. But Mayor Ruth Okafor was blunt: “Nothing was agreed tonight.”", "Nothing was agreed", "Ruth Okafor"),
    case("a cue that names no one leaves the quote to the cue before", "Lena Berg had previously said, “We will see,” when asked whether she would run.", "We will see", "Lena Berg").cue("said"),    case("a lowercase role vouches for a name opening on an ordinary word", "According to geologist Chip Wardell of the University of Leeds, the rocks are older than thought. He also said the site is unusual.", "the site is unusual", "Chip Wardell"),
    case("a place after 'in' before the comma is no appositive", "Six people were killed in Eastern Qaryat, the Levant Rights Monitor said.", "Six people were killed", "Levant Rights Monitor").source("the Levant Rights Monitor"),
    case("a body's capitalised name after an inner 'the' (no commas)", "Six children were among the dead near Qaryat the Levant Observatory for Human Rights said.", "Six children were among", "Levant Observatory for Human Rights"),
    case("'the' and a body's name after a time and a place (no commas)", "Nine people were killed on Saturday in the city of Qaryat the Levant Observatory for Human Rights said.", "Nine people were killed", "Levant Observatory for Human Rights"),
    case("'reported' ends a clause without a comma", "Four civilians were killed in the town the Levant Rights Monitor reported.", "Four civilians were killed", "Levant Rights Monitor").cue("reported"),
    case("a name, then 'a' and its description, after the cue (no commas)", "“Nothing about the corridors is real,” says Karim a 48-year-old man who lives with his parents.", "Nothing about the corridors", "Karim"),
    case("a name, 'an' and a description, then 'which' (no commas)", "The Levant Monitor an independent group which tracks the violence said the army had sent reinforcements.", "the army had sent", "Levant Monitor"),
    case("'in the day' is no part of the speaker", "Later in the day Baltic Wire reported that the port had reopened.", "the port had reopened", "Baltic Wire"),
    case("a generation's numeral ends a name", "“Yes, I support the plan,” Tomas Berg III, founder of the Civic Trust, told the Daily Post.", "Yes, I support the plan", "Tomas Berg III"),
    case("'Then' before a pronoun opens the sentence", "Tomas Berg took the stage. Then he turned on his rival, calling him “a total stiff.”", "a total stiff", "Tomas Berg").cue("calling"),
    case("state television", "The town was shelled overnight, state television said.", "The town was shelled", "state television"),
    case("media reports", "Media reports said that a truck loaded with explosives blew up.", "a truck loaded", "Media reports"),
    case("a surname and an age after the quote, then 'told' an outlet", "Ana Ruiz spoke at the rally. “That is a fair concern,” Ruiz, 69, told the Daily Post on Monday.", "That is a fair concern", "Ana Ruiz").cue("told"),
    case("a participle after a comma inside the closing mark", "Ana Ruiz talked up her “border strategy,” promising to campaign in every state.", "border strategy", "Ana Ruiz").cue("promising"),
    case("'but now said': the subject of the first verb", "Senator Tomas Berg used to support the plan, but now said it had “no chance at all.”", "no chance at all", "Tomas Berg"),
    case("'according to' ending the sentence without a comma", "Six people were killed in the shelling according to the Levant Observatory.", "Six people were killed in the shelling", "Levant Observatory").cue("according to"),
    case("a name between a dash and a colon (a digest of columns)", "Polls were not wrong, just early - Ana Ruiz and Tomas Berg: “Although the polls failed to predict the win, it is not because they were dead wrong.”", "Although the polls failed", "Ana Ruiz and Tomas Berg"),
    case("a surname and a colon (a transcript)", "Ana Ruiz and Tomas Berg met in the debate. Ruiz: “Our goal is to defeat them.” Berg: “We agree on that.”", "We agree on that", "Tomas Berg").source("Berg"),
    case("a connective, then a second opening phrase", "Ana Ruiz met Tomas Berg. Moreover, as part of the exchange with Ruiz, Berg was no fan of the “new reform.”", "new reform", "Tomas Berg"),
    case("'it' is the body the sentence before was about", "The pro-regime website Harbour Wire reported that the army withdrew from the farms as rebels advanced, backed by the Northern Front. It said rebels attacked government forces with two car bombs.", "rebels attacked", "Harbour Wire").source("It"),
    case("a passive cue: the agent after 'by' speaks", "This feature of the movement has been called “strategic ambiguity” by Tomas Berg, a professor at Leeds.", "strategic ambiguity", "Tomas Berg"),
    case("a passive cue: 'described by X as'", "Ana Ruiz was described by the Harbour Times as a “squirrel whisperer” after the event.", "squirrel whisperer", "Harbour Times"),
    case("a verb of intention opening a body's name is no cue", "Planned Parenthood president Ana Ruiz noted that abortion is “central” to its work.", "central", "Ana Ruiz").cue("noted"),
    case("an inverted cue after a reported clause, a description after the name", "Six people were killed, said a police spokesman, Ali Benali.", "Six people were killed", "Ali Benali"),
    case("an inverted cue interrupting the reported clause", "We must reflect, said Tomas Berg, on the need for all of us to face the traffickers.", "We must reflect", "Tomas Berg"),
    case("a role and what it is of before the name's comma", "Last week the minister of interior, migration, and justice, Juan Carlos Duran, spoke to reporters. The minister remarked: “It was a good year for all of us.”", "It was a good year", "Juan Carlos Duran"),
    case("a noun of saying after a plural possessive is no cue", "Tomas Berg did not seem impressed with the senators’ comments on Tuesday, telling reporters, “A lot of people said the governor should step down.”", "A lot of people", "Tomas Berg"),
    case("a document, then 'which said': the document's author", "The Interior Ministry issued a statement which said the attack was “a cowardly act.”", "a cowardly act", "Interior Ministry").source("which"),
    case("a body's name with 'of' inside, then its kind", "The Courier of Selim newspaper reported that the talks had failed.", "the talks had failed", "Courier of Selim"),
    case("a body's name, then a described kind", "The Green Hands civil defence group said two rescuers were killed in a second strike.", "two rescuers were killed", "Green Hands"),
    case("an unnamed role at a named institution, then 'the source'", "A girl was killed in a rocket attack on Thursday, according to a source at Selim Police Command. The source added that the attack also caused material damage.", "the attack also caused", "source at Selim Police Command").source("The source"),
    case("a document, then 'that urges': the document's author", "The Interior Ministry released a statement that urges residents to “stay indoors until further notice.”", "stay indoors", "Interior Ministry"),
    case("a pronoun right after its reporting cue is the reporter's", "His wife had warned him, but Tomas Berg said he responded: “When you have incoming, you cannot be too careful.”", "When you have incoming", "Tomas Berg").source("Tomas Berg").cue("said"),
    case("a surname named before, after a body's word without a comma, is the person", "Ayşe Doğan spoke to reporters on Monday. On live television Dogan also attacked the “reckless” plan.", "reckless", "Ayşe Doğan"),
    case("a city and its region in the opening phrase", "Speaking at a rally in Salem, New Hampshire, Ana Ruiz went after Berg, calling him “a total stiff.”", "a total stiff", "Ana Ruiz"),
    // Sixth stop of the speaker work (2026-12-04).
    case("an -ly word before an article opens the sentence", "The defence ministry said 40 fighters were killed on Monday. Puzzlingly the ministry also said “three senior commanders had been confirmed dead”.", "three senior commanders", "defence ministry").source("the ministry"),
    case("a title's abbreviation in wire copy", "PRESIDENT ERNESTO VALDIVIA ARRIVED IN PARIS ON MONDAY. MR. VALDIVIA ADMITTED \"CERTAIN GROUPS HAVE MANAGED TO INFILTRATE THE POLICE.\"", "CERTAIN GROUPS", "Ernesto Valdivia").source("MR. VALDIVIA"),
    case("an aside in square brackets between the name and the cue", "“I do not want to accuse anyone,” Tomas Ibarra [Jesuit provincial] said.", "I do not want", "Tomas Ibarra").source("Tomas Ibarra [Jesuit provincial]"),
    case("an acronym in brackets after a recased word", "A SPOKESMAN FOR THE DEPARTMENT OF SECURITY (DSN) HAS TOLD REPORTERS: \"WE WILL CAPTURE THEM WITHIN DAYS.\"", "WE WILL CAPTURE", "spokesman for the Department of security").source("A SPOKESMAN FOR THE DEPARTMENT OF SECURITY (DSN)"),
    case("a role of a body, then a relative clause, after the name", "The talks failed. Reverend Tomas Ibarra, coordinator of the Permanent Committee for Dialogue, which groups 60 organizations, told reporters that “we regret this decision very much.”", "we regret", "Tomas Ibarra"),
    case("'there' between the speaker and the cue", "Police searched a second block of flats. Residents there told reporters the officers were “looking for a bomb”.", "looking for a bomb", "Residents").source("Residents"),
    case("a name and the people with it", "Ana Ruiz and her lawyer said the charges were “absurd”.", "absurd", "Ana Ruiz").source("Ana Ruiz and her lawyer"),
    case("a name and a number of others", "The talks failed. Khalid Omari and two lawyers said that they will appeal.", "they will appeal", "Khalid Omari"),
    case("a weekday opens no name", "The envoy arrived on Wednesday. Speaking on Thursday Ruiz said that the city would be “totally destroyed”.", "totally destroyed", "Ruiz").source("Ruiz"),
    case("a short first name in wire copy", "REBEL LEADER ANA LUCIA QUIROGA SAID TODAY THAT TALKS WOULD GO ON. \"WE ACCEPT THE COMMISSION AS THE GOVERNMENT WANTS,\" COMMANDER QUIROGA SAID TODAY.", "WE ACCEPT", "Ana Lucia Quiroga"),
    case("an editor's insertion inside the name", "THE HIGH COMMAND NAMED COLONEL JULIO ARMANDO VEGA ON FRIDAY. ON SATURDAY COLONEL [JULIO] VEGA PROMISED TO BRING THE SITUATION \"UNDER CONTROL.\"", "UNDER CONTROL", "Julio Armando Vega").source("COLONEL [JULIO] VEGA"),
    case("a body's noun, then its name between commas, as the subject", "The Swedish newspaper, Dagposten, was right when it claimed that soldiers were stealing organs.", "soldiers were stealing", "Dagposten"),
    case("she: the woman named in the sentence between, not the president before it", "PRESIDENT JAIME SOLIS ARCE HAS REPEATEDLY PROPOSED THE REPLACEMENT OF COCA PRODUCTION THROUGH DEVELOPMENT PROGRAMS. YET THE REMARKS BY EMBASSY DEPUTY CHIEF OF MISSION MARILYN PRATT HAVE DEALT A BLOW THAT HAS CAUSED SOME OFFICIALS TO HESITATE. \"THERE IS $15 MILLION FOR REPLACEMENT,\" SHE SAID.", "THERE IS $15 MILLION", "Marilyn Pratt"),
    case("he: a one-word subject read as a body, with no person named", "Omari spoke to the judge on Monday. \"All of these decisions are ours alone,\" he said.", "All of these decisions", "Omari").source("he"),
    case("a capitalised 'The' inside a run of capitals starts a new name", "Shishani was known as Omar the Chechen The Pentagon announced in March that he had been killed. The Pentagon said \"he is dead\".", "he is dead", "Pentagon"),
    case("a participle of speaking between the speaker and the cue", "The deputy minister Tomas Berg speaking at the Selim Institute for Peace said that the program will also fight the regime.", "the program will also fight", "Tomas Berg"),
    case("a body's noun ending in -ly after an article", "The magazine saw the document. The weekly also reported that officers had traced \"numerous missed calls\".", "numerous missed calls", "weekly").source("The weekly"),
    case("'the family' is no adverb", "Her son was found on Monday. The family said the police had been \"useless\".", "useless", "family").source("The family"),
    case("'the army' is the army described before, quoted or not", "Shelling by the Ruritanian army went on through Monday night. \"We will stay until the town is safe,\" the army said.", "We will stay", "Ruritanian army"),
    case("a station's kind, then its name", "Fighting went on. According to the official television station Al-Sawt \"two members of the forces were killed when a drone targeted their car.\"", "two members", "Al-Sawt"),
    case("a month that is a surname", "Detective Gregory May led the inquiry. \"We found nothing at the house,\" May said.", "We found nothing", "Gregory May").source("May"),
    case("a company's suffix and its dot", "Shares rose. Acme Holdings Ltd. said that \"sales were strong\".", "sales were strong", "Acme Holdings Ltd").source("Acme Holdings Ltd."),
    case("a company's comma before its suffix", "Snap, Inc. said the channel is available in fourteen countries.", "the channel is available", "Snap Inc").source("Snap, Inc."),
    case("an inverted cue, then the speaker's participle phrase", "Sharing would never have gathered momentum, said Selim Telecom Chief Executive Officer Craig Ballard, addressing executives in Mumbai.", "Sharing would never", "Craig Ballard"),
    case("an acronym after words that describe no body", "Two blasts struck the old market a half-hour apart SANA said quoting a police source who called it \"a cowardly act\".", "a cowardly act", "SANA"),
    case("an acronym before a body's kind, after an adjective", "Two blasts struck the city. The official SANA news agency said \"a suicide bomber\" was behind it.", "a suicide bomber", "SANA"),
    case("a body's name with joining words, then 'a' and its description", "At least 20 people were killed the Syrian Observatory for Human Rights a Britain-based group said. \"The toll will rise\" the group added.", "The toll will rise", "Syrian Observatory for Human Rights"),
    case("'the source' after a source named by its place", "According to a source at Selim Police Command 5 people were killed. The reporter quoted the source as saying that \"a girl\" was among the dead.", "a girl", "source at Selim Police Command"),
    case("'According to X' opening the sentence without a comma", "Two civilians were killed. According to the SANA reporter in Homs the shells were launched by fighters positioned in a nearby village.", "the shells were launched", "SANA reporter in Homs"),
    case("a count opens the reported clause", "The Syrian Observatory for Human Rights said at least 29 fighters were killed when a car bomb exploded.", "at least 29 fighters", "Syrian Observatory for Human Rights").cue("said"),
    case("a relative clause with commas of its own before the cue", "Mr. Tomas Slinker, whose latest start-up, Paradata, uses big data to find suppliers, said the candidate was \"a start-up kind of guy\".", "a start-up kind", "Tomas Slinker").source("Mr. Tomas Slinker, whose latest start-up, Paradata, uses big data to find suppliers"),
    case("a body's word in the plural after a capitalised adjective opening the sentence", "Aid agencies said at the weekend that 80 people had died.", "80 people had died", "Aid agencies").source("Aid agencies"),
    // Sixth stop, second session: documents of a station, participles, roles of bodies,
    // armed groups, wire copy, stray marks.
    case("two editor's notes after a dateline, a station broadcasting reports", "SAN MIGUEL, 2 MAR 90 (FBIS) -- [EDITORIAL REPORT] [TEXT] RADIO SOLIDEZ IN SPANISH AT 0000 GMT ON 1 MARCH BROADCASTS TWO MILITARY REPORTS.\n\nTHE REPORT ADDS THAT \"AFTER 5 MINUTES, THE ENEMY WAS UNDER COMPLETE CONTROL.\"", "AFTER 5 MINUTES", "Radio Solidez"),
    case("a participle of going with someone between speaker and cue", "A senior official accompanying Ana Ruiz to Lisbon said that Ruiz had not admitted any mistakes.", "Ruiz had not admitted", "senior official"),
    case("he after a role of a body and a quote of two sentences", "The army today denied charges by President Tomas Berg that the air force bombed the village. A spokesman for the Press Committee said: “It is false. We are not bombing.” He explained that “some explosions” heard last night were flares.", "some explosions", "spokesman for the Press Committee"),
    case("he past a name of the other gender to an unnamed subject", "The defendant is former director Tomas Berg. A senior official accompanying Ana Ruiz to Lisbon said that Ruiz had not admitted any mistakes. “We are not quite sure what was in her head,” he said.", "not quite sure", "senior official"),
    case("a role from a named body keeps the body", "A spokesperson from Hamdan Relief called the decision “a courageous and responsible step.”", "courageous and responsible", "spokesperson from Hamdan Relief"),
    case("the guerrillas are the group named with them", "The FLNP guerrillas attacked the garrison on Monday. “We will fight until the end,” the guerrillas said.", "fight until the end", "FLNP"),
    case("a title in capitals with where it serves", "Judge Ana Ruiz, US District Judge for the Eastern District of Norland, said that the argument was “without merit”.", "without merit", "Ana Ruiz"),
    case("a pronoun after a short opening phrase without comma", "Tomas Berg was executed on Tuesday. In the execution chamber he apologized to the family of his victim, stating, “I am sorry for what I did.”", "sorry for what I did", "Tomas Berg"),
    case("a body named International is no person", "According to the Red Crescent of Norland, the convoy was marked. Liberty International today called on the council to meet. It alleged that member states had failed to “put civilians above politics” in their talks.", "put civilians above politics", "Liberty International"),
    case("a reporting verb in its base form after a plural subject", "Officials deny that the army used chemical weapons in the valley.", "the army used chemical weapons", "Officials"),
    case("a description too long to be one in text without commas", "Troops pushed the groups back from the town of Kamar Tal military sources said Wednesday. “Tough battle is underway between the groups and the army” the sources said.", "Tough battle", "military sources"),
    case("quotes after a stray single mark", "The devices had been 'totally disabled by the police,\" and \"there was no danger to anyone,\" Commissioner Tomas Berg said.", "no danger to anyone", "Tomas Berg"),
    case("a verb in -s after a surname in wire copy", "SAN MIGUEL, 3 MAY 89 (FBIS) -- [TEXT] PRESIDENT TOMAS BERGANZA HELD A NEWS CONFERENCE. BERGANZA BEGINS BY SAYING THAT THE GOVERNMENT IS LOOKING FOR AN AGENDA. HE ADDS: \"WE HOPE THE DIRECT MEETINGS WILL BEGIN IN A WEEK.\"", "DIRECT MEETINGS", "Tomas Berganza"),
    case("the official after a person named with a role", "Tomas Berganza, attorney general of Norland, stated today that there is a plan to attack the bishops. In a news conference, the official said that “it would be advisable for the bishops to leave the country.”", "advisable for the bishops", "Tomas Berganza"),
    case("the source stays anonymous after a named person", "Tomas Berganza, attorney general of Norland, stated today that there is a plan to attack the bishops. The source, who asked to remain anonymous, said that “the bishops will leave the country.”", "bishops will leave", "source"),
    case("a qualified role with a nationality of two words", "Norlandic President Carlos Mendez and Costa Rican President Tomas Berganza met on Monday. Berganza said he had talked with President Mendez about the talks. “I view this interruption of the dialogue with great sadness,” the Costa Rican president said.", "great sadness", "Tomas Berganza"),
    case("a place after a time between the name and the cue", "Ana Ruiz on Monday in Geneva said that she will meet with the delegates.", "meet with the delegates", "Ana Ruiz"),
    case("a surname alone before a description holding another name", "Ruiz, a lawyer for Tomas Berg, said the charges were “baseless”.", "baseless", "Ruiz"),
    case("a report introduced with adjectives, then what the report estimates", "In an interim report by the council rapporteur, senator Tomas Berganza made public the preliminary conclusions. The report estimates the number of victims at “more than a hundred persons.”", "more than a hundred", "Tomas Berganza"),
    case("a time after \"during the\" between the speaker and the cue", "The ministry during the weekend said that eight people had died in the attack.", "eight people had died", "ministry"),
    case("a title before a name that a body follows after \"of\"", "Commander Tomas Berganza of the Farabundo Marti National Liberation Front (FMLN) said that “the offensive will go on”.", "offensive will go on", "Tomas Berganza"),
    case("a relative clause between the role and the cue is no head", "Norlandic Foreign Minister Tomas Berganza arrived on Monday. The foreign minister, who accompanied President Carlos Mendez to Lisbon and Madrid, said that “the talks went well”.", "talks went well", "Tomas Berganza"),
    case("a chain of appositives after an opening phrase and a connective", "On Wednesday, however, the director of the agency, Ana Ruiz, said that the messages were “direct and private.”", "direct and private", "Ana Ruiz"),
    case("a body's name as an adjective before the role after an inverted cue", "“If I was a donor, I’d want answers,” said a prominent Liberal National Committee member.", "want answers", "prominent Liberal National Committee member"),
    case("a day between the article and a document after an inverted cue", "“There are invertebrates with more spine than the senator,” reads a Wednesday editorial in the Norland Herald.", "more spine", "Wednesday editorial"),
    case("a day that opens a newspaper's name", "The minister “will not resign,” the Sunday Courier reported.", "will not resign", "Sunday Courier"),
    case("the verb of saying after another cue that follows the quote", "“To see the number of cases that could change is stunning,” since so many of the cases were decided by one vote, said Ana Ruiz, who teaches law in Lisbon.", "number of cases", "Ana Ruiz"),
    case("goes on to say", "Tomas Berg sent an email to supporters on Monday. The email goes on to say: “The plan would damage our reputation.”", "damage our reputation", "Tomas Berg"),
    case("a plural body word after a sentence-opening adjective", "Multiple outlets reported on Wednesday the guard had “more than one conversation” with the campaign.", "more than one conversation", "Multiple outlets"),
    case("a role is no adjective of the plural role after its verb", "The aide met voters, saying: “We have to be ready.”", "ready", "aide"),
    case("a body described by who runs it before its name", "The opposition-run Norland Observatory for Human Rights reported the transfer. It said the buses carried “800 armed men”.", "800 armed men", "Norland Observatory for Human Rights"),
    case("\"it\" after a body described by who runs it", "The Norland Observatory for Human Rights says the number of dead is likely to rise. The activist-run Palmyra Coordination Committee has published the names of the dead. It says “at least 35 of the victims were found shot”.", "at least 35", "Palmyra Coordination Committee"),
    case("a described body that names no one keeps its description", "The Iran-backed militia said that “800 armed men” left the town.", "800 armed men", "Iran-backed militia"),
    case("a scraped tag line is no name", "Tags Norland Aleppo Russia United Nations\nRussia said that “six warplanes” carried out airstrikes around the city.", "six warplanes", "Russia"),
    case("a subject after an opening day without a comma", "On Friday the Norland Medical Relief Society released a statement “demanding” that the bombing stop.", "demanding", "Norland Medical Relief Society"),
    case("a subject with a bracketed acronym after an opening day", "On Friday the Norland Relief Society [NRS] released a statement “demanding” that the bombing stop.", "demanding", "Norland Relief Society"),
    case("words of a time before a surname in text without commas", "Tomas Berganza heads the council in the city. The city has seen “the gravest crimes” since World War II Berganza said.", "gravest crimes", "Tomas Berganza"),
    case("one of a group keeps \"one of\"", "Two people were hurt in the fire at the plant. “The doors were locked,” said one of the victims.", "doors were locked", "one of the victims"),
    case("a pronoun before a negated verb of belief", "Ana Ruiz met the envoy on Monday. She didn't think that the talks had “failed”.", "failed", "Ana Ruiz"),
    case("a pronoun and an adverb before the cue", "Ana Ruiz met the envoy on Monday. She always believed that the talks had “failed”.", "failed", "Ana Ruiz"),
    case("a connective before the subject, without a comma", "However Deputy Ambassador Lena Voss cast doubt on the findings saying she was “amazed at this conclusion.”", "amazed at this conclusion", "Lena Voss"),
    case("a participle with its own subject after a comma", "The gunman stopped shooting, witnesses claiming he had run out of ammunition.", "he had run out of ammunition", "witnesses"),
    case("a named head of a programme in a place, without commas", "Dr. Lena Voss head of the health programme in Turkey described the attack as a “war crime”.", "war crime", "Lena Voss"),
    case("a body in a place before the cue", "The Ministry of Justice in Norland said the suspect would be extradited.", "the suspect would be extradited", "Ministry of Justice"),
    case("a definite role for the person named after the role was described", "A government spokesman announced on Monday that the names would be disclosed. Tomas Berg said the inquiry was advancing. He added that arrests were likely. “There was no torture,” the spokesman said.", "There was no torture", "Tomas Berg"),
    case("a definite role stays with the role described when the person named has a role of their own", "A government spokesman announced on Monday that the names would be disclosed. Interior Minister Tomas Berg said the inquiry was advancing. He added that arrests were likely. “There was no torture,” the spokesman said.", "There was no torture", "government spokesman"),
    case("a definite role with a body's word as its adjective refers back", "Omar Haddad toured the garrison on Monday. Haddad said the army would not bomb towns. “We protect the civilian population,” the military leader said.", "We protect the civilian population", "Omar Haddad"),
    case("an indefinite role with a body's word names someone new", "Omar Haddad toured the garrison on Monday. Haddad said the army would not bomb towns. “We protect the civilian population,” a military source said.", "We protect the civilian population", "military source"),
    case("after an inverted cue, a role with a body, then the name", "Contact had been “a little bit sporadic,” said spokeswoman with the Norland County Sheriff's Office, Ana Ruiz.", "a little bit sporadic", "Ana Ruiz"),
    case("a role in a kind of place and its name", "Residents in the city of Port Aldo said that troops burnt down hundreds of homes.", "troops burnt down hundreds of homes", "Residents"),
    case("reports, in lowercase, before the cue", "There are no injuries, but conflicting reports say that the cyclists passed the area before the devices went off.", "the cyclists passed the area", "reports"),
    case("reports in the plural are no earlier document's author", "The National Unity Front issued a communique on Monday. The army denied it. Conflicting reports say that the troops entered the town.", "the troops entered the town", "reports"),
    case("a verb of answering in the present before a colon", "Questioned about the cut in aid, Ana Ruiz responds: “Well, I think the effects would be twofold.”", "the effects would be twofold", "Ana Ruiz"),
    case("a cue and a colon end the paragraph before the quote", "Ana Ruiz met the press on Monday. A reporter asked how she would describe the party's role, and Ruiz replied:\n\n“The party played a very negative role.”", "The party played a very negative role", "Ana Ruiz"),
    case("a transcript's bracketed tag names who speaks in its paragraph", "The weekly spoke with General Omar Haddad, the army chief.\n\n[REPORTER] Are the proposals of the cartels sincere?\n\n[HADDAD] I think that it is only a strategy to gain time. They are pretending to turn the country into an “operational base.”", "operational base", "Omar Haddad"),
    case("a named volunteer with a body, without commas", "The Observatory said ten people died. Ali Nasser a volunteer with the group said residents could not flee.", "residents could not flee", "Ali Nasser"),
    case("a named director at a described body, without commas", "Lena Voss deputy director at the Geneva-based group says the fighters “mined virtually everything.”", "mined virtually everything", "Lena Voss"),
    case("a who clause that no comma closes before the cue", "Tomas Berg, who was next to him in the bus told the paper that his teammate “was hit by fragments of the rear window”.", "was hit by fragments of the rear window", "Tomas Berg"),
    case("a who clause with a subject of its own leaves the cue to it", "The loss was steep for Tomas Berg, who said he intended to “take a day off and rest”.", "take a day off and rest", "Tomas Berg"),
    case("an occasion between the named speaker and the cue", "A gunman attacked a centre today. Governor Ana Ruiz at a news conference indicated that 12 or 13 people were killed.", "12 or 13 people were killed", "Ana Ruiz"),
    case("an age before the subject's name", "76-year-old Tomas Berg, founder of the institute, endorsed the senator last week, saying he “has shown his deep commitment to conservative principles.”", "has shown his deep commitment", "Tomas Berg"),
    case("an infinitive of saying takes the sentence's subject", "The columnist Ana Ruiz went so far as to say: “The network as we know it is over.”", "The network as we know it is over", "Ana Ruiz"),
    case("a long opening phrase before the subject and a coordinated cue", "Asked on Monday whether her husband would hold a cabinet position in the new government, Ana Ruiz shook her head and said, “No, he will not.”", "No, he will not", "Ana Ruiz"),
    case("a pronoun after a short phrase of place, before a comma", "Tomas Berg was executed on Tuesday. In the execution chamber he apologized to the family of his victim, stating, “I am sorry for what I did.”", "I am sorry for what I did", "Tomas Berg"),
    case("the guerrillas after an armed group defined by its acronym", "The Norland National Liberation Front (NNLF) attacked the garrison on Monday. “We will not stop until the army withdraws,” the guerrillas said.", "We will not stop until the army withdraws", "NNLF"),
    case("a kind of body in lowercase, then its name", "The Norland daily Kurier reported that the talks had “collapsed overnight”.", "collapsed overnight", "Kurier"),
    case("a parenthetical pronoun cue after a place", "Berg spoke on Friday. Norland, he said, was a state where the party could still win.", "a state where", "Berg"),
    case("a parenthetical pronoun cue after a place, with a quote", "Ruiz spoke on Friday. Norland, she said, would be \"where we have a chance to win.\"", "where we have", "Ruiz"),
    case("she after a place of two words as the subject", "Ana Ruiz arrived on Monday. Saudi Arabia rejected the plan the same day. “We will fight this to the end,” she said.", "We will fight", "Ana Ruiz"),
    case("he after a state named as the subject", "Tomas Berg spoke on Friday. South Carolina is a state where the party could still win. “We will win here,” he said.", "We will win here", "Tomas Berg"),
    case("a place is no body that the group refers to", "The Norland Rescue League counted the dead. Eastern Ghouta has been under siege since 2012, and shelling went on. “Eleven civilians were killed today,” the group said.", "Eleven civilians", "Norland Rescue League"),
    case("an intention reported by a sentence-final cue", "Norland Air plans to raise 50 million dollars by selling a stake, its chairman Tomas Berg said.", "plans to raise", "Tomas Berg"),
    case("a belief reported by a sentence-final cue", "Officials believe the attack was planned abroad, Interior Minister Karim Haddad said.", "Officials believe", "Karim Haddad"),
    case("a cue of speech inside keeps its speaker before according to", "Ana Ruiz said the deal was a good start for the whole region, according to the Daily Ledger.", "a good start", "Ana Ruiz"),
    case("an object cue inside a clause a sentence-final cue reports", "Regime aircraft attacked a crowded market killing eleven people, the Levant Observatory for Human Rights reported. The Britain-based monitor said rebel shelling killed two civilians.", "rebel shelling", "Levant Observatory for Human Rights"),
    case("a name then its description, no commas", "Air strikes hit the town on Friday. \"The strikes hit a school and a market\" Tomas Berg the Observatory chief told reporters.", "The strikes hit", "Tomas Berg"),
    case("he after a quote of several sentences closed before its stop", "Pierre Lemaire spoke in Geneva on Monday. An Israeli official told the radio \"We feel that the response should be judged by the threat we face. This is not just an issue of the kidnappings. They have a huge arsenal. We are acting in self-defence\". He also said that the militants often hide in civilian areas.", "the militants often hide", "Israeli official"),
    case("according to a name, then a clause that opens on an article", "According to Tomas Berg, a group of policemen raided the parish center in Port Aldo, a poor neighborhood, and arrested five people.", "a group of policemen raided", "Tomas Berg"),
    case("a role in the upper-case wire copy refers back to a short surname", "ARENA LEADER ERNESTO VILLALTA RUZ SPOKE IN THE CAPITAL TODAY. VILLALTA RUZ EMPHASIZED THAT THE LEADERS SHOULD RECONSIDER. \"WE WILL WIN THIS WAR,\" THE PARTY PRESIDENT ADDED.", "WE WILL WIN THIS WAR", "Ernesto Villalta Ruz"),
    case("an inverted cue before a possessive, a relation and a name", "Tomas Berg died on Saturday. \"Heartbroken and numb,\" writes Berg's longtime tag team partner Erick Vidal on his page.", "Heartbroken", "Erick Vidal"),
    case("a participle cue that opens the sentence takes the subject after its phrase", "Tomas Berg spoke to the school board. Citing a need to encourage professionalism, he said the ban was necessary.", "a need to encourage", "Tomas Berg"),
    case("an opening participle's phrase ends where the next cue's speaker starts", "The Levant Observatory reported two attacks. Citing medical sources the Britain-based monitoring group said at least 12 fighters suffered symptoms including choking.", "at least 12 fighters", "Levant Observatory"),
    case("a description before a comma and a pronoun is no subject", "Tomas Berg, a state senator, had pushed for the ban for six years. A Norland Baptist, he disagreed with the critics of the law. Asked about it, he said \"I am not going to hire anyone with saggy pants.\"", "I am not going to hire", "Tomas Berg"),
    case("a name and a description after the cue, in text without commas", "The shelling went on for hours said Tomas Berg an official with the civil defence in the town.", "The shelling went on for hours", "Tomas Berg"),
    case("a body, a role and a name after the cue, in text without commas", "The road remains completely closed said Observatory chief Ana Ruiz.", "The road remains completely closed", "Ana Ruiz"),
    case("a name and a role after the cue, then a participle, in text without commas", "Jets struck the market with heavy bombs said Tomas Berg head of the local health authority adding that dozens were wounded.", "Jets struck the market with heavy bombs", "Tomas Berg"),
    case("a name that is the subject of the reported clause, in text without commas", "The report said Tomas Berg head of the council was killed in the raid.", "Tomas Berg head of the council was killed in the raid", "report"),
    case("a description after the name and a comma ends the sentence", "The talks failed, said Ana Ruiz, a lawyer for the family.", "The talks failed", "Ana Ruiz"),
    case("a title inside a name after a first name is part of it", "Khalid Sheikh Haddad and four others appeared in court on Monday. The judge asked if they would plead guilty. \"Yes,\" said Haddad, \"we do not want to waste time.\"", "we do not want to waste time.", "Khalid Sheikh Haddad"),
    case("a first name finds a full name with a patronymic", "His successor, Faisal bin Nasser Al Harthi, attended the funeral. After the funeral, Faisal said he would continue the policies of his cousin.", "he would continue the policies of his cousin", "Faisal bin Nasser Al Harthi"),
    case("a surname with a particle finds the full name", "Presidential candidate Carlos Saenz de Tejada spoke in the capital. Saenz de Tejada said that \"the army must return to its barracks.\"", "the army must return to its barracks.", "Carlos Saenz de Tejada"),
    case("deplored is a cue, in upper-case wire copy", "SAN SALVADOR ARCHBISHOP TOMAS RIVERO Y DAMASO DEPLORED YESTERDAY THE \"SENSELESS VIOLENCE OF BOTH SIDES IN THIS WAR.\"", "SENSELESS VIOLENCE OF BOTH SIDES IN THIS WAR.", "TOMAS RIVERO Y DAMASO"),
    case("a place opening on a place word is no person", "The boats were taken to Isla del Maiz. The members of the crew, who numbered nine, said that they had been beaten.", "they had been beaten", "members of the crew"),
    case("a body after the cue and its description, in text without commas", "Mortar rounds struck near the embassy said the Norland Observatory a Britain-based monitor.", "Mortar rounds struck near the embassy", "Norland Observatory"),
    case("a role after the cue and a participle, in text without commas", "Five civilians were killed in the blast said the source noting that the toll was likely to rise.", "Five civilians were killed in the blast", "source"),
    case("an occasion before the speaker, in text without commas", "After the news conference a senior official said the council was not seeking a vote.", "the council was not seeking a vote", "senior official"),
    case("continued takes a clause only with that", "The price of oil continued its sharp rise on Monday. \"We expect more of the same,\" a trader continued.", "We expect more of the same,", "trader"),
    case("an -ing cue after a phrase that names no one, in text without a comma", "Tomas Berg, the foreign secretary, denies that the release was a political move calling it a \"human story\" that had \"nothing to do with politics at all.\"", "nothing to do with politics at all.", "Tomas Berg"),
    case("a verb of saying that introduces the quote wins over according to after it", "Mr. Tomas Berg wrote, \"It has always been difficult for governments to coexist with a free press.\" according to the Daily Ledger.", "It has always been difficult for governments to coexist with a free press.", "Tomas Berg"),
    case("told and its hearer end the sentence, in text without commas", "In the capital a mortar hit the central square killing one policeman a security source told AFP.", "In the capital a mortar hit the central square killing one policeman", "security source"),
    case("told, its hearer and the hearer's kind end the sentence, in text without commas", "Jets hit the market causing dozens of casualties the Norland Observatory for Human Rights told AFP news agency.", "Jets hit the market causing dozens of casualties", "Norland Observatory for Human Rights"),
    case("a body's lowercase words before its name, in text without commas", "Two car bombs killed at least 25 people in the city on Wednesday state news agency NORA reported.", "Two car bombs killed at least 25 people in the city on Wednesday", "NORA"),
    case("said in a statement ends the sentence, and a place before the speaker's title ends the clause", "Hundreds of people have been killed in airstrikes near Valmora British Foreign Secretary Tomas Berg said in a statement.", "Hundreds of people have been killed in airstrikes near Valmora", "Tomas Berg"),
    case("an acronym that reads as a pronoun is a body", "All public hospitals in the district are inaccessible to the population, the WHO said.", "All public hospitals in the district are inaccessible to the population", "WHO"),
    case("a document's author after by speaks", "\"The airline carries weapons and fighters across the region,\" according to a tweet on Monday by Secretary of State Tomas Berg.", "The airline carries weapons and fighters across the region,", "Tomas Berg"),
    case("a cue that describes a document names no one", "Assistant Chief Constable Ana Ruiz said: \"We need to get this killer off the street.\" She added, in a message aimed at the killer: \"If you are responsible for this crime, come and tell us.\"", "If you are responsible for this crime, come and tell us.", "Ana Ruiz"),
    case("a college is a body, the name after it a person", "An economics professor at Norland College, Tomas Berg, suggests that \"the protests will only grow in the months ahead.\"", "the protests will only grow in the months ahead.", "Tomas Berg"),
    case("an alias the text gives finds the full name", "Jose Lopez Ramos, also called \"Caracho\", handed himself in yesterday. Caracho recently told local media that the war had exhausted his men.", "the war had exhausted his men", "Jose Lopez Ramos"),
    case("an alias in upper-case wire copy", "THE CONTRA MILITARY CHIEF ISRAEL GALDAMEZ, ALIAS \"FRANKLIN\", ARRIVED ON MONDAY. FRANKLIN SAID THAT THE TROOPS WOULD STAY IN THE NORTH.", "THE TROOPS WOULD STAY IN THE NORTH", "ISRAEL GALDAMEZ"),
    case("two kinds of people joined before the cue", "The driver was speeding, police and county officials said.", "The driver was speeding", "police and county officials"),
    case("two kinds of people joined after according to", "According to police and county officials, the driver was speeding on the highway.", "the driver was speeding on the highway", "police and county officials"),
    case("an indefinite role that the next sentences name", "A federal judge ruled on Thursday that the program is “unconstitutional.” The ruling came in a lawsuit filed by a rights group. Judge Ana Ruiz, the district judge for Norland, wrote that the defence argument was “without merit.”", "unconstitutional", "Ana Ruiz"),
    case("what a body has describes it, in text without commas", "The Norland Observatory for Human Rights said the town fell. The group with a network of sources inside the country said 28 rebels had been killed.", "28 rebels had been killed", "Norland Observatory for Human Rights"),
    case("a long relative clause without commas before the cue", "The Norland Observatory which relies on a vast network of activists on the ground and medics said the army operation was aimed at the town.", "the army operation was aimed at the town", "Norland Observatory"),
    case("a long relative clause that ends on the cue's own named subject", "Clashes raged between the Valmora Front which is spearheading a major offensive in the north and rebels the Norland Observatory for Human Rights said.", "Clashes raged between the Valmora Front", "Norland Observatory for Human Rights"),
    case("an unnamed body that a later source of the same words names", "At least 20 civilians were killed in air strikes on the town, a monitor said. The strikes hit a market, the Norland Observatory for Human Rights said. Rescue workers were still searching the rubble, the monitor said.", "At least 20 civilians were killed", "Norland Observatory for Human Rights"),
    case("an unnamed body that a later source with the same head names", "Ten fighters died in the clashes, a monitoring group said. The Norland Observatory for Human Rights said the army had shelled the town. The Britain-based group said the toll would rise.", "Ten fighters died in the clashes", "Norland Observatory for Human Rights"),
    case("a noun in -ly after an article is no adverb", "The law was passed on Monday, the assembly said.", "The law was passed on Monday", "assembly").source("the assembly"),
    case("organizers of an event", "Organizers of the rally said they were fighting corruption.", "they were fighting corruption", "Organizers of the rally"),
    case("a body described by its ties, then named", "Its key ally Valmora called for \"comprehensive monitoring\" of the truce.", "comprehensive monitoring", "Valmora"),
    case("an unnamed body that nothing later names stays unnamed", "A rebel group said it had taken the town. The army denied the claim on Sunday.", "it had taken the town", "rebel group"),
    case("an indefinite witness stays unnamed", "A witness said the gunmen fled on foot. Police later questioned Tomas Berg, a witness who lives nearby.", "the gunmen fled on foot", "witness"),
    case("an indefinite role is not a person named later with another role", "A spokesman for the ministry said the talks had failed. The minister, Tomas Berg, said he would travel to Geneva.", "the talks had failed", "spokesman for the ministry"),
    case("a pair of speakers is not what the monitor refers to", "The Norland Observatory said the town fell. The Britain-based observatory and opposition fighters said the army withdrew. Ten soldiers were killed, the monitor said.", "Ten soldiers were killed", "Norland Observatory"),
    case("he past a name of unknown gender in the unnamed subject's own sentence", "The defendant is former director Tomas Berg. A senior official accompanying Okonkwo Quisto to Lisbon said that Quisto had not admitted any mistakes. “We are not quite sure what was in that head,” he said.", "not quite sure", "senior official"),
    case("an occasion after a preposition of time, no comma, before the name", "Tomas Vrba was sentenced in May. After his sentencing Vrba declared, “This is an unjust verdict.”", "unjust verdict", "Tomas Vrba"),
    case("the occasion is no part of a full name", "During the speech Delmar Quisto claimed, “Their plan is a surrender.”", "a surrender", "Delmar Quisto"),
    case("a country before a name in one run of capitals is no part of it", "On Monday, President of Argentina Rosa Ibarra sent a bill to Congress. The president had called it “a matter of public health.”", "public health", "Rosa Ibarra"),
    case("a state after \"from\" is no part of the senator's name", "On Wednesday, Senator from Vermont Ana Lind ended her bid. Lind said in a live stream, “I do not make this decision lightly.”", "decision lightly", "Ana Lind"),
    case("an opening phrase without its comma before a name and its appositive", "In a statement Tomas Berg, the chief executive of Norlandia Systems, said the firm was “shifting our investment fully.”", "shifting our investment", "Tomas Berg"),
    case("an opening phrase without its comma, an appositive without its closing comma", "In the blog post Tomas Berg, the chief executive of Norlandia Systems said the firm was “shifting our investment fully.”", "shifting our investment", "Tomas Berg"),
    case("a passive without its auxiliary: described by the agent as, the main verb after", "Rosa Ibarra, described by the Norland Rights Forum as “the butcher of the north”, ruled the province for a decade.", "butcher of the north", "Norland Rights Forum"),
    case("described by the agent as wearing", "The suspect is Tomas Berg, a tall man, described by a witness as wearing “a grey coat and a red scarf.”", "grey coat", "witness"),
    case("a participle after the document's noun, past a preposition, is no part of it", "The Norland Liberation Front released a statement on Monday. “The talks must resume,” said the statement dated the day after the envoy landed.", "talks must resume", "Norland Liberation Front"),
    case("a participle after the role, past a preposition, is no part of it", "“The crop will not be destroyed,” stated a senior official returning from Kabul.", "crop will not", "senior official"),
    case("he after a sentence that opens with a day described between commas", "Tomas Berg withdrew from the race. Representative Ana Lind won the last delegate. Wednesday, the same day that he withdrew, Berg endorsed his former rival, Delmar Quisto. “Three months ago,” he said, “I entered the race.”", "I entered the race", "Tomas Berg"),
    case("two bodies joined by and are no longer name of one of them", "Talks between Norland and Kessaria resumed in Geneva. Kessaria said the deal was “a new beginning.”", "new beginning", "Kessaria"),
    case("a role in a place with lowercase words before its name", "Activists in rural Valmora said that three airstrikes hit a public market, “killing ten people.”", "killing ten people", "Activists"),
    case("a name, then in a statement, then the cue (no commas)", "Spokesman Tomas Berg in a statement said the decision was “deeply troubling.”", "deeply troubling", "Tomas Berg"),
    case("Mr. is never a full name given to a woman of the same surname", "Ana Corby was sentenced. Ms. Corby told the judge she was tired. However, Mr. Corby expressed doubts that the politicians could help: “It looks a bit fairyland to me.”", "fairyland", "Corby"),
    case("a role before the comma that is another role's object gives no gender", "Attorney for the mother, Okonkwo Quisto, called the arrest shocking. “The image will stay with people,” said Mr Quisto.", "stay with people", "Okonkwo Quisto"),
    case("expressed concern that: a noun cue", "The minister expressed concern that the talks “could collapse at any moment.”", "collapse at any moment", "minister"),
    case("a country after 'to' before a name of unknown first name is none of it", "The Norland ambassador to Iraq Okonkwo Quisto said the vote was “a milestone.”", "a milestone", "Okonkwo Quisto"),
    case("a creed's adjective before fighters names no armed group", "Islamist rebels said they had “liberated” the town.", "liberated", "Islamist rebels"),
    case("so-called describes a body, no part of its name", "The so-called Norland Liberation Front said “ten people died.”", "ten people died", "Norland Liberation Front"),
    case("an appositive of a place's role then the name", "A co-author, University of Valmora professor Tomas Berg, said the stripes “confuse the flies.”", "confuse the flies", "Tomas Berg"),
    case("according to at the end (no comma), after an intention, before a relative clause", "Tomas Berg of the civil defence said rescuers had found ten bodies. Hospitals are overwhelmed and medical workers are expecting many of the wounded to die according to Okonkwo Quisto a member of the Medical Council which oversees the clinics. “I have never seen so many people dying in one place,” he said.", "never seen so many", "Okonkwo Quisto"),
    case("his lawyer: the role of the person the possessive refers to", "Tomas Berg was arrested on Monday. His lawyer said the charges were “baseless.”", "baseless", "Tomas Berg's lawyer"),
    case("I in an interview answer tagged with the interviewee's name", "Wikinews interviewed Ana Lind about the federation.\n\n((WN)) What went wrong?\n\n((Ana Lind)) Well, I wanted to keep decent relations with them. And that is why I said “no federation is perfect”.", "no federation is perfect", "Ana Lind"),
    case("a role in a named place after the", "Police in the U.K. confirm that the suspect “has left the country.”", "has left the country", "Police"),
    case("a surname's lawyer is the full name's", "Tomas Berg was charged on Monday. Berg's lawyer said the accusations were “baseless.”", "baseless", "Tomas Berg's lawyer"),
    case("a titled name's office is the office, not the person", "President Tomas Berg's office said the claims were “grotesque.”", "grotesque", "Tomas Berg's office"),
    case("a pronoun with its verb opens no name", "Hi, I'm Tomas Berg and I work on the project. Berg said the project “will continue.”", "will continue", "Tomas Berg"),
    case("her office: a body of the person", "Senator Ana Lind died on Sunday. “She served with honour,” read a statement released by her office.", "served with honour", "Ana Lind's office"),
    case("his lawyer when the person's gender is not known stays his lawyer", "Okonkwo Quisto was arrested on Monday. His lawyer said the charges were “baseless.”", "baseless", "his lawyer"),
    case("a body's name with and between common words is its full name", "The Department of Corrections and Rehabilitation released the inmate. The Department said the release was “routine.”", "routine", "Department of Corrections and Rehabilitation"),
    case("we in an interview answer is the interviewee", "Wikinews spoke to Ana Lind about her study.\n\n((WN)) Why rats?\n\n((Ana Lind)) Then we wanted to go a step further and test whether they avoid harming others.", "test whether they avoid", "Ana Lind"),
    case("I don't think in an interview answer is the interviewee", "Wikinews spoke to Ana Lind about her study.\n\n((WN)) Will it change?\n\n((Ana Lind)) I don't think the rules will change soon.", "the rules will change", "Ana Lind"),
    case("an answer tagged with the interviewee's initials", "Wikinews spoke to Tomas Berg about the study.\n\n((WN)) What did you find?\n\nTB: We think that the females die at sea.\n\n((WN)) And next?\n\nTB: We plan to count the chicks next year.", "females die at sea", "Tomas Berg"),
    case("a country before an acronym is no part of its name (no commas)", "The Relief Fund for Children (RFC) counted the dead. Citing its partners in Norway RFC said that “the bodies of children were pulled from the rubble.” “RFC deplores these attacks,” RFC said.", "RFC deplores these attacks", "RFC"),
    case("quoted by an outlet as saying: the one quoted, not the outlet", "“Twenty fighters died in the blast” Tomas Berg head of the Norland Monitor for Human Rights was quoted by AFP as saying.", "Twenty fighters died", "Tomas Berg").source("Tomas Berg head of the Norland Monitor for Human Rights"),
    case("a name, then a description without its closing comma", "The hanging was filmed. Okonkwo Quisto, a witness to the hanging said “they mocked him until the end”.", "they mocked him", "Okonkwo Quisto"),
    case("a name, then a role's acronym without the closing comma", "Pirates seized the ship. Tomas Berg, CEO of the Norland Line said “we will not pay ransom to pirates”.", "we will not pay ransom", "Tomas Berg"),
    case("a short form widened to the full name through a longer short form", "The Norland Observatory for Human Rights counted 20 dead. Later the Norland Observatory said more had died. The Observatory said “the toll will rise”.", "the toll will rise", "Norland Observatory for Human Rights"),
    case("a description in lowercase before a body's name is no part of it", "The opposition Norland National Coalition said the strikes were “a war crime”.", "a war crime", "Norland National Coalition"),
    case("an acronym that is also a first name is a body, and it is what it refers to", "SANA reported on Friday that a car bomb killed ten people. It said “the bombing took place near the market”.", "near the market", "SANA"),
    case("an envoy speaks, not the country the envoy is sent to; the description as written", "The North Korean ambassador to Malaysia questioned “the impartiality of the police”.", "impartiality of the police", "North Korean ambassador to Malaysia"),
    case("a source at a province: the kind of place is part of where the source is", "The shelling went on. A source at Aleppo province told SANA that “terrorists fired rockets at the city”.", "terrorists fired rockets", "source at Aleppo province"),
    case("a role in a place before a relative clause", "An activist in Deir al-Zor who spoke on condition of anonymity told Reuters that “the convoy was hit twice”.", "the convoy was hit twice", "activist in Deir al-Zor"),
    case("meanwhile between the subject and the cue is no part of the name", "Germany meanwhile called for “an immediate ceasefire” in the region.", "an immediate ceasefire", "Germany"),
    case("an acronym after a place is no part of a longer name (no commas)", "The army killed 11 fighters in Deir Ezzor NNA news agency reported on Tuesday. NNA said “army units launched an intensive strike”.", "an intensive strike", "NNA"),
    case("a document whose author the subject names speaks for it later", "Two pilots died. The statement by the Norland defence ministry said that the pilots were on a test flight. The statement further said “the government requested the strikes”.", "requested the strikes", "Norland defence ministry"),
    case("has long before the cue is no part of the subject", "The Norland government has long denied using “chemical weapons” against civilians.", "chemical weapons", "Norland government"),
    case("one word stands for a longer name only as its head", "Norland Police Chief Constable Tomas Berg said the inquiry was “complex”. Police said they were “following every lead”.", "following every lead", "Police"),
    case("two bodies joined, each with its article", "The Norland Observatory for Human Rights counted the dead. The Observatory and the Local Relief Committees said “at least 40 people died”.", "40 people died", "Norland Observatory for Human Rights and Local Relief Committees"),
    case("a body named after to is whom the words went to (no comma)", "The shells hit the town. In a statement to SANA a source at the Norland Police Command said “two people were killed”.", "two people were killed", "source at the Norland Police Command"),
    case("an age after a name (no commas) is none of it, and he is that person", "President Tomas Berg's forces took the town. “There is no water” Ahmed 24 said. “We are sad and angry” he said.", "sad and angry", "Ahmed"),
    case("a scraped page's bracketed aside opens no subject", "[Click to enlarge] The pro-government website Norland Today reported that the army withdrew from the farms. It said “rebels attacked with two car bombs”.", "two car bombs", "Norland Today"),
    case("reported X as saying is X's", "Rescuers said bodies were still being removed. Reuters also reported residents and rescue workers as saying that “two dozen people were killed”.", "two dozen people", "residents and rescue workers"),
    case("a name and others: the name speaks", "The talks failed. The United States and others said the attack was “a war crime”.", "a war crime", "United States"),
    case("a capitalised The after a capitalised word opens the phrase (no full stops)", "A man takes shelter in a mosque. REUTERS/Tomas Berg The Norland Observatory said “at least 40 people died”.", "40 people died", "Norland Observatory"),
    case("an -ing cue after a preposition is the sentence's subject's", "The council met on Wednesday. Norland vetoed the draft after describing it as “unacceptable”.", "unacceptable", "Norland"),
    case("an -ing cue after by: the subject's", "The minister responded by calling the report “a fabrication from start to finish”.", "a fabrication", "minister"),
    case("no comma before an -ing cue after the verb's object: the subject's", "Norland condemned the arrest calling the charges “baseless and without foundation”.", "baseless", "Norland"),
    case("a document the subject issued calls: the subject's", "The talks ended. The minister released a statement calling the deal “a triumph for peace and diplomacy”.", "a triumph", "minister"),
    case("a name and a number of companions: the name speaks", "In proceedings on Monday, Tomas Berg and four alleged co-conspirators stated that “we will plead guilty to every charge”.", "we will plead guilty", "Tomas Berg"),
    case("a number opening the sentence is the phrase's determiner", "The trial went on. Four suspects said “we were never in the city that night”.", "never in the city", "Four suspects"),
    case("according to, ordinary words describing a name: the name", "Exams began on Sunday. According to internet service provider Norland Telecom, the blackout was “aimed at ensuring the tests run smoothly”.", "aimed at ensuring", "Norland Telecom"),
    case("told by an unnamed role that: the role speaks", "The hospital was full. She was told by a midwife that “nothing more could be done for the child”.", "nothing more could be done", "midwife"),
    case("they: people unnamed in the plural, the subject before", "Rescue workers reached the village on Monday. They said “the road is still blocked by rocks”.", "the road is still blocked", "Rescue workers"),
    case("two roles of one person joined by and, no commas: the name", "Talks stalled. Tomas Berg a commander and spokesman for the Norland Military Council said “we are still deliberating on how to respond”.", "still deliberating", "Tomas Berg"),
    case("a long description with a bracketed acronym after the name, no commas", "The watchdog met on Monday. “These reports are of great concern” Tomas Berg the head of the Organisation for the Monitoring of Coastal Shipping [OMCS] said in a statement.", "great concern", "Tomas Berg"),
    case("an -ing cue after the object of a preposition: the sentence's subject's", "The fighting went on. The council passed a resolution which condemned the operation and occupation of Eastbury calling it “a massive violation of human rights”.", "a massive violation", "council"),
    case("a subject of two roles joined by and before the name; he is that subject", "Omar Haddad flew over the rally. Former Haddad adviser and retired general Tomas Berg was on stage while Haddad flew over. He said “that was a fine sight for all of us”.", "a fine sight", "Tomas Berg"),
    case("a relation and its adjectives before the name, and a coordinated cue: the name", "The talks resumed. Key regime ally Norland welcomed the plan on Sunday and called for “comprehensive monitoring” of the truce.", "comprehensive monitoring", "Norland"),
    case("one ordinary word before a body's noun is the subject; the coordinated cue is its", "The clipper burned for hours. The fire brigade was called to the blaze and reported that the flames had been put out.", "the flames had been put out", "fire brigade"),
    case("a long quote with no cue after the sentence's own subject: the subject's", "Supporters cheered outside the prison. In his statement, Tomas Berg had thanked his supporters for “the huge debt of gratitude that I owe the public for getting me home.”", "the huge debt", "Tomas Berg"),
    case("reasserted is a cue", "The vote was delayed. Ana Ruiz reasserted that “the government had no part whatsoever in this affair”.", "no part whatsoever", "Ana Ruiz"),
    case("no comma, a holiday ends the clause before the speaker's phrase", "A bomber killed 16 civilians outside a bakery ahead of the end of Ramadan an official said. “The attacker came on a motorcycle,” the official added.", "A bomber killed", "official"),
    case("a relative who never stands for a word of time", "Ana Ruiz spoke at noon. State television showed troops defending the base on Saturday who had said “the base is safe from every attack”, Ruiz said.", "the base is safe", "Ana Ruiz"),
    case("no comma, people in the plural after a role in the singular: the people", "Shells hit the town. In a phone call with the agency reporter local sources said that “terrorist groups fired the shells from the hills”.", "terrorist groups fired", "local sources"),
    case("no comma, ordinary words of the clause before a surname given in full earlier: the person", "The spokesman Tomas Berg spoke on Monday. While the inquiry will focus on three sites Berg said “the mission will look at every report it receives”.", "the mission will look", "Tomas Berg"),
    case("no comma, the cue then a body's description with a participle: the body", "Twenty-five fighters died when a bomb exploded near the hall on Friday said a monitoring group.", "Twenty-five fighters died", "monitoring group"),
    case("no comma, the cue then a bare body's word: the body", "Twenty-five fighters died when a bomb exploded near the hall on Friday said the monitor.", "Twenty-five fighters died", "monitor"),
    case("a surname two people share: the one named with a title", "Tomas Berg was detained on Monday. The arrest angered Prime Minister Lena Berg. Police gave no reason for the arrest. Berg said “my son has done nothing wrong and must be released at once”.", "my son has done nothing wrong", "Lena Berg"),
    case("a surname two people share: the one named in full as the subject just before", "Lena Berg, the mother of the late singer Tomas Berg, told reporters: “Nothing will bring him back.” Berg thanked the prosecutors, calling the judge “very, very fair”.", "very, very fair", "Lena Berg"),
    case("a surname that is an ordinary word, opening the sentence: the person named in full before", "Press secretary Daniel Earnest answered questions on Monday. Earnest said: “We should have sent someone with a higher profile.”", "a higher profile", "Daniel Earnest"),
    case("a surname that is an ordinary word, opening a reported clause", "Press secretary Maria Young answered questions on Monday. Young said the rally presented “significant security challenges”.", "significant security challenges", "Maria Young"),
    case("he after an unnamed relative who spoke: the relative", "The group claimed the bombing. The groom survived but his father was killed in the attack, a relative told reporters. “The wounds are light and he is staying with us,” he said.", "The wounds are light", "relative"),
    case("a document made by a body: the body speaks for it later", "A statement made on television by the Eritrean authorities said that the men were armed. The statement also claimed that “the weapons were meant for sabotage.”", "meant for sabotage", "Eritrean authorities"),
    case("a document whose name stands before its noun: that body wrote it, not the one it came from", "Reporters obtained an internal Interior Ministry memo from Lena Berg, a lawyer. Berg obtained the memo last year. “Officers must keep every record,” the memo said.", "Officers must keep", "Interior Ministry"),
    case("no comma, a role of a body right after a name: 'the role of the body' later is that person", "“A bomber blew himself up” said Karim Haddad head of the Syrian Monitor for Civil Rights adding that 15 were wounded. The group claimed the attack. Police put the toll at 16. The Kurdish militia holds the province. Fighting forced residents to flee. “The fleeing increased after the siege” on June 10 the head of the Syrian Monitor said.", "The fleeing increased", "Karim Haddad"),
    case("initials without dots after a role and a comma: the person", "“They do not believe in democracy,” said the director general of the Border Guard, M L Shankar.", "They do not believe", "M. L. Shankar"),
    case("a span of time and a second phrase open the sentence before its subject", "A month later, during the third debate, Lena Berg defended her plan for a buyback, saying that “yes, we are going to take your rifles.”", "we are going to take", "Lena Berg"),
    case("an appositive naming a person after lowercase words that end on a role", "The study's lead author, doctoral candidate Mark Tolland, said, “We looked at emissions from every kind of plant.”", "We looked at emissions", "Mark Tolland"),
    case("a full date opens the sentence; a coordinated cue's mixed quote is the subject's", "On 15 Feb 2016 Prime Minister Karim Haddad said the army will not allow the town to fall and promised the “harshest reaction” if the militia attempts it.", "harshest reaction", "Karim Haddad"),
    case("a quote that goes on after the cue right behind a quote of two sentences", "President Lena Berg fired her adviser. “I informed Tomas Noll last night that his services are no longer needed. I disagreed strongly with many of his suggestions,” wrote Berg on Twitter, “and therefore I asked Tomas for his resignation.”", "and therefore I asked", "Lena Berg"),
    case("no comma, a name after a role in a country: the surname later is that person", "On Sunday the UN coordinator in Syria Karim al-Masri called on “all warring sides to avoid targeting civilians”. “For days there have been daily reports of civilians killed” Masri said.", "For days there have been", "Karim al-Masri"),
    case("wire copy: an ambassador in a country, named after it, is the ambassador later", "LIMA, 23 DEC 89 (EFE) -- [TEXT] CHILEAN AMBASSADOR IN PANAMA JORGE LAGOS MENDEZ TODAY ASKED FOR PLANES TO EVACUATE CITIZENS. THE AMBASSADOR EXPLAINED THAT THERE IS \"WIDESPREAD LOOTING\" IN THE CAPITAL.", "WIDESPREAD LOOTING", "Jorge Lagos Mendez"),
    case("'the government' after the government's officials: the body, not its people", "Freedonian government officials reported that the army had retaken the town. In a statement, the government said that “the bodies of more than 100 rebels have been recovered.”", "the bodies of more than", "Freedonian government"),
    case("'referred to X as' a quoted name is a cue; the subject speaks", "Radio host Dan Maris died on Friday. Known as a shock jock who made controversial comments, Maris was dropped in 2007 by two networks after he referred to the university team as “a bunch of losers.”", "a bunch of losers", "Dan Maris"),
    case("no comma, a body's name and then a person's, after the role: the person", "The bombardment hit the town. “Two of the dead were medical staff” the head of the Syrian Observatory for Civil Rights Karim Haddad said. “Figures in the town have had a truce” he added.", "Figures in the town", "Karim Haddad"),
    case("no apostrophe: a country's possessive after a name is no part of it", "Lt. Gen. Karim Haddad Syrias interior minister told reporters that two “terrorists” attacked the station.", "terrorists", "Karim Haddad"),
    case("a role in the plural missing from the word lists is people too: the subject of a participle's sentence", "The vote was postponed. The senators condemned the move, calling it a “grave abuse of power”.", "grave abuse of power", "senators"),
    case("'the commanders' is never one of the commanders named before", "Rebel commanders Ana Ruiz and Tomas Berg read the communique. The commanders also said that “the war will end this year”.", "the war will end this year", "commanders"),
    case("a role capitalised as the sentence's first word is people, not a body 'the company' may refer to", "Workers at Norland Air ratified the deal on Thursday. The company said the deal “will buy it time to restructure”.", "will buy it time", "company"),
    case("a role for someone named after a preposition: the role's speaker, not the person", "Omar Haddad was arrested on Monday. A lawyer for Omar Haddad said the charges were “a political vendetta”.", "a political vendetta", "lawyer for Omar Haddad"),
    case("people of someone named: the people, the name in full", "Tomas Berg has been missing since June. On Friday relatives of Berg said that “the police have done nothing”.", "the police have done nothing", "relatives of Tomas Berg"),
    case("a role and a title before the name after 'for': the description as written", "The talks stalled. A spokesman for President Lena Berg said the plan was “dead on arrival”.", "dead on arrival", "spokesman for President Lena Berg"),
    case("a role 'close to' someone: the role, with what it is close to", "The minister resigned on Friday. A source close to Ana Ruiz said she had been “exhausted for months”.", "exhausted for months", "source close to Ana Ruiz"),
    case("people 'familiar with' a matter speak, not the matter", "The company is for sale. People familiar with the matter said a deal could be “days away”.", "days away", "People familiar with the matter"),
    case("a role 'with' a body: the role as written", "Shelling hit the town. An official with the interior ministry said that “eleven people were killed”.", "eleven people were killed", "official with the interior ministry"),
    case("a name in a title with 'of' stays the person's", "The talks resumed. US Secretary of Defense Tomas Berg said the strikes were “only the beginning”.", "only the beginning", "Tomas Berg"),
    case("a name after a role and a noun of what it is about is an apposition: the person", "The study was published on Monday. Co-author of the study Lena Berg said the results were “a surprise to everyone”.", "a surprise to everyone", "Lena Berg"),
    case("no comma, an article after 'according to' a role opens the reported clause", "According to diplomats the soldiers are being assembled in Europe now and could fly out next week.", "the soldiers are being assembled", "diplomats"),
    case("a plural body's word after a capital opening the sentence is its subject", "Rights groups held a meeting on Monday, warning that “more people will die”.", "more people will die", "Rights groups"),
    case("a document's noun opening the phrase, its author after 'from': the author", "The strikes went on. A statement from the Interior Ministry said “the army is ready to strike again”.", "the army is ready", "Interior Ministry"),
    case("'the 54-year-old' is the person who was the subject before", "Tomas Berg arrived on Monday. Speaking at the airport, the 54-year-old said he was “confident of a deal”.", "confident of a deal", "Tomas Berg"),
    case("no apostrophes: an acronym's possessive after a name is no part of it", "Shells hit the camp on Monday. Karim Haddad OCHAs coordinator for the region told reporters that “the camp is no longer safe”.", "the camp is no longer safe", "Karim Haddad"),
    case("no apostrophes: a name's possessive is the person named", "Forces loyal to President Karim al Haddads government shelled the town. Haddad said “the terrorists will be defeated”.", "the terrorists will be defeated", "Karim al Haddad"),
    case("a document whose signer follows it between commas speaks for the signer", "The council met on Monday. The statement, signed by Lena Berg, said “the council had no choice”.", "the council had no choice", "Lena Berg"),
    case("a noun in -ly after a possessive is no adverb: 'his family' speaks", "Tomas Berg was arrested on Monday. The charges are “baseless”, his family said.", "baseless", "Tomas Berg's family"),
    case("after a quote and its comma, a noun before a role in the plural is part of the speaker", "Shelling resumed at dawn. “Nobody could reach the wounded,” rescue workers told reporters.", "Nobody could reach", "rescue workers"),
    case("a body's kind in -ly after a nationality is no adverb", "The minister resigned on Monday. “The government has lost its majority,” the Italian daily said.", "lost its majority", "Italian daily"),
    case("'where' ends a phrase read back from a cue", "We spoke to the astronomer. “We are looking for candidates where we might reasonably expect that it might be similar,” Lena Berg said.", "We are looking for candidates", "Lena Berg"),
    case("'of' and a place between commas before a second description", "The ferry sank at dawn. Tomas Varga, of Szeged, a spokesman for the operator, said “Every passenger has been accounted for.”", "Every passenger", "Tomas Varga"),
    case("'of' and an outlet between commas before a description", "The painter died on Monday. Milo Hartan, of the Daily Courier, one of her four sons, stated, “She was an extraordinary woman.”", "extraordinary woman", "Milo Hartan"),
    case("a role that goes on after a preposition, then the name between commas", "Two blasts shook the square. An eyewitness to the second explosion, Pavel Oster, was reported as saying “There was a man lying on the ground.”", "lying on the ground", "Pavel Oster"),
    case("a role with a place of two words after 'of' before a name not in the first-name list", "The plot was foiled. Attorney for the Eastern District of New York Ravenna Kolsby described the plan as “one of the most chilling plots imaginable.” She went on to say that “the devastation would be unthinkable.”", "the devastation would be", "Ravenna Kolsby"),
    case("a first name alone is the one person named in full with it", "The daughter of MP Ostrander Bjelke Hamre died last week. “I do not wish to comment further,” said Ostrander in a statement.", "I do not wish", "Ostrander Bjelke Hamre"),
    case("a past verb and its noun of intention are one cue; the verb's subject speaks", "The ministry of Orvania announced plans to build “a wall along the whole border” within a year.", "a wall along the whole border", "ministry of Orvania").cue("announced plans"),
    case("'put forward' and a noun of intention are one cue", "The Federal Assembly put forward plans that would make only “proven patriots” eligible to stand.", "proven patriots", "Federal Assembly").cue("put forward plans"),
    case("an intention inside what a verb of saying reports: the verb binds the quote", "The mayor left early. Caprioli Venn said the smugglers intended to prove “They can move freely. The checks were useless.”", "They can move freely", "Caprioli Venn").cue("said"),
    case("a verb of saying read back from a later cue: its subject speaks", "The debate ran late. Orla Brennick claimed the crisis shows the country is a “failed state.”", "failed state", "Orla Brennick").source("Orla Brennick").cue("claimed"),
    case("an -ing cue right after a verb of saying and a day (no commas): the verb's subject", "Shelling killed nine people Kurdish media reported Sunday citing “a source in the militia”.", "a source in the militia", "Kurdish media").source("Kurdish media"),
    case("a reflexive after the speaker is no part of it", "Tomas Berg was accused of taking money. Berg himself said the claim was “grotesque”.", "grotesque", "Tomas Berg").source("Berg himself"),
    case("a past participle and its preposition opening a sentence are no subject", "The actress Mara Quell recalled her first season. Underwhelmed with her role, she left the series early. “This is not what I wanted to become an actor for.”", "This is not what I wanted", "Mara Quell"),
    case("no commas: a list of places after 'in' before a surname named in full earlier", "UN coordinator Stavros Kelaidis visited Gaziantep on Monday. Civilians were killed in Hama Aleppo and Deir al-Zor Kelaidis said calling the attacks “utterly unacceptable”.", "utterly unacceptable", "Stavros Kelaidis"),
    case("'monitor' after a body's name says what kind of body it is", "Air strikes hit the town on Monday. “At least twelve civilians were killed,” the Britain-based Coastal Observatory for Civil Rights monitor said.", "twelve civilians", "Coastal Observatory for Civil Rights"),
    case("no commas: an acronym after a first name and a surname opens the body they speak for", "Aid convoys were stopped again. “Time is running out for the people of the valley” said Maria Velden WHO representative in the region.", "Time is running out", "Maria Velden"),
    case("a role in -woman names a speaker, the subject of an -ing cue", "Tomas Berg was convicted in May. Yesterday, the forewoman gave evidence to the judge confirming that the jurors had done “puzzles every day”.", "puzzles every day", "forewoman"),
    case("a verb of saying after its subject ends a phrase read back from a relative pronoun", "Fighting resumed at dawn. The Daily Ledger reported a military source who said the convoy was “hit twice”.", "hit twice", "military source"),
    case("'that' after a verb of saying opens the clause, not the phrase of the speaker inside it", "Asked about the vote, Tomas Berg stated that Ana Ruiz had stated that “the count is fair”.", "the count is fair", "Ana Ruiz").source("Ana Ruiz"),
    case("no commas: a place described after the quote, then an inverted cue and a name", "Shelling went on all day. “At least twenty civilians were killed at Tel Hamra” a village south of the river said Omar Haddad of the monitoring group.", "twenty civilians", "Omar Haddad"),
    case("'the latter' is whoever was named last in its sentence", "Inquiries were opened by the Federal Aviation Office and the Transport Safety Board, with the latter yesterday confirming it was “not travelling to the scene”.", "not travelling to the scene", "Transport Safety Board"),
    case("a role's possessive before a document: the person of that role named before", "Judge Marta Olsen ruled on Monday that the draft was lawful. In the afternoon, the judge's statement said “the matter is closed”.", "the matter is closed", "Marta Olsen"),
    case("a body's possessive before a document: the body of that kind named before", "The Court of Session in Edinburgh ruled on Monday that the suspension was lawful. The court's summary said “the matter was political”.", "the matter was political", "Court of Session"),
    case("a body's word before a document: the body of that kind named before", "The government of Norland has ordered the expulsion of four diplomats. The government statement said “the decision is final”.", "the decision is final", "government of Norland"),
    case("a body's word before a document with an indefinite article: the body itself", "A man was shot dead in Kessel on Monday. A police statement said “the man was armed”.", "the man was armed", "police"),
    case("a word of kind before a document names no author", "Mobile phone use has doubled in a decade. An international study said “screens are everywhere now”.", "screens are everywhere", "international study"),
    case("a document on a body's website after an inverted cue: the body wrote it", "The rally was cancelled on Friday. “No other decision could be taken,” said a statement on the Norland Rally Organisation's website.", "No other decision", "Norland Rally Organisation"),
    case("a document posted on owners' website in the plural possessive: the owners wrote it", "The rally was cancelled on Friday. “No other decision could be taken,” read a statement posted on the organisers' website.", "No other decision", "organisers"),
    case("after the quote, a role and a name of no known first name between commas, then 'told' and its hearer", "The trial opened on Monday. “I am innocent of all charges,” the defendant, Per Strand, told the court.", "innocent of all charges", "Per Strand"),
    case("words uttered aloud inside someone else's report are the utterers'", "Shops were closed all day. Witnesses said the gunmen shouted “You will all die today” as they opened fire.", "You will all die", "gunmen"),
    case("a verb of words uttered aloud in the -ing form after another verb: the sentence's subject", "A man identified as Aaron Vik was arrested on Monday. He was carrying a revolver and started screaming “I am the emperor”.", "I am the emperor", "Aaron Vik"),
    case("a verb of words uttered aloud in the -ing form after the object of the main verb, no comma", "The gunmen left the club shouting “our struggle will continue”.", "our struggle will continue", "gunmen"),
    case("no commas: a role, a place after 'in', then a name opening on a known first name", "Shelling went on overnight. The head of the local council in Kessel Ahmad Saleh told reporters “the situation is catastrophic”.", "the situation is catastrophic", "Ahmad Saleh"),
    case("no commas: after an inverted cue, a role, a place after 'in', then a name", "Shelling went on overnight. “The situation is catastrophic” said the head of the local council in Kessel Ahmad Saleh.", "The situation is catastrophic", "Ahmad Saleh"),
    case("no commas: an acronym after a place's name after 'in' is the speaker", "The state agency reported shelling. Mortar fire also wounded three people in northern Kessel KNA said blaming the attacks on “terrorists”.", "terrorists", "KNA"),
    case("no commas: a place's name after 'in' opening the sentence, then an article opens the subject", "Shelling went on all night. In Kessel a man stood in the middle of the road and shouted “There are only civilians here!”", "only civilians here", "man"),
    case("no commas or apostrophes: a body's name in the possessive and a lowercase role after a first name and a surname end the name", "The report was published on Monday. “The use of nerve agents is a deadly escalation” said Tomas Berg Coastal Rights Watchs executive director.", "deadly escalation", "Tomas Berg"),
    case("a spokesperson unnamed, the subject of a sentence that reports, is who a later 'he' is", "Shots were heard overnight. A spokesperson for Kessel Police confirmed the stand-off had come to an end. “The man produced a gun and fired at the officers,” he said.", "produced a gun", "spokesperson for Kessel Police"),
    case("'one' after people unnamed in the plural is one of them, in the singular", "Crowds gathered again on Friday. Speaking to reporters, many protesters said the new cabinet changed nothing. “We want a civilian government,” one said.", "civilian government", "protester"),
    case("a document put out ('a video posted online') is how the speaker said it, not the speaker", "The group claimed the attack. Its leader, Ivo Marr, said in a video posted online: “Our fight will go on.”", "Our fight will go on", "Ivo Marr"),
    case("a document put out, after a body's own verb and 'in'", "The border was closed overnight. The ministry said in a statement posted on its website that “no vehicle may cross”.", "no vehicle may cross", "ministry"),
    case("a document posted by someone named is a passive: its agent wrote it", "The hearing was cancelled. According to a memo posted online by Senator Ana Ruiz, the chamber “will not take part”.", "will not take part", "Ana Ruiz"),
    case("a person's name between dashes after a role names the one the role describes", "The plan was shelved on Monday. The minister — Ivo Marr — said the plan was “dead on arrival”.", "dead on arrival", "Ivo Marr"),
    case("a pseudonym given after an unnamed speaker is the speaker's name", "Protests went on through the night. “They are using every trick they have,” said a protester using the pseudonym Katya.", "every trick", "Katya"),
    case("a name given in a clause after the unnamed speaker and a comma is the speaker's name", "Families fled the district overnight. “We were told to leave within an hour,” said one woman, who gave her name only as Amal.", "leave within an hour", "Amal"),
    case("'known as' and a name after an unnamed speaker before the cue", "The town fell on Sunday. A rebel commander known as Abu Khaled said: “The army fled before we arrived.”", "The army fled", "Abu Khaled"),
    case("a speaker who gives no name stays unnamed", "Families fled the district overnight. “We have no bread,” said a resident, who declined to give his name.", "We have no bread", "resident"),
    case("two descriptions of one person joined by 'and', the second opening on a place's name", "Two people were shot at a mall on Saturday. Kessel senator and Lund resident Tomas Berg released the following statement: “I was deeply saddened to learn about the shooting.”", "deeply saddened", "Tomas Berg"),
    case("no commas: 'Today' after a capitalised word ends an outlet's name, then its description", "Shelling went on all night. Kessel Today a local media outlet reported that “dozens of families” had fled the town.", "dozens of families", "Kessel Today"),
    case("a document's noun, then 'from' and a body's word: the body wrote it", "The town was retaken on Sunday. A statement from the army general command said “the operation achieved its goals”.", "achieved its goals", "army general command"),
    case("'you' in the interviewer's paragraph is the interviewee who answers", "Wikinews spoke to the candidate Tomas Berg.\n\n((WN)) Your manifesto also mentions an “animal management plan”. Could you tell us more?\n\n((Tomas Berg)) Pets are welcome in the city.", "animal management plan", "Tomas Berg"),
    case("a connective that opens the sentence without a comma is no part of the speaker's name", "Tomas Berg and Ana Ruiz met on Monday. Afterwards Ruiz said “the talks were good”.", "the talks were good", "Ana Ruiz"),
    case("one unnamed speaker in a named place, read back: the place is part of the description", "Fighting resumed overnight. A resident in Kessel told the agency “the shelling never stopped”.", "shelling never stopped", "resident in Kessel"),
    case("a day that is also a first name, before a comma, is no speaker's name", "Gunmen stormed the village. On Sunday, witnesses said the gunmen “opened fire without warning”.", "opened fire without warning", "witnesses"),
    case("no commas: a title, a person's name, then 'the' and a description after the quote", "Shelling hit the town again. “Most of the wounded are women and children” Dr Tarek Bitar the director of the Kessel hospital said.", "women and children", "Tarek Bitar"),
    case("a request not to be named is no speech; the speaker's own cue follows", "Food ran out last week. A mother of five in the Waar district who asked not to be named said “we eat one meal a day”.", "one meal a day", "mother of five in the Waar district"),
    case("a source at a named hospital: the hospital's kind word ends the place, the source speaks", "Mortar shells hit the old city. A medical source at Dar Kessel hospital told the agency that “three children were among the wounded”.", "three children", "medical source at Dar Kessel hospital"),
    case("a reported clause ends at a comma and a conjunction before a new speaker and cue", "Ambassador Henrik Sall met his counterpart, Yara Mendt, in Kessel. Sall said the talks were “constructive”, while Mendt said she remained “deeply concerned” about the border.", "deeply concerned", "Yara Mendt"),
    case("a document, then a past participle and its agent between commas: the agent wrote it", "Troops clashed with protesters in Kessel. The report, published by the Kessel Rights League on Monday, said soldiers had “fired into the crowd”.", "fired into the crowd", "Kessel Rights League"),
    case("a body's name joined by 'on' ('Commission on Missing Persons') is one name", "Remains were found near the border. The Kessel Commission on Missing Persons said they were “identified beyond doubt”.", "identified beyond doubt", "Kessel Commission on Missing Persons"),
    case("an indefinite role introduces someone new, not the person named before with that role", "Clara Weissmann, a lawyer with the Digital Freedom Alliance, called the law “a blank cheque”. Asked about the arrests, a lawyer said the suspect was “drawn in by an agent”.", "drawn in by an agent", "lawyer"),
    case("an indefinite role in apposition right after a name describes that name", "The plane fell near the town. Octavio Fonseca, a witness who was near where the plane fell, told a radio station that “the plane exploded in the air”.", "plane exploded", "Octavio Fonseca"),
    case("a description of a body, then its name joined by 'of': the name speaks", "A car bomb hit the hotel on Friday. The militant group Sons of Kessel said the hotel was “a meeting place for occupiers”.", "meeting place for occupiers", "Sons of Kessel"),
    case("a first name after a saint's word is the place's: 'near San Salvador Volcano' names no person", "The army denied charges by President Tomas Vik that jets bombed areas near San Salvador Volcano. “Violence solves nothing,” he said.", "Violence solves nothing", "Tomas Vik"),
    case("a question that ends its sentence, then a short sentence naming who asked: the asker, not the speaker before", "“They gave me a home,” Selma Dervish said. “Why should the jury believe you?” Ingrid Baal asked.", "jury believe you", "Ingrid Baal"),
    case("an exclamation that ends its sentence, then the speaker's own short sentence", "Selma Dervish said she was scared. “Nobody believes you!” Ingrid Baal said.", "Nobody believes you", "Ingrid Baal"),
    case("a body's word before a person's role ('a police spokesman') is one person, whom a later 'he' is", "Shots were heard overnight. A police spokesman said officers were examining footage. “We are confident we will find the driver,” he said.", "confident we will find", "police spokesman"),
    case("a military source that denied a claim is who a later 'he' is", "Rebels claimed the attack. A military source denied the claim. “No aircraft were hit,” he said.", "No aircraft were hit", "military source"),
    case("an indefinite 'a source in Place' is someone new, not the source described before", "The military source said the army advanced. Later a source in Kessel province told the agency that “the car was destroyed”.", "car was destroyed", "source in Kessel province"),
    case("a role 'with knowledge of' something: the whole description speaks, not what it knows of", "The talks resumed on Monday. A diplomat with knowledge of the talks said the delegation had threatened to “walk out by Friday.”", "walk out by Friday", "diplomat with knowledge of the talks"),
    case("a role 'familiar with' something after the cue: the description goes on past 'with'", "The talks resumed on Monday. “We will walk out,” said a diplomat familiar with the negotiations.", "We will walk out", "diplomat familiar with the negotiations"),
    case("'the two suspects had': a word of saying after a number is a noun, not a cue", "Two men were arrested. The Interior Ministry said in a statement that the two suspects had “links to an armed group.”", "links to an armed group", "Interior Ministry"),
    case("'according to a report by' a body: the report's noun is part of the phrase, and its author speaks", "The suspect was charged on Friday. The suspect “confessed,” according to a report by the Kessel Rights League.", "confessed", "Kessel Rights League"),
    case("'according to a statement from' a body: its author speaks", "The suspect was charged on Friday. The suspect “confessed,” according to a statement from police.", "confessed", "police"),
    case("'said, according to the release': the verb of saying names the speaker, not the release", "The governor signed the bill. Senator Ana Ruiz said, according to the release, “we need to protect them.”", "we need to protect them", "Ana Ruiz"),
    case("a capitalised role in the singular opening the sentence before a name is no part of the name", "The town was shelled overnight. Activist Mazen Halabi said the market was hit again. “Nothing is left,” the activist said.", "Nothing is left", "Mazen Halabi"),
    case("no commas: a name that 'its' looks back to is a body's, which 'the group' later is", "Shelling went on all day. Jaish al-Nur said its fighters had shot down a helicopter. “The helicopter was dropping barrel bombs” the group said.", "dropping barrel bombs", "Jaish al-Nur"),
    case("a document the subject's verb went out in ('claimed the strike in a statement') is the subject's", "The depot burned for hours. The army claimed the strike in a statement. “Our jets destroyed the depot,” the statement said.", "Our jets destroyed", "army"),
    case("two speakers' clauses joined by 'while' without a comma: the second quote is the second speaker's", "The border clash was the third this month. Ostrava said it was “provocation” while Velm said it was “incursions.”", "incursions", "Velm"),
    case("'was quoted as saying' after the quote: the one quoted is the subject before 'was'", "The border was closed on Monday. “We will respond to this attack,” Jonas Krail was quoted as saying.", "respond to this attack", "Jonas Krail"),
    case("'was quoted in a police report as saying': the one quoted, not the report", "Three men were charged. Rolf Gerber was quoted in a police report as saying “I did it for the money.”", "did it for the money", "Rolf Gerber"),
    case("a document described by a participle and 'late on Sunday' between commas still speaks", "The summit ended in Kessel. The final communiqué, released late on Sunday, said there must be “an immediate ceasefire.”", "immediate ceasefire", "final communiqué"),
    case("a short reported clause ending on a verb's words ('would be appealed') after a name in apposition is found", "The jury returned its verdict. Hale’s lawyer, Benedikt Rau, said the verdict would be appealed.", "verdict would be appealed", "Benedikt Rau"),
    case("'it' after a document without an author as the subject of the sentence before is that document", "The summit ended on Friday. The joint statement said the talks were useful. It added that a hotline would be set up “within ninety days.”", "within ninety days", "joint statement"),
    case("no commas: 'According to X at least 30 people were killed' reports X, whom 'the group' later is", "Shelling hit the town overnight. According to the Kessel Civil Defence at least 30 people were killed. “Our teams are still searching for survivors” the group said.", "still searching for survivors", "Kessel Civil Defence"),
    case("a group 'calling itself' a name is that name, which 'the group' later is", "A car bomb exploded near the market. An armed group calling itself the Red Dawn Front claimed the bombing. The group said the attack was “revenge.”", "revenge", "Red Dawn Front"),
    case("a cue whose subject is a thing ('the case showed') inside a reported clause leaves the quote to the verb of saying", "The trial ended on Friday. Justice Minister Ruth Akande, who also attended, said the case showed “the value of cooperation.”", "value of cooperation", "Ruth Akande"),
    case("'told parliament, according to a transcript, that': the verb of saying names the speaker, not the transcript", "The inquiry published its findings. Ivo Marr told parliament, according to a transcript, that the services had “failed at every level.”", "failed at every level", "Ivo Marr"),
    case("a surname that opens on its lowercase particle ('de Mistura') is the person named in full with it", "Talks resumed in Geneva. UN envoy Staffan de Kessel arrived on Monday. “The talks will resume” de Kessel said.", "talks will resume", "Staffan de Kessel"),
    case("no commas: an acronym before a person's name ('to the UN Viktor Lenz') is none of the name", "The council met again. The Norland ambassador to the UN Viktor Lenz spoke first. “The terrorists hide among civilians” Lenz said.", "terrorists hide", "Viktor Lenz"),
    case("'said in a joint statement': the statement is the speaker's, as 'the statement' later is", "Aid talks ended in Geneva. The Kessel Contact Group said in a joint statement that aid must flow. “Starvation must never be used as a weapon” the statement said.", "Starvation must never", "Kessel Contact Group"),
    case("a report 'published on Monday by' a body is the body's, also before a verb of saying", "The hearing was postponed. A report published on Monday by the Kessel Rights League accuses police of torture. “Detainees were beaten,” the report states.", "Detainees were beaten", "Kessel Rights League"),
    case("an age between commas before the description: 'the professor' is the person described", "The project is led by Ingrid Solheim, 45, a professor. “We started with nothing,” the professor said.", "started with nothing", "Ingrid Solheim"),
    case("'Her verdict was simple:' opens on her own words: the quote after the colon is hers", "For Greta Olsson, the sentence was not enough. Her verdict was simple: “Four years for stealing our old age.”", "Four years for stealing", "Greta Olsson"),
    case("a month that is a first name before a surname opens the name", "The vote passed on Monday. “It is a surrender,” said opposition leader June Okafor.", "It is a surrender", "June Okafor"),
    case("after a dateline on its own line, 'The' is no part of the body's name", "Sat Mar 4 2017\nThe Norland Foreign Ministry said Ostrava was “a sponsor of terror”.", "sponsor of terror", "Norland Foreign Ministry"),
    case("'her husband' is the one other person named with her surname", "Hanna and Emil Rask married young. “It was 1961,” Hanna Rask said. “It was 1962,” her husband replied.", "It was 1962", "Emil Rask"),
    case("'the 27-year-old' is the person given that age, not the one named last", "Birgit Lang, 42, and Marco Vitale, 27, entered the building first. “You just move,” the 27-year-old said.", "You just move", "Marco Vitale"),
    case("a trade named in apposition ('a fisherman') is who 'the fisherman' later is", "Erik Sande, a fisherman, fears the plan. “They say jobs, but which jobs?” the fisherman said.", "which jobs", "Erik Sande"),
    case("'the magazine' is the magazine named before", "The leak made headlines. The German magazine Der Kessel reported that the embassy had been bugged. The magazine said the bugging was “systematic”.", "systematic", "Der Kessel"),
    case("one unnamed person whose sentence tells he 'spoke to' reporters is whom 'he' then is, not a person named before", "Police named the victim as Felix Amundsen. A rebel commander spoke to reporters on Monday. He said: “Kessel is one of our enemies.”", "one of our enemies", "rebel commander"),
    case("a document between commas after a body's name and its place ('in Ostrava, in its statement,') is where the body spoke", "The Kessel Party in Ostrava, in its statement, said the mayor was a “gentleman politician”.", "gentleman politician", "Kessel Party"),
    case("a relative clause between commas after a place: the phrase reaches back over the place to the people it describes", "Shelling resumed overnight. Activists in Kessel, who asked not to be named, said: “We are treating people on the floor.”", "treating people on the floor", "Activists in Kessel"),
    case("a name given in a relative clause after a place ('A baker from Saraqib, who gave his name as') is the speaker", "The bakery was hit at dawn. A baker from Norvik, who gave his name as Abu Karim, said: “The oven was still hot when we left.”", "oven was still hot", "Abu Karim"),
    case("'said a resident who gave his name as X' without commas is X", "Prices doubled in a month. “A kilo of rice costs more than a teacher earns,” said a resident who gave his name as Abu Karim.", "kilo of rice", "Abu Karim"),
    case("'who goes by the name X' gives the unnamed fighter's name", "The front line moved again. A fighter who goes by the name Abu Hamza said: “They left their dead on the field.”", "left their dead", "Abu Hamza"),
    case("a role 'involved in' something keeps that phrase", "Buses arrived at dawn. A Norland official involved in the negotiations said buses would carry “around 2,000 gunmen.”", "around 2,000 gunmen", "Norland official involved in the negotiations"),
    case("'and' between capitals after 'of' is inside one body's name, which 'it' later is", "The Kessel Council of Trade and Industry warned of shortages. “Prices will rise,” it said.", "Prices will rise", "Kessel Council of Trade and Industry"),
    case("a source at a body whose name holds 'and' is not two speakers: 'the source' later is that source", "A source at the Foreign and Expatriates Ministry told SANA the strike was illegal. “This blatant aggression will fail,” the source said.", "blatant aggression", "source at the Foreign and Expatriates Ministry"),
    case("a month that is a first name opening a sentence opens the person's name, which 'he' later is", "Talks ended late. Jan Holberg spoke on Friday. “Today we make peace,” he said.", "Today we make peace", "Jan Holberg"),
    case("'said Jan Holberg': a month that is a first name right after the cue opens the name", "The treaty was signed. “Today we make peace,” said Jan Holberg.", "Today we make peace", "Jan Holberg"),
    case("'Minister of Information' before a person's name is a title (an Arabic first name opens the name)", "The fair opened in Kessel. Minister of Information Imad Sarraj said “we do not fear the truth.”", "do not fear the truth", "Imad Sarraj"),
    case("'The head of the Chamber of Commerce X said' is X, not the person named in the sentence before", "Economy Minister Ghassan Barakat opened the fair. The head of the Chamber of Commerce Mazen Tabbaa said “this is a window for our industry.”", "window for our industry", "Mazen Tabbaa"),
    case("'Speaker' of a parliament before a name is a title", "The debate ran late. “The motion is carried,” said Speaker Eva Nordin.", "motion is carried", "Eva Nordin"),
    case("a capitalised role opening the sentence before a name ('Conductor Helena Braun') is a title", "The composer died on Sunday. Conductor Helena Braun said: “He had a gift for melody.”", "gift for melody", "Helena Braun"),
    case("a name right after 'the group' is the group's, which 'the group' later is", "A warplane crashed near Kessel. The group Jabhat al-Furqan said it had shot it down. “The mujahideen downed the aircraft,” the group said.", "mujahideen downed", "Jabhat al-Furqan"),
    case("'the journal' is the journal named before", "The Medical Journal of Norland has called for a ban on energy drinks. “The drinks pose a clear risk,” the journal said.", "drinks pose a clear risk", "Medical Journal of Norland"),
    case("an unnamed teacher who spoke in the sentence before is whom 'he' is", "Prices rose again in Norvik. A teacher said the shortages were worse than last winter. “At least there was bread then,” he said.", "At least there was bread", "teacher"),
    case("'His party, the Democratic Movement,': the name after a body's description is the speaker", "Ivo Marr was arrested on Monday. His party, the Democratic Movement, said the arrest was “a political kidnapping”.", "political kidnapping", "Democratic Movement"),
    case("'The report, by the National Audit Office, said': the author between commas speaks", "The inquiry into the depots closed. The report, by the Norland Audit Office, said the stores showed “a degree of negligence”.", "degree of negligence", "Norland Audit Office"),
    case("'A preliminary statement from X said': an adjective before the document's noun, then its author", "Voting ended on Sunday. A preliminary statement from the Kessel observer mission said the vote had been “competitive and well administered”.", "competitive and well", "Kessel observer mission"),
    case("'Umm Khaled' is a mother named by her son, no 'Khaled Nasser' named before", "Khaled Nasser was killed in 2014. “We paid a lawyer and waited four years,” said Umm Khaled.", "We paid a lawyer", "Umm Khaled"),
    case("a person's name and a colon before a quote (a list of who said what) is the speaker", "Reactions to the deal came quickly.\n- Foreign Minister Lotte Brenner: “Our priority is the safe release of every hostage.”", "Our priority is the safe", "Lotte Brenner"),
    case("'came the reply from X' after a quote names its speaker", "The minister was asked about the charges. “Nonsense,” came the reply from Tomaz Bregar.", "Nonsense", "Tomaz Bregar"),
    case("a line break between a quote and 'said X, whose …' however long: the line is the quote's attribution", "The blast tore through the market.\n“It was like the sky was falling,”\nsaid Leila Norr, whose shop on Canal Street was destroyed in the blast.", "like the sky was falling", "Leila Norr"),
    case("a kind of place after the place's name ('the Joura district') stays in the description 'he' later is", "Water ran out last week. A resident of the Joura district said taps had been dry for days. “We carry buckets from the river,” he said.", "carry buckets", "resident of the Joura district"),
    case("'the researchers conclude' in the present names the quote's speaker", "The trial ran for two years. “The effect was consistent across all age groups,” the researchers conclude.", "effect was consistent", "researchers"),
    case("'said trade unionist Bo Eklund': ordinary words ending on a noun of who one is ('unionist') describe the name after them", "The plant will close in May. “It is a disgrace,” said trade unionist Bo Eklund.", "It is a disgrace", "Bo Eklund"),
    case("'His neighbour, Samer Kanjo, was more cautious.' then a quote alone: the name between commas is the subject who speaks", "Most families want to return. His neighbour, Samer Kanjo, was more cautious. “Nobody is coming back.”", "Nobody is coming back", "Samer Kanjo"),
    case("'His counterpart in Salqin, Yahya Othman, was even blunter:' a noun and its place, then the name, before a colon", "The water network is failing. His counterpart in Salqin, Yahya Othman, was even blunter: “The water network is finished.”", "water network is finished", "Yahya Othman"),
    case("a place of two words before 'local council' names the council, not the place", "Water trucks stopped coming. The Tal Marqab local council said: “The situation is catastrophic.”", "situation is catastrophic", "Tal Marqab local council"),
    case("'the post' after 'X wrote on Facebook that' is X's", "The bakery was hit at dawn. Abdulrahman Haddad wrote on Facebook that it had been destroyed. “They are bombing bread,” the post read.", "bombing bread", "Abdulrahman Haddad"),
    case("'of the' inside a body's name after a dash: 'the Center' later is the whole name, without 'The'", "Moscow, SANA - The Kessel Center for Reconciliation of the Opposing Parties said that militants shelled Hama. “The shelling killed two civilians,” the Center said.", "shelling killed two", "Kessel Center for Reconciliation of the Opposing Parties"),
    case("'he' after a quote naming a place looks past the place to the man who spoke before", "A commander in the area Abu Omar al-Shami confirmed the arrival of the convoy.\n\n“We saw vehicles crossing through Kafr Lusin,” he said.", "We saw vehicles", "Abu Omar al-Shami"),
    case("no commas: 'For his part al-Rawabdeh said' is the person named before, not 'his part'", "Faisal al-Rawabdeh arrived in Ankara on Monday. “We discussed Syria,” Mehmet Arslanturk said.\n\nFor his part al-Rawabdeh said: “The burden has become unbearable.”", "burden has become", "Faisal al-Rawabdeh"),
    case("'allege' in the present is a verb of saying", "The trial opened on Monday. Prosecutors allege the soldiers “deliberately fired on a car”.", "deliberately fired", "Prosecutors"),
    case("'the audit' is the document whose author was named with it", "Costs on the bridge tripled. An audit by the Kell Institute found the budget was ignored. “The governance was inadequate,” the audit said.", "governance was inadequate", "Kell Institute"),
    case("'Ambassador to the United States X': the place after 'to' is none of the name", "The envoy answered questions. “The presence is illegal,” Ambassador to the United States Konstantin Shelestov said.", "presence is illegal", "Konstantin Shelestov"),
    case("'Chairman of the Committee on International Affairs X': the body's words after 'on' are none of the name", "The vote was delayed. “The act is punishment,” Chairman of the Committee on International Affairs Leonid Sivtsov said.", "act is punishment", "Leonid Sivtsov"),
    case("a name between commas inside the reported clause before an intention ('the defendant, Tarik Vala, had planned') leaves the quote to the verb of saying", "The trial entered its third week. Prosecutor Alma Berisha told the jury that the defendant, Tarik Vala, had planned the killing “down to the last detail”.", "down to the last detail", "Alma Berisha"),
    case("', as the defence claims' after words that go on past the quote is no attribution of the quote", "The trial resumed. A forensic pathologist told the trial on Wednesday that the victim had died from “a single blow to the head” and not from a fall, as the defence claims.", "single blow", "forensic pathologist"),
    case("a headline's quote given to a role ('says minister') is the person the story names for the same words", "'We will not retreat,' says minister\nVARNA CITY — “We will not retreat,” the minister, Pavel Ostrik, said on Tuesday.", "We will not retreat", "Pavel Ostrik"),
    case("'in a written statement': an adjective before the document the subject's verb went out in", "The White Helmets condemned the attack in a written statement.\n\n“This massacre is a new crime,” the statement said.", "This massacre", "White Helmets"),
    case("a thing's cue after 'said in a statement that' leaves the quote to the verb of saying", "Two soldiers died in the blast. The ministry said in a statement that the attack showed the “true face of the terrorist organisation.”", "true face of the terrorist", "ministry"),
    case("a thing's cue after ', saying in a statement that' leaves the quote to the participle's subject", "Ostrava blamed the separatists, saying in a statement that the attack showed the “true face of the terrorist organisation.”", "true face of the terrorist", "Ostrava"),
    case("'the health minister' is not a minister named before with another portfolio", "Civil Aviation Minister Ivo Marr said 18 people died. Among the dead is the pilot. The health minister said, “The injured have been rushed to hospital.”", "injured have been rushed", "health minister"),
    case("a capitalised small word of titles inside a run ('Hope Without Borders') makes it a body's name, which 'the group' is", "Hope Without Borders said 250,000 people were homeless. “Children are sleeping in the open,” the group said.", "Children are sleeping", "Hope Without Borders"),
    case("'the airline' is the body the sentence before was about, though its name reads like a person's", "Norwind Airlines said profits fell. “It was a hard year,” the airline said.", "hard year", "Norwind Airlines"),
    case("'the firm' is the company the sentence before was about, though its name reads like a person's", "Tessaro Foods recalled 2 million jars of baby food on Friday. “We are acting out of an abundance of caution,” the firm said.", "abundance of caution", "Tessaro Foods"),
    case("an occupation opening a sentence before a name ('Curator Petra Nowak') is none of the name", "Curator Petra Nowak said: “Lio never wanted to be pinned down.”", "Lio never wanted", "Petra Nowak"),
    case("'the incumbent' is the person named with that title", "Incumbent Governor Sami Holt held a rally on Sunday. “Look at the roads,” the incumbent told supporters.", "Look at the roads", "Sami Holt"),
    case("'the former minister' is the one given as former, not the minister named last", "Former finance minister Ola Berg attacked the budget. “It is reckless,” said Finance Minister Jens Dal. The former minister replied: “It is honest.”", "It is honest", "Ola Berg"),
    case("'the defendant' is none of the officials named before", "Two boys were charged. “We thank the community,” Detective Ray Jansen said. The defendant said: “I am innocent.”", "I am innocent", "defendant"),
    case("'the statement' after 'a statement from the interior ministry' is the ministry's", "A statement from the interior ministry said 17 people had died. “Rescue teams have reached all the vehicles,” the statement said.", "Rescue teams", "interior ministry"),
    case("'The lawsuit, filed by X,' speaks as X", "The lawsuit, filed by the Kessel Rights League, alleges that Visage “harvested millions of images without consent”.", "harvested millions", "Kessel Rights League"),
    case("', quoting X' after the cue gives the words to X", "The party launched its platform on Monday. “This campaign is about the future,” the statement said, quoting party leader Ana Sorel.", "This campaign", "Ana Sorel"),
    case("'protested' after a quote is a verb of saying", "“Your time is up,” Ken Oyelaran said. “I have ten seconds left,” Agnes Tully protested.", "ten seconds left", "Agnes Tully"),
    case("'With those words, X' after a quote standing alone names its speaker", "The hearing opened at nine. “We made mistakes, and we own them.” With those words, Hugo Larsen opened his testimony.", "We made mistakes", "Hugo Larsen"),
    case("'Those were the words of X' after a quote standing alone names its speaker, over the speaker before", "“We searched every house,” a police spokesman said. “There is no longer any realistic hope of finding people alive.” Those were the words of navy commander Felix Arn.", "no longer any realistic hope", "Felix Arn"),
    case("'So said X' after a quote names its speaker", "Ivo Marr spoke first. “We are ready to govern.” So said Liberal leader Harald Jensen at the rally.", "ready to govern", "Harald Jensen"),
    case("a first name of either sex ('Andrea', a man's in Italy) is 'he' too", "Andrea Conti said the talks had been frank. “We will need patience,” he said.", "need patience", "Andrea Conti"),
    case("'said an official at the ministry of health': a body's word in lowercase after the role's preposition is part of the description", "Hospitals in the north were overwhelmed. “We have no beds,” said an official at the ministry of health.", "We have no beds", "official at the ministry of health"),
    case("an occupation before a name makes 'he' the named person, not the speaker before", "Chairman Oliver Brandt said the club would not sign anyone. Rovers forward Davi Amora was frustrated. “Everybody wants more competition,” he said.", "Everybody wants", "Davi Amora"),
    case("a quote in an interview answer's later, untagged paragraph is the interviewee's", "We spoke to Perttu Lind.\n\n((WN)) Why did you start?\n\n((Perttu Lind)) It began as a challenge.\n\n“Hi, my hobby is taking over the world.” Well, it is a joke.", "Hi, my hobby", "Perttu Lind"),
    case("'Its foreign ministry' is the ministry as written, without 'its'", "Kessel denied involvement. Its foreign ministry said the convoy was “unauthorised”.", "unauthorised", "foreign ministry"),
    case("'he' after one unnamed firefighter who spoke is the firefighter", "The fire burned for six hours. A firefighter spoke to reporters. “We could hear people calling for help,” he said.", "calling for help", "firefighter"),
    case("'said opposition MP X': an ordinary word before an abbreviated role in capitals after the cue", "Parliament met after the attack. “We are safe,” said opposition MP Katya Morin.", "We are safe", "Katya Morin"),
    case("'the health minister' is the one named with that portfolio between commas, not the minister named last", "The health minister, Priya Donn, and the education minister, Karl Brun, spoke on Monday. “Hospitals are near capacity,” the health minister said.", "near capacity", "Priya Donn"),
    case("a quote after one whose words 'according to a transcript' were read is still its speaker's", "“There were three of them,” Omar Latif told police, according to a transcript. “They had guns.”", "They had guns", "Omar Latif"),
    case("'a statement read by her office:' is the subject's statement, no cue of its own", "The MP, Ruth Adeyemi, said in a statement read by her office: “I am grateful to the police.”", "grateful to the police", "Ruth Adeyemi"),
    case("'the agency' after a sentence about a person is no person, whatever the first name", "Selim Aydar dug for nine days. The agency said volunteers were “indispensable”.", "indispensable", "agency"),
    case("'the doctor' is the person given the title 'Dr.', not the speaker before", "Dr. Miriam Castell is the only surgeon in Ravno. Her nurse, Tomas Beric, praised her. “She never raises her voice,” he said. Asked about the praise, the doctor smiled. “Panic is a luxury.”", "Panic is a luxury", "Miriam Castell"),
    case("'the agronomist' is the person an indefinite description between commas named so", "Peter Kariuki, an agronomist with the Lomara cooperative, said yields had fallen.\n\n“It is a trap,” the agronomist said.", "It is a trap", "Peter Kariuki"),
    case("'Ilham', a woman's name in Arabic and Kurdish, is 'she' too", "Ilham Daoud said the Kurds did not seek independence. “We want a decentralised Syria,” she said.", "decentralised Syria", "Ilham Daoud"),
    case("a plural possessive inside a body's name ('the Teachers' Union') goes on to the body's word", "The Teachers' Union welcomed the sentence, saying: “Drones are a daily menace.”", "daily menace", "Teachers' Union"),
    case("'the judge' is no person the story is about, named in the sentence before", "Tomas Reyne was jailed on Monday for fraud. “He deceived hundreds of savers,” the judge said.", "deceived hundreds", "judge"),
    case("'the lawmaker from Kent' refers back to the person the sentence before was about", "Andrew Pell, a former minister, said aircraft could help. “The world has a duty here,” the lawmaker from Kent said.", "world has a duty", "Andrew Pell"),
    case("'Adding,' opening a sentence right before a quote goes on the quote before", "Tarn Hollis noted, “I have never put my own interests first.” Adding, “I know I have done no wrong.”", "done no wrong", "Tarn Hollis"),
    case("'Name, another resident said:' with no comma before the cue is the name's", "Residents hid as the shelling went on. Hana Sirro, another resident said: “We were woken up by the explosions.”", "woken up by the explosions", "Hana Sirro"),
    case("'about bank claims that' is a noun, no cue: the quote after is the subject's", "Ross Avery said the attack worked. He was scathing about bank claims that the system was safe. “The banks are wrong.”", "banks are wrong", "Ross Avery"),
    case("'the country's army' is the army, as 'its army' is", "In a statement on state television, the country's army said: “We will not use force against the people.”", "will not use force", "army"),
    case("'another added' after 'one said' is another of the people named in the plural", "Many protesters said the new cabinet changed nothing. “We want a civilian government,” one said. “This is the same regime,” another added.", "same regime", "protester"),
    case("'Counselor' is a role before a name, no part of it", "The inquiry was led by Special Counselor Maria Birch. “Witnesses must tell the truth,” Ms. Birch said.", "must tell the truth", "Maria Birch"),
    case("'deemed' is a verb of saying: the relative clause's subject deems the attack so", "Six people were hurt in a stabbing in Lunden, which Mara Vell, the nation's prime minister, deemed a “terrorist attack”.", "terrorist attack", "Mara Vell"),
    case("a passive's agent described between commas before 'as' is the speaker", "The terms were criticised by Lena Sorel, president of the Kessel Rights Centre, as a “modern gag order”.", "modern gag order", "Lena Sorel"),
    case("'Ms Gibbons' chief lawyer' (an apostrophe alone after -s) is the owner's lawyer, not the owner", "Gillian Tobbins was jailed on Monday. After the trial, Ms Tobbins' chief lawyer described the verdict as “not bad”.", "not bad", "Gillian Tobbins' chief lawyer"),
    case("'expressed' a quoted phrase is a verb of saying", "Foreign Secretary Tom Arlen met the ambassador. During the meeting Mr Arlen expressed “in the strongest terms” the government's concern.", "strongest terms", "Tom Arlen"),
    case("'went on for' is lasting, no verb of saying: the quote is the claim's", "The senator claims he would be fine if the shutdown went on for “years.”", "years", "senator"),
    case("'X called it “…,” according to NBC': the one who called it said it, not the outlet", "Mara Quist called the senator's conduct a “breach of his duties,” according to NBC.", "breach of his duties", "Mara Quist"),
    case("a noun 'described by X as “…”' (no comma) is X's description", "Tracking data shows the ship moved on Monday, with a pattern described by Lomar Shipping News as “rather hectic and confused”.", "rather hectic", "Lomar Shipping News"),
    case("'Further going on to say,' (an adverb, then a participle) goes on the quote before", "Tarn Hollis noted, “I have never put my own interests first.” Further going on to say, “I have never taken a bribe.”", "never taken a bribe", "Tarn Hollis"),
    case("'a spokesperson for the website Facebook' is the spokesperson, for the body named", "A spokesperson for the social networking website Lumio said “limiting access is a matter of concern.”", "matter of concern", "spokesperson for Lumio"),
    case("'Name, whose daughter died,' gives the name no woman's role: 'he' is still him", "Lars Engler, whose daughter died in the fire, spoke to reporters. “She should have come home,” he said.", "should have come home", "Lars Engler"),
    case("'X described the talks as “…”, according to Radio Y' is X's, not the outlet's", "Lena Osric described the talks as “constructive”, according to Radio Estrava.", "constructive", "Lena Osric"),
    case("'A nurse was less forgiving.' makes the nurse the one 'she' is", "The council apologised. A nurse was less forgiving. “They were warned about this ten years ago,” she said.", "warned about this", "nurse"),
    case("'A report by X published on Wednesday said': the participle is none of the author's name", "A report by Orvan Watch published on Wednesday said detainees were held in “appalling conditions”.", "appalling conditions", "Orvan Watch"),
    case("'A report by X, published on Monday, said': the aside is none of it either", "A report by the Kessel Rights League, published on Monday, said the centre was “unfit for human habitation”.", "unfit for human", "Kessel Rights League"),
    case("'a plan that critics called “…”': the subject after the relative 'that' is the speaker", "Officials have shelved a plan that critics called “the highway to nowhere”.", "highway to nowhere", "critics"),
    case("'what one rebel dubbed “…”' is the rebel's", "Heavy rain hampered air operations, creating what one rebel dubbed “a divine no-fly zone”.", "divine no-fly zone", "rebel"),
    case("'The chief economist at Halden Bank, Name,' is the person named, not the bank", "The chief economist at Halden Bank, Priya Colquin, said growth would be “close to zero”.", "close to zero", "Priya Colquin"),
    case("'van der' (two particles) stays inside the name", "Mayor Anke van der Bosch said: “We have done it before.”", "done it before", "Anke van der Bosch"),
    case("'said Jan van Dijk': a month that is a first name, before a name's particle, opens the name", "The dyke held overnight. “We have done it before,” said Jan van Dijken.", "done it before", "Jan van Dijken"),
    case("'Ms Harris's lawyer' is the lawyer named before, when one was", "Lena Harte was charged on Monday. Her lawyer, Ivo Marren, was in court. “The charges are absurd,” Ms Harte's lawyer said.", "charges are absurd", "Ivo Marren"),
    case("'Minister of Interior Name': a title with 'of' and a title word before the name", "Minister of Interior Maria Hollen said the border would stay “closed until further notice”.", "closed until further", "Maria Hollen"),
    case("a passive coordinated with one before it has its own agent", "The treaty was hailed as “historic” by Kaia Dorn and condemned as “a surrender” by Bea Korrin.", "a surrender", "Bea Korrin"),
    case("'A memo from the ministry, seen by this newspaper, says': the aside is none of the author", "A leaked memo from the defence ministry, seen by this newspaper, says the army is “dangerously short of shells”.", "dangerously short", "defence ministry"),
    case("'Dozens of farmers … one said': one of the farmers", "Dozens of farmers blocked the ring road. “We cannot pay our bills,” one said.", "cannot pay our bills", "farmer"),
    case("'The Central Bank of Norland' is a body's name, no person 'Central Bank'", "The Central Bank of Norland said inflation risks remained “tilted to the upside”.", "tilted to the upside", "Central Bank of Norland"),
    case("'the retired general' is the general given as former, 'retired' qualifying the role", "Former army chief General Walter Brissen said the withdrawal was “badly planned”. “I warned about this in writing,” the retired general said.", "warned about this", "Walter Brissen"),
    case("a quote over paragraphs in copy that lost its breaks: the second paragraph is the same speaker's", "Kai Berg, the justice secretary, said: \"Dr Lund was an exceptional man with a brilliant mind. His work helped to end the war. \"His later life was overshadowed by his conviction, a sentence we would now consider unjust. Dr Lund deserves to be remembered.\" Prime Minister Ivo Marr said: \"Lund was a remarkable man.\"", "His later life", "Kai Berg"),
    case("the first paragraph of such a quote is a quote of its own", "The pardon was granted on Monday. Kai Berg, the justice secretary, said: “Dr Lund was an exceptional man. He helped to end the war. “His later life was overshadowed by his conviction.” Prime Minister Ivo Marr said: “Lund was a remarkable man.”", "exceptional man", "Kai Berg"),
    case("a capitalised nationality, a lowercase word and an abbreviated role before a name ('Welsh nationalist MP')", "“The government must act now,” said Welsh nationalist MP Rhodri Vane.", "must act now", "Rhodri Vane"),
    case("'the teenager' is the person the story is about", "Daniel Aldor was recruited at 15 to drive migrants across the border. “They said children do not go to prison,” the teenager said.", "children do not go", "Daniel Aldor"),
    case("'the former smuggler' is the person named before", "Ivo Marr spent six years moving people across the mountains. “I knew every path and every guard,” the former smuggler said.", "every path", "Ivo Marr"),
    case("'the trafficker' is the person named before", "Tomas Ekdal was arrested in May at the port. “I only drove the van,” the trafficker told the court.", "drove the van", "Tomas Ekdal"),
    case("'his counterpart' is the counterpart named before", "Ivo Marr hosted his counterpart, Dana Ruel, in Velmora. “This visit was long overdue,” his counterpart said.", "long overdue", "Dana Ruel"),
    case("a quote in the clause of a verb of saying before it, then ', but' and a clause of its own with a cue", "The army said 11 soldiers were killed “while repelling the assault”, but the militants claimed more than 40 died.", "while repelling", "army"),
    case("'According to police, the suspect said: “…”': the quote is the suspect's", "According to police, the suspect said: \"Nobody move.\"", "Nobody move", "suspect"),
    case("'Witnesses said the gunman shouted “…”': the shout is the gunman's", "Witnesses said the gunman shouted \"nobody move\" before opening fire.", "nobody move", "gunman"),
    case("a body's name with 'on' in it ('the Commission on …')", "According to the Commission on Regional Debates, moderators would have “additional tools” in future.", "additional tools", "Commission on Regional Debates"),
    case("a survey conducted by a named pollster speaks as the pollster", "The poll, conducted by Danvers Polling, found that most voters regarded the government as “out of touch”.", "out of touch", "Danvers Polling"),
    case("'backbenchers' are people", "Forty backbenchers said the policy was “electoral suicide” for the party.", "electoral suicide", "Forty backbenchers"),
    case("'an aide to the minister' keeps whose aide", "According to a senior aide to the minister, the resignation was “only a matter of time”.", "matter of time", "senior aide to the minister"),
    case("a quote a colon introduces after 'told her' inside another's clause is the teller's", "Colonel Jan Dreyer said General Rolf Haas had told him: “Hold the bridge at all costs.”", "Hold the bridge", "Rolf Haas"),
    case("a document's author before a colon ('The statement from X was short:')", "The statement from the Kessel Red Cross was short: “Our staff were killed at the crossing.”", "Our staff", "Kessel Red Cross"),
    case("'the agency' is the body a person spoke for, named by its acronym", "Ivo Marr of UNHCR said the camps were full. “The response is only 12 per cent funded,” the agency said.", "12 per cent", "UNHCR"),
    case("a title ending in 'Foreign Affairs' before a name in apposition", "The Minister for Foreign Affairs, Lena Osei, said the talks had been “frank and useful”.", "frank and useful", "Lena Osei"),
    case("'…, the ministry said Monday.': a day after the cue is when, no clause", "The talks failed, the ministry said Monday.", "talks failed", "ministry"),
    case("'A woman whose husband is missing said:'", "A woman whose husband is missing said: “I just want to know if he is alive.”", "want to know", "woman"),
    case("a description in '-based' is no person's name", "A Turkey-based Syrian woman said the warplanes struck “early in the morning”.", "early in the morning", "Turkey-based Syrian woman"),
    case("'said that the gunman shouted “…”': the shout is still the gunman's after 'that'", "A witness testified that the gunman had shouted “nobody leaves” before opening fire.", "nobody leaves", "gunman"),
    case("'the rise would add “…”': adding up after a modal is no verb of saying", "The association said on Friday that the rise would add “hundreds of crowns a month” to rents.", "hundreds of crowns", "association"),
    case("'he' after a sentence about 'the suspect' is the suspect", "The suspect had pledged allegiance to the group weeks before. “I want to do something big,” he said in a video.", "something big", "suspect"),
    case("'he' after a sentence about a detective who testified", "A detective testified on Monday by video link. “The accused was the logistician of the cell,” he told the court.", "logistician", "detective"),
    case("'it' after a sentence about 'the monitor', no body named", "The monitor said the dead included seven children. “The strikes targeted a crowded market,” it said.", "crowded market", "monitor"),
    case("a body's proper name with 'for' goes on to its place ('… in Syria')", "The Coalition for Civilians in Syria said the strikes “may amount to war crimes”.", "war crimes", "Coalition for Civilians in Syria"),
    case("'deputy' is a role: 'former foreign minister and opposition deputy X'", "Former foreign minister and opposition deputy Dante Aruba supported the declaration and said that \"to accept the invasion would be a mistake,\" adding that such ideas must be rejected.", "accept the invasion", "Dante Aruba"),
    case("a lowercase word before a capitalised title in apposition ('state Sen.')", "Her opponent, state Sen. Ivo Marr, said: “Voters have seen a governor out of touch.”", "out of touch", "Ivo Marr"),
    case("a person who reads a statement reads it aloud", "A police spokesman read a statement outside the station: “The suspect has been arrested.”", "has been arrested", "police spokesman"),
    case("'A resident of Deraa who gave his name as …' is that name", "A resident of Deraa who gave his name as Abu Jamal said troops had set up checkpoints. “Nobody can get in or out,” he told AFP.", "Nobody can get in", "Abu Jamal"),
    case("'as X dubs it, a “…”'", "The law is, as the Ledger News Service dubs it, a “clumsy effort” to curb the practice.", "clumsy effort", "Ledger News Service"),
    case("a document written by a person named in apposition ('by the accused, Dario Fenn') is that person's", "Police found a manifesto written by the accused, Dario Fenn. “The time for words is over,” the manifesto said.", "time for words", "Dario Fenn"),
    case("a body's name with 'on' and 'and' ('the UN Office on Drugs and Crime')", "“Trafficking routes are diversifying,” said the UN Office on Drugs and Crime.", "routes are diversifying", "UN Office on Drugs and Crime"),
    case("'one of them said' after people named in the plural", "Customs officials spoke to reporters at the port. “The paperwork was perfect,” one of them said.", "paperwork was perfect", "official"),
    case("an abbreviated rank ('Supt.') does not end the sentence", "\"We are ready,\" Supt. Ivo Marr told reporters.", "We are ready", "Ivo Marr"),
    case("an age before the name in apposition ('A survivor, 17-year-old Abdi Farah,')", "A survivor, 17-year-old Abdi Farah, said: “I paid 3,000 dollars for a place on that boat.”", "3,000 dollars", "Abdi Farah"),
    case("'A police statement released Tuesday said': the issuing participle and its day are none of the author", "A police statement released Tuesday said the camps were “severely overcrowded”.", "severely overcrowded", "police"),
    case("'A document seen by Reuters said': who saw a document did not write it", "A document seen by the Ledger said subsidies had become “unsustainable” for the state.", "unsustainable", "document"),
    case("'“…,” X said, according to Norpress' after a dateline: X said it, Norpress reported it", "ORSK (AFP) — “We will rebuild every house,” Halla Brun said, according to Norpress.", "rebuild every house", "Halla Brun"),
    case("'the state news agency' is no country named in the clause it reports", "Syria will hold “early and free” elections next spring, the state news agency said.", "early and free", "state news agency"),
    case("'a person familiar with the matter' keeps what the person is close to", "“A deal is days away,” said a person familiar with the matter.", "days away", "person familiar with the matter"),
    case("'put the death toll at' reports a figure", "The army said 11 soldiers were killed, but the militants put the death toll at “more than 40”.", "more than 40", "militants"),
    case("a document's author before a time ('after the summit') is the speaker", "A communiqué issued by the Coastal Cooperation Council after the summit called for “restraint on all sides”.", "restraint on all sides", "Coastal Cooperation Council"),
    case("a quote standing alone, then 'X made the remarks'", "“The threat level remains severe.” Interior Minister Petra Lind made the remarks on Friday in Velmora.", "threat level", "Petra Lind"),
    case("a quote standing alone, then 'The words came from X'", "“We are still counting the dead.” The words came from Selim Kor, director of the city hospital.", "counting the dead", "Selim Kor"),
    case("a quote standing alone, then 'So says X'", "“The boats leave from the beaches at night.” So says Tomas Ekberg, a former fisherman.", "boats leave", "Tomas Ekberg"),
    case("'according to a statement' names no author: the verb of saying before the quote keeps it", "The ministry condemned the attack “in the strongest terms”, according to a statement.", "strongest terms", "ministry"),
    case("a sentence ends after 'on X.' before a quote: 'the post' is the post's author's", "The area was cordoned off, police said in a post on X. “Please avoid the area,” the post said.", "avoid the area", "police"),
    case("a role inside a capitalised title ('National Security Adviser') ends it before a first name", "National Security Adviser Mira Solberg said the talks had failed. She added, “We will not wait for them.”", "not wait for them", "Mira Solberg"),
    case("'the men' are people in the plural, not the one named in the sentence before", "Steven Marr and Tomas Berg were arrested in May. “We did nothing wrong,” the men told reporters.", "did nothing wrong", "men"),
    case("'the gunmen' are people in the plural, not the one the sentence before was about", "Ivo Marr was seized at his home in May. “We will be back,” the gunmen shouted as they drove off.", "will be back", "gunmen"),
    case("a phrase of place opening the sentence is no apposition of the subject after its comma", "At the Metropolitan Cathedral, the bishop said: “We cannot remain silent.”", "cannot remain silent", "bishop"),
    case("'the team' is the team named before", "Team Arcadia has withdrawn from the race. “We are shocked,” the team said.", "are shocked", "Team Arcadia"),
    case("'the chamber' is the chamber of commerce named before", "The Kessel Chamber of Commerce criticised the decision. “Many members are struggling,” the chamber said.", "members are struggling", "Kessel Chamber of Commerce"),
    case("'the front' is the front named before", "The Los Ceibales Revolutionary Front claimed the attack. The front said the action was “a response to the massacre.”", "response to the massacre", "Los Ceibales Revolutionary Front"),
    case("'the guild' is the guild named before", "The Selt Dock Guild rejected the offer. “It is an insult,” the guild said.", "an insult", "Selt Dock Guild"),
    case("an ampersand joins a firm's name", "“Edda was kind and generous,” Marlowe & Finch said in a statement.", "kind and generous", "Marlowe & Finch"),
    case("'Emeritus' after a title is no part of the name", "Archbishop Emeritus Florencio Aguilar said: “Both sides believe they can win.”", "Both sides believe", "Florencio Aguilar"),
    case("a cue inside a relative clause between commas is the clause's; the cue after it binds the quote", "“We were told it was a school,” a former fighter, who asked not to be named because he fears reprisals, said.", "told it was a school", "former fighter"),
    case("'X, says Y, “…”': a verb of saying between commas interrupts the clause; its speaker follows it", "Recruiters, says Mira Hassan, “know exactly which boys are lonely.”", "which boys are lonely", "Mira Hassan"),
    case("'a recruiter named X' is who 'the recruiter' is", "A recruiter named Abu Sami sat down. “You are wasting your life,” he told Idris Kamal. “What else is there?” Idris asked. “Paradise,” the recruiter said.", "Paradise", "Abu Sami"),
    case("'Alhaji' is a title, no part of the name", "“We will rebuild the market,” said Alhaji Musa Okafor.", "rebuild the market", "Musa Okafor"),
    case("a hyphenated rank ('Brigadier-General') is a title", "“We are ready,” said Brigadier-General Kelechi Tarfa.", "We are ready", "Kelechi Tarfa"),
    case("'Engr.' is an abbreviated title, no sentence's end", "“We are ready,” Engr. Musa Okafor said.", "We are ready", "Musa Okafor"),
    case("'binti' is a particle inside a name", "“We are ready,” said Noraini binti Yusof, the minister.", "We are ready", "Noraini binti Yusof"),
    case("'The Governor of Kwara State, Musa Okafor,' is the subject a participle's quote goes to", "The Governor of Kwara State, Musa Okafor, has condemned the attack, calling it “barbaric and cowardly”.", "barbaric and cowardly", "Musa Okafor"),
    case("'they' after two people named together is both", "Lena Osei and Ivo Marr visited the camp. “It is a disgrace,” they said.", "It is a disgrace", "Lena Osei and Ivo Marr"),
    case("'the former' is the first of the two people named before", "Lars Eke and Nora Vinter spoke at the memorial. “I still hear the shots every night,” the former said.", "shots every night", "Lars Eke"),
    case("'the latter' is the second of the two people named in the sentence before", "Marta Quell and Anton Brisk clashed outside the court. The latter told reporters that “the evidence is overwhelming.”", "evidence is overwhelming", "Anton Brisk"),
    case("'a report released on Tuesday by X' is X's: a time between the participle and its agent", "Guards “routinely beat detainees,” according to a report released on Tuesday by Human Shield Norland.", "routinely beat detainees", "Human Shield Norland"),
    case("'On Monday aid workers said': the day opening the sentence is no part of the speaker", "On Monday aid workers said the camp was “overflowing.”", "overflowing", "aid workers"),
    case("recased wire copy: a body's words, a role and a name after 'according to'", "SAN SALVADOR, 3 JAN 90 (ACAN) -- [TEXT] \"THE ELECTIONS WILL TAKE PLACE ON THE SCHEDULED DATE,\" ACCORDING TO CENTRAL ELECTORAL COUNCIL PRESIDENT ROMULO ESTRADA BONILLA.", "ELECTIONS WILL TAKE PLACE", "Romulo Estrada Bonilla"),
    case("a quote standing alone, then 'That was the account of X'", "“They had been walking for days.” That was the account of Ivo Marr, a volunteer.", "walking for days", "Ivo Marr"),
    case("a quote standing alone, then 'The words come from X'", "“We are seeing children in the kilns.”\n\nThe words come from Ravi Anand, a researcher.", "children in the kilns", "Ravi Anand"),
    case("'said the surgeon, Dr. Lotte Kamp': a title's dot inside the name after the comma", "“It is a miracle he survived,” said the surgeon, Dr. Lotte Kamp.", "miracle he survived", "Lotte Kamp"),
    case("'identified only as X' after a role and a comma gives the name; the hearer is no speaker", "“I saw him raise the gun,” the witness, identified only as Sandra Koll, told the court.", "raise the gun", "Sandra Koll"),
    case("a name ending a phrase that opens the sentence is given no role by the description after its comma", "The bishop arrived late. After meeting President Alfredo Montenegro, the bishop said: “We cannot remain silent.”", "cannot remain silent", "bishop"),
    case("'In a statement signed by his spokesman, X, the President said': the president speaks", "President Tanko Waziri mourned the victims. In a statement signed by his spokesman, Femi Bankole, the President said: “This is a painful tragedy.”", "painful tragedy", "Tanko Waziri"),
    case("a party and a constituency in brackets after a name are an aside, not the speaker", "Senator Garba Yola (APC, Kano Central) said the attack was “an outrage.”", "an outrage", "Garba Yola"),
    case("'she' after a role with no name, no person named before: the role", "The minister said the attack was vile. “Terrorism will not win,” she said.", "Terrorism will not win", "minister"),
    case("'X's family said': the family, not X", "Clara Meier's family said: “We ask her captors to show mercy.”", "show mercy", "Clara Meier's family"),
    case("'the family of aid worker X': the family, described as written", "The family of aid worker Clara Meier said: “We ask her captors to show mercy.”", "show mercy", "family of aid worker Clara Meier"),
    case("'The parents of the hostage, X,': the name is the hostage's, the parents speak", "The parents of the hostage, Clara Meier, said: “We ask her captors to show mercy.”", "show mercy", "parents of the hostage Clara Meier"),
    case("'Whenever' opening the sentence is no part of its subject", "Whenever the family would say, “Why do you need it?”, we left.", "Why do you need it", "family"),
    case("'a poll shows' is a new document, not the lawsuit before it", "His family has filed a lawsuit claiming he was murdered. A poll shows that most voters believe the “government has hidden the truth.”", "hidden the truth", "poll"),
    case("'Under-Secretary-General' is a title", "Under-Secretary-General Ivo Marr said the truce was “fragile but holding”.", "fragile but holding", "Ivo Marr"),
    case("'the Ambassador of X' is not one named before as the ambassador of another country", "Rosa Ilvane, the Ambassador of Calvenia, spoke first. The Ambassador of Estrelia said the restrictions were “temporary”.", "temporary", "Ambassador of Estrelia"),
    case("'X, in a message delivered by Y, said': X speaks", "The Secretary-General, in a message delivered by Lena Osei, said that trafficking had become “a global industry of misery”.", "global industry", "Secretary-General"),
    case("'the testimony of a survivor who told': 'who' is the survivor", "The delegate recalled the testimony of a survivor who told investigators: “They took our passports.”", "took our passports", "survivor"),
    case("a report's author, then a participle with a place and a day between commas", "A report by the Kessel Rights League, presented to the Council on Tuesday, said the militia profited from “the systematic taxation of migrants”.", "systematic taxation", "Kessel Rights League"),
    case("'called on states to': 'states' is the object, 'called on' the cue", "Mira Kostova called on states to “share data on trafficking routes in real time.”", "share data", "Mira Kostova"),
    case("'called on neighbouring states to': past an adjective too", "Mira Kostova called on neighbouring states to “share data on trafficking routes in real time.”", "share data", "Mira Kostova"),
    case("'the spokesman' after 'A spokesman for X released a statement'", "A spokesman for the Interior Ministry released a statement on Friday. “Five suspects were arrested,” the spokesman said.", "Five suspects", "spokesman for the Interior Ministry"),
    case("a line that opens on a dash and names someone signs the quote above it", "“We need a joint response.”\n— Ivo Marr, minister of the interior", "joint response", "Ivo Marr"),
    case("'a Kessel police post': the name and the body's word are the author", "According to a Kessel police post on Facebook, the suspects were “detained without incident”.", "detained without incident", "Kessel police"),
    case("'A lawsuit filed by former workers claims': the workers are its authors", "A lawsuit filed by former workers claims the firm “knowingly hired trafficked labour.”", "knowingly hired", "former workers"),
    case("a body's name joined by 'of the' owns its statement", "The Brigade of the Eastern Gate's statement said the attack was “revenge”.", "revenge", "Brigade of the Eastern Gate"),
    case("'officials briefed on the talks said': the officials, not the talks", "“The draft is dead,” three diplomats briefed on the talks said.", "draft is dead", "three diplomats briefed on the talks"),
    case("'a resident who gave only her first name, Amina, told AFP': Amina, not the outlet", "“It is a massacre,” a resident who gave only her first name, Amina, told AFP.", "a massacre", "Amina"),
    case("'Another official, X,' named after an anonymous official is someone else", "“The routes have moved east,” a senior official said. Another official, Sven Oda, disagreed.", "moved east", "senior official"),
    case("a rank's abbreviation without its dot is a title", "Supt Lena Osei said: “Officers were called at 11pm.”", "Officers were called", "Lena Osei"),
    case("a rank's abbreviation with its dot before a surname given in full before", "Brig. Anele Mthembu said the syndicate smuggled cable. “These criminals are sabotaging our economy,” Brig. Mthembu said.", "sabotaging our economy", "Anele Mthembu"),
    case("'the post said' after 'said in a Facebook post': the one who posted, not the network", "The sheriff's office said in a Facebook post that a man was arrested. “This is one of the largest seizures,” the post said.", "largest seizures", "sheriff's office"),
    case("'X said in a Facebook post' after the clause: X wrote the post", "A man was arrested Tuesday, the Garrow County Sheriff's Office said in a Facebook post. “This is one of the largest seizures,” the post said.", "largest seizures", "Garrow County Sheriff's Office"),
    case("'said Lt. X of the Vice Unit': the officer, past the title's dot", "“Many had their passports taken,” said Lt. Marcus Webb of the Vice Unit.", "passports taken", "Marcus Webb"),
    case("'he' after an unnamed person who told a newspaper: the person, not the paper", "A former drug dealer told the Valley Courier that recruitment begins early. “They find the kids nobody's watching,” he said.", "find the kids", "former drug dealer"),
    case("'said one witness, a shopkeeper named X': the name given to the role", "“The whole building shook,” said one witness, a shopkeeper named Yusuf Derrin.", "building shook", "Yusuf Derrin"),
    case("'the general said' after 'X met the general': the general, not X", "Hana Lind met the general in October. “Sign whatever you like,” the general said.", "Sign whatever", "general"),
    case("'the general said' after 'X is a general': X", "Hana Lind is a general. “Sign whatever you like,” the general said.", "Sign whatever", "Hana Lind"),
    case("'the spokeswoman' after 'A spokeswoman for X, Name,' is Name", "A spokeswoman for Velmar police, Katrin Vogel, said two officers had been injured. “Both are in stable condition,” the spokeswoman said.", "stable condition", "Katrin Vogel"),
    case("'Barr.' before a name is a title", "The party's spokesman, Barr. Chidi Okafor, said the ruling party “has run out of ideas”.", "run out of ideas", "Chidi Okafor"),
    case("'The general told her' is not the woman named before", "Hana Lind was the envoy. The general told her, “Sign whatever you like.”", "Sign whatever", "general"),
    case("'X, Salvadoran deputy minister,' gives the role with its nationality", "Colonel Ivo Marr, Salvadoran deputy security minister, admitted the possibility of an offensive. According to Marr, the rebels may attack soon. The deputy security minister noted that talks were “ongoing”.", "ongoing", "Ivo Marr"),
    case("'the half-brother of the Kesselian President' gives no role to the half-brother", "Ivo Marr, the half-brother of the Kesselian President, Otto Marr, was shot dead. President Marr released a statement. He said “This is the way of life here.”", "way of life", "Otto Marr"),
    case("'said Prof.' keeps the title's dot", "“Our people are suffering,” said Prof. Tanko Musa Ubandoma.", "Our people", "Tanko Musa Ubandoma"),
    case("'said Maj. Gen.' keeps both titles", "“The road is open,” said Maj. Gen. Tanko Musa Ubandoma.", "road is open", "Tanko Musa Ubandoma"),
    case("'Smt.' is a title that ends no sentence", "“Those responsible will not be spared,” said Smt. Lata Deshmukh.", "Those responsible", "Lata Deshmukh"),
    case("'Rt. Hon.' are titles", "“Security is everybody's business,” said Rt. Hon. Chinedu Anyanwu.", "Security is", "Chinedu Anyanwu"),
    case("'Fiscal' before a name is a title", "“The cartel used the club to launder money,” said Fiscal Beatriz Orozco.", "cartel used", "Beatriz Orozco"),
    case("'Comrade' before a name is a title and 'he' finds the person", "Comrade Yakubu Danjuma threatened a strike. “We have written to the governor,” he said.", "written to the governor", "Yakubu Danjuma"),
    case("'Replying to X, the minister said' is the minister", "Minister Ravi Kulkarni spoke in the House. Replying to Lata Deshmukh, the minister said, “The fencing work will be expedited.”", "fencing work", "Ravi Kulkarni"),
    case("'According to X, a former minister,' still names X", "According to Julio Vasco, a former minister, talks would help. “They have useful ideas,” he added.", "useful ideas", "Julio Vasco"),
    case("'X, who was represented by Y, said' is X", "Governor Ade Kwarra opened the summit. Kwarra, who was represented by the Senate Leader, Ayodele Ogunmola, said: “There must be synergy among the agencies.”", "There must be synergy", "Ade Kwarra"),
    case("'The governor, who spoke through his deputy, Y, said' is the governor", "The governor, who spoke through his deputy, Ayodele Ogunmola, said: “There must be synergy.”", "There must be synergy", "governor"),
    case("a quoted verb after the subject is the subject's words", "The minister “strongly condemned” the attack on Sunday.", "strongly condemned", "minister"),
    case("a quoted verb after the subject and a day is the subject's words", "The Valdorian Foreign Ministry on Sunday “categorically rejected” remarks by the president of Norland.", "categorically rejected", "Valdorian Foreign Ministry"),
    case("'the DIG' after 'DIG Name' is that person", "“Explosives were recovered,” said DIG Abid Hussain Marri. “Four suspects were killed,” the DIG added.", "Four suspects", "Abid Hussain Marri"),
    case("'the PPRO' after 'The Police Public Relations Officer (PPRO), Name,' is that person", "The Police Public Relations Officer (PPRO), Yusuf Lawal Dankaka, confirmed the arrest. “The suspects were arrested at a checkpoint,” the PPRO said.", "suspects were arrested", "Yusuf Lawal Dankaka"),
    case("a body's name with 'on' and 'and' before its bracketed acronym is whole", "The Kessel Office on Drugs and Crime (KODC) said in its annual report that coca cultivation rose. “Production is at record levels,” the report said.", "record levels", "Kessel Office on Drugs and Crime"),
    case("'Red Cross and Red Crescent Societies' is no person's name", "“Around twenty civilians were killed,” the International Federation of Red Cross and Red Crescent Societies said in a statement.", "Around twenty", "International Federation of Red Cross and Red Crescent Societies"),
    case("'das' is a particle of a Portuguese name", "“We demand justice,” Maria das Dores Silva said.", "We demand justice", "Maria das Dores Silva"),
    case("an accented first name after a title stays in the name", "President María José Ochoa del Valle said the attack “will not go unpunished.”", "will not go unpunished", "María José Ochoa del Valle"),
    case("a name beside the role that ends an opening phrase is not the subject", "In a statement signed by his spokesman, Garba Shehu, Governor Bello Tanko condemned the attack. He said: “I have directed security agencies to act.”", "I have directed", "Bello Tanko"),
    case("'said this while …' reports no clause of 'this'", "“We have arrested three target killers.” Prime Minister Zahid Toor said this while addressing a ceremony.", "three target killers", "Zahid Toor"),
    case("'the DPO' after 'The Divisional Police Officer (DPO) of X Division, CSP Name,' is that person", "The Divisional Police Officer (DPO) of Ikoba Division, CSP Olatunji Akinwale, denied the claim. “We have increased patrols around the market,” the DPO said.", "increased patrols", "Olatunji Akinwale"),
    case("a role 'in' a place before the name reads back over the place", "The spokesman for the police in Gorima State, Yusuf Dankaka, said: “The arrest was made on Tuesday.”", "arrest was made", "Yusuf Dankaka"),
    case("a description 'in' a place after the name is the name's", "Ayoub Njie, a magistrate in Brikama, Gambia, said that “no one shall be subject to arbitrary arrest”.", "no one shall", "Ayoub Njie"),
    case("a titled role and its acronym 'in' a place before the name read back over the place", "The Police Public Relations Officer (PPRO) in Gorima State, SP Yusuf Dankaka, said: “The suspects were arrested at a checkpoint.”", "suspects were arrested", "Yusuf Dankaka"),
    case("'the premier' is the prime minister named before", "Prime Minister Ivo Marr met Interior Minister Lena Osei in Valmo. Police arrested two men. “We will not let the sacrifices go in vain,” the premier said.", "sacrifices go in vain", "Ivo Marr"),
    case("'the prime minister' is not the foreign minister named last", "Prime Minister Ivo Marr and Foreign Minister Lena Osei met in Valmo. Police arrested two men. “We agreed on trade,” the prime minister said.", "agreed on trade", "Ivo Marr"),
    case("'the Peruvian chief of state' is the Peruvian president", "The agreement was reached during a meeting between Peruvian President Alan Varga and Bolivian President Jaime Olmo on board a ship. “It has been a fruitful meeting,” the Peruvian chief of state said after the session.", "fruitful meeting", "Alan Varga"),
    case("'the prelate' is the archbishop named before", "Archbishop Tomas Berg celebrated mass on Sunday. Police arrested two men outside. In his homily the prelate said that the laymen “should prove their integrity”.", "prove their integrity", "Tomas Berg"),
    case("'the monarch' is the king named before", "King Olaf Renn opened the session. Two ministers resigned on Monday. “We cannot fold our hands,” the monarch said.", "fold our hands", "Olaf Renn"),
    case("'X quoted Name, a long description, as saying' is Name", "Xinhua quoted Ding Yuhang, deputy director of the prefectural public security bureau, as saying the suspects had “stockpiled knives.”", "stockpiled knives", "Ding Yuhang"),
    case("'Commodore' is a title", "Coast guard spokesman Commodore Renato Magbanua said: “The ship rammed us.”", "rammed us", "Renato Magbanua"),
    case("'oglu' is a particle of a patronymic", "Defence ministry spokesman Elnur Rasim oglu Hasanli said: “This is a provocation.” Hasanli added: “We did not fire.”", "did not fire", "Elnur Rasim oglu Hasanli"),
    case("a Russian first name the census gives women is a man's", "Yuri Belov said a drone had hit a substation. “Our priority is safety,” he said.", "priority is safety", "Yuri Belov"),
    case("'bin' before a title keeps the title in the name", "“We foiled a plot,” Hamad bin Sultan al-Dhanhani said.", "foiled a plot", "Hamad bin Sultan al-Dhanhani"),
    case("a title after a known first name is a name's", "Foreign Office spokesperson Rabia Sultan Lodhi said the remarks were “a clear attempt.” She added, “We have conveyed our strong protest.”", "conveyed our strong", "Rabia Sultan Lodhi"),
    case("a nickname in quotation marks inside a name is no part of it", "Senator Rodolfo “Dodong” Bautista spoke on Monday. “Somebody is protecting these syndicates,” Bautista said.", "Somebody is protecting", "Rodolfo Bautista"),
    case("'his counterpart' is the other one of the two who met", "Prime Minister Kwon Tae-yang met President Amara Soliven on Tuesday. “We share a vision,” Kwon said. “This is a new chapter,” his counterpart said.", "new chapter", "Amara Soliven"),
    case("a document 'which was written by' someone is that author's", "A report, which was written by Luis Pazos, says that “the priests were guerrilla sympathizers.”", "guerrilla sympathizers", "Luis Pazos"),
    case("'Regarding X, the president said' keeps the president the subject a later 'he' is", "Regarding Panama, the president said that the countries will “continue making efforts.” He discarded the possibility of an intervention. “No one here is in favor of an intervention.”", "No one here", "president"),
    case("a verb of saying in the present tense after the quote ('reiterates') is a cue", "“We will not negotiate with kidnappers,” the interior minister reiterates.", "negotiate with kidnappers", "interior minister"),
    case("'the report reveals' is the report's words, not the person named before", "Ivo Marr spoke on Monday. “The tunnels were built for smuggling,” the report reveals.", "tunnels were built", "report"),
    case("'the visiting minister' is a role with an adjective, not a participle of going", "Petra Anselm held talks in Norland on Sunday. “I come in partnership,” the visiting minister said.", "come in partnership", "Petra Anselm"),
    case("'the visiting president' is the guest the host received", "Tessavian President Margit Olund received her counterpart, Stefan Wirth, at the palace on Friday. “You are among friends here,” Olund said. “I have never doubted it,” the visiting president said.", "never doubted", "Stefan Wirth"),
    case("'his host' is the one who hosted him", "Prime Minister Hedda Sauer hosted President Aldo Ferrant in Lindholm on Tuesday. “We have turned a page,” Ferrant said. His host replied: “The page was always there to be turned.”", "always there", "Hedda Sauer"),
    case("a former detainee who told the court is whom 'he' is", "A former detainee told the court that guards beat prisoners. “They called it the welcome party,” he said.", "welcome party", "former detainee"),
    case("'Another former guard' is one description, not 'Another'", "Another former guard told the court that guards had beaten prisoners. “They called it the welcome party,” he said.", "welcome party", "former guard"),
    case("'Registrar' is a title", "Registrar Tomas Ekdahl spoke to reporters. “He is fit to stand trial,” Ekdahl said.", "fit to stand trial", "Tomas Ekdahl"),
    case("'Comisionado' is a title", "“These networks are connected to the cartels,” said Comisionado Aurelio Batista.", "connected to the cartels", "Aurelio Batista"),
    case("'Ambassador-designate' is a title", "“I believe the talks will resume,” Ambassador-designate Hanne Brask said.", "talks will resume", "Hanne Brask"),
    case("'the judge' is the one titled 'Justice'", "Justice Adaeze Nnamdi adjourned the case. “The court will not be rushed,” the judge said.", "will not be rushed", "Adaeze Nnamdi"),
    case("the cue ends the name of a document's author ('issued by X called for')", "A statement issued by the Southern Maritime Council called for “an immediate ceasefire”.", "immediate ceasefire", "Southern Maritime Council"),
    case("'police in the border province of X' are police, not the province", "“Four suspects were arrested,” police in the border province of Ruscova said in a post on Facebook.", "Four suspects", "police"),
    case("'the officer' is the coast guard officer the sentence before brought in", "Lena Osei denied the reports. A coast guard officer contradicted her. “Everyone knows this happens,” the officer said.", "Everyone knows", "coast guard officer"),
    case("'the officer' is the person named after an unnamed officer was brought in", "An alleged officer turned himself over to the army on Monday. Captain Adan Solero said he had been trained abroad. “I will brief the army,” the officer said.", "brief the army", "Adan Solero"),
    case("'the agency' is the body named 'the state news agency KNA', not the subject before", "Valko spoke to the state news agency KNA. The agency said the talks were “warm”.", "warm", "KNA"),
    case("'the broadcaster' is the body named in apposition with it", "Ana Ruiz spoke to Norland Radio, the state broadcaster. “The talks were warm,” the broadcaster said.", "talks were warm", "Norland Radio"),
    case("the name an apposition gives after 'another survivor'", "“We drank sea water,” said another survivor, a woman who gave her name only as Fatou.", "drank sea water", "Fatou"),
    case("the name given after a place in the apposition", "“We drank sea water,” said a survivor, a woman from Korrat who gave her name only as Fatou.", "drank sea water", "Fatou"),
    case("'A 19-year-old from X' is a person whom 'he' is", "A 19-year-old from Dalvaria said the fuel was gone. “They were lying,” he said.", "were lying", "19-year-old from Dalvaria"),
    case("'According to the indictment, X and two co-defendants' is the indictment", "According to the indictment, Lukas Brenner and two co-defendants “recruited and transported” the women.", "recruited and transported", "indictment"),
    case("'as quoted by Reuters' ends the description after 'According to'", "According to one unnamed witness as quoted by Reuters, “a few people” entered the house.", "a few people", "unnamed witness"),
    case("'Cllr' is a title", "Cllr Margaret Dunne said: “There is no place for hatred in our town.”", "no place for hatred", "Margaret Dunne"),
    case("'Coroner' is a title", "Coroner Aroha Ngata opened the inquest. “He would likely have survived,” Ngata said.", "likely have survived", "Aroha Ngata"),
    case("'Special Rapporteur' is a title, the name in apposition the speaker", "The UN Special Rapporteur, Marguerite Oyelaran, said the blockade was “collective punishment.”", "collective punishment", "Marguerite Oyelaran"),
    case("'Sian' is a woman's name", "Sian Doyle and Liam Corcoran arrived first. She said: “I have never seen anything like it.”", "never seen anything", "Sian Doyle"),
    case("'it' is the body a bare noun named as the subject", "The charity condemned the attack. “Words are not enough,” it said.", "Words are not enough", "charity"),
    case("'to the minister' before the cue is the letter's addressee, not its author", "A letter from Olaf Brenn to the minister warned that the army was “dangerously overstretched”.", "dangerously overstretched", "Olaf Brenn"),
    case("'at the end of its summit' before the cue is when, not who", "A communiqué issued by the Seravin Council at the end of its summit said member states were “committed to peace.”", "committed to peace", "Seravin Council"),
    case("a verb that reports with 'that' reports a clause without it when a subject and an auxiliary open it", "Digital Security Minister Kenji Moriyama was summoned to explain why the new gates had been switched off. The minister admitted the gates had failed three times during testing.", "the gates had failed three times", "Kenji Moriyama"),
    case("'claimed he had been' is a reported clause", "Taking the stand on Wednesday, the defendant, Milan Jovar, claimed he had been forced at gunpoint to drive the van across the border.", "forced at gunpoint", "Milan Jovar"),
    case("'insisted the report had not' is a reported clause", "Committee chair Hamza Idrissa insisted the report had not been finalised.", "had not been finalised", "Hamza Idrissa"),
    case("a hearer's role, the words that say which, then its name between commas, before 'that'", "Home Secretary Bridget Calder told the chairman of the border committee, Sami Khouri, that she would publish the full legal advice before the vote.", "publish the full legal advice", "Bridget Calder"),
    case("a name a title opens is the person, not the place before it", "In a letter seen by a news agency, the director of Al-Nour Hospital in Ain Sabra, Dr Karim Abou Salem, wrote: “We are being asked to choose which patients to save.”", "choose which patients to save", "Karim Abou Salem"),
    case("a cue after 'after' and its subject is that clause's, not the quote's", "Senator Hugo Lemarre accused the government of “hiding behind the intelligence services” after ministers refused to release the threat assessment.", "hiding behind the intelligence", "Hugo Lemarre"),
    case("'reached by phone' between the speaker and the cue", "Residents of Qasr Hilal reached by phone said the electricity had been cut for six days.", "the electricity had been cut", "Residents of Qasr Hilal"),
    case("'the SP' is the one a title of those initials named", "Police on Tuesday arrested three men over the disappearance of a girl from Kesarpur village. Superintendent of Police Anirudh Bhalekar said the girl had been traced to a brick kiln.\n\n\"We have invoked the anti-trafficking sections of the law,\" said the SP.", "invoked the anti-trafficking sections", "Anirudh Bhalekar"),
    case("'the RPC' after 'Regional Police Commander' and a man named in between", "Regional Police Commander Simon Mwakyuse confirmed the arrests on Wednesday. The lorry's driver, Hassani Mfinango, was arrested at the scene.\n\nThe RPC told reporters that the 16 migrants had been hidden beneath sacks of maize.", "hidden beneath sacks of maize", "Simon Mwakyuse"),
    case("an acronym in apposition that a place follows is the role 'the SHO' names", "Inspector Kavita Bisht, SHO of Ranipur police station, said the two suspects were arrested at a bus stand. Sub-Inspector Deepak Negi, who tracked their phones, was given a reward.\n\n“They were planning to take the girls away the same night,” the SHO added.", "take the girls away the same night", "Kavita Bisht"),
    case("'in an interview with …' reaches further to its 'that'", "A senior rebel commander conceded in an interview with a pro-opposition channel that the loss of the highway had cut the main supply route.", "the loss of the highway", "senior rebel commander"),
    case("after a clause and its 'according to X', a description of X is no clause", "The tanker's cargo of crude was undamaged, according to Northgate Marine Mutual, the club that insures the vessel.", "cargo of crude was undamaged", "Northgate Marine Mutual"),
    case("'…, according to X, who said …' reports the clause before", "The two ministers discussed grain corridors and prisoner exchanges, according to foreign ministry spokesman Rafael Okonkwo-Reyna, who said the meeting had lasted two hours.", "discussed grain corridors", "Rafael Okonkwo-Reyna"),
    case("a clause of cause after an inverted cue is no tail", "The warship had shadowed the hijacked dhow for two days, a senior naval officer said on condition of anonymity because he was not authorised to discuss the operation.", "shadowed the hijacked dhow", "senior naval officer"),
    case("'in a radio message to the owners on Saturday' before 'that'", "The hijackers said in a radio message to the owners on Saturday that they would move the vessel closer to the coast.", "move the vessel closer", "hijackers"),
    case("'According to the agency, X also said that …' is X's; the agency only reported it", "Special envoy Zhao Minhe told the Qeshran News Agency that the proposal had broad support. According to the agency, Zhao also said that his government was ready to host a second round of talks.", "ready to host a second round", "Zhao Minhe"),
    case("'the latter' before its verb and a colon is the one named last", "Prime Minister Sunniva Eidem hosted President Abdoulaye Camara-Dion for a working lunch. The latter was blunt: “Without a price agreement, there is no pipeline.”", "there is no pipeline", "Abdoulaye Camara-Dion"),
    case("a role in apposition after a body's acronym is what 'the envoy' later is", "Rashid Karimo, the UN special envoy, met both delegations on Tuesday. The opposition's chief negotiator, Ghassan Tamir, said his side would not sign anything without guarantees.\n\n“I am not leaving without a corridor,” the envoy told reporters.", "not leaving without a corridor", "Rashid Karimo"),
];

#[test]
fn attribution_table() {
    let mut failures = Vec::new();
    for c in CASES {
        let (q, _) = extract(c.text);
        let Some(found) = q.iter().find(|q| q.text.contains(c.quote)) else {
            failures.push(format!(
                "{}: no quote with {:?} in {:?}",
                c.pattern,
                c.quote,
                q.iter().map(|q| &q.text).collect::<Vec<_>>()
            ));
            continue;
        };
        let same = |a: Option<&str>, b: &str| a.is_some_and(|a| a.eq_ignore_ascii_case(b));
        if !same(found.speaker.as_deref(), c.speaker) {
            failures.push(format!(
                "{}: speaker {:?}, want {:?} (source {:?}, cue {:?})",
                c.pattern, found.speaker, c.speaker, found.source, found.cue
            ));
        }
        if let Some(s) = c.source {
            if found.source.as_deref() != Some(s) {
                failures.push(format!(
                    "{}: source {:?}, want {s:?}",
                    c.pattern, found.source
                ));
            }
        }
        if let Some(cue) = c.cue {
            if found.cue.as_deref() != Some(cue) {
                failures.push(format!("{}: cue {:?}, want {cue:?}", c.pattern, found.cue));
            }
        }
    }
    assert!(CASES.len() >= 40);
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn a_quote_right_after_the_cue_leaves_no_reported_clause_before_it() {
    let (q, _) = extract(
        "Asked on Monday whether Tomas Berg would hold a cabinet post, Ana Ruiz said, “No, not at all.”",
    );
    assert_eq!(texts(&q), ["No, not at all."]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_long_subject_before_said_is_no_reported_clause() {
    let (q, _) = extract(
        "A spokesman for the clinic to which the nurse was taken after the blast on 21 June, said: “She will most likely lose her left eye.”",
    );
    assert_eq!(texts(&q), ["She will most likely lose her left eye."]);
}

#[test]
fn that_or_this_before_a_pronoun_or_a_negation_names_no_one() {
    let (q, _) =
        extract("The other problem is that we don't know which mass is creating this structure.");
    assert!(
        q.iter().all(|q| q.source.is_none() && q.speaker.is_none()),
        "{q:?}"
    );
    let (q, _) = extract("And another con is that, well, this doesn't feel right to the players.");
    assert!(q.iter().all(|q| q.speaker.is_none()), "{q:?}");
}

#[test]
fn a_phrase_before_a_cue_and_its_colon_is_no_reported_clause() {
    let (q, _) = extract("Speaking about the ship, he said: “We will put her back together.”");
    assert_eq!(texts(&q), ["We will put her back together."]);
}

#[test]
fn a_phrase_on_where_the_speaker_spoke_is_no_reported_clause() {
    let (q, _) = extract("Speaking in Leeds, Mayor Ana Ruiz said “we are ready.”");
    assert_eq!(texts(&q), ["we are ready."]);
}

#[test]
fn the_speaker_after_an_inverted_cue_is_no_reported_clause() {
    // The clause is the words before the comma, not the speaker and the relative clause
    // that describes the speaker's body.
    let (q, _) = extract(
        "Harbour Media uses the same photo over and over again, said Ana Ruiz, the director of the Levant Monitor, which tracks jihadist communications.",
    );
    assert_eq!(
        texts(&q),
        ["Harbour Media uses the same photo over and over again"]
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Ana Ruiz"));
    let (q, _) = extract("The talks ended, said the minister.");
    assert_eq!(texts(&q), ["The talks ended"]);
}

#[test]
fn a_statement_which_said_names_no_speaker_by_itself() {
    // "which" stands for a body, not for "the issue" or "a statement" (nor "They released
    // a statement", read back over the verb).
    let (q, _) = extract(
        "Officials met on Monday. They released a statement on the issue which said, “The museum must stay open.”",
    );
    let found = q
        .iter()
        .find(|q| q.text.contains("The museum"))
        .expect("the quote");
    assert_ne!(found.speaker.as_deref(), Some("issue"));
    assert!(found
        .source
        .as_deref()
        .is_none_or(|s| !s.contains("released")));
}

#[test]
fn the_speaker_and_a_description_before_said_are_no_reported_clause() {
    let (q, _) =
        extract("Ana Ruiz, a lawyer for the family, said, “He is innocent of all charges.”");
    assert_eq!(
        q.len(),
        1,
        "{:?}",
        q.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Ana Ruiz"));
    // A quote running over two sentences, then an inverted cue and a description: the
    // words after the cue are its source, not a clause.
    let (q, _) = extract(
        "“I think it is empty talk. They do not have the numbers,” said Tomas Berg, a member of the rules committee.",
    );
    assert_eq!(
        q.len(),
        1,
        "{:?}",
        q.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Tomas Berg"));
}

#[test]
fn real_speaker_evaluator_scores_a_tiny_labelled_set() {
    use topic_stance::evaluation::speakers;
    let dir = tempfile::tempdir().unwrap();
    let text = "Interior Minister Karim Haddad toured the port. “Smugglers will find no refuge here,” the minister said. Police said twelve people had been arrested in the raids.";
    let chars: Vec<char> = text.chars().collect();
    let span_of = |s: &str| {
        let start = (0..chars.len())
            .find(|&i| {
                chars[i..]
                    .iter()
                    .take(s.chars().count())
                    .copied()
                    .eq(s.chars())
            })
            .unwrap();
        [start, start + s.chars().count()]
    };
    let articles =
        serde_json::json!({"key": "test:1", "text": text, "url": "https://example.org/1"});
    let gold = [
        serde_json::json!({"id": "test:1#q1", "article": "test:1", "span": span_of("Smugglers will find no refuge here,"), "kind": "full", "speaker": "Karim Haddad"}),
        // Wrong on purpose: the speaker of the reported clause is the police.
        serde_json::json!({"id": "test:1#q2", "article": "test:1", "span": span_of("twelve people had been arrested in the raids"), "kind": "indirect", "speaker": "Ministry of the Interior"}),
        // Not a quote the extractor finds.
        serde_json::json!({"id": "test:1#q3", "article": "test:1", "span": span_of("toured the port"), "kind": "indirect", "speaker": "Karim Haddad"}),
    ];
    std::fs::write(
        dir.path().join(speakers::ARTICLES_FILE),
        format!("{articles}\n"),
    )
    .unwrap();
    let lines: Vec<String> = gold.iter().map(|g| g.to_string()).collect();
    std::fs::write(
        dir.path().join(speakers::QUOTES_FILE),
        lines.join("\n") + "\n",
    )
    .unwrap();
    let (a, g) = speakers::read(dir.path()).unwrap();
    let r = speakers::evaluate(&a, &g, None).unwrap();
    assert_eq!((r.articles, r.gold, r.found), (1, 3, 2), "{r:?}");
    assert_eq!((r.direct_matched, r.direct_right), (1, 1), "{r:?}");
    assert_eq!(r.all_right, 1, "{r:?}");
    assert_eq!(r.direct_speaker_accuracy, 1.0);
    assert_eq!(r.all_speaker_accuracy, 0.5);
    // The command line reads the same files from --eval-labels.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_evaluate"))
        .args(["quotes", "--split", "dev", "--eval-labels"])
        .arg(dir.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    if out.status.success() {
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["real_speakers"]["found"], 2, "{json}");
    } else {
        // Without ../shared/data there is no PolNeAR to read; the error says so.
        assert!(String::from_utf8_lossy(&out.stderr).contains("polnear"));
    }
}

#[test]
fn a_reported_clause_ends_before_a_new_speaker_after_a_comma_and_a_conjunction() {
    let (q, _) = extract(
        "Organisers stated that 2,000 people attended, and police stated that there were 1,500.",
    );
    let texts = texts(&q);
    assert!(texts.contains(&"2,000 people attended"), "{texts:?}");
    assert!(texts.contains(&"there were 1,500"), "{texts:?}");
}

#[test]
fn a_plural_noun_in_s_before_are_or_were_is_no_verb_of_saying() {
    // "demands", "plans", "states" after a determiner and before a form of "be" or an
    // auxiliary are nouns: no reported speech.
    for text in [
        "These demands are related to the struggle against repression and the defence of rights.",
        "What plans have you made for the meeting of the heads of state next month?",
    ] {
        let (q, _) = extract(text);
        assert!(q.is_empty(), "{text}: {:?}", texts(&q));
    }
    // A verb of saying keeps its clause: "that the government says will …".
    let (q, _) =
        extract("New rules took effect that the government says will strengthen workers' rights.");
    assert!(!q.is_empty());
}

#[test]
fn so_said_opens_no_reported_clause() {
    let (q, _) = extract("Ivo Marr spoke first. “We are ready to govern.” So said Liberal leader Harald Jensen at the rally.");
    assert_eq!(texts(&q), vec!["We are ready to govern."]);
}

#[test]
fn an_outlet_is_no_man_a_pronoun_refers_to() {
    // The agency the speaker told is not who "he" is; with the one person named a woman,
    // no one is.
    let (q, _) = extract("Ana Ruiz told The Associated Press that the army had left the town. He added that several men had been taken away.");
    let added = q
        .iter()
        .find(|q| q.text.contains("several men"))
        .expect("the added clause is found");
    assert_eq!(added.speaker, None);
}

#[test]
fn an_adverb_after_the_cue_is_no_part_of_the_clause() {
    let (q, _) = extract("Ghassan Tamir said afterwards that his side would not sign.");
    assert_eq!(texts(&q), vec!["his side would not sign"]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ghassan Tamir"));
}

#[test]
fn sources_close_to_a_named_minister_are_not_the_minister() {
    let (q, _) = extract(
        "Sources close to the foreign minister, Ines Cardosa, said she was furious at not being consulted.",
    );
    let speaker = q[0].speaker.as_deref().unwrap_or_default();
    assert!(speaker.starts_with("Sources close to"), "{speaker:?}");
}

#[test]
fn a_plural_noun_after_a_verb_in_the_past_is_no_cue() {
    // "notes" is a cue ("she notes that …"), not after "scribbled".
    let (q, _) =
        extract("Across the aisle, prosecutor Pierre Lacombe scribbled notes and did not look up.");
    assert!(q.is_empty(), "{:?}", texts(&q));
}
