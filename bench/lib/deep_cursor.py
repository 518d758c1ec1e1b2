#!/usr/bin/env python3
"""Walks GET /events?track=<track> page by page to page <n> (or the last full page) and prints
the cursor of that page, its page number, and the keyset it carries (date and id, for pgbench).
Usage: deep_cursor.py <base url> <track> <page>"""
import base64, json, sys, urllib.request

base, track, target = sys.argv[1], sys.argv[2], int(sys.argv[3])
url = f"{base}/events?track={track}"
cursor, page = None, 1
while page < target:
    with urllib.request.urlopen(url + (f"&cursor={cursor}" if cursor else "")) as response:
        body = json.load(response)
    if not body.get("nextCursor"):
        break
    cursor, page = body["nextCursor"], page + 1
# A cursor is base64url(16-byte signature + "date\x1fid"): the keyset is readable, only signed.
payload = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))[16:].decode()
after_date, after_id = payload.split("\x1f")
if after_date == "9999-12-31":  # DateOnly.MaxValue, which Npgsql sends as infinity
    after_date = "infinity"
print(cursor, page, after_date, after_id)
