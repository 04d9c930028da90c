#!/usr/bin/env bash
# Console tier (issue 12), budget 6 minutes on 2 cores:
#  1. production build of apps/console and its bundle budget (initial JS <= 250 kB gzip, camera scanner lazy);
#  2. Playwright "mocked" project: every screen against page.route fakes (keyboard, scanner speed, languages,
#     JPY, field errors, pending/retry, axe) served by `vite preview` of that build;
#  3. Playwright "live" project: scripts/console/live-platform.ts starts the four services on fresh databases
#     and topics (real PostgreSQL, Kafka, object store), then drives counter -> stock and a payout hold release.
# Chromium is Debian's /usr/bin/chromium (prepare/10-chromium.sh). CONSOLE_SCREENSHOTS=1 also refreshes
# docs/screenshots/console-*.png from this run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true SCARF_ANALYTICS=false
BUDGET=${CONSOLE_TIER_SECONDS:-360}
start=$SECONDS
# Seconds left of the budget, at least 1 (timeout 0 would mean no limit at all).
left() { local l=$((BUDGET - (SECONDS - start))); if ((l > 0)); then echo "$l"; else echo 1; fi; }

echo "[console] build and bundle budget"
node node_modules/vite/bin/vite.js build --config apps/console/vite.config.mts --logLevel warn
node apps/console/scripts/check-budget.mjs dist/apps/console

rm -rf tmp/console-e2e/screenshots
echo "[console] mocked tier"
timeout --kill-after=10 "$(left)" node node_modules/@playwright/test/cli.js test --config apps/console/playwright.config.ts --project=mocked

echo "[console] live tier"
SWC_NODE_PROJECT="$ROOT/tsconfig.json" timeout --kill-after=20 "$(left)" node -r @swc-node/register scripts/console/live-platform.ts

if [[ ${CONSOLE_SCREENSHOTS:-0} == 1 ]]; then
  mkdir -p docs/screenshots
  cp tmp/console-e2e/screenshots/console-*.png docs/screenshots/
  echo "[console] screenshots copied to docs/screenshots"
fi
echo "[console] done in $((SECONDS - start)) s"
