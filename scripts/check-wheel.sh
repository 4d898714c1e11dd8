#!/usr/bin/env bash
# Proves the wheel is a complete install, far from the checkout:
#   1. builds the wheel from a clean copy of the sources (pip wheel, isolated build:
#      the build requirements in pyproject.toml are all it gets; .qm compiled by setup.py);
#   2. installs it into a fresh venv in a temporary folder;
#   3. from there runs `maktab print-test`, `maktab screenshots --lang ar` and a
#      `maktab-server serve` on a free port (GET its OpenAPI, health, the back office's
#      login page in French and its stylesheet, then stop it).
# Any failure stops with "check-wheel: FAIL: ..." and exit 1.
#
#   scripts/check-wheel.sh                  the whole check (called by .ci/run after make test)
#   scripts/check-wheel.sh --build-only DIR only step 1; prints the wheel's path (the test suite uses it)
#
# PYTHON chooses the interpreter for the fresh venv (default python3).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
started=$(date +%s)

fail() { echo "check-wheel: FAIL: $*" >&2; exit 1; }
say() { echo "check-wheel: $*" >&2; }

build_wheel() {  # build_wheel OUT_DIR → prints the wheel path
  local out="$1" src
  src="$(mktemp -d "${TMPDIR:-/tmp}/maktab-wheel-src.XXXXXX")"
  # A copy without build leftovers, caches or compiled .qm: the wheel must make its own,
  # and an in-tree build would leave build/ behind in the checkout.
  (cd "$ROOT" && tar -cf - --exclude='__pycache__' --exclude='*.pyc' --exclude='*.qm' \
      pyproject.toml setup.py README.md kiosk sync) | tar -xf - -C "$src" || fail "copying the sources"
  mkdir -p "$out"
  "$PYTHON" -m pip wheel --no-deps --quiet --wheel-dir "$out" "$src" >&2 || { rm -rf "$src"; fail "building the wheel"; }
  rm -rf "$src"
  local wheel
  wheel="$(ls -t "$out"/maktab-*.whl 2>/dev/null | head -n1)"
  [ -n "$wheel" ] || fail "pip wrote no maktab wheel into $out"
  echo "$wheel"
}

if [ "${1:-}" = "--build-only" ]; then
  [ -n "${2:-}" ] || fail "usage: scripts/check-wheel.sh --build-only DIR"
  build_wheel "$2"
  exit 0
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/maktab-wheel-check.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

say "building the wheel"
wheel="$(build_wheel "$WORK/dist")"
say "installing $(basename "$wheel") into a fresh venv in $WORK"
"$PYTHON" -m venv "$WORK/venv" || fail "creating a venv"
"$WORK/venv/bin/python" -m pip install --quiet "$wheel" || fail "installing the wheel"

# From here on nothing may come from the checkout: run in the temporary folder, with a
# home, data folder and caches of its own.
cd "$WORK"
unset PYTHONPATH
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_CACHE_HOME="$WORK/home/cache" \
       XDG_CONFIG_HOME="$WORK/home/config" MAKTAB_DATA_DIR="$WORK/office" QT_QPA_PLATFORM=offscreen
unset MAKTAB_CONFIG MAKTAB_SERVER_DB
mkdir -p "$HOME"
BIN="$WORK/venv/bin"
where="$("$BIN/python" -c 'import kiosk, sync; print(kiosk.__file__, sync.__file__)')"
case "$where" in *"$ROOT"*) fail "the installed package imports from the checkout: $where";; esac

say "maktab print-test"
out="$("$BIN/maktab" print-test 2>&1)" || fail "maktab print-test: $out"
receipt="${out##* }"
[ -s "$receipt" ] || fail "maktab print-test wrote no receipt image ($out)"

say "maktab screenshots --lang ar"
"$BIN/maktab" screenshots --lang ar "$WORK/shots" > "$WORK/shots.txt" 2> "$WORK/shots.err" \
  || fail "maktab screenshots --lang ar: $(tail -n 5 "$WORK/shots.err")"
shots=$(grep -c '\.png$' "$WORK/shots.txt" || true)
[ "$shots" -gt 0 ] || fail "maktab screenshots --lang ar wrote no image"
if grep -q -i -E "missing|not found|cannot load" "$WORK/shots.err"; then
  fail "maktab screenshots --lang ar complained: $(grep -i -E 'missing|not found|cannot load' "$WORK/shots.err" | head -n 3)"
fi

say "maktab-server serve"
port="$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$BIN/maktab-server" --db "sqlite:///$WORK/server.sqlite3" serve --host 127.0.0.1 --port "$port" \
  > "$WORK/server.log" 2>&1 &
server_pid=$!
"$BIN/python" - "$port" "$server_pid" <<'EOF' || fail "maktab-server: $(tail -n 5 "$WORK/server.log")"
import json, os, sys, time, urllib.request
port, pid = sys.argv[1], int(sys.argv[2])
deadline = time.monotonic() + 60
while True:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json", timeout=2) as answer:
            spec = json.load(answer)
        break
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            sys.exit("the server exited")
        if time.monotonic() > deadline:
            sys.exit("no answer within 60 s")
        time.sleep(0.2)
assert "/api/v1/health" in spec["paths"], "the OpenAPI description lacks /api/v1/health"
with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=5) as answer:
    health = json.load(answer)
assert "protocol" in health, f"unexpected health answer {health}"
# The back office: a page from the installed templates and catalogues, and its stylesheet.
with urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/login",
                                                   headers={"Accept-Language": "fr"}), timeout=5) as answer:
    page = answer.read().decode()
assert 'lang="fr"' in page and "Se connecter" in page, "the back office's login page is not translated"
css = page.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
with urllib.request.urlopen(f"http://127.0.0.1:{port}{css}", timeout=5) as answer:
    assert b"font-face" in answer.read(), "the back office's stylesheet is missing"
EOF
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""

say "ok: $(basename "$wheel") builds, installs and runs outside the checkout ($shots screenshots) in $(( $(date +%s) - started )) s"
