#!/bin/sh
# Call -> display latency of the staff console under load (issue 5): 10 consoles and 20 call displays on
# loopback while 2,000 tickets are issued and called. Prints p50/p99 in milliseconds.
# Usage: bench/queue.sh [TICKETS]      (builds the kiosk module's test classes first)
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -pl kiosk -am -DskipTests install
./mvnw -q -pl kiosk test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
exec "$JAVA" --enable-native-access=ALL-UNNAMED \
    -Djava.util.logging.config.file=/dev/null \
    -cp "kiosk/target/test-classes:kiosk/target/classes:$(cat kiosk/target/bench.classpath)" \
    org.xiangli.kiosk.staff.QueueLatencyBench "${1:-2000}"
