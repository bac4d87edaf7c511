#!/usr/bin/env python3
# Copyright 2026 The Lakin authors
# SPDX-License-Identifier: Apache-2.0
"""Whole-process benchmark of `lakin score` beside its peers, at each size, alternating runs.

For each size it generates one CSV with CsvGenerator (kept in the work folder), then runs RUNS
rounds of, in turn: `lakin score FILE` (table), `lakin score --format json FILE`, DuckDB's plain SQL
through JDBC (DuckDbScore, needs the benchmarks built with -Pduckdb) and the Python decimal script;
every program writes every row to /dev/null. Wall time and peak RSS come from /usr/bin/time -v.
Prints one line per run (with the load average) and a table of medians and ratios in Markdown.

Usage, from the repository root, after
  ./mvnw -q -B -ntp package -DskipTests -Dlakin.skipDocs=true -pl lakin-cli,lakin-benchmarks -am -Pduckdb
run
  python3 lakin-benchmarks/scripts/whole_process.py [--runs 3] [--work DIR] [SIZE ...]
Lakin runs through the ./lakin launcher (LAKIN_NO_BUILD=1), with its default JVM settings; the
generated files state no year, so it is given (--year 2024).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "lakin-benchmarks", "target", "benchmarks.jar")
LAKIN_JAR = None  # --jar: run `java -jar JAR` (what the launcher runs) instead of ./lakin
PEERS = ["lakin table", "lakin json", "duckdb sql", "python decimal"]


def command(peer, csv):
    lakin = ["java", "-jar", LAKIN_JAR] if LAKIN_JAR else [os.path.join(ROOT, "lakin")]
    if peer == "lakin table":
        return lakin + ["score", "--year", "2024", csv]
    if peer == "lakin json":
        return lakin + ["score", "--year", "2024", "--format", "json", csv]
    if peer == "duckdb sql":
        return ["java", "-cp", BENCH, "io.github.lakin.benchmarks.DuckDbScore", csv]
    return [sys.executable, os.path.join(ROOT, "lakin-benchmarks", "scripts", "score_decimal.py"), csv]


def measure(cmd):
    """Runs cmd with its output to /dev/null; returns (wall seconds, peak RSS in MB, CPU seconds user + system)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t, open(os.devnull, "w") as null:
        env = dict(os.environ, LAKIN_NO_BUILD="1")
        p = subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + cmd, stdout=null, stderr=subprocess.PIPE, env=env, text=True)
        if p.returncode != 0:
            raise SystemExit("failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr[-2000:]))
        wall = rss = None
        cpu = 0.0
        for line in open(t.name):
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                parts = line.rsplit(" ", 1)[1].split(":")
                wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(parts)))
            elif line.startswith("User time (seconds)") or line.startswith("System time (seconds)"):
                cpu += float(line.rsplit(" ", 1)[1])
            elif line.startswith("Maximum resident set size"):
                rss = int(line.rsplit(" ", 1)[1]) / 1024
        return wall, rss, cpu


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--runs", type=int, default=3)
    a.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "lakin-whole-process"))
    a.add_argument("--peers", default=",".join(PEERS))
    a.add_argument("--jar", help="lakin.jar to run with java -jar (default: the ./lakin launcher)")
    a.add_argument("--bench", help="benchmarks.jar built with -Pduckdb (default: lakin-benchmarks/target)")
    a.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000, 1000000, 10000000])
    args = a.parse_args()
    global LAKIN_JAR, BENCH
    LAKIN_JAR = args.jar
    BENCH = args.bench or BENCH
    peers = args.peers.split(",")
    os.makedirs(args.work, exist_ok=True)
    table = []
    for size in args.sizes:
        csv = os.path.join(args.work, "indicators-%d.csv" % size)
        if not os.path.exists(csv):
            subprocess.run(["java", "-cp", BENCH, "io.github.lakin.benchmarks.CsvGenerator", str(size), csv], check=True)
        walls = {p: [] for p in peers}
        rsss = {p: [] for p in peers}
        cpus = {p: [] for p in peers}
        for r in range(args.runs):
            for p in peers:
                wall, rss, cpu = measure(command(p, csv))
                walls[p].append(wall)
                rsss[p].append(rss)
                cpus[p].append(cpu)
                load = open("/proc/loadavg").read().split()[0]
                print("%d\t%s\trun %d\t%.2f s\tcpu %.2f s\t%.0f MB\tload %s" % (size, p, r + 1, wall, cpu, rss, load), flush=True)
        table.append((size, {p: statistics.median(walls[p]) for p in peers}, {p: max(rsss[p]) for p in peers},
                      {p: statistics.median(cpus[p]) for p in peers}))
    print()
    print("| rows | " + " | ".join("%s wall (median)" % p for p in peers) + " | table ÷ DuckDB | json ÷ DuckDB | table ÷ Python"
          + " | " + " | ".join("%s peak RSS" % p for p in peers) + " |")
    print("|---:|" + "---:|" * (2 * len(peers) + 3))
    for size, w, m, c in table:
        def ratio(x, y):
            return "%.2f×" % (w[x] / w[y]) if x in w and y in w else "–"
        print("| %s | " % format(size, ",") + " | ".join("%.2f s" % w[p] for p in peers) + " | "
              + " | ".join([ratio("lakin table", "duckdb sql"), ratio("lakin json", "duckdb sql"), ratio("lakin table", "python decimal")])
              + " | " + " | ".join("%.0f MB" % m[p] for p in peers) + " |")
    print()
    print("CPU seconds (user + system), medians:")
    for size, w, m, c in table:
        print("| %s | " % format(size, ",") + " | ".join("%s %.2f s" % (p, c[p]) for p in peers) + " |")


if __name__ == "__main__":
    main()
