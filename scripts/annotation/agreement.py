#!/usr/bin/env python3
"""Inter-annotator agreement of the labelled sets kept in data/, from the files alone.

- Stance sentences: Cohen's kappa between data/stance/sentences.jsonl and the second annotator's
  labels of a sample (data/stance/second-annotator.jsonl), for relevance and for stance
  (support / oppose / neutral / not relevant), and for stance on the sentences both call relevant.
- Quotes: the second annotator's records of 10 articles (data/gold/defence-dev/second-annotator/)
  scored against the first's with the reference scorer (relation detection and speaker F1), and
  speaker agreement on the matched relations.

Usage: agreement.py [REPO_DIR] [SCORE_PY]   (defaults: the repository, ../shared/gold/score.py)
"""
import collections, importlib.util, json, os, sys

repo = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
score_py = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "..", "shared", "gold", "score.py")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def kappa(pairs):
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = collections.Counter(a for a, _ in pairs), collections.Counter(b for _, b in pairs)
    pe = sum(ca[x] * cb[x] for x in set(ca) | set(cb)) / (n * n)
    return (po - pe) / (1 - pe), po, n


first = {r["id"]: r for r in load(os.path.join(repo, "data/stance/sentences.jsonl"))}
second = load(os.path.join(repo, "data/stance/second-annotator.jsonl"))
rel = [(first[r["id"]]["relevant"], r["relevant"]) for r in second]
stance = [(first[r["id"]]["stance"] or "-", r["stance"] or "-") for r in second]
both = [(first[r["id"]]["stance"], r["stance"]) for r in second if first[r["id"]]["relevant"] and r["relevant"]]
for name, pairs in [("relevance", rel), ("stance (4 classes)", stance), ("stance, both relevant", both)]:
    k, po, n = kappa(pairs)
    print(f"stance sentences  {name:22} kappa {k:.3f}  agreement {po:.3f}  n={n}")

spec = importlib.util.spec_from_file_location("score", score_py)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
gold_dir = os.path.join(repo, "data/gold/defence-dev")
b = load(os.path.join(gold_dir, "second-annotator/quotes.jsonl"))
docs = {r["doc"] for r in b}
a = [r for r in load(os.path.join(gold_dir, "quotes.jsonl")) if r["doc"] in docs]
ign = [r for r in load(os.path.join(gold_dir, "ignored_attributions.jsonl")) if r["doc"] in docs]
res = score.score_quotes(a, ign, b, False)
print(f"quotes ({len(docs)} articles, first annotator as reference, {len(a)} / {len(b)} records)")
for k, v in res.items():
    if isinstance(v, dict):
        for k2, v2 in v.items():
            print(f"  {k} {k2}: {v2}")
    else:
        print(f"  {k}: {v}")
# speaker agreement on matched relations (content overlap >= 50 % of the shorter span)
matched = same = 0
used = set()
for g in a:
    for i, p in enumerate(b):
        if i in used or p["doc"] != g["doc"] or score.match_ratio(p["quote_spans"], g["quote_spans"]) < 0.5:
            continue
        used.add(i)
        matched += 1
        same += p["speaker"] == g["speaker"]
        break
print(f"  speaker agreement on matched relations: {same}/{matched} = {same / matched:.3f}")
