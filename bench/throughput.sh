#!/usr/bin/env bash
# End-to-end throughput: starts the suite with ./corroborate (its own state dir and ports), submits N generated
# fictional articles through the gateway and waits until all are analysed; then stops the suite.
#   bench/throughput.sh [N=2000] [THREADS=4] [BATCH=50]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CORROBORATE_STATE_DIR="${CORROBORATE_STATE_DIR:-$(mktemp -d /tmp/corroborate-bench.XXXXXX)}"
export CORROBORATE_GATEWAY_PORT=18080 CORROBORATE_INGEST_PORT=18081 CORROBORATE_ANALYSIS_PORT=18082
export CORROBORATE_EMBEDDED_DB_PORT=15432
export CORROBORATE_API_KEYS="bench-writer-key:writer"
# The bench key may submit as fast as the machine allows.
export CORROBORATE_RATE_LIMIT_PER_SECOND=100000 CORROBORATE_RATE_LIMIT_BURST=100000
trap '"$ROOT/corroborate" down >/dev/null' EXIT
"$ROOT/corroborate" up >/dev/null
"$ROOT/bench/run.sh" throughput "http://127.0.0.1:$CORROBORATE_GATEWAY_PORT" bench-writer-key "${1:-2000}" \
  "${2:-4}" "${3:-50}"
for service in gateway ingest-service analysis-service; do
  pid="$(cat "$CORROBORATE_STATE_DIR/run/$service.pid")"
  printf '%-18s RSS %s MiB\n' "$service" "$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))"
done
