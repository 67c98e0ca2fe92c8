package dev.clerk.compose;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Clerk's message catalogue ({@code dev/clerk/compose/messages.properties}): every phrase printed around the
 * committee's own words, in the language of the committee's documents: the composed documents, the CSV task list
 * and the emails of {@code clerk send} ({@code mail.*}). A second language is a translation file,
 * {@code messages_es.properties}, not a code change; a phrase it lacks falls back to English.
 */
public final class Messages {
    private static final String BUNDLE = "dev.clerk.compose.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter weekdayDate;

    private Messages(Locale locale) {
        this.locale = locale;
        // The root bundle is English: a committee working in English gets it whatever the machine's locale.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(get("format.date"), locale);
        this.weekdayDate = DateTimeFormatter.ofPattern(get("format.dateWithWeekday"), locale);
    }

    /** The catalogue for documents in {@code languageTag} (BCP 47, "en-US"); English when there is no translation. */
    public static Messages forLanguage(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        return new Messages(Locale.forLanguageTag(languageTag));
    }

    /** The English catalogue. */
    public static Messages english() {
        return forLanguage("en-US");
    }

    /** The locale the catalogue was asked for. */
    public Locale locale() {
        return locale;
    }

    /** The phrase {@code key} with {@code args} in place of {0}, {1}, ... */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("key: '" + key + "' is not in the message catalogue", e);
        }
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                sb.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The plural form of {@code key} for {@code count}: {@code key.one} for 1, else {@code key.other}. */
    public String plural(String key, long count, Object... args) {
        return get(key + (count == 1 ? ".one" : ".other"), args);
    }

    /** Whether the catalogue has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** "March 27, 2017". */
    public String date(LocalDate d) {
        return date.format(d);
    }

    /** "Monday, May 22, 2017". */
    public String dateWithWeekday(LocalDate d) {
        return weekdayDate.format(d);
    }

    /** "11:00 a.m.", "12:00 p.m.", "6:30 p.m.". */
    public String time(LocalTime t) {
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return get("format.time", hour, String.format(Locale.ROOT, "%02d", t.getMinute()),
                get(t.getHour() < 12 ? "format.time.am" : "format.time.pm"));
    }

    /** "A", "A and B", "A, B and C". */
    public String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        String head = String.join(get("format.list.separator"), names.subList(0, names.size() - 1));
        return get(names.size() == 2 ? "format.list.pair" : "format.list.last", head, names.get(names.size() - 1));
    }

    /** "10 min", "1 h", "1 h 30 min". */
    public String duration(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return get("format.duration.minutes", m);
        }
        return m == 0 ? get("format.duration.hours", h) : get("format.duration.hoursMinutes", h, m);
    }
}
