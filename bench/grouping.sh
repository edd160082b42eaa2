#!/usr/bin/env bash
# Story grouping through the service's own code path: for each mode, starts a fresh suite with ./corroborate (its
# own state dir and ports), submits BASIL's 300 articles through the gateway and scores the stories it formed.
#   bench/grouping.sh [MODE ...]   (modes: order shuffled batches headline mixed; default all five)
#   Other modes: short, local-<set> (bench/stories/local-news-<set>.json), alignment-<set>[+<set>...] (fictional
#   alignment sets, several in one suite), alignment-shuffled-<set>[+<set>...] (the same in a random order),
#   facts-<set>[+<set>...] and facts-shuffled-<set>[+<set>...] (the same articles, and the facts each story's comparison
#   gives scored against the annotated alignment sets: bench/run.sh facts).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATASETS="${CORROBORATE_DATASETS:-$ROOT/../shared/datasets}"
export CORROBORATE_GATEWAY_PORT=18180 CORROBORATE_INGEST_PORT=18181 CORROBORATE_ANALYSIS_PORT=18182
export CORROBORATE_EMBEDDED_DB_PORT=15532
export CORROBORATE_API_KEYS="bench-writer-key:writer"
export CORROBORATE_RATE_LIMIT_PER_SECOND=100000 CORROBORATE_RATE_LIMIT_BURST=100000
modes=("$@"); [[ ${#modes[@]} -gt 0 ]] || modes=(order shuffled batches headline mixed)
for mode in "${modes[@]}"; do
  export CORROBORATE_STATE_DIR="$(mktemp -d /tmp/corroborate-grouping.XXXXXX)"
  trap '"$ROOT/corroborate" down >/dev/null' EXIT
  "$ROOT/corroborate" up >/dev/null
  if [[ "$mode" == facts-* ]]; then
    sets="${mode#facts-}"; order=()
    [[ "$sets" == shuffled-* ]] && { sets="${sets#shuffled-}"; order=(--shuffled); }
    "$ROOT/bench/run.sh" facts "http://127.0.0.1:$CORROBORATE_GATEWAY_PORT" bench-writer-key "$sets" \
      "http://127.0.0.1:$CORROBORATE_ANALYSIS_PORT/q/metrics" ${order[@]+"${order[@]}"}
  else
    "$ROOT/bench/run.sh" grouping "http://127.0.0.1:$CORROBORATE_GATEWAY_PORT" bench-writer-key "$mode" \
      "http://127.0.0.1:$CORROBORATE_ANALYSIS_PORT/q/metrics"
  fi
  "$ROOT/corroborate" down >/dev/null
  rm -rf "$CORROBORATE_STATE_DIR"
done
