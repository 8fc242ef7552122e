"""Anchors for the stance table: what simple or outside methods get on the same dev sets.

    bash evaluation/anchors.sh     # sets up its venv, dumps the dev sets, runs this

- always `against`: the majority class of real-news quotes;
- VADER alone (vaderSentiment 3.3.2, the lexicon our polarity signals start from):
  compound ≥ 0.05 → favor, ≤ −0.05 → against, else neutral, on the quote's words;
- scikit-learn with our n-grams: TfidfVectorizer over our stems (quote words, then the
  words around the quote marked ctx:, no bigram across the two) and a multinomial
  LogisticRegression, C from {1, 3, 10, 30, 100} by 5-fold stratified CV macro-F1, on the
  same training quotes as ours (training_data/stance/written and real);
- the readers: reader a against reader b on the dev quotes both kept (a ceiling).

Writes evaluation/anchors.md.
"""
import json
import statistics
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benches" / "compare"))
from compare import CLASSES, C_GRID, FOLDS, jsonl, training_data, vectorizer  # noqa: E402


def f1(gold, pred, c):
    tp = sum(g == c and p == c for g, p in zip(gold, pred))
    fp = sum(g != c and p == c for g, p in zip(gold, pred))
    fn = sum(g == c and p != c for g, p in zip(gold, pred))
    return 0.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


def scores(gold, pred):
    return {
        "accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold),
        "macro_f1": statistics.mean(f1(gold, pred, c) for c in CLASSES),
    }


def vader(texts):
    sia = SentimentIntensityAnalyzer()
    out = []
    for t in texts:
        c = sia.polarity_scores(t)["compound"]
        out.append("favor" if c >= 0.05 else "against" if c <= -0.05 else "neutral")
    return out


def sklearn_model():
    _, _, _, docs, y = training_data()
    vec = vectorizer()
    X = vec.fit_transform(docs)
    folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(X, y))
    best = (None, -1.0)
    for c in C_GRID:
        pred = np.zeros(len(y), dtype=int)
        for tr, te in folds:
            m = LogisticRegression(C=c, max_iter=300, tol=1e-4).fit(X[tr], y[tr])
            pred[te] = m.predict(X[te])
        s = scores([CLASSES[i] for i in y], [CLASSES[i] for i in pred])["macro_f1"]
        if s > best[1] + 1e-9:
            best = (c, s)
    model = LogisticRegression(C=best[0], max_iter=300, tol=1e-4).fit(X, y)
    return lambda pairs: [CLASSES[i] for i in model.predict(vec.transform(pairs))], best


def readers(dev_ids):
    """Reader a's and b's stances on the dev quotes both called quotes."""
    a, b = {}, {}
    for who, into in (("a", a), ("b", b)):
        for f in sorted((ROOT / "training_data/real/readers" / who).glob("q*.jsonl")):
            for r in jsonl(f):
                if r.get("quote"):
                    into[r["id"]] = r["stance"]
    both = [i for i in dev_ids if i in a and i in b]
    return [a[i] for i in both], [b[i] for i in both]


def main():
    dev_dir = Path(sys.argv[1])
    real = jsonl(ROOT / "evaluation/real_quotes_dev.jsonl")
    polnear = jsonl(dev_dir / "polnear_stance.jsonl")
    sets = {
        "real-news quotes dev": (
            [r["stance"] for r in real],
            [r["text"] for r in real],
            [(r["text"], r["context"].replace(r["text"], " ", 1)) for r in real],
        ),
        "PolNeAR dev": (
            [r["stance"] for r in polnear],
            [r["quote"] for r in polnear],
            [(r["quote"], r["context"]) for r in polnear],
        ),
    }
    predict, (c, cv) = sklearn_model()
    rows = []
    for name, (gold, texts, pairs) in sets.items():
        rows.append((name, "always against", scores(gold, ["against"] * len(gold))))
        rows.append((name, "VADER alone (compound ±0.05)", scores(gold, vader(texts))))
        rows.append((name, f"scikit-learn, our n-grams (C = {c:g}, CV macro-F1 {cv:.3f})", scores(gold, predict(pairs))))
    ga, gb = readers([r["id"] for r in real])
    rows.append(("real-news quotes dev", f"reader b against reader a ({len(ga)} quotes)", scores(ga, gb)))
    lines = ["| dev set | anchor | accuracy | macro-F1 |", "| --- | --- | ---: | ---: |"]
    lines += [f"| {s} | {a} | {r['accuracy']:.3f} | {r['macro_f1']:.3f} |" for s, a, r in rows]
    table = "\n".join(lines)
    print(table)
    (ROOT / "evaluation/anchors.md").write_text("<!-- written by evaluation/anchors.sh -->\n" + table + "\n")


if __name__ == "__main__":
    main()
