package dev.clerk.render.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The module's boundaries: a painter of the composed tree with OpenPDF; no printing, no other renderer, no CLI. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.clerk.render.pdf");

    @Test
    void neverPrintsOrExits() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
        noClasses().should().callMethod(System.class, "exit", int.class).check(CLASSES);
    }

    @Test
    void dependsOnNoOtherRendererNorTheCli() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.clerk.cli..", "dev.clerk.render.docx..",
                "dev.clerk.render.html..", "dev.clerk.mail..", "org.apache.poi..", "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void paintsTheComposedTreeAndLeavesMeetingsToTheComposers() {
        // Only the packet reads the model (to find its materials); everything that paints knows the tree alone.
        // Files (fonts, attachments) are read through the model's one reader of input files, as everywhere, and
        // text is held to the model's one rule of the characters Clerk accepts.
        noClasses().that().resideInAPackage("dev.clerk.render.pdf")
                .and().haveNameNotMatching("dev\\.clerk\\.render\\.pdf\\.(PacketBuilder|ReadAhead)(\\$.*)?")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("dev.clerk.model..")
                        .and(DescribedPredicate.not(HasName.Predicates.nameMatching(
                                "dev\\.clerk\\.model\\.io\\.InputFile(s|Exception)(\\$.*)?|dev\\.clerk\\.model\\.text\\.Characters"))))
                .check(CLASSES);
    }
}
