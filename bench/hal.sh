#!/bin/sh
# HAL benchmark (not a test): card read over a socat pty at 115200 baud, receipt to ESC/POS and to PNG.
# Usage: bench/hal.sh   (from the repository root; needs socat and the JDK 25 the build uses)
set -eu
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
# test-compile, not install: the local Maven repository is shared with other checkouts.
./mvnw -q -pl hal -am -DskipTests test-compile
./mvnw -q -pl hal dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec "$JAVA" --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true \
    -Djava.util.logging.config.file=/dev/null \
    -cp "hal/target/classes:hal/target/test-classes:$(cat hal/target/bench.classpath)" \
    org.xiangli.hal.bench.HalBenchmark
