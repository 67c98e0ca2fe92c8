#!/usr/bin/env bash
# Whole-cycle benchmark: `clerk build --force` on a synthetic committee of N meetings (default 50) with
# attachments, then the same build again with nothing to do. Reports documents per second and peak memory
# (resident set, from /usr/bin/time), and how one build compares with one `clerk minutes` process per
# document (what a shell loop over the meetings would cost).
#
#   bench/build-cycle.sh [MEETINGS]        (CLERK_CDS=0 to run without the class-data archive)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
meetings="${1:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "build-cycle: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

"$here/clerk" --version >/dev/null   # builds the jar (and its class-data archive) when out of date
java "$here/bench/src/main/java/dev/clerk/bench/SyntheticCommittee.java" "$work/committee" "$meetings"

# run LABEL ARGS...: runs clerk under /usr/bin/time; sets $secs and $kb.
run() {
  local label="$1"; shift
  /usr/bin/time -o "$work/time" -f "%e %M" "$here/clerk" "$@" >"$work/out" 2>&1 || {
    cat "$work/out" >&2; echo "build-cycle: $label failed" >&2; exit 1; }
  read -r secs kb <"$work/time"
}

run "build --force" build "$work/committee" --force
full_secs="$secs"; full_kb="$kb"
docs="$(find "$work/committee/out" -type f ! -name index.html ! -name .clerk-build | wc -l)"
run "build (up to date)" build "$work/committee"
noop_secs="$secs"; noop_kb="$kb"
grep -q "everything up to date" "$work/out" || { cat "$work/out" >&2; echo "build-cycle: second build rebuilt something" >&2; exit 1; }
run "minutes" minutes "$work/committee/meetings/2020-01-06.yaml" -o "$work/one.pdf"
one_secs="$secs"

awk -v n="$meetings" -v d="$docs" -v s="$full_secs" -v kb="$full_kb" -v ns="$noop_secs" -v nkb="$noop_kb" \
    -v one="$one_secs" 'BEGIN {
  printf "committee: %d meetings, %d documents (+ index.html)\n", n, d
  printf "clerk build --force : %6.2f s  %6.1f documents/s  peak RSS %5.0f MB\n", s, d / s, kb / 1024
  printf "clerk build (no-op) : %6.2f s                      peak RSS %5.0f MB\n", ns, nkb / 1024
  printf "clerk minutes (one) : %6.2f s\n", one
  printf "one build vs one process per document: %.1fx faster (%d x %.2f s = %.1f s)\n", d * one / s, d, one, d * one
}'
