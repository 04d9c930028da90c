# Which local infrastructure a run (npm start, npm test) started itself, so it stops only that: what
# already ran (another npm start, an earlier infra:up) is left running. Sourced, not executed:
#   infra_note_running         before scripts/infra/up.sh
#   infra_stop_started         when the run ends (says what it stops and what it leaves)
#   infra_all_were_up          true when nothing was started by this run
INFRA_COMPONENTS=(postgres kafka objectstore)
declare -A INFRA_WAS_UP=()
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

infra_note_running() {
  local c
  for c in "${INFRA_COMPONENTS[@]}"; do
    if bash "$INFRA_DIR/$c.sh" status >/dev/null 2>&1; then INFRA_WAS_UP[$c]=1; else INFRA_WAS_UP[$c]=0; fi
  done
}

infra_all_were_up() {
  local c
  for c in "${INFRA_COMPONENTS[@]}"; do ((${INFRA_WAS_UP[$c]:-0})) || return 1; done
}

infra_stop_started() {
  local c left=()
  for c in "${INFRA_COMPONENTS[@]}"; do
    if ((${INFRA_WAS_UP[$c]:-0})); then left+=("$c"); else bash "$INFRA_DIR/$c.sh" down || true; fi
  done
  ((${#left[@]} == 0)) || echo "[infra] ${left[*]} already ran before this run: left running"
}
