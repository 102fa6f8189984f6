package org.newsdesk.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** render and export sit just above model and codec: no database, no UI, nothing from the layers above. */
class RenderExportLayeringTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsdesk.render", "org.newsdesk.export");

    @Test
    void renderAndExportUseNeitherStoreNorUpperLayersNorJavaFxNorJdbc() {
        noClasses().that().resideInAnyPackage("org.newsdesk.render..", "org.newsdesk.export..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.newsdesk.store..", "org.newsdesk.service..", "org.newsdesk.ui..", "org.newsdesk.cli..",
                        "javafx..", "java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void renderDoesNotDependOnExport() {
        noClasses().that().resideInAPackage("org.newsdesk.render..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.export..")
                .check(classes);
    }
}
