#!/usr/bin/env python3
"""The requests of bench/run's every-operation phase, generated from the OpenAPI document.
Usage: operations.py <openapi.json> <values.json>   (prints TSV: name, tag, url, pgbench script)

Every GET operation of the document is measured, so a new operation is measured without editing
anything here. Its path parameters take the scale's ids from values.json, keyed by the path's first
segment (events, actors, tracks, sources, stances, claims). Its query is derived from its parameters:
  - no parameters, or only optional ones: the bare request (a list's first page at its default limit);
  - a CSV operation with a limit: one page (limit=50); the unlimited export streams every row and is
    measured by the csv-export mix instead (bench/exceptions.tsv names it);
  - a groupBy parameter: one request per value of its enum (every grouping), each also with the
    biggest track when the operation takes a track, and with bucket=month when it takes a bucket;
    and the cases computed per request: from=<its example>, kind=<its example or first value>,
    bucket=week;
  - a q parameter: also q=boycott (a word in about half the synthetic texts) and q=joke (in none);
  - a rollup parameter: also rollup=parent;
  - /stats/events: also track=<the biggest track>.
The pgbench script beside a request is the SQL the API runs for it, where one statement (or one
batch) answers it: bench/sql/<name>.sql when such a file exists for the request's name."""
import json, os, sys, urllib.parse

document = json.load(open(sys.argv[1]))
values = json.load(open(sys.argv[2]))
SQL_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sql")


def schema_of(parameter):
    schema = parameter.get("schema", {})
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].split("/")[-1]]
    return schema


def example_of(parameter):
    """The parameter's example, else the first value of its vocabulary."""
    if "example" in parameter:
        return parameter["example"]
    schema = parameter.get("schema", {})
    items = schema.get("items", schema)
    if "$ref" in items:
        items = document["components"]["schemas"][items["$ref"].split("/")[-1]]
    return (items.get("enum") or [items.get("example")])[0]


def name_of(path, query):
    """A short, stable name: the path without braces, then the query (events/{id} -> events-id)."""
    base = path.strip("/").replace("{", "").replace("}", "").replace("/", "-").replace(".", "-")
    return base + ("?" + query if query else "")


def fill(path):
    resource = path.strip("/").split("/")[0].split(".")[0]
    if "{id}" in path:
        path = path.replace("{id}", values[resource])
    return path.replace("{topic}", values["claims"])


rows = []
for path, methods in document["paths"].items():
    operation = methods.get("get")
    if operation is None:
        continue
    tag = (operation.get("tags") or [""])[0]
    parameters = {p["name"]: p for p in operation.get("parameters", []) if p.get("in") == "query"}
    url = fill(path)
    queries = []
    if "groupBy" in parameters:
        for group in schema_of(parameters["groupBy"]).get("enum", []):
            queries.append(f"groupBy={group}")
            if "track" in parameters:
                queries.append(f"groupBy={group}&track={values['track']}")
        if "bucket" in parameters:
            queries.append("groupBy=polarity&bucket=month")
        # The cases counted per request, not kept with the dataset: a date range and a kind filter
        # (their values are the document's examples) and a weekly bucket.
        for name in ("from", "kind"):
            if name in parameters:
                queries.append(f"groupBy=polarity&{name}={example_of(parameters[name])}")
        if "bucket" in parameters:
            queries.append("groupBy=polarity&bucket=week")
    else:
        queries.append("")
    if "q" in parameters:
        queries += ["q=boycott", "q=joke"]
    if "rollup" in parameters:
        queries.append("rollup=parent")
    if path == "/stats/events":
        queries.append(f"track={values['track']}")
    if path.endswith(".csv") and "limit" in parameters:
        queries = ["&".join(filter(None, ["limit=50", q])) for q in queries]
    for query in queries:
        name = name_of(path, query)
        script = name.replace("?", "_").replace("&", "_").replace("=", "-") + ".sql"
        script = script if os.path.exists(os.path.join(SQL_DIR, script)) else "-"
        rows.append((name, tag, url + ("?" + urllib.parse.quote(query, safe="=&") if query else ""), script))

for row in rows:
    print("\t".join(row))
