"""readout on Apache Spark: reads a folder of JSON Lines articles into a DataFrame,
analyses every article with the readout Python module (one `readout.analyze_many` per
partition, in `mapInArrow`), and writes what was found as Parquet tables, one row per
call, per quote and per amount, each with its document's file name and publication date
and the fields of the record (shared/spec/EXTRACTION.md):

    OUTPUT/calls      file, published, participants, caller, date, date_text, medium, topics,
                      evidence
    OUTPUT/quotes     file, published, text, speaker, cue, start, end
    OUTPUT/amounts    file, published, text, value, value_max, currency, category, donor,
                      recipient, start, end
    OUTPUT/documents  file, published, title, error, calls, quotes, amounts (the counts)

A document is named NAME#<id> by its id column (NAME is --name, "articles" by default),
else NAME#<n>, n counting the rows of its partition. A document readout cannot read gets
a row in documents with its error, and none in the other tables.

Locally (`make spark-example` runs it so):

    .venv/bin/python examples/spark/job.py --master 'local[2]' INPUT_DIR OUTPUT_DIR \
        --schema 'id STRING, source STRING, text STRING'

On a cluster, install the readout wheel on every worker (or ship it with the job: see
README "Spark") and submit it:

    spark-submit --master yarn examples/spark/job.py hdfs:///news/articles hdfs:///news/readout
"""

import argparse
import json
import os
import sys
import time

import pyarrow as pa
from pyspark import StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

# The record of shared/spec/EXTRACTION.md, as Spark and as Arrow see it, plus the error
# of a document that could not be read.
CALL = T.StructType(
    [
        T.StructField("participants", T.ArrayType(T.StringType())),
        T.StructField("caller", T.StringType()),
        T.StructField("date", T.StringType()),
        T.StructField("date_text", T.StringType()),
        T.StructField("medium", T.StringType()),
        T.StructField("topics", T.ArrayType(T.StringType())),
        T.StructField("evidence", T.ArrayType(T.LongType())),
    ]
)
QUOTE = T.StructType(
    [
        T.StructField("text", T.StringType()),
        T.StructField("speaker", T.StringType()),
        T.StructField("cue", T.StringType()),
        T.StructField("start", T.LongType()),
        T.StructField("end", T.LongType()),
    ]
)
AMOUNT = T.StructType(
    [
        T.StructField("text", T.StringType()),
        T.StructField("value", T.DoubleType()),
        T.StructField("value_max", T.DoubleType()),
        T.StructField("currency", T.StringType()),
        T.StructField("category", T.StringType()),
        T.StructField("donor", T.StringType()),
        T.StructField("recipient", T.StringType()),
        T.StructField("start", T.LongType()),
        T.StructField("end", T.LongType()),
    ]
)
RECORD = T.StructType(
    [
        T.StructField("file", T.StringType()),
        T.StructField("published", T.StringType()),
        T.StructField("title", T.StringType()),
        T.StructField("error", T.StringType()),
        T.StructField("calls", T.ArrayType(CALL)),
        T.StructField("quotes", T.ArrayType(QUOTE)),
        T.StructField("amounts", T.ArrayType(AMOUNT)),
    ]
)


def arrow_type(spark_type):
    """The Arrow type Spark's mapInArrow expects for a Spark type of RECORD."""
    if isinstance(spark_type, T.StructType):
        return pa.struct([pa.field(f.name, arrow_type(f.dataType)) for f in spark_type.fields])
    if isinstance(spark_type, T.ArrayType):
        return pa.list_(arrow_type(spark_type.elementType))
    return {T.StringType(): pa.string(), T.LongType(): pa.int64(), T.DoubleType(): pa.float64()}[spark_type]


ARROW_RECORD = pa.schema([pa.field(f.name, arrow_type(f.dataType)) for f in RECORD.fields])


def analyzer(name, jobs, rows_per_batch):
    """The function mapInArrow runs on each partition: its rows, as dicts, go through one
    readout.analyze_many, and the records come back as Arrow batches."""

    def analyze_partition(batches):
        import readout  # on the worker

        def rows():
            for batch in batches:
                yield from batch.to_pylist()

        out = []
        for record in readout.analyze_many(rows(), jobs=jobs, name=name):
            out.append(record)
            if len(out) == rows_per_batch:
                yield pa.RecordBatch.from_pylist(out, schema=ARROW_RECORD)
                out = []
        if out:
            yield pa.RecordBatch.from_pylist(out, schema=ARROW_RECORD)

    return analyze_partition


def tree_cpu_seconds(pid):
    """The CPU time used so far by process `pid` and all its descendants, with the children
    they have reaped (Linux's /proc), or None elsewhere. In local mode, the JVM's tree
    holds all of Spark, the Python workers included."""
    try:
        children, used = {}, {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
            used[int(entry)] = sum(int(t) for t in fields[11:15])  # utime stime cutime cstime
        total, todo = 0, [pid]
        while todo:
            pid = todo.pop()
            total += used.get(pid, 0)
            todo.extend(children.get(pid, []))
        return total / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, AttributeError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="a folder (or glob) of JSON Lines articles: text, title, date, id columns")
    parser.add_argument("output", help="the folder the Parquet tables are written into (replaced)")
    parser.add_argument("--master", help="Spark master, e.g. local[2]; spark-submit's when not given")
    parser.add_argument("--name", default="articles", help="documents are named NAME#<id>")
    parser.add_argument(
        "--jobs", type=int, default=1, help="readout threads per Spark task (default 1: Spark runs a task per core)"
    )
    parser.add_argument(
        "--schema",
        help="the input's columns as Spark DDL ('id STRING, text STRING, ...'); without it Spark infers them, "
        "reading the whole input once more",
    )
    parser.add_argument("--partitions", type=int, help="repartition the articles into this many partitions first")
    parser.add_argument("--summary", help="also write the figures as JSON to this file")
    args = parser.parse_args()

    # Local runs: the workers are this Python, which has readout installed, and Spark
    # listens on the loopback interface only.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if args.master and args.master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.appName("readout")
    if args.master:
        builder = builder.master(args.master)
    spark = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        # Arrow batches of 1,000 articles into each partition's analyze_many (10,000 by default).
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1000")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    # Input split into about four partitions per core, not one: the cores then finish
    # close together rather than one waiting on the last large partition.
    spark.conf.set("spark.sql.files.minPartitionNum", str(4 * spark.sparkContext.defaultParallelism))

    # The JVM's process, to count the CPU time of a local run (a private attribute, so
    # only where it is there).
    jvm = getattr(getattr(spark.sparkContext._gateway, "proc", None), "pid", None)
    started = time.perf_counter()
    # readout finds the text, title, date and id columns by name, among any others.
    reader = spark.read.schema(args.schema) if args.schema else spark.read
    articles = reader.json(args.input)
    if args.partitions:
        articles = articles.repartition(args.partitions)
    read = time.perf_counter()
    cpu_before = tree_cpu_seconds(jvm) if jvm else None
    docs = articles.mapInArrow(analyzer(args.name, args.jobs, 1000), RECORD).persist(StorageLevel.MEMORY_AND_DISK)
    count = docs.count()
    analysed = time.perf_counter()
    cpu_after = tree_cpu_seconds(jvm) if cpu_before is not None else None

    out = args.output.rstrip("/")
    for kind in ("calls", "quotes", "amounts"):
        rows = docs.select("file", "published", F.explode(kind).alias("row")).select("file", "published", "row.*")
        rows.write.mode("overwrite").parquet(f"{out}/{kind}")
    counts = [F.size(kind).alias(kind) for kind in ("calls", "quotes", "amounts")]
    docs.select("file", "published", "title", "error", *counts).write.mode("overwrite").parquet(f"{out}/documents")
    written = time.perf_counter()

    failed = docs.filter(F.col("error").isNotNull()).count()
    cores = spark.sparkContext.defaultParallelism
    partitions = docs.rdd.getNumPartitions()
    docs.unpersist()
    spark.stop()

    read_seconds, analysis_seconds, total_seconds = read - started, analysed - read, written - started
    figures = {
        "articles": count,
        "failed": failed,
        "partitions": partitions,
        "cores": cores,
        "read_seconds": round(read_seconds, 3),
        "analysis_seconds": round(analysis_seconds, 3),
        "total_seconds": round(total_seconds, 3),
        "articles_per_second": round(count / analysis_seconds, 1),
        "articles_per_second_per_core": round(count / analysis_seconds / cores, 1),
    }
    cpu_note = ""
    if cpu_after is not None and cpu_after > cpu_before:
        cpu = cpu_after - cpu_before
        figures["analysis_cpu_seconds"] = round(cpu, 2)
        figures["articles_per_cpu_second"] = round(count / cpu, 1)
        cpu_note = f", {count / cpu:.0f} per CPU second"
    print(
        f"readout-spark: {count} articles ({failed} unreadable) in {partitions} partitions on {cores} cores: "
        f"input opened in {read_seconds:.1f} s, analysed in {analysis_seconds:.1f} s: "
        f"{count / analysis_seconds:.0f} articles/s ({count / analysis_seconds / cores:.0f} per core{cpu_note}); "
        f"all done, tables written, after {total_seconds:.1f} s"
    )
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            json.dump(figures, f)


if __name__ == "__main__":
    main()
