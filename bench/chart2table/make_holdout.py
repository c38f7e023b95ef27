#!/usr/bin/python3
"""Choose the Statista hold-out split: the 50 chart ids with the smallest SHA-256 of the id (UTF-8), sorted by id.

Deterministic and blind to the charts' content; nobody picks them by hand. Writes statista-holdout.txt next to
this script. Run: /usr/bin/python3 bench/chart2table/make_holdout.py [path/to/charts-dev/index.jsonl]
"""
import hashlib
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
index = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data", "charts-dev",
                                                           "index.jsonl")
with open(index, encoding="utf-8") as f:
    ids = [json.loads(line)["id"] for line in f if line.strip()]
chosen = sorted(sorted(ids, key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())[:50])
with open(os.path.join(here, "statista-holdout.txt"), "w", encoding="utf-8") as f:
    f.write("# Statista hold-out: the 50 ids with the smallest sha256(id); scored only with ChartBench --final\n")
    for i in chosen:
        f.write(i + "\n")
print(f"{len(chosen)} of {len(ids)} ids held out")
