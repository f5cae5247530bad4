#!/bin/sh
# Seeds the fuzz corpus with every article, fixture and dataset of the repository, each
# behind the byte that makes the target read it by its own extension (see NAMES in
# fuzz_targets/analyze.rs). Idempotent: seed files are named by their source path.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out="$here/corpus/analyze"
mkdir -p "$out"
for f in "$root"/tests/corpus/dev/* "$root"/tests/corpus/probe/* "$root"/tests/corpus/seeds/* \
         "$root"/crates/readout-core/tests/fixtures/formats/*; do
    case "$f" in
        *.txt) pick=0 ;; *.html) pick=1 ;; *.md) pick=2 ;; *.eml) pick=3 ;; *.mhtml) pick=4 ;;
        *.docx) pick=5 ;; *.csv) pick=6 ;; *.tsv) pick=7 ;; *.json) pick=8 ;; *.jsonl) pick=9 ;;
        *) pick=10 ;;
    esac
    seed="$out/seed-$(echo "${f#"$root"/}" | tr '/' '_')"
    { printf "\\$(printf '%03o' "$pick")"; cat "$f"; } > "$seed"
done
