#!/usr/bin/env bash
# Soak: a mixed load (steady submissions and reads) through the gateway for SECONDS, with zero errors expected
# and memory that must stay flat after warm-up. Every minute each service's resident memory and its heap in use
# after a full collection (jcmd GC.run, so the figure is the live set, not garbage awaiting collection) are
# printed; the load client prints errors and read latency per minute.
#   bench/soak.sh [SECONDS=600] [SUBMITS_PER_S=20] [READS_PER_S=200]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_TOTAL="${1:-600}"
export CORROBORATE_STATE_DIR="${CORROBORATE_STATE_DIR:-$(mktemp -d /tmp/corroborate-soak.XXXXXX)}"
export CORROBORATE_GATEWAY_PORT=18100 CORROBORATE_INGEST_PORT=18101 CORROBORATE_ANALYSIS_PORT=18102
export CORROBORATE_EMBEDDED_DB_PORT=15452 CORROBORATE_API_KEYS="soak-key:writer"
export CORROBORATE_RATE_LIMIT_PER_SECOND=100000 CORROBORATE_RATE_LIMIT_BURST=100000
command -v jcmd >/dev/null || { echo "soak.sh: needs jcmd (a JDK)" >&2; exit 1; }
load=""
trap '[[ -n "$load" ]] && kill "$load" 2>/dev/null; "$ROOT/corroborate" down >/dev/null' EXIT
"$ROOT/corroborate" up >/dev/null

"$ROOT/bench/run.sh" soak "http://127.0.0.1:$CORROBORATE_GATEWAY_PORT" soak-key "$SECONDS_TOTAL" "${2:-20}" \
  "${3:-200}" &
load=$!

SERVICES=(gateway ingest-service analysis-service)
sample() {
  local line="$1" s pid heap
  for s in "${SERVICES[@]}"; do
    pid="$(cat "$CORROBORATE_STATE_DIR/run/$s.pid")"
    jcmd "$pid" GC.run >/dev/null
    # G1's summary line: "garbage-first heap   total 262144K, used 81234K"
    heap="$(jcmd "$pid" GC.heap_info | awk '/heap +total/ { for (i = 1; i <= NF; i++) if ($i == "used") print int($(i+1)) / 1024 }')"
    line+="$(printf '  %6d %6d' "$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))" "${heap%.*}")"
  done
  echo "$line"
}
echo "memory (MiB)  gateway RSS/heap   ingest RSS/heap   analysis RSS/heap   (heap = in use after a full GC)"
sample "start      "
for (( minute = 1; minute * 60 <= SECONDS_TOTAL; minute++ )); do
  sleep 60
  kill -0 "$load" 2>/dev/null || break
  sample "$(printf 'minute %-4d' "$minute")"
done
status=0
wait "$load" || status=$?
load=""
exit "$status"
