package dev.clerk.model.change;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attachment;
import dev.clerk.model.Attendee;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Motion;
import dev.clerk.model.TaskUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which elements of two versions of a list are the same element: agenda items by title, attendees by name, action
 * items by id when both have one and else by task, motions by text, updates by task id, follow-ups by text,
 * attachments by title, texts by equality. Between two elements matched so, what is left on both sides is paired as
 * changed elements: by position when as many are left on each side (a text, an item, an action, a motion or a
 * follow-up edited in place), else by how alike their keys are; what stays unpaired was removed or added.
 */
final class Alignment {
    /** Keys at least this alike pair elements that are left over between matches. */
    private static final double ALIKE = 0.5;

    /**
     * One step of the alignment: element {@code from} of the first list is element {@code to} of the second;
     * {@code to} is -1 when it was removed, {@code from} -1 when the element was added.
     */
    record Step(int from, int to) {
        boolean paired() {
            return from >= 0 && to >= 0;
        }

        boolean removed() {
            return to < 0;
        }

        boolean added() {
            return from < 0;
        }
    }

    private Alignment() {
    }

    /** The steps that turn {@code xs} into {@code ys}, in the order of the lists. */
    static List<Step> of(List<Tree> xs, List<Tree> ys) {
        List<int[]> matched = Lcs.pairs(xs.size(), ys.size(), (i, j) -> sameKey(xs.get(i), ys.get(j)));
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int[] m : matched) {
            gap(xs, ys, i, m[0], j, m[1], steps);
            steps.add(new Step(m[0], m[1]));
            i = m[0] + 1;
            j = m[1] + 1;
        }
        gap(xs, ys, i, xs.size(), j, ys.size(), steps);
        return steps;
    }

    /** Pairs what is left between two matches, {@code xs[a, b)} and {@code ys[c, d)}. */
    private static void gap(List<Tree> xs, List<Tree> ys, int a, int b, int c, int d, List<Step> steps) {
        List<int[]> pairs = new ArrayList<>();
        if (b - a == d - c && b > a && positional(xs.get(a))) {
            for (int k = 0; k < b - a; k++) {
                pairs.add(new int[] {a + k, c + k});
            }
        } else if (b > a && d > c) {
            pairs = alike(xs, ys, a, b, c, d);
        }
        int i = a;
        int j = c;
        for (int[] p : pairs) {
            for (; i < p[0]; i++) {
                steps.add(new Step(i, -1));
            }
            for (; j < p[1]; j++) {
                steps.add(new Step(-1, j));
            }
            steps.add(new Step(p[0], p[1]));
            i = p[0] + 1;
            j = p[1] + 1;
        }
        for (; i < b; i++) {
            steps.add(new Step(i, -1));
        }
        for (; j < d; j++) {
            steps.add(new Step(-1, j));
        }
    }

    /** The pairs, in order, that make the keys most alike in sum, among those at least {@link #ALIKE} alike. */
    private static List<int[]> alike(List<Tree> xs, List<Tree> ys, int a, int b, int c, int d) {
        int n = b - a;
        int m = d - c;
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double s = similarity(xs.get(a + i), ys.get(c + j));
                double pair = s >= ALIKE ? best[i + 1][j + 1] + s : -1;
                best[i][j] = Math.max(pair, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            double s = similarity(xs.get(a + i), ys.get(c + j));
            if (s >= ALIKE && best[i][j] == best[i + 1][j + 1] + s) {
                out.add(new int[] {a + i, c + j});
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /** Whether two elements are the same one, by their key. */
    static boolean sameKey(Tree x, Tree y) {
        Class<?> type = type(x);
        if (type != type(y)) {
            return Tree.text(x) != null && Objects.equals(Tree.text(x), Tree.text(y));
        }
        if (type == ActionItem.class) {
            String idX = field(x, "id");
            String idY = field(y, "id");
            return idX != null && idY != null ? idX.equals(idY) : Objects.equals(field(x, "task"), field(y, "task"));
        }
        String key = key(x);
        return key != null ? key.equals(key(y)) : x.equals(y);
    }

    /** Whether elements of this kind left over in equal numbers are paired in order. */
    private static boolean positional(Tree x) {
        Class<?> type = type(x);
        return type == null || type == Tree.Paragraph.class || type == AgendaItem.class || type == ActionItem.class
                || type == Motion.class || type == FollowUp.class;
    }

    private static double similarity(Tree x, Tree y) {
        if (type(x) == TaskUpdate.class) {
            return 0; // an update on another task is another update, however alike the ids look
        }
        return Words.similarity(key(x), key(y));
    }

    /** The text an element is known by, or null for elements compared whole. */
    private static String key(Tree x) {
        Class<?> type = type(x);
        if (type == null || type == Tree.Paragraph.class) {
            return Tree.text(x);
        }
        if (type == AgendaItem.class || type == Attachment.class) {
            return field(x, "title");
        }
        if (type == Attendee.class) {
            return field(x, "name");
        }
        if (type == ActionItem.class || type == TaskUpdate.class) {
            return field(x, "task");
        }
        if (type == Motion.class || type == FollowUp.class) {
            return field(x, "text");
        }
        return null;
    }

    private static Class<?> type(Tree x) {
        return x instanceof Tree.Fields f ? f.type() : null;
    }

    private static String field(Tree x, String name) {
        return ((Tree.Fields) x).get(name) instanceof Tree.Leaf leaf && leaf.value() instanceof String s ? s : null;
    }
}
