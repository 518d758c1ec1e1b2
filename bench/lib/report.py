#!/usr/bin/env python3
"""Turns a bench/run results folder into the Markdown block of docs/performance.md.
Usage: report.py <results dir> <docs/performance.md>
The folder holds one line per measurement in runs.tsv (scale, mix, tool, mode, connections, log
file, peak RSS in kB) and the raw wrk/pgbench logs; facts.tsv holds per-scale facts (key, value)."""
import csv, os, re, sys

results, target = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from operations_results import wrk_summary as wrk  # noqa: E402  (one wrk parser for both tables)

def pgbench(path):
    text = open(path).read()
    tps = re.search(r"tps = ([\d.]+)", text)
    latency = re.search(r"latency average = ([\d.]+) ms", text)
    failed = "" if tps else "failed"
    return {"rate": float(tps.group(1)) if tps else 0.0, "avg": float(latency.group(1)) if latency else None, "errors": failed}

runs = list(csv.reader(open(os.path.join(results, "runs.tsv")), delimiter="\t"))
facts = {}
if os.path.exists(os.path.join(results, "facts.tsv")):
    for scale, key, value in csv.reader(open(os.path.join(results, "facts.tsv")), delimiter="\t"):
        facts.setdefault(scale, {})[key] = value

baseline = {}
for scale, mix, tool, mode, conns, log, rss in runs:
    if tool == "pgbench":
        baseline[(scale, mix)] = pgbench(os.path.join(results, log))
        # pgbench runs one 2000-row batch of the export; a full export is this many batches.
        batches = int(facts.get(scale, {}).get("export batches", "1")) if mix == "csv-export" else 1
        baseline[(scale, mix)]["rate"] /= batches
        if batches > 1:
            baseline[(scale, mix)]["avg"] = (baseline[(scale, mix)]["avg"] or 0) * batches

def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"

lines = []
lines.append("| scale | request | measured | conns | req/s | p50 ms | p99 ms | × pgbench | peak RSS MB | errors |")
lines.append("|---|---|---|---:|---:|---:|---:|---:|---:|---|")
for scale, mix, tool, mode, conns, log, rss in runs:
    if tool == "pgbench":
        b = baseline[(scale, mix)]
        what = "pgbench -M prepared" + (" (per full export)" if mix == "csv-export" else "")
        lines.append(f"| {scale} | {mix} | {what} | {conns} | {fmt(b['rate'])} | avg {fmt(b['avg'], 2)} | | 1.00 | | {b['errors']} |")
        continue
    r = wrk(os.path.join(results, log))
    base = baseline.get((scale, mix), {}).get("rate") or 0
    ratio = f"{r['rate'] / base:.2f}" if base else "–"
    rss_mb = f"{int(rss) / 1024:.0f}" if rss and rss != "0" else "–"
    lines.append(f"| {scale} | {mix} | API, cache {mode} | {conns} | {fmt(r['rate'])} | {fmt(r['p50'], 2)} | {fmt(r['p99'], 2)} | {ratio} | {rss_mb} | {r['errors'].strip()} |")

fact_lines = []
for scale, values in facts.items():
    fact_lines.append(f"- **{scale}**: " + "; ".join(f"{k} {v}" for k, v in values.items() if not k.startswith("plan:")))

plans = []
for scale, values in facts.items():
    for key, value in values.items():
        if key.startswith("plan:"):
            plan = open(os.path.join(results, value)).read().rstrip()
            plans.append(f"#### {scale}: {key[5:]}\n\n```\n{plan}\n```\n")

meta = open(os.path.join(results, "machine.txt")).read().strip()
block = ["<!-- bench:start (written by bench/run; edit outside these markers) -->", "", meta, "", *lines, "",
         *fact_lines, "", "<details><summary>EXPLAIN (ANALYZE) of each list query, per scale</summary>", "", *plans,
         "</details>", "", "<!-- bench:end -->"]
block_text = "\n".join(block)

document = open(target).read() if os.path.exists(target) else "# Performance\n\n<!-- bench:start -->\n<!-- bench:end -->\n"
start, end = document.find("<!-- bench:start"), document.find("<!-- bench:end -->")
if start < 0 or end < 0:
    document = document.rstrip() + "\n\n" + block_text + "\n"
else:
    document = document[:start] + block_text + document[end + len("<!-- bench:end -->"):]
open(target, "w").write(document)
print("\n".join([meta, "", *lines, "", *fact_lines]))
