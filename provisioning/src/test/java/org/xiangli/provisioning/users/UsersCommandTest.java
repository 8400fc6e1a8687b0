package org.xiangli.provisioning.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.staff.LoginResult;
import org.xiangli.kiosk.staff.Pbkdf2Passwords;
import org.xiangli.kiosk.staff.StaffAccountRepository;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.store.Database;
import org.xiangli.provisioning.KioskCtl;

class UsersCommandTest {

    @TempDir
    Path dir;
    private final InputStream stdin = System.in;
    private final PrintStream stdout = System.out;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void captureOutput() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setIn(stdin);
        System.setOut(stdout);
    }

    @Test
    void anAddedUserCanLogInWithThePasswordFromStdin() {
        assertEquals(0, kioskctl("secret-pass-1\n", "users", "add", "wang", "--password-stdin"));
        assertEquals(LoginResult.Outcome.OK, login("wang", "secret-pass-1"));
    }

    @Test
    void passwdReplacesThePasswordAndDisableStopsTheLogin() {
        kioskctl("secret-pass-1\n", "users", "add", "li", "--role", "admin", "--password-stdin");
        assertEquals(0, kioskctl("another-pass-2\n", "users", "passwd", "li", "--password-stdin"));
        assertEquals(LoginResult.Outcome.REFUSED, login("li", "secret-pass-1"));
        assertEquals(LoginResult.Outcome.OK, login("li", "another-pass-2"));
        assertEquals(0, kioskctl("", "users", "disable", "li"));
        assertEquals(LoginResult.Outcome.DISABLED, login("li", "another-pass-2"));
    }

    @Test
    void listShowsNamesRolesAndStatesButNoHashes() {
        kioskctl("secret-pass-1\n", "users", "add", "wang", "--password-stdin");
        kioskctl("secret-pass-1\n", "users", "add", "li", "--role", "admin", "--password-stdin");
        kioskctl("", "users", "disable", "wang");
        out.reset();
        assertEquals(0, kioskctl("", "users", "list"));
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.matches("(?s).*li\\s+admin\\s+active.*"), listing);
        assertTrue(listing.matches("(?s).*wang\\s+staff\\s+disabled.*"), listing);
        assertTrue(!listing.contains("pbkdf2"), listing);
    }

    @Test
    void aShortPasswordADuplicateOrABadNameIsRefused() {
        assertEquals(1, kioskctl("short\n", "users", "add", "wang", "--password-stdin"));
        assertEquals(0, kioskctl("secret-pass-1\n", "users", "add", "wang", "--password-stdin"));
        assertEquals(1, kioskctl("secret-pass-1\n", "users", "add", "wang", "--password-stdin"));
        assertEquals(1, kioskctl("secret-pass-1\n", "users", "add", "王 五", "--password-stdin"));
        assertEquals(1, kioskctl("secret-pass-1\n", "users", "add", "zhao", "--role", "root", "--password-stdin"));
        assertEquals(1, kioskctl("", "users", "disable", "nobody"));
    }

    private int kioskctl(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = dir.toString();
        return KioskCtl.run(all);
    }

    private LoginResult.Outcome login(String user, String password) {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            return new StaffLogin(new StaffAccountRepository(db), new Pbkdf2Passwords(1000), Clock.systemUTC())
                    .login(user, password, "127.0.0.1").outcome();
        }
    }
}
