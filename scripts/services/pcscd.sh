# pcscd with vsmartcard's vpcd virtual reader, for the PC/SC end-to-end and OpenSC interop tests.
# vpcd (loaded by pcscd) listens on 35963 ("Virtual PCD 00 00") and 35964 ("Virtual PCD 00 01");
# the tests start the project's virtual card, which connects to it. See ../shared/pcsc-linux.md.
PCSCD_PID=""

pcscd_install() {
  apt_install pcscd vsmartcard-vpcd opensc
}

pcscd_export() {
  export MYNUMBER_PCSCD=1
  export MYNUMBER_VPCD_PORT=35963
  export MYNUMBER_VPCD_READER="Virtual PCD 00 00"
}

pcscd_start() {
  command -v pcscd >/dev/null || return 1
  # A pcscd that is already running (someone else's) serves us too; we then do not own it.
  local existing
  existing=$(cat /run/pcscd/pcscd.pid 2>/dev/null || true)
  if [ -S /run/pcscd/pcscd.comm ] && [ -n "$existing" ] && kill -0 "$existing" 2>/dev/null; then
    log "pcscd already running (pid $existing); using it"
    pcscd_export
    return 0
  fi
  # No --auto-exit: idle gaps between test projects are longer than its 60 s.
  # Started directly (not through the as_root function, whose subshell would own the pid we kill).
  if [ "$(id -u)" -eq 0 ]; then pcscd --foreground > "$MYNUMBER_TEST_RUN_DIR/pcscd.log" 2>&1 &
  else sudo -n pcscd --foreground > "$MYNUMBER_TEST_RUN_DIR/pcscd.log" 2>&1 & fi
  PCSCD_PID=$!
  for _ in $(seq 200); do
    [ -S /run/pcscd/pcscd.comm ] && { pcscd_export; return 0; }
    kill -0 "$PCSCD_PID" 2>/dev/null || break
    sleep 0.05
  done
  log "pcscd did not create /run/pcscd/pcscd.comm; see $MYNUMBER_TEST_RUN_DIR/pcscd.log"
  pcscd_stop
  return 1
}

pcscd_stop() {
  [ -n "$PCSCD_PID" ] || return 0
  kill "$PCSCD_PID" 2>/dev/null || true
  # pcscd takes about 2 s to exit after SIGTERM; wait so its socket and ports are free afterwards.
  for _ in $(seq 100); do kill -0 "$PCSCD_PID" 2>/dev/null || break; sleep 0.1; done
  wait "$PCSCD_PID" 2>/dev/null || true
  PCSCD_PID=""
}
