# Shared shell of the browser checks (source it; bash, set -euo pipefail).
#   need_chromium           installs chromium with apt when it is missing
#   start_api PORT WORK     builds the API (Release) and starts it on 127.0.0.1:PORT with a throwaway
#                           local PostgreSQL in WORK/postgres, waits until /health/ready; sets api_pid
#   stop_pid PID            SIGTERM and wait (the API then stops its PostgreSQL)
#   api_workspace           a throwaway folder in $work, and $api_pid; on exit the API is stopped and
#                           the folder removed

need_chromium() {
  command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
}

start_api() {
  local port=$1 work=$2
  # The local PostgreSQL runs as the postgres OS user when this runs as root: it must enter $work.
  chmod 755 "$work"
  dotnet build -v q -c Release src/ConflictEventsApi >/dev/null
  # No management listener: these checks read no metrics, and several may run side by side.
  LocalDatabase__RootDirectory="$work/postgres" Urls="http://127.0.0.1:$port" Telemetry__ManagementUrl= \
    dotnet run --no-build --no-launch-profile -c Release --project src/ConflictEventsApi >"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 150); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$api_pid" 2>/dev/null || { cat "$work/api.log"; return 1; }
    sleep 0.2
  done
  echo "the API did not become ready on port $port"; cat "$work/api.log"; return 1
}

stop_pid() {
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then kill -TERM "$1"; wait "$1" || true; fi
}

api_workspace() {
  work=$(mktemp -d)
  api_pid=""
  trap 'stop_pid "$api_pid"; rm -rf "$work"' EXIT
}
