package dev.clerk.build;

import dev.clerk.model.text.Html;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.text.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code index.html} of an output folder: the committee's meetings, newest first, with a link to every
 * document built for each, then the task list — so the folder can be posted as it is.
 *
 * <p>The page is HTML5 that is also well-formed XML (so it can be checked with an XML parser), has its
 * language, a title, headings and a table with header cells, and loads nothing from elsewhere.
 */
public final class IndexPage {
    private IndexPage() {
    }

    /**
     * The page for {@code plan}.
     *
     * @param plan   what the build planned
     * @param sizeOf the size in bytes of an output file, empty when it does not exist (it is then not linked)
     */
    public static String html(BuildPlan plan, Function<String, OptionalLong> sizeOf) {
        Body body = plan.committee().body();
        String name = body.shortName() == null ? body.name() : body.name() + " (" + body.shortName() + ")";
        Map<Meeting, List<PlannedDocument>> byMeeting = new IdentityHashMap<>();
        List<Meeting> meetings = new ArrayList<>();
        List<PlannedDocument> committeeDocs = new ArrayList<>();
        Set<DocumentKind.Scope> columns = new LinkedHashSet<>();
        for (PlannedDocument d : plan.documents()) {
            if (d.meeting() == null) {
                committeeDocs.add(d);
                continue;
            }
            columns.add(d.kind().scope());
            if (!byMeeting.containsKey(d.meeting())) {
                meetings.add(d.meeting());
            }
            byMeeting.computeIfAbsent(d.meeting(), m -> new ArrayList<>()).add(d);
        }
        meetings.sort(Comparator.comparing(Meeting::date).thenComparing(m -> m.start() == null ? "" : m.start().toString())
                .reversed());
        List<DocumentKind.Scope> cols = columns.stream().sorted().toList();

        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(body.language()))
                .append("\" xml:lang=\"").append(escape(body.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(escape(name)).append(": meetings and documents</title>\n")
                .append("<style>\n")
                .append("body { font-family: \"Liberation Sans\", Arial, sans-serif; margin: 2em auto; max-width: 60em;"
                        + " padding: 0 1em; color: #111; line-height: 1.4; }\n")
                .append("table { border-collapse: collapse; width: 100%; }\n")
                .append("caption { text-align: left; font-weight: bold; padding: 0.5em 0; }\n")
                .append("th, td { border-bottom: 1px solid #999; padding: 0.4em 0.6em; text-align: left;"
                        + " vertical-align: top; }\n")
                .append("thead th { border-bottom: 2px solid #111; }\n")
                .append("a { color: #0645ad; }\n")
                .append("ul.docs { list-style: none; margin: 0; padding: 0; }\n")
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(name)).append("</h1>\n");
        if (body.parentBody() != null) {
            h.append("<p>").append(escape(body.parentBody())).append("</p>\n");
        }
        h.append("<h2 id=\"meetings\">Meetings</h2>\n");
        if (meetings.isEmpty()) {
            h.append("<p>No meetings yet.</p>\n");
        } else {
            h.append("<table>\n<caption>Meetings, newest first, with their documents</caption>\n")
                    .append("<thead>\n<tr><th scope=\"col\">Date</th><th scope=\"col\">Meeting</th>");
            for (DocumentKind.Scope c : cols) {
                h.append("<th scope=\"col\">").append(heading(c)).append("</th>");
            }
            h.append("</tr>\n</thead>\n<tbody>\n");
            for (Meeting m : meetings) {
                h.append("<tr><th scope=\"row\"><time datetime=\"").append(m.date()).append("\">")
                        .append(escape(Wording.date(m.date()))).append("</time></th><td>")
                        .append(escape(describe(m))).append("</td>");
                for (DocumentKind.Scope c : cols) {
                    List<PlannedDocument> docs = byMeeting.get(m).stream().filter(d -> d.kind().scope() == c).toList();
                    h.append("<td>");
                    // Nothing planned (minutes of a meeting still to come, the packet of a past one) or planned but not built.
                    links(h, docs, sizeOf, !docs.isEmpty() ? "not built" : c == DocumentKind.Scope.MINUTES ? "none yet" : "none");
                    h.append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        if (!committeeDocs.isEmpty()) {
            h.append("<h2 id=\"tasks\">").append(escape(committeeDocs.get(0).title())).append("</h2>\n");
            links(h, committeeDocs, sizeOf, "<p>Not built.</p>");
            h.append('\n');
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void links(StringBuilder h, List<PlannedDocument> docs, Function<String, OptionalLong> sizeOf,
                              String none) {
        List<String> items = new ArrayList<>();
        for (PlannedDocument d : docs) {
            OptionalLong size = sizeOf.apply(d.output());
            if (size.isPresent()) {
                items.add("<li><a href=\"" + escape(d.output()) + "\" type=\"" + mediaType(d.kind()) + "\">"
                        + escape(d.title()) + " (" + d.kind().format() + ", " + kilobytes(size.getAsLong())
                        + ")</a></li>");
            }
        }
        if (items.isEmpty()) {
            h.append(none);
            return;
        }
        h.append("<ul class=\"docs\">");
        items.forEach(h::append);
        h.append("</ul>");
    }

    private static String heading(DocumentKind.Scope scope) {
        return switch (scope) {
            case MINUTES -> "Minutes";
            case AGENDA -> "Agenda";
            case PACKET -> "Agenda packet";
            case COMMITTEE -> "Committee";
        };
    }

    private static String describe(Meeting m) {
        String what = m.title() != null ? m.title()
                : m.kind() == MeetingKind.SPECIAL ? "Special meeting" : "Regular meeting";
        String state = m.isApproved() ? "minutes approved " + Wording.date(m.approvedOn())
                : m.hasMinutes() ? "draft minutes" : "agenda";
        return what + " (" + state + ")";
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    private static String mediaType(DocumentKind kind) {
        return switch (kind.extension()) {
            case "html" -> "text/html";
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "csv" -> "text/csv";
            case "md" -> "text/markdown";
            default -> "application/octet-stream";
        };
    }

    /** Escapes text for HTML and XML alike: element content and quoted attribute values. */
    static String escape(String s) {
        return Html.escape(s);
    }
}
