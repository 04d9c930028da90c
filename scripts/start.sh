#!/usr/bin/env bash
# `npm start`: install when missing, bring up PostgreSQL, Kafka and the object store, start the four services (each migrates
# its own database at boot; quote-service's migrations seed the catalog and its first price table), wait
# until each is ready, seed the demo partner, store and site (scripts/start/seed-cli.ts), print the API
# key and staff tokens, and stream every service's log prefixed by its name (also kept in .infra/logs/).
# Ctrl-C stops the services, and PostgreSQL or Kafka too if this run started them (infrastructure that
# was already running is left as it was).
#
# Development settings, each overridable from the environment:
#   CLOCK_CONTROL=enabled              ops can move the services' clocks (POST /v1/ops/clock/advance), so
#                                      `npm run demo` passes deadlines without waiting days; never in production
#   DEADLINE_POLL_MS=2000              quote-service looks for passed deadlines every 2 s (30 s by default)
#   PARTNER_RATE_LIMIT_PER_MINUTE=6000 and RATE_LIMIT_PER_MINUTE=6000: one demo key and one token per role
#                                      carry all the demo's traffic
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true SCARF_ANALYTICS=false

bash scripts/ensure-deps.sh

source scripts/infra/lib.sh
source scripts/infra/owned.sh

# One npm start per checkout: a second one would find every port taken and .infra/demo.json rewritten.
START_PID_FILE=.infra/start.pid
if [[ -f $START_PID_FILE ]]; then
  other="$(cat "$START_PID_FILE")"
  if [[ $other =~ ^[0-9]+$ ]] && kill -0 "$other" 2>/dev/null && grep -qa 'scripts/start.sh' "/proc/$other/cmdline" 2>/dev/null; then
    echo "[start] npm start is already running in this checkout (pid $other): use it (.infra/demo.json, logs in .infra/logs/)," \
      "or stop it with Ctrl-C in its terminal (or kill $other) before starting again"
    exit 1
  fi
fi
mkdir -p .infra
echo $$ >"$START_PID_FILE"

# What runs already (another npm start's infrastructure, an earlier infra:up) is not ours to stop.
infra_note_running

SERVICES=(quote-service intake-service grading-service payout-service)
declare -A PORTS=([quote-service]=${QUOTE_PORT:-3001} [intake-service]=${INTAKE_PORT:-3002} [grading-service]=${GRADING_PORT:-3003} [payout-service]=${PAYOUT_PORT:-3004})
PIDS=()
infra_started=0

stop_infra_we_started() {
  ((infra_started)) || return 0
  infra_stop_started
}

stop_all() {
  local code=${1:-0}
  trap - INT TERM EXIT
  echo
  if ((${#PIDS[@]})); then
    echo "[start] stopping services"
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  fi
  stop_infra_we_started
  rm -f "$START_PID_FILE"
  echo "[start] stopped"
  exit "$code"
}
trap 'stop_all 130' INT
trap 'stop_all 143' TERM
trap 'stop_all $?' EXIT

# A port already taken (say, by an earlier npm start) would make a health check answer for the wrong process.
for svc in "${SERVICES[@]}"; do
  holder="$(port_holder "${PORTS[$svc]}")"
  if [[ -n $holder ]]; then
    echo "[start] port ${PORTS[$svc]} for $svc is held by $holder; stop it, or choose another port:" \
      "$(echo "${svc%%-*}" | tr '[:lower:]' '[:upper:]')_PORT=$((PORTS[$svc] + 100)) npm start (QUOTE_PORT, INTAKE_PORT, GRADING_PORT, PAYOUT_PORT)"
    exit 1
  fi
done

# The staff console (apps/console) runs as a fifth process: Vite's dev server, /api/<service> proxied to the
# services (same origin, no CORS). Started only once the console app exists in the checkout.
CONSOLE_PORT=${CONSOLE_PORT:-5173}
CONSOLE_CONFIG="$(ls apps/console/vite.config.mts apps/console/vite.config.ts 2>/dev/null | head -n1 || true)"
if [[ -n $CONSOLE_CONFIG ]]; then
  holder="$(port_holder "$CONSOLE_PORT")"
  if [[ -n $holder ]]; then
    echo "[start] port $CONSOLE_PORT for the console is held by $holder; stop it, or choose another: CONSOLE_PORT=$((CONSOLE_PORT + 100)) npm start"
    exit 1
  fi
fi

infra_started=1
bash scripts/infra/up.sh

mkdir -p .infra/logs
# A development secret, generated once per checkout; production injects its own.
if [[ -z ${AUTH_JWT_SECRET:-} ]]; then
  [[ -f .infra/dev-jwt-secret ]] || node -e "process.stdout.write(require('crypto').randomBytes(32).toString('hex'))" > .infra/dev-jwt-secret
  export AUTH_JWT_SECRET="$(cat .infra/dev-jwt-secret)"
fi
export NODE_ENV="${NODE_ENV:-development}"
export SWC_NODE_PROJECT="$ROOT/tsconfig.json"
# The AWS SDK warns at every start that its 2027 releases will need Node 22; the project supports Node 20
# (package.json engines) and pins the SDK, so the notice is expected and not for the terminal.
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
if [[ $NODE_ENV != production ]]; then
  export CLOCK_CONTROL="${CLOCK_CONTROL:-enabled}"
  export DEADLINE_POLL_MS="${DEADLINE_POLL_MS:-2000}"
  export PARTNER_RATE_LIMIT_PER_MINUTE="${PARTNER_RATE_LIMIT_PER_MINUTE:-6000}"
  export RATE_LIMIT_PER_MINUTE="${RATE_LIMIT_PER_MINUTE:-6000}"
fi

# Each service writes JSON lines (as in production), kept as they are in .infra/logs/<svc>.log; the
# terminal shows them coloured and readable, prefixed by the service (scripts/start/pretty-logs.ts). The log
# pipes ignore Ctrl-C so the services' shutdown lines still get through.
for svc in "${SERVICES[@]}"; do
  PORT="${PORTS[$svc]}" node -r @swc-node/register "apps/$svc/src/main.ts" \
    > >(trap '' INT; tee ".infra/logs/$svc.log" | node -r @swc-node/register scripts/start/pretty-logs.ts "$svc") 2>&1 &
  PIDS+=($!)
done

echo "[start] waiting for the services to be ready (logs below and in .infra/logs/)"
for i in "${!SERVICES[@]}"; do
  svc=${SERVICES[$i]}; port=${PORTS[$svc]}; pid=${PIDS[$i]}
  for _ in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "[start] $svc exited; see .infra/logs/$svc.log"; exit 1
    fi
    if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 || { echo "[start] $svc not ready after 60 s; see .infra/logs/$svc.log"; exit 1; }
done

echo "[start] seeding the demo partner, store and grading site"
node -r @swc-node/register scripts/start/seed-cli.ts || { echo "[start] seeding failed"; exit 1; }

# The partner widget (one JS file, size-checked) and the demo partner shop embedding it, on its own origin.
DEMO_SHOP_PORT=${DEMO_SHOP_PORT:-5300}
bash apps/widget/scripts/build.sh || { echo "[start] widget build failed"; exit 1; }
DEMO_SHOP_PORT=$DEMO_SHOP_PORT QUOTE_URL="http://127.0.0.1:${PORTS[quote-service]}" node -r @swc-node/register scripts/demo-shop/server.ts \
  > >(trap '' INT; tee .infra/logs/demo-shop.log | sed -u 's/^/[shop   ] /') 2>&1 &
PIDS+=($!)

if [[ -n $CONSOLE_CONFIG ]]; then
  CONSOLE_PORT=$CONSOLE_PORT QUOTE_PORT=${PORTS[quote-service]} INTAKE_PORT=${PORTS[intake-service]} GRADING_PORT=${PORTS[grading-service]} \
    PAYOUT_PORT=${PORTS[payout-service]} node_modules/.bin/vite --config "$CONSOLE_CONFIG" --clearScreen false \
    > >(trap '' INT; tee .infra/logs/console.log | sed -u 's/^/[console] /') 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$CONSOLE_PORT/" >/dev/null 2>&1 && break
    kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "[start] the console's dev server exited; see .infra/logs/console.log"; exit 1; }
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$CONSOLE_PORT/" >/dev/null 2>&1 || { echo "[start] console not answering after 60 s; see .infra/logs/console.log"; exit 1; }
fi

echo
for svc in "${SERVICES[@]}"; do
  printf '  %-16s http://127.0.0.1:%s   (OpenAPI: /docs, health: /health/ready, metrics: /metrics)\n' "$svc" "${PORTS[$svc]}"
done
echo
[[ ${CLOCK_CONTROL:-disabled} == enabled ]] && echo "  movable clock on (CLOCK_CONTROL=enabled): npm run demo passes deadlines by moving it"
[[ -n $CONSOLE_CONFIG ]] && echo "  staff console:      http://127.0.0.1:$CONSOLE_PORT   (sign in as the demo store clerk, grader or ops; /api/<service> proxied)"
echo "  more staff tokens:  npm run token -- ops | grader SITE | store_staff STORE PARTNER"
echo "  traffic:            npm run demo   (in another terminal)"
echo "  partner widget:     http://127.0.0.1:$DEMO_SHOP_PORT   (demo shop embedding <tradein-widget>)"
echo "  Ctrl-C stops the services$(infra_all_were_up || echo ' and the infrastructure this run started')."
echo
wait -n "${PIDS[@]}" || true
echo "[start] a service exited unexpectedly; see .infra/logs/"
exit 1
