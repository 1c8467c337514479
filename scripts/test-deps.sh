#!/usr/bin/env bash
# What `make test` needs beyond Go and Node, on Debian: installed or started when absent, skipped when present.
#
#   Chromium (+ fonts-dejavu-core)  the browser tests; CHROMIUM overrides /usr/bin/chromium (then it is not installed)
#   snmpd (+ snmp)                  the SNMP tests run a private agent
#   redis-server                    the Redis tests run private servers; one is also started on TEST_REDIS_ADDR
#                                   (default 127.0.0.1:6379) when nothing answers there
#   MariaDB                         on TEST_MYSQL_ADDR (default root@127.0.0.1:3306, as the tests read it), root without
#                                   a password: when nothing answers, Debian's server is started (default port only),
#                                   else a private one (datadir under TEST_DEPS_DIR) on that port
#
# Packages come from apt (as root, or through sudo). Servers this script starts keep running after the tests;
# `scripts/test-deps.sh stop` stops the private ones it started (their pid files are under TEST_DEPS_DIR).
set -euo pipefail

MYSQL_ADDR=${TEST_MYSQL_ADDR:-root@127.0.0.1:3306}
REDIS_ADDR=${TEST_REDIS_ADDR:-127.0.0.1:6379}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
STATE=${TEST_DEPS_DIR:-${TMPDIR:-/tmp}/panicbutton-test-deps}
MARIADBD=/usr/sbin/mariadbd
SNMPD=/usr/sbin/snmpd
DEJAVU=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

say() { echo "test-deps: $*"; }
die() { echo "test-deps: $*" >&2; exit 1; }

mysql_user=${MYSQL_ADDR%%@*}
mysql_hostport=${MYSQL_ADDR#*@}
mysql_host=${mysql_hostport%:*}
mysql_port=${mysql_hostport##*:}
redis_host=${REDIS_ADDR%:*}
redis_port=${REDIS_ADDR##*:}
is_local() { [ "$1" = 127.0.0.1 ] || [ "$1" = localhost ]; }

if [ "${1:-}" = stop ]; then
  for pidfile in "$STATE"/*.pid; do
    [ -e "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if kill "$pid" 2>/dev/null; then say "stopped $(basename "$pidfile" .pid) (pid $pid)"; fi
    rm -f "$pidfile"
  done
  exit 0
fi

# as_root runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root to run '$*' and sudo is not installed: run it as root, or install what is listed above yourself"
  fi
}

answers() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
mysql_ok() {
  command -v mariadb >/dev/null &&
    mariadb --no-defaults -u"$mysql_user" -h"$mysql_host" -P"$mysql_port" --connect-timeout=2 -e 'SELECT 1' >/dev/null 2>&1
}

# --- packages -------------------------------------------------------------------------------------------------
need=()
if [ ! -x "$CHROMIUM" ]; then
  [ "$CHROMIUM" = /usr/bin/chromium ] || die "CHROMIUM=$CHROMIUM is not an executable"
  need+=(chromium)
fi
[ -e "$DEJAVU" ] || need+=(fonts-dejavu-core)
[ -x "$SNMPD" ] || need+=(snmpd snmp)
command -v redis-server >/dev/null || need+=(redis-server)
if is_local "$mysql_host" && ! answers "$mysql_host" "$mysql_port"; then
  [ -x "$MARIADBD" ] || need+=(mariadb-server)
fi
command -v mariadb >/dev/null || need+=(mariadb-client)

if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  command -v apt-get >/dev/null || die "apt-get not found (not Debian?): install ${need[*]} yourself"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

mkdir -p "$STATE"

# --- MariaDB --------------------------------------------------------------------------------------------------
wait_mysql() { for _ in $(seq 1 60); do mysql_ok && return 0; sleep 0.5; done; return 1; }

if ! mysql_ok; then
  is_local "$mysql_host" || die "MariaDB does not let $mysql_user in at $mysql_hostport (TEST_MYSQL_ADDR) and is not local"
  if answers "$mysql_host" "$mysql_port"; then
    die "something answers on $mysql_hostport but does not let $mysql_user in without a password: grant that" \
      "(root without a password, as CI machines have) or point TEST_MYSQL_ADDR at another server"
  fi
  if [ "$mysql_port" = 3306 ] && [ -d /var/lib/mysql/mysql ]; then
    # Debian's server with its own configuration and data.
    say "starting Debian's MariaDB"
    as_root install -d -o mysql -g mysql /run/mysqld 2>/dev/null || true
    as_root start-stop-daemon --start --oknodo --background --make-pidfile --pidfile /run/pb-test-deps-mariadbd.pid \
      --exec "$MARIADBD" || true
    if ! wait_mysql && answers "$mysql_host" "$mysql_port"; then
      # It runs but refuses root without a password (Debian's default unix_socket root): stop the server we
      # started, and use a private one instead.
      say "Debian's MariaDB refuses $mysql_user without a password; stopping it, using a private server instead"
      as_root start-stop-daemon --stop --oknodo --pidfile /run/pb-test-deps-mariadbd.pid --retry 30 >/dev/null || true
    fi
  fi
fi
if ! mysql_ok; then
  # A private data directory, root without a password, on the wanted port; runs as the current user.
  d="$STATE/mariadb-$mysql_port"
  say "starting a private MariaDB on $mysql_hostport (datadir $d)"
  rm -rf "$d" && mkdir -p "$d"
  mariadb-install-db --no-defaults --datadir="$d/data" --user="$(id -un)" --auth-root-authentication-method=normal \
    --skip-test-db >"$d/install.log" 2>&1 || { cat "$d/install.log" >&2; die "mariadb-install-db failed"; }
  setsid "$MARIADBD" --no-defaults --datadir="$d/data" --user="$(id -un)" --bind-address=127.0.0.1 --port="$mysql_port" \
    --socket="$d/mysqld.sock" --pid-file="$STATE/mariadb-$mysql_port.pid" --skip-log-bin >"$d/log" 2>&1 </dev/null &
  disown
  wait_mysql || { tail -20 "$d/log" >&2; die "the private MariaDB did not answer on $mysql_hostport"; }
fi

# --- Redis ----------------------------------------------------------------------------------------------------
if ! answers "$redis_host" "$redis_port"; then
  is_local "$redis_host" || die "nothing answers at $REDIS_ADDR (TEST_REDIS_ADDR) and it is not local"
  say "starting redis-server on $REDIS_ADDR"
  redis-server --daemonize yes --bind "$redis_host" --port "$redis_port" --save "" --appendonly no \
    --dir "$STATE" --pidfile "$STATE/redis-$redis_port.pid" --logfile "$STATE/redis-$redis_port.log"
  for _ in $(seq 1 50); do answers "$redis_host" "$redis_port" && break; sleep 0.1; done
  answers "$redis_host" "$redis_port" || die "redis-server did not answer on $REDIS_ADDR (log: $STATE/redis-$redis_port.log)"
fi
