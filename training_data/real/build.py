#!/usr/bin/env python3
"""The real-news corpus: choosing what readers label, and turning their labels into data.

    python3 training_data/real/build.py items    # choose quotes and sentences to label
    python3 training_data/real/build.py batches  # write the reading sheets for the readers
    python3 training_data/real/build.py merge    # agreement, adjudication list, corpus files

Steps, in order:
1. `items` reads the three sets we may train on (../shared/data: wikinews_en, fakes_syria,
   and the gtt_split == "train" rows of muc34_latam_terrorism_news), runs the project's
   own quote extractor over them (examples/quote_candidates.rs) and the sentence
   splitter, and chooses, with a fixed seed, the quotes (at most 10 per article) and the
   whole articles whose sentences are labelled. Each article goes to `train` or `dev`
   by a stable hash of its id (identical FA-KES texts share one hash), so no article
   has items on both sides. Written to training_data/real/items/.
   Sampling uses keyword lists only to make sure trafficking is represented; no
   keyword decides a label.
2. `batches` writes one reading sheet per batch (the article with each quote or
   sentence marked) into the work folder; readers write their labels to
   training_data/real/readers/<reader>/<batch>.jsonl without seeing each other's.
3. `merge` compares the two readers, reports agreement (raw and Cohen's kappa per task),
   lists the disagreements for a third reading, and writes the corpus: the train
   split to training_data/{stance,topics}/real/, the dev split to evaluation/.
"""
import argparse
import collections
import hashlib
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ITEMS = os.path.join(HERE, "items")
READERS = os.path.join(HERE, "readers")
SEED = 20261202
DEV_PERCENT = 16

SETS = {
    "wikinews": "wikinews_en",
    "fakes": "fakes_syria",
    "muc": "muc34_latam_terrorism_news",
}
# Quotes and sentences to choose per set (before readers drop non-quotes).
QUOTE_TARGET = {"wikinews": 2150, "fakes": 850, "muc": 1800}
SENTENCE_TARGET = {"wikinews": 2800, "fakes": 1700, "muc": 3100}
QUOTES_PER_ARTICLE = 10
MAX_ARTICLE_WORDS = 2500
MAX_SENTENCES_PER_ARTICLE = 60
QUOTE_BATCH = 300
SENTENCE_BATCH = 640
# Only to over-sample articles where trafficking can occur (LABELING.md decides the label).
TRAFFICKING_WORDS = re.compile(
    r"traffick|smuggl|cartel|cocaine|heroin|narco|contraband|launder|marijuana|"
    r"drug (lord|ring|gang|dealer|seizure|mafia)|extraditables",
    re.I,
)


def shared_data(args):
    return os.path.abspath(args.data)


def url_of(set_name, a):
    if set_name == "wikinews":
        return a.get("url")
    if set_name == "fakes":
        return "https://doi.org/10.5281/zenodo.2607278"
    return "https://www-nlpir.nist.gov/related_projects/muc/"


def read_articles(args):
    """Every trainable article as {key, set, id, title, text, url, group}."""
    out = []
    for set_name, folder in SETS.items():
        path = os.path.join(shared_data(args), folder, "articles.jsonl")
        first_with_text = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                if set_name == "muc" and a.get("gtt_split") != "train":
                    continue
                text = a["text"]
                group = a["id"]
                if set_name == "fakes":
                    # Identical texts (FA-KES repeats some stories) share one group.
                    h = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
                    group = first_with_text.setdefault(h, a["id"])
                out.append(
                    {
                        "key": f"{set_name}:{a['id']}",
                        "set": set_name,
                        "id": a["id"],
                        "title": a.get("title"),
                        "text": text,
                        "url": url_of(set_name, a),
                        "group": f"{set_name}:{group}",
                    }
                )
    return out


def split_of(group):
    h = int(hashlib.sha256(group.encode()).hexdigest()[:8], 16)
    return "dev" if h % 100 < DEV_PERCENT else "train"


def run_extractor(articles):
    """The project's own sentence splitter and quote extractor, over every article."""
    cmd = ["cargo", "run", "--quiet", "--release", "--example", "quote_candidates"]
    stdin = "".join(json.dumps({"id": a["key"], "text": a["text"]}) + "\n" for a in articles)
    res = subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=REPO, check=True)
    quotes = collections.defaultdict(list)
    sentences = {}
    for line in res.stdout.splitlines():
        row = json.loads(line)
        if "sentences" in row:
            sentences[row["article"]] = row["sentences"]
        else:
            quotes[row["article"]].append(row)
    return quotes, sentences


def cut(text_chars, span):
    return "".join(text_chars[span[0] : span[1]]) if span else None


def cmd_items(args):
    articles = read_articles(args)
    quotes, sentences = run_extractor(articles)
    rng = random.Random(SEED)
    os.makedirs(ITEMS, exist_ok=True)
    quote_items, sentence_items, article_rows = [], [], {}
    for set_name in SETS:
        pool = [a for a in articles if a["set"] == set_name and len(a["text"].split()) <= MAX_ARTICLE_WORDS]
        pool.sort(key=lambda a: a["key"])
        rng.shuffle(pool)
        # Quotes: articles in random order, at most 10 quotes each, until the target.
        chosen_q = 0
        for a in pool:
            if chosen_q >= QUOTE_TARGET[set_name]:
                break
            found = quotes.get(a["key"], [])
            if not found:
                continue
            picked = sorted(rng.sample(found, min(QUOTES_PER_ARTICLE, len(found))), key=lambda q: q["span"][0])
            chars = list(a["text"])
            for q in picked:
                quote_items.append(
                    {
                        "id": f"{a['key']}#q{q['span'][0]}",
                        "article": a["key"],
                        "split": split_of(a["group"]),
                        "kind": q["kind"],
                        "span": q["span"],
                        "text": cut(chars, q["span"]),
                        "context_span": q["context"],
                        "context": cut(chars, q["context"]),
                        "cue_span": q["cue"],
                        "cue": cut(chars, q["cue"]),
                        "source_span": q["source"],
                        "source": cut(chars, q["source"]),
                    }
                )
                article_rows[a["key"]] = a
            chosen_q += len(picked)
        # Sentences: whole articles; articles where trafficking can occur first, up to
        # 40% of the target, then the rest in random order.
        target = SENTENCE_TARGET[set_name]
        traffic = [a for a in pool if TRAFFICKING_WORDS.search(a["text"])]
        chosen_s = 0
        taken = set()
        for limit, group in ((int(target * 0.4), traffic), (target, pool)):
            for a in group:
                if chosen_s >= limit:
                    break
                spans = sentences.get(a["key"], [])
                if a["key"] in taken or not spans or len(spans) > MAX_SENTENCES_PER_ARTICLE:
                    continue
                taken.add(a["key"])
                chars = list(a["text"])
                for i, s in enumerate(spans):
                    sentence_items.append(
                        {
                            "id": f"{a['key']}#s{i}",
                            "article": a["key"],
                            "split": split_of(a["group"]),
                            "span": s,
                            "text": cut(chars, s),
                        }
                    )
                article_rows[a["key"]] = a
                chosen_s += len(spans)
    with open(os.path.join(ITEMS, "articles.jsonl"), "w", encoding="utf-8") as f:
        for key in sorted(article_rows):
            a = article_rows[key]
            f.write(json.dumps({k: a[k] for k in ("key", "set", "id", "title", "url", "group")}, ensure_ascii=False) + "\n")
    for name, items in (("quotes", quote_items), ("sentences", sentence_items)):
        with open(os.path.join(ITEMS, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    report(quote_items, sentence_items)


def report(quote_items, sentence_items):
    for name, items in (("quotes", quote_items), ("sentences", sentence_items)):
        c = collections.Counter((it["article"].split(":")[0], it["split"]) for it in items)
        print(name, len(items), dict(sorted(c.items())))
    print("quote kinds", collections.Counter(it["kind"] for it in quote_items))


def load_items(name):
    with open(os.path.join(ITEMS, f"{name}.jsonl"), encoding="utf-8") as f:
        return [json.loads(l) for l in f]


def article_texts(args):
    return {a["key"]: a for a in read_articles(args)}


def batches_of(items, size):
    """Consecutive items, whole articles per batch, about `size` items each."""
    by_article = collections.OrderedDict()
    for it in items:
        by_article.setdefault(it["article"], []).append(it)
    # Interleave sets so every batch holds all three sources.
    keys = list(by_article)
    rng = random.Random(SEED + 1)
    rng.shuffle(keys)
    out, cur = [], []
    for k in keys:
        cur.extend(by_article[k])
        if len(cur) >= size:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def mark_quotes(text, quotes):
    """The article with each chosen quote wrapped as ⟦q:N …⟧ (N = item number in the sheet)."""
    chars = list(text)
    inserts = []
    for n, q in quotes:
        inserts.append((q["span"][0], 0, f"⟦{n}: "))
        inserts.append((q["span"][1], 1, f" ⟧{n}"))
    for pos, order, s in sorted(inserts, key=lambda x: (-x[0], -x[1])):
        chars[pos:pos] = list(s)
    return "".join(chars)


def cmd_batches(args):
    arts = article_texts(args)
    os.makedirs(args.work, exist_ok=True)
    manifest = {}
    for name, size in (("quotes", QUOTE_BATCH), ("sentences", SENTENCE_BATCH)):
        for b, items in enumerate(batches_of(load_items(name), size), start=1):
            batch = f"{name[0]}{b:02d}"
            manifest[batch] = [it["id"] for it in items]
            lines = [f"# Batch {batch}: {len(items)} {name}\n"]
            by_article = collections.OrderedDict()
            for it in items:
                by_article.setdefault(it["article"], []).append(it)
            for key, its in by_article.items():
                a = arts[key]
                title = f" — {a['title']}" if a.get("title") else ""
                lines.append(f"\n## Article {key}{title}\n")
                if name == "quotes":
                    numbered = [(it["id"].split("#")[1], it) for it in its]
                    lines.append(mark_quotes(a["text"], numbered) + "\n")
                    lines.append("\nItems:\n")
                    for n, it in numbered:
                        short = it["text"] if len(it["text"]) <= 80 else it["text"][:77] + "..."
                        lines.append(f"- `{it['id']}` ({it['kind']}): {short}\n")
                else:
                    for it in its:
                        lines.append(f"[{it['id']}] {it['text']}\n")
            with open(os.path.join(args.work, f"{batch}.md"), "w", encoding="utf-8") as f:
                f.writelines(lines)
            with open(os.path.join(args.work, f"{batch}.ids"), "w", encoding="utf-8") as f:
                f.write("\n".join(manifest[batch]) + "\n")
    with open(os.path.join(ITEMS, "batches.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=0)
    print({k: len(v) for k, v in manifest.items()})


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("step", choices=["items", "batches", "merge"])
    p.add_argument("--data", default=os.environ.get("TOPIC_STANCE_DATA", os.path.join(REPO, "..", "shared", "data")))
    p.add_argument("--work", default=os.path.join(REPO, "target", "labelling"))
    args = p.parse_args()
    {"items": cmd_items, "batches": cmd_batches, "merge": lambda a: cmd_merge(a)}[args.step](args)


def cmd_merge(args):
    raise SystemExit("merge: written once the first labels are in")


if __name__ == "__main__":
    main()
