#!/usr/bin/env bash
# Start the local infrastructure (PostgreSQL, Kafka, the S3 object store) and create the Kafka topics.
# Idempotent: anything already running is left as is.
set -euo pipefail
HERE="$(dirname "${BASH_SOURCE[0]}")"
source "$HERE/lib.sh"
COMPONENT=infra

# The bucket and topic steps below are Node scripts: a fresh clone needs its dependencies first.
bash "$ROOT/scripts/ensure-deps.sh"

# PG and Kafka are independent and Kafka's JVM start dominates, so start both
# at once; each script prefixes its own output so the interleaving stays readable.
"$HERE/postgres.sh" up & pg=$!
"$HERE/kafka.sh" up & kafka=$!
"$HERE/objectstore.sh" up & objectstore=$!
failed=0
wait "$pg" || { log "postgres failed to start"; failed=1; }
wait "$kafka" || { log "kafka failed to start"; failed=1; }
wait "$objectstore" || { log "object store failed to start"; failed=1; }
((failed == 0)) || exit 1

# Topic creation is owned by the Node side; run it only once it exists.
if [[ -f $ROOT/scripts/infra/create-topics.js ]]; then
  KAFKA_BROKERS="${KAFKA_BROKERS:-$KAFKA_ADDR}" node "$ROOT/scripts/infra/create-topics.js"
fi

echo
if [[ -n ${DATABASE_URL:-} ]]; then
  echo "postgres  external (DATABASE_URL)"
else
  echo "postgres  $PG_URL  (pid $(pg_pid))"
fi
if [[ -n ${KAFKA_BROKERS:-} ]]; then
  echo "kafka     $KAFKA_BROKERS  (external)"
else
  echo "kafka     $KAFKA_ADDR  (pid $(kafka_pid))"
fi
if [[ -n ${S3_ENDPOINT:-} ]]; then
  echo "s3        $S3_ENDPOINT  (external, bucket $S3_BUCKET)"
else
  echo "s3        http://$S3_ADDR  (bucket $S3_BUCKET)"
fi
