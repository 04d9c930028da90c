#!/usr/bin/env bash
# Local S3-compatible object store for development and tests: objectstore.sh {up|down|status}
# Versity Gateway (Apache-2.0) serving S3 over a folder (.infra/objectstore). MinIO is AGPL: not used.
# Set S3_ENDPOINT to use an external store instead; this script then does nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
COMPONENT=objectstore

O_HOME="$STATE/objectstore"
DATA="$O_HOME/data"
# Object metadata (content type, checksums) in a sidecar folder rather than in extended
# attributes, which some CI filesystems (tmpfs, older overlayfs) do not offer.
META="$O_HOME/meta"
O_LOG="$O_HOME/versitygw.log"
PID_FILE="$O_HOME/versitygw.pid"

cmd="${1:-}"
[[ $cmd =~ ^(up|down|status)$ ]] || { echo "usage: $0 {up|down|status}" >&2; exit 2; }

if [[ -n ${S3_ENDPOINT:-} ]]; then
  log "S3_ENDPOINT is set; using the external store, nothing to $cmd"
  exit 0
fi

# The gateway is built from source once per version through the Go module proxy (about a minute)
# and cached outside the repo, like the Kafka jars, so clean checkouts reuse it.
VGW_BIN="$VGW_CACHE/versitygw"

objectstore_pid() {
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && grep -qa versitygw "/proc/$pid/cmdline" 2>/dev/null; then
    echo "$pid"
  fi
}

fetch_binary() {
  [[ -x $VGW_BIN ]] && return 0
  command -v go >/dev/null || die "go not found (needed once to build versitygw $VERSITYGW_VERSION)"
  log "building versitygw $VERSITYGW_VERSION into $VGW_CACHE (once, about a minute)"
  # Build into a temp dir and rename, so an interrupted build is not mistaken for a cached one.
  local tmp="$VGW_CACHE.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  if ! GOBIN="$tmp" GOFLAGS=-trimpath go install "github.com/versity/versitygw/cmd/versitygw@$VERSITYGW_VERSION" >"$O_HOME/go-install.log" 2>&1; then
    cat "$O_HOME/go-install.log" >&2
    rm -rf "$tmp"
    die "go install versitygw@$VERSITYGW_VERSION failed"
  fi
  # -T: if a concurrent `up` won the race, keep its copy and drop ours.
  mv -T "$tmp" "$VGW_CACHE" 2>/dev/null || rm -rf "$tmp"
}

up() {
  local pid
  pid="$(objectstore_pid)"
  if [[ -n $pid ]]; then
    grep -qxF "$S3_ADDR" "$O_HOME/address" 2>/dev/null \
      || die "already running (pid $pid) but not on $S3_ADDR; run '$0 down' first"
    log "already running at http://$S3_ADDR (pid $pid)"
    ensure_bucket
    return 0
  fi
  rm -f "$PID_FILE"
  # A store another state dir started (TRADEIN_STATE_DIR, e.g. the chaos run's second PostgreSQL and
  # Kafka) already serves this port: share it rather than fail to bind. Only our own is ever stopped.
  if timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$S3_PORT" 2>/dev/null; then
    ensure_bucket
    log "port $S3_PORT already serves S3 (not started from $STATE); using it"
    return 0
  fi
  mkdir -p "$DATA" "$META"
  fetch_binary

  log "starting on http://$S3_ADDR"
  : >"$O_LOG"
  # Credentials through the environment, not argv, so `ps` does not show the secret.
  # setsid: a Ctrl-C aimed at whoever ran `up` does not take the gateway down (as for Kafka).
  ROOT_ACCESS_KEY_ID="$S3_ACCESS_KEY_ID" ROOT_SECRET_ACCESS_KEY="$S3_SECRET_ACCESS_KEY" \
    nohup setsid "$VGW_BIN" --port "$S3_ADDR" --region "$S3_REGION" --quiet \
    posix --sidecar "$META" "$DATA" >>"$O_LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  echo "$S3_ADDR" >"$O_HOME/address"

  local i
  for ((i = 0; i < 60; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$O_LOG" >&2
      rm -f "$PID_FILE"
      die "versitygw exited during startup (log: $O_LOG)"
    fi
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$S3_PORT" 2>/dev/null && break
    sleep 0.5
  done
  if ! timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$S3_PORT" 2>/dev/null; then
    tail -n 20 "$O_LOG" >&2
    down >/dev/null
    die "port $S3_PORT not accepting connections after 30 s (log: $O_LOG)"
  fi
  ensure_bucket
  log "ready at http://$S3_ADDR (pid $pid), bucket $S3_BUCKET"
}

# Through the S3 API (the same code the services and tests use), idempotently.
ensure_bucket() {
  S3_ENDPOINT="http://$S3_ADDR" AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true node "$ROOT/scripts/infra/create-bucket.js" \
    || die "could not create bucket $S3_BUCKET at http://$S3_ADDR"
}

down() {
  local pid
  pid="$(objectstore_pid)"
  if [[ -z $pid ]]; then
    log "not running"
    rm -f "$PID_FILE"
    return 0
  fi
  kill -TERM "$pid"
  local i
  for ((i = 0; i < 20; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  local pid
  pid="$(objectstore_pid)"
  if [[ -n $pid ]]; then
    log "running  http://$S3_ADDR  (pid $pid, bucket $S3_BUCKET)"
  else
    local holder
    holder="$(port_holder "$S3_PORT")"
    if [[ -n $holder ]]; then
      log "not running from this checkout; port $S3_PORT is held by $holder (up uses it if it serves S3)"
    else
      log "not running  (http://$S3_ADDR)"
    fi
    return 3
  fi
}

"$cmd"
