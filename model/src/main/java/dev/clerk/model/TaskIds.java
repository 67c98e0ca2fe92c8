package dev.clerk.model;

import java.util.regex.Pattern;

/** The form of action item ids: letters, digits, '-', '_' and '.', starting with a letter or digit. */
public final class TaskIds {
    /** What an id must look like, as said in error messages. */
    public static final String RULE = "must be letters, digits, '-', '_' or '.', starting with a letter or digit";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private TaskIds() {
    }

    /** Whether {@code id} has the form of a task id. */
    public static boolean isValid(String id) {
        return FORM.matcher(id).matches();
    }
}
