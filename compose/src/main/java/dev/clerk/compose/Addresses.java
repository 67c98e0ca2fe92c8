package dev.clerk.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The web and mail addresses in the committee's words, found in one pass.
 *
 * <p>It finds what {@code https?://[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}} finds, leftmost
 * first, without the backtracking that made that pattern quadratic on a long word: a run of name characters that
 * is not followed by an {@code @}, or whose domain has no top-level part, is given up for every position in it at
 * once, and a domain's last top-level part is found in one walk. Each character is read a bounded number of
 * times (at most once as part of a name, once as part of a domain and once while trimming), so the cost is
 * linear in the length of the text.
 */
final class Addresses {
    private Addresses() {
    }

    /** An address at {@code [start, end)} of the text, without the punctuation ({@code .,;:)}) that ended it. */
    record Found(int start, int end) {
    }

    /** The addresses in {@code text}, in order, none overlapping. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int n = text.length();
        // Positions before this one are inside a run of name characters known not to start a mail address.
        int noMailBefore = 0;
        int i = 0;
        while (i < n) {
            int web = webEnd(text, i);
            if (web > 0) {
                // The search goes on after the punctuation, which cannot start an address of its own.
                found.add(trimmed(text, i, web));
                i = web;
                continue;
            }
            if (i >= noMailBefore && isNameChar(text.charAt(i))) {
                int nameEnd = i;
                while (nameEnd < n && isNameChar(text.charAt(nameEnd))) {
                    nameEnd++;
                }
                int mail = nameEnd < n && text.charAt(nameEnd) == '@' ? domainEnd(text, nameEnd + 1) : -1;
                if (mail > 0) {
                    found.add(new Found(i, mail));
                    i = mail;
                    continue;
                }
                // Every later start in this run ends at the same place, before the same (missing) domain.
                noMailBefore = nameEnd;
            }
            i++;
        }
        return List.copyOf(found);
    }

    /** The end of a web address starting at {@code i} ({@code https?://} and at least one more character), or -1. */
    private static int webEnd(String text, int i) {
        int scheme;
        if (text.startsWith("http://", i)) {
            scheme = i + 7;
        } else if (text.startsWith("https://", i)) {
            scheme = i + 8;
        } else {
            return -1;
        }
        int end = scheme;
        while (end < text.length() && isUrlChar(text.charAt(end))) {
            end++;
        }
        return end > scheme ? end : -1;
    }

    /**
     * The end of a domain starting at {@code from}: the longest stretch of {@code [A-Za-z0-9.-]} characters that
     * ends in a dot and two or more letters, with at least one character before that dot; -1 if there is none.
     */
    private static int domainEnd(String text, int from) {
        int n = text.length();
        int runEnd = from;
        while (runEnd < n && isDomainChar(text.charAt(runEnd))) {
            runEnd++;
        }
        // The last dot in the run (not its first character) followed by two letters gives the longest domain:
        // its top-level part is then every letter that follows.
        for (int dot = runEnd - 3; dot > from; dot--) {
            if (text.charAt(dot) == '.' && isLetter(text.charAt(dot + 1)) && isLetter(text.charAt(dot + 2))) {
                int end = dot + 3;
                while (end < runEnd && isLetter(text.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return -1;
    }

    /** The stretch {@code [start, end)} without the punctuation that ends a sentence around an address. */
    private static Found trimmed(String text, int start, int end) {
        int e = end;
        while (e > start && ".,;:)".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new Found(start, e);
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isLetter(c) || isDigit(c) || c == '.' || c == '-';
    }

    private static boolean isUrlChar(char c) {
        // Not a whitespace character as java.util.regex's \s means it, nor <, > or ".
        return !(c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r'
                || c == '<' || c == '>' || c == '"');
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
