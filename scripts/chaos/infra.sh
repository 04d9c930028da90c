#!/usr/bin/env bash
# The chaos run's own PostgreSQL and Kafka, never the shared ones:
# infra.sh {up|down|destroy|kill-kafka|start-kafka|crash-postgres|start-postgres}
# Reuses scripts/infra with another state dir (TRADEIN_STATE_DIR) and the ports the caller exports
# (PG_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT); DATABASE_URL/KAFKA_BROKERS would make those scripts
# use an external server, so they are cleared here.
set -euo pipefail
unset DATABASE_URL KAFKA_BROKERS
# crash-postgres is an immediate shutdown (a crash of PostgreSQL): a commit must be in the WAL before it is
# acknowledged, or the services lose work they already built on (a consumer applied an event, committed
# its offset, and the apply vanished). fsync may stay off: the machine itself does not crash.
export PG_SYNCHRONOUS_COMMIT=on
: "${TRADEIN_STATE_DIR:?the chaos run sets its own state dir}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../infra" && pwd)"
source "$HERE/lib.sh"
COMPONENT=chaos-infra

case "${1:-}" in
  up) bash "$HERE/up.sh" ;;
  down) bash "$HERE/down.sh" ;;
  # SIGKILL: the broker gets no chance to flush or hand over anything.
  kill-kafka)
    pid="$(kafka_pid)"; [[ -n $pid ]] || die "kafka not running"
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    log "kafka pid $pid killed" ;;
  start-kafka) bash "$HERE/kafka.sh" up ;;
  # Immediate shutdown: no checkpoint, every connection cut; the next start replays the WAL.
  crash-postgres)
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
    DATA="$(readlink -f "$STATE/pg")/data"
    if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null)
    else "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null; fi
    log "postgres stopped (immediate)" ;;
  start-postgres) bash "$HERE/postgres.sh" up ;;
  # The end of a run: its data is thrown away at the next start, so nothing is flushed or handed over
  # (a controlled broker shutdown costs seconds the CI tier does not have). Only this state dir's servers.
  destroy)
    pid="$(kafka_pid)"
    if [[ -n $pid ]]; then kill -KILL "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; fi
    rm -f "$STATE/kafka/kafka.pid"
    if [[ -n $(pg_pid) ]] && kill -0 "$(pg_pid)" 2>/dev/null; then bash "$0" crash-postgres; fi
    # The object store is started by `up` only when no other serves its port (it is shared otherwise): stop ours.
    bash "$HERE/objectstore.sh" down
    log "kafka, postgres and own object store of $STATE stopped" ;;
  *) echo "usage: $0 {up|down|destroy|kill-kafka|start-kafka|crash-postgres|start-postgres}" >&2; exit 2 ;;
esac
