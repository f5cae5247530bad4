#!/usr/bin/env bash
# `make spark-example`: 10,000 generated articles through examples/spark/job.py on
# local[2], then its tables checked against the readout CLI on the same input. The
# Makefile has built the readout module into .venv and the release CLI first.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf 'spark-example: %s\n' "$*"; }
who=spark-example
. scripts/as-root.sh

scripts/python-setup.sh spark

# Spark 4.1 runs on Java 17 or 21: JAVA_HOME if it is one, else Debian's, else the
# `java` on PATH, else Debian's openjdk-17 is installed.
java_fits() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "(17|21)[."]'; }
if [ -z "${JAVA_HOME:-}" ] || ! java_fits "$JAVA_HOME"; then
  JAVA_HOME=
  for candidate in /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/java-21-openjdk-* \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java || echo /nonexistent)")")")"; do
    if java_fits "$candidate"; then JAVA_HOME=$candidate; break; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    say "installing Java 17 (openjdk-17-jre-headless) from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq openjdk-17-jre-headless
    JAVA_HOME=$(ls -d /usr/lib/jvm/java-17-openjdk-* | head -n 1)
  fi
  export JAVA_HOME
fi
say "Java: $JAVA_HOME"

work=target/spark-example
rm -rf "$work/output"
.venv/bin/python examples/spark/generate.py "$work/input" --articles "${ARTICLES:-10000}"
# The generated columns (generate.py), so that Spark need not read the input twice to infer them.
.venv/bin/python examples/spark/job.py --master 'local[2]' "$work/input" "$work/output" \
  --schema 'id STRING, source STRING, text STRING' --summary "$work/summary.json"
.venv/bin/python examples/spark/check.py "$work/input" "$work/output"
