#!/bin/sh
# Container entry point (tini runs it as its child; `exec` makes node tini's child, so SIGTERM reaches it).
# With arguments, run them: `node scripts/infra/create-topics.js`, `node scripts/deploy/migrate.js`.
# Without, start the service named by SERVICE (quote | intake | grading | payout, or `<name>-service`);
# an image built for one service starts that one. PORT defaults to the service's usual port.
set -eu
cd /app
if [ "$#" -gt 0 ]; then
  exec "$@"
fi
available=$(ls apps 2>/dev/null | sed 's/-service$//' | tr '\n' ' ')
name="${SERVICE:-}"
name="${name%-service}"
if [ -z "$name" ] && [ "$(ls apps | wc -l)" -eq 1 ]; then
  name="${available% }"
fi
case "$name" in
  quote) port=3001 ;;
  intake) port=3002 ;;
  grading) port=3003 ;;
  payout) port=3004 ;;
  "") echo "tradein: set SERVICE to one of: ${available}" >&2; exit 64 ;;
  *) echo "tradein: unknown SERVICE '${SERVICE}' (expected one of: ${available})" >&2; exit 64 ;;
esac
if [ ! -f "apps/${name}-service/src/main.js" ]; then
  echo "tradein: this image does not hold ${name}-service (it holds: ${available})" >&2
  exit 64
fi
export SERVICE_NAME="${name}-service"
upper=$(echo "$name" | tr '[:lower:]' '[:upper:]')
eval "own_port=\${${upper}_PORT:-}"
if [ -z "${PORT:-}" ] && [ -z "$own_port" ]; then
  export PORT="$port"
fi
exec node "apps/${name}-service/src/main.js"
