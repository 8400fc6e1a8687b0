package org.xiangli.provisioning.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs system programs (systemd-sysusers, systemctl), passing their output on to kioskctl's error stream. */
public final class SystemCommands implements Installer.Commands {

    @Override
    public int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        if (!output.isBlank()) {
            System.err.print(output.endsWith("\n") ? output : output + "\n");
        }
        return code;
    }

    /** Whether this process runs as root, so it may give files to the kiosk user. */
    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
