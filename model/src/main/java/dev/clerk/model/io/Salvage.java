package dev.clerk.model.io;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clerk.model.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sound parts of a file that has problems, so that one check reports them all: the schema's findings, then
 * what the records refuse, then (by the caller) what only the model can tell. Each part with a problem is left out
 * (the field; when the record cannot do without it, the entry that holds it) and the rest is bound again, until it
 * binds or nothing is left of the document. A record's refusal that only follows from a part left out is not
 * reported again.
 */
final class Salvage<T> {
    /** Rounds of binding at most; each leaves out one more part, so a file ends well before. */
    private static final int MAX_ROUNDS = 500;
    private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|\\.?([^.\\[]+)");

    private final ParsedTree tree;
    private final Class<T> type;
    private final List<Problem> problems = new ArrayList<>();
    /** Paths in the file of the parts left out. */
    private final Set<String> left = new LinkedHashSet<>();
    /** Paths of required texts left out that are bound as {@link #PLACEHOLDER}, so that what holds them is kept. */
    private final Set<String> placeholders = new HashSet<>();
    /**
     * What stands for a required text that was left out. Only titles, names and the texts of motions and tasks get
     * one: a check finds nothing wrong with it (a path or a list name would be checked as a file or a word).
     */
    private static final String PLACEHOLDER = "\u2026";
    private static final Set<String> PLACEHOLDER_FIELDS = Set.of("title", "name", "text", "task");

    private Salvage(ParsedTree tree, Class<T> type) {
        this.tree = tree;
        this.type = type;
    }

    /** {@code tree} with the problems its parse found (their parts at {@code unusable}), checked and bound. */
    static <T> Examined<T> examine(YamlTrees.Lenient read, FileKind kind, Class<T> type) {
        Salvage<T> salvage = new Salvage<>(read.tree(), type);
        salvage.problems.addAll(read.problems());
        salvage.left.addAll(read.unusable());
        return salvage.run(kind);
    }

    private Examined<T> run(FileKind kind) {
        if (!tree.root().isObject()) {
            String found = tree.root().isArray() ? "a list" : "a single value";
            problems.add(Problem.error(tree.file(), new Position(1, 1), "",
                    "expected a map of fields (such as 'date: 2017-03-27'), found " + found));
            return Examined.unparsed(tree.file(), sorted(), tree.text());
        }
        for (Problem p : SchemaCheck.of(kind).check(tree)) {
            problems.add(p);
            left.add(p.path());
        }
        for (int round = 0; round < MAX_ROUNDS && !left.contains(""); round++) {
            Pruned pruned = prune();
            JsonMappingException refused;
            try {
                T value = bind(pruned.root());
                Parsed<T> parsed = new Parsed<>(tree.file(), value, tree.source().renumbered(pruned.kept()), List.of());
                return new Examined<>(tree.file(), parsed, sorted(), unreadTexts(), left);
            } catch (JsonMappingException e) {
                refused = e;
            }
            ModelReader.Failure failure = ModelReader.failure(refused);
            String path = pruned.sourcePath(failure.path());
            boolean followsFromLeftOut = isLeftOut(path);
            if (!followsFromLeftOut) {
                problems.add(Problem.error(tree.file(), tree.source().valueAt(path), path, failure.message()));
            }
            leaveOut(path);
        }
        return new Examined<>(tree.file(), null, sorted(), allTexts(tree.root(), new HashSet<>()), Set.of(""));
    }

    /**
     * Leaves out the part a record refused: the field itself when it is there, else a field beside it whose absence
     * lets the record be made (approved minutes whose approval date was left out lose their status too), else the
     * entry or map that holds it.
     */
    private void leaveOut(String path) {
        if (!isLeftOut(path) && at(path) != null) {
            left.add(path);
            return;
        }
        String field = path.substring(path.lastIndexOf('.') + 1);
        if (left.contains(path) && PLACEHOLDER_FIELDS.contains(field) && placeholders.add(path)) {
            return;
        }
        String holder = Paths.parent(path);
        JsonNode object = at(holder);
        if (object != null && object.isObject()) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                String sibling = Paths.child(holder, name);
                if (isLeftOut(sibling) || !object.path(name).isValueNode()) {
                    continue;
                }
                left.add(sibling);
                if (bindsOrRefusedElsewhere(path)) {
                    return;
                }
                left.remove(sibling);
            }
        }
        left.add(holder);
    }

    /**
     * Whether the document, with what is now left out, binds, or is refused at another place than {@code path} that
     * is not itself left out (a refusal that leaving something out caused).
     */
    private boolean bindsOrRefusedElsewhere(String path) {
        Pruned pruned = prune();
        try {
            bind(pruned.root());
            return true;
        } catch (JsonMappingException e) {
            String now = pruned.sourcePath(ModelReader.failure(e).path());
            return !now.equals(path) && !isLeftOut(now);
        }
    }

    private T bind(JsonNode root) throws JsonMappingException {
        try {
            return Mappers.JSON.treeToValue(Paragraphs.unfold(root), type);
        } catch (JsonMappingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code path} is a part left out, or inside one. */
    private boolean isLeftOut(String path) {
        for (String p = path; ; p = Paths.parent(p)) {
            if (left.contains(p)) {
                return true;
            }
            if (p.isEmpty()) {
                return false;
            }
        }
    }

    /** The node at {@code path} in the file, or null. */
    private JsonNode at(String path) {
        JsonNode node = tree.root();
        Matcher m = SEGMENT.matcher(path);
        while (m.find() && node != null) {
            node = m.group(1) != null ? node.get(Integer.parseInt(m.group(1))) : node.get(m.group(2));
        }
        return node;
    }

    private List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return list;
    }

    /** The texts of the parts left out, canonical. */
    private Set<String> unreadTexts() {
        Set<String> texts = new HashSet<>();
        for (String path : left) {
            JsonNode node = at(path);
            if (node != null) {
                allTexts(node, texts);
            }
        }
        return texts;
    }

    private static Set<String> allTexts(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            into.add(Names.canonical(node.asText()));
        }
        node.forEach(child -> allTexts(child, into));
        return into;
    }

    /** The document without the parts left out. */
    private Pruned prune() {
        if (left.isEmpty()) {
            return new Pruned(tree.root(), Map.of());
        }
        Map<String, int[]> kept = new HashMap<>();
        JsonNode root = copy(tree.root(), "", kept);
        return new Pruned(root, kept);
    }

    private JsonNode copy(JsonNode node, String path, Map<String, int[]> kept) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = Paths.child(path, field.getKey());
                if (placeholders.contains(child)) {
                    copy.put(field.getKey(), PLACEHOLDER);
                } else if (!left.contains(child)) {
                    copy.set(field.getKey(), copy(field.getValue(), child, kept));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String child = Paths.index(path, i);
                if (!left.contains(child)) {
                    copy.add(copy(node.get(i), child, kept));
                    indices.add(i);
                }
            }
            if (indices.size() < node.size()) {
                kept.put(path, indices.stream().mapToInt(Integer::intValue).toArray());
            }
            return copy;
        }
        return node;
    }

    /** A document with parts left out, and for each list that lost entries the file index of each entry kept. */
    private record Pruned(JsonNode root, Map<String, int[]> kept) {
        String sourcePath(String modelPath) {
            SourceMap map = new SourceMap().renumbered(kept);
            return map.sourcePath(modelPath);
        }
    }
}
