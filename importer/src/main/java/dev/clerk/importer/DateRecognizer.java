package dev.clerk.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in their usual written forms: "March 27, 2017", "Mar. 27th 2017", "27 March 2017", "14-Sep-2019",
 * "2021 March 03", "Thursday, November 15, 2018", "11/13/2017", "2017-03-27", "19th Feb 25", and, without a year, "July 1st" or "Nov. 30".
 */
final class DateRecognizer {
    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    /**
     * "9-10 September 2005", "September 9–10, 2005": the last day of a meeting held over two days or more; the date
     * read is its first day's. The dash is close up: "Meeting 43 - 12 March 2019" is a meeting's number, then its date.
     */
    private static final String TO_DAY = "[-–—]\\d{1,2}" + ORD + "(?=\\s+\\p{L}|,?\\s+\\d{4})";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORD + "(?:" + TO_DAY + ")?(?:,\\s*|\\s+)(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "27 March 2017", "27th of March, 2017", "12th day of January, 2011" (as a resolution or a council's formal minutes
     * write it), and with dashes or slashes between "14-Sep-2019", "3/Mar/2021"; and after a weekday its space was lost
     * from ("Wednesday14th November 2018").
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:\\b|(?<=(?i:mon|tues|wednes|thurs|fri|satur|sun)day))(\\d{1,2})" + ORD + "(?:" + TO_DAY + ")?(?:\\s+(?:day\\s+of\\s+|of\\s+)?|\\s*[-/]\\s*)(" + MONTH + ")\\.?(?:,?\\s+|\\s*[-/]\\s*)(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "2021 March 03", "2021-Mar-03", "2019 Sept. 4th": the year first, then the month's name and the day. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "\\b(\\d{4})(?:,?\\s+|\\s*[-/]\\s*)(" + MONTH + ")\\.?(?:\\s+|\\s*[-/]\\s*)(\\d{1,2})" + ORD + "\\b(?![:.]?\\d)",
            Pattern.CASE_INSENSITIVE);
    /** "19th Feb 25", "3-Mar-21": a day, a month's name and a two-digit year, as British notes often write it. */
    private static final Pattern DAY_MONTH_YY = Pattern.compile(
            "\\b(\\d{1,2})" + ORD + "[\\s-]+(" + MONTH + ")\\.?[\\s-]+'?(\\d{2})\\b(?![\\d:./-])", Pattern.CASE_INSENSITIVE);
    /** "2023-03-01", and the date of a timestamp "2023-03-01T14:00:00Z". */
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:\\b|(?=T\\d{2}:))");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    /** "06-01-2012": numbers with dashes, as US minutes and forms write them (a four-digit year only). */
    private static final Pattern DASHED = Pattern.compile("(?<![\\d-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d-])");
    /**
     * "30.01.2012", "3.2.2014": numbers with dots, day first, as minutes in Europe, India and much of the world write
     * them (a four-digit year only, so that "1.2.3" and "4.10.20" stay a clause's or a version's numbers).
     */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d|\\.\\d)");
    /** A date written all in numbers, the whole of a found date. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{2}|\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORD + "\\b(?!\\s*[,:]?\\s*\\d{4})(?![:.]\\d)", Pattern.CASE_INSENSITIVE);

    private DateRecognizer() {
    }

    /** A date found in a text: where, the date, and whether the year was written. */
    record Found(int start, int end, LocalDate date, boolean hasYear) {
    }

    /** Every full date (with its year) in {@code text}, in order. */
    static List<Found> full(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = YEAR_MONTH_DAY.matcher(text);
        while (m.find()) {
            add(found, m, Integer.parseInt(m.group(1)), month(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = DAY_MONTH_YY.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(3));
            add(found, m, y + (y < 70 ? 2000 : 1900), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(found, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        for (m = SLASHED.matcher(text); m.find(); ) {
            numeric(found, m);
        }
        for (m = DASHED.matcher(text); m.find(); ) {
            numeric(found, m);
        }
        for (m = DOTTED.matcher(text); m.find(); ) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            // "05.13.2012" can only be read month first.
            add(found, m, Integer.parseInt(m.group(3)), month > 12 ? day : month, month > 12 ? month : day);
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return found;
    }

    /** A date all in numbers, month first as in US minutes, unless the first number cannot be a month. */
    private static void numeric(List<Found> found, Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            y += y < 70 ? 2000 : 1900;
        }
        if (a > 12) {
            add(found, m, y, b, a);
        } else {
            add(found, m, y, a, b);
        }
    }

    /**
     * Whether the first full date in {@code text} is written in numbers that read either way round ("06-01-2012":
     * June 1, or 6 January): it was read month first.
     */
    static boolean eitherWayRound(String text) {
        List<Found> all = full(text);
        if (all.isEmpty()) {
            return false;
        }
        Matcher m = NUMERIC.matcher(text.substring(all.get(0).start(), all.get(0).end()));
        return m.matches() && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(2)) <= 12
                && !m.group(1).equals(m.group(2));
    }

    /**
     * Whether the numeric dates in {@code texts} put the day first ("13/05/2012"): true when one can only be read so,
     * false when one can only be read month first ("05/13/2012"), null when none tells.
     */
    static Boolean dayFirst(List<String> texts) {
        for (String t : texts) {
            for (Pattern p : List.of(SLASHED, DASHED)) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    int a = Integer.parseInt(m.group(1));
                    int b = Integer.parseInt(m.group(2));
                    if (a > 12 && a <= 31 && b <= 12) {
                        return true;
                    }
                    if (b > 12 && b <= 31 && a <= 12) {
                        return false;
                    }
                }
            }
        }
        return null;
    }

    /** The first full date in {@code text}, or null. */
    static LocalDate first(String text) {
        List<Found> all = full(text);
        return all.isEmpty() ? null : all.get(0).date();
    }

    /**
     * A date at the start of {@code text} (after "by", "on", ...): a full one, or a month and day whose year is
     * the first on or after {@code reference} that makes it no earlier than the reference.
     */
    static Found at(String text, LocalDate reference) {
        List<Found> all = full(text);
        if (!all.isEmpty() && all.get(0).start() == 0) {
            return all.get(0);
        }
        Matcher m = MONTH_DAY.matcher(text);
        if (m.lookingAt() && reference != null) {
            int month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            try {
                LocalDate d = LocalDate.of(reference.getYear(), month, day);
                if (d.isBefore(reference)) {
                    d = d.plusYears(1);
                }
                return new Found(m.start(), m.end(), d, false);
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether the whole of {@code text} is a date, perhaps with a weekday ("Thursday, November 15, 2018"). */
    static boolean isOnlyDate(String text) {
        List<Found> all = full(text);
        if (all.size() != 1) {
            return false;
        }
        String rest = (text.substring(0, all.get(0).start()) + text.substring(all.get(0).end()))
                .replaceAll("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", "")
                .replaceAll("[\\s,.*#:-]", "");
        return rest.isEmpty();
    }

    private static void add(List<Found> found, Matcher m, int year, int month, int day) {
        for (Found f : found) {
            if (m.start() < f.end() && f.start() < m.end()) {
                return;
            }
        }
        try {
            found.add(new Found(m.start(), m.end(), LocalDate.of(year, month, day), true));
        } catch (DateTimeException e) {
            // Not a date after all ("13/45/2017").
        }
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (n) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
