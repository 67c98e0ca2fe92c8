package dev.clerk.importer.word;

import dev.clerk.model.MotionResult;
import dev.clerk.model.TaskStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, times, counts and name lists as Clerk's documents print them, and as a clerk types them into a form. */
public final class Values {
    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ISO_LOCAL_DATE,
    };
    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\.?|\\b(\\d{1,2}):(\\d{2})\\b|\\b(noon|midnight)\\b");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|;\\s*|\\s+and\\s+|\\s*&\\s*)");

    private Values() {
    }

    /** The date {@code text} states, or null. */
    public static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String s = spaces(text).replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** The first time of day {@code text} states ("6:00 p.m.", "18:00", "noon"), or null. */
    public static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(spaces(text));
        if (!m.find()) {
            return null;
        }
        if (m.group(6) != null) {
            return m.group(6).equalsIgnoreCase("noon") ? LocalTime.NOON : LocalTime.MIDNIGHT;
        }
        if (m.group(1) != null) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h < 1 || h > 12 || min > 59) {
                return null;
            }
            boolean pm = m.group(3).equalsIgnoreCase("p");
            return LocalTime.of(h % 12 + (pm ? 12 : 0), min);
        }
        int h = Integer.parseInt(m.group(4));
        int min = Integer.parseInt(m.group(5));
        return h > 23 || min > 59 ? null : LocalTime.of(h, min);
    }

    /** {@code text} with every run of white space, no-break spaces included, as one space. */
    static String spaces(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    /** The whole number {@code text} is, or null. */
    public static Integer count(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (!s.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.parseInt(s);
    }

    /** Names typed as a list: "A, B and C", "A & B", "A; B". */
    public static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : NAME_SEPARATORS.split(text.strip())) {
            String name = part.strip().replaceAll("[.]$", "");
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /** The result a motion's words state ("Motion passed", "carried", "tabled"), or null. */
    public static MotionResult motionResult(String words) {
        if (words == null) {
            return null;
        }
        String k = key(words);
        if (k.contains("withdr")) {
            return MotionResult.WITHDRAWN;
        } else if (k.contains("tabl") || k.contains("postpon")) {
            return MotionResult.TABLED;
        } else if (k.contains("fail") || k.contains("defeat") || k.contains("lost")) {
            return MotionResult.FAILED;
        } else if (k.contains("pass") || k.contains("carr") || k.contains("adopt") || k.contains("approv")) {
            return MotionResult.PASSED;
        }
        return null;
    }

    /** The status a task's words state ("In progress", "done (May 2)", "completed"), or null. */
    public static TaskStatus taskStatus(String words) {
        if (words == null) {
            return null;
        }
        String k = key(words);
        if (k.startsWith("inprogress") || k.startsWith("started") || k.startsWith("ongoing")
                || k.startsWith("underway")) {
            return TaskStatus.IN_PROGRESS;
        } else if (k.startsWith("done") || k.startsWith("complete") || k.startsWith("finished")) {
            return TaskStatus.DONE;
        } else if (k.startsWith("dropped") || k.startsWith("cancel") || k.startsWith("withdrawn")) {
            return TaskStatus.DROPPED;
        } else if (k.startsWith("open") || k.startsWith("reopen") || k.startsWith("notstarted")) {
            return TaskStatus.OPEN;
        }
        return null;
    }

    /** {@code text} lower-cased with spaces, hyphens and underscores taken out, for matching words to values. */
    public static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-–]", "");
    }
}
