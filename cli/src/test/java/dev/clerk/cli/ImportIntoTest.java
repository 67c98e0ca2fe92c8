package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.ModelReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Approved with corrections": the clerk corrects the draft minutes in Word, and {@code clerk import EDITED.docx
 * --into meetings/DATE.yaml} lists exactly those corrections and, with --apply, writes exactly them.
 */
class ImportIntoTest {
    @TempDir
    Path tmp;
    Path dir;
    Path meeting;
    Path docx;

    @BeforeEach
    void minutes() throws Exception {
        dir = tmp.resolve("swtpic");
        CliRun.copy(Path.of("../examples/swtpic"), dir);
        meeting = dir.resolve("meetings/2017-03-27.yaml");
        docx = tmp.resolve("minutes.docx");
        CliRun made = CliRun.of("minutes", meeting.toString(), "-o", docx.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
    }

    @Test
    void anUneditedCopySaysWhatTheFileSays() {
        CliRun run = CliRun.of("import", docx.toString(), "--into", meeting.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("no differences: " + meeting + " already says what " + docx + " says\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void refusesTheMinutesOfAnotherMeetingAndTouchesNothing() throws Exception {
        Path other = dir.resolve("meetings/2017-05-22.yaml");
        String before = Files.readString(other);
        CliRun run = CliRun.of("import", docx.toString(), "--into", other.toString(), "--apply");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(docx + ": is the minutes of the regular meeting of 2017-03-27, not of the"
                + " regular meeting of 2017-05-22 in " + other + "\n");
        assertThat(Files.readString(other)).isEqualTo(before);
        assertThat(CliRun.of("import", docx.toString(), "--apply").exitCode()).isEqualTo(2);
    }

    @Test
    void listsAndAppliesExactlyTheCorrections() throws Exception {
        String before = Files.readString(meeting);
        Path edited = tmp.resolve("edited.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            // A typo fixed: the lawyer's name.
            replace(paragraph(doc, "David Buise"), "David Buise", "David Boies");
            // A sentence added at the end of a paragraph.
            replace(paragraph(doc, "if any further data points are thought of."),
                    "if any further data points are thought of.",
                    "if any further data points are thought of. Alix will share a summary in May.");
            // A due date changed in the action's call-out.
            XWPFParagraph action2 = paragraph(doc, "due July 1, 2017");
            replace(action2, "July 1, 2017", "July 15, 2017");
            // An action added: the last action of item III copied under it (as copy and paste does).
            XWPFParagraph action6 = paragraph(doc, "Send Minouche the two articles");
            List<XWPFParagraph> all = doc.getParagraphs();
            XWPFParagraph following = all.get(all.indexOf(action6) + 1);
            XWPFParagraph pasted = doc.insertNewParagraph(following.getCTP().newCursor());
            pasted.getCTP().set(action6.getCTP().copy());
            try (OutputStream out = Files.newOutputStream(edited)) {
                doc.write(out);
            }
        }
        try (InputStream in = Files.newInputStream(edited); XWPFDocument doc = new XWPFDocument(in)) {
            // ... and its words changed.
            XWPFParagraph copy = paragraph(doc, "Send Minouche the two articles", 1);
            for (XWPFRun r : copy.getRuns()) {
                if ("ClerkTask".equals(r.getStyle())) {
                    r.setText("Ask Legal Momentum for the complaint filed against Backpage.", 0);
                } else if ("ClerkOwners".equals(r.getStyle())) {
                    r.setText("Minouche Kandel", 0);
                }
            }
            try (OutputStream out = Files.newOutputStream(edited)) {
                doc.write(out);
            }
        }

        CliRun diff = CliRun.of("import", edited.toString(), "--into", meeting.toString());
        assertThat(diff.err()).isEmpty();
        assertThat(diff.exitCode()).isZero();
        List<String> lines = diff.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("4 differences between " + meeting + " and " + edited + ":");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("agenda[2].narrative[0]").contains("Boies"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("agenda[1].items[2].narrative[0]")
                .contains("Alix will share a summary in May."));
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .isEqualTo("  agenda[1].items[0].actions[1].due: 2017-07-01 → 2017-07-15"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  agenda[2].actions[1]: added")
                .contains("Ask Legal Momentum"));
        assertThat(Files.readString(meeting)).isEqualTo(before);

        CliRun applied = CliRun.of("import", edited.toString(), "--into", meeting.toString(), "--apply");
        assertThat(applied.err()).isEmpty();
        assertThat(applied.exitCode()).isZero();
        assertThat(applied.out()).endsWith("applied 4 changes to " + meeting + "\n");
        String after = Files.readString(meeting);
        // Only the lines of those changes differ: comments, key order, flow lists and ids are kept.
        List<String> removed = new ArrayList<>(before.lines().toList());
        removed.removeAll(after.lines().toList());
        List<String> addedLines = new ArrayList<>(after.lines().toList());
        addedLines.removeAll(before.lines().toList());
        assertThat(removed).containsExactly(
                "            due: 2017-07-01",
                "            charges.  The group was asked to email Alix if any further data points are thought of.",
                "        Legal Momentum has sued Backpage, and partnered with the well renowned lawyer David Buise, who is");
        assertThat(addedLines).containsExactly(
                "            due: 2017-07-15",
                "            charges.  The group was asked to email Alix if any further data points are thought of. Alix will",
                "            share a summary in May.",
                "        Legal Momentum has sued Backpage, and partnered with the well renowned lawyer David Boies, who is",
                "      - id: 2017-03-27-9",
                "        owners: [Minouche Kandel]",
                "        task: Ask Legal Momentum for the complaint filed against Backpage.");
        var m = ModelReader.readMeeting(meeting);
        assertThat(m.agenda().get(2).actions().get(1).id()).isEqualTo("2017-03-27-9");
        assertThat(m.agenda().get(1).items().get(0).actions().get(1).due()).hasToString("2017-07-15");
        assertThat(m.agenda().get(1).items().get(2).narrative().get(0)).endsWith(
                "if any further data points are thought of. Alix will share a summary in May.");
        assertThat(CliRun.of("check", dir.toString()).exitCode()).isZero();

        CliRun again = CliRun.of("import", edited.toString(), "--into", meeting.toString());
        assertThat(again.out()).startsWith("no differences");
    }

    @Test
    void anActionTypedWithoutClerksMarksIsReadFromItsWordingAndMarkedForChecking() throws Exception {
        Path edited = tmp.resolve("edited.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            // A new paragraph in the Action style, typed from scratch: no character styles on its parts.
            XWPFParagraph action6 = paragraph(doc, "Send Minouche the two articles");
            List<XWPFParagraph> all = doc.getParagraphs();
            XWPFParagraph typed = doc.insertNewParagraph(all.get(all.indexOf(action6) + 1).getCTP().newCursor());
            typed.setStyle("Action");
            typed.createRun().setText("Action: Book a room for the June meeting. (Maggie McHale; due June 1, 2017)");
            try (OutputStream out = Files.newOutputStream(edited)) {
                doc.write(out);
            }
        }
        CliRun applied = CliRun.of("import", edited.toString(), "--into", meeting.toString(), "--apply");
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("  agenda[2].actions[1]: added (Maggie McHale: Book a room for the June"
                + " meeting. (due 2017-06-01))");
        assertThat(applied.err()).isEqualTo(edited + ": agenda[2].actions[1]: check: action typed without Clerk's"
                + " marks; owners and due date read from its wording \"TASK (OWNERS; due DATE)\"\n");
        assertThat(Files.readString(meeting)).contains("""
                      # check: action typed without Clerk's marks; owners and due date read from its wording \
                "TASK (OWNERS; due DATE)"
                      - id: 2017-03-27-9
                """.replace("\\\n", ""));
        assertThat(CliRun.of("check", dir.toString()).exitCode()).isZero();
    }

    @Test
    void readsACorrectionMadeInTheActionItemsTableOnly() throws Exception {
        Path edited = tmp.resolve("edited.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            // The table repeats each action's due date; a clerk may correct it there rather than in the call-out.
            XWPFTable table = doc.getTables().get(doc.getTables().size() - 1);
            XWPFTableRow action2 = table.getRow(2);
            assertThat(action2.getCell(3).getText()).isEqualTo("July 1, 2017");
            replace(action2.getCell(3).getParagraphs().get(0), "July 1, 2017", "July 8, 2017");
            // ... and types a due date over the dash of one that had none.
            XWPFTableRow action5 = table.getRow(5);
            assertThat(action5.getCell(3).getText()).isEqualTo("—");
            replace(action5.getCell(3).getParagraphs().get(0), "—", "June 30, 2017");
            try (OutputStream out = Files.newOutputStream(edited)) {
                doc.write(out);
            }
        }
        CliRun diff = CliRun.of("import", edited.toString(), "--into", meeting.toString());
        assertThat(diff.out()).isEqualTo("2 differences between " + meeting + " and " + edited + ":\n"
                + "  agenda[1].items[0].actions[1].due: 2017-07-01 → 2017-07-08\n"
                + "  agenda[1].items[2].actions[0].due: added 2017-06-30\n"
                + "nothing written; add --apply to write them into " + meeting + "\n");
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String containing) {
        return paragraph(doc, containing, 0);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String containing, int nth) {
        int seen = 0;
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getText().contains(containing) && seen++ == nth) {
                return p;
            }
        }
        throw new AssertionError("no paragraph says " + containing);
    }

    private static void replace(XWPFParagraph p, String what, String with) {
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t.contains(what)) {
                r.setText(t.replace(what, with), 0);
                return;
            }
        }
        throw new AssertionError("no run of '" + p.getText() + "' says " + what);
    }
}
