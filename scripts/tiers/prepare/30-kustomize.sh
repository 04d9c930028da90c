#!/usr/bin/env bash
# Kustomize v5.7.1 for the manifest tests (scripts/deploy/*.spec.ts render k8s/overlays with it): built once
# into ~/.cache/tradein/kustomize-v5.7.1 by scripts/k8s/install-kustomize.sh. jest needs it, so test.sh runs
# this prepare even with TEST_TIERS=none and waits for it before jest (it overlaps lint and type-check).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
bash "$ROOT/scripts/k8s/install-kustomize.sh"
