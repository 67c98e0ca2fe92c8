#!/bin/sh
# Compares 'clerk packet' with 'qpdf --empty --pages' on the same attachments: 100 PDFs of 20 pages and one of
# 500 pages. qpdf only concatenates; clerk packet also lays out the agenda and its table of contents, stamps
# "Packet page N of M" on every page (scaling attachment pages to leave room), links and bookmarks everything.
# Prints the wall time of each (best of RUNS), the ratio clerk/qpdf, and both peak memories (RSS).
# Usage: bench/compare-packet.sh [RUNS]   (from the repository root; needs qpdf and /usr/bin/time)
set -eu
runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/cli/target/clerk.jar"
"$root/clerk" --version >/dev/null   # builds the jar when it is missing or stale
command -v qpdf >/dev/null || { echo "qpdf is not installed (apt-get install qpdf)" >&2; exit 2; }
work=$(mktemp -d /tmp/clerk-packet-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
java -cp "$jar" "$root/bench/MakePacketWorkload.java" "$work/committee"
files=$(ls "$work"/committee/attachments/*.pdf)

# best wall time and its peak RSS over $runs runs: "seconds kilobytes"
measure() {
    best=""
    for i in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
        line=$(cat "$work/time")
        if [ -z "$best" ] || [ "$(echo "$line $best" | awk '{print ($1 < $3)}')" = 1 ]; then best=$line; fi
    done
    echo "$best"
}

# shellcheck disable=SC2086
q=$(measure qpdf --empty --pages $files -- "$work/qpdf.pdf")
# As users run it: ./clerk, with its class-data-sharing archive; one unmeasured run records the archive.
set -- "$root/clerk" packet "$work/committee/meetings/2030-01-15.yaml" -o "$work/clerk.pdf"
"$@" >/dev/null 2>&1
c=$(measure "$@")
# The same with the JIT limited to its quick first tier, which suits a job of a few seconds on a small machine.
export CLERK_JAVA_OPTS="${CLERK_JAVA_OPTS:-} -XX:TieredStopAtLevel=1"
c1=$(measure "$@")
pages_q=$(qpdf --show-npages "$work/qpdf.pdf")
pages_c=$(qpdf --show-npages "$work/clerk.pdf")
echo "$q $c $c1 $pages_q $pages_c" | awk '{
    printf "qpdf --empty --pages:              %6.2f s  %7.1f MB peak  %d pages\n", $1, $2 / 1024, $7
    printf "clerk packet:                      %6.2f s  %7.1f MB peak  %d pages\n", $3, $4 / 1024, $8
    printf "clerk packet (TieredStopAtLevel=1): %5.2f s  %7.1f MB peak\n", $5, $6 / 1024
    printf "ratio clerk/qpdf: %.2f x wall time (%.2f x with TieredStopAtLevel=1), %.2f x peak memory; target: within 4x wall time\n", $3 / $1, $5 / $1, $4 / $2
}'
