#!/usr/bin/env bash
# Gateway read latency at a fixed request rate: starts the suite (own ports and state), loads the sample
# articles, warms all three reads up, then runs wrk against story list, comparison and article reads. Each of C connections waits
# 1000*C/RATE ms between requests (wrk's Lua delay), so the offered rate is about RATE requests/s.
#   bench/latency.sh [RATE=500] [SECONDS=30] [CONNECTIONS=50] [ARTICLES=0]
# ARTICLES > 0 first loads that many generated articles (bench/throughput's corpus), so that the reads run against
# a database with thousands of articles and stories rather than the seven samples alone.
# Needs wrk (Debian package). Latencies are wrk's: time from sending a request to its response.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RATE="${1:-500}"; DURATION="${2:-30}"; CONNECTIONS="${3:-50}"; ARTICLES="${4:-0}"
command -v wrk >/dev/null || { echo "latency.sh: install wrk (apt-get install wrk)" >&2; exit 1; }
export CORROBORATE_STATE_DIR="${CORROBORATE_STATE_DIR:-$(mktemp -d /tmp/corroborate-latency.XXXXXX)}"
export CORROBORATE_GATEWAY_PORT=18090 CORROBORATE_INGEST_PORT=18091 CORROBORATE_ANALYSIS_PORT=18092
export CORROBORATE_EMBEDDED_DB_PORT=15442 CORROBORATE_API_KEYS="latency-key:writer"
export CORROBORATE_RATE_LIMIT_PER_SECOND=100000 CORROBORATE_RATE_LIMIT_BURST=100000
trap '"$ROOT/corroborate" down >/dev/null' EXIT
GW="http://127.0.0.1:$CORROBORATE_GATEWAY_PORT"
"$ROOT/corroborate" demo >/dev/null
if (( ARTICLES > 0 )); then
  "$ROOT/bench/run.sh" throughput "$GW" latency-key "$ARTICLES" 4 50 \
    "http://127.0.0.1:$CORROBORATE_ANALYSIS_PORT/q/metrics" >/dev/null
fi
story=$(curl -fsS -H "X-API-Key: latency-key" "$GW/api/v1/stories?size=1" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
article=$(curl -fsS -H "X-API-Key: latency-key" "$GW/api/v1/articles?size=1" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
script=$(mktemp /tmp/latency.XXXXXX.lua)
cat > "$script" <<LUA
wrk.headers["X-API-Key"] = "latency-key"
function delay() return $(( 1000 * CONNECTIONS / RATE )) end
LUA
paths=("/api/v1/stories" "/api/v1/stories/$story/comparison" "/api/v1/articles/$article")
# Warm-up of all three first (the JIT compiles the shared request path), then the measured runs.
for path in "${paths[@]}"; do wrk -t2 -c"$CONNECTIONS" -d10s -s "$script" "$GW$path" >/dev/null; done
for path in "${paths[@]}"; do
  echo "== GET $path at ~$RATE req/s for ${DURATION}s ($CONNECTIONS connections)"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$GW$path" \
    | grep -E 'Latency  |50%|90%|99%|Requests/sec|Non-2xx|Socket errors'
done
rm -f "$script"
