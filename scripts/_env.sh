# Sourced by scripts/run and scripts/test: make .venv with the pinned dependencies,
# once, and again whenever pyproject.toml or constraints.txt change.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
VENV="$ROOT/.venv"

command -v "$PY" >/dev/null || { echo "setup: $PY not found: install Python 3.11 or newer" >&2; exit 1; }
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "setup: $PY is $("$PY" -V 2>&1); Python 3.11 or newer is needed (set PYTHON=...)" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
  if ! "$PY" -m venv "$VENV" >/dev/null 2>&1; then
    # Debian without python3-venv has no ensurepip: make the venv bare; pip comes below.
    rm -rf "$VENV"
    "$PY" -m venv --without-pip "$VENV" \
      || { echo "setup: cannot make a virtual environment: apt-get install python3-venv" >&2; exit 1; }
  fi
fi

wanted="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$VENV/.installed" 2>/dev/null)" != "$wanted" ]; then
  if [ ! -x "$VENV/bin/pip" ]; then
    # No ensurepip (stock Debian): install pip into the venv from its own wheel, fetched from PyPI.
    echo "setup: fetching pip from PyPI" >&2
    wheel="$("$VENV/bin/python" scripts/_fetch_pip.py "$VENV")" \
      || { echo "setup: cannot fetch pip from PyPI: apt-get install python3-venv" >&2; exit 1; }
    "$VENV/bin/python" "$wheel/pip" install --quiet --disable-pip-version-check "$wheel"
    rm -f "$wheel"
  fi
  pip=("$VENV/bin/python" -m pip)
  echo "setup: installing the pinned dependencies into .venv (first run, or they changed)" >&2
  "${pip[@]}" install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
  echo "$wanted" > "$VENV/.installed"
fi
