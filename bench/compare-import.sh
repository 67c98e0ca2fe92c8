#!/bin/sh
# Reading Clerk's Word minutes back, whole process, beside the outside tool a clerk would otherwise use to get the
# text out of a .docx (pandoc to Markdown; pandoc gives text, Clerk gives the meeting exactly). Also times
# `clerk import --into` on the same file (reading, comparing with the meeting file, listing differences).
# Prints hyperfine's summary, with the ratio of each command to the fastest.
# Usage: bench/compare-import.sh [CLERK.jar] [RUNS]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
jar=${1:-$root/cli/target/clerk.jar}
runs=${2:-10}
work=$(mktemp -d /tmp/clerk-import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$root/examples/swtpic" "$work/swtpic"
rm -rf "$work/swtpic/out"
java -jar "$jar" minutes "$work/swtpic/meetings/2017-03-27.yaml" -o "$work/m.docx" >/dev/null
clerk="java -XX:TieredStopAtLevel=1 -jar $jar"
hyperfine --warmup 2 --runs "$runs" -N \
    -n "pandoc docx → markdown" "pandoc $work/m.docx -t markdown -o $work/m.md" \
    -n "clerk import (docx → meeting YAML)" "$clerk import $work/m.docx -o $work/m.yaml --force" \
    -n "clerk import --into (differences)" "$clerk import $work/m.docx --into $work/swtpic/meetings/2017-03-27.yaml"
