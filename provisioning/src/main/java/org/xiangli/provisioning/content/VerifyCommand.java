package org.xiangli.provisioning.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.content.bundle.BundleReader;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.content.bundle.VerifiedBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kioskctl content verify FILE --pubkey PUBFILE}: exit 0 and the item count, or non-zero and the reason. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a bundle's signature, sizes and hashes exactly as a kiosk does; nothing is imported.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--pubkey", required = true, paramLabel = "PUBFILE", description = "publisher.pub")
    Path pubkey;

    @Override
    public Integer call() {
        PublisherKey key;
        try {
            key = PublisherKeyFiles.readPublic(pubkey);
        } catch (IOException e) {
            System.err.println("cannot read the public key: " + e.getMessage());
            return 2;
        }
        try {
            TrustedKeys trusted = new TrustedKeys(java.util.List.of(key));
            VerifiedBundle bundle = new BundleReader(trusted::find, BundleLimits.DEFAULT).read(file);
            System.out.println(bundle.manifest().items().size() + " items");
            System.out.println("OK: " + file + " — " + bundle.manifest().kind() + " bundle, sequence "
                    + bundle.manifest().sequence() + ", " + bundle.assets().size() + " images, "
                    + bundle.manifest().withdrawn().size() + " withdrawn, publisher " + key.id());
            return 0;
        } catch (BundleException e) {
            System.err.println("rejected (" + e.reason() + "): " + e.getMessage());
            return 1;
        }
    }
}
