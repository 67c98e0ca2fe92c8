package dev.clerk.importer;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds clock times: "11:00am", "6:00 p.m.", "02:00 PM", "7 pm", "noon", "18:30", and "2:00" with no
 * a.m./p.m., which is read as the afternoon or evening hour a meeting is likely to keep and flagged as a guess.
 */
final class TimeRecognizer {
    private static final Pattern WITH_MERIDIEM = Pattern.compile(
            "(?<![\\d:])(\\d{1,2})(?:[:.](\\d{2}))?\\s*([AaPp])\\.?\\s?[Mm]\\.?(?![A-Za-z])");
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:/.$-])(\\d{1,2}):(\\d{2})(?![\\d:])");
    private static final Pattern NOON = Pattern.compile("(?i)\\b(noon|midday)\\b");

    private TimeRecognizer() {
    }

    /**
     * A time found in a text.
     *
     * @param time    the time
     * @param written the time as written
     * @param guessed whether a.m. or p.m. was inferred
     * @param start   where it starts in the text
     */
    record Found(LocalTime time, String written, boolean guessed, int start) {
    }

    /** The first time in {@code text}, or null; {@code after}, when given, settles a time written without a.m./p.m. */
    static Found first(String text, LocalTime after) {
        Found best = null;
        Matcher m = WITH_MERIDIEM.matcher(text);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h < 1 || h > 12 || min > 59) {
                continue;
            }
            boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
            int hour = h % 12 + (pm ? 12 : 0);
            best = new Found(LocalTime.of(hour, min), m.group().strip(), false, m.start());
            break;
        }
        m = CLOCK.matcher(text);
        while (m.find()) {
            if (best != null && m.start() >= best.start()) {
                break;
            }
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h > 23 || min > 59) {
                continue;
            }
            if (h >= 13 || h == 0) {
                return new Found(LocalTime.of(h, min), m.group(), false, m.start());
            }
            return new Found(settle(h, min, after), m.group(), true, m.start());
        }
        if (best != null) {
            return best;
        }
        m = NOON.matcher(text);
        return m.find() ? new Found(LocalTime.NOON, m.group(), false, m.start()) : null;
    }

    /** A 12-hour clock time without a.m./p.m.: after {@code after} when given, else a meeting hour (8 to 7). */
    private static LocalTime settle(int h, int min, LocalTime after) {
        LocalTime am = LocalTime.of(h % 12, min);
        LocalTime pm = LocalTime.of(h % 12 + 12, min);
        if (after != null) {
            return am.isBefore(after) ? pm : am;
        }
        return h >= 8 && h <= 11 ? am : pm;
    }
}
