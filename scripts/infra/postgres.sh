#!/usr/bin/env bash
# Local PostgreSQL for development and tests: postgres.sh {up|down|status}
# Set DATABASE_URL to use an external server instead; this script then does nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
COMPONENT=postgres

PG_HOME="$STATE/pg"
DATA="$PG_HOME/data"
SOCK="$PG_HOME/sock"
PG_LOG="$PG_HOME/postgres.log"
MARKER="$PG_HOME/started-by-us"

cmd="${1:-}"
[[ $cmd =~ ^(up|down|status)$ ]] || { echo "usage: $0 {up|down|status}" >&2; exit 2; }

if [[ -n ${DATABASE_URL:-} ]]; then
  log "DATABASE_URL is set; using the external server, nothing to $cmd"
  exit 0
fi

# Debian installs versioned binaries off PATH; take the highest installed major.
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[[ -n $PG_BIN ]] || die "no /usr/lib/postgresql/*/bin found (apt-get install postgresql)"

# initdb and pg_ctl refuse to run as root, so as root we run them as `postgres`.
# cd / first so they don't warn about an unreadable cwd (e.g. /root).
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# Paths go through .infra/pg, which may be a link (see prepare_pg_home); postgres gets the real path.
resolve_paths() {
  PG_HOME="$(readlink -f "$STATE/pg" 2>/dev/null || echo "$STATE/pg")"
  DATA="$PG_HOME/data"; SOCK="$PG_HOME/sock"; PG_LOG="$PG_HOME/postgres.log"; MARKER="$PG_HOME/started-by-us"
}

# As root, the postgres user must be able to reach the data directory. A checkout under a private
# directory (/root, a mktemp dir) is not traversable for it, so then the data lives in a
# postgres-owned directory under /var/tmp, linked from the git-ignored .infra/pg.
prepare_pg_home() {
  mkdir -p "$STATE"
  [[ -e $STATE/pg ]] || mkdir -p "$STATE/pg"
  [[ $(id -u) -eq 0 ]] || { resolve_paths; return 0; }
  chown postgres: "$(readlink -f "$STATE/pg")"
  if ! runuser -u postgres -- test -x "$(readlink -f "$STATE/pg")" 2>/dev/null; then
    local alt
    # Keyed by the checkout for the default state dir (as before), by the state dir for another copy.
    local key="$ROOT"; [[ $STATE == "$ROOT/.infra" ]] || key="$STATE"
    alt="/var/tmp/tradein-pg-$(printf %s "$key" | sha1sum | cut -c1-12)"
    mkdir -p "$alt" && chown postgres: "$alt" && chmod 700 "$alt"
    rm -rf "$STATE/pg" && ln -s "$alt" "$STATE/pg"
    log "checkout not reachable by the postgres user; data kept in $alt (linked from .infra/pg)"
  fi
  resolve_paths
}

resolve_paths

running() { as_pg "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }
psql_admin() { "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

up() {
  prepare_pg_home
  mkdir -p "$PG_HOME" "$SOCK"
  if [[ $(id -u) -eq 0 ]]; then chown -R postgres: "$PG_HOME"; fi

  if [[ ! -s $DATA/PG_VERSION ]]; then
    log "initialising cluster in $DATA"
    # Init into a temp dir and rename, so an interrupted initdb never leaves a
    # half-built data dir that the next run would trip over.
    rm -rf "$DATA.tmp"
    if ! as_pg "$PG_BIN/initdb" -D "$DATA.tmp" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$PG_HOME/initdb.log" 2>&1; then
      cat "$PG_HOME/initdb.log" >&2
      die "initdb failed"
    fi
    mv "$DATA.tmp" "$DATA"
  fi

  if running; then
    # Line 4 of postmaster.pid is the port. A server left running on another
    # port would otherwise make us report (and create databases on) the wrong one.
    local port
    port="$(sed -n 4p "$DATA/postmaster.pid")"
    [[ $port == "$PG_PORT" ]] || die "already running on port $port, not $PG_PORT; run '$0 down' first"
    log "already running on $DATA (pid $(pg_pid))"
  else
    # Another checkout's server (or any other program) on our port: say who, rather than fail inside pg_ctl.
    local holder
    holder="$(port_holder "$PG_PORT")"
    [[ -z $holder ]] || die "port $PG_PORT is held by $holder, not by this checkout's PostgreSQL ($DATA); $(port_advice)"
    log "starting on port $PG_PORT"
    # fsync/synchronous_commit/full_page_writes off: this is a throwaway
    # dev/test server, so durability on power loss is traded for speed.
    # PG_SYNCHRONOUS_COMMIT=on (the chaos run, which crashes the server) keeps every acknowledged commit
    # across a crash of PostgreSQL itself: with off, the last commits are lost though their callers went on.
    # max_connections is high because every service and test worker has a pool.
    if ! as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$PG_LOG" \
        -o "-p $PG_PORT -k $SOCK -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=${PG_SYNCHRONOUS_COMMIT:-off} -c full_page_writes=off" \
        -w start >/dev/null; then
      tail -n 30 "$PG_LOG" >&2 || true
      die "pg_ctl start failed (log: $PG_LOG)"
    fi
    # Remember which postmaster we started, so `down` never stops a server
    # somebody else started on this data dir.
    pg_pid >"$MARKER"
  fi

  # pg_ctl -w waits for startup, but also make sure TCP connections work.
  local i
  for ((i = 0; i < 30; i++)); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres && break
    sleep 1
  done
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres || die "not accepting connections on 127.0.0.1:$PG_PORT"

  local db
  for db in "${SERVICE_DBS[@]}"; do
    if [[ -z $(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
      psql_admin -c "CREATE DATABASE \"$db\""
      log "created database $db"
    fi
  done
  log "ready at $PG_URL (pid $(pg_pid))"
}

down() {
  if ! running; then
    log "not running"
    rm -f "$MARKER"
    return 0
  fi
  if [[ ! -f $MARKER || $(cat "$MARKER") != "$(pg_pid)" ]]; then
    log "running (pid $(pg_pid)) but not started by postgres.sh up; leaving it alone"
    return 0
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
  rm -f "$MARKER"
  log "stopped"
}

status() {
  if running; then
    log "running  $PG_URL  data=$DATA  (pid $(pg_pid))"
  else
    local holder
    holder="$(port_holder "$PG_PORT")"
    if [[ -n $holder ]]; then
      log "not running from this checkout (data=$DATA), and port $PG_PORT is held by $holder; $(port_advice)"
    else
      log "not running  (port $PG_PORT, data=$DATA)"
    fi
    return 3
  fi
}

"$cmd"
