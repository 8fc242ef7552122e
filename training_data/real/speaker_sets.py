#!/usr/bin/env python3
"""Two more sets of real-news speakers, read from articles nobody had labelled.

    python3 training_data/real/speaker_sets.py items  --set check   # choose the quotes
    python3 training_data/real/speaker_sets.py sheets --set check   # reading sheets
    python3 training_data/real/speaker_sets.py merge  --set check   # agreement, third sheet, the set

Why: the speaker rules were developed on the training split's misses (and, at the
fourteenth stop, on classify's output over a sample of unlabelled FA-KES articles,
listed in check/read_in_development.txt and kept out). The dev set (202 direct quotes)
stayed flat while the training split rose. So, at the fifteenth stop:

- `check`: a held-out set, chosen first. It tells rules fitted to one set from a
  small set's noise. Evaluation data only: nobody reads its misses to write rules.
  Written to evaluation/real_speakers_check.jsonl and real_articles_check.jsonl
  (`evaluate quotes` reports it as real_speakers_check).
- `check2`: a third held-out set, chosen the same way at the sixteenth stop from the
  articles left, before that stop's rules, and read like `check` (evaluation/
  real_speakers_check2.jsonl, reported as real_speakers_check2). With `check` and the
  dev set it gives a held-out figure over about 650 quotes.
- `study`: chosen the same way from the remaining articles, measured once before any
  rule looked at it, then used like the training split to find what the rules miss.
  Written to study/real_speakers_dev.jsonl and real_articles_dev.jsonl (the dev set's
  format: `evaluate quotes --eval-labels training_data/real/study`).
- `study2`: chosen at the eighteenth stop from what was left: every Wikinews article
  with a direct quote that no set had read (127 quotes in 53 articles; no FA-KES article
  with one was left). Meant to calibrate the speaker score on text the rules were not
  written from, it proved too small for that (16 wrong speakers in 114 scored); measured
  once (0.8235) and then studied like `study` (`--eval-labels training_data/real/study2`).
- `study3`: chosen at the twenty-fourth stop from the last Wikinews articles nobody had
  read, those longer than the other sets allowed (2,500 to 12,000 words: campaign
  chronicles, features, interviews), up to 10 quotes an article. Measured once before
  any rule looked at it, then studied like `study2`.
- `study4`: chosen at the twenty-fifth stop, when no unread article with a direct quote
  was left, from the quotes nobody labelled in articles already studied: the training
  split's Wikinews and FA-KES articles and those of `study` and `study2` (never a
  held-out set's), their direct quotes that overlap no item read before (the training
  split took at most 10 quotes an article, the study sets 4, and the extractor finds
  more now), up to 8 an article. Measured once before any rule looked at it, then
  studied like the others.
- `study5`: chosen at the twenty-sixth stop the same way, from the quotes still
  unlabelled in the same articles and in those of `study3` and `study4`, up to 12 an
  article (articles up to 12,000 words, as for `study3`).

What is chosen: direct quotes (full, partial, mixed as the extractor finds them) from
Wikinews and FA-KES articles with no labelled item (no FA-KES article sharing a text
with one) and none in an earlier set, articles in a seeded random order, at most 4
quotes an article, up to the set's target. Two readers give, for each, whether it is
speech and who said it (briefs/GUIDE_speakers.md); where they differ a third reads it
blind and the majority decides.
"""
import argparse
import collections
import json
import os
import random
import sys

import build

HERE = build.HERE
# Each set: its seed, how many quotes of each source, the sets whose articles it leaves
# out, the prefix of its sheets (the third reading's is "third-" and the prefix), and
# whether it is held out (written to evaluation/ as real_*_<set>.jsonl) or studied
# (written to its own folder in the dev set's format).
SETS = {
    "check": {"seed": 20261206, "target": {"wikinews": 200, "fakes": 60}, "after": [],
              "prefix": "k", "held_out": True},
    "study": {"seed": 20261207, "target": {"wikinews": 300, "fakes": 100}, "after": ["check"],
              "prefix": "ks", "held_out": False},
    "check2": {"seed": 20261208, "target": {"wikinews": 200, "fakes": 60}, "after": ["check", "study"],
               "prefix": "k2", "held_out": True},
    "study2": {"seed": 20261209, "target": {"wikinews": 300, "fakes": 100},
              "after": ["check", "study", "check2"], "prefix": "kc", "held_out": False},
    "study3": {"seed": 20261210, "target": {"wikinews": 150}, "after": ["check", "study", "check2", "study2"],
               "prefix": "k3", "held_out": False, "max_words": 12000, "per_article": 10},
    "study4": {"seed": 20261211, "target": {"wikinews": 300, "fakes": 100}, "after": [],
               "reread": ["study", "study2"], "prefix": "k4", "held_out": False, "per_article": 8},
    "study5": {"seed": 20261212, "target": {"wikinews": 300, "fakes": 100}, "after": [],
               "reread": ["study", "study2", "study3", "study4"], "prefix": "k5", "held_out": False,
               "per_article": 12, "max_words": 12000},
}
PER_ARTICLE = 4
SHEET = 130
DIRECT = ("full", "partial", "mixed")


def folder(name):
    return os.path.join(HERE, name)


def excluded_articles(name):
    """Articles with a labelled item and those read while developing rules (keys), and
    the groups of labelled articles (an FA-KES group is one text)."""
    keys, groups = set(), set()
    with open(os.path.join(build.ITEMS, "articles.jsonl"), encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            keys.add(a["key"])
            groups.add(a["group"])
    with open(os.path.join(folder("check"), "read_in_development.txt"), encoding="utf-8") as f:
        keys.update(l.split("#")[0].strip() for l in f if l.strip() and not l.startswith("#"))
    for earlier in SETS[name]["after"]:
        keys.update(a["key"] for a in load(earlier, "articles.jsonl"))
    return keys, groups


def read_before(name):
    """For a set that rereads studied articles: the spans already read in each (the
    training split's items and the listed sets'), by article key."""
    spans = collections.defaultdict(list)
    with open(os.path.join(build.ITEMS, "quotes.jsonl"), encoding="utf-8") as f:
        for it in (json.loads(l) for l in f if l.strip()):
            if it["split"] == "train":
                spans[it["article"]].append(it["span"])
    for earlier in SETS[name]["reread"]:
        for it in load(earlier, "items.jsonl"):
            spans[it["article"]].append(it["span"])
    return spans


def unread(found, spans):
    return [q for q in found if not any(min(q["span"][1], s[1]) > max(q["span"][0], s[0]) for s in spans)]


def pool_of(args):
    """The articles a set is chosen from, and for a rereading set the spans read before."""
    every = build.read_articles(args)
    max_words = SETS[args.set].get("max_words", build.MAX_ARTICLE_WORDS)
    if "reread" in SETS[args.set]:
        before = read_before(args.set)
        pool = [a for a in every if a["set"] in SETS[args.set]["target"] and a["key"] in before]
        return [a for a in pool if len(a["text"].split()) <= max_words], before
    keys, groups = excluded_articles(args.set)
    groups |= {a["group"] for a in every if a["key"] in keys}
    pool = [
        a
        for a in every
        if a["set"] in SETS[args.set]["target"]
        and a["key"] not in keys
        and a["group"] not in groups
        and len(a["text"].split()) <= max_words
    ]
    return pool, None


def cmd_items(args):
    pool, before = pool_of(args)
    quotes, _ = build.run_extractor(pool)
    rng = random.Random(SETS[args.set]["seed"])
    items, articles = [], []
    for set_name, target in SETS[args.set]["target"].items():
        arts = sorted((a for a in pool if a["set"] == set_name), key=lambda a: a["key"])
        rng.shuffle(arts)
        chosen = 0
        for a in arts:
            if chosen >= target:
                break
            found = [q for q in quotes.get(a["key"], []) if q["kind"] in DIRECT]
            if before is not None:
                found = unread(found, before[a["key"]])
            if not found:
                continue
            per_article = SETS[args.set].get("per_article", PER_ARTICLE)
            picked = rng.sample(found, min(per_article, len(found), target - chosen))
            chars = list(a["text"])
            for q in sorted(picked, key=lambda q: q["span"][0]):
                items.append(
                    {
                        "id": f"{a['key']}#q{q['span'][0]}",
                        "article": a["key"],
                        "kind": q["kind"],
                        "span": q["span"],
                        "text": build.cut(chars, q["span"]),
                    }
                )
            articles.append({k: a[k] for k in ("key", "set", "id", "title", "url", "group")})
            chosen += len(picked)
    os.makedirs(folder(args.set), exist_ok=True)
    with open(os.path.join(folder(args.set), "items.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(folder(args.set), "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in sorted(articles, key=lambda a: a["key"]):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(len(items), "quotes", dict(collections.Counter(it["article"].split(":")[0] for it in items)),
          "in", len(articles), "articles")


def load(set_name, name):
    with open(os.path.join(folder(set_name), name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write_sheet(args, name, items, texts):
    by_article = collections.OrderedDict()
    for it in items:
        by_article.setdefault(it["article"], []).append(it)
    lines = [f"# Sheet {name}: {len(items)} quotes\n"]
    for key, its in by_article.items():
        lines.extend(build.quote_article_lines(texts[key], its))
    os.makedirs(args.work, exist_ok=True)
    with open(os.path.join(args.work, f"{name}.md"), "w", encoding="utf-8") as f:
        f.writelines(lines)
    with open(os.path.join(args.work, f"{name}.ids"), "w", encoding="utf-8") as f:
        f.write("\n".join(it["id"] for it in items) + "\n")


def sheets_of(items):
    """Whole articles per sheet, as few sheets as hold at most about SHEET quotes each,
    of even size, in the items' order."""
    size = -(-len(items) // -(-len(items) // SHEET))
    out, cur, last = [], [], None
    for it in items:
        if len(cur) >= size and it["article"] != last:
            out.append(cur)
            cur = []
        cur.append(it)
        last = it["article"]
    if cur:
        out.append(cur)
    return out


def cmd_sheets(args):
    texts = build.article_texts(args)
    manifest = {}
    prefix = SETS[args.set]["prefix"]
    for n, items in enumerate(sheets_of(load(args.set, "items.jsonl")), start=1):
        name = f"{prefix}{n:02d}"
        manifest[name] = [it["id"] for it in items]
        write_sheet(args, name, items, texts)
    with open(os.path.join(folder(args.set), "sheets.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=0)
    print({k: len(v) for k, v in manifest.items()}, "in", args.work)


def read_reader(set_name, reader):
    out = {}
    path = os.path.join(folder(set_name), "readers", reader)
    for name in sorted(os.listdir(path)) if os.path.isdir(path) else []:
        if name.endswith(".jsonl"):
            with open(os.path.join(path, name), encoding="utf-8") as f:
                out.update({r["id"]: r for r in (json.loads(l) for l in f if l.strip())})
    return out


def cmd_merge(args):
    items = load(args.set, "items.jsonl")
    a, b, c = (read_reader(args.set, r) for r in ("a", "b", "c"))
    missing = [it["id"] for it in items if it["id"] not in a or it["id"] not in b]
    if missing:
        sys.exit(f"not read by both readers yet: {len(missing)} quotes, first {missing[0]}")
    quote_pairs, speaker_same, speaker_n = [], 0, 0
    third, rows, dropped = [], [], collections.Counter()
    for it in items:
        ra, rb, rc = a[it["id"]], b[it["id"]], c.get(it["id"])
        quote_pairs.append((ra["quote"], rb["quote"]))
        both = ra["quote"] and rb["quote"]
        agree = ra["quote"] == rb["quote"] and (not both or build.same_speaker(ra.get("speaker"), rb.get("speaker")))
        if both:
            speaker_n += 1
            speaker_same += build.same_speaker(ra.get("speaker"), rb.get("speaker"))
        if not agree and rc is None:
            third.append(it)
            continue
        votes = [r for r in (ra, rb, rc) if r is not None]
        if not build.majority([r["quote"] for r in votes]):
            dropped["not a quote"] += 1
            continue
        speakers = [r.get("speaker") for r in votes if r["quote"]]
        speaker = build.majority_speaker(speakers)
        if speaker is None:
            dropped["no speaker two readers share (or none named)"] += 1
            continue
        rows.append({"id": it["id"], "article": it["article"], "span": it["span"], "kind": it["kind"], "speaker": speaker})
    agreement = {
        "quotes": len(quote_pairs),
        "is_a_quote": {"raw": build.ratio(sum(x == y for x, y in quote_pairs), len(quote_pairs)),
                       "kappa": build.rnd(build.kappa(quote_pairs, [True, False]))},
        "speaker": {"items": speaker_n, "raw": build.ratio(speaker_same, speaker_n)},
    }
    print(json.dumps(agreement, indent=1))
    if third:
        texts = build.article_texts(args)
        third_name = f"third-{SETS[args.set]['prefix']}"
        write_sheet(args, third_name, third, texts)
        sys.exit(f"third reading needed: {len(third)} quotes (sheet {args.work}/{third_name}.md)")
    if SETS[args.set]["held_out"]:
        out = os.path.join(build.REPO, "evaluation")
        quotes_file, articles_file = f"real_speakers_{args.set}.jsonl", f"real_articles_{args.set}.jsonl"
    else:
        out = folder(args.set)
        quotes_file, articles_file = "real_speakers_dev.jsonl", "real_articles_dev.jsonl"
    texts = build.article_texts(args)
    with open(os.path.join(out, quotes_file), "w", encoding="utf-8") as f:
        for r in sorted(rows, key=lambda r: r["id"]):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, articles_file), "w", encoding="utf-8") as f:
        for k in sorted({r["article"] for r in rows}):
            f.write(json.dumps({"id": k, "key": k, "text": texts[k]["text"], "url": texts[k]["url"]}, ensure_ascii=False) + "\n")
    summary = {"agreement": agreement, "quotes": len(rows), "third_readings": sum(1 for it in items if it["id"] in c),
               "dropped": dict(dropped), "by_set": dict(collections.Counter(r["article"].split(":")[0] for r in rows))}
    with open(os.path.join(folder(args.set), "agreement.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps(summary, indent=1))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("step", choices=["items", "sheets", "merge"])
    p.add_argument("--set", choices=sorted(SETS), required=True)
    p.add_argument("--data", default=os.environ.get("TOPIC_STANCE_DATA", os.path.join(build.REPO, "..", "shared", "data")))
    p.add_argument("--work", default=os.path.join(build.REPO, "target", "labelling-check"))
    args = p.parse_args()
    {"items": cmd_items, "sheets": cmd_sheets, "merge": cmd_merge}[args.step](args)


if __name__ == "__main__":
    main()
