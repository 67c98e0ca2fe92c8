package dev.clerk.compose;

import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Numbering;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.NumberingStyle;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.Vote;
import dev.clerk.model.tasks.Origin;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskGroup;
import dev.clerk.model.tasks.TaskNote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases of one document: the catalogue in its language, and texts made from the committee's words with
 * their sources and, where a stretch is in another script, its language.
 */
final class Phrases {
    private static final Pattern ADDRESS = Pattern.compile(
            "https?://[^\\s<>\"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** A no-break space: a date in a title is never broken across lines. */
    private static final char NBSP = '\u00a0';

    final Messages m;
    final String language;

    Phrases(String language) {
        this.language = language;
        this.m = Messages.forLanguage(language);
    }

    String get(String key, Object... args) {
        return m.get(key, args);
    }

    /** The committee's words from {@code source}, with stretches in other scripts marked. */
    Text words(String text, Source source) {
        return new Text(Scripts.runs(text, Emphasis.NONE, source, language, null));
    }

    /** The committee's words in a language they declare (null to detect it from the script). */
    Text words(String text, Source source, String declared) {
        return new Text(Scripts.runs(text, Emphasis.NONE, source, language, declared));
    }

    /** The committee's words with their web and mail addresses made links. */
    Text linked(String text, Source source) {
        Matcher a = ADDRESS.matcher(text);
        Text.Builder t = Text.builder();
        int at = 0;
        while (a.find()) {
            String address = a.group().replaceAll("[.,;:)]+$", "");
            if (a.start() > at) {
                t.add(words(text.substring(at, a.start()), source));
            }
            String uri = address.contains("@") && !address.contains("/") ? "mailto:" + address : address;
            t.link(address, new Link.Uri(uri), source);
            at = a.start() + address.length();
        }
        if (at < text.length() || t.isEmpty()) {
            t.add(words(text.substring(at), source));
        }
        return t.build();
    }

    /** Appends the committee's words to {@code t}. */
    void append(Text.Builder t, String text, Source source) {
        for (Run r : Scripts.runs(text, Emphasis.NONE, source, language, null)) {
            t.add(r);
        }
    }

    /** "March 27, 2017". */
    String date(LocalDate d) {
        return m.date(d);
    }

    /** "March 27, 2017" with no-break spaces, for titles. */
    String unbreakableDate(LocalDate d) {
        return m.date(d).replace(' ', NBSP);
    }

    String names(List<String> names) {
        return m.names(names);
    }

    /** "Open", "In progress", "Done", "Dropped". */
    String status(TaskStatus s) {
        return get("tasks.status." + s.key());
    }

    /** "not carried yet", "carried once", "carried twice", "carried 3 times". */
    String carried(int times) {
        return times <= 2 ? get("tasks.carried." + times) : get("tasks.carried.other", times);
    }

    /** "12 days overdue". */
    String overdue(int days) {
        return m.plural("tasks.overdue", days, days);
    }

    /** "June 30, 2017", "June 30, 2017 (12 days overdue)", or "". */
    String due(TaskEntry t) {
        if (t.due() == null) {
            return "";
        }
        return t.isOverdue() ? get("tasks.due.overdue", date(t.due()), overdue(t.daysOverdue())) : date(t.due());
    }

    /** "Open", "Done on May 22, 2017". */
    String status(TaskEntry t) {
        return t.closedOn() == null ? status(t.status()) : get("tasks.status.closedOn", status(t.status()), date(t.closedOn()));
    }

    /** "II.A. Check in on the policy (also follow-up 3)", or "IV. Next Meeting, follow-up 2". */
    String reference(Origin o) {
        StringBuilder sb = new StringBuilder(get("tasks.origin", o.label(),
                o.isFollowUp() ? get("minutes.next.heading") : o.title()));
        if (o.followUp() != null) {
            sb.append(get("tasks.origin.followUp", o.followUp()));
        }
        if (!o.restatedIn().isEmpty()) {
            sb.append(m.plural("tasks.origin.restated", o.restatedIn().size(),
                    names(o.restatedIn().stream().map(String::valueOf).toList())));
        }
        return sb.toString();
    }

    /**
     * An entry of a task's history: "In progress; reassigned from Ana Ortiz to Cleo Park; due date moved to March 1,
     * 2024. First draft circulated.", "Reopened as in progress.", "Done.", or the clerk's note alone.
     */
    String note(TaskNote n) {
        List<String> changes = new ArrayList<>();
        if (n.status() != null) {
            changes.add(n.reopened() ? get("tasks.change.reopened." + n.status().key())
                    : get("tasks.change.status", status(n.status())));
        }
        if (n.owners() != null) {
            changes.add(n.ownersBefore().isEmpty() ? get("tasks.change.assigned", names(n.owners()))
                    : get("tasks.change.reassigned", names(n.ownersBefore()), names(n.owners())));
        }
        if (n.due() != null) {
            changes.add(n.dueBefore() == null ? get("tasks.change.due", date(n.due()))
                    : get("tasks.change.dueMoved", date(n.due())));
        }
        if (changes.isEmpty()) {
            return n.note();
        }
        String sentence = sentence(String.join(get("tasks.change.separator"), changes));
        return n.note() == null ? sentence : get("tasks.change.withNote", sentence, n.note());
    }

    /** A task list's group heading: the owner, "No owner", "Meeting of March 27, 2017", "Special meeting of ...". */
    String group(TaskGroup g) {
        return switch (g.by()) {
            case OWNER -> g.owner() == null ? get("tasks.group.noOwner") : g.owner();
            case MEETING -> get(g.special() ? "tasks.group.specialMeeting" : "tasks.group.meeting", date(g.meeting()));
        };
    }

    /** The usual written form of a motion's outcome: "Moved by A, seconded by B. Motion passed 4–0." */
    String motionOutcome(Motion motion) {
        List<String> sentences = new ArrayList<>();
        if (motion.mover() != null && motion.seconder() != null) {
            sentences.add(get("motion.movedSeconded", motion.mover(), motion.seconder()));
        } else if (motion.mover() != null) {
            sentences.add(get("motion.movedNoSecond", motion.mover()));
        } else if (motion.seconder() != null) {
            sentences.add(get("motion.seconded", motion.seconder()));
        }
        String counts = counts(motion.vote());
        if (motion.result() != null) {
            String result = result(motion.result());
            sentences.add(counts.isEmpty() ? get("motion.result", result) : get("motion.resultWithCounts", result, counts));
        } else if (!counts.isEmpty()) {
            sentences.add(get("motion.vote", counts));
        }
        Vote v = motion.vote();
        if (v != null && v.isRollCall()) {
            List<String> roll = new ArrayList<>();
            String sep = get("motion.roll.names");
            if (!v.ayeNames().isEmpty()) {
                roll.add(get("motion.roll.ayes", String.join(sep, v.ayeNames())));
            }
            if (!v.noNames().isEmpty()) {
                roll.add(get("motion.roll.noes", String.join(sep, v.noNames())));
            }
            if (!v.abstainNames().isEmpty()) {
                roll.add(get("motion.roll.abstaining", String.join(sep, v.abstainNames())));
            }
            if (!v.absentNames().isEmpty()) {
                roll.add(get("motion.roll.absent", String.join(sep, v.absentNames())));
            }
            sentences.add(String.join(get("motion.roll.separator"), roll) + ".");
        }
        if (motion.note() != null) {
            sentences.add(sentence(motion.note()));
        }
        return String.join(" ", sentences);
    }

    private String result(MotionResult r) {
        return get("motion.result." + r.name().toLowerCase(Locale.ROOT));
    }

    private String counts(Vote vote) {
        if (vote == null || vote.ayes() == null && vote.noes() == null) {
            return "";
        }
        String s = get("motion.counts", vote.ayes() == null ? 0 : vote.ayes(), vote.noes() == null ? 0 : vote.noes());
        if (vote.abstentions() != null && vote.abstentions() > 0) {
            s = m.plural("motion.abstentions", vote.abstentions(), s, vote.abstentions());
        }
        return s;
    }

    /** {@code text} with a capital first letter and a closing full stop. */
    static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return s;
        }
        String first = s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + s.substring(s.offsetByCodePoints(0, 1));
        return first.endsWith(".") || first.endsWith("?") || first.endsWith("!") ? first : first + ".";
    }

    static Numbering numbering(NumberingStyle style) {
        return switch (style) {
            case UPPER_ROMAN -> Numbering.UPPER_ROMAN;
            case LOWER_ROMAN -> Numbering.LOWER_ROMAN;
            case UPPER_LETTER -> Numbering.UPPER_LETTER;
            case LOWER_LETTER -> Numbering.LOWER_LETTER;
            case DECIMAL -> Numbering.DECIMAL;
        };
    }
}
