#!/usr/bin/env python3
"""Turns a JMH JSON result (-rf json) into a Markdown table per indicator.

Each benchmark operation processes the whole data set of `size` indicators, so
ns/indicator = score / size and B/indicator = gc.alloc.rate.norm / size. On a shared
machine single iterations can be slowed by other work, so the median of the measurement
iterations is printed first and the JMH mean ± error after it.

    python3 scripts/per-indicator.py results.json
"""
import json
import sys


def main(path):
    rows = {}
    for r in json.load(open(path)):
        bench = r["benchmark"].rsplit(".", 2)
        name = bench[-2].replace("Benchmark", "") + "." + bench[-1]
        size = int(r["params"]["size"])
        raw = sorted(x for fork in r["primaryMetric"]["rawData"] for x in fork)
        median = raw[len(raw) // 2] / size
        mean = r["primaryMetric"]["score"] / size
        err = r["primaryMetric"]["scoreError"] / size
        ns = median
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        rows[(name, size)] = (ns, (mean, err), None if alloc is None else alloc / size)
    names = sorted({k[0] for k in rows})
    sizes = sorted({k[1] for k in rows})
    print("| variant | " + " | ".join(f"{s:,}: ns/ind median (mean ± err) | {s:,}: B/ind" for s in sizes) + " |")
    print("|---|" + "---:|---:|" * len(sizes))
    for n in names:
        cells = []
        for s in sizes:
            v = rows.get((n, s))
            if v is None:
                cells += ["—", "—"]
            else:
                ns, (mean, err), alloc = v
                fmt = (lambda x: f"{x:,.1f}") if ns < 1000 else (lambda x: f"{x:,.0f}")
                cells.append(f"**{fmt(ns)}** ({fmt(mean)} ± {fmt(err)})")
                cells.append("—" if alloc is None else f"{alloc:,.1f}")
        print(f"| {n} | " + " | ".join(cells) + " |")
    print()
    for group in ("Scoring", "Aggregation"):
        for s in sizes:
            b, nv, d = rows.get((group + ".bulk", s)), rows.get((group + ".naiveBigDecimal", s)), rows.get((group + ".doubleLoop", s))
            if b and nv and d:
                print(f"- {group} at {s:,} (medians): naive BigDecimal / bulk = {nv[0] / b[0]:,.1f}x; bulk / double = {b[0] / d[0]:.2f}x; bulk allocates {b[2]:.1f} B/indicator")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "results.json")
