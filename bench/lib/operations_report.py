#!/usr/bin/env python3
"""Writes the every-operation tables of bench/run: per scale, each GET of the OpenAPI document with
req/s, p50, p99 and bytes per response beside pgbench on the same SQL, into docs/performance.md
(between the operations:start/end markers), and the growth from 100k to 10M events into
docs/scaling.md (between the growth:start/end markers).
Usage: operations_report.py <performance.md> <scaling.md> <results dir> [earlier results dirs ...]
A scale measured in the first folder wins; the earlier folders fill the scales it lacks (a 10M run
made apart from the 100k and 1M ones)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from operations_results import load  # noqa: E402

performance, scaling, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
rows = load(folders)
SCALES = [s for s in ("100k", "1m", "10m") if any(r["scale"] == s for r in rows)] + sorted(
    {r["scale"] for r in rows} - {"100k", "1m", "10m"})


def num(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


def size(value):
    return "–" if value is None else (f"{value / 1024:,.1f} KB" if value < 1024 * 1024 else f"{value / 1048576:,.2f} MB")


def replace_between(path, start, end, block):
    text = open(path).read()
    if start not in text:
        text = text.rstrip("\n") + f"\n\n{start}\n{end}\n"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    open(path, "w").write(f"{head}{start}\n{block}\n{end}{tail}")


machine = ""
for folder in folders:
    path = os.path.join(folder, "machine.txt")
    if os.path.exists(path):
        machine += open(path).read().strip() + "\n\n"
        break

lines = [machine.strip(), ""]
for scale in SCALES:
    lines += [f"**{scale}** (8 connections, cache off; statistics also at 64)", "",
              "| operation | conns | req/s | p50 ms | p99 ms | bytes/response | status | pgbench tps | API/pgbench | errors |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in (r for r in rows if r["scale"] == scale):
        ratio = r["rate"] / r["pgbench"] if r["pgbench"] else None
        lines.append(f"| `{r['name']}` | {r['conns']} | {num(r['rate'])} | {num(r['p50'])} | {num(r['p99'])} | {size(r['bytes'])} "
                     f"| {r['status']} | {num(r['pgbench'])} | {num(ratio, 2)} | {r['errors']} |")
    lines.append("")
replace_between(performance, "<!-- operations:start (written by bench/run; edit outside these markers) -->",
                "<!-- operations:end -->", "\n".join(lines).strip())

growth = ["| operation | p50 ms 100k | p50 ms 1m | p50 ms 10m | 10m / 100k | bytes 10m |", "|---|---:|---:|---:|---:|---:|"]
by_key = {(r["scale"], r["name"]): r for r in rows if r["conns"] == "8"}
for r in (r for r in rows if r["scale"] == SCALES[0] and r["conns"] == "8"):
    cells = [by_key.get((s, r["name"])) for s in ("100k", "1m", "10m")]
    p50s = [c["p50"] if c else None for c in cells]
    ratio = p50s[2] / p50s[0] if p50s[0] and p50s[2] else None
    mark = "" if ratio is None or ratio <= 2 else " **over 2×**"
    growth.append(f"| `{r['name']}` | {num(p50s[0], 2)} | {num(p50s[1], 2)} | {num(p50s[2], 2)} | {num(ratio, 2)}{mark} "
                  f"| {size(cells[2]['bytes']) if cells[2] else '–'} |")
replace_between(scaling, "<!-- growth:start (written by bench/run; edit outside these markers) -->",
                "<!-- growth:end -->", "\n".join(growth))
