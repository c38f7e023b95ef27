#!/usr/bin/env bash
# Quire's MLLM runtime vs transformers.js (onnxruntime-node) on a random-weight model with SmolVLM-256M's real
# dimensions (generated once into bench/cache/, never committed): same image, prompt, fp32, thread count, and a
# fixed decode of TOKENS new tokens with EOS suppressed. Prints BENCH lines (docs/cli.md).
#   bench/mllm/run.sh                      defaults: THREADS=2 TOKENS=64 XMX=1g IMAGE=2048x512 (1x4 tiles + global)
#   THREADS=1 IMAGE_W=1000 IMAGE_H=800 bench/mllm/run.sh    (4x4 tiles + global: 1088 image tokens)
set -euo pipefail
cd "$(dirname "$0")/../.."
CACHE=bench/cache
MODEL=$CACHE/smolvlm-256m-random
OUT=${OUT:-bench/out/mllm}
THREADS=${THREADS:-2}
TOKENS=${TOKENS:-64}
XMX=${XMX:-1g}
W=${IMAGE_W:-2048}
H=${IMAGE_H:-512}
QUESTION="What is shown in this image?"
PY=/usr/bin/python3
mkdir -p "$CACHE" "$OUT"

if [ ! -f "$MODEL/onnx/decoder_model_merged.onnx" ]; then
  echo "bench/mllm: generating the real-dimension random model (once, ~1 GB) in $MODEL" >&2
  $PY models/src/test/python/make_tiny_idefics3.py "$MODEL" --real-dims >/dev/null 2>"$OUT/generate.log"
fi

IMAGE=$OUT/image-${W}x${H}.png
$PY - "$IMAGE" "$W" "$H" <<'PYEOF'
import sys, numpy as np, matplotlib.image as mpimg
path, w, h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
y, x = np.mgrid[0:h, 0:w].astype(float)
img = np.stack([128 + 100*np.sin(x/57 + y/93), 128 + 100*np.cos(y/71 - x/180), 90 + 60*np.sin(x/130)], -1)
img[(h//8 < y) & (y < h//3) & ((x // 37) % 5 == 0)] = 20
mpimg.imsave(path, np.clip(np.round(img), 0, 255).astype(np.uint8))
PYEOF

JS=models/src/test/js
[ -d "$JS/node_modules/@huggingface/transformers" ] || (cd "$JS" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
mvn -B -q -o test-compile -pl models -am >/dev/null
mvn -B -q -o dependency:build-classpath -pl models -Dmdep.outputFile="$PWD/$OUT/cp.txt" >/dev/null
CP="models/target/classes:models/target/test-classes:$(cat "$OUT/cp.txt")"

echo "bench/mllm: Quire (JVM -Xmx$XMX, $THREADS threads, $TOKENS tokens, ${W}x${H} image)" >&2
OMP_THREAD_LIMIT=1 /usr/bin/time -v java -Xmx"$XMX" -cp "$CP" quire.models.mllm.MllmBench \
  "$MODEL" "$IMAGE" "$QUESTION" "$TOKENS" "$THREADS" >"$OUT/quire.json" 2>"$OUT/quire.time"
echo "bench/mllm: transformers.js $(node -p "require('./$JS/node_modules/@huggingface/transformers/package.json').version")" >&2
(cd "$JS" && /usr/bin/time -v node bench.mjs "$OLDPWD/$MODEL" "$OLDPWD/$IMAGE" "$QUESTION" "$TOKENS" "$THREADS") \
  >"$OUT/peer.json" 2>"$OUT/peer.time"

$PY - "$OUT" <<'PYEOF'
import json, re, sys
out = sys.argv[1]
def load(name):
    j = json.loads(open(f"{out}/{name}.json").read().strip().splitlines()[-1])
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(f"{out}/{name}.time").read())
    j["rss_mb"] = int(rss.group(1)) / 1024
    return j
q, p = load("quire"), load("peer")
for key, name, unit in [("vision_ms", "mllm-vision", "ms"), ("prefill_ms", "mllm-prefill", "ms"),
                        ("decode_tok_s", "mllm-decode", "tok/s"), ("rss_mb", "mllm-peak-rss", "MB")]:
    print(f"BENCH {name}: quire={q[key]:.2f} peer={p[key]:.2f} ratio={q[key] / p[key]:.3f} {unit}")
print(f"# prompt tokens: quire={q['prompt_tokens']} peer={p['prompt_tokens']}; decode tokens: {q['decode_tokens']}/{p['decode_tokens']}", file=sys.stderr)
PYEOF
