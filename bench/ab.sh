#!/usr/bin/env bash
# Speed of the ingest service's page preparation, two revisions side by side in one JVM (alternating rounds over the
# same WCXB pages, thread CPU time), so that a speed-up is measured against the code it replaces under the same
# machine state. Results and their interpretation: docs/BENCHMARKS.md (WCXB section).
#   bench/ab.sh REV_A [REV_B=the working tree] [PAGES=200] [ROUNDS=8]
# Each revision's bench jar is built offline in a temporary git worktree (the working tree's in place).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATASETS="${CORROBORATE_DATASETS:-$ROOT/../shared/datasets}"
REV_A="${1:?usage: bench/ab.sh REV_A [REV_B] [PAGES] [ROUNDS]}"; REV_B="${2:-}"
WORK="$(mktemp -d /tmp/corroborate-ab.XXXXXX)"
cleanup() {
  for tree in "$WORK"/tree-*; do [[ -d "$tree" ]] && git -C "$ROOT" worktree remove --force "$tree"; done
  rm -rf "$WORK"
}
trap cleanup EXIT
jar_of() { # revision (empty: the working tree) -> path of its bench jar
  if [[ -z "$1" ]]; then
    "$ROOT/mvnw" -B -q -o -DskipTests -Dquarkus.build.skip=true package -pl bench -am -f "$ROOT/pom.xml" >&2
    cp "$ROOT/bench/target/bench.jar" "$WORK/working.jar"; echo "$WORK/working.jar"
  else
    local tree="$WORK/tree-$1"
    git -C "$ROOT" worktree add -q --detach "$tree" "$1"
    (cd "$tree" && ./mvnw -B -q -o -DskipTests -Dquarkus.build.skip=true package -pl bench -am >&2)
    cp "$tree/bench/target/bench.jar" "$WORK/$1.jar"; echo "$WORK/$1.jar"
  fi
}
DRIVER="$(jar_of "")" # the harness itself comes from the working tree
A="$(jar_of "$REV_A")"
if [[ -z "$REV_B" ]]; then B="$DRIVER"; else B="$(jar_of "$REV_B")"; fi
java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$DRIVER" io.corroborate.bench.PreparationAbBench "$DATASETS" "$A" "$B" "${3:-200}" "${4:-8}" \
  2> >(grep -v '^SLF4J' >&2)
