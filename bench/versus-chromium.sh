#!/usr/bin/env bash
# The kiosk against the browser kiosk it replaces (issue 18), side by side on this machine: alternating runs, so a
# load that comes and goes hits both sides alike.
#  1. Start: whole-process wall time from exec to the PNG written and the process ended. Chromium: the anchor
#     ../shared/perf/chromium-start.sh (headless, fresh profile, --screenshot). The kiosk: the package's own
#     launcher (packaging/src/deb/bin/xiangli-kiosk: module path, flags, -Xmx) over a package-like folder made from
#     kiosk/target, `--demo --headless --screenshot FILE --exit-after-start`, with the AOT cache the package's
#     xiangli-aot-train writes, and without it. Each round runs the three in a rotating order.
#  2. Memory: PSS summed over every process of each side (the kiosk's socat helpers, Chromium's 9 or so processes)
#     after 30 s idle, the two sides alternating.
# Prints each run with the load average beside it, then min/median/max of each side and of each ratio
# (kiosk ÷ chromium, per round).
#
# Usage: bench/versus-chromium.sh [--pairs N] [--pss N] [--pi] [--production]
#   --pairs N     start rounds (default 5)
#   --pss N       memory rounds (default 3; 0 = none)
#   --pi          "Pi-class": every process of both sides pinned to one core (taskset -c 0)
#   --production  the kiosk as a device runs it: no --demo, devices.mode = "hardware" with ports that are absent,
#                 a station config and payments key file (the demo side is still measured beside it)
# Needs: chromium, a JDK 25 under /usr/lib/jvm, kiosk/target/kiosk.jar (./mvnw -q -o -pl kiosk -am -DskipTests
# package); the package's own runtime when packaging/target has it (./mvnw -q -o -pl packaging -am -DskipTests
# package), as a device runs the kiosk. Never installs anything.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
pairs=5; pss_rounds=3; pin=(); production=false
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs=$2; shift 2 ;;
    --pss) pss_rounds=$2; shift 2 ;;
    --pi) pin=(taskset -c 0); shift ;;
    --production) production=true; shift ;;
    *) echo "usage: bench/versus-chromium.sh [--pairs N] [--pss N] [--pi] [--production]" >&2; exit 2 ;;
  esac
done
anchor=${XIANGLI_PERF_ANCHOR:-$repo/../shared/perf}
[ -x "$anchor/chromium-start.sh" ] || anchor=/work/shared/perf
[ -x "$anchor/chromium-start.sh" ] || { echo "no chromium-start.sh anchor (set XIANGLI_PERF_ANCHOR)" >&2; exit 1; }
# XIANGLI_KIOSK_TARGET: another build's kiosk.jar and lib/ (e.g. a copy of an older commit's kiosk/target).
target=${XIANGLI_KIOSK_TARGET:-kiosk/target}
[ -f "$target/kiosk.jar" ] || { echo "build first: ./mvnw -q -o -pl kiosk -am -DskipTests package" >&2; exit 1; }
# The Java runtime: the one the package carries when the build made it (amd64: the jlink image of only the modules
# the kiosk uses, /usr/lib/xiangli/jre on a device, which xiangli-java picks first; ~15 ms quicker to the first
# frame and ~4 MB less PSS than the whole JDK here), else a JDK 25. JAVA25=/path/to/java, or
# XIANGLI_BENCH_RUNTIME=jdk for the JDK even when the package's runtime is there.
java=${JAVA25:-}
runtime_dir=packaging/target/runtime-$(dpkg --print-architecture 2>/dev/null || echo amd64)
if [ -z "$java" ] && [ "${XIANGLI_BENCH_RUNTIME:-package}" != jdk ] && [ -x "$runtime_dir/bin/java" ]; then
  java=$runtime_dir/bin/java
fi
if [ -z "$java" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-*/bin/java /usr/lib/jvm/java-25-*/bin/java; do
    [ -x "$candidate" ] && java=$candidate && break
  done
fi
[ -n "$java" ] || { echo "no JDK 25 found; set JAVA25=/path/to/java" >&2; exit 1; }
java=$(readlink -f "$java")

work=$(mktemp -d)
cleanup() { [ -n "${idle_pg:-}" ] && kill -- -"$idle_pg" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The package's layout (/usr/share/xiangli): kiosk.jar, lib/ (everything but JavaFX), javafx/ (JavaFX's jars for
# this machine, run as named modules), bin/ (the package's launchers, unchanged).
# Laid out as the package installs it: /usr/share/xiangli holds the jars and launchers, /usr/lib/xiangli the
# SQLite native library (extracted at build time, so the store does not unpack it into /tmp at each start).
pkg=$work/usr/share/xiangli
mkdir -p "$pkg/lib" "$pkg/javafx" "$pkg/bin" "$work/usr/lib/xiangli"
cp "$target/kiosk.jar" "$pkg/"
sqlite_jar=$(ls "$target"/lib/sqlite-jdbc-*.jar | head -1)
unzip -q -o -j "$sqlite_jar" "org/sqlite/native/Linux/$(uname -m | sed 's/arm64/aarch64/')/libsqlitejdbc.so" \
    -d "$work/usr/lib/xiangli"
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux*.jar) cp "$jar" "$pkg/javafx/" ;;
    javafx-*) ;; # the empty platform-less javafx jars: the package leaves them out too
    *) cp "$jar" "$pkg/lib/" ;;
  esac
done
[ -n "$(ls "$pkg/javafx")" ] || { echo "no JavaFX platform jars in kiosk/target/lib" >&2; exit 1; }
# JavaFX's native libraries as the package ships them: unpacked in /usr/lib/xiangli/javafx, linked from beside the
# jars (where JavaFX looks before unpacking and checksumming its jar's copies in $HOME at every start).
# XIANGLI_BENCH_JAVAFX_NATIVES=jar: leave them in the jar only, as before this layout.
if [ "${XIANGLI_BENCH_JAVAFX_NATIVES:-}" != jar ]; then
  mkdir -p "$work/usr/lib/xiangli/javafx"
  unzip -q -o -j "$(ls "$pkg"/javafx/javafx-graphics-*.jar | head -1)" '*.so' -d "$work/usr/lib/xiangli/javafx"
  for so in "$work"/usr/lib/xiangli/javafx/*.so; do
    ln -s "../../../lib/xiangli/javafx/$(basename "$so")" "$pkg/javafx/$(basename "$so")"
  done
fi
# XIANGLI_PACKAGE_BIN: another version's launchers (e.g. `git show REV:packaging/src/deb/bin/xiangli-kiosk`).
bin=${XIANGLI_PACKAGE_BIN:-packaging/src/deb/bin}
cp "$bin/xiangli-kiosk" "$bin/xiangli-aot-train" "$bin/xiangli-java" "$pkg/bin/"; chmod +x "$pkg/bin/"*
export XIANGLI_JAVA=$java XIANGLI_HOME=$pkg

kiosk_args=(--demo --staff-port 0)
if $production; then
  # A device's config: hardware devices whose ports are not there (a kiosk started before its USB devices, or
  # with one unplugged), a payments key file as kioskctl init writes it.
  mkdir -p "$work/prod"
  (umask 077; echo "aes256:$(head -c 32 /dev/urandom | base64 -w0)" > "$work/prod/payments.key")
  cat > "$work/prod/kiosk.toml" <<EOF
[station]
code = "BENCH-001"
name = "乐和村社区服务站"
[devices]
mode = "hardware"
card_reader_port = "/dev/ttyXLABSENT0"
scanner_port = "/dev/ttyXLABSENT1"
printer = "usb:/dev/usb/xlabsent0"
[payments]
key_file = "$work/prod/payments.key"
EOF
  kiosk_args=(--config "$work/prod/kiosk.toml" --staff-port 0)
fi
data=$work/data
kiosk() { "${pin[@]}" "$pkg/bin/xiangli-kiosk" "${kiosk_args[@]}" --data "$data" --headless "$@"; }

load() { cut -d' ' -f1 /proc/loadavg; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "versus-chromium: $(date -u +%FT%TZ)  cores $(nproc)  pin ${pin[*]:-none}  kiosk $($production && echo production || echo demo)"
echo "JVM: $("$java" -version 2>&1 | head -1) ($java)   chromium: $(chromium --version 2>/dev/null | head -1)"
echo "launchers: $bin   kiosk: $target/kiosk.jar ($(date -u -r "$target/kiosk.jar" +%FT%TZ)), checkout $(git rev-parse --short HEAD 2>/dev/null || echo none)$(git diff --quiet 2>/dev/null || echo ' (modified)')"

# Outside the measurement: the first start creates the store (and in demo mode fills it), as a device's first boot.
kiosk --exit-after-start >"$work/first.log" 2>&1 || { echo "the kiosk did not start:" >&2; tail "$work/first.log" >&2; exit 1; }
# The AOT cache as the package makes it (its postinst runs xiangli-aot-train). Not pinned: a cache is written once,
# at install, and a Pi has four cores for it; only the timed runs are "Pi-class".
XIANGLI_AOT_CACHE=$work/kiosk.aot "$pkg/bin/xiangli-aot-train" 2>&1 | sed 's/^/  /'
[ -s "$work/kiosk.aot" ] || { echo "no AOT cache was written" >&2; exit 1; }

# One timed start of one side; prints "ms" and checks the PNG.
run_side() {
  local side=$1 png=$work/$1-$2.png t0 t1
  rm -f "$png"
  t0=$(now_ms)
  case "$side" in
    chromium) "${pin[@]}" "$anchor/chromium-start.sh" "$png" ;;
    kiosk-aot) XIANGLI_AOT_CACHE=$work/kiosk.aot kiosk --screenshot "$png" --exit-after-start >/dev/null 2>"$work/$side.log" ;;
    kiosk-noaot) XIANGLI_AOT_CACHE=$work/none.aot kiosk --screenshot "$png" --exit-after-start >/dev/null 2>"$work/$side.log" ;;
  esac
  t1=$(now_ms)
  [ -s "$png" ] || { echo "$side wrote no PNG" >&2; cat "$work/$side.log" >&2 2>/dev/null; exit 1; }
  echo $((t1 - t0))
}

stats() { # reads "value" lines; prints min/median/max
  sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"; exit}
    printf "min %s  median %s  max %s  (n=%d)", a[1], (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[NR], NR}'
}

sides=(chromium kiosk-aot kiosk-noaot)
: > "$work/start.txt"
echo
echo "start: exec -> PNG written and process ended (ms)"
for round in $(seq "$pairs"); do
  declare -A ms=()
  line="round $round:"
  for i in 0 1 2; do # rotate the order each round
    side=${sides[$(( (i + round) % 3 ))]}
    l=$(load)
    ms[$side]=$(run_side "$side" "$round")
    line="$line  $side ${ms[$side]} (load $l)"
  done
  echo "$line"
  echo "${ms[chromium]} ${ms[kiosk-aot]} ${ms[kiosk-noaot]}" >> "$work/start.txt"
done
col() { awk -v c="$1" '{print $c}' "$2"; }
ratio() { awk -v a="$1" -v b="$2" '{printf "%.3f\n", $a / $b}' "$3"; }
echo "  chromium ms            $(col 1 "$work/start.txt" | stats)"
echo "  kiosk (AOT cache) ms   $(col 2 "$work/start.txt" | stats)"
echo "  kiosk (no cache) ms    $(col 3 "$work/start.txt" | stats)"
echo "  ratio kiosk/chromium, AOT cache   $(ratio 2 1 "$work/start.txt" | stats)   target median <= 0.5"
echo "  ratio kiosk/chromium, no cache    $(ratio 3 1 "$work/start.txt" | stats)   target median <= 1.0"
cp "$work/kiosk-aot-1.png" "${XIANGLI_BENCH_PNG:-/tmp/versus-chromium-kiosk.png}" 2>/dev/null || true

[ "$pss_rounds" -gt 0 ] || exit 0
pss_of_group() { # kB summed over every process in process group $1, and their count
  local pids
  pids=$(ps -e -o pgid=,pid= | awk -v g="$1" '$1==g {print $2}')
  echo "$(for p in $pids; do awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null; done | awk '{s+=$1} END {print s+0}') $(echo $pids | wc -w)"
}
kiosk_idle() {
  XIANGLI_AOT_CACHE=$work/kiosk.aot setsid "${pin[@]}" "$pkg/bin/xiangli-kiosk" "${kiosk_args[@]}" --data "$data" \
      --headless >/dev/null 2>&1 &
  local pid=$!
  sleep 30
  idle_pg=$(ps -o pgid= -p $pid | tr -d ' ')
  read -r kb n < <(pss_of_group "$idle_pg")
  kill -- -"$idle_pg" 2>/dev/null; wait $pid 2>/dev/null || true; idle_pg=
  echo "$kb $n"
}
echo
echo "memory: PSS of all processes after 30 s idle (kB)"
: > "$work/pss.txt"
for round in $(seq "$pss_rounds"); do
  if [ $((round % 2)) -eq 1 ]; then
    l1=$(load); read -r ckb cn < <("${pin[@]}" "$anchor/chromium-start.sh" --idle 30 | awk '{print $3, $5}')
    l2=$(load); read -r kkb kn < <(kiosk_idle)
  else
    l2=$(load); read -r kkb kn < <(kiosk_idle)
    l1=$(load); read -r ckb cn < <("${pin[@]}" "$anchor/chromium-start.sh" --idle 30 | awk '{print $3, $5}')
  fi
  echo "round $round:  chromium $ckb kB in $cn processes (load $l1)  kiosk $kkb kB in $kn processes (load $l2)"
  echo "$ckb $kkb" >> "$work/pss.txt"
done
echo "  chromium PSS kB        $(col 1 "$work/pss.txt" | stats)"
echo "  kiosk PSS kB           $(col 2 "$work/pss.txt" | stats)"
echo "  ratio kiosk/chromium PSS      $(ratio 2 1 "$work/pss.txt" | stats)   target median <= 0.5"
