package dev.clerk.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of STYLE.md, as tests: they hold for every module the command line is built from. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Production classes only: not this module's tests, nor the model's test jar on the test class path.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.clerk");
    }

    /**
     * Issue 16: the committee is parsed and checked once per command and passed along. Commands and the build take
     * their committee, meetings and file texts from the one check ({@code Checker.read}/{@code examine}, kept in a
     * {@code CheckedCommittee}); none reads or parses a committee or meeting file itself. The one exception is
     * {@code clerk import}, which imports into a folder it does not check: it reads the roster, and with --into the
     * meeting file it corrects.
     */
    @Test
    void commandsReadTheCommitteeOnlyThroughItsCheck() {
        noClasses().that().resideInAnyPackage("dev.clerk.cli..", "dev.clerk.build..")
                .and().doNotHaveFullyQualifiedName(ImportCommand.class.getName())
                .should().callMethodWhere(DescribedPredicate.describe("reads or parses a committee or meeting file",
                        call -> call.getTargetOwner().isEquivalentTo(dev.clerk.model.io.ModelReader.class)
                                && java.util.Set.of("readMeeting", "readBody", "parseMeeting", "parseBody",
                                "readBytes", "examineMeeting", "examineBody").contains(call.getName())))
                .orShould().callMethodWhere(DescribedPredicate.describe("checks without keeping what it read",
                        call -> call.getTargetOwner().isEquivalentTo(dev.clerk.model.check.Checker.class)
                                && java.util.Set.of("check", "readValid", "readValidFiles").contains(call.getName())))
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.clerk.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsOrExits() {
        noClasses().that().resideOutsideOfPackage("dev.clerk.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.clerk.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.clerk.cli..").check(classes);
    }

    @Test
    void theModelDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.clerk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clerk.compose..", "dev.clerk.render..",
                        "dev.clerk.mail..", "dev.clerk.importer..", "dev.clerk.cli..", "dev.clerk.build..")
                .check(classes);
    }

    @Test
    void compositionDependsOnTheModelAndNoOutputLibrary() {
        classes().that().resideInAPackage("dev.clerk.compose..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.clerk.compose..",
                        "dev.clerk.model..")
                .check(classes);
    }

    @Test
    void theDocumentTreeKnowsNothingOfMeetings() {
        classes().that().resideInAPackage("dev.clerk.compose.doc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.clerk.compose.doc..")
                .check(classes);
    }

    @Test
    void wordAndWebPaintersPaintTheTreeAndKnowNothingOfMeetings() {
        noClasses().that().resideInAnyPackage("dev.clerk.render.docx..", "dev.clerk.render.html..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clerk.model..", "dev.clerk.mail..",
                        "dev.clerk.importer..")
                .orShould().dependOnClassesThat().resideInAPackage("dev.clerk.compose")
                .check(classes);
    }

    @Test
    void thePdfPainterKnowsNothingOfMeetingsOutsideThePacket() {
        noClasses().that().resideInAPackage("dev.clerk.render.pdf..")
                .and().haveNameNotMatching(".*\\.(PacketBuilder|ReadAhead|AttachmentFile|OfficeConverter)\\b.*")
                // Files (fonts) are read through the model's one reader of input files, as everywhere, and text is
                // held to the model's one rule of the characters Clerk accepts.
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("dev.clerk.model..")
                        .and(DescribedPredicate.not(HasName.Predicates.nameMatching(
                                "dev\\.clerk\\.model\\.io\\.InputFile(s|Exception)(\\$.*)?"
                                        + "|dev\\.clerk\\.model\\.text\\.Characters"))))
                .check(classes);
    }

    @Test
    void renderersDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.clerk.render.docx..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clerk.render.pdf..", "dev.clerk.render.html..",
                        "dev.clerk.mail..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("dev.clerk.render.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clerk.render.docx..", "dev.clerk.render.html..",
                        "dev.clerk.mail..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("dev.clerk.render.html..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clerk.render.docx..", "dev.clerk.render.pdf..",
                        "dev.clerk.mail..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("dev.clerk.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clerk.render..")
                .allowEmptyShould(true).check(classes);
    }

    /** The build sits above the painters and below the front end: neither mail nor the command line. */
    @Test
    void theBuildKnowsNothingOfMailOrTheCommandLine() {
        noClasses().that().resideInAPackage("dev.clerk.build..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clerk.mail..", "dev.clerk.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.clerk.model..", "dev.clerk.compose..", "dev.clerk.render..",
                        "dev.clerk.mail..", "dev.clerk.importer..")
                .should().dependOnClassesThat().resideInAPackage("dev.clerk.build..")
                .check(classes);
    }

    @Test
    void jacksonStaysInTheModelsIoPackage() {
        noClasses().that().resideOutsideOfPackage("dev.clerk.model.io..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }
}
