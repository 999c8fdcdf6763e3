#!/usr/bin/env bash
# Reading CPU of two builds, in alternation (docs/benchmarks.md, session 9): the measure that
# showed session 9's 9% change in reading (3 pairs at 5 M events) on a 2-core machine where whole
# reports of the same code move by 10% from one pair to the next. Small inputs and single pairs
# are as noisy as whole reports.
#
#   bench/read_ab.sh JAR_A JAR_B WORKSPACE [PAIRS]
#   e.g. bench/read_ab.sh /tmp/before-all.jar metrics-report/target/metrics-report-0.1.0-SNAPSHOT-all.jar \
#          /tmp/onboarding-cost-bench/events-5000000 3
#
# JAR_A and JAR_B are shaded jars (metrics-report-*-all.jar) of the two builds. Each run is
# bench/EventsReadTime.java with one reading thread, 2 rounds, under the JVM options of session 9's
# measurements (serial collector, C2 inlining less); what is printed per run is that thread's own
# CPU seconds per round (the other core's compiler and collector do not count) and the collector's
# pauses. At the end, the median of every round of each jar and the change from A to B.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 3 ] || { sed -n '7,9p' "${BASH_SOURCE[0]}" >&2; exit 2; }
jar_a="$1"; jar_b="$2"; workspace="$3"; pairs="${4:-3}"
for jar in "$jar_a" "$jar_b"; do
  [ -f "$jar" ] || { echo "read_ab: no such jar: $jar" >&2; exit 2; }
done
[ -f "$workspace/events.csv" ] || { echo "read_ab: no events.csv in $workspace" >&2; exit 2; }

harness="$(mktemp -d)"
results="$(mktemp)"
trap 'rm -rf "$harness" "$results"' EXIT
javac -d "$harness" -cp "$jar_b" "$root/bench/EventsReadTime.java"

# one run: prints "seconds seconds ..." (this thread's CPU per round) and the pauses
run() {
  java -Xmx256m -XX:+UseSerialGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=700 \
    -cp "$1:$harness" EventsReadTime "$workspace" 2 1 |
    sed -n 's/.*this thread \([0-9.]*\) s.*GC pauses \([0-9.]*\) s.*/\1 \2/p'
}

for pair in $(seq "$pairs"); do
  for side in A B; do
    jar="$jar_a"; [ "$side" = B ] && jar="$jar_b"
    rounds="$(run "$jar")"
    echo "pair $pair $side: thread CPU $(cut -d' ' -f1 <<<"$rounds" | paste -sd' ') s;" \
      "pauses $(cut -d' ' -f2 <<<"$rounds" | paste -sd' ') s"
    cut -d' ' -f1 <<<"$rounds" | sed "s/^/$side /" >>"$results"
  done
done

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }
a="$(awk '$1=="A"{print $2}' "$results" | median)"
b="$(awk '$1=="B"{print $2}' "$results" | median)"
awk -v a="$a" -v b="$b" 'BEGIN{printf "median thread CPU: A %.2f s, B %.2f s, B is %+.1f%%\n", a, b, 100*(b-a)/a}'
