#!/bin/sh
# Payments benchmark (not a test): build a signed ledger of PEOPLE x RECORDS fictional records (one JVM), then
# import it into a fresh store under a small heap and time card lookups (another JVM; target p99 <= 20 ms).
# Usage: bench/payments.sh [PEOPLE [RECORDS [LOOKUPS]]]   (from the repository root; defaults 100000 20 5000)
# IMPORT_HEAP (default 256m) is the -Xmx of the import JVM: the import streams, so it must fit.
set -eu
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
PEOPLE="${1:-100000}"; RECORDS="${2:-20}"; LOOKUPS="${3:-5000}"
# The reactor resolves hal from its own target/ (never install: worktrees share ~/.m2).
./mvnw -q -am -pl kiosk -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
CP="kiosk/target/classes:kiosk/target/test-classes:$(cat kiosk/target/bench.classpath)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$JAVA" -Xmx3g -Djava.util.logging.config.file=/dev/null -cp "$CP" \
    org.xiangli.kiosk.payments.bench.PaymentsBenchmark build "$WORK" "$PEOPLE" "$RECORDS"
exec_import() {
    "$JAVA" -Xmx"${IMPORT_HEAP:-256m}" --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null \
        -cp "$CP" org.xiangli.kiosk.payments.bench.PaymentsBenchmark import "$WORK" "$LOOKUPS"
}
exec_import
