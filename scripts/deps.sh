#!/usr/bin/env bash
# Installs the Debian 12 packages Hindsight needs to build, test and package, skipping what is
# already there. Sourced by run.sh and test.sh; safe to run on its own.
set -euo pipefail

HINDSIGHT_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n python3 qt6-charts-dev qt6-svg-dev libqt6svg6
    libgl-dev libxkbcommon-dev libsqlite3-dev sqlite3
    xvfb xauth x11-apps imagemagick poppler-utils qpdf file dpkg-dev
    desktop-file-utils appstream
    fonts-dejavu-core fonts-wqy-microhei fonts-symbola
)

hindsight_missing_packages() {
    local missing=() pkg
    for pkg in "${HINDSIGHT_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[@]:-}"
}

hindsight_install_deps() {
    local missing
    missing=$(hindsight_missing_packages)
    [ -z "$missing" ] && return 0
    echo "Installing Debian packages: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root (or sudo) to install: $missing" >&2; return 1; }
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    hindsight_install_deps
fi
