#!/usr/bin/env bash
# Installs what is missing, builds Hindsight (Release) and starts it on its default library,
# or on the library named as the first argument.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
hindsight_install_deps

build="$root/build-release"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHINDSIGHT_BUILD_TESTS=OFF
fi
cmake --build "$build" --target hindsight
exec "$build/app/hindsight" "$@"
