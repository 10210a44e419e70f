#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: `postgres.sh start DIR` creates a cluster in DIR on a
# free local port and prints its postgres:// URL; `postgres.sh stop DIR` stops it and removes DIR.
# Installs Debian's postgresql when no server is found. As root, the server runs as the postgres
# user (PostgreSQL refuses to run as root).
set -euo pipefail

find_bin() {
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$d" ]; then echo "$d"; fi
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: postgres.sh start|stop DIR" >&2; exit 2; }

case "$cmd" in
  start)
    bin=$(find_bin)
    if [ -z "$bin" ]; then
      echo "postgres.sh: no PostgreSQL server found; installing Debian's postgresql" >&2
      apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
      bin=$(find_bin)
    fi
    [ -n "$bin" ] || { echo "postgres.sh: PostgreSQL could not be installed" >&2; exit 1; }
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    port=$(free_port)
    as_owner "$bin/initdb" -D "$dir/data" -U demarche --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Durability is not what tests measure: fsync off keeps a throwaway cluster fast. A benchmark
    # (PG_BENCH=1) keeps fsync and gives up only the wait for each commit's flush, as SQLite's
    # WAL with synchronous=NORMAL does.
    opts="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ "${PG_BENCH:-}" = 1 ]; then
      opts="-c synchronous_commit=off -c shared_buffers=1GB -c max_wal_size=8GB -c checkpoint_timeout=30min"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 $opts" \
      start >&2 || { cat "$dir/server.log" >&2; exit 1; }
    echo "$bin" >"$dir/bin"
    echo "postgres://demarche@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/bin" ] && [ -d "$dir/data" ]; then
      as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
