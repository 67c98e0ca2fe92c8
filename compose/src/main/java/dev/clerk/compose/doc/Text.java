package dev.clerk.compose.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of runs: the content of a paragraph, a heading, a cell or a label.
 *
 * @param runs the runs, in reading order
 */
public record Text(List<Run> runs) {
    public Text {
        runs = List.copyOf(runs);
    }

    /** Clerk's own wording, with no source. */
    public static Text plain(String text) {
        return of(text, null);
    }

    /** {@code text} from {@code source}. */
    public static Text of(String text, Source source) {
        return new Text(List.of(new Run(text, Emphasis.NONE, null, null, source)));
    }

    /** {@code text} set with strong emphasis. */
    public static Text strong(String text, Source source) {
        return new Text(List.of(new Run(text, Emphasis.STRONG, null, null, source)));
    }

    /** An empty text (an empty cell). */
    public static Text empty() {
        return new Text(List.of());
    }

    /** A builder of runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** The text of every run, joined: what a reader reads. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    /** Whether there is no text at all. */
    public boolean isEmpty() {
        return runs.stream().allMatch(r -> r.text().isEmpty());
    }

    /** Whether any run links somewhere. */
    public boolean hasLinks() {
        return runs.stream().anyMatch(r -> r.link() != null);
    }

    /** Collects runs. */
    public static final class Builder {
        private final List<Run> runs = new ArrayList<>();

        private Builder() {
        }

        /** Appends {@code text} from {@code source}. */
        public Builder add(String text, Source source) {
            return add(new Run(text, Emphasis.NONE, null, null, source));
        }

        /** Appends Clerk's own wording. */
        public Builder plain(String text) {
            return add(text, null);
        }

        /** Appends Clerk's own wording, with strong emphasis. */
        public Builder strong(String text) {
            return add(new Run(text, Emphasis.STRONG, null, null, null));
        }

        /** Appends {@code text} from {@code source}, with strong emphasis. */
        public Builder strong(String text, Source source) {
            return add(new Run(text, Emphasis.STRONG, null, null, source));
        }

        /** Appends a link. */
        public Builder link(String text, Link link, Source source) {
            return add(new Run(text, Emphasis.NONE, link, null, source));
        }

        /** Appends a run. */
        public Builder add(Run run) {
            runs.add(run);
            return this;
        }

        /** Appends every run of {@code text}. */
        public Builder add(Text text) {
            runs.addAll(text.runs());
            return this;
        }

        /** Whether nothing was appended yet. */
        public boolean isEmpty() {
            return runs.isEmpty();
        }

        /** The text. */
        public Text build() {
            return new Text(runs);
        }
    }
}
