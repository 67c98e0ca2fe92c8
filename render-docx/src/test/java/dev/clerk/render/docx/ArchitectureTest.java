package dev.clerk.render.docx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The renderer writes to the stream it is given: it opens no files, prints nothing, and keeps its API small. It is
 * a painter of composed documents and knows nothing of meetings.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clerk.render.docx");

    @Test
    void opensNoFilesAndPrintsNothing() {
        noClasses().should().accessClassesThat().belongToAnyOf(java.io.File.class, java.nio.file.Files.class,
                java.io.FileOutputStream.class, java.io.FileInputStream.class, java.nio.file.Paths.class)
                .orShould().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .check(CLASSES);
    }

    @Test
    void exposesOnlyTheRendererItsOptionsAndItsError() {
        classes().that().arePublic().and().areTopLevelClasses().should()
                .haveSimpleName("DocxRenderer").orShould().haveSimpleName("DocxOptions")
                .orShould().haveSimpleName("TemplateException").check(CLASSES);
    }

    @Test
    void dependsOnTheComposedDocumentAndPoiOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.clerk.model..", "dev.clerk.cli..",
                "dev.clerk.render.pdf..", "dev.clerk.render.html..", "dev.clerk.mail..", "com.fasterxml.jackson..")
                .check(CLASSES);
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.clerk.compose")
                .because("the painter paints the tree of dev.clerk.compose.doc; composing is not its business")
                .check(CLASSES);
    }
}
