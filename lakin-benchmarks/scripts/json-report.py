#!/usr/bin/env python3
"""Writes a generated lakin-report/2 JSON report of about MB megabytes (issue 15 item 4).

Goals of 10 indicators each, every indicator with a code, name, unit, polarity, target and a
realisation with one decimal in the Indonesian style: the shape of a real report, repeated.

    python3 lakin-benchmarks/scripts/json-report.py 16 /tmp/r16.json
"""
import sys

megabytes = float(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write('{"schema":"lakin-report/2","year":2023,"unit":{"code":"GEN","name":"Generated"},"goals":[')
    size = 0
    goal = 0
    indicator = 0
    while size < megabytes * 1e6:
        parts = []
        for _ in range(10):
            indicator += 1
            parts.append('{"code":"%d","name":"Persentase indikator kinerja nomor %d","unit":"%%","polarity":"higher",'
                         '"target":"80","realisasi":"%d,%d"}' % (indicator, indicator, 60 + indicator % 40, indicator % 10))
        text = ("" if goal == 0 else ",") + '{"code":"SK%d","name":"Sasaran %d","indicators":[' % (goal + 1, goal + 1) \
            + ",".join(parts) + "]}"
        out.write(text)
        size += len(text)
        goal += 1
    out.write("]}\n")
print(indicator, "indicators")
