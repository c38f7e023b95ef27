#!/usr/bin/env bash
# Summarize benchmark: pages/s and peak RSS on 50 generated reports and on docs-dev; RSS across 500 small files.
# Usage: bench/summarize/run.sh   (after: mvn -B -q -o -pl app -am package -DskipTests). Prints BENCH lines; no peer
# exists. SMALL_ONLY=1 runs only the 500-file memory run, NO_DOCS_DEV=1 skips docs-dev (slow on a loaded machine).
# The 500-file run also samples the live heap every 100 files: `jcmd GC.class_histogram` runs a full GC and
# sums the objects left (GC.run + GC.heap_info would also count what the workers allocate between the two calls).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE="$ROOT/bench/cache/summarize"
SHARED="${QUIRE_SHARED:-$ROOT/../shared}"
PY=/usr/bin/python3
mkdir -p "$CACHE"
[ -d "$CACHE/reports50" ] || $PY "$ROOT/bench/summarize/generate.py" "$CACHE/reports50" 50 0
[ -d "$CACHE/small500" ] || $PY "$ROOT/bench/summarize/generate.py" "$CACHE/small500" 500 1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

pages_of() { $PY -c 'import json,sys; print(sum(d["pages"] for d in json.load(open(sys.argv[1]))["documents"]))' "$1"; }

# one cold run (fresh state): wall seconds and peak RSS (KB) from GNU time
timed() {  # name out inputs...
  local name=$1 out=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$WORK/$name.rss" "$ROOT/quire" summarize "$@" --out "$out" --quiet 2>"$WORK/$name.err" || true
  t1=$(date +%s.%N)
  local pages; pages=$(pages_of "$out")
  local secs; secs=$(echo "$t1 - $t0" | bc -l)
  printf 'BENCH summarize-%s-pages-per-s: quire=%.2f peer=- ratio=- pages/s\n' "$name" "$(echo "$pages / $secs" | bc -l)"
  printf 'BENCH summarize-%s-peak-rss: quire=%d peer=- ratio=- MB\n' "$name" "$(( $(tail -1 "$WORK/$name.rss") / 1024 ))"
  # the re-run reuses every finished file
  t0=$(date +%s.%N)
  "$ROOT/quire" summarize "$@" --out "$out" --quiet 2>/dev/null || true
  t1=$(date +%s.%N)
  printf 'BENCH summarize-%s-rerun: quire=%.2f peer=- ratio=- s\n' "$name" "$(echo "$t1 - $t0" | bc -l)"
}

if [ -z "${SMALL_ONLY:-}" ]; then
  timed reports50 "$WORK/reports50.json" "$CACHE/reports50"
fi
if [ -z "${SMALL_ONLY:-}" ] && [ -z "${NO_DOCS_DEV:-}" ] && [ -d "$SHARED/data/docs-dev" ]; then
  timed docs-dev "$WORK/docs-dev.json" "$SHARED/data/docs-dev"
fi

# RSS and heap-after-full-GC across 500 small files: sample as files finish (state entries appear)
OUT="$WORK/small.json"
"$ROOT/quire" summarize "$CACHE/small500" --out "$OUT" --quiet 2>/dev/null &
PID=$!
STATE="$OUT.quire-state"
first=""; last=""; firstAt=""; lastAt=""
heapFirst=""; heapLast=""; heapFirstAt=""; heapLastAt=""; nextHeap=50
# live heap (KB) right after a full collection; empty when the JVM is gone
heap_after_gc() {
  jcmd "$1" GC.class_histogram 2>/dev/null | awk '/^Total /{print int($3 / 1024)}'
}
set +e +o pipefail  # the state folder appears only after start-up
while kill -0 $PID 2>/dev/null; do
  n=$(ls "$STATE" 2>/dev/null | wc -l)
  n=${n:-0}
  jpid=$(pgrep -P $PID java || echo $PID)
  rss=$(awk '/VmRSS/{print $2}' /proc/$jpid/status 2>/dev/null || echo "")
  if [ -n "$rss" ] && [ "$n" -ge 50 ] && [ -z "$first" ]; then first=$rss; firstAt=$n; fi
  if [ -n "$rss" ] && [ "$n" -ge 50 ]; then last=$rss; lastAt=$n; fi
  if [ "$n" -ge "$nextHeap" ] && [ "$n" -lt 500 ]; then
    h=$(heap_after_gc "$jpid")
    if [ -n "$h" ]; then
      echo "heap after full GC at $n files: $((h / 1024)) MB (RSS $((rss / 1024)) MB)" >&2
      [ -z "$heapFirst" ] && { heapFirst=$h; heapFirstAt=$n; }
      heapLast=$h; heapLastAt=$n
    fi
    nextHeap=$(( (n / 100 + 1) * 100 ))
  fi
  sleep 0.5
done
wait $PID || true
echo "RSS after $firstAt files: $((first / 1024)) MB; after $lastAt files: $((last / 1024)) MB" >&2
echo "heap after GC at $heapFirstAt files: $((heapFirst / 1024)) MB; at $heapLastAt files: $((heapLast / 1024)) MB" >&2
printf 'BENCH summarize-small500-rss-first: quire=%d peer=- ratio=- MB\n' "$((first / 1024))"
printf 'BENCH summarize-small500-rss-last: quire=%d peer=- ratio=- MB\n' "$((last / 1024))"
printf 'BENCH summarize-small500-rss-growth: quire=%.3f peer=- ratio=- last/first\n' "$(echo "$last / $first" | bc -l)"
printf 'BENCH summarize-small500-heap-first: quire=%.1f peer=- ratio=- MB\n' "$(echo "$heapFirst / 1024" | bc -l)"
printf 'BENCH summarize-small500-heap-last: quire=%.1f peer=- ratio=- MB\n' "$(echo "$heapLast / 1024" | bc -l)"
printf 'BENCH summarize-small500-heap-growth: quire=%.3f peer=- ratio=- last/first\n' "$(echo "$heapLast / $heapFirst" | bc -l)"
