#!/usr/bin/env bash
# Ingest benchmark: Osprey's ingest against the DuckDB query an analyst would write instead, in the same run.
#
#   bench/ingest-benchmark.sh [RECORDS] [RUNS]      (defaults: 500000 records, 3 runs each, best run reported)
#   BENCH_DIR=/some/dir  where inputs and cases go (default /tmp/osprey-bench)
#   BENCH_HEAP=1500m     the heap Osprey runs with (the memory target: a 2 GB input within 1.5 GB)
#
# Whole process against whole process: both sides are timed as separate JVM processes with /usr/bin/time,
# which also gives the peak resident memory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
records=${1:-500000}
runs=${2:-3}
dir=${BENCH_DIR:-/tmp/osprey-bench}
heap=${BENCH_HEAP:-1500m}
mkdir -p "$dir"

(cd "$root" && mvn -q -ntp -DskipTests package -pl osprey-bench,osprey-cli -am >&2)
bench_jar="$root/osprey-bench/target/osprey-bench.jar"
osprey_jar="$root/osprey-cli/target/osprey.jar"

if [ ! -f "$dir/$records/mailitems.jsonl" ]; then
  echo "generating $records MailItemsAccessed records..." >&2
  java -cp "$bench_jar" io.osprey.bench.GenerateMailItems "$records" "$dir/$records"
fi
csv="$dir/$records/mailitems-purview.csv"
jsonl="$dir/$records/mailitems.jsonl"

# best_of COMMAND...: prints "seconds peak_kb" of the fastest of $runs runs
best_of() {
  local best="" best_mem=""
  for _ in $(seq "$runs"); do
    rm -rf "$dir/case"
    local out
    /usr/bin/time -o "$dir/time.txt" -f "%e %M" "$@" >/dev/null 2>/dev/null
    out=$(tail -1 "$dir/time.txt")
    local seconds=${out% *} mem=${out#* }
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; best_mem=$mem; fi
  done
  echo "$best $best_mem"
}

report() {
  local form=$1 file=$2 size
  size=$(du -mL "$file" | cut -f1)
  read -r duck_s duck_kb < <(best_of java -cp "$bench_jar" io.osprey.bench.DuckDbBaseline "$form" "$file")
  read -r osprey_s osprey_kb < <(best_of java "-Xmx$heap" -jar "$osprey_jar" ingest "$dir/case" "$file" --json)
  ratio=$(awk "BEGIN{printf \"%.2f\", $osprey_s / $duck_s}")
  printf '| %s | %s MB | %s s (%s MB) | %s s (%s MB) | %s× |\n' "$form" "$size" "$duck_s" $((duck_kb / 1024)) \
    "$osprey_s" $((osprey_kb / 1024)) "$ratio"
}

echo "| form | input | DuckDB query (peak RSS) | osprey ingest, -Xmx$heap (peak RSS) | ratio |"
echo "|---|---|---|---|---|"
report csv "$csv"
report jsonl "$jsonl"
