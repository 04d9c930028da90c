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
