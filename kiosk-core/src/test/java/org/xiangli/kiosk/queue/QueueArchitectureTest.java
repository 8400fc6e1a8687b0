package org.xiangli.kiosk.queue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The queue's and the console's layering, as a test: screens apart from rules, SQL only in repositories. */
class QueueArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xiangli.kiosk.queue", "org.xiangli.kiosk.staff");

    @Test
    void queueRulesAndTheWebConsoleNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("org.xiangli.kiosk.queue..", "org.xiangli.kiosk.staff..")
                .and().haveSimpleNameNotEndingWith("Screen")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void onlyRepositoriesTalkSql() {
        noClasses().that().resideInAnyPackage("org.xiangli.kiosk.queue..", "org.xiangli.kiosk.staff..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(CLASSES);
    }

    @Test
    void screensDoNotTalkToTheWebServer() {
        noClasses().that().resideInAPackage("org.xiangli.kiosk.queue..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.xiangli.kiosk.staff..")
                .check(CLASSES);
    }
}
