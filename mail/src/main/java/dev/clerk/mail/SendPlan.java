package dev.clerk.mail;

import java.util.List;

/**
 * What a run will send: the messages still due, and the recipients the send log shows as already sent.
 *
 * @param messages the messages to send, one per recipient or one in Bcc
 * @param skipped  the recipients left out because an earlier run reached them
 */
public record SendPlan(List<Outgoing> messages, List<Outcome> skipped) {
    public SendPlan {
        messages = List.copyOf(messages);
        skipped = List.copyOf(skipped);
    }

    /**
     * The skipped recipients whose copy is out of date: the document or the message changed (the meeting file was
     * edited) since they were sent it. {@code --resend} sends them the new one, its subject marked as updated.
     */
    public List<Outcome> outdated() {
        return skipped.stream().filter(Outcome::outdated).toList();
    }

    /** Everyone the messages go to. */
    public List<Recipient> recipients() {
        return messages.stream().flatMap(m -> m.recipients().stream()).toList();
    }
}
