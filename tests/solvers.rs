//! The sparse L-BFGS trainer and linfa-logistic's dense solver reach the same
//! predictions on a small real set (the first 300 topic and stance examples).
mod common;
use topic_stance::data::{jsonl_files, read_jsonl};
use topic_stance::features::sparse::to_csr;
use topic_stance::features::{SparseVec, TfidfParams, TfidfVectorizer};
use topic_stance::models::argmax;
use topic_stance::models::dense;
use topic_stance::models::logistic::{BinaryLogistic, MultinomialLogistic, SolverParams};
use topic_stance::text::Tokenizer;

/// The first `n` rows of a folder of JSONL files.
fn first_rows(dir: &str, n: usize) -> Vec<serde_json::Value> {
    jsonl_files(&common::repo().join(dir))
        .unwrap()
        .iter()
        .flat_map(|f| read_jsonl::<serde_json::Value>(f).unwrap())
        .take(n)
        .collect()
}

#[test]
fn sparse_and_dense_solvers_agree() {
    let rows = first_rows("training_data/topics/written", 300);
    let tok = Tokenizer::english();
    let docs: Vec<Vec<String>> = rows
        .iter()
        .map(|r| tok.tokens(r["text"].as_str().unwrap()))
        .collect();
    let v = TfidfVectorizer::fit(&TfidfParams::default().min_df(3), &docs).unwrap();
    let x: Vec<SparseVec> = docs.iter().map(|d| v.transform(d)).collect();
    let refs: Vec<&SparseVec> = x.iter().collect();
    let solver = SolverParams {
        max_iterations: 500,
        gradient_tolerance: 1e-6,
        memory: 10,
    };
    let y: Vec<bool> = rows
        .iter()
        .map(|r| {
            r["labels"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l == "terrorism")
        })
        .collect();
    let sparse = BinaryLogistic::fit(&to_csr(&refs, v.n_features()), &y, 0.5, &solver).unwrap();
    let dense = dense::fit_binary(&refs, v.n_features(), &y, 0.5, &solver).unwrap();
    let agree = x
        .iter()
        .filter(|r| (sparse.probability(r) >= 0.5) == (dense.probability(r) >= 0.5))
        .count();
    assert!(agree >= 297, "binary: {agree}/300 predictions agree");
    let max_gap = x
        .iter()
        .map(|r| (sparse.probability(r) - dense.probability(r)).abs())
        .fold(0.0, f64::max);
    assert!(
        max_gap < 0.02,
        "binary probabilities differ by up to {max_gap}"
    );

    let srows = first_rows("training_data/stance/written", 300);
    let sdocs: Vec<Vec<String>> = srows
        .iter()
        .map(|r| tok.tokens(r["text"].as_str().unwrap()))
        .collect();
    let sv = TfidfVectorizer::fit(&TfidfParams::default().min_df(2), &sdocs).unwrap();
    let sx: Vec<SparseVec> = sdocs.iter().map(|d| sv.transform(d)).collect();
    let srefs: Vec<&SparseVec> = sx.iter().collect();
    let sy: Vec<usize> = srows
        .iter()
        .map(|r| {
            ["favor", "against", "neutral"]
                .iter()
                .position(|c| r["stance"] == *c)
                .unwrap()
        })
        .collect();
    let a =
        MultinomialLogistic::fit(&to_csr(&srefs, sv.n_features()), &sy, 3, 1.0, &solver).unwrap();
    let b = dense::fit_multinomial(&srefs, sv.n_features(), &sy, 3, 1.0, &solver).unwrap();
    let agree = sx
        .iter()
        .filter(|r| argmax(&a.probabilities(r)) == argmax(&b.probabilities(r)))
        .count();
    assert!(agree >= 294, "multinomial: {agree}/300 predictions agree");
}
