package dev.clerk.importer;

import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a text file into text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252,
 * the encoding of text saved by Word and Notepad on Windows. Binary files are refused with a clear message.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static String decode(String file, byte[] bytes, List<String> warnings) throws InputException {
        refuseKnownBinary(file, bytes);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(file, bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new InputException(Problem.error(file, Position.FILE, "", String.format(
                        "not a text file (a zero byte at offset %d); import reads plain text, Markdown and .docx", i)));
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls * 100L > bytes.length) {
            throw new InputException(Problem.error(file, Position.FILE, "", String.format(
                    "not a text file (%d control bytes); import reads plain text, Markdown and .docx", controls)));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("the file is not UTF-8; it was read as Windows-1252 (check accented letters and quotes)");
            return new String(bytes, WINDOWS_1252);
        }
    }

    /**
     * The text with the C1 control characters U+0080 to U+009F read as the Windows-1252 punctuation they almost always
     * are ("\u0097" is the em dash of text saved in Windows-1252 and read as Latin-1, or converted to UTF-8 byte by
     * byte), as browsers read them; those Windows-1252 leaves undefined, and characters no document can hold (a lone
     * surrogate, U+FFFE), become U+FFFD, so that every line is kept and no control character reaches the meeting file.
     */
    static String showable(String text, List<String> warnings) {
        StringBuilder sb = null;
        int read = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String instead = null;
            if (cp >= 0x80 && cp <= 0x9F) {
                instead = Character.toString(windows1252(cp));
                read++;
            } else if (cp >= 0xD800 && cp <= 0xDFFF || cp == 0xFFFE || cp == 0xFFFF) {
                instead = "\uFFFD";
            }
            if (instead != null && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(instead != null ? instead : text.substring(i, i + n));
            }
            i += n;
        }
        if (read > 0) {
            warnings.add(read + " control character" + (read == 1 ? "" : "s") + " (U+0080 to U+009F) read as the"
                    + " Windows-1252 punctuation they stand for (check dashes and quotes)");
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * The character Windows-1252 gives a byte of {@code code} (0x80 to 0x9F: "\u0097" is "—"), or U+FFFD for the five
     * bytes it leaves undefined; HTML reads "&#151;" so as well.
     */
    static int windows1252(int code) {
        String c = new String(new byte[] {(byte) code}, WINDOWS_1252);
        int cp = c.codePointAt(0);
        return cp >= 0x80 && cp <= 0x9F ? 0xFFFD : cp;
    }

    private static String strict(String file, byte[] bytes, int skip, Charset charset, String name)
            throws InputException {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(Problem.error(file, Position.FILE, "",
                    "starts with a " + name + " byte-order mark but is not valid " + name + "; save it again as UTF-8"));
        }
    }

    private static void refuseKnownBinary(String file, byte[] bytes) throws InputException {
        String what = null;
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            what = "a PDF file; save the minutes as .docx or plain text and import that";
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            what = "an old Word (.doc) or other OLE file; save it as .docx in Word or LibreOffice and import that";
        } else if (startsWith(bytes, 'P', 'K', 3, 4)) {
            what = "a zip archive; only a Word document named .docx is read from a zip";
        } else if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            what = "an RTF file; save it as .docx or plain text and import that";
        }
        if (what != null) {
            throw new InputException(Problem.error(file, Position.FILE, "", "not a text file: " + what));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
