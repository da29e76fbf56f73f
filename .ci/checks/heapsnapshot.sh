#!/usr/bin/env bash
# Exported .heapsnapshot files are read by an independent parser (the v8-heapsnapshot npm package), and
# DOT exports render with Graphviz. Needs node/npm and dot (installed by .ci/install-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v node >/dev/null || { echo "node missing" >&2; exit 1; }
command -v dot >/dev/null || { echo "graphviz dot missing" >&2; exit 1; }
jar=app/target/gcscope.jar
[ -f "$jar" ] || { echo "$jar missing: run mvn -B verify first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp .ci/heapsnapshot-check/check.js "$work/"
( cd "$work" && npm init -y >/dev/null 2>&1 && npm install --no-audit --no-fund v8-heapsnapshot@1.3.1 >/dev/null 2>&1 ) \
    || { echo "could not install v8-heapsnapshot" >&2; exit 1; }
n=0
for prog in samples/src/main/resources/gcscope/samples/skel_tree.vo samples/src/main/resources/gcscope/samples/skel_linked_list.vo \
            samples/src/main/resources/gcscope/samples/map_of_structs.vo samples/src/main/resources/gcscope/samples/enum_shapes.vo; do
    for at in "--step 200" "--at-end"; do
        base="$work/$(basename "$prog" .vo)-${at//[ -]/}"
        java -jar "$jar" export "$prog" $at --format heapsnapshot -o "$base.heapsnapshot"
        java -jar "$jar" export "$prog" $at --format json -o "$base.json"
        java -jar "$jar" export "$prog" $at --format dot -o "$base.dot"
        (cd "$work" && node check.js "$base.heapsnapshot" "$base.json")
        dot -Tsvg "$base.dot" -o "$base.svg"
        n=$((n + 1))
    done
done
echo "heapsnapshot/dot: $n passed, 0 failed"
