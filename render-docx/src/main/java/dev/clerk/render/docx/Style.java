package dev.clerk.render.docx;

/** The named styles of Clerk's Word documents (defined in {@code styles.xml}), by style id. */
enum Style {
    LETTERHEAD("Letterhead"),
    TITLE("Title"),
    SUBTITLE("Subtitle"),
    MEETING_DETAILS("MeetingDetails"),
    MINUTES_STATUS("MinutesStatus"),
    HEADING_1("Heading1"),
    HEADING_2("Heading2"),
    HEADING_3("Heading3"),
    SECTION_HEADING("SectionHeading"),
    BODY_TEXT("BodyText"),
    ATTENDANCE("Attendance"),
    ITEM_DETAILS("ItemDetails"),
    OUTCOME("Outcome"),
    FOLLOW_UP("FollowUp"),
    PROPOSED_ITEM("ProposedItem"),
    ADJOURNMENT("Adjournment"),
    TABLE_TEXT("TableText"),
    TABLE_HEADING("TableHeading"),
    TABLE("ClerkTable"),
    STRONG("Strong"),
    HEADER("Header"),
    FOOTER("Footer");

    private final String id;

    Style(String id) {
        this.id = id;
    }

    /** The style id written in the document. */
    String id() {
        return id;
    }

    /** The heading style of an outline level (0 is Heading 1); levels past the third use Heading 3. */
    static Style heading(int level) {
        return switch (Math.min(level, 2)) {
            case 0 -> HEADING_1;
            case 1 -> HEADING_2;
            default -> HEADING_3;
        };
    }
}
