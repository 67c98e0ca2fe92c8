package dev.clerk.model.change;

import java.util.ArrayList;
import java.util.List;

/** The lines one text has and another lacks, by a longest common subsequence of lines (as {@code diff} finds). */
record LineDiff(List<String> removed, List<String> added) {
    static LineDiff between(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int[][] len = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            for (int j = y.length - 1; j >= 0; j--) {
                len[i][j] = x[i].equals(y[j]) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (i < x.length && j < y.length && x[i].equals(y[j])) {
                i++;
                j++;
            } else if (j >= y.length || (i < x.length && len[i + 1][j] >= len[i][j + 1])) {
                removed.add(x[i++]);
            } else {
                added.add(y[j++]);
            }
        }
        return new LineDiff(removed, added);
    }
}
