package dev.clerk.compose.doc;

import java.util.Objects;

/**
 * A paragraph in one of the roles a committee document has; painters give each role its style.
 *
 * @param role what the paragraph is
 * @param text its text
 */
public record Paragraph(Role role, Text text) implements Block {
    /** The roles of paragraphs. */
    public enum Role {
        /** Body text: narrative, descriptions. */
        BODY,
        /** A line of the letterhead above the title (department, parent body). */
        LETTERHEAD,
        /** The line under the title ("Regular Meeting Agenda"). */
        SUBTITLE,
        /** The details under an item's heading ("Action · Presented by ... · 15 min"). */
        DETAILS,
        /** A line of the attendance record ("Present: ..."). */
        ATTENDANCE,
        /** A remark in smaller text. */
        NOTE,
        /** A lead-in ("Action items:") kept on the page of the block that follows it. */
        LEAD,
        /** The adjournment sentence. */
        CLOSING,
        /** The approval or draft statement that ends the minutes. */
        STATUS
    }

    public Paragraph {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    /** A body paragraph. */
    public static Paragraph body(Text text) {
        return new Paragraph(Role.BODY, text);
    }
}
