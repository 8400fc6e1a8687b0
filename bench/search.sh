#!/usr/bin/env bash
# Search keystroke → results drawn (issue 18): a store of ITEMS items (the seed documents, as bench/content.sh),
# the search page at 1280×800, WORDS titles' pinyin initials typed letter by letter; each keystroke timed from the
# letter to the scene rendered with its results. Prints p50/p99 per letters typed and overall, with the load
# average. Target: p99 ≤ 50 ms at 10,000 items.
# Usage: bench/search.sh [ITEMS] [WORDS]   (needs ../shared/seed-documents beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
items="${1:-10000}"
words="${2:-60}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# No install: the reactor (-am) puts this checkout's modules' classes on the class path, not a shared SNAPSHOT.
./mvnw -q -o -am -pl kiosk test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" \
  -Dmdep.includeScope=test
java_bin="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -x "$java_bin" ] || java_bin=java
# The kiosk's own JIT and GC flags (packaging/src/deb/bin/xiangli-kiosk): C1 only, Serial GC.
"$java_bin" --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null \
  -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dglass.platform=Headless -Dprism.order=sw \
  -cp "kiosk/target/test-classes:kiosk/target/classes:$(cat "$work/cp.txt")" \
  org.xiangli.kiosk.content.screens.SearchKeystrokeBenchmark "$work" "$items" "$words"
