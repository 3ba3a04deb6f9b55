#!/usr/bin/env bash
# A throwaway PostgreSQL server, from Debian's packages, for the gatekeeper's tests.
#
#   scripts/postgres.sh start   # prints the server's URL: postgres://medrec@127.0.0.1:<port>
#   scripts/postgres.sh stop
#
# The cluster lives in $MEDREC_PG_DIR (default /tmp/medrec-postgres), trusts loopback only,
# and is made anew by every start.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

dir="${MEDREC_PG_DIR:-/tmp/medrec-postgres}"
# Below Linux's ephemeral range (32768-60999), where the tests' nodes take their free ports.
port="${MEDREC_PG_PORT:-25432}"

apt_install postgresql
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

# PostgreSQL refuses to run as root: as root, run it as the package's postgres user.
as_pg() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
	if [ -f "$dir/data/postmaster.pid" ]; then
		as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
	fi
}

case "${1:-start}" in
start)
	stop
	rm -rf "$dir"
	mkdir -p "$dir"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
	as_pg "$bin/initdb" -D "$dir/data" -U medrec --auth=trust -E UTF8 >/dev/null
	as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
		die "PostgreSQL did not start: $(tail -5 "$dir/server.log" 2>/dev/null)"
	echo "postgres://medrec@127.0.0.1:$port"
	;;
stop) stop ;;
*) die "usage: $0 start|stop" ;;
esac
