"""Helper of benches/curves/run.sh: cost curves for issue 8.

  curves.py generate --data training_data --out target/curves --sizes 1000 3000 ...
      Resampled topic (and stance) training sets with word-level noise, one folder and
      one task.toml per size.
  curves.py report --work target/curves --results benches/results --command "..."
      Reads the measurements the shell script left in the work folder, fits the log-log
      slopes, draws training_cost.svg and analysis_cost.svg and writes curves.md.

Only the standard library for `generate`; `report` needs matplotlib (in the venv).
"""
import argparse
import datetime
import json
import math
import random
import re
import shutil
import sys
from pathlib import Path

# Word-level noise applied to every sampled copy.
DROP = 0.10  # each word dropped with this probability
REPLACE = 0.05  # each remaining word replaced by a word of the same text
SWAPS = 1  # adjacent pairs swapped


def noisy_words(words, rng):
    out = [w for w in words if rng.random() >= DROP]
    if not out:
        out = [rng.choice(words)]
    out = [rng.choice(words) if rng.random() < REPLACE else w for w in out]
    for _ in range(SWAPS):
        if len(out) >= 2:
            i = rng.randrange(len(out) - 1)
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def noisy(text, rng, tries=5):
    """The text with word-level noise; differs from the original whenever it can."""
    words = text.split()
    if not words:
        return text
    candidate = text
    for _ in range(tries):
        candidate = " ".join(noisy_words(words, rng))
        if candidate != text:
            break
    return candidate


def read_jsonl(folder):
    rows = []
    for f in sorted(Path(folder).glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def noisy_stance(row, rng):
    r = dict(row)
    quote = row["text"]
    new = noisy(quote, rng)
    context = row.get("context")
    if context is not None:
        if quote in context:
            r["context"] = context.replace(quote, new, 1)
        else:  # cannot happen with checked data; keep the row valid
            new = quote
    r["text"] = new
    return r


def tasks_of(task_text):
    """The [[task]] tables of a task file, by name."""
    import tomllib

    return {t["name"]: t for t in tomllib.loads(task_text)["task"]}


def train_rows(data, task):
    """Every training row of a task: the JSONL files of each `train` source folder."""
    rows = []
    for source in task["train"]:
        path = source if isinstance(source, str) else source["path"]
        rows += read_jsonl(data / path)
    return rows


def point_dirs(task_text, dirs, data):
    """task.toml text with each task's `train` pointed at `dirs[name]`, and its `test` and
    the speaker score's folder made absolute (the copy lives elsewhere)."""
    out, name = [], None
    for line in task_text.splitlines():
        if re.match(r"^\s*\[\[task\]\]", line):
            name = None
        m = re.match(r'^\s*name\s*=\s*"([^"]*)"', line)
        if m:
            name = m.group(1)
        if re.match(r"^\s*train\s*=", line) and name in dirs:
            line = "train = " + json.dumps([dirs[name]])
        # (The test sets and the speaker score's data stay where they are.)
        m = re.match(r'^\s*(test|speaker_score)\s*=\s*"([^"]*)"', line)
        if m:
            line = f"{m.group(1)} = " + json.dumps(str((data / m.group(2)).resolve()))
        out.append(line)
    return "\n".join(out) + "\n"


def generate(args):
    data = Path(args.data)
    task_text = (data / "task.toml").read_text(encoding="utf-8")
    tasks = tasks_of(task_text)
    topics = train_rows(data, tasks["topics"])
    stance = train_rows(data, tasks["stance"])
    out = Path(args.out)
    manifest = {
        "seed": args.seed,
        "noise": {"drop": DROP, "replace": REPLACE, "adjacent_swaps": SWAPS},
        "stance": args.stance,
        "source_topic_items": len(topics),
        "source_stance_items": len(stance),
        "sizes": {},
    }
    for n in args.sizes:
        rng = random.Random(f"{args.seed}/{n}")
        folder = out / f"n{n}"
        if folder.exists():
            shutil.rmtree(folder)
        t_rows = [dict(r, text=noisy(r["text"], rng)) for r in rng.choices(topics, k=n)]
        write_jsonl(folder / "topics" / "resampled.jsonl", t_rows)
        if args.stance == "scaled":
            k = max(1, n // 2)
            s_rows = [noisy_stance(r, rng) for r in rng.choices(stance, k=k)]
            write_jsonl(folder / "stance" / "resampled.jsonl", s_rows)
            stance_dir = "stance"
        else:
            k = len(stance)
            stance_dir = None
        header = (
            f"# Generated by benches/curves/curves.py (seed {args.seed}): {n} topic items "
            f"resampled with word-level noise from the topics task's training data; stance: "
            f"{'resampled to ' + str(k) if args.stance == 'scaled' else 'the committed set'}.\n"
            "# A copy of training_data/task.toml with its training data pointed here.\n"
        )
        (folder / "task.toml").write_text(
            header + point_dirs(task_text, {"topics": "topics", **({"stance": stance_dir} if stance_dir else {})}, data),
            encoding="utf-8",
        )
        distinct = len({r["text"] for r in t_rows})
        manifest["sizes"][str(n)] = {
            "topic_items": n,
            "stance_items": k,
            "distinct_topic_texts": distinct,
            "topic_bytes": (folder / "topics" / "resampled.jsonl").stat().st_size,
            "task": str(folder / "task.toml"),
        }
        print(f"n={n}: {n} topic items ({distinct} distinct texts), {k} stance items -> {folder}",
              file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))


# ---------------------------------------------------------------- report


def parse_time_v(path):
    """Wall-clock seconds and peak RSS (kB) from GNU time -v output."""
    text = Path(path).read_text(errors="replace")
    wall = rss = None
    status = 0
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            v = line.rsplit(": ", 1)[1]
            parts = [float(p) for p in v.split(":")]
            wall = 0.0
            for p in parts:
                wall = wall * 60 + p
        elif line.startswith("Maximum resident set size"):
            rss = int(line.rsplit(": ", 1)[1])
        elif line.startswith("Exit status"):
            status = int(line.rsplit(": ", 1)[1])
        elif line.startswith("Command exited with non-zero status"):
            status = int(line.rsplit(" ", 1)[1])
    return wall, rss, status


def slope(xs, ys):
    """Least-squares slope of log y on log x."""
    lx = [math.log(x) for x in xs]
    ly = [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    sxx = sum((a - mx) ** 2 for a in lx)
    if sxx == 0:
        return float("nan")
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sxx


def fmt_slope(xs, ys):
    """Slope over all points, and over the last three when there are more than three."""
    s_all = slope(xs, ys) if len(xs) >= 2 else float("nan")
    s_top = slope(xs[-3:], ys[-3:]) if len(xs) > 3 else float("nan")
    return s_all, s_top


def nlogn_slope(xs):
    """What the log-log slope of an n log n cost would be over the same points."""
    return slope(xs, [x * math.log(x) for x in xs]) if len(xs) >= 2 else float("nan")


def show(s):
    return "–" if math.isnan(s) else f"{s:.2f}"


def loglog_panel(ax, xs, ys, xlabel, ylabel, title, unit_fmt):
    import matplotlib.ticker as mt

    ax.loglog(xs, ys, "o-", color="C0", label="measured", zorder=3)
    ref = [ys[0] * x / xs[0] for x in xs]
    ax.loglog(xs, ref, "--", color="0.45", label="linear (slope 1) through first point")
    s_all, s_top = fmt_slope(xs, ys)
    txt = f"log-log slope {show(s_all)}"
    if not math.isnan(s_top):
        txt += f" (last 3 points {show(s_top)})"
    ax.set_title(f"{title}\n{txt}", fontsize=10)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(True, which="major", alpha=0.4)
    ax.grid(True, which="minor", alpha=0.15)
    set_log_formatters(ax.yaxis, unit_fmt, min(ys + ref), max(ys + ref))
    ax.margins(x=0.08, y=0.12)
    for x, y in zip(xs, ys):
        ax.annotate(unit_fmt(y), (x, y), textcoords="offset points", xytext=(4, -12),
                    fontsize=7, color="C0")
    ax.legend(fontsize=8, loc="upper left")


def set_log_formatters(axis, unit_fmt, lo, hi):
    """Major ticks in readable units; minor ticks (2, 3, 5 x 10^k) labelled only when the
    data span less than two decades, unlabelled otherwise."""
    import matplotlib.ticker as mt

    axis.set_major_formatter(mt.FuncFormatter(lambda v, _: unit_fmt(v)))
    few = hi / lo < 100

    def minor(v, _):
        if not few or v <= 0:
            return ""
        mantissa = v / 10 ** math.floor(math.log10(v) + 1e-9)
        return unit_fmt(v) if any(abs(mantissa - m) < 1e-6 for m in (2, 3, 5)) else ""

    axis.set_minor_formatter(mt.FuncFormatter(minor))


def human_items(v):
    return f"{v / 1000:g}k" if v >= 1000 else f"{v:g}"


def human_bytes(v):
    if v >= 1e6:
        return f"{v / 1e6:g} MB"
    if v >= 1e3:
        return f"{v / 1e3:g} kB"
    return f"{v:g} B"


def human_seconds(v):
    if v >= 1:
        return f"{v:.3g} s"
    if v >= 1e-3:
        return f"{v * 1e3:.3g} ms"
    return f"{v * 1e6:.3g} µs"


def human_mb(v):
    return f"{v:.0f} MB" if v >= 10 else f"{v:.3g} MB"


def report(args):
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "topic-stance-curves"  # stable SVG ids
    import matplotlib.pyplot as plt
    import matplotlib.ticker as mt

    work = Path(args.work)
    res = Path(args.results)
    res.mkdir(parents=True, exist_ok=True)
    manifest = json.loads((work / "manifest.json").read_text())
    meta = json.loads((work / "meta.json").read_text())

    train = []  # (items, stance_items, seconds, rss_kb, load)
    skipped = []
    for n in sorted(int(k) for k in manifest["sizes"]):
        tf = work / f"n{n}" / "time.txt"
        if not tf.exists():
            continue
        wall, rss, status = parse_time_v(tf)
        load = (work / f"n{n}" / "load.txt").read_text().strip() if (
            work / f"n{n}" / "load.txt").exists() else ""
        if status != 0 or wall is None or rss is None:
            skipped.append((n, status, wall))
            continue
        train.append((n, manifest["sizes"][str(n)]["stance_items"], wall, rss, load))
    analysis = {}
    af = work / "analysis.json"
    if af.exists():
        analysis = {int(k): v for k, v in json.loads(af.read_text()).items()}
    a_load = (work / "analysis_load.txt").read_text().strip() if (
        work / "analysis_load.txt").exists() else ""

    svg_meta = {"Date": None}
    if train:
        xs = [t[0] for t in train]
        fig, (a1, a2) = plt.subplots(1, 2, figsize=(10, 4.2))
        loglog_panel(a1, xs, [t[2] for t in train], "topic training items",
                     "wall-clock time", "train --no-eval: time", human_seconds)
        loglog_panel(a2, xs, [t[3] / 1024 for t in train], "topic training items",
                     "peak resident memory", "train --no-eval: peak RSS", human_mb)
        for a in (a1, a2):
            set_log_formatters(a.xaxis, human_items, min(xs), max(xs))
        stance_note = ("stance items = topic items / 2" if manifest["stance"] == "scaled"
                       else f"stance: the committed {manifest['source_stance_items']} quotes")
        fig.suptitle(f"Training cost vs corpus size (resampled with word noise; {stance_note}; "
                     f"{meta['nproc']} cores)", fontsize=10)
        fig.tight_layout()
        fig.savefig(res / "training_cost.svg", metadata=svg_meta)
        fig.savefig(work / "training_cost.png", dpi=90)  # preview only
        plt.close(fig)
    if analysis:
        xs = sorted(analysis)
        fig, ax = plt.subplots(figsize=(6, 4.2))
        loglog_panel(ax, xs, [analysis[x] for x in xs], "document size",
                     "median time per document", "Analyzer::analyze (default options), one thread",
                     human_seconds)
        set_log_formatters(ax.xaxis, human_bytes, min(xs), max(xs))
        fig.tight_layout()
        fig.savefig(res / "analysis_cost.svg", metadata=svg_meta)
        fig.savefig(work / "analysis_cost.png", dpi=90)  # preview only
        plt.close(fig)

    lines = ["# Cost curves (issue 8)", ""]
    lines.append(
        f"Run {meta['date']} on {meta['nproc']} cores, {meta['cpu']}, {meta['mem']} RAM; "
        f"{meta['rustc']}; source {meta['source']}.")
    lines.append(f"Command: `{args.command}`")
    lines.append("")
    lines.append(
        f"Every measured step waited until the 1-minute load average was below {meta['load_max']} "
        "(the load before each step is listed).")
    lines.append("")
    if train:
        lines += [
            "## Training time and peak memory vs corpus size",
            "",
            f"`/usr/bin/time -v {meta.get('bin', 'target/release')}/train --task {work}/n<N>/task.toml "
            f"--models <tmp> --no-eval` with the default parameters (full CV grid, "
            f"{meta['nproc']} rayon threads). Topic items are drawn with replacement from the "
            f"{manifest['source_topic_items']} committed items (seed {manifest['seed']}); every copy "
            f"gets word-level noise (each word dropped with p = {DROP}, each remaining word "
            f"replaced with p = {REPLACE} by a word of the same text, one adjacent pair "
            "swapped). "
            + ("Stance: resampled the same way to N/2 quotes (noise on the quote, mirrored in "
               "its context)." if manifest["stance"] == "scaled" else
               f"Stance: the committed {manifest['source_stance_items']} quotes at every size."),
            "",
            "| topic items | distinct texts | stance items | topic data | topic / stance features | wall-clock | peak RSS | load before |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        ]
        vocab = {}
        for n, k, wall, rss, load in train:
            s = manifest["sizes"][str(n)]
            vf = work / f"n{n}" / "vocab.json"
            if vf.exists():
                vocab[n] = json.loads(vf.read_text())
            v = f"{vocab[n]['topics']:,} / {vocab[n]['stance']:,}" if n in vocab else "?"
            lines.append(
                f"| {n:,} | {s['distinct_topic_texts']:,} | {k:,} | {s['topic_bytes'] / 1e6:.2f} MB "
                f"| {v} | {wall:.2f} s | {rss / 1024:.0f} MB | {load} |")
        xs = [t[0] for t in train]
        st, st3 = fmt_slope(xs, [t[2] for t in train])
        sm, sm3 = fmt_slope(xs, [t[3] for t in train])
        lines += [
            "",
            f"Log-log slope (least squares over all points; over the last three in brackets): "
            f"time **{show(st)}** ({show(st3)}), peak memory **{show(sm)}** ({show(sm3)}). "
            f"1 is linear; n log n over these sizes would read {show(nlogn_slope(xs))}.",
            "",
        ]
        if len(vocab) == len(train) and len(train) >= 2:
            sv, sv3 = fmt_slope(xs, [vocab[n]["topics"] + vocab[n]["stance"] for n in xs])
            lines += [
                f"Features (topic + stance vocabulary, the length of every weight vector the "
                f"solver updates on each iteration): log-log slope {show(sv)} ({show(sv3)}).",
                "",
            ]
    for n, status, wall in skipped:
        lines.append(f"- {n:,} items: not measured (exit status {status}"
                     + (f", stopped at {wall:.0f} s" if wall else "") + ").")
    if skipped:
        lines.append("")
    if meta.get("note"):
        lines += [meta["note"], ""]
    if analysis:
        xs = sorted(analysis)
        s_all, s3 = fmt_slope(xs, [analysis[x] for x in xs])
        lines += [
            "## Analysis time vs document size",
            "",
            f"`{meta.get('bin', 'target/release')}/examples/analysis_scaling --models {meta.get('models', 'models')}`"
            ": the reference article "
            "(`../shared/seeds/morocco-world-news-khiame.txt`, without its \"Leave a Reply\" line) "
            "repeated, the last copy cut at a sentence end; `Analyzer::analyze` with the default "
            "options (sentences, quotes, topics, stance), one thread, median of at least 7 runs "
            f"and at least 1 s per size after a warm-up run. Load before: {a_load}.",
            "",
            "| document | median time | per kB |",
            "| ---: | ---: | ---: |",
        ]
        for x in xs:
            lines.append(f"| {x:,} B | {human_seconds(analysis[x])} | "
                         f"{analysis[x] / (x / 1000) * 1e6:.0f} µs |")
        lines += [
            "",
            f"Log-log slope: **{show(s_all)}** over all points ({show(s3)} over the last three); "
            f"n log n over these sizes would read {show(nlogn_slope(xs))}.",
            "",
        ]
    lines += [f"Plots: `{res}/training_cost.svg`, `{res}/analysis_cost.svg` "
              "(log-log; dashed: linear growth through the first point).", ""]
    (res / "curves.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--data", default="training_data")
    g.add_argument("--out", default="target/curves")
    g.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000, 30000, 100000])
    g.add_argument("--seed", type=int, default=8)
    g.add_argument("--stance", choices=["scaled", "fixed"], default="scaled")
    r = sub.add_parser("report")
    r.add_argument("--work", default="target/curves")
    r.add_argument("--results", default="benches/results")
    r.add_argument("--command", default="bash benches/curves/run.sh")
    args = p.parse_args()
    {"generate": generate, "report": report}[args.cmd](args)


if __name__ == "__main__":
    main()
