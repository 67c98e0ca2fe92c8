package dev.clerk.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry of a timed agenda, as minutes that follow one write it: a list item that starts with its time or time
 * slot, then its title and often who presented it.
 * <ul>
 * <li>{@code 11:05-11:20 Project Leadership Committee's report, Jon Chang}</li>
 * <li>{@code 12:10–12:20 Shaun Jackman - Bottle hosting}</li>
 * <li>{@code 7:15 pm – 7:30 pm Treasurer's report (Ada Byron)}</li>
 * <li>{@code 13:10 Meeting adjourned}</li>
 * </ul>
 *
 * @param title     the item's title, without its time, presenter or web address
 * @param presenter who presented it, as written; null when the entry names no one
 * @param minutes   the slot's length in minutes; null for a single time
 * @param links     web addresses written after the title, for the item's narrative
 * @param time      the time or slot as written ("11:05-11:20")
 */
record TimeSlot(String title, String presenter, Integer minutes, List<String> links, String time) {
    /** The longest entry read: a title and a name, not a paragraph that starts with a time. */
    private static final int MAX_LENGTH = 240;
    private static final String TIME = "(\\d{1,2})[:.](\\d{2})\\s*([ap])?\\.?(?:m\\.?)?";
    private static final Pattern SLOT = Pattern.compile("^" + TIME + "(?:\\s*(?:[-–—]|to)\\s*" + TIME + ")?"
            + "(?:\\s*[-–—:])?\\s+(?<rest>[^\\s\\d].*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADJOURNED = Pattern.compile("(?i)^(?:meeting\\s+)?adjourn(?:ed|ment)?\\b.{0,40}$");
    private static final Pattern LINK = Pattern.compile("\\s*\\(?\\b(?:https?://|www\\.)[^\\s)]+\\)?");
    private static final Pattern TRAILING_NAME = Pattern.compile("^(?<title>.+?)\\s*(?:,|\\s[-–—])\\s*(?<name>[^,\\-–—]+)$");
    private static final Pattern LEADING_NAME = Pattern.compile("^(?<name>[^,\\-–—:]+?)\\s+[-–—]\\s+(?<title>.+)$");
    private static final Pattern BRACKETED_NAME = Pattern.compile("^(?<title>.+?)\\s*\\((?<name>[^()]+)\\)$");

    /** The entry a list item's text makes, or null when it does not start with a time followed by a title. */
    static TimeSlot read(String text) {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m = SLOT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        Integer from = minutes(m.group(1), m.group(2), m.group(3));
        if (from == null) {
            return null;
        }
        Integer length = null;
        if (m.group(4) != null) {
            Integer to = minutes(m.group(4), m.group(5), m.group(6) != null ? m.group(6) : m.group(3));
            if (to == null) {
                return null;
            }
            if (m.group(3) == null && m.group(6) != null && to - from > 12 * 60) {
                // "11:30 - 12:15 pm": the first time is in the morning only if the slot is not half a day long.
                from += 12 * 60;
            }
            length = to >= from ? to - from : null;
        }
        String rest = m.group("rest");
        List<String> links = LINK.matcher(rest).results().map(r -> r.group().strip().replaceAll("^\\(|\\)$", ""))
                .toList();
        rest = LINK.matcher(rest).replaceAll("").strip();
        if (rest.isEmpty() || !Character.isLetter(rest.codePointAt(0))) {
            return null;
        }
        String presenter = null;
        String title = rest;
        Matcher b = BRACKETED_NAME.matcher(rest);
        Matcher lead = LEADING_NAME.matcher(rest);
        Matcher trail = TRAILING_NAME.matcher(rest);
        if (b.matches() && isName(b.group("name"))) {
            title = b.group("title");
            presenter = b.group("name").strip();
        } else if (lead.matches() && isName(lead.group("name")) && !isName(lead.group("title"))) {
            title = lead.group("title");
            presenter = lead.group("name").strip();
        } else if (trail.matches() && isName(trail.group("name"))) {
            title = trail.group("title");
            presenter = trail.group("name").strip();
        }
        return new TimeSlot(title.strip(), presenter, length, links, text.strip().substring(0, m.start("rest")).strip());
    }

    /** Whether the entry is the meeting's end ("13:10 Meeting adjourned", "9:05 pm Adjournment"). */
    boolean adjourns() {
        return ADJOURNED.matcher(title).matches();
    }

    /** Whether a part of an entry is a person's name of two words or more ("Jon Chang", "Misty De Meo"). */
    private static boolean isName(String text) {
        String t = NameIndex.stripTitles(text.strip());
        return t.split("\\s+").length >= 2 && NameIndex.looksLikePersonName(t);
    }

    /** Minutes after midnight, or null for a time that is none ("25:00", "7:75"). */
    private static Integer minutes(String hours, String mins, String half) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(mins);
        if (m > 59 || h > 23 || half != null && (h < 1 || h > 12)) {
            return null;
        }
        if (half != null) {
            h = h % 12 + (Character.toLowerCase(half.charAt(0)) == 'p' ? 12 : 0);
        }
        return h * 60 + m;
    }
}
