package dev.clerk.model.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds targets into an output folder, each only when the content of something it depends on changed
 * (or the program's version did), as recorded by content hashes in the folder. A failing target is
 * reported and the others still build; every output is written atomically.
 */
public final class IncrementalBuild {
    private final Path outDir;
    private final Path base;
    private final String programVersion;

    /**
     * A build into {@code outDir}, naming inputs relative to {@code base} (the committee folder) so that
     * moving the folder does not rebuild everything.
     */
    public IncrementalBuild(Path outDir, Path base, String programVersion) {
        this.outDir = Objects.requireNonNull(outDir, "outDir");
        this.base = Objects.requireNonNull(base, "base");
        this.programVersion = Objects.requireNonNull(programVersion, "programVersion");
    }

    /**
     * Builds every target, in order, calling {@code progress} after each one.
     *
     * @param force rebuild even what is up to date
     */
    public List<Outcome> run(List<Target> targets, boolean force, Consumer<Outcome> progress) throws Exception {
        Manifest manifest = Manifest.read(outDir);
        List<Outcome> outcomes = new ArrayList<>();
        for (Target target : targets) {
            Path file = outDir.resolve(target.output());
            String hash = Manifest.hashOf(target, programVersion, base);
            Outcome outcome;
            if (!force && hash.equals(manifest.hash(target.output())) && Files.isRegularFile(file)) {
                outcome = new Outcome(target, Outcome.Status.UP_TO_DATE, null);
            } else {
                try {
                    AtomicWrite.write(file, target.content());
                    manifest.put(target.output(), hash);
                    outcome = new Outcome(target, Outcome.Status.WRITTEN, null);
                } catch (Exception e) {
                    manifest.remove(target.output());
                    outcome = new Outcome(target, Outcome.Status.FAILED, e);
                }
            }
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        manifest.write(outDir);
        return outcomes;
    }
}
