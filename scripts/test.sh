#!/usr/bin/env bash
# Installs what is missing, builds Hindsight with its tests, and runs every test through CTest
# (offscreen). Exits non-zero on any failure. Extra arguments go to ctest (e.g. -R storage).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
hindsight_install_deps

build="${HINDSIGHT_BUILD_DIR:-$root/build}"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DHINDSIGHT_BUILD_TESTS=ON -DHINDSIGHT_WERROR="$werror"
fi
cmake --build "$build"
cd "$build"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --no-tests=error -j "$(nproc)" "$@"
