package org.xiangli.provisioning.diag;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.StoreException;
import org.xiangli.provisioning.devices.ConfiguredDevice;
import org.xiangli.provisioning.PackageVersion;
import org.xiangli.provisioning.store.NoFollowFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl diag -o FILE}: one zip for support, with every secret taken out. */
@Command(name = "diag", mixinStandardHelpOptions = true,
        description = {"Write one zip for support: versions, config (secrets redacted), device statuses, database "
            + "integrity check, recent logs, disk and memory.",
            "导出诊断包（zip）：版本、配置（已去除密钥）、设备状态、数据库完整性、近期日志、磁盘和内存。"})
public final class DiagCommand implements Callable<Integer> {

    /** Only the end of each log file: the recent past is what support reads, and the zip must fit a chat. */
    private static final int LOG_TAIL_BYTES = 512 * 1024;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "zip file to write")
    Path output;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/xiangli/kiosk.toml",
            description = "kiosk config (default ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--db", paramLabel = "FILE", description = "kiosk database (default: data.dir/kiosk.db)")
    Path db;

    @Option(names = "--log-dir", paramLabel = "DIR", defaultValue = "/var/log/xiangli",
            description = "log folder (default ${DEFAULT-VALUE})")
    Path logDir;

    @Option(names = "--keys-dir", paramLabel = "DIR", defaultValue = "/etc/xiangli/keys",
            description = "device keys, read only to make sure none of them leaks into the zip")
    Path keysDir;

    @Option(names = "--kiosk-user", paramLabel = "NAME", defaultValue = "xiangli",
            description = "the user the kiosk runs as, whose access to its files is checked (default ${DEFAULT-VALUE})")
    String kioskUser;

    @Option(names = "--no-system", negatable = false,
            description = "leave out journalctl and systemctl output (tests, containers)")
    boolean noSystem;

    @Override
    public Integer call() throws IOException {
        String configText = readConfig();
        Optional<KioskConfig> parsed = Optional.empty();
        String configProblem = "";
        try {
            parsed = configText.isEmpty() ? Optional.empty()
                    : Optional.of(new ConfigLoader().parse(configText, config.toString()));
        } catch (ConfigException e) {
            configProblem = e.getMessage();
        }
        Redactor redactor = new Redactor(knownSecrets(parsed));
        // 0600 and renamed into place: it holds the kiosk's logs, and a link planted at -o is replaced, not followed.
        Optional<KioskConfig> found = parsed;
        String problem = configProblem;
        NoFollowFiles.write(output, "rw-------", out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            writeEntries(zip, configText, found, problem, redactor);
            zip.finish();
        });
        System.out.println("诊断包已写入 / diagnostics written to " + output + " (" + Files.size(output) / 1024
                + " KB; secrets redacted)");
        System.out.print(PackageVersion.line());
        // What stops a kiosk far from its cause, said here too, not only inside the zip.
        List<String> problems = accessProblems(found);
        for (String p : problems) {
            System.out.println("问题 / problem: " + p);
        }
        return 0;
    }

    private void writeEntries(ZipOutputStream zip, String configText, Optional<KioskConfig> parsed, String problem,
                              Redactor redactor) throws IOException {
        put(zip, "README.txt", "Xiangli diagnostics, " + Instant.now() + ". Secrets are replaced by "
                + Redactor.MARK + ".\n");
        put(zip, "versions.txt", SystemFacts.versions() + PackageVersion.line());
        List<String> access = accessProblems(parsed);
        put(zip, "access.txt", "files the kiosk user " + kioskUser + " needs:\n" + (access.isEmpty()
                ? "all can be opened\n" : String.join("\n", access) + "\n"));
        put(zip, "config.toml", configText.isEmpty() ? "(no config at " + config + ")\n"
                : redactor.redact(configText) + (problem.isEmpty() ? ""
                : "\n# PROBLEMS:\n# " + redactor.redact(problem).replace("\n", "\n# ") + "\n"));
        put(zip, "devices.txt", devices(parsed));
        put(zip, "database.txt", database(parsed));
        put(zip, "system.txt", SystemFacts.diskAndMemory(List.of(
                parsed.map(KioskConfig::dataDir).orElse(Path.of("/var/lib/xiangli")), logDir, Path.of("/")))
                + (noSystem ? "" : "\n" + SystemFacts.command(List.of("systemctl", "--no-pager", "status",
                "xiangli-kiosk.service", "xiangli-sync.timer", "xiangli-sync.service"))));
        if (!noSystem) {
            put(zip, "logs/journal.txt", redactor.redact(SystemFacts.command(List.of("journalctl", "--no-pager",
                    "-n", "3000", "-u", "xiangli-kiosk.service", "-u", "xiangli-sync.service"))));
        }
        for (Path log : logFiles()) {
            put(zip, "logs/" + log.getFileName(), redactor.redact(tail(log)));
        }
    }

    /**
     * Each file or folder the kiosk's user needs and cannot open, with its mode and owner: the config, the data
     * folder and database, the log folder, the county keys, the staff console's TLS files, the fleet credential;
     * and the payments data key, which systemd hands over (LoadCredential=) and so must only exist.
     */
    private List<String> accessProblems(Optional<KioskConfig> parsed) {
        Optional<KioskUserAccess.Account> account;
        try {
            account = KioskUserAccess.find(kioskUser, Path.of("/etc/passwd"), Path.of("/etc/group"));
        } catch (IOException | RuntimeException e) {
            return List.of("cannot read the users (" + e.getMessage() + ")");
        }
        if (account.isEmpty()) {
            return List.of("there is no user " + kioskUser + " (install the package, or sudo kioskctl install)");
        }
        KioskUserAccess access = new KioskUserAccess(account.get());
        List<String> out = new ArrayList<>();
        java.util.function.BiConsumer<Path, KioskUserAccess.Need> need = (path, what) ->
                access.problem(path, what).ifPresent(p -> out.add(kioskUser + ": " + p));
        if (Files.exists(config)) {
            need.accept(config, KioskUserAccess.Need.READ);
        }
        Path data = parsed.map(KioskConfig::dataDir).orElse(Path.of("/var/lib/xiangli"));
        need.accept(data, KioskUserAccess.Need.LIST_WRITE);
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path file = data.resolve("kiosk.db" + suffix);
            if (Files.exists(file)) {
                need.accept(file, KioskUserAccess.Need.READ_WRITE);
            }
        }
        if (Files.isDirectory(logDir)) {
            need.accept(logDir, KioskUserAccess.Need.LIST_WRITE);
        }
        Path countyKeys = config.resolveSibling("county-keys.pub");
        if (Files.exists(countyKeys)) {
            need.accept(countyKeys, KioskUserAccess.Need.READ);
        }
        parsed.ifPresent(c -> {
            for (String tls : List.of(c.staff().tlsCert(), c.staff().tlsKey())) {
                if (!tls.isEmpty()) {
                    need.accept(Path.of(tls), KioskUserAccess.Need.READ);
                }
            }
            c.fleet().ifPresent(f -> need.accept(f.credentialFile(), KioskUserAccess.Need.READ));
        });
        Path paymentsKey = keysDir.resolve("payments-data.key");
        if (Files.isDirectory(keysDir) && !Files.exists(paymentsKey)) {
            out.add(paymentsKey + ": missing; the kiosk unit cannot start (243/CREDENTIALS): sudo kioskctl install "
                    + "--keys-only");
        }
        return out;
    }

    private List<String> knownSecrets(Optional<KioskConfig> parsed) {
        List<String> secrets = new ArrayList<>();
        parsed.ifPresent(c -> secrets.add(c.technician().pinHash()));
        if (Files.isDirectory(keysDir) && Files.isReadable(keysDir)) {
            try (Stream<Path> files = Files.list(keysDir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        int colon = line.indexOf(':');
                        if ((line.startsWith("pkcs8:") || line.startsWith("aes256:")) && colon > 0) {
                            secrets.add(line.substring(colon + 1).strip());
                        }
                    }
                }
            } catch (IOException e) {
                System.err.println("cannot read " + keysDir + " (" + e.getMessage() + "); key patterns still redacted");
            }
        }
        return secrets;
    }

    private static String devices(Optional<KioskConfig> parsed) {
        if (parsed.isEmpty()) {
            return "(no usable config)\n";
        }
        KioskConfig c = parsed.get();
        StringBuilder sb = new StringBuilder("mode " + c.devices().mode() + "\n");
        for (ConfiguredDevice device : ConfiguredDevice.of(c)) {
            sb.append(String.format("%-8s %-24s %s%n", device.kind(), device.port(), device.nodeStatus()));
        }
        var voice = org.xiangli.kiosk.speech.Speech.statusOnPath();
        sb.append(String.format("%-8s %-24s %s%n", "voice", "espeak-ng",
                voice.isOnline() ? "ready" : "MISSING: " + voice.reason().english() + " (" + voice.detail() + ")"));
        sb.append("\nfull test: kioskctl selftest all\n");
        return sb.toString();
    }

    private String database(Optional<KioskConfig> parsed) {
        Path file = db != null ? db : parsed.map(c -> c.dataDir().resolve("kiosk.db"))
                .orElse(Path.of("/var/lib/xiangli/kiosk.db"));
        if (!NoFollowFiles.isPlainFile(file)) {
            // A link is not opened: as root, SQLite would read (and migrate) whatever it points to.
            return (Files.isSymbolicLink(file) ? "a symbolic link, not opened: " : "no database at ") + file + "\n";
        }
        try (Database database = Database.open(file)) {
            return "file " + file + " (" + Files.size(file) / 1024 + " KB)\nschema version "
                    + database.schemaVersion() + "\nintegrity_check: " + database.integrityCheck() + "\n";
        } catch (StoreException | IOException e) {
            return "database " + file + " cannot be opened: " + e.getMessage() + "\n";
        }
    }

    private List<Path> logFiles() throws IOException {
        if (!Files.isDirectory(logDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logDir)) {
            // Links too: tail() says in the zip that it did not follow them.
            return files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || Files.isSymbolicLink(f)).sorted().toList();
        }
    }

    /**
     * The end of one log. The log folder is the kiosk user's: a link there to a root-only file is not followed
     * (diag runs as root), and says so in the zip instead.
     */
    private static String tail(Path file) {
        try {
            return new String(NoFollowFiles.readTail(file, LOG_TAIL_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(not read: " + e.getMessage() + ")\n";
        }
    }

    /** The config as written, never through a link (the kiosk writes kiosk.toml in zero-touch set-up). */
    private String readConfig() throws IOException {
        if (!Files.exists(config, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        if (!NoFollowFiles.isPlainFile(config)) {
            System.err.println(config + " is not a regular file (a symbolic link?): left out of the zip");
            return "";
        }
        return NoFollowFiles.readText(config, 1 << 20);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
