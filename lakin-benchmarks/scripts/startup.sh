#!/bin/bash
# Start-up of whole commands (issue 15 item 3): runs each command N times, alternating between them,
# and prints the median wall time, the median CPU time (user + system, which other work on a busy
# machine disturbs less) and the median peak RSS of each. Needs GNU time (/usr/bin/time).
#
#   lakin-benchmarks/scripts/startup.sh 15 java 'java -version' \
#     plain 'java -jar lakin-cli/target/lakin.jar score lakin-examples/reports/biro-perencanaan-2023.csv' \
#     launcher 'LAKIN_NO_BUILD=1 ./lakin score lakin-examples/reports/biro-perencanaan-2023.csv'
set -eu
n=$1
shift
labels=()
commands=()
while [ $# -gt 0 ]; do
  labels+=("$1")
  commands+=("$2")
  shift 2
done
log=$(mktemp)
for ((i = 0; i < n; i++)); do
  for k in "${!commands[@]}"; do
    /usr/bin/time -f "${labels[$k]} %e %U %S %M" -a -o "$log" sh -c "${commands[$k]}" > /dev/null 2>&1 || true
  done
done
median() { sort -n | awk '{v[NR] = $1} END {printf "%d", v[int((NR + 1) / 2)]}'; }
echo "load average before the summary: $(cut -d' ' -f1-3 /proc/loadavg)"
for l in "${labels[@]}"; do
  wall=$(grep "^$l " "$log" | awk '{print $2 * 1000}' | median)
  cpu=$(grep "^$l " "$log" | awk '{print ($3 + $4) * 1000}' | median)
  rss=$(grep "^$l " "$log" | awk '{print $5}' | median)
  printf "%-10s wall %5d ms  cpu %5d ms  peak RSS %6d KB  (medians of %d)\n" "$l" "$wall" "$cpu" "$rss" "$n"
done
rm -f "$log"
