package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelWriter;
import org.junit.jupiter.api.Test;

/**
 * Minutes kept as a server page, in minutes written for the test: a PHP page that opens with its code left open over
 * several lines ("<?php include('nav.php');" over "$pageTitle = ...;") and writes the minutes out as a here document
 * ("$html = <<<EOHTML" ... "EOHTML;"), then more code to its "?>". The code is no text of the minutes: it is kept as
 * written, line by line, never the meeting's title, and the page it writes out is read as the page it is. Guards: code
 * closed on its own line is kept as before, and a page with no server code reads the same.
 */
class ServerPageFormsTest {

    private static final String PAGE = """
            <?php require_once("common/app.php"); $App = new App(); include($App->getCommon());   # one line for the editor
            \t#
            \t# minutes-template.php
            \t# Author:\t\tWebmaster
            \t$pageTitle = "Harbour Trust Board Minutes";
            \t# Paste the minutes between the markers
            \t$html = <<<EOHTML
            <div id="midcolumn">
            <h1>Harbour Trust Board</h1>
            <h3>March 4, 2019</h3>
            <p>The meeting was called to order at 6:30 pm.</p>
            <p>Present: Ann Lee, Bo Chen, Cy Dee</p>
            <h2>Boat shed lease</h2>
            <p>The board discussed the lease.</p>
            </div>
            EOHTML;
            \t$App->generatePage($html);
            \tfunction row($name) {
            \t\t$out = <<<EOHTML
            \t\t<tr><td>$name</td></tr>
            EOHTML;
            \t\treturn $out;
            \t}
            ?>
            """;

    private static ImportResult read(String text) throws Exception {
        return MinutesImporter.importText("minutes.php", text, ImportOptions.none());
    }

    @Test
    void theCodeOfAServerPageIsNeitherTheTitleNorTheMinutes() throws Exception {
        Meeting m = read(PAGE).meeting();
        // The code is never the title. (The page's heading under the code is not taken as the title either: left
        // for later, the header is read from the first lines of the file.)
        assertThat(m.title() == null ? "" : m.title()).doesNotContain("<?php").doesNotContain("require_once");
        assertThat(m.date()).hasToString("2019-03-04");
        assertThat(m.start()).hasToString("18:30");
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Chen", "Cy Dee");
        assertThat(Outline.of(m)).contains("Boat shed lease");
    }

    @Test
    void keepsTheCodeAsWrittenSoNoLineIsDropped() throws Exception {
        ImportResult result = read(PAGE);
        String yaml = ModelWriter.yaml(result.meeting(), null).replaceAll("(?m)^\\s*#.*$", "");
        assertThat(NoLineDroppedTest.dropped(PAGE, yaml)).isEmpty();
        // Its lines are kept with their tabs as spaces, not as "\t" escapes.
        assertThat(yaml).contains("Author:   Webmaster").doesNotContain("\\t");
    }

    @Test
    void readsThePageTheSameWithoutItsCode() throws Exception {
        String plain = PAGE.substring(PAGE.indexOf("<div"), PAGE.indexOf("EOHTML;"));
        Meeting m = read(plain).meeting();
        assertThat(m.date()).hasToString("2019-03-04");
        assertThat(m.start()).hasToString("18:30");
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Chen", "Cy Dee");
        assertThat(Outline.of(m)).contains("Boat shed lease");
    }

    @Test
    void codeClosedOnItsLineIsKeptAsBefore() throws Exception {
        String page = "<?php include(\"header.php\"); ?>\n<h1>Harbour Trust Board</h1>\n<h3>March 4, 2019</h3>\n"
                + "<p>Present: Ann Lee, Bo Chen</p>\n<h2>Boat shed lease</h2>\n<p>The board discussed the lease.</p>\n"
                + "<?php include(\"footer.php\"); ?>\n";
        ImportResult result = read(page);
        String yaml = ModelWriter.yaml(result.meeting(), null).replaceAll("(?m)^\\s*#.*$", "");
        assertThat(NoLineDroppedTest.dropped(page, yaml)).isEmpty();
        assertThat(result.meeting().attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Chen");
    }
}
