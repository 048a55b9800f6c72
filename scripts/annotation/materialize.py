#!/usr/bin/env python3
"""Rebuilds the documents of a labelled set kept in data/gold/ from the corpora they came from.

The project keeps ids, offsets and labels, never the articles: this writes OUT/docs/<file> (the
record's `text` verbatim, which the offsets index) with OUT/docs/metadata.jsonl, and OUT/gold/ (the
gold files restricted to --split, if given), so that

  scripts/annotation/materialize.py data/gold/defence-dev ../shared/corpora /tmp/dd --split test
  ./corpuscope run --input /tmp/dd/docs --output /tmp/dd/out
  ./corpuscope evaluate --gold /tmp/dd/gold --output /tmp/dd/out

scores the job on that split.

Usage: materialize.py GOLD_DIR CORPORA_DIR OUT_DIR [--split NAME]
"""
import gzip, json, os, shutil, sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
gold, corpora, out = args[:3]
split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None
articles = [json.loads(l) for l in open(os.path.join(gold, "articles.jsonl"), encoding="utf-8")]
if split:
    articles = [a for a in articles if a["split"] == split]
    if not articles:
        sys.exit(f"no article of split {split!r} in {gold}/articles.jsonl")
wanted = {a["article_id"]: a for a in articles}
found = {}
for folder in sorted({a["corpus"] for a in articles}):
    d = os.path.join(corpora, folder)
    for name in sorted(os.listdir(d)):
        if name.endswith(".jsonl.gz"):
            with gzip.open(os.path.join(d, name), "rt", encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    if r["id"] in wanted:
                        found[r["id"]] = r
missing = set(wanted) - set(found)
if missing:
    sys.exit(f"not found in {corpora}: {sorted(missing)}")
docs = os.path.join(out, "docs")
os.makedirs(docs, exist_ok=True)
with open(os.path.join(docs, "metadata.jsonl"), "w", encoding="utf-8") as meta:
    for a in articles:
        r = found[a["article_id"]]
        with open(os.path.join(docs, a["file"]), "w", encoding="utf-8", newline="") as f:
            f.write(r["text"])
        year = (r.get("meta") or {}).get("year")
        meta.write(json.dumps({"file": a["file"], "source": r["source"],
                               "published_date": r["published_date"] or (str(year) if year else None),
                               "title": r.get("title")}) + "\n")
files = {a["file"] for a in articles}
g = os.path.join(out, "gold")
os.makedirs(g, exist_ok=True)
for name in ("quotes.jsonl", "ignored_attributions.jsonl", "stance.jsonl"):
    src = os.path.join(gold, name)
    with open(os.path.join(g, name), "w", encoding="utf-8") as o:
        if os.path.exists(src):
            for line in open(src, encoding="utf-8"):
                if line.strip() and json.loads(line)["doc"] in files:
                    o.write(line if line.endswith("\n") else line + "\n")
if os.path.exists(os.path.join(gold, "speakers.json")):
    shutil.copy(os.path.join(gold, "speakers.json"), g)
print(f"{len(articles)} documents -> {docs}; gold -> {g}")
