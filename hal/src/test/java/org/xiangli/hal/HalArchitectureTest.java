package org.xiangli.hal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The HAL's layering, as a test: no UI or SQL, no console output, device packages independent of each other. */
@AnalyzeClasses(packages = "org.xiangli.hal", importOptions = ImportOption.DoNotIncludeTests.class)
class HalArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("hal serves the kiosk UI and kioskctl alike; UI adapters live in kiosk");

    @ArchTest
    static final ArchRule noSql = noClasses().should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule noConsole = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule onlySystemLogger = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule devicesDoNotKnowEachOther = noClasses()
            .that().resideInAnyPackage("..hal.card..", "..hal.scanner..", "..hal.gpio..")
            .should().dependOnClassesThat().resideInAnyPackage("..hal.printer..", "..hal.demo..")
            .because("each device package stands alone on hal.device; only hal.demo combines them");

    @ArchTest
    static final ArchRule oneQrEncoder = noClasses().that().resideOutsideOfPackage("..hal.qr..")
            .should().dependOnClassesThat().resideInAPackage("com.google.zxing..")
            .because("QrCode is the one encoder; printer, screens and labels only draw its modules");

    @ArchTest
    static final ArchRule qrStandsAlone = noClasses().that().resideInAPackage("..hal.qr..")
            .should().dependOnClassesThat().resideInAnyPackage("..hal.device..", "..hal.card..", "..hal.printer..",
                    "..hal.scanner..", "..hal.gpio..", "..hal.demo..");

    @ArchTest
    static final ArchRule sharedModelStandsAlone = noClasses().that().resideInAPackage("..hal.device..")
            .should().dependOnClassesThat().resideInAnyPackage("..hal.card..", "..hal.printer..", "..hal.scanner..",
                    "..hal.gpio..", "..hal.demo..");
}
