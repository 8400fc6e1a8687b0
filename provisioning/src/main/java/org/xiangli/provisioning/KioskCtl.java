package org.xiangli.provisioning;

import org.xiangli.provisioning.config.ConfigCommand;
import org.xiangli.provisioning.devices.DetectCommand;
import org.xiangli.provisioning.devices.SelftestCommand;
import org.xiangli.provisioning.devices.SimulateCommand;
import org.xiangli.provisioning.content.ContentCommand;
import org.xiangli.provisioning.batch.BatchCommand;
import org.xiangli.provisioning.diag.DiagCommand;
import org.xiangli.provisioning.enroll.EnrollCommand;
import org.xiangli.provisioning.fleet.FleetCommand;
import org.xiangli.provisioning.install.InstallCommand;
import org.xiangli.provisioning.keys.KeysCommand;
import org.xiangli.provisioning.users.UsersCommand;
import org.xiangli.provisioning.setup.InitCommand;
import org.xiangli.provisioning.setup.PinCommand;
import org.xiangli.provisioning.station.ServicesCommand;
import org.xiangli.provisioning.station.WindowsCommand;
import org.xiangli.provisioning.sync.SyncCommand;
import org.xiangli.provisioning.payments.PaymentsCommand;
import org.xiangli.provisioning.tls.TlsCommand;
import org.xiangli.kiosk.ops.JournalFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kioskctl}: the technicians' and publishers' command line. Each subcommand lives in its feature package. */
@Command(name = "kioskctl", mixinStandardHelpOptions = true, versionProvider = KioskCtl.Version.class,
        description = {"Xiangli kiosk tool for technicians and publishers.", "乡里自助终端 技术人员工具。"},
        subcommands = {
            ConfigCommand.class,
            SelftestCommand.class,
            DetectCommand.class,
            SimulateCommand.class,
            KeysCommand.class,
            ContentCommand.class,
            UsersCommand.class,
            ServicesCommand.class,
            WindowsCommand.class,
            InstallCommand.class,
            InitCommand.class,
            PinCommand.class,
            EnrollCommand.class,
            DiagCommand.class,
            SyncCommand.class,
            BatchCommand.class,
            PaymentsCommand.class,
            TlsCommand.class,
            FleetCommand.class,
            CommandLine.HelpCommand.class
        })
public final class KioskCtl implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** {@code -V}: kioskctl's version and the installed package's, as diag's versions.txt has them. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kioskctl " + PackageVersion.kioskctl(), PackageVersion.line().strip()};
        }
    }

    public static void main(String[] args) {
        // Pi4J logs through SLF4J; kioskctl logs through System.Logger and binds no SLF4J backend,
        // so SLF4J's "no providers" notice would only confuse technicians.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        // Under systemd (xiangli-sync.service) journald grades each line by its priority prefix.
        JournalFormatter.install();
        System.exit(run(args));
    }

    /** Runs kioskctl in-process and returns its exit code (tests call this). */
    public static int run(String... args) {
        LogLevels.quiet(System.getenv());
        return new CommandLine(new KioskCtl()).execute(args);
    }

    /**
     * {@code -v}: the INFO lines (database migrations, what was fetched), {@code -vv} everything. Without it a
     * command in a terminal prints its result and its warnings only; under systemd the journal keeps INFO.
     */
    @CommandLine.Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "more log lines (-vv: all) / 显示更多日志")
    void verbose(boolean[] flags) {
        LogLevels.verbose(flags.length);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
