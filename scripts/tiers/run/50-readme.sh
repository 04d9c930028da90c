#!/usr/bin/env bash
# README tier, budget 3 minutes: the README's request-by-request walkthrough (every `sh` block of its section,
# extracted by scripts/readme/walkthrough.ts) runs as written, in one shell, against the platform `npm start`
# runs: the one already running in this checkout, or one started here (and stopped at the end) on
# QUOTE_PORT..PAYOUT_PORT (3001-3004 unless set). Any failing request stops it (curl --fail-with-body).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
mkdir -p .infra/logs
LOG=.infra/logs/readme-platform.log
SCRIPT=.infra/readme-walkthrough.sh

running_pid="$(cat .infra/start.pid 2>/dev/null || true)"
if [[ $running_pid =~ ^[0-9]+$ ]] && kill -0 "$running_pid" 2>/dev/null && grep -qa 'scripts/start.sh' "/proc/$running_pid/cmdline" 2>/dev/null; then
  echo "[readme] using the platform npm start runs (pid $running_pid)"
else
  echo "[readme] starting the platform with npm start's script (log: $LOG)"
  # setsid: its own process group, so stopping it (SIGINT, as Ctrl-C would) reaches only it and its services.
  setsid bash scripts/start.sh >"$LOG" 2>&1 </dev/null &
  START_PID=$!
  stop_platform() {
    kill -INT -- "-$START_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$START_PID" 2>/dev/null || return 0; sleep 0.5; done  # 30 s
    kill -KILL -- "-$START_PID" 2>/dev/null || true
  }
  trap stop_platform EXIT
  for _ in $(seq 1 180); do
    grep -q 'Ctrl-C stops the services' "$LOG" 2>/dev/null && break
    if ! kill -0 "$START_PID" 2>/dev/null; then echo "[readme] npm start exited:" >&2; tail -n 60 "$LOG" >&2; exit 1; fi
    sleep 0.5
  done
  grep -q 'Ctrl-C stops the services' "$LOG" || { echo "[readme] the platform was not ready in 90 s:" >&2; tail -n 60 "$LOG" >&2; exit 1; }
fi

node -r @swc-node/register scripts/readme/walkthrough.ts README.md "$SCRIPT"
# The walkthrough takes about 10 s; its own waits give up after 60 s each, and the whole run after 75 s, so the
# tier stays within its 3 minutes (start ≤ 90 s, walkthrough ≤ 75 s, stop ≤ 30 s).
if ! timeout --kill-after=5 75 bash "$SCRIPT" >.infra/logs/readme-walkthrough.log 2>&1; then
  echo "[readme] the README walkthrough failed as written; its output:" >&2
  tail -n 40 .infra/logs/readme-walkthrough.log >&2
  exit 1
fi
echo "[readme] every block of the README walkthrough ran ($(grep -c '^== README walkthrough, block' .infra/logs/readme-walkthrough.log) blocks)"
