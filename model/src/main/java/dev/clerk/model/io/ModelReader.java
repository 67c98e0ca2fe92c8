package dev.clerk.model.io;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.clerk.model.Attachment;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads committee and meeting files, YAML or JSON, into the model.
 * Every problem is reported with file, line, column and field; a file with any error is refused whole.
 */
public final class ModelReader {
    private static final Pattern FIELD_MESSAGE = Pattern.compile(
            "^([A-Za-z]+(?:\\[\\d+])?(?:\\.[A-Za-z]+(?:\\[\\d+])?)*): (.*)$", Pattern.DOTALL);

    private ModelReader() {
    }

    /**
     * Sets up what reading files of {@code kind} needs (its schema, the binding to records), which takes longer the
     * first time than a file takes to parse: a program may call it on a thread of its own while it starts. Reading
     * works the same without it; what it sets up is the same for every file and every caller.
     */
    public static void prepare(FileKind kind) {
        try {
            SchemaCheck.of(kind);
            Mappers.JSON.readerFor(kind == FileKind.MEETING ? Meeting.class : Body.class);
        } catch (RuntimeException | LinkageError e) {
            // The thread that reads a file meets the same failure and reports it.
        }
    }

    /** Reads a meeting file. */
    public static Meeting readMeeting(Path file) throws InputException {
        return parseMeeting(file).value();
    }

    /** Reads a {@code committee.yaml}. */
    public static Body readBody(Path file) throws InputException {
        return parseBody(file).value();
    }

    /** Reads a meeting file, keeping the position of each field for further checks. */
    public static Parsed<Meeting> parseMeeting(Path file) throws InputException {
        return parse(file, FileKind.MEETING, Meeting.class);
    }

    /** Reads a {@code committee.yaml}, keeping the position of each field for further checks. */
    public static Parsed<Body> parseBody(Path file) throws InputException {
        return parse(file, FileKind.COMMITTEE, Body.class);
    }

    /**
     * Reads a meeting file as far as it can be read: every problem in it (not only those found before the first
     * that stops the reading), and the model of its sound parts for the checks that need one.
     */
    public static Examined<Meeting> examineMeeting(Path file) {
        return examine(file, FileKind.MEETING, Meeting.class);
    }

    /** Reads a {@code committee.yaml} as far as it can be read, as {@link #examineMeeting} reads a meeting. */
    public static Examined<Body> examineBody(Path file) {
        return examine(file, FileKind.COMMITTEE, Body.class);
    }

    private static <T> Examined<T> examine(Path path, FileKind kind, Class<T> type) {
        String file = path.toString();
        byte[] bytes;
        try {
            bytes = bytes(path);
        } catch (InputException e) {
            return Examined.unparsed(file, e.problems(), null);
        }
        return examine(path, file, bytes, kind, type).readFrom(bytes);
    }

    private static <T> Examined<T> examine(Path path, String file, byte[] bytes, FileKind kind, Class<T> type) {
        String text = null;
        try {
            ParsedTree ahead = TreesAhead.take(path, file, bytes);
            if (ahead != null) {
                return Salvage.examine(new YamlTrees.Lenient(ahead, List.of(), List.of()), kind, type);
            }
            text = SourceText.decode(file, bytes);
            SourceText.checkXmlCharacters(file, text);
            YamlTrees.Lenient read = file.toLowerCase(Locale.ROOT).endsWith(".json")
                    ? new YamlTrees.Lenient(JsonTrees.parse(file, text), List.of(), List.of())
                    : YamlTrees.parseLeniently(file, text);
            return Salvage.examine(read, kind, type);
        } catch (InputException e) {
            return Examined.unparsed(file, e.problems(), text);
        }
    }

    /**
     * The bytes of a committee or meeting file, read as the methods above read it, for a caller that must know
     * exactly what it parsed ({@code clerk build} records their hash): parse them with
     * {@link #parseMeeting(Path, byte[])} or {@link #parseBody(Path, byte[])}.
     */
    public static byte[] readBytes(Path file) throws InputException {
        return bytes(file);
    }

    /** Reads a meeting file from {@code bytes}, read from {@code file} by {@link #readBytes}. */
    public static Parsed<Meeting> parseMeeting(Path file, byte[] bytes) throws InputException {
        return parse(file, bytes, FileKind.MEETING, Meeting.class);
    }

    /** Reads a {@code committee.yaml} from {@code bytes}, read from {@code file} by {@link #readBytes}. */
    public static Parsed<Body> parseBody(Path file, byte[] bytes) throws InputException {
        return parse(file, bytes, FileKind.COMMITTEE, Body.class);
    }

    /** Reads a meeting from text, naming it {@code file} in messages; JSON when the name ends in .json. */
    public static Parsed<Meeting> parseMeeting(String file, String text) throws InputException {
        return bind(tree(file, text), FileKind.MEETING, Meeting.class);
    }

    /** Reads a body from text, naming it {@code file} in messages; JSON when the name ends in .json. */
    public static Parsed<Body> parseBody(String file, String text) throws InputException {
        return bind(tree(file, text), FileKind.COMMITTEE, Body.class);
    }

    private static <T> Parsed<T> parse(Path path, FileKind kind, Class<T> type) throws InputException {
        return bind(tree(path), kind, type);
    }

    private static <T> Parsed<T> parse(Path path, byte[] bytes, FileKind kind, Class<T> type) throws InputException {
        return bind(tree(path, bytes), kind, type);
    }

    /**
     * The attachments a meeting file's items list, read from its text without checking the file, for work that
     * may start before the file is checked (reading the attachments ahead). Entries that are not well formed are
     * left out, and a file that cannot be parsed has none; {@link #parseMeeting} remains the authority. A file being
     * parsed ahead ({@link TreesAhead}) is not parsed again here.
     */
    public static List<Attachment> attachmentsAhead(Path file) {
        try {
            ParsedTree ahead = TreesAhead.peek(file);
            return attachments((ahead != null ? ahead : tree(file)).root().path("agenda"), new ArrayList<>());
        } catch (InputException e) {
            return List.of();
        }
    }

    /**
     * The fonts a {@code committee.yaml} lists, read from its text without checking the file, as
     * {@link #attachmentsAhead} reads a meeting's attachments; none when it cannot be parsed.
     */
    public static List<String> fontsAhead(Path file) {
        try {
            ParsedTree ahead = TreesAhead.peek(file);
            List<String> fonts = new ArrayList<>();
            for (JsonNode font : (ahead != null ? ahead : tree(file)).root().path("fonts")) {
                if (font.isTextual()) {
                    fonts.add(font.asText());
                }
            }
            return fonts;
        } catch (InputException e) {
            return List.of();
        }
    }

    private static List<Attachment> attachments(JsonNode items, List<Attachment> out) {
        for (JsonNode item : items) {
            for (JsonNode a : item.path("attachments")) {
                if (a.path("title").isTextual() && a.path("path").isTextual()) {
                    try {
                        out.add(new Attachment(a.path("title").asText(), a.path("path").asText()));
                    } catch (IllegalArgumentException e) {
                        // not a usable attachment; the check says why
                    }
                }
            }
            attachments(item.path("items"), out);
        }
        return out;
    }

    private static ParsedTree tree(Path path) throws InputException {
        return tree(path, bytes(path));
    }

    private static ParsedTree tree(Path path, byte[] bytes) throws InputException {
        String file = path.toString();
        ParsedTree ahead = TreesAhead.take(path, file, bytes);
        return ahead != null ? ahead : tree(file, SourceText.decode(file, bytes));
    }

    /** The bytes of {@code path}, refusing anything but a regular file of the size committee files have. */
    static byte[] bytes(Path path) throws InputException {
        try {
            return InputFiles.read(path, InputFiles.Limit.COMMITTEE_FILE);
        } catch (InputFileException e) {
            throw new InputException(Problem.error(path.toString(), Position.FILE, "", e.problem()));
        }
    }

    static ParsedTree tree(String file, String text) throws InputException {
        SourceText.checkXmlCharacters(file, text);
        return file.toLowerCase(Locale.ROOT).endsWith(".json") ? JsonTrees.parse(file, text) : YamlTrees.parse(file, text);
    }

    private static <T> Parsed<T> bind(ParsedTree tree, FileKind kind, Class<T> type) throws InputException {
        if (!tree.root().isObject()) {
            String found = tree.root().isArray() ? "a list" : "a single value";
            throw new InputException(Problem.error(tree.file(), new Position(1, 1), "",
                    "expected a map of fields (such as 'date: 2017-03-27'), found " + found));
        }
        List<Problem> problems = SchemaCheck.of(kind).check(tree);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        try {
            T value = Mappers.JSON.treeToValue(Paragraphs.unfold(tree.root()), type);
            return new Parsed<>(tree.file(), value, tree.source(), List.of());
        } catch (JsonMappingException e) {
            throw new InputException(toProblem(tree, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns a binding failure (a record constructor's check, or a value Jackson could not convert) into a problem. */
    private static Problem toProblem(ParsedTree tree, JsonMappingException e) {
        Failure f = failure(e);
        return Problem.error(tree.file(), tree.source().valueAt(f.path()), f.path(), f.message());
    }

    /** What a binding failure says, and the field of the model it concerns. */
    record Failure(String path, String message) {
    }

    static Failure failure(JsonMappingException e) {
        String path = "";
        for (JsonMappingException.Reference ref : e.getPath()) {
            path = ref.getFieldName() != null ? Paths.child(path, ref.getFieldName()) : Paths.index(path, ref.getIndex());
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message;
        if (e instanceof ValueInstantiationException && cause.getMessage() != null) {
            message = cause.getMessage();
            if (cause instanceof NullPointerException) {
                String field = message;
                path = Paths.child(path, field);
                message = "missing required field '" + field + "'";
            } else {
                Matcher m = FIELD_MESSAGE.matcher(message);
                if (m.matches()) {
                    path = Paths.child(path, m.group(1));
                    message = m.group(2);
                }
            }
        } else if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field";
        } else if (e instanceof InvalidFormatException f && cause instanceof DateTimeException) {
            message = "'" + f.getValue() + "' is not a valid date or time";
        } else if (e instanceof MismatchedInputException) {
            message = e.getOriginalMessage();
        } else {
            message = e.getOriginalMessage();
        }
        return new Failure(path, message);
    }
}
