package dev.clerk.mail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The mail module is model + Jakarta Mail: it never prints, never exits, and knows nothing of the CLI or Jackson. */
class MailArchitectureTest {
    private static final JavaClasses MAIL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clerk.mail");

    @Test
    void neverPrintsOrExits() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class).check(MAIL);
    }

    @Test
    void dependsOnNeitherTheCliNorJackson() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.clerk.cli..", "com.fasterxml.jackson..")
                .check(MAIL);
    }
}
