package org.xiangli.hal.scanner;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceLoop;
import org.xiangli.hal.device.DeviceNotifier;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.device.StatusReason;

/**
 * A QR/barcode scanner in USB CDC (serial) mode: one code per line. The preferred mode for Chinese content, which
 * keyboard mode mangles. Reads on its own thread and reconnects after an unplug ({@link CodeScanner} has the
 * contract).
 */
public final class SerialScanner implements CodeScanner {

    private static final Logger LOG = System.getLogger(SerialScanner.class.getName());

    private final String name;
    private final DeviceNotifier<ScannedCode> notifier;
    private final DeviceLoop loop;

    public SerialScanner(String name, LinkOpener opener, Backoff backoff) {
        this.name = Objects.requireNonNull(name, "name");
        this.notifier = new DeviceNotifier<>("scanner " + name,
                DeviceStatus.offline(StatusReason.NOT_CONNECTED, "not started"));
        this.loop = new DeviceLoop("scanner " + name, opener, backoff, notifier, this::read);
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public DeviceStatus status() {
        return notifier.status();
    }

    @Override
    public void addListener(DeviceListener<ScannedCode> listener) {
        notifier.addListener(listener);
    }

    @Override
    public void removeListener(DeviceListener<ScannedCode> listener) {
        notifier.removeListener(listener);
    }

    @Override
    public CompletableFuture<ScannedCode> nextCode(Duration timeout) {
        return notifier.next(code -> true, timeout);
    }

    @Override
    public void close() {
        loop.close();
    }

    private void read(Link link) throws IOException {
        notifier.updateStatus(DeviceStatus.online());
        ScanLineDecoder decoder = new ScanLineDecoder(notifier::fire,
                problem -> LOG.log(Level.WARNING, "{0}: {1}", name, problem));
        byte[] buffer = new byte[1024];
        while (!loop.isStopped()) {
            int count = link.read(buffer, 0, buffer.length, Duration.ofMillis(250));
            decoder.feed(buffer, 0, count);
        }
    }
}
