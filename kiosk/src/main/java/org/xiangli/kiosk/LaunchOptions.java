package org.xiangli.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The kiosk's command line: {@code [--demo] [--data DIR] [--config FILE] [--headless] [--windowed] ...}. */
public record LaunchOptions(
        boolean demo,
        Optional<Path> dataDir,
        Optional<Path> configFile,
        boolean headless,
        boolean windowed,
        Optional<Integer> staffPort,
        Optional<int[]> windowSize,
        Optional<Path> screenshot,
        boolean exitAfterStart,
        boolean largeText,
        Optional<Path> scenario,
        Optional<LocalDate> demoDate,
        boolean aotTraining,
        boolean help) {

    public static final String USAGE = """
            Usage: java -jar kiosk.jar [options]
              --demo             demo mode: simulated devices and demo content (loaded into an empty store)
              --data DIR         data directory (database); default from the config (data.dir)
              --config FILE      config file; default $XIANGLI_CONFIG, else /etc/xiangli/kiosk.toml if present
              --headless         run with no window on JavaFX's headless platform (tests, benchmarks)
              --windowed         a normal window instead of full screen (development)
              --size WxH         window size, e.g. 1080x1920 for a portrait kiosk
              --large-text       start in large-text mode (大字模式)
              --screenshot FILE  with --headless: write the first home frame as a PNG
              --exit-after-start exit once the first home frame is drawn (smoke tests, AOT cache training)
              --scenario FILE    with --demo (or --headless, on this station's own store): run FILE's steps
                                 against the kiosk, then exit 0 when every step held, 1 at the first that
                                 did not (its line, the step and the screen's words);
                                 the staff console then listens on any free port unless --staff-port says
              --staff-port N     port of the staff web console (overrides staff.port; 0: any free port)
              --demo-date DATE   with --demo: the kiosk's clock runs as on DATE (YYYY-MM-DD), and the demo
                                 ledger's months count back from it (training, the example scenarios)
              --aot-training     with --scenario: the AOT cache's training run (xiangli-aot-train): the
                                 villager's screens only, no staff console and no county link, whose
                                 classes would otherwise be loaded ahead at every start
              --help             this text""";

    /** Thrown for a command line that cannot be used; the message says which argument and why. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static LaunchOptions parse(List<String> args) throws UsageException {
        boolean demo = false;
        boolean headless = false;
        boolean windowed = false;
        boolean help = false;
        boolean exitAfterStart = false;
        boolean largeText = false;
        boolean aotTraining = false;
        Optional<Path> scenario = Optional.empty();
        Optional<Path> data = Optional.empty();
        Optional<Path> config = Optional.empty();
        Optional<Integer> port = Optional.empty();
        Optional<int[]> size = Optional.empty();
        Optional<Path> screenshot = Optional.empty();
        Optional<LocalDate> demoDate = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--demo" -> demo = true;
                case "--headless" -> headless = true;
                case "--windowed" -> windowed = true;
                case "--help", "-h" -> help = true;
                case "--exit-after-start" -> exitAfterStart = true;
                case "--large-text" -> largeText = true;
                case "--aot-training" -> aotTraining = true;
                case "--scenario" -> scenario = Optional.of(Path.of(value(args, ++i, arg)));
                case "--data" -> data = Optional.of(Path.of(value(args, ++i, arg)));
                case "--config" -> config = Optional.of(Path.of(value(args, ++i, arg)));
                case "--staff-port" -> port = Optional.of(port(value(args, ++i, arg)));
                case "--size" -> size = Optional.of(size(value(args, ++i, arg)));
                case "--screenshot" -> screenshot = Optional.of(Path.of(value(args, ++i, arg)));
                case "--demo-date" -> demoDate = Optional.of(date(value(args, ++i, arg)));
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        // Outside the demo a scenario is a technician's check on the station's own store (the ticket it takes stays
        // taken), so only headless: never on a kiosk's live screen.
        if (scenario.isPresent() && !demo && !headless && !help) {
            throw new UsageException("--scenario needs --demo, or --headless for a check on this station's own"
                    + " store: a scenario drives the kiosk and changes the store");
        }
        if (demoDate.isPresent() && !demo) {
            throw new UsageException("--demo-date needs --demo: a station's clock is the real one");
        }
        if (aotTraining && scenario.isEmpty()) {
            throw new UsageException("--aot-training needs --scenario: the training is a walk through the screens");
        }
        if (scenario.isPresent() && exitAfterStart) {
            throw new UsageException("--scenario and --exit-after-start cannot go together");
        }
        return new LaunchOptions(demo, data, config, headless, windowed, port, size, screenshot, exitAfterStart,
                largeText, scenario, demoDate, aotTraining, help);
    }

    /**
     * The kiosk's clock in {@code zone}: the system's, or with {@code --demo-date} the system's moved by whole days,
     * so that it is that day here (the time of day, and time passing, stay real).
     */
    public Clock clock(ZoneId zone) {
        Clock system = Clock.system(zone);
        return demoDate.map(day -> Clock.offset(system,
                Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(system), day)))).orElse(system);
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--demo-date expects a date YYYY-MM-DD, e.g. 2026-11-23, got '" + text + "'");
        }
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int port(String text) throws UsageException {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--staff-port expects a port 0-65535 (0: any free port), got '" + text + "'");
    }

    private static int[] size(String text) throws UsageException {
        String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0]);
                int h = Integer.parseInt(parts[1]);
                if (w >= 640 && h >= 480 && w <= 7680 && h <= 7680) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--size expects WIDTHxHEIGHT (640-7680), e.g. 1920x1080, got '" + text + "'");
    }
}
