package org.xiangli.provisioning.users;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.staff.StaffAccount;
import org.xiangli.kiosk.staff.StaffAccountRepository;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;
import org.xiangli.kiosk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kioskctl users add|passwd|disable|list}: staff accounts of the console, in the kiosk's database. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage staff console accounts.", "管理工作人员叫号台账号。"},
        subcommands = {UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.Disable.class,
            UsersCommand.ListUsers.class})
public final class UsersCommand {

    /** What every users subcommand shares: the store, the output streams, the exit codes. */
    abstract static class StoreCommand extends KioskStoreCommand {

        @Override
        protected final int run(Database db) {
            try {
                return run(new StaffAccountRepository(db));
            } catch (IOException e) {
                err().println("cannot read the password: " + e.getMessage());
                return 2;
            }
        }

        abstract int run(StaffAccountRepository accounts) throws IOException;

        Optional<String> newPassword(boolean fromStdin) throws IOException {
            Optional<String> password = PasswordInput.read(fromStdin, System.in);
            if (password.isEmpty()) {
                err().println(fromStdin ? "no password on stdin / 标准输入中没有密码"
                        : "passwords differ or no terminal (use --password-stdin) / 两次密码不一致或无终端");
                return Optional.empty();
            }
            if (password.get().length() < StaffLogin.MIN_PASSWORD_LENGTH) {
                err().println("a password needs at least " + StaffLogin.MIN_PASSWORD_LENGTH
                        + " characters / 密码至少 " + StaffLogin.MIN_PASSWORD_LENGTH + " 位");
                return Optional.empty();
            }
            return password;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add an account; the password is asked twice (or read from stdin).", "添加账号。"})
    static final class Add extends StoreCommand {

        @Parameters(paramLabel = "USERNAME", description = "2-32 letters, digits, '.', '-' or '_'.")
        String username;

        @Option(names = "--role", defaultValue = "staff", description = "staff or admin (default: staff).")
        String role;

        @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
        boolean passwordStdin;

        @Override
        int run(StaffAccountRepository accounts) throws IOException {
            if (!StaffAccount.isValidUsername(username)) {
                err().println("invalid user name '" + username + "': 2-32 letters, digits, '.', '-' or '_'");
                return 1;
            }
            if (!role.equals("staff") && !role.equals("admin")) {
                err().println("--role must be staff or admin, not '" + role + "'");
                return 1;
            }
            if (accounts.find(username).isPresent()) {
                err().println("the user " + username + " exists already / 账号已存在");
                return 1;
            }
            Optional<String> password = newPassword(passwordStdin);
            if (password.isEmpty()) {
                return 1;
            }
            accounts.add(username, StaffLogin.hash(password.get()), StaffRole.fromCode(role), Instant.now());
            out().println("added " + username + " (" + role + ") / 已添加");
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = {"Set a new password (also lifts a lockout).", "修改密码（同时解除锁定）。"})
    static final class Passwd extends StoreCommand {

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
        boolean passwordStdin;

        @Override
        int run(StaffAccountRepository accounts) throws IOException {
            if (accounts.find(username).isEmpty()) {
                err().println("no user " + username + " / 没有这个账号");
                return 1;
            }
            Optional<String> password = newPassword(passwordStdin);
            if (password.isEmpty()) {
                return 1;
            }
            accounts.setPassword(username, StaffLogin.hash(password.get()));
            out().println("password changed for " + username + " / 密码已修改");
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = {"Disable an account (or enable it again with --enable).", "停用账号。"})
    static final class Disable extends StoreCommand {

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--enable", description = "Enable the account again instead.")
        boolean enable;

        @Override
        int run(StaffAccountRepository accounts) {
            if (!accounts.setDisabled(username, !enable)) {
                err().println("no user " + username + " / 没有这个账号");
                return 1;
            }
            out().println((enable ? "enabled " : "disabled ") + username + (enable ? " / 已启用" : " / 已停用"));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List accounts.", "列出账号。"})
    static final class ListUsers extends StoreCommand {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.systemDefault());

        @Override
        int run(StaffAccountRepository accounts) {
            List<StaffAccount> all = accounts.all();
            out().printf("%-20s %-6s %-9s %s%n", "USER", "ROLE", "STATE", "CREATED");
            Instant now = Instant.now();
            for (StaffAccount a : all) {
                String state = a.disabled() ? "disabled" : a.lockedUntil().isAfter(now) ? "locked" : "active";
                out().printf("%-20s %-6s %-9s %s%n", a.username(), a.role().code(), state,
                        WHEN.format(a.createdAt()));
            }
            return 0;
        }
    }
}
