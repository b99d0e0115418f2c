#!/usr/bin/env bash
# The project's one test command (the README's second command, and what CI runs).
# Installs and starts what the tests need, runs every test project, stops what it started,
# and ends with the line "N passed, N failed, N skipped".
#
# Each service the tests need lives in scripts/services/<name>.sh and defines
#   <name>_install   install packages (idempotent, quiet)
#   <name>_start     start it, export what the tests need to find it (env vars), return non-zero on failure
#   <name>_stop      stop exactly what _start started
# so adding a service is adding one file.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
export MYNUMBER_TEST_RUN_DIR="$ROOT/.test-run"
rm -rf "$MYNUMBER_TEST_RUN_DIR"; mkdir -p "$MYNUMBER_TEST_RUN_DIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[test.sh] %s\n' "$*" >&2; }

# Run a command as root: directly when we are root (CI), through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; return 1; fi
}

APT_UPDATED=0
apt_install() { # packages that are missing, no recommends, one apt-get update per run
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ $APT_UPDATED -eq 0 ]; then as_root apt-get update -qq >/dev/null || return 1; APT_UPDATED=1; fi
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A free TCP port on loopback.
free_port() { python3 - <<'PY'
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

STARTED=()
stop_services() {
  for ((i=${#STARTED[@]}-1; i>=0; i--)); do "${STARTED[$i]}_stop" || true; done
  STARTED=()
}
trap stop_services EXIT

for f in scripts/services/*.sh; do [ -e "$f" ] && . "$f"; done
SERVICES=()
for f in scripts/services/*.sh; do [ -e "$f" ] && SERVICES+=("$(basename "$f" .sh)"); done

for s in "${SERVICES[@]}"; do
  if "${s}_install" && "${s}_start"; then STARTED+=("$s"); log "$s started"
  else
    # A test that needs a missing service skips itself outside CI and fails in CI.
    log "$s could not be started; tests that need it will skip (outside CI) or fail (CI)"
  fi
done

log "building"
if ! dotnet build MyNumberGrains.sln -c Release -nologo -v quiet 2>&1 | tail -n 30; then :; fi
if [ "${PIPESTATUS[0]}" -ne 0 ]; then echo "0 passed, 1 failed"; echo "build failed" >&2; exit 1; fi

results="$MYNUMBER_TEST_RUN_DIR/results"; mkdir -p "$results"
status=0
for proj in tests/*/*.csproj; do
  name=$(basename "$proj" .csproj)
  log "running $name"
  dotnet test "$proj" -c Release --no-build -nologo \
      --logger "trx;LogFileName=$results/$name.trx" --logger "console;verbosity=normal" \
      > "$results/$name.log" 2>&1 || status=1
  # Failures and skips with their reasons, then the project's counts.
  grep -E -A 8 '^\s*Failed ' "$results/$name.log" | head -n 200 >&2
  grep -E '^\s*Skipped ' "$results/$name.log" | head -n 50 >&2
  grep -E '^\s*(Total tests|Passed|Failed|Skipped):' "$results/$name.log" | tr -s ' ' | paste -sd' ' >&2 \
    || tail -n 20 "$results/$name.log" >&2
done

stop_services

# Sum the trx counters of every project into the one closing line CI reads.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for t in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(t).getroot().find(".//{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    # VSTest counts a skipped test in total but not in executed (notExecuted stays 0).
    s += int(c.get("total", 0)) - int(c.get("executed", 0))
print(f"{p} passed, {f} failed, {s} skipped")
PY
exit $status
