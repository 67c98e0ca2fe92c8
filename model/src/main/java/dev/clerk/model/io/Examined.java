package dev.clerk.model.io;

import dev.clerk.model.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A committee or meeting file read as far as it can be: every problem found in it, and the model of the parts that
 * could be read, so that a check can go on to what only the model tells. A part with a problem is left out of the
 * model (an unknown field, a value of the wrong form, a list entry that cannot be read); what it names can be asked
 * with {@link #mayMention}, so that a reference to it is not reported as a reference to nothing.
 *
 * @param <T> the model type
 */
public final class Examined<T> {
    private final String file;
    private final Parsed<T> parsed;
    private final List<Problem> problems;
    /** The texts of the parts left out, canonical as {@link Names#canonical} makes them. */
    private final Set<String> unread;
    /** The paths in the file of the parts left out. */
    private final Set<String> left;
    /** The file's text in lower case when it could not be parsed; null when it was, or could not be read. */
    private final String unparsedText;
    /** Whether nothing of the file is known: it could not be read, or not parsed. */
    private final boolean opaque;
    /** What was read: the bytes' hash and text; null when the file could not be read. */
    private final Content content;

    /**
     * The bytes a file was read from, as far as later work needs them: their SHA-256 hash in hex (a build records
     * it as what it made its documents from) and their text (to point at a character in it).
     *
     * @param digest the SHA-256 hash of the bytes, in lower-case hex
     * @param text   the bytes as UTF-8 text
     */
    public record Content(String digest, String text) {
        /** The content of {@code bytes}. */
        public static Content of(byte[] bytes) {
            return new Content(digest(bytes), new String(bytes, StandardCharsets.UTF_8));
        }

        /** The SHA-256 hash of {@code bytes}, in lower-case hex: the one hash Clerk records of a file's content. */
        public static String digest(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    Examined(String file, Parsed<T> parsed, List<Problem> problems, Set<String> unread, Set<String> left) {
        this(file, parsed, problems, unread, left, null, false, null);
    }

    private Examined(String file, Parsed<T> parsed, List<Problem> problems, Set<String> unread, Set<String> left,
                     String unparsedText, boolean opaque, Content content) {
        this.file = file;
        this.parsed = parsed;
        this.problems = List.copyOf(problems);
        this.unread = Set.copyOf(unread);
        this.left = Set.copyOf(left);
        this.unparsedText = unparsedText;
        this.opaque = opaque;
        this.content = content;
    }

    /** This reading, knowing the bytes it was read from. */
    Examined<T> readFrom(byte[] bytes) {
        return new Examined<>(file, parsed, problems, unread, left, unparsedText, opaque, Content.of(bytes));
    }

    /** What the file held when it was read; empty when it could not be read. */
    public Optional<Content> content() {
        return Optional.ofNullable(content);
    }

    /** A file that could not be parsed: {@code text} is what it holds, or null when it could not be read. */
    static <T> Examined<T> unparsed(String file, List<Problem> problems, String text) {
        return new Examined<>(file, null, problems, Set.of(), Set.of(), text == null ? null : text.toLowerCase(Locale.ROOT),
                true, null);
    }

    /** The file as named in messages. */
    public String file() {
        return file;
    }

    /** The model of what could be read: the whole file when there are no problems; empty when nothing could be. */
    public Optional<Parsed<T>> parsed() {
        return Optional.ofNullable(parsed);
    }

    /** Every problem found, in the order of the file. */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether the model is the whole file: no problem was found. */
    public boolean isComplete() {
        return problems.isEmpty();
    }

    /**
     * Whether the model lacks part of what the file holds at {@code path} (a field path of the file, such as
     * {@code attendees}): it, something in it, or what holds it was left out. Always true of a file that could not
     * be read.
     */
    public boolean lacks(String path) {
        if (opaque || parsed == null) {
            return true;
        }
        for (String p : left) {
            if (p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "[") || path.startsWith(p + ".")
                    || path.startsWith(p + "[") || p.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a part of the file left out of the model may name {@code text} (a person, a group, a task id), so
     * that finding it nowhere in the model proves nothing. Always true of a file that could not be read.
     */
    public boolean mayMention(String text) {
        if (opaque) {
            return unparsedText == null || unparsedText.contains(Names.canonical(text));
        }
        return unread.contains(Names.canonical(text));
    }
}
