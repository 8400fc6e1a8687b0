package org.xiangli.provisioning.station;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.ServiceEntry;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.StationTemplate;
import org.xiangli.kiosk.store.Database;
import org.xiangli.provisioning.users.KioskStoreCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kioskctl services list|add|remove|enable|disable|seed}: the services villagers take tickets for. */
@Command(name = "services", mixinStandardHelpOptions = true,
        description = {"Manage the station's services (what villagers take a ticket for).", "管理本站的办事项目。"},
        subcommands = {ServicesCommand.ListServices.class, ServicesCommand.Add.class, ServicesCommand.Remove.class,
            ServicesCommand.Enable.class, ServicesCommand.Disable.class, ServicesCommand.Seed.class})
public final class ServicesCommand {

    /** Runs a change of the station's queue set-up and reports a broken rule in words; what every subcommand shares. */
    abstract static class StationCommand extends KioskStoreCommand {

        @Override
        protected final int run(Database db) {
            try {
                return run(StationQueue.admin(db));
            } catch (InvalidInput e) {
                err().println(e.getMessage());
                return 1;
            }
        }

        abstract int run(QueueAdmin admin);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List the services.", "列出办事项目。"})
    static final class ListServices extends StationCommand {

        @Override
        int run(QueueAdmin admin) {
            List<ServiceEntry> all = admin.services();
            if (all.isEmpty()) {
                out().println("no services yet: kioskctl services seed / 还没有办事项目");
                return 0;
            }
            for (ServiceEntry e : all) {
                ServiceItem s = e.item();
                out().printf("%c  %-12s windows %-8s %s%n", s.letter(), s.name(),
                        String.join(",", s.windows().stream().map(String::valueOf).toList()),
                        e.disabled() ? "disabled 已停用" : "offered 提供中");
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a service.", "添加办事项目。"})
    static final class Add extends StationCommand {

        @Parameters(index = "0", paramLabel = "LETTER", description = "its ticket letter, A-Z")
        String letter;

        @Parameters(index = "1", paramLabel = "NAME", description = "its name, e.g. 社保医保 (at most 20 characters)")
        String name;

        @Option(names = "--window", required = true, paramLabel = "N", description = "a window serving it; repeatable")
        List<Integer> windows = new ArrayList<>();

        @Option(names = "--document", paramLabel = "TEXT", description = "a document to bring; repeatable")
        List<String> documents = new ArrayList<>();

        @Option(names = "--step", paramLabel = "TEXT", description = "a step, in order; repeatable")
        List<String> steps = new ArrayList<>();

        @Option(names = "--fees", required = true, description = "what it costs, e.g. 免费")
        String fees;

        @Option(names = "--time-limit", required = true, description = "how long it takes, e.g. 当场办好")
        String timeLimit;

        @Override
        int run(QueueAdmin admin) {
            char l = letter(letter);
            admin.saveService(new ServiceEntry(new ServiceItem(l, name, documents, steps, fees, timeLimit, windows),
                    false), true);
            out().println("added service " + l + " " + name + " / 已添加");
            out().println(StationQueue.RESTART_HINT);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = {"Remove a service (tickets already taken are still called).", "删除办事项目。"})
    static final class Remove extends StationCommand {

        @Parameters(paramLabel = "LETTER")
        String letter;

        @Override
        int run(QueueAdmin admin) {
            char l = letter(letter);
            admin.removeService(l);
            out().println("removed service " + l + " / 已删除");
            out().println(StationQueue.RESTART_HINT);
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = {"Offer a service again.", "恢复办事项目。"})
    static final class Enable extends StationCommand {

        @Parameters(paramLabel = "LETTER")
        String letter;

        @Override
        int run(QueueAdmin admin) {
            return setDisabled(admin, letter(letter), false, out());
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = {"Stop offering a service (waiting tickets are still called).", "停办办事项目。"})
    static final class Disable extends StationCommand {

        @Parameters(paramLabel = "LETTER")
        String letter;

        @Override
        int run(QueueAdmin admin) {
            return setDisabled(admin, letter(letter), true, out());
        }
    }

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = {"Give a station with no services the template's services and windows (the built-in one, "
                + "or --template FILE).", "为还没有办事项目的站点写入模板中的办事项目和窗口。"})
    static final class Seed extends StationCommand {

        @Option(names = "--template", paramLabel = "FILE", description = "a station template (TOML, as the built-in "
                + "one: [[service]] and [[window]] tables)")
        Optional<Path> template = Optional.empty();

        @Override
        int run(QueueAdmin admin) {
            StationTemplate t;
            try {
                t = load(template);
            } catch (IOException | StationTemplate.InvalidTemplate e) {
                err().println(e.getMessage());
                return 1;
            }
            if (!admin.services().isEmpty()) {
                err().println("the station has " + admin.services().size() + " services already; nothing changed "
                        + "(kioskctl services list) / 已有办事项目，未更改");
                return 1;
            }
            t.applyTo(admin);
            out().println(seeded(t));
            return 0;
        }
    }

    /** The built-in template, or a file: a missing file or a broken one is said in words, every problem at once. */
    public static StationTemplate load(Optional<Path> file) throws IOException, StationTemplate.InvalidTemplate {
        if (file.isEmpty()) {
            return StationTemplate.standard();
        }
        String text;
        try {
            text = Files.readString(file.get(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("--template " + file.get() + ": no such file / 找不到模板文件", e);
        }
        return StationTemplate.parse(text, file.get().toString());
    }

    /** One line for what a template gave a station. */
    public static String seeded(StationTemplate t) {
        return "services " + String.join(" ", t.services().stream().map(s -> s.letter() + " " + s.name()).toList())
                + "; windows " + String.join(", ", t.services().stream().flatMap(s -> s.windows().stream())
                        .distinct().sorted().map(String::valueOf).toList())
                + " / 已写入办事项目和窗口 (kioskctl services list, kioskctl windows list)";
    }

    private static int setDisabled(QueueAdmin admin, char letter, boolean disabled, PrintWriter out) {
        ServiceEntry e = admin.service(letter).orElseThrow(() -> new InvalidInput("web.admin.error.noService",
                "no service " + letter + " (kioskctl services list) / 没有这个办事项目", String.valueOf(letter)));
        admin.saveService(new ServiceEntry(e.item(), disabled), false);
        out.println((disabled ? "disabled service " : "enabled service ") + letter + (disabled ? " / 已停办" : " / 已恢复"));
        out.println(StationQueue.RESTART_HINT);
        return 0;
    }

    private static char letter(String text) {
        if (text.length() != 1 || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            throw new InvalidInput("web.admin.error.letter", "a service letter is one of A-Z, not '" + text + "'");
        }
        return text.charAt(0);
    }
}
