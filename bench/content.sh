#!/usr/bin/env bash
# Content benchmark (issue 4): build, verify and apply a 10,000-item bundle made from the shuffled seed documents,
# then search latency p50/p99 for 1-, 2-, 4-character and pinyin-initial queries against a plain LIKE scan.
# Usage: bench/content.sh [ITEMS]   (needs ../shared/seed-documents beside the repository)
# BENCH_JVM_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" measures with the kiosk launcher's JIT and GC flags.
set -euo pipefail
cd "$(dirname "$0")/.."
items="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# No install: the reactor (-am) puts this checkout's hal/target/classes on the class path, not a shared SNAPSHOT.
./mvnw -q -am -pl kiosk test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
java_bin="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -x "$java_bin" ] || java_bin=java
"$java_bin" ${BENCH_JVM_FLAGS:-} --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null \
  -cp "kiosk/target/test-classes:kiosk/target/classes:$(cat "$work/cp.txt")" \
  org.xiangli.kiosk.content.ContentBenchmark "$work" "$items"
