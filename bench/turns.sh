# Sourced by the compare-*.sh scripts that run two builds of Clerk (BEFORE and AFTER, two clerk.jar files) taking
# turns, so that both meet the same conditions on a machine whose speed drifts. The caller sets $before, $after,
# $runs and $work, and defines args CASE WHICH, the arguments of one case ("before" or "after" as WHICH).

# One run: "wall cpu" (CPU = user + system), with the launcher's options (quick compiler only, no archive).
run() {
    /usr/bin/time -f "%e %U %S" -o "$work/time" java -XX:TieredStopAtLevel=1 -jar "$@" >/dev/null 2>"$work/err" \
        || { cat "$work/err" >&2; exit 1; }
    awk '{print $1, $2 + $3}' "$work/time"
}

# take_turns CASE...: RUNS turns of each case; prints the best wall and CPU time of each build and the ratio.
take_turns() {
    for c in "$@"; do
        : >"$work/runs"
        for i in $(seq "$runs"); do
            # shellcheck disable=SC2046
            echo "$(run "$before" $(args "$c" before)) $(run "$after" $(args "$c" after))" >>"$work/runs"
        done
        b=$(sort -n -k1,1 "$work/runs" | head -1 | cut -d' ' -f1-2)
        a=$(sort -n -k3,3 "$work/runs" | head -1 | cut -d' ' -f3-4)
        echo "$c $b $a" | awk '{printf "%-13s %9.2f s / %6.2f s %9.2f s / %6.2f s %7.2fx\n", $1, $2, $3, $4, $5, $4 / $2}'
    done
}
