package dev.clerk.importer.word;

import dev.clerk.compose.Compositions;
import dev.clerk.compose.MinutesComposer;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputException;
import dev.clerk.model.testing.ExternalProgram;
import dev.clerk.render.docx.DocxOptions;
import dev.clerk.render.docx.DocxRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Clerk's Word minutes of every meeting of the example and the fixtures, made as {@code clerk minutes} makes them. */
final class ClerkWordDocuments {
    private ClerkWordDocuments() {
    }

    /**
     * One meeting's minutes.
     *
     * @param name      "harbor-2024-01-10"
     * @param committee its committee
     * @param meeting   the meeting
     */
    record Case(String name, Committee committee, Meeting meeting) {
        @Override
        public String toString() {
            return name;
        }

        /** The Word minutes, with the record {@code clerk minutes} keeps in them. */
        byte[] docx() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxRenderer(DocxOptions.defaults().withRecord(new DocxOptions.Record(WordRecord.MINUTES,
                    WordRecord.data(meeting)))).render(MinutesComposer.compose(committee, meeting), out);
            return out.toByteArray();
        }
    }

    /** Every meeting with minutes. */
    static List<Case> all() throws InputException {
        List<Case> out = new ArrayList<>();
        for (Path folder : Compositions.FOLDERS) {
            Committee committee = CommitteeFolder.read(folder);
            for (Meeting m : committee.meetings()) {
                if (m.hasMinutes()) {
                    out.add(new Case(folder.getFileName() + "-" + m.date()
                            + (m.kind() == MeetingKind.SPECIAL ? "-special" : ""), committee, m));
                }
            }
        }
        return out;
    }

    /** {@code docx} opened and saved again by LibreOffice, as a clerk's LibreOffice saves it. */
    static Path resavedByLibreOffice(Path docx, Path dir) throws IOException, InterruptedException {
        Path soffice = ExternalProgram.require("soffice");
        Path outDir = Files.createDirectories(dir.resolve("resaved"));
        Process p = new ProcessBuilder(soffice.toString(), "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "docx:MS Word 2007 XML",
                "--outdir", outDir.toString(), docx.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 180 s");
        }
        Path out = outDir.resolve(docx.getFileName());
        if (!Files.exists(out)) {
            throw new IOException("soffice wrote nothing: " + Files.readString(dir.resolve("soffice.log")));
        }
        return out;
    }
}
