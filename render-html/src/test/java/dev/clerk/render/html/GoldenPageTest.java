package dev.clerk.render.html;

import dev.clerk.model.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hand-built sample's page equals its golden file, {@code src/test/resources/golden/NAME.html}, with the
 * style sheet (which has tests of its own) left out. A missing or differing golden file writes the page to
 * {@code target/golden-actual/NAME.html} and fails naming it: updating one is a reviewed copy.
 */
class GoldenPageTest {
    static java.util.List<Samples.Named> samples() {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void pageEqualsItsGoldenFile(Samples.Named sample) throws Exception {
        Golden.assertMatches(sample.name() + ".html", withoutStyleSheet(Samples.render(sample.doc())));
    }

    /** The page with the text of its style element replaced by a placeholder. */
    static String withoutStyleSheet(String html) {
        int start = html.indexOf("<style>") + "<style>".length();
        int end = html.indexOf("</style>");
        return html.substring(0, start) + "/* page.css */" + html.substring(end);
    }
}
