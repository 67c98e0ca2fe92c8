package dev.clerk.mail;

import java.util.Objects;

/**
 * What became of one recipient in a run.
 *
 * @param recipient who
 * @param status    sent, already sent, refused by the server, or not sent
 * @param detail    the server's reply, the earlier send, or why nothing was sent
 * @param lasting   whether the failure lasts until something is changed (a permanent refusal, a refused login, a
 *                  certificate not trusted), so that running the same command again cannot cure it
 */
public record Outcome(Recipient recipient, Status status, String detail, boolean lasting) {
    /** What became of a recipient. */
    public enum Status {
        /** The server accepted the message for this recipient (now in the send log). */
        SENT("sent"),
        /** The send log shows an earlier run sent it; nothing was sent again. */
        ALREADY_SENT("already sent"),
        /** The server refused this recipient for good (a 5xx reply). */
        REFUSED("refused"),
        /** Nothing was sent: the connection failed, or the server asked to try later (a 4xx reply). */
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

    /** An outcome whose failure, if any, is lasting when the server refused the recipient for good. */
    public Outcome(Recipient recipient, Status status, String detail) {
        this(recipient, status, detail, status == Status.REFUSED);
    }

    public Outcome {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        String line = detail == null ? null : Addresses.oneLine(detail);
        detail = line == null ? "" : line;
    }

    /** Whether the send log shows this recipient was sent an earlier version, not the one of this run. */
    public boolean outdated() {
        return status == Status.ALREADY_SENT && detail.endsWith(OUTDATED);
    }

    /** The end of an already-sent detail whose copy is out of date. */
    static final String OUTDATED = "(an earlier version)";

    /** Whether this recipient has the message, now or from an earlier run. */
    public boolean delivered() {
        return status == Status.SENT || status == Status.ALREADY_SENT;
    }
}
