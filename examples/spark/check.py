"""Checks the Spark job's tables against the readout command line on the same input:
`readout analyze FILE.jsonl` for every input file (one JSON record per row, named
FILE.jsonl#<id>), then, document by document (by id), the same calls, quotes and amounts
as the job's rows (every field), and the same documents and failures. Prints the row
counts of both; exits 1 on any difference.

    python examples/spark/check.py INPUT_DIR OUTPUT_DIR [--cli target/release/readout]
"""

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {
    "calls": ["participants", "caller", "date", "date_text", "medium", "topics", "evidence"],
    "quotes": ["text", "speaker", "cue", "start", "end"],
    "amounts": ["text", "value", "value_max", "currency", "category", "donor", "recipient", "start", "end"],
}


def doc_id(name):
    """The id of a document named NAME#<id>."""
    return name.split("#", 1)[1]


def frozen(value):
    return tuple(value) if isinstance(value, list) else value


def row(kind, doc, published, item):
    return (doc, published, *(frozen(item.get(field)) for field in FIELDS[kind]))


def cli_rows(cli, files):
    """The CLI's rows of each table, its documents, and its failures, by document id."""
    rows = {kind: Counter() for kind in FIELDS}
    docs, failed = set(), set()
    for path in files:
        done = subprocess.run([str(cli), "analyze", str(path)], capture_output=True, text=True, stdin=subprocess.DEVNULL)
        for line in done.stdout.splitlines():
            record = json.loads(line)
            doc = doc_id(record["file"])
            docs.add(doc)
            for kind in FIELDS:
                rows[kind].update(row(kind, doc, record["published"], item) for item in record[kind])
        # "readout: DIR/FILE.jsonl#<id>: why" for each row it could not read.
        failed.update(doc_id(line.split(": ", 2)[1]) for line in done.stderr.splitlines() if "#" in line)
        if done.returncode != 0 and not failed:
            sys.exit(f"check: readout analyze {path} failed: {done.stderr}")
    return rows, docs, failed


def job_rows(output):
    rows = {}
    for kind in FIELDS:
        table = pq.read_table(output / kind).to_pylist()
        rows[kind] = Counter(row(kind, doc_id(r["file"]), r["published"], r) for r in table)
    documents = pq.read_table(output / "documents").to_pylist()
    docs = {doc_id(d["file"]) for d in documents if d["error"] is None}
    failed = {doc_id(d["file"]) for d in documents if d["error"] is not None}
    return rows, docs, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--cli", type=Path, default=ROOT / "target" / "release" / "readout")
    args = parser.parse_args()
    files = sorted(args.input.glob("*.jsonl"))
    if not files:
        sys.exit(f"check: no .jsonl files in {args.input}")
    expected, expected_docs, expected_failed = cli_rows(args.cli, files)
    got, got_docs, got_failed = job_rows(args.output)
    ok = True
    for kind in FIELDS:
        want, have = expected[kind], got[kind]
        same = want == have
        ok &= same
        print(f"check: {kind:8} CLI {sum(want.values()):6} rows, Spark {sum(have.values()):6} rows: {'same' if same else 'DIFFERENT'}")
        if not same:
            for missing in list((want - have).elements())[:3]:
                print(f"  only in the CLI's: {missing}")
            for extra in list((have - want).elements())[:3]:
                print(f"  only in Spark's: {extra}")
    same_docs = expected_docs == got_docs and expected_failed == got_failed
    ok &= same_docs
    print(
        f"check: documents CLI {len(expected_docs)} read, {len(expected_failed)} failed; "
        f"Spark {len(got_docs)} read, {len(got_failed)} failed: {'same' if same_docs else 'DIFFERENT'}"
    )
    if not (ok and sum(sum(c.values()) for c in got.values()) > 0):
        sys.exit("check: the Spark job's tables differ from the readout CLI's records")


if __name__ == "__main__":
    main()
