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
# the modules from this checkout (no install: the shared local repository's quire snapshots are left alone)
mvn -B -q -o -pl pipeline -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >&2
CP="pipeline/target/test-classes:pipeline/target/classes:ocr-agent/target/classes:models/target/classes"
CP="$CP:$(tr ':' '\n' < pipeline/target/bench.cp | grep -v '/quire/quire-' | paste -sd:)"
exec java -Xmx2g -Djava.awt.headless=true -Dlogback.configurationFile="$root/bench/route/logback.xml" -cp "$CP" \
    quire.pipeline.route.bench.RouteBench "$docs" "$@"
