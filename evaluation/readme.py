"""Writes the accuracy tables the README shows, from measured figures only:

    cargo run --release --bin train        # writes models/metrics.json
    cargo build --release --bin evaluate
    python3 evaluation/readme.py           # writes evaluation/accuracy.md, evaluation/quotes.md
    python3 benches/readme.py              # splices every results file into README.md

- accuracy.md: cross-validated, in-repository dev and outside dev figures of the
  committed models (models/metrics.json);
- quotes.md: `evaluate quotes` on PolNeAR test and dev and the real-news speaker dev set.

Standard library only.
"""
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def table(rows_of):
    out = ["| data set | items | label | precision | recall | F1 | support |",
           "| --- | ---: | --- | ---: | ---: | ---: | ---: |"]
    for name, r, kind in rows_of:
        for label, s in r["per_label"].items():
            if s["support"] == 0:
                continue
            out.append(f"| {name} | {r['examples']} | {label} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
        if kind == "topics":
            out.append(f"| {name} | {r['examples']} | **micro** / macro F1 | | | **{r['micro']['f1']:.3f}** / {r['macro_avg']['f1']:.3f} | |")
        else:
            out.append(f"| {name} | {r['examples']} | accuracy / **macro F1** | | | {r['accuracy']:.3f} / **{r['macro_avg']['f1']:.3f}** | |")
    return "\n".join(out)


def accuracy():
    m = json.loads((ROOT / "models/metrics.json").read_text())
    tasks = {t["name"]: t for t in m["tasks"]}
    rt = {k: v["report"] for k, v in m["real_text"].items()}
    topics, stance = tasks["topics"], tasks["stance"]
    src = topics["cross_validation"].get("by_source", {})
    topic_rows = [("topics, 5-fold CV (grouped by article), all training data", topics["cross_validation"]["report"], "topics")]
    topic_rows += [(f"topics, CV, {s} rows only", r, "topics") for s, r in src.items() if s.endswith("real")]
    topic_rows += [
        ("real-news sentences dev (ours, never trained on)", topics["test"]["report"], "topics"),
        ("AG News test, even rows (ours)", rt["topics/ag_news"], "topics"),
        ("Times of India crime, even lines (ours)", rt["topics/toi_crime_news"], "topics"),
        ("CASE 2021 task 2 test (mapped)", rt["topics/case2021"], "topics"),
    ]
    ssrc = stance["cross_validation"].get("by_source", {})
    stance_rows = [("stance, 5-fold CV (grouped by article), all training quotes", stance["cross_validation"]["report"], "stance")]
    stance_rows += [(f"stance, CV, {s} quotes only", r, "stance") for s, r in ssrc.items() if s.endswith("real")]
    stance_rows += [
        ("real-news quotes dev (ours, never trained on)", stance["test"]["report"], "stance"),
        ("PolNeAR dev direct quotes (ours)", rt["stance/polnear_dev"], "stance"),
    ]
    choices = []
    for c in topics["cross_validation"]["choices"]:
        choices.append(f"{c['label']} C {c['c']:g} / threshold {c['threshold']:.2f}")
    stance_c = ", ".join(f"{c.get('label') or 'C'} C {c['c']:g}" for c in stance["cross_validation"]["choices"])
    ece = stance["test"].get("ece")
    return "\n".join([
        table(topic_rows), "", table(stance_rows), "",
        f"Model version `{m['version']}`, trained {m['trained_at']}. Topics, C / threshold per label: "
        + "; ".join(choices) + f". Stance (two stages): {stance_c}. Expected calibration error of the stance "
        f"probabilities on the real-news quotes dev set: {ece:.3f}.",
    ])


def quotes():
    q = {sp: json.loads(subprocess.run([str(ROOT / "target/release/evaluate"), "quotes", "--split", sp],
                                       capture_output=True, text=True, cwd=ROOT, check=True).stdout)
         for sp in ["test", "dev"]}
    out = ["| PolNeAR | measure | precision | recall | F1 | gold / predicted |",
           "| --- | --- | ---: | ---: | ---: | ---: |"]
    for name, sp in [("test (84 articles)", "test"), ("dev (84 articles)", "dev")]:
        r = q[sp]
        for key, label in [("direct_exact", "direct quotes, exact span"), ("direct_overlap", "direct quotes, overlap ≥ 50%"),
                           ("all_overlap", "all attributions (direct + reported), overlap")]:
            x = r[key]
            out.append(f"| {name} | {label} | {x['precision']:.3f} | {x['recall']:.3f} | **{x['f1']:.3f}** | {x['gold']} / {x['predicted']} |")
        # Four decimals: three would round 0.8499 up to the 0.85 bar it misses.
        out.append(f"| {name} | source span right, for direct quotes found / for all found | | | {r['source_accuracy']:.4f} / {r['all_source_accuracy']:.4f} | |")
    out += ["", "| real-news speakers (ours) | measure | quotes | value |", "| --- | --- | ---: | ---: |"]
    for key, name in [("real_speakers", "dev set"), ("real_speakers_check", "check set (direct quotes only)"),
                      ("real_speakers_check2", "second check set (direct quotes only)")]:
        s = q["dev"][key]
        out += [f"| {name} | gold quotes found | {s['found']} / {s['gold']} | {s['found_share']:.3f} |",
                f"| {name} | speaker right, direct quotes found | {s['direct_right']} / {s['direct_matched']} | **{s['direct_speaker_accuracy']:.3f}** |"]
        if key == "real_speakers":
            out.append(f"| {name} | speaker right, all quotes found | {s['all_right']} / {s['found']} | {s['all_speaker_accuracy']:.3f} |")
    out += ["", "| speaker score, direct quotes found with a speaker | quotes (right) | AUC | Brier | calibration error | score ≥ 0.8: share, right | score ≥ 0.9: share, right |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    cv = json.loads((ROOT / "models/metrics.json").read_text())["speaker_score"]["cross_validation"]
    rows = [("training data, cross-validated (all kinds)", cv)] + [
        (name, q["dev"][key]["direct_score"]) for key, name in
        [("real_speakers", "dev set"), ("real_speakers_check", "check set"), ("real_speakers_check2", "second check set")]]
    for name, r in rows:
        at = {a["threshold"]: a for a in r["at_thresholds"]}
        out.append(f"| {name} | {r['quotes']} ({r['right']}) | **{r['auc']:.3f}** | {r['brier']:.3f} | {r['ece']:.3f} | "
                   f"{at[0.8]['coverage']:.3f}, **{at[0.8]['right']:.3f}** | {at[0.9]['coverage']:.3f}, {at[0.9]['right']:.3f} |")
    return "\n".join(out)


def main():
    (ROOT / "evaluation/accuracy.md").write_text("<!-- written by evaluation/readme.py -->\n" + accuracy() + "\n")
    (ROOT / "evaluation/quotes.md").write_text("<!-- written by evaluation/readme.py -->\n" + quotes() + "\n")
    print((ROOT / "evaluation/accuracy.md").read_text())


if __name__ == "__main__":
    main()
