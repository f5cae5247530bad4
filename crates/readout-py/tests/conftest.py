"""Shared by the tests: the repository's corpora and the readout command line, which the
Python module must agree with record for record.

`make test-py` builds the CLI (`cargo build --release -p readout-cli`) before pytest; set
READOUT_CLI to test against another build."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
DEV = ROOT / "tests" / "corpus" / "dev"


def article_files(folder=DEV):
    """The article files of a corpus folder (not its gold.jsonl or SOURCES.tsv)."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))


@pytest.fixture(scope="session")
def cli():
    path = Path(os.environ.get("READOUT_CLI", ROOT / "target" / "release" / "readout"))
    if not path.is_file():
        pytest.fail(f"{path} is missing: build it with `cargo build --release -p readout-cli` (make test-py does)")
    return path


def run_cli(cli, *args, check=True):
    """The CLI's stdout and stderr for `readout ARGS`."""
    done = subprocess.run([str(cli), *map(str, args)], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if check and done.returncode != 0:
        raise AssertionError(f"readout {' '.join(map(str, args))} failed: {done.stderr}")
    return done


def cli_records(cli, *paths):
    """`readout analyze PATHS` as a dict of records by their "file"."""
    out = run_cli(cli, "analyze", *paths).stdout
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    by_file = {r["file"]: r for r in records}
    assert len(by_file) == len(records), "the CLI gave two records the same name"
    return by_file
