package dev.clerk.model.change;

import dev.clerk.model.Meeting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Three-way merge of a meeting with the edits made to a view of it, such as the minutes read back from a Word file.
 *
 * <p>The result is {@code base} with the differences between {@code before} and {@code after} applied, field by
 * field. Where the two views agree, base's value stays, even when base differs from them: the views may lack what
 * they do not show (ids, languages, durations) or show a default where base has none. Where they differ, after's
 * value wins. List elements are matched by what they are known by: agenda items by title (then position),
 * attendees by name, action items by id when both have one and else by task, motions by text, updates by task,
 * follow-ups by text, attachments by title, texts by equality, and a removed element followed by an added one as
 * the one element changed. An element of base that the views do not show stays where it is; an element added in
 * after goes after the element of base matching the one before it; an element removed goes; an element moved goes
 * where after has it. An element changed or moved is merged in turn, so that what base holds and the views do not show survives.
 */
public final class MeetingMerge {
    private MeetingMerge() {
    }

    /**
     * {@code base} with the edits that turn {@code before} into {@code after}.
     *
     * @throws IllegalArgumentException when the edits cannot be applied to base as a valid meeting
     */
    public static Meeting merge(Meeting base, Meeting before, Meeting after) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Tree merged = merge(Tree.of(base), Tree.of(before), Tree.of(after));
        return (Meeting) Tree.bind((Tree.Fields) merged);
    }

    static Tree merge(Tree base, Tree before, Tree after) {
        if (Tree.same(before, after)) {
            return base;
        }
        if (Tree.isEmpty(after) && !(base instanceof Tree.Items)) {
            return null;
        }
        if (base == null || before == null) {
            return after;
        }
        if (Tree.isParagraph(base) || Tree.isParagraph(before) || Tree.isParagraph(after)) {
            if (Tree.text(base) == null || Tree.text(before) == null || Tree.text(after) == null) {
                return after;
            }
            return Tree.folded(fields(Tree.asParagraph(base), Tree.asParagraph(before), Tree.asParagraph(after)));
        }
        if (base instanceof Tree.Fields b && before instanceof Tree.Fields v0 && after instanceof Tree.Fields v1
                && b.type() == v0.type() && b.type() == v1.type()) {
            return fields(b, v0, v1);
        }
        if (base instanceof Tree.Items b && before instanceof Tree.Items v0 && after instanceof Tree.Items v1) {
            return items(b.items(), v0.items(), v1.items());
        }
        return after;
    }

    /**
     * Merges field by field. When the record refuses the result (base's hidden values no longer fit the edited
     * ones: a count beside names the view did not show), the views' values are taken where base differs from
     * them, and failing that the record as after has it.
     */
    private static Tree.Fields fields(Tree.Fields base, Tree.Fields before, Tree.Fields after) {
        Map<String, Tree> merged = new LinkedHashMap<>();
        Map<String, Tree> repaired = new LinkedHashMap<>();
        for (String name : Tree.fieldNames(base.type())) {
            Tree b = base.get(name);
            Tree v0 = before.get(name);
            Tree v1 = after.get(name);
            Tree m = merge(b, v0, v1);
            if (m != null) {
                merged.put(name, m);
            }
            Tree r = Tree.same(b, v0) ? m : v1;
            if (r != null) {
                repaired.put(name, r);
            }
        }
        for (Map<String, Tree> candidate : List.of(merged, repaired)) {
            Tree.Fields fields = new Tree.Fields(base.type(), candidate);
            try {
                Tree.bind(fields);
                return fields;
            } catch (IllegalArgumentException e) {
                // try the next candidate
            }
        }
        return after;
    }

    /** A slot of the merged list: an element of base, or one added; null once removed. */
    private static final class Slot {
        Tree value;

        Slot(Tree value) {
            this.value = value;
        }
    }

    private static Tree.Items items(List<Tree> base, List<Tree> before, List<Tree> after) {
        int[] baseOf = new int[before.size()];
        Arrays.fill(baseOf, -1);
        for (Alignment.Step s : Alignment.of(base, before)) {
            if (s.paired()) {
                baseOf[s.to()] = s.from();
            }
        }
        List<Slot> slots = new ArrayList<>();
        base.forEach(t -> slots.add(new Slot(t)));
        Slot[] slotOf = new Slot[after.size()];
        List<Integer> added = new ArrayList<>();
        List<Alignment.Step> steps = Alignment.of(before, after);
        for (Alignment.Step s : steps) {
            if (s.added()) {
                added.add(s.to());
            } else if (s.removed()) {
                if (baseOf[s.from()] >= 0) {
                    slots.get(baseOf[s.from()]).value = null;
                }
            } else if (baseOf[s.from()] >= 0) {
                Slot slot = slots.get(baseOf[s.from()]);
                slot.value = merge(slot.value, before.get(s.from()), after.get(s.to()));
                slotOf[s.to()] = slot;
            } else if (!before.get(s.from()).equals(after.get(s.to()))) {
                added.add(s.to()); // shown by the views but not in base, and edited: base gets the edited element
            }
        }
        added.sort(null);
        Map<Integer, Integer> moves = moves(before, after, steps, added);
        for (int j : added) {
            Integer i = moves.get(j);
            Tree value = i != null && baseOf[i] >= 0 ? merge(base.get(baseOf[i]), before.get(i), after.get(j))
                    : after.get(j);
            Slot slot = new Slot(value);
            slots.add(insertionPoint(slots, slotOf, j), slot);
            slotOf[j] = slot;
        }
        List<Tree> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.value != null) {
                out.add(s.value);
            }
        }
        return new Tree.Items(out);
    }

    /**
     * The elements added that were moved rather than new: each paired with an element of before that after lacks
     * and that has its key, so that it is merged with what base holds for it.
     */
    private static Map<Integer, Integer> moves(List<Tree> before, List<Tree> after, List<Alignment.Step> steps,
                                               List<Integer> added) {
        boolean[] kept = new boolean[before.size()];
        for (Alignment.Step s : steps) {
            if (s.paired()) {
                kept[s.from()] = true;
            }
        }
        Map<Integer, Integer> moves = new HashMap<>();
        for (int j : added) {
            for (int i = 0; i < before.size(); i++) {
                if (!kept[i] && Alignment.sameKey(before.get(i), after.get(j))) {
                    moves.put(j, i);
                    kept[i] = true;
                    break;
                }
            }
        }
        return moves;
    }

    /** Just after the slot of the nearest element before {@code j} that has one, else before the nearest after it. */
    private static int insertionPoint(List<Slot> slots, Slot[] slotOf, int j) {
        for (int k = j - 1; k >= 0; k--) {
            if (slotOf[k] != null) {
                return slots.indexOf(slotOf[k]) + 1;
            }
        }
        for (int k = j + 1; k < slotOf.length; k++) {
            if (slotOf[k] != null) {
                return slots.indexOf(slotOf[k]);
            }
        }
        return slots.size();
    }
}
