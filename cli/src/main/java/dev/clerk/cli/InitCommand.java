package dev.clerk.cli;

import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.CommitteeTemplate;
import dev.clerk.model.io.FileKind;
import dev.clerk.model.text.Characters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clerk init}: creates a committee folder with a commented committee.yaml. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Create a committee folder with a commented committee.yaml.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to create (or an empty one to fill).")
    Path dir;

    @Option(names = "--body", required = true, paramLabel = "NAME", description = "The body's full name.")
    String body;

    @Override
    public Integer call() throws Exception {
        if (body.isBlank() || body.contains("\n") || body.contains("\r")) {
            throw new UsageException("--body: give the body's name on one line");
        }
        String refused = Characters.refusal(body);
        if (refused != null) {
            throw new UsageException("--body: " + refused);
        }
        Path file = dir.resolve(CommitteeFolder.BODY_FILE);
        if (Files.exists(file)) {
            throw new UsageException(file + " already exists; not overwritten");
        }
        Files.createDirectories(dir.resolve(CommitteeFolder.MEETINGS));
        Path schemas = dir.resolve(CommitteeTemplate.SCHEMA_DIR);
        for (FileKind kind : FileKind.values()) {
            AtomicFile.write(schemas.resolve(kind.schemaFile()), CommitteeTemplate.schema(kind));
        }
        AtomicFile.write(file, CommitteeTemplate.text(body));
        spec.commandLine().getOut().println("created " + file + " and " + dir.resolve(CommitteeFolder.MEETINGS) + "/");
        return 0;
    }
}
