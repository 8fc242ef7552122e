"""Puts the accuracy tables of README.md ("How well it does", "Quotes on PolNeAR") from
the measured figures, so none is typed by hand:

    cargo run --release --bin train        # writes models/metrics.json
    cargo build --release --bin evaluate
    python3 evaluation/readme.py           # reads metrics.json, runs `evaluate quotes`

Standard library only.
"""
import json, re, subprocess
m=json.load(open('models/metrics.json'))
cv=m['metrics']['cross_validation']; rt=m['metrics']['real_text']
L=["| data set | items | label | precision | recall | F1 | support |","| --- | ---: | --- | ---: | ---: | ---: | ---: |"]
def rows(name, r):
    for l,s in r['per_label'].items():
        if s['support']==0: continue
        L.append(f"| {name} | {r['examples']} | {l} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    L.append(f"| {name} | {r['examples']} | **micro** / macro F1 | | | **{r['micro']['f1']:.3f}** / {r['macro_avg']['f1']:.3f} | |")
rows("topics, 5-fold CV on training data", cv['topics']['report'])
rows("AG News test, even rows (ours)", rt['topics/ag_news'])
rows("Times of India crime, even lines (ours)", rt['topics/toi_crime_news'])
rows("CASE 2021 task 2 test (mapped)", rt['topics/case2021'])
L += ["", "| stance | items | class | precision | recall | F1 | support |", "| --- | ---: | --- | ---: | ---: | ---: | ---: |"]
for name, r in [("5-fold CV on training quotes", cv['stance']['report']), ("PolNeAR dev direct quotes (ours)", rt['stance/polnear_dev'])]:
    for l,s in r['per_label'].items():
        L.append(f"| {name} | {r['examples']} | {l} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    L.append(f"| {name} | {r['examples']} | accuracy / **macro F1** | | | {r['accuracy']:.3f} / **{r['macro_avg']['f1']:.3f}** | |")
tbl="\n".join(L) + f"\n\nModel version `{m['version']}`, trained {m['trained_at']}; C / threshold per label: " + ", ".join(f"{lab} {l['c']:g} / {l['threshold']:.2f}" for lab,l in zip(["terrorism","trafficking","diplomacy"], cv['topics']['labels'])) + f"; stance C {cv['stance']['c']:g}."
s=open('README.md').read()
a=s.index("| data set | items | label |"); b=s.index("\n\nThe issue's bars")
s=s[:a]+tbl+s[b:]
# quotes table
q={sp: json.loads(subprocess.run(["./target/release/evaluate","quotes","--split",sp],capture_output=True,text=True).stdout) for sp in ["test","dev"]}
Q=["| PolNeAR | measure | precision | recall | F1 | gold / predicted |","| --- | --- | ---: | ---: | ---: | ---: |"]
for name,sp in [("test (84 articles)","test"),("dev (84 articles)","dev")]:
    r=q[sp]
    for key,label in [("direct_exact","direct quotes, exact span"),("direct_overlap","direct quotes, overlap ≥ 50%"),("all_overlap","all attributions (direct + reported), overlap")]:
        x=r[key]; Q.append(f"| {name} | {label} | {x['precision']:.3f} | {x['recall']:.3f} | **{x['f1']:.3f}** | {x['gold']} / {x['predicted']} |")
    Q.append(f"| {name} | source span right, for direct quotes found / for all found | | | {r['source_accuracy']:.3f} / {r['all_source_accuracy']:.3f} | |")
a=s.index("| PolNeAR | measure |"); b=s.index("\n\nDirect quotes are the quoted segments")
s=s[:a]+"\n".join(Q)+s[b:]
open('README.md','w').write(s)
ag=rt['topics/ag_news']; toi=rt['topics/toi_crime_news']['per_label']['trafficking']; pn=rt['stance/polnear_dev']
print("AG", ag['micro'], "TOI", toi, "PN", pn['macro_avg']['f1'])
print(json.dumps({k:(q[k]['direct_exact']['f1'],q[k]['direct_overlap']['f1'],q[k]['all_overlap'],q[k]['source_accuracy']) for k in q}))
