#!/usr/bin/env bash
# Identity resolution at district scale: 1,000,000 stored residents, 50,000 incoming records without ID numbers.
# Usage: bench/identity/run.sh [stored] [incoming]   (from the project root)
set -euo pipefail
cd "$(dirname "$0")/../.."
MAVEN_OPTS="${MAVEN_OPTS:--Xmx8g}" ./mvnw -q -Pidentity-bench test-compile exec:java \
  -Dexec.classpathScope=test -Dexec.mainClass=cn.yibiaotong.hub.identity.IdentityBenchmark \
  -Dexec.args="${1:-1000000} ${2:-50000}"
