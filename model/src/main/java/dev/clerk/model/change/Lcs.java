package dev.clerk.model.change;

import java.util.ArrayList;
import java.util.List;

/** The longest common subsequence of two sequences, as the pairs of positions it matches, in order. */
final class Lcs {
    /** Past this many cells the middle of the two sequences is left unmatched rather than compared in full. */
    private static final long MAX_CELLS = 4_000_000;

    /** Whether element {@code i} of the first sequence matches element {@code j} of the second. */
    interface Match {
        boolean test(int i, int j);
    }

    private Lcs() {
    }

    /** The matched pairs {@code {i, j}}, increasing in both. */
    static List<int[]> pairs(int n, int m, Match match) {
        int prefix = 0;
        while (prefix < n && prefix < m && match.test(prefix, prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && match.test(n - 1 - suffix, m - 1 - suffix)) {
            suffix++;
        }
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            out.add(new int[] {k, k});
        }
        int a = n - prefix - suffix;
        int b = m - prefix - suffix;
        if (a > 0 && b > 0 && (long) a * b <= MAX_CELLS) {
            int[][] len = new int[a + 1][b + 1];
            for (int i = a - 1; i >= 0; i--) {
                for (int j = b - 1; j >= 0; j--) {
                    len[i][j] = match.test(prefix + i, prefix + j) ? len[i + 1][j + 1] + 1
                            : Math.max(len[i + 1][j], len[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < a && j < b) {
                if (match.test(prefix + i, prefix + j) && len[i][j] == len[i + 1][j + 1] + 1) {
                    out.add(new int[] {prefix + i, prefix + j});
                    i++;
                    j++;
                } else if (len[i + 1][j] >= len[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        for (int k = suffix; k > 0; k--) {
            out.add(new int[] {n - k, m - k});
        }
        return out;
    }
}
