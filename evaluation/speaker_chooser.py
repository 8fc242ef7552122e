#!/usr/bin/env python3
"""A study, not part of the service: would a learned choice between candidate speakers
beat the speaker rules? (Seventeenth stop, issue 14; the answer was "barely".)

For every labelled direct quote of the training split and the study set that `classify`
finds, the candidates are the rules' speaker, the speakers of the quotes around it, and
the capitalised names of its sentence, the two before and the one after (each taken to
the longest name in the document ending in the same word). Each candidate gets features
(which of those it is, where it stands, whether a cue follows it, "according to" or
"told"/"by" before it, how often it speaks and is named, the rules' source kind, the
set); a logistic regression (scikit-learn) picks one candidate a quote, in 5 folds that
keep an article's quotes together. Printed: the rules' accuracy, the chooser's, and the
share of quotes whose right speaker is among the candidates.

    python3 training_data/real/build.py speakers-train --work target/spk
    cargo build --release --bin classify
    python3 evaluation/speaker_chooser.py target/release/classify target/spk training_data/real/study

Never run it on a held-out set: it reads the speakers it is given.
"""
import collections
import hashlib
import json
import math
import re
import subprocess
import sys

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

REPO = __file__.rsplit("/", 2)[0]
PRONOUNS = ("he", "she", "they", "it", "we", "i", "who", "which")
NAME = re.compile(r"(?:[A-Z][\w'’\-\.]*|al-\w+|bin|de|del|la|of|for|the|and)"
                  r"(?:\s+(?:[A-Z][\w'’\-\.]*|al-\w+|bin|de|del|la|of|for|the|and))*")
OPENERS = {"The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "They", "It", "We", "I",
           "This", "That", "According", "After", "Before", "Monday", "Tuesday", "Wednesday",
           "Thursday", "Friday", "Saturday", "Sunday", "However", "Mr", "Mrs", "Ms", "Dr"}
LINKS = ("of", "for", "the", "and", "bin", "de", "del", "la")
CUE = re.compile(r"^\W*(said|says|told|added|stated|claimed|warned|declared|reported|announced|"
                 r"wrote|explained|insisted|noted|asked|urged|confirmed|denied|called)\b", re.I)


def norm(s):
    s = s.lower().replace("’", "'").replace(".", "").strip(" \t\n\"'“”,;:()[]")
    w = s.split()
    if len(w) > 1 and w[0] in ("the", "a", "an"):
        w = w[1:]
    return " ".join(w).strip(" \"'“”,;:()[]")


def same(p, g):
    """evaluation::speakers::same_speaker, near enough for a study."""
    if not p or not g:
        return False
    p, g = norm(p), norm(g)
    if not p or not g:
        return False
    if p == g:
        return True
    s, l = (p, g) if len(p) < len(g) else (g, p)
    return len(s.split()) >= 2 and l.endswith(" " + s)


def names_in(text, s, e):
    for m in NAME.finditer(text, s, e):
        ws = m.group(0).split()
        while ws and (ws[0] in OPENERS or ws[0].lower() in LINKS):
            ws = ws[1:]
        while ws and ws[-1].lower() in LINKS:
            ws = ws[:-1]
        if ws:
            name = " ".join(ws)
            start = m.start() + m.group(0).find(ws[0])
            yield name, start, start + len(name)


def quotes_of(binary, folder):
    arts = [json.loads(l) for l in open(f"{folder}/real_articles_dev.jsonl")]
    gold = [json.loads(l) for l in open(f"{folder}/real_speakers_dev.jsonl")]
    run = subprocess.run([binary, "--models", f"{REPO}/models"], capture_output=True, text=True,
                         input="\n".join(json.dumps({"id": a["key"], "text": a["text"]}) for a in arts))
    found = {d["id"]: d for d in map(json.loads, run.stdout.splitlines())}
    texts = {a["key"]: a["text"] for a in arts}
    for g in gold:
        if g["kind"] in ("full", "partial", "mixed") and g["article"] in found:
            yield g, found[g["article"]], texts[g["article"]]


def candidates(g, doc, text):
    qs = doc.get("quotes", [])
    best = None
    for q in qs:
        for s, e in [(q["start"], q["end"])] + [(f["start"], f["end"]) for f in q.get("fragments", [])]:
            inter = min(e, g["span"][1]) - max(s, g["span"][0])
            if inter * 2 >= max(e - s, g["span"][1] - g["span"][0]) > 0:
                best = q
    if best is None:
        return None
    sents = [(s["start"], s["end"]) for s in doc.get("sentences", [])]
    k = max([i for i, (s, _) in enumerate(sents) if s <= best["start"]] or [0])
    quoted = [(q["start"], q["end"]) for q in qs if q["kind"] != "indirect"]
    every = [n for n, _, _ in names_in(text, 0, len(text))]
    out = {}

    def add(name, feats):
        key = norm(name or "")
        if key:
            c = out.setdefault(key, {"name": name, "f": collections.Counter()})
            for f, v in feats.items():
                c["f"][f] = max(c["f"][f], v)

    src = best.get("source")
    kind = ("none" if not src else "pron" if src["text"].lower() in PRONOUNS
            else "cap" if src["text"][:1].isupper() and src["text"].split()[0].lower() not in ("the", "a", "an")
            else "desc")
    if best.get("speaker"):
        add(best["speaker"], {"rule": 1})
    i = qs.index(best)
    for j, tag in ((i - 1, "qprev"), (i + 1, "qnext"), (i - 2, "qprev2")):
        if 0 <= j < len(qs) and qs[j].get("speaker"):
            add(qs[j]["speaker"], {tag: 1, tag + "_near": int(abs(qs[j]["start"] - best["start"]) < 400)})
    for off in (-2, -1, 0, 1):
        if 0 <= k + off < len(sents):
            for n, a, b in names_in(text, *sents[k + off]):
                if any(qa <= a < qe for qa, qe in quoted):
                    continue
                full = max((m for m in every if m.split()[-1] == n.split()[-1] and n in m), key=len, default=n)
                f = {"sent%+d" % off: 1, "dist_log": math.log1p(abs(a - best["start"])) / 10,
                     "multi": int(len(full.split()) > 1), "acro": int(full.isupper() and len(full) <= 6)}
                if off == 0:
                    f["before" if b <= best["start"] else "after"] = 1
                if CUE.match(text[b:b + 20]):
                    f["cue_after"] = 1
                if re.search(r"according to\s*$", text[max(0, a - 20):a].lower()):
                    f["according"] = 1
                if re.search(r"\b(told|by|to)\s*$", text[max(0, a - 20):a].lower()):
                    f["told_by"] = 1
                add(full, f)
    spoken = collections.Counter(norm(q["speaker"]) for q in qs if q.get("speaker"))
    rule = norm(best["speaker"]) if best.get("speaker") else None
    rows = []
    for key, c in out.items():
        f = dict(c["f"], **{"set_" + g["article"].split(":")[0]: 1, "source_" + kind: 1})
        f["named_log"] = math.log1p(sum(n.split()[-1] == c["name"].split()[-1] for n in every)) / 3
        f["spoken_log"] = math.log1p(spoken.get(key, 0)) / 2
        if rule and key != rule and rule in key:
            f["contains_rule"] = 1
        for name in list(f):
            if name in ("rule", "qprev", "qnext", "sent-1", "sent+0", "cue_after", "before", "after"):
                f[name + "|" + kind] = f[name]
        rows.append((f, same(c["name"], g["speaker"])))
    return {"article": g["article"], "rule_right": same(best.get("speaker"), g["speaker"]), "rows": rows}


def main():
    binary, folders = sys.argv[1], sys.argv[2:]
    data = [c for folder in folders for c in
            (candidates(g, d, t) for g, d, t in quotes_of(binary, folder)) if c is not None]
    fold = lambda a: int(hashlib.md5(a.encode()).hexdigest(), 16) % 5  # noqa: E731
    tally = collections.Counter()
    for k in range(5):
        train = [x for x in data if fold(x["article"]) != k]
        dv = DictVectorizer()
        X = dv.fit_transform([f for x in train for f, _ in x["rows"]])
        model = LogisticRegression(C=1.0, max_iter=3000).fit(X, [y for x in train for _, y in x["rows"]])
        for x in (x for x in data if fold(x["article"]) == k):
            chosen = bool(x["rows"]) and x["rows"][int(np.argmax(
                model.decision_function(dv.transform([f for f, _ in x["rows"]]))))][1]
            tally["quotes"] += 1
            tally["rules"] += x["rule_right"]
            tally["chooser"] += chosen
            tally["gained"] += chosen and not x["rule_right"]
            tally["lost"] += x["rule_right"] and not chosen
            tally["reachable"] += any(y for _, y in x["rows"])
    n = tally["quotes"]
    print(f"{n} direct quotes found: rules {tally['rules'] / n:.4f}, chooser {tally['chooser'] / n:.4f} "
          f"({tally['gained']} gained, {tally['lost']} lost); right speaker among the candidates "
          f"{tally['reachable'] / n:.4f}")


if __name__ == "__main__":
    main()
