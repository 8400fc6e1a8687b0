package org.xiangli.provisioning.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.StationTemplate;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.StoreException;
import org.xiangli.provisioning.station.ServicesCommand;
import org.xiangli.provisioning.station.StationQueue;
import org.xiangli.provisioning.store.KioskStore;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.config.PinHash;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl init}: writes a validated kiosk config; never overwrites one without {@code --force}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write the kiosk config (station, content feed, trusted publisher key, device ports, "
            + "orientation) after checking it exactly as the kiosk will. Refuses to overwrite without --force.",
            "写入终端配置（站点、内容源、发布者公钥、设备端口、屏幕方向），写入前按终端规则校验；已有配置需加 --force。"})
public final class InitCommand implements Callable<Integer> {

    @Option(names = "--station-code", required = true, description = "station code from the county register")
    String stationCode;

    @Option(names = "--station-name", required = true, description = "station name, e.g. 青石村综合服务站")
    String stationName;

    @Option(names = "--feed-url", description = "content feed URL (http/https); none = USB sticks only")
    String feedUrl;

    @Option(names = "--trusted-key", paramLabel = "KEY|FILE",
            description = "a publisher key 'ed25519:...' or a publisher.pub file; repeatable")
    List<String> trustedKeys = new ArrayList<>();

    @Option(names = "--orientation", description = "landscape or portrait")
    String orientation;

    @Option(names = "--devices", description = "hardware or simulated (default hardware)", defaultValue = "hardware")
    String devices;

    @Option(names = "--card-reader-port", description = "ID-card reader port, e.g. /dev/ttyUSB0")
    String cardReaderPort;

    @Option(names = "--scanner-port", description = "QR scanner port, e.g. /dev/ttyACM0")
    String scannerPort;

    @Option(names = "--printer", description = "serial:/dev/PORT[@BAUD], usb:/dev/usb/lpN, tcp:HOST:PORT or none")
    String printer;

    @Option(names = "--staff-port", description = "staff console port")
    Integer staffPort;

    @Option(names = "--screen-off", paramLabel = "HH:MM", description = "turn the screen off at this time each night")
    String screenOff;

    @Option(names = "--screen-on", paramLabel = "HH:MM", description = "turn the screen on at this time each morning")
    String screenOn;

    @Option(names = "--pin", description = "technician PIN, 6-12 digits (stored as a hash); without it a new PIN is "
            + "made and printed once", interactive = false)
    String pin;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "/etc/xiangli/kiosk.toml",
            description = "config file to write (default ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--force", description = "overwrite an existing config")
    boolean force;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the kiosk's data folder (data.dir; default /var/lib/xiangli)")
    Path dataDir;

    @Option(names = "--services-template", paramLabel = "FILE", description = "the station's services and windows "
            + "(TOML; default: the built-in template of a village station); used only when the station has none")
    Optional<Path> servicesTemplate = Optional.empty();

    @Option(names = "--no-services", description = "leave the station without services and windows")
    boolean noServices;

    /** Made when no --pin was given; shown once, after the config is written, and kept nowhere but as a hash. */
    private String generatedPin;

    @Override
    public Integer call() {
        if (Files.exists(output) && !force) {
            System.err.println("配置已存在，未覆盖（如需覆盖请加 --force） / " + output
                    + " exists; not overwritten (use --force)");
            return 1;
        }
        ConfigDraft draft;
        try {
            draft = draft();
        } catch (IOException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        StationTemplate template = null;
        if (!noServices) {
            try {
                template = ServicesCommand.load(servicesTemplate);
            } catch (IOException | StationTemplate.InvalidTemplate e) {
                System.err.println("模板无效，未写入 / the services template cannot be used, nothing written:\n"
                        + e.getMessage());
                return 1;
            }
        }
        KioskConfig config;
        try {
            config = draft.validate(output.toString());
        } catch (ConfigException e) {
            System.err.println("配置无效，未写入 / the config is not valid, nothing written:\n" + e.getMessage());
            return 1;
        }
        try {
            write(output, draft.toToml());
        } catch (IOException e) {
            System.err.println("无法写入配置 / cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        System.out.println("配置已写入 / config written: " + output + " (station " + config.station().code() + " "
                + config.station().name() + ")");
        if (generatedPin != null) {
            System.out.println("技术员密码（只显示这一次，请记下） / technician PIN (shown only now, write it down): "
                    + generatedPin);
        }
        if (template != null && !seed(config.dataDir().resolve("kiosk.db"), template)) {
            return 1;
        }
        System.out.println("next: sudo kioskctl install && sudo reboot");
        return 0;
    }

    /**
     * A new station gets the template's services and windows, so villagers can take tickets and staff can log in
     * at a window; a station that has services keeps them (an init --force to change a port must not undo the
     * admin's work).
     */
    private static boolean seed(Path database, StationTemplate template) {
        try (Database db = KioskStore.open(database)) {
            QueueAdmin admin = StationQueue.admin(db);
            if (!admin.services().isEmpty()) {
                System.out.println("办事项目保持不变 / the station's " + admin.services().size()
                        + " services are kept (kioskctl services list)");
                return true;
            }
            template.applyTo(admin);
            System.out.println(ServicesCommand.seeded(template));
            return true;
        } catch (StoreException | InvalidInput e) {
            System.err.println("配置已写入，但办事项目未写入 / the config is written, but not the services: "
                    + database + ": " + e.getMessage() + " (then: kioskctl services seed)");
            return false;
        }
    }

    private ConfigDraft draft() throws IOException {
        ConfigDraft draft = new ConfigDraft()
                .set("station.code", stationCode)
                .set("station.name", stationName)
                .set("devices.mode", devices);
        if (feedUrl != null) {
            draft.set("content.feed_url", feedUrl);
        }
        if (!trustedKeys.isEmpty()) {
            List<String> keys = new ArrayList<>();
            for (String key : trustedKeys) {
                keys.add(key.startsWith("ed25519:") ? key : trustedKeyFile(Path.of(key)));
            }
            draft.setList("content.trusted_keys", keys);
        }
        if (dataDir != null) {
            draft.set("data.dir", dataDir.toAbsolutePath().toString());
        }
        setIf(draft, "display.orientation", orientation);
        setIf(draft, "devices.card_reader_port", cardReaderPort);
        setIf(draft, "devices.scanner_port", scannerPort);
        setIf(draft, "devices.printer", printer);
        setIf(draft, "display.screen_off", screenOff);
        setIf(draft, "display.screen_on", screenOn);
        if (staffPort != null) {
            draft.setNumber("staff.port", staffPort);
        }
        if (pin != null) {
            Optional<String> problem = TechnicianPins.problem(pin);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("--pin: " + problem.get());
            }
        }
        draft.set("technician.pin_hash", PinHash.hash(technicianPin()));
        return draft;
    }

    /** A publisher.pub file's key; a file that is missing or unreadable is said in words, never by its name alone. */
    private static String trustedKeyFile(Path file) throws IOException {
        try {
            return PublisherKeyFiles.readPublic(file).encoded();
        } catch (NoSuchFileException e) {
            throw new IOException("--trusted-key " + file + ": no such file (give the county's publisher.pub, or the "
                    + "key itself as ed25519:...) / 找不到公钥文件", e);
        } catch (AccessDeniedException e) {
            throw new IOException("--trusted-key " + file + ": permission denied / 无权读取公钥文件", e);
        }
    }

    /** The PIN given, or one made now (and printed once the config is written). */
    private String technicianPin() {
        if (pin == null) {
            generatedPin = TechnicianPins.generate();
            return generatedPin;
        }
        return pin;
    }

    private static void setIf(ConfigDraft draft, String key, String value) {
        if (value != null) {
            draft.set(key, value);
        }
    }

    /** Writes beside the target and renames, so a power cut leaves the old config or the new one, never half. */
    static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".kiosk", ".toml",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
