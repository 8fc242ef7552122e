#!/usr/bin/env python3
"""Ablation of the shipped tasks: which data and which stance model, measured on every dev set.

    python3 evaluation/ablation.py            # trains every variant, writes evaluation/ablation.md

Each variant is a task file written to target/ablation/<name>/task.toml that differs from
training_data/task.toml in one thing (its data, a source weight, the stance features, the
stance model). `train` fits it (C and thresholds by cross-validation on its training
data, folds grouped by article), measures it on the in-repository dev sets (the tasks'
test files: real sentences, real quotes) and on the outside dev sets (AG News, TOI,
CASE 2021, PolNeAR; TOPIC_STANCE_DATA or ../shared/data). Nothing here is tuned on a dev
set: the table reports what each choice gives; the choice of the stance model is by
cross-validated macro-F1 on the real training quotes (out of fold).
"""
import json
import os
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(REPO, "target", "ablation")
TD = os.path.join(REPO, "training_data")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def task_text(tasks):
    out = []
    for t in tasks:
        out.append("[[task]]")
        tables = {k: v for k, v in t.items() if isinstance(v, dict) and k not in ("select_by", "two_stage")}
        for k, v in t.items():
            if k not in tables:
                out.append(f"{k} = {toml_value(v)}")
        for name, table in tables.items():
            out.append(f"[task.{name}]")
            for k, v in table.items():
                out.append(f"{k} = {toml_value(v)}")
        out.append("")
    return "\n".join(out)


def absolute(spec):
    """The shipped task's paths made absolute (the variant lives elsewhere)."""
    def fix(src):
        if isinstance(src, dict):
            return {**src, "path": os.path.join(TD, src["path"])}
        return os.path.join(TD, src)
    spec = dict(spec)
    spec["train"] = [fix(s) for s in (spec["train"] if isinstance(spec["train"], list) else [spec["train"]])]
    if "test" in spec:
        spec["test"] = fix(spec["test"]) if not isinstance(spec["test"], list) else [fix(s) for s in spec["test"]]
    return spec


def variants(shipped):
    topics = absolute(next(t for t in shipped if t["name"] == "topics"))
    stance = absolute(next(t for t in shipped if t["name"] == "stance"))
    written_t, real_t = os.path.join(TD, "topics/written"), os.path.join(TD, "topics/real")
    written_s, real_s = os.path.join(TD, "stance/written"), os.path.join(TD, "stance/real")
    plain_features = {k: v for k, v in stance.get("features", {}).items() if k not in ("stance_signals",)}
    signals = {**plain_features, "stance_signals": True}
    ngrams = {**plain_features, "stance_signals": False}

    def st(**kw):
        s = {**stance, **kw}
        for k in [k for k, v in kw.items() if v is None]:
            del s[k]
        return s

    def tp(**kw):
        return {**topics, **kw}

    yield "written only", tp(train=[written_t]), st(train=[written_s], features=ngrams, calibration="none", two_stage=None, class_weight="none")
    yield "real only", tp(train=[real_t]), st(train=[real_s], features=ngrams, calibration="none", two_stage=None, class_weight="none")
    yield "both", tp(train=[written_t, real_t]), st(train=[written_s, real_s], features=ngrams, calibration="none", two_stage=None, class_weight="none")
    yield "both, real ×2", tp(train=[written_t, {"path": real_t, "weight": 2.0}]), st(train=[written_s, {"path": real_s, "weight": 2.0}], features=ngrams, calibration="none", two_stage=None, class_weight="none")
    yield "both, real ×3", tp(train=[written_t, {"path": real_t, "weight": 3.0}]), st(train=[written_s, {"path": real_s, "weight": 3.0}], features=ngrams, calibration="none", two_stage=None, class_weight="none")
    # Stance model variants on both sources (topics as shipped).
    yield "(a) n-grams + signals", None, st(features=signals, calibration="none", two_stage=None, class_weight="none")
    yield "(a) + signals weight 2", None, st(features={**signals, "signals": {"weight": 2.0}}, calibration="none", two_stage=None, class_weight="none")
    yield "(a) + signals weight 0.5", None, st(features={**signals, "signals": {"weight": 0.5}}, calibration="none", two_stage=None, class_weight="none")
    yield "(b) two stages + signals", None, st(features=signals, calibration="none", two_stage={"neutral": "neutral"}, class_weight="none")
    yield "(c) balanced class weights + signals", None, st(features=signals, calibration="none", two_stage=None, class_weight="balanced")
    yield "(a) + signals + temperature", None, st(features=signals, calibration="temperature", two_stage=None, class_weight="none")
    two = {"neutral": "neutral"}
    yield "(b) + character 2–5-grams", None, st(features={**signals, "char_ngrams": [2, 5]}, two_stage=two, calibration="none", class_weight="none")
    yield "(b) + word 1–3-grams", None, st(features={**signals, "words": {"ngram_range": [1, 3], "min_df": 2}}, two_stage=two, calibration="none", class_weight="none")
    yield "(a) + character 2–5-grams", None, st(features={**signals, "char_ngrams": [2, 5]}, two_stage=None, calibration="none", class_weight="none")
    yield "topics + character 2–5-grams", tp(train=[written_t, real_t], features={"char_ngrams": [2, 5]}), st(features={**signals, "char_ngrams": [2, 5]}, two_stage=two, calibration="none", class_weight="none")
    yield "(b) + balanced class weights", None, st(features=signals, two_stage=two, calibration="none", class_weight="balanced")
    yield "shipped", topics, stance


def run(name, topics, stance, data_dir):
    folder = os.path.join(OUT, name.replace(" ", "_").replace("/", "-").replace("×", "x").replace("(", "").replace(")", "").replace(",", ""))
    os.makedirs(folder, exist_ok=True)
    tasks = [t for t in (topics, stance) if t is not None]
    if topics is None:
        tasks = [t for t in SHIPPED_ABS if t["name"] == "topics"] + [stance]
    with open(os.path.join(folder, "task.toml"), "w") as f:
        f.write(task_text(tasks))
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0", "TOPIC_STANCE_DATA": data_dir}
    res = subprocess.run([os.path.join(REPO, "target/release/train"), "--task", os.path.join(folder, "task.toml"),
                          "--models", os.path.join(folder, "m")], cwd=REPO, env=env, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"{name}: train failed:\n{res.stderr[-3000:]}")
    return json.load(open(os.path.join(folder, "m", "metrics.json")))


def figures(m):
    t = {x["name"]: x for x in m["tasks"]}
    rt = m["real_text"]
    f = lambda v: None if v is None else round(v, 3)
    topics, stance = t["topics"], t["stance"]
    real_src = next((s for s in stance["cross_validation"].get("by_source", {}) if s.endswith("real")), None)
    cv_real = stance["cross_validation"].get("by_source", {}).get(real_src, {}) if real_src else {}
    return {
        "topics CV micro-F1": f(topics["cross_validation"]["report"]["micro"]["f1"]),
        "real sentences dev micro-F1": f(topics["test"]["report"]["micro"]["f1"]),
        "AG News dev micro-F1": f(rt["topics/ag_news"]["report"]["micro"]["f1"]),
        "TOI dev trafficking F1": f(rt["topics/toi_crime_news"]["report"]["per_label"]["trafficking"]["f1"]),
        "CASE 2021 micro-F1": f(rt["topics/case2021"]["report"]["micro"]["f1"]),
        "stance CV macro-F1": f(stance["cross_validation"]["report"]["macro_avg"]["f1"]),
        "stance CV macro-F1, real quotes": f(cv_real.get("macro_avg", {}).get("f1")),
        "real quotes dev macro-F1": f(stance["test"]["report"]["macro_avg"]["f1"]),
        "real quotes dev ECE": f(stance["test"].get("ece")),
        "PolNeAR dev macro-F1": f(rt["stance/polnear_dev"]["report"]["macro_avg"]["f1"]),
    }


def main():
    global SHIPPED_ABS
    data_dir = os.environ.get("TOPIC_STANCE_DATA", os.path.join(REPO, "..", "shared", "data"))
    shipped = tomllib.loads(open(os.path.join(TD, "task.toml")).read())["task"]
    SHIPPED_ABS = [absolute(t) for t in shipped]
    subprocess.run(["cargo", "build", "--release", "--bin", "train"], cwd=REPO, check=True)
    only = sys.argv[1:]
    rows = []
    for name, topics, stance in variants(shipped):
        if only and name not in only:
            continue
        print(f"… {name}", file=sys.stderr)
        rows.append((name, figures(run(name, topics, stance, data_dir))))
    cols = list(rows[0][1].keys())
    lines = ["| variant | " + " | ".join(cols) + " |", "| --- |" + " ---: |" * len(cols)]
    for name, f in rows:
        lines.append(f"| {name} | " + " | ".join("" if f[c] is None else f"{f[c]:.3f}" for c in cols) + " |")
    table = "\n".join(lines)
    print(table)
    if not only:
        with open(os.path.join(HERE, "ablation.md"), "w") as out:
            out.write("<!-- written by evaluation/ablation.py -->\n" + table + "\n")


if __name__ == "__main__":
    main()
