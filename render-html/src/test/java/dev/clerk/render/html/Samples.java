package dev.clerk.render.html;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Numbering;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Documents built by hand, shaped like the minutes, agenda and task list the composers make. */
final class Samples {
    static final LocalDate MEETING = LocalDate.of(2017, 3, 27);
    static final String BODY = "Sex Work and Trafficking Policy Impact Committee";

    private Samples() {
    }

    static Text plain(String s) {
        return Text.plain(s);
    }

    static Text from(String s, String field) {
        return Text.of(s, Source.meeting(MEETING, false, field));
    }

    static Paragraph para(Paragraph.Role role, String s) {
        return new Paragraph(role, plain(s));
    }

    static Furniture furniture(String right, String watermark) {
        return new Furniture(plain(BODY), plain(right), watermark == null ? null : plain("DRAFT – subject to approval"),
                "Page {0} of {1}", watermark);
    }

    static Meta meta(Meta.Kind kind, String title, String subject, boolean draft) {
        return new Meta(kind, title, subject, "Department on the Status of Women",
                List.of(BODY, kind == Meta.Kind.MINUTES ? "minutes" : kind == Meta.Kind.AGENDA ? "agenda" : "tasks"),
                "en", MEETING, MEETING, draft);
    }

    static Document document(Meta meta, Furniture furniture, List<Block> blocks) {
        return new Document(meta, furniture, List.of(Numbering.UPPER_ROMAN, Numbering.UPPER_LETTER), blocks);
    }

    /** Minutes of a meeting, a draft: every kind of block a minutes document has. */
    static Document minutes() {
        return document(meta(Meta.Kind.MINUTES, BODY + " – March 27, 2017 – Minutes",
                        "Minutes of the meeting of March 27, 2017", true),
                furniture("Minutes – March 27, 2017", "DRAFT"),
                List.of(
                        para(Paragraph.Role.LETTERHEAD, "Mayor's Task Force on Anti-Human Trafficking"),
                        para(Paragraph.Role.LETTERHEAD, "Department on the Status of Women"),
                        Heading.title(plain(BODY + " – March 27, 2017 – Minutes")),
                        new Fields(List.of(
                                new Fields.Field("Meeting Date:", from("March 27, 2017, 11:00 a.m.", "date")),
                                new Fields.Field("Location:",
                                        from("25 Van Ness Avenue\nSuite 240\nSan Francisco, CA 94102", "location")),
                                new Fields.Field("Attendees:", Text.builder()
                                        .add("Saerom Choi, API Legal Outreach; ", null)
                                        .add(new Run("مريم الحسيني", Emphasis.NONE, null, "ar", null))
                                        .plain(", Arab Resource and Organizing Center; ")
                                        .add("Carol Leigh, BAYSWAN", null).build()))),
                        Heading.item(0, "I.", plain("Introductions"), "item-1"),
                        Paragraph.body(plain("Members introduced themselves; Carol Leigh chaired.")),
                        Heading.item(0, "II.", plain("Updates"), "item-2"),
                        Heading.item(1, "A.", plain("Check in on the Prioritizing Safety for Sex Workers Policy"),
                                "item-2-a"),
                        Paragraph.body(from("The Prioritizing Safety for Sex Workers policy is still in process with "
                                + "the San Francisco Police Department. To expedite the passing of the policy, the group "
                                + "has decided to establish a deadline of July 1st, 2017.", "agenda[1].items[0].narrative[0]")),
                        new Callout(Callout.Kind.MOTION, "Motion:", plain("To adopt the deadline of July 1st, 2017. "
                                + "Moved by Carol Leigh, seconded by Saerom Choi. Passed 6–0.")),
                        new Callout(Callout.Kind.DECISION, "Decision:", plain("To expedite the passing of the policy, the "
                                + "group established a deadline of July 1st, 2017.")),
                        new Paragraph(Paragraph.Role.LEAD, plain("Action items:")),
                        new ItemList(ItemList.Kind.BULLETED, List.of(
                                entry("•", Text.builder().strong("Minouche Kandel:").plain(" Let Commander McEachern "
                                        + "know that the group has defined a timeline.").build()),
                                entry("•", Text.builder().strong("Group members:").plain(" If the policy is not passed by "
                                        + "July 1st, organize further outside efforts. (due July 1, 2017)").build()))),
                        new Callout(Callout.Kind.ACTION, "Action 3:", plain("Contact the Police Academy to attend a "
                                + "training held by Sgt. Flores.")),
                        Heading.item(1, "B.", plain("Meeting with Sgt. Flores on Human Trafficking Training"), "item-2-b"),
                        new Paragraph(Paragraph.Role.DETAILS, plain("Discussion · Presented by Minouche Kandel · 15 min")),
                        Paragraph.body(plain("Members reviewed the training materials:")),
                        new ItemList(ItemList.Kind.NUMBERED, List.of(
                                entry("1)", plain("The slides on screening questions.")),
                                new ItemList.Entry("2)", List.of(Paragraph.body(plain("The referral sheet, with:")),
                                        new ItemList(ItemList.Kind.NUMBERED, List.of(
                                                entry("a)", plain("shelter numbers;")),
                                                entry("b)", plain("legal aid contacts.")))))),
                                entry("3)", plain("The evaluation form.")))),
                        Heading.section(plain("Public Comment"), "public-comment"),
                        new Paragraph(Paragraph.Role.NOTE, plain("No member of the public spoke.")),
                        new Paragraph(Paragraph.Role.ATTENDANCE, plain("Present: Saerom Choi, Carol Leigh, Minouche Kandel.")),
                        new Paragraph(Paragraph.Role.CLOSING, plain("The meeting was adjourned at 12:30 p.m.")),
                        new Paragraph(Paragraph.Role.STATUS, plain("DRAFT – these minutes have not yet been approved."))));
    }

    static ItemList.Entry entry(String label, Text text) {
        return new ItemList.Entry(label, List.of(Paragraph.body(text)));
    }

    /** An agenda with a subtitle, links of every kind and a table of open tasks. */
    static Document agenda() {
        return document(meta(Meta.Kind.AGENDA, BODY + " – Agenda – May 22, 2017", "Agenda of the meeting of May 22, 2017",
                        false),
                furniture("Agenda – May 22, 2017", null),
                List.of(
                        para(Paragraph.Role.LETTERHEAD, "Department on the Status of Women"),
                        Heading.title(plain(BODY)),
                        para(Paragraph.Role.SUBTITLE, "Regular Meeting Agenda"),
                        new Fields(List.of(
                                new Fields.Field("Date:", plain("Monday, May 22, 2017, 11:00 a.m.")),
                                new Fields.Field("Location:", plain("25 Van Ness Avenue\nSuite 240\nSan Francisco, CA 94102")))),
                        Heading.item(0, "I.", plain("Introductions"), "item-1"),
                        Heading.item(0, "II.", plain("Approval of the minutes of March 27, 2017"), "item-2"),
                        new Paragraph(Paragraph.Role.DETAILS, new Text(List.of(new Run("Action", Emphasis.EM, null, null, null)))),
                        Paragraph.body(Text.builder().plain("The draft minutes are in the ")
                                .link("agenda packet", new Link.Page(3), null).plain(" and on the ")
                                .link("committee's page", new Link.Uri("https://sfgov.org/dosw/swtpic"), null)
                                .plain("; see also ").link("item III", new Link.Anchor("item-3"), null).plain(".").build()),
                        Heading.item(0, "III.", plain("Review of open action items"), "item-3"),
                        new Paragraph(Paragraph.Role.DETAILS, plain("Discussion")),
                        tasks(),
                        Heading.section(plain("Notices"), "notices"),
                        new Paragraph(Paragraph.Role.NOTE, Text.builder().plain("Questions: ")
                                .link("dosw@sfgov.org", new Link.Uri("mailto:dosw@sfgov.org"), null)
                                .plain(". Interpretation in Arabic: ")
                                .add(new Run("الترجمة متاحة عند الطلب", Emphasis.NONE, null, "ar", null))
                                .plain("; in Hebrew: ").add(new Run("תרגום לפי בקשה", Emphasis.NONE, null, null, null))
                                .plain(".").build())));
    }

    static Table tasks() {
        return new Table(List.of(
                new Table.Column(plain("ID"), 14, true),
                new Table.Column(plain("Task"), 34, false),
                new Table.Column(plain("Owners"), 14, false),
                new Table.Column(plain("Due"), 10, true),
                new Table.Column(plain("Assigned"), 16, false),
                new Table.Column(plain("Status and notes"), 12, false)),
                List.of(
                        List.of(plain("2017-03-27-1"), plain("Let Commander McEachern know that the group has defined a "
                                + "timeline for the passing of the Prioritizing Safety for Sex Workers policy as July 1st."),
                                plain("Minouche Kandel"), Text.empty(), plain("March 27, 2017, II.A."), Text.empty()),
                        List.of(plain("2017-03-27-2"), plain("If the policy is not passed by July 1st, organize further "
                                + "outside efforts to encourage the passing of the policy."), plain("Group members"),
                                plain("July 1, 2017"), plain("March 27, 2017, II.A."), plain("carried once")),
                        List.of(plain("2017-03-27-3"), plain("Contact the Police Academy to get permission to attend a "
                                + "training held by Sgt. Flores."), new Text(List.of(
                                        new Run("מרים כהן", Emphasis.NONE, null, "he", null))),
                                Text.empty(), plain("March 27, 2017, II.B."), Text.empty())),
                "Open action items: ID, task, owners, due date, where assigned, status and notes");
    }

    /** A task list: a title and one table per owner. */
    static Document taskList() {
        return document(meta(Meta.Kind.TASK_LIST, BODY + " – Open tasks – May 21, 2017", "Open tasks on May 21, 2017",
                        false),
                furniture("Open tasks – May 21, 2017", null),
                List.of(
                        Heading.title(plain(BODY + " – Open tasks")),
                        para(Paragraph.Role.SUBTITLE, "As of May 21, 2017"),
                        Heading.section(plain("Minouche Kandel"), "owner-1"),
                        tasks(),
                        Heading.section(plain("Group members"), "owner-2"),
                        new Paragraph(Paragraph.Role.NOTE, plain("No open task.")),
                        new Paragraph(Paragraph.Role.CLOSING, plain("3 open tasks."))));
    }

    /** A document in Arabic, written right to left, with English names inside. */
    static Document arabic() {
        Meta meta = new Meta(Meta.Kind.AGENDA, "جدول الأعمال – 22 مايو 2017", "جدول أعمال اجتماع 22 مايو 2017",
                "إدارة وضع المرأة", List.of("جدول الأعمال"), "ar", MEETING, MEETING, false);
        return new Document(meta, new Furniture(plain("اللجنة"), plain("جدول الأعمال"), null, "صفحة {0} من {1}", null),
                List.of(Numbering.DECIMAL), List.of(
                        Heading.title(plain("لجنة تأثير سياسات العمل الجنسي والاتجار بالبشر")),
                        para(Paragraph.Role.SUBTITLE, "جدول أعمال الاجتماع العادي"),
                        new Fields(List.of(new Fields.Field("التاريخ:", plain("الاثنين 22 مايو 2017، الساعة 11:00")))),
                        Heading.item(0, "1.", plain("التعارف"), "item-1"),
                        Paragraph.body(Text.builder().plain("تقدّم ")
                                .add(new Run("Carol Leigh", Emphasis.STRONG, null, "en", null))
                                .plain(" عرضاً عن السياسة الجديدة.").build()),
                        Heading.item(0, "2.", plain("مراجعة المهام"), "item-2"),
                        new ItemList(ItemList.Kind.NUMBERED, List.of(
                                entry("1)", plain("الاتصال بأكاديمية الشرطة.")),
                                entry("2)", plain("إرسال بريد إلكتروني إلى الرقيب فلوريس."))))));
    }

    /** Every sample, by the name its page is written under. */
    static List<Named> all() {
        return List.of(new Named("minutes", minutes()), new Named("agenda", agenda()),
                new Named("tasks", taskList()), new Named("arabic", arabic()));
    }

    /** A document and the name of its page. */
    record Named(String name, Document doc) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String render(Document doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().render(doc, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
