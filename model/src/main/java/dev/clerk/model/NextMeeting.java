package dev.clerk.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the minutes say about the next meeting.
 *
 * @param date          its date, or null when not yet set
 * @param time          its start time, or null for the body's usual time
 * @param location      its place, or null for the body's usual place
 * @param followUps     the numbered follow-ups
 * @param proposedItems items proposed for its agenda
 */
public record NextMeeting(LocalDate date, LocalTime time, Location location, List<FollowUp> followUps,
                          List<String> proposedItems) {
    public NextMeeting {
        followUps = Checks.list(followUps, "followUps");
        proposedItems = Checks.texts(proposedItems, "proposedItems");
    }
}
