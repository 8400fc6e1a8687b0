package org.xiangli.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.TicketCodes;
import org.xiangli.kiosk.queue.TicketOutcome;
import org.xiangli.kiosk.shell.KioskFixture;
import org.xiangli.kiosk.staff.DemoStaffAccounts;
import org.xiangli.kiosk.staff.StaffAccount;
import org.xiangli.kiosk.staff.StaffAccountRepository;

/**
 * The whole kiosk's side of issue 14's web parts: a ticket's QR (on the paper and the screen) is the link to its
 * phone status page on this kiosk's console, which answers it; the demo staff accounts exist with --demo and never
 * without it, on the same data.
 */
class KioskStationWebTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aTicketsQrOpensItsPhoneStatusPageOnTheStationsConsole(@TempDir Path dir) throws Exception {
        try (KioskFixture kiosk = new KioskFixture(dir, 1280, 800, Locale.SIMPLIFIED_CHINESE,
                c -> c.withStaffPort(0))) {
            kiosk.app().startStaffConsole("127.0.0.1", false);
            int port = kiosk.app().staffPort();
            ServiceItem service = kiosk.services().getFirst();
            TicketOutcome taken = kiosk.app().ticketDesk().take(UUID.randomUUID().toString(), service,
                    Optional.empty());
            String qr = taken.receipt().qrText();
            assertTrue(qr.matches("http://[0-9.]+:" + port + "/t/[a-z2-7]{" + TicketCodes.LENGTH + "}"), qr);
            String path = URI.create(qr).getPath();
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(taken.receipt().number()), page.body());
            assertTrue(page.body().contains("下一个就是您"), page.body());
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "a public page sets no cookie");
            assertEquals(List.of("no-store"), page.headers().allValues("Cache-Control"));
        }
    }

    @Test
    void theDemoAccountsExistWithDemoOnlyAndNeverWithoutIt(@TempDir Path dir) throws Exception {
        try (KioskFixture kiosk = new KioskFixture(dir, 1280, 800, Locale.SIMPLIFIED_CHINESE,
                c -> c.withStaffPort(0))) {
            kiosk.app().startStaffConsole("127.0.0.1", true);
            assertEquals(List.of("admin", "staff"), usernames(kiosk));
            String login = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + kiosk.app().staffPort()
                    + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(login.contains("演示账号") && login.contains(DemoStaffAccounts.PASSWORD), login);
            // A real account made in demo mode stays.
            new StaffAccountRepository(kiosk.app().database()).add("wang",
                    org.xiangli.kiosk.staff.StaffLogin.hash("correct-horse-7"), org.xiangli.kiosk.staff.StaffRole.STAFF,
                    java.time.Instant.now());
        }
        try (KioskFixture kiosk = new KioskFixture(dir, 1280, 800, Locale.SIMPLIFIED_CHINESE,
                c -> c.withStaffPort(0))) {
            kiosk.app().startStaffConsole("127.0.0.1", false);
            assertEquals(List.of("wang"), usernames(kiosk), "the same data started without --demo");
            String login = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + kiosk.app().staffPort()
                    + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertFalse(login.contains("演示账号") || login.contains(DemoStaffAccounts.PASSWORD), login);
        }
    }

    private static List<String> usernames(KioskFixture kiosk) {
        return new StaffAccountRepository(kiosk.app().database()).all().stream().map(StaffAccount::username).toList();
    }
}
