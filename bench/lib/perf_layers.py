#!/usr/bin/env python3
"""Where the API's CPU goes: each sample of a `perf record -g` of the API (with
DOTNET_PerfMapEnabled=1, so JIT-compiled frames have names) is assigned to one layer: rows and
JSON and logging first wherever they appear in the stack, otherwise the innermost frame of a known
layer. Usage: perf_layers.py <perf.data>. Used by bench/profile."""
import sys, subprocess, collections
out = subprocess.run(['perf','script','-i',sys.argv[1],'-F','comm,ip,sym,dso'], capture_output=True, text=True).stdout
samples = out.split('\n\n')
priority = [
  ('row materialisation (Dapper + Npgsql value reads)', ['dynamicClass::Deserialize', 'NpgsqlDataReader::GetValue', 'GetFieldValue']),
  ('JSON serialisation', ['System.Text.Json']),
  ('request logging (Serilog)', ['Serilog.Sinks', 'Serilog.Formatting', 'Serilog.Core.Logger', 'Serilog.Events', 'Serilog.Context', 'DiagnosticContext']),
]
rules = [
  ('response write (Kestrel, socket send)', ['Kestrel.Core]', 'Kestrel.Transport']),
  ('Npgsql round trip (pool, command, protocol, socket)', ['[Npgsql]', 'Dapper']),
  ('query parsing, ETag, our middleware', ['[ConflictEventsApi]']),
  ('ASP.NET Core pipeline (routing, results, middleware)', ['Microsoft.AspNetCore']),
]
cats = collections.Counter(); total = 0
for s in samples:
    lines = [l.strip() for l in s.strip().split('\n') if l.strip()]
    if len(lines) < 2: continue
    comm = lines[0]
    frames = lines[1:]
    total += 1
    if 'GC' in comm: cats['garbage collector threads'] += 1; continue
    if 'Tiered Com' in comm: cats['JIT (tiered compilation)'] += 1; continue
    leaf = frames[0]
    kernel_leaf = 'kernel.kallsyms' in leaf
    hit = None
    for name, keys in priority:
        if any(k in f for f in frames for k in keys): hit = name; break
    for f in ([] if hit else frames):
        for name, keys in rules:
            if any(k in f for k in keys): hit = name; break
        if hit: break
    if hit is None:
        hit = 'thread pool, async machinery, runtime' if not kernel_leaf else 'kernel outside a request frame (scheduling, epoll, interrupts)'
    cats[hit] += 1
print("| layer | share of the API's CPU samples |")
print("|---|---:|")
for k, v in cats.most_common(): print(f"| {k} | {100*v/total:.1f}% |")
print(f"\n{total} samples")
