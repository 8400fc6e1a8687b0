package org.xiangli.hal.scanner;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceLoop;
import org.xiangli.hal.device.DeviceNotifier;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.device.StatusReason;

/**
 * A simulated serial scanner: each {@link #scan} sends the code with the configured suffix and charset, as a
 * scanner does when a code is held under it. Codes scanned while the port is unplugged wait for the replug.
 */
public final class VirtualScanner implements AutoCloseable {

    /** The line ending a scanner is configured to send. */
    public enum Suffix {
        CR("\r"), LF("\n"), CRLF("\r\n");

        private final String text;

        Suffix(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final Suffix suffix;
    private final Charset charset;
    private final DeviceLoop loop;
    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();

    public VirtualScanner(String name, LinkOpener opener, Suffix suffix, Charset charset) {
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        this.charset = Objects.requireNonNull(charset, "charset");
        DeviceNotifier<Void> notifier = new DeviceNotifier<>("virtual scanner " + name,
                DeviceStatus.offline(StatusReason.NOT_CONNECTED, "not started"));
        this.loop = new DeviceLoop("virtual scanner " + name, Objects.requireNonNull(opener, "opener"),
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(500)), notifier, this::send);
    }

    public void start() {
        loop.start();
    }

    public void scan(String code) {
        pending.add(Objects.requireNonNull(code, "code"));
    }

    @Override
    public void close() {
        loop.close();
    }

    private void send(Link link) throws IOException, InterruptedException {
        while (!loop.isStopped()) {
            String code = pending.poll(200, TimeUnit.MILLISECONDS);
            if (code != null) {
                try {
                    link.write((code + suffix.text()).getBytes(charset));
                } catch (IOException e) {
                    pending.add(code);
                    throw e;
                }
            }
        }
    }
}
