package dev.clerk.compose;

import dev.clerk.compose.doc.Dump;
import dev.clerk.model.testing.Golden;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The composed tree of every document of the example and fixtures, against its golden dump: a change of content
 * shows as one reviewable diff, whatever the format it is painted in.
 */
class CompositionGoldenTest {
    static List<Compositions.Case> cases() {
        return Compositions.all();
    }

    static List<Compositions.Case> forms() {
        return Compositions.forms();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGoldenDump(Compositions.Case c) {
        Golden.assertMatches(c.name() + ".txt", Dump.withSources(c.document()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void formMatchesGoldenDump(Compositions.Case c) {
        Golden.assertMatches(c.name() + ".txt", Dump.withSources(c.document()));
    }
}
