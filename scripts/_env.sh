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
    # Debian without python3-venv has no ensurepip: make the venv bare and fill it with the system pip.
    rm -rf "$VENV"
    "$PY" -m venv --without-pip "$VENV" \
      || { echo "setup: cannot make a virtual environment: apt-get install python3-venv" >&2; exit 1; }
  fi
fi

wanted="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$VENV/.installed" 2>/dev/null)" != "$wanted" ]; then
  if [ -x "$VENV/bin/pip" ]; then
    pip=("$VENV/bin/python" -m pip)
  elif "$PY" -m pip --version >/dev/null 2>&1; then
    pip=("$PY" -m pip --python "$VENV/bin/python")
  else
    echo "setup: no pip for $PY: apt-get install python3-venv (or python3-pip)" >&2; exit 1
  fi
  echo "setup: installing the pinned dependencies into .venv (first run, or they changed)" >&2
  "${pip[@]}" install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
  echo "$wanted" > "$VENV/.installed"
fi
