#!/usr/bin/env bash
# Smoke test of the Kubernetes manifests on one machine, without a cluster, a Docker engine or a registry:
#
#   1. installs podman, runc, buildah, mmdebstrap, jq and yq from Debian (apt-get; needs root);
#   2. builds a Debian "minbase" root filesystem with a jlinked Java 17 runtime (from the local JDK) as the JVM
#      base image, and builds each service's image from its real src/main/docker/Dockerfile.jvm with buildah;
#   3. builds a stand-in PostgreSQL image (Debian's postgresql package; postgres:16 cannot be pulled here) that
#      honours the same POSTGRES_* variables and runs k8s/base/postgres-init/10-app-role.sh;
#   4. renders k8s/overlays/jvm, turns it into something `podman kube play` runs on the host's loopback (one
#      replica each, host network, peer names -> 127.0.0.1, Secret and ConfigMap values resolved, no resource
#      limits or probes), and plays it;
#   5. drives one article through the gateway: POST /api/v1/articles, poll GET /api/v1/articles/{id} until
#      ANALYZED, GET /api/v1/stories/{storyId}/comparison.
#
# Needs the services packaged first:   ./mvnw -DskipTests package
# Run as root:                          bash k8s/smoke.sh
# Ports 8080, 8081, 8082 and $SMOKE_PG_PORT (default 55433, so a system PostgreSQL on 5432 can keep running) on
# 127.0.0.1 must be free; nothing already listening there is stopped. Everything podman stores goes under
# $CORROBORATE_SMOKE_DIR (default target/k8s-smoke); the pods are removed at the end unless KEEP=1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${CORROBORATE_SMOKE_DIR:-$ROOT/target/k8s-smoke}
SERVICES=(gateway ingest-service analysis-service)
PG_PORT=${SMOKE_PG_PORT:-55433}
PORTS=(8080 8081 8082 "$PG_PORT")
TAG=smoke
API_KEY=smoke-writer-key
JVM_BASE=localhost/corroborate/smoke-jvm-base:$TAG
PG_IMAGE=localhost/corroborate/smoke-postgres:$TAG
SAMPLE=$ROOT/samples/01-harbor-times.json
READY_TIMEOUT=${READY_TIMEOUT:-240}
ANALYZE_TIMEOUT=${ANALYZE_TIMEOUT:-120}

log() { printf '\n==> [%ss] %s\n' "$SECONDS" "$*"; }
die() { printf 'smoke: %s\n' "$*" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

preflight() {
    [ "$(id -u)" = 0 ] || die "run as root (apt-get, rootful podman)"
    command -v kubectl >/dev/null || die "kubectl is needed to render the overlay"
    for s in "${SERVICES[@]}"; do
        [ -f "$ROOT/$s/target/quarkus-app/quarkus-run.jar" ] \
            || die "$s is not packaged: run ./mvnw -DskipTests package first"
    done
    for p in "${PORTS[@]}"; do
        if port_in_use "$p"; then
            die "port $p on 127.0.0.1 is in use (stop ./corroborate or whatever listens there; for PostgreSQL pick another with SMOKE_PG_PORT)"
        fi
    done
    [ -f "$SAMPLE" ] || die "missing $SAMPLE"
}

# Only what is missing: `apt-get install` of an installed package would upgrade it (e.g. the machine's own JDK).
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q ' installed$'; }

install_tools() {
    log "Installing podman, runc, buildah, mmdebstrap, jq, yq from Debian"
    local p missing=()
    for p in podman runc buildah mmdebstrap catatonit conmon jq yq curl ca-certificates openjdk-17-jdk-headless; do
        installed "$p" || missing+=("$p")
    done
    # Debian 12 ships the jmods (which jlink needs) in openjdk-17-jdk-headless; later releases split them out.
    if [ ! -d "$(java17_home)/jmods" ]; then missing+=(openjdk-17-jmods); fi
    if [ "${#missing[@]}" = 0 ]; then echo "all installed"; return; fi
    echo "installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The Java 17 JDK whose jmods become the images' runtime (not whatever `javac` happens to be on the PATH).
java17_home() {
    local h=/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)
    if [ -x "$h/bin/jlink" ]; then echo "$h"; else dirname "$(dirname "$(readlink -f "$(command -v javac)")")"; fi
}

# Podman and buildah read these instead of the system files: runc (crun fails on this machine), limits the
# sandbox allows, and storage of their own (vfs works inside another container, where overlay often does not).
configure_podman() {
    mkdir -p "$WORK/storage" "$WORK/runroot" "$WORK/tmp"
    cat > "$WORK/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=16384:16384", "nproc=4096:4096"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
    cat > "$WORK/storage.conf" <<EOF
[storage]
driver = "vfs"
graphroot = "$WORK/storage"
runroot = "$WORK/runroot"
EOF
    cat > "$WORK/registries.conf" <<EOF
unqualified-search-registries = []
EOF
    export CONTAINERS_CONF="$WORK/containers.conf"
    export CONTAINERS_STORAGE_CONF="$WORK/storage.conf"
    export CONTAINERS_REGISTRIES_CONF="$WORK/registries.conf"
    export TMPDIR="$WORK/tmp"
}

image_exists() { podman image exists "$1"; }

# A root filesystem from Debian's own packages, with the same sources and apt settings as this machine.
debian_rootfs() {
    local out=$1; shift
    local sources=/etc/apt/sources.list.d/debian.sources
    [ -f "$sources" ] || sources=/etc/apt/sources.list
    mmdebstrap --variant=minbase --aptopt='Acquire::Check-Valid-Until "false"' "$@" bookworm "$out" "$sources"
}

build_jvm_base() {
    if image_exists "$JVM_BASE"; then return; fi
    log "Building the JVM base image (Debian minbase + jlinked Java 17)"
    local java_home
    java_home=$(java17_home)
    [ -d "$java_home/jmods" ] || die "no jmods in $java_home (apt-get install openjdk-17-jmods)"
    rm -rf "$WORK/jre"
    # All modules: the services load some reflectively (JDBC, JMX, naming), so a jdeps-trimmed set is fragile.
    "$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules ALL-MODULE-PATH \
        --strip-debug --no-header-files --no-man-pages --compress=2 --output "$WORK/jre"
    debian_rootfs "$WORK/jvm-base.tar" --include=ca-certificates,tzdata \
        --customize-hook='echo "jboss:x:185:0:Java application:/deployments:/usr/sbin/nologin" >> "$1/etc/passwd"' \
        --customize-hook='mkdir -p "$1/deployments" && chown 185:0 "$1/deployments" && chmod 0775 "$1/deployments"' \
        --customize-hook='chmod 1777 "$1/tmp"'
    # The launcher path of the UBI OpenJDK images, so the services' Dockerfile.jvm builds unchanged on this base.
    mkdir -p "$WORK/launcher"
    cat > "$WORK/launcher/run-java.sh" <<'EOF'
#!/bin/sh
# Stand-in for the UBI images' run-java.sh: honours JAVA_OPTS, JAVA_OPTS_APPEND and JAVA_APP_JAR.
exec /opt/java/bin/java -XX:MaxRAMPercentage=75 ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} \
    -jar "${JAVA_APP_JAR:-/deployments/quarkus-run.jar}" "$@"
EOF
    chmod 0755 "$WORK/launcher/run-java.sh"
    local ctr
    ctr=$(buildah from scratch)
    buildah add "$ctr" "$WORK/jvm-base.tar" /
    buildah copy "$ctr" "$WORK/jre" /opt/java
    buildah copy --chmod 0755 "$ctr" "$WORK/launcher/run-java.sh" /opt/jboss/container/java/run/run-java.sh
    buildah config --env JAVA_HOME=/opt/java --env PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        --env LANG=C.UTF-8 --workingdir /deployments --user 185 "$ctr"
    buildah commit --rm "$ctr" "$JVM_BASE"
}

build_service_images() {
    for s in "${SERVICES[@]}"; do
        log "Building localhost/corroborate/$s:$TAG from $s/src/main/docker/Dockerfile.jvm"
        buildah bud --pull=never --isolation=chroot --build-arg "BASE_IMAGE=$JVM_BASE" \
            -f "$ROOT/$s/src/main/docker/Dockerfile.jvm" -t "localhost/corroborate/$s:$TAG" "$ROOT/$s"
    done
    # The previous run's service images, now untagged: a few hundred MB each on vfs.
    podman image prune -f >/dev/null
}

build_postgres() {
    if image_exists "$PG_IMAGE"; then return; fi
    log "Building the stand-in PostgreSQL image (Debian postgresql)"
    debian_rootfs "$WORK/postgres.tar" --include=postgresql,ca-certificates
    mkdir -p "$WORK/pg"
    cat > "$WORK/pg/entrypoint.sh" <<'EOF'
#!/bin/bash
# Stand-in for the postgres image's entrypoint: the same POSTGRES_* variables and init scripts.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA=${PGDATA:-/var/lib/postgresql/data/pgdata}
mkdir -p "$PGDATA" /var/run/postgresql
chown -R postgres:postgres "$(dirname "$PGDATA")" /var/run/postgresql
chmod 0700 "$PGDATA"
as_pg() { runuser -u postgres -- "$@"; }
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    pwfile=$(mktemp)
    printf '%s' "$POSTGRES_PASSWORD" > "$pwfile"
    chown postgres "$pwfile"
    as_pg "$PGBIN/initdb" -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8
    rm -f "$pwfile"
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -o "-c listen_addresses='' -c unix_socket_directories=/var/run/postgresql" -w start
    as_pg psql -v ON_ERROR_STOP=1 -h /var/run/postgresql -U "$POSTGRES_USER" -d postgres \
        -c "CREATE DATABASE \"$POSTGRES_DB\""
    for f in /docker-entrypoint-initdb.d/*.sh; do
        [ -e "$f" ] && as_pg bash "$f"
    done
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop
fi
exec runuser -u postgres -- "$PGBIN/postgres" -D "$PGDATA" -p "${PGPORT:-5432}" -c listen_addresses=127.0.0.1 \
    -c unix_socket_directories=/var/run/postgresql
EOF
    chmod 0755 "$WORK/pg/entrypoint.sh"
    local ctr
    ctr=$(buildah from scratch)
    buildah add "$ctr" "$WORK/postgres.tar" /
    buildah copy --chmod 0755 "$ctr" "$WORK/pg/entrypoint.sh" /usr/local/bin/smoke-postgres
    buildah copy --chmod 0755 "$ctr" "$ROOT/k8s/base/postgres-init/10-app-role.sh" /docker-entrypoint-initdb.d/10-app-role.sh
    buildah config --env LANG=C.UTF-8 --entrypoint '["/usr/local/bin/smoke-postgres"]' "$ctr"
    buildah commit --rm "$ctr" "$PG_IMAGE"
}

# The JVM overlay as podman 4.3 can play it on loopback. What changes, and why:
# - StatefulSet -> Deployment with an emptyDir for data (kube play knows neither StatefulSets nor PVC templates);
# - one replica, hostNetwork, and every in-cluster name (gateway, ingest-service, analysis-service, postgres)
#   in a URL becomes 127.0.0.1: there is no cluster DNS;
# - Secret and ConfigMap references become literal values (podman 4.3 cannot read back a Secret it was given);
#   the API keys become a known smoke key, and the placeholder secrets ("CHANGE-ME-...") smoke values, as a user
#   creates real ones before deploying (the services refuse to start with a placeholder);
# - no container ports (podman 4.3 rejects port mappings with hostNetwork);
# - no resources (cgroup limits may not be settable in a nested container) and no probes (podman turns them into
#   systemd-timed healthchecks); this script polls /q/health/ready itself;
# - the services listen on 127.0.0.1 only (JAVA_OPTS_APPEND), since they share the host's network;
# - the stand-in PostgreSQL runs as root to chown its volumes before dropping to the postgres user, and listens on
#   $PG_PORT (PGPORT, which the server, pg_ctl and psql all honour) rather than 5432, which the host's own
#   PostgreSQL may hold; the services' JDBC URLs are rewritten to that port.
render_for_podman() {
    log "Rendering k8s/overlays/jvm for podman kube play"
    kubectl kustomize "$ROOT/k8s/overlays/jvm" > "$WORK/rendered.yaml"
    yq -c '.' "$WORK/rendered.yaml" | jq -s -c --arg keys "$API_KEY:writer" --arg tag "$TAG" --arg pg "$PG_IMAGE" --arg pgport "$PG_PORT" \
        --arg javaopts "-Dquarkus.http.host=127.0.0.1 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" '
      def hostify: if type == "string"
        then gsub("//postgres(?<d>\\.[a-z0-9.-]*)?:[0-9]+"; "//127.0.0.1:" + $pgport)
          | gsub("//(?<h>gateway|ingest-service|analysis-service)(?<d>\\.[a-z0-9.-]*)?:"; "//127.0.0.1:")
        else . end;
      (map(select(.kind == "Secret"))
        | map({key: .metadata.name, value: ((.stringData // {}) + ((.data // {}) | map_values(@base64d)))})
        | from_entries) as $secrets
      | (map(select(.kind == "ConfigMap")) | map({key: .metadata.name, value: (.data // {})}) | from_entries) as $configs
      | def resolve:
          (if .valueFrom == null then {name, value}
           elif .valueFrom.secretKeyRef then {name, value: $secrets[.valueFrom.secretKeyRef.name][.valueFrom.secretKeyRef.key]}
           elif .valueFrom.configMapKeyRef then {name, value: $configs[.valueFrom.configMapKeyRef.name][.valueFrom.configMapKeyRef.key]}
           else error("unsupported valueFrom for " + .name) end)
          | if .value == null then error("no value for " + .name) else . end
          | .value |= hostify
          | .value |= (if type == "string" then gsub("CHANGE-ME"; "smoke") else . end)
          | if .name == "CORROBORATE_API_KEYS" then .value = $keys else . end;
      map(select(.kind == "Deployment" or .kind == "StatefulSet"))
      | map(
          .metadata.name as $n
          | {apiVersion: "apps/v1", kind: "Deployment",
             metadata: {name: .metadata.name, labels: .metadata.labels},
             spec: {replicas: 1, selector: .spec.selector, template: .spec.template}}
          | .spec.template.spec.hostNetwork = true
          | .spec.template.spec |= del(.topologySpreadConstraints)
          | .spec.template.spec.containers |= map(
              (.image | test("(^|/)corroborate/")) as $service
              # No ports either: podman refuses port mappings on the host network (the container ports are the
              # same as the host ports anyway).
              | del(.resources, .startupProbe, .readinessProbe, .livenessProbe, .ports)
              | .imagePullPolicy = "Never"
              | .image |= (if $service
                  then "localhost/corroborate/" + capture("corroborate/(?<s>[a-z0-9-]+)").s + ":" + $tag
                  else $pg end)
              | .env |= map(resolve)
              # On the host network, listen on loopback only (the image says 0.0.0.0, right for a pod).
              | if $service then .env += [{name: "JAVA_OPTS_APPEND", value: $javaopts}] else . end)
          | if $n == "postgres" then
              .spec.template.spec |= (del(.securityContext)
                | .volumes = ((.volumes // []) | map(select(.name != "init"))) + [{name: "data", emptyDir: {}}])
              | .spec.template.spec.containers |= map(del(.securityContext)
                | .volumeMounts |= map(select(.name != "init"))
                | .env += [{name: "PGPORT", value: $pgport}])
            else . end)
      | sort_by(if .metadata.name == "postgres" then 0 else 1 end)
      | .[]' | awk 'NR > 1 { print "---" } { print }' > "$WORK/play.yaml"
    grep -q '"name":"gateway"' "$WORK/play.yaml" || die "the transformed manifests have no gateway"
    if grep -Eq '//(postgres|gateway|ingest-service|analysis-service)[.:/]|127\.0\.0\.1:5432' "$WORK/play.yaml"; then
        die "the transformed manifests still name a cluster host or port 5432: $WORK/play.yaml"
    fi
}

dump_logs() {
    for c in $(podman ps -a --format '{{.Names}}' 2>/dev/null | grep -v -- '-infra$' || true); do
        printf '\n----- logs of %s (last 80 lines)\n' "$c"
        podman logs --tail 80 "$c" 2>&1 || true
    done
}

teardown() {
    local rc=$?
    if [ "$rc" != 0 ] && [ -f "$WORK/play.yaml" ]; then dump_logs; fi
    if [ "${KEEP:-0}" = 1 ]; then
        echo "KEEP=1: pods left running; remove with: CONTAINERS_CONF=$WORK/containers.conf CONTAINERS_STORAGE_CONF=$WORK/storage.conf podman kube down $WORK/play.yaml"
    elif [ -f "$WORK/play.yaml" ]; then
        podman kube down "$WORK/play.yaml" >/dev/null 2>&1 || true
    fi
    exit "$rc"
}

wait_ready() {
    local name=$1 port=$2 deadline=$((SECONDS + READY_TIMEOUT))
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
        [ "$SECONDS" -lt "$deadline" ] || die "$name is not ready on port $port after ${READY_TIMEOUT}s"
        sleep 2
    done
    echo "$name ready on 127.0.0.1:$port"
}

play() {
    log "Playing the manifests"
    podman kube play "$WORK/play.yaml"
    local deadline=$((SECONDS + 120))
    until port_in_use "$PG_PORT"; do
        [ "$SECONDS" -lt "$deadline" ] || die "PostgreSQL did not start"
        sleep 2
    done
    wait_ready analysis-service 8082
    wait_ready ingest-service 8081
    wait_ready gateway 8080
}

drive_article() {
    log "Submitting $(basename "$SAMPLE") through the gateway"
    local receipt id article status story deadline=$((SECONDS + ANALYZE_TIMEOUT))
    receipt=$(curl -fsS -X POST http://127.0.0.1:8080/api/v1/articles \
        -H "X-API-Key: $API_KEY" -H 'Content-Type: application/json' --data-binary "@$SAMPLE")
    id=$(jq -er '.id' <<<"$receipt") || die "no article id in: $receipt"
    echo "article $id"
    while :; do
        article=$(curl -fsS -H "X-API-Key: $API_KEY" "http://127.0.0.1:8080/api/v1/articles/$id")
        status=$(jq -r '.status' <<<"$article")
        case "$status" in
            ANALYZED) break ;;
            FAILED) die "analysis failed: $(jq -r '.failureReason' <<<"$article")" ;;
        esac
        [ "$SECONDS" -lt "$deadline" ] || die "article still $status after ${ANALYZE_TIMEOUT}s"
        sleep 1
    done
    story=$(jq -er '.storyId' <<<"$article") || die "ANALYZED without a story: $article"
    echo "ANALYZED in story $story"
    curl -fsS -H "X-API-Key: $API_KEY" "http://127.0.0.1:8080/api/v1/stories/$story/comparison" \
        > "$WORK/comparison.json"
    jq -e 'type == "object"' "$WORK/comparison.json" >/dev/null || die "the comparison is not a JSON object"
    echo "comparison: $(wc -c < "$WORK/comparison.json") bytes in $WORK/comparison.json"
}

main() {
    preflight
    install_tools
    mkdir -p "$WORK"
    configure_podman
    build_jvm_base
    build_service_images
    build_postgres
    render_for_podman
    trap teardown EXIT
    play
    drive_article
    log "Smoke test passed"
}

main "$@"
