package dev.clerk.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Converts office documents with LibreOffice's {@code soffice}, within bounds: the document is checked before
 * LibreOffice opens it ({@link OfficeArchive}), the conversion is stopped after a time limit, and nothing is left
 * behind — no process (soffice and every process it started are killed) and no scratch file (its own profile, its
 * temporary files and, unless the conversion succeeded, its output folder are deleted) — whether it succeeds,
 * fails, times out, is interrupted or the JVM is shut down meanwhile.
 */
final class LibreOffice implements OfficeConverter {
    /** How long a conversion may take unless {@value #TIMEOUT_VARIABLE} says otherwise. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    /** The environment variable that sets the time limit, in seconds. */
    static final String TIMEOUT_VARIABLE = "CLERK_CONVERT_TIMEOUT";

    private final Path program;
    private final Duration timeout;
    private final OfficeArchive limits;

    /**
     * @param program the {@code soffice} to run (or a program taking the same arguments)
     * @param timeout how long a conversion may take before it is stopped
     * @param limits  what a zipped document may unpack to
     */
    LibreOffice(Path program, Duration timeout, OfficeArchive limits) {
        this.program = Objects.requireNonNull(program, "program");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.limits = Objects.requireNonNull(limits, "limits");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** The time limit {@code value} of {@value #TIMEOUT_VARIABLE} sets; the default when it is not set. */
    static Duration timeout(String value) throws ConversionException {
        if (value == null || value.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds > 0 && seconds <= 86_400) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new ConversionException("cannot be converted: " + TIMEOUT_VARIABLE + " is '" + value
                + "', not a number of seconds from 1 to 86400");
    }

    @Override
    public Path convert(Path file, Path work) throws ConversionException {
        try {
            limits.check(file);
        } catch (OfficeArchive.Refused e) {
            throw new ConversionException(e.getMessage());
        } catch (IOException e) {
            throw new ConversionException("could not be read to convert it to PDF");
        }
        Path folder = work.toAbsolutePath();
        Scratch.register(folder);
        Path profile = folder.resolve("profile");
        Path temp = folder.resolve("tmp");
        Path log = folder.resolve("soffice.log");
        // Every process of this conversion names its own profile: those left when soffice ends are found by it.
        String marker = profile.toUri().toString();
        Process process = null;
        boolean converted = false;
        try {
            Files.createDirectories(temp);
            ProcessBuilder builder = new ProcessBuilder(program.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + marker, "--convert-to", target(file), "--outdir", folder.toString(),
                    file.toAbsolutePath().toString()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("TMPDIR", temp.toString());
            process = builder.start();
            Scratch.track(process, marker);
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ConversionException("was not converted to PDF: LibreOffice took longer than "
                        + timeout.toSeconds() + " s and was stopped (attach it as a PDF, or allow more seconds with "
                        + TIMEOUT_VARIABLE + ")");
            }
            int code = process.exitValue();
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path pdf = folder.resolve((dot > 0 ? name.substring(0, dot) : name) + ".pdf");
            if (code != 0 || !Files.isRegularFile(pdf)) {
                throw new ConversionException("LibreOffice could not convert it to PDF (exit " + code + ": "
                        + said(log) + ")");
            }
            converted = true;
            return pdf;
        } catch (IOException e) {
            throw new ConversionException("LibreOffice could not be run to convert it to PDF (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConversionException("was not converted to PDF: the conversion with LibreOffice was interrupted");
        } finally {
            if (process != null) {
                Scratch.kill(process, marker);
            }
            clean(folder, converted, profile, temp, log);
        }
    }

    /**
     * Removes the scratch files: all of {@code folder} unless it now holds the converted PDF. What cannot be deleted
     * now stays registered with {@link Scratch}, which tries again when the JVM shuts down.
     */
    private static void clean(Path folder, boolean converted, Path... scratch) {
        try {
            if (converted) {
                for (Path p : scratch) {
                    Scratch.delete(p);
                }
            } else {
                Scratch.delete(folder);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Left for the shutdown hook; the conversion's own outcome is what the caller needs to hear.
        }
    }

    /**
     * The {@code --convert-to} argument for {@code file}: PDF through the export filter of the application that opens
     * it, tagged (so that a document with headings and tables keeps them for screen readers), PDF/A-1 (fonts
     * embedded) and PDF/UA-1 as far as LibreOffice can tell. The filter options are LibreOffice's JSON syntax (7.4
     * and later).
     */
    static String target(Path file) {
        String ext = ReadAhead.extension(file.getFileName().toString());
        String filter = switch (ext) {
            case "xlsx", "xls", "ods" -> "calc_pdf_Export";
            case "pptx", "odp" -> "impress_pdf_Export";
            default -> "writer_pdf_Export";
        };
        return "pdf:" + filter + ":{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
                + "\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"1\"},"
                + "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}}";
    }

    /** What soffice printed, on one line, at most a few hundred characters of it. */
    private static String said(Path log) {
        try (InputStream in = Files.newInputStream(log)) {
            String text = new String(in.readNBytes(600), StandardCharsets.UTF_8).strip();
            StringBuilder line = new StringBuilder();
            boolean space = false;
            for (int i = 0; i < text.length() && line.length() < 400; i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                    space = true;
                } else {
                    if (space && line.length() > 0) {
                        line.append(' ');
                    }
                    space = false;
                    line.append(c);
                }
            }
            return line.length() == 0 ? "no output" : line.toString();
        } catch (IOException e) {
            return "no output";
        }
    }
}
