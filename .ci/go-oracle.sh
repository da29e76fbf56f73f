#!/usr/bin/env bash
# The Go oracle: runs every oracle-eligible golden sample with Debian's Go and compares what Go prints
# with the expectations the sample carries in its trailing comments (// Output:, // Stderr:, // Exit:,
# // Errors:). Expectations are written by reasoning from Go's specification; this script checks them.
#
# Eligible: every samples/.../*.vo and bench/*.vo without a header line `// oracle: skip (reason)`,
# and every lessons/*/program.vo that uses no enum (compared with the clean run's stdout in expect.txt).
# `assert` is not Go: when a sample calls it, a Go definition that panics on a false condition is
# appended for the oracle run. For `// Errors:` samples Go must reject the program and report the same
# line:col positions with the same messages (after mapping Go 1.19's older wording to Go 1.22's).
#
# Usage: .ci/go-oracle.sh [sample.vo ...]   (default: all samples). Exits non-zero on any difference,
# or when Go is missing after an install attempt.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v go >/dev/null 2>&1; then
    echo "go-oracle: go not found, installing golang-go"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq golang-go >/dev/null; } || true
fi
command -v go >/dev/null 2>&1 || { echo "go-oracle: FAILED: go is missing after the install attempt" >&2; exit 1; }

root=samples/src/main/resources/gcscope
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(ls "$root"/samples/*.vo "$root"/bench/*.vo 2>/dev/null | sort); fi
[ ${#files[@]} -gt 0 ] || { echo "go-oracle: FAILED: no samples found under $root" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GO111MODULE=off GOCACHE="${GOCACHE:-$work/cache}"

# block NAME FILE: the lines of a trailing `// NAME:` block, comment markers removed
block() {
    awk -v name="$1" '
        $0 ~ "^// (Output|Stderr|Errors):$" || $0 ~ "^// Exit: " { inb = ($0 == "// " name ":"); next }
        inb && /^\/\/( |$)/ { sub(/^\/\/ ?/, ""); print; next }
        inb { inb = 0 }' "$2"
}
has_block() { grep -qxE "// $1:" "$2"; }

pass=0; fail=0; skip=0
for f in "${files[@]}"; do
    name=$(basename "$f")
    if grep -qE '^// oracle: skip' "$f"; then skip=$((skip + 1)); continue; fi
    d="$work/${name%.vo}"; mkdir -p "$d"
    cp "$f" "$d/main.go"
    if grep -qE '(^|[^.[:alnum:]_])assert\(' "$f"; then
        printf '\nfunc assert(c bool, args ...any) {\n\tif !c {\n\t\tpanic(fmt.Sprint(append([]any{"assertion failed: "}, args...)...))\n\t}\n}\n' >> "$d/main.go"
    fi
    if has_block Errors "$f"; then
        (cd "$d" && go build -o prog main.go) > /dev/null 2> "$d/err"
        if [ -x "$d/prog" ]; then echo "FAIL $name: Go compiled a program that expects errors"; fail=$((fail + 1)); continue; fi
        sed -nE 's/^\.?\/?main\.go:([0-9]+:[0-9]+: .*)$/\1/p' "$d/err" \
            | sed -E 's/ but not used/ and not used/; s/imported and not used: (.*)$/\1 imported and not used/; s/declared and not used: (.*)$/\1 declared and not used/; s/as type ([^ ]+) in/as \1 value in/' \
            | sort > "$d/got"
        block Errors "$f" | sort > "$d/want"
        if diff -u "$d/want" "$d/got" > "$d/diff"; then pass=$((pass + 1)); else
            echo "FAIL $name (diagnostics, - expected + Go):"; cat "$d/diff"; fail=$((fail + 1)); fi
        continue
    fi
    if ! (cd "$d" && go build -o prog main.go) 2> "$d/err"; then
        echo "FAIL $name: Go does not compile it:"; cat "$d/err"; fail=$((fail + 1)); continue
    fi
    (cd "$d" && timeout 120 ./prog > out 2> errout); code=$?
    want_exit=$(sed -nE 's/^\/\/ Exit: ([0-9]+)$/\1/p' "$f" | tail -n 1); want_exit=${want_exit:-0}
    ok=1
    block Output "$f" > "$d/want"
    if ! diff -u "$d/want" "$d/out" > "$d/diff"; then
        echo "FAIL $name (stdout, - expected + Go):"; head -40 "$d/diff"; ok=0
    fi
    if [ "$code" != "$want_exit" ]; then echo "FAIL $name: exit $code, expected $want_exit"; ok=0; fi
    if has_block Stderr "$f"; then
        block Stderr "$f" > "$d/wanterr"
        n=$(wc -l < "$d/wanterr")
        if ! head -n "$n" "$d/errout" | diff -u "$d/wanterr" - > "$d/differr"; then
            echo "FAIL $name (stderr prefix, - expected + Go):"; cat "$d/differr"; ok=0
        fi
    fi
    if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
# Benchmarks at `bench --sizes small`: the constants named on the `// sizes small:` line are rewritten
# and the output compared with samples/src/test/resources/bench-small/NAME.out.
if [ $# -eq 0 ]; then
    for f in "$root"/bench/*.vo; do
        name=$(basename "$f" .vo)
        want=samples/src/test/resources/bench-small/$name.out
        [ -f "$want" ] || { echo "FAIL bench $name: no $want"; fail=$((fail + 1)); continue; }
        d="$work/small-$name"; mkdir -p "$d"; cp "$f" "$d/main.go"
        for kv in $(sed -nE 's#^// sizes small: (.*)$#\1#p' "$f"); do
            sed -i -E "s/^const ${kv%%=*} = .*/const ${kv%%=*} = ${kv#*=}/" "$d/main.go"
        done
        if (cd "$d" && go build -o prog main.go && timeout 120 ./prog > out) && diff -u "$want" "$d/out"; then
            pass=$((pass + 1))
        else
            echo "FAIL bench $name at small sizes (- expected + Go)"; fail=$((fail + 1))
        fi
    done
fi

# Lessons: each program that is valid Go must print what its expect.txt says the clean run prints.
if [ $# -eq 0 ]; then
    for dir in "$root"/lessons/*/; do
        name=lessons/$(basename "$dir")
        if grep -qE '^type [A-Za-z_][A-Za-z0-9_]* enum \{' "$dir/program.vo"; then skip=$((skip + 1)); continue; fi
        want=$(sed -nE 's/^stdout: (.*)$/\1/p' "$dir/expect.txt")
        [ -n "$want" ] || want=$(sed -nE 's/^contrast-stdout: (.*)$/\1/p' "$dir/expect.txt")
        if [ -z "$want" ]; then skip=$((skip + 1)); continue; fi   # neither run of the lesson is clean
        d="$work/lesson-$(basename "$dir")"; mkdir -p "$d"; cp "$dir/program.vo" "$d/main.go"
        if ! (cd "$d" && go build -o prog main.go) 2> "$d/err"; then
            echo "FAIL $name: Go does not compile it:"; cat "$d/err"; fail=$((fail + 1)); continue
        fi
        got=$(cd "$d" && timeout 60 ./prog 2>&1)
        if [ "$got" = "$want" ]; then pass=$((pass + 1)); else
            echo "FAIL $name: Go prints '$got', expect.txt says '$want'"; fail=$((fail + 1)); fi
    done
fi
echo "go-oracle: $pass passed, $fail failed, $skip skipped (not valid Go 1.19)"
[ $fail = 0 ]
