package dev.clerk.render.html;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The module's boundaries: the document tree + jsoup, no printing, no meetings, one public class. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.clerk.render.html");

    @Test
    void neverPrintsOrExits() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
        noClasses().should().callMethod(System.class, "exit", int.class).check(CLASSES);
    }

    @Test
    void paintsTheTreeWithJsoupAlone() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.clerk.compose.doc..",
                "dev.clerk.render.html..", "org.jsoup..").check(CLASSES);
    }

    @Test
    void hasOnePublicClass() {
        classes().that().arePublic().should().haveSimpleName("HtmlRenderer").check(CLASSES);
    }
}
