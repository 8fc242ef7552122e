fn main() {
    let t = std::env::args().nth(1).unwrap();
    let d = topic_stance::text::normalize::Document::new(&t);
    println!("{}", topic_stance::quotes::casing::recase(&d));
}
