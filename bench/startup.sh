#!/usr/bin/env bash
# Start-up time and resident memory of each service started alone (JVM mode), on the default JDK and, when a
# JDK 25 is found, on JDK 25 with and without an AOT cache (JEP 483/514: one training run writes the cache).
# Time = from launching the JVM until /q/health/ready answers 200 (what a Kubernetes readiness probe waits for),
# median of RUNS starts; RSS read once ready, and again after 200 requests to the service's cheapest API read.
#   bench/startup.sh [RUNS=3] [JDK25_HOME=auto]
# Needs the packaged services (./mvnw package -DskipTests) and curl.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
JDK25="${2:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}"
WORK="$(mktemp -d /tmp/corroborate-startup.XXXXXX)"
DB_PORT=15462; TOKEN=startup-token
declare -A PORT=([ingest-service]=18111 [analysis-service]=18112 [gateway]=18110)
declare -A READ=([ingest-service]="/api/v1/articles?size=1" [analysis-service]="/api/v1/stories?size=1"
  [gateway]="/q/health/live")
db=""; svc=""  # svc: set only where start runs in this shell
cleanup() {
  [[ -f "$WORK/pid" ]] && kill "$(cat "$WORK/pid")" 2>/dev/null
  [[ -n "$db" ]] && kill "$db" 2>/dev/null
  wait 2>/dev/null; rm -rf "$WORK"
}
trap cleanup EXIT

java -jar "$ROOT/launcher/target/launcher-0.1.0-SNAPSHOT-cli.jar" db --port "$DB_PORT" --data "$WORK/pgdata" \
  > "$WORK/db.log" 2>&1 &
db=$!
until grep -q '^READY ' "$WORK/db.log" 2>/dev/null; do sleep 0.2; kill -0 "$db" || { cat "$WORK/db.log"; exit 1; }; done
DB_URL="$(sed -n 's/^READY //p' "$WORK/db.log" | head -1)"

# Starts one service with JAVA (and extra options), waits until ready; prints "milliseconds rss_ready_MiB".
start() {
  local name="$1" java="$2"; shift 2
  local port="${PORT[$name]}" t0 t1
  t0=$(date +%s%N)
  env QUARKUS_HTTP_PORT="$port" QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=bench-embedded-trusts-any CORROBORATE_INTERNAL_TOKEN="$TOKEN" CORROBORATE_API_KEYS="k:reader" \
    CORROBORATE_INGEST_URL="http://127.0.0.1:${PORT[ingest-service]}" \
    CORROBORATE_ANALYSIS_URL="http://127.0.0.1:${PORT[analysis-service]}" \
    "$java" -Xmx768m "$@" -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" > "$WORK/$name.log" 2>&1 &
  svc=$!
  echo "$svc" > "$WORK/pid"
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$svc" 2>/dev/null || { tail -20 "$WORK/$name.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(( $(awk '/VmRSS/ {print $2}' "/proc/$svc/status") / 1024 ))"
}
# start runs in a subshell when its output is captured: the pid comes back through a file.
stop() {
  local pid; pid="$(cat "$WORK/pid")"
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  svc=""
}
exercise() {
  local name="$1" i
  for (( i = 0; i < 200; i++ )); do
    curl -fs -o /dev/null -H "X-Corroborate-Internal: $TOKEN" -H "X-API-Key: k" \
      "http://127.0.0.1:${PORT[$name]}${READ[$name]}" || true
  done
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() {
  local label="$1" name="$2" java="$3"; shift 3
  local times=() rss="" rss_used="" r out
  for (( r = 0; r < RUNS; r++ )); do
    out="$(start "$name" "$java" "$@")"
    times+=("${out% *}"); rss="${out#* }"
    if (( r == RUNS - 1 )); then
      exercise "$name"
      rss_used=$(( $(awk '/VmRSS/ {print $2}' "/proc/$(cat "$WORK/pid")/status") / 1024 ))
    fi
    stop
  done
  printf '%-18s %-26s %8s ms %8s MiB %8s MiB\n' "$name" "$label" "$(printf '%s\n' "${times[@]}" | median)" \
    "$rss" "$rss_used"
}

printf '%-18s %-26s %11s %12s %12s\n' service runtime "ready after" "RSS ready" "RSS used"
for name in ingest-service analysis-service gateway; do
  start "$name" java >/dev/null; stop   # first start migrates the schema; not measured
  measure "JDK $(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')" \
    "$name" java
  if [[ -n "$JDK25" && -x "$JDK25/bin/java" ]]; then
    measure "JDK 25" "$name" "$JDK25/bin/java"
    # Training run: start, serve some requests, stop; the JVM writes the cache as it exits.
    start "$name" "$JDK25/bin/java" -XX:AOTCacheOutput="$WORK/$name.aot" >/dev/null
    exercise "$name"; stop
    measure "JDK 25 + AOT cache" "$name" "$JDK25/bin/java" -XX:AOTCache="$WORK/$name.aot"
  fi
done
