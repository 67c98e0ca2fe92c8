package dev.clerk.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip package entry by entry with one fixed entry time, so the same document is the same bytes whatever the
 * clock or the time zone says. The order of the entries is kept ([Content_Types].xml first, as POI writes it).
 */
final class StableZip {
    private StableZip() {
    }

    /** The DOS date range of zip entries: outside it Java would add an extended, time-zone-dependent timestamp. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 0, 0);

    static void copy(InputStream zip, OutputStream out, LocalDateTime entryTime) throws IOException {
        LocalDateTime time = entryTime.isBefore(EARLIEST) ? EARLIEST : entryTime.isAfter(LATEST) ? LATEST : entryTime;
        ZipOutputStream z = new ZipOutputStream(new NonClosing(out));
        z.setLevel(6);
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                // setTimeLocal writes the DOS date and time as given, without an extended timestamp field.
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        z.finish();
        z.flush();
    }

    /** Lets the zip stream finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
