#!/usr/bin/env bash
# Plan on vs off with a multimodal model: the generated Q&A set (bench/ask/data) through `quire ask --model DIR`
# with the router's plan and with --no-router, printing accuracy, evidence-page accuracy and prompt tokens for both:
#   BENCH ask_mllm_accuracy: quire=<plan on> peer=<plan off> ratio=<on/off> accuracy
# Usage: bench/ask/mllm.sh [MODEL_DIR (default: the tiny random-weight fixture)] [max questions] [max new tokens]
# Separate from bench/ask/run.sh (the extractive engine's benchmark).
set -euo pipefail
cd "$(dirname "$0")/../.."
model="${1:-models/src/test/resources/tiny-idefics3}"
export OMP_THREAD_LIMIT=1
mvn -B -q -o -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-mllm.cp >/dev/null
# the modules from this checkout, never whatever quire snapshot the local repository holds
CP="app/target/test-classes:app/target/classes:pipeline/target/classes:ocr-agent/target/classes:models/target/classes"
CP="$CP:$(tr ':' '\n' < app/target/bench-mllm.cp | grep -v '/quire/quire-' | paste -sd:)"
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
exec java -Xmx${HEAP:-2g} -Djava.awt.headless=true -Dquire.home="$PWD" -Dquire.cache="$cache" \
    -Dlogback.configurationFile="$PWD/bench/route/logback.xml" -cp "$CP" \
    quire.app.cli.MllmAskBench bench/ask/data "$model" "${2:-1000}" "${3:-32}"
