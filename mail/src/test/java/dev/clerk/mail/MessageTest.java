package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one message holds, read back as a mail client reads it, and that it is the same bytes every time. */
class MessageTest {
    @TempDir
    Path dir;

    private static byte[] eml(Outgoing o) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        o.writeTo(out);
        return out.toByteArray();
    }

    private SendPlan plan(PacketMailer.Builder builder, TestCommittee c) throws Exception {
        try (SendLog log = SendLog.read(c.folder.resolve(SendLog.FILE_NAME))) {
            return builder.build().plan(log, false);
        }
    }

    @Test
    void matchesTheGoldenMessageByteForByte() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        Document packet = new Document(Path.of(getClass().getResource("/committee/packet.pdf").toURI()),
                "application/pdf", "SWTPIC-2017-05-22-agenda-packet.pdf");
        SendPlan plan = plan(c.mailer().document(packet), c);
        Outgoing first = plan.messages().get(1);
        assertThat(first.fileName()).isEqualTo("2017-05-22-packet-lukasz.osz@example.org.eml");
        Golden.assertMatches("packet-to-one-member.eml", new String(eml(first), StandardCharsets.US_ASCII));
    }

    @Test
    void writesTheSameBytesTwice() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        byte[] a = eml(plan(c.mailer(), c).messages().get(0));
        byte[] b = eml(plan(c.mailer(), c).messages().get(0));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void carriesHeadersBodiesAttachmentAndCalendar() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        Document packet = c.packet(200_000);
        SendPlan plan = plan(c.mailer().document(packet), c);
        assertThat(plan.messages()).hasSize(3);
        MimeMessage m = Mime.parse(eml(plan.messages().get(1)));

        assertThat(m.getSubject()).isEqualTo(
                "Agenda packet: Sex Work and Trafficking Policy Impact Committee — May 22, 2017");
        assertThat(m.getHeader("Subject")[0]).startsWith("=?UTF-8?Q?Agenda_packet:");
        assertThat(m.getFrom()).containsExactly(new InternetAddress("dosw@example.org", "Department on the Status of Women"));
        assertThat(m.getReplyTo()).containsExactly(new InternetAddress("minouche.kandel@example.org", "Minouche Kandel"));
        InternetAddress to = (InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("lukasz.osz@example.org");
        assertThat(to.getPersonal()).isEqualTo("Łukasz Ősz-Müller");
        assertThat(m.getHeader("To")[0]).isEqualTo("=?UTF-8?Q?=C5=81ukasz_=C5=90sz-M=C3=BCller?= <lukasz.osz@example.org>");
        assertThat(m.getMessageID()).isEqualTo("<2017-05-22.packet." + Composer.hash("lukasz.osz@example.org", 12)
                + ".clerk@example.org>");
        assertThat(m.getHeader("Date")[0]).isEqualTo("Mon, 15 May 2017 10:00:00 -0700");
        assertThat(m.getHeader("Bcc")).isNull();

        String text = Mime.text(Mime.part(m, "text/plain"));
        assertThat(text).isEqualTo(String.join("\r\n",
                "The agenda packet for the regular meeting of the Sex Work and Trafficking Policy Impact Committee is"
                        + " attached (SWTPIC-2017-05-22-agenda-packet.pdf).",
                "",
                "When:  Monday, May 22, 2017, 11:00 a.m. – 12:30 p.m.",
                "Where: 25 Van Ness Avenue, Suite 240, San Francisco, CA 94102",
                "",
                "Agenda",
                "",
                "I. Introductions",
                "II. Approval of the minutes of March 27, 2017 (action)",
                "III. Updates",
                "    A. Prioritizing Safety for Sex Workers policy & SFPD <timeline> (information, Minouche Kandel, 10 min)",
                "    B. SFPD data (discussion)",
                "        What the incident reports from 2015 and 2016 show, and what to ask for next.",
                "IV. Public comment",
                "V. Adjournment",
                "",
                "Notices",
                "",
                "Disability access",
                "The meeting room is wheelchair accessible. To request an accommodation, call 415-252-2570 at least"
                        + " 48 hours before the meeting.",
                "",
                "A calendar event for the meeting is attached; opening it adds the meeting to your calendar, and a later"
                        + " notice updates it.",
                "",
                "-- ",
                "Department on the Status of Women",
                ""));
        String html = Mime.text(Mime.part(m, "text/html"));
        assertThat(html).contains("<li>A. Prioritizing Safety for Sex Workers policy &amp; SFPD &lt;timeline&gt;"
                + " (information, Minouche Kandel, 10 min)</li>");
        assertThat(html).doesNotContain("<timeline>");
        assertThat(html).contains("<tr><th scope=\"row\" style=\"text-align: left; padding-right: 12px; vertical-align:"
                + " top;\">When</th><td>Monday, May 22, 2017, 11:00 a.m. – 12:30 p.m.</td></tr>");

        Part pdf = Mime.part(m, "application/pdf");
        assertThat(pdf.getFileName()).isEqualTo("SWTPIC-2017-05-22-agenda-packet.pdf");
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(Mime.bytes(pdf)).isEqualTo(Files.readAllBytes(packet.file()));

        Part ics = Mime.part(m, "text/calendar");
        assertThat(ics.getContentType()).contains("method=PUBLISH");
        Ics.Component cal = Ics.parse(new String(Mime.bytes(ics), StandardCharsets.UTF_8));
        Ics.Component event = cal.child("VEVENT");
        assertThat(event.properties()).containsEntry("UID", "2017-05-22.swtpic@example.org")
                .containsEntry("SEQUENCE", "0")
                .containsEntry("DTSTAMP", "20170515T170000Z")
                .containsEntry("DTSTART", "20170522T110000")
                .containsEntry("DTEND", "20170522T123000")
                .containsEntry("SUMMARY", "SWTPIC meeting")
                .containsEntry("LOCATION", "25 Van Ness Avenue, Suite 240, San Francisco, CA 94102");
        assertThat(event.parameters()).containsEntry("DTSTART", "TZID=America/Los_Angeles");
        assertThat(event.properties().get("DESCRIPTION")).startsWith(
                "Sex Work and Trafficking Policy Impact Committee\n\nAgenda:\nI. Introductions\n");
        Ics.Component zone = cal.child("VTIMEZONE");
        assertThat(zone.properties()).containsEntry("TZID", "America/Los_Angeles");
        assertThat(zone.child("DAYLIGHT").properties()).containsEntry("DTSTART", "20170312T020000")
                .containsEntry("TZOFFSETFROM", "-0800").containsEntry("TZOFFSETTO", "-0700");
        assertThat(zone.child("STANDARD").properties()).containsEntry("DTSTART", "20171105T020000")
                .containsEntry("TZOFFSETFROM", "-0700").containsEntry("TZOFFSETTO", "-0800");
    }

    @Test
    void sendsALinkInsteadOfTheDocument() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        SendPlan plan = plan(PacketMailer.builder(c.body(), c.meeting(), "2017-05-22").clock(TestCommittee.CLOCK)
                .link(java.net.URI.create("https://sf.example.org/swtpic/2017-05-22-packet.pdf")), c);
        MimeMessage m = Mime.parse(eml(plan.messages().get(0)));
        List<String> types = Mime.leaves(m).stream().map(p -> {
            try {
                return p.getContentType().split(";")[0];
            } catch (Exception e) {
                return fail(e);
            }
        }).toList();
        assertThat(types).containsExactly("text/plain", "text/html", "text/calendar");
        assertThat(Mime.text(Mime.part(m, "text/plain"))).startsWith("The agenda packet for the regular meeting of the"
                + " Sex Work and Trafficking Policy Impact Committee is online:"
                + " https://sf.example.org/swtpic/2017-05-22-packet.pdf\r\n");
        assertThat(Mime.text(Mime.part(m, "text/html"))).contains(
                "<a href=\"https://sf.example.org/swtpic/2017-05-22-packet.pdf\">");
        assertThat(Ics.parse(Mime.text(Mime.part(m, "text/calendar"))).child("VEVENT").properties())
                .containsEntry("URL", "https://sf.example.org/swtpic/2017-05-22-packet.pdf");
    }

    @Test
    void sendsMinutesWithoutACalendarEvent() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        SendPlan plan = plan(c.mailer().what(DocumentKind.MINUTES), c);
        MimeMessage m = Mime.parse(eml(plan.messages().get(0)));
        assertThat(m.getSubject()).isEqualTo("Minutes: Sex Work and Trafficking Policy Impact Committee — May 22, 2017");
        assertThat(Mime.text(Mime.part(m, "text/plain"))).startsWith("The draft minutes for the regular meeting of the"
                + " Sex Work and Trafficking Policy Impact Committee held on May 22, 2017 are attached");
        assertThat(Mime.leaves(m)).noneMatch(p -> {
            try {
                return p.isMimeType("text/calendar");
            } catch (Exception e) {
                return fail(e);
            }
        });
    }

    @Test
    void writesOneBccMessageShowingTheRecipientsOnlyInTheDraft() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        SendPlan plan = plan(c.mailer().bcc(true).lists(List.of("members", "staff")), c);
        assertThat(plan.messages()).hasSize(1);
        Outgoing o = plan.messages().get(0);
        assertThat(o.fileName()).isEqualTo("2017-05-22-packet-bcc.eml");
        assertThat(o.recipients()).extracting(Recipient::address).containsExactly("saerom.choi@example.org",
                "lukasz.osz@example.org", "carol.leigh@example.org", "minouche.kandel@example.org",
                "maggie.mchale@example.org");
        MimeMessage m = Mime.parse(eml(o));
        assertThat(m.getRecipients(MimeMessage.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("dosw@example.org");
        assertThat(m.getRecipients(MimeMessage.RecipientType.BCC)).hasSize(5);
    }

    @Test
    void keepsLineBreaksInNamesAndTitlesOutOfTheHeaders() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525)
                .edit("name: Saerom Choi", "name: \"Saerom Choi\\r\\nBcc: victim@example.net\"")
                .edit("name: Sex Work and Trafficking Policy Impact Committee",
                        "name: \"Sex Work\\nX-Injected: yes\"")
                .edit("    name: Department on the Status of Women\n",
                        "    name: \"Department\\r\\nReply-To: attacker@example.net\"\n");
        MimeMessage m = Mime.parse(eml(plan(c.mailer(), c).messages().get(0)));
        assertThat(Collections.list(m.getAllHeaderLines())).noneMatch(h -> h.startsWith("Bcc")
                || h.startsWith("X-Injected") || h.contains("attacker@example.net") && h.startsWith("Reply-To"));
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getHeader("X-Injected")).isNull();
        assertThat(m.getReplyTo()).containsExactly(new InternetAddress("minouche.kandel@example.org", "Minouche Kandel"));
        assertThat(((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Saerom Choi Bcc: victim@example.net");
        assertThat(m.getSubject()).isEqualTo("Agenda packet: Sex Work X-Injected: yes — May 22, 2017");
        assertThat(((InternetAddress) m.getFrom()[0]).getPersonal())
                .isEqualTo("Department Reply-To: attacker@example.net");
    }
}
