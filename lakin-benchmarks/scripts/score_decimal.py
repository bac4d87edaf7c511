#!/usr/bin/env python3
# Copyright 2026 The Lakin authors
# SPDX-License-Identifier: Apache-2.0
"""The plain Python peer of `lakin score` (what a user writes by hand with the decimal module).

Reads a CsvGenerator file (Indonesian numbers: 1.234,5), computes each row's capaian exactly
(higher: r/t x 100, lower: (2 - r/t) x 100, floor 0, rounded half-up to 2 decimals once), the
goal means (mean of a goal's exact capaian), the flat unit mean and the met counts, and writes
every row and every goal to standard output. Usage: score_decimal.py FILE
"""
import csv
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 60
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def number(text):
    return Decimal(text.replace(".", "").replace(",", "."))


def main(path):
    out = sys.stdout
    write = out.write
    total = met = missing = 0
    flat = Decimal(0)
    counted = 0
    goal = None
    goal_sum = Decimal(0)
    goal_n = 0

    def end_goal():
        if goal is not None:
            mean = (goal_sum / goal_n).quantize(CENT, ROUND_HALF_UP) if goal_n else None
            write("%s\t\t%s\n" % (goal, "-" if mean is None else mean))

    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for g, code, name, unit, polarity, target, realisasi, _weight, _printed in rows:
            if g != goal:
                end_goal()
                goal, goal_sum, goal_n = g, Decimal(0), 0
            total += 1
            if realisasi == "-":
                missing += 1
                write("%s\t%s\t%s\t%s\t-\n" % (code, name, target, realisasi))
                continue
            ratio = number(realisasi) / number(target)
            capaian = ratio * HUNDRED if polarity == "higher" else (2 - ratio) * HUNDRED
            if capaian < 0:
                capaian = Decimal(0)
            if capaian >= HUNDRED:
                met += 1
            goal_sum += capaian
            goal_n += 1
            flat += capaian
            counted += 1
            write("%s\t%s\t%s\t%s\t%s\n" % (code, name, target, realisasi, capaian.quantize(CENT, ROUND_HALF_UP)))
    end_goal()
    write("unit\t%s\n" % (flat / counted).quantize(CENT, ROUND_HALF_UP))
    write("%d of %d met (%d without)\n" % (met, total, missing))


if __name__ == "__main__":
    main(sys.argv[1])
