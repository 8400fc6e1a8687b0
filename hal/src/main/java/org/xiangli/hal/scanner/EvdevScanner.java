package org.xiangli.hal.scanner;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceLoop;
import org.xiangli.hal.device.DeviceNotifier;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.StatusReason;

/**
 * A scanner in USB HID keyboard mode, read from its {@code /dev/input/event*} node and grabbed so its keys do not
 * also type into the UI. Codes are ASCII only in this mode; prefer serial mode for Chinese content.
 * {@link CodeScanner} has the contract.
 */
public final class EvdevScanner implements CodeScanner {

    private final String path;
    private final DeviceNotifier<ScannedCode> notifier;
    private final DeviceLoop loop;
    private volatile LinuxInputDevice device;

    public EvdevScanner(String path, Backoff backoff) {
        this.path = Objects.requireNonNull(path, "path");
        this.notifier = new DeviceNotifier<>("keyboard scanner " + path,
                DeviceStatus.offline(StatusReason.NOT_CONNECTED, "not started"));
        // The input node is wrapped as a read-only Link so the reconnect loop handles it like any port.
        this.loop = new DeviceLoop("keyboard scanner " + path, this::openDevice, backoff, notifier, this::read);
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

    private Link openDevice() throws IOException {
        LinuxInputDevice opened = LinuxInputDevice.open(path, true);
        device = opened;
        return new InputDeviceLink(opened);
    }

    private void read(Link link) throws IOException {
        LinuxInputDevice opened = device;
        notifier.updateStatus(opened.grabbed() ? DeviceStatus.online() : DeviceStatus.of(DeviceState.ONLINE,
                StatusReason.READY, "not grabbed: scanned keys also reach the UI"));
        InputEventDecoder decoder = new InputEventDecoder(InputEventDecoder.nativeRecordSize(),
                new KeyboardCodeDecoder(notifier::fire));
        byte[] buffer = new byte[24 * 64];
        while (!loop.isStopped()) {
            int count = link.read(buffer, 0, buffer.length, Duration.ofMillis(250));
            decoder.feed(buffer, 0, count);
        }
    }

    /** Read-only link view of an input device, so the reconnect loop can manage it like any port. */
    private record InputDeviceLink(LinuxInputDevice device) implements Link {
        @Override
        public String name() {
            return device.path();
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            throw new IOException("input devices are read-only");
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
            byte[] chunk = new byte[length];
            int count = device.read(chunk, timeout);
            System.arraycopy(chunk, 0, buffer, offset, count);
            return count;
        }

        @Override
        public void discardInput() {
            // Keys typed before a code started are not buffered here.
        }

        @Override
        public void close() {
            device.close();
        }
    }
}
