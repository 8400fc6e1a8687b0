package org.xiangli.provisioning.setup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigEditor;
import org.xiangli.kiosk.config.PinHash;
import org.xiangli.provisioning.users.PasswordInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kioskctl pin set}: a new technician PIN for a device already set up, without {@code init} again (which
 * rewrites the whole config). Only its hash is written; the rest of the file, its mode and group stay.
 */
@Command(name = "pin", mixinStandardHelpOptions = true,
        description = {"Change the technician PIN in the kiosk's config (stored as a hash).", "修改技术员密码。"},
        subcommands = {PinCommand.Set.class})
public final class PinCommand {

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set a new technician PIN: typed twice, read from stdin, or made at random and shown once.",
                "设置新的技术员密码（输入两次、从标准输入读取，或随机生成并只显示一次）。"})
    static final class Set implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/xiangli/kiosk.toml",
                description = "the kiosk's config (default: ${DEFAULT-VALUE})")
        Path config;

        @Option(names = "--pin-stdin", description = "Read the PIN from the first line of stdin.")
        boolean fromStdin;

        @Option(names = "--generate", description = "Make a random PIN and print it once.")
        boolean generate;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isRegularFile(config)) {
                err.println("no config at " + config + ": set the kiosk up first (kioskctl init) / 未找到配置文件，请先运行 "
                        + "kioskctl init");
                return 2;
            }
            Optional<String> pin = generate ? Optional.of(TechnicianPins.generate())
                    : PasswordInput.read(fromStdin, System.in, "New technician PIN / 新技术员密码: ");
            if (pin.isEmpty()) {
                err.println(fromStdin ? "no PIN on stdin / 标准输入中没有密码"
                        : "the PINs differ or no terminal (use --pin-stdin or --generate) / 两次输入不一致或无终端");
                return 2;
            }
            Optional<String> problem = TechnicianPins.problem(pin.get());
            if (problem.isPresent()) {
                err.println(problem.get());
                return 2;
            }
            try {
                ConfigEditor.setAtDevice(config, Map.of("technician.pin_hash", PinHash.hash(pin.get())));
            } catch (ConfigEditor.Refused e) {
                err.println("the config was left as it was: " + e.getMessage() + " / 配置文件未改动");
                return 3;
            }
            if (generate) {
                out.println("技术员密码（只显示这一次，请记下） / technician PIN (shown only now, write it down): "
                        + pin.get());
            }
            out.println("technician PIN set in " + config + "; the kiosk uses it after a restart: "
                    + "sudo systemctl restart xiangli-kiosk / 技术员密码已更新，重启终端后生效");
            return 0;
        }
    }
}
