package org.xiangli.provisioning.keys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl keys generate --out DIR}: a publisher's signing key pair. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"Publisher signing keys for content bundles.", "内容发布签名密钥。"},
        subcommands = {KeysCommand.Generate.class})
public final class KeysCommand {

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write DIR/publisher.key (private, mode 600) and DIR/publisher.pub (give it to kiosks).")
    static final class Generate implements Callable<Integer> {

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the two key files.")
        Path out;

        @Override
        public Integer call() {
            try {
                PublisherKey key = PublisherKeyFiles.generate(out);
                System.out.println("publisher key " + key.id() + " written to "
                        + out.resolve(PublisherKeyFiles.PRIVATE_FILE) + " (keep secret) and "
                        + out.resolve(PublisherKeyFiles.PUBLIC_FILE));
                System.out.println("trust it on kiosks with, in kiosk.toml [content]: trusted_keys = [\""
                        + key.encoded() + "\"]");
                return 0;
            } catch (IOException e) {
                System.err.println("cannot write the keys: " + e.getMessage());
                return 1;
            }
        }
    }
}
