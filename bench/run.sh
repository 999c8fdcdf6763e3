#!/usr/bin/env bash
# Scale benchmark (docs/benchmarks.md): generates seeded workspaces, then runs
# `onboarding-cost report --outputs summary` (JAVA_OPTS=-Xmx256m) and the DuckDB peer on the same
# files in alternation, and prints medians, the ratio and peak memory (/usr/bin/time -v), ending
# with a Markdown table for docs/benchmarks.md.
#
#   bench/run.sh [EVENTS...]        e.g. bench/run.sh 1000000 5000000 10000000
# Environment: RUNS (default 3), OKTA_EVENTS (default 2000000; 0 skips), HIRES (default 20000),
# WORK (default /tmp/onboarding-cost-bench); JAVA_HOME picks the Java of our runs, as it does for
# the launcher (the DuckDB peer and the generator run on the java on the PATH).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-3}"
okta="${OKTA_EVENTS:-2000000}"
hires="${HIRES:-20000}"
work="${WORK:-/tmp/onboarding-cost-bench}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 5000000 10000000)
command -v /usr/bin/time >/dev/null || { echo "install GNU time: apt-get install -y time" >&2; exit 1; }

# Builds every module (metrics-bench too; -Pbench would also run JMH) and writes each module's class path (no install needed).
(cd "$root" && mvn -B -q -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true \
  package dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2)
touch "$root"/metrics-report/target/metrics-report-*-all.jar # the launcher then will not rebuild
cp="$root/metrics-bench/target/classes:$(cat "$root/metrics-bench/target/cp.txt")"
mkdir -p "$work"
"$root/bin/onboarding-cost" --version >/dev/null # makes sure the jar is there
export JAVA_OPTS="-Xmx256m"

# one timed run: prints "seconds peak_kb"
timed() {
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=(n==3)?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2]}
              /Maximum resident set size/{kb=$2} END{printf "%.2f %d\n", s, kb}' "$work/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END{print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }

# One report on the workspace, not timed, so that the timed runs are later runs, as a user's are: the
# files are in the page cache, and on JDK 19 and later the launcher's class-data archive is written.
prime() {
  "$root/bin/onboarding-cost" report "$1" --outputs summary --out "$1/out" -q >/dev/null
}

table=()
compare() { # label, ours..., --, peer...
  local label="$1"; shift
  local ours=() peer=()
  while [ "$1" != "--" ]; do ours+=("$1"); shift; done; shift; peer=("$@")
  : >"$work/ours.txt"; : >"$work/peer.txt"
  for _ in $(seq "$runs"); do
    timed "${ours[@]}" >>"$work/ours.txt"
    timed "${peer[@]}" >>"$work/peer.txt"
  done
  local o p om pm ratio
  o=$(cut -d' ' -f1 "$work/ours.txt" | median); p=$(cut -d' ' -f1 "$work/peer.txt" | median)
  om=$(cut -d' ' -f2 "$work/ours.txt" | sort -n | tail -1); pm=$(cut -d' ' -f2 "$work/peer.txt" | sort -n | tail -1)
  ratio=$(echo "$o / $p" | bc -l)
  printf "%-34s ours %7.2f s (peak %5d MB; runs %s)  duckdb %7.2f s (peak %5d MB; runs %s)  ratio %.2fx\n" \
    "$label" "$o" $((om / 1024)) "$(cut -d' ' -f1 "$work/ours.txt" | paste -sd/)" \
    "$p" $((pm / 1024)) "$(cut -d' ' -f1 "$work/peer.txt" | paste -sd/)" "$ratio"
  table+=("$(printf "| %s | %.2f s | %d MB | %.2f s | %d MB | %.2fx |" "$label" "$o" $((om / 1024)) "$p" $((pm / 1024)) "$ratio")")
}

for n in "${sizes[@]}"; do
  ws="$work/events-$n"
  [ -f "$ws/events.csv" ] || java -cp "$cp" dev.onboardingcost.bench.WorkspaceGenerator "$ws" "$n" 0 "$hires" 7
  prime "$ws"
  compare "events $n ($(du -m "$ws/events.csv" | cut -f1) MB)" \
    "$root/bin/onboarding-cost" report "$ws" --outputs summary --out "$ws/out" -q -- \
    java -cp "$cp" dev.onboardingcost.bench.DuckDbPeer csv "$ws/events.csv"
done
if [ "$okta" -gt 0 ]; then
  ws="$work/okta-$okta"
  [ -d "$ws/logs/okta" ] || java -cp "$cp" dev.onboardingcost.bench.WorkspaceGenerator "$ws" 0 "$okta" "$hires" 7
  prime "$ws"
  compare "okta $okta ($(du -m "$ws/logs/okta/system-log.jsonl" | cut -f1) MB)" \
    "$root/bin/onboarding-cost" report "$ws" --outputs summary --out "$ws/out" -q -- \
    java -cp "$cp" dev.onboardingcost.bench.DuckDbPeer okta "$ws/logs/okta/system-log.jsonl"
  # the reading part alone (open the workspace, read the log; no access-wait step, no statistics)
  jars=("$root"/metrics-report/target/metrics-report-*-all.jar)
  jar="${jars[0]}"
  javac -d "$work/harness" -cp "$jar" "$root/bench/OktaReadTime.java"
  compare "okta $okta, reading only" \
    java -Xmx256m -cp "$jar:$work/harness" OktaReadTime "$ws" -- \
    java -cp "$cp" dev.onboardingcost.bench.DuckDbPeer okta "$ws/logs/okta/system-log.jsonl"
fi
echo
echo "| input | ours (median) | ours peak RSS | DuckDB (median) | DuckDB peak RSS | ratio |"
echo "|---|---|---|---|---|---|"
printf "%s\n" "${table[@]}"
