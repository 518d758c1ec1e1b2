"""Asks a Prometheus that scraped the API under load (bench/prometheus) the operators' questions in
PromQL, prints each query with its answer, and exits 1 when an answer is missing or wrong.
Usage: promql_report.py PROMETHEUS_URL STOPPED STARTED ENDED LOAD_SECONDS [DASHBOARD_JSON] (times: Unix seconds)."""
import json
import math
import sys
import urllib.parse
import urllib.request

prom, stopped, started, ended, load = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
window = f"{load + 12}s"  # the whole load, from the scrape before it
problems = []


def ask(path, **params):
    url = f"{prom}/api/v1/{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=30) as response:
        body = json.load(response)
    if body.get("status") != "success":
        raise SystemExit(f"Prometheus refused {params}: {body}")
    return body["data"]["result"]


def instant(title, query, label=None, unit="", scale=1.0, expect=None):
    print(f"\n{title}\n  {query}")
    result = ask("query", query=query, time=ended)
    if not result:
        print("  (no data)")
        problems.append(f"no answer: {title}")
        return {}
    answers = {}
    for series in sorted(result, key=lambda s: s["metric"].get(label, "") if label else ""):
        value = float(series["value"][1])
        name = series["metric"].get(label, "") if label else ""
        answers[name] = value
        shown = "NaN" if math.isnan(value) else f"{value * scale:.3g}{unit}"
        print(f"  {name + ': ' if label else ''}{shown}")
    if expect and not expect(answers):
        problems.append(f"unexpected answer: {title}")
    return answers


instant("Request rate per route (requests/s over the load)",
        f'sum by (http_route) (rate(http_server_request_duration_seconds_count{{http_route!=""}}[{window}])) > 0', "http_route", " req/s",
        expect=lambda a: len(a) >= 5)
instant("p50 latency per route, from the histogram",
        f'histogram_quantile(0.5, sum by (le, http_route) (rate(http_server_request_duration_seconds_bucket{{http_route!=""}}[{window}]))) > 0',
        "http_route", " ms", 1000)
instant("p99 latency per route, from the histogram",
        f'histogram_quantile(0.99, sum by (le, http_route) (rate(http_server_request_duration_seconds_bucket{{http_route!=""}}[{window}]))) > 0',
        "http_route", " ms", 1000, expect=lambda a: any(not math.isnan(v) and v > 0 for v in a.values()))
instant("Responses by status over the load",
        f'sum by (http_response_status_code) (increase(http_server_request_duration_seconds_count[{window}])) > 0',
        "http_response_status_code", "", expect=lambda a: a.get("503", 0) > 0 and a.get("200", 0) > 0)
instant("503s by cause (the API's own counter) over the load",
        f'sum by (cause) (increase(conflict_events_unavailable_responses_total[{window}]))', "cause", "",
        expect=lambda a: sum(a.values()) > 0)
instant("Output cache hit ratio over the load",
        f'sum(rate(conflict_events_output_cache_lookups_total{{result="hit"}}[{window}])) / sum(rate(conflict_events_output_cache_lookups_total[{window}]))',
        unit="", expect=lambda a: 0 < list(a.values())[0] <= 1)
instant("Pool connections by state (Npgsql), at the end",
        'sum by (db_client_connection_state) (db_client_connections)', "db_client_connection_state", "",
        expect=lambda a: "idle" in a)
instant("Dataset version (info gauge)", 'conflict_events_dataset_info', "version", "", expect=lambda a: len(a) == 1)

# When did the 503s come? Their rate per second, sampled every second around the outage.
query = 'sum(rate(http_server_request_duration_seconds_count{http_response_status_code="503"}[3s]))'
print(f"\n503s per second around the database stop (0 s = pg_ctl stop; it was started again at {started - stopped:.1f} s)\n  {query}")
series = ask("query_range", query=query, start=stopped - 6, end=ended, step="1s")
points = [(float(t) - stopped, float(v)) for t, v in (series[0]["values"] if series else [])]
nonzero = [t for t, v in points if v > 0]
print("  " + " ".join(f"{t:+.0f}s:{v:.0f}" for t, v in points))
if not nonzero:
    problems.append("no 503s during the database stop")
else:
    print(f"  first 503s in the sample at {min(nonzero):+.0f} s, last at {max(nonzero):+.0f} s")
    # A 3 s rate window trails by up to 3 s, one scrape interval more, and recovery takes a moment.
    if min(nonzero) < -1 or max(nonzero) > started - stopped + 8:
        problems.append("503s outside the outage")

# Every query of the committed Grafana dashboard must parse and run against the real exposition.
dashboard_path = sys.argv[6] if len(sys.argv) > 6 else None
if dashboard_path:
    dashboard = json.load(open(dashboard_path))
    print(f"\nThe dashboard's queries ({dashboard_path}), $__rate_interval as {window}:")
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            query = target["expr"].replace("$__rate_interval", window)
            try:
                result = ask("query", query=query, time=ended)
                print(f"  {panel['title']} [{target['refId']}]: {len(result)} series")
            except Exception as error:  # a 400 from Prometheus: the query does not parse or evaluate
                print(f"  {panel['title']} [{target['refId']}]: FAILED {error}")
                problems.append(f"dashboard query fails: {panel['title']}")

if problems:
    print("\nPROBLEMS: " + "; ".join(problems))
    sys.exit(1)
print("\nEvery question answered.")
