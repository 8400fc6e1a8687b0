package org.xiangli.provisioning.sync;

import org.xiangli.provisioning.Output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.provisioning.KioskCtl;

class SyncCommandTest {

    @TempDir
    Path dir;

    @Test
    void givenNoFeedUrl_whenSync_thenItSaysUsbOnlyAndSucceeds() throws Exception {
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "[data]\ndir = \"" + dir.resolve("data") + "\"\n");

        Output run = Output.run(() -> KioskCtl.run("sync", "--config", config.toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("USB stick only"), run.out());
    }

    @Test
    void givenAFeedThatAnswers404_whenSync_thenItFailsSayingTheKioskKeepsItsContent() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            Path config = dir.resolve("kiosk.toml");
            Files.writeString(config, "[content]\nfeed_url = \"http://127.0.0.1:" + server.getAddress().getPort()
                    + "/feed/latest.xlb\"\n[data]\ndir = \"" + dir.resolve("data") + "\"\n");

            Output run = Output.run(() -> KioskCtl.run("sync", "--config", config.toString()));

            assertEquals(1, run.exitCode(), run.out());
            assertTrue(run.err().contains("the kiosk keeps its content"), run.err());
            assertTrue(run.err().contains("404"), run.err());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void givenAFeedNobodyListensAt_whenSync_thenTheCauseIsSaidInWordsNeverNull() throws Exception {
        int port;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "[content]\nfeed_url = \"http://127.0.0.1:" + port + "/feed/latest.xlb\"\n"
                + "[data]\ndir = \"" + dir.resolve("data") + "\"\n");

        Output run = Output.run(() -> KioskCtl.run("sync", "--config", config.toString()));

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("connection refused"), run.err());
        assertFalse(run.err().contains("null"), run.err());
    }
}
