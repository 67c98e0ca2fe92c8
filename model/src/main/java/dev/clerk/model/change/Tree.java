package dev.clerk.model.change;

import dev.clerk.model.AgendaItem;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of the model as a tree of fields, lists and scalars, in the form meeting files give it: field names are
 * the records' component names (the files' keys) in the records' order, which is the order files are written in.
 * Null fields are left out, list fields are always there (empty when the file leaves them out), and a narrative
 * paragraph that declares a language is a {@link Paragraph} in place of its text, as files write it.
 */
sealed interface Tree permits Tree.Leaf, Tree.Fields, Tree.Items {
    /** A text, number, date, time or enum constant, as the record holds it. */
    record Leaf(Object value) implements Tree {
    }

    /** A record: its fields in the record's order. */
    record Fields(Class<? extends Record> type, Map<String, Tree> fields) implements Tree {
        public Fields {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        Tree get(String name) {
            return fields.get(name);
        }

        /** The same record without the field {@code name}. */
        Fields without(String name) {
            Map<String, Tree> copy = new LinkedHashMap<>(fields);
            copy.remove(name);
            return new Fields(type, copy);
        }
    }

    /** A list. */
    record Items(List<Tree> items) implements Tree {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A narrative paragraph in another language than its item's, as files write it: {@code {text: ..., lang: es}}. */
    record Paragraph(String text, String lang) {
    }

    /** The tree of a record, list or scalar of the model; null for null. */
    static Tree of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Tree> items = new ArrayList<>();
            for (Object o : list) {
                items.add(of(o));
            }
            return new Items(items);
        }
        if (value instanceof Record record) {
            return fields(record);
        }
        return new Leaf(value);
    }

    private static Fields fields(Record record) {
        Map<String, Tree> fields = new LinkedHashMap<>();
        for (RecordComponent c : Shape.of(record.getClass()).components) {
            if (record instanceof AgendaItem && c.getName().equals("narrativeLanguages")) {
                continue;
            }
            if (record instanceof AgendaItem item && c.getName().equals("narrative")) {
                fields.put("narrative", paragraphs(item));
                continue;
            }
            Tree child = of(read(c, record));
            if (child != null) {
                fields.put(c.getName(), child);
            }
        }
        return new Fields(record.getClass(), fields);
    }

    private static Items paragraphs(AgendaItem item) {
        List<Tree> paragraphs = new ArrayList<>();
        for (int i = 0; i < item.narrative().size(); i++) {
            String text = item.narrative().get(i);
            String lang = item.narrativeLanguages().isEmpty() ? "" : item.narrativeLanguages().get(i);
            paragraphs.add(lang.isEmpty() ? new Leaf(text) : fields(new Paragraph(text, lang)));
        }
        return new Items(paragraphs);
    }

    /** Whether {@code tree} is a narrative paragraph, in either form. */
    static boolean isParagraph(Tree tree) {
        return tree instanceof Fields f && f.type() == Paragraph.class;
    }

    /** The text of a paragraph or of a text leaf; null for anything else. */
    static String text(Tree tree) {
        if (tree instanceof Leaf leaf && leaf.value() instanceof String s) {
            return s;
        }
        if (isParagraph(tree) && ((Fields) tree).get("text") instanceof Leaf leaf) {
            return (String) leaf.value();
        }
        return null;
    }

    /** A paragraph as {@link Paragraph} fields, whichever form it has. */
    static Fields asParagraph(Tree tree) {
        return isParagraph(tree) ? (Fields) tree : fields(new Paragraph(text(tree), null));
    }

    /** A paragraph in the form files write it: its text alone when it declares no language. */
    static Tree folded(Fields paragraph) {
        return paragraph.get("lang") == null ? paragraph.get("text") : paragraph;
    }

    /** Whether {@code tree} is absent or an empty list, which files write alike (by leaving the field out). */
    static boolean isEmpty(Tree tree) {
        return tree == null || (tree instanceof Items items && items.items().isEmpty());
    }

    /** Whether two trees give the same value, an empty list counting as absent. */
    static boolean same(Tree a, Tree b) {
        return isEmpty(a) ? isEmpty(b) : a.equals(b);
    }

    /** The names of the fields of {@code type}, in the order files write them. */
    static List<String> fieldNames(Class<? extends Record> type) {
        return Shape.of(type).names;
    }

    /**
     * The model value of a tree: a record, a list, or a scalar. A paragraph gives its text.
     *
     * @throws IllegalArgumentException when a record refuses the values (the message is the record's)
     */
    static Object value(Tree tree) {
        if (tree == null) {
            return null;
        }
        if (tree instanceof Leaf leaf) {
            return leaf.value();
        }
        if (tree instanceof Items items) {
            return items.items().stream().map(Tree::value).toList();
        }
        return isParagraph(tree) ? text(tree) : bind((Fields) tree);
    }

    /**
     * The record the fields describe, built with its canonical constructor so that it checks its values.
     *
     * @throws IllegalArgumentException when the record refuses them; a missing required field is reported so too
     */
    static Record bind(Fields fields) {
        Shape shape = Shape.of(fields.type());
        Object[] args = new Object[shape.components.length];
        for (int i = 0; i < args.length; i++) {
            RecordComponent c = shape.components[i];
            Tree child = fields.get(c.getName());
            if (fields.type() == AgendaItem.class && c.getName().equals("narrative")) {
                args[i] = texts(child, false);
            } else if (fields.type() == AgendaItem.class && c.getName().equals("narrativeLanguages")) {
                args[i] = texts(fields.get("narrative"), true);
            } else {
                args[i] = bind(child, c.getGenericType());
            }
        }
        try {
            return (Record) shape.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            if (e.getCause() instanceof NullPointerException npe) {
                throw new IllegalArgumentException(npe.getMessage() + ": missing", npe);
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(Tree narrative, boolean languages) {
        if (!(narrative instanceof Items items)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Tree p : items.items()) {
            if (languages) {
                Tree lang = isParagraph(p) ? ((Fields) p).get("lang") : null;
                out.add(lang instanceof Leaf leaf ? (String) leaf.value() : "");
            } else {
                out.add(text(p));
            }
        }
        return out;
    }

    private static Object bind(Tree tree, Type type) {
        if (tree == null) {
            return type instanceof ParameterizedType ? List.of() : null;
        }
        if (tree instanceof Items items) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Tree item : items.items()) {
                out.add(bind(item, element));
            }
            return out;
        }
        if (tree instanceof Fields f) {
            return bind(f);
        }
        return ((Leaf) tree).value();
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The components and canonical constructor of a record type, looked up once. */
    final class Shape {
        private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                return new Shape(type);
            }
        };

        final RecordComponent[] components;
        final List<String> names;
        final Constructor<?> constructor;

        private Shape(Class<?> type) {
            components = type.getRecordComponents();
            names = Arrays.stream(components).map(RecordComponent::getName)
                    .filter(n -> !(type == AgendaItem.class && n.equals("narrativeLanguages"))).toList();
            try {
                constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        static Shape of(Class<?> type) {
            return SHAPES.get(type);
        }
    }
}
