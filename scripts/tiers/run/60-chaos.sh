#!/usr/bin/env bash
# Chaos tier: a small `npm run chaos` (scripts/chaos) in `npm test`. It brings up its OWN PostgreSQL
# (56432) and Kafka (29092/29093) under .infra/chaos-tier, since it kills and restarts them while
# npm test's own infrastructure stays up on the default ports; one process per service on 4600-4639
# (compiled once, so a restart is a plain node start), the demo's scenarios, every fault once (each
# service SIGKILLed, the broker SIGKILLed, PostgreSQL restarted with an immediate shutdown, a replica
# stalled past its session timeout, provider calls timing out after the payment settled), then the
# checks and the replay of every topic.
# Sized by time, not by count (ADR 0016): trade-ins are driven while the faults are injected (at most
# CHAOS_TRADE_INS, at least one round of every scenario), so a slower machine drives fewer of them
# rather than running longer. One fault order for every CI run (seed 5: the broker first, then the
# replicas in parallel; ADR 0016). Bounded: the run stops itself (and its infrastructure) after
# CHAOS_TIME_LIMIT_S seconds, and this script kills it 20 s later; the tier's budget is 5 minutes.
# The report goes to .infra/chaos-tier/reliability.md (docs/reliability.md is for the full runs). Extra
# arguments go to scripts/chaos/run.ts (e.g. --app-root DIR: services compiled from a snapshot of the tree).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
OUT="$ROOT/.infra/chaos-tier"
mkdir -p "$OUT"
LIMIT_S=${CHAOS_TIME_LIMIT_S:-270}
exec timeout --kill-after=10 "$((LIMIT_S + 20))" \
  node -r @swc-node/register scripts/chaos/run.ts \
  --trade-ins "${CHAOS_TRADE_INS:-300}" --replicas 1 --kills-per-replica 1 --concurrency "${CHAOS_CONCURRENCY:-16}" \
  --traffic-ends-with-faults --warmup-s 10 --max-fault-gap-s 3 --seed "${CHAOS_SEED:-5}" \
  --time-limit-min "$(awk "BEGIN { print $LIMIT_S / 60 }")" \
  --state-dir "$OUT/state" --results-dir "$OUT" --report "$OUT/reliability.md" "$@"
