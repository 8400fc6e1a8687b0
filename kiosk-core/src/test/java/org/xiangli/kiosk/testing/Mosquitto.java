package org.xiangli.kiosk.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real Mosquitto broker for a test: writes a {@code mosquitto.conf} into the test's directory (a listener on a
 * free loopback port, persistence there, whatever else the test adds: a password file, an ACL), starts
 * {@code /usr/sbin/mosquitto -c} and waits for the port. {@link #stop()} ends it as an operator would (SIGTERM: it
 * saves its sessions and retained messages), {@link #start()} starts it again on the same port, {@link #close()}
 * kills it. Its log is {@code mosquitto.log} beside the config, for a failing test to show.
 */
public final class Mosquitto implements AutoCloseable {

    public static final Path BINARY = Path.of(System.getProperty("xiangli.mosquitto", "/usr/sbin/mosquitto"));
    private static final Duration START_LIMIT = Duration.ofSeconds(15);

    private final Path dir;
    private final int port;
    private final Path conf;
    private Process process;

    private Mosquitto(Path dir, int port, String extra) throws IOException {
        this(dir, port, extra, true);
    }

    private Mosquitto(Path dir, int port, String extra, boolean listener) throws IOException {
        this.dir = dir;
        this.port = port;
        this.conf = dir.resolve("mosquitto.conf");
        Files.createDirectories(dir);
        String root = "root".equals(System.getProperty("user.name"))
                // Started as root, Mosquitto would become the 'mosquitto' user, who cannot read a test's files.
                ? "user root\n" : "";
        if (!listener) {
            Files.writeString(conf, root + "log_dest file " + dir.resolve("mosquitto.log") + "\n" + extra,
                    StandardCharsets.UTF_8);
            return;
        }
        Files.writeString(conf, root
                + "listener " + port + " 127.0.0.1\n"
                + "persistence true\n"
                + "persistence_location " + dir + "/\n"
                + "log_dest file " + dir.resolve("mosquitto.log") + "\n"
                + "log_type error\nlog_type warning\nlog_type notice\nlog_type information\n"
                + (extra.contains("allow_anonymous") ? "" : "allow_anonymous true\n")
                + extra, StandardCharsets.UTF_8);
    }

    /** A broker anyone may use, started. */
    public static Mosquitto start(Path dir) throws IOException {
        return start(dir, "");
    }

    /** A broker with more configuration lines ({@code password_file ...}, {@code acl_file ...}), started. */
    public static Mosquitto start(Path dir, String extraConf) throws IOException {
        Mosquitto m = new Mosquitto(dir, freePort(), extraConf);
        m.start();
        return m;
    }

    /**
     * A broker run on configuration files written elsewhere (county.jar broker-config): {@code include_dir confDir}
     * loads them; they must hold the listener on {@code port} and everything else.
     */
    public static Mosquitto including(Path dir, int port, Path confDir) throws IOException {
        Mosquitto m = new Mosquitto(dir, port, "include_dir " + confDir.toAbsolutePath() + "\n", false);
        m.start();
        return m;
    }

    /** A broker not started yet (its port is chosen): for a kiosk that must start while the broker is down. */
    public static Mosquitto notStarted(Path dir) throws IOException {
        return new Mosquitto(dir, freePort(), "");
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public Path dir() {
        return dir;
    }

    /** The broker process's id (benchmarks read its CPU time and memory); -1 when it does not run. */
    public synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** Starts the broker (again) and waits until it accepts connections. */
    public synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder(BINARY.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.out").toFile()).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!accepts()) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + ": " + log());
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("mosquitto did not listen on " + port + " within " + START_LIMIT + ": " + log());
            }
            LockSupport.parkNanos(20_000_000);
        }
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the broker as an operator would (SIGTERM): sessions and retained messages are saved. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** What the broker logged, for an assertion message. */
    public String log() {
        try {
            Path log = dir.resolve("mosquitto.log");
            Path out = dir.resolve("mosquitto.out");
            return (Files.exists(out) ? Files.readString(out) : "") + (Files.exists(log) ? Files.readString(log) : "");
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
