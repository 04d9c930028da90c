#!/usr/bin/env bash
# Installs Kustomize (the real one, pinned) into a cache outside the repository keyed by its version, like the
# Kafka jars and versitygw: built once with `go install` through the Go module proxy (about a minute), then
# reused by every checkout. Prints the binary's path. Idempotent; safe to run concurrently.
set -euo pipefail
KUSTOMIZE_VERSION=v5.7.1
CACHE="${TRADEIN_CACHE_DIR:-$HOME/.cache/tradein}/kustomize-$KUSTOMIZE_VERSION"
BIN="$CACHE/kustomize"
if [[ ! -x $BIN ]]; then
  command -v go >/dev/null || { echo "go not found (needed once to build kustomize $KUSTOMIZE_VERSION)" >&2; exit 1; }
  echo "[kustomize] building $KUSTOMIZE_VERSION into $CACHE (once, about a minute)" >&2
  # Build into a temp dir and rename, so an interrupted build is never mistaken for a cached one.
  tmp="$CACHE.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  if ! GOBIN="$tmp" GOFLAGS=-trimpath go install "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION" >&2; then
    rm -rf "$tmp"
    echo "[kustomize] go install sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION failed" >&2
    exit 1
  fi
  # -T: if a concurrent install won the race, keep its copy and drop ours.
  mv -T "$tmp" "$CACHE" 2>/dev/null || rm -rf "$tmp"
fi
"$BIN" version | grep -qxF "$KUSTOMIZE_VERSION" || { echo "[kustomize] $BIN is not $KUSTOMIZE_VERSION" >&2; exit 1; }
echo "$BIN"
