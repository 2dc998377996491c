#!/usr/bin/env bash
# Installs the Debian bookworm packages Veldwerk builds, tests and runs with. Idempotent: does
# nothing when all are present. Sourced or run by tools/test.sh and tools/run-demo.sh.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev clang-format
  # core: encrypted storage, crypto, JSON
  libsqlcipher-dev sqlcipher libsodium-dev nlohmann-json3-dev
  # sync: HTTP(S) server and client, PostgreSQL
  libcpp-httplib-dev libssl-dev libpq-dev postgresql-15 zlib1g-dev
  # server: the PDF of the client access report (cairo); tests read PDFs with pdftotext
  libcairo2-dev poppler-utils
  # tests
  catch2 xvfb xauth
  # Qt 6.4 for platform/ and qml/
  # qt6-tools-dev: Qt6LinguistTools for CMake (qt_add_translations: lrelease in the build)
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-positioning-dev qt6-l10n-tools
  qt6-tools-dev-tools qt6-tools-dev qt6-qpa-plugins libgl-dev
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtpositioning
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "veldwerk: installing missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "veldwerk: cannot install packages: run this command as root (or with passwordless sudo)," >&2
    echo "          or install them yourself: apt-get install ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
