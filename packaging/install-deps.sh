#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Backend Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the exact Debian 12 packages Backend Workbench needs to build, test and run.
# A no-op (no apt-get at all) when everything is already present, so it is cheap to call
# from the README commands and from CI on every run.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
    qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev
    qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-shapes qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtqml
    qt6-qpa-plugins libqt6svg6 libxkbcommon-dev
    libyaml-cpp-dev
    clang clang-format libclang-rt-14-dev
    openssl xvfb xauth imagemagick
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
