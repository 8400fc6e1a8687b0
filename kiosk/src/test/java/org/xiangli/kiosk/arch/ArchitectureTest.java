package org.xiangli.kiosk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of STYLE.md, as a test: they hold for every class of hal and kiosk. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.xiangli");
    }

    /**
     * UI classes: the shell, reusable controls, and in each feature package its screens, views, panels and the
     * helpers that build their nodes (package by feature keeps them beside their domain).
     */
    private static final DescribedPredicate<JavaClass> UI = DescribedPredicate.describe("UI classes",
            c -> c.getPackageName().startsWith("org.xiangli.kiosk.shell")
                    || c.getPackageName().startsWith("org.xiangli.kiosk.ui")
                    || c.getName().startsWith("org.xiangli.kiosk.KioskMain")
                    || isUiName(c.getSimpleName())
                    || c.getEnclosingClass().map(e -> isUiName(e.getSimpleName())).orElse(false));

    private static boolean isUiName(String name) {
        return name.matches(".*(Screen|View|Panel|Pager|Entries|Dialog)");
    }

    /** Data access: repositories and the statement helpers they hand a connection to inside a transaction. */
    private static boolean isDataAccessName(String name) {
        return name.endsWith("Repository") || name.endsWith("Writer") && !name.startsWith("Bundle");
    }

    @Test
    void halHasNoJavaFxAndNoSql() {
        noClasses().that().resideInAPackage("org.xiangli.hal..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void domainCodeNeverImportsJavaFx() {
        noClasses().that().resideInAPackage("org.xiangli.kiosk..").and(DescribedPredicate.not(UI))
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void serialPortsAndGpioOnlyInHal() {
        noClasses().that().resideOutsideOfPackage("org.xiangli.hal..")
                .should().dependOnClassesThat().resideInAnyPackage("jssc..", "com.pi4j..")
                .check(classes);
    }

    @Test
    void sqlOnlyInDataAccessClasses() {
        noClasses().that().resideInAPackage("org.xiangli..")
                .and().resideOutsideOfPackage("org.xiangli.kiosk.store..")
                .and(DescribedPredicate.describe("are not data-access classes",
                        (JavaClass c) -> !isDataAccessName(c.getSimpleName())
                                && !c.getEnclosingClass().map(e -> isDataAccessName(e.getSimpleName())).orElse(false)))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void uiCodeNeverTalksToSqlOrSerialPorts() {
        noClasses().that(UI)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "jssc..")
                .check(classes);
    }

    @Test
    void platformRunLaterOnlyInTheUiAdapter() {
        noClasses().that().doNotHaveFullyQualifiedName("org.xiangli.kiosk.ui.FxUi")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }

    @Test
    void nobodyPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
    }
}
