#!/usr/bin/env bash
# A fuzzing campaign (issue 8) with Jazzer's JUnit integration; not called by CI (CI runs only the
# regression inputs, through `mvn verify`).
#
#   bash .ci/fuzz.sh compiler [SECONDS]   # the compiler on arbitrary bytes (CompilerFuzzTest)
#   bash .ci/fuzz.sh run [SECONDS]        # compile + run under GC stress and the sanitizer (CompileAndRunFuzzTest)
#
# SECONDS (default 1800) stops the campaign early with SIGINT; the @FuzzTest's own maxDuration is 30 minutes.
# Run one target at a time. The log goes to target/fuzz-<target>.log under the compiler module; the last
# libFuzzer status line (executions "#N", coverage "cov:", features "ft:", corpus "corp:") is printed at the end.
# The campaign runs in a private copy of the tree (FUZZ_DIR, default /tmp/gcscope-fuzz) so that builds
# in the work tree cannot change classes under a running fuzzer; the generated corpus stays there
# (compiler/.cifuzz-corpus, reused by the next campaign). Inputs that crash are written by Jazzer to the
# copy's compiler/src/test/resources/gcscope/fuzz/<Class>Inputs/<method>/ and copied back here, where they
# become regression inputs (review them, then rename crash-* to a telling name).
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
fuzz_dir="${FUZZ_DIR:-/tmp/gcscope-fuzz}"

target="${1:-compiler}"
seconds="${2:-1800}"
case "$target" in
    compiler) test_class=CompilerFuzzTest ;;
    run) test_class=CompileAndRunFuzzTest ;;
    *) echo "usage: $0 compiler|run [SECONDS]" >&2; exit 5 ;;
esac

mkdir -p "$fuzz_dir"
for d in pom.xml vm compiler; do
    if [ -d "$fuzz_dir/$d/.cifuzz-corpus" ]; then mv "$fuzz_dir/$d/.cifuzz-corpus" "$fuzz_dir/corpus-$d"; fi
    rm -rf "${fuzz_dir:?}/$d"
    cp -a "$root/$d" "$fuzz_dir/$d"
    if [ -d "$fuzz_dir/corpus-$d" ]; then mv "$fuzz_dir/corpus-$d" "$fuzz_dir/$d/.cifuzz-corpus"; fi
done
cd "$fuzz_dir"
sed -i 's|<module>samples</module>||; s|<module>views</module>||; s|<module>app</module>||' pom.xml
mkdir -p compiler/target
log="$fuzz_dir/compiler/target/fuzz-$target.log"
echo "fuzzing $test_class for up to $seconds s; log: $log"
JAZZER_FUZZ=1 timeout -s INT -k 60 "$seconds" \
    mvn -o -B test -pl compiler -am -Dtest="$test_class" -Dsurefire.failIfNoSpecifiedTests=false \
    >"$log" 2>&1
status=$?
inputs=compiler/src/test/resources/gcscope/fuzz
for f in $(find "$inputs" -name 'crash-*' -o -name 'timeout-*' -o -name 'slow-unit-*'); do
    mkdir -p "$root/$(dirname "$f")" && cp "$f" "$root/$f" && echo "finding: $f"
done
echo "exit status: $status (124 = stopped by the time limit, which is the normal end of a long campaign)"
grep -E '^#[0-9]+' "$log" | tail -n 1
grep -E 'INITED|DONE|Done [0-9]+ runs|crash-|Java Exception|FuzzTestFindingException|Tests run:' "$log" | tail -n 12
