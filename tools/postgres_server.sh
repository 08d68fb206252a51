#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks, on 127.0.0.1 only, from Debian's `postgresql` package.
#   tools/postgres_server.sh start DIR [PORT]   initdb DIR (if new), start it, create database `pathfinder`,
#                                              print its URL (postgresql://pathfinder@127.0.0.1:PORT/pathfinder)
#   tools/postgres_server.sh stop DIR           stop it (DIR stays; delete it yourself)
# Loopback-only trust auth: never point it at a real data folder or expose the port.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data folder}; port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 2
fi
as_owner() {  # PostgreSQL refuses to run as root: run as the `postgres` user then
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; else "$@"; fi
}
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir" && chmod 700 "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300" start >/dev/null
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qtA -c \
      "SELECT 1 FROM pg_roles WHERE rolname='pathfinder'" | grep -q 1 \
      || as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE ROLE pathfinder LOGIN CREATEDB"
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qtA -c \
      "SELECT 1 FROM pg_database WHERE datname='pathfinder'" | grep -q 1 \
      || as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE pathfinder OWNER pathfinder"
    echo "postgresql://pathfinder@127.0.0.1:$port/pathfinder"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
