#!/bin/sh
# The fleet benchmark (issue 16), printing numbers: a real Mosquitto (the config county.jar broker-config writes,
# with passwords and the ACL), the county hub (county.jar serve) in its own JVM and N simulated kiosks (county.jar
# simulate: the kiosk's fleet client, one MQTT connection each, all in one JVM) reporting every 10 s:
#  - telemetry ingest rate and the delay from a kiosk's report to the dashboard's API (p50/p99; target p99 <= 1 s
#    at 1,000 kiosks);
#  - the hub's resident memory;
#  - after the simulator is killed (the broker drops every connection and sends the last wills): the time until the
#    dashboard shows every kiosk offline.
# Usage: bench/fleet.sh [KIOSKS] [SECONDS]   (builds county.jar first; never installs to ~/.m2)
#        HUB_JAVA_OPTS="-Xmx128m" bench/fleet.sh   runs the hub with those JVM options
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -am -pl county -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
# A thousand connections: the broker and the simulator each need a file descriptor per kiosk.
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
CP="county/target/test-classes:county/target/classes:$(cat county/target/bench.classpath)"
"$JAVA" --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null -cp "$CP" org.xiangli.county.bench.FleetBench \
    "${1:-1000}" "${2:-60}" county/target/county.jar
