#!/usr/bin/env bash
# Stop the local PostgreSQL, Kafka and the object store (only what scripts/infra started). Data is kept.
set -euo pipefail
HERE="$(dirname "${BASH_SOURCE[0]}")"

# Try both even if one fails, then report failure.
failed=0
"$HERE/postgres.sh" down || failed=1
"$HERE/kafka.sh" down || failed=1
"$HERE/objectstore.sh" down || failed=1
exit "$failed"
