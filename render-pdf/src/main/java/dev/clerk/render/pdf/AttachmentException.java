package dev.clerk.render.pdf;

import java.util.Objects;

/**
 * A document an agenda item lists cannot go into the packet (missing, damaged, needing a password, of a kind that
 * cannot be converted); nothing was written. It names the item and the file, and the field of the item's entry in
 * the meeting file, so that a caller can point at its line.
 */
public final class AttachmentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int item;
    private final String field;

    /**
     * @param item      the index of the item among the agenda's items, depth first
     * @param itemName  the item as printed ("VI. Priorities for 2017")
     * @param field     the field of the item the problem is in ({@code attachments[0].path}, {@code minutesOf})
     * @param file      the file as the meeting file gives it, or null
     * @param problem   what is wrong ("needs a password to open")
     */
    AttachmentException(int item, String itemName, String field, String file, String problem, Throwable cause) {
        super("item " + itemName + ": " + (file == null ? "" : file + ": ") + Objects.requireNonNull(problem, "problem"),
                cause);
        this.item = item;
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The index of the item among the agenda's items, depth first (the order of {@code Agenda.items()}). */
    public int item() {
        return item;
    }

    /** The field of the item the problem is in: {@code attachments[0].path} or {@code minutesOf}. */
    public String field() {
        return field;
    }
}
