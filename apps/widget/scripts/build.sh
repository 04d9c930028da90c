#!/usr/bin/env bash
# Builds the widget into dist/apps/widget/tradein-widget.js and fails when it is over its size budget.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
npx vite build --config apps/widget/vite.config.mts --logLevel warn
node apps/widget/scripts/check-size.mjs dist/apps/widget
