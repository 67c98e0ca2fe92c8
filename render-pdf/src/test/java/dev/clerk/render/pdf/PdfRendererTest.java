package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.compose.MinutesComposer;
import dev.clerk.compose.doc.Source;
import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/** The minutes of the worked example, composed and painted: content, metadata, bookmarks, fonts and errors. */
class PdfRendererTest {
    @Test
    void containsEveryNarrativeParagraphDecisionAndFollowUpOfTheReferenceMeeting() throws Exception {
        Meeting m = Fixtures.meeting();
        String text = Pdfs.flatText(Fixtures.referenceMinutes());
        List<String> expected = new ArrayList<>();
        m.allItems().forEach(i -> {
            expected.addAll(i.narrative());
            expected.addAll(i.decisions());
            i.actions().forEach(a -> expected.add(a.task()));
        });
        m.next().followUps().forEach(f -> expected.add(f.text()));
        expected.addAll(m.next().proposedItems());
        assertThat(expected).hasSizeGreaterThan(15);
        for (String s : expected) {
            assertThat(text).contains(Pdfs.flat(s));
        }
        assertThat(text).contains(
                "Attendees: Saerom Choi, API Legal Outreach; Alan Guttirez, LYRIC; Minouche Kandel, Department on the "
                        + "Status of Women; Carol Leigh, BAYSWAN; Alix Lutnick, RTI International; Jessica Marques, "
                        + "CASARC- Department of Public Health; Maggie McHale, Department on the Status of Women; "
                        + "Rachel West, US Prostitutes Collective",
                "I. Introductions II. Updates A. Check in on the Prioritizing Safety for Sex Workers Policy",
                "IV. Next Meeting: May 22, 2017 1) Alix will send Minouche",
                "5) Agenda items for next meeting: • Remaining a part of the Task Force",
                "Location: 25 Van Ness Avenue Suite 240 San Francisco, CA 94102",
                "Page 1 of 3", "Page 3 of 3", "DRAFT");
    }

    @Test
    void matchesTheGoldenTextOfTheReferenceMinutes() throws Exception {
        Golden.assertMatches("minutes-2017-03-27.txt", Pdfs.text(Fixtures.referenceMinutes()));
    }

    @Test
    void twoRenderingsAreTheSameBytes() throws Exception {
        byte[] first = Fixtures.referenceMinutes();
        byte[] second = Fixtures.minutes(Fixtures.body(), Fixtures.meeting(), PdfFonts.liberation());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void setsNamesInEveryScriptOfTheModel() throws Exception {
        Meeting m = Fixtures.meeting();
        List<Attendee> attendees = Samples.NAMES.stream().map(n -> Attendee.present(n, "Комитет")).toList();
        Meeting named = new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(),
                m.approvedOn(), m.presiding(), m.recorder(), attendees, m.agenda(), m.next(), m.updates());
        byte[] pdf = Fixtures.minutes(Fixtures.body(), named, PdfFonts.liberation());
        String text = Pdfs.flatText(pdf);
        for (String name : List.of("Şahin", "Łukasz", "Ő", "Nguyễn", "Groß", "Ἀλέξανδρος", "Παπαδόπουλος",
                "Александра Иванова", "Дмитрий Шостакович")) {
            assertThat(text).contains(name);
        }
        ConformanceTest.assertConforms(pdf);
    }

    @Test
    void composesDecomposedAccentsBeforeSettingThem() throws Exception {
        Meeting m = Fixtures.meeting();
        // "Nguyễn" written as "e", combining circumflex, combining tilde.
        Meeting named = withAttendees(m, List.of(Attendee.present("Nguye\u0302\u0303n", null)));
        String text = Pdfs.flatText(Fixtures.minutes(Fixtures.body(), named, PdfFonts.liberation()));
        assertThat(text).contains("Attendees: Nguyễn");
    }

    @Test
    void describesTheMeetingInTheMetadata() throws Exception {
        try (PDDocument d = Loader.loadPDF(Fixtures.referenceMinutes())) {
            PDDocumentInformation info = d.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Sex Work and Trafficking Policy Impact Committee – Minutes – "
                    + "March 27, 2017");
            assertThat(info.getSubject()).isEqualTo("Minutes of the regular meeting of March 27, 2017");
            assertThat(info.getAuthor()).isEqualTo("Department on the Status of Women");
            assertThat(info.getKeywords()).isEqualTo("minutes, SWTPIC, 2017-03-27, draft");
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdf:Keywords>minutes, SWTPIC, 2017-03-27, draft</pdf:Keywords>",
                    "<dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>",
                    "<xmp:CreateDate>2017-03-27T00:00:00Z</xmp:CreateDate>", "<pdfuaid:part>1</pdfuaid:part>");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(String.format("%tF %<tT", created)).isEqualTo("2017-03-27 00:00:00");
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
            assertThat(d.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void bookmarksMirrorTheHeadings() throws Exception {
        try (PDDocument d = Loader.loadPDF(Fixtures.referenceMinutes())) {
            List<String> outline = new ArrayList<>();
            collect(d.getDocumentCatalog().getDocumentOutline().getFirstChild(), "", outline);
            assertThat(outline).extracting(Pdfs::flat).containsExactly(
                    "Sex Work and Trafficking Policy Impact Committee - March 27, 2017 - Minutes",
                    "I. Introductions",
                    "II. Updates",
                    "A. Check in on the Prioritizing Safety for Sex Workers Policy",
                    "B. Meeting with Sgt. Flores on Human Trafficking Training at SFPD",
                    "C. SFPD data",
                    "III. Request to join Legal Momentum lawsuit against Backpage",
                    "IV. Next Meeting: May 22, 2017",
                    "Action Items");
            List<String> indents = outline.stream().map(o -> o.substring(0, o.length() - o.stripLeading().length()))
                    .toList();
            assertThat(indents).containsExactly("", "  ", "  ", "    ", "    ", "    ", "  ", "  ", "  ");
            List<String> headings = new ArrayList<>();
            structure(d.getDocumentCatalog().getStructureTreeRoot(), headings);
            // Letterhead, title, three fields, the attendance, the items; a decision and actions are paragraphs.
            assertThat(headings).startsWith("Document", "P", "P", "H1", "P", "P", "P", "P", "H2", "H2", "H3", "P",
                    "P", "P", "P", "H3");
            assertThat(headings).contains("L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR", "TH", "TD",
                    "Link");
        }
    }

    @Test
    void approvedMinutesCarryTheApprovalAndNoDraftMark() throws Exception {
        Meeting m = Fixtures.meeting();
        Meeting approved = new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(),
                MeetingStatus.APPROVED, LocalDate.of(2017, 5, 22), m.presiding(), m.recorder(), m.attendees(),
                m.agenda(), m.next(), m.updates());
        String text = Pdfs.flatText(Fixtures.minutes(Fixtures.body(), approved, PdfFonts.liberation()));
        assertThat(text).contains("Status: Approved on May 22, 2017").doesNotContain("DRAFT").doesNotContain("Draft");
    }

    @Test
    void rejectsACharacterNoFontHasNamingItAndItsField() throws Exception {
        Meeting m = Fixtures.meeting();
        Meeting bad = withAttendees(m, List.of(Attendee.present("Saerom Choi", null), Attendee.present("王中", null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Source attendee = Source.meeting(m.date(), false, "attendees[1].name");
        assertThatThrownBy(() -> new PdfRenderer().render(MinutesComposer.compose(Fixtures.body(), bad), out))
                .isInstanceOf(MissingGlyphException.class)
                .hasMessage("meetings/2017-03-27.yaml: attendees[1].name: character U+738B '王' is in none of the "
                        + "fonts (Liberation Sans); add a font that has it with --font FILE\n"
                        + "meetings/2017-03-27.yaml: attendees[1].name: character U+4E2D '中' is in none of the "
                        + "fonts (Liberation Sans); add a font that has it with --font FILE")
                .satisfies(e -> assertThat(((MissingGlyphException) e).glyphs()).containsExactly(
                        new MissingGlyphException.Glyph(attendee, 0x738B),
                        new MissingGlyphException.Glyph(attendee, 0x4E2D)));
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void refusesAControlCharacterWithTheSameSentenceAsCheck() throws Exception {
        Meeting m = Fixtures.meeting();
        Meeting bad = withAttendees(m, List.of(Attendee.present("Saerom\u0085Choi", null)));
        assertThatThrownBy(() -> new PdfRenderer().render(MinutesComposer.compose(Fixtures.body(), bad),
                new ByteArrayOutputStream()))
                .isInstanceOf(MissingGlyphException.class)
                .hasMessage("meetings/2017-03-27.yaml: attendees[0].name: character U+0085 is a control character,"
                        + " which no document can show; remove it");
    }

    @Test
    void reportsAMissingCharacterInANarrativeAtItsPath() throws Exception {
        Meeting m = Fixtures.meeting();
        AgendaItem first = m.agenda().get(0);
        AgendaItem withEmoji = new AgendaItem(first.title(), first.kind(), first.description(), first.presenter(),
                first.duration(), List.of("Everyone introduced themselves \uD83D\uDE00."), first.decisions(),
                first.motions(), first.actions(), first.attachments(), first.minutesOf(), first.tasks(), first.items());
        List<AgendaItem> agenda = new ArrayList<>(m.agenda());
        agenda.set(0, withEmoji);
        Meeting bad = new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(),
                m.approvedOn(), m.presiding(), m.recorder(), m.attendees(), agenda, m.next(), m.updates());
        assertThatThrownBy(() -> new PdfRenderer().render(MinutesComposer.compose(Fixtures.body(), bad),
                new ByteArrayOutputStream()))
                .hasMessage("meetings/2017-03-27.yaml: agenda[0].narrative[0]: character U+1F600 '\uD83D\uDE00' is in "
                        + "none of the fonts (Liberation Sans); add a font that has it with --font FILE");
    }

    @Test
    void rejectsAFileThatIsNotAFont() throws Exception {
        Path notFont = Files.createTempFile("not-a-font", ".ttf");
        Files.writeString(notFont, "hello", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PdfFonts.liberation().withFallback(notFont))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageStartingWith(notFont.getFileName() + ": not a TrueType or OpenType font that can be embedded");
        assertThatThrownBy(() -> PdfFonts.liberation().withFallback(Path.of("/nonexistent/font.ttf")))
                .hasMessage("/nonexistent/font.ttf: no such font file");
    }

    @Test
    void namesTheFallbackFontsInOrder() throws Exception {
        PdfFonts fonts = PdfFonts.liberation()
                .withFallback(SystemFonts.require(SystemFonts.WQY_MICROHEI, "fonts-wqy-microhei"));
        assertThat(fonts.names()).containsExactly("Liberation Sans", "WenQuanYi Micro Hei");
    }

    @Test
    void numbersTheFollowUpsAndActionItemsOfAMeetingWithoutNextDate() throws Exception {
        Meeting m = Fixtures.meeting();
        ActionItem a = new ActionItem("2017-03-27-9", List.of("Ayşe Şahin"), "Write the report.", null, null, null);
        Meeting small = new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(),
                m.approvedOn(), m.presiding(), m.recorder(), m.attendees(), List.of(AgendaItem.titled("Introductions")),
                new dev.clerk.model.NextMeeting(null, null, null, List.of(new FollowUp("Ayşe will write it.",
                        List.of(), List.of(a))), List.of()), m.updates());
        String text = Pdfs.flatText(Fixtures.minutes(Fixtures.body(), small, PdfFonts.liberation()));
        assertThat(text).contains("I. Introductions II. Next Meeting 1) Ayşe will write it.",
                "No. Action Owner Due Item Task ID 1 Write the report. Ayşe Şahin — II. 1) 2017-03-27-9");
    }

    @Test
    void writesMotionsVotesAttendanceAndUpdatesOfASpecialMeeting() throws Exception {
        Meeting special = dev.clerk.model.io.ModelReader.readMeeting(
                Path.of("src/test/resources/meetings/2017-05-22-special.yaml"));
        byte[] pdf = Fixtures.minutes(Fixtures.body(), special, PdfFonts.liberation());
        Fixtures.keep("minutes-2017-05-22-special.pdf", pdf);
        String text = Pdfs.flatText(pdf);
        assertThat(text).contains(
                "Sex Work and Trafficking Policy Impact Committee - May 22, 2017 - Special Meeting Minutes",
                "Meeting Date: May 22, 2017, 6:30 p.m.",
                "Location: City Hall, Room 400 1 Dr. Carlton B. Goodlett Place San Francisco, CA 94102",
                "Presiding: Alix Lutnick Minutes by: Minouche Kandel",
                "Present: Alix Lutnick, RTI International Absent or excused: Carol Leigh, BAYSWAN (excused);",
                "Guests: Ayşe Şahin, Łódź Partner City Office (by phone)",
                "Motion: To approve the minutes of March 27, 2017 as corrected. Moved by Ayşe Şahin, seconded by "
                        + "Alix Lutnick. Motion passed 2–0, 1 abstention.",
                "Motion: To recommend that the Task Force not join the lawsuit. Moved by Alix Lutnick, seconded by "
                        + "Ayşe Şahin. Motion passed 2–0, 1 abstention. Ayes: Alix Lutnick, Ayşe Şahin; "
                        + "Abstaining: Minouche Kandel.",
                "IV. Next Meeting: June 26, 2017 Monday, June 26, 2017, 11:00 a.m., 25 Van Ness Avenue, Suite 240, "
                        + "San Francisco, CA 94102",
                "Reports on Earlier Action Items Task Action Status Note 2017-03-27-6",
                "Status: Approved on June 26, 2017")
                .doesNotContain("DRAFT").doesNotContain("No. Action Owner");
        ConformanceTest.assertConforms(pdf);
    }

    @Test
    void linksTheWebAndMailAddressesOfANarrative() throws Exception {
        Meeting m = Fixtures.meeting();
        AgendaItem first = m.agenda().get(0);
        AgendaItem linked = new AgendaItem(first.title(), first.kind(), first.description(), first.presenter(),
                first.duration(), List.of("The policy is posted at https://sfgov.org/dosw/policy. Send comments to "
                        + "alix.lutnick@example.org."), first.decisions(), first.motions(), first.actions(),
                first.attachments(), first.minutesOf(), first.tasks(), first.items());
        List<AgendaItem> agenda = new ArrayList<>(m.agenda());
        agenda.set(0, linked);
        Meeting withLinks = new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(),
                m.approvedOn(), m.presiding(), m.recorder(), m.attendees(), agenda, m.next(), m.updates());
        byte[] pdf = Fixtures.minutes(Fixtures.body(), withLinks, PdfFonts.liberation());
        assertThat(Pdfs.flatText(pdf)).contains("The policy is posted at https://sfgov.org/dosw/policy. Send comments "
                + "to alix.lutnick@example.org.");
        List<String> uris = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (var page : d.getPages()) {
                for (var a : page.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI u) {
                        uris.add(u.getURI());
                    }
                }
            }
        }
        assertThat(uris).containsExactly("https://sfgov.org/dosw/policy", "mailto:alix.lutnick@example.org");
        ConformanceTest.assertConforms(pdf);
    }

    private static Meeting withAttendees(Meeting m, List<Attendee> attendees) {
        return new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(),
                m.approvedOn(), m.presiding(), m.recorder(), attendees, m.agenda(), m.next(), m.updates());
    }

    private static void collect(PDOutlineItem item, String indent, List<String> out) {
        for (PDOutlineItem i = item; i != null; i = i.getNextSibling()) {
            out.add(indent + i.getTitle());
            collect(i.getFirstChild(), indent + "  ", out);
        }
    }

    private static void structure(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e.getStructureType());
                structure(e, out);
            }
        }
    }
}
