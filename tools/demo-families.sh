# The demo's fictional families, in the order they are made (sourced by tools/run-demo.sh and
# tools/screenshots.sh, so the pictures show the demo's world).
DEMO_FAMILIES=("Gezin De Vries" "Gezin Bakker" "Gezin El Amrani" "Gezin Jansen" "Gezin Yılmaz")
