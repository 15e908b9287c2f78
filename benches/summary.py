#!/usr/bin/env python3
"""Prints the medians of the last criterion run as tables, for BENCHMARKS.md.

Usage: python3 benches/summary.py [TARGET_DIR]   (default: $CARGO_TARGET_DIR or target)

For the scale benchmarks it also prints the time per question and the growth exponent
between two sizes, log(t2/t1) / log(n2/n1): about 1 for a step that grows linearly, about 2
for a quadratic one.
"""

import json
import math
import os
import sys
from collections import defaultdict
from pathlib import Path


def fmt(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def main():
    target = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARGO_TARGET_DIR", "target"))
    root = target / "criterion"
    rows = []
    for meta in sorted(root.glob("**/new/benchmark.json")):
        info = json.loads(meta.read_text())
        estimates = json.loads((meta.parent / "estimates.json").read_text())
        rows.append((info, estimates["median"]["point_estimate"]))
    if not rows:
        sys.exit(f"no criterion results under {root}")

    scale = defaultdict(list)
    print("| benchmark | median |")
    print("| --- | ---: |")
    for info, median in rows:
        if info["group_id"].startswith("scale/"):
            scale[info["group_id"]].append((int(info["value_str"]), median))
            continue
        print(f"| {info['full_id']} | {fmt(median)} |")

    if scale:
        print()
        print("| step | questions | median | per question | growth exponent |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for group in sorted(scale):
            points = sorted(scale[group])
            for i, (n, t) in enumerate(points):
                growth = ""
                if i > 0:
                    n0, t0 = points[i - 1]
                    growth = f"{math.log(t / t0) / math.log(n / n0):.2f}"
                name = group.removeprefix("scale/")
                print(f"| {name} | {n:,} | {fmt(t)} | {fmt(t / n)} | {growth} |")


if __name__ == "__main__":
    main()
