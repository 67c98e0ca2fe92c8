package dev.clerk.importer;

import dev.clerk.model.io.InputException;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.InputFiles;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word document as the text the rest of the importer reads, keeping Word's structure as hints in the
 * Markdown the text reader understands: heading styles become {@code #} headings, numbered paragraphs get their
 * number ("I.", "A.", "1)"), bulleted ones a dash, paragraphs wholly in bold {@code **...**}, table rows one line.
 */
final class DocxSource {
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading|berschrift|titre|titolo|kop)\\s*([1-9])");

    static {
        // Refuse zip bombs and absurd parts early (POI's own guards; these are its defaults made explicit).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(MinutesImporter.MAX_CHARS);
    }

    private DocxSource() {
    }

    /** The document's text with structure marks, and whether it used heading styles. */
    record Text(String text, boolean headings) {
    }

    static Text read(Path path, String file) throws InputException {
        try (InputStream in = InputFiles.open(path, InputFiles.Limit.IMPORTED_WORD); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder sb = new StringBuilder();
            Map<String, Integer> counters = new HashMap<>();
            boolean headings = false;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    headings |= paragraph(doc, p, counters, sb);
                } else if (element instanceof XWPFTable t) {
                    table(t, sb);
                }
                if (sb.length() > MinutesImporter.MAX_CHARS) {
                    throw new InputException(Problem.error(file, Position.FILE, "", String.format(
                            "the document holds more than %,d characters of text; minutes that long are not imported",
                            MinutesImporter.MAX_CHARS)));
                }
            }
            return new Text(sb.toString(), headings);
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InputFileException refused) {
                    throw new InputException(Problem.error(file, Position.FILE, "", refused.problem()));
                }
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.contains("Zip bomb") || why.contains("zip bomb")) {
                why = "it expands far more than a real document would (possible zip bomb)";
            } else {
                why = plainReason(e);
            }
            throw new InputException(Problem.error(file, Position.FILE, "",
                    "not a readable Word document (.docx): " + why));
        }
    }

    private static final java.util.regex.Pattern OVERSIZED = java.util.regex.Pattern.compile(
            "(?i)tried to allocate|setByteArrayMaxOverride|maximum length for this record");

    /**
     * Why POI could not read a document, in plain words: "Tried to allocate an array of length ... IOUtils
     * .setByteArrayMaxOverride()" is POI's advice to its programmers, not to a clerk.
     */
    static String plainReason(Throwable e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return OVERSIZED.matcher(why).find() ? "a part of it is far larger than a real document's (it may be damaged)"
                : firstLine(why);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static boolean paragraph(XWPFDocument doc, XWPFParagraph p, Map<String, Integer> counters,
                                     StringBuilder sb) {
        String text = p.getText().replace('\u000B', ' ').replace("\t", " ").strip();
        if (text.isEmpty()) {
            sb.append('\n');
            return false;
        }
        int level = headingLevel(doc, p);
        if (level > 0) {
            sb.append("#".repeat(level)).append(' ').append(text).append("\n\n");
            return true;
        }
        BigInteger numId = p.getNumID();
        if (numId != null) {
            int ilvl = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            String fmt = p.getNumFmt() == null ? "bullet" : p.getNumFmt();
            String key = numId + "/" + ilvl;
            int n = counters.merge(key, 1, Integer::sum);
            // A new item at a level restarts the numbering of the levels below it.
            for (int deeper = ilvl + 1; deeper < 9; deeper++) {
                counters.remove(numId + "/" + deeper);
            }
            String label = label(fmt, n);
            sb.append("  ".repeat(ilvl)).append(label == null ? "- " : label + " ").append(text).append('\n');
            return false;
        }
        boolean bold = !p.getRuns().isEmpty();
        for (XWPFRun r : p.getRuns()) {
            if (!r.text().isBlank() && !r.isBold()) {
                bold = false;
            }
        }
        sb.append(bold ? "**" + text + "**" : text).append('\n');
        // A Word paragraph is a paragraph; only short lines without a full stop (names, address lines, items typed
        // one per line) are kept together as the lines of one block.
        if (text.length() > 80 || text.matches("(?s).*[.!?:\"”’)]$")) {
            sb.append('\n');
        }
        return false;
    }

    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return 0;
        }
        String name = id;
        if (doc.getStyles() != null && doc.getStyles().getStyle(id) != null
                && doc.getStyles().getStyle(id).getName() != null) {
            name = doc.getStyles().getStyle(id).getName();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("title")) {
            return 1;
        }
        Matcher m = HEADING_STYLE.matcher(name);
        if (m.find()) {
            return Integer.parseInt(m.group(1)) + 1;
        }
        m = HEADING_STYLE.matcher(id);
        return m.find() ? Integer.parseInt(m.group(1)) + 1 : 0;
    }

    private static String label(String fmt, int n) {
        return switch (fmt) {
            case "decimal" -> n + ".";
            case "upperRoman" -> roman(n) + ".";
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT) + ".";
            case "upperLetter" -> letter(n) + ".";
            case "lowerLetter" -> letter(n).toLowerCase(Locale.ROOT) + ".";
            default -> null;
        };
    }

    private static String letter(int n) {
        return String.valueOf((char) ('A' + (n - 1) % 26));
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    /** A table as Markdown rows ("| Owner | Task | Due |"), which the text reader reads as a table. */
    private static void table(XWPFTable t, StringBuilder sb) {
        sb.append('\n');
        for (XWPFTableRow row : t.getRows()) {
            StringBuilder line = new StringBuilder("|");
            boolean any = false;
            for (XWPFTableCell cell : row.getTableCells()) {
                String c = cell.getText().replace('\n', ' ').replace('\t', ' ').replace("|", "/").strip();
                any |= !c.isEmpty();
                line.append(' ').append(c).append(" |");
            }
            if (any) {
                sb.append(line).append('\n');
            }
        }
        sb.append('\n');
    }
}
