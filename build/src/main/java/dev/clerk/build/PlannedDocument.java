package dev.clerk.build;

import dev.clerk.model.Meeting;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document a build is to make: what it is, where it goes and what it is made from; not how it is rendered.
 *
 * @param kind    the kind of document
 * @param output  its file name in the output folder ("2017-03-27-minutes.pdf")
 * @param title   what it is, for progress and the index ("Minutes of March 27, 2017")
 * @param meeting the meeting it is about, or null for a committee-wide document
 * @param file    the meeting's file, or null for a committee-wide document
 * @param inputs  every file its content depends on
 * @param read    the content hash of each input the plan read and parsed (meeting and committee files), as it was
 *                read: the document is rendered from those bytes, whatever the files hold by then
 */
public record PlannedDocument(DocumentKind kind, String output, String title, Meeting meeting, Path file,
                              List<Path> inputs, Map<Path, String> read) {
    public PlannedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(title, "title");
        if (kind.scope() == DocumentKind.Scope.COMMITTEE ? meeting != null : meeting == null) {
            throw new IllegalArgumentException("meeting: a " + kind + " document "
                    + (meeting == null ? "needs its meeting" : "is about no one meeting"));
        }
        if ((meeting == null) != (file == null)) {
            throw new IllegalArgumentException("file: given with the meeting, and only then");
        }
        inputs = List.copyOf(inputs);
        read = Map.copyOf(read);
    }

    /** The target of this document for {@link IncrementalBuild}, with what renders it. */
    public Target target(Target.Content content) {
        return new Target(output, title, inputs, read, content);
    }
}
