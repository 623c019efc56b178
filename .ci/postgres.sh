#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the sync server's tests. Prints two lines on stdout:
# its URL, then its directory (stop it with `.ci/postgres.sh stop <directory>`).
# Usage: .ci/postgres.sh [port]   (default 55432; the next free one of ten is used if taken).
# Installs Debian's `postgresql` when missing. Postgres refuses to run as root, so as root the
# cluster belongs to the `postgres` user. Tuned for speed (no fsync): test data only.
set -euo pipefail

as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  as_owner() { runuser -u postgres -- "$@"; }
fi

find_bin() {
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return 0; }; done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

if [ "${1:-}" = "stop" ]; then
  bin="$(find_bin)"
  as_owner "$bin/pg_ctl" -D "$2/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$2"
  exit 0
fi
port="${1:-55432}"

if ! bin="$(find_bin)"; then
  echo "Installing Debian's postgresql for the sync server tests…" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  bin="$(find_bin)"
fi

dir="$(mktemp -d /tmp/tact-pg.XXXXXX)"
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
as_owner "$bin/initdb" -D "$dir/data" -U tact --auth=trust -E UTF8 --no-instructions >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
started=""
for p in $(seq "$port" $((port + 9))); do
  if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $p -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null 2>&1; then
    started="$p"
    break
  fi
done
[ -n "$started" ] || { echo "PostgreSQL did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }
as_owner "$bin/psql" -h 127.0.0.1 -p "$started" -U tact -d postgres -qc "CREATE DATABASE tact_test" >&2
echo "postgres://tact@127.0.0.1:$started/tact_test"
echo "$dir"
