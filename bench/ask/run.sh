#!/usr/bin/env bash
# The ask benchmark: answer quality on the generated report set (born-digital and scanned), page recall@3 on real
# PDFs against a BM25-over-pages peer, and speed (index pages/s, warm question latency, heap on 1,000 pages).
# Usage: bench/ask/run.sh [quality|docsdev|speed|all]   (from the repository root; builds the modules first)
set -euo pipefail
cd "$(dirname "$0")/../.."
what="${1:-all}"
export OMP_THREAD_LIMIT=1
mvn -B -q -o -pl pipeline -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
# the modules from this checkout, never whatever quire snapshot the local repository holds
CP="pipeline/target/test-classes:pipeline/target/classes:ocr-agent/target/classes:models/target/classes"
CP="$CP:$(tr ':' '\n' < pipeline/target/bench.cp | grep -v '/quire/quire-' | paste -sd:)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# PP-OCR models as the build fetched them (else OCR falls back to Tesseract)
run() { java -Xmx${HEAP:-1g} -Djava.awt.headless=true -Dquire.home="$PWD" -cp "$CP" "$@"; }
if [[ "$what" == quality || "$what" == all ]]; then
  run quire.pipeline.ask.bench.QualityBench bench/ask/data "$work/cache-quality" ${VERBOSE:+--verbose}
fi
if [[ "$what" == docsdev || "$what" == all ]]; then
  run quire.pipeline.ask.bench.DocsDevBench "${QUIRE_SHARED:-../shared}/data/docs-dev" bench/ask/docs-dev-questions.jsonl \
      "$work/cache-docsdev" ${VERBOSE:+--verbose}
fi
if [[ "$what" == speed || "$what" == all ]]; then
  /usr/bin/python3 bench/ask/generate.py "$work" --big 1000
  /usr/bin/python3 bench/ask/generate.py "$work" --big 60
  HEAP=512m run quire.pipeline.ask.bench.SpeedBench "$work/big-1000.pdf" "$work/big-60.pdf" "$work/cache-speed"
fi
