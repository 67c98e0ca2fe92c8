package dev.clerk.model.change;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attachment;
import dev.clerk.model.Attendee;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.Vote;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The differences between two versions of a meeting, as few and as small as they can be told: a changed word is a
 * change of the one paragraph, an edited action item a change of its one field, and list elements are matched by
 * what they are known by (see {@link MeetingMerge} for the keys), not by position.
 */
public final class MeetingDiff {
    /** Texts longer than this are shown in part. */
    private static final int SHORT = 80;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Fields whose texts are codes (language tags, task ids), shown without quotes. */
    private static final Pattern CODE = Pattern.compile("(\\.lang|\\.id|\\.tasks\\[\\d+]|^updates\\[\\d+]\\.task)$");

    private MeetingDiff() {
    }

    /** The changes that turn {@code a} into {@code b}, in the order of the document; empty when they are equal. */
    public static List<Change> between(Meeting a, Meeting b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        List<Change> out = new ArrayList<>();
        diff("", Tree.of(a), Tree.of(b), out);
        return List.copyOf(out);
    }

    /**
     * A change as one line: {@code agenda[1].actions[0].due: 2017-07-01 → 2017-07-15},
     * {@code agenda[1].narrative[3]: added "..."}, {@code attendees[2]: removed (Jane Doe)}. Long texts are
     * shortened around what changed, so that one word changed in a paragraph shows.
     */
    public static String describe(Change c) {
        boolean code = CODE.matcher(c.path()).find();
        if (c.isAdded()) {
            return c.path() + ": added " + show(c.after(), code);
        }
        if (c.isRemoved()) {
            return c.path() + ": removed " + show(c.before(), code);
        }
        if (c.before() instanceof String x && c.after() instanceof String y && !code) {
            String[] parts = Words.excerpts(x, y, SHORT);
            return c.path() + ": " + quote(parts[0]) + " → " + quote(parts[1]);
        }
        return c.path() + ": " + show(c.before(), code) + " → " + show(c.after(), code);
    }

    private static void diff(String path, Tree x, Tree y, List<Change> out) {
        if (x.equals(y)) {
            return;
        }
        if (Tree.isParagraph(x) || Tree.isParagraph(y)) {
            paragraph(path, Tree.asParagraph(x), Tree.asParagraph(y), out);
        } else if (x instanceof Tree.Fields fx && y instanceof Tree.Fields fy && fx.type() == fy.type()) {
            for (String name : Tree.fieldNames(fx.type())) {
                String child = path.isEmpty() ? name : path + "." + name;
                Tree cx = fx.get(name);
                Tree cy = fy.get(name);
                if (cx == null && cy == null) {
                    continue;
                }
                if (cx == null) {
                    out.add(new Change(child, null, Tree.value(cy)));
                } else if (cy == null) {
                    out.add(new Change(child, Tree.value(cx), null));
                } else {
                    diff(child, cx, cy, out);
                }
            }
        } else if (x instanceof Tree.Items ix && y instanceof Tree.Items iy) {
            for (Alignment.Step s : Alignment.of(ix.items(), iy.items())) {
                if (s.removed()) {
                    out.add(new Change(path + "[" + s.from() + "]", Tree.value(ix.items().get(s.from())), null));
                } else if (s.added()) {
                    out.add(new Change(path + "[" + s.to() + "]", null, Tree.value(iy.items().get(s.to()))));
                } else {
                    diff(path + "[" + s.to() + "]", ix.items().get(s.from()), iy.items().get(s.to()), out);
                }
            }
        } else {
            out.add(new Change(path, Tree.value(x), Tree.value(y)));
        }
    }

    /** A paragraph's text changes at its own path, its language at {@code .lang}. */
    private static void paragraph(String path, Tree.Fields x, Tree.Fields y, List<Change> out) {
        if (!x.get("text").equals(y.get("text"))) {
            out.add(new Change(path, Tree.text(x), Tree.text(y)));
        }
        Object langX = Tree.value(x.get("lang"));
        Object langY = Tree.value(y.get("lang"));
        if (!Objects.equals(langX, langY)) {
            out.add(new Change(path + ".lang", langX, langY));
        }
    }

    /**
     * A value as the messages show it: texts quoted (codes not), records by what they are known by, in parentheses.
     */
    private static String show(Object value, boolean code) {
        if (value instanceof String s && !code) {
            return quote(Words.shorten(s, SHORT));
        }
        if (value instanceof LocalTime t) {
            return TIME.format(t);
        }
        if (value instanceof Record r) {
            return "(" + summary(r) + ")";
        }
        return String.valueOf(value);
    }

    /** What a record is known by, its texts shortened. */
    private static String summary(Record r) {
        if (r instanceof Attendee a) {
            return Words.shorten(a.name(), SHORT);
        }
        if (r instanceof AgendaItem i) {
            return Words.shorten(i.title(), SHORT);
        }
        if (r instanceof ActionItem a) {
            return (a.owners().isEmpty() ? "" : String.join(", ", a.owners()) + ": ") + Words.shorten(a.task(), SHORT)
                    + (a.due() == null ? "" : " (due " + a.due() + ")");
        }
        if (r instanceof Motion m) {
            return Words.shorten(m.text(), SHORT) + (m.result() == null ? "" : ": " + m.result());
        }
        if (r instanceof Vote v) {
            return "ayes " + count(v.ayes()) + ", noes " + count(v.noes()) + ", abstentions " + count(v.abstentions());
        }
        if (r instanceof TaskUpdate u) {
            return u.task() + ": " + u.status();
        }
        if (r instanceof FollowUp f) {
            return Words.shorten(f.text(), SHORT);
        }
        if (r instanceof Attachment a) {
            return Words.shorten(a.title(), SHORT) + ", " + a.path();
        }
        if (r instanceof Location l) {
            return Words.shorten(String.join(", ", l.lines()), SHORT);
        }
        if (r instanceof NextMeeting n) {
            return "next meeting" + (n.date() == null ? "" : " on " + n.date());
        }
        return Words.shorten(r.toString(), SHORT);
    }

    private static String count(Integer n) {
        return n == null ? "-" : n.toString();
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
