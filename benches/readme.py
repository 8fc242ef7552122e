"""Puts the measured benchmark results into README.md, so no figure there is typed by hand.

    python3 benches/readme.py

1. Writes benches/results/criterion.md from criterion's own estimates
   (target/criterion/**/new/estimates.json, left by `cargo bench --bench pipeline`),
   if they are there.
2. Writes benches/results/load.md from the wrk output in benches/results/load.txt
   (left by `benches/load/run.sh`).
3. Replaces every block of README.md between `<!-- begin PATH -->` and `<!-- end PATH -->`
   with the file PATH (its first-level title left out, its headings moved under the
   README's section).

Standard library only.
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benches" / "results"

# criterion id → (what it measures, goal in seconds or None)
CRITERION = [
    ("tokenise+stem 25-word sentence", "tokenise + stem a 25-word sentence", None),
    ("vectorise 25-word sentence", "vectorise it (TF-IDF)", None),
    ("topics+stance 25-word sentence", "topics + stance for it (the whole model path)", 20e-6),
    ("full analysis reference article",
     "full analysis of the reference article (sentences, quotes, attribution, topics, stance)", 1e-3),
    ("full analysis 100 kB article", "full analysis of a 100 kB article (real paragraphs repeated)", None),
    ("analysis vs size/1kB", "analysis, the article body repeated to at least 1 kB (one copy: 2.4 kB)", None),
    ("analysis vs size/10kB", "… to at least 10 kB", None),
    ("analysis vs size/100kB", "… to at least 100 kB", None),
    ("analysis vs size/1000kB", "… to at least 1 MB", None),
    ("pathological/unmatched quotation marks/1000", "1,000 unmatched quotation marks", None),
    ("pathological/unmatched quotation marks/10000", "10,000 unmatched quotation marks", None),
    ("pathological/one sentence without punctuation kB/100", "one sentence without punctuation, 100 kB", None),
    ("pathological/one sentence without punctuation kB/1000", "one sentence without punctuation, 1 MB", None),
    ("pathological/one-letter sentences/10000", "10,000 one-letter sentences", None),
    ("pathological/one-letter sentences/100000", "100,000 one-letter sentences", None),
]


def duration(seconds):
    for unit, scale in [("s", 1), ("ms", 1e-3), ("µs", 1e-6)]:
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), "unknown CPU")
    cores = sum(1 for l in Path("/proc/cpuinfo").read_text().splitlines() if l.startswith("processor"))
    return f"{cores} cores, {cpu}"


def criterion_md():
    base = ROOT / "target" / "criterion"
    found = {}
    for bench in base.glob("**/new/benchmark.json"):
        meta = json.loads(bench.read_text())
        estimates = json.loads((bench.parent / "estimates.json").read_text())
        found[meta["full_id"]] = (estimates["median"]["point_estimate"] * 1e-9, bench.stat().st_mtime)
    if not found:
        return False
    newest = max(t for _, t in found.values())
    when = datetime.fromtimestamp(newest, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    rows = ["| work | median time | goal |", "| --- | ---: | --- |"]
    for key, what, goal in CRITERION:
        if key not in found:
            continue
        t = found[key][0]
        verdict = "" if goal is None else f"< {duration(goal)}: {'met' if t < goal else '**not met**'}"
        rows.append(f"| {what} | {duration(t)} | {verdict} |")
    text = (f"# In-process benchmarks\n\nRun {when} on {machine()}, one thread. "
            "Command: `cargo bench --bench pipeline` (criterion; median of its samples, from "
            "`target/criterion/*/new/estimates.json`).\n\n" + "\n".join(rows) + "\n")
    (RESULTS / "criterion.md").write_text(text)
    return True


def load_md():
    src = RESULTS / "load.txt"
    if not src.exists():
        return False
    text = src.read_text()
    header = [l[2:] for l in text.splitlines() if l.startswith("# ")]
    rows = ["| body | requests/s | p50 | p99 | p99.9 | non-200 responses | resident memory after |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for block in text.split("\n## ")[1:]:
        title = block.splitlines()[0]
        found = {}
        for key, pattern in [("rps", r"Requests/sec:\s+([\d.]+)"), ("p50", r"p50 latency: (\S+ ms)"),
                             ("p99", r"p99 latency: (\S+ ms)"), ("p999", r"p99.9 latency: (\S+ ms)"),
                             ("errors", r"non-200 responses: (\d+)"), ("rss", r"resident memory after: (\d+ kB)")]:
            m = re.search(pattern, block)
            found[key] = m[1] if m else "?"
        rps = f"{float(found['rps']):,.0f}" if found["rps"] != "?" else "?"
        rows.append(f"| {title} | {rps} | {found['p50']} | {found['p99']} | {found['p999']} "
                    f"| {found['errors']} | {found['rss']} |")
    warm = re.search(r"resident memory after warm-up: (\d+ kB)", text)
    out = "# Load test\n\n" + "".join(f"- {h}\n" for h in header) + "\n" + "\n".join(rows) + "\n"
    if warm:
        out += f"\nResident memory after the 15 s warm-up: {warm[1]}. Full wrk output: `benches/results/load.txt`.\n"
    (RESULTS / "load.md").write_text(out)
    return True


def splice(readme):
    pattern = re.compile(r"(<!-- begin (\S+) -->\n).*?(<!-- end \2 -->)", re.S)

    def body(m):
        path = ROOT / m[2]
        lines = path.read_text().rstrip("\n").splitlines()
        if lines and lines[0].startswith("# "):
            lines = lines[1:]
        lines = ["###" + l[1:] if l.startswith("## ") else l for l in lines]
        return m[1] + "\n".join(lines).strip("\n") + "\n" + m[3]

    return pattern.sub(body, readme)


def main():
    made = [name for name, ok in [("criterion.md", criterion_md()), ("load.md", load_md())] if ok]
    readme = ROOT / "README.md"
    before = readme.read_text()
    after = splice(before)
    readme.write_text(after)
    print(f"wrote {', '.join(made) or 'no result files'}; README {'updated' if after != before else 'unchanged'}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
