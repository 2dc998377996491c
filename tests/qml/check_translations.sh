#!/bin/sh
# Fails when a UI text in qml/ (QML or C++) is missing from a .ts file, is untranslated there, or is
# marked unfinished: lupdate updates a copy of each .ts from the current sources (new texts come
# in as unfinished) and the copy must then hold no unfinished and no empty translation.
# Usage: check_translations.sh LUPDATE SOURCE_DIR TS_FILE...
set -eu
lupdate=$1
sources=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
for ts in "$@"; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  "$lupdate" "$sources" -extensions cpp,h,qml -locations none -no-obsolete -ts "$copy" \
    >"$tmp/lupdate.log" 2>&1 || { cat "$tmp/lupdate.log"; exit 1; }
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  empty=$(grep -c '<translation></translation>\|<numerusform></numerusform>' "$copy" || true)
  if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
    echo "$(basename "$ts"): $unfinished unfinished or missing, $empty empty translations:"
    grep -B3 'type="unfinished"\|<translation></translation>' "$copy" | grep '<source>' || true
    failed=1
  else
    echo "$(basename "$ts"): complete ($(grep -c '<message' "$copy") texts)"
  fi
done
exit $failed
