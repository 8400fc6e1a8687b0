package org.xiangli.kiosk.config;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.xiangli.kiosk.toml.TomlTable;

/**
 * {@code queue.call_buttons = { "1" = 17 }}: window numbers 1-99 to BCM pins 2-27 (0 and 1 hold the HAT EEPROM),
 * no pin twice, since one button cannot call to two windows.
 */
final class CallButtonsCodec implements ConfigCodec<Map<Integer, Integer>> {

    @Override
    public String expected() {
        return "a table window = BCM pin, e.g. { \"1\" = 17, \"2\" = 27 }; windows 1-99, pins 2-27, each pin once";
    }

    @Override
    public Map<Integer, Integer> decode(Object raw) throws InvalidValue {
        if (!(raw instanceof TomlTable table)) {
            throw new InvalidValue("expected " + expected());
        }
        Map<Integer, Integer> buttons = new TreeMap<>();
        for (Map.Entry<String, Object> entry : table.toMap().entrySet()) {
            int window = window(entry.getKey());
            if (window < 1 || window > 99 || !(entry.getValue() instanceof Long pin) || pin < 2 || pin > 27
                    || buttons.containsValue(pin.intValue())) {
                throw new InvalidValue("expected " + expected(), entry.getKey() + " = " + entry.getValue());
            }
            buttons.put(window, pin.intValue());
        }
        return Map.copyOf(buttons);
    }

    @Override
    public String toToml(Map<Integer, Integer> value) {
        if (value.isEmpty()) {
            return "{}";
        }
        return new TreeMap<>(value).entrySet().stream().map(e -> "\"" + e.getKey() + "\" = " + e.getValue())
                .collect(Collectors.joining(", ", "{ ", " }"));
    }

    private static int window(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
