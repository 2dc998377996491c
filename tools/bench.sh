#!/usr/bin/env bash
# Veldwerk beside PouchDB on the same data, in one command (README "Performance"): builds the
# benches in Release (preset `bench`, build/bench), installs the PouchDB side from npm into
# tests/bench/peer/node_modules when it is missing (git ignores it), then runs peer.js: several
# alternating repetitions, one table. Extra arguments go to peer.js, e.g.
#   tools/bench.sh --reps 5 --cases 1000 --answers 20
# Also: tools/bench.sh --load (the 200-device load program, bench_load, on SQLite and PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."

export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}"
export CMAKE_C_COMPILER_LAUNCHER="${CMAKE_C_COMPILER_LAUNCHER:-ccache}"
command -v ccache >/dev/null || unset CMAKE_CXX_COMPILER_LAUNCHER CMAKE_C_COMPILER_LAUNCHER
build="${VELDWERK_BENCH_BUILD:-build/bench}"
if [[ "$build" == build/bench ]]; then
    cmake --preset bench >/dev/null
fi

if [[ "${1:-}" == "--load" ]]; then
    shift
    cmake --build "$build" -j"$(nproc)" --target veldwerk-server bench_load
    exec nice "$build/tests/bench/load/bench_load" "$@"
fi

cmake --build "$build" -j"$(nproc)" --target veldwerk-server bench_peer_tablet \
    bench_write_overhead bench_forms bench_sync_memory
command -v node >/dev/null || { echo "tools/bench.sh: needs node and npm (apt-get install nodejs npm)" >&2; exit 1; }
peer=tests/bench/peer
if [[ ! -d "$peer/node_modules/pouchdb-node" || ! -d "$peer/node_modules/express-pouchdb" ||
      ! -d "$peer/node_modules/express" ]]; then
    (cd "$peer" && npm install --no-audit --no-fund --no-package-lock)
fi
exec node "$peer/peer.js" --bin "$build" --small "$@"
