#!/usr/bin/env bash
# Startup benchmark (not a test): cold start to the first rendered home frame (headless), resident memory after
# 60 s idle, and the same start with JDK 25's AOT cache. Prints the numbers. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
java=${JAVA25:-}
if [ -z "$java" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-*/bin/java /usr/lib/jvm/java-25-*/bin/java; do
    [ -x "$candidate" ] && java=$candidate && break
  done
fi
[ -n "$java" ] || { echo "no JDK 25 found; set JAVA25=/path/to/java" >&2; exit 1; }
[ -f kiosk/target/kiosk.jar ] || ./mvnw -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# JAVA_OPTS: JVM flags to compare (the .deb launcher uses -Xmx512m -XX:+UseSerialGC).
read -r -a opts <<< "${JAVA_OPTS:-}"
flags=("${opts[@]}" --enable-native-access=ALL-UNNAMED -jar kiosk/target/kiosk.jar --demo --headless --data "$work/data")

first_frame() { # prints the ms of one cold start
  "$java" "$@" "${flags[@]}" --exit-after-start 2>/dev/null | sed -n 's/^xiangli: first home frame \([0-9]*\) ms.*/\1/p'
}
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (%d runs)\n", a[1], a[int((NR+1)/2)], a[NR], NR}'; }

first_frame >/dev/null   # creates and fills the demo database once, outside the measurement
echo "JVM: $("$java" -version 2>&1 | head -1)   cores: $(nproc)   JAVA_OPTS: ${JAVA_OPTS:-none}"
echo -n "first home frame, plain JVM:  "
for _ in $(seq "$runs"); do first_frame; done | stats

"$java" -XX:AOTCacheOutput="$work/kiosk.aot" "${flags[@]}" --exit-after-start >/dev/null 2>&1 || true
if [ -f "$work/kiosk.aot" ]; then
  echo -n "first home frame, AOT cache:  "
  for _ in $(seq "$runs"); do first_frame -XX:AOTCache="$work/kiosk.aot"; done | stats
  echo "AOT cache size: $(du -h "$work/kiosk.aot" | cut -f1)"
else
  echo "AOT cache: not created by this JVM"
fi

"$java" "${flags[@]}" >/dev/null 2>&1 &
pid=$!
sleep 60
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
kill $pid; wait $pid 2>/dev/null || true
echo "resident memory after 60 s idle: $((rss / 1024)) MB"
