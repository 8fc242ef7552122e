"""Side by side: our Rust models vs a scikit-learn pipeline that mirrors them, and
supervised fastText as a second anchor, on the same training data and real-text dev sets.

Run through run.sh (it builds the binaries, sets up the venv and dumps the dev sets).
Prints one markdown table on stdout; progress goes to stderr.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import warnings
from pathlib import Path

import fasttext
import numpy as np
import Stemmer
from joblib import Parallel, delayed
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / "target" / "release"
CLASSES = ["favor", "against", "neutral"]
C_GRID = [1.0, 3.0, 10.0, 30.0, 100.0]
FOLDS = 5
BREAK = "\x01"  # segment break between a quote and its context: no bigram spans it

warnings.filterwarnings("ignore")  # small strata in stratified folds


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# --- the tokenizer of src/text/tokens.rs, approximated -------------------------------
# Unicode word segmentation ≈ runs of \w joined by apostrophes or dots ("don't", "U.S").
WORD = re.compile(r"\w+(?:['’‘ʼ′.]\w+)*")
CLEAN = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "\u00ad": None, "\u200b": None,
                       "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None})
STEMMER = Stemmer.Stemmer("english")
STOP = set(STEMMER.stemWords([w.strip() for w in (ROOT / "src/text/stopwords.txt").read_text().splitlines()
                              if w.strip() and not w.startswith("#")]))


def tokens(text):
    words = [w.lower() for w in WORD.findall(text.translate(CLEAN)) if any(c.isalpha() for c in w)]
    return [s for s in STEMMER.stemWords(words) if s and s not in STOP]


def analyzer(doc):
    """Word 1-2 grams of stems; a stance doc is (quote, context), context words marked ctx:."""
    if isinstance(doc, tuple):
        quote, context = doc
        toks = tokens(quote)
        if context.strip():
            toks += [BREAK] + ["ctx:" + t for t in tokens(context)]
    else:
        toks = tokens(doc)
    grams = [t for t in toks if t != BREAK]
    grams += [f"{a} {b}" for a, b in zip(toks, toks[1:]) if BREAK not in (a, b)]
    return grams


def vectorizer():
    return TfidfVectorizer(analyzer=analyzer, min_df=2, sublinear_tf=True, smooth_idf=True, norm="l2")


# --- data -----------------------------------------------------------------------------
def jsonl(path):
    return [json.loads(l) for l in Path(path).read_text().splitlines() if l.strip()]


def training_data():
    """The shipped tasks' training data (training_data/task.toml), every source."""
    tasks = {t["name"]: t for t in tomllib.loads((ROOT / "training_data/task.toml").read_text())["task"]}
    def rows(task):
        srcs = task["train"] if isinstance(task["train"], list) else [task["train"]]
        out = []
        for src in srcs:
            path = ROOT / "training_data" / (src["path"] if isinstance(src, dict) else src)
            files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
            out += [r for f in files for r in jsonl(f)]
        return out
    labels = tasks["topics"]["labels"]
    topics = rows(tasks["topics"])
    stance = rows(tasks["stance"])
    stance_docs = [(r["text"], (r.get("context") or "").replace(r["text"], " ", 1)) for r in stance]
    return labels, [r["text"] for r in topics], np.array([[l in r["labels"] for l in labels] for r in topics]), \
        stance_docs, np.array([CLASSES.index(r["stance"]) for r in stance])


# --- metrics (as src/models/metrics.rs) -----------------------------------------------
def f1(gold, pred):
    tp, fp, fn = np.sum(gold & pred), np.sum(~gold & pred), np.sum(gold & ~pred)
    return 0.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


def topic_scores(gold, pred):
    return {"micro_f1": f1(gold.ravel(), pred.ravel()),
            "macro_f1": statistics.mean(f1(gold[:, l], pred[:, l]) for l in range(gold.shape[1]))}


def stance_scores(gold, pred):
    return {"accuracy": float(np.mean(gold == pred)),
            "macro_f1": statistics.mean(f1(gold == c, pred == c) for c in range(len(CLASSES)))}


def best_threshold(p, gold):
    """0.05..0.95 by 0.01, best F1, ties to the threshold nearest 0.5 (src/models/cv.rs)."""
    best = (0.5, -1.0)
    for t in np.arange(5, 96) / 100:
        s = f1(gold, p >= t)
        if s > best[1] + 1e-12 or (abs(s - best[1]) <= 1e-12 and abs(t - 0.5) < abs(best[0] - 0.5)):
            best = (t, s)
    return best


# --- scikit-learn training: the same grid, folds, thresholds as ours --------------------
# The solvers timed; the fastest is the anchor of the training goal. liblinear fits
# one-vs-rest, not a multinomial model, so for stance it is replaced by lbfgs. "warm"
# walks the C grid with warm_start=True, as our trainer does.
SOLVERS = {
    "lbfgs": ("lbfgs", "lbfgs", False),
    "lbfgs, warm-started along C": ("lbfgs", "lbfgs", True),
    "newton-cg": ("newton-cg", "newton-cg", False),
    "liblinear (topics) + lbfgs (stance)": ("liblinear", "lbfgs", False),
    "saga": ("saga", "saga", False),
}


def model(c, solver, warm=False):
    return LogisticRegression(C=c, max_iter=300, tol=1e-4, solver=solver, warm_start=warm)


def fit_all(X, y, c, solver):
    return model(c, solver).fit(X, y)


def oof_path(X, y, train, test, solver, warm):
    """Out-of-fold probabilities at every C of the grid, smallest C first."""
    m, out = None, []
    for c in C_GRID:
        if m is None or not warm:
            m = model(c, solver, warm)
        else:
            m.set_params(C=c)
        out.append(m.fit(X[train], y[train]).predict_proba(X[test]))
    return test, out


def train_sklearn(labels, topic_texts, gold, stance_docs, y, solvers=("lbfgs", "lbfgs", False)):
    topic_solver, stance_solver, warm = solvers
    par = Parallel(n_jobs=-1)
    tv = vectorizer()
    X = tv.fit_transform(topic_texts)
    # joblib hands workers a read-only copy; liblinear would sort unsorted indices in place.
    X.sort_indices()
    strata = ["".join("1" if g else "0" for g in row) for row in gold]
    folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(X, strata))
    res = par(delayed(oof_path)(X, gold[:, l], tr, te, topic_solver, warm)
              for l in range(len(labels)) for tr, te in folds)
    chosen = []
    for l in range(len(labels)):
        per_c = []
        for k, c in enumerate(C_GRID):
            p = np.zeros(len(topic_texts))
            for te, probas in res[l * FOLDS:(l + 1) * FOLDS]:
                p[te] = probas[k][:, 1]
            per_c.append((c, *best_threshold(p, gold[:, l])))
        chosen.append(max(per_c, key=lambda x: (round(x[2], 9), -x[0])))  # best F1, then smallest C
    models = par(delayed(fit_all)(X, gold[:, l], c, topic_solver) for l, (c, _, _) in enumerate(chosen))
    topic = (tv, models, [t for _, t, _ in chosen])

    sv = vectorizer()
    S = sv.fit_transform(stance_docs)
    S.sort_indices()
    folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(S, y))
    res = par(delayed(oof_path)(S, y, tr, te, stance_solver, warm) for tr, te in folds)
    macro = []
    for k, c in enumerate(C_GRID):
        pred = np.zeros(len(y), dtype=int)
        for te, probas in res:
            pred[te] = probas[k].argmax(1)
        macro.append((round(stance_scores(y, pred)["macro_f1"], 9), -c))
    c = -max(macro)[1]
    return topic, (sv, model(c, stance_solver).fit(S, y))


def sklearn_predict_topics(topic, texts):
    tv, models, thresholds = topic
    X = tv.transform(texts)
    return np.column_stack([m.predict_proba(X)[:, 1] >= t for m, t in zip(models, thresholds)])


# --- fastText: the same data, its usual lowercase word input ----------------------------
def ft_words(doc):
    if isinstance(doc, tuple):
        quote, context = doc
        return " ".join(WORD.findall(quote.lower()) + ["ctx:" + w for w in WORD.findall(context.lower())])
    return " ".join(WORD.findall(doc.lower()))


def train_fasttext(labels, topic_texts, gold, stance_docs, y, tmp):
    common = dict(wordNgrams=2, epoch=25, lr=0.5, thread=os.cpu_count(), verbose=0, seed=1)
    with open(tmp / "ft_topics.txt", "w") as f:
        for text, row in zip(topic_texts, gold):
            tags = [f"__label__{l}" for l, g in zip(labels, row) if g] or ["__label__none"]
            f.write(" ".join(tags) + " " + ft_words(text) + "\n")
    with open(tmp / "ft_stance.txt", "w") as f:
        for doc, c in zip(stance_docs, y):
            f.write(f"__label__{CLASSES[c]} {ft_words(doc)}\n")
    return (fasttext.train_supervised(str(tmp / "ft_topics.txt"), loss="ova", **common),
            fasttext.train_supervised(str(tmp / "ft_stance.txt"), **common))


def ft_predict_topics(model, labels, texts):
    got, _ = model.predict([ft_words(t) for t in texts], k=-1, threshold=0.5)
    return np.array([[f"__label__{l}" in g for l in labels] for g in got])


def ft_predict_stance(model, docs):
    got, _ = model.predict([ft_words(d) for d in docs])
    return np.array([CLASSES.index(g[0].removeprefix("__label__")) for g in got])


# --- prediction speed --------------------------------------------------------------------
def best_of(n, f):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def speed(single_one, batch, texts):
    """(µs per document one at a time, documents per second in one batch call)."""
    for t in texts[:20]:
        single_one(t)
    single = best_of(1, lambda: [single_one(t) for t in texts])
    return single / len(texts) * 1e6, len(texts) / best_of(3, lambda: batch(texts))


# --- the run -----------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, required=True, help="dev sets dumped by compare_timing --dump-dev")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="compare-", dir=ROOT / "target"))
    dev = {name: jsonl(args.dev / f"{name}.jsonl") for name in ["ag_news", "toi_crime_news", "polnear_stance"]}
    timing_texts = [r["text"] for r in dev["ag_news"]]
    (tmp / "texts.jsonl").write_text("".join(json.dumps(t) + "\n" for t in timing_texts))

    log("ours: training")
    t = time.perf_counter()
    subprocess.run([BIN / "train", "--task", ROOT / "benches/compare/task.toml", "--models", tmp / "models",
                    "--no-eval"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ours_train = time.perf_counter() - t
    evaluate = lambda what: json.loads(subprocess.run([BIN / "evaluate", what, "--models", tmp / "models"], cwd=ROOT,
                                                      check=True, capture_output=True, text=True).stdout)
    ours_topics, ours_stance = evaluate("topics"), evaluate("stance")
    log("ours: prediction speed")
    ours_speed = json.loads(subprocess.run([BIN / "examples" / "compare_timing", "--models", tmp / "models", tmp / "texts.jsonl"],
                                           cwd=ROOT, check=True, capture_output=True, text=True).stdout)

    solver_rows = []
    for name, solvers in SOLVERS.items():
        log(f"scikit-learn: training ({name})")
        t = time.perf_counter()
        labels, topic_texts, gold, stance_docs, y = training_data()
        trained = train_sklearn(labels, topic_texts, gold, stance_docs, y, solvers)
        seconds = time.perf_counter() - t
        g = np.array([[l in r["labels"] for l in labels] for r in dev["ag_news"]])
        ag = topic_scores(g, sklearn_predict_topics(trained[0], [r["text"] for r in dev["ag_news"]]))["micro_f1"]
        solver_rows.append((name, seconds, ag))
        if solvers == SOLVERS["lbfgs"]:
            topic, (sv, sm) = trained
    sk_train = min(s for _, s, _ in solver_rows)
    sk_best = min(solver_rows, key=lambda r: r[1])[0]
    log("scikit-learn: prediction speed")
    tv, tms, _ = topic

    def sk_one(text):
        x = tv.transform([text])
        [m.predict_proba(x) for m in tms]
        sm.predict_proba(sv.transform([(text, "")]))

    def sk_batch(texts):
        X = tv.transform(texts)
        [m.predict_proba(X) for m in tms]
        sm.predict_proba(sv.transform([(t, "") for t in texts]))

    sk_single, sk_batch_rate = speed(sk_one, sk_batch, timing_texts)

    log("fastText: training")
    t = time.perf_counter()
    labels, topic_texts, gold, stance_docs, y = training_data()
    ft_topic, ft_stance = train_fasttext(labels, topic_texts, gold, stance_docs, y, tmp)
    ft_train = time.perf_counter() - t
    ft_single, ft_batch_rate = speed(
        lambda text: (ft_topic.predict(ft_words(text), k=-1, threshold=0.5), ft_stance.predict(ft_words((text, "")))),
        lambda texts: (ft_predict_topics(ft_topic, labels, texts), ft_predict_stance(ft_stance, [(t, "") for t in texts])),
        timing_texts)

    # Accuracy on the real-text dev sets.
    rows = []
    for name, title in [("ag_news", "AG News topics"), ("toi_crime_news", "TOI crime news topics")]:
        items = dev[name]
        g = np.array([[l in r["labels"] for l in labels] for r in items])
        texts = [r["text"] for r in items]
        sk = topic_scores(g, sklearn_predict_topics(topic, texts))
        ft = topic_scores(g, ft_predict_topics(ft_topic, labels, texts))
        ours = {"micro_f1": ours_topics[name]["micro"]["f1"], "macro_f1": ours_topics[name]["macro_avg"]["f1"]}
        for k in ["micro_f1", "macro_f1"]:
            rows.append((f"{title} ({len(items)}), {k.replace('_', ' ')}", ours[k], sk[k], ft[k], "", "", ""))
    items = dev["polnear_stance"]
    g = np.array([CLASSES.index(r["stance"]) for r in items])
    docs = [(r["quote"], r["context"]) for r in items]
    sk = stance_scores(g, sm.predict_proba(sv.transform(docs)).argmax(1))
    ft = stance_scores(g, ft_predict_stance(ft_stance, docs))
    ours = {"accuracy": ours_stance["accuracy"], "macro_f1": ours_stance["macro_avg"]["f1"]}
    for k in ["accuracy", "macro_f1"]:
        rows.append((f"PolNeAR dev stance ({len(items)}), {k.replace('_', ' ')}", ours[k], sk[k], ft[k], "", "", ""))

    # Speed, with the goals.
    ratio = lambda a, b: f"{a / b:.2f}×"
    met = lambda ok: "yes" if ok else "**no**"
    rows.append((f"training wall clock, s (all cores; scikit-learn: fastest solver, {sk_best})", ours_train, sk_train, ft_train,
                 ratio(sk_train, ours_train), "no slower (≥ 1×)", met(ours_train <= sk_train)))
    us = ours_speed["single_doc_us_per_doc"]
    rows.append(("single-doc prediction, µs/doc", us, sk_single, ft_single,
                 ratio(sk_single, us), "≥ 100×", met(sk_single / us >= 100)))
    one = ours_speed["batch_docs_per_sec_one_core"]
    rows.append(("batch prediction, docs/s, one core", one, sk_batch_rate, ft_batch_rate,
                 ratio(one, sk_batch_rate), "≥ 4×", met(one / sk_batch_rate >= 4)))
    rows.append((f"batch prediction, docs/s, all {ours_speed['threads']} cores", ours_speed["batch_docs_per_sec_all_cores"],
                 None, None, "", "", ""))

    fmt = lambda v: "—" if v is None else (f"{v:.3f}" if v < 1 else f"{v:,.1f}" if v < 1000 else f"{v:,.0f}")
    print("| | ours (Rust) | scikit-learn | fastText | ours vs scikit-learn | goal | met |")
    print("|---|---:|---:|---:|---:|---|---|")
    for name, o, s, f, r, goal, ok in rows:
        print(f"| {name} | {fmt(o)} | {fmt(s)} | {fmt(f)} | {r} | {goal} | {ok} |")
    print("\nscikit-learn training by solver (the same grid, folds and thresholds; AG News micro F1 of the result):\n")
    print("| solver | training wall clock, s | AG News micro F1 |")
    print("|---|---:|---:|")
    for name, seconds, ag in solver_rows:
        print(f"| {name} | {seconds:.1f} | {ag:.3f} |")
    print(f"| ours (L-BFGS, warm-started along C) | {ours_train:.1f} | {ours_topics['ag_news']['micro']['f1']:.3f} |")
    ours_terms = {t["name"]: t["features"]["words"]["terms"]
                  for t in json.loads((tmp / "models" / "model.json").read_text())["tasks"]}
    same = lambda v, terms: len(set(v.vocabulary_) & set(terms)) / len(terms)  # noqa: E731
    print(f"\nVocabulary shared with ours: topics {same(tv, ours_terms['topics']):.1%}, stance {same(sv, ours_terms['stance']):.1%} "
          "(PyStemmer's newer Snowball English stems a few words differently).")
    print(f"Timing texts: the {len(timing_texts)} AG News dev texts; each gets topic scores and stance "
          f"probabilities (the text read as a quote without context). Training: {len(topic_texts)} topic and "
          f"{len(y)} stance examples, C grid {C_GRID}, {FOLDS} folds, per-label thresholds on out-of-fold probabilities; "
          "at most 300 iterations, tolerance 1e-4 on the per-row (mean) objective for both; the accuracy rows use scikit-learn's lbfgs models.")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
