package org.xiangli.kiosk.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.ops.ProvisioningCodeException.Reason;

/**
 * First boot with no config: a scanned provisioning code, verified against the county keys the image carries,
 * checked as a config and written where the kiosk reads it. Nothing is written unless all of that passes.
 */
public final class ZeroTouchSetup {

    /** Where an image keeps the county's provisioning keys, one {@code ed25519:...} per line. */
    public static final Path COUNTY_KEYS_FILE = Path.of("/etc/xiangli/county-keys.pub");

    private final TrustedKeys countyKeys;
    private final Path configFile;

    public ZeroTouchSetup(TrustedKeys countyKeys, Path configFile) {
        this.countyKeys = countyKeys;
        this.configFile = configFile;
    }

    /** Reads the county keys file; blank lines and {@code #} comments are skipped. */
    public static TrustedKeys readCountyKeys(Path file) throws IOException {
        List<PublisherKey> keys = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            try {
                keys.add(PublisherKey.parse(l));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        return new TrustedKeys(keys);
    }

    /** Verifies and applies one scanned code; returns the config the kiosk now runs with. */
    public KioskConfig apply(String scanned) throws ProvisioningCodeException, IOException {
        ProvisioningCode.Verified verified = ProvisioningCode.verify(scanned, countyKeys);
        KioskConfig config;
        try {
            config = new ConfigLoader().parse(verified.configToml(), "provisioning code");
        } catch (ConfigException e) {
            throw new ProvisioningCodeException(Reason.BAD_CONFIG,
                    "配置二维码中的配置无效 / the code's config is not valid:\n" + e.getMessage());
        }
        Path dir = configFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".kiosk", ".toml");
        Files.writeString(temp, "# From a provisioning code signed by county key " + verified.signer().id() + "\n"
                + verified.configToml(), StandardCharsets.UTF_8);
        // A power cut during set-up leaves no config or the whole one, never half a file.
        Files.move(temp, configFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return config;
    }
}
