#!/bin/sh
# The screenshot tour (issue 11): tools/screenshots.sh makes the demo world and runs
# `veldwerk-app --screenshots`; every main screen must come out in landscape (1280x800) and
# portrait (800x1280): at least 36 PNG files (18 screens x 2), none of them empty or blank.
#   check_screenshots.sh TOOLS_SCREENSHOTS_SH APP SERVER CLI
set -eu
script=$1
out=$(mktemp -d "${TMPDIR:-/tmp}/veldwerk-shots.XXXXXX")
trap 'rm -rf "$out"' EXIT
VELDWERK_APP=$2 VELDWERK_SERVER=$3 VELDWERK_CLI=$4 bash "$script" "$out"

dimensions() {  # the PNG header's width and height (big-endian at bytes 16..23)
  od -An -tu1 -j16 -N8 "$1" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }'
}
count=0
bad=0
for f in "$out"/*.png; do
  [ -e "$f" ] || continue
  size=$(wc -c <"$f")
  case "$f" in
    *-landscape.png) want=1280x800 ;;
    *-portrait.png) want=800x1280 ;;
    *) want=unknown ;;
  esac
  got=$(dimensions "$f")
  # A screen that rendered nothing compresses to a few kB; a real one is far larger.
  if [ "$size" -lt 10000 ] || [ "$got" != "$want" ]; then
    echo "FAIL: $(basename "$f"): $size bytes, $got (want $want, at least 10000 bytes)"
    bad=$((bad + 1))
  fi
  count=$((count + 1))
done
echo "$count screenshots, $bad bad"
ls "$out"
[ "$bad" -eq 0 ] && [ "$count" -ge 36 ]
