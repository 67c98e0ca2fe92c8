package dev.clerk.model.io;

import dev.clerk.model.text.Characters;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an input file, checked before any parser sees it: not too large, valid UTF-8, and free of
 * the characters {@link Characters} refuses (those XML 1.0 cannot carry and the control characters), so that no renderer ever writes a corrupt document.
 */
final class SourceText {
    /** The largest input file read, in bytes. Real meeting files are a few kilobytes. */
    static final int MAX_BYTES = (int) InputFiles.Limit.COMMITTEE_FILE.bytes();

    private SourceText() {
    }

    static String decode(String file, byte[] bytes) throws InputException {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(Problem.error(file, Position.FILE, "", InputFiles.Limit.COMMITTEE_FILE.tooLarge()));
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)
                && ((bytes[1] & 0xFF) == 0xFF || (bytes[1] & 0xFF) == 0xFE)) {
            throw new InputException(Problem.error(file, new Position(1, 1), "",
                    "file is UTF-16; save it as UTF-8"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw new InputException(Problem.error(file, Position.of(out, out.length()), "", String.format(
                    "invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                    bytes[in.position()] & 0xFF, in.position())));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        checkXmlCharacters(file, text);
        return text;
    }

    /** Rejects the characters {@link Characters} refuses, naming the first one and where it is. */
    static void checkXmlCharacters(String file, String text) throws InputException {
        int i = Characters.firstRefused(text);
        if (i >= 0) {
            throw new InputException(Problem.error(file, Position.of(text, i), "",
                    Characters.refusal(text.codePointAt(i))));
        }
    }

    /** The first character of {@code value} that {@link Characters} refuses, as a message, or null when none. */
    static String invalidXmlCharacter(String value) {
        return Characters.refusal(value);
    }
}
