#!/usr/bin/env bash
# Browser tier prerequisite: Debian's Chromium plus the fonts the console's languages need
# (fonts-noto-cjk, or Japanese renders as boxes). The Playwright CDN is unreachable from our
# machines, so Playwright drives /usr/bin/chromium instead of a downloaded browser.
# Idempotent: does nothing when /usr/bin/chromium is already there. On a fresh CI machine it runs
# as root; elsewhere it uses sudo when it can prompt-free, and otherwise says what to install.
set -euo pipefail

PACKAGES=(chromium fonts-liberation fonts-noto-cjk)

if [[ -x /usr/bin/chromium ]]; then
  echo "[chromium] $(/usr/bin/chromium --version 2>/dev/null || echo present) at /usr/bin/chromium"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "[chromium] /usr/bin/chromium missing and not root: run apt-get install -y ${PACKAGES[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# apt takes a lock; another apt run (an unattended upgrade) may hold it for a while.
apt_opts=(-o DPkg::Lock::Timeout=300 -o Acquire::Retries=3)
echo "[chromium] installing ${PACKAGES[*]}"
"${as_root[@]}" apt-get "${apt_opts[@]}" update -q
"${as_root[@]}" apt-get "${apt_opts[@]}" install -y -q --no-install-recommends "${PACKAGES[@]}"
[[ -x /usr/bin/chromium ]] || { echo "[chromium] installed but /usr/bin/chromium is missing" >&2; exit 1; }
echo "[chromium] $(/usr/bin/chromium --version 2>/dev/null) installed"
