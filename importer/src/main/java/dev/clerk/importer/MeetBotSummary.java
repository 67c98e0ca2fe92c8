package dev.clerk.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary an IRC meeting bot writes (MeetBot, as Debian, Ubuntu, Fedora's zodbot and many projects' channels run
 * it): "Meeting started by ann at 18:15:25 UTC." over "Meeting summary" (underlined), each topic a list item at the
 * margin closed by who set it and when ("* Budget  (ann, 18:17:27)"), its notes, "ACTION:" and "AGREED:" lines nested
 * under it with the same stamps, then "Meeting ended at 20:02:15 UTC.", "Action items" and "Action items, by person"
 * (the ACTION lines again, under each nick) and "People present (lines said)" ("* ann (137)"). Read only where the
 * minutes have the bot's opening line and two stamped items: the topics are the sections, the people present the
 * attendees (by nick, as written), the nicks leading an ACTION line its owners, and the blocks that list the ACTION lines
 * again are kept as written, not read as tasks a second time.
 */
final class MeetBotSummary {
    /** "Meeting started by ann at 18:15:25 UTC.", "Meeting started by bo_ at 16:00:12 UTC." */
    static final Pattern STARTED = Pattern.compile("^Meeting started by (?<nick>\\S+) at (?<time>\\d{1,2}:\\d{2})(?::\\d{2})?"
            + "(?:\\s*(?:UTC|GMT|Z|[A-Z]{2,5})\\b)?");
    /** The bot's stamp closing an item: who wrote it and when, "(ann, 18:17:27)". */
    static final Pattern STAMP = Pattern.compile("\\s*\\((?<nick>[^\\s(),]+),\\s*(?<time>\\d{1,2}:\\d{2}:\\d{2})\\)\\s*$");
    /** The parts of the summary the bot titles: never the minutes' own title. */
    static final Pattern PART = Pattern.compile("(?i)^(?:meeting\\s+summary|action\\s+items(?:,?\\s+by\\s+person)?"
            + "|people\\s+present\\s+\\(lines\\s+said\\))$");
    /** The blocks that list the ACTION lines again, by person or not. */
    static final Pattern RECAP = Pattern.compile("(?i)^action\\s+items(?:,?\\s+by\\s+person)?$");
    /** "People present (lines said)", "People Present (lines said)". */
    static final Pattern PEOPLE = Pattern.compile("(?i)^people\\s+present\\s+\\(lines\\s+said\\)$");
    /** An entry of the people present: a nick and the number of lines said, "ann (137)", "bo_ (2)". */
    static final Pattern PRESENT = Pattern.compile("^(?<nick>[^\\s()]+)\\s+\\((?<lines>\\d{1,6})\\)$");
    /** What the nicks leading an ACTION line are followed by: "will", "to", "shall". */
    private static final Pattern WILL = Pattern.compile("^(?:will|to|shall|should|must)\\s+(?=\\S)");

    private MeetBotSummary() {
    }

    /** Whether the lines are a meeting bot's summary: its opening line and at least two stamped list items. */
    static boolean is(List<Line> lines) {
        boolean started = false;
        int stamped = 0;
        for (Line l : lines) {
            started |= STARTED.matcher(l.text().strip()).lookingAt();
            stamped += l.kind() != Line.Kind.TEXT && STAMP.matcher(l.text()).find() ? 1 : 0;
        }
        return started && stamped >= 2;
    }

    /**
     * The topics as headings, a level under the part that holds them ("Meeting summary"): each list item at the margin
     * with the bot's stamp, its wrapped lines ("* Progress report on the website  (ann," over "  18:17:27)") joined
     * to it and the stamp left off its title, kept as written on a line of its own under it. Lines of any other
     * document are returned as they are.
     */
    static List<Line> topics(List<Line> lines) {
        if (!is(lines)) {
            return lines;
        }
        int depth = 2;
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Line.Kind.HEADING) {
                depth = l.depth() + 1;
            }
            if (l.kind() != Line.Kind.BULLET || l.depth() != 0) {
                out.add(l);
                continue;
            }
            String text = l.text();
            int last = l.last();
            int j = i + 1;
            while (!STAMP.matcher(text).find() && j < lines.size() && lines.get(j).kind() == Line.Kind.TEXT
                    && lines.get(j).number() == last + 1 && lines.get(j).indent() > 0 && j - i <= 4) {
                text = text + " " + lines.get(j).text().strip();
                last = lines.get(j).last();
                j++;
            }
            Matcher s = STAMP.matcher(text);
            if (!s.find() || s.start() == 0) {
                out.add(l);
                continue;
            }
            out.add(new Line(l.number(), text.substring(0, s.start()).strip(), Line.Kind.HEADING, Math.min(depth, 6), null,
                    (char) 0, false, 0, l.number()));
            // The stamp, who set the topic and when, stays under it as written, with the lines the title wrapped onto.
            out.add(new Line(last > l.number() ? l.number() + 1 : l.number(), s.group().strip(), Line.Kind.TEXT, 0, null,
                    (char) 0, false, 0, last));
            i = j - 1;
        }
        return out;
    }

    /** The nicks of the people present, as the bot lists them, in its order; empty for any other document. */
    static Set<String> nicks(List<Line> lines) {
        Set<String> out = new LinkedHashSet<>();
        if (!is(lines)) {
            return out;
        }
        boolean in = false;
        for (Line l : lines) {
            if (l.kind() == Line.Kind.HEADING) {
                in = PEOPLE.matcher(l.text().strip()).matches();
                continue;
            }
            Matcher m = PRESENT.matcher(l.text().strip());
            if (in && l.isListItem() && m.matches()) {
                out.add(m.group("nick"));
            }
        }
        return out;
    }

    /**
     * An ACTION line's owners, the nicks of people present that lead it ("bo JoeBaxter will write the page" is Bo's and
     * JoeBaxter's task "Write the page"; the caller leaves the bot's stamp off first); null when it is not led by a nick
     * present ("The club will advertise ...").
     */
    static ActionItemRecognizer.Found owned(String text, Set<String> nicks) {
        List<String> owners = new ArrayList<>();
        String rest = text.strip();
        while (true) {
            String[] w = rest.split("\\s+", 2);
            String nick = w[0].replaceAll("[,:]$", "");
            if (w.length < 2 || !nicks.contains(nick)) {
                break;
            }
            owners.add(nick);
            rest = w[1].replaceFirst("^(?:and|&)\\s+", "");
        }
        if (owners.isEmpty() || rest.isEmpty()) {
            return null;
        }
        rest = WILL.matcher(rest).replaceFirst("");
        return new ActionItemRecognizer.Found(owners, ActionItemRecognizer.capitalise(rest), text, null);
    }
}
