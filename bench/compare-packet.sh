#!/bin/sh
# Compares 'clerk packet' with 'qpdf --empty --pages' on the same attachments: 100 PDFs of 20 pages and one of
# 500 pages. qpdf only concatenates; clerk packet also lays out the agenda and its table of contents, stamps
# "Packet page N of M" on every page (scaling attachment pages to leave room), links and bookmarks everything.
# Prints the wall time of each (best of RUNS) with that run's CPU time and peak memory (RSS), and the ratios.
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

# best wall time over $runs runs, with that run's CPU time (user + system) and peak RSS: "seconds cpu kilobytes"
measure() {
    best=""
    for i in $(seq "$runs"); do
        /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
        line=$(awk '{print $1, $2 + $3, $4}' "$work/time")
        if [ -z "$best" ] || [ "$(echo "$line $best" | awk '{print ($1 < $4)}')" = 1 ]; then best=$line; fi
    done
    echo "$best"
}

# shellcheck disable=SC2086
q=$(measure qpdf --empty --pages $files -- "$work/qpdf.pdf")
# As users run it: ./clerk, with its class-data-sharing archive and the quick compiler only; one unmeasured run
# first, so that the archive is recorded outside the measurement.
set -- "$root/clerk" packet "$work/committee/meetings/2030-01-15.yaml" -o "$work/clerk.pdf"
"$@" >/dev/null 2>&1
c=$(measure "$@")
pages_q=$(qpdf --show-npages "$work/qpdf.pdf")
pages_c=$(qpdf --show-npages "$work/clerk.pdf")
echo "$q $c $pages_q $pages_c" | awk '{
    printf "qpdf --empty --pages: %6.2f s wall  %6.2f s CPU  %7.1f MB peak  %d pages\n", $1, $2, $3 / 1024, $7
    printf "clerk packet:         %6.2f s wall  %6.2f s CPU  %7.1f MB peak  %d pages\n", $4, $5, $6 / 1024, $8
    printf "ratio clerk/qpdf: %.2f x wall time, %.2f x CPU time, %.2f x peak memory; target: within 4x wall time\n", $4 / $1, $5 / $2, $6 / $3
}'
