#!/usr/bin/env python3
"""Chooses, by a fixed rule, the real articles and sentences that the labelled sets are made from.

Reads ../shared/corpora in place and writes nothing into the repository: the chosen documents go to
OUT/docs (one text file per article, the record's `text` verbatim, plus metadata.jsonl) and the
sentences to OUT/sentences.jsonl, for annotators. The ids, splits and labels are what the project
keeps (data/gold/defence-dev, data/stance); the rule is this file, so a run of it gives the same
choice on the same corpora.

Usage: select.py CORPORA_DIR OUT_DIR
"""
import gzip, hashlib, json, os, re, sys, collections

CORPORA, OUT = sys.argv[1], sys.argv[2]


def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def records(folder):
    d = os.path.join(CORPORA, folder)
    for name in sorted(os.listdir(d)):
        if name.endswith(".jsonl.gz"):
            with gzip.open(os.path.join(d, name), "rt", encoding="utf-8") as f:
                for line in f:
                    yield json.loads(line)


def year(r):
    if r.get("published_date"):
        return int(r["published_date"][:4])
    y = (r.get("meta") or {}).get("year")
    return int(y) if y else None


def is_un(r):
    return r["source"].startswith("UN General Debate")


SEEDS = set()
WORDS = re.compile(r"\S+")
QUOTE = re.compile(r"[\"“”]")
SAID = re.compile(r"\b(said|says|told|added|warned|urged)\b")

# ---- 1. articles for the quotes/speakers (and full-stance) dev set --------------------------------
# News only (no UN speeches), 120-900 words, at least one quotation mark and one speech verb.
# Strata: defence_subset news by era (1987-1999, 2000-2012, 2013-2024) 8 each, gdelt_ukraine_war 10,
# dvids_defense 6 (as many as qualify; the rest go to 2013-2024); the 1987-1999 stratum also takes
# reuters21578 stories on defence or the military. At most 2 articles per source within a stratum
# (not in the first era, all Reuters, nor in dvids_defense, one publisher); order within a stratum by SHA-256 of the id. Tuning/test halves: the 40 ids sorted by SHA-256("split:" + id), alternating.


def eligible_article(r):
    n = len(WORDS.findall(r["text"]))
    return (not is_un(r) and 120 <= n <= 900 and QUOTE.search(r["text"]) and SAID.search(r["text"]))


def era(y):
    return "1987-1999" if y < 2000 else "2000-2012" if y <= 2012 else "2013-2024"


strata = collections.defaultdict(list)
for r in records("defence_subset"):
    y = year(r)
    if y and eligible_article(r):
        strata["defence_subset " + era(y)].append(r)
for r in records("reuters21578"):
    if eligible_article(r) and re.search(r"\b(defen[cs]e|military|Pentagon|NATO)\b", r["text"]) \
            and r["id"] not in {x["id"] for x in strata["defence_subset 1987-1999"]}:
        strata["defence_subset 1987-1999"].append(r)
for r in records("gdelt_ukraine_war"):
    if eligible_article(r) and re.search(r"\b(NATO|defen[cs]e|military)\b", r["text"]):
        strata["gdelt_ukraine_war"].append(r)
for r in records("dvids_defense"):
    if eligible_article(r):
        strata["dvids_defense"].append(r)
quota = {"defence_subset 1987-1999": 8, "defence_subset 2000-2012": 8, "gdelt_ukraine_war": 10,
         "dvids_defense": min(6, len(strata["dvids_defense"]))}
quota["defence_subset 2013-2024"] = 40 - sum(quota.values())
chosen = []
for name, n in quota.items():
    per_source = collections.Counter()
    for r in sorted(strata[name], key=lambda r: h(r["id"])):
        if len([c for c in chosen if c[0] == name]) == n:
            break
        if r["id"] in {c[1]["id"] for c in chosen}:
            continue
        if per_source[r["source"]] < 2 or name in ("defence_subset 1987-1999", "dvids_defense"):
            per_source[r["source"]] += 1
            chosen.append((name, r))
order = sorted(chosen, key=lambda c: h("split:" + c[1]["id"]))
split = {c[1]["id"]: ("tune" if i % 2 == 0 else "test") for i, c in enumerate(order)}


def file_name(r):
    return re.sub(r"[^A-Za-z0-9._-]", "_", r["id"])[:120] + ".txt"


docs = os.path.join(OUT, "docs")
os.makedirs(docs, exist_ok=True)
with open(os.path.join(docs, "metadata.jsonl"), "w", encoding="utf-8") as meta, \
        open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as listing:
    for name, r in chosen:
        with open(os.path.join(docs, file_name(r)), "w", encoding="utf-8", newline="") as f:
            f.write(r["text"])
        meta.write(json.dumps({"file": file_name(r), "source": r["source"], "published_date":
                               r["published_date"] or str(year(r)), "title": r.get("title")}) + "\n")
        listing.write(json.dumps({"file": file_name(r), "article_id": r["id"], "stratum": name,
                                  "source": r["source"], "date": r["published_date"],
                                  "split": split[r["id"]]}) + "\n")
dev_ids = {r["id"] for _, r in chosen}

# ---- 2. sentences for the stance set --------------------------------------------------------------
# Sentences are split at [.!?] followed by space and a capital or quote, not after common
# abbreviations. Each sentence falls in one tier:
#   strong: a defence-spending phrase (defence/military/Pentagon/arms + spending/budget/expenditure/
#           outlays), a %-of-GDP/GNP figure, burden sharing, or "spend more/less on defence";
#   weak:   a defence word and a money/level word in one sentence, but not strong;
#   other:  a spending/budget word without any defence word (other budgets: hard negatives).
# Quotas per corpus and tier below; at most 3 sentences per article; order by SHA-256 of
# article id + sentence start. Articles of the dev set above are left out. Splits by article:
# SHA-256("stance:" + article_id) first byte < 154 train (60 %), < 205 dev (20 %), else test.

ABBR = re.compile(r"\b(Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Adm|Maj|Capt|Sgt|St|Jr|Sr|Prof|Rev|U\.S|U\.N|H\.R|No|Vol|Inc|Corp|Co|Ltd|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Calif|Ariz|Fla|Mass|Va|Wash|Ill|Pa|Tenn|Ky|Ga|Ala|Mich|Minn|Wis|Colo|Conn|Md|Mo|Okla|Ore|Tex|[A-Z])\.$")
END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def sentences(text):
    start = 0
    for m in END.finditer(text):
        head = text[start:m.start() + 1]
        if ABBR.search(head.rstrip("\"”’)")):
            continue
        yield start, m.end()
        start = m.end()
    yield start, len(text)


DEFENCE = r"(defen[cs]e|military|pentagon|arms|armament|army|navy|armed forces|war|weapons?|nato)"
STRONG = re.compile(
    r"\b(defen[cs]e|military|pentagon('s)?|arms|armament|war)\s+(spending|budgets?|expenditures?|outlays|"
    r"appropriations?|funding|costs?)\b|\b(per ?cent|percent|%)\s+of\s+(their\s+|its\s+)?(gdp|gnp|gross|"
    r"economic output|national income)|burden[- ]shar|fair share|spend (more|less)\b[^.]{0,40}\b(defen[cs]e|"
    r"military|arms)|sequest", re.I)
WEAK_DEF = re.compile(r"\b" + DEFENCE + r"\b", re.I)
MONEY = re.compile(r"\b(spend\w*|budget\w*|expenditure\w*|outlays?|appropriat\w*|billion|million|cuts?|"
                   r"cutting|increase\w*|reduc\w*|fund\w*|dollars?|taxpayers?)\b", re.I)
OTHER = re.compile(r"\b(spend\w*|budget\w*|expenditure\w*|outlays?|appropriat\w*|cuts?|deficit)\b", re.I)


def tier(s):
    if STRONG.search(s):
        return "strong"
    if WEAK_DEF.search(s) and MONEY.search(s):
        return "weak"
    if OTHER.search(s) and not WEAK_DEF.search(s):
        return "other"
    return None


QUOTAS = {  # corpus part -> tier -> n
    "defence_subset news": {"strong": 400, "weak": 150, "other": 90},
    "defence_subset un": {"strong": 260, "weak": 60, "other": 30},
    "allsides_bias": {"strong": 170, "weak": 110, "other": 70},
    "reuters21578": {"strong": 60, "weak": 40, "other": 50},
    "gdelt_ukraine_war": {"strong": 40, "weak": 50, "other": 20},
    "dvids_defense": {"strong": 20, "weak": 30, "other": 20},
}
pools = collections.defaultdict(list)
seen_articles = set()
for folder in ["defence_subset", "allsides_bias", "reuters21578", "gdelt_ukraine_war", "dvids_defense"]:
    for r in records(folder):
        if r["id"] in dev_ids or (folder != "defence_subset" and r["id"] in seen_articles):
            continue
        seen_articles.add(r["id"])
        part = folder if folder != "defence_subset" else ("defence_subset un" if is_un(r) else "defence_subset news")
        if folder == "allsides_bias" and not re.search(r"\b(defen[cs]e|military|pentagon|nato)\b", r["text"], re.I):
            continue
        text = r["text"]
        for a, b in sentences(text):
            s = text[a:b].strip()
            if not 40 <= len(s) <= 600:
                continue
            t = tier(s)
            if t:
                a2 = a + (len(text[a:b]) - len(text[a:b].lstrip()))
                pools[(part, t)].append({"article_id": r["id"], "corpus": folder, "source": r["source"],
                                         "date": r["published_date"] or (str(year(r)) if year(r) else None),
                                         "start": a2, "end": a2 + len(s), "sentence": s, "tier": t,
                                         "context_before": text[max(0, a2 - 400):a2].split("\n")[-1][-300:]})
taken, per_article, seen_text = [], collections.Counter(), set()
for part, tiers in QUOTAS.items():
    for t, n in tiers.items():
        got = 0
        for c in sorted(pools[(part, t)], key=lambda c: h(c["article_id"] + ":" + str(c["start"]))):
            if got == n:
                break
            key = re.sub(r"\W+", " ", c["sentence"].lower())
            if per_article[c["article_id"]] < 3 and key not in seen_text:
                per_article[c["article_id"]] += 1
                seen_text.add(key)
                c["part"] = part
                taken.append(c)
                got += 1
        print(f"{part:22} {t:6} {got:4} of {len(pools[(part, t)])}", file=sys.stderr)


def stance_split(article_id):
    b = int(h("stance:" + article_id)[:2], 16)
    return "train" if b < 154 else "dev" if b < 205 else "test"


taken.sort(key=lambda c: h(c["article_id"] + ":" + str(c["start"])))
with open(os.path.join(OUT, "sentences.jsonl"), "w", encoding="utf-8") as f:
    for i, c in enumerate(taken):
        c = {"id": "S%04d" % i, **c, "split": stance_split(c["article_id"])}
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"{len(chosen)} articles, {len(taken)} sentences", file=sys.stderr)

# ---- 3. a second round, for more statements against raising spending ------------------------------
# The first round's agreement sample had about 40 % relevant sentences and few against; this round
# continues the same order of the strong tier of UN speeches (where calls to cut military budgets
# are common) and of news sentences with a cut/cap/reduce word, after the sentences already taken.
CUT = re.compile(r"\b(cut\w*|reduc\w*|slash\w*|cap|caps|freez\w*|trim\w*|sequest\w*|savings|peace dividend)\b", re.I)
ROUND2 = {("defence_subset un", "strong"): 220, ("defence_subset news", "strong"): 130, ("allsides_bias", "strong"): 50}
taken_keys = {(c["article_id"], c["start"]) for c in taken}
round2 = []
for (part, t), n in ROUND2.items():
    got = 0
    for c in sorted(pools[(part, t)], key=lambda c: h(c["article_id"] + ":" + str(c["start"]))):
        if got == n:
            break
        if (c["article_id"], c["start"]) in taken_keys or (part != "defence_subset un" and not CUT.search(c["sentence"])):
            continue
        key = re.sub(r"\W+", " ", c["sentence"].lower())
        if per_article[c["article_id"]] < 3 and key not in seen_text:
            per_article[c["article_id"]] += 1
            seen_text.add(key)
            c["part"] = part
            round2.append(c)
            got += 1
round2.sort(key=lambda c: h(c["article_id"] + ":" + str(c["start"])))
with open(os.path.join(OUT, "sentences-round2.jsonl"), "w", encoding="utf-8") as f:
    for i, c in enumerate(round2):
        c = {"id": "R%04d" % i, **c, "split": stance_split(c["article_id"])}
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"round 2: {len(round2)} sentences", file=sys.stderr)

# ---- 4. articles annotated in full for stance ------------------------------------------------------
# The speakers dev set above has few statements on spending, so holder-row figures need articles
# that are about it: news (no UN speeches) of defence_subset tier "spending", 150-1200 words, with at
# least two strong-tier sentences, whose article gave no sentence to the stance sentence set nor
# an article to the speakers dev set; at most 2 per source; the first 24 by SHA-256("full:" + id);
# halves dev/test alternating in that order.
used = {c["article_id"] for c in taken} | {c["article_id"] for c in round2} | dev_ids
full = []
per_source = collections.Counter()
cands = []
for r in records("defence_subset"):
    if is_un(r) or r["id"] in used or (r.get("meta") or {}).get("match", {}).get("tier") != "spending":
        continue
    if not 150 <= len(WORDS.findall(r["text"])) <= 1200:
        continue
    strong = sum(1 for a, b in sentences(r["text"]) if STRONG.search(r["text"][a:b]))
    if strong >= 2:
        cands.append(r)
for r in sorted(cands, key=lambda r: h("full:" + r["id"])):
    if len(full) == 24:
        break
    if per_source[r["source"]] < 2:
        per_source[r["source"]] += 1
        full.append(r)
fdocs = os.path.join(OUT, "stance-docs")
os.makedirs(fdocs, exist_ok=True)
with open(os.path.join(fdocs, "metadata.jsonl"), "w", encoding="utf-8") as meta, \
        open(os.path.join(OUT, "stance-articles.jsonl"), "w", encoding="utf-8") as listing:
    for i, r in enumerate(full):
        with open(os.path.join(fdocs, file_name(r)), "w", encoding="utf-8", newline="") as f:
            f.write(r["text"])
        meta.write(json.dumps({"file": file_name(r), "source": r["source"], "published_date":
                               r["published_date"] or str(year(r)), "title": r.get("title")}) + "\n")
        listing.write(json.dumps({"file": file_name(r), "article_id": r["id"], "source": r["source"],
                                  "date": r["published_date"], "split": "dev" if i % 2 == 0 else "test"}) + "\n")
print(f"stance articles: {len(full)} of {len(cands)} candidates", file=sys.stderr)
