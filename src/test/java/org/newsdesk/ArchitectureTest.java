package org.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN.md: dependencies point down only. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsdesk");
    }

    @Test
    void modelIsPureJava() {
        noClasses().that().resideInAPackage("org.newsdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                        "org.newsdesk.codec..", "org.newsdesk.store..", "org.newsdesk.service..", "org.newsdesk.ui..",
                        "org.newsdesk.cli..", "org.newsdesk.render..", "org.newsdesk.export..", "org.newsdesk.importer..",
                        "org.newsdesk.image..", "org.newsdesk.spelling..", "org.languagetool..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.newsdesk.codec..", "org.newsdesk.store..", "org.newsdesk.render..",
                        "org.newsdesk.export..", "org.newsdesk.importer..", "org.newsdesk.image..", "org.newsdesk.spelling..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.service..", "org.newsdesk.ui..",
                        "org.newsdesk.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void siblingsAtTheBottomStayApart() {
        noClasses().that().resideInAnyPackage("org.newsdesk.render..", "org.newsdesk.export..", "org.newsdesk.importer..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.store..").check(classes);
        noClasses().that().resideInAPackage("org.newsdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.render..", "org.newsdesk.export..",
                        "org.newsdesk.importer..").check(classes);
    }

    /** Pictures (ImageIO) sit beside the codec: everything above may use them, they use only the model. */
    @Test
    void imagesUseOnlyTheModel() {
        noClasses().that().resideInAPackage("org.newsdesk.image..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.codec..", "org.newsdesk.store..",
                        "org.newsdesk.render..", "org.newsdesk.export..", "org.newsdesk.importer..")
                .check(classes);
    }

    /** Spelling (LanguageTool) sits beside the importers: it knows only the model, and nothing above uses LanguageTool. */
    @Test
    void spellingUsesOnlyTheModelAndKeepsLanguageToolToItself() {
        noClasses().that().resideInAPackage("org.newsdesk.spelling..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.codec..", "org.newsdesk.store..",
                        "org.newsdesk.render..", "org.newsdesk.export..", "org.newsdesk.importer..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.newsdesk.spelling..")
                .should().dependOnClassesThat().resideInAPackage("org.languagetool..").check(classes);
    }

    @Test
    void serviceKnowsNoUserInterface() {
        noClasses().that().resideInAPackage("org.newsdesk.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.ui..", "org.newsdesk.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void guiAndCliGoThroughServicesNotTheStore() {
        noClasses().that().resideInAnyPackage("org.newsdesk.ui..", "org.newsdesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.store..").check(classes);
        noClasses().that().resideInAPackage("org.newsdesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.cli..").check(classes);
        noClasses().that().resideInAPackage("org.newsdesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.ui..").check(classes);
    }
}
