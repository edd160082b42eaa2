#!/usr/bin/env bash
# End-to-end throughput: starts the suite with ./corroborate (its own state dir and ports), submits N generated
# fictional articles through the gateway and waits until all are analysed; then stops the suite.
# Also prints the CPU seconds each process spent during the run (so that the cost per article is known even on a
# machine shared with other work), of which its JIT compiler threads, and each service's resident memory at the end.
#   bench/throughput.sh [N=2000] [THREADS=4] [BATCH=50] [generated|real] [WARMUP=0]
# WARMUP > 0: first submits WARMUP other articles of the same kind and waits until they are analysed (the JVMs
# compile their hot code meanwhile), then measures N articles on the warm suite; the CPU seconds count the N only.
# real: BASIL's real-length texts (halves of two articles joined, so none is a near-duplicate) instead of generated
# short articles.
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

TICKS="$(getconf CLK_TCK)"
# CPU ticks of a process, with those of its children that have exited (PostgreSQL's backends).
ticks() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
postmaster() { head -1 "$CORROBORATE_STATE_DIR/pgdata/postmaster.pid" 2>/dev/null || true; }
database_ticks() {
  local main total child
  main="$(postmaster)"; [[ -n "$main" ]] || { echo 0; return; }
  total="$(ticks "$main")"
  for child in $(ps -o pid= --ppid "$main"); do total=$(( total + $(ticks "$child") )); done
  echo "$total"
}
service_pid() { cat "$CORROBORATE_STATE_DIR/run/$1.pid"; }
# CPU ticks of a JVM's JIT compiler threads: still compiling the long tail of its code well after a warm-up of
# thousands of articles, which a native image never does.
jit_ticks() {
  local total=0 t
  for t in /proc/"$1"/task/*; do
    [[ "$(cat "$t/comm" 2>/dev/null)" == C[12]\ CompilerThre* ]] && total=$(( total + $(awk '{ print $14 + $15 }' "$t/stat") ))
  done
  echo "$total"
}
SERVICES=(gateway ingest-service analysis-service)
WARMUP="${5:-0}"
if (( WARMUP > 0 )); then
  echo "warm-up: ${WARMUP} articles"
  "$ROOT/bench/run.sh" throughput "http://127.0.0.1:$CORROBORATE_GATEWAY_PORT" bench-writer-key "$WARMUP" \
    "${2:-4}" "${3:-50}" "http://127.0.0.1:$CORROBORATE_ANALYSIS_PORT/q/metrics" "${4:-generated}" 0 | sed 's/^/  /'
  echo "measured, warm:"
fi
declare -A before
for s in "${SERVICES[@]}"; do
  before[$s]="$(ticks "$(service_pid "$s")")"
  before[$s.jit]="$(jit_ticks "$(service_pid "$s")")"
done
before[database]="$(database_ticks)"

"$ROOT/bench/run.sh" throughput "http://127.0.0.1:$CORROBORATE_GATEWAY_PORT" bench-writer-key "${1:-2000}" \
  "${2:-4}" "${3:-50}" "http://127.0.0.1:$CORROBORATE_ANALYSIS_PORT/q/metrics" "${4:-generated}" "$WARMUP"

after_db="$(database_ticks)"
for s in "${SERVICES[@]}"; do
  pid="$(service_pid "$s")"
  printf '%-18s CPU %6.1f s (JIT compiler threads %5.1f s)   RSS %4d MiB\n' "$s" \
    "$(awk -v a="$(ticks "$pid")" -v b="${before[$s]}" -v t="$TICKS" 'BEGIN { print (a - b) / t }')" \
    "$(awk -v a="$(jit_ticks "$pid")" -v b="${before[$s.jit]}" -v t="$TICKS" 'BEGIN { print (a - b) / t }')" \
    "$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))"
done
printf '%-18s CPU %6.1f s\n' "postgresql" "$(awk -v a="$after_db" -v b="${before[database]}" -v t="$TICKS" 'BEGIN { print (a - b) / t }')"
