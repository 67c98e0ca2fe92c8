package dev.clerk.mail;

import dev.clerk.model.io.InputException;
import dev.clerk.model.io.JsonLines;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of every message a mail server has accepted, one JSON line per recipient, kept in the committee
 * folder ({@value #FILE_NAME}). A line is appended and forced to disk as soon as the server accepts a recipient,
 * so that a run stopped at any point knows exactly who still needs the message.
 * While a log is open for sending it is locked, so two runs cannot send the same mailing at once.
 */
public final class SendLog implements Closeable {
    /** The log's file name in the committee folder. */
    public static final String FILE_NAME = "send-log.jsonl";

    /**
     * One accepted recipient.
     *
     * @param meeting   the meeting, by its file name without extension ("2017-05-22")
     * @param what      the document: packet, agenda or minutes
     * @param recipient the address
     * @param messageId the Message-ID of the message
     * @param time      when the server accepted it
     * @param reply     the server's reply
     * @param sequence  the calendar event's SEQUENCE, or -1 when the message had no event
     * @param event     a fingerprint of the event's content, or null
     * @param document  a fingerprint of what the message carried (its text and its document or link), or null in
     *                  lines written before it was recorded
     */
    public record Entry(String meeting, String what, String recipient, String messageId, Instant time, String reply,
                        int sequence, String event, String document) {
        public Entry {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(time, "time");
            reply = reply == null ? "" : reply.strip();
        }

        String line() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("meeting", meeting);
            m.put("what", what);
            m.put("recipient", recipient);
            m.put("messageId", messageId);
            m.put("time", time.toString());
            m.put("reply", reply);
            if (sequence >= 0) {
                m.put("sequence", sequence);
                m.put("event", event);
            }
            if (document != null) {
                m.put("document", document);
            }
            return JsonLines.line(m);
        }

        boolean concerns(String meeting, DocumentKind what, String address) {
            return this.meeting.equals(meeting) && this.what.equals(what.key())
                    && recipient.toLowerCase(Locale.ROOT).equals(address.toLowerCase(Locale.ROOT));
        }
    }

    private final Path file;
    private final List<Entry> entries;
    private final FileChannel channel;
    private final FileLock lock;

    private SendLog(Path file, List<Entry> entries, FileChannel channel, FileLock lock) {
        this.file = file;
        this.entries = entries;
        this.channel = channel;
        this.lock = lock;
    }

    /** Reads the log without opening it for writing (for {@code --dry-run}); an absent file is an empty log. */
    public static SendLog read(Path file) throws InputException, IOException {
        return new SendLog(file, parse(file), null, null);
    }

    /**
     * Opens the log for sending: reads it, creates it when absent, and locks it.
     *
     * @throws IOException when it cannot be written, or another run holds it
     */
    public static SendLog open(Path file) throws InputException, IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IOException(file + ": another 'clerk send' is sending right now; wait for it to finish");
            }
            return new SendLog(file, parse(file), channel, lock);
        } catch (IOException | InputException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static List<Entry> parse(Path file) throws InputException, IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        }
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                Map<String, Object> m = JsonLines.parse(lines.get(i));
                Object seq = m.get("sequence");
                entries.add(new Entry(text(m, "meeting"), text(m, "what"), text(m, "recipient"), text(m, "messageId"),
                        Instant.parse(text(m, "time")), (String) m.getOrDefault("reply", ""),
                        seq instanceof Number n ? n.intValue() : -1, (String) m.get("event"),
                        (String) m.get("document")));
            } catch (IllegalArgumentException | NullPointerException | ClassCastException | DateTimeParseException e) {
                problems.add(Problem.error(file.toString(), new Position(i + 1, 1), "",
                        "not a send-log line (" + e.getMessage() + "); fix or remove the line, keeping the others"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return entries;
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return s;
    }

    /** Every entry, oldest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The path of the log. */
    public Path file() {
        return file;
    }

    /** The first time this recipient was sent this document of this meeting. */
    public Optional<Entry> sent(String meeting, DocumentKind what, String address) {
        return entries.stream().filter(e -> e.concerns(meeting, what, address)).findFirst();
    }

    /** The last time this recipient was sent this document of this meeting. */
    public Optional<Entry> lastSent(String meeting, DocumentKind what, String address) {
        return entries.stream().filter(e -> e.concerns(meeting, what, address)).reduce((a, b) -> b);
    }

    /** How many times this recipient has been sent this document of this meeting. */
    int count(String meeting, DocumentKind what, String address) {
        return (int) entries.stream().filter(e -> e.concerns(meeting, what, address)).count();
    }

    /** The latest calendar revision sent for this meeting, as [sequence, fingerprint]. */
    Optional<Entry> lastEvent(String meeting) {
        return entries.stream().filter(e -> e.meeting().equals(meeting) && e.sequence() >= 0)
                .reduce((a, b) -> b.sequence() >= a.sequence() ? b : a);
    }

    /** Appends an entry and forces it to disk before returning. */
    void append(Entry entry) throws IOException {
        if (channel == null) {
            throw new IllegalStateException("the send log was opened for reading only");
        }
        ByteBuffer bytes = ByteBuffer.wrap((entry.line() + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
        entries.add(entry);
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
