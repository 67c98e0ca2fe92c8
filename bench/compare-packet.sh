#!/bin/sh
# Compares 'clerk packet' with 'qpdf --empty --pages' on the same attachments: 100 PDFs of 20 pages and one of
# 500 pages. qpdf only concatenates; clerk packet also lays out the agenda and its table of contents, stamps
# "Packet page N of M" on every page (scaling attachment pages to leave room), links and bookmarks everything.
# The two run in turn RUNS times; prints the best wall time of each with that run's CPU time and peak memory (RSS),
# the ratios, and the median of the RUNS ratios of one turn.
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

# One run of a command: "wall cpu kilobytes" (CPU = user + system; kilobytes = peak RSS).
run() {
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    awk '{print $1, $2 + $3, $4}' "$work/time"
}

# As users run it: ./clerk, with its class-data-sharing archive and the quick compiler only; one unmeasured run
# first, so that the archive is recorded outside the measurement.
set -- "$root/clerk" packet "$work/committee/meetings/2030-01-15.yaml" -o "$work/clerk.pdf"
"$@" >/dev/null 2>&1
# The two take turns, so that both meet the same conditions on a machine whose speed drifts.
: >"$work/runs"
for i in $(seq "$runs"); do
    # shellcheck disable=SC2086
    echo "$(run qpdf --empty --pages $files -- "$work/qpdf.pdf") $(run "$@")" >>"$work/runs"
done
pages_q=$(qpdf --show-npages "$work/qpdf.pdf")
pages_c=$(qpdf --show-npages "$work/clerk.pdf")
# Each line of runs: qpdf wall cpu kb, clerk wall cpu kb. Best = the run with the least wall time.
sort -n -k1,1 "$work/runs" | head -1 | cut -d' ' -f1-3 >"$work/q"
sort -n -k4,4 "$work/runs" | head -1 | cut -d' ' -f4-6 >"$work/c"
ratios=$(awk '{print $4 / $1}' "$work/runs" | sort -n | tr '\n' ' ')
echo "$(cat "$work/q") $(cat "$work/c") $pages_q $pages_c $ratios" | awk -v n="$runs" '{
    printf "qpdf --empty --pages: %6.2f s wall  %6.2f s CPU  %7.1f MB peak  %d pages\n", $1, $2, $3 / 1024, $7
    printf "clerk packet:         %6.2f s wall  %6.2f s CPU  %7.1f MB peak  %d pages\n", $4, $5, $6 / 1024, $8
    median = (n % 2) ? $(9 + (n - 1) / 2) : ($(9 + n / 2 - 1) + $(9 + n / 2)) / 2
    printf "ratio clerk/qpdf: %.2f x wall time (best of each; %.2f x the median of the %d turns), %.2f x CPU time, %.2f x peak memory; target: within 4x wall time\n", $4 / $1, median, n, $5 / $2, $6 / $3
}'
