package dev.clerk.model;

import java.util.List;

/**
 * The counted vote on a motion, with the names on each side when the vote was by roll call.
 *
 * @param ayes         the number in favour, or null when not counted
 * @param noes         the number against, or null
 * @param abstentions  the number abstaining, or null
 * @param ayeNames     who voted in favour (roll call)
 * @param noNames      who voted against (roll call)
 * @param abstainNames who abstained (roll call)
 * @param absentNames  who was absent for the vote (roll call)
 */
public record Vote(Integer ayes, Integer noes, Integer abstentions, List<String> ayeNames, List<String> noNames,
                   List<String> abstainNames, List<String> absentNames) {
    public Vote {
        ayeNames = Checks.texts(ayeNames, "ayeNames");
        noNames = Checks.texts(noNames, "noNames");
        abstainNames = Checks.texts(abstainNames, "abstainNames");
        absentNames = Checks.texts(absentNames, "absentNames");
        ayes = count(ayes, ayeNames, "ayes");
        noes = count(noes, noNames, "noes");
        abstentions = count(abstentions, abstainNames, "abstentions");
    }

    private static Integer count(Integer given, List<String> names, String field) {
        Checks.upTo(given, Checks.MAX_COUNT, field);
        if (names.isEmpty()) {
            return given;
        }
        if (given != null && given != names.size()) {
            throw new IllegalArgumentException(field + ": " + given + " does not match the " + names.size() + " names listed");
        }
        return names.size();
    }

    /** A counted vote without names. */
    public static Vote counted(int ayes, int noes, int abstentions) {
        return new Vote(ayes, noes, abstentions, List.of(), List.of(), List.of(), List.of());
    }

    /** The votes counted: for, against and abstaining (a side not counted is none). */
    public int total() {
        return (ayes == null ? 0 : ayes) + (noes == null ? 0 : noes) + (abstentions == null ? 0 : abstentions);
    }

    /**
     * Whether more votes are counted than {@code attendees} has people present, where the attendance shows a roll was
     * taken (someone is recorded absent or excused: minutes may list only the people they name). A roll call is
     * held to its names instead.
     */
    public boolean exceedsAttendance(List<Attendee> attendees) {
        long present = attendees.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        boolean rollTaken = attendees.stream().anyMatch(a -> a.status() != AttendanceStatus.PRESENT);
        return !isRollCall() && rollTaken && total() > present;
    }

    /** Whether the names on each side were recorded. */
    public boolean isRollCall() {
        return !ayeNames.isEmpty() || !noNames.isEmpty() || !abstainNames.isEmpty();
    }
}
