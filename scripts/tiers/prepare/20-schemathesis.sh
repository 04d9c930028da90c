#!/usr/bin/env bash
# The contract tier's fuzzer: schemathesis (PyPI) in a virtualenv cached outside the repository, one per version,
# so a second `npm test` reuses it. Idempotent: a `.complete` marker is written last, so an interrupted install is
# never mistaken for a finished one (it is removed and done again).
set -euo pipefail
VERSION=4.32.5
CACHE="${TRADEIN_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tradein}"
VENV="$CACHE/schemathesis-$VERSION"
if [[ -f $VENV/.complete ]] && "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$VERSION"; then
  echo "schemathesis $VERSION present in $VENV"
  exit 0
fi
command -v python3 >/dev/null || { echo "python3 is needed for the contract tier" >&2; exit 1; }
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  # Debian splits venv/ensurepip into python3-venv.
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
fi
rm -rf "$VENV"
mkdir -p "$CACHE"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check --no-input "schemathesis==$VERSION"
"$VENV/bin/schemathesis" --version | grep -q "$VERSION"
touch "$VENV/.complete"
echo "schemathesis $VERSION installed in $VENV"
