package dev.clerk.model.io;

import dev.clerk.model.Body;
import dev.clerk.model.Names;
import dev.clerk.model.Person;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds people to the roster of a committee.yaml by editing its text as little as possible: the new entries go
 * after the last person, in the file's own indentation, and every comment and blank line stays where it was.
 */
public final class RosterEdit {
    private static final Pattern PEOPLE_KEY = Pattern.compile("^people:\\s*(\\[\\s*])?\\s*(#.*)?$");
    private static final Pattern ITEM = Pattern.compile("^( +)- ");

    private RosterEdit() {
    }

    /**
     * The text of {@code file} (a committee.yaml) with {@code people} added to its roster, leaving out anyone
     * already on it; the result is read back to make sure it is still a valid committee file.
     */
    public static String addPeople(String file, String text, List<Person> people) throws InputException {
        Body body = ModelReader.parseBody(file, text).value();
        List<Person> missing = new ArrayList<>();
        for (Person p : people) {
            if (body.person(p.name()).isEmpty() && missing.stream().noneMatch(m -> Names.same(m.name(), p.name()))) {
                missing.add(p);
            }
        }
        if (missing.isEmpty()) {
            return text;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int key = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (PEOPLE_KEY.matcher(lines.get(i)).matches()) {
                key = i;
                break;
            }
        }
        String result;
        if (key < 0) {
            String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            result = text + sep + "people:\n" + ModelWriter.rosterEntries(missing, 2);
        } else {
            Matcher m = PEOPLE_KEY.matcher(lines.get(key));
            m.matches();
            if (m.group(1) != null) {
                // "people: []": the empty list becomes a block list, the comment stays on the key's line.
                lines.set(key, "people:" + (m.group(2) == null ? "" : " " + m.group(2)));
            }
            int indent = 2;
            int last = key;
            for (int i = key + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (!line.startsWith(" ") && !line.startsWith("-")) {
                    break;
                }
                Matcher item = ITEM.matcher(line);
                if (item.find() && last == key) {
                    indent = item.group(1).length();
                }
                last = i;
            }
            String entries = ModelWriter.rosterEntries(missing, indent);
            lines.add(last + 1, entries.substring(0, entries.length() - 1));
            result = String.join("\n", lines);
        }
        Body after = ModelReader.parseBody(file, result).value();
        if (after.people().size() != body.people().size() + missing.size()) {
            throw new IllegalStateException("adding people to " + file + " did not give the expected roster");
        }
        return result;
    }
}
