#!/usr/bin/env bash
# Identity resolution at district scale (bench/IDENTITY.md), from the project root:
#   bench/identity/run.sh [stored] [incoming]              in-memory matcher (Resolver, CandidateIndex)
#   bench/identity/run.sh db [stored] [incoming] [h2,postgres]
#                                                          the hub's database-backed path (IngestResolver over
#                                                          identity_features and its key columns), H2 file and
#                                                          embedded PostgreSQL, kept under target/identity-bench
# The compiled classes are copied to target/identity-bench/classes first, so a build in the same folder during a
# long run does not pull them away. JAVA_OPTS (default -Xmx8g) goes to the benchmark's JVM, e.g. a JFR recording:
#   JAVA_OPTS="-Xmx8g -XX:StartFlightRecording=filename=target/identity-bench/db.jfr" bench/identity/run.sh db
set -euo pipefail
cd "$(dirname "$0")/../.."
main=cn.yibiaotong.hub.identity.IdentityBenchmark
if [ "${1:-}" = db ]; then
  shift
  main=cn.yibiaotong.hub.identity.StoredIdentityBenchmark
  args=("${1:-1000000}" "${2:-50000}" "${3:-h2,postgres}")
else
  args=("${1:-1000000}" "${2:-50000}")
fi
out=target/identity-bench
mkdir -p "$out"
./mvnw -q -Pidentity-bench test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/classpath.txt"
rm -rf "$out/classes" && mkdir -p "$out/classes"
cp -r target/classes "$out/classes/main" && cp -r target/test-classes "$out/classes/test"
exec java ${JAVA_OPTS:--Xmx8g} -cp "$out/classes/test:$out/classes/main:$(cat "$out/classpath.txt")" "$main" "${args[@]}"
