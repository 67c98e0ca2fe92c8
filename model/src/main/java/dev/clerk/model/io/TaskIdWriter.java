package dev.clerk.model.io;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Meeting;
import dev.clerk.model.tasks.NewTaskIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives an id to every action item that has none, by inserting one {@code id:} line into the meeting file at the
 * item's position. The rest of the file (comments, quoting, line breaks, key order) is left exactly as it was.
 * Ids already written are never changed. The files are not written here: the caller writes each new text.
 */
public final class TaskIdWriter {
    /**
     * The new text of one meeting file.
     *
     * @param file the file
     * @param text its text with the ids inserted (with the byte order mark it had)
     * @param ids  the ids inserted, in file order
     */
    public record Edit(Path file, String text, List<String> ids) {
        public Edit {
            ids = List.copyOf(ids);
        }
    }

    private TaskIdWriter() {
    }

    /**
     * The edits that give ids to the action items of the committee that holds {@code path} (every meeting file in
     * it), or of {@code path} alone when it is a meeting file outside any committee folder. Empty when every
     * action item has an id. Ids are numbered on from the highest in use for the meeting's date.
     */
    public static List<Edit> plan(Path path) throws InputException {
        Optional<Path> root = CommitteeFolder.findRoot(path);
        List<Path> files = root.isPresent() ? CommitteeFolder.meetingFiles(root.get()) : List.of(path);
        return plan(files.stream().map(ModelReader::examineMeeting).toList());
    }

    /**
     * The edits that give ids to the action items of {@code meetings}, the meeting files of a committee (or one
     * outside any) as they were read: each is edited from the text it was read from, not read again.
     *
     * @throws InputException when one of them could not be read in full
     */
    public static List<Edit> plan(List<Examined<Meeting>> meetings) throws InputException {
        List<Problem> problems = new ArrayList<>();
        List<Parsed<Meeting>> parsed = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Examined<Meeting> m : meetings) {
            if (!m.isComplete() || m.parsed().isEmpty() || m.content().isEmpty()) {
                problems.addAll(m.problems());
            } else {
                parsed.add(m.parsed().get());
                texts.add(m.content().get().text());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<Meeting, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            index.put(parsed.get(i).value(), i);
        }
        List<List<NewTaskIds.NewId>> perFile = new ArrayList<>();
        parsed.forEach(p -> perFile.add(new ArrayList<>()));
        for (NewTaskIds.NewId id : NewTaskIds.plan(parsed.stream().map(Parsed::value).toList())) {
            perFile.get(index.get(id.meeting())).add(id);
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (!perFile.get(i).isEmpty()) {
                edits.add(edit(Path.of(parsed.get(i).file()), parsed.get(i), texts.get(i), perFile.get(i)));
            }
        }
        return edits;
    }

    private static Edit edit(Path file, Parsed<Meeting> parsed, String read, List<NewTaskIds.NewId> ids) {
        boolean bom = read.startsWith("\uFEFF");
        String text = bom ? read.substring(1) : read;
        boolean json = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<int[]> at = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            at.add(new int[] {offset(text, parsed.source().valueAt(ids.get(k).path())), k});
        }
        at.sort(Comparator.comparingInt((int[] a) -> a[0]).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (int[] a : at) {
            int offset = a[0];
            String id = ids.get(a[1]).id();
            if (offset < sb.length() && sb.charAt(offset) == '{') {
                sb.insert(offset + 1, json ? "\"id\": \"" + id + "\", " : "id: " + id + ", ");
            } else {
                int lineStart = sb.lastIndexOf("\n", offset - 1) + 1;
                int column = sb.codePointCount(lineStart, offset);
                sb.insert(offset, "id: " + id + newline + " ".repeat(column));
            }
        }
        String result = sb.toString();
        verify(parsed, result, ids);
        return new Edit(file, bom ? "\uFEFF" + result : result, ids.stream().map(NewTaskIds.NewId::id).toList());
    }

    /** Reads the edited text back: the same meeting, with exactly the new ids. Anything else is a bug here. */
    private static void verify(Parsed<Meeting> before, String text, List<NewTaskIds.NewId> ids) {
        Meeting after;
        try {
            after = ModelReader.parseMeeting(before.file(), text).value();
        } catch (InputException e) {
            throw new IllegalStateException("inserting task ids into " + before.file() + " broke it: " + e.getMessage(), e);
        }
        List<ActionItem> was = before.value().actionItems();
        List<ActionItem> now = after.actionItems();
        List<String> given = ids.stream().map(NewTaskIds.NewId::id).toList();
        boolean same = was.size() == now.size();
        int k = 0;
        for (int i = 0; same && i < was.size(); i++) {
            ActionItem expected = was.get(i).id() == null ? was.get(i).withId(given.get(k++)) : was.get(i);
            same = expected.equals(now.get(i));
        }
        if (!same || k != given.size()) {
            throw new IllegalStateException("inserting task ids into " + before.file() + " changed more than the ids");
        }
    }

    private static int offset(String text, Position at) {
        int line = 1;
        int i = 0;
        while (line < at.line() && i < text.length()) {
            if (text.charAt(i++) == '\n') {
                line++;
            }
        }
        for (int c = 1; c < at.column() && i < text.length(); c++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
