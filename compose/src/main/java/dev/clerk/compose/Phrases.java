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
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The phrases of one document: the catalogue in its language, and texts made from the committee's words with
 * their sources and, where a stretch is in another script or a person's name declares a language, its language.
 */
final class Phrases {
    /** A no-break space: a date in a title is never broken across lines. */
    private static final char NBSP = '\u00a0';

    /** The first of the characters that stand for {0}, {1}, ... while a phrase is made a text (private use). */
    private static final char MARK = '\ue000';

    final Messages m;
    final String language;
    /** The language each person's name declares, by name; null for a name that declares none. */
    private final UnaryOperator<String> nameLanguages;

    /** The phrases of a document whose people's names declare no language. */
    Phrases(String language) {
        this(language, name -> null);
    }

    /** The phrases of a document in which {@code nameLanguages} gives the language a person's name declares. */
    Phrases(String language, UnaryOperator<String> nameLanguages) {
        this.language = language;
        this.m = Messages.forLanguage(language);
        // A name recurs (attendance, movers, owners): each is looked up once per document.
        java.util.Map<String, java.util.Optional<String>> known = new java.util.HashMap<>();
        this.nameLanguages = name -> known.computeIfAbsent(name,
                n -> java.util.Optional.ofNullable(nameLanguages.apply(n))).orElse(null);
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
        if (text.indexOf('@') < 0 && !text.contains("://")) {
            // Most paragraphs hold no address: looking for addresses is skipped.
            return words(text, source);
        }
        Text.Builder t = Text.builder();
        int at = 0;
        for (Addresses.Found a : Addresses.find(text)) {
            String address = text.substring(a.start(), a.end());
            if (a.start() > at) {
                t.add(words(text.substring(at, a.start()), source));
            }
            String uri = address.contains("@") && !address.contains("/") ? "mailto:" + address : address;
            t.link(address, new Link.Uri(uri), source);
            at = a.end();
        }
        if (at < text.length() || t.isEmpty()) {
            t.add(words(text.substring(at), source));
        }
        return t.build();
    }

    /**
     * The committee's words with their addresses made links, in the language they declare (null: told from the
     * script). The words between the links carry the language; an address has none.
     */
    Text linked(String text, Source source, String declared) {
        Text linked = linked(text, source);
        if (declared == null) {
            return linked;
        }
        Text.Builder t = Text.builder();
        StringBuilder words = new StringBuilder();
        for (Run r : linked.runs()) {
            if (r.link() == null) {
                words.append(r.text());
                continue;
            }
            if (words.length() > 0) {
                t.add(words(words.toString(), source, declared));
                words.setLength(0);
            }
            t.add(r);
        }
        if (words.length() > 0 || t.isEmpty()) {
            t.add(words(words.toString(), source, declared));
        }
        return t.build();
    }

    /** A person's name, in the language it declares, else in the one its script tells. */
    Text name(String name, Source source) {
        return words(name, source, nameLanguages.apply(name));
    }

    /** "A", "A and B", "A, B and C" ({@link Messages#names}), each name in the language it declares. */
    Text names(List<String> names, Source source) {
        List<Text> each = names.stream().map(n -> name(n, source)).toList();
        return fill(m.names(IntStream.range(0, names.size()).mapToObj(Phrases::mark).toList()), source, each);
    }

    /**
     * "A", "A and B", "A, B and C" ({@link Messages#names}), each name from its own place in {@code list}
     * ({@code owners[0]}, {@code owners[1]} ...) and in the language it declares; the words between are Clerk's.
     */
    Text listedNames(List<String> names, Source list) {
        return fill(m.names(IntStream.range(0, names.size()).mapToObj(Phrases::mark).toList()), null,
                eachName(names, list));
    }

    /** Each of {@code names} as a text from its own place in {@code list}. */
    private List<Text> eachName(List<String> names, Source list) {
        return IntStream.range(0, names.size()).mapToObj(n -> name(names.get(n), element(list, n))).toList();
    }

    /** The source of the {@code n}th element of {@code list} ({@code owners[1]}), or null for Clerk's own list. */
    private static Source element(Source list, int n) {
        return list == null ? null : list.at("[" + n + "]");
    }

    /**
     * The phrase {@code key} with the texts {@code args} in place of {0}, {1}, ...; the phrase's own words carry
     * {@code source}, as the sentence they make states that field.
     */
    Text phrase(String key, Source source, Text... args) {
        return fill(get(key, IntStream.range(0, args.length).mapToObj(Phrases::mark).toArray()), source,
                List.of(args));
    }

    /** {@code parts} one after the other with {@code separator} (from {@code source}) between them. */
    Text join(List<Text> parts, String separator, Source source) {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            marks.append(i > 0 ? separator : "").append(mark(i));
        }
        return fill(marks.toString(), source, parts);
    }

    private static String mark(int i) {
        return String.valueOf((char) (MARK + i));
    }

    /**
     * {@code filled} as a text: each mark replaced by its text of {@code args}, the words between from
     * {@code source}. Neighbouring runs set alike become one, so that a sentence reads as one run unless a name in
     * it declares another language.
     */
    private Text fill(String filled, Source source, List<Text> args) {
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < filled.length(); i++) {
            int arg = filled.charAt(i) - MARK;
            if (arg >= 0 && arg < args.size()) {
                if (i > at) {
                    words(filled.substring(at, i), source).runs().forEach(r -> merge(runs, r));
                }
                args.get(arg).runs().forEach(r -> merge(runs, r));
                at = i + 1;
            }
        }
        if (at < filled.length() || runs.isEmpty()) {
            words(filled.substring(at), source).runs().forEach(r -> merge(runs, r));
        }
        return new Text(runs);
    }

    /** Appends {@code r} to {@code runs}, as part of the last run when both are set alike and link nowhere. */
    private static void merge(List<Run> runs, Run r) {
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.link() == null && r.link() == null && last.emphasis() == r.emphasis()
                && Objects.equals(last.language(), r.language()) && Objects.equals(last.source(), r.source())) {
            runs.set(runs.size() - 1, new Run(last.text() + r.text(), r.emphasis(), null, r.language(), r.source()));
        } else {
            runs.add(r);
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
     * {@link #reference(Origin)} as a text: the title of the item that assigned the task from its place in the meeting
     * file, so that a character no font has in it is reported there.
     */
    Text referenceText(Origin o) {
        String reference = reference(o);
        int at = o.isFollowUp() || o.field() == null ? -1 : o.field().lastIndexOf(".actions[");
        String heading = get("tasks.origin", o.label(), o.title());
        if (at < 0 || !reference.startsWith(heading) || !heading.endsWith(o.title())) {
            return words(reference, null);
        }
        Source title = Source.meeting(o.meeting(), o.special(), o.field().substring(0, at) + ".title");
        int start = heading.length() - o.title().length();
        return Text.builder()
                .add(words(reference.substring(0, start), null))
                .add(words(o.title(), title))
                .add(words(reference.substring(heading.length()), null))
                .build();
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

    /**
     * The usual written form of a motion's outcome: "Moved by A, seconded by B. Motion passed 4–0." Each name, the
     * result, each count and the note come from their own fields of {@code motion} (at {@code at}); the words
     * around them are Clerk's. Each name is in the language it declares.
     */
    Text motionOutcome(Motion motion, Source at) {
        List<Text> sentences = new ArrayList<>();
        if (motion.mover() != null && motion.seconder() != null) {
            sentences.add(phrase("motion.movedSeconded", null, name(motion.mover(), at.at("mover")),
                    name(motion.seconder(), at.at("seconder"))));
        } else if (motion.mover() != null) {
            sentences.add(phrase("motion.movedNoSecond", null, name(motion.mover(), at.at("mover"))));
        } else if (motion.seconder() != null) {
            sentences.add(phrase("motion.seconded", null, name(motion.seconder(), at.at("seconder"))));
        }
        Source vote = at.at("vote");
        Text counts = counts(motion.vote(), vote);
        if (motion.result() != null) {
            // The catalogue's words for the result ("Motion passed") say the result field, and nothing else.
            Text result = words(result(motion.result()), at.at("result"));
            sentences.add(counts.isEmpty() ? phrase("motion.result", null, result)
                    : phrase("motion.resultWithCounts", null, result, counts));
        } else if (!counts.isEmpty()) {
            sentences.add(phrase("motion.vote", null, counts));
        }
        Vote v = motion.vote();
        if (v != null && v.isRollCall()) {
            List<Text> roll = new ArrayList<>();
            roll(roll, "motion.roll.ayes", v.ayeNames(), vote.at("ayeNames"));
            roll(roll, "motion.roll.noes", v.noNames(), vote.at("noNames"));
            roll(roll, "motion.roll.abstaining", v.abstainNames(), vote.at("abstainNames"));
            roll(roll, "motion.roll.absent", v.absentNames(), vote.at("absentNames"));
            sentences.add(join(List.of(join(roll, get("motion.roll.separator"), null), words(".", null)), "",
                    null));
        }
        if (motion.note() != null) {
            sentences.add(words(sentence(motion.note()), at.at("note")));
        }
        return join(sentences, " ", null);
    }

    /** Adds "Ayes: A, B, C" to {@code roll} when {@code names} is not empty, each name from its place in the list. */
    private void roll(List<Text> roll, String key, List<String> names, Source list) {
        if (!names.isEmpty()) {
            roll.add(phrase(key, null, join(eachName(names, list), get("motion.roll.names"), null)));
        }
    }

    private String result(MotionResult r) {
        return get("motion.result." + r.name().toLowerCase(Locale.ROOT));
    }

    /** "4–0", "4–0, 1 abstention", or empty; each number from its field of {@code vote} (at {@code at}). */
    private Text counts(Vote vote, Source at) {
        if (vote == null || vote.ayes() == null && vote.noes() == null) {
            return Text.empty();
        }
        Text counts = phrase("motion.counts", null, count(vote.ayes(), at.at("ayes")),
                count(vote.noes(), at.at("noes")));
        if (vote.abstentions() != null && vote.abstentions() > 0) {
            counts = fill(m.plural("motion.abstentions", vote.abstentions(), mark(0), mark(1)), null,
                    List.of(counts, count(vote.abstentions(), at.at("abstentions"))));
        }
        return counts;
    }

    /** A count from {@code source}; one not given (no names on that side of a roll call) reads as 0. */
    private static Text count(Integer n, Source source) {
        return Text.of(n == null ? "0" : Integer.toString(n), source);
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
