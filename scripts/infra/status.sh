#!/usr/bin/env bash
# Show whether the local PostgreSQL, Kafka and the object store are running.
# Exit status is non-zero if either is down, so scripts can use it as a check.
set -euo pipefail
HERE="$(dirname "${BASH_SOURCE[0]}")"

failed=0
"$HERE/postgres.sh" status || failed=1
"$HERE/kafka.sh" status || failed=1
"$HERE/objectstore.sh" status || failed=1
exit "$failed"
