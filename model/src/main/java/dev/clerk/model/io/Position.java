package dev.clerk.model.io;

/**
 * A place in a text file.
 *
 * @param line   the line, from 1; 0 for the whole file
 * @param column the column, from 1; 0 for the whole line
 */
public record Position(int line, int column) {
    /** The whole file, for problems no line can be given for. */
    public static final Position FILE = new Position(0, 0);

    /** The position of the {@code offset}-th character of {@code text}, counting lines and code points. */
    public static Position of(CharSequence text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(line, column);
    }
}
