package dev.clerk.render.docx;

/** The named styles of Clerk's Word documents (defined in {@code styles.xml}), by style id. */
enum Style {
    LETTERHEAD("Letterhead"),
    TITLE("Title"),
    SUBTITLE("Subtitle"),
    MEETING_DETAILS("MeetingDetails"),
    HEADING_1("Heading1"),
    HEADING_2("Heading2"),
    HEADING_3("Heading3"),
    HEADING_4("Heading4"),
    HEADING_5("Heading5"),
    HEADING_6("Heading6"),
    SECTION_HEADING("SectionHeading"),
    BODY_TEXT("BodyText"),
    ATTENDANCE("Attendance"),
    ITEM_DETAILS("ItemDetails"),
    OUTCOME("Outcome"),
    MOTION("Motion"),
    DECISION("Decision"),
    ACTION("Action"),
    LIST_NUMBER("ListNumber"),
    LIST_BULLET("ListBullet"),
    LIST_BULLET_2("ListBullet2"),
    NOTE("Note"),
    LEAD_IN("LeadIn"),
    ADJOURNMENT("Adjournment"),
    APPROVAL("Approval"),
    TABLE_TEXT("TableText"),
    TABLE_HEADING("TableHeading"),
    TABLE("ClerkTable"),
    STRONG("Strong"),
    EMPHASIS("Emphasis"),
    HYPERLINK("Hyperlink"),
    HEADER("Header"),
    FOOTER("Footer"),
    FORM_TITLE("FormTitle"),
    FORM_LABEL("FormLabel"),
    FORM_VALUE("FormValue"),
    FORM_GAP("FormGap"),
    FORM_HINT("FormHint"),
    FORM_TABLE("ClerkForm");

    /** The number of outline levels that have a heading style of their own (Heading 1 to 6). */
    static final int HEADING_LEVELS = 6;

    private final String id;

    Style(String id) {
        this.id = id;
    }

    /** The style id written in the document. */
    String id() {
        return id;
    }

    /** The heading style of an outline level (0 is Heading 1); levels past the sixth use Heading 6. */
    static Style heading(int level) {
        return switch (Math.min(level, HEADING_LEVELS - 1)) {
            case 0 -> HEADING_1;
            case 1 -> HEADING_2;
            case 2 -> HEADING_3;
            case 3 -> HEADING_4;
            case 4 -> HEADING_5;
            default -> HEADING_6;
        };
    }
}
