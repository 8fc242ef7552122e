#!/usr/bin/env python3
"""Checks the FORMAT of a reader's label file against its batch (ids complete, values
allowed). It never suggests a label.  python3 check.py SHEET_DIR BATCH LABEL_FILE"""
import json, sys
sheets, batch, path = sys.argv[1:4]
ids = [l.strip() for l in open(f"{sheets}/{batch}.ids") if l.strip()]
want = set(ids)
seen, problems = set(), []
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        r = json.loads(line)
    except Exception as e:
        problems.append(f"line {n}: not JSON: {e}"); continue
    i = r.get("id")
    if i not in want:
        problems.append(f"line {n}: unknown id {i!r}"); continue
    if i in seen:
        problems.append(f"line {n}: id {i} given twice")
    seen.add(i)
    speakers_only = batch.startswith("k") or batch.startswith("third-k")
    if speakers_only or batch.startswith("q") or batch.startswith("third-q"):
        # Quote sheets: speech or not, and who said it; the speaker sheets of
        # speaker_sets.py ask nothing more, the quote sheets also stance and target.
        if r.get("quote") is False:
            if not isinstance(r.get("why"), str):
                problems.append(f"line {n}: quote false needs a short 'why'")
            continue
        if r.get("quote") is not True:
            problems.append(f"line {n}: 'quote' must be true or false")
        if not (r.get("speaker") is None or isinstance(r.get("speaker"), str)):
            problems.append(f"line {n}: speaker must be a string or null")
        if not speakers_only:
            if r.get("stance") not in ("favor", "against", "neutral"):
                problems.append(f"line {n}: stance must be favor, against or neutral")
            if not isinstance(r.get("target"), str):
                problems.append(f"line {n}: target must be a short string")
    else:
        labs = r.get("labels")
        if not isinstance(labs, list) or any(l not in ("terrorism", "trafficking", "diplomacy") for l in labs) or len(set(labs)) != len(labs):
            problems.append(f"line {n}: labels must be a list of distinct topics from terrorism, trafficking, diplomacy")
missing = [i for i in ids if i not in seen]
for p in problems[:50]:
    print(p)
print(f"{len(seen)} of {len(ids)} items labelled; {len(missing)} missing; {len(problems)} problems")
if missing:
    print("first missing:", missing[:10])
sys.exit(1 if problems or missing else 0)
