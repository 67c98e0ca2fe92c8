package dev.clerk.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What a zipped office document (.docx, .xlsx, .pptx, .odt, ...) unpacks to, checked before LibreOffice opens it,
 * so that a small file that unpacks to gigabytes (a zip bomb) is refused in a moment instead of filling memory.
 *
 * <p>The zip's central directory gives each part's packed and unpacked size: too many parts, too much in all, or a
 * large part packed far more tightly than documents pack are refused from it alone. A directory can understate
 * sizes, so the parts are then unpacked and counted, stopping as soon as one unpacks to more than it said: the work
 * is bounded by the limits, not by what the file claims.
 *
 * @param maxParts  the most parts a document may have
 * @param maxBytes  the most bytes its parts may unpack to, in all
 * @param maxRatio  the most times its packed size a part larger than {@link #RATIO_FROM} bytes may unpack to
 */
record OfficeArchive(int maxParts, long maxBytes, int maxRatio) {
    /** Parts smaller than this (1 MB) are not held to the ratio: a small run of repeated markup packs tightly. */
    static final long RATIO_FROM = 1L << 20;

    /**
     * The limits documents are held to: 10,000 parts, 512 MB in all, and 100 times for a part (word processors'
     * and spreadsheets' XML packs 5 to 30 times; 1 GB of zeros packs about 1,000 times).
     */
    static final OfficeArchive LIMITS = new OfficeArchive(10_000, 512L << 20, 100);

    /** The file is refused; the message says why in words for the clerk. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Checks {@code file} against the limits; a file that is not a zip archive (an old .doc, an .rtf) has nothing
     * to unpack and passes, one that starts like a zip archive but cannot be read as one is refused.
     *
     * @throws Refused     when it would unpack to more than the limits allow, or its zip directory is damaged
     * @throws IOException when it cannot be read
     */
    void check(Path file) throws Refused, IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            if (startsLikeZip(file)) {
                throw new Refused("is not a readable office document (its zip structure is damaged)");
            }
            return;
        }
        try (zip) {
            if (zip.size() > maxParts) {
                throw new Refused("is an office document of " + number(zip.size()) + " parts, more than the "
                        + number(maxParts) + " Clerk converts; attach it as a PDF");
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                long size = declared(entry);
                long ratio = size / Math.max(entry.getCompressedSize(), 1);
                if (size > RATIO_FROM && ratio > maxRatio) {
                    throw new Refused("is an office document whose part " + entry.getName() + " unpacks to "
                            + megabytes(size) + ", more than " + number(maxRatio) + " times its packed size, as zip"
                            + " bombs do; attach it as a PDF");
                }
                total += size;
                if (total > maxBytes) {
                    throw tooLarge();
                }
            }
            // The directory may understate: unpack and count, stopping at the first part that says too little.
            byte[] buffer = new byte[64 * 1024];
            long unpacked = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                long part = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        part += n;
                        unpacked += n;
                        if (part > declared(entry)) {
                            throw new Refused("is an office document whose zip directory understates what "
                                    + entry.getName() + " unpacks to; attach it as a PDF");
                        }
                        if (unpacked > maxBytes) {
                            throw tooLarge();
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new Refused("is not a readable office document (its zip structure is damaged)");
        }
    }

    private Refused tooLarge() {
        return new Refused("is an office document that unpacks to more than " + megabytes(maxBytes)
                + ", more than Clerk converts; attach it as a PDF");
    }

    /** The unpacked size the directory gives; an unknown one counts as unlimited. */
    private static long declared(ZipEntry entry) {
        return entry.getSize() < 0 ? Long.MAX_VALUE / 4 : entry.getSize();
    }

    private static boolean startsLikeZip(Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }

    private static String megabytes(long bytes) {
        return number((bytes + (1L << 20) - 1) >> 20) + " MB";
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
