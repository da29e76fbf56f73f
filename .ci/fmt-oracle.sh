#!/usr/bin/env bash
# The fmt oracle: regenerates the expected column of vm/src/test/resources/fmt/cases.txt with Debian's Go.
#
# cases.txt lines are TAB-separated: FUNC  ARGS  EXPECTED, where FUNC is Sprintf, Sprint, Sprintln or Errorf
# (its Error() text; Go 1.19 rejects a second %w, which Go 1.20+ accepts, so keep to one %w per case),
# ARGS are the Go call's arguments written as Go expressions over the types of .ci/fmt-oracle/preamble.go,
# and EXPECTED is what Go returns, as a Go-quoted string. Lines starting with '#' and blank lines are kept.
# New cases may be written with an empty or missing EXPECTED column; this script fills it in.
#
# It also writes vm/src/test/resources/fmt/ftoa.txt from the installed Go's strconv/ftoa_test.go table.
#
# Usage: .ci/fmt-oracle.sh          rewrite cases.txt (and ftoa.txt) and show what changed
#        .ci/fmt-oracle.sh --check  compare only; exit 1 when Go disagrees with the committed table
set -uo pipefail
cd "$(dirname "$0")/.."
cases=vm/src/test/resources/fmt/cases.txt

if ! command -v go >/dev/null 2>&1; then
    echo "fmt-oracle: go not found, installing golang-go"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq golang-go >/dev/null; } || true
fi
command -v go >/dev/null 2>&1 || { echo "fmt-oracle: FAILED: go is missing" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GO111MODULE=off GOCACHE="${GOCACHE:-$work/cache}"

{
    cat .ci/fmt-oracle/preamble.go
    echo
    echo "func main() {"
    awk -F'\t' '/^#/ || NF < 2 { next }
        $1 == "Errorf" { printf "\temit(fmt.Errorf(%s).Error())\n", $2; next }
        { printf "\temit(fmt.%s(%s))\n", $1, $2 }' "$cases"
    echo "}"
} > "$work/main.go"

if ! (cd "$work" && go run main.go > "$work/out.txt" 2> "$work/err.txt"); then
    echo "fmt-oracle: FAILED: Go could not run the cases:" >&2
    head -40 "$work/err.txt" >&2
    exit 1
fi

awk -F'\t' -v OFS='\t' -v outs="$work/out.txt" '
    /^#/ || NF < 2 { print; next }
    { if ((getline got < outs) <= 0) { print "fmt-oracle: missing output" > "/dev/stderr"; exit 2 }
      print $1, $2, got }
' "$cases" > "$work/cases.new" || exit 1

# strconv's own FormatFloat table, taken from the installed Go's strconv/ftoa_test.go.
ftoa_src="$(go env GOROOT)/src/strconv/ftoa_test.go"
mkdir -p "$work/ftoa"
{
    printf 'package main\n\nimport (\n\t"fmt"\n\t"math"\n\t"strconv"\n)\n\n'
    grep '^func fdiv' "$ftoa_src"
    sed -n '/^const (/,/^)/p; /^type ftoaTest struct/,/^}/p; /^var ftoatests = /,/^}/p' "$ftoa_src"
    cat .ci/fmt-oracle/ftoa-main.go.in
} > "$work/ftoa/main.go"
if ! (cd "$work/ftoa" && go run main.go > "$work/ftoa.txt" 2> "$work/ftoa.err"); then
    echo "fmt-oracle: FAILED: could not extract Go's ftoa table:" >&2
    head -20 "$work/ftoa.err" >&2
    exit 1
fi
ftoa=vm/src/test/resources/fmt/ftoa.txt
if ! cmp -s "$ftoa" "$work/ftoa.txt"; then
    if [ "${1:-}" = "--check" ]; then
        echo "fmt-oracle: FAILED: $ftoa differs from Go's table" >&2
        diff -u "$ftoa" "$work/ftoa.txt" >&2
        exit 1
    fi
    cp "$work/ftoa.txt" "$ftoa"
    echo "fmt-oracle: updated $ftoa"
fi

if diff -u "$cases" "$work/cases.new" > "$work/diff.txt"; then
    echo "fmt-oracle: OK, $(grep -vc '^#' "$cases") lines agree with Go $(go env GOVERSION)"
    exit 0
fi
if [ "${1:-}" = "--check" ]; then
    echo "fmt-oracle: FAILED: Go disagrees with $cases:" >&2
    cat "$work/diff.txt" >&2
    exit 1
fi
cp "$work/cases.new" "$cases"
echo "fmt-oracle: updated $cases:"
cat "$work/diff.txt"
