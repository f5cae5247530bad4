#!/bin/sh
# Scores readout's article text on a benchmark of saved pages (html/ID.html[.gz] and
# ground-truth.json) with shared/eval/score_html.py's metric.
#   tests/html-bench/score.sh [BENCH_DIR] [SCORER]
# BENCH_DIR defaults to ../shared/corpus/html-bench (all 181 pages); the repo's own
# subset is tests/html-bench and the hard pages are tests/html-hard. Needs
# target/release/readout (cargo build --release -p readout-cli) and python3.
# PRED_DIR=dir keeps the predictions.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${1:-$root/../shared/corpus/html-bench}
scorer=${2:-$root/tests/html-bench/score_html.py}
readout=${READOUT:-$root/target/release/readout}
pred=${PRED_DIR:-$(mktemp -d)}
mkdir -p "$pred"
for page in "$bench"/html/*; do
    [ -f "$page" ] || continue # a saved page's _files folder
    id=$(basename "$page"); id=${id%.gz}; id=${id%.html}; id=${id%.htm}
    case "$page" in
        *.gz) tmp="$pred/$id.html"; gzip -dc "$page" >"$tmp"; "$readout" text "$tmp" >"$pred/$id.txt" 2>/dev/null || true; rm -f "$tmp" ;;
        *) "$readout" text "$page" >"$pred/$id.txt" 2>/dev/null || true ;;
    esac
done
python3 "$scorer" "$bench/ground-truth.json" "$pred" ${MIN_F1:+--min-f1 "$MIN_F1"}
