#!/usr/bin/env bash
# Token merger benchmark: 1088 tokens x 576 dims merged to half (ToMe bipartite soft matching).
# Prints: BENCH token_merge: quire=<median ms> peer=- ratio=- ms
# Usage: bench/merge/run.sh [runs] [warm-up runs]   (from anywhere; builds the pipeline module's test classes)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -o install -DskipTests -pl pipeline -am >&2 || mvn -B -q install -DskipTests -pl pipeline -am >&2
mvn -B -q -o -pl pipeline test-compile >&2
exec java -Xmx1g -cp "pipeline/target/classes:pipeline/target/test-classes" quire.pipeline.merge.TokenMergeBench "$@"
