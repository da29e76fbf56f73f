#!/usr/bin/env bash
# Installs the external tools that the oracle/format/benchmark checks use. Each check also verifies
# that its own tool is present and fails loudly if it is not: nothing passes silently.
set -euo pipefail
need=()
command -v go >/dev/null 2>&1 || need+=(golang-go)
command -v dot >/dev/null 2>&1 || need+=(graphviz)
command -v lua5.4 >/dev/null 2>&1 || need+=(lua5.4)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need[@]}" >/dev/null
fi
for t in go dot lua5.4 node npm python3; do
    command -v "$t" >/dev/null 2>&1 || { echo "missing tool after install: $t" >&2; exit 1; }
done
