package dev.clerk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic committee folder for whole-cycle benchmarks: a roster of eight, and N fortnightly meetings
 * with attendance, approval motions with votes, narrative, decisions, action items, reports on the previous
 * meeting's tasks and a small PDF attached to each discussion item; the last meeting is an agenda still to come.
 * The folder passes {@code clerk check}. Uses only the JDK, so it also runs as
 * {@code java bench/src/main/java/dev/clerk/bench/SyntheticCommittee.java DIR [N]}.
 */
public final class SyntheticCommittee {
    private static final String[] PEOPLE = {"Ann Lee", "Ben Ng", "Cleo Park", "Dev Rao", "Eva Stone", "Finn Tate",
        "Gia Umar", "Hal Vance"};
    private static final String[] TOPICS = {"Budget review", "Community outreach", "Policy draft", "Data report",
        "Training plan", "Grant applications"};
    private static final int ITEMS = 3;
    private static final int ACTIONS = 2;

    private SyntheticCommittee() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticCommittee DIR [MEETINGS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        write(dir, count);
        System.out.println("wrote " + dir + ": committee.yaml, " + count + " meetings, "
                + count * ITEMS + " attachments");
    }

    /** Writes the committee folder {@code dir} with {@code count} meetings. */
    static void write(Path dir, int count) throws IOException {
        Files.createDirectories(dir.resolve("meetings"));
        Files.createDirectories(dir.resolve("attachments"));
        StringBuilder body = new StringBuilder("name: Synthetic Benchmark Committee\nshortName: SBC\nlanguage: en-US\n"
                + "people:\n");
        for (int i = 0; i < PEOPLE.length; i++) {
            body.append("  - name: ").append(PEOPLE[i]).append("\n    affiliation: Organization ").append(i + 1)
                    .append("\n    role: ").append(i == 0 ? "chair" : "member").append('\n');
        }
        body.append("defaults:\n  location:\n    address:\n      - 1 Civic Center Plaza\n      - Room 100\n"
                + "  time: \"10:00\"\n  duration: 90\n");
        Files.writeString(dir.resolve("committee.yaml"), body, StandardCharsets.UTF_8);
        LocalDate first = LocalDate.of(2020, 1, 6);
        for (int n = 0; n < count; n++) {
            LocalDate date = first.plusWeeks(2L * n);
            LocalDate previous = n == 0 ? null : first.plusWeeks(2L * (n - 1));
            boolean held = n < count - 1;
            StringBuilder m = new StringBuilder("date: ").append(date).append("\nstart: \"10:00\"\n");
            if (held) {
                m.append("end: \"11:30\"\nattendees:\n");
                for (int p = 0; p < PEOPLE.length; p++) {
                    if ((p + n) % 5 != 4) {
                        m.append("  - name: ").append(PEOPLE[p]).append('\n');
                    }
                }
            }
            m.append("agenda:\n  - title: Call to order\n");
            if (previous != null) {
                m.append("  - title: Approval of the minutes of ").append(previous).append("\n    kind: action\n")
                        .append("    minutesOf: ").append(previous).append('\n');
                if (held) {
                    m.append("    motions:\n      - text: to approve the minutes of ").append(previous)
                            .append(" as presented\n        mover: ").append(PEOPLE[n % 8]).append("\n        seconder: ")
                            .append(PEOPLE[(n + 1) % 8]).append("\n        result: passed\n        vote:\n")
                            .append("          ayes: 5\n          noes: 0\n          abstentions: 1\n");
                }
            }
            for (int i = 0; i < ITEMS; i++) {
                String topic = TOPICS[(n + i) % TOPICS.length];
                String file = "attachments/" + date + "-" + (i + 1) + ".pdf";
                Files.write(dir.resolve(file), pdf(topic + " (" + date + ")"));
                m.append("  - title: ").append(topic).append("\n    kind: discussion\n    presenter: ")
                        .append(PEOPLE[(n + i) % 8]).append("\n    duration: 20\n    attachments:\n      - title: ")
                        .append(topic).append(" memo\n        path: ").append(file).append('\n');
                if (held) {
                    m.append("    narrative:\n");
                    for (int k = 0; k < 2; k++) {
                        m.append("      - >-\n        ").append(PEOPLE[(n + i + k) % 8]).append(" reported on the ")
                                .append(topic.toLowerCase()).append(". The committee discussed the figures for the")
                                .append(" quarter, the outstanding questions from residents, and what staff need\n")
                                .append("        before the next meeting. Members asked for a written summary and a")
                                .append(" timeline, and agreed to revisit the matter when the summary is ready.\n");
                    }
                    m.append("    decisions:\n      - The committee asked staff for a written summary of the ")
                            .append(topic.toLowerCase()).append(".\n    actions:\n");
                    for (int a = 0; a < ACTIONS; a++) {
                        int id = i * ACTIONS + a + 1;
                        m.append("      - id: ").append(date).append('-').append(id).append("\n        owners: [")
                                .append(PEOPLE[(n + id) % 8]).append("]\n        task: Prepare item ").append(id)
                                .append(" on the ").append(topic.toLowerCase()).append(" for the next meeting.\n");
                        if (a == 0) {
                            m.append("        due: ").append(date.plusWeeks(2)).append('\n');
                        }
                    }
                }
            }
            m.append("  - title: Public comment\n  - title: Adjournment\n");
            if (held && previous != null) {
                m.append("updates:\n");
                for (int id = 1; id <= ITEMS * ACTIONS; id++) {
                    m.append("  - task: ").append(previous).append('-').append(id).append("\n    status: ")
                            .append(id % 3 == 0 ? "in-progress" : "done").append('\n');
                }
            }
            if (held) {
                m.append("next:\n  date: ").append(date.plusWeeks(2)).append('\n');
            }
            Files.writeString(dir.resolve("meetings/" + date + ".yaml"), m, StandardCharsets.UTF_8);
        }
    }

    /** A one-page PDF with one line of text, its cross-reference offsets worked out. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                + ") Tj ET";
        List<String> objects = new ArrayList<>(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
