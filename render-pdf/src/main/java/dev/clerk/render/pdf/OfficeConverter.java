package dev.clerk.render.pdf;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Converts office documents (.docx, .odt, .xlsx, ...) to PDF with LibreOffice, when it is installed. */
interface OfficeConverter {
    /** The document could not be converted. */
    final class ConversionException extends Exception {
        private static final long serialVersionUID = 1L;

        ConversionException(String message) {
            super(message);
        }
    }

    /**
     * Converts {@code file} into a PDF in the folder {@code work}, which it creates, and returns it; when it
     * throws, {@code work} is gone.
     *
     * @throws ConversionException when LibreOffice is missing, fails or takes too long, or the document is refused
     */
    Path convert(Path file, Path work) throws ConversionException;

    /**
     * LibreOffice's soffice from the PATH, each run with a profile of its own so that runs never collide, stopped
     * after {@link LibreOffice#DEFAULT_TIMEOUT} or the seconds the {@value LibreOffice#TIMEOUT_VARIABLE} environment
     * variable gives; see {@link LibreOffice}.
     */
    static OfficeConverter fromPath() {
        return (file, work) -> {
            Optional<Path> soffice = onPath("soffice");
            if (soffice.isEmpty()) {
                throw new ConversionException("is an office document; converting it to PDF needs LibreOffice, and"
                        + " 'soffice' is not on the PATH (install libreoffice-writer-nogui, or attach a PDF)");
            }
            Duration timeout = LibreOffice.timeout(System.getenv(LibreOffice.TIMEOUT_VARIABLE));
            return new LibreOffice(soffice.get(), timeout, OfficeArchive.LIMITS).convert(file, work);
        };
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir).resolve(program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
