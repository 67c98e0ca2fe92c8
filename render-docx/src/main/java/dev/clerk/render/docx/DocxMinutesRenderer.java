package dev.clerk.render.docx;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.NumberingStyle;
import dev.clerk.model.text.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Writes a meeting's minutes as a Word document ready to circulate: letterhead, attendance, the agenda items as
 * headings with Word's own multi-level numbering, the next meeting, and a table of action items; a DRAFT watermark
 * until the minutes are approved. The same meeting always gives the same bytes.
 *
 * <pre>{@code
 * new DocxMinutesRenderer(DocxOptions.defaults()).render(body, meeting, out);
 * }</pre>
 */
public final class DocxMinutesRenderer {
    /** About the number of characters of the header style that fit on one line of a Letter or A4 page. */
    private static final int HEADER_LINE = 100;

    private final DocxOptions options;

    /** A renderer with the given options. */
    public DocxMinutesRenderer(DocxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes the minutes of {@code meeting} of {@code body} to {@code out}, which stays open.
     *
     * @throws TemplateException when the options' template is not a usable .docx file
     * @throws IOException       when {@code out} cannot be written
     */
    public void render(Body body, Meeting meeting, OutputStream out) throws IOException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(out, "out");
        List<NumberingStyle> outline = IntStream.range(0, 3)
                .mapToObj(level -> body.defaults().numberingAt(level)).toList();
        WordDocument word = WordDocument.create(options, new WordDocument.Setup(body.language(), outline));
        new MinutesLayout(word, body, meeting).lay();
        String status = meeting.isApproved() ? Wording.approvedOn(meeting.approvedOn()) : "DRAFT";
        String right = Wording.minutesTitle(meeting) + " – " + Wording.date(meeting.date()) + " – " + status;
        // A long name and status would not fit on one header line: the short name stands in when there is one.
        String left = body.name().length() + right.length() > HEADER_LINE && body.shortName() != null
                ? body.shortName() : body.name();
        word.headerAndFooter(left, right, meeting.isApproved() ? null : "DRAFT");
        word.properties(new WordDocument.Properties(
                Wording.minutesDocumentTitle(body, meeting),
                Wording.minutesTitle(meeting) + " of the " + meeting.kind().key() + " meeting of "
                        + Wording.date(meeting.date()),
                body.department() != null ? body.department() : body.name(),
                keywords(body, meeting),
                body.language(),
                meeting.date(),
                meeting.isApproved() ? meeting.approvedOn() : meeting.date()));
        word.write(out, meeting.date());
    }

    private static String keywords(Body body, Meeting meeting) {
        List<String> words = new ArrayList<>();
        words.add("minutes");
        if (body.shortName() != null) {
            words.add(body.shortName());
        }
        words.add(meeting.date().toString());
        words.add(meeting.isApproved() ? "approved" : "draft");
        return String.join("; ", words);
    }
}
