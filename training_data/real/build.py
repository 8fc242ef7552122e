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


def article_heading(a):
    """The heading of an article in a reading sheet: its key and title."""
    title = f" — {a['title']}" if a.get("title") else ""
    return f"\n## Article {a['key']}{title}\n"


def quote_article_lines(a, its):
    """An article of a quote sheet: its heading, its text with each quote of `its`
    marked, and the list of those items."""
    numbered = [(it["id"].split("#")[1], it) for it in its]
    lines = [article_heading(a), mark_quotes(a["text"], numbered) + "\n", "\nItems:\n"]
    for n, it in numbered:
        short = it["text"] if len(it["text"]) <= 80 else it["text"][:77] + "..."
        lines.append(f"- `{it['id']}` ({it['kind']}): {short}\n")
    return lines


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
                if name == "quotes":
                    lines.extend(quote_article_lines(a, its))
                else:
                    lines.append(article_heading(a))
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
    p.add_argument("step", choices=["items", "refresh", "batches", "merge", "speakers-train", "speaker-score"])
    p.add_argument("--data", default=os.environ.get("TOPIC_STANCE_DATA", os.path.join(REPO, "..", "shared", "data")))
    p.add_argument("--work", default=os.path.join(REPO, "target", "labelling"))
    args = p.parse_args()
    {"items": cmd_items, "batches": cmd_batches, "merge": lambda a: cmd_merge(a), "speakers-train": cmd_speakers_train, "speaker-score": cmd_speaker_score, "refresh": cmd_refresh}[args.step](args)


LABELS = ["terrorism", "trafficking", "diplomacy"]
STANCES = ["favor", "against", "neutral"]


def read_labels(reader, batch):
    path = os.path.join(READERS, reader, f"{batch}.jsonl")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in (json.loads(l) for l in f if l.strip())}


def kappa(pairs, categories):
    """Cohen's kappa of two readers over (a, b) pairs."""
    n = len(pairs)
    if n == 0:
        return None
    po = sum(a == b for a, b in pairs) / n
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    pe = sum(ca[c] * cb[c] for c in categories) / (n * n)
    return None if pe == 1 else (po - pe) / (1 - pe)


def norm_speaker(s):
    """A speaker as readers and the evaluator compare it: lowercase, no leading article,
    no punctuation at the ends."""
    if s is None:
        return None
    s = " ".join(s.lower().split()).strip(" .,;:'\"")
    for art in ("the ", "a ", "an "):
        if s.startswith(art):
            s = s[len(art):]
    return s


def same_speaker(a, b):
    """The rule of evaluation::speakers: equal, or one a whole-word suffix of the other
    with the shorter at least two words long."""
    a, b = norm_speaker(a), norm_speaker(b)
    if a is None or b is None:
        return a == b
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 2 and long_.endswith(" " + short)


def majority_speaker(speakers):
    """The speaker at least two of the readers' `speakers` name (by `same_speaker`), or
    None."""
    return next((s for s in speakers if sum(same_speaker(s, t) for t in speakers) >= 2), None)


def majority(values):
    c = collections.Counter(values).most_common()
    if len(c) > 1 and c[0][1] == c[1][1]:
        return None
    return c[0][0]


def cmd_refresh(args):
    """Re-reads every chosen quote with the current extractor: where it finds the same
    span again, the item takes its kind, cue and source as found now (what the stance
    model is given at serve time); the span, the text and the readers' labels are
    untouched. Run `merge` afterwards to rewrite the corpus files."""
    articles = read_articles(args)
    quotes, _ = run_extractor([a for a in articles if a["key"] in {it["article"] for it in load_items("quotes")}])
    items = load_items("quotes")
    texts = {a["key"]: list(a["text"]) for a in articles}
    changed = collections.Counter()
    for it in items:
        found = next((q for q in quotes.get(it["article"], []) if q["span"] == it["span"]), None)
        if found is None:
            changed["span no longer found: kept as labelled"] += 1
            continue
        chars = texts[it["article"]]
        new = {
            "kind": found["kind"],
            "context_span": found["context"],
            "context": cut(chars, found["context"]),
            "cue_span": found["cue"],
            "cue": cut(chars, found["cue"]),
            "source_span": found["source"],
            "source": cut(chars, found["source"]),
        }
        for k, v in new.items():
            if it.get(k) != v:
                changed[k] += 1
        it.update(new)
    with open(os.path.join(ITEMS, "quotes.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(dict(changed))


def training_speakers(args):
    """The training split's agreed speakers as `evaluate quotes --eval-labels` reads them:
    the quote rows and their articles, in the dev set's format."""
    items = {it["id"]: it for it in load_items("quotes")}
    texts = article_texts(args)
    rows = []
    for set_name in ("wikinews", "fakes", "muc"):
        path = os.path.join(REPO, "training_data", "stance", "real", f"{set_name}.jsonl")
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("speaker"):
                    it = items[r["id"]]
                    rows.append({"id": r["id"], "article": it["article"], "span": it["span"], "kind": it["kind"], "speaker": r["speaker"]})
    articles = [{"id": k, "key": k, "text": texts[k]["text"], "url": texts[k]["url"]}
                for k in sorted({r["article"] for r in rows})]
    return rows, articles


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write_rows(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def cmd_speakers_train(args):
    """The training split's agreed speakers in the dev set's format, for working on the
    speaker rules without reading the dev set: --work FOLDER gets real_speakers_dev.jsonl
    and real_articles_dev.jsonl (`evaluate quotes --eval-labels FOLDER` reads them)."""
    rows, articles = training_speakers(args)
    os.makedirs(args.work, exist_ok=True)
    write_rows(os.path.join(args.work, "real_speakers_dev.jsonl"), rows)
    write_rows(os.path.join(args.work, "real_articles_dev.jsonl"), articles)
    print(f"{len(rows)} training-split quotes with agreed speakers in {args.work}")


def cmd_speaker_score(args):
    """The training data of the speaker score (`training_data/speakers/`): the training
    split's agreed speakers and the study set's (`study/`), one `quotes.jsonl` and one
    `articles.jsonl`. Nothing is written when an article of a held-out speaker set is
    among them."""
    rows, articles = training_speakers(args)
    study = os.path.join(HERE, "study")
    rows += read_rows(os.path.join(study, "real_speakers_dev.jsonl"))
    articles += read_rows(os.path.join(study, "real_articles_dev.jsonl"))
    articles = sorted({a["key"]: a for a in articles}.values(), key=lambda a: a["key"])
    held_out = set()
    for name in ("real_articles_dev.jsonl", "real_articles_check.jsonl", "real_articles_check2.jsonl"):
        held_out.update(a["key"] for a in read_rows(os.path.join(REPO, "evaluation", name)))
    shared = held_out & {a["key"] for a in articles}
    if shared:
        sys.exit(f"articles of a held-out speaker set in the training data: {sorted(shared)}")
    out = os.path.join(REPO, "training_data", "speakers")
    write_rows(os.path.join(out, "quotes.jsonl"), rows)
    write_rows(os.path.join(out, "articles.jsonl"), articles)
    print(f"{len(rows)} quotes and {len(articles)} articles in {out}")


def cmd_merge(args):
    manifest = json.load(open(os.path.join(ITEMS, "batches.json")))
    quotes = {it["id"]: it for it in load_items("quotes")}
    sentences = {it["id"]: it for it in load_items("sentences")}
    articles = {}
    with open(os.path.join(ITEMS, "articles.jsonl"), encoding="utf-8") as f:
        for l in f:
            a = json.loads(l)
            articles[a["key"]] = a
    report = {"quotes": collections.Counter(), "sentences": collections.Counter()}
    valid_pairs, stance_pairs, speaker_same, speaker_n = [], [], 0, 0
    label_pairs = {l: [] for l in LABELS}
    set_agree = set_n = 0
    third_q, third_s = {}, {}
    final_q, final_s = {}, {}
    # The third reader labels only the disagreements, in sheets of their own.
    c = {}
    cdir = os.path.join(READERS, "c")
    for name in sorted(os.listdir(cdir)) if os.path.isdir(cdir) else []:
        if name.endswith(".jsonl"):
            with open(os.path.join(cdir, name), encoding="utf-8") as f:
                c.update({r["id"]: r for r in (json.loads(l) for l in f if l.strip())})
    for batch, ids in sorted(manifest.items()):
        a, b = (read_labels(r, batch) for r in ("a", "b"))
        if a is None or b is None or any(i not in a or i not in b for i in ids):
            print(f"{batch}: not labelled by both readers yet", file=sys.stderr)
            continue
        for i in ids:
            ra, rb, rc = a[i], b[i], c.get(i)
            if batch.startswith("q"):
                valid_pairs.append((ra["quote"], rb["quote"]))
                both = ra["quote"] and rb["quote"]
                if both:
                    stance_pairs.append((ra["stance"], rb["stance"]))
                    speaker_n += 1
                    speaker_same += same_speaker(ra.get("speaker"), rb.get("speaker"))
                need_third = ra["quote"] != rb["quote"] or (both and ra["stance"] != rb["stance"])
                # The speaker dev set needs agreed speakers.
                it = quotes[i]
                if both and it["split"] == "dev" and not same_speaker(ra.get("speaker"), rb.get("speaker")):
                    need_third = True
                if need_third and rc is None:
                    third_q.setdefault(batch, []).append(i)
                    continue
                votes = [r for r in (ra, rb, rc) if r is not None]
                valid = majority([r["quote"] for r in votes])
                if not valid:
                    report["quotes"]["not a quote"] += 1
                    continue
                stances = [r["stance"] for r in votes if r["quote"]]
                stance = majority(stances)
                if stance is None:
                    report["quotes"]["dropped: no majority"] += 1
                    continue
                speakers = [r.get("speaker") for r in votes if r["quote"]]
                speaker = majority_speaker(speakers)
                if speaker is None and it["split"] == "dev":
                    report["quotes"]["dev: speaker without majority"] += 1
                final_q[i] = {"stance": stance, "speaker": speaker, "target": (ra if ra["quote"] else rb).get("target"), "third": rc is not None}
            else:
                sa, sb = sorted(ra["labels"]), sorted(rb["labels"])
                for l in LABELS:
                    label_pairs[l].append((l in sa, l in sb))
                set_n += 1
                set_agree += sa == sb
                if sa != sb and rc is None:
                    third_s.setdefault(batch, []).append(i)
                    continue
                votes = [sorted(r["labels"]) for r in (ra, rb, rc) if r is not None]
                final_s[i] = {"labels": [l for l in LABELS if sum(l in v for v in votes) * 2 > len(votes)], "third": rc is not None}
    agreement = {
        "quotes": {
            "items": len(valid_pairs),
            "is_a_quote": {"raw": ratio(sum(x == y for x, y in valid_pairs), len(valid_pairs)), "kappa": rnd(kappa(valid_pairs, [True, False]))},
            "stance": {"items": len(stance_pairs), "raw": ratio(sum(x == y for x, y in stance_pairs), len(stance_pairs)), "kappa": rnd(kappa(stance_pairs, STANCES))},
            "speaker": {"items": speaker_n, "raw": ratio(speaker_same, speaker_n)},
        },
        "sentences": {
            "items": set_n,
            "label_set": {"raw": ratio(set_agree, set_n)},
            "per_label": {l: {"raw": ratio(sum(x == y for x, y in p), len(p)), "kappa": rnd(kappa(p, [True, False]))} for l, p in label_pairs.items()},
        },
    }
    print(json.dumps(agreement, indent=1))
    os.makedirs(args.work, exist_ok=True)
    write_third_sheets(args, third_q, third_s)
    if third_q or third_s:
        print(f"third reading needed: {sum(map(len, third_q.values()))} quotes, {sum(map(len, third_s.values()))} sentences "
              f"(sheets in {args.work}/third-*.md)", file=sys.stderr)
    write_corpus(args, quotes, sentences, articles, final_q, final_s, agreement, report)


def ratio(a, b):
    return round(a / b, 4) if b else None


def rnd(x):
    return None if x is None else round(x, 4)


def write_third_sheets(args, third_q, third_s):
    """Sheets of the items the two readers disagree on, for a third reader who sees
    neither reading."""
    arts = None
    for kind, pending in (("q", third_q), ("s", third_s)):
        ids = [i for batch in sorted(pending) for i in pending[batch]]
        path = os.path.join(args.work, f"third-{kind}.md")
        if not ids:
            if os.path.exists(path):
                os.remove(path)
            continue
        arts = arts or article_texts(args)
        name = "quotes" if kind == "q" else "sentences"
        wanted = set(ids)
        items = [it for it in load_items(name) if it["id"] in wanted]
        lines = [f"# Third reading: {len(items)} {name}\n"]
        by_article = collections.OrderedDict()
        for it in items:
            by_article.setdefault(it["article"], []).append(it)
        for key, its in by_article.items():
            a = arts[key]
            if kind == "q":
                lines.extend(quote_article_lines(a, its))
            else:
                lines.append(article_heading(a))
                # The whole article for context; only the listed sentences are labelled.
                lines.append("Context (whole article):\n\n" + a["text"] + "\n\nLabel these sentences:\n")
                for it in its:
                    lines.append(f"[{it['id']}] {it['text']}\n")
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(lines)
        with open(os.path.join(args.work, f"third-{kind}.ids"), "w", encoding="utf-8") as f:
            f.write("\n".join(it["id"] for it in items) + "\n")


def write_corpus(args, quotes, sentences, articles, final_q, final_s, agreement, report):
    out_stance = collections.defaultdict(list)
    out_topics = collections.defaultdict(list)
    dev_quotes, dev_sentences, dev_speakers = [], [], []
    for i, it in quotes.items():
        f = final_q.get(i)
        if f is None:
            continue
        a = articles[it["article"]]
        row = {
            "id": i,
            "text": it["text"],
            "context": it["context"],
            "cue": it["cue"],
            "kind": it["kind"],
            "speaker": f["speaker"],
            "target": f["target"],
            "stance": f["stance"],
            "article": it["article"],
            "url": a["url"],
        }
        if it["context"] is None or it["text"] not in it["context"]:
            report["quotes"]["dropped: quote not inside its context"] += 1
            continue
        if it["split"] == "train":
            out_stance[a["set"]].append(row)
        else:
            dev_quotes.append(row)
            if a["set"] in ("wikinews", "fakes") and f["speaker"] is not None:
                dev_speakers.append({"id": i, "article": it["article"], "span": it["span"], "kind": it["kind"], "speaker": f["speaker"]})
    for i, it in sentences.items():
        f = final_s.get(i)
        if f is None:
            continue
        a = articles[it["article"]]
        row = {"id": i, "text": it["text"], "labels": f["labels"], "article": it["article"], "url": a["url"]}
        (out_topics[a["set"]] if it["split"] == "train" else dev_sentences).append(row)
    def dump(path, rows):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            for r in sorted(rows, key=lambda r: r["id"]):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for set_name, rows in out_stance.items():
        dump(os.path.join(REPO, "training_data", "stance", "real", f"{set_name}.jsonl"), rows)
    for set_name, rows in out_topics.items():
        dump(os.path.join(REPO, "training_data", "topics", "real", f"{set_name}.jsonl"), rows)
    ev = os.path.join(REPO, "evaluation")
    dump(os.path.join(ev, "real_quotes_dev.jsonl"), dev_quotes)
    dump(os.path.join(ev, "real_sentences_dev.jsonl"), dev_sentences)
    dump(os.path.join(ev, "real_speakers_dev.jsonl"), dev_speakers)
    wanted = {r["article"] for r in dev_speakers}
    texts = article_texts(args)
    dump(os.path.join(ev, "real_articles_dev.jsonl"), [{"id": k, "key": k, "text": texts[k]["text"], "url": texts[k]["url"]} for k in sorted(wanted)])
    counts = {
        "stance_train": {k: len(v) for k, v in sorted(out_stance.items())},
        "topics_train": {k: len(v) for k, v in sorted(out_topics.items())},
        "stance_dev": len(dev_quotes),
        "topics_dev": len(dev_sentences),
        "speakers_dev": len(dev_speakers),
        "stance_labels_train": dict(collections.Counter(r["stance"] for rows in out_stance.values() for r in rows)),
        "stance_labels_dev": dict(collections.Counter(r["stance"] for r in dev_quotes)),
        "third_readings": {"quotes": sum(f["third"] for f in final_q.values()), "sentences": sum(f["third"] for f in final_s.values())},
        "dropped": {k: dict(v) for k, v in report.items()},
    }
    with open(os.path.join(HERE, "agreement.json"), "w", encoding="utf-8") as f:
        json.dump({"agreement": agreement, "corpus": counts}, f, indent=1, sort_keys=True)
        f.write("\n")
    write_agreement_md(agreement, counts)
    print(json.dumps(counts, indent=1))


def write_agreement_md(agreement, counts):
    """The corpus and agreement tables the README shows (training_data/real/agreement.md)."""
    q, s = agreement["quotes"], agreement["sentences"]
    pct = lambda x: f"{100 * x:.1f}%"
    lines = [
        "<!-- written by training_data/real/build.py merge -->",
        "| task | items read by both readers | raw agreement | Cohen's kappa |",
        "| --- | ---: | ---: | ---: |",
        f"| quote or not | {q['items']} | {pct(q['is_a_quote']['raw'])} | {q['is_a_quote']['kappa']:.3f} |",
        f"| stance (both said quote) | {q['stance']['items']} | {pct(q['stance']['raw'])} | {q['stance']['kappa']:.3f} |",
        f"| speaker (same person or body) | {q['speaker']['items']} | {pct(q['speaker']['raw'])} | |",
        f"| sentence topics, whole label set | {s['items']} | {pct(s['label_set']['raw'])} | |",
    ]
    for label, v in s["per_label"].items():
        lines.append(f"| sentence topics, {label} | {s['items']} | {pct(v['raw'])} | {v['kappa']:.3f} |")
    lines += [
        "",
        "| corpus | Wikinews | FA-KES | MUC-3/4 (DEV) | all |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    st, tp = counts["stance_train"], counts["topics_train"]
    lines.append(f"| quotes with stance, training | {st.get('wikinews', 0)} | {st.get('fakes', 0)} | {st.get('muc', 0)} | {sum(st.values())} |")
    lines.append(f"| sentences with topics, training | {tp.get('wikinews', 0)} | {tp.get('fakes', 0)} | {tp.get('muc', 0)} | {sum(tp.values())} |")
    lines += [
        "",
        f"Dev sets (articles never trained on): {counts['stance_dev']} quotes with stance, "
        f"{counts['topics_dev']} sentences with topics, {counts['speakers_dev']} quotes with speakers. "
        f"Stance labels, training: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["stance_labels_train"].items()))
        + "; dev: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["stance_labels_dev"].items())) + ". "
        f"Third readings settled {counts['third_readings']['quotes']} quotes and {counts['third_readings']['sentences']} sentences; "
        + ", ".join(f"{k}: {v}" for k, v in counts["dropped"].get("quotes", {}).items()) + ".",
    ]
    with open(os.path.join(HERE, "agreement.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
