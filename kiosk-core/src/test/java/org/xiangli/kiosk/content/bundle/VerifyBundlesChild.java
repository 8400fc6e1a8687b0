package org.xiangli.kiosk.content.bundle;

import java.nio.file.Path;
import java.util.List;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;

/**
 * The small-heap JVM of {@link HostileBundleTest}: verifies each bundle as {@code kioskctl content verify} does and
 * prints one line per file, {@code OK} or the reason it was refused. Args: PUBKEY FILE...
 */
public final class VerifyBundlesChild {

    private VerifyBundlesChild() {
    }

    public static void main(String[] args) {
        TrustedKeys trusted = new TrustedKeys(List.of(PublisherKey.parse(args[0])));
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            try {
                new BundleReader(trusted::find, BundleLimits.DEFAULT).read(file);
                System.out.println(file.getFileName() + " OK");
            } catch (BundleException e) {
                System.out.println(file.getFileName() + " " + e.reason());
            }
        }
    }
}
