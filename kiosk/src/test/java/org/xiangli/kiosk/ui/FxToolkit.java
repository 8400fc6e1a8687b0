package org.xiangli.kiosk.ui;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(FxToolkit.class)}: the JavaFX toolkit is running (headless in the build) before the test
 * class's first test. Started once per test JVM and left running, as {@link FxUi#startToolkit} does.
 */
public final class FxToolkit implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        FxUi.startToolkit();
    }
}
