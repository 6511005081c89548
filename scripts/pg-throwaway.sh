#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on 127.0.0.1 and prints its DATABASE_URL.
#   scripts/pg-throwaway.sh start [port]   (default port 55432)
#   scripts/pg-throwaway.sh stop
# Needs Debian's postgresql package. As root, the cluster runs as the `postgres` user.
set -euo pipefail
cmd=${1:-start}
port=${2:-55432}
dir=${PG_THROWAWAY_DIR:-/tmp/duizhao-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed: apt-get install postgresql" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    as_owner "$bin/pg_ctl" -D "$dir" stop -m immediate >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir" -U duizhao --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U duizhao duizhao
    echo "postgresql://duizhao@127.0.0.1:$port/duizhao"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir" stop -m fast >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start [port] | stop" >&2; exit 2 ;;
esac
