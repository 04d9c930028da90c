# Shared settings for the local-infrastructure scripts. Sourced, not executed.
# No Docker on dev machines: PostgreSQL comes from the distro packages and Kafka
# runs straight from Maven Central jars (see tools/kafka/pom.xml).

# Repo root, derived from this file's location so the scripts work from any cwd.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# All runtime state (data dirs, logs, pids) lives here; it is git-ignored. TRADEIN_STATE_DIR gives a
# second, independent copy (with its own PG_PORT/KAFKA_PORT), e.g. the chaos run's under .infra/chaos.
STATE="${TRADEIN_STATE_DIR:-$ROOT/.infra}"

# Non-default ports so we never collide with a system-wide Postgres/Kafka.
PG_PORT=${PG_PORT:-55432}
KAFKA_PORT=${KAFKA_PORT:-19092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-19093}

# One database per service (each service owns its schema and migrations).
SERVICE_DBS=(tradein_quote tradein_intake tradein_grading tradein_payout)

# The Kafka version is pinned in the pom; read it from there so there is a
# single source of truth. The jar cache is outside the repo and keyed by
# version, so clean checkouts and `git clean` don't re-download ~100 MB.
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$ROOT/tools/kafka/pom.xml" | head -n1)"
[[ -n $KAFKA_VERSION ]] || { echo "cannot read <kafka.version> from tools/kafka/pom.xml" >&2; exit 1; }
CACHE="${TRADEIN_CACHE_DIR:-$HOME/.cache/tradein}/kafka-$KAFKA_VERSION/libs"

# Object store (scripts/infra/objectstore.sh): Versity Gateway built once per version with `go install`,
# cached like the Kafka jars. The S3_* settings are the ones the services and tests read; these
# development credentials only ever guard a store bound to loopback.
VERSITYGW_VERSION=v1.8.0
VGW_CACHE="${TRADEIN_CACHE_DIR:-$HOME/.cache/tradein}/versitygw-$VERSITYGW_VERSION"
S3_PORT=${S3_PORT:-19000}
S3_ADDR="127.0.0.1:$S3_PORT"
S3_REGION=${S3_REGION:-us-east-1}
S3_BUCKET=${S3_BUCKET:-tradein-evidence}
S3_ACCESS_KEY_ID=${S3_ACCESS_KEY_ID:-tradein-dev}
S3_SECRET_ACCESS_KEY=${S3_SECRET_ACCESS_KEY:-tradein-dev-secret-key}
export S3_REGION S3_BUCKET S3_ACCESS_KEY_ID S3_SECRET_ACCESS_KEY

PG_URL="postgres://postgres@127.0.0.1:$PG_PORT"
KAFKA_ADDR="127.0.0.1:$KAFKA_PORT"

# Prefixed messages, because up.sh runs postgres and kafka in parallel and
# their output interleaves.
log() { echo "[$COMPONENT] $*"; }
die() { echo "[$COMPONENT] ERROR: $*" >&2; exit 1; }

# PID of the postmaster on our data dir (first line of postmaster.pid), or empty.
pg_pid() { head -n1 "$STATE/pg/data/postmaster.pid" 2>/dev/null || true; }

# PID of our Kafka broker if it is alive, or empty. Checking the command line
# as well as kill -0 guards against a recycled PID after a reboot.
kafka_pid() {
  local pid
  pid="$(cat "$STATE/kafka/kafka.pid" 2>/dev/null || true)"
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && grep -qa 'kafka\.Kafka' "/proc/$pid/cmdline" 2>/dev/null; then
    echo "$pid"
  fi
}

# Who listens on 127.0.0.1:$1: "pid N (command line)" when the system tells (ss shows other users'
# processes only to root), "a process" when only a connection test tells, nothing when the port is free.
port_holder() {
  local port=$1 line pid cmd
  if command -v ss >/dev/null 2>&1; then
    line="$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n1 || true)"
    if [[ -n $line ]]; then
      pid="$(grep -o 'pid=[0-9]*' <<<"$line" | head -n1 | cut -d= -f2 || true)"
      if [[ -n $pid ]]; then
        cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-80 || true)"
        echo "pid $pid (${cmd% }; working directory $(readlink "/proc/$pid/cwd" 2>/dev/null || echo unknown))"
      else
        echo "a process of another user"
      fi
      return 0
    fi
  fi
  if timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null; then echo "a process"; fi
}

# The way out when a port this checkout needs is taken, for error and status messages: the whole set
# of ports moved by the first hundred that leaves all of them free (a suggestion, not a reservation).
port_advice() {
  local shift=100
  while [[ -n $(port_holder $((PG_PORT + shift)))$(port_holder $((KAFKA_PORT + shift)))$(port_holder $((KAFKA_CONTROLLER_PORT + shift)))$(port_holder $((S3_PORT + shift))) ]]; do
    shift=$((shift + 100))
  done
  echo "stop it (from its own checkout: npm run infra:down), or run this checkout on other ports:" \
    "PG_PORT=$((PG_PORT + shift)) KAFKA_PORT=$((KAFKA_PORT + shift)) KAFKA_CONTROLLER_PORT=$((KAFKA_CONTROLLER_PORT + shift)) S3_PORT=$((S3_PORT + shift)) npm start"
}
