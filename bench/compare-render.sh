#!/bin/sh
# Compares the rendering of two builds of Clerk, whole process, taking turns: BEFORE and AFTER are two clerk.jar
# files (say, the last release and this checkout). Each renders the worked example's minutes and agenda as PDF and
# Word, the task list as PDF, and one `build --force` of the example (which AFTER makes with HTML too: it counts its
# documents), RUNS times in turn so that both meet the same conditions on a machine whose speed drifts. Prints the
# best wall time and CPU time of each and the ratio AFTER/BEFORE.
# Usage: bench/compare-render.sh BEFORE.jar AFTER.jar [RUNS]
#   e.g. git worktree add /tmp/before <commit> && (cd /tmp/before && mvn -q -DskipTests package -pl cli -am)
#        bench/compare-render.sh /tmp/before/cli/target/clerk.jar cli/target/clerk.jar 5
set -eu
before=$1
after=$2
runs=${3:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
ex="$root/examples/swtpic"
work=$(mktemp -d /tmp/clerk-render-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

. "$root/bench/turns.sh"

cases="minutes-pdf minutes-docx agenda-pdf agenda-docx tasks-pdf build"
args() {
    case $1 in
        minutes-pdf) echo "minutes $ex/meetings/2017-03-27.yaml --format pdf -o $work/m.pdf" ;;
        minutes-docx) echo "minutes $ex/meetings/2017-03-27.yaml --format docx -o $work/m.docx" ;;
        agenda-pdf) echo "agenda $ex/meetings/2017-05-22.yaml --format pdf -o $work/a.pdf" ;;
        agenda-docx) echo "agenda $ex/meetings/2017-05-22.yaml --format docx -o $work/a.docx" ;;
        tasks-pdf) echo "tasks $ex --as-of 2017-05-22 --format pdf -o $work/t.pdf" ;;
        build) echo "build $ex --out $work/out --force --quiet" ;;
    esac
}

printf "%-13s %22s %22s %8s\n" "" "before: wall / CPU" "after: wall / CPU" "ratio"
take_turns $cases
java -jar "$before" build "$ex" --out "$work/before-out" --force --quiet >/dev/null 2>&1
java -jar "$after" build "$ex" --out "$work/after-out" --force --quiet >/dev/null 2>&1
echo "documents of one build: before $(find "$work/before-out" -type f ! -name index.html ! -name '.*' | wc -l)," \
    "after $(find "$work/after-out" -type f ! -name index.html ! -name '.*' | wc -l)"
