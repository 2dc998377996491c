#!/usr/bin/env bash
# The README's "run" command: installs what is missing, builds the server, the app and the CLI,
# starts the central server (embedded SQLite store, TLS with a self-signed demo certificate) with
# fictional organisations, users and families, prepares the JGT worker's tablet vault (enrolled
# and synced), and opens the tablet app on its unlock screen. Idempotent: a second run reuses the
# build, the server's data and the vault. The server stops when the app closes.
set -euo pipefail
cd "$(dirname "$0")/.."

DEMO_PASSPHRASE=demo-wachtwoord   # the tablet vault's passphrase
DEMO_PASSWORD=demo-wachtwoord     # every demo user's server password
DATA=demo-data
SERVER_DIR=$DATA/server
VAULT=$DATA/vault
LISTEN=127.0.0.1:8443
SERVER_URL=https://localhost:8443
# For engineers who keep a separate build tree; the default is the dev preset's.
BUILD_DIR=${VELDWERK_BUILD_DIR:-build/dev}

step() { printf '\n== %s\n' "$*"; }

step "dependencies"
tools/deps.sh

step "build (veldwerk-server, veldwerk-app, veldwerk-cli)"
if [ "$BUILD_DIR" = build/dev ]; then
  cmake --preset dev >/dev/null
else
  cmake --preset dev -B "$BUILD_DIR" >/dev/null
fi
cmake --build "$BUILD_DIR" --target veldwerk-server veldwerk-app veldwerk-cli
SERVER=$BUILD_DIR/sync/server/veldwerk-server
APP=$BUILD_DIR/qml/veldwerk-app
CLI=$BUILD_DIR/sync/cli/veldwerk-cli

step "central server"
mkdir -p "$SERVER_DIR/tls"
chmod 700 "$DATA" "$SERVER_DIR"
if [ ! -f "$SERVER_DIR/tls/cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$SERVER_DIR/tls/key.pem" -out "$SERVER_DIR/tls/cert.pem" 2>/dev/null
  chmod 600 "$SERVER_DIR/tls/key.pem"
  echo "generated a self-signed demo certificate in $SERVER_DIR/tls"
fi
DB=$SERVER_DIR/server.db
if [ ! -f "$DB" ]; then
  admin() { VELDWERK_PASSWORD=$DEMO_PASSWORD "$SERVER" admin --db "$DB.partial" "$@" >/dev/null; }
  rm -f "$DB.partial" "$DB.partial.key"
  admin org add "Jeugd- en gezinsteam Utrecht" --kind jgt
  admin org add "GI Midden-Nederland" --kind gi
  admin team add "Team Noord" --org "Jeugd- en gezinsteam Utrecht" --municipality Utrecht
  admin user add anna --org "Jeugd- en gezinsteam Utrecht" --role jgt --team "Team Noord" --full-name "Anna Jansen"
  admin user add sanne --org "Jeugd- en gezinsteam Utrecht" --role supervisor --team "Team Noord" --full-name "Sanne Visser"
  admin user add gijs --org "GI Midden-Nederland" --role gi --full-name "Gijs Bakker"
  admin user add beheer --org "Jeugd- en gezinsteam Utrecht" --role admin
  mv "$DB.partial.key" "$DB.key"
  mv "$DB.partial" "$DB"
  echo "created the server's demo data in $DB (users anna, sanne, gijs, beheer)"
fi
LOG=$SERVER_DIR/server.log
"$SERVER" serve --db "$DB" --listen "$LISTEN" --tls-cert "$SERVER_DIR/tls/cert.pem" \
  --tls-key "$SERVER_DIR/tls/key.pem" >"$LOG" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$LOG" && break
  kill -0 $SERVER_PID 2>/dev/null || { cat "$LOG" >&2; echo "veldwerk: the server did not start" >&2; exit 1; }
  sleep 0.1
done
echo "veldwerk-server runs at $SERVER_URL (log: $LOG)"

step "tablet vault (anna, JGT)"
export VELDWERK_PASSPHRASE=$DEMO_PASSPHRASE
if [ -f "$VAULT/vault.header" ]; then
  echo "using the existing demo vault in $VAULT"
else
  # Built aside and moved in whole, so an interrupted run never leaves a half-filled vault;
  # a directory without a header (e.g. wiped after 10 wrong passphrases) is replaced.
  rm -rf "$VAULT" "$VAULT".partial
  cli() { "$CLI" --vault "$VAULT".partial "$@"; }
  cli init >/dev/null
  VELDWERK_PASSWORD=$DEMO_PASSWORD cli enroll --server "$SERVER_URL" --user anna \
    --ca-cert "$SERVER_DIR/tls/cert.pem" >/dev/null
  first=""
  source tools/demo-families.sh
  for family in "${DEMO_FAMILIES[@]}"; do
    id=$(cli case add --name "$family")
    first=${first:-$id}
  done
  child=$(cli person add --case "$first" --role kind --name "Sem" --born 2018-04-02)
  cli person add --case "$first" --role ouder --name "Marieke" >/dev/null
  cli consent add --case "$first" --for gi --by "Marieke (moeder)" >/dev/null
  cli member add --case "$first" --user gijs --role gi >/dev/null
  rt=$(cli assessment new --case "$first" --form risicotaxatie --subject "$child")
  cli assessment set "$rt" bronnen eigen_observatie,gesprek_ouder >/dev/null
  cli assessment set "$rt" sig_letsel nee >/dev/null
  # A home visit in progress at the first family, checked in at the first fix of the recorded
  # NMEA track (Leiderdorp); it syncs at once, so the supervisor's overdue list knows of it.
  cli visit start --case "$first" --present "$child" --lat 52.158400 --lon 4.532100 \
    --accuracy 14 >/dev/null
  # During the visit the child is judged unsafe and no Veilig Thuis action is recorded yet, so
  # ending the visit in the app shows RT3 and the question that meets it.
  cli assessment set "$rt" oordeel_veiligheid onveilig >/dev/null
  cli sync >/dev/null
  mv "$VAULT".partial "$VAULT"
  echo "created an enrolled demo vault with 5 fictional families in $VAULT"
fi
"$CLI" --vault "$VAULT" sync >/dev/null || echo "note: sync failed; the app works offline"
unset VELDWERK_PASSPHRASE

step "start"
# Positions for the home visit replay the recorded track (Leiderdorp) of the shared fixtures.
NMEA=${VELDWERK_SHARED_FIXTURES:-../shared/fixtures}/visit-leiderdorp.nmea
APP_ARGS=(--vault "$VAULT")
if [ -f "$NMEA" ]; then
  APP_ARGS+=(--nmea "$NMEA")
else
  echo "note: $NMEA not found; positions come from this device (often none on a desktop)"
fi
echo "Demo passphrase: $DEMO_PASSPHRASE   (10 wrong attempts wipe the demo vault; run again to recreate it)"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  "$APP" "${APP_ARGS[@]}"
  exit 0
fi
echo "Note: no display found (DISPLAY is not set), so the app runs on a virtual X screen"
echo "      (xvfb-run) where it cannot be seen. Run this command in a desktop session to use it."
echo "      Stop it with Ctrl+C."
xvfb-run -a -s "-screen 0 1280x800x24" "$APP" "${APP_ARGS[@]}"
