# PostgreSQL for the grain tests of the `postgres` silo profile: a throwaway cluster under the test run
# directory, on a free loopback port, with the project's schema (silo-config/sql) applied.
# Sourced by test.sh, which provides apt_install, free_port and as_root.
# Exports MYNUMBER_PG (an Npgsql connection string) for the tests.

postgres_bin() { # the newest installed server's bin directory
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

postgres_install() {
  postgres_bin >/dev/null && command -v psql >/dev/null && return 0
  apt_install postgresql
}

postgres_as_owner() { # run a command as the postgres OS user (initdb and the server refuse root)
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  else as_root su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

postgres_start() {
  local bin root port db=mynumber f
  bin=$(postgres_bin) || { echo "postgres: no server binaries found" >&2; return 1; }
  root="${MYNUMBER_TEST_RUN_DIR:?MYNUMBER_TEST_RUN_DIR is not set}/postgres"
  mkdir -p "$root"
  # The server runs as the postgres user: it needs to reach and own its directory.
  chmod o+x "$MYNUMBER_TEST_RUN_DIR" "$(dirname "$MYNUMBER_TEST_RUN_DIR")" 2>/dev/null || true
  as_root chown postgres:postgres "$root" || return 1
  port=$(free_port) || return 1
  postgres_as_owner "$bin/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --no-sync \
      >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; return 1; }
  # fsync stays on: the persistence figures should pay what a real server pays.
  postgres_as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
      -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c max_connections=100" start \
      >/dev/null || { cat "$root/server.log" >&2; return 1; }
  POSTGRES_DATA="$root/data"
  psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
      -c "CREATE DATABASE $db" || { postgres_stop; return 1; }
  for f in "$ROOT"/silo-config/sql/*.sql; do
    psql -h 127.0.0.1 -p "$port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -q -f "$f" \
        || { echo "postgres: applying $f failed" >&2; postgres_stop; return 1; }
  done
  # Pool below max_connections (100): storage, clustering and reminders each open their own pool.
  export MYNUMBER_PG="Host=127.0.0.1;Port=$port;Database=$db;Username=postgres;Maximum Pool Size=30"
}

postgres_stop() {
  [ -n "${POSTGRES_DATA:-}" ] || return 0
  postgres_as_owner "$(postgres_bin)/pg_ctl" -D "$POSTGRES_DATA" -m fast -w stop >/dev/null 2>&1
  POSTGRES_DATA=""
  unset MYNUMBER_PG
}
