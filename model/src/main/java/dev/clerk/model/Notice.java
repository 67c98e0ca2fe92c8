package dev.clerk.model;

/**
 * A standing notice printed on every agenda (disability access, language interpretation, public comment).
 *
 * @param title the notice's heading
 * @param text  the notice itself
 */
public record Notice(String title, String text) {
    public Notice {
        title = Checks.required(title, "title");
        text = Checks.required(text, "text");
    }
}
