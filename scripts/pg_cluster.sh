#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests (CTest fixture `pg`, tests/CMakeLists.txt).
#   scripts/pg_cluster.sh start DIR   initdb in DIR/data, start it on 127.0.0.1 at a free port (socket
#                                     in the data directory), create database `fundledger` owned by the
#                                     login role `fundledger`, and write DIR/uri:
#                                     postgresql://fundledger@127.0.0.1:PORT/fundledger
#   scripts/pg_cluster.sh stop DIR    stop it (pg_ctl -m immediate) and remove DIR.
# `start` on a DIR that holds a cluster stops and removes that one first; `stop` on a missing DIR does
# nothing. A failed `start` leaves no server and no DIR behind. Trust authentication, fsync off: for
# tests only. initdb refuses root: as root the server runs as the system user `postgres` (package
# postgresql, scripts/setup.sh), or `fundledger-test` (created) when there is none; otherwise as the
# calling user. When that user cannot write DIR's folder (a checkout under /root), the data directory
# is a fresh folder under /tmp instead; DIR/datadir names it either way.
# Exit 77: PostgreSQL 15 is not installed (the tests needing it are then not run).
set -euo pipefail
BIN=${FUNDLEDGER_PG_BIN:-/usr/lib/postgresql/15/bin}
ROLE=fundledger
DB=fundledger

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
cmd=$1
dir=$(realpath -m "$2")
cd /  # the server user may not be able to enter the caller's folder

# The user the server runs as, and how to run a command as that user.
as_server=()
server_user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  server_user=postgres
  if ! getent passwd postgres >/dev/null; then
    server_user=fundledger-test
    getent passwd "$server_user" >/dev/null ||
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$server_user"
  fi
  as_server=(runuser -u "$server_user" --)
fi

stop_cluster() {
  [ -e "$dir" ] || return 0
  local data="$dir/data"
  [ -f "$dir/datadir" ] && data=$(cat "$dir/datadir")
  if [ -f "$data/postmaster.pid" ]; then
    if ! "${as_server[@]}" "$BIN/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1; then
      # pg_ctl could not stop it (or it is already gone): end the postmaster this cluster recorded.
      local pid
      pid=$(head -1 "$data/postmaster.pid" 2>/dev/null || true)
      if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ]; then kill -KILL "$pid" || true; fi
    fi
  fi
  case "$data" in "$dir"/*) ;; *) rm -rf "$data" ;; esac  # a data directory under /tmp
  rm -rf "$dir"
}

free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_cluster() {
  [ -x "$BIN/initdb" ] || { echo "pg_cluster: $BIN/initdb not found (scripts/setup.sh installs postgresql)" >&2; exit 77; }
  stop_cluster
  trap 'stop_cluster' EXIT  # any failure from here on: no server, no DIR left behind
  trap 'exit 1' INT TERM HUP
  mkdir -p "$dir"
  [ ${#as_server[@]} -eq 0 ] || chown "$server_user" "$dir"
  local data="$dir/data"
  if ! "${as_server[@]}" test -w "$dir" -a -x "$dir"; then
    data=$(mktemp -d /tmp/fundledger-pg.XXXXXX)  # mode 0700, as initdb wants it
    [ ${#as_server[@]} -eq 0 ] || chown "$server_user" "$data"
  fi
  echo "$data" >"$dir/datadir"
  "${as_server[@]}" "$BIN/initdb" -D "$data" --locale=C.UTF-8 --encoding=UTF8 -A trust -U postgres \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  local port started=0
  local opts="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$data"
  opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  for _ in 1 2 3 4 5; do  # a port found free may be taken before the server binds it: try another
    port=$(free_port)
    if "${as_server[@]}" "$BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -s start \
      -o "$opts -c port=$port"; then
      started=1
      break
    fi
  done
  [ $started = 1 ] || { tail -20 "$data/server.log" >&2; exit 1; }
  local psql=("${as_server[@]}" /usr/bin/psql -X -q -v ON_ERROR_STOP=1 -h "$data" -p "$port" -U postgres -d postgres)
  "${psql[@]}" -c "CREATE ROLE $ROLE LOGIN" -c "CREATE DATABASE $DB OWNER $ROLE"
  echo "postgresql://$ROLE@127.0.0.1:$port/$DB" >"$dir/uri.tmp"
  mv "$dir/uri.tmp" "$dir/uri"
  trap - EXIT INT TERM HUP
}

case "$cmd" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  *) usage ;;
esac
