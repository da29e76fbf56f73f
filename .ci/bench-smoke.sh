#!/usr/bin/env bash
# Proves that the bench verb works end to end (issue 7): one repetition of every benchmark at the small
# sizes, in GcScope and in the Lua 5.4 and Python 3 peers (../shared/bench/peers). It fails when any run
# fails or prints an output unlike the others (bench exits 2), or when a peer that is installed and has a
# script was not run. It checks that the command works, not the speed: timings on CI are only printed.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/gcscope.jar
[ -f "$jar" ] || { echo "bench-smoke: $jar is missing (run mvn -B package first)" >&2; exit 1; }
command -v lua5.4 >/dev/null 2>&1 || { echo "bench-smoke: lua5.4 is not installed" >&2; exit 1; }
command -v python3 >/dev/null 2>&1 || { echo "bench-smoke: python3 is not installed" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
java -jar "$jar" bench --sizes small --peers --reps 1 2>/dev/null | tee "$out"
if grep -q "not installed\|no peers directory" "$out"; then
    echo "bench-smoke: a peer was not run" >&2
    exit 1
fi
for b in fib sieve binary_trees maps; do
    grep -q "^| $b " "$out" || { echo "bench-smoke: no row for $b" >&2; exit 1; }
done
echo "bench-smoke: ok"
