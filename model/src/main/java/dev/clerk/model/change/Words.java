package dev.clerk.model.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Texts cut into words, compared, and shortened for one-line messages. */
final class Words {
    private Words() {
    }

    /** The text as alternating runs of white space and of other characters; joined, they give the text back. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i)) != Character.isWhitespace(text.charAt(start))) {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i;
            }
        }
        return out;
    }

    static boolean isSpace(String token) {
        return !token.isEmpty() && Character.isWhitespace(token.charAt(0));
    }

    /**
     * How alike two texts are, from 0 to 1: the share of their pairs of adjacent letters they have in common
     * (the Sørensen–Dice coefficient), ignoring case. A typo fixed keeps it high; another text makes it low.
     */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return 1;
        }
        if (x.length() < 2 || y.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < x.length(); i++) {
            pairs.merge(x.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < y.length(); i++) {
            Integer left = pairs.get(y.substring(i, i + 2));
            if (left != null && left > 0) {
                pairs.put(y.substring(i, i + 2), left - 1);
                common++;
            }
        }
        return 2.0 * common / (x.length() - 1 + y.length() - 1);
    }

    /** The text, or its beginning cut at a word and followed by "…" when longer than {@code max} characters. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /**
     * The parts of two versions of a long text that differ, each with a few words around it, so that one changed
     * word in a paragraph can be seen: {@code {"…a deadline of July 1st. Minouche…", "…a deadline of July 15th.
     * Minouche…"}}. Texts short enough are given whole.
     */
    static String[] excerpts(String before, String after, int max) {
        if (before.length() <= max && after.length() <= max) {
            return new String[] {before, after};
        }
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int context = 8; // tokens: four words and the spaces between them
        int from = Math.max(0, prefix - context);
        return new String[] {
            excerpt(a, from, a.size() - suffix, context, max), excerpt(b, from, b.size() - suffix, context, max)};
    }

    private static String excerpt(List<String> tokens, int from, int changedEnd, int context, int max) {
        int to = Math.min(tokens.size(), changedEnd + context);
        String middle = String.join("", tokens.subList(from, to)).strip();
        if (middle.length() > max) {
            // Keep the start and the end of a long change, so that both of its edges show.
            String head = shorten(middle, max / 2);
            String tail = middle.substring(middle.length() - max / 2);
            int space = tail.indexOf(' ');
            middle = head + " " + (space >= 0 && space < tail.length() / 2 ? tail.substring(space + 1) : tail);
        }
        return (from > 0 ? "…" : "") + middle + (to < tokens.size() ? "…" : "");
    }
}
