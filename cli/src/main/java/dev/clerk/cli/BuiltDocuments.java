package dev.clerk.cli;

import dev.clerk.build.BuildPlan;
import dev.clerk.build.CommitteeBuild;
import dev.clerk.build.Outcome;
import dev.clerk.build.PlannedDocument;
import dev.clerk.mail.Document;
import dev.clerk.mail.DocumentKind;
import dev.clerk.model.Body;
import dev.clerk.model.check.CheckedCommittee;
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
    /** The folder, in the committee folder, that build commands write to and that can be posted as it is. */
    static final String OUT = DefaultOutput.FOLDER;

    static Path outFolder(Path committeeFolder) {
        return committeeFolder.resolve(OUT);
    }

    @Override
    public Document document(CheckedCommittee checked, Path committeeFolder, Body body, Path meetingFile, String meetingKey, DocumentKind what)
            throws InputException {
        dev.clerk.build.DocumentKind kind = switch (what) {
            case PACKET -> dev.clerk.build.DocumentKind.PACKET_PDF;
            case AGENDA -> dev.clerk.build.DocumentKind.AGENDA_PDF;
            case MINUTES -> dev.clerk.build.DocumentKind.MINUTES_PDF;
        };
        CommitteeBuild build = CommitteeBuild.plan(committeeFolder, checked, EnumSet.of(kind));
        BuildPlan plan = build.plan();
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
        Path out = outFolder(committeeFolder);
        try {
            Outcome outcome = build.runOne(out, Version.fingerprint(), planned.output());
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
