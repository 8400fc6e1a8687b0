#!/bin/sh
# Payments benchmark (not a test): build and import a signed ledger of PEOPLE x RECORDS fictional records, then
# time card lookups in the local store (target p99 <= 20 ms).
# Usage: bench/payments.sh [PEOPLE [RECORDS [LOOKUPS]]]   (from the repository root; defaults 100000 20 5000)
set -eu
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
./mvnw -q -pl kiosk -am -DskipTests install
./mvnw -q -pl kiosk dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec "$JAVA" -Xmx3g --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null \
    -cp "kiosk/target/classes:kiosk/target/test-classes:$(cat kiosk/target/bench.classpath)" \
    org.xiangli.kiosk.payments.bench.PaymentsBenchmark "$@"
