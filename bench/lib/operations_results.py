"""Reads the every-operation measurements of bench/run results folders (ops.tsv and the wrk and
pgbench logs it names), shared by operations_report.py and bench/check."""
import csv, os, re

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * UNITS[unit]


def wrk_summary(path):
    """rate, p50 and p99 (ms), non-2xx count, completed requests and an errors text of one wrk --latency log."""
    text = open(path).read() if os.path.exists(path) else ""
    rate = re.search(r"Requests/sec:\s+([\d.]+)", text)
    pct = dict(re.findall(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+\w+)", text, re.M))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    sockets = re.search(r"Socket errors: (.*)", text)
    completed = re.search(r"(\d+) requests in", text)
    return {
        "rate": float(rate.group(1)) if rate else 0.0,
        "p50": ms(pct["50"]) if "50" in pct else None,
        "p99": ms(pct["99"]) if "99" in pct else None,
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "requests": int(completed.group(1)) if completed else 0,
        "errors": (f"{non2xx.group(1)} non-2xx" if non2xx else "") + (f" socket {sockets.group(1)}" if sockets else ""),
    }


def _pgbench(path):
    if path.endswith("-") or not os.path.exists(path):
        return None
    tps = re.search(r"tps = ([\d.]+)", open(path).read())
    return float(tps.group(1)) if tps else None


def load(folders):
    """One dict per measured request; a (scale, name, conns) of an earlier folder only when no later one has it."""
    seen, rows = set(), []
    for folder in folders:
        path = os.path.join(folder, "ops.tsv")
        if not os.path.exists(path):
            continue
        for scale, name, tag, conns, log, size, status, pglog in csv.reader(open(path), delimiter="\t"):
            if (scale, name, conns) in seen:
                continue
            seen.add((scale, name, conns))
            row = {"scale": scale, "name": name, "tag": tag, "conns": conns, "bytes": int(size), "status": status,
                   "pgbench": _pgbench(os.path.join(folder, pglog))}
            row.update(wrk_summary(os.path.join(folder, log)))
            rows.append(row)
    return rows
