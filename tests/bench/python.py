"""The Python module's speed, run by `make bench` (README "Python" and "Spark"):

- `readout.analyze` over the .txt articles of tests/corpus/dev repeated to 10 MB (as
  tests/bench/run.mjs builds its corpus), one call per text: MB/s by this thread's CPU
  time and by the wall clock, best of 3 rounds;
- the same texts through the core in process (tests/bench/native: `Article { text
  }.analyze(name)`, what `analyze` calls, best of 3 rounds by thread CPU time): the
  module's overhead is its CPU time over the core's, less one. It is the cost of crossing
  into Python: the text copied out of the str, the GIL released and taken back, the record
  built as a dict. The CLI's CPU time over the same texts as files is printed beside it,
  for reference only: it also reads files and writes JSON;
- `readout.analyze_many(texts, jobs=2)` and two Python threads calling `analyze`: MB/s by
  the wall clock (2 cores; the machine may be shared, so compare CPU figures first);
- the Spark job's articles per second on local[2], by the wall clock and by the CPU time
  of Spark's whole process tree, from the summary that examples/spark/run.sh wrote
  (--spark-summary); and the module alone over the same rows (--spark-input:
  `analyze_many(rows, jobs=1)`, by CPU time), what Spark's share is measured against.

MB are 10^6 bytes. Timings are printed, never asserted.

    .venv/bin/python tests/bench/python.py [--spark-summary target/spark-example/summary.json
        --spark-input target/spark-example/input]
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import readout

ROOT = Path(__file__).resolve().parents[2]
MB = 1e6
CORPUS_BYTES = 10 * MB
ROUNDS = 3


def corpus():
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt"))]
    texts, size = [], 0
    while size < CORPUS_BYTES:
        text = articles[len(texts) % len(articles)]
        texts.append(text)
        size += len(text.encode("utf-8"))
    return texts, size


def best(run):
    """The least thread CPU time and the least wall time of ROUNDS runs."""
    cpu, wall = float("inf"), float("inf")
    for _ in range(ROUNDS):
        c, w = time.thread_time(), time.perf_counter()
        run()
        cpu, wall = min(cpu, time.thread_time() - c), min(wall, time.perf_counter() - w)
    return cpu, wall


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def line(label, value, note=""):
    print(f"  {label:46} {value}{'   ' + note if note else ''}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spark-summary", type=Path, help="the --summary JSON of examples/spark/job.py")
    parser.add_argument("--spark-input", type=Path, help="the job's input folder, to time the module alone on it")
    args = parser.parse_args()
    texts, size = corpus()
    print(f"\nPython: {len(texts)} texts, {size / MB:.2f} MB (tests/corpus/dev .txt repeated); load {os.getloadavg()[0]:.1f}")

    with tempfile.TemporaryDirectory(prefix="readout-bench-py-") as work:
        listing = Path(work) / "texts.jsonl"
        listing.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
        native_bin = ROOT / "target" / "release" / "readout-bench-native"
        # Rounds of the core and of Python taken in turns, so that a load that comes and
        # goes on a shared machine weighs on both alike; the best of each is kept.
        core_cpu = core_wall = py_cpu = py_wall = float("inf")
        for _ in range(ROUNDS):
            native = json.loads(subprocess.check_output([str(native_bin), str(listing), "1"], text=True))
            core_cpu, core_wall = min(core_cpu, native["cpu_seconds"]), min(core_wall, native["wall_seconds"])
            c, w = time.thread_time(), time.perf_counter()
            for text in texts:
                readout.analyze(text)
            py_cpu, py_wall = min(py_cpu, time.thread_time() - c), min(py_wall, time.perf_counter() - w)
        line("readout.analyze, one text a call", f"{size / MB / py_cpu:6.2f} MB/s CPU", f"{size / MB / py_wall:6.2f} MB/s wall")
        line("the core in process (tests/bench/native)", f"{size / MB / core_cpu:6.2f} MB/s CPU",
             f"{size / MB / core_wall:6.2f} MB/s wall")
        line("Python analyze's overhead over the core", f"{(py_cpu / core_cpu - 1) * 100:+6.1f} %", "CPU time")

        files = Path(work) / "files"
        files.mkdir()
        for n, text in enumerate(texts):
            (files / f"{n:05d}.txt").write_text(text, encoding="utf-8")
        cli_cpu = float("inf")
        for _ in range(ROUNDS):
            before = children_cpu()
            subprocess.run([str(ROOT / "target" / "release" / "readout"), "analyze", str(files)],
                           stdout=subprocess.DEVNULL, check=True)
            cli_cpu = min(cli_cpu, children_cpu() - before)
        line("readout analyze DIR (the CLI, for reference)", f"{size / MB / cli_cpu:6.2f} MB/s CPU",
             f"reads {len(texts)} files, writes JSON Lines")

    for jobs in (1, 2):
        _, wall = best(lambda: sum(1 for _ in readout.analyze_many(texts, jobs=jobs)))
        line(f"readout.analyze_many(jobs={jobs})", f"{size / MB / wall:6.2f} MB/s wall")
    with ThreadPoolExecutor(2) as pool:
        _, wall = best(lambda: list(pool.map(readout.analyze, texts, chunksize=16)))
    line("readout.analyze in 2 Python threads", f"{size / MB / wall:6.2f} MB/s wall")

    if args.spark_summary:
        spark = json.loads(args.spark_summary.read_text())
        print(f"\nSpark (examples/spark/job.py, local[{spark['cores']}], {spark['partitions']} partitions):")
        line(f"{spark['articles']} articles analysed", f"{spark['articles_per_second']:8.0f} articles/s",
             f"{spark['articles_per_second_per_core']:.0f} per core; {spark['analysis_seconds']:.1f} s")
        if "articles_per_cpu_second" in spark:
            line("the same by CPU time (JVM and Python workers)", f"{spark['articles_per_cpu_second']:8.0f} articles/s",
                 f"{spark['analysis_cpu_seconds']:.1f} CPU s, JVM and worker start-up included")
        line("opening the input", f"{spark['read_seconds']:8.1f} s")
        line("everything, tables written", f"{spark['total_seconds']:8.1f} s")
    if args.spark_input:
        rows = [json.loads(l) for f in sorted(args.spark_input.glob("*.jsonl")) for l in f.open(encoding="utf-8")]
        c, w = time.process_time(), time.perf_counter()
        count = sum(1 for _ in readout.analyze_many(rows, jobs=1))
        cpu, wall = time.process_time() - c, time.perf_counter() - w
        line(f"the module alone, analyze_many(jobs=1), {count} rows", f"{count / cpu:8.0f} articles/s CPU",
             f"{count / wall:.0f} articles/s wall")


if __name__ == "__main__":
    sys.exit(main())
