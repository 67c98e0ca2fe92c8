package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The iCalendar writer: folding at 75 octets, escaping, time zones, and that what it writes parses back. */
class CalendarEventTest {
    private static CalendarEvent event(String summary, String description, ZoneId zone, LocalDateTime start) {
        return new CalendarEvent("2017-05-22.swtpic@example.org", 2, Instant.parse("2017-05-15T17:00:00Z"),
                LocalDate.of(2017, 5, 22), start, start == null ? null : start.plusMinutes(90), zone, summary,
                "25 Van Ness Avenue, Suite 240; San Francisco", description, null, "dosw@example.org",
                "Department \"on\" the Status of Women");
    }

    @Test
    void foldsAt75OctetsWithoutSplittingACharacter() {
        String line = "DESCRIPTION:" + "Łukasz Ősz-Müller 中文 ".repeat(10);
        String folded = CalendarEvent.fold(line);
        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        assertThat(CalendarEvent.fold("SUMMARY:short")).isEqualTo("SUMMARY:short");
        String exactly75 = "X".repeat(75);
        assertThat(CalendarEvent.fold(exactly75)).isEqualTo(exactly75);
        assertThat(CalendarEvent.fold(exactly75 + "Y")).isEqualTo(exactly75 + "\r\n Y");
    }

    @Test
    void escapesTextValues() {
        assertThat(CalendarEvent.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(Ics.unescape(CalendarEvent.escape("a\\b;c,d\ne"))).isEqualTo("a\\b;c,d\ne");
    }

    /** Seeded texts of every awkward kind survive writing, folding and reading back. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void roundTripsAwkwardTexts(long seed) {
        Random random = new Random(seed);
        String alphabet = "abc ,;:\\\n\"'Łő中😀\tZ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        String text = sb.toString().strip();
        Ics.Component cal = Ics.parse(event("SWTPIC meeting", text, ZoneId.of("America/Los_Angeles"),
                LocalDateTime.of(2017, 5, 22, 11, 0)).text());
        assertThat(cal.child("VEVENT").properties().get("DESCRIPTION")).isEqualTo(text);
    }

    @Test
    void writesAnEventInTheBodysZoneWithItsOffsets() {
        Ics.Component cal = Ics.parse(event("SWTPIC meeting", "Agenda", ZoneId.of("America/Los_Angeles"),
                LocalDateTime.of(2017, 5, 22, 11, 0)).text());
        assertThat(cal.properties()).containsEntry("VERSION", "2.0").containsEntry("METHOD", "PUBLISH")
                .containsKey("PRODID");
        Ics.Component e = cal.child("VEVENT");
        assertThat(e.properties()).containsEntry("SEQUENCE", "2").containsEntry("DTSTAMP", "20170515T170000Z")
                .containsEntry("DTSTART", "20170522T110000").containsEntry("DTEND", "20170522T123000")
                .containsEntry("LOCATION", "25 Van Ness Avenue, Suite 240; San Francisco")
                .containsEntry("ORGANIZER", "mailto:dosw@example.org");
        assertThat(e.parameters()).containsEntry("DTSTART", "TZID=America/Los_Angeles")
                .containsEntry("ORGANIZER", "CN=\"Department on the Status of Women\"");
    }

    @Test
    void writesFloatingTimesWithoutAZoneAndAnAllDayEventWithoutATime() {
        Ics.Component floating = Ics.parse(event("M", null, null, LocalDateTime.of(2017, 5, 22, 11, 0)).text());
        assertThat(floating.children()).extracting(Ics.Component::name).containsExactly("VEVENT");
        assertThat(floating.child("VEVENT").parameters()).doesNotContainKey("DTSTART");
        Ics.Component allDay = Ics.parse(event("M", null, ZoneId.of("America/Los_Angeles"), null).text());
        assertThat(allDay.child("VEVENT").properties()).containsEntry("DTSTART", "20170522")
                .containsEntry("DTEND", "20170523");
        assertThat(allDay.child("VEVENT").parameters()).containsEntry("DTSTART", "VALUE=DATE");
    }

    @Test
    void definesAZoneWithoutDaylightSavingTime() {
        Ics.Component cal = Ics.parse(event("M", null, ZoneId.of("Asia/Kolkata"), LocalDateTime.of(2017, 5, 22, 11, 0))
                .text());
        Ics.Component standard = cal.child("VTIMEZONE").child("STANDARD");
        assertThat(standard.properties()).containsEntry("TZOFFSETTO", "+0530");
        assertThat(CalendarEvent.offset(ZoneOffset.ofHoursMinutesSeconds(-4, -56, -2))).isEqualTo("-045602");
    }
}
