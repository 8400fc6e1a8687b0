package org.xiangli.county;

import org.xiangli.county.cli.BrokerConfigCommand;
import org.xiangli.county.cli.CommandCommand;
import org.xiangli.county.cli.DemoCommand;
import org.xiangli.county.cli.InitCommand;
import org.xiangli.county.cli.RegisterCommand;
import org.xiangli.county.cli.ServeCommand;
import org.xiangli.county.cli.SimulateCommand;
import org.xiangli.county.cli.UserCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar county.jar COMMAND}: the county hub and its tools. */
@Command(name = "county.jar", mixinStandardHelpOptions = true, version = "Xiangli county hub 0.1",
        description = {"The county hub of Xiangli kiosks: every station seen and reachable from one place.",
            "乡里县级终端管理平台：全县终端的状态、告警与远程操作。"},
        subcommands = {InitCommand.class, UserCommand.class, RegisterCommand.class, BrokerConfigCommand.class,
            ServeCommand.class, CommandCommand.class, DemoCommand.class, SimulateCommand.class})
public final class CountyMain {

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new CountyMain()).execute(args));
    }
}
