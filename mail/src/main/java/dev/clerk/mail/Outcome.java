package dev.clerk.mail;

import java.util.Objects;

/**
 * What became of one recipient in a run.
 *
 * @param recipient who
 * @param status    sent, already sent, refused by the server, or not sent
 * @param detail    the server's reply, the earlier send, or why nothing was sent
 */
public record Outcome(Recipient recipient, Status status, String detail) {
    /** What became of a recipient. */
    public enum Status {
        /** The server accepted the message for this recipient (now in the send log). */
        SENT("sent"),
        /** The send log shows an earlier run sent it; nothing was sent again. */
        ALREADY_SENT("already sent"),
        /** The server refused this recipient (a 5xx or 4xx reply to RCPT TO). */
        REFUSED("refused"),
        /** Nothing was sent, because of a failure that concerned the whole connection. */
        NOT_SENT("not sent");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        /** The word printed in summaries. */
        public String word() {
            return word;
        }
    }

    public Outcome {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        String line = detail == null ? null : Addresses.oneLine(detail);
        detail = line == null ? "" : line;
    }

    /** Whether this recipient has the message, now or from an earlier run. */
    public boolean delivered() {
        return status == Status.SENT || status == Status.ALREADY_SENT;
    }
}
