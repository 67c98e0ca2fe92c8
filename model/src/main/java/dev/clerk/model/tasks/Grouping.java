package dev.clerk.model.tasks;

import dev.clerk.model.Named;

/** How a task list is grouped: under each owner, or under the meeting that assigned the task. */
public enum Grouping implements Named {
    OWNER, MEETING;

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
