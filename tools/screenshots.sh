#!/usr/bin/env bash
# Pictures of every main screen of the tablet app (issue 11): builds the demo world of
# tools/run-demo.sh in a temporary directory (the same organisations, users and families, on a
# plain-HTTP loopback server and vaults with a cheap KDF, so it takes seconds), brings it into the
# states the screens show (a disagreement between the JGT and GI worker, an assessment returned by
# the supervisor, one waiting for review with a resolved disagreement), and runs `veldwerk-app --screenshots DIR` on the JGT
# worker's vault with the GI professional's and the supervisor's vaults beside it. Needs a display (run under
# `xvfb-run -a -s "-screen 0 1280x800x24"`: Material does not render on the offscreen platform).
#   tools/screenshots.sh DIR     (binaries from $VELDWERK_BUILD_DIR, default build/dev, or from
#                                 $VELDWERK_APP, $VELDWERK_SERVER, $VELDWERK_CLI)
set -euo pipefail
OUT=${1:?usage: tools/screenshots.sh DIR}
BUILD_DIR=${VELDWERK_BUILD_DIR:-build/dev}
APP=${VELDWERK_APP:-$BUILD_DIR/qml/veldwerk-app}
SERVER=${VELDWERK_SERVER:-$BUILD_DIR/sync/server/veldwerk-server}
CLI=${VELDWERK_CLI:-$BUILD_DIR/sync/cli/veldwerk-cli}
PASSWORD=demo-wachtwoord
export VELDWERK_PASSPHRASE=demo-wachtwoord

WORLD=$(mktemp -d "${TMPDIR:-/tmp}/veldwerk-screens.XXXXXX")
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORLD"
}
trap cleanup EXIT

DB=$WORLD/server.db
admin() { VELDWERK_PASSWORD=$PASSWORD "$SERVER" admin --db "$DB" --kdf-cheap-for-tests "$@" >/dev/null; }
admin org add "Jeugd- en gezinsteam Utrecht" --kind jgt
admin org add "GI Midden-Nederland" --kind gi
admin team add "Team Noord" --org "Jeugd- en gezinsteam Utrecht" --municipality Utrecht
admin user add anna --org "Jeugd- en gezinsteam Utrecht" --role jgt --team "Team Noord" --full-name "Anna Jansen"
admin user add sanne --org "Jeugd- en gezinsteam Utrecht" --role supervisor --team "Team Noord" --full-name "Sanne Visser"
admin user add gijs --org "GI Midden-Nederland" --role gi --full-name "Gijs Bakker"
admin user add bram --org "Jeugd- en gezinsteam Utrecht" --role jgt --team "Team Noord" --full-name "Bram de Wit"
"$SERVER" serve --db "$DB" --listen 127.0.0.1:0 --insecure-loopback --kdf-cheap-for-tests \
  >"$WORLD/server.log" 2>&1 &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 200); do
  PORT=$(sed -n 's/.*listening on [^ :]*:\([0-9]*\).*/\1/p' "$WORLD/server.log" | head -1)
  [ -n "$PORT" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORLD/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$PORT" ] || { echo "screenshots: the server did not start" >&2; exit 1; }
URL=http://127.0.0.1:$PORT

tablet() {  # tablet USER: an enrolled, synced vault in $WORLD/USER
  "$CLI" --vault "$WORLD/$1" init --kdf-ops 1 --kdf-mem-kib 8192 >/dev/null
  VELDWERK_PASSWORD=$PASSWORD "$CLI" --vault "$WORLD/$1" enroll --server "$URL" --user "$1" >/dev/null
}
anna() { "$CLI" --vault "$WORLD/anna" "$@"; }
gijs() { "$CLI" --vault "$WORLD/gijs" "$@"; }
sanne() { "$CLI" --vault "$WORLD/sanne" "$@"; }

tablet anna
tablet gijs
tablet sanne
first=""
second=""
source "$(dirname "$0")/demo-families.sh"
for family in "${DEMO_FAMILIES[@]}"; do
  id=$(anna case add --name "$family")
  [ -n "$first" ] && second=${second:-$id}
  first=${first:-$id}
done
child=$(anna person add --case "$first" --role kind --name "Sem" --born 2018-04-02)
sister=$(anna person add --case "$first" --role kind --name "Lotte" --born 2015-09-14)
mother=$(anna person add --case "$first" --role ouder --name "Marieke")
anna consent add --case "$first" --for gi --by "Marieke (moeder)" >/dev/null
anna member add --case "$first" --user gijs --role gi >/dev/null

# A disagreement: anna and gijs answer the same question differently on their own tablets.
rt=$(anna assessment new --case "$first" --form risicotaxatie --subject "$child")
anna assessment set "$rt" bronnen eigen_observatie,gesprek_ouder >/dev/null
anna sync >/dev/null
gijs sync >/dev/null
anna assessment set "$rt" sig_letsel nee >/dev/null
gijs assessment set "$rt" sig_letsel ja >/dev/null
gijs sync >/dev/null

# Two submitted assessments of Lotte: the supervisor returns one, the other waits for review.
evaluation=$(date -d '+7 days' +%F)
submitted() {
  local id
  id=$(anna assessment new --case "$first" --form risicotaxatie --subject "$sister")
  anna assessment set "$id" oordeel_veiligheid "$1" >/dev/null
  anna assessment set "$id" oordeel_risico "$2" >/dev/null
  anna assessment set "$id" oordeel_toelichting "Besproken met de ouders." >/dev/null
  if [ "$1" = voorwaardelijk_veilig ]; then
    anna assessment set "$id" besluit_acties veiligheidsplan_nu >/dev/null
    anna assessment set "$id" besluit_evaluatiedatum "$evaluation" >/dev/null
  fi
  anna sync >/dev/null  # the server takes a new assessment only as a draft first
  anna assessment submit "$id" >/dev/null
  echo "$id"
}
returned=$(submitted voorwaardelijk_veilig hoog)
# The one waiting for review had a disagreement the JGT worker resolved (the review shows both
# sides, the value chosen and who chose it), and the GI worker co-signed it.
waiting=$(anna assessment new --case "$first" --form risicotaxatie --subject "$sister")
anna assessment set "$waiting" oordeel_veiligheid veilig >/dev/null
anna assessment set "$waiting" oordeel_risico laag >/dev/null
anna assessment set "$waiting" oordeel_toelichting "Besproken met de ouders." >/dev/null
anna sync >/dev/null
gijs sync >/dev/null
anna assessment set "$waiting" sig_letsel nee >/dev/null
gijs assessment set "$waiting" sig_letsel ja >/dev/null
anna sync >/dev/null
gijs sync >/dev/null
anna sync >/dev/null
anna conflict resolve "$waiting" sig_letsel nee >/dev/null
anna sync >/dev/null
gijs sync >/dev/null
gijs assessment cosign "$waiting" >/dev/null
gijs sync >/dev/null
anna sync >/dev/null
anna assessment submit "$waiting" >/dev/null
anna sync >/dev/null
sanne sync >/dev/null
sanne review return "$returned" --comment "Onderbouw het hoge risico: wat zag je bij het huisbezoek?" >/dev/null
sanne sync >/dev/null
# Following through (issue 13): two decided risicotaxaties of Sem, the second after the first's
# evaluation date and not better (the supervisor's concern), its own evaluation date 3 days past;
# a veiligheidsplan with scale scores of both professionals and agreements, one overdue; the
# phase, an escalation with its outcome, and at the second family a measure ending within 10
# weeks (the hand-over reminder); a consultation answered by the GI and one still open.
past=$(date -d '-3 days' +%F)
judged() {  # judged SAFETY RISK: a submitted risicotaxatie of Sem evaluated $past
  local id
  id=$(anna assessment new --case "$first" --form risicotaxatie --subject "$child")
  anna assessment set "$id" oordeel_veiligheid "$1" >/dev/null
  anna assessment set "$id" oordeel_risico "$2" >/dev/null
  anna assessment set "$id" oordeel_toelichting "Besproken met de ouders." >/dev/null
  anna assessment set "$id" besluit_acties veiligheidsplan_nu >/dev/null
  anna assessment set "$id" besluit_evaluatiedatum "$past" >/dev/null
  anna sync >/dev/null
  anna assessment submit "$id" --justify "RT12=Evaluatie gepland tijdens het huisbezoek." >/dev/null
}
judged voorwaardelijk_veilig hoog
judged voorwaardelijk_veilig verhoogd
judged voorwaardelijk_veilig hoog
plan=$(anna assessment new --case "$first" --form veiligheidsplan)
anna assessment set "$plan" vp_schaal 3 >/dev/null
anna assessment set "$plan" vp_evaluatiedatum "$(date -d '+14 days' +%F)" >/dev/null
agreement() {  # agreement WHAT WHO WHEN
  local entry
  entry=$(anna assessment entry add "$plan" vp_afspraken)
  anna assessment set "$plan" "vp_afspraken/$entry/wat" "$1" >/dev/null
  anna assessment set "$plan" "vp_afspraken/$entry/wie" "$2" >/dev/null
  anna assessment set "$plan" "vp_afspraken/$entry/wanneer" "$3" >/dev/null
}
agreement "Marieke belt de buurvrouw als het thuis escaleert." "Marieke" "$(date -d '-2 days' +%F)"
agreement "Sem gaat elke dag naar de naschoolse opvang." "Opa Henk" "$(date -d '+10 days' +%F)"
anna sync >/dev/null
gijs sync >/dev/null
gijs assessment set "$plan" vp_schaal 4 >/dev/null
gijs sync >/dev/null
anna sync >/dev/null
anna case phase "$first" drang --regie "Jeugd- en gezinsteam Utrecht" >/dev/null
anna case escalate "$first" vt_advies --date "$(date -d '-20 days' +%F)" \
  --outcome "Veiligheidsplan aanscherpen, samen met de school" >/dev/null
anna case escalate "$first" jeugdbeschermingstafel --date "$(date -d '-6 days' +%F)" >/dev/null
anna case phase "$second" maatregel --regie "GI Midden-Nederland" >/dev/null
anna case escalate "$second" maatregel_start --date "$(date -d '-300 days' +%F)" \
  --expected-end "$(date -d '+8 weeks' +%F)" --outcome "Ondertoezichtstelling uitgesproken" >/dev/null
asked=$(anna consult ask --case "$first" --to-org "GI Midden-Nederland" --about veiligheid \
  --question "Moeder drinkt soms overdag; vader is vaak weg. Is een veiligheidsplan genoeg?")
anna consult ask --case "$first" --to-org "GI Midden-Nederland" --about maatregel \
  --question "Wanneer zou jij bij deze zorgen een verzoek tot onderzoek overwegen?" >/dev/null
anna sync >/dev/null
gijs sync >/dev/null
gijs consult answer "$asked" --minutes 25 --advice "Een veiligheidsplan kan genoeg zijn als \
het netwerk meedoet: spreek af wie er overdag is, en evalueer over twee weken." >/dev/null
gijs sync >/dev/null
anna sync >/dev/null
# A home visit in progress, judged unsafe without a Veilig Thuis action (so RT3 blocks its end),
# with a help alert the supervisor sees above her case list.
anna assessment set "$rt" oordeel_veiligheid onveilig >/dev/null
visit=$(anna visit start --case "$first" --present "$child" --lat 52.158400 --lon 4.532100 \
  --accuracy 14)
anna visit alert "$visit" >/dev/null
anna sync >/dev/null
sanne sync >/dev/null

# The family's own copy (issue 14.2, 14.3): a veiligheidsplan with worries, strengths, goals, a
# bottom line, agreements and the network, and the mother's own view beside it; her view of the
# assessment waiting for review too (the statements on the review card).
plan=$(anna assessment new --case "$first" --form veiligheidsplan)
entry() {  # entry GROUP FIELD=VALUE...: a new entry of GROUP in the plan
  local group=$1 id
  shift
  id=$(anna assessment entry add "$plan" "$group")
  for pair in "$@"; do
    anna assessment set "$plan" "$group/$id/${pair%%=*}" "${pair#*=}" >/dev/null
  done
}
entry vp_zorgen "tekst=Sem is bang als er thuis geschreeuwd wordt."
entry vp_gaat_goed "tekst=Marieke brengt Sem en Lotte elke dag op tijd naar school."
entry vp_moet_gebeuren "tekst=Sem en Lotte voelen zich thuis veilig, ook als er ruzie is."
entry vp_bodemeisen "eis=Er wordt niet geslagen." "toelichting=Ook niet als er ruzie is."
entry vp_afspraken "wat=Bij ruzie gaat Marieke met de kinderen naar oma Joke." "wie=Marieke" \
  "wanneer=$evaluation"
entry vp_afspraken "wat=Anna belt elke week met Marieke over hoe het gaat." "wie=Anna (JGT)" \
  "wanneer=$evaluation"
entry vp_netwerk "naam=Joke" "relatie=Oma" "rol=Vangt de kinderen op bij ruzie" \
  "geinformeerd=ja"
anna assessment set "$plan" vp_evaluatiedatum "$evaluation" >/dev/null
anna assessment statement "$plan" --by "$mother" --on "$(date +%F)" \
  --text "Ik wil dat de kinderen veilig zijn. Naar mijn moeder gaan vind ik moeilijk, maar ik doe het." \
  >/dev/null
anna assessment statement "$waiting" --by "$mother" --on "$(date +%F)" \
  --text "Het gaat beter sinds de hulp er is." >/dev/null
anna sync >/dev/null
# The JGT keeps regie (issue 13.2): a samenwerking the GI worker wrote in and has not co-signed
# yet (the JGT worker's submit sheet offers submitting without it; the GI tablet co-signs).
together=$(anna assessment new --case "$first" --form samenwerking)
anna sync >/dev/null
gijs sync >/dev/null
gijs assessment set "$together" sw_hoe "GI denkt mee over de veiligheid thuis; de JGT houdt de regie." \
  >/dev/null
gijs sync >/dev/null
anna sync >/dev/null
# Emergency access: Bram's family, which Anna is not a member of, opened by her with a reason.
tablet bram
other=$("$CLI" --vault "$WORLD/bram" case add --name "Gezin Jansen")
"$CLI" --vault "$WORLD/bram" sync >/dev/null
anna case emergency "$other" --reason "De crisisdienst belt buiten kantoortijd over dit gezin." \
  >/dev/null
sanne sync >/dev/null

mkdir -p "$OUT"
gijs sync >/dev/null
"$APP" --vault "$WORLD/anna" --gi-vault "$WORLD/gijs" --supervisor-vault "$WORLD/sanne" \
  --screenshots "$OUT"
