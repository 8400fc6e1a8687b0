package org.xiangli.county;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import org.xiangli.county.broker.FleetAcl;
import org.xiangli.county.broker.MosquittoPasswords;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.keys.PublisherKeyFiles;

/**
 * The hub's data directory: {@code hub.properties} (the county's id, the broker), {@code hub.db}, the hub's own
 * broker credential ({@code hub.credential}, owner-only), the county's signing key ({@code county.key}, unless
 * another file is named) and the credentials issued to stations ({@code credentials/STATION.credential}).
 */
public record HubHome(Path dir) {

    public static final String PROPERTIES = "hub.properties";
    public static final String DATABASE = "hub.db";
    public static final String HUB_CREDENTIAL = "hub.credential";
    public static final String COUNTY_KEY = "county.key";
    public static final String CREDENTIALS = "credentials";
    public static final String PUBLISHER_DIR = "publisher";

    /** The settings {@code init} wrote. */
    public record Settings(String county, String brokerUrl) {
    }

    public static HubHome init(Path dir, String county, String brokerUrl) throws IOException {
        if (!FleetTopics.isId(county)) {
            throw new IllegalArgumentException("a county id is 1-32 letters, digits or '-': " + county);
        }
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("county", county);
        p.setProperty("broker", brokerUrl);
        try (Writer w = Files.newBufferedWriter(dir.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
            p.store(w, "Xiangli county hub (county.jar init)");
        }
        HubHome home = new HubHome(dir);
        home.hubCredential();
        return home;
    }

    public Settings settings() throws IOException {
        Path file = dir.resolve(PROPERTIES);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no " + file + ": run 'county.jar init --county ID --data " + dir + "' first");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new Settings(p.getProperty("county"), p.getProperty("broker", "tcp://127.0.0.1:1883"));
    }

    public Path database() {
        return dir.resolve(DATABASE);
    }

    /** The hub's broker credential, made on first use (user {@code hub}, a random password, mode 600). */
    public FleetCredential hubCredential() throws IOException {
        Path file = dir.resolve(HUB_CREDENTIAL);
        if (!Files.exists(file)) {
            writeSecret(file, "# The county hub's own broker login (user hub). Keep it secret.\n"
                    + FleetCredential.USER + FleetAcl.DEFAULT_HUB_USER + "\n" + FleetCredential.PASSWORD
                    + MosquittoPasswords.newPassword() + "\n");
        }
        return FleetCredential.read(file);
    }

    /** The county's signing key: {@code given}, else {@code county.key} here if there is one. */
    public Optional<PublisherKeyFiles.Signer> countyKey(Optional<Path> given) throws IOException {
        Path file = given.orElse(dir.resolve(COUNTY_KEY));
        if (given.isEmpty() && !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(PublisherKeyFiles.readPrivate(file));
    }

    /**
     * The key the hub signs content bundles with (issue 17): {@code publisher/publisher.key}, made on first use with
     * mode 600 beside its {@code publisher.pub}, which goes into every kiosk's {@code content.trusted_keys}. It never
     * leaves this folder: the editors' browsers only ask the hub to publish. A key others may read is refused.
     */
    public PublisherKeyFiles.Signer publisherKey() throws IOException {
        Path folder = dir.resolve(PUBLISHER_DIR);
        Path file = folder.resolve(PublisherKeyFiles.PRIVATE_FILE);
        if (!Files.exists(file)) {
            PublisherKeyFiles.generate(folder);
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
            throw new IOException(file + " may be read by others (" + PosixFilePermissions.toString(perms)
                    + "): chmod 600 it — anyone who reads it can publish to every kiosk of the county");
        }
        return PublisherKeyFiles.readPrivate(file);
    }

    /** Where the signed bundles for the feed are kept, a folder per station. */
    public Path feedDir() {
        return dir.resolve("feed");
    }

    public Path credentialFile(String station) {
        return dir.resolve(CREDENTIALS).resolve(station + ".credential");
    }

    public static void writeSecret(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
