#!/usr/bin/env bash
# Touch → next page's first frame (issue 18): runs every example scenario (kiosk/src/test/scenarios) headless in
# one JVM (ScenariosTest), ROUNDS times; the scenario runner writes, for each tap that opened a page, the time
# from the touch to the new page's first frame (-Dxiangli.timings: headless there is no window, so the frame is a
# snapshot render — CSS, layout, render and a pixel read-back). Prints p50/p99/max per page and overall, with the
# load average of each round. Target: p99 ≤ 50 ms.
# The test JVM runs with the kiosk's own JVM flags, read from the package's launcher (xiangli-kiosk: the client
# compiler only, Serial GC, its heap sizes), as a device runs it. TOUCH_JVM_FLAGS="..." runs other flags instead;
# TOUCH_JVM_FLAGS=none the test JVM's defaults (C2 and G1).
# Usage: bench/touch.sh [ROUNDS]   (XIANGLI_TIMINGS_KEEP=FILE keeps the raw lines)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
timings="$work/timings.tsv"
if [ -z "${TOUCH_JVM_FLAGS:-}" ]; then
  # The literal heap, GC and JIT flags of the launcher's exec line (its AOT and module options are not the test's).
  TOUCH_JVM_FLAGS=$(sed -n '/^exec /,/KioskMain/p' packaging/src/deb/bin/xiangli-kiosk \
    | grep -oE -- '-Xm[sx][0-9]+[mg]|-XX:[-+]?[A-Za-z]+(=[0-9]+)?' | tr '\n' ' ')
  [ -n "$TOUCH_JVM_FLAGS" ] || { echo "no JVM flags found in packaging/src/deb/bin/xiangli-kiosk" >&2; exit 1; }
fi
[ "$TOUCH_JVM_FLAGS" = none ] && TOUCH_JVM_FLAGS=
echo "test JVM flags: ${TOUCH_JVM_FLAGS:-none, the test JVM defaults}"
for r in $(seq 1 "$rounds"); do
  echo "round $r/$rounds: load $(cut -d' ' -f1-3 /proc/loadavg)"
  ./mvnw -q -o -pl kiosk -am test -Dtest=ScenariosTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dxiangli.timings="$timings" ${TOUCH_JVM_FLAGS:+"-Dtest.jvm.args=$TOUCH_JVM_FLAGS"} > "$work/mvn-$r.log" 2>&1 || { tail -40 "$work/mvn-$r.log"; exit 1; }
done
echo "end: load $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "${XIANGLI_TIMINGS_KEEP:-}" ] && cp "$timings" "$XIANGLI_TIMINGS_KEEP"
python3 - "$timings" <<'PY'
import sys, collections, math
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, math.ceil(p / 100 * len(xs)) - 1))]
by_page = collections.defaultdict(list)
for scenario, line, tap, page, ms in rows:
    by_page[page].append(float(ms))
print(f"{'page':<28} {'n':>4} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
for page, xs in sorted(by_page.items(), key=lambda kv: -pct(kv[1], 99)):
    print(f"{page[:28]:<28} {len(xs):>4} {pct(xs, 50):>8.1f} {pct(xs, 99):>8.1f} {max(xs):>8.1f}")
alls = [float(r[4]) for r in rows]
print(f"{'ALL':<28} {len(alls):>4} {pct(alls, 50):>8.1f} {pct(alls, 99):>8.1f} {max(alls):>8.1f}")
slow = sorted(rows, key=lambda r: -float(r[4]))[:8]
print("slowest:", *[f"  {float(r[4]):.1f} ms  {r[0]}:{r[1]} tap {r[2]} -> {r[3]}" for r in slow], sep="\n")
PY
