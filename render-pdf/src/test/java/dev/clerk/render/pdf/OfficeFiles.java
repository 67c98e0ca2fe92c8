package dev.clerk.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Office documents and stand-ins for soffice, made by tests. */
final class OfficeFiles {
    private OfficeFiles() {
    }

    /** The smallest Word document: one paragraph. */
    static void docx(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            contentTypesAndRels(zip);
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                    + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + text
                    + "</w:t></w:r></w:p></w:body></w:document>");
        }
    }

    /** A Word document made with POI: a paragraph and a table of two rows. */
    static void wordWithTable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             OutputStream os = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Spending in 2017, as the committee proposes it.");
            org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Item");
            table.getRow(0).getCell(1).setText("Amount");
            table.getRow(1).getCell(0).setText("Outreach");
            table.getRow(1).getCell(1).setText("$1,200");
            doc.write(os);
        }
    }

    /**
     * A Word document whose word/document.xml is {@code megabytes} MB of zeros: about a thousandth of that on disk.
     * Written as it is deflated, so the test holds 64 kB of it at a time.
     */
    static void zipBomb(Path file, int megabytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(Deflater.BEST_SPEED);
            contentTypesAndRels(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[64 * 1024];
            for (int i = 0; i < megabytes * 16; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }

    private static void contentTypesAndRels(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
    }

    static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * An executable shell script named {@code soffice} in {@code folder}: a stand-in taking soffice's arguments
     * ({@code --headless --norestore -env:UserInstallation=URI --convert-to pdf:FILTER:OPTIONS --outdir DIR FILE}, so {@code $3}
     * is the profile, {@code $7} the output folder and {@code $8} the document).
     */
    static Path standIn(Path folder, String body) throws IOException {
        Files.createDirectories(folder);
        Path script = folder.resolve("soffice");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** Whether process {@code pid} is gone (or a zombie, which is dead but not yet collected by its parent). */
    static boolean gone(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
            } catch (IOException e) {
                return true;
            }
        }
        return true;
    }
}
