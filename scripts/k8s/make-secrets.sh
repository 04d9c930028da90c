#!/usr/bin/env bash
# Creates the git-ignored secret files an overlay's secretGenerator reads, with fresh random values
# (the files and keys are defined in scripts/k8s/secret-files.ts). Existing files are left alone.
# Usage: bash scripts/k8s/make-secrets.sh k8s/overlays/dev
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
overlay="$(cd "${1:?usage: make-secrets.sh k8s/overlays/<env>}" && pwd)"
cd "$root"
SWC_NODE_PROJECT=tsconfig.json exec node -r @swc-node/register scripts/k8s/make-secrets.ts "$overlay"
