package dev.clerk.model;

/** How one level of agenda items is numbered: {@code I.}, {@code A.}, {@code 1.}, {@code a.} or {@code i.}. */
public enum NumberingStyle implements Named {
    UPPER_ROMAN, UPPER_LETTER, DECIMAL, LOWER_LETTER, LOWER_ROMAN;

    /** The label of the {@code n}-th item (from 1) without its trailing period: "IV", "C", "3". */
    public String label(int n) {
        return switch (this) {
            case DECIMAL -> Integer.toString(n);
            case UPPER_LETTER -> letters(n);
            case LOWER_LETTER -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case UPPER_ROMAN -> roman(n);
            case LOWER_ROMAN -> roman(n).toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            sb.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return sb.toString();
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int k = n;
        for (int i = 0; i < values.length; i++) {
            while (k >= values[i]) {
                sb.append(symbols[i]);
                k -= values[i];
            }
        }
        return sb.toString();
    }

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
