package org.xiangli.provisioning.station;

import java.util.List;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.ServiceWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kioskctl windows list|add|remove|rename}: the windows staff log in at and call tickets to. */
@Command(name = "windows", mixinStandardHelpOptions = true,
        description = {"Manage the station's service windows.", "管理本站的服务窗口。"},
        subcommands = {WindowsCommand.ListWindows.class, WindowsCommand.Add.class, WindowsCommand.Remove.class,
            WindowsCommand.Rename.class})
public final class WindowsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List the windows.", "列出窗口。"})
    static final class ListWindows extends ServicesCommand.StationCommand {

        @Override
        int run(QueueAdmin admin) {
            List<ServiceWindow> all = admin.windows();
            if (all.isEmpty()) {
                out().println("no windows yet: kioskctl services seed, or kioskctl windows add / 还没有窗口");
                return 0;
            }
            for (ServiceWindow w : all) {
                out().printf("%-3d %-12s services %-10s %s%n", w.number(), w.name().isEmpty() ? "-" : w.name(),
                        w.services().isEmpty() ? "-" : String.join(",", w.services().stream().map(String::valueOf)
                                .toList()), w.disabled() ? "closed 已关闭" : "open 开放");
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a window (give it services with the staff console or 'services add --window').",
                "添加窗口。"})
    static final class Add extends ServicesCommand.StationCommand {

        @Parameters(index = "0", paramLabel = "NUMBER", description = "1-99")
        int number;

        @Option(names = "--name", defaultValue = "", description = "what staff call it, e.g. 社保窗口")
        String name;

        @Override
        int run(QueueAdmin admin) {
            admin.addWindow(number, name);
            out().println("added window " + number + " / 已添加窗口");
            out().println(StationQueue.RESTART_HINT);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = {"Remove a window; refused while a service would be left with no open window.",
                "删除窗口。"})
    static final class Remove extends ServicesCommand.StationCommand {

        @Parameters(paramLabel = "NUMBER")
        int number;

        @Override
        int run(QueueAdmin admin) {
            admin.removeWindow(number);
            out().println("removed window " + number + " / 已删除窗口");
            out().println(StationQueue.RESTART_HINT);
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = {"Rename a window.", "窗口改名。"})
    static final class Rename extends ServicesCommand.StationCommand {

        @Parameters(index = "0", paramLabel = "NUMBER")
        int number;

        @Parameters(index = "1", paramLabel = "NAME", description = "at most 20 characters; \"\" = N 号窗口")
        String name;

        @Override
        int run(QueueAdmin admin) {
            admin.renameWindow(number, name);
            out().println("window " + number + " renamed / 已改名");
            out().println(StationQueue.RESTART_HINT);
            return 0;
        }
    }
}
