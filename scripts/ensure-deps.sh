#!/usr/bin/env bash
# Installs dependencies when they are missing or older than the lock file, so `npm start` and
# `npm test` work on a fresh clone with nothing run before them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
marker=node_modules/.package-lock.json
if [[ ! -f $marker || package-lock.json -nt $marker ]]; then
  echo "[deps] installing (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
