package dev.clerk.render.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * Converts {@code file} into a PDF in the empty folder {@code work} and returns it.
     *
     * @throws ConversionException when LibreOffice is missing or fails
     */
    Path convert(Path file, Path work) throws ConversionException;

    /** LibreOffice's soffice from the PATH, each run with a profile of its own so that runs never collide. */
    static OfficeConverter fromPath() {
        return (file, work) -> {
            Optional<Path> soffice = onPath("soffice");
            if (soffice.isEmpty()) {
                throw new ConversionException("is an office document; converting it to PDF needs LibreOffice, and"
                        + " 'soffice' is not on the PATH (install libreoffice-writer-nogui, or attach a PDF)");
            }
            try {
                Files.createDirectories(work);
                Path profile = work.resolve("profile");
                Process p = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                        "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir",
                        work.toString(), file.toString()).redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int code = p.waitFor();
                String name = file.getFileName().toString();
                Path pdf = work.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
                if (code != 0 || !Files.isRegularFile(pdf)) {
                    throw new ConversionException("LibreOffice could not convert it to PDF (exit " + code + ": "
                            + output.strip().replaceAll("\\s+", " ") + ")");
                }
                return pdf;
            } catch (IOException e) {
                throw new ConversionException("LibreOffice could not convert it to PDF (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConversionException("the conversion with LibreOffice was interrupted");
            }
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
