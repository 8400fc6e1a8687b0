package org.xiangli.hal.scanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input devices the kernel lists in {@code /proc/bus/input/devices}, to find a scanner in keyboard mode: it
 * shows up as a USB keyboard (handler {@code kbd}) with an event node.
 */
public final class InputDevices {

    public static final Path PROC_LIST = Path.of("/proc/bus/input/devices");

    /** One input device; {@code eventNode} is like {@code /dev/input/event3}. */
    public record InputDevice(String name, String physicalPath, String eventNode, boolean keyboard) {

        /** A USB keyboard: what a scanner in HID mode looks like (a real keyboard does too — a technician tells). */
        public boolean looksLikeScanner() {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean namedScanner = lower.contains("scan") || lower.contains("barcode") || lower.contains("qr");
            return keyboard && (namedScanner || physicalPath.contains("usb"));
        }
    }

    private static final Pattern NAME = Pattern.compile("^N: Name=\"(.*)\"$");
    private static final Pattern PHYS = Pattern.compile("^P: Phys=(.*)$");
    private static final Pattern HANDLERS = Pattern.compile("^H: Handlers=(.*)$");
    private static final Pattern EVENT = Pattern.compile("\\b(event\\d+)\\b");

    private InputDevices() {
    }

    public static List<InputDevice> list() throws IOException {
        return Files.isReadable(PROC_LIST) ? parse(Files.readString(PROC_LIST)) : List.of();
    }

    public static List<InputDevice> parse(String text) {
        List<InputDevice> devices = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            String name = "";
            String phys = "";
            String handlers = "";
            for (String line : block.split("\\n")) {
                Matcher m;
                if ((m = NAME.matcher(line.strip())).matches()) {
                    name = m.group(1);
                } else if ((m = PHYS.matcher(line.strip())).matches()) {
                    phys = m.group(1);
                } else if ((m = HANDLERS.matcher(line.strip())).matches()) {
                    handlers = m.group(1);
                }
            }
            Matcher event = EVENT.matcher(handlers);
            if (event.find()) {
                devices.add(new InputDevice(name, phys, "/dev/input/" + event.group(1),
                        handlers.contains("kbd")));
            }
        }
        return devices;
    }
}
