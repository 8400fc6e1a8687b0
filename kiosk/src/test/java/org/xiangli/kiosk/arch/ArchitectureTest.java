package org.xiangli.kiosk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependency rules of STYLE.md and the layers of {@link KioskLayers}, as a test: they hold for every main class
 * of hal, kiosk-core, kiosk and kioskctl.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    /** Where the fixture that breaks every rule on purpose lives (test classes, never part of the kiosk). */
    private static final String BROKEN = "org.xiangli.kiosk.arch.fixture";

    @BeforeAll
    static void importClasses() {
        // Main classes of every module; kiosk-core's test-jar (its fixtures, on this class path) is no product code.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.xiangli");
    }

    /**
     * UI classes: the app's root, the scenario runner, the shell, the UI base and every feature's screens (JavaFX
     * lives only there).
     */
    private static final DescribedPredicate<JavaClass> UI = DescribedPredicate.describe("UI classes",
            c -> c.getPackageName().equals("org.xiangli.kiosk")
                    || c.getPackageName().startsWith("org.xiangli.kiosk.scenario")
                    || c.getPackageName().startsWith("org.xiangli.kiosk.shell")
                    || c.getPackageName().startsWith("org.xiangli.kiosk.ui")
                    || c.getPackageName().matches("org\\.xiangli\\.kiosk\\.\\w+\\.screens(\\..*)?"));

    private static final DescribedPredicate<JavaClass> WEB = DescribedPredicate.describe("staff web console",
            c -> c.getPackageName().startsWith("org.xiangli.kiosk.staff.web"));

    @Test
    void layersAreRespected() {
        KioskLayers.layers("org.xiangli.kiosk").check(classes);
    }

    @Test
    void featuresAreFreeOfCycles() {
        KioskLayers.featureSlicesFreeOfCycles("org.xiangli.kiosk").check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        KioskLayers.packagesFreeOfCycles("org.xiangli.kiosk").check(classes);
    }

    /** A rule that never fails documents nothing: the broken fixture must trip each of them. */
    @Test
    void theRulesCatchABrokenArchitecture() {
        JavaClasses broken = new ClassFileImporter().importPackages(BROKEN);

        assertTrue(KioskLayers.layers(BROKEN).evaluate(broken).hasViolation(), "domain -> shell must be refused");
        assertTrue(KioskLayers.featureSlicesFreeOfCycles(BROKEN).evaluate(broken).hasViolation(),
                "content <-> payments must be refused");
        assertTrue(KioskLayers.packagesFreeOfCycles(BROKEN).evaluate(broken).hasViolation());
    }

    @Test
    void halKnowsNothingOfTheKioskOrKioskctl() {
        noClasses().that().resideInAPackage("org.xiangli.hal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.xiangli.kiosk..", "org.xiangli.provisioning..")
                .check(classes);
    }

    @Test
    void nothingButTheWebConsoleUsesTheWebServer() {
        noClasses().that(DescribedPredicate.not(WEB))
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(classes);
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
        noClasses().that().resideInAnyPackage("org.xiangli..").and(DescribedPredicate.not(UI))
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void serialPortsAndGpioOnlyInHal() {
        noClasses().that().resideOutsideOfPackage("org.xiangli.hal..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("com.pi4j..")
                        .or(JavaClass.Predicates.equivalentTo(org.xiangli.hal.device.Posix.class)))
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
        noClasses().that(UI.or(WEB))
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.sql..", "org.sqlite..")
                        .or(JavaClass.Predicates.equivalentTo(org.xiangli.hal.device.SerialLink.class))
                        .or(JavaClass.Predicates.equivalentTo(org.xiangli.hal.device.Posix.class)))
                .check(classes);
    }

    @Test
    void platformRunLaterOnlyInTheUiAdapter() {
        noClasses().that().doNotHaveFullyQualifiedName("org.xiangli.kiosk.ui.FxUi")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }

    @Test
    void qrCodesAreEncodedOnlyInHal() {
        // One encoder (hal.qr.QrCode); the screens draw its modules, they never encode.
        noClasses().that().resideOutsideOfPackage("org.xiangli.hal.qr..")
                .should().dependOnClassesThat().resideInAPackage("com.google.zxing..")
                .check(classes);
    }

    @Test
    void theKioskHoldsScannersByTheirOneInterface() {
        // Which driver reads the scanner (serial or keyboard mode) is decided once, by CodeScanner.forPort.
        noClasses().that().resideInAPackage("org.xiangli.kiosk..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.xiangli.hal.scanner.SerialScanner")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.xiangli.hal.scanner.EvdevScanner")
                .check(classes);
    }

    @Test
    void nobodyPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
    }
}
