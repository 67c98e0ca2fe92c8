package dev.clerk.build;

import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.io.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * One build of a committee's documents into an output folder: the plan, the targets that render it, the incremental
 * build that writes only what changed, and the index page, written while the build still holds the folder. What
 * {@code clerk build} prints and what {@code clerk send} takes are both made here; neither knows how.
 */
public final class CommitteeBuild {
    /** The index page's name in the output folder. */
    public static final String INDEX = "index.html";

    private final BuildPlan plan;
    private final BuildTargets targets;

    private CommitteeBuild(BuildPlan plan) {
        this.plan = plan;
        this.targets = new BuildTargets(plan);
    }

    /** Plans the documents of the committee folder {@code root} in {@code kinds}; nothing is rendered yet. */
    public static CommitteeBuild plan(Path root, Collection<DocumentKind> kinds) {
        return new CommitteeBuild(BuildPlan.of(root, kinds));
    }

    /**
     * Plans the documents of the committee folder {@code root} in {@code kinds} from the committee as {@code checked}
     * read it (checked from {@code root} as given), reading no file again.
     */
    public static CommitteeBuild plan(Path root, CheckedCommittee checked, Collection<DocumentKind> kinds) {
        return new CommitteeBuild(BuildPlan.of(root, checked, kinds));
    }

    /** Plans every kind of document. */
    public static CommitteeBuild plan(Path root) {
        return plan(root, BuildTargets.KINDS);
    }

    public BuildPlan plan() {
        return plan;
    }

    /** The documents to be made (none when committee.yaml has errors). */
    public List<Target> targets() {
        return targets.targets();
    }

    /** The file names this build writes into its output folder, the index included. */
    public List<String> outputs() {
        List<String> names = new ArrayList<>(targets().stream().map(Target::output).toList());
        names.add(INDEX);
        return names;
    }

    /**
     * What a run did.
     *
     * @param outcomes one per target, in order
     * @param findings warnings the documents made in this run gave (a packet's attachments screen readers cannot read)
     */
    public record Result(List<Outcome> outcomes, List<Problem> findings) {
        public Result {
            outcomes = List.copyOf(outcomes);
            findings = List.copyOf(findings);
        }

        public long count(Outcome.Status status) {
            return outcomes.stream().filter(o -> o.status() == status).count();
        }
    }

    /**
     * Makes the documents that are missing or out of date in {@code outDir}, then the index page.
     *
     * @param programVersion the program's fingerprint: a new version makes everything again
     * @param force          make every document, up to date or not
     * @param show           wraps each target (a progress display); {@code UnaryOperator.identity()} for none
     */
    public Result run(Path outDir, String programVersion, boolean force, UnaryOperator<Target> show) throws Exception {
        return run(outDir, programVersion, force, show, targets());
    }

    /** Makes only the target whose output is {@code output}, when missing or out of date (no index page). */
    public Outcome runOne(Path outDir, String programVersion, String output) throws Exception {
        Target target = targets().stream().filter(t -> t.output().equals(output)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("output: '" + output + "' is not planned"));
        return new IncrementalBuild(outDir, plan.root(), programVersion).run(List.of(target), false, o -> { }).get(0);
    }

    private Result run(Path outDir, String programVersion, boolean force, UnaryOperator<Target> show,
                       List<Target> chosen) throws Exception {
        List<Target> shown = chosen.stream().map(show).toList();
        List<Problem> findings = new ArrayList<>();
        // The index and the findings are written while the build still holds the folder, so that no other build
        // writes them meanwhile.
        List<Outcome> outcomes = new IncrementalBuild(outDir, plan.root(), programVersion)
                .run(shown, force, o -> { }, done -> {
                    Findings kept = Findings.read(outDir, plan.root());
                    for (Outcome o : done) {
                        String output = o.target().output();
                        if (o.status() == Outcome.Status.WRITTEN) {
                            kept.put(output, targets.findings(output));
                        }
                        if (o.status() != Outcome.Status.FAILED) {
                            findings.addAll(kept.of(output));
                        }
                    }
                    kept.retainExisting(outDir);
                    kept.write(outDir, plan.root());
                    writeIndex(outDir);
                });
        return new Result(outcomes, findings);
    }

    /** The index is made anew every time (it lists what exists), but written only when it changed. */
    private void writeIndex(Path outDir) throws Exception {
        String html = IndexPage.html(plan, name -> {
            try {
                Path f = outDir.resolve(name);
                return Files.isRegularFile(f) ? OptionalLong.of(Files.size(f)) : OptionalLong.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Path index = outDir.resolve(INDEX);
        if (!Files.isRegularFile(index) || !Arrays.equals(Files.readAllBytes(index), bytes)) {
            AtomicWrite.write(index, o -> o.write(bytes));
        }
    }
}
