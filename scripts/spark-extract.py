#!/usr/bin/env python3
"""Chronicle's extraction on Apache Spark: a folder of documents split across the
workers, each slice piped through `chronicle extract --jsonl -q --files-from -`
(`rdd.pipe`), the per-document graphs written as JSON Lines part files, then merged
into one graph (`chronicle merge`) or one store (`chronicle build --from-jsonl`).

Extraction of a document depends on no other, and merging is independent of the
order of files and lines, so the result equals one `chronicle extract` over the same
files (the test `SparkExtractTests` checks it byte for byte).

Local mode (the Spark bundled with PySpark, every core of this machine):

    pip install pyspark        # scripts/bootstrap.sh does it; needs a JDK 17+
    python3 scripts/spark-extract.py DOCS OUT --merge OUT/graph.json
    python3 scripts/spark-extract.py DOCS OUT --db archive.sqlite

On a cluster, the same script through spark-submit; the documents' folder and the
`chronicle` binary (with its resources) must be at the same path on every worker
(a shared filesystem, or installed by the cluster's image), and OUT on a filesystem
the driver can read back (shared, or HDFS copied down before the merge):

    spark-submit --master spark://HOST:7077 scripts/spark-extract.py \\
        --chronicle /opt/chronicle/bin/chronicle --partitions 400 \\
        /data/archive /shared/chronicle-parts --db /shared/archive.sqlite

Exit status: 0 when every document gave a graph; 1 when some did not (they are
listed; the others are merged); 2 for bad arguments or a failed step.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

EXTENSIONS = {".txt", ".docx", ".html", ".htm"}


def documents(folder):
    """The documents under `folder`, as `chronicle extract FOLDER` lists them:
    supported extensions, hidden and Office lock files skipped, sorted by path."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or name.startswith("~$"):
                continue
            if os.path.splitext(name)[1].lower() in EXTENSIONS:
                found.append(os.path.join(root, name))
    return sorted(found)


def main(argv):
    parser = argparse.ArgumentParser(description="Chronicle extraction on Apache Spark (rdd.pipe), then one merge.")
    parser.add_argument("folder", help="the documents (.txt, .docx, .html), searched recursively")
    parser.add_argument("out", help="a new folder for the JSON Lines part files (one per partition)")
    parser.add_argument("--chronicle", default=shutil.which("chronicle") or "chronicle",
                        help="the chronicle binary, the same path on every worker (default: the one on PATH)")
    parser.add_argument("--partitions", type=int, default=0, help="slices of the file list (default: Spark's parallelism)")
    parser.add_argument("--reference-date", help="as for chronicle extract: anchors partial dates (YYYY-MM-DD)")
    parser.add_argument("--master", default=None, help="Spark master when not run by spark-submit (default: local[*])")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--merge", metavar="GRAPH.json", help="merge the parts into one graph (chronicle merge)")
    target.add_argument("--db", metavar="STORE.sqlite", help="build a store from the parts (chronicle build --from-jsonl)")
    args = parser.parse_args(argv)

    chronicle = os.path.abspath(args.chronicle) if os.path.sep in args.chronicle else args.chronicle
    if shutil.which(chronicle) is None:
        print(f"spark-extract: no chronicle binary at {args.chronicle}; build it (swift build -c release) and pass --chronicle", file=sys.stderr)
        return 2
    folder = os.path.abspath(args.folder)
    if not os.path.isdir(folder):
        print(f"spark-extract: {args.folder} is not a folder", file=sys.stderr)
        return 2
    paths = documents(folder)
    if not paths:
        print(f"spark-extract: {args.folder} holds no .txt, .docx or .html files", file=sys.stderr)
        return 2
    if os.path.exists(args.out):
        print(f"spark-extract: {args.out} exists; give a new folder for the parts", file=sys.stderr)
        return 2

    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("spark-extract: PySpark is not installed (pip install pyspark; scripts/bootstrap.sh installs it)", file=sys.stderr)
        return 2

    from pyspark import SparkConf
    builder = SparkSession.builder.appName("chronicle-extract").config("spark.ui.showConsoleProgress", "false")
    # spark-submit sets the master; run with python3 alone, local mode on every core.
    if args.master or not SparkConf().contains("spark.master"):
        builder = builder.master(args.master or "local[*]")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        context = spark.sparkContext
        slices = args.partitions or min(len(paths), max(1, context.defaultParallelism))
        command = [chronicle, "extract", "--jsonl", "-q", "--files-from", "-"]
        if args.reference_date:
            command += ["--reference-date", args.reference_date]
        # Each partition's paths go to one chronicle process on its standard input, one a
        # line; its standard output, one graph a line, is the partition's result. A file
        # chronicle cannot read makes it exit 1 after writing the others: the missing
        # documents are found below, so checkCode stays off.
        lines = context.parallelize(paths, slices).pipe(" ".join(quote(part) for part in command), checkCode=False)
        lines.cache()
        lines.saveAsTextFile(os.path.abspath(args.out))
        done = set(lines.map(lambda line: json.loads(line)["document"]["path"]).collect())
    finally:
        spark.stop()

    parts = sorted(os.path.join(args.out, name) for name in os.listdir(args.out) if name.startswith("part-"))
    missing = [path for path in paths if path not in done]
    print(f"spark-extract: {len(done)} of {len(paths)} documents extracted in {len(parts)} parts under {args.out}", file=sys.stderr)
    for path in missing:
        print(f"spark-extract: no graph for {path} (chronicle could not read it)", file=sys.stderr)

    if args.merge or args.db:
        step = [chronicle, "merge"] + parts + ["-o", args.merge] if args.merge else [chronicle, "build", "-q", "--db", args.db, "--from-jsonl"] + parts
        result = subprocess.run(step, stdout=subprocess.DEVNULL if args.db else None)
        if result.returncode != 0:
            print(f"spark-extract: {' '.join(step[:2])} failed (exit {result.returncode})", file=sys.stderr)
            return 2
        print(f"spark-extract: {'merged into ' + args.merge if args.merge else 'stored in ' + args.db}", file=sys.stderr)
    return 1 if missing else 0


def quote(text):
    """A word for the shell Spark's pipe splits the command with (it splits on spaces)."""
    if " " in text:
        raise SystemExit(f"spark-extract: a path with a space cannot go through rdd.pipe: {text}")
    return text


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
