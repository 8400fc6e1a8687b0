package org.xiangli.provisioning.arch;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kioskctl is a command-line tool: it reuses the kiosk's config, store and bundle code (kiosk-core) but must never
 * carry the touch UI or the staff web server. Its test class path is its runtime class path plus test libraries.
 */
class ClassPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"javafx.application.Platform", "io.javalin.Javalin", "org.eclipse.jetty.server.Server",
            "org.xiangli.kiosk.KioskMain", "org.xiangli.kiosk.shell.KioskShell"})
    void kioskctlCannotLoadTheUiOrTheWebServer(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }
}
