#!/bin/sh
# The service queue's benchmarks (issue 5), printing numbers:
#  1. call -> display latency of the staff console under load: 10 consoles and 20 call displays on loopback while
#     2,000 tickets are issued and called (p50/p99 in ms; target p99 <= 100 ms);
#  2. ticket issue -> printer: the kiosk's real ticket path (SQLite commit, receipt layout, HAL ReceiptPrinter) over
#     a socat pty to the virtual printer (p50/p99 in ms; target p99 <= 50 ms).
# Usage: bench/queue.sh [TICKETS] [PRINTED_TICKETS]   (compiles the modules first; never installs to ~/.m2)
set -eu
cd "$(dirname "$0")/.."
# -am builds hal in the same reactor, so the class path points at this checkout's hal, not a shared SNAPSHOT.
./mvnw -q -am -pl kiosk -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
CP="kiosk/target/test-classes:kiosk/target/classes:kiosk-core/target/test-classes:$(cat kiosk/target/bench.classpath)"
"$JAVA" --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null -cp "$CP" \
    org.xiangli.kiosk.staff.web.QueueLatencyBench "${1:-2000}"
"$JAVA" --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null -cp "$CP" \
    org.xiangli.kiosk.devices.TicketPrintBench "${2:-500}"
