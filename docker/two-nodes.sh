#!/usr/bin/env bash
# Two application nodes on one PostgreSQL database behind HAProxy with sticky sessions, as docker/compose.yaml
# deploys them, proven on this machine without Docker (issue 16 item 10). Everything runs on loopback.
#
#   docker/two-nodes.sh            # two minutes of stage work through HAProxy; node a killed with kill -9 mid-load
#   docker/two-nodes.sh outage     # one node, two minutes of load, its database cut for 30 s in the middle
#
# Needs: PostgreSQL (POSTGRES_URL, default jdbc:postgresql://127.0.0.1:5432/postgres; POSTGRES_USER, default
# postgres), HAProxy (Debian: apt-get install haproxy), JDK 17. It builds the production jar (Maven profile
# `production`) unless PP_JAR names one, copies it aside (the benchmark's own Maven run repackages target/), then
# runs bench/TwoNodeKillBench or bench/DatabaseOutageBench, which create a fresh database, start the nodes from
# that jar, print the figures (recorded in docs/benchmarks.md) and drop the database. BENCH_SECONDS shortens the run.
# HAProxy's generated config and each node's log are in a pp-two-nodes-* (or pp-outage-*) folder under $TMPDIR.
# MAVEN_OFFLINE=1 runs Maven offline (-o).
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-kill}"
case "$what" in
  kill) bench=TwoNodeKillBench ;;
  outage) bench=DatabaseOutageBench ;;
  *) echo "usage: $0 [kill|outage]" >&2; exit 2 ;;
esac

export POSTGRES_URL="${POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}"
export POSTGRES_USER="${POSTGRES_USER:-postgres}"
if [ "$what" = kill ] && ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
  echo "HAProxy is not installed: apt-get install haproxy" >&2
  exit 1
fi

offline=()
[ -n "${MAVEN_OFFLINE:-}" ] && offline=(-o)
if [ -z "${PP_JAR:-}" ]; then
  echo "Building the production jar"
  ./mvnw "${offline[@]}" -q -Pproduction package -DskipTests
  PP_JAR="$(mktemp -d)/power-partnership.jar"
  cp target/power-partnership-*.jar "$PP_JAR"
fi
echo "Nodes run $PP_JAR"

./mvnw "${offline[@]}" -q -Pbench verify -Dit.test="$bench" -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dpp.jar="$PP_JAR" -Dbench.seconds="${BENCH_SECONDS:-120}"
