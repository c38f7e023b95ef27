#!/usr/bin/env bash
# OCR benchmark: CER/WER against gold text and pages/s for Quire's engines (paddle, tesseract, auto) and the peer,
# poppler `pdftoppm -r 200 -gray` + the `tesseract` CLI (one thread each, two pages in parallel), in the same run.
# Sets: the degraded-scan set in bench/ocr/data (make_data.py) and ocrmypdf_scanned/linn.pdf from ../shared/data.
# Needs: a build (mvn -B -q -DskipTests install), poppler-utils, tesseract-ocr. Prints BENCH lines on stdout.
#   bench/ocr/run.sh [ENGINES=auto,paddle,tesseract] [DPI=200] [WORKERS=2]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
engines="${1:-paddle,tesseract,auto}"
dpi="${2:-200}"
workers="${3:-2}"
out="$root/bench/out/ocr"
export OMP_THREAD_LIMIT=1
rm -rf "$out" && mkdir -p "$out/peer"

sets=("degraded=$(ls "$here"/data/*.pdf | paste -sd, -)")
shared="${QUIRE_SHARED:-$root/../shared}"
linn="$shared/data/docs-dev/ocrmypdf_scanned/linn.pdf"
if [ -f "$linn" ]; then
  # linn's gold sits next to it as linn.txt, as OcrBench expects
  sets+=("linn=$linn")
else
  echo "bench/ocr: ../shared/data absent: skipping the linn set" >&2
fi

# the peer: one job per page (render + OCR), two at a time
for set in "${sets[@]}"; do
  name="${set%%=*}"; pdfs="${set#*=}"
  jobs="$out/peer/$name.jobs"; : > "$jobs"
  for pdf in ${pdfs//,/ }; do
    doc="$(basename "$pdf" .pdf)"; n=$(pdfinfo "$pdf" | awk '/^Pages:/{print $2}')
    for p in $(seq 1 "$n"); do echo "$pdf $doc $p" >> "$jobs"; done
  done
  start=$(date +%s.%N)
  # CPU seconds (user + system of all the peer's processes) too: on a busy machine they compare better than time
  TIMEFORMAT='%U %S'
  { time xargs -P 2 -L 1 bash -c 'pdftoppm -r 200 -gray -f "$2" -l "$2" -singlefile "$0" "'"$out"'/peer/$1-$2" \
      && tesseract "'"$out"'/peer/$1-$2.pgm" "'"$out"'/peer/$1-$2" 2>/dev/null' < "$jobs" 2>/dev/null ; } \
      2> "$out/peer/$name.time"
  end=$(date +%s.%N)
  echo "$end - $start" | bc > "$out/peer/$name.seconds"
  awk '{print $1 + $2}' "$out/peer/$name.time" > "$out/peer/$name.cpu"
  for pdf in ${pdfs//,/ }; do
    doc="$(basename "$pdf" .pdf)"; n=$(pdfinfo "$pdf" | awk '/^Pages:/{print $2}')
    for p in $(seq 1 "$n"); do cat "$out/peer/$doc-$p.txt"; done > "$out/peer/$doc.txt"
  done
  rm -f "$out"/peer/*.pgm
  echo "peer on $name: $(cat "$out/peer/$name.seconds") s" >&2
done

cd "$root"
mvn -B -q -o -pl models,ocr-agent test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" \
  -Dmdep.includeScope=test >/dev/null
cp="models/target/classes:ocr-agent/target/test-classes:ocr-agent/target/classes:$(cat "$out/cp.txt")"
threads=$(( workers > 1 ? 1 : 0 ))
java -Xmx4g ${QUIRE_BENCH_JAVA_OPTS:-} -Dquire.threads="$threads" -Dquire.ocr.models="$root/ocr-agent/target/ppocr" \
  -cp "$cp" quire.ocr.bench.OcrBench "$out" "$dpi" "$workers" "$engines" "${sets[@]}"
