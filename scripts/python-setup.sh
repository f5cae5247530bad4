#!/usr/bin/env bash
# Makes .venv, the repository's own Python environment, and installs the pinned packages
# of scripts/python-requirements.txt into it (`make test-py`); with `spark`, also those
# of scripts/spark-requirements.txt (`make spark-example`). Skips what is already there:
# a list installed before and unchanged since (its stamp in .venv is newer) is not asked
# of the package index again, so a second run works offline.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'python-setup: %s\n' "$*"; }
command -v python3 >/dev/null || { echo "python-setup: python3 is missing: install Python 3.10 or newer" >&2; exit 1; }
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' ||
  { echo "python-setup: Python 3.10 or newer is needed (PySpark 4.1, pytest 9)" >&2; exit 1; }

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import pip' 2>/dev/null; then
  say "making .venv with $(python3 --version)"
  rm -rf .venv
  python3 -m venv .venv ||
    { echo "python-setup: python3 -m venv failed: on Debian, apt-get install python3-venv" >&2; exit 1; }
fi

install() { # requirements file, stamp name
  local stamp=".venv/.installed-$2"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$1" ]; then return; fi
  say "installing $1 into .venv"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-input -r "$1"
  touch "$stamp"
}

install scripts/python-requirements.txt test
if [ "${1:-}" = spark ]; then install scripts/spark-requirements.txt spark; fi
