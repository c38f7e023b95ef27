#!/usr/bin/env bash
# Pull speed of `quire models pull` (probe, download, SHA-256, install) against curl + sha256sum, both from a
# loopback fake hub. Usage: bench/models/run.sh [MB per graph file, default 40] [runs, default 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o -pl models test-compile
cp=$(mktemp)
mvn -B -q -o -pl models dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
java -Xmx2g -cp "models/target/test-classes:models/target/classes:$(cat "$cp")" \
  quire.models.bench.DownloadBench "${1:-40}" "${2:-3}"
rm -f "$cp"
