#!/usr/bin/env bash
# Writes docker/.env with fresh random secrets (refuses to overwrite an existing one).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [[ -e .env ]]; then echo "docker/.env exists; delete it first to regenerate" >&2; exit 1; fi
rand_hex() { openssl rand -hex "$1"; }
umask 077
cat > .env <<ENV
POSTGRES_PASSWORD=$(rand_hex 24)
AUTH_JWT_SECRET=$(rand_hex 32)
QUOTE_SECRET_KEY=$(rand_hex 32)
CARRIER_WEBHOOK_SECRET=$(rand_hex 32)
PAYOUT_BANK_DETAILS_KEYS=k1:$(openssl rand -base64 32)
PAYOUT_FINGERPRINT_KEY=$(openssl rand -base64 32)
# Root credentials of the objectstore container (the evidence photos); your own store's keys to use it instead.
S3_ACCESS_KEY_ID=$(rand_hex 10)
S3_SECRET_ACCESS_KEY=$(rand_hex 24)
ENV
echo "wrote docker/.env (mode 600)"
