package dev.clerk.model.io;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The one way Clerk reads an input file: committee and meeting files, fonts, Word templates, attachments, minutes
 * to import. Only a regular file is opened (a folder, pipe, device or socket is refused before it is opened, so a
 * pipe never blocks), and no more than the limit of its kind is read, counted while reading: a file that grows,
 * that reports a smaller size than it holds ({@code /proc}), stops at one byte past the limit.
 *
 * <pre>{@code
 * byte[] font = InputFiles.read(path, InputFiles.Limit.FONT);
 * }</pre>
 */
public final class InputFiles {
    private static final long MB = 1024L * 1024;

    /** The largest file Clerk reads of each kind. */
    public enum Limit {
        /** {@code committee.yaml} and meeting files; real ones are a few kilobytes. */
        COMMITTEE_FILE(5 * MB, "committee and meeting files"),
        /** A font for PDFs; a collection of CJK fonts is about 30 MB. */
        FONT(64 * MB, "fonts"),
        /** A Word file whose styles minutes take ({@code --template}). */
        TEMPLATE(32 * MB, "Word templates"),
        /** A supporting document of an agenda item, merged into a packet. */
        ATTACHMENT(512 * MB, "attachments"),
        /** Minutes imported from text or Markdown. */
        IMPORTED_TEXT(2 * MB, "minutes imported from text (split the file)"),
        /** Minutes imported from a Word document. */
        IMPORTED_WORD(50 * MB, "minutes imported from Word (split the file)"),
        /** The file holding the SMTP password ({@code email.smtp.passwordFile}); a password is a line. */
        PASSWORD_FILE(64 * 1024, "password files"),
        /** Certificates of authorities to trust ({@code email.smtp.trust}); a PEM certificate is about 2 KB. */
        CERTIFICATE(1 * MB, "certificate files");

        private final long bytes;
        private final String what;

        Limit(long bytes, String what) {
            this.bytes = bytes;
            this.what = what;
        }

        /** The limit, in bytes. */
        public long bytes() {
            return bytes;
        }

        String tooLarge() {
            return InputFiles.tooLarge(bytes, what);
        }
    }

    private InputFiles() {
    }

    /** The bytes of {@code file}, a regular file of at most {@code limit}. */
    public static byte[] read(Path file, Limit limit) throws InputFileException {
        return read(file, limit.bytes(), limit.tooLarge());
    }

    /**
     * Opens {@code file}, a regular file of at most {@code limit}, for reading; reading past the limit throws an
     * {@link InputFileException}.
     */
    public static InputStream open(Path file, Limit limit) throws InputFileException {
        return open(file, limit.bytes(), limit.tooLarge());
    }

    /**
     * Checks, without opening it, that {@code file} is a regular file of at most {@code limit}, for a library that
     * opens the file itself and reads no more than the file holds (a PDF or zip parser reading from the disk).
     */
    public static void requireReadable(Path file, Limit limit) throws InputFileException {
        requireReadable(file, limit.bytes(), limit.tooLarge());
    }

    static byte[] read(Path file, long limit, String tooLarge) throws InputFileException {
        try (InputStream in = open(file, limit, tooLarge)) {
            return in.readAllBytes();
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static InputStream open(Path file, long limit, String tooLarge) throws InputFileException {
        requireReadable(file, limit, tooLarge);
        try {
            return new Bounded(Files.newInputStream(file), file.toString(), limit, tooLarge);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static void requireReadable(Path file, long limit, String tooLarge) throws InputFileException {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (attributes.isDirectory()) {
            throw new InputFileException(file.toString(), InputFileException.Reason.FOLDER, "is a folder, not a file",
                    null);
        }
        if (!attributes.isRegularFile()) {
            throw new InputFileException(file.toString(), InputFileException.Reason.NOT_REGULAR,
                    "is not a regular file (a pipe or device)", null);
        }
        if (attributes.size() > limit) {
            throw new InputFileException(file.toString(), InputFileException.Reason.TOO_LARGE, tooLarge, null);
        }
    }

    private static InputFileException unreadable(Path file, IOException e) {
        if (e instanceof InputFileException refused) {
            return refused;
        }
        if (e instanceof NoSuchFileException) {
            return new InputFileException(file.toString(), InputFileException.Reason.MISSING, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new InputFileException(file.toString(), InputFileException.Reason.UNREADABLE, "permission denied", e);
        }
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new InputFileException(file.toString(), InputFileException.Reason.UNREADABLE,
                "cannot be read (" + why + ")", e);
    }

    static String tooLarge(long limit, String what) {
        String size = limit % MB == 0 ? limit / MB + " MB" : String.format("%,d bytes", limit);
        return "is larger than " + size + ", the most Clerk reads for " + what;
    }

    /** A stream that fails once more than {@code limit} bytes have been read from it. */
    private static final class Bounded extends FilterInputStream {
        private final String file;
        private final long limit;
        private final String tooLarge;
        private long count;

        Bounded(InputStream in, String file, long limit, String tooLarge) {
            super(in);
            this.file = file;
            this.limit = limit;
            this.tooLarge = tooLarge;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            // Never more than one byte past the limit is asked for, so a file without end is read no further.
            int n = super.read(b, off, (int) Math.min(len, limit + 1 - count));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public byte[] readAllBytes() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit + 1, 64 * 1024));
            transferTo(out);
            return out.toByteArray();
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit + 1 - count));
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) throws InputFileException {
            count += n;
            if (count > limit) {
                throw new InputFileException(file, InputFileException.Reason.TOO_LARGE, tooLarge, null);
            }
        }
    }
}
