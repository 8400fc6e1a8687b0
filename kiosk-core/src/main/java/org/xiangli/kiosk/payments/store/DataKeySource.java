package org.xiangli.kiosk.payments.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the payments data key is read from. On a device the key file is root-only and the kiosk runs as
 * {@code xiangli}, so systemd hands it over as the credential {@value #CREDENTIAL}
 * ({@code LoadCredential=} in {@code xiangli-kiosk.service}): the kiosk reads
 * {@code $CREDENTIALS_DIRECTORY/payments.key} when systemd set that up, else the configured file (a developer's
 * machine). Demo mode makes its own key in its data directory, as before.
 */
public final class DataKeySource {

    /** The credential name in the kiosk unit's {@code LoadCredential=payments.key:...}. */
    public static final String CREDENTIAL = "payments.key";

    private final List<Path> candidates;
    private final boolean create;

    private DataKeySource(List<Path> candidates, boolean create) {
        this.candidates = List.copyOf(candidates);
        this.create = create;
    }

    /**
     * The kiosk on a device or a developer's machine: the systemd credential, then {@code configured}.
     *
     * @param environment the process environment ({@code System.getenv()}; tests pass their own)
     */
    public static DataKeySource kiosk(Path configured, Map<String, String> environment) {
        List<Path> files = new ArrayList<>();
        credential(environment).ifPresent(files::add);
        files.add(configured);
        return new DataKeySource(files, false);
    }

    /** Demo mode and tests: {@code file}, created (owner-only) when missing. */
    public static DataKeySource demo(Path file) {
        return new DataKeySource(List.of(file), true);
    }

    /** The first of {@code files} that exists (kioskctl, running as root: the device key, then the config's). */
    public static DataKeySource firstOf(List<Path> files) {
        return new DataKeySource(files, false);
    }

    /** {@code $CREDENTIALS_DIRECTORY/payments.key}, when systemd passed credentials to this process. */
    static Optional<Path> credential(Map<String, String> environment) {
        String dir = environment.get("CREDENTIALS_DIRECTORY");
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(dir, CREDENTIAL));
    }

    /** The file the key is (or would be) read from: the first candidate that exists, else the last one. */
    public Path file() {
        return candidates.stream().filter(Files::exists).findFirst().orElse(candidates.getLast());
    }

    /** Reads the key (creating it first in demo mode); the message says where it looked and what to do. */
    public DataKey load() throws IOException {
        if (create) {
            DataKey.createIfMissing(candidates.getFirst());
        }
        Path file = file();
        if (!Files.exists(file)) {
            throw new IOException("no payments data key (looked for " + String.join(", ",
                    candidates.stream().map(Path::toString).toList()) + "); run 'kioskctl enroll' as root");
        }
        try {
            return DataKey.load(file);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot read the payments data key " + file + " (root only); on a device the "
                    + "kiosk unit passes it as the systemd credential '" + CREDENTIAL + "' (LoadCredential=)", e);
        }
    }

    @Override
    public String toString() {
        return "DataKeySource" + candidates;
    }
}
