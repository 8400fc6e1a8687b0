package org.xiangli.county.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.UserRepository;
import org.xiangli.county.web.HubLogin;
import org.xiangli.county.web.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code county.jar user add NAME --role ROLE}: a dashboard login; the password is read from standard input. */
@Command(name = "user", mixinStandardHelpOptions = true, subcommands = UserCommand.Add.class,
        description = {"Manage the dashboard's users.", "管理平台用户。"})
public final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user, or set its role and password (read from standard input, at least 10 characters).",
                "添加用户或重设密码（从标准输入读取密码）。"})
    static final class Add implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, description = "admin, technician, viewer, county-editor, "
                + "township-editor, village-editor or reviewer")
        String role;

        @Option(names = "--scope", defaultValue = "", paramLabel = "TOWNSHIP|STATION",
                description = "a township editor's township, a village editor's station code")
        String scope;

        @Override
        public Integer call() throws IOException {
            Role r = Role.of(role).orElse(null);
            if (r != null && r.scoped() && scope.isBlank()) {
                System.err.println("--scope is needed for " + r.word() + " (a township's name or a station code)");
                return 2;
            }
            if (r == null || !name.matches("[A-Za-z0-9_.-]{2,32}")) {
                System.err.println("用法 / usage: user add NAME --role admin|technician|viewer (NAME: 2-32 letters, "
                        + "digits, '_', '.', '-')");
                return 2;
            }
            if (System.console() != null) {
                System.err.print("密码 / password: ");
            }
            String password = System.console() != null ? new String(System.console().readPassword())
                    : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            String hash;
            try {
                hash = HubLogin.hash(password == null ? "" : password.strip());
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            data.home().settings();
            try (HubDatabase db = HubDatabase.open(data.home().database())) {
                new UserRepository(db).put(name, r.word(), hash);
                new UserRepository(db).scope(name, r.scoped() ? scope.strip() : "");
            }
            System.out.println("用户已保存 / user saved: " + name + " (" + r.chinese() + ")");
            return 0;
        }
    }
}
