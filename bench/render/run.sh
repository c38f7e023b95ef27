#!/usr/bin/env bash
# Render benchmark (not run by mvn verify): every page of every docs-dev PDF at 144 dpi, Quire against poppler's
# pdftoppm, like for like: 2 workers each (Quire: `render --workers 2` in one JVM for all files, JVM start-up
# included; pdftoppm: two processes per file over the two halves of its pages), once writing PNG and once raw PPM.
# Prints: BENCH render_png: quire=<pages/s> peer=<pages/s> ratio=<q/p> pages/s   (and render_ppm)
#   bench/render/run.sh [DOCS_DIR]     (default ../shared/data/docs-dev)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
docs="${1:-$root/../shared/data/docs-dev}"
dpi=144
[ -d "$docs" ] || { echo "bench/render: $docs not found" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "bench/render: pdftoppm missing (apt install poppler-utils)" >&2; exit 1; }

if [ ! -f "$root/app/target/quire-app.jar" ] || [ ! -d "$root/app/target/test-classes/quire/app/bench" ]; then
  echo "bench/render: building" >&2
  (cd "$root" && mvn -B -q -o install -DskipTests && mvn -B -q -o -pl app -am test-compile -Dsurefire.failIfNoSpecifiedTests=false)
fi
# the launcher's JVM options (./quire), so the figure is what a user gets
jvm_opts="${QUIRE_JAVA_OPTS:--Xmx4g -XX:TieredStopAtLevel=1}"
cp="$root/app/target/quire-app.jar:$root/app/target/test-classes:$root/app/target/lib/*"

mapfile -t pdfs < <(find "$docs" -name '*.pdf' | sort)
total=0
for f in "${pdfs[@]}"; do
  n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}')
  total=$((total + ${n:-0}))
done
echo "bench/render: ${#pdfs[@]} PDFs, $total pages at $dpi dpi" >&2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT=1

now() { date +%s.%N; }

run_quire() { # format
  rm -rf "$work/q"; mkdir -p "$work/q"
  local t0 t1 pages
  t0=$(now)
  pages=$(java $jvm_opts -cp "$cp" quire.app.bench.RenderBench "$1" "$dpi" 2 "$work/q" "${pdfs[@]}" 2>"$work/q.err" || true)
  t1=$(now)
  [ "$pages" = "$total" ] || echo "bench/render: quire wrote ${pages:-0} of $total pages (see below)" >&2
  [ -s "$work/q.err" ] && head -5 "$work/q.err" >&2
  echo "$t0 $t1"
}

run_poppler() { # format flag ("-png" or "")
  rm -rf "$work/p"; mkdir -p "$work/p"
  local t0 t1 i=0
  t0=$(now)
  for f in "${pdfs[@]}"; do
    i=$((i + 1))
    n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}')
    half=$(( (n + 1) / 2 ))
    pdftoppm -r "$dpi" $1 -f 1 -l "$half" "$f" "$work/p/d$i-a" 2>/dev/null &
    if [ "$n" -gt "$half" ]; then
      pdftoppm -r "$dpi" $1 -f $((half + 1)) -l "$n" "$f" "$work/p/d$i-b" 2>/dev/null &
    fi
    wait
  done
  t1=$(now)
  echo "$t0 $t1"
}

report() { # name quire_t0 quire_t1 peer_t0 peer_t1
  awk -v name="$1" -v n="$total" -v q0="$2" -v q1="$3" -v p0="$4" -v p1="$5" 'BEGIN {
    q = n / (q1 - q0); p = n / (p1 - p0);
    printf "BENCH %s: quire=%.2f peer=%.2f ratio=%.2f pages/s\n", name, q, p, q / p }'
}

read -r qp0 qp1 < <(run_quire png)
read -r pp0 pp1 < <(run_poppler -png)
read -r qm0 qm1 < <(run_quire ppm)
read -r pm0 pm1 < <(run_poppler "")
report render_png "$qp0" "$qp1" "$pp0" "$pp1"
report render_ppm "$qm0" "$qm1" "$pm0" "$pm1"
