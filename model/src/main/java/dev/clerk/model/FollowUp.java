package dev.clerk.model;

import java.util.List;

/**
 * A numbered follow-up listed under the next meeting ("3) Minouche will email Sgt. Flores ...").
 *
 * @param text    the follow-up as written
 * @param tasks   ids of action items assigned elsewhere in these minutes that it restates
 * @param actions action items it assigns that appear nowhere else
 */
public record FollowUp(String text, List<String> tasks, List<ActionItem> actions) {
    public FollowUp {
        text = Checks.required(text, "text");
        tasks = Checks.texts(tasks, "tasks");
        actions = Checks.list(actions, "actions");
    }
}
