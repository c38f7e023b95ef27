#!/usr/bin/env bash
# Sets up Quire on Debian 12 (JDK 17, Maven, Node.js 20 and npm already present) and builds it.
# Installs the apt packages it needs when they are missing (run as root, or with sudo available).
#   ./setup.sh             install system packages, then build (mvn install, tests skipped)
#   ./setup.sh --deps-only install system packages only (CI runs the tests itself)
# Idempotent: a second run installs nothing and only rebuilds.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng libtesseract-dev libleptonica-dev  # Tess4J fallback OCR (JNA needs the -dev .so links)
  poppler-utils   # pdftoppm: the peer in bench/render and bench/ocr
  xvfb            # JavaFX UI tests run under xvfb-run
  libgtk-3-0 libxtst6 fonts-dejavu-core  # JavaFX glass (GTK 3, XTest for the test robot) and a font to draw with
  fakeroot dpkg-dev  # jpackage .deb (installer profile)
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# transformers.js for the MLLM parity test (models/src/test/js). --ignore-scripts: onnxruntime-node's install
# script downloads extra binaries from a host that may be unreachable; its CPU binaries are bundled anyway.
JS_DIR=models/src/test/js
if command -v npm >/dev/null 2>&1; then
  if [ ! -d "$JS_DIR/node_modules" ] || [ "$JS_DIR/package-lock.json" -nt "$JS_DIR/node_modules/.package-lock.json" ]; then
    echo "setup: installing transformers.js for the parity test (npm ci in $JS_DIR)" >&2
    (cd "$JS_DIR" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
  fi
else
  echo "setup: npm not found; the transformers.js parity test will be skipped" >&2
fi

if [ "${1:-}" = "--deps-only" ]; then
  exit 0
fi

echo "setup: building Quire (mvn install, tests skipped)" >&2
mvn -B -q -DskipTests install
echo "setup: done; try ./quire --help" >&2
