#!/usr/bin/env bash
# Checks that `readout eval` and shared/eval/score.py give the same numbers and print the
# same report, on each corpus of tests/corpus: on readout's own output, and on prediction
# files made from the gold by perturbing it (records dropped, altered or duplicated,
# speakers swapped, dates changed, names respelled, quotes cut near the match threshold,
# amounts rounded, missing and extra documents). Needs python3; run by `make bench`.
#
#     tests/eval-parity.sh            # SCORE_PY=path/to/score.py to use another script
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
score_py=${SCORE_PY:-$root/../shared/eval/score.py}
readout=$root/target/release/readout
[ -f "$score_py" ] || { echo "eval-parity: no score.py at $score_py (set SCORE_PY)" >&2; exit 2; }
cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p readout-cli

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Writes $work/CORPUS/NAME.jsonl, one prediction file per perturbation.
python3 - "$work" "$root/tests/corpus" <<'PY'
import copy, json, os, random, sys

work, corpora = sys.argv[1], sys.argv[2]

def respell(name, rng):
    """Another way the same (or a wrong) name could be written."""
    if name is None:
        return rng.choice([None, "Nobody Known"])
    alts = name.split("|")
    name = rng.choice(alts)
    words = name.split()
    choice = rng.randrange(10)
    if choice == 0 and words:
        return words[-1]
    if choice == 1:
        return "President " + name
    if choice == 2:
        return name.upper()
    if choice == 3:
        return (name.replace("Zelenskyy", rng.choice(["Zelensky", "Zelenskiy", "Zelenski", "ZELENSKYI", "Zelenskij"]))
                .replace("Erdogan", "Erdoğan").replace("ğ", "g").replace("é", "e").replace("ski", "sky"))
    if choice == 4:
        return "@" + name.replace(" ", "")
    if choice == 5:
        return rng.choice([name, words[-1] if words else ""]) + " Jr."
    if choice == 6:
        return "Someone Else"
    if choice == 7:
        return "|".join(reversed(alts))
    if choice == 8 and words:
        return rng.choice(["President", "Foreign Minister", "Mr", "the chief"]) + " " + words[0]
    return name

def cut(text, rng):
    """The quote with words dropped, often right around the 0.75 overlap threshold."""
    words = text.split()
    if len(words) < 2:
        return text
    keep = max(1, round(len(words) * rng.choice([0.5, 0.55, 0.6, 0.62, 0.65, 0.7, 0.8, 0.9, 1.0])))
    start = rng.randrange(len(words) - keep + 1)
    out = " ".join(words[start:start + keep])
    return out.lower() if rng.random() < 0.3 else out

def perturb(docs, rng, what):
    out = []
    for d in docs:
        d = copy.deepcopy(d)
        if "names" in what:
            for c in d.get("calls") or []:
                c["participants"] = [respell(p, rng) for p in c.get("participants") or []]
            for q in d.get("quotes") or []:
                q["speaker"] = respell(q.get("speaker"), rng)
        if "cents" in what:
            for a in d.get("amounts") or []:
                a["value"] = a["value"] + rng.choice([0.0, 0.004, 0.005, 0.006, 0.0149, 0.015, 0.05])
        if "nulls" in what:
            for q in d.get("quotes") or []:
                if rng.random() < 0.3:
                    q["speaker"] = None
        if "docs" in what and rng.random() < 0.25:
            continue  # missing from the predictions
        if "published" in what:
            d["published"] = rng.choice([d.get("published"), None, "2022-01-01", d.get("published")])
        if "calls" in what:
            calls = []
            for c in d.get("calls") or []:
                r = rng.random()
                if r < 0.15:
                    continue
                c["participants"] = [respell(p, rng) if rng.random() < 0.5 else p for p in c.get("participants") or []]
                rng.shuffle(c["participants"])
                if r < 0.25:
                    c["participants"].append("Extra Person")
                elif r < 0.3:
                    c["participants"] = c["participants"][:1]
                if rng.random() < 0.3:
                    c["date"] = rng.choice([None, "2022-03-01", "--03-01", c.get("date")])
                calls.append(c)
                if rng.random() < 0.1:
                    calls.append(copy.deepcopy(c))
            d["calls"] = calls
        if "quotes" in what:
            quotes = []
            for q in d.get("quotes") or []:
                if rng.random() < 0.15:
                    continue
                q["text"] = cut(q.get("text") or "", rng)
                if rng.random() < 0.4:
                    q["speaker"] = respell(q.get("speaker"), rng)
                quotes.append(q)
                if rng.random() < 0.1:
                    quotes.append(dict(q, text=q["text"].upper() + "!"))
            speakers = [q.get("speaker") for q in quotes]
            if rng.random() < 0.5:
                rng.shuffle(speakers)
            for q, s in zip(quotes, speakers):
                q["speaker"] = s
            if rng.random() < 0.2:
                quotes.append({"text": "words that no annotator ever marked as a quote", "speaker": None})
            d["quotes"] = quotes
        if "amounts" in what:
            amounts = []
            for a in d.get("amounts") or []:
                if rng.random() < 0.15:
                    continue
                r = rng.random()
                if r < 0.1:
                    a["value"] = a["value"] + rng.choice([0.004, 0.006, 0.005, 1.0])
                elif r < 0.15:
                    a["value"] = str(a["value"])
                elif r < 0.2:
                    a["value"] = None
                elif r < 0.3:
                    a["currency"] = rng.choice([(a.get("currency") or "").lower(), "EUR", None])
                if rng.random() < 0.3:
                    a["category"] = rng.choice(["military", "humanitarian", "economic", "aid", "other", None])
                amounts.append(a)
                if rng.random() < 0.15:
                    amounts.append(dict(a, category="other"))
            d["amounts"] = amounts
        out.append(d)
    if "docs" in what:
        out.append({"file": "not-in-gold.txt", "published": None, "calls": [], "quotes": [], "amounts": [
            {"value": 1.0, "currency": "USD", "category": "aid"}]})
        rng.shuffle(out)
    return out

SETS = {
    "gold": (),
    "docs": ("docs",),
    "published": ("published",),
    "calls": ("calls",),
    "quotes": ("quotes",),
    "amounts": ("amounts",),
    "names": ("names",),
    "cents": ("cents",),
}
ALL = ("docs", "published", "calls", "quotes", "amounts")
for corpus in sorted(os.listdir(corpora)):
    gold_path = os.path.join(corpora, corpus, "gold.jsonl")
    if not os.path.isfile(gold_path):
        continue
    with open(gold_path, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    os.makedirs(os.path.join(work, corpus))
    def write(name, docs):
        with open(os.path.join(work, corpus, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    write("gold", gold)
    sets = dict(SETS, empty=None, **{f"all-{seed}": ALL for seed in range(1, 6)})
    for name, what in sorted(sets.items()):
        write(name, [] if what is None else perturb(gold, random.Random(f"{corpus}/{name}"), what))
    # A gold with unattributed quotes, against predictions with some of their own.
    nulls = perturb(gold, random.Random(f"{corpus}/nulls"), ("nulls",))
    write("nulls.gold", nulls)
    write("nulls", perturb(nulls, random.Random(f"{corpus}/nulls/pred"), ("nulls", "quotes", "names")))
PY

checks=0
differ=0
# same LABEL GOLD PRED ARGS...: score.py on PRED and readout on ARGS (PATHs or --pred PRED)
# must print the same report and exit alike, in each mode.
same() {
    local label=$1 gold=$2 pred=$3
    shift 3
    for mode in --json --per-doc "--min quotes=0.5 --min published=0.99 --min amounts=0.2"; do
        checks=$((checks + 1))
        { python3 "$score_py" "$gold" "$pred" $mode; echo "exit $?"; } > "$work/py" 2>&1 || true
        { "$readout" eval --gold "$gold" $mode "$@" 2> /dev/null; echo "exit $?"; } > "$work/rs" || true
        if ! diff -u "$work/py" "$work/rs" > "$work/diff"; then
            differ=$((differ + 1))
            echo "DIFFER  $label $mode"
            cat "$work/diff"
        fi
    done
    echo "$label  $(python3 "$score_py" "$gold" "$pred" --json)"
}

for dir in "$work"/*/; do
    corpus=$(basename "$dir")
    # readout's own predictions: analyze piped into score.py, against eval on the files.
    "$readout" analyze "$root/tests/corpus/$corpus" > "$work/analyzed.jsonl"
    same "$corpus/analyzed" "$dir/gold.jsonl" "$work/analyzed.jsonl" "$root/tests/corpus/$corpus"
    for pred in "$dir"*.jsonl; do
        name=$(basename "$pred" .jsonl)
        case $name in *.gold) continue ;; esac
        gold=$dir/gold.jsonl
        [ -f "$dir/$name.gold.jsonl" ] && gold=$dir/$name.gold.jsonl
        same "$corpus/$name" "$gold" "$pred" --pred "$pred"
    done
done

if [ "$differ" -ne 0 ]; then
    echo "eval-parity: $differ of $checks reports differ from score.py"
    exit 1
fi
echo "eval-parity: all $checks reports agree with score.py (--json, --per-doc, --min)"
