package dev.clerk.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The committee folders the tests walk: the repository's examples and the model's fixtures. */
public final class Examples {
    /** The worked example, {@code examples/swtpic}. */
    public static final Path SWTPIC = Path.of("..", "examples", "swtpic");
    /** The folder of fixtures in the model's test resources. */
    public static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    private Examples() {
    }

    /** Every committee folder of the examples and fixtures. */
    public static List<Path> committeeFolders() {
        try (Stream<Path> examples = Files.list(Path.of("..", "examples"));
             Stream<Path> fixtures = Files.list(FIXTURES)) {
            return Stream.concat(examples, fixtures)
                    .filter(p -> Files.isRegularFile(p.resolve(CommitteeFolder.BODY_FILE)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every meeting file of the examples and fixtures. */
    public static List<Path> meetingFiles() {
        return committeeFolders().stream().flatMap(c -> CommitteeFolder.meetingFiles(c).stream()).toList();
    }
}
