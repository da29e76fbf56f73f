#!/usr/bin/env bash
# CI check: every golden sample, benchmark and lesson program that is valid Go prints what it expects.
exec "$(dirname "$0")/../go-oracle.sh"
