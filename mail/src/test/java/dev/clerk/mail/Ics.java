package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of the iCalendar subset Clerk writes (RFC 5545 3.1 to 3.6), for tests: it checks line ends,
 * line lengths, folding and nesting, then gives the properties of each component with their values unescaped.
 */
final class Ics {
    /** A component: its name, its properties by name (values unescaped; parameters kept apart), its children. */
    record Component(String name, Map<String, String> properties, Map<String, String> parameters, List<Component> children) {
        Component child(String name) {
            return children.stream().filter(c -> c.name.equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " in " + this.name));
        }
    }

    private Ics() {
    }

    static Component parse(String text) {
        assertThat(text).as("ends with CRLF").endsWith("\r\n");
        String[] physical = text.split("\r\n", -1);
        for (String line : physical) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of: " + line).isLessThanOrEqualTo(75);
            assertThat(line).as("bare line break").doesNotContain("\n").doesNotContain("\r");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < physical.length - 1; i++) {
            String line = physical[i];
            if (line.startsWith(" ") || line.startsWith("\t")) {
                assertThat(lines).as("continuation without a line").isNotEmpty();
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        Deque<Component> stack = new ArrayDeque<>();
        Component root = null;
        for (String line : lines) {
            int colon = valueStart(line);
            assertThat(colon).as("property without a value: " + line).isPositive();
            String head = line.substring(0, colon);
            String value = line.substring(colon + 1);
            String[] nameAndParams = head.split(";", 2);
            String name = nameAndParams[0];
            assertThat(name).matches("[A-Z0-9-]+");
            if (name.equals("BEGIN")) {
                Component c = new Component(value, new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
                if (stack.isEmpty()) {
                    assertThat(root).as("one VCALENDAR").isNull();
                    root = c;
                } else {
                    stack.peek().children().add(c);
                }
                stack.push(c);
            } else if (name.equals("END")) {
                assertThat(stack).as("END without BEGIN").isNotEmpty();
                assertThat(stack.pop().name()).isEqualTo(value);
            } else {
                assertThat(stack).as("property outside a component").isNotEmpty();
                Component c = stack.peek();
                assertThat(c.properties()).as("repeated " + name).doesNotContainKey(name);
                c.properties().put(name, unescape(value));
                if (nameAndParams.length > 1) {
                    c.parameters().put(name, nameAndParams[1]);
                }
            }
        }
        assertThat(stack).as("unclosed components").isEmpty();
        assertThat(root).isNotNull();
        assertThat(root.name()).isEqualTo("VCALENDAR");
        return root;
    }

    /** The colon that ends the name and parameters: the first one outside a quoted parameter value. */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    static String unescape(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                switch (n) {
                    case 'n', 'N' -> sb.append('\n');
                    case '\\', ';', ',' -> sb.append(n);
                    default -> throw new AssertionError("bad escape \\" + n + " in " + value);
                }
            } else {
                assertThat(c).as("unescaped , or ; in a text value: " + value).isNotIn(',', ';');
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
