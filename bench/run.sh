#!/usr/bin/env bash
# Runs one benchmark of the core pipeline on the public datasets in ../shared/datasets.
#   bench/run.sh quantities | basilQuantities | extraction | metadata | stories | comparison | alignment   [extra args]
#   (grouping, facts and throughput need a running suite: bench/grouping.sh and bench/throughput.sh start one)
# Results and their interpretation: docs/BENCHMARKS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATASETS="${CORROBORATE_DATASETS:-$ROOT/../shared/datasets}"
JAR="$ROOT/bench/target/bench.jar"
if [[ ! -f "$JAR" || -n "$(find "$ROOT" -path '*/src/main/*' -newer "$JAR" -print -quit)" ]]; then
  "$ROOT/mvnw" -B -q -DskipTests -Dquarkus.build.skip=true package -pl bench -am
fi
if [[ ( " $* " == *" --readability "* || " $* " == *" --behind "* ) && ! -d "$ROOT/bench/readability/node_modules" ]]; then
  (cd "$ROOT/bench/readability" && npm ci --no-audit --no-fund --loglevel=error)
fi
name="${1:?usage: bench/run.sh quantities|extraction|metadata|stories|comparison|alignment [args]}"; shift
class="io.corroborate.bench.$(tr '[:lower:]' '[:upper:]' <<< "${name:0:1}")${name:1}Bench"
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -Dcorroborate.alignment="$ROOT/bench/alignment" -Dcorroborate.stories="$ROOT/bench/stories" -Dcorroborate.quantities="$ROOT/bench/quantities" -Dcorroborate.readability="$ROOT/bench/readability" -cp "$JAR" "$class" "$DATASETS" "$@"
