package dev.clerk.build;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds targets into an output folder, each only when the content of something it depends on changed (or the
 * program's version did), or when its file there is missing or no longer the one written, as recorded by content
 * hashes in the folder. A failing target is reported and the others still build; every output is written
 * atomically.
 *
 * <p>What is recorded is the truth about each document: the hash of the inputs as they were rendered (for meeting
 * and committee files, the bytes the plan parsed; for other inputs, what they held before and still hold after
 * rendering) and the hash of the bytes written. A document one of whose inputs changed while the build was under
 * way is written but not recorded, so the next build makes it again.
 *
 * <p>The build holds the folder's lock ({@code .clerk-build.lock}) while it runs: a second build of the same folder
 * is refused until the first has finished. Under the lock it removes the temporary files an interrupted run left.
 */
public final class IncrementalBuild {
    private final Path outDir;
    private final Path base;
    private final String programVersion;

    /** What is done last, while the build still holds the folder: writing what lists the outputs. */
    @FunctionalInterface
    public interface Finish {
        /** Called with every outcome, in order. */
        void after(List<Outcome> outcomes) throws Exception;
    }

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
        return run(targets, force, progress, outcomes -> { });
    }

    /**
     * Builds every target, in order, calling {@code progress} after each one and {@code finish} at the end, all
     * while holding the folder's lock.
     *
     * @param force rebuild even what is up to date
     * @throws java.nio.file.FileSystemException when another build holds the folder
     */
    public List<Outcome> run(List<Target> targets, boolean force, Consumer<Outcome> progress, Finish finish)
            throws Exception {
        try (BuildLock lock = BuildLock.take(outDir)) {
            Temporaries.removeStale(outDir, Instant.now());
            Manifest manifest = Manifest.read(outDir);
            List<Outcome> outcomes = new ArrayList<>();
            for (Target target : targets) {
                Outcome outcome = build(target, force, manifest);
                // Recorded after each document, so that a build killed half-way keeps what it finished.
                manifest.write(outDir);
                outcomes.add(outcome);
                progress.accept(outcome);
            }
            finish.after(outcomes);
            return outcomes;
        }
    }

    private Outcome build(Target target, boolean force, Manifest manifest) {
        Path file = outDir.resolve(target.output());
        Map<Path, String> before = inputs(target, true);
        String hash = Manifest.inputsHash(programVersion, target.output(), base, before);
        Manifest.Entry entry = manifest.entry(target.output());
        Outcome.Reason reason = force ? Outcome.Reason.FORCED
                : entry == null ? Outcome.Reason.NEW
                : !entry.inputs().equals(hash) ? Outcome.Reason.INPUTS_CHANGED
                : !Files.isRegularFile(file) ? Outcome.Reason.MISSING
                : !entry.output().equals(Digests.ofFile(file)) ? Outcome.Reason.ALTERED
                : null;
        if (reason == null) {
            return new Outcome(target, Outcome.Status.UP_TO_DATE, null, null, List.of());
        }
        String written;
        try {
            written = write(file, target.content());
        } catch (Exception e) {
            manifest.remove(target.output());
            return new Outcome(target, Outcome.Status.FAILED, e, reason, List.of());
        }
        Map<Path, String> after = inputs(target, false);
        List<Path> changed = target.inputs().stream().distinct()
                .filter(p -> !before.get(key(p)).equals(after.get(key(p)))).toList();
        if (changed.isEmpty()) {
            manifest.put(target.output(), hash, written);
        } else {
            manifest.remove(target.output());
        }
        return new Outcome(target, Outcome.Status.WRITTEN, null, reason, changed);
    }

    /**
     * The content hash of each input: as the target's content read it where it was read ahead ({@code asRead}),
     * else as the file holds it now.
     */
    private static Map<Path, String> inputs(Target target, boolean asRead) {
        Map<Path, String> hashes = new LinkedHashMap<>();
        for (Path p : target.inputs()) {
            Path key = key(p);
            String read = asRead ? target.read().get(key) : null;
            hashes.computeIfAbsent(key, k -> read != null ? read : Digests.ofFile(k));
        }
        return hashes;
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** Writes {@code file} atomically; returns the hash of the bytes written. */
    private static String write(Path file, Target.Content content) throws Exception {
        MessageDigest digest = Digests.sha256();
        AtomicWrite.write(file, out -> {
            // Not closed here: the stream is the writer's, which closes it.
            OutputStream hashed = new DigestOutputStream(out, digest);
            content.writeTo(hashed);
            hashed.flush();
        });
        return HexFormat.of().formatHex(digest.digest());
    }
}
