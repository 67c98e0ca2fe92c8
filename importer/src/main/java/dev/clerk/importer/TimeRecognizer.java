package dev.clerk.importer;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds clock times: "11:00am", "6:00 p.m.", "6.30pm", "02:00 PM", "7 pm", "noon", "18:30", "1315hrs", "11:00-0800",
 * "1200 CEST", "12:00 UTC",
 * the start of a span "7-9pm"
 * (a 24-hour time with its zone), and "2:00" with no a.m./p.m., which is read as the afternoon or evening hour a
 * meeting is likely to keep and flagged as a guess.
 */
final class TimeRecognizer {
    private static final Pattern WITH_MERIDIEM = Pattern.compile(
            "(?<![\\d:])(\\d{1,2})(?:[:.](\\d{2}))?\\s*([AaPp])\\.?\\s?[Mm]\\.?(?![A-Za-z])");
    /** "7-9pm", "6:30 – 8 p.m.", "11 to 1pm": a span whose first time takes its a.m. or p.m. from the second. */
    private static final Pattern SPAN = Pattern.compile("(?<![\\d:.])(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:[-–—]|to|until)\\s*"
            + "(\\d{1,2})(?:[:.](\\d{2}))?\\s*([AaPp])\\.?\\s?[Mm]\\.?(?![A-Za-z])");
    /** "18:30", and "14:00:00" with its seconds, as an ISO timestamp writes it ("2023-03-01T14:00:00Z"). */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:/.$-])(\\d{1,2}):(\\d{2})(?::[0-5]\\d)?(?![\\d:])");
    /** "1315hrs", "13:15 hrs", "0930h": the 24-hour clock as written in Commonwealth and military minutes. */
    private static final Pattern HOURS = Pattern.compile(
            "(?<![\\d:.])(?:([01]\\d|2[0-3])([0-5]\\d)|([01]?\\d|2[0-3])[:.]([0-5]\\d))\\s*(?:hrs?|h)\\b");
    /** A time zone's abbreviation: "UTC", "GMT", "CET", "CEST", "BST", "EDT", "AEST", "NZDT". */
    private static final String ZONE_NAME = "(?:UTC|GMT|CES?T|EES?T|WES?T|BST|IST|MSK|JST|KST|HKT|SGT|A[ECW][SD]T|NZ[SD]T"
            + "|[ECMP][SD]T|AK[SD]T|HST|ET|PT)";
    /**
     * A zone after a time ("11:00-0800", "18:30Z", "T18:30", "12:00 CEST"): the time is on the 24-hour clock. Zones of
     * places that write the 12-hour clock ("7:00 ET", "10:00 PST") leave the time to be settled as any other.
     */
    private static final Pattern ZONE = Pattern.compile("^(?:[+-]\\d{2}:?\\d{2}\\b|Z\\b|\\s*(?:UTC|GMT|CES?T|EES?T|WES?T"
            + "|BST|MSK)\\b)");
    /**
     * "1200 CEST", "0930 UTC", "14.00 CET": four figures, or hours and minutes with a dot, and a zone after them, as
     * European and international groups write the 24-hour clock.
     */
    private static final Pattern ZONED = Pattern.compile("(?<![\\d:.,])(?:([01]\\d|2[0-3])([0-5]\\d)|([01]?\\d|2[0-3])\\.([0-5]\\d))"
            + "\\s*" + ZONE_NAME + "\\b");
    /**
     * "12.00", "1200", "19.30": figures with no a.m., p.m. or zone at the start of a value whose label says it is a time
     * ("Time: 12.00"); elsewhere such figures may be a sum, a clause or a year and stay unread.
     */
    private static final Pattern BARE = Pattern.compile("^[\\s,;:–—-]*(?:(?i:at)\\s+)?(?:([01]?\\d|2[0-3])[.h]([0-5]\\d)"
            + "|([01]\\d|2[0-3])([0-5]\\d))(?![\\d.:,])");
    private static final Pattern NOON = Pattern.compile("(?i)\\b(noon|midday)\\b");
    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*(?:[-–—,]\\s*)?(?:(?:at|from|commencing\\s+at|beginning\\s+at"
            + "|starting\\s+at|time:?)\\s+)?(?=\\d|noon)");

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
        m = SPAN.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int h2 = Integer.parseInt(m.group(3));
            if (h >= 1 && h <= 12 && min <= 59 && h2 >= 1 && h2 <= 12) {
                boolean pm = Character.toLowerCase(m.group(5).charAt(0)) == 'p';
                // "11-1pm" runs from the morning: a first hour after the second is before noon.
                boolean samePart = h % 12 <= h2 % 12;
                int hour = h % 12 + (pm && samePart ? 12 : 0);
                best = new Found(LocalTime.of(hour, min), m.group().strip(), false, m.start());
            }
        }
        m = ZONED.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            int h = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int min = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            best = new Found(LocalTime.of(h, min), m.group().strip(), false, m.start());
        }
        m = HOURS.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            int h = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int min = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            best = new Found(LocalTime.of(h, min), m.group().strip(), false, m.start());
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
            boolean zoned = ZONE.matcher(text.substring(m.end())).find()
                    || m.start() > 0 && text.charAt(m.start() - 1) == 'T';
            // "07:00", "09:30": a leading zero is the 24-hour clock's way of writing the morning hours.
            boolean padded = m.group(1).length() == 2 && m.group(1).charAt(0) == '0';
            if (h >= 13 || h == 0 || zoned || padded) {
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

    /**
     * The time a text starts with ("5:00 PM", "at 6:30 p.m.", "2.00PM TO CONSIDER ..."), as a line under the date
     * gives it; null when the text starts otherwise.
     */
    static Found leading(String text, LocalTime after) {
        Matcher lead = LEADING.matcher(text);
        if (!lead.find()) {
            return null;
        }
        Found f = first(text, after);
        return f != null && f.start() == lead.end() ? f : null;
    }

    /**
     * The time a value labelled as one gives ("Time: 12.00", "Time: 1200 - 1330", "Time: 7pm"): figures alone at its
     * start are read as the time, on the 24-hour clock when written with four figures or an hour past 12; else the first
     * time in it, or null.
     */
    static Found labelled(String value) {
        Found any = first(value, null);
        Matcher m = BARE.matcher(value);
        if (!m.find() || any != null && any.start() <= m.start(m.group(1) != null ? 1 : 3)) {
            return any;
        }
        int at = m.start(m.group(1) != null ? 1 : 3);
        String written = value.substring(at, m.end());
        if (m.group(3) != null) {
            return new Found(LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))), written, false, at);
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (h >= 13 || h == 0) {
            return new Found(LocalTime.of(h, min), written, false, at);
        }
        return new Found(settle(h, min, null), written, h != 12, at);
    }

    /**
     * {@code found}, or when its a.m. or p.m. was inferred, the reading nearer {@code to}: "called to order at 7:05"
     * beside a notice for 7:00 p.m. is 19:05.
     */
    static Found nearest(Found found, LocalTime to) {
        if (!found.guessed()) {
            return found;
        }
        LocalTime am = LocalTime.of(found.time().getHour() % 12, found.time().getMinute());
        LocalTime pm = am.plusHours(12);
        long toAm = Math.abs(java.time.Duration.between(am, to).toMinutes());
        long toPm = Math.abs(java.time.Duration.between(pm, to).toMinutes());
        return new Found(toAm <= toPm ? am : pm, found.written(), true, found.start());
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
