package dev.clerk.cli;

import dev.clerk.mail.Document;
import dev.clerk.mail.DocumentKind;
import dev.clerk.model.Body;
import dev.clerk.model.build.BuildPlan;
import dev.clerk.model.build.IncrementalBuild;
import dev.clerk.model.build.Outcome;
import dev.clerk.model.build.PlannedDocument;
import dev.clerk.model.build.Target;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * Gives {@code clerk send} its document the way {@code clerk build} makes it: built into out/ when missing or when
 * something it is made from changed (by content, as recorded in out/.clerk-build), reused when up to date.
 */
final class BuiltDocuments implements DocumentSource {
    @Override
    public Document document(Path committeeFolder, Body body, Path meetingFile, String meetingKey, DocumentKind what)
            throws InputException {
        dev.clerk.model.build.DocumentKind kind = switch (what) {
            case PACKET -> dev.clerk.model.build.DocumentKind.PACKET_PDF;
            case AGENDA -> dev.clerk.model.build.DocumentKind.AGENDA_PDF;
            case MINUTES -> dev.clerk.model.build.DocumentKind.MINUTES_PDF;
        };
        BuildPlan plan = BuildPlan.of(committeeFolder, EnumSet.of(kind));
        List<Problem> errors = plan.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        PlannedDocument planned = plan.buildable().stream()
                .filter(d -> d.file() != null && same(d.file(), meetingFile))
                .findFirst()
                .orElseThrow(() -> new InputException(Problem.error(meetingFile.toString(), Position.FILE, "",
                        "has no " + what.key() + " to send" + (what == DocumentKind.MINUTES
                                ? " (the file records no minutes yet)" : ""))));
        Path out = committeeFolder.resolve(OutFolderDocuments.OUT);
        try {
            Target target = BuildTargets.of(plan).stream().filter(t -> t.output().equals(planned.output()))
                    .findFirst().orElseThrow();
            Outcome outcome = new IncrementalBuild(out, committeeFolder, Version.fingerprint())
                    .run(List.of(target), false, o -> { }).get(0);
            if (outcome.status() == Outcome.Status.FAILED) {
                throw outcome.error();
            }
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException(Problem.error(SendCommand.display(out.resolve(planned.output())).toString(),
                    Position.FILE, "", "cannot be built: " + (e.getMessage() == null ? e : e.getMessage())));
        }
        return new Document(out.resolve(planned.output()), "application/pdf", what.fileName(body, meetingKey, "pdf"));
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
