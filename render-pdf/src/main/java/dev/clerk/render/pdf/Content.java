package dev.clerk.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a tagged document says, before layout: headings, paragraphs, lists and tables made of runs of text.
 * Each run remembers where its text came from, so that a character no font has can be reported at its field.
 */
final class Content {
    private Content() {
    }

    /** The faces a run can be set in. */
    enum Face { REGULAR, BOLD, ITALIC }

    /** Where a text came from: a field of the body file or of the meeting file; null for Clerk's own wording. */
    record Origin(MissingGlyphException.Source source, String path) {
        Origin {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(path, "path");
        }

        static Origin meeting(String path) {
            return new Origin(MissingGlyphException.Source.MEETING, path);
        }

        static Origin body(String path) {
            return new Origin(MissingGlyphException.Source.BODY, path);
        }
    }

    /** Where a link goes: a web address, or a heading of the same document. */
    sealed interface Target permits Uri, Anchor, PageTarget {
    }

    /** A page of the whole file (of the packet the document is part of), counted from 0. */
    record PageTarget(int page) implements Target {
        PageTarget {
            if (page < 0) {
                throw new IllegalArgumentException("page: " + page + " is negative");
            }
        }
    }

    /** A web or mail address. */
    record Uri(String uri) implements Target {
        Uri {
            Objects.requireNonNull(uri, "uri");
        }
    }

    /** A heading of the same document, by its anchor. */
    record Anchor(String id) implements Target {
        Anchor {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A piece of text in one face. A newline in {@code text} is a line break.
     *
     * @param text   the text
     * @param face   its face
     * @param target where it links to, or null
     * @param origin where it came from, or null for Clerk's own wording
     */
    record Run(String text, Face face, Target target, Origin origin) {
        Run {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(face, "face");
        }
    }

    /** A sequence of runs. */
    record Text(List<Run> runs) {
        Text {
            runs = List.copyOf(runs);
        }

        static Text of(String text, Origin origin) {
            return new Text(List.of(new Run(text, Face.REGULAR, null, origin)));
        }

        static Text plain(String text) {
            return of(text, null);
        }

        /** The text with its web addresses (http://, https://) and e-mail addresses made links. */
        static Text linked(String text, Origin origin) {
            java.util.regex.Matcher m = ADDRESS.matcher(text);
            List<Run> runs = new ArrayList<>();
            int at = 0;
            while (m.find()) {
                String address = m.group().replaceAll("[.,;:)]+$", "");
                int end = m.start() + address.length();
                if (m.start() > at) {
                    runs.add(new Run(text.substring(at, m.start()), Face.REGULAR, null, origin));
                }
                String uri = address.contains("@") && !address.contains("/") ? "mailto:" + address : address;
                runs.add(new Run(address, Face.REGULAR, new Uri(uri), origin));
                at = end;
            }
            if (at < text.length() || runs.isEmpty()) {
                runs.add(new Run(text.substring(at), Face.REGULAR, null, origin));
            }
            return new Text(runs);
        }

        private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
                "https?://[^\\s<>\"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

        static Text bold(String text, Origin origin) {
            return new Text(List.of(new Run(text, Face.BOLD, null, origin)));
        }

        static Builder builder() {
            return new Builder();
        }

        boolean hasLinks() {
            return runs.stream().anyMatch(r -> r.target() != null);
        }

        String plainText() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }

        /** Collects runs. */
        static final class Builder {
            private final List<Run> runs = new ArrayList<>();

            Builder add(String text, Origin origin) {
                return add(text, Face.REGULAR, origin);
            }

            Builder add(String text, Face face, Origin origin) {
                runs.add(new Run(text, face, null, origin));
                return this;
            }

            Builder plain(String text) {
                return add(text, Face.REGULAR, null);
            }

            Builder bold(String text) {
                return add(text, Face.BOLD, null);
            }

            Builder link(String text, Target target, Origin origin) {
                runs.add(new Run(text, Face.REGULAR, target, origin));
                return this;
            }

            Text build() {
                return new Text(runs);
            }
        }
    }

    /** How a paragraph is set. */
    enum Style {
        /** Body text. */
        BODY,
        /** The letterhead above the title: centred, small capitals' size, grey. */
        LETTERHEAD,
        /** A centred line under the title. */
        SUBTITLE,
        /** A notice box line or a remark: smaller text. */
        NOTE,
        /** A centred, emphasised line such as the approval statement. */
        STATUS,
        /** A bold lead-in ("Action items:") kept on the page of the block that follows it. */
        LEAD
    }

    /** A block of the document. */
    sealed interface Block permits Heading, Para, ItemList, Table {
    }

    /**
     * A heading H1 to H3; it becomes a bookmark.
     *
     * @param level  1 to 3
     * @param text   the heading
     * @param anchor the id links use to reach it, or null
     */
    record Heading(int level, Text text, String anchor) implements Block {
        Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("level: " + level + " is not 1, 2 or 3");
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A paragraph, optionally with a label set in a left column ("Location:" beside the address lines).
     *
     * @param text  the paragraph
     * @param style how it is set
     * @param label the label, or null
     */
    record Para(Text text, Style style, String label) implements Block {
        Para {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }

        static Para body(Text text) {
            return new Para(text, Style.BODY, null);
        }
    }

    /** How list labels are numbered, for the ListNumbering attribute. */
    enum Numbering { DECIMAL, UPPER_ROMAN, UPPER_ALPHA, DISC, NONE }

    /**
     * A list; each item has a label ("1)", "•") and a body of blocks.
     *
     * @param items     the items
     * @param numbering the kind of labels
     */
    record ItemList(List<Item> items, Numbering numbering) implements Block {
        ItemList {
            items = List.copyOf(items);
            Objects.requireNonNull(numbering, "numbering");
        }
    }

    /** A list item. */
    record Item(String label, List<Block> body) {
        Item {
            Objects.requireNonNull(label, "label");
            body = List.copyOf(body);
        }
    }

    /**
     * A table with one header row that is repeated on every page it spans.
     *
     * @param widths  the relative widths of the columns
     * @param header  the header cells
     * @param rows    the body rows, as many cells as columns
     * @param summary what the table holds, for its structure element's summary
     */
    record Table(List<Float> widths, List<Text> header, List<List<Text>> rows, String summary) implements Block {
        Table {
            widths = List.copyOf(widths);
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            if (header.size() != widths.size()) {
                throw new IllegalArgumentException("header: " + header.size() + " cells for " + widths.size() + " columns");
            }
            for (List<Text> row : rows) {
                if (row.size() != widths.size()) {
                    throw new IllegalArgumentException("rows: " + row.size() + " cells for " + widths.size() + " columns");
                }
            }
        }
    }
}
