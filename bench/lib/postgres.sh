# A private PostgreSQL 15 for the benchmark: its own data folder (kept between runs, so the scale
# databases are generated once), 127.0.0.1 only, trust authentication (nothing else can reach it),
# run as the postgres OS user when we are root. Sourced by bench/run.

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

pg_as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start <data dir> <port>: initdb when new, then start and wait.
pg_start() {
    local data=$1 port=$2
    if [ ! -s "$data/PG_VERSION" ]; then
        mkdir -p "$data"
        [ "$(id -u)" = 0 ] && chown postgres "$data" && chmod 700 "$data"
        pg_as_owner "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        # Sized for a machine shared with the API and wrk: a buffer cache large enough for the
        # 1M scale, JIT off (it adds tens of ms to the aggregate queries' latency for no gain here).
        cat >> "$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
shared_buffers = '4GB'
effective_cache_size = '12GB'
work_mem = '16MB'
maintenance_work_mem = '1GB'
max_wal_size = '8GB'
checkpoint_timeout = '30min'
synchronous_commit = off
jit = off
CONF
    fi
    pg_as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -o "-p $port" -w -t 60 start >/dev/null
}

pg_stop() {
    local data=$1
    [ -f "$data/postmaster.pid" ] && pg_as_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}
