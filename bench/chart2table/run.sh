#!/usr/bin/env bash
# Chart-to-table benchmark: RMS-F1 per chart type on the synthetic set and the Statista dev split.
# Prints: BENCH chart2table_<set>_<type>: quire=<rms-f1 0..100> peer=- ratio=- rms-f1
# With no --predictor: engine a on the synthetic PDFs (synthetic_vector), engine b on the synthetic PNGs
# (synthetic_raster) and on Statista (statista_dev, or statista_holdout with --final), plus seconds per chart.
# Usage: bench/chart2table/run.sh [--predictor empty|gold|gold-transposed|csv:DIR|fully.qualified.Class]
#                                 [--set synthetic|statista|all] [--final] [--verbose] [--out results.jsonl]
#   --final scores the 50 Statista hold-out charts (bench/chart2table/statista-holdout.txt) instead of the dev split:
#   use it once, for the figures you report, never for tuning.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -o -pl pipeline -am test-compile >&2 || mvn -B -q -pl pipeline -am test-compile >&2
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
mvn -B -q -o -pl pipeline -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >&2
shared="${QUIRE_SHARED:-$root/../shared}"
bench() {
  OMP_THREAD_LIMIT=1 java -Xmx3g -Dquire.root="$root" \
    -cp "models/target/classes:ocr-agent/target/classes:pipeline/target/classes:pipeline/target/test-classes:$(cat "$cpfile")" \
    quire.pipeline.chart.bench.ChartBench --root "$root" --shared "$shared" "$@"
}
if [ $# -gt 0 ] && [[ " $* " == *" --predictor "* ]]; then
  bench "$@"
else
  # the engines: vector (a) on the synthetic PDFs, the raster chart expert (b) on the synthetic PNGs and on Statista
  bench --set synthetic --tag vector --predictor quire.pipeline.chart.bench.VectorPredictor "$@"
  bench --set synthetic --tag raster --predictor quire.pipeline.chart.bench.RasterPredictor "$@"
  bench --set statista --predictor quire.pipeline.chart.bench.RasterPredictor "$@"
fi
