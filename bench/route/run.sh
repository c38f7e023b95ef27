#!/usr/bin/env bash
# Router benchmark over docs-dev: token budget (median over documents of each document's median planned/default)
# and router + slicer time per page (given the 144 dpi render and the text layer).
# Prints per-document lines, then:
#   BENCH token_budget_ratio: quire=<median> peer=- ratio=- planned/default
#   BENCH route_slice_ms: quire=<median ms> peer=- ratio=- ms/page
# Usage: bench/route/run.sh [DOCS_DEV_DIR] [max pages per document (12)] [--no-router] [--no-slicer] [--no-merge]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
docs="${1:-$root/../shared/data/docs-dev}"
shift || true
mvn -B -q -o install -DskipTests -pl pipeline -am >&2 || mvn -B -q install -DskipTests -pl pipeline -am >&2
mvn -B -q -o -pl pipeline -am test-compile >&2
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -o -pl pipeline dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
exec java -Xmx2g -Djava.awt.headless=true -Dlogback.configurationFile="$root/bench/route/logback.xml" -cp "pipeline/target/classes:pipeline/target/test-classes:ocr-agent/target/classes:models/target/classes:$(cat "$cp_file")" \
    quire.pipeline.route.bench.RouteBench "$docs" "$@"
