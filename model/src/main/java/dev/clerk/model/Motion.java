package dev.clerk.model;

/**
 * A motion put to the body.
 *
 * @param text     what was moved ("to approve the minutes of March 27, 2017")
 * @param mover    who moved it, or null when the minutes do not say
 * @param seconder who seconded it, or null
 * @param result   what became of it, or null when no vote is recorded
 * @param vote     the counts and names, or null when not counted
 * @param note     a remark ("approved as corrected"), or null
 */
public record Motion(String text, String mover, String seconder, MotionResult result, Vote vote, String note) {
    public Motion {
        text = Checks.required(text, "text");
        mover = Checks.optional(mover);
        seconder = Checks.optional(seconder);
        note = Checks.optional(note);
    }
}
