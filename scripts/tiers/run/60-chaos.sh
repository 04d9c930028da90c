#!/usr/bin/env bash
# Chaos tier: a small `npm run chaos` (scripts/chaos) in `npm test`. It brings up its OWN PostgreSQL
# (56432) and Kafka (29092/29093) under .infra/chaos-tier, since it kills and restarts them while
# npm test's own infrastructure stays up on the default ports; one process per service on 4600-4639,
# the demo's scenarios, every fault once (each service SIGKILLed, the broker SIGKILLed, PostgreSQL
# restarted with an immediate shutdown, a replica stalled past its session timeout, provider calls
# timing out after the payment settled), then the checks and the replay of every topic.
# Bounded: the run stops itself (and its infrastructure) after CHAOS_TIME_LIMIT_MIN minutes.
# The report goes to .infra/chaos-tier/reliability.md (docs/reliability.md is for the full runs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
OUT="$ROOT/.infra/chaos-tier"
mkdir -p "$OUT"
exec timeout --kill-after=30 "$(( ${CHAOS_TIME_LIMIT_MIN:-5} * 60 + 30 ))" \
  node -r @swc-node/register scripts/chaos/run.ts \
  --trade-ins "${CHAOS_TRADE_INS:-104}" --replicas 1 --kills-per-replica 1 --concurrency "${CHAOS_CONCURRENCY:-16}" \
  --time-limit-min "${CHAOS_TIME_LIMIT_MIN:-5}" --state-dir "$OUT/state" --results-dir "$OUT" --report "$OUT/reliability.md"
