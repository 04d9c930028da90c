#!/usr/bin/env bash
# Contract tier: schemathesis (installed by prepare/20-schemathesis.sh) against the four running services with every
# credential kind; no 5xx, no undocumented status, no response outside its schema. Budget: 4 minutes on 2 cores.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
timeout --kill-after=15 "${CONTRACT_TIER_SECONDS:-240}" node -r @swc-node/register scripts/contract/run-contract.ts
