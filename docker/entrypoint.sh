#!/bin/sh
# Container entry point: with arguments, run them (e.g. `node scripts/infra/create-topics.js`);
# without, start the service named by SERVICE (quote | intake | grading | payout, or the full
# `<name>-service`).
set -eu
cd /app
if [ "$#" -gt 0 ]; then
  exec "$@"
fi
name="${SERVICE:-}"
name="${name%-service}"
case "$name" in
  quote|intake|grading|payout) ;;
  "") echo "tradein: set SERVICE to quote, intake, grading or payout" >&2; exit 64 ;;
  *) echo "tradein: unknown SERVICE '$SERVICE' (expected quote, intake, grading or payout)" >&2; exit 64 ;;
esac
export SERVICE_NAME="${name}-service"
exec node -r @swc-node/register "apps/${name}-service/src/main.ts"
