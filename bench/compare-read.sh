#!/bin/sh
# Compares how two builds of Clerk read a committee, whole process, taking turns: BEFORE and AFTER are two clerk.jar
# files. On a synthetic committee of MEETINGS meeting files (default 100), each runs the commands that read the whole
# committee before they write anything (the agenda of the last meeting, the task list, the check, an up-to-date
# build), RUNS times in turn (default 5), and the best wall and CPU time of each is printed with the ratio
# AFTER/BEFORE. Issue 16's "the committee is parsed and checked once per command" shows here.
# Usage: bench/compare-read.sh BEFORE.jar AFTER.jar [MEETINGS] [RUNS]
set -eu
before=$1
after=$2
meetings=${3:-100}
runs=${4:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/clerk-read-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
java "$root/bench/src/main/java/dev/clerk/bench/SyntheticCommittee.java" "$work/c" "$meetings" >/dev/null
last=$(ls "$work/c/meetings" | sort | tail -1)
java -jar "$before" build "$work/c" --out "$work/out-before" --quiet >/dev/null 2>&1 || true
java -jar "$after" build "$work/c" --out "$work/out-after" --quiet >/dev/null 2>&1 || true

. "$root/bench/turns.sh"

cases=${CASES:-"agenda-md agenda-pdf tasks-csv check build-noop"}
args() {
    case $1 in
        agenda-md) echo "agenda $work/c/meetings/$last --format md -o $work/a.md" ;;
        agenda-pdf) echo "agenda $work/c/meetings/$last --format pdf -o $work/a.pdf" ;;
        tasks-csv) echo "tasks $work/c --format csv -o $work/t.csv" ;;
        check) echo "check $work/c" ;;
        build-noop) echo "build $work/c --out $work/out-$2 --quiet" ;;
    esac
}

printf "%-13s %22s %22s %8s\n" "$meetings meetings" "before: wall / CPU" "after: wall / CPU" "ratio"
take_turns $cases
