package dev.clerk.model;

/**
 * One line of a meeting's attendance record.
 *
 * @param name        the person's full name
 * @param lang        the language the name is written in, as a BCP 47 tag ("ar"), when it is not the documents'
 *                    language; null to take it from the roster or tell it from the script
 * @param affiliation the organisation printed beside the name, or null
 * @param status      present (the default), absent or excused
 * @param role        member, chair, staff, guest, ...; null when the minutes only say who attended
 * @param note        a remark such as "by phone" or "arrived at 7:15 p.m.", or null
 */
public record Attendee(String name, String lang, String affiliation, AttendanceStatus status, Role role,
                       String note) {
    public Attendee {
        name = Checks.required(name, "name");
        lang = Checks.language(lang, "lang");
        affiliation = Checks.optional(affiliation);
        status = status == null ? AttendanceStatus.PRESENT : status;
        note = Checks.optional(note);
    }

    /** An attendee whose name declares no language of its own. */
    public Attendee(String name, String affiliation, AttendanceStatus status, Role role, String note) {
        this(name, null, affiliation, status, role, note);
    }

    /** Someone who was there, with an affiliation when one is known. */
    public static Attendee present(String name, String affiliation) {
        return new Attendee(name, affiliation, AttendanceStatus.PRESENT, null, null);
    }
}
