#!/usr/bin/env bash
# Installs headless Chromium and a CJK font for the HTML report's browser tests. Idempotent: does nothing when both
# are present. Without fonts-wqy-microhei Chinese renders as tofu boxes in screenshots.
set -euo pipefail

need_install=0
command -v chromium >/dev/null 2>&1 || need_install=1
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need_install=1

if [ "$need_install" -eq 1 ]; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd="sudo"
    fi
    $sudo_cmd apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y chromium fonts-wqy-microhei
fi

# Debian's launcher prints harmless shell noise on stderr; only the version line matters.
chromium --version 2>/dev/null
