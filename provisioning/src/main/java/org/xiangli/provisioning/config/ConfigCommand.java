package org.xiangli.provisioning.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigDocs;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigKey;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.ConfigSchema;
import org.xiangli.kiosk.config.KioskConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kioskctl config check|example|keys}: the kiosk's own config schema ({@link ConfigSchema}), from the command
 * line.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Check a kiosk config file, or print an example with every key.", "检查或生成终端配置文件。"},
        subcommands = {ConfigCommand.Check.class, ConfigCommand.Example.class, ConfigCommand.Keys.class})
public final class ConfigCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate FILE exactly as the kiosk does at startup; exit 0 if it can be used.")
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", defaultValue = "/etc/xiangli/kiosk.toml")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                System.err.println("no config file at " + file);
                return 2;
            }
            try {
                KioskConfig config = new ConfigLoader().load(file);
                System.out.println("OK: " + file + " (station " + config.station().code() + " "
                        + config.station().name() + ")");
                return 0;
            } catch (ConfigException e) {
                System.err.println(e.getMessage());
                return 1;
            } catch (IOException e) {
                System.err.println("cannot read " + file + ": " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "example", mixinStandardHelpOptions = true,
            description = "Print a config file with every key at its default, commented.")
    static final class Example implements Runnable {
        @Override
        public void run() {
            System.out.print(ConfigDocs.exampleToml());
        }
    }

    @Command(name = "keys", mixinStandardHelpOptions = true,
            description = "List every config key with its default; 'remote' marks keys the county hub may set.")
    static final class Keys implements Runnable {
        @Override
        public void run() {
            for (ConfigKey<?> key : ConfigSchema.KEYS) {
                String shown = key.documentedDefault();
                System.out.printf("%-32s %-24s %-6s %s%n", key.name(),
                        shown.length() > 24 ? shown.substring(0, 21) + "..." : shown,
                        key.remoteSettable() ? "remote" : "local", key.description());
            }
        }
    }
}
