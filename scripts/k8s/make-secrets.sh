#!/usr/bin/env bash
# Creates the git-ignored secret files an overlay's secretGenerator reads, with fresh random values.
# Existing files are left alone. Usage: bash scripts/k8s/make-secrets.sh k8s/overlays/dev
set -euo pipefail
dir="${1:?usage: make-secrets.sh k8s/overlays/<env>}/secrets"
mkdir -p "$dir"
umask 077
hex() { openssl rand -hex "$1"; }
write() { # file content
  if [[ -e "$dir/$1" ]]; then echo "kept    $dir/$1"; else printf '%s\n' "$2" > "$dir/$1"; echo "created $dir/$1"; fi
}
write auth.env   "AUTH_JWT_SECRET=$(hex 32)"
write quote.env  "QUOTE_SECRET_KEY=$(hex 32)"
write intake.env "CARRIER_WEBHOOK_SECRET=$(hex 32)"
write payout.env "PAYOUT_BANK_DETAILS_KEYS=k$(date +%Y%m%d):$(openssl rand -base64 32)
PAYOUT_FINGERPRINT_KEY=$(openssl rand -base64 32)"
for svc in quote intake grading payout; do
  # No trailing newline: the file's content is the password.
  if [[ -e "$dir/db-$svc.password" ]]; then echo "kept    $dir/db-$svc.password"
  else printf '%s' "$(hex 24)" > "$dir/db-$svc.password"; echo "created $dir/db-$svc.password"; fi
done
echo "intake.env: replace CARRIER_WEBHOOK_SECRET with the secret agreed with the carrier before going live."
