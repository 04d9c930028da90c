#!/usr/bin/env bash
# `npm start`: install when missing, bring up PostgreSQL and Kafka, start the four services (each
# migrates its own database at boot), wait until each is ready, print where each listens, and stop
# them cleanly on Ctrl-C. Infrastructure stays up (npm run infra:down stops it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true SCARF_ANALYTICS=false

bash scripts/ensure-deps.sh
bash scripts/infra/up.sh

mkdir -p .infra/logs
# A development secret, generated once per checkout; production injects its own.
if [[ -z ${AUTH_JWT_SECRET:-} ]]; then
  [[ -f .infra/dev-jwt-secret ]] || node -e "process.stdout.write(require('crypto').randomBytes(32).toString('hex'))" > .infra/dev-jwt-secret
  export AUTH_JWT_SECRET="$(cat .infra/dev-jwt-secret)"
fi
export NODE_ENV="${NODE_ENV:-development}"
export SWC_NODE_PROJECT="$ROOT/tsconfig.json"

declare -A PORTS=([quote-service]=${QUOTE_PORT:-3001} [intake-service]=${INTAKE_PORT:-3002} [grading-service]=${GRADING_PORT:-3003} [payout-service]=${PAYOUT_PORT:-3004})
SERVICES=(quote-service intake-service grading-service payout-service)
PIDS=()

stop_all() {
  local code=${1:-0}
  trap - INT TERM EXIT
  echo
  echo "[start] stopping services"
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "[start] stopped (infrastructure still running: npm run infra:down)"
  exit "$code"
}
trap 'stop_all 130' INT
trap 'stop_all 143' TERM
trap 'stop_all $?' EXIT

# A port already taken (say, by an earlier npm start) would make a health check answer for the wrong process.
for svc in "${SERVICES[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/${PORTS[$svc]}") 2>/dev/null; then
    echo "[start] port ${PORTS[$svc]} for $svc is already in use; stop what runs there or set $(echo "${svc%%-*}" | tr '[:lower:]' '[:upper:]')_PORT"
    exit 1
  fi
done

for svc in "${SERVICES[@]}"; do
  PORT="${PORTS[$svc]}" node -r @swc-node/register "apps/$svc/src/main.ts" >".infra/logs/$svc.log" 2>&1 &
  PIDS+=($!)
done

echo "[start] waiting for the services to be ready (logs in .infra/logs/)"
for i in "${!SERVICES[@]}"; do
  svc=${SERVICES[$i]}; port=${PORTS[$svc]}; pid=${PIDS[$i]}
  for _ in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "[start] $svc exited; last log lines:"; tail -n 30 ".infra/logs/$svc.log"; exit 1
    fi
    if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 || { echo "[start] $svc not ready after 60 s"; tail -n 30 ".infra/logs/$svc.log"; exit 1; }
done

echo
for svc in "${SERVICES[@]}"; do
  printf '  %-16s http://127.0.0.1:%s   (OpenAPI: /docs, health: /health/ready, metrics: /metrics)\n' "$svc" "${PORTS[$svc]}"
done
echo
echo "  staff tokens for trying the API:  npm run token -- ops | grader SITE | store_staff STORE PARTNER"
echo "  Ctrl-C stops the services."
wait -n "${PIDS[@]}" || true
echo "[start] a service exited unexpectedly; see .infra/logs/"
exit 1
