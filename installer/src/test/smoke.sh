#!/usr/bin/env bash
# Smoke test of the built .deb, run by `mvn -Pinstaller verify` (integration-test phase) or by hand:
#   installer/src/test/smoke.sh installer/target/dist/quire_*.deb [REPO_ROOT [SHARED_DIR]]
# Unpacks the package into a temporary root (nothing is installed system-wide), then runs the unpacked launcher:
# --version, `text` on a PDF with a text layer, `ocr` on a scanned page. Any failure exits non-zero and fails the
# build. It also checks the package's metadata (Depends, desktop entry, PATH link) and that nothing native was
# unpacked to $HOME or $TMPDIR at run time. Prints the sizes and its own duration as BENCH lines.
set -euo pipefail

deb="${1:?usage: smoke.sh PACKAGE.deb|DIR [REPO_ROOT [SHARED_DIR]]}"
if [ -d "$deb" ]; then
  set -- "$deb"/*.deb "${@:2}"
  [ $# -ge 1 ] && [ -f "$1" ] || { echo "smoke: FAIL: no .deb in $deb" >&2; exit 1; }
  deb="$1"
fi
repo="${2:-$(cd "$(dirname "$0")/../../.." && pwd)}"
shared="${3:-$repo/../shared}/data"
max_installed_mb="${QUIRE_MAX_INSTALLED_MB:-250}"
start=$(date +%s.%N)

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
mb() { awk -v n="$1" 'BEGIN { printf "%.1f", n / 1048576 }'; }
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
step() { echo "smoke: $*" >&2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg-deb -x "$deb" "$root"
app="$root/opt/quire"
[ -x "$app/bin/quire" ] || fail "no launcher at /opt/quire/bin/quire in $deb"

# -- package metadata ---------------------------------------------------------------------------------------------
depends="$(dpkg-deb -f "$deb" Depends)"
for p in tesseract-ocr tesseract-ocr-eng libtesseract5 liblept5; do
  grep -qw -- "$p" <<<"$depends" || fail "Depends lacks $p: $depends"
done
dpkg-deb -e "$deb" "$work/control"

# -- the maintainer scripts, run against the temporary root: /opt/quire and /usr/bin/quire rewritten into it,
#    the xdg tools replaced by stubs that log their calls ------------------------------------------------------
mkdir -p "$work/stub" "$root/usr/bin"
for t in xdg-desktop-menu xdg-mime xdg-icon-resource; do
  printf '#!/bin/sh\necho "%s $*" >> "%s"\n' "$t" "$work/xdg.log" > "$work/stub/$t"
  chmod +x "$work/stub/$t"
done
maintainer_script() { # NAME ARG
  sed -e "s#/opt/quire#$app#g" -e "s#/usr/bin/quire#$root/usr/bin/quire#g" "$work/control/$1" > "$work/$1.sandbox"
  PATH="$work/stub:$PATH" sh -e "$work/$1.sandbox" "$2" || fail "$1 $2 failed"
}
maintainer_script postinst configure
[ "$(readlink "$root/usr/bin/quire")" = "$app/bin/quire" ] || fail "postinst did not link /usr/bin/quire"
grep -q "^xdg-desktop-menu install $app/lib/quire-quire.desktop" "$work/xdg.log" || fail "postinst did not install the menu entry"
grep -q "^xdg-mime install $app/lib/quire-quire-MimeInfo.xml" "$work/xdg.log" || fail "postinst did not register the file types"
for lib in libtesseract.so libleptonica.so; do
  [ -e "$app/lib/app/native/$lib" ] || fail "postinst did not link native/$lib to the system library"
done
quire="$root/usr/bin/quire" # from here on, run through the PATH link as a user would

desktop="$(find "$app/lib" -maxdepth 1 -name '*.desktop' | head -1)"
[ -n "$desktop" ] || fail "no .desktop file"
grep -q '^Exec=/opt/quire/bin/quire open %F' "$desktop" || fail "desktop entry does not open files: $(grep ^Exec "$desktop")"
grep -q '^MimeType=.*application/pdf' "$desktop" || fail "desktop entry has no PDF association"
[ -s "$app/lib/quire.png" ] || fail "no icon"
[ -s "$app/lib/app/THIRD-PARTY.md" ] || fail "no third-party notices"
for lib in libonnxruntime.so libonnxruntime4j_jni.so libtokenizers.so libjnidispatch.so; do
  [ -s "$app/lib/app/native/$lib" ] || fail "native/$lib missing"
done
[ -s "$app/lib/app/libglass.so" ] || fail "JavaFX natives missing next to the JavaFX jars"
if jar tf "$(ls "$app"/lib/app/onnxruntime-*.jar)" | grep -q 'ai/onnxruntime/native/.*\.\(so\|dll\|dylib\)'; then
  fail "the onnxruntime jar still carries natives"
fi

# -- run the unpacked app with a fresh home and temp dir, so we can see whether it unpacks anything there ---------
# (Java takes user.home from the password database and java.io.tmpdir is /tmp whatever $HOME and $TMPDIR say)
export HOME="$work/home" TMPDIR="$work/tmp"
mkdir -p "$HOME" "$TMPDIR"
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME -Djava.io.tmpdir=$TMPDIR"
run() { # run NAME ARGS... : stdout to $work/NAME.out, stderr to $work/NAME.err; non-zero exit fails the test
  local name="$1"; shift
  local t0 rc=0
  t0=$(date +%s.%N)
  "$quire" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  step "quire $* -> exit $rc in $(elapsed "$t0") s"
  if [ "$rc" -ne 0 ]; then
    sed 's/^/  stderr: /' "$work/$name.err" >&2
    fail "quire $* exited $rc"
  fi
}

run version --version
grep -q '^quire ' "$work/version.out" || fail "--version printed: $(cat "$work/version.out")"

run help --help
has_command() { grep -Eq "^ +$1( |$)" "$work/help.out"; }

# text: the README's sample report, else a real paper from the dev data
pdf="$repo/samples/sample-report.pdf"
[ -f "$pdf" ] || pdf="$shared/docs-dev/pdfjs_selected/tracemonkey.pdf"
if ! has_command text; then
  step "SKIP text: this build has no 'text' command yet"
elif [ ! -f "$pdf" ]; then
  step "SKIP text: no samples/sample-report.pdf and ../shared/data absent"
else
  run text text "$pdf" --pages 1 --json
  grep -q '"words"' "$work/text.out" || fail "quire text printed no words"
  words=$(grep -c '"text"' "$work/text.out" || true)
  [ "$words" -ge 20 ] || fail "quire text found only $words words on page 1 of $pdf"
  if command -v pdftotext >/dev/null; then # poppler's reading of the same page: its first words must be there
    for w in $(pdftotext -f 1 -l 1 "$pdf" - | tr -cs '[:alnum:]' '\n' | grep -E '^[[:alpha:]]{4,}$' | head -8); do
      grep -q "\"$w" "$work/text.out" || fail "quire text lacks '$w', which pdftotext reads on page 1"
    done
  fi
fi

# ocr: a scanned page (JBIG2, 300 dpi) with human-checked text, read at 150 dpi to keep CI fast; both engines, so
# the bundled PP-OCR models with ONNX Runtime's natives and Tesseract through the postinst links are exercised
scan="$shared/docs-dev/ocrmypdf_scanned/linn.pdf"
if ! has_command ocr; then
  step "SKIP ocr: this build has no 'ocr' command yet"
elif [ ! -f "$scan" ]; then
  step "SKIP ocr: ../shared/data absent"
else
  [ -s "$app/lib/app/models/ppocr/ch_PP-OCRv4_det_infer.onnx" ] || fail "PP-OCR models not bundled"
  for engine in paddle tesseract; do
    run "ocr-$engine" ocr "$scan" --engine "$engine" --dpi 150 --json
    for w in LinnSequencer Sequence Recorder composition; do
      grep -q "$w" "$work/ocr-$engine.out" || fail "quire ocr --engine $engine did not read '$w' in linn.pdf"
    done
  done
fi

# models: the model store works from the installed app (nothing installed yet in the fresh home)
if has_command models; then
  run models models list --json
  grep -q '^\[' "$work/models.out" || fail "quire models list --json printed no JSON array"
else
  step "SKIP models: this build has no 'models' command yet"
fi

# nothing native unpacked at run time (ONNX Runtime, tokenizers, JNA would otherwise extract to temp or ~/.djl.ai)
extracted="$(find "$HOME" "$TMPDIR" -type f \( -name '*.so' -o -name '*.so.*' \) | head -5)"
[ -z "$extracted" ] || fail "natives were unpacked at run time: $extracted"

maintainer_script prerm remove
[ ! -e "$root/usr/bin/quire" ] || fail "prerm left /usr/bin/quire"
grep -q "^xdg-desktop-menu uninstall" "$work/xdg.log" || fail "prerm did not remove the menu entry"

# -- sizes ----------------------------------------------------------------------------------------------------------
deb_mb=$(mb "$(stat -c %s "$deb")")
inst_mb=$(mb "$(du -sb "$root" | cut -f1)")
rt_mb=$(mb "$(du -sb "$app/lib/runtime" | cut -f1)")
models_mb=$(mb "$(du -sb "$app/lib/app/models" | cut -f1)")
echo "BENCH installer-deb-size: quire=$deb_mb peer=- ratio=- MB"
echo "BENCH installer-installed-size: quire=$inst_mb peer=- ratio=- MB"
echo "BENCH installer-runtime-size: quire=$rt_mb peer=- ratio=- MB"
echo "BENCH installer-models-size: quire=$models_mb peer=- ratio=- MB"
echo "BENCH installer-smoke-time: quire=$(elapsed "$start") peer=- ratio=- s"
awk -v a="$inst_mb" -v b="$max_installed_mb" 'BEGIN { exit !(a <= b) }' \
  || fail "installed size $inst_mb MB exceeds the $max_installed_mb MB budget"
step "OK"
