#!/usr/bin/env bash
# Chart-to-table benchmark: RMS-F1 per chart type on the synthetic set and the Statista dev split.
# Prints: BENCH chart2table_<set>_<type>: quire=<rms-f1 0..100> peer=- ratio=- rms-f1
# Usage: bench/chart2table/run.sh [--predictor empty|gold|gold-transposed|csv:DIR|fully.qualified.Class]
#                                 [--set synthetic|statista|all] [--final] [--verbose] [--out results.jsonl]
#   --final scores the 50 Statista hold-out charts (bench/chart2table/statista-holdout.txt) instead of the dev split:
#   use it once, for the figures you report, never for tuning.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -o install -DskipTests -pl pipeline -am >&2 || mvn -B -q install -DskipTests -pl pipeline -am >&2
mvn -B -q -o -pl pipeline test-compile >&2
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
mvn -B -q -o -pl pipeline dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >&2
shared="${QUIRE_SHARED:-$root/../shared}"
java -Xmx3g -Dquire.root="$root" -cp "pipeline/target/classes:pipeline/target/test-classes:$(cat "$cpfile")" \
  quire.pipeline.chart.bench.ChartBench --root "$root" --shared "$shared" "$@"
