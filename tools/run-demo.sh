#!/usr/bin/env bash
# The README's "run" command (for now): installs what is missing, builds the app and the CLI,
# creates a demo vault with fictional families in demo-data/vault if there is none, and opens
# the tablet app on its unlock screen over it. Idempotent: a second run reuses build and vault.
set -euo pipefail
cd "$(dirname "$0")/.."

DEMO_PASSPHRASE=demo-wachtwoord
VAULT=demo-data/vault
# For engineers who keep a separate build tree; the default is the dev preset's.
BUILD_DIR=${VELDWERK_BUILD_DIR:-build/dev}

step() { printf '\n== %s\n' "$*"; }

step "dependencies"
tools/deps.sh

step "build (veldwerk-app, veldwerk-cli)"
if [ "$BUILD_DIR" = build/dev ]; then
  cmake --preset dev >/dev/null
  cmake --build --preset dev --target veldwerk-app veldwerk-cli
else
  cmake --preset dev -B "$BUILD_DIR" >/dev/null
  cmake --build "$BUILD_DIR" --target veldwerk-app veldwerk-cli
fi
APP=$BUILD_DIR/qml/veldwerk-app
CLI=$BUILD_DIR/sync/cli/veldwerk-cli

step "demo vault"
if [ -f "$VAULT/vault.header" ]; then
  echo "using the existing demo vault in $VAULT"
else
  # Built aside and moved in whole, so an interrupted run never leaves a half-filled vault;
  # a directory without a header (e.g. wiped after 10 wrong passphrases) is replaced.
  mkdir -p "$(dirname "$VAULT")"
  rm -rf "$VAULT" "$VAULT".partial
  export VELDWERK_PASSPHRASE=$DEMO_PASSPHRASE
  "$CLI" --vault "$VAULT".partial init >/dev/null
  for family in "Gezin De Vries" "Gezin Bakker" "Gezin El Amrani" "Gezin Jansen" \
                "Gezin Yılmaz"; do
    "$CLI" --vault "$VAULT".partial case add --name "$family" >/dev/null
  done
  unset VELDWERK_PASSPHRASE
  mv "$VAULT".partial "$VAULT"
  echo "created a demo vault with 5 fictional families in $VAULT"
fi

step "start"
echo "Demo passphrase: $DEMO_PASSPHRASE   (10 wrong attempts wipe the demo vault; run again to recreate it)"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$APP" --vault "$VAULT"
fi
echo "Note: no display found (DISPLAY is not set), so the app runs on a virtual X screen"
echo "      (xvfb-run) where it cannot be seen. Run this command in a desktop session to use it."
echo "      Stop it with Ctrl+C."
exec xvfb-run -a -s "-screen 0 1280x800x24" "$APP" --vault "$VAULT"
