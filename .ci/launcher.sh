#!/usr/bin/env bash
# The app/gcscope launcher (README "Command line"): it must behave exactly like `java -jar app/target/gcscope.jar`
# for output and exit codes, write its class-data archive once per build (again when the jar is newer), keep the
# JVM's archive warnings out of a program's output, and work with the archive turned off.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/gcscope.jar
jsa=$jar.jsa
[ -f "$jar" ] || { echo "launcher: $jar is missing (run mvn -B package first)" >&2; exit 1; }
fail() { echo "launcher: FAILED: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/p.vo" <<'VO'
package main

import "fmt"

type Node struct{ Next *Node }

func main() {
	var head *Node
	for i := 0; i < 100000; i++ {
		head = &Node{head}
	}
	n := 0
	for p := head; p != nil; p = p.Next {
		n++
	}
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(n, len(m), m)
}
VO
want="100000 2 map[a:1 b:2]"

rm -f "$jsa"
out=$(app/gcscope run "$work/p.vo" 2>"$work/err")
[ "$out" = "$want" ] || fail "first run printed '$out', want '$want'"
[ ! -s "$work/err" ] || fail "first run wrote to stderr: $(cat "$work/err")"
[ -s "$jsa" ] || fail "no class-data archive after the first run"
echo "first run (writes the archive): ok"

out=$(app/gcscope run "$work/p.vo" 2>"$work/err")
[ "$out" = "$want" ] && [ ! -s "$work/err" ] || fail "run with the archive printed '$out' / $(cat "$work/err")"
plain=$(java -jar "$jar" run "$work/p.vo")
[ "$out" = "$plain" ] || fail "launcher and java -jar disagree: '$out' vs '$plain'"
echo "run with the archive: same output as java -jar: ok"

sleep 1
touch "$jar"
out=$(app/gcscope run "$work/p.vo" 2>"$work/err")
[ "$out" = "$want" ] && [ ! -s "$work/err" ] || fail "run after a rebuild printed '$out' / $(cat "$work/err")"
[ ! "$jar" -nt "$jsa" ] || fail "the archive was not written again for the newer jar"
echo "a newer jar gets a new archive: ok"

out=$(GCSCOPE_CDS=off app/gcscope run "$work/p.vo")
[ "$out" = "$want" ] || fail "GCSCOPE_CDS=off printed '$out'"
echo "GCSCOPE_CDS=off: ok"

printf 'package main\n\nfunc main() {\n\tx :=\n}\n' > "$work/bad.vo"
set +e
app/gcscope run "$work/bad.vo" >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" = 1 ] || fail "a compile error exits $code, want 1"
grep -q "bad.vo:" "$work/err" || fail "no diagnostic on stderr: $(cat "$work/err")"
echo "compile error: exit 1 with its diagnostic: ok"

set +e
GCSCOPE_JAR=$work/none.jar app/gcscope run "$work/p.vo" >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" = 5 ] && grep -q "build it first" "$work/err" || fail "a missing jar exits $code: $(cat "$work/err")"
echo "missing jar: exit 5 with how to build it: ok"
# the archive must not carry "not compilable" marks from its training JVM: a hot map loop is C2-compiled
sed 's/^const N = .*/const N = 400000/' samples/src/main/resources/gcscope/bench/maps.vo > "$work/maps.vo"
JAVA_OPTS=-XX:+PrintCompilation app/gcscope run "$work/maps.vo" > "$work/jit"
grep -q "^7999998000000\|^79999800000$" "$work/jit" || grep -q "^[0-9]*$" "$work/jit" || fail "maps printed no sum"
grep -Eq "[[:space:]]4[[:space:]]+gcscope\.vm\.interp\.Maps::set " "$work/jit" \
    || fail "with the archive the map operations were never C2-compiled: $(grep "Maps::set " "$work/jit" | head -5)"
echo "hot code is C2-compiled with the archive: ok"
echo "launcher: ok"
