package org.xiangli.kiosk.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The kiosk's layers, as rules over a root package (the kiosk's own, or a deliberately broken fixture that proves
 * the rules bite). From the top:
 * <pre>
 *   App          org.xiangli.kiosk            KioskMain, KioskApp: the composition root
 *   Scenarios    .scenario                    the scenario runner (--scenario): drives the shell and devices
 *   Shell        .shell                       frame, header, navigation, home/help/technician pages
 *   Screens      .&lt;feature&gt;.screens         each feature's JavaFX pages and its page factory
 *   Web          .staff.web                   the staff console and call display (Javalin)
 *   Ui           .ui                          what every page needs: Screen, Navigator, FxUi, KioskSession...
 *   Domain       .content .queue .payments .staff .devices .ops .fleet .speech .demo
 *                .errands .requests .satisfaction .station   (kiosk-core: no JavaFX, no Jetty)
 *   Foundation   .config .store .i18n .keys .work .csv .toml   (kiosk-core)
 * </pre>
 */
final class KioskLayers {

    private KioskLayers() {
    }

    static ArchRule layers(String root) {
        String r = Pattern.quote(root);
        DescribedPredicate<JavaClass> screens = inPackages("feature screens", r + "\\.\\w+\\.screens(\\..*)?");
        DescribedPredicate<JavaClass> domain = inPackages("domain", r + "\\.(content|queue|payments|staff|devices|ops|fleet"
                + "|speech|demo|errands|requests|satisfaction|station)(\\..*)?").and(DescribedPredicate.not(screens))
                .and(DescribedPredicate.not(inPackages("web", r + "\\.staff\\.web(\\..*)?")));
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("App").definedBy(root)
                .layer("Scenarios").definedBy(root + ".scenario..")
                .layer("Shell").definedBy(root + ".shell..")
                .layer("Screens").definedBy(screens)
                .layer("Web").definedBy(root + ".staff.web..")
                .layer("Ui").definedBy(root + ".ui..")
                .layer("Domain").definedBy(domain)
                .layer("Foundation").definedBy(root + ".config..", root + ".store..", root + ".i18n..",
                        root + ".keys..", root + ".work..", root + ".csv..", root + ".toml..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Scenarios").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Shell").mayOnlyBeAccessedByLayers("App", "Scenarios")
                .whereLayer("Screens").mayOnlyBeAccessedByLayers("Shell", "App")
                .whereLayer("Web").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Scenarios", "Shell", "Screens", "App")
                .whereLayer("Domain").mayOnlyAccessLayers("Domain", "Foundation")
                .whereLayer("Foundation").mayOnlyAccessLayers("Foundation");
    }

    /** Features (the first package under the root) never depend on each other in a circle. */
    static ArchRule featureSlicesFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Nor do any two packages, even inside one feature (jdeps -verbose:package agrees). */
    static ArchRule packagesFreeOfCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    private static DescribedPredicate<JavaClass> inPackages(String description, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return DescribedPredicate.describe(description, c -> pattern.matcher(c.getPackageName()).matches());
    }
}
